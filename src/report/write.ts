// Writes every output of a run from the one results model: results.json with the evidence
// compacted (see results/compact.ts), the renderers' files from that same compacted model, and
// one badge per registry under badges/.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compactEvidence } from '../results/compact.js';
import type { RunResults } from '../results/model.js';
import { serializeResults } from '../results/serialize.js';
import { registryBadges } from './badge.js';
import { renderHtml } from './html.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';

export async function writeReports(full: RunResults, outDir: string): Promise<string[]> {
  const results = compactEvidence(full);
  await mkdir(join(outDir, 'badges'), { recursive: true });
  const files: [string, string][] = [
    ['results.json', serializeResults(results)],
    ['index.html', renderHtml(results)],
    ['junit.xml', renderJunit(results)],
    ['summary.md', renderMarkdown(results)],
    ...registryBadges(results).map(({ file, svg }): [string, string] => [join('badges', file), svg]),
  ];
  const written: string[] = [];
  for (const [name, content] of files) {
    const path = join(outDir, name);
    await writeFile(path, content);
    written.push(path);
  }
  return written;
}

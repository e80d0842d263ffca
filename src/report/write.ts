// Writes every output of a run from the one results model.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunResults } from '../results/model.js';
import { renderHtml } from './html.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';

export async function writeReports(results: RunResults, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const files: [string, string][] = [
    ['results.json', `${JSON.stringify(results, null, 2)}\n`],
    ['index.html', renderHtml(results)],
    ['junit.xml', renderJunit(results)],
    ['summary.md', renderMarkdown(results)],
  ];
  const written: string[] = [];
  for (const [name, content] of files) {
    const path = join(outDir, name);
    await writeFile(path, content);
    written.push(path);
  }
  return written;
}

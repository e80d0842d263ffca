import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { compactEvidence } from '../../src/results/compact.js';
import { writeReports } from '../../src/report/write.js';
import { runResultsSchema } from '../../src/results/schema.js';
import { fixtureResults } from './fixture.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('writing the reports', () => {
  it('writes results.json, index.html, junit.xml, summary.md and a badge per judged registry into a new directory and returns their paths', async () => {
    dir = await mkdtemp(join(tmpdir(), 'oci-matrix-write-'));
    const out = join(dir, 'nested', 'latest');
    const results = fixtureResults();
    const paths = await writeReports(results, out);
    expect(paths.map((p) => relative(out, p))).toEqual([
      'results.json',
      'index.html',
      'junit.xml',
      'summary.md',
      // Not the skipped dockerhub; the hostile name becomes a safe file name.
      ...['reference', 'distribution', 'evil_script_window.__pwned____script___script__reg', 'ecr'].map((name) => join('badges', `${name}.svg`)),
    ]);
    expect(paths.every((p) => p.startsWith(out))).toBe(true);

    const json = await readFile(join(out, 'results.json'), 'utf8');
    expect(json).toContain('\n  "schemaVersion": 1,');
    expect(runResultsSchema.parse(JSON.parse(json))).toEqual(compactEvidence(results));
    expect(await readFile(join(out, 'index.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(await readFile(join(out, 'junit.xml'), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(await readFile(join(out, 'summary.md'), 'utf8')).toMatch(/^# oci-matrix run /);
  });
});

// Shards merged into one report, reports re-rendered from results.json, and what changed since a
// baseline — all from real runs against reference registries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunResults } from '../../src/results/model.js';
import { captureCli } from '../support/cli.js';

let dir: string;
// Two registries in one config, run as two shards; "target" sorts its tag list wrongly.
const CONFIG = (deviations: string) =>
  `registries:\n  - name: clean\n    launch: { kind: reference }\n    repository: a/b\n  - name: target\n    launch: { kind: reference, deviations: [${deviations}] }\n    repository: a/b\n`;
const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as RunResults;

async function shard(config: string, registry: string, out: string): Promise<string> {
  const result = await captureCli(['run', '--config', config, '--registry', registry, '--suite', 'discovery', '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  return join(out, 'results.json');
}

let cleanShard: string;
let deviantShard: string;
let baselineShard: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-matrix-merge-'));
  const deviant = join(dir, 'deviant.yaml');
  const healthy = join(dir, 'healthy.yaml');
  await writeFile(deviant, CONFIG('tags-unsorted'));
  await writeFile(healthy, CONFIG(''));
  // Last night: "target" still sorted its tags.
  baselineShard = await shard(healthy, 'target', join(dir, 'shard-target-before'));
  [cleanShard, deviantShard] = await Promise.all([shard(deviant, 'clean', join(dir, 'shard-clean')), shard(deviant, 'target', join(dir, 'shard-target'))]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('oci-matrix merge', () => {
  it('merges shards into one report with both registries tested and verdicts for each', async () => {
    const out = join(dir, 'merged');
    const result = await captureCli(['merge', cleanShard, deviantShard, '--out', out, '--fail-on', 'fail']);
    // target fails discovery.tags.order: the merged gate sees it.
    expect(result.code).toBe(1);
    expect((await readdir(out)).sort()).toEqual(['badges', 'index.html', 'junit.xml', 'results.json', 'summary.md']);
    const merged = await read(join(out, 'results.json'));
    const [a, b] = [await read(cleanShard), await read(deviantShard)];
    expect(merged.registries.map((r) => [r.name, r.status])).toEqual([['clean', 'tested'], ['target', 'tested']]);
    expect(merged.results).toHaveLength(a.results.length + b.results.length);
    expect(merged.verdicts?.map((v) => v.registry)).toEqual(['clean', 'target']);
    expect(merged.results.find((r) => r.registry === 'target' && r.check === 'discovery.tags.order')?.status).toBe('fail');
    expect(merged.results.find((r) => r.registry === 'clean' && r.check === 'discovery.tags.order')?.status).toBe('pass');
    expect(merged.run.startedAt <= merged.run.finishedAt).toBe(true);
    expect(merged.run.id).not.toBe(a.run.id);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('target');
  });

  it('--require-all: an optional registry a shard skipped for unset variables trips --fail-on too (the nightly)', async () => {
    const config = join(dir, 'optional.yaml');
    await writeFile(config, 'registries:\n  - name: cloud\n    url: https://${OCI_MATRIX_TEST_UNSET_HOST}\n    repository: a/b\n    optional: true\n');
    const skipped = await shard(config, 'cloud', join(dir, 'shard-cloud'));
    expect((await read(skipped)).registries).toMatchObject([{ name: 'cloud', status: 'skipped', optional: true }]);
    const lenient = await captureCli(['merge', cleanShard, skipped, '--out', join(dir, 'merged-lenient'), '--fail-on', 'fail']);
    expect(lenient.code, lenient.stderr).toBe(0);
    const strict = await captureCli(['merge', cleanShard, skipped, '--out', join(dir, 'merged-strict'), '--fail-on', 'fail', '--require-all']);
    expect(strict.code, strict.stderr).toBe(1);
  });

  it('takes a result found in two shards from the first, and says so', async () => {
    const result = await captureCli(['merge', deviantShard, deviantShard, '--out', join(dir, 'twice')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/result\(s\) for registry\/check pairs an earlier shard already had/);
    expect((await read(join(dir, 'twice', 'results.json'))).results).toHaveLength((await read(deviantShard)).results.length);
  });

  it('refuses shards of different tool or spec versions in one line', async () => {
    const other = await read(cleanShard);
    other.run.tool.version = '0.0.1-other';
    const otherFile = join(dir, 'other-version.json');
    await writeFile(otherFile, JSON.stringify(other));
    const result = await captureCli(['merge', deviantShard, otherFile, '--out', join(dir, 'refused')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot merge shards of different tool or spec versions: .*shard-target.*is oci-matrix [\d.]+, spec 1\.1, .*other-version\.json is oci-matrix 0\.0\.1-other/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    const spec = await read(cleanShard);
    spec.run.specVersion = 'main';
    await writeFile(otherFile, JSON.stringify(spec));
    expect((await captureCli(['merge', deviantShard, otherFile, '--out', join(dir, 'refused')])).stderr).toMatch(/spec 1\.1, .* spec main/);
    await expect(readdir(join(dir, 'refused'))).rejects.toThrow();
  });

  it('refuses a file that is not a results.json, naming it and the field', async () => {
    const bogus = join(dir, 'bogus.json');
    await writeFile(bogus, JSON.stringify({ schemaVersion: 1, run: {} }));
    const result = await captureCli(['merge', bogus, '--out', join(dir, 'bogus-out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bogus\.json: not an oci-matrix results\.json \(schemaVersion 1\): run\.id: /);
    expect((await captureCli(['merge', '--out', join(dir, 'none')])).stderr).toMatch(/give the results\.json files to merge/);
  });
});

describe('--baseline and --history', () => {
  it('lists what is newly failing per registry since the baseline, and draws the history', async () => {
    const history = join(dir, 'history');
    await mkdir(join(history, 'older'), { recursive: true });
    await writeFile(join(history, 'older', 'results.json'), await readFile(baselineShard));
    await writeFile(join(history, 'notes.json'), '{"not":"results"}');
    const out = join(dir, 'compared');
    const result = await captureCli(['merge', cleanShard, deviantShard, '--out', out, '--baseline', baselineShard, '--history', history]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/history: left out .*notes\.json: not an oci-matrix results\.json/);
    const merged = await read(join(out, 'results.json'));
    const before = await read(baselineShard);
    expect(merged.comparison?.baseline).toEqual({ runId: before.run.id, startedAt: before.run.startedAt });
    // "clean" was not in the baseline: nothing to compare. "target" turned to fail on tag order.
    // (The unsorted list also trips the checks that read its last entry and its Link header.)
    expect(merged.comparison?.registries).toEqual([{ registry: 'target', newlyFailing: expect.arrayContaining(['discovery.tags.order']), newlyPassing: [], newlyErroring: [] }]);
    expect(merged.history?.map((h) => h.runId)).toEqual([before.run.id, merged.run.id]);
    expect(merged.history?.[1]?.counts.target?.fail).toBeGreaterThanOrEqual(1);
  });

  it('render re-writes the reports from a results.json, adding a comparison without re-running', async () => {
    const out = join(dir, 'rendered');
    const result = await captureCli(['render', '--results', deviantShard, '--out', out, '--baseline', baselineShard]);
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['badges', 'index.html', 'junit.xml', 'results.json', 'summary.md']);
    const rendered = await read(join(out, 'results.json'));
    const original = await read(deviantShard);
    expect(rendered.results).toEqual(original.results);
    expect(rendered.run).toEqual(original.run);
    expect(rendered.comparison?.registries[0]?.newlyFailing).toContain('discovery.tags.order');
    // The same file again, without --baseline, keeps the comparison it has.
    expect((await captureCli(['render', '--results', join(out, 'results.json')])).code).toBe(0);
    expect((await read(join(out, 'results.json'))).comparison).toEqual(rendered.comparison);
  });

  it('refuses a missing baseline before running anything', async () => {
    const result = await captureCli(['run', '--config', join(dir, 'deviant.yaml'), '--out', join(dir, 'never'), '--baseline', join(dir, 'missing.json')]);
    expect(result).toMatchObject({ code: 2, stderr: `${join(dir, 'missing.json')}: no such file\n` });
    expect((await captureCli(['render'])).stderr).toMatch(/--results FILE is required/);
  });
});

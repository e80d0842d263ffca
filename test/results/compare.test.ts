// Baseline comparison: which checks and copies changed status between two runs, per registry.
import { describe, expect, it } from 'vitest';
import { changeTotals, compareRuns, copyKey } from '../../src/results/compare.js';
import { historyEntry, historyOf } from '../../src/results/history.js';
import type { RunResults, Status } from '../../src/results/model.js';
import { runResultsSchema } from '../../src/results/schema.js';
import { fixtureResults } from '../report/fixture.js';

/** The fixture with some statuses replaced, as a later (or earlier) run. */
function withStatuses(base: RunResults, id: string, changes: Record<string, Status>, registryStatus: Record<string, 'tested' | 'skipped' | 'error'> = {}): RunResults {
  const run = structuredClone(base);
  run.run = { ...run.run, id, startedAt: `2025-01-0${id.slice(-1)}T12:00:00.000Z` };
  for (const r of run.results) {
    const status = changes[`${r.registry} ${r.check}`];
    if (status) r.status = status;
  }
  for (const c of run.interop ?? []) {
    const status = changes[copyKey(c)];
    if (status) c.status = status;
  }
  for (const registry of run.registries) {
    const status = registryStatus[registry.name];
    if (!status) continue;
    registry.status = status;
    if (status !== 'tested') run.results = run.results.filter((r) => r.registry !== registry.name);
  }
  return run;
}

const changesFor = (comparison: ReturnType<typeof compareRuns>, registry: string) => comparison.registries.find((r) => r.registry === registry);

describe('compareRuns', () => {
  const baseline = withStatuses(fixtureResults(), 'run-1', {});

  it('finds nothing when the runs agree, and names the baseline run', () => {
    const comparison = compareRuns(withStatuses(fixtureResults(), 'run-2', {}), baseline);
    expect(comparison.baseline).toEqual({ runId: 'run-1', startedAt: '2025-01-01T12:00:00.000Z' });
    expect(changeTotals(comparison)).toEqual({ newlyFailing: 0, newlyPassing: 0, newlyErroring: 0 });
  });

  it('lists newly failing, newly passing and newly erroring checks under their registry', () => {
    const current = withStatuses(fixtureResults(), 'run-2', {
      'reference pull.manifest.get-by-tag': 'fail',
      'reference referrers.list': 'error',
      'distribution discovery.tags.order': 'pass',
      'distribution push.manifest.large': 'fail',
      // warn → unsupported is a change, but none of the three kinds: not listed.
      'distribution pull.manifest.content-type': 'unsupported',
    });
    const comparison = compareRuns(current, baseline);
    expect(changesFor(comparison, 'reference')).toEqual({ registry: 'reference', newlyFailing: ['pull.manifest.get-by-tag'], newlyPassing: [], newlyErroring: ['referrers.list'] });
    expect(changesFor(comparison, 'distribution')).toEqual({ registry: 'distribution', newlyFailing: ['push.manifest.large'], newlyPassing: ['discovery.tags.order'], newlyErroring: [] });
    expect(changeTotals(comparison)).toEqual({ newlyFailing: 2, newlyPassing: 1, newlyErroring: 1 });
  });

  it('lists copies between registries under their destination with a stable key', () => {
    const key = 'interop/reference/distribution/helm-chart';
    expect(copyKey({ source: 'reference', destination: 'distribution', content: 'helm-chart' })).toBe(key);
    const comparison = compareRuns(withStatuses(fixtureResults(), 'run-2', { [key]: 'pass', 'interop/distribution/reference/oci-image': 'fail' }), baseline);
    expect(changesFor(comparison, 'distribution')!.newlyPassing).toEqual([key]);
    expect(changesFor(comparison, 'reference')!.newlyFailing).toEqual(['interop/distribution/reference/oci-image']);
  });

  it('lists a copy newly failing under the registry it lies with: the source that served wrong bytes, both ends when it cannot be told', () => {
    const key = 'interop/reference/distribution/helm-chart';
    const before = withStatuses(fixtureResults(), 'run-1', { [key]: 'pass' });
    const failing = (cause: 'source' | 'unknown') => {
      const run = withStatuses(fixtureResults(), 'run-2', { [key]: 'fail' });
      run.interop!.find((c) => copyKey(c) === key)!.cause = cause;
      return compareRuns(run, before);
    };
    expect(changesFor(failing('source'), 'reference')!.newlyFailing).toEqual([key]);
    expect(changesFor(failing('source'), 'distribution')!.newlyFailing).toEqual([]);
    for (const registry of ['reference', 'distribution']) expect(changesFor(failing('unknown'), registry)!.newlyFailing, registry).toEqual([key]);
  });

  it('counts every check of a registry that became unreachable as newly erroring, and back as newly passing', () => {
    const down = withStatuses(fixtureResults(), 'run-2', {}, { reference: 'error' });
    down.interop = down.interop!.filter((c) => c.source !== 'reference' && c.destination !== 'reference');
    const passedBefore = baseline.results.filter((r) => r.registry === 'reference' && r.status === 'pass').length;
    const interopToReference = baseline.interop!.filter((c) => c.destination === 'reference' && c.status === 'pass').length;
    const comparison = compareRuns(down, baseline);
    expect(changesFor(comparison, 'reference')!.newlyErroring).toHaveLength(passedBefore + interopToReference);
    expect(changesFor(comparison, 'reference')!.newlyPassing).toEqual([]);
    const back = compareRuns(baseline, down);
    expect(changesFor(back, 'reference')!.newlyPassing).toHaveLength(passedBefore + interopToReference);
    expect(changesFor(back, 'reference')!.newlyErroring).toEqual([]);
  });

  it('does not compare a registry skipped or absent in either run, nor checks that exist in only one run', () => {
    const skipped = withStatuses(fixtureResults(), 'run-2', { 'reference pull.manifest.get-by-tag': 'fail' }, { distribution: 'skipped' });
    skipped.results = skipped.results.filter((r) => r.check !== 'auth.token');
    const comparison = compareRuns(skipped, baseline);
    expect(comparison.registries.map((r) => r.registry)).not.toContain('distribution');
    // dockerhub is skipped in both runs.
    expect(comparison.registries.map((r) => r.registry)).not.toContain('dockerhub');
    expect(changesFor(comparison, 'reference')!.newlyFailing).toEqual(['pull.manifest.get-by-tag']);
    const newcomer = structuredClone(baseline);
    newcomer.registries.push({ name: 'newcomer', url: 'http://127.0.0.1:5009', status: 'tested' });
    newcomer.results.push({ registry: 'newcomer', check: 'auth.token', status: 'fail', message: 'no', durationMs: 1, evidence: [] });
    expect(changesFor(compareRuns(newcomer, baseline), 'newcomer')).toBeUndefined();
  });

  it('produces a model that validates against the results schema', () => {
    const current = withStatuses(fixtureResults(), 'run-2', { 'reference pull.manifest.get-by-tag': 'fail' });
    const model: RunResults = { ...current, comparison: compareRuns(current, baseline), history: historyOf([baseline], current) };
    const parsed = runResultsSchema.safeParse(JSON.parse(JSON.stringify(model)));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  });
});

describe('history', () => {
  it('reduces a run to counts by status per judged registry, copies counted at their destination', () => {
    const run = fixtureResults();
    const entry = historyEntry(run);
    expect(entry.runId).toBe(run.run.id);
    expect(entry.counts.distribution).toEqual({ pass: 2, warn: 1, fail: 3, error: 1, unsupported: 1, skip: 1 });
    expect(entry.counts.reference).toEqual({ pass: 9 });
    // ecr could not be reached: listed with no counts; dockerhub was skipped: not listed.
    expect(entry.counts.ecr).toEqual({});
    expect(entry.counts).not.toHaveProperty('dockerhub');
  });

  it('orders runs oldest first, drops duplicates and keeps the newest ones', () => {
    const runs = ['run-3', 'run-1', 'run-2'].map((id) => withStatuses(fixtureResults(), id, {}));
    const current = withStatuses(fixtureResults(), 'run-4', {});
    expect(historyOf([...runs, runs[0]!], current).map((e) => e.runId)).toEqual(['run-1', 'run-2', 'run-3', 'run-4']);
    expect(historyOf(runs, current, 2).map((e) => e.runId)).toEqual(['run-3', 'run-4']);
  });
});

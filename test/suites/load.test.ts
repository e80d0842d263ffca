import { describe, expect, it } from 'vitest';
import { loadChecks } from '../../suites/load.js';
import { ALL_CHECKS } from '../../suites/index.js';

describe('loading suites on demand', () => {
  it('loads every check, in report order, when no suite is named', async () => {
    expect((await loadChecks()).map((c) => c.id)).toEqual(ALL_CHECKS.map((c) => c.id));
  });

  it('loads only the named suites', async () => {
    const suites = new Set((await loadChecks(['pull', 'referrers'])).map((c) => c.suite));
    expect([...suites]).toEqual(['pull', 'referrers']);
  });

  it('brings the artifacts suite along with interop, which copies what it stored', async () => {
    const checks = await loadChecks(['interop']);
    expect(new Set(checks.map((c) => c.suite))).toEqual(new Set(['artifacts']));
    expect(checks.some((c) => c.interop)).toBe(true);
  });
});

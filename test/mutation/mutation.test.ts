// Every check must be able to fail: run all suites against the reference registry once per
// deviation, and require that each deviation is caught by a check meant to catch it, and that
// every check is caught failing by at least one deviation.
import { describe, expect, it } from 'vitest';
import { runMutation } from '../../src/mutation/mutate.js';
import { DEVIATION_CATCHERS } from '../../src/mutation/catchers.js';
import { DEVIATIONS } from '../../src/reference/deviations.js';
import { ALL_CHECKS } from '../../suites/index.js';

describe('mutation testing against the reference registry', () => {
  it('names catchers for exactly the deviations the registry has, all of them real checks', () => {
    expect(Object.keys(DEVIATION_CATCHERS).sort()).toEqual(DEVIATIONS.map((d) => d.name).sort());
    const ids = new Set(ALL_CHECKS.map((c) => c.id));
    for (const catchers of Object.values(DEVIATION_CATCHERS)) for (const c of catchers) expect(ids.has(c) || c.endsWith('.'), c).toBe(true);
  });

  it('catches every deviation with a relevant check, and every check fails under some deviation', async () => {
    const report = await runMutation(ALL_CHECKS);
    expect(report.baseline.filter((r) => r.status !== 'pass').map((r) => `${r.check}: ${r.message}`)).toEqual([]);
    const missed = report.rows.filter((r) => !r.caught).map((r) => `${r.deviation} (turned: ${r.turned.map((t) => `${t.check}=${t.status}`).join(', ') || 'nothing'})`);
    expect(missed).toEqual([]);
    const caughtFailing = new Set(report.rows.flatMap((r) => r.turned.filter((t) => t.status !== 'pass' && t.status !== 'skip').map((t) => t.check)));
    const neverFails = ALL_CHECKS.map((c) => c.id).filter((id) => !caughtFailing.has(id));
    expect(neverFails).toEqual([]);
  }, 600_000);
});

// Every check must be able to fail, and no check may blame what the spec allows: run all suites
// against the reference registry once per deviation; require that each breaking deviation is
// caught by a check meant to catch it, that every check is caught failing by at least one, and
// that no allowed deviation turns a check that passes cleanly into anything tolerated.ts does
// not list for it.
import { describe, expect, it } from 'vitest';
import { runMutation } from '../../src/mutation/mutate.js';
import { summaryLines } from '../../src/mutation/report.js';
import { DEVIATION_CATCHERS } from '../../src/mutation/catchers.js';
import { ALLOWED_DEVIATIONS, DEVIATIONS } from '../../src/reference/deviations.js';
import { ALL_CHECKS } from '../../suites/index.js';

describe('mutation testing against the reference registry', () => {
  it('names catchers for exactly the deviations the registry has, all of them real checks', () => {
    expect(Object.keys(DEVIATION_CATCHERS).sort()).toEqual(DEVIATIONS.map((d) => d.name).sort());
    const ids = new Set(ALL_CHECKS.map((c) => c.id));
    for (const catchers of Object.values(DEVIATION_CATCHERS)) for (const c of catchers) expect(ids.has(c) || c.endsWith('.'), c).toBe(true);
  });

  it('catches every breaking deviation with a relevant check, every check fails under some deviation, and no allowed deviation raises a false alarm', async () => {
    const report = await runMutation(ALL_CHECKS);
    // The itemised lists first: a failure names the deviation and check, not only a count.
    const alarms = report.allowed.flatMap((r) => r.falseAlarms.map((t) => `${r.deviation}: ${t.check} turned ${t.status} (${t.message})`));
    expect(alarms).toEqual([]);
    const unused = report.allowed.flatMap((r) => r.unusedTolerances.map((t) => `${r.deviation}: ${t.check} (${t.status}) no longer needed`));
    expect(unused).toEqual([]);
    expect(report.baseline.filter((r) => r.status !== 'pass').map((r) => `${r.check}: ${r.message}`)).toEqual([]);
    const missed = report.rows.filter((r) => !r.caught).map((r) => `${r.deviation} (turned: ${r.turned.map((t) => `${t.check}=${t.status}`).join(', ') || 'nothing'})`);
    expect(missed).toEqual([]);
    expect(summaryLines(report)).toEqual([
      `clean reference registry: ${ALL_CHECKS.length} checks, 0 not passing`,
      `breaking: caught ${DEVIATIONS.length} of ${DEVIATIONS.length}`,
      `allowed: false alarms 0 of ${ALLOWED_DEVIATIONS.length}`,
    ]);
    // Failing means fail or warn: `unsupported` is what a check says of an absent option, and a
    // check that can say nothing worse cannot catch a registry that breaks what it verifies.
    const caughtFailing = new Set(report.rows.flatMap((r) => r.turned.filter((t) => t.status === 'fail' || t.status === 'warn').map((t) => t.check)));
    const neverFails = ALL_CHECKS.map((c) => c.id).filter((id) => !caughtFailing.has(id));
    expect(neverFails).toEqual([]);
  }, 1_800_000); // ~75 full runs; on a shared, loaded machine that is many minutes
});

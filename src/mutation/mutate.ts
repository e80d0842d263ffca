// Mutation testing of the checks: run every suite against the reference registry once per
// deviation and see which checks notice. A breaking deviation no relevant check catches is a hole
// in the matrix, not a curiosity; an allowed deviation that turns a check `fail` or `error` (or
// `warn`, `unsupported`, `skip` where tolerated.ts does not list it) is a false alarm.
import type { CheckDefinition } from '../runner/check.js';
import type { ResultRecord, Status } from '../results/model.js';
import type { LoadedConfig } from '../config/load.js';
import { runMatrix } from '../matrix.js';
import { ALLOWED_DEVIATIONS, DEVIATIONS, type AllowedDeviationName, type BreakingDeviationName, type DeviationName } from '../reference/index.js';
import { DEVIATION_CATCHERS } from './catchers.js';
import { TOLERATED, type Tolerance } from './tolerated.js';

export interface MutationRow {
  deviation: BreakingDeviationName;
  /** Checks whose status differs from the clean run (id → status). */
  turned: { check: string; status: Status; message: string }[];
  /** Checks expected to catch this deviation (from catchers.ts). */
  expectedCatchers: string[];
  caught: boolean;
}

export interface TurnedCheck {
  check: string;
  status: Status;
  message: string;
}

export interface AllowedRow {
  deviation: AllowedDeviationName;
  /** Checks that passed on the clean registry and did not pass here, as tolerated.ts allows. */
  tolerated: (TurnedCheck & { reason: string })[];
  /** Checks that passed on the clean registry and turned to anything tolerated.ts does not list. */
  falseAlarms: TurnedCheck[];
  /** Entries of tolerated.ts this deviation no longer needs. */
  unusedTolerances: Tolerance[];
}

export interface MutationReport {
  baseline: ResultRecord[];
  rows: MutationRow[];
  allowed: AllowedRow[];
}

function configFor(deviations: DeviationName[]): LoadedConfig {
  return {
    file: '(mutation)',
    specVersion: 'main',
    registries: [
      {
        // Basic auth on, so the auth checks have a challenge to judge too.
        config: { name: 'reference', launch: { kind: 'reference', auth: 'basic', deviations }, repository: 'oci-matrix/mutation' },
        missingVariables: [],
      },
    ],
  };
}

async function runAgainst(checks: CheckDefinition[], deviations: DeviationName[]): Promise<ResultRecord[]> {
  const results = await runMatrix({ config: configFor(deviations), checks, specVersion: 'main' });
  const registry = results.registries[0];
  if (registry.status !== 'tested') throw new Error(`reference registry with ${deviations.join(',') || 'no deviations'}: ${registry.reason}`);
  return results.results;
}

export async function runMutation(
  checks: CheckDefinition[],
  options: { only?: string[]; onRow?: (row: MutationRow) => void; onAllowedRow?: (row: AllowedRow) => void } = {},
): Promise<MutationReport> {
  const baseline = await runAgainst(checks, []);
  const clean = new Map(baseline.map((r) => [r.check, r.status]));
  const rows: MutationRow[] = [];
  const selected = DEVIATIONS.filter((d) => !options.only?.length || options.only.includes(d.name));
  for (const deviation of selected) {
    const results = await runAgainst(checks, [deviation.name]);
    const turned: TurnedCheck[] = results
      .filter((r) => r.status !== clean.get(r.check))
      .map((r) => ({ check: r.check, status: r.status, message: r.message }));
    const expectedCatchers = DEVIATION_CATCHERS[deviation.name];
    const caught = turned.some((t) => t.status !== 'pass' && expectedCatchers.some((c) => matchesCatcher(t.check, c)));
    const row = { deviation: deviation.name, turned, expectedCatchers, caught };
    options.onRow?.(row);
    rows.push(row);
  }
  const allowed: AllowedRow[] = [];
  for (const deviation of ALLOWED_DEVIATIONS.filter((d) => !options.only?.length || options.only.includes(d.name))) {
    const row = judgeAllowed(deviation.name, clean, await runAgainst(checks, [deviation.name]));
    options.onAllowedRow?.(row);
    allowed.push(row);
  }
  return { baseline, rows, allowed };
}

/** Sorts what an allowed deviation changed into tolerated turns and false alarms. */
export function judgeAllowed(deviation: AllowedDeviationName, clean: Map<string, Status>, results: ResultRecord[]): AllowedRow {
  const tolerances = TOLERATED[deviation];
  const used = new Set<Tolerance>();
  const row: AllowedRow = { deviation, tolerated: [], falseAlarms: [], unusedTolerances: [] };
  for (const r of results) {
    if (clean.get(r.check) !== 'pass' || r.status === 'pass') continue;
    const turned = { check: r.check, status: r.status, message: r.message };
    const tolerance = tolerances.find((t) => t.status === r.status && matchesCatcher(r.check, t.check));
    if (tolerance) {
      used.add(tolerance);
      row.tolerated.push({ ...turned, reason: tolerance.reason });
    } else row.falseAlarms.push(turned);
  }
  row.unusedTolerances = tolerances.filter((t) => !used.has(t));
  return row;
}

/** A catcher is a check id, or an id prefix ending in "." */
export function matchesCatcher(checkId: string, catcher: string): boolean {
  return catcher.endsWith('.') ? checkId.startsWith(catcher) : checkId === catcher;
}

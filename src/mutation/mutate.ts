// Mutation testing of the checks: run every suite against the reference registry once per
// deviation and see which checks notice. A deviation no relevant check catches is a hole in
// the matrix, not a curiosity.
import type { CheckDefinition } from '../runner/check.js';
import type { ResultRecord, Status } from '../results/model.js';
import type { LoadedConfig } from '../config/load.js';
import { runMatrix } from '../runner/run.js';
import { DEVIATIONS, type DeviationName } from '../reference/index.js';
import { DEVIATION_CATCHERS } from './catchers.js';

export interface MutationRow {
  deviation: DeviationName;
  /** Checks whose status differs from the clean run (id → status). */
  turned: { check: string; status: Status; message: string }[];
  /** Checks expected to catch this deviation (from catchers.ts). */
  expectedCatchers: string[];
  caught: boolean;
}

export interface MutationReport {
  baseline: ResultRecord[];
  rows: MutationRow[];
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
  options: { only?: string[]; onRow?: (row: MutationRow) => void } = {},
): Promise<MutationReport> {
  const baseline = await runAgainst(checks, []);
  const clean = new Map(baseline.map((r) => [r.check, r.status]));
  const rows: MutationRow[] = [];
  const selected = DEVIATIONS.filter((d) => !options.only?.length || options.only.includes(d.name));
  for (const deviation of selected) {
    const results = await runAgainst(checks, [deviation.name]);
    const turned = results
      .filter((r) => r.status !== clean.get(r.check))
      .map((r) => ({ check: r.check, status: r.status, message: r.message }));
    const expectedCatchers = DEVIATION_CATCHERS[deviation.name];
    const caught = turned.some((t) => t.status !== 'pass' && expectedCatchers.some((c) => matchesCatcher(t.check, c)));
    const row = { deviation: deviation.name, turned, expectedCatchers, caught };
    options.onRow?.(row);
    rows.push(row);
  }
  return { baseline, rows };
}

/** A catcher is a check id, or an id prefix ending in "." */
export function matchesCatcher(checkId: string, catcher: string): boolean {
  return catcher.endsWith('.') ? checkId.startsWith(catcher) : checkId === catcher;
}

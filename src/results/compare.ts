// What changed since a baseline run: per registry, the checks (and copies between registries)
// that are newly failing, newly passing or newly erroring. Computed here, once, so HTML,
// summary.md, the console and the Action outputs all show the same changes.
import type { Comparison, InteropRecord, RegistryChanges, RegistryRecord, RunResults, Status } from './model.js';
import { copiesCountedAt } from './verdicts.js';

/** Stable key of a copy between registries: registry names cannot contain "/" (see config schema). */
export function copyKey(copy: Pick<InteropRecord, 'source' | 'destination' | 'content'>): string {
  return `interop/${copy.source}/${copy.destination}/${copy.content}`;
}

/**
 * Status by key for one registry: its check results, plus the copies to and from it (which of
 * their changes are its own, `changeIsOf` decides). `undefined` when the registry was not judged
 * at all in that run (absent or skipped): nothing to compare against.
 */
function statusesOf(run: RunResults, registry: string): { unreachable: boolean; byKey: Map<string, Status>; copies: Map<string, InteropRecord> } | undefined {
  const record: RegistryRecord | undefined = run.registries.find((r) => r.name === registry);
  if (!record || record.status === 'skipped') return undefined;
  const byKey = new Map<string, Status>();
  const copies = new Map<string, InteropRecord>();
  for (const r of run.results) if (r.registry === registry) byKey.set(r.check, r.status);
  for (const c of run.interop ?? []) {
    if (c.source !== registry && c.destination !== registry) continue;
    byKey.set(copyKey(c), c.status);
    copies.set(copyKey(c), c);
  }
  // A registry the harness could not reach has no results; every check on it counts as `error`.
  return { unreachable: record.status === 'error', byKey, copies };
}

/**
 * A copy's change is listed where its record, now, is counted (as in the registry verdicts): a
 * failure under the registry it lies with (both ends when that cannot be told), any other status
 * under the destination, where the copy is verified. A copy gone from this run (its registry
 * unreachable) stays with its destination.
 */
function changeIsOf(registry: string, now: InteropRecord | undefined, before: InteropRecord): boolean {
  return now ? copiesCountedAt([now], registry).length > 0 : before.destination === registry;
}

function changesOf(registry: string, current: NonNullable<ReturnType<typeof statusesOf>>, baseline: NonNullable<ReturnType<typeof statusesOf>>): RegistryChanges {
  const changes: RegistryChanges = { registry, newlyFailing: [], newlyPassing: [], newlyErroring: [] };
  const keys = [...new Set([...baseline.byKey.keys(), ...current.byKey.keys()])].sort();
  for (const key of keys) {
    const now = current.unreachable ? 'error' : current.byKey.get(key);
    const before = baseline.unreachable ? 'error' : baseline.byKey.get(key);
    // A check new to this run (or dropped from it) has no "before": it is not a change.
    if (now === undefined || before === undefined || now === before) continue;
    const copyBefore = baseline.copies.get(key) ?? current.copies.get(key);
    if (copyBefore && !changeIsOf(registry, current.unreachable ? undefined : current.copies.get(key), copyBefore)) continue;
    if (now === 'fail') changes.newlyFailing.push(key);
    else if (now === 'error') changes.newlyErroring.push(key);
    else if (now === 'pass') changes.newlyPassing.push(key);
  }
  return changes;
}

export function compareRuns(current: RunResults, baseline: RunResults): Comparison {
  const registries: RegistryChanges[] = [];
  for (const { name } of current.registries) {
    const now = statusesOf(current, name);
    const before = statusesOf(baseline, name);
    if (now && before) registries.push(changesOf(name, now, before));
  }
  return { baseline: { runId: baseline.run.id, startedAt: baseline.run.startedAt }, registries };
}

/** Total of each kind of change, e.g. for the Action's `newly-failing` output. */
export function changeTotals(comparison: Comparison): { newlyFailing: number; newlyPassing: number; newlyErroring: number } {
  const sum = (pick: (r: RegistryChanges) => string[]) => comparison.registries.reduce((n, r) => n + pick(r).length, 0);
  return { newlyFailing: sum((r) => r.newlyFailing), newlyPassing: sum((r) => r.newlyPassing), newlyErroring: sum((r) => r.newlyErroring) };
}

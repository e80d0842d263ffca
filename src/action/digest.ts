// What the Action reports about a run, computed from the results model alone: counts by status,
// one headline verdict per registry, the failing checks grouped by check. The summary, the
// outputs and the annotations all read these, so they cannot disagree.
import { STATUS_SEVERITY, type RunResults, type Status } from '../results/model.js';

export type Counts = Partial<Record<Status, number>>;

export interface RegistryDigest {
  registry: string;
  /** `skipped` / `unreachable` when not tested; else the worst status among its unexpected results. */
  verdict: Status | 'skipped' | 'unreachable';
  reason?: string;
  storesAnyContentUnchanged: 'yes' | 'no' | 'not tested';
  counts: Counts;
  newlyFailing: number;
}

export interface FailingCheck {
  check: string;
  title: string;
  specUrl?: string;
  registries: { registry: string; message: string }[];
}

/** Every result and every copy between registries, as (registry, status) pairs; a copy belongs to its destination. */
function statuses(results: RunResults): { registry: string; status: Status; expected: boolean }[] {
  return [
    ...results.results.map((r) => ({ registry: r.registry, status: r.status, expected: Boolean(r.expected) })),
    ...(results.interop ?? []).map((c) => ({ registry: c.destination, status: c.status, expected: false })),
  ];
}

export function countByStatus(results: RunResults): Counts {
  const counts: Counts = {};
  for (const { status } of statuses(results)) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

export function registryDigests(results: RunResults): RegistryDigest[] {
  const all = statuses(results);
  return results.registries.map((registry) => {
    const mine = all.filter((s) => s.registry === registry.name);
    const counts: Counts = {};
    for (const { status } of mine) counts[status] = (counts[status] ?? 0) + 1;
    const judged = mine.filter((s) => !s.expected && s.status !== 'skip' && s.status !== 'unsupported');
    const worst = judged.reduce<Status>((w, s) => (STATUS_SEVERITY[s.status] > STATUS_SEVERITY[w] ? s.status : w), 'pass');
    const verdict = registry.status === 'skipped' ? 'skipped' : registry.status === 'error' ? 'unreachable' : worst;
    const changes = results.comparison?.registries.find((r) => r.registry === registry.name);
    return {
      registry: registry.name,
      verdict,
      ...(registry.reason ? { reason: registry.reason } : {}),
      storesAnyContentUnchanged: results.verdicts?.find((v) => v.registry === registry.name)?.storesAnyContentUnchanged ?? 'not tested',
      counts,
      newlyFailing: changes?.newlyFailing.length ?? 0,
    };
  });
}

/** Checks that fail somewhere (not as a declared known limit), each with the registries it fails on. */
export function failingChecks(results: RunResults): FailingCheck[] {
  const byCheck = new Map<string, FailingCheck>();
  const info = new Map(results.checks.map((c) => [c.id, c]));
  for (const r of results.results) {
    if (r.status !== 'fail' || r.expected) continue;
    const check = info.get(r.check);
    const entry = byCheck.get(r.check) ?? { check: r.check, title: check?.title ?? r.check, ...(check?.spec.url ? { specUrl: check.spec.url } : {}), registries: [] };
    entry.registries.push({ registry: r.registry, message: r.message });
    byCheck.set(r.check, entry);
  }
  return [...byCheck.values()];
}

/**
 * The registries a failed step names, by the rule of reachedFailOn: a verdict at or above
 * fail-on (an unreachable registry counts as error), and a skipped registry unless it is
 * optional — optional ones too under require-all.
 */
export function registriesReachingFailOn(results: RunResults, digests: RegistryDigest[], failOn: 'fail' | 'warn' | 'never', options: { requireAll?: boolean } = {}): RegistryDigest[] {
  if (failOn === 'never') return [];
  const optional = new Set(results.registries.filter((r) => r.optional).map((r) => r.name));
  return digests.filter((d) =>
    d.verdict === 'skipped' ? options.requireAll || !optional.has(d.registry)
    : d.verdict === 'unreachable' || STATUS_SEVERITY[d.verdict] >= STATUS_SEVERITY[failOn],
  );
}

export function newlyFailingCount(results: RunResults): number {
  return results.comparison?.registries.reduce((n, r) => n + r.newlyFailing.length, 0) ?? 0;
}

// A run reduced to what the history strip shows: counts by status per registry (checks and the
// copies verified at it). Earlier results.json files become these entries, oldest first.
import type { HistoryEntry, RunResults, Status } from './model.js';

export function historyEntry(run: RunResults): HistoryEntry {
  const counts: HistoryEntry['counts'] = {};
  const add = (registry: string, status: Status) => {
    const c = (counts[registry] ??= {});
    c[status] = (c[status] ?? 0) + 1;
  };
  for (const registry of run.registries) if (registry.status !== 'skipped') counts[registry.name] ??= {};
  for (const r of run.results) add(r.registry, r.status);
  for (const c of run.interop ?? []) add(c.destination, c.status);
  return { runId: run.run.id, startedAt: run.run.startedAt, counts };
}

/** Entries for the earlier runs plus this one, oldest first, at most `keep` (the newest). */
export function historyOf(earlier: RunResults[], current: RunResults, keep = 30): HistoryEntry[] {
  const entries = [...earlier, current].map(historyEntry).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const unique = entries.filter((e, i) => entries.findIndex((o) => o.runId === e.runId) === i);
  return unique.slice(-keep);
}

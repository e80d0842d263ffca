import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import "./chunk-runtime.js";

// src/results/history.ts
function historyEntry(run) {
  const counts = {};
  const add = (registry, status) => {
    const c = counts[registry] ??= {};
    c[status] = (c[status] ?? 0) + 1;
  };
  for (const registry of run.registries) if (registry.status !== "skipped") counts[registry.name] ??= {};
  for (const r of run.results) add(r.registry, r.status);
  for (const c of run.interop ?? []) add(c.destination, c.status);
  return { runId: run.run.id, startedAt: run.run.startedAt, counts };
}
function historyOf(earlier, current, keep = 30) {
  const entries = [...earlier, current].map(historyEntry).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const unique = entries.filter((e, i) => entries.findIndex((o) => o.runId === e.runId) === i);
  return unique.slice(-keep);
}
export {
  historyEntry,
  historyOf
};

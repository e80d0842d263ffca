import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  copiesCountedAt
} from "./chunk-src-results-verdicts.js";

// src/results/compare.ts
function copyKey(copy) {
  return `interop/${copy.source}/${copy.destination}/${copy.content}`;
}
function statusesOf(run, registry) {
  const record = run.registries.find((r) => r.name === registry);
  if (!record || record.status === "skipped") return void 0;
  const byKey = /* @__PURE__ */ new Map();
  const copies = /* @__PURE__ */ new Map();
  for (const r of run.results) if (r.registry === registry) byKey.set(r.check, r.status);
  for (const c of run.interop ?? []) {
    if (c.source !== registry && c.destination !== registry) continue;
    byKey.set(copyKey(c), c.status);
    copies.set(copyKey(c), c);
  }
  return { unreachable: record.status === "error", byKey, copies };
}
function changeIsOf(registry, now, before) {
  return now ? copiesCountedAt([now], registry).length > 0 : before.destination === registry;
}
function changesOf(registry, current, baseline) {
  const changes = { registry, newlyFailing: [], newlyPassing: [], newlyErroring: [] };
  const keys = [.../* @__PURE__ */ new Set([...baseline.byKey.keys(), ...current.byKey.keys()])].sort();
  for (const key of keys) {
    const now = current.unreachable ? "error" : current.byKey.get(key);
    const before = baseline.unreachable ? "error" : baseline.byKey.get(key);
    if (now === void 0 || before === void 0 || now === before) continue;
    const copyBefore = baseline.copies.get(key) ?? current.copies.get(key);
    if (copyBefore && !changeIsOf(registry, current.unreachable ? void 0 : current.copies.get(key), copyBefore)) continue;
    if (now === "fail") changes.newlyFailing.push(key);
    else if (now === "error") changes.newlyErroring.push(key);
    else if (now === "pass") changes.newlyPassing.push(key);
  }
  return changes;
}
function compareRuns(current, baseline) {
  const registries = [];
  for (const { name } of current.registries) {
    const now = statusesOf(current, name);
    const before = statusesOf(baseline, name);
    if (now && before) registries.push(changesOf(name, now, before));
  }
  return { baseline: { runId: baseline.run.id, startedAt: baseline.run.startedAt }, registries };
}
function changeTotals(comparison) {
  const sum = (pick) => comparison.registries.reduce((n, r) => n + pick(r).length, 0);
  return { newlyFailing: sum((r) => r.newlyFailing), newlyPassing: sum((r) => r.newlyPassing), newlyErroring: sum((r) => r.newlyErroring) };
}

export {
  copyKey,
  compareRuns,
  changeTotals
};

import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  STATUS_SYMBOL,
  countStatuses
} from "./chunk-src-report-symbols.js";
import {
  STATUSES,
  STATUS_SEVERITY
} from "./chunk-src-results-model.js";
import {
  describeCopyCause
} from "./chunk-src-results-verdicts.js";

// src/report/console.ts
var COLOR = { pass: "32", fail: "31", warn: "33", unsupported: "36", skip: "90", error: "35" };
function formatProgress(state) {
  return state.map((s) => `${s.registry} ${s.done}/${s.total}${s.failures ? ` (${s.failures} fail)` : ""}`).join(" · ");
}
function formatCopyProgress(state) {
  return `copies ${state.done}/${state.total}${state.failures ? ` (${state.failures} fail)` : ""}`;
}
function plain(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "").replace(/\s*\n\s*/g, " ↵ ");
}
function verdictText(verdict) {
  if (!verdict || verdict.storesAnyContentUnchanged === "not tested") return "";
  const full = verdict.categories.filter((c) => c.support === "full").map((c) => c.category);
  return `; stores any OCI content unchanged: ${verdict.storesAnyContentUnchanged}; fully implements: ${full.join(", ") || "none"}`;
}
var NEEDS_A_LOOK = ["error", "fail", "warn"];
var FOLDED = ["unsupported", "skip"];
function renderConsoleSummary(results, options) {
  const paint = (status, text) => options.color ? `\x1B[${COLOR[status]}m${text}\x1B[0m` : text;
  const bold = (text) => options.color ? `\x1B[1m${text}\x1B[0m` : text;
  const verdicts = new Map((results.verdicts ?? []).map((v) => [v.registry, v]));
  const lines = [""];
  lines.push(...changeLines(results, paint));
  for (const registry of results.registries.filter((r) => r.status !== "skipped")) {
    const name = bold(plain(registry.name));
    if (registry.status === "error") {
      lines.push(`${name}: ${paint("error", "error")} — ${plain(registry.reason ?? "no reason given")}`);
      continue;
    }
    const counts = countStatuses(results.results.filter((r) => r.registry === registry.name).map((r) => r.status));
    const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => paint(s, `${counts[s]} ${s}`));
    lines.push(`${name}: ${parts.join(", ") || "no results"}${verdictText(verdicts.get(registry.name))}`);
    const left = registry.cleanup?.leftBehind ?? [];
    if (left.length) lines.push(`  cleanup: ${left.length} pushed item(s) left in the registry — ${[...new Set(left.map((l) => plain(l.reason)))].join("; ")}`);
  }
  const skipped = results.registries.filter((r) => r.status === "skipped");
  if (skipped.length) lines.push(`Skipped: ${skipped.map((r) => `${bold(plain(r.name))} (${plain(r.reason ?? "no reason given")})`).join("; ")}`);
  const notPassing = results.results.filter((r) => r.status !== "pass");
  const needsALook = notPassing.filter((r) => NEEDS_A_LOOK.includes(r.status) && !r.expected).sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]);
  if (needsALook.length) {
    lines.push("", "Needs a look:");
    for (const r of needsALook) lines.push(`  ${resultLine(r, paint)}`);
  }
  const folded = foldedCounts(notPassing.filter((r) => !needsALook.includes(r)).map((r) => ({ status: r.status, expected: Boolean(r.expected) })));
  if (folded) {
    if (!needsALook.length) lines.push("");
    lines.push(`Also ${folded}: see the report for each.`);
  }
  const copies = results.interop ?? [];
  if (copies.length) {
    const ok = copies.filter((c) => c.status === "pass").length;
    lines.push("", `Interop: ${ok} of ${copies.length} copies between registries verified byte for byte`);
    const copyProblems = copies.filter((c) => NEEDS_A_LOOK.includes(c.status)).sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]);
    for (const c of copyProblems) {
      lines.push(`  ${paint(c.status, `${STATUS_SYMBOL[c.status]} ${c.status}`)} ${plain(c.source)} → ${plain(c.destination)} ${plain(c.content)}: ${plain(c.message)}${describeCopyCause(c) ? ` (${plain(describeCopyCause(c))})` : ""}`);
    }
    const foldedCopies = foldedCounts(copies.filter((c) => FOLDED.includes(c.status)).map((c) => ({ status: c.status, expected: false })));
    if (foldedCopies) lines.push(`  and ${foldedCopies}`);
  }
  return lines.join("\n");
}
function foldedCounts(items) {
  const expected = items.filter((i) => i.expected).length;
  const counts = countStatuses(items.filter((i) => !i.expected).map((i) => i.status));
  const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  if (expected) parts.push(`${expected} expected ${expected === 1 ? "deviation" : "deviations"} (known limits)`);
  return parts.join(", ");
}
function changeLines(results, paint) {
  const comparison = results.comparison;
  if (!comparison) return [];
  const lines = [`Since run ${plain(comparison.baseline.runId)}:`];
  const changed = comparison.registries.filter((r) => r.newlyFailing.length + r.newlyErroring.length + r.newlyPassing.length > 0);
  for (const r of changed) {
    const parts = [
      ["fail", "newly failing", r.newlyFailing],
      ["error", "newly erroring", r.newlyErroring],
      ["pass", "newly passing", r.newlyPassing]
    ];
    const text = parts.filter(([, , keys]) => keys.length).map(([status, word, keys]) => `${paint(status, `${keys.length} ${word}`)} (${keys.map(plain).join(", ")})`);
    lines.push(`  ${plain(r.registry)}: ${text.join("; ")}`);
  }
  if (!changed.length) lines.push("  no check newly failing, erroring or passing");
  return [...lines, ""];
}
function resultLine(r, paint) {
  const expected = r.expected ? " (expected: known limit)" : "";
  return `${paint(r.status, `${STATUS_SYMBOL[r.status]} ${r.status}`)} ${plain(r.registry)} ${r.check}${expected}: ${plain(r.message)}`;
}

export {
  formatProgress,
  formatCopyProgress,
  renderConsoleSummary
};

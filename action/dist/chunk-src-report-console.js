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

// src/report/console.ts
var COLOR = { pass: "32", fail: "31", warn: "33", unsupported: "36", skip: "90", error: "35" };
function formatProgress(state) {
  return state.map((s) => `${s.registry} ${s.done}/${s.total}${s.failures ? ` (${s.failures} fail)` : ""}`).join(" · ");
}
function plain(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "").replace(/\s*\n\s*/g, " ↵ ");
}
function verdictText(verdict) {
  if (!verdict || verdict.storesAnyContentUnchanged === "not tested") return "";
  const full = verdict.categories.filter((c) => c.support === "full").map((c) => c.category);
  return `; stores any OCI content unchanged: ${verdict.storesAnyContentUnchanged}; fully implements: ${full.join(", ") || "none"}`;
}
function renderConsoleSummary(results, options) {
  const paint = (status, text) => options.color ? `\x1B[${COLOR[status]}m${text}\x1B[0m` : text;
  const bold = (text) => options.color ? `\x1B[1m${text}\x1B[0m` : text;
  const verdicts = new Map((results.verdicts ?? []).map((v) => [v.registry, v]));
  const lines = [""];
  for (const registry of results.registries) {
    const name = bold(plain(registry.name));
    if (registry.status !== "tested") {
      lines.push(`${name}: ${registry.status} — ${plain(registry.reason ?? "no reason given")}`);
      continue;
    }
    const counts = countStatuses(results.results.filter((r) => r.registry === registry.name).map((r) => r.status));
    const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => paint(s, `${counts[s]} ${s}`));
    lines.push(`${name}: ${parts.join(", ") || "no results"}${verdictText(verdicts.get(registry.name))}`);
    const left = registry.cleanup?.leftBehind ?? [];
    if (left.length) lines.push(`  cleanup: ${left.length} pushed item(s) left in the registry — ${[...new Set(left.map((l) => plain(l.reason)))].join("; ")}`);
  }
  const notPassing = results.results.filter((r) => r.status !== "pass").sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]);
  if (notPassing.length) {
    lines.push("", "Not passing:");
    for (const r of notPassing) lines.push(`  ${resultLine(r, paint)}`);
  }
  const copies = results.interop ?? [];
  if (copies.length) {
    const ok = copies.filter((c) => c.status === "pass").length;
    lines.push("", `Interop: ${ok} of ${copies.length} copies between registries verified byte for byte`);
    for (const c of copies.filter((c2) => c2.status !== "pass")) {
      lines.push(`  ${paint(c.status, `${STATUS_SYMBOL[c.status]} ${c.status}`)} ${plain(c.source)} → ${plain(c.destination)} ${plain(c.content)}: ${plain(c.message)}`);
    }
  }
  return lines.join("\n");
}
function resultLine(r, paint) {
  const expected = r.expected ? " (expected: known limit)" : "";
  return `${paint(r.status, `${STATUS_SYMBOL[r.status]} ${r.status}`)} ${plain(r.registry)} ${r.check}${expected}: ${plain(r.message)}`;
}

export {
  formatProgress,
  renderConsoleSummary
};

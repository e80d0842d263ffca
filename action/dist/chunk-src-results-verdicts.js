import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/results/verdicts.ts
var CATEGORY_OF = {
  pull: "Pull",
  push: "Push",
  discovery: "Content Discovery",
  management: "Content Management",
  referrers: "Referrers"
};
var GATE_CHECK = { Referrers: "referrers.api" };
function copyBlamedOn(copy) {
  if (copy.status !== "fail" && copy.status !== "error") return [];
  if (copy.cause === "source") return [copy.source];
  if (copy.cause === "destination") return [copy.destination];
  if (copy.cause === "both") return [copy.source, copy.destination];
  return [];
}
function copiesCountedAt(copies, registry) {
  return copies.filter((c) => {
    if (c.source !== registry && c.destination !== registry) return false;
    if (c.status !== "fail" && c.status !== "error") return c.destination === registry;
    const blamed = copyBlamedOn(c);
    return blamed.length ? blamed.includes(registry) : true;
  });
}
function describeCopyCause(copy) {
  if (copy.status !== "fail" && copy.status !== "error") return void 0;
  if (copy.cause === "source") return `went wrong at the source, ${copy.source}`;
  if (copy.cause === "destination") return `went wrong at the destination, ${copy.destination}`;
  if (copy.cause === "both") return `went wrong at both ends: ${copy.source} served wrong bytes and ${copy.destination} stored them`;
  return `cannot tell whether ${copy.source} or ${copy.destination} caused it`;
}
function registryVerdicts(model) {
  const checks = new Map(model.checks.map((c) => [c.id, c]));
  const titles = new Map((model.contents ?? []).map((c) => [c.id, c.title]));
  return model.registries.map((registry) => {
    const results = model.results.filter((r) => r.registry === registry.name);
    if (registry.status !== "tested") {
      return {
        registry: registry.name,
        storesAnyContentUnchanged: "not tested",
        problems: [],
        categories: Object.values(CATEGORY_OF).map((category) => ({ category, support: "not tested", failing: [] }))
      };
    }
    const artifactResults = results.filter((r) => checks.get(r.check)?.suite === "artifacts" && checks.get(r.check)?.level === "MUST");
    const problems = artifactResults.filter((r) => r.status !== "pass").map((r) => ({ content: checks.get(r.check)?.title.split(":")[0] ?? r.check, reason: `${r.status}: ${r.message}` }));
    let copyFailed = false;
    let unattributed = 0;
    for (const copy of model.interop ?? []) {
      if (copy.status !== "fail" && copy.status !== "error" || copy.source !== registry.name && copy.destination !== registry.name) continue;
      const title = titles.get(copy.content) ?? copy.content;
      const content = copy.destination === registry.name ? `${title} from ${copy.source}` : `${title} copied to ${copy.destination}`;
      if (copyBlamedOn(copy).includes(registry.name)) {
        problems.push({ content, reason: `${copy.status}: ${copy.message}` });
        copyFailed ||= copy.status === "fail";
      } else if (copyBlamedOn(copy).length === 0) {
        unattributed++;
        problems.push({ content, reason: `${copy.status} (cannot tell whether ${copy.source} or ${copy.destination} caused it): ${copy.message}` });
      }
    }
    const failed = artifactResults.some((r) => r.status === "fail") || copyFailed;
    const allPassed = artifactResults.length > 0 && artifactResults.every((r) => r.status === "pass");
    const storesAnyContentUnchanged = failed ? "no" : allPassed && problems.length === unattributed ? "yes" : "not tested";
    const categories = Object.entries(CATEGORY_OF).map(([suite, category]) => {
      const inSuite = results.filter((r) => checks.get(r.check)?.suite === suite);
      const must = inSuite.filter((r) => checks.get(r.check)?.level === "MUST");
      const judged = must.filter((r) => r.status !== "skip");
      if (judged.length === 0) return { category, support: "not tested", failing: [] };
      const failing = judged.filter((r) => r.status === "fail" || r.status === "error").map((r) => r.check);
      const gate = GATE_CHECK[category];
      const gateAbsent = gate !== void 0 && judged.some((r) => r.check === gate && r.status === "unsupported");
      if (gateAbsent || judged.every((r) => r.status === "unsupported")) return { category, support: "absent", failing };
      return { category, support: failing.length ? "partial" : "full", failing };
    });
    return { registry: registry.name, storesAnyContentUnchanged, problems, categories };
  });
}

export {
  copiesCountedAt,
  describeCopyCause,
  registryVerdicts
};

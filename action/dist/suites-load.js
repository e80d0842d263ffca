import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import "./chunk-runtime.js";

// suites/load.ts
var LOADERS = [
  ["pull", async () => (await import("./suites-pull.js")).pullChecks],
  ["push", async () => (await import("./suites-push-index.js")).pushChecks],
  ["discovery", async () => (await import("./suites-discovery.js")).discoveryChecks],
  ["management", async () => (await import("./suites-management.js")).managementChecks],
  ["referrers", async () => (await import("./suites-referrers.js")).referrersChecks],
  ["artifacts", async () => (await import("./suites-artifacts.js")).artifactChecks],
  ["auth", async () => (await import("./suites-auth.js")).authChecks]
];
async function loadChecks(suites = []) {
  const wanted = new Set(suites.includes("interop") ? [...suites, "artifacts"] : suites);
  const selected = LOADERS.filter(([suite]) => wanted.size === 0 || wanted.has(suite));
  return (await Promise.all(selected.map(([, load]) => load()))).flat();
}
export {
  loadChecks
};

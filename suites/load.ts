// Loads only the suites a run asks for, in report order: a `--suite pull` run never parses the
// artifact catalogue or the other suites. Every check at once is `ALL_CHECKS` in ./index.ts.
import type { CheckDefinition } from '../src/runner/check.js';
import type { SuiteName } from '../src/results/model.js';

const LOADERS: [SuiteName, () => Promise<CheckDefinition[]>][] = [
  ['pull', async () => (await import('./pull.js')).pullChecks],
  ['push', async () => (await import('./push/index.js')).pushChecks],
  ['discovery', async () => (await import('./discovery.js')).discoveryChecks],
  ['management', async () => (await import('./management.js')).managementChecks],
  ['referrers', async () => (await import('./referrers.js')).referrersChecks],
  ['artifacts', async () => (await import('./artifacts.js')).artifactChecks],
  ['auth', async () => (await import('./auth.js')).authChecks],
];

/** The checks of `suites` (all when empty); interop copies what the artifacts suite stored, so it brings those checks along. */
export async function loadChecks(suites: readonly SuiteName[] = []): Promise<CheckDefinition[]> {
  const wanted = new Set<SuiteName>(suites.includes('interop') ? [...suites, 'artifacts'] : suites);
  const selected = LOADERS.filter(([suite]) => wanted.size === 0 || wanted.has(suite));
  return (await Promise.all(selected.map(([, load]) => load()))).flat();
}

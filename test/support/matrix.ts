// Runs the real matrix (real suites, real registries) against a config built in the test.
import type { LoadedConfig } from '../../src/config/load.js';
import type { RegistryConfig } from '../../src/config/schema.js';
import type { RunResults, Status } from '../../src/results/model.js';
import { runMatrix } from '../../src/matrix.js';
import { ALL_CHECKS } from '../../suites/index.js';
import type { SpecVersion, SuiteName } from '../../src/results/model.js';

export function configOf(registries: RegistryConfig[], specVersion: SpecVersion = '1.1'): LoadedConfig {
  return { file: '(test)', specVersion, registries: registries.map((config) => ({ config, missingVariables: [] })) };
}

export function runTestMatrix(registries: RegistryConfig[], options: { specVersion?: SpecVersion; suites?: SuiteName[] } = {}): Promise<RunResults> {
  return runMatrix({ config: configOf(registries, options.specVersion), checks: ALL_CHECKS, specVersion: options.specVersion, suites: options.suites });
}

/** check id → status, for one registry. */
export function verdictsOf(results: RunResults, registry: string): Record<string, Status> {
  return Object.fromEntries(results.results.filter((r) => r.registry === registry).map((r) => [r.check, r.status]));
}

export function notPassing(results: RunResults, registry: string): string[] {
  return results.results.filter((r) => r.registry === registry && r.status !== 'pass').map((r) => `${r.check}: ${r.status} — ${r.message}`);
}

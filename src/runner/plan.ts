// Which checks run on which registry: suite and spec-version selection, config opt-outs.
import type { RegistryConfig } from '../config/schema.js';
import type { SpecVersion, SuiteName } from '../results/model.js';
import { appliesTo, type CheckDefinition } from './check.js';

export interface PlannedCheck {
  check: CheckDefinition;
  /** Set when the check is not run: the reason becomes a `skip` result. */
  skipReason?: string;
}

export function planChecks(
  checks: CheckDefinition[],
  registry: RegistryConfig,
  options: { specVersion: SpecVersion; suites?: SuiteName[] },
): PlannedCheck[] {
  const suites = options.suites?.length ? options.suites : undefined;
  return checks
    .filter((check) => appliesTo(check, options.specVersion))
    .filter((check) => !suites || suites.includes(check.suite))
    .map((check) => ({ check, skipReason: skipReasonFor(check, registry) }));
}

function skipReasonFor(check: CheckDefinition, registry: RegistryConfig): string | undefined {
  if (registry.suites && !registry.suites.includes(check.suite)) {
    return `suite "${check.suite}" is not enabled for this registry (registries.yaml: suites)`;
  }
  for (const [pattern, reason] of Object.entries(registry.disabledChecks ?? {})) {
    const matches = pattern.endsWith('.') ? check.id.startsWith(pattern) : check.id === pattern;
    if (matches) return `disabled in registries.yaml: ${reason}`;
  }
  return undefined;
}

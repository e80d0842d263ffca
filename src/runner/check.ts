// What a check is, and what it gets to work with. Checks judge; they never format output.
import type { CheckInfo, Level, SpecVersion, Status } from '../results/model.js';
import type { RegistryClient } from '../registry/client.js';
import type { Limits } from '../config/schema.js';
import type { Fixtures } from './fixtures.js';
import type { CleanupLedger } from './cleanup.js';

/** The outcome of one check: status and a message a person can act on. */
export type Verdict =
  | { status: 'pass'; message: string }
  | { status: 'fail'; message: string }
  | { status: 'warn'; message: string }
  | { status: 'unsupported'; message: string }
  | { status: 'skip'; message: string }
  | { status: 'error'; message: string };

export const pass = (message: string): Verdict => ({ status: 'pass', message });
export const fail = (message: string): Verdict => ({ status: 'fail', message });
export const warn = (message: string): Verdict => ({ status: 'warn', message });
export const unsupported = (message: string): Verdict => ({ status: 'unsupported', message });
export const skip = (message: string): Verdict => ({ status: 'skip', message });

/** A broken requirement at the check's level: `fail` for MUST, `warn` for SHOULD/MAY. */
export function broken(level: Level, message: string): Verdict {
  return level === 'MUST' ? fail(message) : warn(message);
}

/** Thrown by fixtures when content a check needs could not be put in place: the check is skipped. */
export { PreconditionFailed } from './precondition.js';

export interface CheckContext {
  /** Protocol client whose exchanges are recorded as this check's evidence. */
  client: RegistryClient;
  /** The same registry without credentials: what an anonymous client is told. */
  anonymous: RegistryClient;
  /** Run-unique repository for this registry. */
  repo: string;
  /** Second run-unique repository, for cross-repository mount. */
  mountRepo: string;
  /** The run's id: seeds the content the checks push, so concurrent runs never share it. */
  runId: string;
  /** A run-unique tag for `name`, so concurrent runs never collide. */
  tag(name: string): string;
  specVersion: SpecVersion;
  limits: Limits;
  fixtures: Fixtures;
  cleanup: CleanupLedger;
  /** Level of this check under the selected spec version. */
  level: Level;
  /** Aborted when the run is interrupted (Ctrl-C) or the check times out. */
  signal: AbortSignal;
}

/** A check; the spec sentences it verifies are credited in src/requirements/coverage.ts, not here. */
export interface CheckDefinition extends Omit<CheckInfo, 'level' | 'requirements'> {
  level: Level;
  /** Where a later spec version changed the level (e.g. Docker-Content-Digest became MUST in main). */
  levelIn?: Partial<Record<SpecVersion, Level>>;
  /** Oldest spec version the requirement exists in (default 1.0). */
  since?: SpecVersion;
  /**
   * A known limit that, when declared false in the registry's config, makes this check's
   * non-pass outcome an expected deviation (still shown, marked expected).
   */
  limit?: keyof Limits;
  /** Artifact checks name the content they leave in place, for the interop phase to copy. */
  interop?: { content: string; fixture: string; title: string };
  run(ctx: CheckContext): Promise<Verdict>;
}

export function defineChecks(checks: CheckDefinition[]): CheckDefinition[] {
  return checks;
}

const ORDER: SpecVersion[] = ['1.0', '1.1', 'main'];

export function appliesTo(check: CheckDefinition, version: SpecVersion): boolean {
  return ORDER.indexOf(check.since ?? '1.0') <= ORDER.indexOf(version);
}

export function levelFor(check: CheckDefinition, version: SpecVersion): Level {
  return check.levelIn?.[version] ?? check.level;
}

export type { Status };

// Runs the planned checks against one registry: bounded concurrency, a timeout per check, the
// results in plan order, and a cleanup of everything pushed — whatever happened.
import { setMaxListeners } from 'node:events';
import pLimit from 'p-limit';
import type { Transport } from '../http/types.js';
import type { Limits } from '../config/schema.js';
import type { ResultRecord, SpecVersion } from '../results/model.js';
import { createRegistryClient } from '../registry/client.js';
import { PreconditionFailed, levelFor, type CheckContext, type Verdict } from './check.js';
import type { PlannedCheck } from './plan.js';
import { createFixtures, type Fixtures } from './fixtures.js';
import { cleanUp, createCleanupLedger, type CleanupLedger, type CleanupReport } from './cleanup.js';
import { boundedEvidence, collectEvidence } from './evidence.js';
import { TransportError } from '../http/errors.js';
import { runDeadline, type RunDeadline } from './deadline.js';

export interface RegistryRunOptions {
  name: string;
  baseUrl: string;
  transport: Transport;
  /** A transport without credentials, for checks of what anonymous clients get. */
  anonymousTransport: Transport;
  repo: string;
  mountRepo: string;
  runId: string;
  specVersion: SpecVersion;
  limits: Limits;
  /** Where a known limit comes from (a profile's source link), cited when a result is marked expected. */
  limitSources?: Partial<Record<keyof Limits, string>>;
  concurrency: number;
  planned: PlannedCheck[];
  /** Per-check limit; a check still running then is an `error` (the harness could not judge). */
  checkTimeoutMs?: number;
  /**
   * The registry's whole-run deadline (runTimeoutMinutes): checks still running or not started
   * then are `error` naming it, so one slow registry cannot hold up the others or the reports.
   */
  runTimeoutMs?: number;
  signal: AbortSignal;
  onResult?: (result: ResultRecord) => void;
}

export interface RegistryRunOutcome {
  results: ResultRecord[];
  /** Content the checks put in place (e.g. artifacts), for the interop phase to copy from. */
  fixtures: Fixtures;
  /** Everything pushed so far; the interop phase adds to it, `cleanUpRegistry` empties it. */
  ledger: CleanupLedger;
}

const DEFAULT_CHECK_TIMEOUT_MS = 10 * 60_000;

export async function runRegistry(options: RegistryRunOptions): Promise<RegistryRunOutcome> {
  const fixtures = createFixtures();
  const ledger = createCleanupLedger();
  const limit = pLimit(options.concurrency);
  const tag = (name: string) => `${options.runId}-${name}`.slice(0, 128);
  const sourceOf = (limit: keyof Limits) => (options.limitSources?.[limit] ? `: ${options.limitSources[limit]}` : '');
  const deadline: RunDeadline | undefined = options.runTimeoutMs ? runDeadline(options.runTimeoutMs) : undefined;

  const runOne = async ({ check, skipReason }: PlannedCheck): Promise<ResultRecord> => {
    const started = performance.now();
    const finish = (verdict: Verdict, evidence = collectEvidence()): ResultRecord => {
      const expected = check.limit !== undefined && options.limits[check.limit] === false && verdict.status !== 'pass';
      const result: ResultRecord = {
        registry: options.name,
        check: check.id,
        status: verdict.status,
        message: expected ? `${verdict.message} (expected: limits.${String(check.limit)} is false for this registry${sourceOf(check.limit!)})` : verdict.message,
        durationMs: Math.round(performance.now() - started),
        evidence: boundedEvidence(evidence.exchanges(), verdict.status === 'pass'),
        ...(expected ? { expected: true } : {}),
      };
      options.onResult?.(result);
      return result;
    };
    if (skipReason) return finish({ status: 'skip', message: skipReason });
    if (options.signal.aborted) return finish({ status: 'skip', message: 'run interrupted before this check started' });
    if (deadline?.passed()) return finish({ status: 'error', message: `not run: ${deadline.message}` });

    const evidence = collectEvidence();
    const controller = new AbortController();
    // Every request of the check listens to it, and a check may run many at once.
    setMaxListeners(0, controller.signal);
    const abortOnRun = () => controller.abort();
    options.signal.addEventListener('abort', abortOnRun, { once: true });
    // The deadline stops this check's requests (and waits to retry) and decides its verdict.
    const deadlineReached = new Promise<Verdict>((resolve) => {
      deadline?.onPass(() => {
        controller.abort(new TransportError('aborted', deadline.message));
        resolve({ status: 'error', message: `not finished: ${deadline.message}` });
      });
    });
    const signal = controller.signal;
    const ctx: CheckContext = {
      client: createRegistryClient({ transport: options.transport, baseUrl: options.baseUrl, evidence, signal }),
      anonymous: createRegistryClient({ transport: options.anonymousTransport, baseUrl: options.baseUrl, evidence, signal }),
      repo: options.repo,
      mountRepo: options.mountRepo,
      runId: options.runId,
      tag,
      specVersion: options.specVersion,
      limits: options.limits,
      fixtures,
      cleanup: ledger,
      level: levelFor(check, options.specVersion),
      signal: controller.signal,
    };
    let timer: NodeJS.Timeout | undefined;
    const timeoutMs = options.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
    const timeout = new Promise<Verdict>((resolve) => {
      timer = setTimeout(() => {
        const message = `check did not finish within ${Math.round(timeoutMs / 1000)} s`;
        controller.abort(new TransportError('aborted', message));
        resolve({ status: 'error', message });
      }, timeoutMs);
    });
    try {
      return finish(await Promise.race([check.run(ctx), timeout, deadlineReached]), evidence);
    } catch (error) {
      if (error instanceof PreconditionFailed) return finish({ status: 'skip', message: error.message }, evidence);
      if (deadline?.passed()) return finish({ status: 'error', message: `not finished: ${deadline.message}` }, evidence);
      // No answer to judge: say what the network or the server did, in its own words.
      if (error instanceof TransportError) return finish({ status: 'error', message: error.message }, evidence);
      return finish({ status: 'error', message: `harness error: ${describeError(error)}` }, evidence);
    } finally {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', abortOnRun);
    }
  };

  try {
    const results = await Promise.all(options.planned.map((planned) => limit(() => runOne(planned))));
    return { results, fixtures, ledger };
  } finally {
    deadline?.dispose();
  }
}

/** Cleanup has its own bound: it runs after the run deadline too, and must end as well. */
export const CLEANUP_TIMEOUT_MS = 2 * 60_000;

/** Deletes what the run pushed, where the registry allows deletes, within its own time bound. */
export function cleanUpRegistry(options: { transport: Transport; baseUrl: string; limits: Limits; ledger: CleanupLedger; timeoutMs?: number }): Promise<CleanupReport> {
  const timeoutMs = options.timeoutMs ?? CLEANUP_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const client = createRegistryClient({ transport: options.transport, baseUrl: options.baseUrl, signal });
  const deletes = options.limits.delete !== false;
  return cleanUp(client, options.ledger, {
    deleteManifests: deletes,
    deleteBlobs: deletes && options.limits.deleteBlob !== false,
    sharedRepository: options.limits.createRepository === false,
  });
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  const code = (error as Error & { code?: string }).code;
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  return `${error.message}${code && !error.message.includes(code) ? ` (${code})` : ''}${detail}`;
}

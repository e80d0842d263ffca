// One registry's part of a run: resolve where it is and how to log in, check it answers, run its
// planned checks, and keep the session (client, fixtures, cleanup ledger) open for whatever
// comes after the checks (the copy phase) until `close()` cleans up and stops it.
import type { ConfiguredRegistry } from '../config/load.js';
import { resolveLogin } from '../config/credentials.js';
import { staticLogin, basicSecrets, type Login, type SecretListener } from '../auth/login.js';
import { diagnoseLogin } from '../auth/diagnose.js';
import { limitsWithProfile } from '../profiles/profiles.js';
import { createTransport } from '../http/transport.js';
import type { EvidenceRecorder, Transport } from '../http/types.js';
import type { RegistryRecord, ResultRecord, SpecVersion, SuiteName } from '../results/model.js';
import { createRegistryClient, type RegistryClient } from '../registry/client.js';
import type { CheckDefinition } from './check.js';
import type { Fixtures } from './fixtures.js';
import type { CleanupLedger } from './cleanup.js';
import { planChecks } from './plan.js';
import { prepareTarget } from './targets.js';
import { runRegistry, cleanUpRegistry, describeError } from './run-registry.js';

/** A whole run on one registry normally takes minutes; past this it is stuck, not slow. */
export const DEFAULT_RUN_TIMEOUT_MINUTES = 30;

export type RegistryProgressEvent =
  | { kind: 'registry-started'; registry: string; total: number }
  | { kind: 'result'; registry: string; result: ResultRecord }
  | { kind: 'registry-finished'; registry: string; record: RegistryRecord };

/** A checked registry, still open: what a later phase needs to read from and write to it. */
export interface RegistrySession {
  name: string;
  /** The run's repository prefix in this registry. */
  repo: string;
  /** Whether this run may create repositories under `repo` (false: one shared repository). */
  createRepository: boolean;
  /** Requests this registry takes at once (its `concurrency`). */
  concurrency: number;
  client(evidence: EvidenceRecorder): RegistryClient;
  fixtures: Fixtures;
  ledger: CleanupLedger;
}

export interface OpenedRegistry {
  record: RegistryRecord;
  results: ResultRecord[];
  /** Present when the registry was tested; `close()` cleans up what the run pushed and stops it. */
  session?: RegistrySession & { close(): Promise<void> };
}

export interface OpenOptions {
  checks: CheckDefinition[];
  suites?: SuiteName[];
  runId: string;
  specVersion: SpecVersion;
  signal: AbortSignal;
  onProgress?: (event: RegistryProgressEvent) => void;
  /** Notes for the console (e.g. items left behind), never results. */
  onNote?: (registry: string, note: string) => void;
  /** Told each secret the run obtains (login tokens, token-service tokens) before it is used. */
  onSecret?: SecretListener;
}

export async function openAndCheck(configured: ConfiguredRegistry, options: OpenOptions): Promise<OpenedRegistry> {
  // A profile's known limits apply unless the entry overrides them (data, never a host-name branch).
  const profiled = limitsWithProfile(configured.config.profile, configured.config.limits);
  const config = { ...configured.config, limits: profiled.limits };
  const base: RegistryRecord = {
    name: config.name,
    url: config.url ?? `launch:${config.launch?.kind}`,
    status: 'tested',
    ...(config.optional ? { optional: true } : {}),
    ...(config.limits && Object.keys(config.limits).length > 0 ? { knownLimits: config.limits } : {}),
  };
  const started = performance.now();
  const finish = (untimed: RegistryRecord, results: ResultRecord[] = [], session?: OpenedRegistry['session']): OpenedRegistry => {
    // Timed in place: close() fills this same object's cleanup summary after the copy phase.
    const record: RegistryRecord = Object.assign(untimed, { durationMs: Math.round(performance.now() - started) });
    options.onProgress?.({ kind: 'registry-finished', registry: config.name, record });
    return { record, results, session };
  };
  if (configured.missingVariables.length > 0) {
    const vars = configured.missingVariables.map((v) => `$${v}`).join(', ');
    return finish({ ...base, status: 'skipped', reason: `environment variable${configured.missingVariables.length > 1 ? 's' : ''} ${vars} not set` });
  }

  const target = await prepareTarget(config, options.runId);
  if (!target.ok) return finish({ ...base, status: target.status, reason: target.reason });
  const record: RegistryRecord = { ...base, url: target.url };
  let transport: Transport | undefined;
  let anonymousTransport: Transport | undefined;
  const stop = async () => {
    await transport?.close().catch(() => undefined);
    await anonymousTransport?.close().catch(() => undefined);
    await target.stop().catch(() => undefined);
  };
  try {
    let login: Login;
    if (target.credentials) {
      const c = target.credentials;
      login = staticLogin(c, c.kind === 'basic' ? `user ${c.username}` : 'launch credentials', c.kind === 'basic' ? basicSecrets(c.username, c.password) : []);
    } else {
      const resolved = await resolveLogin(config, target.url);
      if (!resolved.ok) {
        await stop();
        return finish({ ...record, status: 'skipped', reason: resolved.reason });
      }
      login = resolved.login;
    }
    if (options.onSecret) login.watchSecrets(options.onSecret);
    const tls = config.tls ? { ca: config.tls.ca ? await readCa(config.tls.ca) : undefined, insecure: config.tls.insecure } : undefined;
    const activeTransport = createTransport({
      credentials: { kind: 'none' },
      login,
      tls,
      timeoutMs: (config.timeoutSeconds ?? 30) * 1000,
      onSecret: options.onSecret,
    });
    transport = activeTransport;
    anonymousTransport = createTransport({ credentials: { kind: 'none' }, tls, timeoutMs: (config.timeoutSeconds ?? 30) * 1000, onSecret: options.onSecret });
    const ownRepositories = config.limits?.createRepository !== false;
    const repo = ownRepositories ? `${config.repository}/${options.runId}` : config.repository;
    const loginProblem = await diagnoseLogin({ transport: activeTransport, login, url: target.url, repository: repo });
    if (loginProblem) {
      await stop();
      return finish({ ...record, status: 'error', reason: loginProblem });
    }
    const planned = planChecks(options.checks, config, { specVersion: options.specVersion, suites: options.suites });
    options.onProgress?.({ kind: 'registry-started', registry: config.name, total: planned.length });
    const limits = config.limits ?? {};
    const concurrency = config.concurrency ?? 4;
    const outcome = await runRegistry({
      name: config.name,
      baseUrl: target.url,
      transport: activeTransport,
      anonymousTransport: anonymousTransport!,
      repo,
      mountRepo: ownRepositories
        ? `${config.mountRepository ?? `${config.repository}-mount`}/${options.runId}`
        : (config.mountRepository ?? config.repository),
      runId: options.runId,
      specVersion: options.specVersion,
      limits,
      limitSources: profiled.sources,
      concurrency,
      planned,
      runTimeoutMs: (config.runTimeoutMinutes ?? DEFAULT_RUN_TIMEOUT_MINUTES) * 60_000,
      signal: options.signal,
      onResult: (result) => options.onProgress?.({ kind: 'result', registry: config.name, result }),
    });
    const close = async () => {
      try {
        const cleanup = await cleanUpRegistry({ transport: activeTransport, baseUrl: target.url, limits, ledger: outcome.ledger });
        const left = cleanup.leftBehind;
        // Into the model (the record is the one the results hold): renderers show what stayed.
        record.cleanup = { deleted: cleanup.deleted, leftBehind: left.map(({ item, reason }) => ({ kind: item.kind, repo: item.repo, digest: item.digest, reason })) };
        if (left.length > 0) {
          options.onNote?.(config.name, `${left.length} pushed item(s) left in the registry: ${[...new Set(left.map((l) => l.reason))].join('; ')}`);
        }
      } finally {
        await stop();
      }
    };
    const session = {
      name: config.name,
      repo,
      createRepository: ownRepositories,
      concurrency,
      client: (evidence: EvidenceRecorder) => createRegistryClient({ transport: activeTransport, baseUrl: target.url, evidence }),
      fixtures: outcome.fixtures,
      ledger: outcome.ledger,
      close,
    };
    const rateLimit = activeTransport.rateLimit();
    if (rateLimit) record.rateLimit = rateLimit;
    return finish(record, outcome.results, session);
  } catch (error) {
    await stop();
    return finish({ ...record, status: 'error', reason: `harness error: ${describeError(error)}` });
  }
}

async function readCa(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'utf8');
}

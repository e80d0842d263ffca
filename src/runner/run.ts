// Runs the matrix: every selected registry in parallel (one failing or hanging never stalls the
// others), each through its own plan, into one results model.
import type { LoadedConfig, ConfiguredRegistry } from '../config/load.js';
import { resolveLogin } from '../config/credentials.js';
import { staticLogin, basicSecrets, type Login } from '../auth/login.js';
import { diagnoseLogin } from '../auth/diagnose.js';
import { limitsWithProfile } from '../profiles/profiles.js';
import { createTransport } from '../http/transport.js';
import type { Transport } from '../http/types.js';
import type { CheckInfo, InteropRecord, RegistryRecord, ResultRecord, RunResults, SpecVersion, SuiteName } from '../results/model.js';
import { levelFor, type CheckDefinition } from './check.js';
import { planChecks } from './plan.js';
import { prepareTarget } from './targets.js';
import { runRegistry, cleanUpRegistry, describeError } from './run-registry.js';
import { createRegistryClient } from '../registry/client.js';
import { runInterop, type InteropContent, type InteropParticipant } from '../interop/run.js';
import { registryVerdicts } from '../results/verdicts.js';
import { requirementIdsOfCheck } from '../requirements/index.js';
import { newRunId } from './run-id.js';
import { TOOL } from '../tool.js';

/** A whole run on one registry normally takes minutes; past this it is stuck, not slow. */
export const DEFAULT_RUN_TIMEOUT_MINUTES = 30;

export interface RunOptions {
  config: LoadedConfig;
  checks: CheckDefinition[];
  registries?: string[];
  suites?: SuiteName[];
  specVersion?: SpecVersion;
  runId?: string;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** Notes for the console (e.g. items left behind), never results. */
  onNote?: (registry: string, note: string) => void;
}

export type ProgressEvent =
  | { kind: 'registry-started'; registry: string; total: number }
  | { kind: 'result'; registry: string; result: ResultRecord }
  | { kind: 'registry-finished'; registry: string; record: RegistryRecord }
  /** The copy phase starts: `total` copies between the registries that were tested. */
  | { kind: 'copies-started'; total: number }
  | { kind: 'copy'; record: InteropRecord };

export async function runMatrix(options: RunOptions): Promise<RunResults> {
  const runId = options.runId ?? newRunId();
  const specVersion = options.specVersion ?? options.config.specVersion;
  const startedAt = new Date().toISOString();
  const signal = options.signal ?? new AbortController().signal;
  const selected = selectRegistries(options.config.registries, options.registries);
  // Interop copies what the artifacts suite stored: asking for interop asks for artifacts too.
  const suites = options.suites?.includes('interop') && !options.suites.includes('artifacts') ? [...options.suites, 'artifacts' as const] : options.suites;
  const context = { ...options, suites, runId, specVersion, signal };

  // Phase 1: every registry on its own, in parallel.
  const opened = await Promise.all(selected.map((configured) => openAndCheck(configured, context)));
  try {
    // Phase 2: copies between the registries that were tested, while their content is still there.
    const participants = opened.flatMap((o) => (o.session ? [o.session.participant] : []));
    const contents = interopContents(options.checks);
    const copying = participants.length >= 2 && contents.length > 0 && (!options.suites?.length || options.suites.includes('interop'));
    const copyStart = performance.now();
    if (copying) options.onProgress?.({ kind: 'copies-started', total: participants.length * (participants.length - 1) * contents.length });
    const interop = copying
      ? await runInterop(participants, contents, { runId, signal, onRecord: (record) => options.onProgress?.({ kind: 'copy', record }) })
      : undefined;
    const interopDurationMs = Math.round(performance.now() - copyStart);
    const checks: CheckInfo[] = options.checks
      .filter((check) => opened.some((r) => r.results.some((res) => res.check === check.id)))
      .map((check) => checkInfo(check, specVersion));
    const results = opened.flatMap((r) => r.results);
    const model: RunResults = {
      schemaVersion: 1,
      run: { id: runId, startedAt, finishedAt: '', specVersion, tool: TOOL },
      registries: opened.map((r) => r.record),
      checks,
      results,
      ...(contents.length ? { contents: contents.map(({ id, title }) => ({ id, title })) } : {}),
      ...(interop ? { interop, interopDurationMs } : {}),
    };
    model.verdicts = registryVerdicts(model);
    model.run.finishedAt = new Date().toISOString();
    return model;
  } finally {
    // Phase 3: clean up and stop, whatever happened.
    await Promise.all(opened.map((o) => o.session?.close()));
  }
}

/** Artifact kinds the interop phase copies: those the artifacts suite pushes as fixtures. */
function interopContents(checks: CheckDefinition[]): (InteropContent & { title: string })[] {
  return checks
    .filter((check) => check.suite === 'artifacts' && check.interop)
    .map((check) => ({ id: check.interop!.content, fixture: check.interop!.fixture, title: check.interop!.title }));
}

export function checkInfo(check: CheckDefinition, specVersion: SpecVersion): CheckInfo {
  const { id, suite, title, spec } = check;
  const requirements = [...new Set([...check.requirements, ...requirementIdsOfCheck(id, specVersion)])];
  return { id, suite, title, level: levelFor(check, specVersion), spec, requirements };
}

function selectRegistries(all: ConfiguredRegistry[], names?: string[]): ConfiguredRegistry[] {
  if (!names?.length) return all.filter((r) => r.config.enabled !== false);
  return all.filter((r) => names.includes(r.config.name));
}

interface OpenedRegistry {
  record: RegistryRecord;
  results: ResultRecord[];
  session?: { participant: InteropParticipant; close(): Promise<void> };
}

async function openAndCheck(
  configured: ConfiguredRegistry,
  options: RunOptions & { runId: string; specVersion: SpecVersion; signal: AbortSignal },
): Promise<OpenedRegistry> {
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
    const tls = config.tls ? { ca: config.tls.ca ? await readCa(config.tls.ca) : undefined, insecure: config.tls.insecure } : undefined;
    const activeTransport = createTransport({
      credentials: { kind: 'none' },
      login,
      tls,
      timeoutMs: (config.timeoutSeconds ?? 30) * 1000,
    });
    transport = activeTransport;
    anonymousTransport = createTransport({ credentials: { kind: 'none' }, tls, timeoutMs: (config.timeoutSeconds ?? 30) * 1000 });
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
      concurrency: config.concurrency ?? 4,
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
        record.cleanup = { deleted: cleanup.deleted, leftBehind: left.map(({ item, reason }) => ({ ...item, reason })) };
        if (left.length > 0) {
          options.onNote?.(config.name, `${left.length} pushed item(s) left in the registry: ${[...new Set(left.map((l) => l.reason))].join('; ')}`);
        }
      } finally {
        await stop();
      }
    };
    const participant: InteropParticipant = {
      name: config.name,
      repo,
      createRepository: ownRepositories,
      client: (evidence) => createRegistryClient({ transport: activeTransport, baseUrl: target.url, evidence }),
      fixtures: outcome.fixtures,
      ledger: outcome.ledger,
    };
    const rateLimit = activeTransport.rateLimit();
    if (rateLimit) record.rateLimit = rateLimit;
    return finish(record, outcome.results, { participant, close });
  } catch (error) {
    await stop();
    return finish({ ...record, status: 'error', reason: `harness error: ${describeError(error)}` });
  }
}

async function readCa(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'utf8');
}

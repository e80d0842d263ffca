// The orchestrator: runs the matrix in its phases. First every selected registry on its own, in
// parallel (one failing or hanging never stalls the others), each through its own plan; then the
// copies between the registries that were tested, while their content is still there; then the
// results model; cleanup last, whatever happened. The runner (one registry) and interop (between
// registries) know nothing of each other; only this module sequences them.
import { setMaxListeners } from 'node:events';
import type { LoadedConfig, ConfiguredRegistry } from './config/load.js';
import type { CheckInfo, RunResults, SpecVersion, SuiteName } from './results/model.js';
import { levelFor, type CheckDefinition } from './runner/check.js';
import { openAndCheck, type RegistryProgressEvent } from './runner/registry-session.js';
import { newRunId } from './runner/run-id.js';
import { runInterop, type CopyProgressEvent, type InteropContent } from './interop/run.js';
import { ALL_PAIRS } from './interop/pairs.js';
import { registryVerdicts } from './results/verdicts.js';
import { requirementIdsOfCheck } from './requirements/index.js';
import { TOOL } from './tool.js';

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
  /** Told each secret obtained during the run, before it is used: the Action masks them; the CLI passes none. */
  onSecret?: (secret: string) => void;
}

/** Per registry while its checks run, then for the copy phase (its size, each copy, its end). */
export type ProgressEvent = RegistryProgressEvent | CopyProgressEvent;

export async function runMatrix(options: RunOptions): Promise<RunResults> {
  const runId = options.runId ?? newRunId();
  const specVersion = options.specVersion ?? options.config.specVersion;
  const startedAt = new Date().toISOString();
  const signal = options.signal ?? new AbortController().signal;
  // Every check and copy in flight listens to it: registries × their concurrency, past Node's
  // default of 10 (which then warns of a leak on the user's console).
  setMaxListeners(0, signal);
  const selected = selectRegistries(options.config.registries, options.registries);
  // Interop copies what the artifacts suite stored: asking for interop asks for artifacts too.
  const suites = options.suites?.includes('interop') && !options.suites.includes('artifacts') ? [...options.suites, 'artifacts' as const] : options.suites;
  const context = { ...options, suites, runId, specVersion, signal };

  // Phase 1: every registry on its own, in parallel.
  const opened = await Promise.all(selected.map((configured) => openAndCheck(configured, context)));
  try {
    // Phase 2: copies between the registries that were tested, while their content is still there.
    const sessions = opened.flatMap((o) => (o.session ? [o.session] : []));
    const contents = interopContents(options.checks);
    const interopMode = options.config.interop ?? ALL_PAIRS;
    const copying = sessions.length >= 2 && contents.length > 0 && (!options.suites?.length || options.suites.includes('interop'));
    const copies = copying ? await runInterop(sessions, contents, { runId, mode: interopMode, signal, onProgress: options.onProgress }) : undefined;
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
      ...(copies ? { interop: copies.records, interopMode, interopDurationMs: copies.durationMs } : {}),
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
  return { id, suite, title, level: levelFor(check, specVersion), spec, requirements: requirementIdsOfCheck(id, specVersion) };
}

function selectRegistries(all: ConfiguredRegistry[], names?: string[]): ConfiguredRegistry[] {
  if (!names?.length) return all.filter((r) => r.config.enabled !== false);
  return all.filter((r) => names.includes(r.config.name));
}


// The copy phase: every artifact kind that registry A stored is copied to registry B, for each
// ordered pair the interop mode names (all pairs, or to and from a hub), streamed, then verified
// at B byte for byte. Each registry takes as many copies at once as its own `concurrency`.
import type { CopyCause, InteropRecord } from '../results/model.js';
import type { RegistrySession } from '../runner/registry-session.js';
import { boundedEvidence, collectEvidence } from '../runner/evidence.js';
import { describeError } from '../runner/run-registry.js';
import { copyManifest } from './copy.js';
import { sameEveryRun } from '../runner/cleanup.js';
import { verifyGraph } from './verify.js';
import { interopPairs, type InteropMode } from './pairs.js';
import { createPairScheduler } from './schedule.js';

/** What the artifacts suite left in a registry for one kind. */
export interface StoredArtifact {
  repo: string;
  tag: string;
  manifest: { digest: string };
}

export interface InteropContent {
  id: string;
  fixture: string;
}

/** The copy phase announced with its size, each copy as it finishes, and its end. */
export type CopyProgressEvent =
  | { kind: 'copies-started'; total: number; pairs: number; mode: InteropMode }
  | { kind: 'copy-finished'; record: InteropRecord; done: number; total: number }
  | { kind: 'copies-finished'; records: InteropRecord[]; durationMs: number };

export interface InteropOptions {
  runId: string;
  mode?: InteropMode;
  signal?: AbortSignal;
  onProgress?: (event: CopyProgressEvent) => void;
}

/** Every copy the mode names, each registry held to its own concurrency; the records and the phase's wall time. */
export async function runInterop(
  participants: RegistrySession[],
  contents: InteropContent[],
  options: InteropOptions,
): Promise<{ records: InteropRecord[]; durationMs: number }> {
  const started = performance.now();
  const mode = options.mode ?? { mode: 'all-pairs' };
  const pairs = interopPairs(participants, mode);
  const total = pairs.length * contents.length;
  options.onProgress?.({ kind: 'copies-started', total, pairs: pairs.length, mode });
  const byName = new Map(participants.map((p) => [p.name, p]));
  const scheduler = createPairScheduler((name) => byName.get(name)!.concurrency);
  let done = 0;
  const jobs = pairs.flatMap(([source, destination]) =>
    contents.map((content) =>
      scheduler.run(source.name, destination.name, async () => {
        const record = await copyOne(source, destination, content, options);
        options.onProgress?.({ kind: 'copy-finished', record, done: ++done, total });
        return record;
      }),
    ),
  );
  const records = [...(await Promise.all(jobs)), ...hubNotTested(participants, contents, mode)];
  const durationMs = Math.round(performance.now() - started);
  options.onProgress?.({ kind: 'copies-finished', records, durationMs });
  return { records, durationMs };
}

/** In hub mode with a hub that could not be tested, every copy to and from it is a skip with the reason. */
function hubNotTested(participants: RegistrySession[], contents: InteropContent[], mode: InteropMode): InteropRecord[] {
  if (mode.mode !== 'hub' || !mode.hub || participants.some((p) => p.name === mode.hub)) return [];
  const hub = mode.hub;
  const message = `hub ${hub} was not tested (see its registry status), so nothing was copied to or from it`;
  const skip = (source: string, destination: string, content: string): InteropRecord => ({ source, destination, content, status: 'skip', message, durationMs: 0, evidence: [] });
  return participants.flatMap((p) => contents.flatMap((c) => [skip(hub, p.name, c.id), skip(p.name, hub, c.id)]));
}

async function copyOne(
  source: RegistrySession,
  destination: RegistrySession,
  content: InteropContent,
  options: InteropOptions,
): Promise<InteropRecord> {
  const started = performance.now();
  const evidence = collectEvidence();
  const record = (status: InteropRecord['status'], message: string, cause?: CopyCause): InteropRecord => {
    const result: InteropRecord = {
      source: source.name,
      destination: destination.name,
      content: content.id,
      status,
      message,
      ...(cause ? { cause } : {}),
      durationMs: Math.round(performance.now() - started),
      evidence: boundedEvidence(evidence.exchanges(), status === 'pass'),
    };
    return result;
  };
  if (options.signal?.aborted) return record('skip', 'run interrupted');
  const stored = await source.fixtures.peek<StoredArtifact | { status: string }>(content.fixture);
  if (!stored || 'status' in stored) return record('skip', `${source.name} did not store this content (see its artifacts.${content.id} result)`);
  const storedAtDestination = await destination.fixtures.peek<StoredArtifact | { status: string }>(content.fixture);
  if (!storedAtDestination || 'status' in storedAtDestination) {
    return record('skip', `${destination.name} does not accept this content itself (see its artifacts.${content.id} result)`);
  }
  // A repository per source and kind: kinds share blobs and child manifests, and concurrent
  // writes of one digest into one repository race on some registries (Distribution 2.8).
  const repo = destination.createRepository ? `${destination.repo}/from-${source.name}/${content.id}` : destination.repo;
  const from = { client: source.client(evidence), repo: stored.repo };
  const to = { client: destination.client(evidence), repo };
  try {
    const copied = await copyManifest(from, to, stored.manifest.digest, {
      // Catalogue content is the same in every run: a shared repository gets it under a fixed
      // tag and keeps it (see cleanup), so overlapping runs never delete it from each other.
      tag: `${destination.createRepository ? options.runId : 'oci-matrix'}-from-${source.name}-${content.id}`.slice(0, 128),
      ledger: sameEveryRun(destination.ledger),
    });
    if (!copied.ok) return record('fail', `copy ${source.name} → ${destination.name}: ${copied.message}`, copied.cause);
    if (copied.digest !== stored.manifest.digest) return record('fail', `digest changed in transit: ${stored.manifest.digest} → ${copied.digest}`, 'unknown');
    // Every byte read from the source was verified on the way: what differs now, the destination changed.
    const problem = await verifyGraph(to, copied.digest, copied.bytes);
    if (problem) return record('fail', `after the copy, ${destination.name}: ${problem}`, 'destination');
    return record('pass', `${copied.digest} copied and verified byte for byte`);
  } catch (error) {
    return record('error', `harness error: ${describeError(error)}`, 'unknown');
  }
}

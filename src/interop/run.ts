// The interop phase: every artifact kind that registry A stored is copied to every other
// registry B (each ordered pair), streamed, then verified at B byte for byte.
import pLimit from 'p-limit';
import type { InteropRecord } from '../results/model.js';
import type { RegistryClient } from '../registry/client.js';
import type { EvidenceRecorder } from '../http/types.js';
import type { Fixtures } from '../runner/fixtures.js';
import type { CleanupLedger } from '../runner/cleanup.js';
import { boundedEvidence, collectEvidence } from '../runner/evidence.js';
import { describeError } from '../runner/run-registry.js';
import { copyManifest } from './copy.js';
import { verifyGraph } from './verify.js';

export interface InteropParticipant {
  name: string;
  repo: string;
  createRepository: boolean;
  client(evidence: EvidenceRecorder): RegistryClient;
  fixtures: Fixtures;
  ledger: CleanupLedger;
}

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

export async function runInterop(
  participants: InteropParticipant[],
  contents: InteropContent[],
  options: { runId: string; concurrency?: number; signal?: AbortSignal; onRecord?: (record: InteropRecord) => void },
): Promise<InteropRecord[]> {
  const limit = pLimit(options.concurrency ?? 4);
  const jobs: Promise<InteropRecord>[] = [];
  for (const source of participants) {
    for (const destination of participants) {
      if (source === destination) continue;
      for (const content of contents) {
        jobs.push(limit(() => copyOne(source, destination, content, options)));
      }
    }
  }
  return Promise.all(jobs);
}

async function copyOne(
  source: InteropParticipant,
  destination: InteropParticipant,
  content: InteropContent,
  options: { runId: string; signal?: AbortSignal; onRecord?: (record: InteropRecord) => void },
): Promise<InteropRecord> {
  const started = performance.now();
  const evidence = collectEvidence();
  const record = (status: InteropRecord['status'], message: string): InteropRecord => {
    const result: InteropRecord = {
      source: source.name,
      destination: destination.name,
      content: content.id,
      status,
      message,
      durationMs: Math.round(performance.now() - started),
      evidence: boundedEvidence(evidence.exchanges(), status === 'pass'),
    };
    options.onRecord?.(result);
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
      tag: `${options.runId}-from-${source.name}-${content.id}`.slice(0, 128),
      ledger: destination.ledger,
    });
    if (!copied.ok) return record('fail', `copy ${source.name} → ${destination.name}: ${copied.message}`);
    if (copied.digest !== stored.manifest.digest) return record('fail', `digest changed in transit: ${stored.manifest.digest} → ${copied.digest}`);
    const problem = await verifyGraph(to, copied.digest, copied.bytes);
    if (problem) return record('fail', `after the copy, ${destination.name}: ${problem}`);
    return record('pass', `${copied.digest} copied and verified byte for byte`);
  } catch (error) {
    return record('error', `harness error: ${describeError(error)}`);
  }
}

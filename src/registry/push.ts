// Composite push operations for putting content in place (fixtures, interop copies).
// They report what happened as values; a failed step returns the response that stopped it.
import type { HttpResponse, RequestBody } from '../http/types.js';
import type { Blob, Manifest } from '../oci/builders.js';
import type { RegistryClient } from './client.js';
import type { CleanupLedger } from '../runner/cleanup.js';
import { errorCode } from './error-code.js';

export type PushOutcome = { ok: true } | { ok: false; step: string; response?: HttpResponse; message: string };

const failed = (step: string, response: HttpResponse, expected: string): PushOutcome => ({
  ok: false,
  step,
  response,
  message: `${step}: expected ${expected}, got HTTP ${response.status}${errorCode(response)}`,
});

/** A blob to upload: its bytes as a body made on demand (a buffer, or a fresh stream). */
interface BlobSource {
  digest: string;
  size: number;
  body(): RequestBody;
}

/** A blob too large to hold in memory: its bytes are produced as a stream, on demand. */
export interface StreamedBlobSource {
  digest: string;
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
}

/**
 * POST then PUT: the one upload method every push-capable registry supports. A blob the
 * repository already has is not sent again.
 */
async function upload(client: RegistryClient, repo: string, blob: BlobSource, ledger?: CleanupLedger): Promise<PushOutcome> {
  const head = await client.headBlob(repo, blob.digest);
  // Already there: not this push's to delete (in a shared repository another run may use it).
  if (head.status === 200) return { ok: true };
  const start = await client.startUpload(repo);
  if (start.status !== 202) return failed(`POST /v2/${repo}/blobs/uploads/`, start, '202');
  const location = client.resolveLocation(start);
  if (!location) return { ok: false, step: 'POST upload', response: start, message: 'POST upload: 202 without a Location header' };
  const put = await client.completeUpload(location, blob.digest, { body: blob.body(), size: blob.size });
  if (put.status !== 201) return failed(`PUT upload ?digest=${blob.digest}`, put, '201');
  ledger?.add({ kind: 'blob', repo, digest: blob.digest });
  return { ok: true };
}

export function pushBlob(client: RegistryClient, repo: string, blob: Blob, ledger?: CleanupLedger): Promise<PushOutcome> {
  return upload(client, repo, { digest: blob.digest, size: blob.size, body: () => blob.bytes }, ledger);
}

/** Streams the blob into the PUT: memory stays flat whatever its size. A retry re-opens the source. */
export function pushStreamedBlob(client: RegistryClient, repo: string, blob: StreamedBlobSource, ledger?: CleanupLedger): Promise<PushOutcome> {
  return upload(client, repo, { digest: blob.digest, size: blob.size, body: () => ({ open: () => blob.chunks() }) }, ledger);
}

/** Pushes a manifest and, first, everything it references (blobs, child manifests). */
export async function pushManifestTree(
  client: RegistryClient,
  repo: string,
  manifest: Manifest,
  reference: string = manifest.digest,
  ledger?: CleanupLedger,
): Promise<PushOutcome> {
  for (const blob of manifest.blobs) {
    const outcome = await pushBlob(client, repo, blob, ledger);
    if (!outcome.ok) return outcome;
  }
  for (const child of manifest.manifests) {
    const outcome = await pushManifestTree(client, repo, child, child.digest, ledger);
    if (!outcome.ok) return outcome;
  }
  // A manifest that was there before this push is not this push's to delete.
  const existed = ledger ? (await client.headManifest(repo, manifest.digest)).status === 200 : false;
  const put = await client.putManifest(repo, reference, manifest.bytes, manifest.mediaType);
  if (put.status !== 201) return failed(`PUT /v2/${repo}/manifests/${reference}`, put, '201');
  if (!existed) ledger?.add({ kind: 'manifest', repo, digest: manifest.digest });
  return { ok: true };
}

/** The registry answered a push step with a refusal (as opposed to not answering at all). */
export class PushRefused extends Error {
  override name = 'PushRefused';
}

/** Throws the outcome's message: for fixtures, where a refused push is a precondition failure. */
export function orThrow(outcome: PushOutcome): void {
  if (!outcome.ok) throw new PushRefused(outcome.message);
}

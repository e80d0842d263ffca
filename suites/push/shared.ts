// Helpers and spec sections the push checks share (distribution-spec "Push").
import { fail, type CheckContext, type Verdict } from '../../src/runner/check.js';
import type { HttpResponse } from '../../src/http/types.js';
import { blobOf, type Blob } from '../../src/oci/builders.js';
import { seededBytes } from '../../src/oci/seeded.js';
import type { DigestAlgorithm } from '../../src/oci/digest.js';
import { MEDIA_TYPES } from '../../src/oci/media-types.js';
import { distribution } from '../spec.js';
import { bodyDigest, describe, header, unexpectedStatus } from '../support.js';

export const MONOLITHIC = distribution('POST then PUT');
export const SINGLE_POST = distribution('Single POST');
export const CHUNKED = distribution('Pushing a blob in chunks');
export const MOUNT = distribution('Mounting a blob from another repository');
export const PUSHING_MANIFESTS = distribution('Pushing Manifests');
export const PUSH = distribution('Push');

/** A blob only this check pushes (seeded by the check's purpose). */
export function seededBlob(ctx: CheckContext, purpose: string, size: number, algorithm: DigestAlgorithm = 'sha256'): Blob {
  // The run id in the seed: overlapping runs in a shared repository never upload, or delete, each other's blobs.
  return blobOf(seededBytes(`oci-matrix/v1/push/${ctx.runId}/${purpose}`, size), MEDIA_TYPES.octetStream, algorithm);
}

/** Verifies a blob is pullable and intact where the upload said it is. */
export async function verifyStored(ctx: CheckContext, repo: string, blob: Blob): Promise<string | undefined> {
  const got = await ctx.client.getBlob(repo, blob.digest);
  if (got.status !== 200) return `upload reported success, but GET ${blob.digest} answers ${describe(got)}`;
  if (bodyDigest(got, blob.digest.startsWith('sha512:') ? 'sha512' : 'sha256') !== blob.digest) {
    return `upload reported success, but the stored blob differs (${got.body.byteLength} bytes, ${bodyDigest(got)})`;
  }
  return undefined;
}

/** POST to open an upload session; a verdict when it did not open as the spec says. */
export async function openSession(ctx: CheckContext, repo = ctx.repo): Promise<{ location: string; response: HttpResponse } | Verdict> {
  const response = await ctx.client.startUpload(repo);
  const wrong = unexpectedStatus(response, [202], `POST /v2/${repo}/blobs/uploads/`);
  if (wrong) return fail(wrong);
  const location = ctx.client.resolveLocation(response);
  if (!location) return fail('POST /blobs/uploads/ answered 202 without a Location header');
  return { location, response };
}

export function isVerdict(x: unknown): x is Verdict {
  return typeof x === 'object' && x !== null && 'status' in x && 'message' in x;
}

/** Chunk size: the registry's published minimum (header or config), at least 256 KiB. */
export function chunkSizeFor(ctx: CheckContext, session: HttpResponse): number {
  const published = Number(header(session, 'oci-chunk-min-length') ?? 0);
  return Math.max(256 * 1024, published || 0, ctx.limits.chunkMinLength ?? 0);
}

/** A session for a chunked upload, with the chunk size the registry needs and a blob of `size(chunk)` bytes. */
export async function openChunkedUpload(ctx: CheckContext, purpose: string, size: (chunk: number) => number): Promise<{ location: string; response: HttpResponse; chunk: number; blob: Blob } | Verdict> {
  const session = await openSession(ctx);
  if (isVerdict(session)) return session;
  const chunk = chunkSizeFor(ctx, session.response);
  return { ...session, chunk, blob: seededBlob(ctx, `${purpose}-${chunk}`, size(chunk)) };
}

/** `Range: 0-<end>` as the spec writes it; a "bytes=" prefix is tolerated (same meaning). */
export function rangeEnd(response: HttpResponse): number | undefined {
  const match = /^(?:bytes=)?0-(\d+)$/.exec(header(response, 'range')?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

export async function patchChunk(ctx: CheckContext, location: string, blob: Blob, start: number, end: number) {
  const chunk = blob.bytes.subarray(start, end + 1);
  return ctx.client.patchUpload(location, chunk, chunk.byteLength, `${start}-${end}`);
}

export function skipFor(message: string): Verdict {
  return { status: 'skip', message: `precondition failed: ${message}` };
}

/** Pushes a blob with POST+PUT even if the registry already has it. */
export async function pushBlobFresh(ctx: CheckContext, blob: Blob): Promise<string | undefined> {
  const session = await openSession(ctx);
  if (isVerdict(session)) return session.message;
  const put = await ctx.client.completeUpload(session.location, blob.digest, { body: blob.bytes, size: blob.size });
  if (put.status !== 201) return `PUT ?digest=${blob.digest}: expected 201, got ${describe(put)}`;
  ctx.cleanup.add({ kind: 'blob', repo: ctx.repo, digest: blob.digest });
  return undefined;
}

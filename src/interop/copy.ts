// Copies one manifest graph from a registry to another the way a client such as skopeo or oras
// would: children and subject first, blobs streamed source → destination (never buffered
// whole), the manifest last, byte for byte. Answers are data; the caller judges. A failed copy
// says which end it went wrong at: every byte read from the source is hashed on its way through,
// so a source serving wrong bytes is told apart from a destination refusing good ones.
import type { RegistryClient } from '../registry/client.js';
import type { ReopenableBody } from '../http/types.js';
import { errorCode } from '../registry/error-code.js';
import type { CleanupLedger } from '../runner/cleanup.js';
import type { CopyCause } from '../results/model.js';
import { algorithmOf, createDigester, digestOf, digestStream, type Digester } from '../oci/digest.js';

export interface CopyEndpoint {
  client: RegistryClient;
  repo: string;
}

export type CopyOutcome = { ok: true; digest: string; mediaType: string; bytes: Uint8Array } | CopyFailure;

/** Where a copy went wrong: the source's read, the destination's write, both, or not known. */
export interface CopyFailure {
  ok: false;
  message: string;
  cause: CopyCause;
}

const atSource = (message: string): CopyFailure => ({ ok: false, message, cause: 'source' });
const atDestination = (message: string): CopyFailure => ({ ok: false, message, cause: 'destination' });

interface Descriptorish {
  mediaType?: string;
  digest?: string;
  size?: number;
  urls?: string[];
}

interface ManifestJson {
  mediaType?: string;
  config?: Descriptorish;
  layers?: Descriptorish[];
  blobs?: Descriptorish[];
  manifests?: Descriptorish[];
  subject?: Descriptorish;
}

export async function copyManifest(
  from: CopyEndpoint,
  to: CopyEndpoint,
  reference: string,
  options: { tag?: string; ledger?: CleanupLedger; seen?: Set<string> } = {},
): Promise<CopyOutcome> {
  const seen = options.seen ?? new Set<string>();
  const source = await from.client.getManifest(from.repo, reference);
  if (source.status !== 200) return atSource(`GET ${reference} at the source answered HTTP ${source.status}`);
  const bytes = source.body;
  const digest = reference.includes(':') ? reference : digestOf(bytes);
  if (digestOf(bytes, algorithmOf(digest)) !== digest) {
    return atSource(`the source served ${reference} with bytes that do not hash to it`);
  }
  const mediaType = source.headers['content-type']?.split(';')[0].trim() ?? 'application/vnd.oci.image.manifest.v1+json';
  if (seen.has(digest)) return { ok: true, digest, mediaType, bytes };
  seen.add(digest);
  let json: ManifestJson;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8')) as ManifestJson;
  } catch {
    return atSource(`${digest} at the source is not JSON`);
  }
  // The subject first, when the source has it, so the destination can link referrers at once.
  if (json.subject?.digest && (await from.client.headManifest(from.repo, json.subject.digest)).status === 200) {
    const subject = await copyManifest(from, to, json.subject.digest, { ledger: options.ledger, seen });
    if (!subject.ok) return subject;
  }
  for (const child of json.manifests ?? []) {
    if (!child.digest) continue;
    const copied = await copyManifest(from, to, child.digest, { ledger: options.ledger, seen });
    if (!copied.ok) return copied;
  }
  for (const blob of [json.config, ...(json.layers ?? []), ...(json.blobs ?? [])]) {
    if (!blob?.digest) continue;
    const copied = await copyBlob(from, to, blob, options.ledger);
    if (copied) return copied;
  }
  const put = await to.client.putManifest(to.repo, options.tag ?? digest, bytes, mediaType);
  if (put.status !== 201) return atDestination(`PUT ${digest} (${mediaType}) at the destination answered HTTP ${put.status}${errorCode(put)}`);
  options.ledger?.add({ kind: 'manifest', repo: to.repo, digest });
  return { ok: true, digest, mediaType, bytes };
}

async function copyBlob(from: CopyEndpoint, to: CopyEndpoint, blob: Descriptorish, ledger?: CleanupLedger): Promise<CopyFailure | undefined> {
  const digest = blob.digest!;
  if ((await to.client.headBlob(to.repo, digest)).status === 200) {
    ledger?.add({ kind: 'blob', repo: to.repo, digest });
    return undefined;
  }
  const source = await from.client.streamBlob(from.repo, digest);
  if (source.status !== 200) {
    source.body.destroy();
    // Foreign layers (with urls) need not be in the source registry; copying skips them as clients do.
    if (blob.urls?.length) return undefined;
    return atSource(`GET blob ${digest} at the source answered HTTP ${source.status}`);
  }
  const size = Number(source.headers['content-length'] ?? blob.size);
  const start = await to.client.startUpload(to.repo);
  const location = to.client.resolveLocation(start);
  if (start.status !== 202 || !location) {
    source.body.destroy();
    return atDestination(`POST upload at the destination answered HTTP ${start.status}${location ? '' : ' without Location'}`);
  }
  const read = hashedSourceBody(from, digest, source.body);
  let put;
  try {
    put = await to.client.completeUpload(location, digest, { body: read.body, size });
  } catch (error) {
    // The upload died with the source's stream: the source's doing, whatever the client saw.
    if (read.broke()) return atSource(`the source's stream of blob ${digest} broke after ${read.bytes()} bytes: ${describeCause(read.broke())}`);
    throw error;
  }
  // A destination that answered before reading everything leaves the source's stream open.
  if (!read.digest()) read.close();
  const served = read.digest() ?? (await rereadAtSource(from, digest));
  if (put.status !== 201) {
    if (served === digest) return atDestination(`PUT blob ${digest} at the destination answered HTTP ${put.status}${errorCode(put)}`);
    if (served) return atSource(`the source served blob ${digest} as bytes hashing to ${served}; the destination refused them (HTTP ${put.status}${errorCode(put)}), as it should`);
    return { ok: false, cause: 'unknown', message: `PUT blob ${digest} at the destination answered HTTP ${put.status}${errorCode(put)}, and the source's bytes could not be read again to tell whether they were right` };
  }
  ledger?.add({ kind: 'blob', repo: to.repo, digest });
  if (served && served !== digest) {
    return { ok: false, cause: 'both', message: `the source served blob ${digest} as bytes hashing to ${served}, and the destination stored them under ${digest} (HTTP 201) without verifying the digest` };
  }
  return undefined;
}

/**
 * The blob's bytes for the destination's PUT, streamed from the source and hashed on the way with
 * the algorithm of `digest`. The first attempt reads the GET already open; an attempt the
 * destination asks for again (429 with Retry-After, a 401 challenge) reads the blob anew from the
 * source, since a stream can be read only once. Of the last attempt: `digest()` once all its bytes
 * were read; `broke()` when the source's stream itself failed (not when the destination stopped
 * reading).
 */
function hashedSourceBody(from: CopyEndpoint, digest: string, opened: AsyncIterable<Uint8Array> & { destroy(): void }) {
  let unread: AsyncIterable<Uint8Array> | undefined = opened;
  let current: AsyncIterable<Uint8Array> & { destroy?(): void } = opened;
  let last: { digester: Digester; result?: string; failure?: unknown } | undefined;
  async function* again(): AsyncIterable<Uint8Array> {
    const source = await openAtSource(from, digest);
    if (!source.ok) throw new Error(`GET blob ${digest} again at the source, to send it once more, answered HTTP ${source.status}`);
    current = source.body;
    yield* source.body;
  }
  async function* hashed(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
    const attempt: NonNullable<typeof last> = { digester: createDigester(algorithmOf(digest)) };
    last = attempt;
    try {
      for await (const chunk of chunks) {
        attempt.digester.update(chunk);
        yield chunk;
      }
    } catch (error) {
      attempt.failure = error;
      throw error;
    }
    attempt.result = attempt.digester.digest();
  }
  const body: ReopenableBody = {
    open() {
      const chunks = unread ?? again();
      unread = undefined;
      return hashed(chunks);
    },
  };
  return {
    body,
    bytes: () => last?.digester.bytes() ?? 0,
    digest: () => last?.result,
    broke: () => last?.failure,
    close: () => current.destroy?.(),
  };
}

const describeCause = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The destination answered before the source's bytes were all read: read them once more, hashed
 * as they stream, to tell a refusal of good bytes from one of bad. undefined when that read fails.
 */
async function rereadAtSource(from: CopyEndpoint, digest: string): Promise<string | undefined> {
  const again = await openAtSource(from, digest);
  if (!again.ok) return undefined;
  try {
    return (await digestStream(again.body, algorithmOf(digest))).digest;
  } catch {
    return undefined;
  }
}

/** The blob streamed from the source once more; any answer but 200 is dropped and named by its status. */
async function openAtSource(from: CopyEndpoint, digest: string) {
  const source = await from.client.streamBlob(from.repo, digest);
  if (source.status === 200) return { ok: true as const, body: source.body };
  source.body.destroy();
  return { ok: false as const, status: source.status };
}

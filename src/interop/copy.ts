// Copies one manifest graph from a registry to another the way a client such as skopeo or oras
// would: children and subject first, blobs streamed source → destination (never buffered
// whole), the manifest last, byte for byte. Answers are data; the caller judges.
import type { RegistryClient } from '../registry/client.js';
import type { ReopenableBody } from '../http/types.js';
import { errorCode } from '../registry/error-code.js';
import type { CleanupLedger } from '../runner/cleanup.js';
import { digestOf } from '../oci/digest.js';

export interface CopyEndpoint {
  client: RegistryClient;
  repo: string;
}

export type CopyOutcome = { ok: true; digest: string; mediaType: string; bytes: Uint8Array } | { ok: false; message: string };

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
  if (source.status !== 200) return { ok: false, message: `GET ${reference} at the source answered HTTP ${source.status}` };
  const bytes = source.body;
  const digest = reference.includes(':') ? reference : digestOf(bytes);
  if (digestOf(bytes, digest.startsWith('sha512:') ? 'sha512' : 'sha256') !== digest) {
    return { ok: false, message: `the source served ${reference} with bytes that do not hash to it` };
  }
  const mediaType = source.headers['content-type']?.split(';')[0].trim() ?? 'application/vnd.oci.image.manifest.v1+json';
  if (seen.has(digest)) return { ok: true, digest, mediaType, bytes };
  seen.add(digest);
  let json: ManifestJson;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8')) as ManifestJson;
  } catch {
    return { ok: false, message: `${digest} at the source is not JSON` };
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
    if (copied) return { ok: false, message: copied };
  }
  const put = await to.client.putManifest(to.repo, options.tag ?? digest, bytes, mediaType);
  if (put.status !== 201) return { ok: false, message: `PUT ${digest} (${mediaType}) at the destination answered HTTP ${put.status}${errorCode(put)}` };
  options.ledger?.add({ kind: 'manifest', repo: to.repo, digest });
  return { ok: true, digest, mediaType, bytes };
}

async function copyBlob(from: CopyEndpoint, to: CopyEndpoint, blob: Descriptorish, ledger?: CleanupLedger): Promise<string | undefined> {
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
    return `GET blob ${digest} at the source answered HTTP ${source.status}`;
  }
  const size = Number(source.headers['content-length'] ?? blob.size);
  const start = await to.client.startUpload(to.repo);
  const location = to.client.resolveLocation(start);
  if (start.status !== 202 || !location) {
    source.body.destroy();
    return `POST upload at the destination answered HTTP ${start.status}${location ? '' : ' without Location'}`;
  }
  const put = await to.client.completeUpload(location, digest, { body: sourceBody(from, digest, source.body), size });
  if (put.status !== 201) return `PUT blob ${digest} at the destination answered HTTP ${put.status}${errorCode(put)}`;
  ledger?.add({ kind: 'blob', repo: to.repo, digest });
  return undefined;
}

/**
 * The blob's bytes for the destination's PUT, streamed from the source: the first attempt reads
 * the GET already open, and an attempt the destination asks for again (429 with Retry-After, a
 * 401 challenge) reads the blob anew from the source, since a stream can be read only once.
 */
function sourceBody(from: CopyEndpoint, digest: string, opened: AsyncIterable<Uint8Array>): ReopenableBody {
  let unread: AsyncIterable<Uint8Array> | undefined = opened;
  async function* again(): AsyncIterable<Uint8Array> {
    const source = await from.client.streamBlob(from.repo, digest);
    if (source.status !== 200) {
      source.body.destroy();
      throw new Error(`GET blob ${digest} again at the source, to send it once more, answered HTTP ${source.status}`);
    }
    yield* source.body;
  }
  return {
    open() {
      const body = unread ?? again();
      unread = undefined;
      return body;
    },
  };
}

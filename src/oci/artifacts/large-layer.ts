// An image whose one layer is large (64 MiB by default): the blob is a real, uncompressed
// tar archive holding one file of seeded bytes, produced chunk by chunk so that hashing it
// and uploading it both keep memory flat, whatever its size.
import { createHash } from 'node:crypto';
import { blobOf, imageManifest, type Blob, type Manifest } from '../builders.js';
import { MEDIA_TYPES } from '../media-types.js';
import { seededBytesAt } from '../seeded.js';
import type { ArtifactKind, StreamedBlob } from './kind.js';
import { FIXED_CREATED, imageSpec } from './shared.js';

export const LARGE_FILE_PATH = 'oci-matrix/random.bin';

const BLOCK = 512;
const CHUNK = 1024 * 1024;
/** The most a ustar header's 11 octal digits can say. */
const MAX_FILE_BYTES = 0o77777777777;

/** The layer's size for a requested size: whole tar blocks, room for a header, a block of data and the end marker. */
export function largeLayerSize(requested: number): number {
  return Math.max(Math.ceil(requested / BLOCK) * BLOCK, 4 * BLOCK);
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

/** A POSIX ustar header for one regular file with fixed owner, mode and mtime. */
function tarHeader(path: string, size: number): Uint8Array {
  if (size > MAX_FILE_BYTES) throw new Error(`large layer: ${size} bytes does not fit a ustar header`);
  const header = new Uint8Array(BLOCK);
  const put = (offset: number, text: string) => header.set(new TextEncoder().encode(text), offset);
  put(0, path);
  put(100, octal(0o644, 8));
  put(108, octal(0, 8));
  put(116, octal(0, 8));
  put(124, octal(size, 12));
  put(136, octal(0, 12));
  put(148, '        '); // the checksum counts its own field as spaces
  put(156, '0');
  put(257, 'ustar\0');
  put(263, '00');
  put(265, 'root');
  put(297, 'root');
  const checksum = header.reduce((sum, byte) => sum + byte, 0);
  put(148, checksum.toString(8).padStart(6, '0') + '\0 ');
  return header;
}

/** The file's bytes: the seeded stream (./seeded.ts) of a fixed seed, made piece by piece. */
const FILE_SEED = 'oci-matrix/large-layer/v1';

/** The layer's bytes in order: header, the file's content in 1 MiB pieces, the two zero blocks that end a tar. */
function* layerChunks(size: number): Generator<Uint8Array> {
  const fileBytes = size - 3 * BLOCK;
  yield tarHeader(LARGE_FILE_PATH, fileBytes);
  for (let offset = 0; offset < fileBytes; offset += CHUNK) yield seededBytesAt(FILE_SEED, offset, Math.min(CHUNK, fileBytes - offset));
  yield new Uint8Array(2 * BLOCK);
}

interface LargeLayer {
  manifest: Manifest;
  layer: StreamedBlob;
}

const built = new Map<number, LargeLayer>();

function buildLargeLayer(size: number): LargeLayer {
  const cached = built.get(size);
  if (cached) return cached;
  // Hashed once, as it is generated: the blob is never whole in memory.
  const hash = createHash('sha256');
  for (const chunk of layerChunks(size)) hash.update(chunk);
  const digest = `sha256:${hash.digest('hex')}`;
  const layer: StreamedBlob = {
    mediaType: MEDIA_TYPES.layerTar,
    digest,
    size,
    async *chunks() {
      yield* layerChunks(size);
    },
  };
  const config: Blob = blobOf(
    JSON.stringify({
      created: FIXED_CREATED,
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { 'org.opencontainers.image.title': 'oci-matrix large layer' } },
      // An uncompressed layer's diff_id is its own digest.
      rootfs: { type: 'layers', diff_ids: [digest] },
    }),
    MEDIA_TYPES.imageConfig,
  );
  const manifest = largeImageManifest(config, layer);
  const made = { manifest, layer };
  built.set(size, made);
  return made;
}

/** The image manifest; the caller streams the layer itself, so it is described but not among `blobs`. */
function largeImageManifest(config: Blob, layer: StreamedBlob): Manifest {
  return imageManifest({
    config,
    layers: [],
    layerDescriptors: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }],
    annotations: { 'org.opencontainers.image.created': FIXED_CREATED },
  });
}

export function largeLayerKind(requestedBytes: number): ArtifactKind {
  const size = largeLayerSize(requestedBytes);
  return {
    id: 'large-layer',
    title: `Image with a ${formatSize(size)} layer`,
    ecosystem: 'ML models, base images, game assets: one large uncompressed tar layer, streamed',
    level: 'MUST',
    spec: imageSpec('manifest.md', 'Image Manifest'),
    interop: true,
    build: () => {
      const { manifest, layer } = buildLargeLayer(size);
      return { manifest, prerequisites: [], streamed: [layer] };
    },
  };
}

function formatSize(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes}-byte`;
}

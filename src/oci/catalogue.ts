// The content the distribution-spec checks push: fixed seeds, so every registry of a run gets the
// same bytes with the same digests (design principle 5). The seed includes the run id: in a
// shared repository (Docker Hub, ECR) overlapping runs then never push, use or delete each
// other's manifests and blobs. (The artifact catalogue, src/oci/artifacts, stays the same in
// every run: its content is shared between runs.)
import { blobOf, descriptorOf, imageIndex, imageManifest, imageManifestJson, type Blob, type Descriptor, type Manifest, type Platform } from './builders.js';
import { MEDIA_TYPES } from './media-types.js';
import { seededBytes } from './seeded.js';
import { diffIdOf, tar, gzipStored } from './tar.js';
import type { DigestAlgorithm } from './digest.js';

const BASE_SEED = 'oci-matrix/v1';
const SEED = BASE_SEED;

/** A tar+gzip layer of small deterministic files, and its diff ID for the config. */
export function layerOf(name: string, files: Record<string, string | Uint8Array>, algorithm: DigestAlgorithm = 'sha256'): { blob: Blob; diffId: string } {
  const archive = tar(Object.entries(files).map(([path, content]) => ({ path, content })));
  return { blob: blobOf(gzipStored(archive), MEDIA_TYPES.layerTarGzip, algorithm), diffId: diffIdOf(archive) };
}

function imageConfig(platform: Platform, diffIds: string[], labels: Record<string, string> = {}): string {
  return JSON.stringify({
    architecture: platform.architecture,
    os: platform.os,
    config: { Env: ['PATH=/usr/local/bin:/usr/bin:/bin'], Cmd: ['/bin/hello'], Labels: labels },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: diffIds.map((_, i) => ({ created_by: `oci-matrix layer ${i}` })),
  });
}

// Content without a run id keeps the bytes it always had.
const seedNote = (seed: string) => (seed === BASE_SEED ? '' : ` (${seed})`);
const seedLabel = (seed: string): Record<string, string> => (seed === BASE_SEED ? {} : { 'org.oci-matrix.seed': seed });

/** A small runnable-looking image: config + two layers, for one platform. */
export function sampleImage(name: string, platform: Platform = { architecture: 'amd64', os: 'linux' }, algorithm: DigestAlgorithm = 'sha256', seed = SEED): Manifest {
  const base = layerOf(`${name}-base`, {
    'etc/os-release': `NAME=oci-matrix\nID=${name}\n`,
    'bin/hello': seededBytes(`${seed}/${name}/hello/${platform.architecture}`, 3000),
  }, algorithm);
  const app = layerOf(`${name}-app`, { [`app/${name}.txt`]: `oci-matrix sample content: ${name} ${platform.os}/${platform.architecture}${seedNote(seed)}\n` }, algorithm);
  const config = blobOf(imageConfig(platform, [base.diffId, app.diffId], { 'org.oci-matrix.sample': name, ...seedLabel(seed) }), MEDIA_TYPES.imageConfig, algorithm);
  return imageManifest({ config, layers: [base.blob, app.blob], alg: algorithm });
}

export interface DistributionContent {
  image: Manifest;
  imageAlt: Manifest;
  noLayers: Manifest;
  customFields: Manifest;
  dataField: Manifest;
  nonDistributable: Manifest;
  /** The foreign layer `nonDistributable` references and never pushes. */
  nonDistributableLayer: Blob;
  /** The multi-platform index the pull checks read. */
  index: Manifest;
  /** An index like `index` with children of its own, for the push round trip. */
  roundTripIndex: Manifest;
  /** An index holding an index and an image, none of them shared with other content. */
  nestedIndex: Manifest;
  sha512Image: Manifest;
  emptyBlob: Blob;
  emptyJson: Blob;
  /** Exactly 4,000,000 bytes; built anew on each access (the same bytes), never kept. */
  readonly largeManifest: Manifest;
  /** Over a 4 MiB limit (4 MiB + 64 KiB); built anew on each access (the same bytes), never kept. */
  readonly overLimitManifest: Manifest;
  artifact: Manifest;
  chunkedBlob(size: number): Blob;
  referrer(subject: Descriptor, artifactType: string, annotations?: Record<string, string>): Manifest;
}

const memo = new Map<string, DistributionContent>();

/** The content of run `runId` (memoised per run; without a run id, the fixed seed alone). */
export function distributionContent(runId?: string): DistributionContent {
  const SEED = runId ? `${BASE_SEED}/${runId}` : BASE_SEED;
  const known = memo.get(SEED);
  if (known) return known;
  const sample = (name: string, platform?: Platform, algorithm?: DigestAlgorithm) => sampleImage(name, platform, algorithm, SEED);
  // The empty JSON object ("{}") is the same blob for everyone, as the image-spec defines it.
  const emptyJson = blobOf('{}', MEDIA_TYPES.empty);
  const image = sample('image');
  const imageAlt = sample('image-alt');
  const amd64 = sample('multi', { architecture: 'amd64', os: 'linux' });
  const arm64 = sample('multi', { architecture: 'arm64', os: 'linux', variant: 'v8' });
  const index = imageIndex({ manifests: [amd64, arm64], platforms: [{ architecture: 'amd64', os: 'linux' }, { architecture: 'arm64', os: 'linux', variant: 'v8' }] });
  const innerConfig = blobOf(imageConfig({ architecture: 'amd64', os: 'linux' }, [], { 'org.oci-matrix.sample': 'no-layers', ...seedLabel(SEED) }), MEDIA_TYPES.imageConfig);
  const noLayers = imageManifest({ config: innerConfig, layers: [] });
  // The push checks round-trip indexes of their own: in a repository shared by every check
  // (limits.createRepository: false), two checks putting the same manifest at once is a race
  // some registries lose (CNCF Distribution 2.8 answered a GET in between with 500), and that
  // would be the harness's doing, not the registry's defect.
  const platforms = [{ architecture: 'amd64', os: 'linux' }, { architecture: 'arm64', os: 'linux', variant: 'v8' }];
  const indexOf = (name: string) => imageIndex({ manifests: platforms.map((p) => sample(name, p)), platforms });
  const roundTripIndex = indexOf('round-trip-multi');
  const nestedIndex = imageIndex({ manifests: [indexOf('nested-multi'), sample('nested-image')], annotations: { 'org.oci-matrix.sample': 'nested-index' } });

  const customBase = sample('custom-fields');
  const customJson = customBase.json as { config: Descriptor; layers: Descriptor[] };
  const customFields = imageManifest({
    config: customBase.blobs[0],
    layers: customBase.blobs.slice(1),
    layerDescriptors: customJson.layers.map((l, i) => ({ ...l, annotations: { 'org.oci-matrix.layer': String(i) } })),
    annotations: { 'org.opencontainers.image.title': 'custom fields', 'org.oci-matrix.unicode': 'Grüße ✓' },
    extraFields: { 'org.oci-matrix.unknown-field': { nested: [1, 2, 3] }, zzzLast: true },
  });

  const dataBase = sample('data-field');
  const dataConfig = dataBase.blobs[0];
  const dataField = imageManifest({
    config: dataConfig,
    layers: dataBase.blobs.slice(1),
    configDescriptor: descriptorOf(dataConfig, { data: Buffer.from(dataConfig.bytes).toString('base64') }),
  });

  const foreign = blobOf(seededBytes(`${SEED}/non-distributable`, 2048), MEDIA_TYPES.layerNondistributableTarGzip);
  const ndConfig = blobOf(imageConfig({ architecture: 'amd64', os: 'windows' }, ['sha256:' + '0'.repeat(64)], { 'org.oci-matrix.sample': 'non-distributable', ...seedLabel(SEED) }), MEDIA_TYPES.imageConfig);
  const nonDistributable = imageManifest({
    config: ndConfig,
    layers: [],
    layerDescriptors: [descriptorOf(foreign, { urls: ['https://example.invalid/oci-matrix/foreign-layer.tar.gz'] })],
  });

  const sha512Image = sample('sha512', { architecture: 'amd64', os: 'linux' }, 'sha512');

  // Exactly 4,000,000 bytes: the "at least 4 megabytes" every registry SHOULD accept (decimal,
  // so it fits under a 4 MiB cap too). One 4 MiB + 64 KiB: over such a cap, where 413 is the answer.
  // Built when asked for and not kept: one check reads each once, and held for the whole run
  // they would be a sixth of its memory (about 10 MB each with their JSON).

  const artifactLayer = blobOf(`oci-matrix artifact payload${seedNote(SEED)}\n`, 'application/vnd.oci-matrix.payload.v1');
  const artifact = imageManifest({ config: emptyJson, layers: [artifactLayer], artifactType: 'application/vnd.oci-matrix.test.v1' });

  const chunked = new Map<number, Blob>();
  const content: DistributionContent = {
    image,
    imageAlt,
    noLayers,
    customFields,
    dataField,
    nonDistributable,
    nonDistributableLayer: foreign,
    index,
    roundTripIndex,
    nestedIndex,
    sha512Image,
    emptyBlob: blobOf(new Uint8Array(0), MEDIA_TYPES.octetStream),
    emptyJson,
    get largeManifest() {
      return manifestOfSize(image, 'large-manifest', 4_000_000, SEED);
    },
    get overLimitManifest() {
      return manifestOfSize(image, 'over-limit-manifest', 4 * 1024 * 1024 + 64 * 1024, SEED);
    },
    artifact,
    chunkedBlob(size) {
      let blob = chunked.get(size);
      if (!blob) chunked.set(size, (blob = blobOf(seededBytes(`${SEED}/chunked/${size}`, size), MEDIA_TYPES.octetStream)));
      return blob;
    },
    referrer(subject, artifactType, annotations = { 'org.oci-matrix.referrer': artifactType }) {
      const layer = blobOf(`referrer of ${subject.digest} (${artifactType})\n`, 'application/vnd.oci-matrix.payload.v1');
      return imageManifest({ config: emptyJson, layers: [layer], subject, artifactType, annotations });
    },
  };
  memo.set(SEED, content);
  return content;
}

/** `image` with filler annotations padding it to exactly `size` bytes. */
function manifestOfSize(image: Manifest, purpose: string, size: number, seed: string): Manifest {
  // Filler annotations of 51 KiB of seeded bytes each, base64-encoded: made once, as one buffer
  // (51 KiB is a multiple of 3, so slicing its base64 gives each piece's own base64).
  const piece = 51 * 1024;
  const pieces = Math.ceil((size - 100_000) / (piece * 4 / 3));
  const base64 = Buffer.from(seededBytes(`${seed}/${purpose}`, pieces * piece)).toString('base64');
  const filler: Record<string, string> = {};
  for (let i = 0; i < pieces; i++) filler[`org.oci-matrix.filler.${String(i).padStart(2, '0')}`] = base64.slice(i * piece * 4 / 3, (i + 1) * piece * 4 / 3);
  const options = (pad: string) => ({ config: image.blobs[0], layers: image.blobs.slice(1), annotations: { ...filler, 'org.oci-matrix.pad': pad } });
  // All ASCII, so characters are bytes: measured without encoding, then built once. The pad is
  // in a JSON string: each character adds exactly one byte.
  const unpadded = JSON.stringify(imageManifestJson(options(''))).length;
  const manifest = imageManifest(options('='.repeat(size - unpadded)));
  if (manifest.size !== size) throw new Error(`${purpose}: built ${manifest.size} bytes, wanted ${size}`);
  return manifest;
}

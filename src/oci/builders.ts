// Builders of OCI content. JSON is serialised once, compactly, with keys in the order written
// here, so the same inputs always give the same bytes and digests.
import { digestOf, type DigestAlgorithm } from './digest.js';
import { MEDIA_TYPES } from './media-types.js';

export interface Blob {
  mediaType: string;
  digest: string;
  size: number;
  bytes: Uint8Array;
}

export interface Platform {
  architecture: string;
  os: string;
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  platform?: Platform;
  urls?: string[];
  data?: string;
}

export interface Manifest {
  mediaType: string;
  digest: string;
  size: number;
  bytes: Uint8Array;
  /** Blobs (config, layers) that must be in the repository before the manifest. */
  blobs: Blob[];
  /** For indexes: child manifests that must be pushed first, each with its own blobs. */
  manifests: Manifest[];
  subject?: Descriptor;
  artifactType?: string;
  /** The parsed form of `bytes`. */
  json: unknown;
}

const encoder = new TextEncoder();

export function blobOf(content: Uint8Array | string, mediaType: string, algorithm: DigestAlgorithm = 'sha256'): Blob {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  return { mediaType, digest: digestOf(bytes, algorithm), size: bytes.byteLength, bytes };
}

/** A descriptor of a blob or manifest; `extra` adds fields such as platform or annotations. */
export function descriptorOf(target: Blob | Manifest, extra: Partial<Descriptor> = {}): Descriptor {
  const descriptor: Descriptor = { mediaType: target.mediaType, digest: target.digest, size: target.size };
  if ('artifactType' in target && target.artifactType && extra.artifactType === undefined) descriptor.artifactType = target.artifactType;
  return { ...descriptor, ...extra };
}

function manifestFrom(json: Record<string, unknown>, parts: { blobs: Blob[]; manifests: Manifest[]; subject?: Descriptor; artifactType?: string }, algorithm: DigestAlgorithm): Manifest {
  const bytes = encoder.encode(JSON.stringify(json));
  return {
    mediaType: json.mediaType as string,
    digest: digestOf(bytes, algorithm),
    size: bytes.byteLength,
    bytes,
    blobs: parts.blobs,
    manifests: parts.manifests,
    ...(parts.subject ? { subject: parts.subject } : {}),
    ...(parts.artifactType ? { artifactType: parts.artifactType } : {}),
    json,
  };
}

export interface ImageManifestOptions {
  config: Blob;
  layers: Blob[];
  /** Descriptors written instead of `layers`' own (e.g. with urls), or for layers not pushed. */
  layerDescriptors?: Descriptor[];
  /** Descriptor of the config (e.g. to embed `data`); default: descriptorOf(config). */
  configDescriptor?: Descriptor;
  subject?: Descriptor;
  artifactType?: string;
  annotations?: Record<string, string>;
  /** Default: the OCI image manifest; Docker schema 2 is also supported. */
  mediaType?: string;
  /** Unknown top-level fields, which registries must keep as pushed. */
  extraFields?: Record<string, unknown>;
  alg?: DigestAlgorithm;
}

export function imageManifest(options: ImageManifestOptions): Manifest {
  return manifestFrom(imageManifestJson(options), { blobs: [options.config, ...options.layers], manifests: [], subject: options.subject, artifactType: options.artifactType }, options.alg ?? 'sha256');
}

/** The JSON `imageManifest` serialises, on its own (to measure it before building). */
export function imageManifestJson(options: ImageManifestOptions): Record<string, unknown> {
  const mediaType = options.mediaType ?? MEDIA_TYPES.imageManifest;
  const json: Record<string, unknown> = { schemaVersion: 2, mediaType };
  if (options.artifactType) json.artifactType = options.artifactType;
  json.config = options.configDescriptor ?? descriptorOf(options.config);
  json.layers = options.layerDescriptors ?? options.layers.map((layer) => descriptorOf(layer));
  if (options.subject) json.subject = options.subject;
  if (options.annotations) json.annotations = options.annotations;
  Object.assign(json, options.extraFields ?? {});
  return json;
}

export interface ImageIndexOptions {
  manifests: Manifest[];
  /** Platform of each manifest, by position. */
  platforms?: (Platform | undefined)[];
  /** Descriptors listed after the manifests' own, for content not pushed with the index (e.g. a referrers index). */
  extraDescriptors?: Descriptor[];
  subject?: Descriptor;
  artifactType?: string;
  annotations?: Record<string, string>;
  /** Default: the OCI image index; the Docker manifest list is also supported. */
  mediaType?: string;
  alg?: DigestAlgorithm;
}

export function imageIndex(options: ImageIndexOptions): Manifest {
  const mediaType = options.mediaType ?? MEDIA_TYPES.imageIndex;
  const json: Record<string, unknown> = { schemaVersion: 2, mediaType };
  if (options.artifactType) json.artifactType = options.artifactType;
  json.manifests = [
    ...options.manifests.map((m, i) => {
      const platform = options.platforms?.[i];
      return descriptorOf(m, platform ? { platform } : {});
    }),
    ...(options.extraDescriptors ?? []),
  ];
  if (options.subject) json.subject = options.subject;
  if (options.annotations) json.annotations = options.annotations;
  return manifestFrom(json, { blobs: [], manifests: options.manifests, subject: options.subject, artifactType: options.artifactType }, options.alg ?? 'sha256');
}

/** A manifest from raw bytes the caller wrote (e.g. deliberately formatted JSON). */
export function manifestFromBytes(bytes: Uint8Array, parts: { blobs?: Blob[]; manifests?: Manifest[] } = {}, algorithm: DigestAlgorithm = 'sha256'): Manifest {
  const json = JSON.parse(Buffer.from(bytes).toString('utf8')) as { mediaType?: string; artifactType?: string; subject?: Descriptor };
  return {
    mediaType: json.mediaType ?? MEDIA_TYPES.imageManifest,
    digest: digestOf(bytes, algorithm),
    size: bytes.byteLength,
    bytes,
    blobs: parts.blobs ?? [],
    manifests: parts.manifests ?? [],
    ...(json.subject ? { subject: json.subject } : {}),
    ...(json.artifactType ? { artifactType: json.artifactType } : {}),
    json,
  };
}

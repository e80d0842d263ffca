// What the catalogue's kinds share: memoisation, fixed timestamps, spec links, the empty config.
import type { SpecReference } from '../../results/model.js';
import { blobOf, type Blob } from '../builders.js';
import { MEDIA_TYPES } from '../media-types.js';

/** Builds once, then hands back the same object: digests are computed once per process. */
export function memo<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Every "created" field and annotation carries this instant: a real clock would give every
 * run new bytes and new digests, and interop checks compare digests across runs and registries.
 */
export const FIXED_CREATED = '1970-01-01T00:00:00Z';

/** Where our fictional content claims to live (".invalid" can never resolve, RFC 2606). */
export const CONTENT_REPOSITORY = 'registry.oci-matrix.invalid/content/image';

const IMAGE_SPEC = 'https://github.com/opencontainers/image-spec/blob';

const anchor = (section: string) =>
  section
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');

/** A section of image-spec v1.1.1 (`file` is the document, e.g. "manifest.md"). */
export function imageSpec(file: string, section: string, version = 'v1.1.1'): SpecReference {
  return { version: `image-spec ${version}`, section, url: `${IMAGE_SPEC}/${version}/${file}#${anchor(section)}` };
}

export const ARTIFACT_GUIDELINES = imageSpec('manifest.md', 'Guidelines for Artifact Usage');

/** Docker's schema 2, which the OCI formats grew from and every registry still serves. */
export function dockerSchema2(section: 'Image Manifest' | 'Manifest List'): SpecReference {
  return {
    version: 'Docker Image Manifest V2, Schema 2',
    section,
    url: `https://github.com/distribution/distribution/blob/v2.8.3/docs/spec/manifest-v2-2.md#${anchor(section)}`,
  };
}

/** The `{}` blob OCI 1.1 prescribes for a config (or layer) an artifact does not need. */
export const emptyJson = memo((): Blob => blobOf('{}', MEDIA_TYPES.empty));

/** Base64 of bytes, as signatures and certificates are carried in JSON. */
export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
export const base64url = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');

/** UTF-8 bytes of a string, for hashing text. */
export const utf8 = (text: string) => new TextEncoder().encode(text);

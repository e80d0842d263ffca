// How much of an answer the transport will hold in memory, by what the answer is expected to be.
// A server that sends more is cut off with a message naming the limit; blobs of any size go
// through `stream` instead and are hashed as they flow.

export type BodyKind = 'manifest' | 'index' | 'tag-list' | 'token' | 'blob' | 'json';

const MiB = 1024 * 1024;

export const BODY_LIMITS: Record<BodyKind, number> = {
  // The spec asks registries to accept manifests of at least 4 MB; some accept more.
  manifest: 16 * MiB,
  // Referrers lists and other OCI indexes.
  index: 16 * MiB,
  // Tens of thousands of tags fit in a few MiB.
  'tag-list': 16 * MiB,
  token: 1 * MiB,
  // Blobs fetched whole (small test blobs); large ones are streamed.
  blob: 64 * MiB,
  json: 16 * MiB,
};

/**
 * An error answer (4xx/5xx) is judged by status and error code: its body is kept up to this size
 * and the rest is not read (a proxy's endless HTML page cannot fill memory).
 */
export const ERROR_BODY_LIMIT = 64 * 1024;

export const KIND_WORDS: Record<BodyKind, string> = {
  manifest: 'a manifest',
  index: 'an index',
  'tag-list': 'a tag list',
  token: 'a token answer',
  blob: 'a buffered blob',
  json: 'a JSON answer',
};

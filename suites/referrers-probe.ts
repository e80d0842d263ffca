// Whether a registry has the referrers API is learned by probing, never assumed: a 404 means
// absent; a 200 only counts as support when the body is an OCI index with the index
// Content-Type (some registries answer 200 with an HTML page). The probe runs once per registry.
import type { HttpResponse } from '../src/http/types.js';
import type { CheckContext } from '../src/runner/check.js';
import { MEDIA_TYPES } from '../src/oci/media-types.js';
import { pushedImage } from './fixtures.js';
import { describe, jsonBody, mediaTypeOf } from './support.js';

export type ReferrersSupport =
  | { kind: 'supported'; response: HttpResponse }
  | { kind: 'absent'; response: HttpResponse }
  /** Answered, but not as the spec describes: the API claims to exist and is broken. */
  | { kind: 'broken'; response: HttpResponse; problem: string };

export interface ReferrersIndex {
  schemaVersion?: unknown;
  mediaType?: unknown;
  manifests: { mediaType?: string; digest?: string; size?: number; artifactType?: string; annotations?: Record<string, string> }[];
}

/** A body is a referrers answer when it is an OCI image index (schemaVersion 2, manifests[]). */
export function asReferrersIndex(response: HttpResponse): ReferrersIndex | string {
  if (mediaTypeOf(response) !== MEDIA_TYPES.imageIndex) {
    return `Content-Type is "${response.headers['content-type'] ?? '(none)'}", not ${MEDIA_TYPES.imageIndex}`;
  }
  const body = jsonBody(response) as ReferrersIndex | undefined;
  if (!body || typeof body !== 'object') return 'body is not JSON';
  if (body.schemaVersion !== 2) return `schemaVersion is ${JSON.stringify(body.schemaVersion)}, not 2`;
  if (!Array.isArray(body.manifests)) return 'body has no "manifests" array';
  return body;
}

export function probeReferrers(ctx: CheckContext): Promise<ReferrersSupport> {
  return ctx.fixtures.use('referrers-probe', async () => {
    const { repo, manifest } = await pushedImage(ctx);
    const response = await ctx.client.listReferrers(repo, manifest.digest);
    if (response.status === 404) return { kind: 'absent', response };
    if (response.status !== 200) return { kind: 'broken', response, problem: `expected 200 (or 404 when the API is absent), got ${describe(response)}` };
    const index = asReferrersIndex(response);
    if (typeof index === 'string') return { kind: 'broken', response, problem: `200, but ${index}` };
    return { kind: 'supported', response };
  });
}

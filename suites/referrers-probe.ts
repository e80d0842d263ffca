// Whether a registry has the referrers API is learned by probing, never assumed. The probe asks
// about a subject that HAS a referrer: a registry with the API answers 200 with an OCI index (with
// the index Content-Type; some registries answer 200 with an HTML page), one without it answers
// 404. A subject without referrers could not tell the two apart: a 404 there is the defect
// `referrers.empty` looks for ("MUST NOT return a 404"). The probe runs once per registry.
import type { HttpResponse } from '../src/http/types.js';
import { skip, fail, type CheckContext, type CheckDefinition, type Verdict } from '../src/runner/check.js';
import { pushManifestTree } from '../src/registry/push.js';
import { blobOf, descriptorOf, imageManifest, type Descriptor, type Manifest } from '../src/oci/builders.js';
import { MEDIA_TYPES } from '../src/oci/media-types.js';
import { putInPlace, uniqueImage } from './fixtures.js';
import { describe, jsonBody, mediaTypeOf } from './support.js';

export type ReferrersSupport =
  | { kind: 'supported'; response: HttpResponse }
  /** `note` says why the 404 is less certain than usual (the probe's referrer was refused). */
  | { kind: 'absent'; response: HttpResponse; note?: string }
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

export const CONFIG_TYPED = 'application/vnd.oci-matrix.attestation.config.v1+json';

/**
 * A referrer of `subject` carrying `artifactType`, or, without it, a config of its own media
 * type (which the registry reports as the artifactType; no registry can refuse it for carrying
 * an artifactType property). Layer and annotations carry the run id: unique per run.
 */
export function referrerOf(ctx: CheckContext, subject: Descriptor, name: string, artifactType?: string): Manifest {
  const annotations = { 'org.opencontainers.image.title': name, 'org.oci-matrix.run': ctx.tag('r') };
  const layer = blobOf(`oci-matrix referrer ${name} ${ctx.tag('r')}\n`, 'application/vnd.oci-matrix.payload.v1');
  if (artifactType) return imageManifest({ config: blobOf('{}', MEDIA_TYPES.empty), layers: [layer], subject, artifactType, annotations });
  const config = blobOf(JSON.stringify({ referrer: name, run: ctx.runId }), CONFIG_TYPED);
  return imageManifest({ config, layers: [layer], subject, annotations });
}

export function probeReferrers(ctx: CheckContext): Promise<ReferrersSupport> {
  return ctx.fixtures.use('referrers-probe', async () => {
    const subject = uniqueImage(ctx, 'referrers-probe');
    await putInPlace(ctx, subject, subject.digest);
    const referrer = referrerOf(ctx, descriptorOf(subject), 'probe');
    const pushed = await pushManifestTree(ctx.client, ctx.repo, referrer, referrer.digest, ctx.cleanup);
    const response = await ctx.client.listReferrers(ctx.repo, subject.digest);
    if (response.status === 404) {
      return { kind: 'absent', response, ...(pushed.ok ? {} : { note: `the probe's referrer was refused (${pushed.message}), so the 404 was for a subject without referrers` }) };
    }
    if (response.status !== 200) return { kind: 'broken', response, problem: `expected 200 (or 404 when the API is absent), got ${describe(response)}` };
    const index = asReferrersIndex(response);
    if (typeof index === 'string') return { kind: 'broken', response, problem: `200, but ${index}` };
    return { kind: 'supported', response };
  });
}

/** Skip unless the referrers API was detected; a broken API is this check's failure too. */
async function apiGuard(ctx: CheckContext): Promise<Verdict | undefined> {
  const support = await probeReferrers(ctx);
  if (support.kind === 'absent') return skip(`referrers API not supported (GET /referrers/<digest> answers 404 for a subject with a referrer; see referrers.api)${support.note ? `; ${support.note}` : ''}`);
  if (support.kind === 'broken') return fail(`referrers API answers, but not as specified: ${support.problem}`);
  return undefined;
}

/** The check, run only where the referrers API exists: the guard written once for all of them. */
export function needsReferrersApi(check: CheckDefinition): CheckDefinition {
  return { ...check, run: async (ctx) => (await apiGuard(ctx)) ?? check.run(ctx) };
}

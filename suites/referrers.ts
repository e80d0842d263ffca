// Referrers: the OCI 1.1 API that lists the manifests whose `subject` is a given manifest, and
// the tag-schema fallback clients use where the API is absent (distribution-spec "Listing
// Referrers", "Pushing Manifests with Subject", "Referrers Tag Schema").
import { defineChecks, pass, fail, warn, broken, skip, PreconditionFailed, type CheckContext, type Verdict } from '../src/runner/check.js';
import { pushBlob } from '../src/registry/push.js';
import type { HttpResponse } from '../src/http/types.js';
import { blobOf, descriptorOf, imageIndex, imageManifest, type Descriptor, type Manifest } from '../src/oci/builders.js';
import { distributionContent } from '../src/oci/catalogue.js';
import { MEDIA_TYPES } from '../src/oci/media-types.js';
import { distribution } from './spec.js';
import { putInPlace, uniqueImage } from './fixtures.js';
import { asReferrersIndex, CONFIG_TYPED, needsReferrersApi, probeReferrers, referrerOf, type ReferrersIndex } from './referrers-probe.js';
import { describe, header, nextLink, sameBytes } from './support.js';
import { DELETE_GRACE_MS, deleteDenied, pollUntil } from './deletion.js';

const LISTING_REFERRERS = distribution('Listing Referrers');
const PUSHING_WITH_SUBJECT = distribution('Pushing Manifests with Subject');
const TAG_SCHEMA = distribution('Referrers Tag Schema');

const SBOM_TYPE = 'application/vnd.oci-matrix.sbom.v1+json';
const SIGNATURE_TYPE = 'application/vnd.oci-matrix.signature.v1+json';
const INDEX_TYPE = 'application/vnd.oci-matrix.bundle.v1';
const OTHER_TYPE = 'application/vnd.oci-matrix.provenance.v1+json';

/** The subject image every referrers check builds for itself, so lists never mix. */
async function subjectFor(ctx: CheckContext, purpose: string, push = true): Promise<{ manifest: Manifest; descriptor: Descriptor }> {
  const manifest = uniqueImage(ctx, `referrers-${purpose}`);
  if (push) await putInPlace(ctx, manifest, manifest.digest);
  return { manifest, descriptor: descriptorOf(manifest) };
}

/** Every page of a referrers list, following Link rel="next" (bounded; a loop is a problem). */
async function listAllReferrers(ctx: CheckContext, digest: string, artifactType?: string | string[]): Promise<{ first: HttpResponse; pages: number; index?: ReferrersIndex; problem?: string }> {
  const { pages, end } = await ctx.client.listReferrerPages(ctx.repo, digest, artifactType);
  const first = pages[0];
  const manifests: ReferrersIndex['manifests'] = [];
  let index: ReferrersIndex | undefined;
  for (const [i, page] of pages.entries()) {
    const which = i === 0 ? `GET /referrers/${digest}` : `page ${i + 1} (via Link)`;
    if (page.status === 404 && i === 0) return { first, pages: 1, problem: `${which}: 404 (a registry with the referrers API MUST NOT answer 404 to a referrers request, also for a subject without referrers)` };
    if (page.status !== 200) return { first, pages: pages.length, problem: `${which}: expected 200, got ${describe(page)}` };
    const parsed = asReferrersIndex(page);
    if (typeof parsed === 'string') return { first, pages: pages.length, problem: `${which}: ${parsed}` };
    index ??= parsed;
    manifests.push(...parsed.manifests);
  }
  if (end === 'loop') return { first, pages: pages.length, problem: `the Link header of page ${pages.length} leads back to a page already listed` };
  if (end === 'limit') return { first, pages: pages.length, problem: `still a next page after ${pages.length} pages; stopped following Link` };
  return { first, pages: pages.length, index: { ...index!, manifests } };
}

/**
 * Pushes referrers (their blobs first) by digest. Every PUT must answer 201: a refusal is the
 * check's failure, named by `what`. The PUT answers come back for checks that read headers.
 */
async function pushReferrers(ctx: CheckContext, referrers: Manifest[], what = 'PUT referrer'): Promise<HttpResponse[] | Verdict> {
  const answers: HttpResponse[] = [];
  for (const referrer of referrers) {
    for (const blob of referrer.blobs) {
      const outcome = await pushBlob(ctx.client, ctx.repo, blob, ctx.cleanup);
      if (!outcome.ok) throw new PreconditionFailed(`precondition failed: pushing the referrer's blobs: ${outcome.message}`);
    }
    const put = await ctx.client.putManifest(ctx.repo, referrer.digest, referrer.bytes, referrer.mediaType);
    if (put.status !== 201) return fail(`${what} ${referrer.digest}: expected 201, got ${describe(put)}`);
    ctx.cleanup.add({ kind: 'manifest', repo: ctx.repo, digest: referrer.digest });
    answers.push(put);
  }
  return answers;
}

const refused = (x: HttpResponse[] | Verdict): x is Verdict => !Array.isArray(x);

/**
 * Referrers pushed to list past one page: more than the reference registry's default page
 * (REFERENCE_REFERRERS_PAGE_SIZE), so the reference registry paginates them.
 */
export const REFERRERS_PAST_A_PAGE = 12;

/** `manifest` with other annotations: same blobs, another digest. */
function sibling(manifest: Manifest, annotations: Record<string, string>): Manifest {
  const json = manifest.json as { config: Descriptor; layers: Descriptor[]; subject?: Descriptor; artifactType?: string; annotations?: Record<string, string> };
  return imageManifest({ config: manifest.blobs[0], layers: manifest.blobs.slice(1), subject: json.subject, artifactType: json.artifactType, annotations: { ...json.annotations, ...annotations } });
}

/**
 * What a client does where the referrers API is absent ("Pushing Manifests with Subject"): read
 * the subject's `<alg>-<hex>` tag, add the referrer's descriptor, write the index back.
 */
async function writeTagSchema(ctx: CheckContext, subject: Manifest, referrer: Manifest, artifactType: string): Promise<{ tag: string; index?: Manifest; problem?: string }> {
  const tag = subject.digest.replace(':', '-').slice(0, 128);
  const current = await ctx.client.getManifest(ctx.repo, tag);
  const existing: Descriptor[] = [];
  if (current.status === 200) {
    const parsed = asReferrersIndex(current);
    if (typeof parsed !== 'string') existing.push(...(parsed.manifests as Descriptor[]));
    else if (sameBytes(current.body, subject.bytes)) return { tag, problem: `tag ${tag} resolves to the subject itself, not to a referrers index` };
  } else if (current.status !== 404) return { tag, problem: `GET tag ${tag}: expected 404 or 200, got ${describe(current)}` };
  const index = imageIndex({
    manifests: [],
    extraDescriptors: [...existing.filter((d) => d.digest !== referrer.digest), descriptorOf(referrer, { artifactType, annotations: (referrer.json as { annotations?: Record<string, string> }).annotations })],
  });
  const put = await ctx.client.putManifest(ctx.repo, tag, index.bytes, index.mediaType);
  if (put.status !== 201) return { tag, problem: `PUT referrers index to tag ${tag}: expected 201, got ${describe(put)}` };
  ctx.cleanup.add({ kind: 'manifest', repo: ctx.repo, digest: index.digest });
  return { tag, index };
}

// These work without the API (they detect it, or test what clients do in its absence); every
// other check needs it, and gets the one guard here.
const WITHOUT_API = new Set(['referrers.api', 'referrers.oci-subject', 'referrers.tag-schema']);

export const referrersChecks = defineChecks([
  {
    id: 'referrers.api',
    suite: 'referrers',
    title: 'The referrers API answers 200 with an OCI image index (or 404 when absent)',
    level: 'MUST',
    since: '1.1',
    limit: 'referrers',
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const support = await probeReferrers(ctx);
      if (support.kind === 'supported') return pass(`200 with Content-Type ${MEDIA_TYPES.imageIndex}: referrers API supported`);
      if (support.kind === 'absent') return { status: 'unsupported', message: `referrers API absent: GET /v2/<name>/referrers/<digest> answers 404 for a subject with a referrer; clients fall back to the tag schema${support.note ? ` (${support.note})` : ''}` };
      return fail(support.problem);
    },
  },
  {
    id: 'referrers.empty',
    suite: 'referrers',
    title: 'A subject without referrers gets 200 and an empty index, never 404',
    level: 'MUST',
    since: '1.1',
    limit: 'referrers',
    spec: LISTING_REFERRERS,
    async run(ctx) {
      // The API exists (the probe's subject with a referrer got 200): now one without any.
      const { manifest } = await subjectFor(ctx, 'empty');
      const listed = await listAllReferrers(ctx, manifest.digest);
      if (listed.problem) return fail(listed.problem);
      if (listed.index!.manifests.length) return fail(`expected an empty list, got ${listed.index!.manifests.length} descriptors`);
      return pass('200 with an empty index');
    },
  },
  {
    id: 'referrers.oci-subject',
    suite: 'referrers',
    title: 'Pushing a manifest with a subject answers OCI-Subject: <subject digest>',
    level: 'MUST',
    since: '1.1',
    limit: 'referrers',
    spec: PUSHING_WITH_SUBJECT,
    async run(ctx) {
      const support = await probeReferrers(ctx);
      const { descriptor } = await subjectFor(ctx, 'oci-subject');
      const referrer = referrerOf(ctx, descriptor, 'oci-subject', SBOM_TYPE);
      const pushed = await pushReferrers(ctx, [referrer], 'PUT of a manifest with a subject');
      if (refused(pushed)) return pushed;
      const sent = header(pushed[0], 'oci-subject');
      if (support.kind === 'absent') {
        if (sent) return warn(`OCI-Subject: ${sent} is sent although the referrers API answers 404: clients that trust the header will not maintain the tag schema`);
        return skip('referrers API not supported, and no OCI-Subject header is sent (consistent: clients fall back to the tag schema)');
      }
      if (!sent) return fail('the registry supports the referrers API but answered the push without an OCI-Subject header');
      if (sent !== descriptor.digest) return fail(`OCI-Subject: ${sent}, the subject is ${descriptor.digest}`);
      return pass(`OCI-Subject: ${sent}`);
    },
  },
  {
    id: 'referrers.list',
    suite: 'referrers',
    title: 'Referrers are listed with mediaType, size, artifactType and annotations',
    level: 'MUST',
    since: '1.1',
    limit: 'referrers',
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const { descriptor } = await subjectFor(ctx, 'list');
      const typed = referrerOf(ctx, descriptor, 'sbom', SBOM_TYPE);
      const untyped = referrerOf(ctx, descriptor, 'config-typed');
      const child = uniqueImage(ctx, 'referrers-index-child');
      await putInPlace(ctx, child, child.digest);
      const index = imageIndex({ manifests: [child], subject: descriptor, artifactType: INDEX_TYPE, annotations: { 'org.oci-matrix.kind': 'index-referrer' } });
      const pushed = await pushReferrers(ctx, [typed, untyped, index]);
      if (refused(pushed)) return pushed;

      const listed = await listAllReferrers(ctx, descriptor.digest);
      if (listed.problem) return fail(listed.problem);
      const expected = [
        { manifest: typed, artifactType: SBOM_TYPE },
        { manifest: untyped, artifactType: CONFIG_TYPED }, // no artifactType: the config media type stands in
        { manifest: index, artifactType: INDEX_TYPE },
      ];
      for (const { manifest, artifactType } of expected) {
        const found = listed.index!.manifests.find((d) => d.digest === manifest.digest);
        if (!found) return fail(`referrer ${manifest.digest} (${artifactType}) missing from the list`);
        if (found.mediaType !== manifest.mediaType) return fail(`${manifest.digest}: mediaType ${found.mediaType}, pushed ${manifest.mediaType}`);
        if (found.size !== manifest.size) return fail(`${manifest.digest}: size ${found.size}, pushed ${manifest.size} bytes`);
        if (found.artifactType !== artifactType) return fail(`${manifest.digest}: artifactType ${JSON.stringify(found.artifactType)}, expected ${artifactType}`);
        const pushedAnnotations = ((manifest.json as { annotations?: Record<string, string> }).annotations) ?? {};
        for (const [k, v] of Object.entries(pushedAnnotations)) {
          if (found.annotations?.[k] !== v) return fail(`${manifest.digest}: annotation ${k} not copied into the descriptor`);
        }
      }
      const strangers = listed.index!.manifests.filter((d) => !expected.some((e) => e.manifest.digest === d.digest));
      if (strangers.length) return fail(`the list holds ${strangers.length} descriptors that do not refer to this subject: ${strangers.map((s) => s.digest).join(', ')}`);
      return pass('image referrer with artifactType, image referrer without (config media type used) and index referrer all listed correctly');
    },
  },
  {
    id: 'referrers.pagination',
    suite: 'referrers',
    title: 'A referrers list longer than a page continues through Link rel="next"',
    level: 'MUST',
    since: '1.1',
    limit: 'referrers',
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const { descriptor } = await subjectFor(ctx, 'pagination');
      // One layer for all of them (the annotations tell them apart): a page's worth of referrers
      // costs one blob upload and REFERRERS_PAST_A_PAGE manifest PUTs.
      const first = referrerOf(ctx, descriptor, 'page-0', SBOM_TYPE);
      const referrers = [first, ...Array.from({ length: REFERRERS_PAST_A_PAGE - 1 }, (_, i) => sibling(first, { 'org.oci-matrix.page-item': String(i + 1) }))];
      const pushed = await pushReferrers(ctx, referrers);
      if (refused(pushed)) return pushed;
      const listed = await listAllReferrers(ctx, descriptor.digest);
      if (listed.problem) return fail(listed.problem);
      const digests = listed.index!.manifests.map((d) => d.digest);
      const missing = referrers.filter((r) => !digests.includes(r.digest));
      if (missing.length) return fail(`${missing.length} of ${referrers.length} referrers missing after ${listed.pages} page(s)${listed.pages === 1 ? ' and no Link header' : ''}`);
      const repeated = digests.filter((d, i) => digests.indexOf(d) !== i);
      if (repeated.length) return fail(`${repeated.length} descriptors listed twice across ${listed.pages} pages`);
      return pass(listed.pages === 1 ? `all ${referrers.length} referrers on one page (no Link needed)` : `all ${referrers.length} referrers over ${listed.pages} pages via Link rel="next"`);
    },
  },
  {
    id: 'referrers.filter',
    suite: 'referrers',
    title: 'artifactType filtering, announced with OCI-Filters-Applied',
    level: 'SHOULD',
    since: '1.1',
    limit: 'referrers',
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const { descriptor } = await subjectFor(ctx, 'filter');
      const sbom = referrerOf(ctx, descriptor, 'filter-sbom', SBOM_TYPE);
      const signature = referrerOf(ctx, descriptor, 'filter-signature', SIGNATURE_TYPE);
      const pushed = await pushReferrers(ctx, [sbom, signature]);
      if (refused(pushed)) return pushed;
      const listed = await listAllReferrers(ctx, descriptor.digest, SBOM_TYPE);
      if (listed.problem) return fail(listed.problem);
      const digests = listed.index!.manifests.map((d) => d.digest);
      const applied = (header(listed.first, 'oci-filters-applied') ?? '').split(',').map((s) => s.trim());
      const filtered = digests.includes(sbom.digest) && !digests.includes(signature.digest);
      if (!digests.includes(sbom.digest)) return fail(`?artifactType=${SBOM_TYPE} lost the matching referrer`);
      if (applied.includes('artifactType')) {
        return filtered ? pass('filtered, with OCI-Filters-Applied: artifactType') : fail('OCI-Filters-Applied: artifactType, but non-matching referrers are still listed');
      }
      if (filtered) return fail('the list was filtered without OCI-Filters-Applied: artifactType, so clients cannot tell');
      return broken(ctx.level, 'artifactType filtering is not supported (unfiltered list, no OCI-Filters-Applied)');
    },
  },
  {
    id: 'referrers.filter.multiple',
    suite: 'referrers',
    title: 'Several artifactType filters: OCI-Filters-Applied is a comma separated list, and the list holds only the types asked for',
    level: 'MUST',
    since: '1.1',
    limit: 'referrers',
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const { descriptor } = await subjectFor(ctx, 'filter-multiple');
      const [sbom, signature, other] = [SBOM_TYPE, SIGNATURE_TYPE, OTHER_TYPE].map((type, i) => referrerOf(ctx, descriptor, `filter-multiple-${i}`, type));
      const pushed = await pushReferrers(ctx, [sbom, signature, other]);
      if (refused(pushed)) return pushed;
      const listed = await listAllReferrers(ctx, descriptor.digest, [SBOM_TYPE, SIGNATURE_TYPE]);
      if (listed.problem) return fail(listed.problem);
      const digests = listed.index!.manifests.map((d) => d.digest);
      const applied = header(listed.first, 'oci-filters-applied');
      if (applied === undefined) {
        if (!digests.includes(other.digest)) return fail('the list was filtered without OCI-Filters-Applied, so clients cannot tell');
        return skip('artifactType filtering is not applied (unfiltered list, no OCI-Filters-Applied; see referrers.filter)');
      }
      // "If multiple filters are applied, the header MUST contain a comma separated list of applied filters."
      const names = applied.split(',').map((n) => n.trim());
      if (!names.every((n) => /^[A-Za-z][A-Za-z0-9]*$/.test(n))) return fail(`OCI-Filters-Applied "${applied}" is not a comma separated list of filter names`);
      if (!names.includes('artifactType')) return fail(`OCI-Filters-Applied "${applied}" does not name artifactType, the filter requested`);
      if (digests.includes(other.digest)) return fail(`OCI-Filters-Applied: ${applied}, but a referrer of a type not asked for is listed`);
      if (!digests.includes(sbom.digest)) return fail(`?artifactType=${SBOM_TYPE}&artifactType=${SIGNATURE_TYPE} lost the ${SBOM_TYPE} referrer`);
      // The spec defines one artifactType value; a registry that applies only the first is not wrong.
      const note = digests.includes(signature.digest) ? 'both types listed' : 'only the first artifactType value applied';
      return pass(`OCI-Filters-Applied: ${applied}; ${note}`);
    },
  },
  {
    id: 'referrers.subject-pushed-later',
    suite: 'referrers',
    title: 'A referrer pushed before its subject is listed once the subject exists',
    level: 'MUST',
    since: '1.1',
    limit: 'referrers',
    spec: distribution('Enabling the Referrers API'),
    async run(ctx) {
      const { manifest, descriptor } = await subjectFor(ctx, 'later', false);
      const referrer = referrerOf(ctx, descriptor, 'early', SBOM_TYPE);
      const pushed = await pushReferrers(ctx, [referrer], 'PUT of a referrer whose subject does not exist yet');
      if (refused(pushed)) return pushed;
      await putInPlace(ctx, manifest, manifest.digest);
      const listed = await listAllReferrers(ctx, descriptor.digest);
      if (listed.problem) return fail(listed.problem);
      if (!listed.index!.manifests.some((d) => d.digest === referrer.digest)) return fail('the referrer pushed before its subject is not listed');
      return pass('listed after the subject was pushed');
    },
  },
  {
    id: 'referrers.tag-schema-listed',
    suite: 'referrers',
    title: 'Referrers a client listed under the tag schema are in the referrers API too',
    level: 'MUST',
    since: '1.1',
    limit: 'referrers',
    spec: distribution('Enabling the Referrers API'),
    async run(ctx) {
      const { manifest: subject, descriptor } = await subjectFor(ctx, 'tag-schema-listed');
      // A config-typed referrer: this check must not depend on artifactType being accepted.
      const referrer = referrerOf(ctx, descriptor, 'tag-schema-listed');
      const pushed = await pushReferrers(ctx, [referrer]);
      if (refused(pushed)) return pushed;
      const written = await writeTagSchema(ctx, subject, referrer, CONFIG_TYPED);
      if (written.problem) throw new PreconditionFailed(`precondition failed: could not write the referrers tag schema index: ${written.problem}`);
      const listed = await listAllReferrers(ctx, descriptor.digest);
      if (listed.problem) return fail(listed.problem);
      if (!listed.index!.manifests.some((d) => d.digest === referrer.digest)) return fail(`the referrer listed in the ${written.tag} index is missing from the referrers API`);
      return pass(`the referrer listed under ${written.tag} is in the referrers API response`);
    },
  },
  {
    id: 'referrers.delete',
    suite: 'referrers',
    title: 'A deleted referrer disappears from the list',
    // Rests on "Each descriptor is of an image manifest … in the same <name>", a sentence with no
    // requirement keyword: a stale entry is a broken SHOULD at most.
    level: 'SHOULD',
    since: '1.1',
    limit: 'referrers',
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const { descriptor } = await subjectFor(ctx, 'delete');
      const referrer = referrerOf(ctx, descriptor, 'deleted', SIGNATURE_TYPE);
      const pushed = await pushReferrers(ctx, [referrer]);
      if (refused(pushed)) return pushed;
      const removed = await ctx.client.deleteManifest(ctx.repo, referrer.digest);
      if (removed.status === 400 || removed.status === 405) return skip(`manifest deletion is disabled (${describe(removed)})`);
      const denied = deleteDenied(removed);
      if (denied) return denied;
      if (removed.status !== 202) return broken(ctx.level, `DELETE referrer: expected 202, got ${describe(removed)}`);
      ctx.cleanup.forget({ kind: 'manifest', repo: ctx.repo, digest: referrer.digest });
      // A 202'd deletion may take effect a moment later: list again for a few seconds.
      const stillListed = (l: Awaited<ReturnType<typeof listAllReferrers>>) => !l.problem && l.index!.manifests.some((d) => d.digest === referrer.digest);
      const listed = await pollUntil(() => listAllReferrers(ctx, descriptor.digest), (l) => !stillListed(l));
      if (listed.problem) return broken(ctx.level, listed.problem);
      if (stillListed(listed)) return broken(ctx.level, `the deleted referrer is still listed after ${DELETE_GRACE_MS / 1000} s`);
      return pass('deleted referrer no longer listed');
    },
  },
  {
    id: 'referrers.invalid-digest',
    suite: 'referrers',
    title: 'A referrers request with a malformed digest answers 400',
    level: 'MUST',
    since: '1.1',
    limit: 'referrers',
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const response = await ctx.client.listReferrers(ctx.repo, 'sha256:not-a-digest');
      if (response.status === 400) return pass('400');
      return fail(`expected 400 for a malformed digest, got ${describe(response)}`);
    },
  },
  {
    id: 'referrers.tag-schema',
    suite: 'referrers',
    title: 'The referrers tag schema (<alg>-<hex>) round-trips the index a client writes',
    // Referrers Tag Schema: "This tag should return an image index matching the expected response
    // of the referrers API" (listing-referrers: "The response SHOULD be an image index …"). Keeping
    // it is the clients' job; the registry only stores a manifest under a tag (push.manifest.* judge that).
    level: 'SHOULD',
    since: '1.1',
    spec: TAG_SCHEMA,
    async run(ctx) {
      const support = await probeReferrers(ctx);
      const { manifest: subject, descriptor } = await subjectFor(ctx, 'tag-schema');
      // No artifactType on the referrer: this check is about the tag, not about artifactType support.
      const referrer = referrerOf(ctx, descriptor, 'tag-schema');
      const pushed = await pushReferrers(ctx, [referrer]);
      if (refused(pushed)) return pushed;
      const written = await writeTagSchema(ctx, subject, referrer, CONFIG_TYPED);
      if (written.problem) return broken(ctx.level, written.problem);
      const { tag } = written;
      const back = await ctx.client.getManifest(ctx.repo, tag);
      if (back.status !== 200) return broken(ctx.level, `GET tag ${tag} after writing it: ${describe(back)}`);
      if (sameBytes(back.body, subject.bytes)) return broken(ctx.level, `tag ${tag} resolves to the subject itself, not to the index the client wrote`);
      if (!sameBytes(back.body, written.index!.bytes)) return broken(ctx.level, `tag ${tag} returns something other than the index the client wrote`);
      const apiNote = support.kind === 'supported' ? 'referrers API supported; the tag schema works too' : 'referrers API unsupported; tag-schema fallback works';
      return pass(`${apiNote} (${tag})`);
    },
  },
]).map((check) => (WITHOUT_API.has(check.id) ? check : needsReferrersApi(check)));

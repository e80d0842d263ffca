import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  DELETE_GRACE_MS,
  deleteDenied,
  pollUntil
} from "./chunk-suites-deletion.js";
import {
  distribution
} from "./chunk-suites-spec.js";
import {
  blobOf,
  describe,
  descriptorOf,
  header,
  imageIndex,
  imageManifest,
  jsonBody,
  mediaTypeOf,
  putInPlace,
  sameBytes,
  uniqueImage
} from "./chunk-src-oci-catalogue.js";
import {
  PreconditionFailed,
  broken,
  defineChecks,
  fail,
  pass,
  pushBlob,
  pushManifestTree,
  skip,
  warn
} from "./chunk-src-registry-push.js";
import {
  MEDIA_TYPES
} from "./chunk-src-oci-digest.js";
import "./chunk-runtime.js";

// suites/referrers-probe.ts
function asReferrersIndex(response) {
  if (mediaTypeOf(response) !== MEDIA_TYPES.imageIndex) {
    return `Content-Type is "${response.headers["content-type"] ?? "(none)"}", not ${MEDIA_TYPES.imageIndex}`;
  }
  const body = jsonBody(response);
  if (!body || typeof body !== "object") return "body is not JSON";
  if (body.schemaVersion !== 2) return `schemaVersion is ${JSON.stringify(body.schemaVersion)}, not 2`;
  if (!Array.isArray(body.manifests)) return 'body has no "manifests" array';
  return body;
}
var CONFIG_TYPED = "application/vnd.oci-matrix.attestation.config.v1+json";
function referrerOf(ctx, subject, name, artifactType) {
  const annotations = { "org.opencontainers.image.title": name, "org.oci-matrix.run": ctx.tag("r") };
  const layer = blobOf(`oci-matrix referrer ${name} ${ctx.tag("r")}
`, "application/vnd.oci-matrix.payload.v1");
  if (artifactType) return imageManifest({ config: blobOf("{}", MEDIA_TYPES.empty), layers: [layer], subject, artifactType, annotations });
  const config = blobOf(JSON.stringify({ referrer: name, run: ctx.runId }), CONFIG_TYPED);
  return imageManifest({ config, layers: [layer], subject, annotations });
}
function probeReferrers(ctx) {
  return ctx.fixtures.use("referrers-probe", async () => {
    const subject = uniqueImage(ctx, "referrers-probe");
    await putInPlace(ctx, subject, subject.digest);
    const referrer = referrerOf(ctx, descriptorOf(subject), "probe");
    const pushed = await pushManifestTree(ctx.client, ctx.repo, referrer, referrer.digest, ctx.cleanup);
    const response = await ctx.client.listReferrers(ctx.repo, subject.digest);
    if (response.status === 404) {
      return { kind: "absent", response, ...pushed.ok ? {} : { note: `the probe's referrer was refused (${pushed.message}), so the 404 was for a subject without referrers` } };
    }
    if (response.status !== 200) return { kind: "broken", response, problem: `expected 200 (or 404 when the API is absent), got ${describe(response)}` };
    const index = asReferrersIndex(response);
    if (typeof index === "string") return { kind: "broken", response, problem: `200, but ${index}` };
    return { kind: "supported", response };
  });
}
async function apiGuard(ctx) {
  const support = await probeReferrers(ctx);
  if (support.kind === "absent") return skip(`referrers API not supported (GET /referrers/<digest> answers 404 for a subject with a referrer; see referrers.api)${support.note ? `; ${support.note}` : ""}`);
  if (support.kind === "broken") return fail(`referrers API answers, but not as specified: ${support.problem}`);
  return void 0;
}
function needsReferrersApi(check) {
  return { ...check, run: async (ctx) => await apiGuard(ctx) ?? check.run(ctx) };
}

// suites/referrers.ts
var LISTING_REFERRERS = distribution("Listing Referrers");
var PUSHING_WITH_SUBJECT = distribution("Pushing Manifests with Subject");
var TAG_SCHEMA = distribution("Referrers Tag Schema");
var SBOM_TYPE = "application/vnd.oci-matrix.sbom.v1+json";
var SIGNATURE_TYPE = "application/vnd.oci-matrix.signature.v1+json";
var INDEX_TYPE = "application/vnd.oci-matrix.bundle.v1";
var OTHER_TYPE = "application/vnd.oci-matrix.provenance.v1+json";
async function subjectFor(ctx, purpose, push = true) {
  const manifest = uniqueImage(ctx, `referrers-${purpose}`);
  if (push) await putInPlace(ctx, manifest, manifest.digest);
  return { manifest, descriptor: descriptorOf(manifest) };
}
async function listAllReferrers(ctx, digest, artifactType) {
  const { pages, end } = await ctx.client.listReferrerPages(ctx.repo, digest, artifactType);
  const first = pages[0];
  const manifests = [];
  let index;
  for (const [i, page] of pages.entries()) {
    const which = i === 0 ? `GET /referrers/${digest}` : `page ${i + 1} (via Link)`;
    if (page.status === 404 && i === 0) return { first, pages: 1, problem: `${which}: 404 (a registry with the referrers API MUST NOT answer 404 to a referrers request, also for a subject without referrers)` };
    if (page.status !== 200) return { first, pages: pages.length, problem: `${which}: expected 200, got ${describe(page)}` };
    const parsed = asReferrersIndex(page);
    if (typeof parsed === "string") return { first, pages: pages.length, problem: `${which}: ${parsed}` };
    index ??= parsed;
    manifests.push(...parsed.manifests);
  }
  if (end === "loop") return { first, pages: pages.length, problem: `the Link header of page ${pages.length} leads back to a page already listed` };
  if (end === "limit") return { first, pages: pages.length, problem: `still a next page after ${pages.length} pages; stopped following Link` };
  return { first, pages: pages.length, index: { ...index, manifests } };
}
async function pushReferrers(ctx, referrers, what = "PUT referrer") {
  const answers = [];
  for (const referrer of referrers) {
    for (const blob of referrer.blobs) {
      const outcome = await pushBlob(ctx.client, ctx.repo, blob, ctx.cleanup);
      if (!outcome.ok) throw new PreconditionFailed(`precondition failed: pushing the referrer's blobs: ${outcome.message}`);
    }
    const put = await ctx.client.putManifest(ctx.repo, referrer.digest, referrer.bytes, referrer.mediaType);
    if (put.status !== 201) return fail(`${what} ${referrer.digest}: expected 201, got ${describe(put)}`);
    ctx.cleanup.add({ kind: "manifest", repo: ctx.repo, digest: referrer.digest });
    answers.push(put);
  }
  return answers;
}
var refused = (x) => !Array.isArray(x);
var REFERRERS_PAST_A_PAGE = 12;
function sibling(manifest, annotations) {
  const json = manifest.json;
  return imageManifest({ config: manifest.blobs[0], layers: manifest.blobs.slice(1), subject: json.subject, artifactType: json.artifactType, annotations: { ...json.annotations, ...annotations } });
}
async function writeTagSchema(ctx, subject, referrer, artifactType) {
  const tag = subject.digest.replace(":", "-").slice(0, 128);
  const current = await ctx.client.getManifest(ctx.repo, tag);
  const existing = [];
  if (current.status === 200) {
    const parsed = asReferrersIndex(current);
    if (typeof parsed !== "string") existing.push(...parsed.manifests);
    else if (sameBytes(current.body, subject.bytes)) return { tag, problem: `tag ${tag} resolves to the subject itself, not to a referrers index` };
  } else if (current.status !== 404) return { tag, problem: `GET tag ${tag}: expected 404 or 200, got ${describe(current)}` };
  const index = imageIndex({
    manifests: [],
    extraDescriptors: [...existing.filter((d) => d.digest !== referrer.digest), descriptorOf(referrer, { artifactType, annotations: referrer.json.annotations })]
  });
  const put = await ctx.client.putManifest(ctx.repo, tag, index.bytes, index.mediaType);
  if (put.status !== 201) return { tag, problem: `PUT referrers index to tag ${tag}: expected 201, got ${describe(put)}` };
  ctx.cleanup.add({ kind: "manifest", repo: ctx.repo, digest: index.digest });
  return { tag, index };
}
var WITHOUT_API = /* @__PURE__ */ new Set(["referrers.api", "referrers.oci-subject", "referrers.tag-schema"]);
var referrersChecks = defineChecks([
  {
    id: "referrers.api",
    suite: "referrers",
    title: "The referrers API answers 200 with an OCI image index (or 404 when absent)",
    level: "MUST",
    since: "1.1",
    limit: "referrers",
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const support = await probeReferrers(ctx);
      if (support.kind === "supported") return pass(`200 with Content-Type ${MEDIA_TYPES.imageIndex}: referrers API supported`);
      if (support.kind === "absent") return { status: "unsupported", message: `referrers API absent: GET /v2/<name>/referrers/<digest> answers 404 for a subject with a referrer; clients fall back to the tag schema${support.note ? ` (${support.note})` : ""}` };
      return fail(support.problem);
    }
  },
  {
    id: "referrers.empty",
    suite: "referrers",
    title: "A subject without referrers gets 200 and an empty index, never 404",
    level: "MUST",
    since: "1.1",
    limit: "referrers",
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const { manifest } = await subjectFor(ctx, "empty");
      const listed = await listAllReferrers(ctx, manifest.digest);
      if (listed.problem) return fail(listed.problem);
      if (listed.index.manifests.length) return fail(`expected an empty list, got ${listed.index.manifests.length} descriptors`);
      return pass("200 with an empty index");
    }
  },
  {
    id: "referrers.oci-subject",
    suite: "referrers",
    title: "Pushing a manifest with a subject answers OCI-Subject: <subject digest>",
    level: "MUST",
    since: "1.1",
    limit: "referrers",
    spec: PUSHING_WITH_SUBJECT,
    async run(ctx) {
      const support = await probeReferrers(ctx);
      const { descriptor } = await subjectFor(ctx, "oci-subject");
      const referrer = referrerOf(ctx, descriptor, "oci-subject", SBOM_TYPE);
      const pushed = await pushReferrers(ctx, [referrer], "PUT of a manifest with a subject");
      if (refused(pushed)) return pushed;
      const sent = header(pushed[0], "oci-subject");
      if (support.kind === "absent") {
        if (sent) return warn(`OCI-Subject: ${sent} is sent although the referrers API answers 404: clients that trust the header will not maintain the tag schema`);
        return skip("referrers API not supported, and no OCI-Subject header is sent (consistent: clients fall back to the tag schema)");
      }
      if (!sent) return fail("the registry supports the referrers API but answered the push without an OCI-Subject header");
      if (sent !== descriptor.digest) return fail(`OCI-Subject: ${sent}, the subject is ${descriptor.digest}`);
      return pass(`OCI-Subject: ${sent}`);
    }
  },
  {
    id: "referrers.list",
    suite: "referrers",
    title: "Referrers are listed with mediaType, size, artifactType and annotations",
    level: "MUST",
    since: "1.1",
    limit: "referrers",
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const { descriptor } = await subjectFor(ctx, "list");
      const typed = referrerOf(ctx, descriptor, "sbom", SBOM_TYPE);
      const untyped = referrerOf(ctx, descriptor, "config-typed");
      const child = uniqueImage(ctx, "referrers-index-child");
      await putInPlace(ctx, child, child.digest);
      const index = imageIndex({ manifests: [child], subject: descriptor, artifactType: INDEX_TYPE, annotations: { "org.oci-matrix.kind": "index-referrer" } });
      const pushed = await pushReferrers(ctx, [typed, untyped, index]);
      if (refused(pushed)) return pushed;
      const listed = await listAllReferrers(ctx, descriptor.digest);
      if (listed.problem) return fail(listed.problem);
      const expected = [
        { manifest: typed, artifactType: SBOM_TYPE },
        { manifest: untyped, artifactType: CONFIG_TYPED },
        // no artifactType: the config media type stands in
        { manifest: index, artifactType: INDEX_TYPE }
      ];
      for (const { manifest, artifactType } of expected) {
        const found = listed.index.manifests.find((d) => d.digest === manifest.digest);
        if (!found) return fail(`referrer ${manifest.digest} (${artifactType}) missing from the list`);
        if (found.mediaType !== manifest.mediaType) return fail(`${manifest.digest}: mediaType ${found.mediaType}, pushed ${manifest.mediaType}`);
        if (found.size !== manifest.size) return fail(`${manifest.digest}: size ${found.size}, pushed ${manifest.size} bytes`);
        if (found.artifactType !== artifactType) return fail(`${manifest.digest}: artifactType ${JSON.stringify(found.artifactType)}, expected ${artifactType}`);
        const pushedAnnotations = manifest.json.annotations ?? {};
        for (const [k, v] of Object.entries(pushedAnnotations)) {
          if (found.annotations?.[k] !== v) return fail(`${manifest.digest}: annotation ${k} not copied into the descriptor`);
        }
      }
      const strangers = listed.index.manifests.filter((d) => !expected.some((e) => e.manifest.digest === d.digest));
      if (strangers.length) return fail(`the list holds ${strangers.length} descriptors that do not refer to this subject: ${strangers.map((s) => s.digest).join(", ")}`);
      return pass("image referrer with artifactType, image referrer without (config media type used) and index referrer all listed correctly");
    }
  },
  {
    id: "referrers.pagination",
    suite: "referrers",
    title: 'A referrers list longer than a page continues through Link rel="next"',
    level: "MUST",
    since: "1.1",
    limit: "referrers",
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const { descriptor } = await subjectFor(ctx, "pagination");
      const first = referrerOf(ctx, descriptor, "page-0", SBOM_TYPE);
      const referrers = [first, ...Array.from({ length: REFERRERS_PAST_A_PAGE - 1 }, (_, i) => sibling(first, { "org.oci-matrix.page-item": String(i + 1) }))];
      const pushed = await pushReferrers(ctx, referrers);
      if (refused(pushed)) return pushed;
      const listed = await listAllReferrers(ctx, descriptor.digest);
      if (listed.problem) return fail(listed.problem);
      const digests = listed.index.manifests.map((d) => d.digest);
      const missing = referrers.filter((r) => !digests.includes(r.digest));
      if (missing.length) return fail(`${missing.length} of ${referrers.length} referrers missing after ${listed.pages} page(s)${listed.pages === 1 ? " and no Link header" : ""}`);
      const repeated = digests.filter((d, i) => digests.indexOf(d) !== i);
      if (repeated.length) return fail(`${repeated.length} descriptors listed twice across ${listed.pages} pages`);
      return pass(listed.pages === 1 ? `all ${referrers.length} referrers on one page (no Link needed)` : `all ${referrers.length} referrers over ${listed.pages} pages via Link rel="next"`);
    }
  },
  {
    id: "referrers.filter",
    suite: "referrers",
    title: "artifactType filtering, announced with OCI-Filters-Applied",
    level: "SHOULD",
    since: "1.1",
    limit: "referrers",
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const { descriptor } = await subjectFor(ctx, "filter");
      const sbom = referrerOf(ctx, descriptor, "filter-sbom", SBOM_TYPE);
      const signature = referrerOf(ctx, descriptor, "filter-signature", SIGNATURE_TYPE);
      const pushed = await pushReferrers(ctx, [sbom, signature]);
      if (refused(pushed)) return pushed;
      const listed = await listAllReferrers(ctx, descriptor.digest, SBOM_TYPE);
      if (listed.problem) return fail(listed.problem);
      const digests = listed.index.manifests.map((d) => d.digest);
      const applied = (header(listed.first, "oci-filters-applied") ?? "").split(",").map((s) => s.trim());
      const filtered = digests.includes(sbom.digest) && !digests.includes(signature.digest);
      if (!digests.includes(sbom.digest)) return fail(`?artifactType=${SBOM_TYPE} lost the matching referrer`);
      if (applied.includes("artifactType")) {
        return filtered ? pass("filtered, with OCI-Filters-Applied: artifactType") : fail("OCI-Filters-Applied: artifactType, but non-matching referrers are still listed");
      }
      if (filtered) return fail("the list was filtered without OCI-Filters-Applied: artifactType, so clients cannot tell");
      return broken(ctx.level, "artifactType filtering is not supported (unfiltered list, no OCI-Filters-Applied)");
    }
  },
  {
    id: "referrers.filter.multiple",
    suite: "referrers",
    title: "Several artifactType filters: OCI-Filters-Applied is a comma separated list, and the list holds only the types asked for",
    level: "MUST",
    since: "1.1",
    limit: "referrers",
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const { descriptor } = await subjectFor(ctx, "filter-multiple");
      const [sbom, signature, other] = [SBOM_TYPE, SIGNATURE_TYPE, OTHER_TYPE].map((type, i) => referrerOf(ctx, descriptor, `filter-multiple-${i}`, type));
      const pushed = await pushReferrers(ctx, [sbom, signature, other]);
      if (refused(pushed)) return pushed;
      const listed = await listAllReferrers(ctx, descriptor.digest, [SBOM_TYPE, SIGNATURE_TYPE]);
      if (listed.problem) return fail(listed.problem);
      const digests = listed.index.manifests.map((d) => d.digest);
      const applied = header(listed.first, "oci-filters-applied");
      if (applied === void 0) {
        if (!digests.includes(other.digest)) return fail("the list was filtered without OCI-Filters-Applied, so clients cannot tell");
        return skip("artifactType filtering is not applied (unfiltered list, no OCI-Filters-Applied; see referrers.filter)");
      }
      const names = applied.split(",").map((n) => n.trim());
      if (!names.every((n) => /^[A-Za-z][A-Za-z0-9]*$/.test(n))) return fail(`OCI-Filters-Applied "${applied}" is not a comma separated list of filter names`);
      if (!names.includes("artifactType")) return fail(`OCI-Filters-Applied "${applied}" does not name artifactType, the filter requested`);
      if (digests.includes(other.digest)) return fail(`OCI-Filters-Applied: ${applied}, but a referrer of a type not asked for is listed`);
      if (!digests.includes(sbom.digest)) return fail(`?artifactType=${SBOM_TYPE}&artifactType=${SIGNATURE_TYPE} lost the ${SBOM_TYPE} referrer`);
      const note = digests.includes(signature.digest) ? "both types listed" : "only the first artifactType value applied";
      return pass(`OCI-Filters-Applied: ${applied}; ${note}`);
    }
  },
  {
    id: "referrers.subject-pushed-later",
    suite: "referrers",
    title: "A referrer pushed before its subject is listed once the subject exists",
    level: "MUST",
    since: "1.1",
    limit: "referrers",
    spec: distribution("Enabling the Referrers API"),
    async run(ctx) {
      const { manifest, descriptor } = await subjectFor(ctx, "later", false);
      const referrer = referrerOf(ctx, descriptor, "early", SBOM_TYPE);
      const pushed = await pushReferrers(ctx, [referrer], "PUT of a referrer whose subject does not exist yet");
      if (refused(pushed)) return pushed;
      await putInPlace(ctx, manifest, manifest.digest);
      const listed = await listAllReferrers(ctx, descriptor.digest);
      if (listed.problem) return fail(listed.problem);
      if (!listed.index.manifests.some((d) => d.digest === referrer.digest)) return fail("the referrer pushed before its subject is not listed");
      return pass("listed after the subject was pushed");
    }
  },
  {
    id: "referrers.tag-schema-listed",
    suite: "referrers",
    title: "Referrers a client listed under the tag schema are in the referrers API too",
    level: "MUST",
    since: "1.1",
    limit: "referrers",
    spec: distribution("Enabling the Referrers API"),
    async run(ctx) {
      const { manifest: subject, descriptor } = await subjectFor(ctx, "tag-schema-listed");
      const referrer = referrerOf(ctx, descriptor, "tag-schema-listed");
      const pushed = await pushReferrers(ctx, [referrer]);
      if (refused(pushed)) return pushed;
      const written = await writeTagSchema(ctx, subject, referrer, CONFIG_TYPED);
      if (written.problem) throw new PreconditionFailed(`precondition failed: could not write the referrers tag schema index: ${written.problem}`);
      const listed = await listAllReferrers(ctx, descriptor.digest);
      if (listed.problem) return fail(listed.problem);
      if (!listed.index.manifests.some((d) => d.digest === referrer.digest)) return fail(`the referrer listed in the ${written.tag} index is missing from the referrers API`);
      return pass(`the referrer listed under ${written.tag} is in the referrers API response`);
    }
  },
  {
    id: "referrers.delete",
    suite: "referrers",
    title: "A deleted referrer disappears from the list",
    // Rests on "Each descriptor is of an image manifest … in the same <name>", a sentence with no
    // requirement keyword: a stale entry is a broken SHOULD at most.
    level: "SHOULD",
    since: "1.1",
    limit: "referrers",
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const { descriptor } = await subjectFor(ctx, "delete");
      const referrer = referrerOf(ctx, descriptor, "deleted", SIGNATURE_TYPE);
      const pushed = await pushReferrers(ctx, [referrer]);
      if (refused(pushed)) return pushed;
      const removed = await ctx.client.deleteManifest(ctx.repo, referrer.digest);
      if (removed.status === 400 || removed.status === 405) return skip(`manifest deletion is disabled (${describe(removed)})`);
      const denied = deleteDenied(removed);
      if (denied) return denied;
      if (removed.status !== 202) return broken(ctx.level, `DELETE referrer: expected 202, got ${describe(removed)}`);
      ctx.cleanup.forget({ kind: "manifest", repo: ctx.repo, digest: referrer.digest });
      const stillListed = (l) => !l.problem && l.index.manifests.some((d) => d.digest === referrer.digest);
      const listed = await pollUntil(() => listAllReferrers(ctx, descriptor.digest), (l) => !stillListed(l));
      if (listed.problem) return broken(ctx.level, listed.problem);
      if (stillListed(listed)) return broken(ctx.level, `the deleted referrer is still listed after ${DELETE_GRACE_MS / 1e3} s`);
      return pass("deleted referrer no longer listed");
    }
  },
  {
    id: "referrers.invalid-digest",
    suite: "referrers",
    title: "A referrers request with a malformed digest answers 400",
    level: "MUST",
    since: "1.1",
    limit: "referrers",
    spec: LISTING_REFERRERS,
    async run(ctx) {
      const response = await ctx.client.listReferrers(ctx.repo, "sha256:not-a-digest");
      if (response.status === 400) return pass("400");
      return fail(`expected 400 for a malformed digest, got ${describe(response)}`);
    }
  },
  {
    id: "referrers.tag-schema",
    suite: "referrers",
    title: "The referrers tag schema (<alg>-<hex>) round-trips the index a client writes",
    // Referrers Tag Schema: "This tag should return an image index matching the expected response
    // of the referrers API" (listing-referrers: "The response SHOULD be an image index …"). Keeping
    // it is the clients' job; the registry only stores a manifest under a tag (push.manifest.* judge that).
    level: "SHOULD",
    since: "1.1",
    spec: TAG_SCHEMA,
    async run(ctx) {
      const support = await probeReferrers(ctx);
      const { manifest: subject, descriptor } = await subjectFor(ctx, "tag-schema");
      const referrer = referrerOf(ctx, descriptor, "tag-schema");
      const pushed = await pushReferrers(ctx, [referrer]);
      if (refused(pushed)) return pushed;
      const written = await writeTagSchema(ctx, subject, referrer, CONFIG_TYPED);
      if (written.problem) return broken(ctx.level, written.problem);
      const { tag } = written;
      const back = await ctx.client.getManifest(ctx.repo, tag);
      if (back.status !== 200) return broken(ctx.level, `GET tag ${tag} after writing it: ${describe(back)}`);
      if (sameBytes(back.body, subject.bytes)) return broken(ctx.level, `tag ${tag} resolves to the subject itself, not to the index the client wrote`);
      if (!sameBytes(back.body, written.index.bytes)) return broken(ctx.level, `tag ${tag} returns something other than the index the client wrote`);
      const apiNote = support.kind === "supported" ? "referrers API supported; the tag schema works too" : "referrers API unsupported; tag-schema fallback works";
      return pass(`${apiNote} (${tag})`);
    }
  }
]).map((check) => WITHOUT_API.has(check.id) ? check : needsReferrersApi(check));
export {
  REFERRERS_PAST_A_PAGE,
  referrersChecks
};

// Push: manifests — by tag and digest, byte-exact storage, tag moves, missing references,
// content shapes that must round-trip, the size limit and ?tag= parameters.
import { defineChecks, pass, fail, warn, broken, skip, unsupported, PreconditionFailed, type CheckContext, type Verdict } from '../../src/runner/check.js';
import type { HttpResponse } from '../../src/http/types.js';
import { descriptorOf, imageManifest, type Blob, type Manifest } from '../../src/oci/builders.js';
import { distributionContent } from '../../src/oci/catalogue.js';
import { digestOf } from '../../src/oci/digest.js';
import { pushBlob } from '../../src/registry/push.js';
import { distributionMain } from '../spec.js';
import { isolatedRepo, putInPlace, uniqueImage } from '../fixtures.js';
import { bodyDigest, describe, errorCodes, header, mediaTypeOf, sameBytes, unexpectedStatus } from '../support.js';
import { PUSH, PUSHING_MANIFESTS } from './shared.js';

/** Manifest pushes that must round-trip byte for byte: one content set each. */
function manifestRoundTrip(
  id: string,
  title: string,
  content: (ctx: CheckContext) => Manifest,
  options: { level?: 'MUST' | 'SHOULD' | 'MAY'; since?: '1.1'; refusedBlobs?: string } = {},
) {
  return {
    id,
    suite: 'push' as const,
    title,
    level: options.level ?? ('MUST' as const),
    since: options.since,
    spec: PUSHING_MANIFESTS,
    async run(ctx: CheckContext): Promise<Verdict> {
      const manifest = content(ctx);
      const repo = isolatedRepo(ctx, id.split('.').pop()!);
      const blobs = await pushBlobsFirst(ctx, repo, manifest.blobs, options.refusedBlobs);
      if (blobs) return blobs;
      for (const child of manifest.manifests) await putInPlace(ctx, child, child.digest, repo);
      // By digest: the only reference that names the digest algorithm (a tag push leaves the
      // registry free to pick its canonical one).
      const put = await ctx.client.putManifest(repo, manifest.digest, manifest.bytes, manifest.mediaType);
      if (put.status !== 201) {
        const message = `PUT manifest by digest: expected 201, got ${describe(put)}`;
        return ctx.level === 'MAY' ? unsupported(`${message} (optional content)`) : broken(ctx.level, message);
      }
      ctx.cleanup.add({ kind: 'manifest', repo, digest: manifest.digest });
      const got = await ctx.client.getManifest(repo, manifest.digest);
      if (got.status !== 200) return fail(`pushed manifest: GET by digest answers ${describe(got)}`);
      if (!sameBytes(got.body, manifest.bytes)) return fail(`stored manifest differs from the pushed bytes (${bodyDigest(got)} vs ${manifest.digest})`);
      return pass(`201; pulled back byte for byte (${manifest.digest})`);
    },
  };
}

export const manifestChecks = defineChecks([
  {
    id: 'push.manifest.by-tag',
    suite: 'push',
    title: 'PUT a manifest by tag: 201, Location, Docker-Content-Digest equal to the pushed digest',
    level: 'MUST',
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const manifest = uniqueImage(ctx, 'put-by-tag');
      const blobs = await pushBlobsFirst(ctx, ctx.repo, manifest.blobs);
      if (blobs) return blobs;
      const tag = ctx.tag('put-by-tag');
      const put = await ctx.client.putManifest(ctx.repo, tag, manifest.bytes, manifest.mediaType);
      return judgeManifestPut(ctx, put, manifest, tag);
    },
  },
  {
    id: 'push.manifest.by-digest',
    suite: 'push',
    title: 'PUT a manifest by digest: 201, Location, Docker-Content-Digest equal to the pushed digest',
    level: 'MUST',
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const manifest = uniqueImage(ctx, 'put-by-digest');
      const blobs = await pushBlobsFirst(ctx, ctx.repo, manifest.blobs);
      if (blobs) return blobs;
      const put = await ctx.client.putManifest(ctx.repo, manifest.digest, manifest.bytes, manifest.mediaType);
      return judgeManifestPut(ctx, put, manifest, manifest.digest);
    },
  },
  {
    id: 'push.manifest.byte-exact',
    suite: 'push',
    title: 'A manifest is stored in the exact bytes pushed (unusual whitespace and key order kept)',
    level: 'MUST',
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const base = distributionContent(ctx.runId).image;
      // Same content, different bytes: pretty-printed with keys reversed and a trailing newline.
      const json = base.json as Record<string, unknown>;
      const reordered = Object.fromEntries(Object.entries(json).reverse());
      const bytes = new TextEncoder().encode(`${JSON.stringify(reordered, null, 3)}\n`);
      const manifest: Manifest = { ...base, bytes, digest: digestOf(bytes), size: bytes.byteLength };
      await putInPlace(ctx, manifest, ctx.tag('byte-exact'));
      const got = await ctx.client.getManifest(ctx.repo, manifest.digest);
      if (got.status !== 200) return fail(`GET by digest after the push: ${describe(got)}`);
      if (!sameBytes(got.body, bytes)) return fail(`stored bytes differ: pushed ${bytes.byteLength} bytes (${manifest.digest}), got ${got.body.byteLength} bytes (${bodyDigest(got)})`);
      return pass(`pretty-printed manifest (${bytes.byteLength} bytes) returned unchanged`);
    },
  },
  {
    id: 'push.manifest.content-type-parameters',
    suite: 'push',
    title: 'Parameters on a manifest PUT\'s Content-Type are ignored: the push succeeds and the media type is served without them',
    level: 'SHOULD',
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const manifest = uniqueImage(ctx, 'content-type-parameters');
      for (const blob of manifest.blobs) {
        const outcome = await pushBlob(ctx.client, ctx.repo, blob, ctx.cleanup);
        if (!outcome.ok) throw new PreconditionFailed(`precondition failed: pushing the manifest's blobs: ${outcome.message}`);
      }
      // Clients SHOULD NOT send parameters; "The registry SHOULD ignore parameters on the Content-Type header."
      const contentType = `${manifest.mediaType}; charset=utf-8`;
      const put = await ctx.client.putManifest(ctx.repo, manifest.digest, manifest.bytes, contentType);
      if (put.status !== 201) return broken(ctx.level, `PUT with Content-Type "${contentType}": expected 201, got ${describe(put)}`);
      ctx.cleanup.add({ kind: 'manifest', repo: ctx.repo, digest: manifest.digest });
      const got = await ctx.client.getManifest(ctx.repo, manifest.digest);
      if (got.status !== 200) return fail(`GET by digest after the push: ${describe(got)}`);
      if (!sameBytes(got.body, manifest.bytes)) return fail(`stored bytes differ from the ${manifest.size} bytes pushed`);
      if (mediaTypeOf(got) !== manifest.mediaType) return broken(ctx.level, `served as "${header(got, 'content-type')}": the parameters were not ignored`);
      return pass(`"${contentType}" accepted; served as ${manifest.mediaType}`);
    },
  },
  {
    id: 'push.manifest.tag-overwrite',
    suite: 'push',
    title: 'Pushing another manifest to an existing tag moves the tag',
    level: 'MUST',
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const first = uniqueImage(ctx, 'overwrite-first');
      const second = uniqueImage(ctx, 'overwrite-second');
      const tag = ctx.tag('overwrite');
      await putInPlace(ctx, first, tag);
      await putInPlace(ctx, second, tag);
      const got = await ctx.client.getManifest(ctx.repo, tag);
      if (got.status !== 200) return fail(`GET ${tag} after the overwrite: ${describe(got)}`);
      if (sameBytes(got.body, first.bytes)) return fail(`the tag still points at the first manifest (${first.digest}) after pushing ${second.digest}`);
      if (!sameBytes(got.body, second.bytes)) return fail(`the tag points at neither pushed manifest (${bodyDigest(got)})`);
      return pass(`tag moved from ${first.digest} to ${second.digest}`);
    },
  },
  {
    id: 'push.manifest.blob-unknown',
    suite: 'push',
    title: 'A manifest referencing a missing blob is accepted, or refused with MANIFEST_BLOB_UNKNOWN',
    level: 'MUST',
    spec: PUSH,
    async run(ctx) {
      // Valid in every other way (config present, one layer), so a refusal can only be about
      // the one missing blob — not about an empty layers list some registries refuse.
      const image = uniqueImage(ctx, 'blob-unknown');
      const [config, layer] = image.blobs;
      const blobs = await pushBlobsFirst(ctx, ctx.repo, [config]);
      if (blobs) return blobs;
      const put = await ctx.client.putManifest(ctx.repo, image.digest, image.bytes, image.mediaType);
      if (put.status === 201) {
        ctx.cleanup.add({ kind: 'manifest', repo: ctx.repo, digest: image.digest });
        return pass(`accepted a manifest whose layer ${layer.digest} is missing (registries MAY reject, need not)`);
      }
      const codes = errorCodes(put);
      if (put.status >= 400 && put.status < 500 && codes.includes('MANIFEST_BLOB_UNKNOWN')) return pass(`refused with ${describe(put)}`);
      return fail(`refused with ${describe(put)}: a rejection for a missing blob MUST carry MANIFEST_BLOB_UNKNOWN`);
    },
  },
  {
    id: 'push.manifest.subject-missing',
    suite: 'push',
    title: 'A manifest whose subject does not exist yet is accepted',
    level: 'MUST',
    since: '1.1',
    spec: PUSH,
    async run(ctx) {
      const content = distributionContent(ctx.runId);
      const ghost = uniqueImage(ctx, 'never-pushed-subject');
      // A plain image with a subject and no artifactType: the check must not hinge on a
      // registry accepting artifactType (a separate question, asked by the artifacts suite).
      const own = uniqueImage(ctx, 'subject-missing');
      const referrer = imageManifest({ config: own.blobs[0], layers: own.blobs.slice(1), subject: descriptorOf(ghost) });
      const blobs = await pushBlobsFirst(ctx, ctx.repo, referrer.blobs);
      if (blobs) return blobs;
      const put = await ctx.client.putManifest(ctx.repo, referrer.digest, referrer.bytes, referrer.mediaType);
      if (put.status === 201) {
        ctx.cleanup.add({ kind: 'manifest', repo: ctx.repo, digest: referrer.digest });
        return pass('201 for a manifest whose subject is not in the repository');
      }
      return fail(`a manifest with a missing subject MUST initially be accepted; got ${describe(put)}`);
    },
  },
  manifestRoundTrip('push.manifest.index', 'An image index is accepted after its manifests', (ctx) => distributionContent(ctx.runId).roundTripIndex),
  // image-spec, Image Index: "implementations SHOULD support" the nested index media type.
  manifestRoundTrip('push.manifest.nested-index', 'An index that contains an index is accepted', (ctx) => distributionContent(ctx.runId).nestedIndex, { level: 'SHOULD' }),
  manifestRoundTrip('push.manifest.custom-fields', 'A manifest with unknown fields and annotations is accepted unchanged', (ctx) => distributionContent(ctx.runId).customFields),
  manifestRoundTrip('push.manifest.data-field', 'A manifest whose descriptor embeds its content in "data" is accepted', (ctx) => distributionContent(ctx.runId).dataField),
  // Pushing Manifests: "the list of blobs MAY be empty", and image-spec: "For portability, `layers`
  // SHOULD have at least one entry" — accepting one is a SHOULD at most, not a MUST.
  manifestRoundTrip('push.manifest.no-layers', 'A manifest with an empty layers list is accepted', (ctx) => distributionContent(ctx.runId).noLayers, { level: 'SHOULD' }),
  manifestRoundTrip('push.manifest.sha512', 'A sha512-addressed image (blobs and descriptors) is accepted', (ctx) => distributionContent(ctx.runId).sha512Image, {
    level: 'MAY',
    // Its blobs are sha512 too: a registry that refuses them refuses sha512, an optional algorithm.
    refusedBlobs: 'sha512 digests are refused (an optional algorithm)',
  }),
  {
    id: 'push.manifest.non-distributable',
    suite: 'push',
    title: 'A manifest with a non-distributable layer (not pushed) is accepted, or refused with MANIFEST_BLOB_UNKNOWN',
    level: 'MAY',
    spec: PUSH,
    async run(ctx) {
      const content = distributionContent(ctx.runId);
      const manifest = content.nonDistributable;
      const blobs = await pushBlobsFirst(ctx, ctx.repo, manifest.blobs);
      if (blobs) return blobs;
      const put = await ctx.client.putManifest(ctx.repo, ctx.tag('non-distributable'), manifest.bytes, manifest.mediaType);
      if (put.status === 201) {
        ctx.cleanup.add({ kind: 'manifest', repo: ctx.repo, digest: manifest.digest });
        return pass('accepted a manifest referencing a foreign (non-distributable) layer');
      }
      if (errorCodes(put).includes('MANIFEST_BLOB_UNKNOWN')) return unsupported(`refuses references to layers it does not hold (${describe(put)}), as the spec allows`);
      // The MUST binds a rejection *for a missing blob*. Tell that apart from a refusal for another
      // reason: the same manifest, with the layer pushed, in a repository of its own.
      const repo = isolatedRepo(ctx, 'non-distributable-control');
      const control = await pushBlobsFirst(ctx, repo, [...manifest.blobs, content.nonDistributableLayer]);
      if (control) return control;
      const again = await ctx.client.putManifest(repo, manifest.digest, manifest.bytes, manifest.mediaType);
      if (again.status === 201) {
        ctx.cleanup.add({ kind: 'manifest', repo, digest: manifest.digest });
        return fail(`refused with ${describe(put)}, but accepted once the layer was pushed: a rejection for a missing blob MUST carry MANIFEST_BLOB_UNKNOWN`);
      }
      return unsupported(`refuses non-distributable layers even when they are present (${describe(again)}): not a missing-blob rejection, and such layers are deprecated`);
    },
  },
  {
    id: 'push.manifest.large',
    suite: 'push',
    title: 'A manifest of 4,000,000 bytes is accepted; one over a 4 MiB limit is accepted or refused with 413',
    level: 'SHOULD',
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const content = distributionContent(ctx.runId);
      const manifest = content.largeManifest;
      const blobs = await pushBlobsFirst(ctx, ctx.repo, manifest.blobs);
      if (blobs) return blobs;
      // "at least 4 megabytes": decimal, so exactly 4,000,000 bytes must fit.
      const put = await ctx.client.putManifest(ctx.repo, manifest.digest, manifest.bytes, manifest.mediaType);
      if (put.status !== 201) return warn(`a ${manifest.size}-byte manifest refused with ${describe(put)}: registries SHOULD accept at least 4 MB`);
      ctx.cleanup.add({ kind: 'manifest', repo: ctx.repo, digest: manifest.digest });
      const got = await ctx.client.getManifest(ctx.repo, manifest.digest);
      if (!sameBytes(got.body, manifest.bytes)) return fail(`accepted the ${manifest.size}-byte manifest but does not return it unchanged (${describe(got)})`);
      // Over a 4 MiB cap: a registry that enforces a limit SHOULD answer 413 — exactly what it asks.
      const over = content.overLimitManifest;
      const putOver = await ctx.client.putManifest(ctx.repo, over.digest, over.bytes, over.mediaType);
      if (putOver.status === 201) {
        ctx.cleanup.add({ kind: 'manifest', repo: ctx.repo, digest: over.digest });
        return pass(`${manifest.size} and ${over.size} bytes both accepted; the first returned unchanged`);
      }
      if (putOver.status === 413) return pass(`${manifest.size} bytes accepted and returned unchanged; ${over.size} bytes refused with 413, as a limit should be`);
      return warn(`${manifest.size} bytes accepted, but ${over.size} bytes refused with ${describe(putOver)}: a size limit SHOULD answer 413`);
    },
  },
  {
    id: 'push.manifest.tag-query',
    suite: 'push',
    title: 'PUT by digest with ?tag= parameters creates the tags and lists them in OCI-Tag',
    level: 'MAY',
    since: 'main',
    spec: distributionMain('Pushing Manifests'),
    async run(ctx) {
      const manifest = uniqueImage(ctx, 'tag-query');
      const blobs = await pushBlobsFirst(ctx, ctx.repo, manifest.blobs);
      if (blobs) return blobs;
      const tags = [ctx.tag('tq-1'), ctx.tag('tq-2')];
      const put = await ctx.client.putManifest(ctx.repo, manifest.digest, manifest.bytes, manifest.mediaType, tags);
      if (put.status !== 201) return fail(`PUT by digest with ?tag=: expected 201, got ${describe(put)}`);
      ctx.cleanup.add({ kind: 'manifest', repo: ctx.repo, digest: manifest.digest });
      const announced = (header(put, 'oci-tag') ?? '').split(',').map((t) => t.trim()).filter(Boolean);
      const resolved: string[] = [];
      for (const tag of tags) if ((await ctx.client.headManifest(ctx.repo, tag)).status === 200) resolved.push(tag);
      if (resolved.length === 0 && announced.length === 0) return unsupported('tag query parameters are ignored (no tag created, no OCI-Tag header)');
      const unannounced = resolved.filter((t) => !announced.includes(t));
      if (unannounced.length) return fail(`tags ${unannounced.join(', ')} were created but not listed in OCI-Tag`);
      const phantom = announced.filter((t) => !resolved.includes(t));
      if (phantom.length) return fail(`OCI-Tag lists ${phantom.join(', ')}, which do not resolve`);
      return pass(`both tags created and announced in OCI-Tag`);
    },
  },
]);

async function judgeManifestPut(ctx: CheckContext, put: HttpResponse, manifest: Manifest, reference: string): Promise<Verdict> {
  const wrong = unexpectedStatus(put, [201], `PUT manifest ${reference}`);
  if (wrong) return fail(wrong);
  ctx.cleanup.add({ kind: 'manifest', repo: ctx.repo, digest: manifest.digest });
  if (!header(put, 'location')) return fail('201 without a Location header');
  const digest = header(put, 'docker-content-digest');
  if (digest !== undefined && digest !== manifest.digest) return fail(`Docker-Content-Digest ${digest}, the pushed manifest is ${manifest.digest}`);
  const got = await ctx.client.getManifest(ctx.repo, reference);
  if (got.status !== 200 || !sameBytes(got.body, manifest.bytes)) return fail(`after the 201, GET ${reference} answers ${describe(got)} with ${bodyDigest(got)}`);
  return pass(`201 + Location${digest ? `, Docker-Content-Digest ${digest}` : ''}; pullable by ${reference === manifest.digest ? 'digest' : 'tag'}`);
}

/**
 * Pushes the blobs a manifest references before the manifest itself. They are the check's
 * fixture, not its subject: a refusal is a failed precondition (`skip`), or, where the check is
 * about that kind of blob (`refusedMeans`), an optional feature the registry lacks.
 */
async function pushBlobsFirst(ctx: CheckContext, repo: string, blobs: Blob[], refusedMeans?: string): Promise<Verdict | undefined> {
  for (const blob of blobs) {
    const outcome = await pushBlob(ctx.client, repo, blob, ctx.cleanup);
    if (outcome.ok) continue;
    // 400 DIGEST_INVALID, 404 or 415: the ways registries refuse a digest algorithm they lack.
    const refused = outcome.response !== undefined && [400, 404, 415].includes(outcome.response.status);
    if (refusedMeans && refused) return unsupported(`${refusedMeans}: ${outcome.message}`);
    return skip(`precondition failed: could not push blob ${blob.digest} the manifest references: ${outcome.message}`);
  }
  return undefined;
}

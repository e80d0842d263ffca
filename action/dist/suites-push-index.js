import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  distribution,
  distributionMain
} from "./chunk-suites-spec.js";
import {
  blobOf,
  bodyDigest,
  describe,
  descriptorOf,
  distributionContent,
  errorCodes,
  header,
  imageManifest,
  isolatedRepo,
  mediaTypeOf,
  putInPlace,
  sameBytes,
  seededBytes,
  unexpectedStatus,
  uniqueImage
} from "./chunk-src-oci-catalogue.js";
import {
  PreconditionFailed,
  broken,
  defineChecks,
  fail,
  pass,
  pushBlob,
  skip,
  unsupported,
  warn
} from "./chunk-src-registry-push.js";
import {
  MEDIA_TYPES,
  digestOf
} from "./chunk-src-oci-digest.js";
import "./chunk-runtime.js";

// suites/push/shared.ts
var MONOLITHIC = distribution("POST then PUT");
var SINGLE_POST = distribution("Single POST");
var CHUNKED = distribution("Pushing a blob in chunks");
var MOUNT = distribution("Mounting a blob from another repository");
var PUSHING_MANIFESTS = distribution("Pushing Manifests");
var PUSH = distribution("Push");
function seededBlob(ctx, purpose, size, algorithm = "sha256") {
  return blobOf(seededBytes(`oci-matrix/v1/push/${ctx.runId}/${purpose}`, size), MEDIA_TYPES.octetStream, algorithm);
}
async function verifyStored(ctx, repo, blob) {
  const got = await ctx.client.getBlob(repo, blob.digest);
  if (got.status !== 200) return `upload reported success, but GET ${blob.digest} answers ${describe(got)}`;
  if (bodyDigest(got, blob.digest.startsWith("sha512:") ? "sha512" : "sha256") !== blob.digest) {
    return `upload reported success, but the stored blob differs (${got.body.byteLength} bytes, ${bodyDigest(got)})`;
  }
  return void 0;
}
async function openSession(ctx, repo = ctx.repo) {
  const response = await ctx.client.startUpload(repo);
  const wrong = unexpectedStatus(response, [202], `POST /v2/${repo}/blobs/uploads/`);
  if (wrong) return fail(wrong);
  const location = ctx.client.resolveLocation(response);
  if (!location) return fail("POST /blobs/uploads/ answered 202 without a Location header");
  return { location, response };
}
function isVerdict(x) {
  return typeof x === "object" && x !== null && "status" in x && "message" in x;
}
function chunkSizeFor(ctx, session) {
  const published = Number(header(session, "oci-chunk-min-length") ?? 0);
  return Math.max(256 * 1024, published || 0, ctx.limits.chunkMinLength ?? 0);
}
async function openChunkedUpload(ctx, purpose, size) {
  const session = await openSession(ctx);
  if (isVerdict(session)) return session;
  const chunk = chunkSizeFor(ctx, session.response);
  return { ...session, chunk, blob: seededBlob(ctx, `${purpose}-${chunk}`, size(chunk)) };
}
function rangeEnd(response) {
  const match = /^(?:bytes=)?0-(\d+)$/.exec(header(response, "range")?.trim() ?? "");
  return match ? Number(match[1]) : void 0;
}
async function patchChunk(ctx, location, blob, start, end) {
  const chunk = blob.bytes.subarray(start, end + 1);
  return ctx.client.patchUpload(location, chunk, chunk.byteLength, `${start}-${end}`);
}
function skipFor(message) {
  return { status: "skip", message: `precondition failed: ${message}` };
}
async function pushBlobFresh(ctx, blob) {
  const session = await openSession(ctx);
  if (isVerdict(session)) return session.message;
  const put = await ctx.client.completeUpload(session.location, blob.digest, { body: blob.bytes, size: blob.size });
  if (put.status !== 201) return `PUT ?digest=${blob.digest}: expected 201, got ${describe(put)}`;
  ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: blob.digest });
  return void 0;
}

// suites/push/uploads.ts
var uploadChecks = defineChecks([
  {
    id: "push.blob.post-put",
    suite: "push",
    title: "Monolithic upload: POST opens a session (202 + Location), PUT ?digest= completes it (201 + Location)",
    level: "MUST",
    spec: MONOLITHIC,
    async run(ctx) {
      const blob = seededBlob(ctx, "post-put", 8 * 1024 + 7);
      const session = await openSession(ctx);
      if (isVerdict(session)) return session;
      const put = await ctx.client.completeUpload(session.location, blob.digest, { body: blob.bytes, size: blob.size });
      const wrong = unexpectedStatus(put, [201], `PUT upload ?digest=${blob.digest}`);
      if (wrong) return fail(wrong);
      ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: blob.digest });
      if (!header(put, "location")) return fail("PUT completing the upload answered 201 without a Location header");
      const stored = await verifyStored(ctx, ctx.repo, blob);
      return stored ? fail(stored) : pass(`202 + Location, then 201 + Location; ${blob.size} bytes stored intact`);
    }
  },
  {
    id: "push.blob.single-post",
    suite: "push",
    title: "Single-POST upload (201), or the 202 fallback to POST-then-PUT",
    level: "MAY",
    limit: "singlePostUpload",
    spec: SINGLE_POST,
    async run(ctx) {
      const blob = seededBlob(ctx, "single-post", 5 * 1024 + 3);
      const post = await ctx.client.singlePostUpload(ctx.repo, blob.digest, blob.bytes, blob.size);
      if (post.status === 201) {
        ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: blob.digest });
        if (!header(post, "location")) return fail("single POST answered 201 without a Location header");
        const stored = await verifyStored(ctx, ctx.repo, blob);
        return stored ? fail(stored) : pass("201 + Location; blob stored intact");
      }
      if (post.status !== 202) return warn(`single POST: expected 201, or 202 when unsupported; got ${describe(post)}`);
      const location = ctx.client.resolveLocation(post);
      if (!location) return warn("single POST unsupported and its 202 carries no Location, so clients cannot fall back");
      const put = await ctx.client.completeUpload(location, blob.digest, { body: blob.bytes, size: blob.size });
      if (put.status !== 201) return fail(`fallback PUT after the 202: expected 201, got ${describe(put)}`);
      ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: blob.digest });
      return unsupported("single-POST upload not supported; the 202 fallback to POST-then-PUT works as the spec asks");
    }
  },
  {
    id: "push.blob.chunked",
    suite: "push",
    title: "Chunked upload: PATCH chunks (202, Location, Range), closing PUT (201)",
    level: "MUST",
    limit: "chunkedUpload",
    spec: CHUNKED,
    async run(ctx) {
      const session = await openChunkedUpload(ctx, "chunked", (chunk2) => chunk2 * 2 + 1e3);
      if (isVerdict(session)) return session;
      const { chunk, blob } = session;
      let location = session.location;
      let offset = 0;
      while (offset < blob.size) {
        const end = Math.min(offset + chunk, blob.size) - 1;
        const patch = await patchChunk(ctx, location, blob, offset, end);
        const wrong2 = unexpectedStatus(patch, [202], `PATCH chunk ${offset}-${end}`);
        if (wrong2) return fail(wrong2);
        const next = ctx.client.resolveLocation(patch);
        if (!next) return fail(`PATCH chunk ${offset}-${end}: 202 without a Location header`);
        if (rangeEnd(patch) !== end) return fail(`PATCH chunk ${offset}-${end}: Range header "${header(patch, "range") ?? "(none)"}", expected "0-${end}"`);
        location = next;
        offset = end + 1;
      }
      const put = await ctx.client.completeUpload(location, blob.digest);
      const wrong = unexpectedStatus(put, [201], "closing PUT ?digest=");
      if (wrong) return fail(wrong);
      ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: blob.digest });
      if (!header(put, "location")) return fail("closing PUT answered 201 without a Location header");
      const stored = await verifyStored(ctx, ctx.repo, blob);
      return stored ? fail(stored) : pass(`${Math.ceil(blob.size / chunk)} chunks of ${chunk} bytes; blob stored intact`);
    }
  },
  {
    id: "push.blob.chunked.min-length",
    suite: "push",
    title: "A registry with a minimum chunk size publishes it in OCI-Chunk-Min-Length",
    level: "SHOULD",
    since: "1.1",
    limit: "chunkedUpload",
    spec: CHUNKED,
    async run(ctx) {
      const session = await openSession(ctx);
      if (isVerdict(session)) return session;
      await ctx.client.cancelUpload(session.location).catch(() => void 0);
      const published = header(session.response, "oci-chunk-min-length");
      const configured = ctx.limits.chunkMinLength;
      if (published !== void 0 && !/^\d+$/.test(published)) return fail(`OCI-Chunk-Min-Length "${published}" is not a byte count`);
      if (configured && published === void 0) return broken(ctx.level, `the registry needs chunks of ${configured} bytes (limits.chunkMinLength) but does not publish OCI-Chunk-Min-Length`);
      return pass(published ? `OCI-Chunk-Min-Length: ${published} (honoured by the chunked checks)` : "no minimum chunk size published, none configured");
    }
  },
  {
    id: "push.blob.chunked.out-of-order",
    suite: "push",
    title: "A chunk that does not start where the last one ended is refused with 416",
    level: "MUST",
    limit: "chunkedUpload",
    spec: CHUNKED,
    async run(ctx) {
      const session = await openChunkedUpload(ctx, "out-of-order", (chunk2) => chunk2 * 3);
      if (isVerdict(session)) return session;
      const { chunk, blob } = session;
      const first = await patchChunk(ctx, session.location, blob, 0, chunk - 1);
      const wrongFirst = unexpectedStatus(first, [202], `PATCH first chunk 0-${chunk - 1}`);
      if (wrongFirst) return fail(wrongFirst);
      const location = ctx.client.resolveLocation(first) ?? session.location;
      const skipped = await patchChunk(ctx, location, blob, 2 * chunk, 3 * chunk - 1);
      await ctx.client.cancelUpload(ctx.client.resolveLocation(skipped) ?? location).catch(() => void 0);
      if (skipped.status === 416) return pass(`out-of-order chunk ${2 * chunk}-${3 * chunk - 1} refused with 416`);
      return fail(`out-of-order chunk ${2 * chunk}-${3 * chunk - 1} after 0-${chunk - 1}: expected 416, got ${describe(skipped)}`);
    }
  },
  {
    id: "push.blob.upload-status",
    suite: "push",
    title: "GET on an upload session answers 204 with Location and Range",
    level: "MUST",
    limit: "chunkedUpload",
    spec: CHUNKED,
    async run(ctx) {
      const session = await openChunkedUpload(ctx, "status", (chunk2) => chunk2 + 512);
      if (isVerdict(session)) return session;
      const { chunk, blob } = session;
      const patch = await patchChunk(ctx, session.location, blob, 0, chunk - 1);
      const wrongPatch = unexpectedStatus(patch, [202], "PATCH first chunk");
      if (wrongPatch) return fail(wrongPatch);
      const location = ctx.client.resolveLocation(patch) ?? session.location;
      const status = await ctx.client.uploadStatus(location);
      const verdict = (() => {
        const wrong = unexpectedStatus(status, [204], "GET upload status");
        if (wrong) return fail(wrong);
        if (!header(status, "location")) return fail("upload status 204 without a Location header");
        if (rangeEnd(status) !== chunk - 1) return fail(`upload status Range "${header(status, "range") ?? "(none)"}", expected "0-${chunk - 1}"`);
        return pass(`204 with Location and Range 0-${chunk - 1}`);
      })();
      const rest = blob.bytes.subarray(chunk);
      const put = await ctx.client.completeUpload(ctx.client.resolveLocation(status) ?? location, blob.digest, {
        body: rest,
        size: rest.byteLength,
        range: `${chunk}-${blob.size - 1}`
      });
      if (put.status === 201) ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: blob.digest });
      else await ctx.client.cancelUpload(location).catch(() => void 0);
      return verdict;
    }
  },
  {
    id: "push.blob.cancel",
    suite: "push",
    title: "DELETE on an upload session cancels it",
    level: "MAY",
    spec: CHUNKED,
    async run(ctx) {
      const session = await openSession(ctx);
      if (isVerdict(session)) return session;
      const cancel = await ctx.client.cancelUpload(session.location);
      if (cancel.status === 404 || cancel.status === 405 || cancel.status === 400) {
        return unsupported(`cancelling an upload is not supported (DELETE answered ${describe(cancel)})`);
      }
      if (cancel.status < 200 || cancel.status > 299) return warn(`DELETE upload session: expected 204, got ${describe(cancel)}`);
      const after = await ctx.client.uploadStatus(session.location);
      if (after.status === 204) return warn(`DELETE answered ${cancel.status}, but the session still answers 204 afterwards`);
      return pass(`DELETE ${cancel.status}; the session then answers ${describe(after)}`);
    }
  },
  {
    id: "push.blob.digest-mismatch",
    suite: "push",
    title: "A blob whose bytes do not match the ?digest= is refused (400 DIGEST_INVALID)",
    level: "MUST",
    spec: MONOLITHIC,
    async run(ctx) {
      const blob = seededBlob(ctx, "digest-mismatch", 4096);
      const claimed = digestOf(seededBytes(`oci-matrix/v1/push/${ctx.runId}/digest-mismatch-other`, 4096));
      const session = await openSession(ctx);
      if (isVerdict(session)) return session;
      const put = await ctx.client.completeUpload(session.location, claimed, { body: blob.bytes, size: blob.size });
      if (put.status === 400) {
        const codes = errorCodes(put);
        return codes.length === 0 || codes.includes("DIGEST_INVALID") ? pass(`400${codes.length ? ` ${codes.join(", ")}` : ""}`) : warn(`refused with 400, but with ${codes.join(", ")} rather than DIGEST_INVALID`);
      }
      if (put.status >= 200 && put.status < 300) {
        ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: claimed });
        const served = await ctx.client.getBlob(ctx.repo, claimed);
        if (served.status === 200) return fail(`accepted (${put.status}) and serves ${claimed} with bytes hashing to ${bodyDigest(served)}`);
        return fail(`accepted bytes that do not match ${claimed} with ${put.status}`);
      }
      return warn(`refused, but with ${describe(put)} rather than 400 DIGEST_INVALID`);
    }
  }
]);

// suites/push/blobs.ts
var blobChecks = defineChecks([
  {
    id: "push.blob.mount",
    suite: "push",
    title: "Cross-repository mount with from= answers 201 and the blob is then in the target",
    level: "MAY",
    limit: "mount",
    spec: MOUNT,
    async run(ctx) {
      const shared = sameRepository(ctx);
      if (shared) return shared;
      const blob = seededBlob(ctx, "mount-from", 6e3);
      const seeded = await pushBlob(ctx.client, ctx.mountRepo, blob, ctx.cleanup);
      if (!seeded.ok) return skipFor(`could not push the source blob to ${ctx.mountRepo}: ${seeded.message}`);
      const mount = await ctx.client.mountBlob(ctx.repo, blob.digest, ctx.mountRepo);
      return judgeMount(ctx, mount, blob, `from ${ctx.mountRepo}`);
    }
  },
  {
    id: "push.blob.mount.anonymous",
    suite: "push",
    title: "Mount without from= (the registry finds the blob itself)",
    level: "MAY",
    since: "1.1",
    limit: "anonymousMount",
    spec: MOUNT,
    async run(ctx) {
      const shared = sameRepository(ctx);
      if (shared) return shared;
      const blob = seededBlob(ctx, "mount-anonymous", 6100);
      const seeded = await pushBlob(ctx.client, ctx.mountRepo, blob, ctx.cleanup);
      if (!seeded.ok) return skipFor(`could not push the source blob to ${ctx.mountRepo}: ${seeded.message}`);
      const mount = await ctx.client.mountBlob(ctx.repo, blob.digest);
      return judgeMount(ctx, mount, blob, "without from");
    }
  },
  {
    id: "push.blob.mount.unknown",
    suite: "push",
    title: "Mounting a blob that does not exist opens an upload session (202)",
    level: "SHOULD",
    spec: MOUNT,
    async run(ctx) {
      const absent = digestOf(seededBytes("oci-matrix/v1/push/never-pushed", 64));
      const mount = await ctx.client.mountBlob(ctx.repo, absent, ctx.mountRepo);
      const location = ctx.client.resolveLocation(mount);
      if (location && mount.status === 202) await ctx.client.cancelUpload(location).catch(() => void 0);
      if (mount.status === 202) return pass("202: an upload session instead of a mount");
      if (mount.status === 201) return fail(`201 for a blob that exists nowhere (${absent})`);
      return broken(ctx.level, `expected 202, got ${describe(mount)}`);
    }
  },
  {
    id: "push.blob.empty",
    suite: "push",
    title: "The zero-byte blob can be pushed and pulled",
    level: "MUST",
    spec: MONOLITHIC,
    async run(ctx) {
      const blob = distributionContent(ctx.runId).emptyBlob;
      const outcome = await pushBlobFresh(ctx, blob);
      if (outcome) return fail(outcome);
      const got = await ctx.client.getBlob(ctx.repo, blob.digest);
      if (got.status !== 200 || got.body.byteLength !== 0) return fail(`GET the empty blob: ${describe(got)} with ${got.body.byteLength} bytes`);
      return pass(`pushed and pulled ${blob.digest} (0 bytes)`);
    }
  },
  {
    id: "push.blob.sha512",
    suite: "push",
    title: "A sha512-addressed blob is stored and served under its sha512 digest",
    level: "MAY",
    spec: MONOLITHIC,
    async run(ctx) {
      const blob = seededBlob(ctx, "sha512", 3e3, "sha512");
      const session = await openSession(ctx);
      if (isVerdict(session)) return session;
      const put = await ctx.client.completeUpload(session.location, blob.digest, { body: blob.bytes, size: blob.size });
      if (put.status === 400 || put.status === 404 || put.status === 415) {
        return unsupported(`sha512 digests are refused (${describe(put)}): an optional algorithm`);
      }
      if (put.status !== 201) return fail(`PUT ?digest=sha512:…: expected 201 (or 400 when unsupported), got ${describe(put)}`);
      ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: blob.digest });
      const stored = await verifyStored(ctx, ctx.repo, blob);
      if (stored) return fail(`${stored} (a 201 promises a pullable blob URL)`);
      const served = header(await ctx.client.headBlob(ctx.repo, blob.digest), "docker-content-digest");
      return pass(`201; served under ${blob.digest}${served && served !== blob.digest ? ` (Docker-Content-Digest ${served})` : ""}`);
    }
  },
  {
    id: "push.blob.digest-algorithm",
    suite: "push",
    title: "POST ?digest-algorithm=sha512 opens a session for a sha512 blob",
    level: "MAY",
    since: "main",
    spec: distributionMain("Pushing a blob in chunks"),
    async run(ctx) {
      const blob = seededBlob(ctx, "digest-algorithm", 2500, "sha512");
      const post = await ctx.client.startUpload(ctx.repo, { "digest-algorithm": "sha512" });
      if (post.status === 400) return unsupported(`digest-algorithm=sha512 refused: ${describe(post)}`);
      const location = ctx.client.resolveLocation(post);
      if (post.status !== 202 || !location) return fail(`POST ?digest-algorithm=sha512: expected 202 + Location, got ${describe(post)}`);
      const put = await ctx.client.completeUpload(location, blob.digest, { body: blob.bytes, size: blob.size });
      if (put.status === 400) return unsupported(`sha512 upload refused at PUT: ${describe(put)}`);
      if (put.status !== 201) return fail(`PUT ?digest=sha512:…: expected 201, got ${describe(put)}`);
      ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: blob.digest });
      const stored = await verifyStored(ctx, ctx.repo, blob);
      return stored ? fail(stored) : pass("sha512 session opened, blob stored under its sha512 digest");
    }
  }
]);
function sameRepository(ctx) {
  if (ctx.mountRepo !== ctx.repo) return void 0;
  return skip(`the mount source would be the target repository ${ctx.repo} itself (repositories are shared: limits.createRepository is false): configure mountRepository, a second repository these credentials may push to`);
}
async function judgeMount(ctx, mount, blob, how) {
  if (mount.status === 202) {
    const location = ctx.client.resolveLocation(mount);
    if (location) await ctx.client.cancelUpload(location).catch(() => void 0);
    return unsupported(`mount ${how} not performed: 202 opens an upload session instead (allowed)`);
  }
  if (mount.status !== 201) return warn(`mount ${how}: expected 201 (or 202 to fall back to an upload), got ${describe(mount)}`);
  ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: blob.digest });
  if (!header(mount, "location")) return fail(`mount ${how}: 201 without a Location header`);
  const head = await ctx.client.headBlob(ctx.repo, blob.digest);
  if (head.status !== 200) return fail(`mount ${how} answered 201, but HEAD in ${ctx.repo} answers ${describe(head)}`);
  return pass(`201 + Location; the blob is now in ${ctx.repo}`);
}

// suites/push/manifests.ts
function manifestRoundTrip(id, title, content, options = {}) {
  return {
    id,
    suite: "push",
    title,
    level: options.level ?? "MUST",
    since: options.since,
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const manifest = content(ctx);
      const repo = isolatedRepo(ctx, id.split(".").pop());
      const blobs = await pushBlobsFirst(ctx, repo, manifest.blobs, options.refusedBlobs);
      if (blobs) return blobs;
      for (const child of manifest.manifests) await putInPlace(ctx, child, child.digest, repo);
      const put = await ctx.client.putManifest(repo, manifest.digest, manifest.bytes, manifest.mediaType);
      if (put.status !== 201) {
        const message = `PUT manifest by digest: expected 201, got ${describe(put)}`;
        return ctx.level === "MAY" ? unsupported(`${message} (optional content)`) : broken(ctx.level, message);
      }
      ctx.cleanup.add({ kind: "manifest", repo, digest: manifest.digest });
      const got = await ctx.client.getManifest(repo, manifest.digest);
      if (got.status !== 200) return fail(`pushed manifest: GET by digest answers ${describe(got)}`);
      if (!sameBytes(got.body, manifest.bytes)) return fail(`stored manifest differs from the pushed bytes (${bodyDigest(got)} vs ${manifest.digest})`);
      return pass(`201; pulled back byte for byte (${manifest.digest})`);
    }
  };
}
var manifestChecks = defineChecks([
  {
    id: "push.manifest.by-tag",
    suite: "push",
    title: "PUT a manifest by tag: 201, Location, Docker-Content-Digest equal to the pushed digest",
    level: "MUST",
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const manifest = uniqueImage(ctx, "put-by-tag");
      const blobs = await pushBlobsFirst(ctx, ctx.repo, manifest.blobs);
      if (blobs) return blobs;
      const tag = ctx.tag("put-by-tag");
      const put = await ctx.client.putManifest(ctx.repo, tag, manifest.bytes, manifest.mediaType);
      return judgeManifestPut(ctx, put, manifest, tag);
    }
  },
  {
    id: "push.manifest.by-digest",
    suite: "push",
    title: "PUT a manifest by digest: 201, Location, Docker-Content-Digest equal to the pushed digest",
    level: "MUST",
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const manifest = uniqueImage(ctx, "put-by-digest");
      const blobs = await pushBlobsFirst(ctx, ctx.repo, manifest.blobs);
      if (blobs) return blobs;
      const put = await ctx.client.putManifest(ctx.repo, manifest.digest, manifest.bytes, manifest.mediaType);
      return judgeManifestPut(ctx, put, manifest, manifest.digest);
    }
  },
  {
    id: "push.manifest.byte-exact",
    suite: "push",
    title: "A manifest is stored in the exact bytes pushed (unusual whitespace and key order kept)",
    level: "MUST",
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const base = distributionContent(ctx.runId).image;
      const json = base.json;
      const reordered = Object.fromEntries(Object.entries(json).reverse());
      const bytes = new TextEncoder().encode(`${JSON.stringify(reordered, null, 3)}
`);
      const manifest = { ...base, bytes, digest: digestOf(bytes), size: bytes.byteLength };
      await putInPlace(ctx, manifest, ctx.tag("byte-exact"));
      const got = await ctx.client.getManifest(ctx.repo, manifest.digest);
      if (got.status !== 200) return fail(`GET by digest after the push: ${describe(got)}`);
      if (!sameBytes(got.body, bytes)) return fail(`stored bytes differ: pushed ${bytes.byteLength} bytes (${manifest.digest}), got ${got.body.byteLength} bytes (${bodyDigest(got)})`);
      return pass(`pretty-printed manifest (${bytes.byteLength} bytes) returned unchanged`);
    }
  },
  {
    id: "push.manifest.content-type-parameters",
    suite: "push",
    title: "Parameters on a manifest PUT's Content-Type are ignored: the push succeeds and the media type is served without them",
    level: "SHOULD",
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const manifest = uniqueImage(ctx, "content-type-parameters");
      for (const blob of manifest.blobs) {
        const outcome = await pushBlob(ctx.client, ctx.repo, blob, ctx.cleanup);
        if (!outcome.ok) throw new PreconditionFailed(`precondition failed: pushing the manifest's blobs: ${outcome.message}`);
      }
      const contentType = `${manifest.mediaType}; charset=utf-8`;
      const put = await ctx.client.putManifest(ctx.repo, manifest.digest, manifest.bytes, contentType);
      if (put.status !== 201) return broken(ctx.level, `PUT with Content-Type "${contentType}": expected 201, got ${describe(put)}`);
      ctx.cleanup.add({ kind: "manifest", repo: ctx.repo, digest: manifest.digest });
      const got = await ctx.client.getManifest(ctx.repo, manifest.digest);
      if (got.status !== 200) return fail(`GET by digest after the push: ${describe(got)}`);
      if (!sameBytes(got.body, manifest.bytes)) return fail(`stored bytes differ from the ${manifest.size} bytes pushed`);
      if (mediaTypeOf(got) !== manifest.mediaType) return broken(ctx.level, `served as "${header(got, "content-type")}": the parameters were not ignored`);
      return pass(`"${contentType}" accepted; served as ${manifest.mediaType}`);
    }
  },
  {
    id: "push.manifest.tag-overwrite",
    suite: "push",
    title: "Pushing another manifest to an existing tag moves the tag",
    level: "MUST",
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const first = uniqueImage(ctx, "overwrite-first");
      const second = uniqueImage(ctx, "overwrite-second");
      const tag = ctx.tag("overwrite");
      await putInPlace(ctx, first, tag);
      await putInPlace(ctx, second, tag);
      const got = await ctx.client.getManifest(ctx.repo, tag);
      if (got.status !== 200) return fail(`GET ${tag} after the overwrite: ${describe(got)}`);
      if (sameBytes(got.body, first.bytes)) return fail(`the tag still points at the first manifest (${first.digest}) after pushing ${second.digest}`);
      if (!sameBytes(got.body, second.bytes)) return fail(`the tag points at neither pushed manifest (${bodyDigest(got)})`);
      return pass(`tag moved from ${first.digest} to ${second.digest}`);
    }
  },
  {
    id: "push.manifest.blob-unknown",
    suite: "push",
    title: "A manifest referencing a missing blob is accepted, or refused with MANIFEST_BLOB_UNKNOWN",
    level: "MUST",
    spec: PUSH,
    async run(ctx) {
      const image = uniqueImage(ctx, "blob-unknown");
      const [config, layer] = image.blobs;
      const blobs = await pushBlobsFirst(ctx, ctx.repo, [config]);
      if (blobs) return blobs;
      const put = await ctx.client.putManifest(ctx.repo, image.digest, image.bytes, image.mediaType);
      if (put.status === 201) {
        ctx.cleanup.add({ kind: "manifest", repo: ctx.repo, digest: image.digest });
        return pass(`accepted a manifest whose layer ${layer.digest} is missing (registries MAY reject, need not)`);
      }
      const codes = errorCodes(put);
      if (put.status >= 400 && put.status < 500 && codes.includes("MANIFEST_BLOB_UNKNOWN")) return pass(`refused with ${describe(put)}`);
      return fail(`refused with ${describe(put)}: a rejection for a missing blob MUST carry MANIFEST_BLOB_UNKNOWN`);
    }
  },
  {
    id: "push.manifest.subject-missing",
    suite: "push",
    title: "A manifest whose subject does not exist yet is accepted",
    level: "MUST",
    since: "1.1",
    spec: PUSH,
    async run(ctx) {
      const content = distributionContent(ctx.runId);
      const ghost = uniqueImage(ctx, "never-pushed-subject");
      const own = uniqueImage(ctx, "subject-missing");
      const referrer = imageManifest({ config: own.blobs[0], layers: own.blobs.slice(1), subject: descriptorOf(ghost) });
      const blobs = await pushBlobsFirst(ctx, ctx.repo, referrer.blobs);
      if (blobs) return blobs;
      const put = await ctx.client.putManifest(ctx.repo, referrer.digest, referrer.bytes, referrer.mediaType);
      if (put.status === 201) {
        ctx.cleanup.add({ kind: "manifest", repo: ctx.repo, digest: referrer.digest });
        return pass("201 for a manifest whose subject is not in the repository");
      }
      return fail(`a manifest with a missing subject MUST initially be accepted; got ${describe(put)}`);
    }
  },
  manifestRoundTrip("push.manifest.index", "An image index is accepted after its manifests", (ctx) => distributionContent(ctx.runId).roundTripIndex),
  // image-spec, Image Index: "implementations SHOULD support" the nested index media type.
  manifestRoundTrip("push.manifest.nested-index", "An index that contains an index is accepted", (ctx) => distributionContent(ctx.runId).nestedIndex, { level: "SHOULD" }),
  manifestRoundTrip("push.manifest.custom-fields", "A manifest with unknown fields and annotations is accepted unchanged", (ctx) => distributionContent(ctx.runId).customFields),
  manifestRoundTrip("push.manifest.data-field", 'A manifest whose descriptor embeds its content in "data" is accepted', (ctx) => distributionContent(ctx.runId).dataField),
  // Pushing Manifests: "the list of blobs MAY be empty", and image-spec: "For portability, `layers`
  // SHOULD have at least one entry" — accepting one is a SHOULD at most, not a MUST.
  manifestRoundTrip("push.manifest.no-layers", "A manifest with an empty layers list is accepted", (ctx) => distributionContent(ctx.runId).noLayers, { level: "SHOULD" }),
  manifestRoundTrip("push.manifest.sha512", "A sha512-addressed image (blobs and descriptors) is accepted", (ctx) => distributionContent(ctx.runId).sha512Image, {
    level: "MAY",
    // Its blobs are sha512 too: a registry that refuses them refuses sha512, an optional algorithm.
    refusedBlobs: "sha512 digests are refused (an optional algorithm)"
  }),
  {
    id: "push.manifest.non-distributable",
    suite: "push",
    title: "A manifest with a non-distributable layer (not pushed) is accepted, or refused with MANIFEST_BLOB_UNKNOWN",
    level: "MAY",
    spec: PUSH,
    async run(ctx) {
      const content = distributionContent(ctx.runId);
      const manifest = content.nonDistributable;
      const blobs = await pushBlobsFirst(ctx, ctx.repo, manifest.blobs);
      if (blobs) return blobs;
      const put = await ctx.client.putManifest(ctx.repo, ctx.tag("non-distributable"), manifest.bytes, manifest.mediaType);
      if (put.status === 201) {
        ctx.cleanup.add({ kind: "manifest", repo: ctx.repo, digest: manifest.digest });
        return pass("accepted a manifest referencing a foreign (non-distributable) layer");
      }
      if (errorCodes(put).includes("MANIFEST_BLOB_UNKNOWN")) return unsupported(`refuses references to layers it does not hold (${describe(put)}), as the spec allows`);
      const repo = isolatedRepo(ctx, "non-distributable-control");
      const control = await pushBlobsFirst(ctx, repo, [...manifest.blobs, content.nonDistributableLayer]);
      if (control) return control;
      const again = await ctx.client.putManifest(repo, manifest.digest, manifest.bytes, manifest.mediaType);
      if (again.status === 201) {
        ctx.cleanup.add({ kind: "manifest", repo, digest: manifest.digest });
        return fail(`refused with ${describe(put)}, but accepted once the layer was pushed: a rejection for a missing blob MUST carry MANIFEST_BLOB_UNKNOWN`);
      }
      return unsupported(`refuses non-distributable layers even when they are present (${describe(again)}): not a missing-blob rejection, and such layers are deprecated`);
    }
  },
  {
    id: "push.manifest.large",
    suite: "push",
    title: "A manifest of 4,000,000 bytes is accepted; one over a 4 MiB limit is accepted or refused with 413",
    level: "SHOULD",
    spec: PUSHING_MANIFESTS,
    async run(ctx) {
      const content = distributionContent(ctx.runId);
      const manifest = content.largeManifest;
      const blobs = await pushBlobsFirst(ctx, ctx.repo, manifest.blobs);
      if (blobs) return blobs;
      const put = await ctx.client.putManifest(ctx.repo, manifest.digest, manifest.bytes, manifest.mediaType);
      if (put.status !== 201) return warn(`a ${manifest.size}-byte manifest refused with ${describe(put)}: registries SHOULD accept at least 4 MB`);
      ctx.cleanup.add({ kind: "manifest", repo: ctx.repo, digest: manifest.digest });
      const got = await ctx.client.getManifest(ctx.repo, manifest.digest);
      if (!sameBytes(got.body, manifest.bytes)) return fail(`accepted the ${manifest.size}-byte manifest but does not return it unchanged (${describe(got)})`);
      const over = content.overLimitManifest;
      const putOver = await ctx.client.putManifest(ctx.repo, over.digest, over.bytes, over.mediaType);
      if (putOver.status === 201) {
        ctx.cleanup.add({ kind: "manifest", repo: ctx.repo, digest: over.digest });
        return pass(`${manifest.size} and ${over.size} bytes both accepted; the first returned unchanged`);
      }
      if (putOver.status === 413) return pass(`${manifest.size} bytes accepted and returned unchanged; ${over.size} bytes refused with 413, as a limit should be`);
      return warn(`${manifest.size} bytes accepted, but ${over.size} bytes refused with ${describe(putOver)}: a size limit SHOULD answer 413`);
    }
  },
  {
    id: "push.manifest.tag-query",
    suite: "push",
    title: "PUT by digest with ?tag= parameters creates the tags and lists them in OCI-Tag",
    level: "MAY",
    since: "main",
    spec: distributionMain("Pushing Manifests"),
    async run(ctx) {
      const manifest = uniqueImage(ctx, "tag-query");
      const blobs = await pushBlobsFirst(ctx, ctx.repo, manifest.blobs);
      if (blobs) return blobs;
      const tags = [ctx.tag("tq-1"), ctx.tag("tq-2")];
      const put = await ctx.client.putManifest(ctx.repo, manifest.digest, manifest.bytes, manifest.mediaType, tags);
      if (put.status !== 201) return fail(`PUT by digest with ?tag=: expected 201, got ${describe(put)}`);
      ctx.cleanup.add({ kind: "manifest", repo: ctx.repo, digest: manifest.digest });
      const announced = (header(put, "oci-tag") ?? "").split(",").map((t) => t.trim()).filter(Boolean);
      const resolved = [];
      for (const tag of tags) if ((await ctx.client.headManifest(ctx.repo, tag)).status === 200) resolved.push(tag);
      if (resolved.length === 0 && announced.length === 0) return unsupported("tag query parameters are ignored (no tag created, no OCI-Tag header)");
      const unannounced = resolved.filter((t) => !announced.includes(t));
      if (unannounced.length) return fail(`tags ${unannounced.join(", ")} were created but not listed in OCI-Tag`);
      const phantom = announced.filter((t) => !resolved.includes(t));
      if (phantom.length) return fail(`OCI-Tag lists ${phantom.join(", ")}, which do not resolve`);
      return pass(`both tags created and announced in OCI-Tag`);
    }
  }
]);
async function judgeManifestPut(ctx, put, manifest, reference) {
  const wrong = unexpectedStatus(put, [201], `PUT manifest ${reference}`);
  if (wrong) return fail(wrong);
  ctx.cleanup.add({ kind: "manifest", repo: ctx.repo, digest: manifest.digest });
  if (!header(put, "location")) return fail("201 without a Location header");
  const digest = header(put, "docker-content-digest");
  if (digest !== void 0 && digest !== manifest.digest) return fail(`Docker-Content-Digest ${digest}, the pushed manifest is ${manifest.digest}`);
  const got = await ctx.client.getManifest(ctx.repo, reference);
  if (got.status !== 200 || !sameBytes(got.body, manifest.bytes)) return fail(`after the 201, GET ${reference} answers ${describe(got)} with ${bodyDigest(got)}`);
  return pass(`201 + Location${digest ? `, Docker-Content-Digest ${digest}` : ""}; pullable by ${reference === manifest.digest ? "digest" : "tag"}`);
}
async function pushBlobsFirst(ctx, repo, blobs, refusedMeans) {
  for (const blob of blobs) {
    const outcome = await pushBlob(ctx.client, repo, blob, ctx.cleanup);
    if (outcome.ok) continue;
    const refused = outcome.response !== void 0 && [400, 404, 415].includes(outcome.response.status);
    if (refusedMeans && refused) return unsupported(`${refusedMeans}: ${outcome.message}`);
    return skip(`precondition failed: could not push blob ${blob.digest} the manifest references: ${outcome.message}`);
  }
  return void 0;
}

// suites/push/index.ts
var pushChecks = [...uploadChecks, ...blobChecks, ...manifestChecks];
export {
  pushChecks
};

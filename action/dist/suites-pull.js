import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  distribution
} from "./chunk-suites-spec.js";
import {
  bodyDigest,
  describe,
  errorCodes,
  header,
  jsonBody,
  mediaTypeOf,
  pushedImage,
  pushedIndex,
  registryHeader,
  sameBytes,
  unexpectedStatus,
  whereSent
} from "./chunk-src-oci-catalogue.js";
import {
  broken,
  defineChecks,
  fail,
  pass,
  unsupported
} from "./chunk-src-registry-push.js";
import {
  algorithmOf,
  digestOf
} from "./chunk-src-oci-digest.js";
import "./chunk-runtime.js";

// suites/pull.ts
var PULLING_MANIFESTS = distribution("Pulling manifests");
var PULLING_BLOBS = distribution("Pulling blobs");
var CHECKING_EXISTENCE = distribution("Checking if content exists in the registry");
var ABSENT_DIGEST = digestOf(new TextEncoder().encode("oci-matrix: content that is never pushed"));
var pullChecks = defineChecks([
  {
    id: "pull.manifest.get-by-tag",
    suite: "pull",
    title: "GET a manifest by tag returns 200 and the exact pushed bytes",
    level: "MUST",
    spec: PULLING_MANIFESTS,
    async run(ctx) {
      const { repo, tag, manifest } = await pushedImage(ctx);
      const response = await ctx.client.getManifest(repo, tag);
      const wrong = unexpectedStatus(response, [200], `GET /v2/${repo}/manifests/${tag}`);
      if (wrong) return fail(wrong);
      if (!sameBytes(response.body, manifest.bytes)) {
        return fail(`body differs from the pushed manifest: ${response.body.byteLength} bytes hashing to ${bodyDigest(response)}, pushed ${manifest.size} bytes ${manifest.digest}`);
      }
      return pass(`200 with the ${manifest.size} pushed bytes (${manifest.digest})`);
    }
  },
  {
    id: "pull.manifest.get-by-digest",
    suite: "pull",
    title: "GET a manifest by digest returns 200 and bytes that hash to that digest",
    level: "MUST",
    spec: PULLING_MANIFESTS,
    async run(ctx) {
      const { repo, manifest } = await pushedImage(ctx);
      const response = await ctx.client.getManifest(repo, manifest.digest);
      const wrong = unexpectedStatus(response, [200], `GET manifest ${manifest.digest}`);
      if (wrong) return fail(wrong);
      const got = bodyDigest(response);
      if (got !== manifest.digest) return fail(`body hashes to ${got}, requested ${manifest.digest}`);
      return pass(`200; body hashes to ${manifest.digest}`);
    }
  },
  {
    id: "pull.manifest.content-type",
    suite: "pull",
    title: "Manifest Content-Type is the pushed media type, without parameters",
    level: "SHOULD",
    spec: PULLING_MANIFESTS,
    async run(ctx) {
      const { repo, tag, manifest } = await pushedImage(ctx);
      const index = await pushedIndex(ctx);
      const problems = [];
      for (const [ref, expected, r] of [
        [tag, manifest.mediaType, repo],
        [index.tag, index.manifest.mediaType, index.repo]
      ]) {
        const response = await ctx.client.getManifest(r, ref);
        if (response.status !== 200) return fail(`GET manifest ${ref}: expected 200, got ${describe(response)}`);
        const raw = header(response, "content-type");
        if (mediaTypeOf(response) !== expected) problems.push(`${ref}: Content-Type "${raw ?? "(none)"}", pushed as "${expected}"`);
        else if (raw?.includes(";")) problems.push(`${ref}: Content-Type carries parameters ("${raw}")`);
      }
      if (problems.length) return broken(ctx.level, problems.join("; "));
      return pass(`Content-Type matches the pushed media type for an image manifest and an index`);
    }
  },
  {
    id: "pull.manifest.docker-content-digest",
    suite: "pull",
    title: "Manifest GET carries a Docker-Content-Digest that matches the body",
    level: "SHOULD",
    levelIn: { main: "MUST" },
    spec: PULLING_MANIFESTS,
    async run(ctx) {
      const { repo, tag, manifest } = await pushedImage(ctx);
      const response = await ctx.client.getManifest(repo, tag);
      if (response.status !== 200) return fail(`GET manifest: expected 200, got ${describe(response)}`);
      const digest = header(response, "docker-content-digest");
      if (!digest) return broken(ctx.level, "no Docker-Content-Digest header on a successful manifest GET");
      const algorithm = algorithmOf(digest);
      if (digest !== bodyDigest(response, algorithm)) {
        return fail(`Docker-Content-Digest ${digest} does not match the returned manifest (${bodyDigest(response, algorithm)})`);
      }
      return pass(`Docker-Content-Digest ${digest} matches the body${digest === manifest.digest ? "" : ` (canonical ${algorithm} digest)`}`);
    }
  },
  {
    id: "pull.manifest.head",
    suite: "pull",
    title: "HEAD on a manifest by tag and by digest returns 200 with digest and length headers",
    level: "MUST",
    spec: CHECKING_EXISTENCE,
    async run(ctx) {
      const { repo, tag, manifest } = await pushedImage(ctx);
      for (const ref of [tag, manifest.digest]) {
        const response = await ctx.client.headManifest(repo, ref);
        const wrong = unexpectedStatus(response, [200], `HEAD manifest ${ref}`);
        if (wrong) return fail(wrong);
        const digest = header(response, "docker-content-digest");
        if (digest !== void 0 && digest !== manifest.digest && !digest.startsWith("sha512:")) {
          return fail(`HEAD ${ref}: Docker-Content-Digest ${digest}, the manifest is ${manifest.digest}`);
        }
        const length = header(response, "content-length");
        if (length !== void 0 && Number(length) !== manifest.size) {
          return fail(`HEAD ${ref}: Content-Length ${length}, the manifest has ${manifest.size} bytes`);
        }
        const missing = [digest === void 0 && "Docker-Content-Digest", length === void 0 && "Content-Length"].filter(Boolean);
        if (missing.length) return broken(ctx.specVersion === "main" ? "MUST" : "SHOULD", `HEAD ${ref}: 200 without ${missing.join(" and ")}`);
      }
      return pass("HEAD by tag and by digest: 200 with matching Docker-Content-Digest and Content-Length");
    }
  },
  {
    id: "pull.manifest.unknown",
    suite: "pull",
    title: "An unknown manifest (tag or digest) answers 404",
    level: "MUST",
    spec: PULLING_MANIFESTS,
    async run(ctx) {
      const { repo } = await pushedImage(ctx);
      for (const ref of [ctx.tag("never-pushed"), ABSENT_DIGEST]) {
        const response = await ctx.client.getManifest(repo, ref);
        const wrong = unexpectedStatus(response, [404], `GET unknown manifest ${ref}`);
        if (wrong) return fail(wrong);
        const head = await ctx.client.headManifest(repo, ref);
        const wrongHead = unexpectedStatus(head, [404], `HEAD unknown manifest ${ref}`);
        if (wrongHead) return fail(wrongHead);
      }
      return pass("GET and HEAD of an unknown tag and an unknown digest: 404");
    }
  },
  {
    id: "pull.manifest.unknown-repository",
    suite: "pull",
    title: "Pulling from a repository that does not exist answers 404",
    level: "MUST",
    spec: distribution("Pushing Manifests"),
    async run(ctx) {
      const repo = `${ctx.repo}/never-created`;
      const response = await ctx.client.getManifest(repo, "latest");
      if (response.status === 401 || response.status === 403) {
        return unsupported(`the registry answers ${describe(response)} for repositories the credentials cannot see, so a 404 cannot be observed`);
      }
      const wrong = unexpectedStatus(response, [404], `GET /v2/${repo}/manifests/latest`);
      return wrong ? fail(wrong) : pass(`404${errorCodes(response).length ? ` (${errorCodes(response).join(", ")})` : ""}`);
    }
  },
  {
    id: "pull.manifest.index",
    suite: "pull",
    title: "An image index and its child manifests are pulled back byte for byte",
    level: "MUST",
    spec: PULLING_MANIFESTS,
    async run(ctx) {
      const { repo, tag, manifest } = await pushedIndex(ctx);
      const response = await ctx.client.getManifest(repo, tag);
      const wrong = unexpectedStatus(response, [200], `GET index ${tag}`);
      if (wrong) return fail(wrong);
      if (!sameBytes(response.body, manifest.bytes)) return fail(`index body differs from what was pushed (got ${bodyDigest(response)}, pushed ${manifest.digest})`);
      for (const child of manifest.manifests) {
        const got = await ctx.client.getManifest(repo, child.digest);
        if (got.status !== 200) return fail(`child manifest ${child.digest}: expected 200, got ${describe(got)}`);
        if (!sameBytes(got.body, child.bytes)) return fail(`child manifest ${child.digest} differs from what was pushed`);
      }
      return pass(`index and its ${manifest.manifests.length} child manifests pulled back unchanged`);
    }
  },
  {
    id: "pull.manifest.without-accept",
    suite: "pull",
    title: "An OCI manifest is served to a request without an Accept header",
    level: "MAY",
    spec: PULLING_MANIFESTS,
    async run(ctx) {
      const { repo, manifest } = await pushedImage(ctx);
      const response = await ctx.client.getManifest(repo, manifest.digest, "*/*");
      if (response.status === 200 && sameBytes(response.body, manifest.bytes)) return pass("served with Accept: */*");
      if (response.status === 200) return fail(`GET by digest with Accept: */* answered 200 with other bytes (${bodyDigest(response)}, ${response.body.byteLength} bytes), not the manifest ${manifest.digest}`);
      return unsupported(`GET by digest with Accept: */* answered ${describe(response)}: clients must name the manifest's media type in Accept`);
    }
  },
  {
    id: "pull.blob.get",
    suite: "pull",
    title: "GET a blob returns 200 and bytes that hash to its digest",
    level: "MUST",
    spec: PULLING_BLOBS,
    async run(ctx) {
      const { repo, manifest } = await pushedImage(ctx);
      for (const blob of manifest.blobs) {
        const response = await ctx.client.getBlob(repo, blob.digest);
        const wrong = unexpectedStatus(response, [200], `GET blob ${blob.digest}`);
        if (wrong) return fail(wrong);
        if (bodyDigest(response) !== blob.digest) return fail(`blob ${blob.digest}: body hashes to ${bodyDigest(response)} (${response.body.byteLength} bytes)`);
      }
      return pass(`${manifest.blobs.length} blobs pulled back; each hashes to its digest`);
    }
  },
  {
    id: "pull.blob.docker-content-digest",
    suite: "pull",
    title: "Blob GET carries a Docker-Content-Digest that matches the body",
    level: "SHOULD",
    levelIn: { main: "MUST" },
    spec: PULLING_BLOBS,
    async run(ctx) {
      const { repo, manifest } = await pushedImage(ctx);
      const blob = manifest.blobs[0];
      const response = await ctx.client.getBlob(repo, blob.digest);
      if (response.status !== 200) return fail(`GET blob: expected 200, got ${describe(response)}`);
      const found = registryHeader(response, "docker-content-digest");
      if (!found) {
        const via = response.redirects?.length ? ` (neither on the ${response.redirects.map((r) => r.status).join(", ")} redirect nor on the final answer)` : "";
        return broken(ctx.level, `no Docker-Content-Digest header on a successful blob GET${via}`);
      }
      const digest = found.value;
      const algorithm = algorithmOf(digest);
      if (digest !== bodyDigest(response, algorithm)) return fail(`Docker-Content-Digest ${digest}${whereSent(response, found)} does not match the body (${bodyDigest(response, algorithm)})`);
      return pass(`Docker-Content-Digest ${digest}${whereSent(response, found)} matches the body`);
    }
  },
  {
    id: "pull.blob.head",
    suite: "pull",
    title: "HEAD on a blob returns 200 with Content-Length and Docker-Content-Digest",
    level: "MUST",
    spec: CHECKING_EXISTENCE,
    async run(ctx) {
      const { repo, manifest } = await pushedImage(ctx);
      const blob = manifest.blobs[manifest.blobs.length - 1];
      const response = await ctx.client.headBlob(repo, blob.digest);
      const wrong = unexpectedStatus(response, [200], `HEAD blob ${blob.digest}`);
      if (wrong) return fail(wrong);
      const length = header(response, "content-length");
      const found = registryHeader(response, "docker-content-digest");
      const digest = found?.value;
      if (length !== void 0 && Number(length) !== blob.size) return fail(`Content-Length ${length}, the blob has ${blob.size} bytes`);
      if (digest !== void 0 && digest !== blob.digest) return fail(`Docker-Content-Digest ${digest}${whereSent(response, found)}, the blob is ${blob.digest}`);
      const missing = [length === void 0 && "Content-Length", digest === void 0 && "Docker-Content-Digest"].filter(Boolean);
      if (missing.length) return broken(ctx.specVersion === "main" ? "MUST" : "SHOULD", `200 without ${missing.join(" and ")}`);
      return pass(`200, Content-Length ${blob.size}, Docker-Content-Digest ${blob.digest}${whereSent(response, found)}`);
    }
  },
  {
    id: "pull.blob.unknown",
    suite: "pull",
    title: "An unknown blob answers 404 to GET and HEAD",
    level: "MUST",
    spec: PULLING_BLOBS,
    async run(ctx) {
      const { repo } = await pushedImage(ctx);
      const get = await ctx.client.getBlob(repo, ABSENT_DIGEST);
      const wrongGet = unexpectedStatus(get, [404], `GET unknown blob ${ABSENT_DIGEST}`);
      if (wrongGet) return fail(wrongGet);
      const head = await ctx.client.headBlob(repo, ABSENT_DIGEST);
      const wrongHead = unexpectedStatus(head, [404], `HEAD unknown blob ${ABSENT_DIGEST}`);
      return wrongHead ? fail(wrongHead) : pass("GET and HEAD of an unknown blob: 404");
    }
  },
  {
    id: "pull.blob.range",
    suite: "pull",
    title: "Blob GET honours a Range request (206 with the requested bytes)",
    level: "SHOULD",
    spec: PULLING_BLOBS,
    async run(ctx) {
      const { repo, manifest } = await pushedImage(ctx);
      const blob = manifest.blobs.reduce((a, b) => b.size > a.size ? b : a);
      const start = Math.floor(blob.size / 3);
      const end = Math.min(blob.size - 1, start + 99);
      const response = await ctx.client.getBlob(repo, blob.digest, { range: `bytes=${start}-${end}` });
      if (response.status === 200) return broken(ctx.level, `Range bytes=${start}-${end} ignored: 200 with ${response.body.byteLength} bytes`);
      if (response.status !== 206) return broken(ctx.level, `Range request: expected 206, got ${describe(response)}`);
      const expected = blob.bytes.subarray(start, end + 1);
      if (!sameBytes(response.body, expected)) return fail(`206 body is not bytes ${start}-${end} of the blob`);
      const contentRange = header(response, "content-range");
      if (contentRange !== `bytes ${start}-${end}/${blob.size}`) {
        return broken(ctx.level, `206 with the right bytes but Content-Range "${contentRange ?? "(none)"}", expected "bytes ${start}-${end}/${blob.size}"`);
      }
      return pass(`206 with bytes ${start}-${end} and Content-Range ${contentRange}`);
    }
  },
  {
    id: "pull.errors.envelope",
    suite: "pull",
    title: "JSON error bodies use the errors envelope with codes from the spec",
    level: "MUST",
    spec: distribution("Error Codes"),
    async run(ctx) {
      const { repo } = await pushedImage(ctx);
      const known = /* @__PURE__ */ new Set(["BLOB_UNKNOWN", "BLOB_UPLOAD_INVALID", "BLOB_UPLOAD_UNKNOWN", "DIGEST_INVALID", "MANIFEST_BLOB_UNKNOWN", "MANIFEST_INVALID", "MANIFEST_UNKNOWN", "NAME_INVALID", "NAME_UNKNOWN", "SIZE_INVALID", "UNAUTHORIZED", "DENIED", "UNSUPPORTED", "TOOMANYREQUESTS"]);
      const responses = [await ctx.client.getManifest(repo, ABSENT_DIGEST), await ctx.client.getBlob(repo, ABSENT_DIGEST)];
      let judged = 0;
      for (const response of responses) {
        if (response.status < 400 || response.status >= 500) continue;
        const text = Buffer.from(response.body).toString("utf8").trim();
        let parsed;
        try {
          parsed = JSON.parse(text);
        } catch {
          continue;
        }
        judged++;
        const errors = parsed?.errors;
        if (!Array.isArray(errors) || errors.length === 0) return fail(`${response.status} JSON body without a non-empty "errors" array: ${text.slice(0, 200)}`);
        for (const e of errors) {
          if (typeof e?.code !== "string" || !/^[A-Z_]+$/.test(e.code)) return fail(`error code ${JSON.stringify(e?.code)} is not upper-case letters and underscores`);
          if (!known.has(e.code)) return fail(`error code "${e.code}" is not one of the spec's codes`);
        }
      }
      if (judged === 0) return pass("4xx bodies of unknown manifest and blob are not JSON (any format is allowed)");
      return pass(`${judged} JSON error bodies use the errors envelope with spec codes`);
    }
  },
  {
    id: "pull.errors.message",
    suite: "pull",
    title: "Error messages, when present, are human-readable strings",
    level: "SHOULD",
    spec: distribution("Error Codes"),
    async run(ctx) {
      const { repo } = await pushedImage(ctx);
      const responses = [await ctx.client.getManifest(repo, ABSENT_DIGEST), await ctx.client.getBlob(repo, ABSENT_DIGEST)];
      const messages = responses.flatMap((response) => {
        const errors = jsonBody(response)?.errors;
        return response.status >= 400 && Array.isArray(errors) ? errors.filter((e) => e && typeof e === "object" && "message" in e).map((e) => e.message) : [];
      });
      const unreadable = messages.filter((m) => typeof m !== "string" || /[\u0000-\u0008\u000e-\u001f]/.test(m));
      if (unreadable.length) return broken(ctx.level, `error "message" is not a human-readable string: ${unreadable.map((m) => JSON.stringify(m)).join(", ")}`);
      if (!messages.length) return pass('the error bodies carry no "message" (it is optional)');
      return pass(`${messages.length} error messages, all strings: ${messages.map((m) => JSON.stringify(m)).join(", ").slice(0, 200)}`);
    }
  },
  {
    id: "pull.errors.malformed-digest",
    suite: "pull",
    title: "A malformed digest is a client error (400 or 404), not a server error",
    level: "SHOULD",
    spec: distribution("Endpoints"),
    async run(ctx) {
      const { repo } = await pushedImage(ctx);
      const malformed = "sha256:not-a-hex-digest";
      for (const [what, response] of [
        ["GET blob", await ctx.client.getBlob(repo, malformed)],
        ["GET manifest", await ctx.client.getManifest(repo, malformed)]
      ]) {
        if (response.status !== 400 && response.status !== 404) return broken(ctx.level, `${what} ${malformed}: expected 400 (or 404), got ${describe(response)}`);
      }
      return pass(`blob and manifest requests with ${malformed} answer 400 or 404`);
    }
  }
]);
export {
  pullChecks
};

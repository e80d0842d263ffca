import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  formatHttpDate
} from "./chunk-src-http-retry-after.js";
import {
  MEDIA_TYPES,
  algorithmOf,
  digestOf,
  parseDigest
} from "./chunk-src-oci-digest.js";
import {
  ALLOWED_DEVIATIONS,
  DEVIATIONS,
  isDeviationName
} from "./chunk-src-reference-deviations.js";
import "./chunk-runtime.js";

// src/reference/index.ts
import { createServer as createServer2 } from "node:http";
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/reference/blob-store.ts
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
function hashers() {
  const sha256 = createHash("sha256");
  const sha512 = createHash("sha512");
  let finished;
  return {
    update(chunk) {
      sha256.update(chunk);
      sha512.update(chunk);
    },
    digest(algorithm) {
      const take = (h) => h.copy().digest("hex");
      finished = { sha256: take(sha256), sha512: take(sha512) };
      return `${algorithm}:${finished[algorithm]}`;
    }
  };
}
function createMemoryBlobStore() {
  const blobs = /* @__PURE__ */ new Map();
  return {
    has: (digest) => blobs.has(digest),
    size: (digest) => blobs.get(digest)?.byteLength,
    read(digest, range) {
      const blob = blobs.get(digest);
      return Readable.from([range ? blob.subarray(range.start, range.end + 1) : blob]);
    },
    readAll: async (digest) => blobs.get(digest),
    async startUpload() {
      const chunks = [];
      const hash = hashers();
      let size = 0;
      return {
        id: randomUUID(),
        size: () => size,
        async append(body) {
          for await (const chunk of body) {
            const buffer = Buffer.from(chunk);
            chunks.push(buffer);
            hash.update(buffer);
            size += buffer.byteLength;
          }
          return size;
        },
        digest: (algorithm) => hash.digest(algorithm),
        async commit(digest) {
          if (!blobs.has(digest)) blobs.set(digest, Buffer.concat(chunks));
        },
        async abort() {
          chunks.length = 0;
        }
      };
    },
    async remove(digest) {
      blobs.delete(digest);
    }
  };
}
async function createDiskBlobStore(root) {
  await mkdir(join(root, "blobs"), { recursive: true });
  await mkdir(join(root, "uploads"), { recursive: true });
  const sizes = /* @__PURE__ */ new Map();
  const pathOf = (digest) => join(root, "blobs", digest.replace(":", "-"));
  return {
    has: (digest) => sizes.has(digest),
    size: (digest) => sizes.get(digest),
    read: (digest, range) => createReadStream(pathOf(digest), range ? { start: range.start, end: range.end } : {}),
    async readAll(digest) {
      const chunks = [];
      for await (const chunk of createReadStream(pathOf(digest))) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    async startUpload() {
      const id = randomUUID();
      const path = join(root, "uploads", id);
      const hash = hashers();
      let size = 0;
      let file = createWriteStream(path);
      return {
        id,
        size: () => size,
        async append(body) {
          const counter = async function* (source) {
            for await (const chunk of source) {
              hash.update(chunk);
              size += chunk.byteLength;
              yield chunk;
            }
          };
          await pipeline(body, counter, file, { end: false });
          return size;
        },
        digest: (algorithm) => hash.digest(algorithm),
        async commit(digest) {
          await new Promise((resolve2, reject) => file.end((error) => error ? reject(error) : resolve2()));
          file = void 0;
          if (sizes.has(digest)) await rm(path, { force: true });
          else {
            await rename(path, pathOf(digest));
            sizes.set(digest, (await stat(pathOf(digest))).size);
          }
        },
        async abort() {
          file?.destroy();
          await rm(path, { force: true });
        }
      };
    },
    async remove(digest) {
      sizes.delete(digest);
      await rm(pathOf(digest), { force: true });
    }
  };
}

// src/reference/repositories.ts
function createRepositories() {
  const repos = /* @__PURE__ */ new Map();
  return {
    get: (name) => repos.get(name),
    /** Repositories are created on first push. */
    ensure(name) {
      let repo = repos.get(name);
      if (!repo) repos.set(name, repo = { blobs: /* @__PURE__ */ new Set(), manifests: /* @__PURE__ */ new Map(), tags: /* @__PURE__ */ new Map() });
      return repo;
    },
    names: () => [...repos.keys()].sort(),
    /** True when any repository links the blob (for mounts without `from`). */
    anyHasBlob: (digest) => [...repos.values()].some((r) => r.blobs.has(digest))
  };
}

// src/reference/respond.ts
function responder(res, options) {
  const send = (status, headers, body) => {
    res.writeHead(status, { "docker-distribution-api-version": "registry/2.0", ...headers });
    res.end(options.isHead ? void 0 : body);
  };
  return {
    error(status, code, message, headers = {}) {
      const shown = options.numericMessages ? 4e4 + status : message;
      const body = options.enveloped ? { errors: [{ code, message: shown, detail: {} }] } : { error: message };
      const text = JSON.stringify(body);
      send(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)), ...headers }, text);
    },
    empty(status, headers = {}) {
      send(status, { "content-length": "0", ...headers });
    },
    json(status, body, headers = {}) {
      const text = JSON.stringify(body);
      send(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)), ...headers }, text);
    }
  };
}

// src/reference/auth.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
var TOKEN_SERVICE = "oci-matrix-reference";
function safeEqual(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
function createAuthenticator(auth) {
  const key = randomBytes(32);
  const basicValue = auth.kind === "none" ? "" : `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
  const sign = (payload) => createHmac("sha256", key).update(payload).digest("base64url");
  const grants = (token) => {
    const [payload, signature] = token.split(".");
    if (!payload || !signature || !safeEqual(sign(payload), signature)) return void 0;
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return claims.exp > Date.now() / 1e3 ? claims.scopes : void 0;
  };
  const covers = (granted, needed) => {
    const cut = needed.lastIndexOf(":");
    const resource = needed.slice(0, cut);
    return needed.slice(cut + 1).split(",").every((action) => granted.some((g) => g.startsWith(`${resource}:`) && g.slice(resource.length + 1).split(",").some((a) => a === action || a === "*")));
  };
  return {
    enabled: auth.kind !== "none",
    /** undefined when allowed; otherwise the WWW-Authenticate challenge to send with a 401. */
    check(req, baseUrl, scopes) {
      if (auth.kind === "none") return void 0;
      const presented = req.headers.authorization ?? "";
      if (auth.kind === "basic") return safeEqual(presented, basicValue) ? void 0 : 'Basic realm="oci-matrix-reference"';
      const granted = presented.startsWith("Bearer ") ? grants(presented.slice(7)) : void 0;
      if (granted && scopes.every((s) => covers(granted, s))) return void 0;
      const scope = scopes.length ? `,scope="${scopes.join(" ")}"` : "";
      return `Bearer realm="${baseUrl}/token",service="${TOKEN_SERVICE}"${scope}`;
    },
    /** GET /token: Basic credentials in, a token for the requested scopes out. */
    issue(req, url) {
      if (auth.kind !== "token") return { status: 404, body: { errors: [{ code: "UNSUPPORTED", message: "no token service" }] } };
      if (!safeEqual(req.headers.authorization ?? "", basicValue)) return { status: 401, body: { errors: [{ code: "UNAUTHORIZED", message: "credentials required" }] } };
      const scopes = url.searchParams.getAll("scope").flatMap((s) => s.split(" ")).filter(Boolean);
      const payload = Buffer.from(JSON.stringify({ sub: auth.username, scopes, exp: Math.floor(Date.now() / 1e3) + 300 })).toString("base64url");
      const token = `${payload}.${sign(payload)}`;
      return { status: 200, body: { token, access_token: token, expires_in: 300, issued_at: (/* @__PURE__ */ new Date()).toISOString() } };
    }
  };
}

// src/reference/manifests.ts
import { Readable as Readable2 } from "node:stream";

// src/oci/reference.ts
var TAG_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
function isTag(value) {
  return TAG_PATTERN.test(value);
}

// src/reference/context.ts
function isDigestReference(reference) {
  return reference.includes(":");
}
function parseDigestStrict(value) {
  const parsed = parseDigest(value);
  return parsed !== void 0 && (parsed.algorithm === "sha256" || parsed.algorithm === "sha512");
}
async function readBody(req, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) {
      continue;
    }
    chunks.push(chunk);
  }
  return size > limit ? Buffer.alloc(limit + 1) : Buffer.concat(chunks);
}
function refuseBody(req, res) {
  res.setHeader("connection", "close");
  req.resume();
}

// src/reference/manifests.ts
var ASYNC_MANIFEST_DELETE_MS = 1e3;
var KNOWN_TOP_LEVEL = /* @__PURE__ */ new Set(["schemaVersion", "mediaType", "artifactType", "config", "layers", "blobs", "manifests", "subject", "annotations"]);
var IMAGE_CONFIG_TYPES = /* @__PURE__ */ new Set([MEDIA_TYPES.imageConfig, MEDIA_TYPES.empty, MEDIA_TYPES.dockerConfig]);
var putManifest = async (ctx) => {
  const { res, repoName, reference, has, reply } = ctx;
  const body = await readBody(ctx.req, ctx.options.maxManifestBytes + 1);
  const limit = has("manifest-limit-1mib") ? 1024 * 1024 : has("manifest-limit-4mib-413") ? 4 * 1024 * 1024 : ctx.options.maxManifestBytes;
  if (body.byteLength > limit) return reply.error(413, "MANIFEST_INVALID", `manifest larger than ${limit} bytes`);
  let json;
  try {
    json = JSON.parse(Buffer.from(body).toString("utf8"));
    if (typeof json !== "object" || json === null) throw new Error("not an object");
  } catch {
    return reply.error(400, "MANIFEST_INVALID", "manifest is not a JSON object");
  }
  if (has("manifest-content-type-parameters-refused") && ctx.req.headers["content-type"]?.includes(";")) return reply.error(400, "MANIFEST_INVALID", "unsupported Content-Type parameters");
  const mediaType = json.mediaType ?? ctx.req.headers["content-type"]?.split(";")[0].trim() ?? MEDIA_TYPES.imageManifest;
  const isIndex = Array.isArray(json.manifests);
  if (has("docker-refused") && mediaType.startsWith("application/vnd.docker.")) return reply.error(415, "MANIFEST_INVALID", `unsupported media type ${mediaType}`);
  const refused = refusalByDeviation(ctx, json, mediaType, isIndex);
  if (refused) return reply.error(400, "MANIFEST_INVALID", refused);
  const algorithm = isDigestReference(reference) ? algorithmOf(reference) : "sha256";
  if (algorithm === "sha512" && has("sha256-only")) return reply.error(400, "DIGEST_INVALID", "sha512 is not supported");
  const digest = digestOf(body, algorithm);
  if (isDigestReference(reference)) {
    if (!parseDigestStrict(reference)) return reply.error(400, "DIGEST_INVALID", `invalid digest ${reference}`);
    if (reference !== digest) return reply.error(400, "DIGEST_INVALID", `body digest is ${digest}, not ${reference}`);
  }
  const repo = ctx.repos.ensure(repoName);
  const missing = missingReferences(ctx, repo.blobs, repo.manifests, json);
  if (missing.length) {
    const code = has("manifest-blob-unknown-wrong-code") || has("nondistributable-wrong-code") && json.layers?.some((l) => l.urls?.length) ? "MANIFEST_INVALID" : "MANIFEST_BLOB_UNKNOWN";
    return reply.error(400, code, `unknown ${missing.join(", ")}`);
  }
  if (json.subject?.digest && has("subject-must-exist") && !repo.manifests.has(json.subject.digest)) {
    return reply.error(400, "MANIFEST_BLOB_UNKNOWN", `subject ${json.subject.digest} does not exist`);
  }
  if (!ctx.blobs.has(digest)) {
    const session = await ctx.blobs.startUpload();
    await session.append(Readable2.from([body]));
    await session.commit(digest);
  }
  const stored = {
    digest,
    mediaType,
    size: body.byteLength,
    isIndex,
    subject: json.subject?.digest,
    artifactType: json.artifactType,
    configMediaType: json.config?.mediaType,
    annotations: json.annotations
  };
  const subjectExisted = stored.subject ? repo.manifests.has(stored.subject) : true;
  repo.manifests.set(digest, has("referrers-need-subject") && !subjectExisted ? { ...stored, subject: void 0 } : stored);
  const tags = isDigestReference(reference) ? [] : [reference];
  const queryTags = has("tag-query-ignored") ? [] : ctx.url.searchParams.getAll("tag");
  const valid = queryTags.filter(isTag);
  if (valid.length !== queryTags.length) return reply.error(400, "MANIFEST_INVALID", "invalid tag in ?tag=");
  for (const tag of [...tags, ...valid]) {
    if (!(has("tag-overwrite-ignored") && repo.tags.has(tag))) repo.tags.set(tag, digest);
  }
  const headers = {
    location: `/v2/${repoName}/manifests/${digest}`,
    "docker-content-digest": has("manifest-digest-header-wrong") ? wrongDigest(digest) : digest
  };
  if (stored.subject && !has("no-oci-subject-header") && !has("referrers-404")) headers["oci-subject"] = stored.subject;
  if (valid.length && !has("tag-query-no-header")) headers["oci-tag"] = valid.join(", ");
  reply.empty(201, headers);
  void res;
};
function refusalByDeviation(ctx, json, mediaType, isIndex) {
  const { has } = ctx;
  if (has("reject-artifact-manifest") && mediaType === MEDIA_TYPES.artifactManifest) return "artifact manifests are not supported";
  if (has("reject-nested-index") && json.manifests?.some((m) => m.mediaType === MEDIA_TYPES.imageIndex || m.mediaType === MEDIA_TYPES.dockerManifestList)) return "nested indexes are not supported";
  if (has("reject-unknown-fields") && Object.keys(json).some((k) => !KNOWN_TOP_LEVEL.has(k))) return "unknown field";
  if (has("reject-data-field") && (json.config?.data !== void 0 || json.layers?.some((l) => l.data !== void 0))) return "data field not supported";
  if (has("reject-empty-layers") && !isIndex && Array.isArray(json.layers) && json.layers.length === 0) return "no layers";
  if (has("reject-unknown-config-media-type") && json.config?.mediaType && !IMAGE_CONFIG_TYPES.has(json.config.mediaType)) return `config media type ${json.config.mediaType} not supported`;
  if (has("reject-artifact-type") && !isIndex && json.artifactType) return "artifactType not supported";
  if (has("reject-index-artifact-type") && isIndex && json.artifactType) return "artifactType not supported on an index";
  return void 0;
}
function missingReferences(ctx, blobs, manifests, json) {
  const missing = [];
  const foreignAllowed = !ctx.has("nondistributable-wrong-code") && !ctx.has("foreign-layers-refused");
  for (const d of [json.config, ...json.layers ?? [], ...json.blobs ?? []]) {
    if (!d?.digest) continue;
    if (d.urls?.length && foreignAllowed) continue;
    if (!blobs.has(d.digest)) missing.push(`blob ${d.digest}`);
  }
  for (const m of json.manifests ?? []) if (m.digest && !manifests.has(m.digest)) missing.push(`manifest ${m.digest}`);
  return missing;
}
function wrongDigest(digest) {
  return digestOf(new TextEncoder().encode(`not ${digest}`));
}
function resolve(ctx, reference) {
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo) return void 0;
  if (ctx.has("tag-schema-aliases-subject")) {
    const match = /^(sha256|sha512)-([a-f0-9]{64,128})$/.exec(reference);
    const subject = match ? repo.manifests.get(`${match[1]}:${match[2]}`) : void 0;
    if (subject) return subject;
  }
  const digest = isDigestReference(reference) ? reference : repo.tags.get(reference);
  return digest ? repo.manifests.get(digest) : void 0;
}
var getManifest = async (ctx) => {
  const { reply, has, reference } = ctx;
  if (isDigestReference(reference) && !parseDigestStrict(reference)) {
    return has("malformed-digest-500") ? reply.error(500, "UNKNOWN", "internal error") : reply.error(400, "DIGEST_INVALID", `invalid digest ${reference}`);
  }
  if (!ctx.repos.get(ctx.repoName)) return unknownRepository(ctx);
  const manifest = resolve(ctx, reference);
  if (!manifest) return has("manifest-unknown-500") ? reply.error(500, "UNKNOWN", "internal error") : reply.error(404, "MANIFEST_UNKNOWN", `manifest ${reference} unknown`);
  const accepted = (ctx.req.headers.accept ?? "").split(",").some((a) => a.split(";")[0].trim() === manifest.mediaType);
  if (has("accept-strict") && !accepted) return reply.error(404, "MANIFEST_UNKNOWN", "manifest unknown (Accept)");
  let bytes = await ctx.blobs.readAll(manifest.digest);
  if (has("manifest-rewrite") || has("accept-wildcard-rewrite") && !accepted) bytes = Buffer.from(JSON.stringify(JSON.parse(Buffer.from(bytes).toString("utf8")), null, 1));
  const headers = {
    "content-type": has("manifest-content-type-wrong") ? "application/octet-stream" : manifest.mediaType,
    "content-length": String(bytes.byteLength),
    "docker-content-digest": has("manifest-digest-header-wrong") ? wrongDigest(manifest.digest) : manifest.digest
  };
  if (ctx.isHead && has("manifest-head-no-digest")) delete headers["docker-content-digest"];
  ctx.res.writeHead(200, headers);
  ctx.res.end(ctx.isHead ? void 0 : bytes);
};
function unknownRepository(ctx) {
  if (ctx.has("unknown-repository-500")) return ctx.reply.error(500, "UNKNOWN", "internal error");
  ctx.reply.error(404, "NAME_UNKNOWN", `repository ${ctx.repoName} not known to registry`);
}
var deleteManifest = async (ctx) => {
  const { reply, has, reference } = ctx;
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo) return has("delete-unknown-repo-202") ? reply.empty(202) : unknownRepository(ctx);
  if (isDigestReference(reference)) {
    if (!parseDigestStrict(reference)) return reply.error(400, "DIGEST_INVALID", `invalid digest ${reference}`);
    if (!repo.manifests.has(reference)) return reply.error(404, "MANIFEST_UNKNOWN", `manifest ${reference} unknown`);
    if (has("delete-manifest-noop")) return reply.empty(202);
    const deleted = repo.manifests.get(reference);
    if (has("referrer-delete-stale") && deleted.subject) {
      ctx.ghosts.set(`${ctx.repoName}\0${reference}`, deleted);
    }
    const remove = () => {
      repo.manifests.delete(reference);
      for (const [tag, digest] of repo.tags) if (digest === reference) repo.tags.delete(tag);
    };
    if (has("delete-async")) setTimeout(remove, ASYNC_MANIFEST_DELETE_MS).unref();
    else remove();
    return reply.empty(202);
  }
  if (!repo.tags.has(reference)) return reply.error(404, "MANIFEST_UNKNOWN", `tag ${reference} unknown`);
  repo.tags.delete(reference);
  return reply.empty(202);
};
var listReferrers = async (ctx) => {
  const { reply, has, reference } = ctx;
  if (has("referrers-404")) return reply.error(404, "NAME_UNKNOWN", "page not found");
  if (has("referrers-html-200")) {
    ctx.res.writeHead(200, { "content-type": "text/html" });
    return void ctx.res.end("<html><body>Not here</body></html>");
  }
  if (!parseDigestStrict(reference)) {
    return has("referrers-invalid-digest-404") ? reply.error(404, "MANIFEST_UNKNOWN", "unknown") : reply.error(400, "DIGEST_INVALID", `invalid digest ${reference}`);
  }
  const repo = ctx.repos.get(ctx.repoName);
  const ghosts = [...ctx.ghosts.entries()].filter(([k]) => k.startsWith(`${ctx.repoName}\0`)).map(([, m]) => m);
  const all = [...repo?.manifests.values() ?? [], ...ghosts].filter((m) => m.subject === reference);
  const wanted = ctx.url.searchParams.getAll("artifactType");
  const applyFilter = wanted.length > 0 && !has("referrers-filter-ignored");
  const listedByTagSchema = has("referrers-tag-schema-content-ignored") ? await tagSchemaListed(ctx, repo, reference) : /* @__PURE__ */ new Set();
  const descriptors = all.map((m) => {
    const artifactType = has("referrers-no-artifact-type") ? void 0 : m.artifactType ?? (m.isIndex ? void 0 : m.configMediaType);
    return { mediaType: m.mediaType, digest: m.digest, size: m.size, ...artifactType ? { artifactType } : {}, ...m.annotations ? { annotations: m.annotations } : {} };
  }).filter((d) => !applyFilter || d.artifactType !== void 0 && wanted.includes(d.artifactType)).filter((d) => !listedByTagSchema.has(d.digest)).sort((a, b) => a.digest < b.digest ? -1 : 1);
  if (descriptors.length === 0 && has("referrers-empty-404")) return reply.error(404, "MANIFEST_UNKNOWN", "no referrers");
  const pageSize = ctx.options.referrersPageSize;
  const last = ctx.url.searchParams.get("last");
  const start = last ? descriptors.findIndex((d) => d.digest > last) : 0;
  const page2 = start < 0 ? [] : descriptors.slice(start, start + pageSize);
  const headers = { "content-type": MEDIA_TYPES.imageIndex };
  if (applyFilter && !has("referrers-filter-header-missing")) {
    headers["oci-filters-applied"] = has("referrers-filters-header-not-list") ? wanted.map((t) => `artifactType=${t}`).join("; ") : "artifactType";
  }
  if (start >= 0 && start + pageSize < descriptors.length && !has("referrers-page-no-link")) {
    const next = new URLSearchParams([...wanted.map((t) => ["artifactType", t]), ["last", page2[page2.length - 1].digest]]);
    headers.link = `</v2/${ctx.repoName}/referrers/${reference}?${next}>; rel="next"`;
  }
  const body = JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.imageIndex, manifests: page2 });
  ctx.res.writeHead(200, { ...headers, "content-length": String(Buffer.byteLength(body)) });
  ctx.res.end(body);
};
async function tagSchemaListed(ctx, repo, subject) {
  const digest = repo?.tags.get(subject.replace(":", "-"));
  if (!digest) return /* @__PURE__ */ new Set();
  const index = JSON.parse(Buffer.from(await ctx.blobs.readAll(digest)).toString("utf8"));
  return new Set((index.manifests ?? []).map((m) => m.digest ?? ""));
}

// src/http/range.ts
function position(text) {
  if (!/^\d{1,16}$/.test(text)) return void 0;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : void 0;
}
function parseRange(header) {
  const match = /^bytes=(\d*)-(\d*)$/i.exec((header ?? "").trim());
  if (!match) return void 0;
  const [, first, last] = match;
  if (first === "") {
    const suffix = position(last);
    return suffix === void 0 || suffix === 0 ? void 0 : { suffix };
  }
  const start = position(first);
  if (start === void 0) return void 0;
  if (last === "") return { start };
  const end = position(last);
  return end === void 0 || end < start ? void 0 : { start, end };
}
function resolveRange(range, size) {
  if ("suffix" in range) return size === 0 ? void 0 : { start: Math.max(0, size - range.suffix), end: size - 1 };
  if (range.start >= size) return void 0;
  return { start: range.start, end: Math.min(range.end ?? size - 1, size - 1) };
}
function parseContentRange(header) {
  const match = /^(?:bytes[ =])?(\d+)-(\d+)(?:\/(\d+|\*))?$/i.exec((header ?? "").trim());
  if (!match) return void 0;
  const start = position(match[1]);
  const end = position(match[2]);
  const total = match[3] === void 0 || match[3] === "*" ? void 0 : position(match[3]);
  if (start === void 0 || end === void 0 || end < start) return void 0;
  if (match[3] !== void 0 && match[3] !== "*" && (total === void 0 || total <= end)) return void 0;
  return { start, end, ...total !== void 0 ? { total } : {} };
}
function formatContentRange({ start, end, total }) {
  return `bytes ${start}-${end}/${total ?? "*"}`;
}

// src/reference/blobs.ts
function uploadLocation(repo, id) {
  return `/v2/${repo}/blobs/uploads/${id}`;
}
var getBlob = async (ctx) => {
  const { reply, has, reference: digest, res } = ctx;
  if (!parseDigestStrict(digest)) {
    return has("malformed-digest-500") ? reply.error(500, "UNKNOWN", "internal error") : reply.error(400, "DIGEST_INVALID", `invalid digest ${digest}`);
  }
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo || !repo.blobs.has(digest) || !ctx.blobs.has(digest)) {
    if (has("blob-unknown-200-empty") && !ctx.isHead) return reply.empty(200, { "content-type": "application/octet-stream" });
    if (!repo) return unknownRepository(ctx);
    return reply.error(404, "BLOB_UNKNOWN", `blob ${digest} unknown`);
  }
  const size = ctx.blobs.size(digest);
  if (ctx.storage) return reply.empty(307, { location: ctx.storage.signedUrl(digest), "docker-content-digest": digest });
  const headers = {
    "content-type": "application/octet-stream",
    "docker-content-digest": has("blob-digest-header-wrong") ? digestOf(new TextEncoder().encode(`not ${digest}`)) : digest,
    "accept-ranges": "bytes"
  };
  const range = has("blob-range-ignored") ? void 0 : ctx.req.headers.range;
  if (range) {
    const parsed = parseRange(range);
    const selected = parsed && resolveRange(parsed, size);
    if (!selected) return reply.empty(416, { "content-range": `bytes */${size}` });
    const { start, end } = selected;
    res.writeHead(206, { ...headers, "content-range": formatContentRange({ start, end, total: size }), "content-length": String(end - start + 1) });
    if (ctx.isHead) return void res.end();
    ctx.blobs.read(digest, { start, end }).pipe(res);
    return;
  }
  if (!(ctx.isHead && has("blob-head-no-length"))) headers["content-length"] = String(size);
  res.writeHead(200, headers);
  if (ctx.isHead) return void res.end();
  const stream = ctx.blobs.read(digest);
  if (has("blob-corrupt")) {
    let first = true;
    stream.map((chunk) => {
      if (!first || chunk.length === 0) return chunk;
      first = false;
      const copy = Buffer.from(chunk);
      copy[0] ^= 255;
      return copy;
    }).pipe(res);
    return;
  }
  stream.pipe(res);
};
var ASYNC_BLOB_DELETE_MS = 6e4;
var deleteBlob = async (ctx) => {
  const { reply, has, reference: digest } = ctx;
  if (!parseDigestStrict(digest)) return reply.error(400, "DIGEST_INVALID", `invalid digest ${digest}`);
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo) return unknownRepository(ctx);
  if (!repo.blobs.has(digest)) return has("delete-unknown-blob-202") ? reply.empty(202) : reply.error(404, "BLOB_UNKNOWN", `blob ${digest} unknown`);
  if (has("delete-async")) setTimeout(() => repo.blobs.delete(digest), ASYNC_BLOB_DELETE_MS).unref();
  else if (!has("delete-blob-noop")) repo.blobs.delete(digest);
  reply.empty(202);
};
function created(ctx, digest) {
  ctx.repos.ensure(ctx.repoName).blobs.add(digest);
  const status = ctx.has("upload-put-200") ? 200 : 201;
  ctx.reply.empty(status, { location: `/v2/${ctx.repoName}/blobs/${digest}`, "docker-content-digest": digest });
}
function checkDigest(ctx, digest) {
  if (!digest || !parseDigestStrict(digest)) return `invalid digest ${digest ?? "(none)"}`;
  if (digest.startsWith("sha512:") && ctx.has("sha256-only")) return "sha512 is not supported";
  return void 0;
}
async function openSession(ctx, algorithm) {
  const session = await ctx.blobs.startUpload();
  ctx.uploads.set(session.id, { repo: ctx.repoName, session, algorithm });
  ctx.repos.ensure(ctx.repoName);
  const headers = { range: "0-0", "docker-upload-uuid": session.id };
  if (!ctx.has("upload-no-location")) headers.location = uploadLocation(ctx.repoName, session.id);
  if (ctx.has("chunk-min-length-garbage")) headers["oci-chunk-min-length"] = "plenty";
  else if (ctx.options.chunkMinLength) headers["oci-chunk-min-length"] = String(ctx.options.chunkMinLength);
  ctx.reply.empty(202, headers);
}
var startUpload = async (ctx) => {
  const { url, has, reply } = ctx;
  const mount = url.searchParams.get("mount");
  const from = url.searchParams.get("from");
  const digest = url.searchParams.get("digest");
  const algorithm = url.searchParams.get("digest-algorithm") === "sha512" ? "sha512" : "sha256";
  if (url.searchParams.get("digest-algorithm") === "sha512" && has("sha256-only")) return reply.error(400, "DIGEST_INVALID", "sha512 is not supported");
  if (mount) {
    if (!parseDigestStrict(mount)) return reply.error(400, "DIGEST_INVALID", `invalid digest ${mount}`);
    const source = from ? ctx.repos.get(from) : void 0;
    const available = from ? Boolean(source?.blobs.has(mount)) : ctx.repos.anyHasBlob(mount);
    const mounts = !has("mount-fallback-202");
    if (mounts && available && ctx.blobs.has(mount) || has("mount-unknown-201")) {
      if (has("mount-claims-201-without-blob") || !ctx.blobs.has(mount)) {
        return reply.empty(201, { location: `/v2/${ctx.repoName}/blobs/${mount}`, "docker-content-digest": mount });
      }
      return created(ctx, mount);
    }
    ctx.req.resume();
    return openSession(ctx, algorithm);
  }
  if (digest && !has("single-post-ignored")) {
    const problem = checkDigest(ctx, digest);
    if (problem) {
      refuseBody(ctx.req, ctx.res);
      return reply.error(400, "DIGEST_INVALID", problem);
    }
    const session = await ctx.blobs.startUpload();
    await session.append(ctx.req);
    return complete(ctx, { repo: ctx.repoName, session, algorithm }, digest);
  }
  if (digest && has("single-post-ignored")) {
    ctx.req.resume();
    return reply.empty(201, { location: `/v2/${ctx.repoName}/blobs/${digest}` });
  }
  ctx.req.resume();
  return openSession(ctx, algorithm);
};
function findUpload(ctx) {
  const upload = ctx.uploads.get(ctx.reference);
  return upload && upload.repo === ctx.repoName ? upload : void 0;
}
function progressHeaders(ctx, upload, withRange = true) {
  const size = upload.session.size();
  return {
    location: uploadLocation(ctx.repoName, upload.session.id),
    "docker-upload-uuid": upload.session.id,
    // An empty session has no last byte; "0-0" is what registries conventionally answer.
    ...withRange ? { range: `0-${Math.max(0, size - 1)}` } : {}
  };
}
async function appendChunk(ctx, upload, final) {
  const contentRange = ctx.req.headers["content-range"];
  if (contentRange) {
    const parsed = parseContentRange(contentRange);
    if (!parsed || parsed.start !== upload.session.size() && !ctx.has("chunk-out-of-order-accepted")) {
      ctx.req.resume();
      ctx.reply.empty(416, progressHeaders(ctx, upload));
      return false;
    }
  }
  const length = Number(ctx.req.headers["content-length"] ?? NaN);
  const min = ctx.options.chunkMinLength;
  if (!final && min && Number.isFinite(length) && length < min) {
    ctx.req.resume();
    ctx.reply.error(416, "BLOB_UPLOAD_INVALID", `chunks must be at least ${min} bytes`, progressHeaders(ctx, upload));
    return false;
  }
  await upload.session.append(ctx.req);
  return true;
}
var patchUpload = async (ctx) => {
  const upload = findUpload(ctx);
  if (!upload) {
    ctx.req.resume();
    return ctx.reply.error(404, "BLOB_UPLOAD_UNKNOWN", "upload unknown");
  }
  if (!await appendChunk(ctx, upload, false)) return;
  ctx.reply.empty(202, progressHeaders(ctx, upload));
};
var uploadStatus = async (ctx) => {
  const upload = findUpload(ctx);
  if (!upload) return ctx.reply.error(404, "BLOB_UPLOAD_UNKNOWN", "upload unknown");
  ctx.reply.empty(204, progressHeaders(ctx, upload, !ctx.has("upload-status-no-range")));
};
var cancelUpload = async (ctx) => {
  const upload = findUpload(ctx);
  if (!upload) return ctx.reply.error(404, "BLOB_UPLOAD_UNKNOWN", "upload unknown");
  if (!ctx.has("upload-cancel-ignored")) {
    ctx.uploads.delete(ctx.reference);
    await upload.session.abort();
  }
  ctx.reply.empty(204);
};
var putUpload = async (ctx) => {
  const upload = findUpload(ctx);
  if (!upload) {
    ctx.req.resume();
    return ctx.reply.error(404, "BLOB_UPLOAD_UNKNOWN", "upload unknown");
  }
  const digest = ctx.url.searchParams.get("digest");
  const problem = checkDigest(ctx, digest);
  if (problem) {
    refuseBody(ctx.req, ctx.res);
    return ctx.reply.error(400, "DIGEST_INVALID", problem);
  }
  if (!await appendChunk(ctx, upload, true)) return;
  ctx.uploads.delete(ctx.reference);
  return complete(ctx, upload, digest);
};
async function complete(ctx, upload, digest) {
  const algorithm = algorithmOf(digest);
  const actual = upload.session.digest(algorithm);
  if (actual !== digest && !ctx.has("upload-digest-unchecked")) {
    await upload.session.abort();
    return ctx.reply.error(400, "DIGEST_INVALID", `content hashes to ${actual}, not ${digest}`);
  }
  if (upload.session.size() === 0 && ctx.has("empty-blob-rejected")) {
    await upload.session.abort();
    return ctx.reply.error(400, "SIZE_INVALID", "empty blob");
  }
  await upload.session.commit(digest);
  created(ctx, digest);
}

// src/reference/tags.ts
function lexical(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
function page(all, n, last, ignoreN, ignoreLast) {
  let items = all;
  if (last !== null && !ignoreLast) items = items.filter((t) => lexical(t, last) > 0);
  const limit = n === null || ignoreN ? void 0 : Number(n);
  const more = limit !== void 0 && items.length > limit;
  return { items: limit === void 0 ? items : items.slice(0, limit), more, limit };
}
var PLAIN_LISTING_PAGE = 5;
var listTags = async (ctx) => {
  const { has, reply, url } = ctx;
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo) return has("tags-unknown-repo-200") ? reply.json(200, { name: ctx.repoName, tags: [] }) : unknownRepository(ctx);
  const n = url.searchParams.get("n");
  if (n !== null && !/^\d+$/.test(n)) return reply.error(400, "UNSUPPORTED", "n must be a non-negative integer");
  const sorted = [...repo.tags.keys()].sort(lexical);
  const plainPages = n === null && has("tags-paginated");
  const { items, more, limit } = page(sorted, plainPages ? String(PLAIN_LISTING_PAGE) : n, url.searchParams.get("last"), has("tags-ignore-n"), has("tags-ignore-last"));
  let tags = items;
  if (has("tags-unsorted")) tags = [...tags].reverse();
  const headers = {};
  if (has("tags-short-page") && limit !== void 0 && tags.length === limit && limit > 1) tags = tags.slice(0, limit - 1);
  else if (more && tags.length > 0 && limit) {
    const next = new URLSearchParams(plainPages ? { last: tags[tags.length - 1] } : { n: String(limit), last: tags[tags.length - 1] });
    headers.link = has("tags-bad-link") ? `</v2/${ctx.repoName}/tags/list?${next}>` : `</v2/${ctx.repoName}/tags/list?${next}>; rel="next"`;
  }
  reply.json(200, has("tags-missing-name") ? { tags } : { name: ctx.repoName, tags }, headers);
};
var listCatalog = async (ctx) => {
  const { items, more, limit } = page(ctx.repos.names(), ctx.url.searchParams.get("n"), ctx.url.searchParams.get("last"), false, false);
  const headers = {};
  if (more && limit) headers.link = `</v2/_catalog?${new URLSearchParams({ n: String(limit), last: items[items.length - 1] })}>; rel="next"`;
  ctx.reply.json(200, { repositories: items }, headers);
};

// src/reference/object-storage.ts
import { createHmac as createHmac2, randomBytes as randomBytes2 } from "node:crypto";
import { createServer } from "node:http";
async function startObjectStorage(blobs, host = "127.0.0.1") {
  const key = randomBytes2(16);
  const sign = (digest) => createHmac2("sha256", key).update(digest).digest("hex");
  const server = createServer((req, res) => {
    req.resume();
    const url2 = new URL(req.url ?? "/", "http://storage");
    const digest = decodeURIComponent(url2.pathname.replace(/^\/bucket\//, ""));
    const refuse = (status, code) => {
      res.writeHead(status, { "content-type": "application/xml" }).end(`<Error><Code>${code}</Code></Error>`);
    };
    if (req.headers.authorization) return refuse(400, "InvalidArgument: Only one auth mechanism allowed");
    if (req.method !== "GET" && req.method !== "HEAD") return refuse(405, "MethodNotAllowed");
    if (url2.searchParams.get("X-Amz-Signature") !== sign(digest)) return refuse(403, "SignatureDoesNotMatch");
    const size = blobs.size(digest);
    if (size === void 0) return refuse(404, "NoSuchKey");
    const headers = { "content-type": "application/octet-stream", "accept-ranges": "bytes" };
    let selected;
    if (req.headers.range) {
      const parsed = parseRange(req.headers.range);
      selected = parsed && resolveRange(parsed, size);
      if (!selected) return void res.writeHead(416, { "content-range": `bytes */${size}` }).end();
      headers["content-range"] = formatContentRange({ ...selected, total: size });
    }
    headers["content-length"] = String(selected ? selected.end - selected.start + 1 : size);
    res.writeHead(selected ? 206 : 200, headers);
    if (req.method === "HEAD") return void res.end();
    blobs.read(digest, selected).pipe(res);
  });
  server.keepAliveTimeout = 5e3;
  await new Promise((resolve2) => server.listen(0, host, resolve2));
  const url = `http://${host}:${server.address().port}`;
  return {
    url,
    signedUrl: (digest) => `${url}/bucket/${encodeURIComponent(digest)}?X-Amz-Expires=300&X-Amz-Signature=${sign(digest)}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve2) => server.close(resolve2));
    }
  };
}

// src/reference/index.ts
var REFERENCE_REFERRERS_PAGE_SIZE = 10;
var NAME = "[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:\\/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*";
var TAG_OR_DIGEST = "[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}|[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+";
var ROUTES = [
  { method: ["GET", "HEAD"], pattern: new RegExp(`^/v2/(${NAME})/tags/list$`), action: "pull", handler: listTags },
  { method: ["GET"], pattern: new RegExp(`^/v2/(${NAME})/referrers/([^/]+)$`), action: "pull", handler: listReferrers },
  { method: ["GET", "HEAD"], pattern: new RegExp(`^/v2/(${NAME})/manifests/(${TAG_OR_DIGEST}|[^/]+)$`), action: "pull", handler: getManifest },
  { method: ["PUT"], pattern: new RegExp(`^/v2/(${NAME})/manifests/(${TAG_OR_DIGEST})$`), action: "push", handler: putManifest },
  { method: ["DELETE"], pattern: new RegExp(`^/v2/(${NAME})/manifests/(${TAG_OR_DIGEST})$`), action: "delete", handler: deleteManifest },
  { method: ["POST"], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/?()$`), action: "push", handler: startUpload },
  { method: ["PATCH"], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/([0-9a-f-]+)$`), action: "push", handler: patchUpload },
  { method: ["PUT"], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/([0-9a-f-]+)$`), action: "push", handler: putUpload },
  { method: ["GET"], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/([0-9a-f-]+)$`), action: "push", handler: uploadStatus },
  { method: ["DELETE"], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/([0-9a-f-]+)$`), action: "push", handler: cancelUpload },
  { method: ["GET", "HEAD"], pattern: new RegExp(`^/v2/(${NAME})/blobs/([^/]+)$`), action: "pull", handler: getBlob },
  { method: ["DELETE"], pattern: new RegExp(`^/v2/(${NAME})/blobs/([^/]+)$`), action: "delete", handler: deleteBlob }
];
async function startReferenceRegistry(options = {}) {
  const deviations = new Set(options.deviations ?? []);
  for (const name of deviations) if (!isDeviationName(name)) throw new Error(`unknown deviation "${name}" (see DEVIATIONS and ALLOWED_DEVIATIONS)`);
  const storage = options.storage ?? "memory";
  const blobs = storage === "memory" ? createMemoryBlobStore() : await createDiskBlobStore(storage.dir);
  const repos = createRepositories();
  const uploads = /* @__PURE__ */ new Map();
  const ghosts = /* @__PURE__ */ new Map();
  const auth = createAuthenticator(options.auth ?? { kind: "none" });
  const settings = {
    maxManifestBytes: options.maxManifestBytes ?? 8 * 1024 * 1024,
    referrersPageSize: options.referrersPageSize ?? REFERENCE_REFERRERS_PAGE_SIZE,
    chunkMinLength: options.chunkMinLength
  };
  let baseUrl = "";
  const storageServer = deviations.has("blob-redirect") ? await startObjectStorage(blobs, options.host ?? "127.0.0.1") : void 0;
  const rateLimiter = deviations.has("rate-limited") ? createRateLimiter() : void 0;
  const handle = async (req, res) => {
    const url = new URL(req.url ?? "/", baseUrl);
    const method = (req.method ?? "GET").toUpperCase();
    const reply = responder(res, { enveloped: !deviations.has("errors-not-enveloped"), isHead: method === "HEAD", numericMessages: deviations.has("error-message-numeric") });
    if (deviations.has("warning-malformed")) res.setHeader("warning", '199 reference "deprecated" "Wed, 21 Oct 2015 07:28:00 GMT"');
    if (rateLimiter) {
      const limited = rateLimiter.next(method, req.url ?? "/");
      for (const [name, value] of Object.entries(limited.headers)) res.setHeader(name, value);
      if (limited.refuse) {
        req.resume();
        return reply.error(429, "TOOMANYREQUESTS", "too many requests", { "retry-after": limited.retryAfter });
      }
    }
    if (url.pathname === "/token") {
      const issued = auth.issue(req, url);
      return reply.json(issued.status, issued.body);
    }
    if (url.pathname === "/v2/" || url.pathname === "/v2") {
      const challenge2 = auth.check(req, baseUrl, []);
      if (challenge2) return reply.error(401, "UNAUTHORIZED", "authentication required", { "www-authenticate": challenge2 });
      return deviations.has("ping-not-200") ? reply.error(404, "UNSUPPORTED", "not found") : reply.json(200, {});
    }
    if (url.pathname === "/v2/_catalog") {
      const challenge2 = auth.check(req, baseUrl, ["registry:catalog:*"]);
      if (challenge2) return reply.error(401, "UNAUTHORIZED", "authentication required", { "www-authenticate": challenge2 });
      return listCatalog(context(req, res, url, reply, "", "", method));
    }
    const matching = ROUTES.filter((r) => r.pattern.test(url.pathname));
    if (matching.length === 0) {
      req.resume();
      return /^\/v2\/[^/]/.test(url.pathname) && !new RegExp(`^/v2/${NAME}/`).test(url.pathname) ? reply.error(400, "NAME_INVALID", "invalid repository name") : reply.error(404, "UNSUPPORTED", `no such endpoint: ${method} ${url.pathname}`);
    }
    const route = matching.find((r) => r.method.includes(method));
    if (!route) {
      req.resume();
      return reply.error(405, "UNSUPPORTED", `${method} not allowed here`);
    }
    const [, repoName, reference] = route.pattern.exec(url.pathname);
    const scopes = [`repository:${repoName}:${route.action === "push" ? "pull,push" : route.action}`];
    const from = url.searchParams.get("from");
    if (route.handler === startUpload && from) scopes.push(`repository:${from}:pull`);
    const challenge = auth.check(req, baseUrl, scopes);
    if (challenge) {
      req.resume();
      return reply.error(401, "UNAUTHORIZED", "authentication required", deviations.has("challenge-missing") ? {} : { "www-authenticate": challenge });
    }
    if (route.action === "delete" && deviations.has("delete-disabled-405")) {
      req.resume();
      return reply.error(405, "UNSUPPORTED", "deletion is disabled");
    }
    if (route.action === "delete" && deviations.has("delete-denied")) {
      req.resume();
      return reply.error(403, "DENIED", "requested access to the resource is denied");
    }
    await route.handler(context(req, res, url, reply, repoName, decodeURIComponent(reference ?? ""), method));
  };
  const context = (req, res, url, reply, repoName, reference, method) => ({
    req,
    res,
    url,
    repoName,
    reference,
    isHead: method === "HEAD",
    reply,
    has: (deviation) => deviations.has(deviation),
    repos,
    blobs,
    uploads,
    ghosts,
    options: settings,
    storage: storageServer
  });
  const server = createServer2((req, res) => {
    handle(req, res).catch((error) => {
      options.log?.(`reference registry: ${error.stack ?? String(error)}`);
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ code: "UNKNOWN", message: "internal error" }] }));
      } else res.destroy();
    });
  });
  server.requestTimeout = 0;
  server.keepAliveTimeout = 5e3;
  await new Promise((resolve2, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve2());
  });
  const { port } = server.address();
  baseUrl = `http://${options.host ?? "127.0.0.1"}:${port}`;
  return {
    url: baseUrl,
    port,
    async close() {
      await new Promise((resolve2) => {
        server.close(() => resolve2());
        server.closeAllConnections();
      });
      for (const upload of uploads.values()) await upload.session.abort().catch(() => void 0);
      await storageServer?.close();
    }
  };
}
function createRateLimiter() {
  const counts = /* @__PURE__ */ new Map();
  const refusedLast = /* @__PURE__ */ new Set();
  let total = 0;
  return {
    next(method, url) {
      const count = (counts.get(method) ?? 0) + 1;
      counts.set(method, count);
      total++;
      const key = `${method} ${url}`;
      const refuse = !refusedLast.delete(key) && count % 5 === 0;
      if (refuse) refusedLast.add(key);
      return {
        refuse,
        retryAfter: count % 10 === 0 ? formatHttpDate(Date.now()) : "0",
        headers: { "ratelimit-limit": "100;w=21600", "ratelimit-remaining": `${refuse ? 0 : 100 - total % 100};w=21600` }
      };
    }
  };
}
async function startReferenceRegistryInTemp(options = {}) {
  const dir = await mkdtemp(join2(tmpdir(), "oci-matrix-reference-"));
  const running = await startReferenceRegistry({ ...options, storage: { dir } });
  return {
    ...running,
    async close() {
      await running.close();
      await rm2(dir, { recursive: true, force: true });
    }
  };
}
export {
  ALLOWED_DEVIATIONS,
  DEVIATIONS,
  REFERENCE_REFERRERS_PAGE_SIZE,
  isDeviationName,
  startReferenceRegistry,
  startReferenceRegistryInTemp
};

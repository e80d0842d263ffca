import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/runner/check.ts
var pass = (message) => ({ status: "pass", message });
var fail = (message) => ({ status: "fail", message });
var warn = (message) => ({ status: "warn", message });
var unsupported = (message) => ({ status: "unsupported", message });
var skip = (message) => ({ status: "skip", message });
function broken(level, message) {
  return level === "MUST" ? fail(message) : warn(message);
}
var PreconditionFailed = class extends Error {
  name = "PreconditionFailed";
};
function defineChecks(checks) {
  return checks;
}
var ORDER = ["1.0", "1.1", "main"];
function appliesTo(check, version) {
  return ORDER.indexOf(check.since ?? "1.0") <= ORDER.indexOf(version);
}
function levelFor(check, version) {
  return check.levelIn?.[version] ?? check.level;
}

// src/auth/challenge.ts
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/;
function parseChallenges(header) {
  if (!header) return [];
  const challenges = [];
  let rest = header;
  let current;
  const skip2 = (pattern) => {
    const match = pattern.exec(rest);
    if (match) rest = rest.slice(match[0].length);
    return match;
  };
  while (rest.length > 0) {
    skip2(/^[\s,]+/);
    if (!rest) break;
    const token = skip2(TOKEN);
    if (!token) {
      rest = rest.slice(1);
      continue;
    }
    skip2(/^[ \t]*/);
    if (rest.startsWith("=") && current) {
      rest = rest.slice(1);
      skip2(/^[ \t]*/);
      Object.defineProperty(current.params, token[0].toLowerCase(), { value: readValue(), enumerable: true, writable: true, configurable: true });
      continue;
    }
    current = { scheme: token[0].toLowerCase(), params: {} };
    challenges.push(current);
    const token68 = /^([A-Za-z0-9\-._~+/]+=*)(?=\s*(,|$))/.exec(rest);
    if (token68 && !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+\s*=[^=]/.test(rest)) {
      current.token68 = token68[1];
      rest = rest.slice(token68[0].length);
    }
  }
  return challenges;
  function readValue() {
    if (rest.startsWith('"')) {
      let value = "";
      let i = 1;
      for (; i < rest.length; i++) {
        const c = rest[i];
        if (c === "\\" && i + 1 < rest.length) value += rest[++i];
        else if (c === '"') break;
        else value += c;
      }
      rest = rest.slice(i + 1);
      return value;
    }
    const match = /^[^,\s]*/.exec(rest);
    rest = rest.slice(match[0].length);
    return match[0];
  }
}

// src/oci/digest.ts
import { createHash } from "node:crypto";
var ENCODED_LENGTH = { sha256: 64, sha512: 128 };
function digestOf(bytes, algorithm = "sha256") {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest("hex")}`;
}
function createDigester(algorithm = "sha256") {
  const hash = createHash(algorithm);
  let size = 0;
  return {
    update(chunk) {
      hash.update(chunk);
      size += chunk.byteLength;
    },
    digest: () => `${algorithm}:${hash.digest("hex")}`,
    bytes: () => size
  };
}
async function digestStream(stream, algorithm = "sha256") {
  const digester = createDigester(algorithm);
  for await (const chunk of stream) digester.update(chunk);
  return { digest: digester.digest(), size: digester.bytes() };
}
function parseDigest(value) {
  const match = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(value);
  if (!match) return void 0;
  const [, algorithm, encoded] = match;
  const length = ENCODED_LENGTH[algorithm];
  if (length !== void 0 && !new RegExp(`^[a-f0-9]{${length}}$`).test(encoded)) return void 0;
  return { algorithm, encoded };
}

// src/oci/media-types.ts
var MEDIA_TYPES = {
  imageManifest: "application/vnd.oci.image.manifest.v1+json",
  imageIndex: "application/vnd.oci.image.index.v1+json",
  imageConfig: "application/vnd.oci.image.config.v1+json",
  layerTar: "application/vnd.oci.image.layer.v1.tar",
  layerTarGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  layerTarZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  layerNondistributableTarGzip: "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
  empty: "application/vnd.oci.empty.v1+json",
  artifactManifest: "application/vnd.oci.artifact.manifest.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json",
  dockerLayer: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  octetStream: "application/octet-stream"
};
var ALL_MANIFEST_MEDIA_TYPES = [
  MEDIA_TYPES.imageManifest,
  MEDIA_TYPES.imageIndex,
  MEDIA_TYPES.dockerManifest,
  MEDIA_TYPES.dockerManifestList,
  MEDIA_TYPES.artifactManifest
];

// src/registry/pages.ts
function nextLink(response) {
  const link = response.headers["link"];
  if (!link) return void 0;
  for (const part of link.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (match && /(^|;)\s*rel\s*=\s*"?next"?\s*(;|$)/i.test(match[2])) return match[1];
  }
  return void 0;
}
var DEFAULT_MAX_PAGES = 200;
async function collectPages(first, fetchLink, maxPages = DEFAULT_MAX_PAGES) {
  const pages = [first];
  const seen = /* @__PURE__ */ new Set([normalised(first.url)]);
  for (let current = first; ; ) {
    if (current.status !== 200) return { pages, end: "status" };
    const link = nextLink(current);
    if (!link) return { pages, end: "complete" };
    const target = normalised(new URL(link, current.url).toString());
    if (seen.has(target)) return { pages, end: "loop" };
    if (pages.length >= maxPages) return { pages, end: "limit" };
    seen.add(target);
    current = await fetchLink(target);
    pages.push(current);
  }
}
function normalised(url) {
  const u = new URL(url);
  u.hash = "";
  u.searchParams.sort();
  return u.toString();
}

// src/registry/push.ts
var failed = (step, response, expected) => ({
  ok: false,
  step,
  response,
  message: `${step}: expected ${expected}, got HTTP ${response.status}${errorCode(response)}`
});
function errorCode(response) {
  try {
    const parsed = JSON.parse(Buffer.from(response.body).toString("utf8"));
    const codes = parsed.errors?.map((e) => e.code).filter(Boolean);
    return codes && codes.length > 0 ? ` (${codes.join(", ")})` : "";
  } catch {
    return "";
  }
}
async function upload(client, repo, blob, ledger) {
  const head = await client.headBlob(repo, blob.digest);
  if (head.status === 200) return { ok: true };
  const start = await client.startUpload(repo);
  if (start.status !== 202) return failed(`POST /v2/${repo}/blobs/uploads/`, start, "202");
  const location = client.resolveLocation(start);
  if (!location) return { ok: false, step: "POST upload", response: start, message: "POST upload: 202 without a Location header" };
  const put = await client.completeUpload(location, blob.digest, { body: blob.body(), size: blob.size });
  if (put.status !== 201) return failed(`PUT upload ?digest=${blob.digest}`, put, "201");
  ledger?.add({ kind: "blob", repo, digest: blob.digest });
  return { ok: true };
}
function pushBlob(client, repo, blob, ledger) {
  return upload(client, repo, { digest: blob.digest, size: blob.size, body: () => blob.bytes }, ledger);
}
function pushStreamedBlob(client, repo, blob, ledger) {
  return upload(client, repo, { digest: blob.digest, size: blob.size, body: () => ({ open: () => blob.chunks() }) }, ledger);
}
async function pushManifestTree(client, repo, manifest, reference = manifest.digest, ledger) {
  for (const blob of manifest.blobs) {
    const outcome = await pushBlob(client, repo, blob, ledger);
    if (!outcome.ok) return outcome;
  }
  for (const child of manifest.manifests) {
    const outcome = await pushManifestTree(client, repo, child, child.digest, ledger);
    if (!outcome.ok) return outcome;
  }
  const existed = ledger ? (await client.headManifest(repo, manifest.digest)).status === 200 : false;
  const put = await client.putManifest(repo, reference, manifest.bytes, manifest.mediaType);
  if (put.status !== 201) return failed(`PUT /v2/${repo}/manifests/${reference}`, put, "201");
  if (!existed) ledger?.add({ kind: "manifest", repo, digest: manifest.digest });
  return { ok: true };
}
var PushRefused = class extends Error {
  name = "PushRefused";
};
function orThrow(outcome) {
  if (!outcome.ok) throw new PushRefused(outcome.message);
}

export {
  parseChallenges,
  pass,
  fail,
  warn,
  unsupported,
  skip,
  broken,
  PreconditionFailed,
  defineChecks,
  appliesTo,
  levelFor,
  digestOf,
  digestStream,
  parseDigest,
  MEDIA_TYPES,
  ALL_MANIFEST_MEDIA_TYPES,
  nextLink,
  collectPages,
  errorCode,
  pushBlob,
  pushStreamedBlob,
  pushManifestTree,
  PushRefused,
  orThrow
};

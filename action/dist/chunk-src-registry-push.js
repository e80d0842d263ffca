import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/runner/precondition.ts
var PreconditionFailed = class extends Error {
  name = "PreconditionFailed";
};

// src/runner/check.ts
var pass = (message) => ({ status: "pass", message });
var fail = (message) => ({ status: "fail", message });
var warn = (message) => ({ status: "warn", message });
var unsupported = (message) => ({ status: "unsupported", message });
var skip = (message) => ({ status: "skip", message });
function broken(level, message) {
  return level === "MUST" ? fail(message) : warn(message);
}
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

// src/registry/error-code.ts
function errorCode(response) {
  try {
    const parsed = JSON.parse(Buffer.from(response.body).toString("utf8"));
    const codes = parsed.errors?.map((e) => e.code).filter(Boolean);
    return codes && codes.length > 0 ? ` (${codes.join(", ")})` : "";
  } catch {
    return "";
  }
}

// src/registry/push.ts
var failed = (step, response, expected) => ({
  ok: false,
  step,
  response,
  message: `${step}: expected ${expected}, got HTTP ${response.status}${errorCode(response)}`
});
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
  PreconditionFailed,
  pass,
  fail,
  warn,
  unsupported,
  skip,
  broken,
  defineChecks,
  appliesTo,
  levelFor,
  nextLink,
  collectPages,
  errorCode,
  pushBlob,
  pushStreamedBlob,
  pushManifestTree,
  PushRefused,
  orThrow
};

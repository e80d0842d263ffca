import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  MEDIA_TYPES,
  PreconditionFailed,
  PushRefused,
  broken,
  defineChecks,
  digestOf,
  digestStream,
  fail,
  nextLink,
  orThrow,
  parseChallenges,
  pass,
  pushBlob,
  pushManifestTree,
  pushStreamedBlob,
  skip,
  unsupported,
  warn
} from "./chunk-src-registry-push.js";
import "./chunk-runtime.js";

// suites/spec.ts
var DISTRIBUTION = "https://github.com/opencontainers/distribution-spec/blob";
var anchor = (section) => section.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-");
function distribution(section, version = "v1.1.1") {
  return { version, section, url: `${DISTRIBUTION}/${version}/spec.md#${anchor(section)}` };
}
function distributionMain(section) {
  return distribution(section, "main");
}

// src/oci/tar.ts
import { crc32 } from "node:zlib";
import { createHash } from "node:crypto";
var encoder = new TextEncoder();
function octal(value, width) {
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}
function header(path, size, mode, type) {
  const block = new Uint8Array(512);
  const put = (text, offset) => block.set(encoder.encode(text), offset);
  if (encoder.encode(path).byteLength > 100) throw new Error(`tar path longer than 100 bytes: ${path}`);
  put(path, 0);
  put(octal(mode, 8), 100);
  put(octal(0, 8), 108);
  put(octal(0, 8), 116);
  put(octal(size, 12), 124);
  put(octal(0, 12), 136);
  put("        ", 148);
  put(type, 156);
  put("ustar\x0000", 257);
  let sum = 0;
  for (const byte of block) sum += byte;
  put(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  return block;
}
function tar(entries) {
  const parts = [];
  const dirs = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    const segments = entry.path.split("/").slice(0, -1);
    for (let i = 1; i <= segments.length; i++) {
      const dir = `${segments.slice(0, i).join("/")}/`;
      if (!dirs.has(dir)) {
        dirs.add(dir);
        parts.push(header(dir, 0, 493, "5"));
      }
    }
    const content = typeof entry.content === "string" ? encoder.encode(entry.content) : entry.content;
    parts.push(header(entry.path, content.byteLength, entry.mode ?? 420, "0"), content);
    const padding = (512 - content.byteLength % 512) % 512;
    if (padding) parts.push(new Uint8Array(padding));
  }
  parts.push(new Uint8Array(1024));
  return Buffer.concat(parts);
}
function gzipStored(data) {
  const parts = [Uint8Array.from([31, 139, 8, 0, 0, 0, 0, 0, 0, 255])];
  const MAX = 65535;
  let offset = 0;
  do {
    const length = Math.min(MAX, data.byteLength - offset);
    const final = offset + length >= data.byteLength ? 1 : 0;
    parts.push(Uint8Array.from([final, length & 255, length >> 8, ~length & 255, ~length >> 8 & 255]));
    parts.push(data.subarray(offset, offset + length));
    offset += length;
  } while (offset < data.byteLength);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data) >>> 0, 0);
  trailer.writeUInt32LE(data.byteLength >>> 0, 4);
  parts.push(trailer);
  return Buffer.concat(parts);
}
function tarGz(entries) {
  return gzipStored(tar(entries));
}
function diffIdOf(tarBytes) {
  return `sha256:${createHash("sha256").update(tarBytes).digest("hex")}`;
}

// src/oci/builders.ts
var encoder2 = new TextEncoder();
function blobOf(content, mediaType, algorithm = "sha256") {
  const bytes = typeof content === "string" ? encoder2.encode(content) : content;
  return { mediaType, digest: digestOf(bytes, algorithm), size: bytes.byteLength, bytes };
}
function descriptorOf(target, extra = {}) {
  const descriptor = { mediaType: target.mediaType, digest: target.digest, size: target.size };
  if ("artifactType" in target && target.artifactType && extra.artifactType === void 0) descriptor.artifactType = target.artifactType;
  return { ...descriptor, ...extra };
}
function manifestFrom(json, parts, algorithm) {
  const bytes = encoder2.encode(JSON.stringify(json));
  return {
    mediaType: json.mediaType,
    digest: digestOf(bytes, algorithm),
    size: bytes.byteLength,
    bytes,
    blobs: parts.blobs,
    manifests: parts.manifests,
    ...parts.subject ? { subject: parts.subject } : {},
    ...parts.artifactType ? { artifactType: parts.artifactType } : {},
    json
  };
}
function imageManifest(options) {
  const mediaType = options.mediaType ?? MEDIA_TYPES.imageManifest;
  const json = { schemaVersion: 2, mediaType };
  if (options.artifactType) json.artifactType = options.artifactType;
  json.config = options.configDescriptor ?? descriptorOf(options.config);
  json.layers = options.layerDescriptors ?? options.layers.map((layer) => descriptorOf(layer));
  if (options.subject) json.subject = options.subject;
  if (options.annotations) json.annotations = options.annotations;
  Object.assign(json, options.extraFields ?? {});
  return manifestFrom(json, { blobs: [options.config, ...options.layers], manifests: [], subject: options.subject, artifactType: options.artifactType }, options.alg ?? "sha256");
}
function imageIndex(options) {
  const mediaType = options.mediaType ?? MEDIA_TYPES.imageIndex;
  const json = { schemaVersion: 2, mediaType };
  if (options.artifactType) json.artifactType = options.artifactType;
  json.manifests = [
    ...options.manifests.map((m, i) => {
      const platform = options.platforms?.[i];
      return descriptorOf(m, platform ? { platform } : {});
    }),
    ...options.extraDescriptors ?? []
  ];
  if (options.subject) json.subject = options.subject;
  if (options.annotations) json.annotations = options.annotations;
  return manifestFrom(json, { blobs: [], manifests: options.manifests, subject: options.subject, artifactType: options.artifactType }, options.alg ?? "sha256");
}

// src/oci/seeded.ts
import { createHash as createHash2 } from "node:crypto";
var BLOCK = 32;
function fill(seed, start, target) {
  for (let offset = 0, block = start / BLOCK; offset < target.byteLength; offset += BLOCK, block++) {
    const digest = createHash2("sha256").update(`${seed}:${block}`).digest();
    target.set(digest.subarray(0, Math.min(BLOCK, target.byteLength - offset)), offset);
  }
}
function seededBytes(seed, size) {
  const bytes = new Uint8Array(size);
  fill(seed, 0, bytes);
  return bytes;
}

// src/oci/catalogue.ts
var BASE_SEED = "oci-matrix/v1";
var SEED = BASE_SEED;
function layerOf(name, files, algorithm = "sha256") {
  const archive = tar(Object.entries(files).map(([path, content]) => ({ path, content })));
  return { blob: blobOf(gzipStored(archive), MEDIA_TYPES.layerTarGzip, algorithm), diffId: diffIdOf(archive) };
}
function imageConfig(platform, diffIds, labels = {}) {
  return JSON.stringify({
    architecture: platform.architecture,
    os: platform.os,
    config: { Env: ["PATH=/usr/local/bin:/usr/bin:/bin"], Cmd: ["/bin/hello"], Labels: labels },
    rootfs: { type: "layers", diff_ids: diffIds },
    history: diffIds.map((_, i) => ({ created_by: `oci-matrix layer ${i}` }))
  });
}
var seedNote = (seed) => seed === BASE_SEED ? "" : ` (${seed})`;
var seedLabel = (seed) => seed === BASE_SEED ? {} : { "org.oci-matrix.seed": seed };
function sampleImage(name, platform = { architecture: "amd64", os: "linux" }, algorithm = "sha256", seed = SEED) {
  const base = layerOf(`${name}-base`, {
    "etc/os-release": `NAME=oci-matrix
ID=${name}
`,
    "bin/hello": seededBytes(`${seed}/${name}/hello/${platform.architecture}`, 3e3)
  }, algorithm);
  const app = layerOf(`${name}-app`, { [`app/${name}.txt`]: `oci-matrix sample content: ${name} ${platform.os}/${platform.architecture}${seedNote(seed)}
` }, algorithm);
  const config = blobOf(imageConfig(platform, [base.diffId, app.diffId], { "org.oci-matrix.sample": name, ...seedLabel(seed) }), MEDIA_TYPES.imageConfig, algorithm);
  return imageManifest({ config, layers: [base.blob, app.blob], alg: algorithm });
}
var memo = /* @__PURE__ */ new Map();
function distributionContent(runId) {
  const SEED2 = runId ? `${BASE_SEED}/${runId}` : BASE_SEED;
  const known = memo.get(SEED2);
  if (known) return known;
  const sample = (name, platform, algorithm) => sampleImage(name, platform, algorithm, SEED2);
  const emptyJson2 = blobOf("{}", MEDIA_TYPES.empty);
  const image2 = sample("image");
  const imageAlt = sample("image-alt");
  const amd64 = sample("multi", { architecture: "amd64", os: "linux" });
  const arm64 = sample("multi", { architecture: "arm64", os: "linux", variant: "v8" });
  const index = imageIndex({ manifests: [amd64, arm64], platforms: [{ architecture: "amd64", os: "linux" }, { architecture: "arm64", os: "linux", variant: "v8" }] });
  const innerConfig = blobOf(imageConfig({ architecture: "amd64", os: "linux" }, [], { "org.oci-matrix.sample": "no-layers", ...seedLabel(SEED2) }), MEDIA_TYPES.imageConfig);
  const noLayers = imageManifest({ config: innerConfig, layers: [] });
  const nestedIndex = imageIndex({ manifests: [index, image2], annotations: { "org.oci-matrix.sample": "nested-index" } });
  const customBase = sample("custom-fields");
  const customJson = customBase.json;
  const customFields = imageManifest({
    config: customBase.blobs[0],
    layers: customBase.blobs.slice(1),
    layerDescriptors: customJson.layers.map((l, i) => ({ ...l, annotations: { "org.oci-matrix.layer": String(i) } })),
    annotations: { "org.opencontainers.image.title": "custom fields", "org.oci-matrix.unicode": "Grüße ✓" },
    extraFields: { "org.oci-matrix.unknown-field": { nested: [1, 2, 3] }, zzzLast: true }
  });
  const dataBase = sample("data-field");
  const dataConfig = dataBase.blobs[0];
  const dataField = imageManifest({
    config: dataConfig,
    layers: dataBase.blobs.slice(1),
    configDescriptor: descriptorOf(dataConfig, { data: Buffer.from(dataConfig.bytes).toString("base64") })
  });
  const foreign = blobOf(seededBytes(`${SEED2}/non-distributable`, 2048), MEDIA_TYPES.layerNondistributableTarGzip);
  const ndConfig = blobOf(imageConfig({ architecture: "amd64", os: "windows" }, ["sha256:" + "0".repeat(64)], { "org.oci-matrix.sample": "non-distributable", ...seedLabel(SEED2) }), MEDIA_TYPES.imageConfig);
  const nonDistributable = imageManifest({
    config: ndConfig,
    layers: [],
    layerDescriptors: [descriptorOf(foreign, { urls: ["https://example.invalid/oci-matrix/foreign-layer.tar.gz"] })]
  });
  const sha512Image = sample("sha512", { architecture: "amd64", os: "linux" }, "sha512");
  const largeManifest = manifestOfSize(image2, "large-manifest", 4e6);
  const overLimitManifest = manifestOfSize(image2, "over-limit-manifest", 4 * 1024 * 1024 + 64 * 1024);
  const artifactLayer = blobOf(`oci-matrix artifact payload${seedNote(SEED2)}
`, "application/vnd.oci-matrix.payload.v1");
  const artifact = imageManifest({ config: emptyJson2, layers: [artifactLayer], artifactType: "application/vnd.oci-matrix.test.v1" });
  const chunked = /* @__PURE__ */ new Map();
  const content = {
    image: image2,
    imageAlt,
    noLayers,
    customFields,
    dataField,
    nonDistributable,
    nonDistributableLayer: foreign,
    index,
    nestedIndex,
    sha512Image,
    emptyBlob: blobOf(new Uint8Array(0), MEDIA_TYPES.octetStream),
    emptyJson: emptyJson2,
    largeManifest,
    overLimitManifest,
    artifact,
    chunkedBlob(size) {
      let blob = chunked.get(size);
      if (!blob) chunked.set(size, blob = blobOf(seededBytes(`${SEED2}/chunked/${size}`, size), MEDIA_TYPES.octetStream));
      return blob;
    },
    referrer(subject, artifactType, annotations = { "org.oci-matrix.referrer": artifactType }) {
      const layer = blobOf(`referrer of ${subject.digest} (${artifactType})
`, "application/vnd.oci-matrix.payload.v1");
      return imageManifest({ config: emptyJson2, layers: [layer], subject, artifactType, annotations });
    }
  };
  memo.set(SEED2, content);
  return content;
}
function manifestOfSize(image2, purpose, size) {
  const build = (pad) => {
    const filler = {};
    for (let i = 0; i * 51 * 1024 * 4 / 3 < size - 1e5; i++) filler[`org.oci-matrix.filler.${String(i).padStart(2, "0")}`] = Buffer.from(seededBytes(`${SEED}/${purpose}/${i}`, 51 * 1024)).toString("base64");
    filler["org.oci-matrix.pad"] = pad;
    return imageManifest({ config: image2.blobs[0], layers: image2.blobs.slice(1), annotations: filler });
  };
  const unpadded = build("");
  const manifest = build("=".repeat(size - unpadded.size));
  if (manifest.size !== size) throw new Error(`${purpose}: built ${manifest.size} bytes, wanted ${size}`);
  return manifest;
}

// suites/fixtures.ts
function pushedImage(ctx) {
  return ctx.fixtures.use("image", async () => {
    const manifest = distributionContent(ctx.runId).image;
    const tag = ctx.tag("image");
    orThrow(await pushManifestTree(ctx.client, ctx.repo, manifest, tag, ctx.cleanup));
    return { repo: ctx.repo, tag, manifest };
  });
}
function pushedIndex(ctx) {
  return ctx.fixtures.use("index", async () => {
    const manifest = distributionContent(ctx.runId).index;
    const tag = ctx.tag("index");
    orThrow(await pushManifestTree(ctx.client, ctx.repo, manifest, tag, ctx.cleanup));
    return { repo: ctx.repo, tag, manifest };
  });
}
var LISTING_TAG_SUFFIXES = ["alpha", "Bravo", "charlie", "Delta", "echo", "Foxtrot", "golf", "Hotel", "india", "Juliett", "kilo", "Lima"];
function taggedRepository(ctx) {
  return ctx.fixtures.use("tags", async () => {
    const repo = isolatedRepo(ctx, "tags");
    const manifest = distributionContent(ctx.runId).image;
    const window = ctx.tag("list-");
    const tags = LISTING_TAG_SUFFIXES.map((suffix) => `${window}${suffix}`);
    orThrow(await pushManifestTree(ctx.client, repo, manifest, tags[0], ctx.cleanup));
    for (const tag of tags.slice(1)) {
      const put = await ctx.client.putManifest(repo, tag, manifest.bytes, manifest.mediaType);
      if (put.status !== 201) throw new PushRefused(`PUT tag ${tag}: HTTP ${put.status}`);
    }
    return { repo, tags, window, shared: repo === ctx.repo };
  });
}
function isolatedRepo(ctx, purpose) {
  return ctx.limits.createRepository === false ? ctx.repo : `${ctx.repo}/${purpose}`;
}
function uniqueImage(ctx, purpose) {
  const config = blobOf(
    JSON.stringify({ architecture: "amd64", os: "linux", rootfs: { type: "layers", diff_ids: [] }, config: { Labels: { purpose, run: ctx.tag("x") } } }),
    MEDIA_TYPES.imageConfig
  );
  const layer = blobOf(tarGz([{ path: `${purpose}.txt`, content: `oci-matrix ${purpose} ${ctx.tag("x")}
` }]), MEDIA_TYPES.layerTarGzip);
  return imageManifest({ config, layers: [layer], annotations: { "org.opencontainers.image.title": purpose } });
}
async function putInPlace(ctx, manifest, reference, repo = ctx.repo) {
  const outcome = await pushManifestTree(ctx.client, repo, manifest, reference, ctx.cleanup);
  if (!outcome.ok) throw new PreconditionFailed(`precondition failed: could not push the content this check needs: ${outcome.message}`);
}

// suites/support.ts
function describe(response) {
  return `HTTP ${response.status}${errorCodesText(response)}${htmlPageText(response)}`;
}
function htmlPageText(response) {
  if (mediaTypeOf(response) !== "text/html") return "";
  const text = Buffer.from(response.body.subarray(0, 4096)).toString("utf8");
  const title = /<title[^>]*>([^<]{1,120})/i.exec(text)?.[1]?.trim();
  return ` (an HTML page${title ? ` titled "${title}"` : ""}, likely from a proxy in front of the registry)`;
}
function errorCodes(response) {
  const parsed = jsonBody(response);
  return Array.isArray(parsed?.errors) ? parsed.errors.map((e) => String(e?.code)) : [];
}
function errorCodesText(response) {
  const codes = errorCodes(response);
  return codes.length ? ` ${codes.join(", ")}` : "";
}
function jsonBody(response) {
  try {
    return JSON.parse(Buffer.from(response.body).toString("utf8"));
  } catch {
    return void 0;
  }
}
function header2(response, name) {
  return response.headers[name.toLowerCase()];
}
function registryHeader(response, name) {
  const own = header2(response, name);
  if (own !== void 0) return { value: own };
  const hops = response.redirects ?? [];
  for (let i = hops.length - 1; i >= 0; i--) {
    const value = hops[i].headers[name.toLowerCase()];
    if (value !== void 0) return { value, hop: i };
  }
  return void 0;
}
function whereSent(response, found) {
  if (found?.hop === void 0) return "";
  return ` (sent on the ${response.redirects[found.hop].status} redirect)`;
}
function mediaTypeOf(response) {
  return header2(response, "content-type")?.split(";")[0].trim().toLowerCase();
}
function bodyDigest(response, algorithm = "sha256") {
  return digestOf(response.body, algorithm);
}
function sameBytes(a, b) {
  return Buffer.from(a).equals(Buffer.from(b));
}
function unexpectedStatus(response, allowed, what) {
  if (allowed.includes(response.status)) return void 0;
  const expected = allowed.length === 1 ? String(allowed[0]) : allowed.join(" or ");
  return `${what}: expected ${expected}, got ${describe(response)}`;
}

// suites/discovery.ts
var LISTING_TAGS = distribution("Listing Tags");
function tagsOf(response) {
  const body = jsonBody(response);
  if (!body || typeof body !== "object") return void 0;
  if (body.tags === null) return [];
  return Array.isArray(body.tags) && body.tags.every((t) => typeof t === "string") ? body.tags : void 0;
}
var caseInsensitive = (a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};
var asciibetical = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function lexicalOrderName(tags) {
  const sortedBy = (cmp) => tags.every((t, i) => i === 0 || cmp(tags[i - 1], t) <= 0);
  if (sortedBy(caseInsensitive)) return "case-insensitive";
  if (sortedBy(asciibetical)) return "ASCII";
  return void 0;
}
var excerpt = (response) => Buffer.from(response.body).toString("utf8").slice(0, 200);
async function listAll(ctx, repo) {
  const { pages, end } = await ctx.client.listTagPages(repo);
  const first = pages[0];
  const tags = [];
  for (const [i, page] of pages.entries()) {
    const which = i === 0 ? `GET /v2/${repo}/tags/list` : `page ${i + 1} (via Link)`;
    const wrong = unexpectedStatus(page, [200], which);
    if (wrong) return { first, problem: wrong };
    const listed = tagsOf(page);
    if (!listed) return { first, problem: `${which}: body is not {"name", "tags": [...]}: ${excerpt(page)}` };
    tags.push(...listed);
  }
  if (end === "loop") return { first, problem: `the Link header of page ${pages.length} leads back to a page already listed` };
  if (end === "limit") return { first, problem: `still a next page after ${pages.length} pages; stopped following Link` };
  return { first, tags };
}
var ownTags = (listed, window) => listed.filter((t) => t.startsWith(window));
function warningProblems(response) {
  const raw = response.headers["warning"];
  if (raw === void 0) return [];
  const problems = [];
  const rest = raw.replace(/299 - "(?:[^"\\]|\\.)*"/g, "").replace(/[\s,]/g, "");
  if (rest) problems.push(`Warning "${raw.slice(0, 120)}" is not of the form 299 - "<text>" (warn-code 299, warn-agent -, no warn-date)`);
  if (Buffer.byteLength(raw) > 4096) problems.push(`${Buffer.byteLength(raw)} bytes of Warning data (at most 4096)`);
  return problems;
}
var discoveryChecks = defineChecks([
  {
    id: "discovery.base",
    suite: "discovery",
    title: "GET /v2/ answers 200",
    level: "MUST",
    spec: distribution("Determining Support"),
    requirements: [],
    async run(ctx) {
      const response = await ctx.client.ping();
      const wrong = unexpectedStatus(response, [200], "GET /v2/");
      return wrong ? fail(wrong) : pass("GET /v2/: 200");
    }
  },
  {
    id: "discovery.tags.list",
    suite: "discovery",
    title: "Tag listing answers 200 with {name, tags} containing every pushed tag",
    level: "MUST",
    limit: "tagListing",
    spec: LISTING_TAGS,
    requirements: [],
    async run(ctx) {
      const { repo, tags } = await taggedRepository(ctx);
      const { first, tags: listed, problem } = await listAll(ctx, repo);
      if (problem || !listed) return fail(problem ?? "no tag list");
      const body = jsonBody(first);
      if (body?.name !== repo) return fail(`"name" is ${JSON.stringify(body?.name)}, expected "${repo}"`);
      const missing = tags.filter((t) => !listed.includes(t));
      if (missing.length) return fail(`pushed tags missing from the list: ${missing.join(", ")}`);
      return pass(`200 with all ${tags.length} pushed tags`);
    }
  },
  {
    id: "discovery.tags.order",
    suite: "discovery",
    title: "Tags are listed in lexical order (case-insensitive or ASCII)",
    level: "MUST",
    limit: "tagListing",
    spec: LISTING_TAGS,
    requirements: [],
    async run(ctx) {
      const { repo } = await taggedRepository(ctx);
      const { tags, problem } = await listAll(ctx, repo);
      if (!tags) return fail(`cannot read the tag list: ${problem}`);
      const order = lexicalOrderName(tags);
      if (order) return pass(`${tags.length} tags in ${order} order`);
      return fail(`tags are not in lexical order: ${tags.map((t) => t.replace(/^r\d{8}-\d{6}-[0-9a-f]{6}-/, "…")).join(", ")}`);
    }
  },
  {
    id: "discovery.tags.n",
    suite: "discovery",
    title: "n=<int> returns n tags (fewer only with a Link header or at the end)",
    level: "MUST",
    limit: "tagListing",
    spec: LISTING_TAGS,
    requirements: [],
    async run(ctx) {
      const { repo, window, shared } = await taggedRepository(ctx);
      const all = await listAll(ctx, repo);
      if (!all.tags) return fail(`cannot read the full tag list: ${all.problem}`);
      const n = 2;
      const expected = shared ? ownTags(all.tags, window) : all.tags;
      const page = await ctx.client.listTags(repo, shared ? { n, last: window } : { n });
      const asked = shared ? `GET tags/list?n=${n}&last=<this run's prefix>` : `GET tags/list?n=${n}`;
      const wrong = unexpectedStatus(page, [200], asked);
      if (wrong) return fail(wrong);
      const tags = tagsOf(page);
      if (!tags) return fail("?n= answer is not a tag list");
      if (tags.length > n) return fail(`n=${n} returned ${tags.length} tags`);
      if (tags.length < n && expected.length >= n && !nextLink(page)) return fail(`n=${n} returned ${tags.length} tags without a Link header, though ${expected.length} exist`);
      if (tags.join() !== expected.slice(0, tags.length).join()) {
        if (shared && tags.length === n && !tags.some((t) => t.startsWith(window))) return pass(`n=${n}: ${n} tags, though not from last=<this run's prefix> (see discovery.tags.last)`);
        return fail(`n=${n} returned ${tags.join(", ")}, not the start of the full list`);
      }
      return pass(`n=${n}: the first ${tags.length} tags of ${all.tags.length}`);
    }
  },
  {
    id: "discovery.tags.last",
    suite: "discovery",
    title: "last=<tag> returns the tags after it, in order",
    level: "MUST",
    limit: "tagListing",
    spec: LISTING_TAGS,
    requirements: [],
    async run(ctx) {
      const { repo, window } = await taggedRepository(ctx);
      const all = await listAll(ctx, repo);
      if (!all.tags) return fail(`cannot read the full tag list: ${all.problem}`);
      const ours = ownTags(all.tags, window);
      if (ours.length < 4) return fail(`the full list holds ${ours.length} of the ${LISTING_TAG_SUFFIXES.length} pushed tags`);
      const last = ours[1];
      const page = await ctx.client.listTags(repo, { n: 2, last });
      const wrong = unexpectedStatus(page, [200], `GET tags/list?n=2&last=${last}`);
      if (wrong) return fail(wrong);
      const tags = tagsOf(page);
      if (!tags) return fail("?last= answer is not a tag list");
      const expected = ours.slice(2, 4);
      if (tags.join() !== expected.join()) return fail(`n=2&last=${last} returned [${tags.join(", ")}], expected [${expected.join(", ")}]`);
      return pass(`n=2&last=<2nd tag>: the 3rd and 4th tags`);
    }
  },
  {
    id: "discovery.tags.link",
    suite: "discovery",
    title: 'A Link header, when sent, is rel="next" and leads to the rest of the list',
    level: "MUST",
    limit: "tagListing",
    spec: LISTING_TAGS,
    requirements: [],
    async run(ctx) {
      const { repo, window, shared } = await taggedRepository(ctx);
      const all = await listAll(ctx, repo);
      if (!all.tags) return fail(`cannot read the full tag list: ${all.problem}`);
      const ours = ownTags(all.tags, window);
      const { pages, end } = await ctx.client.listTagPages(repo, shared ? { n: 2, last: window } : { n: 2 }, Math.ceil(ours.length / 2) + 2);
      const collected = [];
      for (const [i, page] of pages.entries()) {
        if (page.status !== 200) return fail(`page ${i + 1}: ${describe(page)}`);
        const tags = tagsOf(page);
        if (!tags) return fail(`page ${i + 1} is not a tag list`);
        collected.push(...tags);
        const raw = page.headers["link"];
        if (raw && !nextLink(page)) return fail(`Link header "${raw}" has no rel="next" URL`);
      }
      if (end === "loop") return fail(`the Link header of page ${pages.length} leads back to a page already listed`);
      if (pages.length === 1) return pass("no Link header sent (it is optional); n and last cover pagination");
      const got = shared ? ownTags(collected, window) : collected;
      const want = shared ? ours : all.tags;
      if (got.join() !== want.join()) return fail(`following Link gave [${got.length} tags] that differ from the full list [${want.length} tags]`);
      return pass(`${pages.length} pages via Link rel="next" reproduce ${shared ? "this run's tags of " : ""}the full list`);
    }
  },
  {
    id: "discovery.tags.n-zero",
    suite: "discovery",
    title: "n=0 returns an empty list and no Link header",
    level: "MUST",
    since: "1.1",
    limit: "tagListing",
    spec: LISTING_TAGS,
    requirements: [],
    async run(ctx) {
      const { repo } = await taggedRepository(ctx);
      const response = await ctx.client.listTags(repo, { n: 0 });
      const wrong = unexpectedStatus(response, [200], "GET tags/list?n=0");
      if (wrong) return fail(wrong);
      const tags = tagsOf(response);
      if (!tags) return fail("n=0 answer is not a tag list");
      if (tags.length) return fail(`n=0 returned ${tags.length} tags`);
      if (response.headers["link"]) return fail(`n=0 carries a Link header: ${response.headers["link"]}`);
      return pass("n=0: empty list, no Link");
    }
  },
  {
    id: "discovery.warnings",
    suite: "discovery",
    title: 'Warning headers, when sent, are 299 - "<text>" and at most 4096 bytes',
    level: "MUST",
    spec: distribution("Warnings"),
    requirements: [],
    async run(ctx) {
      const { repo, tags } = await taggedRepository(ctx);
      const responses = [await ctx.client.ping(), await ctx.client.listTags(repo), await ctx.client.getManifest(repo, tags[0]), await ctx.client.headManifest(repo, tags[0])];
      const problems = responses.flatMap(warningProblems);
      if (problems.length) return fail(problems.join("; "));
      const seen = responses.filter((r) => r.headers["warning"] !== void 0).length;
      return pass(seen ? `${seen} response(s) carried Warning headers, all well-formed` : "no Warning headers sent (they are optional)");
    }
  },
  {
    id: "discovery.tags.unknown-repository",
    suite: "discovery",
    title: "Listing the tags of a repository that does not exist answers 404",
    level: "MUST",
    limit: "tagListing",
    spec: distribution("Endpoints"),
    requirements: [],
    async run(ctx) {
      const repo = `${ctx.repo}/never-created`;
      const response = await ctx.client.listTags(repo);
      if (response.status === 401 || response.status === 403) return { status: "unsupported", message: `answers ${describe(response)} for repositories the credentials cannot see` };
      if (response.status === 404) return pass("404");
      return broken(ctx.level, `expected 404, got ${describe(response)}`);
    }
  }
]);

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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
        const raw = header2(response, "content-type");
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
    requirements: [],
    async run(ctx) {
      const { repo, tag, manifest } = await pushedImage(ctx);
      const response = await ctx.client.getManifest(repo, tag);
      if (response.status !== 200) return fail(`GET manifest: expected 200, got ${describe(response)}`);
      const digest = header2(response, "docker-content-digest");
      if (!digest) return broken(ctx.level, "no Docker-Content-Digest header on a successful manifest GET");
      const algorithm = digest.startsWith("sha512:") ? "sha512" : "sha256";
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
    requirements: [],
    async run(ctx) {
      const { repo, tag, manifest } = await pushedImage(ctx);
      for (const ref of [tag, manifest.digest]) {
        const response = await ctx.client.headManifest(repo, ref);
        const wrong = unexpectedStatus(response, [200], `HEAD manifest ${ref}`);
        if (wrong) return fail(wrong);
        const digest = header2(response, "docker-content-digest");
        if (digest !== void 0 && digest !== manifest.digest && !digest.startsWith("sha512:")) {
          return fail(`HEAD ${ref}: Docker-Content-Digest ${digest}, the manifest is ${manifest.digest}`);
        }
        const length = header2(response, "content-length");
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
    async run(ctx) {
      const { repo, manifest } = await pushedImage(ctx);
      const response = await ctx.client.getManifest(repo, manifest.digest, "*/*");
      if (response.status === 200 && sameBytes(response.body, manifest.bytes)) return pass("served with Accept: */*");
      return unsupported(`GET by digest with Accept: */* answered ${describe(response)}: clients must name the manifest's media type in Accept`);
    }
  },
  {
    id: "pull.blob.get",
    suite: "pull",
    title: "GET a blob returns 200 and bytes that hash to its digest",
    level: "MUST",
    spec: PULLING_BLOBS,
    requirements: [],
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
    requirements: [],
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
      const algorithm = digest.startsWith("sha512:") ? "sha512" : "sha256";
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
    requirements: [],
    async run(ctx) {
      const { repo, manifest } = await pushedImage(ctx);
      const blob = manifest.blobs[manifest.blobs.length - 1];
      const response = await ctx.client.headBlob(repo, blob.digest);
      const wrong = unexpectedStatus(response, [200], `HEAD blob ${blob.digest}`);
      if (wrong) return fail(wrong);
      const length = header2(response, "content-length");
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
    requirements: [],
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
    requirements: [],
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
      const contentRange = header2(response, "content-range");
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
  const published = Number(header2(session, "oci-chunk-min-length") ?? 0);
  return Math.max(256 * 1024, published || 0, ctx.limits.chunkMinLength ?? 0);
}
async function openChunkedUpload(ctx, purpose, size) {
  const session = await openSession(ctx);
  if (isVerdict(session)) return session;
  const chunk = chunkSizeFor(ctx, session.response);
  return { ...session, chunk, blob: seededBlob(ctx, `${purpose}-${chunk}`, size(chunk)) };
}
function rangeEnd(response) {
  const match = /^(?:bytes=)?0-(\d+)$/.exec(header2(response, "range")?.trim() ?? "");
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
    requirements: [],
    async run(ctx) {
      const blob = seededBlob(ctx, "post-put", 8 * 1024 + 7);
      const session = await openSession(ctx);
      if (isVerdict(session)) return session;
      const put = await ctx.client.completeUpload(session.location, blob.digest, { body: blob.bytes, size: blob.size });
      const wrong = unexpectedStatus(put, [201], `PUT upload ?digest=${blob.digest}`);
      if (wrong) return fail(wrong);
      ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: blob.digest });
      if (!header2(put, "location")) return fail("PUT completing the upload answered 201 without a Location header");
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
    requirements: [],
    async run(ctx) {
      const blob = seededBlob(ctx, "single-post", 5 * 1024 + 3);
      const post = await ctx.client.singlePostUpload(ctx.repo, blob.digest, blob.bytes, blob.size);
      if (post.status === 201) {
        ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: blob.digest });
        if (!header2(post, "location")) return fail("single POST answered 201 without a Location header");
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
    requirements: [],
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
        if (rangeEnd(patch) !== end) return fail(`PATCH chunk ${offset}-${end}: Range header "${header2(patch, "range") ?? "(none)"}", expected "0-${end}"`);
        location = next;
        offset = end + 1;
      }
      const put = await ctx.client.completeUpload(location, blob.digest);
      const wrong = unexpectedStatus(put, [201], "closing PUT ?digest=");
      if (wrong) return fail(wrong);
      ctx.cleanup.add({ kind: "blob", repo: ctx.repo, digest: blob.digest });
      if (!header2(put, "location")) return fail("closing PUT answered 201 without a Location header");
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
    requirements: [],
    async run(ctx) {
      const session = await openSession(ctx);
      if (isVerdict(session)) return session;
      await ctx.client.cancelUpload(session.location).catch(() => void 0);
      const published = header2(session.response, "oci-chunk-min-length");
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
    requirements: [],
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
    requirements: [],
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
        if (!header2(status, "location")) return fail("upload status 204 without a Location header");
        if (rangeEnd(status) !== chunk - 1) return fail(`upload status Range "${header2(status, "range") ?? "(none)"}", expected "0-${chunk - 1}"`);
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
      const served = header2(await ctx.client.headBlob(ctx.repo, blob.digest), "docker-content-digest");
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
    requirements: [],
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
  if (!header2(mount, "location")) return fail(`mount ${how}: 201 without a Location header`);
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
      if (mediaTypeOf(got) !== manifest.mediaType) return broken(ctx.level, `served as "${header2(got, "content-type")}": the parameters were not ignored`);
      return pass(`"${contentType}" accepted; served as ${manifest.mediaType}`);
    }
  },
  {
    id: "push.manifest.tag-overwrite",
    suite: "push",
    title: "Pushing another manifest to an existing tag moves the tag",
    level: "MUST",
    spec: PUSHING_MANIFESTS,
    requirements: [],
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
    requirements: [],
    async run(ctx) {
      const image2 = uniqueImage(ctx, "blob-unknown");
      const [config, layer] = image2.blobs;
      const blobs = await pushBlobsFirst(ctx, ctx.repo, [config]);
      if (blobs) return blobs;
      const put = await ctx.client.putManifest(ctx.repo, image2.digest, image2.bytes, image2.mediaType);
      if (put.status === 201) {
        ctx.cleanup.add({ kind: "manifest", repo: ctx.repo, digest: image2.digest });
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
    requirements: [],
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
  manifestRoundTrip("push.manifest.index", "An image index is accepted after its manifests", (ctx) => distributionContent(ctx.runId).index),
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
    async run(ctx) {
      const manifest = uniqueImage(ctx, "tag-query");
      const blobs = await pushBlobsFirst(ctx, ctx.repo, manifest.blobs);
      if (blobs) return blobs;
      const tags = [ctx.tag("tq-1"), ctx.tag("tq-2")];
      const put = await ctx.client.putManifest(ctx.repo, manifest.digest, manifest.bytes, manifest.mediaType, tags);
      if (put.status !== 201) return fail(`PUT by digest with ?tag=: expected 201, got ${describe(put)}`);
      ctx.cleanup.add({ kind: "manifest", repo: ctx.repo, digest: manifest.digest });
      const announced = (header2(put, "oci-tag") ?? "").split(",").map((t) => t.trim()).filter(Boolean);
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
  if (!header2(put, "location")) return fail("201 without a Location header");
  const digest = header2(put, "docker-content-digest");
  if (digest !== void 0 && digest !== manifest.digest) return fail(`Docker-Content-Digest ${digest}, the pushed manifest is ${manifest.digest}`);
  const got = await ctx.client.getManifest(ctx.repo, reference);
  if (got.status !== 200 || !sameBytes(got.body, manifest.bytes)) return fail(`after the 201, GET ${reference} answers ${describe(got)} with ${bodyDigest(got)}`);
  return pass(`201 + Location${digest ? `, Docker-Content-Digest ${digest}` : ""}; pullable by ${reference === manifest.digest ? "digest" : "tag"}`);
}
async function pushBlobsFirst(ctx, repo, blobs, refusedMeans) {
  for (const blob of blobs) {
    const outcome = await pushBlob(ctx.client, repo, blob, ctx.cleanup);
    if (outcome.ok) continue;
    const refused2 = outcome.response !== void 0 && [400, 404, 415].includes(outcome.response.status);
    if (refusedMeans && refused2) return unsupported(`${refusedMeans}: ${outcome.message}`);
    return skip(`precondition failed: could not push blob ${blob.digest} the manifest references: ${outcome.message}`);
  }
  return void 0;
}

// suites/push/index.ts
var pushChecks = [...uploadChecks, ...blobChecks, ...manifestChecks];

// suites/deletion.ts
var DELETE_GRACE_MS = 4e3;
var POLL_INTERVAL_MS = 250;
function deleteDenied(response) {
  if (response.status !== 401 && response.status !== 403) return void 0;
  const code = errorCodes(response)[0];
  return { status: "skip", message: `the credentials may not delete (HTTP ${response.status}${code ? ` ${code}` : ""})` };
}
async function pollUntil(ask, done) {
  const deadline = Date.now() + DELETE_GRACE_MS;
  let answer = await ask();
  while (!done(answer) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    answer = await ask();
  }
  return answer;
}
function pollUntilGone(get) {
  return pollUntil(get, (answer) => answer.status === 404);
}

// suites/management.ts
function disabled(response, what) {
  if (response.status === 400 || response.status === 405) return unsupported(`${what} is disabled (${describe(response)})`);
  return deleteDenied(response);
}
async function stillThere(ctx, get, what) {
  const after = await pollUntilGone(get);
  if (after.status === 404) return void 0;
  return fail(`DELETE answered 202, but ${what} still answers ${describe(after)} instead of 404 after ${DELETE_GRACE_MS / 1e3} s`);
}
var managementChecks = defineChecks([
  {
    id: "management.delete.tag",
    suite: "management",
    title: "DELETE of a tag answers 202 and the tag is gone (400/405 when disabled)",
    level: "MUST",
    limit: "deleteTag",
    spec: distribution("Deleting tags"),
    requirements: [],
    async run(ctx) {
      const manifest = uniqueImage(ctx, "delete-tag");
      const tag = ctx.tag("delete-tag");
      await putInPlace(ctx, manifest, tag);
      const response = await ctx.client.deleteManifest(ctx.repo, tag);
      const off = disabled(response, "tag deletion");
      if (off) return off;
      const wrong = unexpectedStatus(response, [202], `DELETE /v2/${ctx.repo}/manifests/${tag}`);
      if (wrong) return fail(wrong);
      const gone = await stillThere(ctx, () => ctx.client.getManifest(ctx.repo, tag), `GET of tag ${tag}`);
      if (gone) return gone;
      return pass("202; the tag then answers 404");
    }
  },
  {
    id: "management.delete.manifest",
    suite: "management",
    title: "DELETE of a manifest by digest answers 202; the digest and its tags are gone",
    level: "MUST",
    limit: "delete",
    spec: distribution("Deleting Manifests"),
    requirements: [],
    async run(ctx) {
      const manifest = uniqueImage(ctx, "delete-manifest");
      const tag = ctx.tag("delete-manifest");
      await putInPlace(ctx, manifest, tag);
      const response = await ctx.client.deleteManifest(ctx.repo, manifest.digest);
      const off = disabled(response, "manifest deletion");
      if (off) return off;
      const wrong = unexpectedStatus(response, [202], `DELETE manifest ${manifest.digest}`);
      if (wrong) return fail(wrong);
      ctx.cleanup.forget({ kind: "manifest", repo: ctx.repo, digest: manifest.digest });
      const byDigest = await stillThere(ctx, () => ctx.client.getManifest(ctx.repo, manifest.digest), "GET by digest");
      if (byDigest) return byDigest;
      const byTag = await stillThere(ctx, () => ctx.client.getManifest(ctx.repo, tag), `GET of the tag that pointed at it (${tag})`);
      if (byTag) return byTag;
      return pass("202; the digest and its tag then answer 404");
    }
  },
  {
    id: "management.delete.manifest.unknown-repository",
    suite: "management",
    title: "DELETE of a manifest in a repository that does not exist answers 404",
    level: "MUST",
    limit: "delete",
    spec: distribution("Deleting Manifests"),
    requirements: [],
    async run(ctx) {
      const repo = `${ctx.repo}/never-created`;
      const digest = digestOf(seededBytes("oci-matrix/v1/management/absent", 32));
      const response = await ctx.client.deleteManifest(repo, digest);
      const off = disabled(response, "manifest deletion");
      if (off) return off;
      const wrong = unexpectedStatus(response, [404], `DELETE in /v2/${repo}`);
      return wrong ? fail(wrong) : pass("404");
    }
  },
  {
    id: "management.delete.blob",
    suite: "management",
    title: "DELETE of a blob answers 202 and the blob is gone (400/405 when disabled)",
    level: "MUST",
    limit: "deleteBlob",
    spec: distribution("Deleting Blobs"),
    requirements: [],
    async run(ctx) {
      const blob = blobOf(seededBytes(`oci-matrix/v1/management/delete-blob/${ctx.tag("x")}`, 2048), MEDIA_TYPES.octetStream);
      const pushed = await pushBlob(ctx.client, ctx.repo, blob, ctx.cleanup);
      if (!pushed.ok) return { status: "skip", message: `precondition failed: ${pushed.message}` };
      const response = await ctx.client.deleteBlob(ctx.repo, blob.digest);
      const off = disabled(response, "blob deletion");
      if (off) return off;
      const wrong = unexpectedStatus(response, [202], `DELETE blob ${blob.digest}`);
      if (wrong) return fail(wrong);
      const after = await pollUntilGone(() => ctx.client.getBlob(ctx.repo, blob.digest));
      if (after.status !== 404) return warn(`DELETE answered 202, but GET of the blob still answers ${describe(after)} after ${DELETE_GRACE_MS / 1e3} s (deleted asynchronously?)`);
      ctx.cleanup.forget({ kind: "blob", repo: ctx.repo, digest: blob.digest });
      return pass("202; the blob then answers 404");
    }
  },
  {
    id: "management.delete.blob.unknown",
    suite: "management",
    title: "DELETE of a blob that is not there answers 404",
    level: "MUST",
    limit: "deleteBlob",
    spec: distribution("Deleting Blobs"),
    requirements: [],
    async run(ctx) {
      const seed = blobOf(seededBytes(`oci-matrix/v1/management/repo-marker/${ctx.tag("x")}`, 128), MEDIA_TYPES.octetStream);
      const pushed = await pushBlob(ctx.client, ctx.repo, seed, ctx.cleanup);
      if (!pushed.ok) return { status: "skip", message: `precondition failed: ${pushed.message}` };
      const absent = digestOf(seededBytes("oci-matrix/v1/management/never-pushed", 77));
      const response = await ctx.client.deleteBlob(ctx.repo, absent);
      const off = disabled(response, "blob deletion");
      if (off) return off;
      const wrong = unexpectedStatus(response, [404], `DELETE unknown blob ${absent}`);
      return wrong ? fail(wrong) : pass("404");
    }
  }
]);

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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
    async run(ctx) {
      const support = await probeReferrers(ctx);
      const { descriptor } = await subjectFor(ctx, "oci-subject");
      const referrer = referrerOf(ctx, descriptor, "oci-subject", SBOM_TYPE);
      const pushed = await pushReferrers(ctx, [referrer], "PUT of a manifest with a subject");
      if (refused(pushed)) return pushed;
      const sent = header2(pushed[0], "oci-subject");
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
    async run(ctx) {
      const { descriptor } = await subjectFor(ctx, "filter");
      const sbom = referrerOf(ctx, descriptor, "filter-sbom", SBOM_TYPE);
      const signature = referrerOf(ctx, descriptor, "filter-signature", SIGNATURE_TYPE);
      const pushed = await pushReferrers(ctx, [sbom, signature]);
      if (refused(pushed)) return pushed;
      const listed = await listAllReferrers(ctx, descriptor.digest, SBOM_TYPE);
      if (listed.problem) return fail(listed.problem);
      const digests = listed.index.manifests.map((d) => d.digest);
      const applied = (header2(listed.first, "oci-filters-applied") ?? "").split(",").map((s) => s.trim());
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
    requirements: [],
    async run(ctx) {
      const { descriptor } = await subjectFor(ctx, "filter-multiple");
      const [sbom, signature, other] = [SBOM_TYPE, SIGNATURE_TYPE, OTHER_TYPE].map((type, i) => referrerOf(ctx, descriptor, `filter-multiple-${i}`, type));
      const pushed = await pushReferrers(ctx, [sbom, signature, other]);
      if (refused(pushed)) return pushed;
      const listed = await listAllReferrers(ctx, descriptor.digest, [SBOM_TYPE, SIGNATURE_TYPE]);
      if (listed.problem) return fail(listed.problem);
      const digests = listed.index.manifests.map((d) => d.digest);
      const applied = header2(listed.first, "oci-filters-applied");
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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
    requirements: [],
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

// src/oci/artifacts/shared.ts
function memo2(make) {
  let made;
  return () => (made ??= { value: make() }).value;
}
var FIXED_CREATED = "1970-01-01T00:00:00Z";
var CONTENT_REPOSITORY = "registry.oci-matrix.invalid/content/image";
var IMAGE_SPEC = "https://github.com/opencontainers/image-spec/blob";
var anchor2 = (section) => section.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-");
function imageSpec(file, section, version = "v1.1.1") {
  return { version: `image-spec ${version}`, section, url: `${IMAGE_SPEC}/${version}/${file}#${anchor2(section)}` };
}
var ARTIFACT_GUIDELINES = imageSpec("manifest.md", "Guidelines for Artifact Usage");
function dockerSchema2(section) {
  return {
    version: "Docker Image Manifest V2, Schema 2",
    section,
    url: `https://github.com/distribution/distribution/blob/v2.8.3/docs/spec/manifest-v2-2.md#${anchor2(section)}`
  };
}
var emptyJson = memo2(() => blobOf("{}", MEDIA_TYPES.empty));
var base64 = (bytes) => Buffer.from(bytes).toString("base64");
var base64url = (bytes) => Buffer.from(bytes).toString("base64url");
var utf8 = (text) => new TextEncoder().encode(text);

// src/oci/artifacts/images.ts
function rootfs(flavour, architecture) {
  return tar([
    { path: "etc/oci-matrix/release", content: `oci-matrix test image
flavour=${flavour}
architecture=${architecture}
` },
    { path: "usr/share/oci-matrix/hello.txt", content: "Hello from oci-matrix: this image was pushed to check a registry.\n" },
    { path: "usr/local/bin/hello", content: "#!/bin/sh\ncat /usr/share/oci-matrix/hello.txt\n", mode: 493 }
  ]);
}
function imageConfig2(flavour, architecture, diffId) {
  return JSON.stringify({
    created: FIXED_CREATED,
    architecture,
    os: "linux",
    config: {
      Env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
      Cmd: ["/usr/local/bin/hello"],
      Labels: { "org.opencontainers.image.title": `oci-matrix ${flavour} image (${architecture})` }
    },
    rootfs: { type: "layers", diff_ids: [diffId] },
    history: [{ created: FIXED_CREATED, created_by: "oci-matrix artifact catalogue" }]
  });
}
function image(flavour, architecture) {
  const archive = rootfs(flavour, architecture);
  const docker = flavour === "docker";
  const config = blobOf(imageConfig2(flavour, architecture, diffIdOf(archive)), docker ? MEDIA_TYPES.dockerConfig : MEDIA_TYPES.imageConfig);
  const layer = blobOf(gzipStored(archive), docker ? MEDIA_TYPES.dockerLayer : MEDIA_TYPES.layerTarGzip);
  if (docker) return imageManifest({ config, layers: [layer], mediaType: MEDIA_TYPES.dockerManifest });
  return imageManifest({
    config,
    layers: [layer],
    annotations: { "org.opencontainers.image.created": FIXED_CREATED, "org.opencontainers.image.title": `oci-matrix image (${architecture})` }
  });
}
var ociImage = memo2(() => image("oci", "amd64"));
var ociImageArm64 = memo2(() => image("oci", "arm64"));
var dockerImage = memo2(() => image("docker", "amd64"));
var dockerImageArm64 = memo2(() => image("docker", "arm64"));
var PLATFORMS = [
  { architecture: "amd64", os: "linux" },
  { architecture: "arm64", os: "linux", variant: "v8" }
];
var ociIndex = memo2(
  () => imageIndex({
    manifests: [ociImage(), ociImageArm64()],
    platforms: PLATFORMS,
    annotations: { "org.opencontainers.image.created": FIXED_CREATED }
  })
);
var dockerManifestList = memo2(
  () => imageIndex({ manifests: [dockerImage(), dockerImageArm64()], platforms: PLATFORMS, mediaType: MEDIA_TYPES.dockerManifestList })
);
function imageKinds() {
  return [
    {
      id: "oci-image",
      title: "OCI image",
      ecosystem: "BuildKit, Buildah, ko, Jib: an OCI manifest, image config and tar+gzip layer",
      level: "MUST",
      spec: imageSpec("manifest.md", "Image Manifest"),
      build: () => ({ manifest: ociImage(), prerequisites: [], streamed: [] })
    },
    {
      id: "docker-image",
      title: "Docker image",
      ecosystem: "docker build / docker push: Docker schema 2 manifest, container config and rootfs diff layer",
      // An interoperability fact, not an OCI requirement: an OCI-only registry (zot) may refuse it.
      level: "MAY",
      refusal: "refuses Docker media types",
      spec: dockerSchema2("Image Manifest"),
      build: () => ({ manifest: dockerImage(), prerequisites: [], streamed: [] })
    },
    {
      id: "oci-index",
      title: "Multi-platform OCI index",
      ecosystem: "docker buildx --platform, Buildah manifest: an OCI image index of linux/amd64 and linux/arm64 images",
      level: "MUST",
      spec: imageSpec("image-index.md", "Image Index Property Descriptions"),
      build: () => ({ manifest: ociIndex(), prerequisites: [], streamed: [] })
    },
    {
      id: "docker-manifest-list",
      title: "Docker manifest list",
      ecosystem: "docker manifest create / push: a schema 2 manifest list of linux/amd64 and linux/arm64 images",
      level: "MAY",
      refusal: "refuses Docker media types",
      spec: dockerSchema2("Manifest List"),
      build: () => ({ manifest: dockerManifestList(), prerequisites: [], streamed: [] })
    }
  ];
}

// src/oci/artifacts/helm.ts
var HELM_CONFIG = "application/vnd.cncf.helm.config.v1+json";
var HELM_CHART_CONTENT = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";
var CHART = {
  name: "oci-matrix-demo",
  version: "0.1.0",
  appVersion: "1.0.0",
  description: "A minimal chart oci-matrix pushes to check that a registry stores Helm charts unchanged"
};
var CHART_YAML = `apiVersion: v2
name: ${CHART.name}
description: ${CHART.description}
type: application
version: ${CHART.version}
appVersion: "${CHART.appVersion}"
`;
var VALUES_YAML = `# Rendered into the ConfigMap below.
message: Hello from oci-matrix
`;
var CONFIGMAP_YAML = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-${CHART.name}
  labels:
    app.kubernetes.io/name: ${CHART.name}
    app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
data:
  message: {{ .Values.message | quote }}
`;
var CHART_FILES = [
  `${CHART.name}/Chart.yaml`,
  `${CHART.name}/values.yaml`,
  `${CHART.name}/templates/configmap.yaml`
];
function chartConfig() {
  return JSON.stringify({
    name: CHART.name,
    version: CHART.version,
    description: CHART.description,
    apiVersion: "v2",
    appVersion: CHART.appVersion,
    type: "application"
  });
}
var helmChart = memo2(() => {
  const chart = tarGz([
    { path: CHART_FILES[0], content: CHART_YAML },
    { path: CHART_FILES[1], content: VALUES_YAML },
    { path: CHART_FILES[2], content: CONFIGMAP_YAML }
  ]);
  return imageManifest({
    config: blobOf(chartConfig(), HELM_CONFIG),
    layers: [blobOf(chart, HELM_CHART_CONTENT)],
    // The annotations helm derives from Chart.yaml on push.
    annotations: {
      "org.opencontainers.image.created": FIXED_CREATED,
      "org.opencontainers.image.description": CHART.description,
      "org.opencontainers.image.title": CHART.name,
      "org.opencontainers.image.version": CHART.version
    }
  });
});
function helmChartKind() {
  return {
    id: "helm-chart",
    title: "Helm chart",
    ecosystem: "helm push (Helm 3.8+): chart metadata config and the packaged chart as one tar+gzip layer",
    level: "MUST",
    spec: ARTIFACT_GUIDELINES,
    build: () => ({ manifest: helmChart(), prerequisites: [], streamed: [] })
  };
}

// src/oci/artifacts/sbom.ts
var CYCLONEDX_JSON = "application/vnd.cyclonedx+json";
var SPDX_JSON = "application/spdx+json";
var PACKAGE = { name: "busybox", version: "1.36.1", purl: "pkg:generic/busybox@1.36.1", license: "GPL-2.0-only" };
function cycloneDxDocument(imageDigest) {
  return JSON.stringify(
    {
      bomFormat: "CycloneDX",
      specVersion: "1.5",
      serialNumber: imageDigest ? "urn:uuid:6f1c3a52-0b8e-4c36-9d1e-2a7f4e5b9c01" : "urn:uuid:3b2e8f10-5c4d-4a6e-8f9b-1d0c7a6e5f42",
      version: 1,
      metadata: {
        timestamp: FIXED_CREATED,
        tools: { components: [{ type: "application", name: "oci-matrix" }] },
        component: imageDigest ? { type: "container", name: CONTENT_REPOSITORY, version: imageDigest, "bom-ref": `${CONTENT_REPOSITORY}@${imageDigest}` } : { type: "application", name: "oci-matrix-example", version: "1.0.0", "bom-ref": "oci-matrix-example" }
      },
      components: [
        {
          type: "library",
          name: PACKAGE.name,
          version: PACKAGE.version,
          purl: PACKAGE.purl,
          "bom-ref": PACKAGE.purl,
          licenses: [{ license: { id: PACKAGE.license } }]
        }
      ]
    },
    null,
    2
  );
}
function spdxDocument() {
  return JSON.stringify(
    {
      spdxVersion: "SPDX-2.3",
      dataLicense: "CC0-1.0",
      SPDXID: "SPDXRef-DOCUMENT",
      name: "oci-matrix-example",
      documentNamespace: "https://oci-matrix.invalid/spdx/oci-matrix-example-1.0.0",
      creationInfo: { created: FIXED_CREATED, creators: ["Tool: oci-matrix"] },
      packages: [
        {
          name: PACKAGE.name,
          SPDXID: "SPDXRef-Package-busybox",
          versionInfo: PACKAGE.version,
          downloadLocation: "NOASSERTION",
          filesAnalyzed: false,
          licenseConcluded: PACKAGE.license,
          licenseDeclared: PACKAGE.license,
          copyrightText: "NOASSERTION",
          externalRefs: [{ referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: PACKAGE.purl }]
        }
      ],
      relationships: [{ spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES", relatedSpdxElement: "SPDXRef-Package-busybox" }]
    },
    null,
    2
  );
}
function sbomArtifact(document, mediaType, title, subject) {
  const layer = blobOf(document, mediaType);
  return imageManifest({
    artifactType: mediaType,
    config: emptyJson(),
    layers: [layer],
    layerDescriptors: [descriptorOf(layer, { annotations: { "org.opencontainers.image.title": title } })],
    subject: subject ? descriptorOf(subject) : void 0,
    annotations: { "org.opencontainers.image.created": FIXED_CREATED }
  });
}
var cycloneDxSbom = memo2(() => sbomArtifact(cycloneDxDocument(), CYCLONEDX_JSON, "sbom.cdx.json"));
var spdxSbom = memo2(() => sbomArtifact(spdxDocument(), SPDX_JSON, "sbom.spdx.json"));
var attachedSbom = memo2(() => sbomArtifact(cycloneDxDocument(ociImage().digest), CYCLONEDX_JSON, "sbom.cdx.json", ociImage()));
function sbomKinds() {
  return [
    {
      id: "sbom-cyclonedx",
      title: "CycloneDX SBOM",
      ecosystem: "syft, trivy, cdxgen pushed with oras: artifactType application/vnd.cyclonedx+json over the empty config",
      level: "MUST",
      since: "1.1",
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: cycloneDxSbom(), prerequisites: [], streamed: [] })
    },
    {
      id: "sbom-spdx",
      title: "SPDX SBOM",
      ecosystem: "syft, trivy, bom pushed with oras: artifactType application/spdx+json over the empty config",
      level: "MUST",
      since: "1.1",
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: spdxSbom(), prerequisites: [], streamed: [] })
    },
    {
      id: "sbom-attached",
      title: "SBOM attached to an image",
      ecosystem: "oras attach / trivy --sbom-sources oci: a CycloneDX SBOM whose subject is the image it describes",
      level: "MUST",
      since: "1.1",
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: attachedSbom(), prerequisites: [ociImage()], streamed: [] })
    }
  ];
}

// src/oci/artifacts/signatures.ts
var COSIGN_SIMPLE_SIGNING = "application/vnd.dev.cosign.simplesigning.v1+json";
var COSIGN_SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";
var SIGSTORE_BUNDLE = "application/vnd.dev.sigstore.bundle.v0.3+json";
var NOTARY_SIGNATURE = "application/vnd.cncf.notary.signature";
var NOTARY_ENVELOPE_JWS = "application/jose+json";
var NOTARY_THUMBPRINT_ANNOTATION = "io.cncf.notary.x509chain.thumbprint#S256";
function cosignSignatureTag(digest) {
  return `${digest.replace(":", "-")}.sig`;
}
function simpleSigningPayload(imageDigest) {
  return JSON.stringify({
    critical: {
      identity: { "docker-reference": CONTENT_REPOSITORY },
      image: { "docker-manifest-digest": imageDigest },
      type: "cosign container image signature"
    },
    optional: null
  });
}
var fakeSignature = (seed) => seededBytes(`signature:${seed}`, 71);
var cosignSignature = memo2(() => {
  const payload = blobOf(simpleSigningPayload(ociImage().digest), COSIGN_SIMPLE_SIGNING);
  const config = blobOf(
    JSON.stringify({
      architecture: "",
      created: "0001-01-01T00:00:00Z",
      history: [{ created: "0001-01-01T00:00:00Z" }],
      os: "",
      rootfs: { type: "layers", diff_ids: [payload.digest] },
      config: {}
    }),
    MEDIA_TYPES.imageConfig
  );
  return imageManifest({
    config,
    layers: [payload],
    layerDescriptors: [descriptorOf(payload, { annotations: { [COSIGN_SIGNATURE_ANNOTATION]: base64(fakeSignature("cosign")) } })]
  });
});
var sigstoreBundle = memo2(() => {
  const payload = simpleSigningPayload(ociImage().digest);
  const bundle = JSON.stringify({
    mediaType: SIGSTORE_BUNDLE,
    verificationMaterial: { publicKey: { hint: base64(seededBytes("sigstore-key-hint", 32)) }, tlogEntries: [] },
    messageSignature: {
      messageDigest: { algorithm: "SHA2_256", digest: base64(Buffer.from(digestOf(utf8(payload)).slice("sha256:".length), "hex")) },
      signature: base64(fakeSignature("sigstore"))
    }
  });
  return imageManifest({
    artifactType: SIGSTORE_BUNDLE,
    config: emptyJson(),
    layers: [blobOf(bundle, SIGSTORE_BUNDLE)],
    subject: descriptorOf(ociImage()),
    annotations: {
      "dev.sigstore.bundle.content": "message-signature",
      "dev.sigstore.bundle.predicateType": "https://sigstore.dev/cosign/sign/v1",
      "org.opencontainers.image.created": FIXED_CREATED
    }
  });
});
var notarySignature = memo2(() => {
  const image2 = ociImage();
  const certificate = seededBytes("notary-leaf-certificate", 512);
  const protectedHeader = JSON.stringify({
    alg: "PS256",
    crit: ["io.cncf.notary.signingScheme"],
    cty: "application/vnd.cncf.notary.payload.v1+json",
    "io.cncf.notary.signingScheme": "notary.x509",
    "io.cncf.notary.signingTime": FIXED_CREATED
  });
  const payload = JSON.stringify({ targetArtifact: { mediaType: image2.mediaType, digest: image2.digest, size: image2.size } });
  const envelope = JSON.stringify({
    payload: base64url(payload),
    protected: base64url(protectedHeader),
    header: { x5c: [base64(certificate)] },
    signature: base64url(seededBytes("signature:notary", 256))
  });
  return imageManifest({
    artifactType: NOTARY_SIGNATURE,
    config: emptyJson(),
    layers: [blobOf(envelope, NOTARY_ENVELOPE_JWS)],
    subject: descriptorOf(image2),
    annotations: {
      [NOTARY_THUMBPRINT_ANNOTATION]: JSON.stringify([digestOf(certificate).slice("sha256:".length)]),
      "org.opencontainers.image.created": FIXED_CREATED
    }
  });
});
function signatureKinds() {
  return [
    {
      id: "cosign-signature-tag",
      title: "cosign signature (tag scheme)",
      ecosystem: "cosign sign (v1/v2): a simple-signing payload layer under the tag sha256-<image digest>.sig",
      level: "MUST",
      spec: imageSpec("manifest.md", "Image Manifest"),
      build: () => ({ manifest: cosignSignature(), prerequisites: [ociImage()], streamed: [], tag: cosignSignatureTag(ociImage().digest) })
    },
    {
      id: "signature-referrer",
      title: "Sigstore bundle referrer",
      ecosystem: "cosign sign (v3) / sigstore-js: a Sigstore bundle attached to the image through subject",
      level: "MUST",
      since: "1.1",
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: sigstoreBundle(), prerequisites: [ociImage()], streamed: [] })
    },
    {
      id: "notary-signature",
      title: "Notary Project signature",
      ecosystem: "notation sign: a JWS envelope attached to the image through subject",
      level: "MUST",
      since: "1.1",
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: notarySignature(), prerequisites: [ociImage()], streamed: [] })
    }
  ];
}

// src/oci/artifacts/wasm.ts
var WASM_CONFIG = "application/vnd.wasm.config.v0+json";
var WASM_LAYER = "application/wasm";
var WASM_MODULE = Uint8Array.from([
  0,
  97,
  115,
  109,
  // "\0asm"
  1,
  0,
  0,
  0,
  // version 1
  1,
  5,
  1,
  96,
  0,
  1,
  127,
  // type section: one type, () -> i32
  3,
  2,
  1,
  0,
  // function section: one function of type 0
  7,
  10,
  1,
  6,
  97,
  110,
  115,
  119,
  101,
  114,
  0,
  0,
  // export "answer" = func 0
  10,
  6,
  1,
  4,
  0,
  65,
  42,
  11
  // code: no locals, i32.const 42, end
]);
var wasmModule = memo2(() => {
  const layer = blobOf(WASM_MODULE, WASM_LAYER);
  const config = blobOf(
    JSON.stringify({ created: FIXED_CREATED, architecture: "wasm", os: "wasip1", layerDigests: [layer.digest] }),
    WASM_CONFIG
  );
  return imageManifest({ config, layers: [layer], annotations: { "org.opencontainers.image.created": FIXED_CREATED } });
});
function wasmModuleKind() {
  return {
    id: "wasm-module",
    title: "WebAssembly module",
    ecosystem: "wkg / oci-wasm / Spin: application/vnd.wasm.config.v0+json config and an application/wasm layer",
    level: "MUST",
    spec: ARTIFACT_GUIDELINES,
    build: () => ({ manifest: wasmModule(), prerequisites: [], streamed: [] })
  };
}

// src/oci/artifacts/opa.ts
var OPA_CONFIG = "application/vnd.cncf.openpolicyagent.config.v1+json";
var OPA_POLICY_LAYER = "application/vnd.cncf.openpolicyagent.policy.layer.v1+rego";
var OPA_DATA_LAYER = "application/vnd.cncf.openpolicyagent.data.layer.v1+json";
var REGO_POLICY = `package main

import rego.v1

# Deployments must not run containers as root.
deny contains msg if {
	input.kind == "Deployment"
	some container in input.spec.template.spec.containers
	not container.securityContext.runAsNonRoot
	msg := sprintf("container %q must set securityContext.runAsNonRoot", [container.name])
}

# Images must come from an allowed registry (see data.json).
deny contains msg if {
	some container in input.spec.template.spec.containers
	not allowed_registry(container.image)
	msg := sprintf("image %q is not from an allowed registry", [container.image])
}

allowed_registry(image) if {
	some prefix in data.allowed_registries
	startswith(image, prefix)
}
`;
var POLICY_DATA = `${JSON.stringify({ allowed_registries: ["registry.oci-matrix.invalid/"] }, null, 2)}
`;
var opaBundle = memo2(() => {
  const files = [
    { title: "policy/deny.rego", blob: blobOf(REGO_POLICY, OPA_POLICY_LAYER) },
    { title: "policy/data.json", blob: blobOf(POLICY_DATA, OPA_DATA_LAYER) }
  ];
  return imageManifest({
    // conftest writes `{}` as the config; the media type is what marks the manifest as a policy bundle.
    config: blobOf("{}", OPA_CONFIG),
    layers: files.map((file) => file.blob),
    layerDescriptors: files.map((file) => descriptorOf(file.blob, { annotations: { "org.opencontainers.image.title": file.title } }))
  });
});
function opaBundleKind() {
  return {
    id: "opa-bundle",
    title: "OPA policy bundle",
    ecosystem: "conftest push (Open Policy Agent): Rego and data layers with the application/vnd.cncf.openpolicyagent.* media types",
    level: "MUST",
    spec: ARTIFACT_GUIDELINES,
    build: () => ({ manifest: opaBundle(), prerequisites: [], streamed: [] })
  };
}

// src/oci/artifacts/oras.ts
var ORAS_EXAMPLE_TYPE = "application/vnd.oci-matrix.example.v1";
var ORAS_FILES = [
  { title: "README.md", mediaType: "text/markdown", content: "# oci-matrix example artifact\n\nTwo files pushed the way `oras push` does.\n" },
  { title: "settings.json", mediaType: "application/json", content: `${JSON.stringify({ retries: 3, endpoints: ["a", "b"] })}
` }
];
var orasArtifact = memo2(() => {
  const layers = ORAS_FILES.map((file) => blobOf(file.content, file.mediaType));
  return imageManifest({
    artifactType: ORAS_EXAMPLE_TYPE,
    config: emptyJson(),
    layers,
    layerDescriptors: layers.map((layer, i) => descriptorOf(layer, { annotations: { "org.opencontainers.image.title": ORAS_FILES[i].title } })),
    annotations: { "org.opencontainers.image.created": FIXED_CREATED }
  });
});
function orasGenericKind() {
  return {
    id: "oras-generic",
    title: "Generic ORAS artifact",
    ecosystem: "oras push --artifact-type: files as titled layers over the empty config",
    level: "MUST",
    since: "1.1",
    spec: ARTIFACT_GUIDELINES,
    build: () => ({ manifest: orasArtifact(), prerequisites: [], streamed: [] })
  };
}

// src/oci/artifacts/index-artifact.ts
var SBOM_SET_TYPE = "application/vnd.oci-matrix.sbom-set.v1";
var indexArtifact = memo2(
  () => imageIndex({
    artifactType: SBOM_SET_TYPE,
    manifests: [cycloneDxSbom(), spdxSbom()],
    subject: descriptorOf(ociImage()),
    annotations: { "org.opencontainers.image.created": FIXED_CREATED }
  })
);
function indexArtifactKind() {
  return {
    id: "index-artifact",
    title: "Index artifact with subject",
    ecosystem: "oras / regctl artifact indexes: an image index with artifactType and subject grouping several artifacts",
    level: "MUST",
    since: "1.1",
    spec: imageSpec("image-index.md", "Image Index Property Descriptions"),
    build: () => ({ manifest: indexArtifact(), prerequisites: [ociImage()], streamed: [] })
  };
}

// src/oci/artifacts/legacy-artifact-manifest.ts
var ARTIFACT_MANIFEST = MEDIA_TYPES.artifactManifest;
var LEGACY_ARTIFACT_TYPE = "application/vnd.oci-matrix.legacy-note.v1";
var legacyArtifact = memo2(() => {
  const note = blobOf("A note attached with the OCI 1.1-rc artifact manifest.\n", "text/plain");
  const subject = descriptorOf(ociImage());
  const json = {
    mediaType: ARTIFACT_MANIFEST,
    artifactType: LEGACY_ARTIFACT_TYPE,
    blobs: [{ mediaType: note.mediaType, digest: note.digest, size: note.size, annotations: { "org.opencontainers.image.title": "note.txt" } }],
    subject,
    annotations: { "org.opencontainers.artifact.created": FIXED_CREATED }
  };
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  return {
    mediaType: ARTIFACT_MANIFEST,
    digest: digestOf(bytes),
    size: bytes.length,
    bytes,
    blobs: [note],
    manifests: [],
    subject,
    artifactType: LEGACY_ARTIFACT_TYPE,
    json
  };
});
function legacyArtifactManifestKind() {
  return {
    id: "artifact-manifest-legacy",
    title: "OCI artifact manifest (1.1-rc, withdrawn)",
    ecosystem: "ORAS 1.0 --image-spec v1.1-artifact, notation RC: application/vnd.oci.artifact.manifest.v1+json",
    level: "MAY",
    since: "1.1",
    spec: imageSpec("artifact.md", "Artifact Manifest", "v1.1.0-rc2"),
    build: () => ({ manifest: legacyArtifact(), prerequisites: [ociImage()], streamed: [] })
  };
}

// src/oci/artifacts/large-layer.ts
import { createCipheriv, createHash as createHash3 } from "node:crypto";
var LARGE_FILE_PATH = "oci-matrix/random.bin";
var BLOCK2 = 512;
var CHUNK = 1024 * 1024;
var MAX_FILE_BYTES = 8589934591;
function largeLayerSize(requested) {
  return Math.max(Math.ceil(requested / BLOCK2) * BLOCK2, 4 * BLOCK2);
}
function octal2(value, width) {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}
function tarHeader(path, size) {
  if (size > MAX_FILE_BYTES) throw new Error(`large layer: ${size} bytes does not fit a ustar header`);
  const header3 = new Uint8Array(BLOCK2);
  const put = (offset, text) => header3.set(new TextEncoder().encode(text), offset);
  put(0, path);
  put(100, octal2(420, 8));
  put(108, octal2(0, 8));
  put(116, octal2(0, 8));
  put(124, octal2(size, 12));
  put(136, octal2(0, 12));
  put(148, "        ");
  put(156, "0");
  put(257, "ustar\0");
  put(263, "00");
  put(265, "root");
  put(297, "root");
  const checksum = header3.reduce((sum, byte) => sum + byte, 0);
  put(148, checksum.toString(8).padStart(6, "0") + "\0 ");
  return header3;
}
var KEY = createHash3("sha256").update("oci-matrix/large-layer/v1").digest();
function keystream(offset, length) {
  const counter = Buffer.alloc(16);
  counter.writeBigUInt64BE(BigInt(offset / 16), 8);
  return createCipheriv("aes-256-ctr", KEY, counter).update(new Uint8Array(length));
}
function* layerChunks(size) {
  const fileBytes = size - 3 * BLOCK2;
  yield tarHeader(LARGE_FILE_PATH, fileBytes);
  for (let offset = 0; offset < fileBytes; offset += CHUNK) yield keystream(offset, Math.min(CHUNK, fileBytes - offset));
  yield new Uint8Array(2 * BLOCK2);
}
var built = /* @__PURE__ */ new Map();
function buildLargeLayer(size) {
  const cached = built.get(size);
  if (cached) return cached;
  const hash = createHash3("sha256");
  for (const chunk of layerChunks(size)) hash.update(chunk);
  const digest = `sha256:${hash.digest("hex")}`;
  const layer = {
    mediaType: MEDIA_TYPES.layerTar,
    digest,
    size,
    async *chunks() {
      yield* layerChunks(size);
    }
  };
  const config = blobOf(
    JSON.stringify({
      created: FIXED_CREATED,
      architecture: "amd64",
      os: "linux",
      config: { Labels: { "org.opencontainers.image.title": "oci-matrix large layer" } },
      // An uncompressed layer's diff_id is its own digest.
      rootfs: { type: "layers", diff_ids: [digest] }
    }),
    MEDIA_TYPES.imageConfig
  );
  const manifest = largeImageManifest(config, layer);
  const made = { manifest, layer };
  built.set(size, made);
  return made;
}
function largeImageManifest(config, layer) {
  return imageManifest({
    config,
    layers: [],
    layerDescriptors: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }],
    annotations: { "org.opencontainers.image.created": FIXED_CREATED }
  });
}
function largeLayerKind(requestedBytes) {
  const size = largeLayerSize(requestedBytes);
  return {
    id: "large-layer",
    title: `Image with a ${formatSize(size)} layer`,
    ecosystem: "ML models, base images, game assets: one large uncompressed tar layer, streamed",
    level: "MUST",
    spec: imageSpec("manifest.md", "Image Manifest"),
    interop: true,
    build: () => {
      const { manifest, layer } = buildLargeLayer(size);
      return { manifest, prerequisites: [], streamed: [layer] };
    }
  };
}
function formatSize(bytes) {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes}-byte`;
}

// src/oci/artifacts.ts
var DEFAULT_LARGE_LAYER_BYTES = 64 * 1024 * 1024;
var LARGE_LAYER_ENV = "OCI_MATRIX_LARGE_LAYER_BYTES";
function largeLayerBytesFromEnv(env = process.env) {
  const raw = env[LARGE_LAYER_ENV]?.trim();
  if (raw === void 0 || raw === "") return void 0;
  if (!/^[0-9]+$/.test(raw) || Number(raw) <= 0 || !Number.isSafeInteger(Number(raw))) {
    throw new Error(`${LARGE_LAYER_ENV} must be a positive whole number of bytes, got "${raw}"`);
  }
  return Number(raw);
}
function artifactCatalogue(options = {}) {
  const largeLayerBytes = options.largeLayerBytes ?? largeLayerBytesFromEnv() ?? DEFAULT_LARGE_LAYER_BYTES;
  return [
    ...imageKinds(),
    helmChartKind(),
    ...sbomKinds(),
    ...signatureKinds(),
    wasmModuleKind(),
    opaBundleKind(),
    orasGenericKind(),
    indexArtifactKind(),
    legacyArtifactManifestKind(),
    largeLayerKind(largeLayerBytes)
  ];
}

// suites/artifacts.ts
function pushedArtifactFixture(id) {
  return `artifact:${id}`;
}
function refusedContent(kind, message) {
  return kind.level === "MUST" ? fail(message) : unsupported(kind.refusal ? `${kind.refusal}: ${message}` : `${message}; optional content`);
}
async function pushArtifact(ctx, kind) {
  const content = kind.build();
  const repo = isolatedRepo(ctx, `artifacts/${kind.id}`);
  for (const prerequisite of content.prerequisites) await putInPlace(ctx, prerequisite, prerequisite.digest, repo);
  for (const streamed of content.streamed) {
    const outcome = await pushStreamedBlob(ctx.client, repo, streamed, ctx.cleanup);
    if (!outcome.ok) return fail(`${kind.title}: streamed upload of ${streamed.size} bytes failed: ${outcome.message}`);
  }
  for (const child of content.manifest.manifests) {
    const outcome = await pushManifestTree(ctx.client, repo, child, child.digest, ctx.cleanup);
    if (!outcome.ok) return refusedContent(kind, `${kind.title}: pushing a child manifest failed: ${outcome.message}`);
  }
  for (const blob of content.manifest.blobs) {
    const outcome = await pushBlob(ctx.client, repo, blob, ctx.cleanup);
    if (!outcome.ok) return fail(`${kind.title}: pushing blob ${blob.mediaType} failed: ${outcome.message}`);
  }
  const tag = content.tag ?? ctx.tag(kind.id);
  const manifest = content.manifest;
  const put = await ctx.client.putManifest(repo, tag, manifest.bytes, manifest.mediaType);
  if (put.status !== 201) {
    return refusedContent(kind, `${kind.title}: PUT manifest (${manifest.mediaType}${manifest.artifactType ? `, artifactType ${manifest.artifactType}` : ""}) answered ${describe(put)}`);
  }
  ctx.cleanup.add({ kind: "manifest", repo, digest: manifest.digest });
  return { kind, repo, tag, manifest };
}
async function verifyBlobsIntact(ctx, repo, blobs, streamed) {
  for (const blob of blobs) {
    const got = await ctx.client.getBlob(repo, blob.digest);
    if (got.status !== 200) return `blob ${blob.digest} (${blob.mediaType}): GET answered ${describe(got)}`;
    if (bodyDigest(got, blob.digest.startsWith("sha512:") ? "sha512" : "sha256") !== blob.digest) return `blob ${blob.digest} (${blob.mediaType}) came back changed`;
  }
  for (const blob of streamed) {
    const response = await ctx.client.streamBlob(repo, blob.digest);
    if (response.status !== 200) {
      response.body.destroy();
      return `large blob ${blob.digest}: GET answered HTTP ${response.status}`;
    }
    const { digest, size } = await digestStream(response.body, "sha256");
    if (digest !== blob.digest || size !== blob.size) return `large blob came back as ${size} bytes hashing to ${digest}`;
  }
  return void 0;
}
function artifactCheck(kind) {
  return {
    id: `artifacts.${kind.id}`,
    suite: "artifacts",
    title: `${kind.title}: stored and returned unchanged`,
    level: kind.level,
    since: kind.since,
    spec: kind.spec ?? distribution("Pushing Manifests"),
    requirements: [],
    interop: kind.interop === false ? void 0 : { content: kind.id, fixture: pushedArtifactFixture(kind.id), title: kind.title },
    async run(ctx) {
      const pushed = await ctx.fixtures.use(pushedArtifactFixture(kind.id), async () => pushArtifact(ctx, kind));
      if ("status" in pushed) return pushed;
      const { manifest, tag, repo } = pushed;
      const byTag = await ctx.client.getManifest(repo, tag);
      if (byTag.status !== 200) return fail(`${kind.title}: GET by tag answered ${describe(byTag)}`);
      if (!sameBytes(byTag.body, manifest.bytes)) return fail(`${kind.title}: pulled manifest differs from the pushed one (${bodyDigest(byTag)} vs ${manifest.digest}): media types or annotations were rewritten`);
      const contentType = byTag.headers["content-type"]?.split(";")[0].trim();
      const typeMismatch = contentType === manifest.mediaType ? void 0 : `${kind.title}: stored unchanged, but served as ${contentType ?? "(no Content-Type)"}, pushed as ${manifest.mediaType}`;
      const byDigest = await ctx.client.getManifest(repo, manifest.digest);
      if (byDigest.status !== 200 || !sameBytes(byDigest.body, manifest.bytes)) return fail(`${kind.title}: GET by digest answered ${describe(byDigest)}`);
      const content = kind.build();
      const blobs = [...content.manifest.blobs, ...content.manifest.manifests.flatMap((m) => m.blobs)];
      const broken2 = await verifyBlobsIntact(ctx, repo, blobs, content.streamed);
      if (broken2) return fail(`${kind.title}: ${broken2}`);
      if (typeMismatch) return warn(typeMismatch);
      return pass(`${kind.title}: same digest ${manifest.digest}, ${manifest.mediaType}${manifest.artifactType ? ` (artifactType ${manifest.artifactType})` : ""}, blobs intact`);
    }
  };
}
var artifactChecks = defineChecks(artifactCatalogue().map(artifactCheck));

// suites/auth.ts
var RFC7235 = { version: "RFC 7235", section: "3.1. 401 Unauthorized", url: "https://www.rfc-editor.org/rfc/rfc7235#section-3.1" };
var authChecks = defineChecks([
  {
    id: "auth.challenge",
    suite: "auth",
    title: "A push without credentials is refused with 401 and a usable WWW-Authenticate challenge",
    level: "MUST",
    spec: RFC7235,
    requirements: [],
    async run(ctx) {
      const { repo } = await pushedImage(ctx);
      const response = await ctx.anonymous.startUpload(repo);
      if (response.status === 202) {
        const location = ctx.anonymous.resolveLocation(response);
        if (location) await ctx.anonymous.cancelUpload(location).catch(() => void 0);
        return skip("the registry accepts pushes without credentials (no authentication to challenge)");
      }
      if (response.status === 403 || response.status === 404) {
        return pass(`refused with ${describe(response)}, without a challenge: clients need credentials configured up front`);
      }
      if (response.status !== 401) return fail(`anonymous POST /blobs/uploads/: expected 401 (or 403/404), got ${describe(response)}`);
      const header3 = response.headers["www-authenticate"];
      const challenges = parseChallenges(header3);
      if (challenges.length === 0) return fail('401 without a WWW-Authenticate challenge: "The server generating a 401 response MUST send a WWW-Authenticate header field"');
      const bearer = challenges.find((c) => c.scheme === "bearer");
      const basic = challenges.find((c) => c.scheme === "basic");
      if (!bearer && !basic) return fail(`WWW-Authenticate "${header3}" offers neither Basic nor Bearer`);
      if (bearer && !bearer.params.realm) return fail(`Bearer challenge without a realm: a client cannot find the token service ("${header3}")`);
      if (jsonBody(response) !== void 0 && !errorCodes(response).some((c) => c === "UNAUTHORIZED" || c === "DENIED")) {
        return fail(`401 JSON body without an UNAUTHORIZED error: ${Buffer.from(response.body).toString("utf8").slice(0, 200)}`);
      }
      return pass(`401 with ${bearer ? `Bearer realm="${bearer.params.realm}"${bearer.params.scope ? ` scope="${bearer.params.scope}"` : " (no scope)"}` : "Basic"}`);
    }
  }
]);

// suites/index.ts
var ALL_CHECKS = [
  ...pullChecks,
  ...pushChecks,
  ...discoveryChecks,
  ...managementChecks,
  ...referrersChecks,
  ...artifactChecks,
  ...authChecks
];
export {
  ALL_CHECKS
};

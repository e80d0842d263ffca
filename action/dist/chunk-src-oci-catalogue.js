import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  PreconditionFailed,
  PushRefused,
  orThrow,
  pushManifestTree
} from "./chunk-src-registry-push.js";
import {
  MEDIA_TYPES,
  digestOf
} from "./chunk-src-oci-digest.js";

// src/oci/builders.ts
var encoder = new TextEncoder();
function blobOf(content, mediaType, algorithm = "sha256") {
  const bytes = typeof content === "string" ? encoder.encode(content) : content;
  return { mediaType, digest: digestOf(bytes, algorithm), size: bytes.byteLength, bytes };
}
function descriptorOf(target, extra = {}) {
  const descriptor = { mediaType: target.mediaType, digest: target.digest, size: target.size };
  if ("artifactType" in target && target.artifactType && extra.artifactType === void 0) descriptor.artifactType = target.artifactType;
  return { ...descriptor, ...extra };
}
function manifestFrom(json, parts, algorithm) {
  const bytes = encoder.encode(JSON.stringify(json));
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
  return manifestFrom(imageManifestJson(options), { blobs: [options.config, ...options.layers], manifests: [], subject: options.subject, artifactType: options.artifactType }, options.alg ?? "sha256");
}
function imageManifestJson(options) {
  const mediaType = options.mediaType ?? MEDIA_TYPES.imageManifest;
  const json = { schemaVersion: 2, mediaType };
  if (options.artifactType) json.artifactType = options.artifactType;
  json.config = options.configDescriptor ?? descriptorOf(options.config);
  json.layers = options.layerDescriptors ?? options.layers.map((layer) => descriptorOf(layer));
  if (options.subject) json.subject = options.subject;
  if (options.annotations) json.annotations = options.annotations;
  Object.assign(json, options.extraFields ?? {});
  return json;
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
import { createCipheriv, createHash } from "node:crypto";
var BLOCK = 16;
function counterBlock(index) {
  const iv = Buffer.alloc(BLOCK);
  iv.writeBigUInt64BE(BigInt(index), 8);
  return iv;
}
var PIECE = 1024 * 1024;
function fill(seed, start, target) {
  const key = createHash("sha256").update(seed).digest();
  const cipher = createCipheriv("aes-256-ctr", key, counterBlock(start / BLOCK));
  for (let offset = 0; offset < target.byteLength; offset += PIECE) {
    const piece = target.subarray(offset, offset + PIECE);
    piece.set(cipher.update(piece));
  }
}
function seededBytes(seed, size) {
  return seededBytesAt(seed, 0, size);
}
function seededBytesAt(seed, offset, size) {
  if (offset % BLOCK !== 0) throw new Error(`seeded bytes start on a ${BLOCK}-byte boundary, not at ${offset}`);
  const bytes = new Uint8Array(size);
  fill(seed, offset, bytes);
  return bytes;
}

// src/oci/tar.ts
import { crc32 } from "node:zlib";
import { createHash as createHash2 } from "node:crypto";
var encoder2 = new TextEncoder();
function octal(value, width) {
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}
function header(path, size, mode, type) {
  const block = new Uint8Array(512);
  const put = (text, offset) => block.set(encoder2.encode(text), offset);
  if (encoder2.encode(path).byteLength > 100) throw new Error(`tar path longer than 100 bytes: ${path}`);
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
    const content = typeof entry.content === "string" ? encoder2.encode(entry.content) : entry.content;
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
  return `sha256:${createHash2("sha256").update(tarBytes).digest("hex")}`;
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
  const emptyJson = blobOf("{}", MEDIA_TYPES.empty);
  const image = sample("image");
  const imageAlt = sample("image-alt");
  const amd64 = sample("multi", { architecture: "amd64", os: "linux" });
  const arm64 = sample("multi", { architecture: "arm64", os: "linux", variant: "v8" });
  const index = imageIndex({ manifests: [amd64, arm64], platforms: [{ architecture: "amd64", os: "linux" }, { architecture: "arm64", os: "linux", variant: "v8" }] });
  const innerConfig = blobOf(imageConfig({ architecture: "amd64", os: "linux" }, [], { "org.oci-matrix.sample": "no-layers", ...seedLabel(SEED2) }), MEDIA_TYPES.imageConfig);
  const noLayers = imageManifest({ config: innerConfig, layers: [] });
  const platforms = [{ architecture: "amd64", os: "linux" }, { architecture: "arm64", os: "linux", variant: "v8" }];
  const indexOf = (name) => imageIndex({ manifests: platforms.map((p) => sample(name, p)), platforms });
  const roundTripIndex = indexOf("round-trip-multi");
  const nestedIndex = imageIndex({ manifests: [indexOf("nested-multi"), sample("nested-image")], annotations: { "org.oci-matrix.sample": "nested-index" } });
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
  const artifactLayer = blobOf(`oci-matrix artifact payload${seedNote(SEED2)}
`, "application/vnd.oci-matrix.payload.v1");
  const artifact = imageManifest({ config: emptyJson, layers: [artifactLayer], artifactType: "application/vnd.oci-matrix.test.v1" });
  const chunked = /* @__PURE__ */ new Map();
  const content = {
    image,
    imageAlt,
    noLayers,
    customFields,
    dataField,
    nonDistributable,
    nonDistributableLayer: foreign,
    index,
    roundTripIndex,
    nestedIndex,
    sha512Image,
    emptyBlob: blobOf(new Uint8Array(0), MEDIA_TYPES.octetStream),
    emptyJson,
    get largeManifest() {
      return manifestOfSize(image, "large-manifest", 4e6, SEED2);
    },
    get overLimitManifest() {
      return manifestOfSize(image, "over-limit-manifest", 4 * 1024 * 1024 + 64 * 1024, SEED2);
    },
    artifact,
    chunkedBlob(size) {
      let blob = chunked.get(size);
      if (!blob) chunked.set(size, blob = blobOf(seededBytes(`${SEED2}/chunked/${size}`, size), MEDIA_TYPES.octetStream));
      return blob;
    },
    referrer(subject, artifactType, annotations = { "org.oci-matrix.referrer": artifactType }) {
      const layer = blobOf(`referrer of ${subject.digest} (${artifactType})
`, "application/vnd.oci-matrix.payload.v1");
      return imageManifest({ config: emptyJson, layers: [layer], subject, artifactType, annotations });
    }
  };
  memo.set(SEED2, content);
  return content;
}
function manifestOfSize(image, purpose, size, seed) {
  const piece = 51 * 1024;
  const pieces = Math.ceil((size - 1e5) / (piece * 4 / 3));
  const base64 = Buffer.from(seededBytes(`${seed}/${purpose}`, pieces * piece)).toString("base64");
  const filler = {};
  for (let i = 0; i < pieces; i++) filler[`org.oci-matrix.filler.${String(i).padStart(2, "0")}`] = base64.slice(i * piece * 4 / 3, (i + 1) * piece * 4 / 3);
  const options = (pad) => ({ config: image.blobs[0], layers: image.blobs.slice(1), annotations: { ...filler, "org.oci-matrix.pad": pad } });
  const unpadded = JSON.stringify(imageManifestJson(options(""))).length;
  const manifest = imageManifest(options("=".repeat(size - unpadded)));
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

export {
  tar,
  gzipStored,
  tarGz,
  diffIdOf,
  blobOf,
  descriptorOf,
  imageManifest,
  imageIndex,
  seededBytes,
  seededBytesAt,
  distributionContent,
  pushedImage,
  pushedIndex,
  LISTING_TAG_SUFFIXES,
  taggedRepository,
  isolatedRepo,
  uniqueImage,
  putInPlace,
  describe,
  errorCodes,
  jsonBody,
  header2 as header,
  registryHeader,
  whereSent,
  mediaTypeOf,
  bodyDigest,
  sameBytes,
  unexpectedStatus
};

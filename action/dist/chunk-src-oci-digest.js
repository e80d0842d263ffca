import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

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
function algorithmOf(digest) {
  return digest.startsWith("sha512:") ? "sha512" : "sha256";
}

export {
  MEDIA_TYPES,
  ALL_MANIFEST_MEDIA_TYPES,
  digestOf,
  createDigester,
  digestStream,
  parseDigest,
  algorithmOf
};

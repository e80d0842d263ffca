// Container images, OCI and Docker flavoured, single- and multi-platform: the content every
// registry was built for, and the subject the signature and SBOM kinds point at.
import { blobOf, imageIndex, imageManifest, type Blob, type Manifest, type Platform } from '../builders.js';
import { MEDIA_TYPES } from '../media-types.js';
import { diffIdOf, gzipStored, tar } from '../tar.js';
import type { ArtifactKind } from './kind.js';
import { dockerSchema2, FIXED_CREATED, imageSpec, memo } from './shared.js';

type Flavour = 'oci' | 'docker';
type Architecture = 'amd64' | 'arm64';

/** A one-layer root filesystem whose files say which image they belong to (uncompressed tar). */
function rootfs(flavour: Flavour, architecture: Architecture): Uint8Array {
  return tar([
    { path: 'etc/oci-matrix/release', content: `oci-matrix test image\nflavour=${flavour}\narchitecture=${architecture}\n` },
    { path: 'usr/share/oci-matrix/hello.txt', content: 'Hello from oci-matrix: this image was pushed to check a registry.\n' },
    { path: 'usr/local/bin/hello', content: '#!/bin/sh\ncat /usr/share/oci-matrix/hello.txt\n', mode: 0o755 },
  ]);
}

/**
 * An image config a runtime could use: the diff_id is the digest of the *uncompressed*
 * layer, as the image spec requires, so tools that verify rootfs (skopeo, umoci) accept it.
 */
function imageConfig(flavour: Flavour, architecture: Architecture, diffId: string): string {
  return JSON.stringify({
    created: FIXED_CREATED,
    architecture,
    os: 'linux',
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['/usr/local/bin/hello'],
      Labels: { 'org.opencontainers.image.title': `oci-matrix ${flavour} image (${architecture})` },
    },
    rootfs: { type: 'layers', diff_ids: [diffId] },
    history: [{ created: FIXED_CREATED, created_by: 'oci-matrix artifact catalogue' }],
  });
}

function image(flavour: Flavour, architecture: Architecture): Manifest {
  const archive = rootfs(flavour, architecture);
  const docker = flavour === 'docker';
  const config: Blob = blobOf(imageConfig(flavour, architecture, diffIdOf(archive)), docker ? MEDIA_TYPES.dockerConfig : MEDIA_TYPES.imageConfig);
  const layer: Blob = blobOf(gzipStored(archive), docker ? MEDIA_TYPES.dockerLayer : MEDIA_TYPES.layerTarGzip);
  // Docker schema 2 has no annotations: Docker's own tools write none.
  if (docker) return imageManifest({ config, layers: [layer], mediaType: MEDIA_TYPES.dockerManifest });
  return imageManifest({
    config,
    layers: [layer],
    annotations: { 'org.opencontainers.image.created': FIXED_CREATED, 'org.opencontainers.image.title': `oci-matrix image (${architecture})` },
  });
}

/** The linux/amd64 OCI image: content of its own kind and the subject of every referrer kind. */
export const ociImage = memo(() => image('oci', 'amd64'));
const ociImageArm64 = memo(() => image('oci', 'arm64'));
const dockerImage = memo(() => image('docker', 'amd64'));
const dockerImageArm64 = memo(() => image('docker', 'arm64'));

const PLATFORMS: Platform[] = [
  { architecture: 'amd64', os: 'linux' },
  { architecture: 'arm64', os: 'linux', variant: 'v8' },
];

const ociIndex = memo(() =>
  imageIndex({
    manifests: [ociImage(), ociImageArm64()],
    platforms: PLATFORMS,
    annotations: { 'org.opencontainers.image.created': FIXED_CREATED },
  }),
);

const dockerManifestList = memo(() =>
  imageIndex({ manifests: [dockerImage(), dockerImageArm64()], platforms: PLATFORMS, mediaType: MEDIA_TYPES.dockerManifestList }),
);

export function imageKinds(): ArtifactKind[] {
  return [
    {
      id: 'oci-image',
      title: 'OCI image',
      ecosystem: 'BuildKit, Buildah, ko, Jib: an OCI manifest, image config and tar+gzip layer',
      level: 'MUST',
      spec: imageSpec('manifest.md', 'Image Manifest'),
      build: () => ({ manifest: ociImage(), prerequisites: [], streamed: [] }),
    },
    {
      id: 'docker-image',
      title: 'Docker image',
      ecosystem: 'docker build / docker push: Docker schema 2 manifest, container config and rootfs diff layer',
      // An interoperability fact, not an OCI requirement: an OCI-only registry (zot) may refuse it.
      level: 'MAY',
      refusal: 'refuses Docker media types',
      spec: dockerSchema2('Image Manifest'),
      build: () => ({ manifest: dockerImage(), prerequisites: [], streamed: [] }),
    },
    {
      id: 'oci-index',
      title: 'Multi-platform OCI index',
      ecosystem: 'docker buildx --platform, Buildah manifest: an OCI image index of linux/amd64 and linux/arm64 images',
      level: 'MUST',
      spec: imageSpec('image-index.md', 'Image Index Property Descriptions'),
      build: () => ({ manifest: ociIndex(), prerequisites: [], streamed: [] }),
    },
    {
      id: 'docker-manifest-list',
      title: 'Docker manifest list',
      ecosystem: 'docker manifest create / push: a schema 2 manifest list of linux/amd64 and linux/arm64 images',
      level: 'MAY',
      refusal: 'refuses Docker media types',
      spec: dockerSchema2('Manifest List'),
      build: () => ({ manifest: dockerManifestList(), prerequisites: [], streamed: [] }),
    },
  ];
}

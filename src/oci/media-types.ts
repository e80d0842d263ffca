// Media types of the image-spec and of Docker's formats that registries still serve.
export const MEDIA_TYPES = {
  imageManifest: 'application/vnd.oci.image.manifest.v1+json',
  imageIndex: 'application/vnd.oci.image.index.v1+json',
  imageConfig: 'application/vnd.oci.image.config.v1+json',
  layerTar: 'application/vnd.oci.image.layer.v1.tar',
  layerTarGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  layerTarZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  layerNondistributableTarGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
  empty: 'application/vnd.oci.empty.v1+json',
  artifactManifest: 'application/vnd.oci.artifact.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  octetStream: 'application/octet-stream',
} as const;

/**
 * Every manifest type a pull may meet, for the Accept header. A full list is required: CNCF
 * Distribution 2.8 answers 404 when Accept does not name the stored manifest's type.
 */
export const ALL_MANIFEST_MEDIA_TYPES = [
  MEDIA_TYPES.imageManifest,
  MEDIA_TYPES.imageIndex,
  MEDIA_TYPES.dockerManifest,
  MEDIA_TYPES.dockerManifestList,
  MEDIA_TYPES.artifactManifest,
] as const;

// The OCI artifact manifest of the image-spec 1.1 release candidates. It was removed before
// 1.1.0, so a registry may refuse it (level MAY: CNCF Distribution 2.8 answers MANIFEST_INVALID);
// ACR stored it as a preview feature, and tools of that time (ORAS 1.0 with
// --image-spec v1.1-artifact) left it in registries.
import { blobOf, descriptorOf, type Blob, type Manifest } from '../builders.js';
import { digestOf } from '../digest.js';
import { MEDIA_TYPES } from '../media-types.js';
import type { ArtifactKind } from './kind.js';
import { ociImage } from './images.js';
import { FIXED_CREATED, imageSpec, memo } from './shared.js';

const ARTIFACT_MANIFEST = MEDIA_TYPES.artifactManifest;
export const LEGACY_ARTIFACT_TYPE = 'application/vnd.oci-matrix.legacy-note.v1';

const legacyArtifact = memo((): Manifest => {
  const note: Blob = blobOf('A note attached with the OCI 1.1-rc artifact manifest.\n', 'text/plain');
  const subject = descriptorOf(ociImage());
  // Field order as the rc schema lists them; there is no schemaVersion and no config, and
  // the referenced blobs are `blobs`, not `layers`.
  const json = {
    mediaType: ARTIFACT_MANIFEST,
    artifactType: LEGACY_ARTIFACT_TYPE,
    blobs: [{ mediaType: note.mediaType, digest: note.digest, size: note.size, annotations: { 'org.opencontainers.image.title': 'note.txt' } }],
    subject,
    annotations: { 'org.opencontainers.artifact.created': FIXED_CREATED },
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
    json,
  };
});

export function legacyArtifactManifestKind(): ArtifactKind {
  return {
    id: 'artifact-manifest-legacy',
    title: 'OCI artifact manifest (1.1-rc, withdrawn)',
    ecosystem: 'ORAS 1.0 --image-spec v1.1-artifact, notation RC: application/vnd.oci.artifact.manifest.v1+json',
    level: 'MAY',
    since: '1.1',
    spec: imageSpec('artifact.md', 'Artifact Manifest', 'v1.1.0-rc2'),
    build: () => ({ manifest: legacyArtifact(), prerequisites: [ociImage()], streamed: [] }),
  };
}

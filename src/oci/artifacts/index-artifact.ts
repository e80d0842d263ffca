// An image index used as an artifact (image-spec 1.1): its own artifactType and a subject,
// grouping several artifacts that belong to one image — here its CycloneDX and SPDX SBOMs.
import { descriptorOf, imageIndex } from '../builders.js';
import type { ArtifactKind } from './kind.js';
import { ociImage } from './images.js';
import { cycloneDxSbom, spdxSbom } from './sbom.js';
import { FIXED_CREATED, imageSpec, memo } from './shared.js';

export const SBOM_SET_TYPE = 'application/vnd.oci-matrix.sbom-set.v1';

const indexArtifact = memo(() =>
  imageIndex({
    artifactType: SBOM_SET_TYPE,
    manifests: [cycloneDxSbom(), spdxSbom()],
    subject: descriptorOf(ociImage()),
    annotations: { 'org.opencontainers.image.created': FIXED_CREATED },
  }),
);

export function indexArtifactKind(): ArtifactKind {
  return {
    id: 'index-artifact',
    title: 'Index artifact with subject',
    ecosystem: 'oras / regctl artifact indexes: an image index with artifactType and subject grouping several artifacts',
    level: 'MUST',
    since: '1.1',
    spec: imageSpec('image-index.md', 'Image Index Property Descriptions'),
    build: () => ({ manifest: indexArtifact(), prerequisites: [ociImage()], streamed: [] }),
  };
}

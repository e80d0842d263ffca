// SBOMs as OCI 1.1 artifacts: standalone (an artifactType over the empty config, the document
// as the one layer) and attached to the image through `subject`, as syft/trivy/oras attach do.
import { blobOf, descriptorOf, imageManifest, type Manifest } from '../builders.js';
import type { ArtifactKind } from './kind.js';
import { ociImage } from './images.js';
import { ARTIFACT_GUIDELINES, CONTENT_REPOSITORY, emptyJson, FIXED_CREATED, memo } from './shared.js';

export const CYCLONEDX_JSON = 'application/vnd.cyclonedx+json';
export const SPDX_JSON = 'application/spdx+json';

/** What our SBOMs list: one package, the busybox the example image pretends to ship. */
const PACKAGE = { name: 'busybox', version: '1.36.1', purl: 'pkg:generic/busybox@1.36.1', license: 'GPL-2.0-only' };

/** A CycloneDX 1.5 BOM; `imageDigest` (when attached) names the image it describes. */
export function cycloneDxDocument(imageDigest?: string): string {
  return JSON.stringify(
    {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      serialNumber: imageDigest ? 'urn:uuid:6f1c3a52-0b8e-4c36-9d1e-2a7f4e5b9c01' : 'urn:uuid:3b2e8f10-5c4d-4a6e-8f9b-1d0c7a6e5f42',
      version: 1,
      metadata: {
        timestamp: FIXED_CREATED,
        tools: { components: [{ type: 'application', name: 'oci-matrix' }] },
        component: imageDigest
          ? { type: 'container', name: CONTENT_REPOSITORY, version: imageDigest, 'bom-ref': `${CONTENT_REPOSITORY}@${imageDigest}` }
          : { type: 'application', name: 'oci-matrix-example', version: '1.0.0', 'bom-ref': 'oci-matrix-example' },
      },
      components: [
        {
          type: 'library',
          name: PACKAGE.name,
          version: PACKAGE.version,
          purl: PACKAGE.purl,
          'bom-ref': PACKAGE.purl,
          licenses: [{ license: { id: PACKAGE.license } }],
        },
      ],
    },
    null,
    2,
  );
}

/** An SPDX 2.3 document (JSON serialisation). */
export function spdxDocument(): string {
  return JSON.stringify(
    {
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 'oci-matrix-example',
      documentNamespace: 'https://oci-matrix.invalid/spdx/oci-matrix-example-1.0.0',
      creationInfo: { created: FIXED_CREATED, creators: ['Tool: oci-matrix'] },
      packages: [
        {
          name: PACKAGE.name,
          SPDXID: 'SPDXRef-Package-busybox',
          versionInfo: PACKAGE.version,
          downloadLocation: 'NOASSERTION',
          filesAnalyzed: false,
          licenseConcluded: PACKAGE.license,
          licenseDeclared: PACKAGE.license,
          copyrightText: 'NOASSERTION',
          externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: PACKAGE.purl }],
        },
      ],
      relationships: [{ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-Package-busybox' }],
    },
    null,
    2,
  );
}

/** The artifact shape image-spec 1.1 recommends: artifactType, empty config, the file as the layer. */
function sbomArtifact(document: string, mediaType: string, title: string, subject?: Manifest): Manifest {
  const layer = blobOf(document, mediaType);
  return imageManifest({
    artifactType: mediaType,
    config: emptyJson(),
    layers: [layer],
    layerDescriptors: [descriptorOf(layer, { annotations: { 'org.opencontainers.image.title': title } })],
    subject: subject ? descriptorOf(subject) : undefined,
    annotations: { 'org.opencontainers.image.created': FIXED_CREATED },
  });
}

export const cycloneDxSbom = memo(() => sbomArtifact(cycloneDxDocument(), CYCLONEDX_JSON, 'sbom.cdx.json'));
export const spdxSbom = memo(() => sbomArtifact(spdxDocument(), SPDX_JSON, 'sbom.spdx.json'));
const attachedSbom = memo(() => sbomArtifact(cycloneDxDocument(ociImage().digest), CYCLONEDX_JSON, 'sbom.cdx.json', ociImage()));

export function sbomKinds(): ArtifactKind[] {
  return [
    {
      id: 'sbom-cyclonedx',
      title: 'CycloneDX SBOM',
      ecosystem: 'syft, trivy, cdxgen pushed with oras: artifactType application/vnd.cyclonedx+json over the empty config',
      level: 'MUST',
      since: '1.1',
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: cycloneDxSbom(), prerequisites: [], streamed: [] }),
    },
    {
      id: 'sbom-spdx',
      title: 'SPDX SBOM',
      ecosystem: 'syft, trivy, bom pushed with oras: artifactType application/spdx+json over the empty config',
      level: 'MUST',
      since: '1.1',
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: spdxSbom(), prerequisites: [], streamed: [] }),
    },
    {
      id: 'sbom-attached',
      title: 'SBOM attached to an image',
      ecosystem: 'oras attach / trivy --sbom-sources oci: a CycloneDX SBOM whose subject is the image it describes',
      level: 'MUST',
      since: '1.1',
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: attachedSbom(), prerequisites: [ociImage()], streamed: [] }),
    },
  ];
}

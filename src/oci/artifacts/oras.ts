// A generic ORAS artifact: any files, a custom artifactType, the empty config; the shape
// `oras push --artifact-type` writes, and the one the image spec's artifact guidance describes.
import { blobOf, descriptorOf, imageManifest } from '../builders.js';
import type { ArtifactKind } from './kind.js';
import { ARTIFACT_GUIDELINES, emptyJson, FIXED_CREATED, memo } from './shared.js';

export const ORAS_EXAMPLE_TYPE = 'application/vnd.oci-matrix.example.v1';

export const ORAS_FILES = [
  { title: 'README.md', mediaType: 'text/markdown', content: '# oci-matrix example artifact\n\nTwo files pushed the way `oras push` does.\n' },
  { title: 'settings.json', mediaType: 'application/json', content: `${JSON.stringify({ retries: 3, endpoints: ['a', 'b'] })}\n` },
] as const;

const orasArtifact = memo(() => {
  const layers = ORAS_FILES.map((file) => blobOf(file.content, file.mediaType));
  return imageManifest({
    artifactType: ORAS_EXAMPLE_TYPE,
    config: emptyJson(),
    layers,
    layerDescriptors: layers.map((layer, i) => descriptorOf(layer, { annotations: { 'org.opencontainers.image.title': ORAS_FILES[i].title } })),
    annotations: { 'org.opencontainers.image.created': FIXED_CREATED },
  });
});

export function orasGenericKind(): ArtifactKind {
  return {
    id: 'oras-generic',
    title: 'Generic ORAS artifact',
    ecosystem: 'oras push --artifact-type: files as titled layers over the empty config',
    level: 'MUST',
    since: '1.1',
    spec: ARTIFACT_GUIDELINES,
    build: () => ({ manifest: orasArtifact(), prerequisites: [], streamed: [] }),
  };
}

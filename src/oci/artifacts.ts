// The artifact catalogue: one deterministic example of every kind of content the ecosystem
// stores in registries (images, Helm charts, SBOMs, signatures, WASM, policy bundles, ...),
// each with the media types its own tools write. The artifacts suite pushes every kind to
// every registry; the interop phase copies them between registries and compares digests.
import type { ArtifactKind } from './artifacts/kind.js';
import { imageKinds } from './artifacts/images.js';
import { helmChartKind } from './artifacts/helm.js';
import { sbomKinds } from './artifacts/sbom.js';
import { signatureKinds } from './artifacts/signatures.js';
import { wasmModuleKind } from './artifacts/wasm.js';
import { opaBundleKind } from './artifacts/opa.js';
import { orasGenericKind } from './artifacts/oras.js';
import { indexArtifactKind } from './artifacts/index-artifact.js';
import { legacyArtifactManifestKind } from './artifacts/legacy-artifact-manifest.js';
import { largeLayerKind } from './artifacts/large-layer.js';

export type { ArtifactContent, ArtifactKind, StreamedBlob } from './artifacts/kind.js';

export interface CatalogueOptions {
  /** Size of the large-layer blob; default 64 MiB, or OCI_MATRIX_LARGE_LAYER_BYTES. */
  largeLayerBytes?: number;
}

export const DEFAULT_LARGE_LAYER_BYTES = 64 * 1024 * 1024;
export const LARGE_LAYER_ENV = 'OCI_MATRIX_LARGE_LAYER_BYTES';

/** Reads the large-layer size from the environment; a value that is not a positive integer is a user mistake, said loudly. */
export function largeLayerBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env[LARGE_LAYER_ENV]?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^[0-9]+$/.test(raw) || Number(raw) <= 0 || !Number.isSafeInteger(Number(raw))) {
    throw new Error(`${LARGE_LAYER_ENV} must be a positive whole number of bytes, got "${raw}"`);
  }
  return Number(raw);
}

/** Every kind, in the order the report shows them. Cheap: nothing is built until `build()` is called. */
export function artifactCatalogue(options: CatalogueOptions = {}): ArtifactKind[] {
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
    largeLayerKind(largeLayerBytes),
  ];
}

// What an artifact kind is: the shape every module in this folder produces and the catalogue
// (../artifacts.ts) lists. On its own so that the kinds never import their own aggregator.
import type { SpecReference, SpecVersion } from '../../results/model.js';
import type { Manifest } from '../builders.js';

/** A blob too large to hold in memory: produced chunk by chunk, the same bytes on every call. */
export interface StreamedBlob {
  mediaType: string;
  digest: string;
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
}

export interface ArtifactContent {
  /** The thing pushed by tag; its `blobs` and `manifests` are pushed first by the caller. */
  manifest: Manifest;
  /** Manifests (e.g. the subject image) the caller pushes, by digest, before anything else. */
  prerequisites: Manifest[];
  /** Blobs too large to hold: streamed by the caller before the manifest; NOT in `manifest.blobs`. */
  streamed: StreamedBlob[];
  /** A fixed tag the ecosystem mandates (cosign's `sha256-<hex>.sig`); otherwise the caller picks one. */
  tag?: string;
}

export interface ArtifactKind {
  /** kebab-case and stable: it names checks, interop rows and report columns. */
  id: string;
  title: string;
  /** Which tool or ecosystem produces this content. */
  ecosystem: string;
  /**
   * MAY for content the OCI specs do not require a registry to take (never a fail when refused):
   * the withdrawn artifact manifest, Docker schema 2.
   */
  level: 'MUST' | 'MAY';
  /** What a refusal of optional content means, as the report should say it. */
  refusal?: string;
  /** '1.1' for content that needs OCI 1.1 fields (artifactType, subject). */
  since?: SpecVersion;
  spec?: SpecReference;
  /** false to leave it out of cross-registry copies (default true). */
  interop?: boolean;
  /** Deterministic and memoised: same bytes, same digests, every call, every run, every machine. */
  build(): ArtifactContent;
}

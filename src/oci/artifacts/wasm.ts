// A WebAssembly module as the CNCF TAG Runtime "Wasm OCI artifact" layout stores it (wkg,
// oci-wasm, Spin): a wasm config and the module itself as the one `application/wasm` layer.
import { blobOf, imageManifest } from '../builders.js';
import type { ArtifactKind } from './kind.js';
import { ARTIFACT_GUIDELINES, FIXED_CREATED, memo } from './shared.js';

export const WASM_CONFIG = 'application/vnd.wasm.config.v0+json';
export const WASM_LAYER = 'application/wasm';

/**
 * A valid core module exporting `answer: () -> i32` returning 42, hand-assembled so the
 * bytes never change: magic and version, then the type, function, export and code sections.
 */
export const WASM_MODULE = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, // "\0asm"
  0x01, 0x00, 0x00, 0x00, // version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, // type section: one type, () -> i32
  0x03, 0x02, 0x01, 0x00, // function section: one function of type 0
  0x07, 0x0a, 0x01, 0x06, 0x61, 0x6e, 0x73, 0x77, 0x65, 0x72, 0x00, 0x00, // export "answer" = func 0
  0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b, // code: no locals, i32.const 42, end
]);

const wasmModule = memo(() => {
  const layer = blobOf(WASM_MODULE, WASM_LAYER);
  // os "wasip1" is what the layout prescribes for a plain core module.
  const config = blobOf(
    JSON.stringify({ created: FIXED_CREATED, architecture: 'wasm', os: 'wasip1', layerDigests: [layer.digest] }),
    WASM_CONFIG,
  );
  return imageManifest({ config, layers: [layer], annotations: { 'org.opencontainers.image.created': FIXED_CREATED } });
});

export function wasmModuleKind(): ArtifactKind {
  return {
    id: 'wasm-module',
    title: 'WebAssembly module',
    ecosystem: 'wkg / oci-wasm / Spin: application/vnd.wasm.config.v0+json config and an application/wasm layer',
    level: 'MUST',
    spec: ARTIFACT_GUIDELINES,
    build: () => ({ manifest: wasmModule(), prerequisites: [], streamed: [] }),
  };
}

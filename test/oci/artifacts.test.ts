import { describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { artifactCatalogue, largeLayerBytesFromEnv, type ArtifactKind } from '../../src/oci/artifacts.js';
import type { Manifest } from '../../src/oci/builders.js';
import { digestOf } from '../../src/oci/digest.js';
import { CHART_FILES } from '../../src/oci/artifacts/helm.js';
import { WASM_MODULE } from '../../src/oci/artifacts/wasm.js';

/** The WebAssembly global, which @types/node does not declare. */
const WebAssembly = (globalThis as unknown as {
  WebAssembly: {
    validate(bytes: Uint8Array): boolean;
    instantiate(bytes: Uint8Array): Promise<{ instance: { exports: Record<string, unknown> } }>;
  };
}).WebAssembly;

const SMALL_LARGE_LAYER = 3 * 1024 * 1024;
const catalogue = artifactCatalogue({ largeLayerBytes: SMALL_LARGE_LAYER });
const kind = (id: string): ArtifactKind => {
  const found = catalogue.find((k) => k.id === id);
  if (!found) throw new Error(`no kind ${id}`);
  return found;
};

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}
interface ManifestJson {
  schemaVersion?: number;
  mediaType: string;
  artifactType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  blobs?: Descriptor[];
  manifests?: (Descriptor & { platform?: { architecture: string; os: string } })[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

const parse = (manifest: Manifest): ManifestJson => JSON.parse(new TextDecoder().decode(manifest.bytes));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const blobBytes = (manifest: Manifest, digest: string): Uint8Array => {
  const blob = manifest.blobs.find((b) => b.digest === digest);
  if (!blob) throw new Error(`blob ${digest} is not in the manifest's blobs`);
  return blob.bytes;
};

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const EMPTY = 'application/vnd.oci.empty.v1+json';
const EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';

/** What each kind must look like: the media types its own ecosystem writes. */
const EXPECTED: Record<string, { mediaType: string; artifactType?: string; config?: string; layers?: string[] }> = {
  'oci-image': { mediaType: OCI_MANIFEST, config: 'application/vnd.oci.image.config.v1+json', layers: ['application/vnd.oci.image.layer.v1.tar+gzip'] },
  'docker-image': {
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: 'application/vnd.docker.container.image.v1+json',
    layers: ['application/vnd.docker.image.rootfs.diff.tar.gzip'],
  },
  'oci-index': { mediaType: OCI_INDEX },
  'docker-manifest-list': { mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json' },
  'helm-chart': { mediaType: OCI_MANIFEST, config: 'application/vnd.cncf.helm.config.v1+json', layers: ['application/vnd.cncf.helm.chart.content.v1.tar+gzip'] },
  'sbom-cyclonedx': { mediaType: OCI_MANIFEST, artifactType: 'application/vnd.cyclonedx+json', config: EMPTY, layers: ['application/vnd.cyclonedx+json'] },
  'sbom-spdx': { mediaType: OCI_MANIFEST, artifactType: 'application/spdx+json', config: EMPTY, layers: ['application/spdx+json'] },
  'sbom-attached': { mediaType: OCI_MANIFEST, artifactType: 'application/vnd.cyclonedx+json', config: EMPTY, layers: ['application/vnd.cyclonedx+json'] },
  'cosign-signature-tag': { mediaType: OCI_MANIFEST, config: 'application/vnd.oci.image.config.v1+json', layers: ['application/vnd.dev.cosign.simplesigning.v1+json'] },
  'signature-referrer': {
    mediaType: OCI_MANIFEST,
    artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    config: EMPTY,
    layers: ['application/vnd.dev.sigstore.bundle.v0.3+json'],
  },
  'notary-signature': { mediaType: OCI_MANIFEST, artifactType: 'application/vnd.cncf.notary.signature', config: EMPTY, layers: ['application/jose+json'] },
  'wasm-module': { mediaType: OCI_MANIFEST, config: 'application/vnd.wasm.config.v0+json', layers: ['application/wasm'] },
  'opa-bundle': {
    mediaType: OCI_MANIFEST,
    config: 'application/vnd.cncf.openpolicyagent.config.v1+json',
    layers: ['application/vnd.cncf.openpolicyagent.policy.layer.v1+rego', 'application/vnd.cncf.openpolicyagent.data.layer.v1+json'],
  },
  'oras-generic': { mediaType: OCI_MANIFEST, artifactType: 'application/vnd.oci-matrix.example.v1', config: EMPTY, layers: ['text/markdown', 'application/json'] },
  'index-artifact': { mediaType: OCI_INDEX, artifactType: 'application/vnd.oci-matrix.sbom-set.v1' },
  'artifact-manifest-legacy': { mediaType: 'application/vnd.oci.artifact.manifest.v1+json', artifactType: 'application/vnd.oci-matrix.legacy-note.v1' },
  'large-layer': { mediaType: OCI_MANIFEST, config: 'application/vnd.oci.image.config.v1+json', layers: ['application/vnd.oci.image.layer.v1.tar'] },
};

/**
 * The digests every registry will see. A change here changes what users compare across runs
 * and registries: update it only on purpose.
 */
const SNAPSHOT: Record<string, string> = {
  'oci-image': 'sha256:3dc502c0a6221d1e8157690dcf8916f3dc1743adec22cb6d2070fcd79aef54dd',
  'docker-image': 'sha256:5bd3f3e36ae9bb8231ccc41ba58cd35aa15f0cf689dd30088d262dfbb6964b5e',
  'oci-index': 'sha256:3165a21d29856f1a06febab44d16a8d8511e730fe5325fda86c904d0422bd76a',
  'docker-manifest-list': 'sha256:66621e96c12f454c162fa0dcb1a9525cb6ea0bfa2f6671ee14f4f56604504541',
  'helm-chart': 'sha256:727d066965f5add4be6570587964c62c607efd45e96931e42d578ee31c2e1353',
  'sbom-cyclonedx': 'sha256:0d25ee38a5e297f57b2dbaae2228be0a39caf7237505c647c87f43a1a713c3ce',
  'sbom-spdx': 'sha256:72663ecd35ebad8d21af16f0e75623daa2202cce971d3c18bdf3ed1989cbdc87',
  'sbom-attached': 'sha256:95c04f4305eba3df8ed4db04a637d54279dd349549c7c7b6da55205b4d5264a6',
  'cosign-signature-tag': 'sha256:072270b8c65937ccc1976ff751f8fdb96d1a1ee946a13ca41bbfcfc192143be7',
  'signature-referrer': 'sha256:545ddb1e9d102a81211eafb18e15e74f207d438d97c60174970907c3634902a8',
  'notary-signature': 'sha256:b5aa260696f085b3fbb915d058fc2f8bf9ab42c03af09e44d17842d87e9dec6e',
  'wasm-module': 'sha256:5624ea476517d385cc5a38c4bca8d324618f03dfef9ee85804c0b61486798b5d',
  'opa-bundle': 'sha256:a8a73b10053a351134e489e3f22bc0a17e2460953e0258e608d87d01c649f94c',
  'oras-generic': 'sha256:082461e5e3450444332755c667d36563635686b5155f4323d21b83be95928055',
  'index-artifact': 'sha256:354e3ec7f863f927d1a9068aa29b67534859cfefeed61c07ce4b68772669d112',
  'artifact-manifest-legacy': 'sha256:f95732fc073b0fca35a3fab445c3f3b34ea93a54a067fc1c791a1971e7271afd',
  'large-layer': 'sha256:b0573ecd68646c13ac15ea16c400efe0d21fa98dde22fb58c08ec617d63382dd',
};

describe('the artifact catalogue', () => {
  it('lists every kind once, with a stable kebab-case id', () => {
    const ids = catalogue.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('marks as optional only what OCI does not require: Docker schema 2 and the withdrawn artifact manifest', () => {
    expect(catalogue.filter((k) => k.level === 'MAY').map((k) => k.id)).toEqual(['docker-image', 'docker-manifest-list', 'artifact-manifest-legacy']);
  });

  it('builds every kind to the same bytes and digests on every call, and in a fresh catalogue', () => {
    const again = artifactCatalogue({ largeLayerBytes: SMALL_LARGE_LAYER });
    for (const k of catalogue) {
      const first = k.build();
      const second = again.find((other) => other.id === k.id)!.build();
      expect(second.manifest.digest, k.id).toBe(first.manifest.digest);
      expect(Buffer.from(second.manifest.bytes).equals(Buffer.from(first.manifest.bytes)), k.id).toBe(true);
      expect(second.tag).toBe(first.tag);
    }
  });

  it('builds the same bytes from scratch, with no memoised state', async () => {
    vi.resetModules();
    const fresh = (await import('../../src/oci/artifacts.js')).artifactCatalogue({ largeLayerBytes: SMALL_LARGE_LAYER });
    for (const k of fresh) {
      const original = kind(k.id).build();
      const rebuilt = k.build();
      expect(rebuilt.manifest, k.id).not.toBe(original.manifest);
      expect(Buffer.from(rebuilt.manifest.bytes).equals(Buffer.from(original.manifest.bytes)), k.id).toBe(true);
      expect(rebuilt.manifest.blobs.map((b) => b.digest)).toEqual(original.manifest.blobs.map((b) => b.digest));
      expect(rebuilt.streamed.map((s) => s.digest)).toEqual(original.streamed.map((s) => s.digest));
    }
  });

  it('builds the digests it always has (snapshot)', () => {
    const digests = Object.fromEntries(catalogue.map((k) => [k.id, k.build().manifest.digest]));
    expect(digests).toEqual(SNAPSHOT);
  });

  it.each(Object.entries(EXPECTED))('writes %s with the media types its ecosystem uses', (id, expected) => {
    const { manifest } = kind(id).build();
    const json = parse(manifest);
    expect(manifest.mediaType).toBe(expected.mediaType);
    expect(json.mediaType).toBe(expected.mediaType);
    expect(manifest.digest).toBe(digestOf(manifest.bytes));
    expect(manifest.size).toBe(manifest.bytes.length);
    if (id === 'artifact-manifest-legacy') expect(json.schemaVersion).toBeUndefined();
    else expect(json.schemaVersion).toBe(2);
    expect(json.artifactType).toBe(expected.artifactType);
    expect(manifest.artifactType).toBe(expected.artifactType);
    expect(json.config?.mediaType).toBe(expected.config);
    if (expected.layers) expect(json.layers?.map((l) => l.mediaType)).toEqual(expected.layers);
  });

  it.each(catalogue.map((k) => [k.id, k] as const))('references only content %s provides, with matching digests', (_id, k) => {
    const content = k.build();
    const { manifest } = content;
    const json = parse(manifest);
    const streamed = new Set(content.streamed.map((s) => s.digest));
    for (const blob of manifest.blobs) expect(digestOf(blob.bytes)).toBe(blob.digest);
    const referenced = [json.config, ...(json.layers ?? []), ...(json.blobs ?? [])].filter((d): d is Descriptor => d !== undefined);
    for (const descriptor of referenced) {
      const blob = manifest.blobs.find((b) => b.digest === descriptor.digest);
      if (streamed.has(descriptor.digest)) {
        expect(blob, 'streamed blobs stay out of manifest.blobs').toBeUndefined();
        continue;
      }
      expect(blob, descriptor.digest).toBeDefined();
      expect(blob!.size).toBe(descriptor.size);
    }
    for (const child of json.manifests ?? []) {
      const built = manifest.manifests.find((m) => m.digest === child.digest);
      expect(built, child.digest).toBeDefined();
      expect(built!.size).toBe(child.size);
      expect(built!.mediaType).toBe(child.mediaType);
    }
    if (json.subject) {
      expect(content.prerequisites.map((p) => p.digest)).toContain(json.subject.digest);
      const subject = content.prerequisites.find((p) => p.digest === json.subject!.digest)!;
      expect(json.subject.size).toBe(subject.size);
      expect(json.subject.mediaType).toBe(subject.mediaType);
      expect(k.since).toBe('1.1');
    }
    if (json.artifactType) expect(k.since).toBe('1.1');
  });

  it('uses the exact empty descriptor of image-spec 1.1', () => {
    const json = parse(kind('sbom-spdx').build().manifest);
    expect(json.config).toMatchObject({ mediaType: EMPTY, digest: EMPTY_DIGEST, size: 2 });
  });

  it('makes the OCI index and the Docker manifest list of linux/amd64 and linux/arm64 images', () => {
    for (const [id, childType] of [
      ['oci-index', OCI_MANIFEST],
      ['docker-manifest-list', 'application/vnd.docker.distribution.manifest.v2+json'],
    ] as const) {
      const json = parse(kind(id).build().manifest);
      expect(json.manifests?.map((m) => `${m.platform?.os}/${m.platform?.architecture}`)).toEqual(['linux/amd64', 'linux/arm64']);
      expect(json.manifests?.map((m) => m.mediaType)).toEqual([childType, childType]);
    }
  });

  it('gives images a config whose diff_ids are the digests of the uncompressed layers', () => {
    for (const id of ['oci-image', 'docker-image']) {
      const { manifest } = kind(id).build();
      const json = parse(manifest);
      const config = JSON.parse(text(blobBytes(manifest, json.config!.digest)));
      const layer = blobBytes(manifest, json.layers![0].digest);
      expect(config.rootfs.diff_ids).toEqual([digestOf(gunzipSync(layer))]);
    }
  });

  it('packages a Helm chart that extracts to Chart.yaml, values.yaml and a template', () => {
    const { manifest } = kind('helm-chart').build();
    const json = parse(manifest);
    const dir = mkdtempSync(join(tmpdir(), 'oci-matrix-helm-'));
    try {
      const file = join(dir, 'chart.tgz');
      writeFileSync(file, blobBytes(manifest, json.layers![0].digest));
      const listed = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n');
      expect(listed.filter((entry) => !entry.endsWith('/')).sort()).toEqual([...CHART_FILES].sort());
      execFileSync('tar', ['-xzf', file, '-C', dir]);
      const chart = execFileSync('cat', [join(dir, CHART_FILES[0])], { encoding: 'utf8' });
      expect(chart).toContain('apiVersion: v2');
      expect(chart).toContain('name: oci-matrix-demo');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const config = JSON.parse(text(blobBytes(manifest, json.config!.digest)));
    expect(config).toMatchObject({ name: 'oci-matrix-demo', version: '0.1.0', apiVersion: 'v2' });
    expect(json.annotations?.['org.opencontainers.image.title']).toBe('oci-matrix-demo');
  });

  it('carries a valid WebAssembly module', async () => {
    const { manifest } = kind('wasm-module').build();
    const json = parse(manifest);
    const module = blobBytes(manifest, json.layers![0].digest);
    expect(Buffer.from(module.subarray(0, 8))).toEqual(Buffer.from('\0asm\x01\0\0\0', 'latin1'));
    expect(WebAssembly.validate(module)).toBe(true);
    const { instance } = await WebAssembly.instantiate(WASM_MODULE);
    expect((instance.exports.answer as () => number)()).toBe(42);
    const config = JSON.parse(text(blobBytes(manifest, json.config!.digest)));
    expect(config).toMatchObject({ architecture: 'wasm', os: 'wasip1', layerDigests: [json.layers![0].digest] });
  });

  it('carries SBOM documents that parse as CycloneDX and SPDX', () => {
    for (const id of ['sbom-cyclonedx', 'sbom-attached']) {
      const { manifest } = kind(id).build();
      const bom = JSON.parse(text(blobBytes(manifest, parse(manifest).layers![0].digest)));
      expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1 });
      expect(bom.components.length).toBeGreaterThan(0);
    }
    const spdx = kind('sbom-spdx').build().manifest;
    const doc = JSON.parse(text(blobBytes(spdx, parse(spdx).layers![0].digest)));
    expect(doc).toMatchObject({ spdxVersion: 'SPDX-2.3', dataLicense: 'CC0-1.0', SPDXID: 'SPDXRef-DOCUMENT' });
    expect(doc.packages.length).toBeGreaterThan(0);
  });

  it('attaches the SBOM, signatures and index artifact to the OCI image', () => {
    const image = kind('oci-image').build().manifest;
    for (const id of ['sbom-attached', 'signature-referrer', 'notary-signature', 'index-artifact', 'artifact-manifest-legacy']) {
      const content = kind(id).build();
      expect(parse(content.manifest).subject?.digest, id).toBe(image.digest);
      expect(content.prerequisites.map((p) => p.digest), id).toEqual([image.digest]);
    }
  });

  it("stores cosign's signature under the tag sha256-<hex of the image digest>.sig, signing that digest", () => {
    const image = kind('oci-image').build().manifest;
    const content = kind('cosign-signature-tag').build();
    expect(content.tag).toBe(`sha256-${image.digest.slice('sha256:'.length)}.sig`);
    expect(content.tag).toMatch(/^sha256-[0-9a-f]{64}\.sig$/);
    expect(content.prerequisites.map((p) => p.digest)).toEqual([image.digest]);
    const json = parse(content.manifest);
    expect(json.subject).toBeUndefined();
    const layer = json.layers![0];
    expect(layer.annotations?.['dev.cosignproject.cosign/signature']).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const payload = JSON.parse(text(blobBytes(content.manifest, layer.digest)));
    expect(payload.critical).toMatchObject({ type: 'cosign container image signature', image: { 'docker-manifest-digest': image.digest } });
    const config = JSON.parse(text(blobBytes(content.manifest, json.config!.digest)));
    expect(config.rootfs.diff_ids).toEqual([layer.digest]);
  });

  it('annotates the Notary signature with its certificate thumbprints', () => {
    const json = parse(kind('notary-signature').build().manifest);
    const thumbprints = JSON.parse(json.annotations!['io.cncf.notary.x509chain.thumbprint#S256']);
    expect(thumbprints).toHaveLength(1);
    expect(thumbprints[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('titles every file of the ORAS and OPA artifacts', () => {
    for (const id of ['oras-generic', 'opa-bundle']) {
      for (const layer of parse(kind(id).build().manifest).layers!) {
        expect(layer.annotations?.['org.opencontainers.image.title'], id).toBeTruthy();
      }
    }
  });

  it('lists the withdrawn artifact manifest\'s files as blobs, with no config or layers', () => {
    const json = parse(kind('artifact-manifest-legacy').build().manifest);
    expect(json.config).toBeUndefined();
    expect(json.layers).toBeUndefined();
    expect(json.blobs).toHaveLength(1);
  });

  it('streams the large layer as chunks that hash to its digest and add up to its size', async () => {
    const content = kind('large-layer').build();
    expect(content.streamed).toHaveLength(1);
    const [layer] = content.streamed;
    expect(layer.size).toBe(SMALL_LARGE_LAYER);
    expect(content.manifest.blobs.map((b) => b.digest)).not.toContain(layer.digest);
    const json = parse(content.manifest);
    expect(json.layers![0]).toMatchObject({ digest: layer.digest, size: layer.size });
    const hash = createHash('sha256');
    let size = 0;
    let largest = 0;
    for await (const chunk of layer.chunks()) {
      hash.update(chunk);
      size += chunk.length;
      largest = Math.max(largest, chunk.length);
    }
    expect(`sha256:${hash.digest('hex')}`).toBe(layer.digest);
    expect(size).toBe(layer.size);
    expect(largest).toBeLessThanOrEqual(1024 * 1024);
  });

  it('makes the large layer a real tar archive holding one file', async () => {
    const [layer] = kind('large-layer').build().streamed;
    const dir = mkdtempSync(join(tmpdir(), 'oci-matrix-large-'));
    try {
      const file = join(dir, 'layer.tar');
      await pipeline(Readable.from(layer.chunks()), createWriteStream(file));
      const listed = execFileSync('tar', ['-tvf', file], { encoding: 'utf8' }).trim().split('\n');
      expect(listed).toHaveLength(1);
      expect(listed[0]).toContain('oci-matrix/random.bin');
      expect(listed[0]).toContain(String(SMALL_LARGE_LAYER - 3 * 512));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rounds a large-layer size up to whole tar blocks', () => {
    const [layer] = artifactCatalogue({ largeLayerBytes: 5000 }).find((k) => k.id === 'large-layer')!.build().streamed;
    expect(layer.size).toBe(5120);
  });

  it('reads the large-layer size from OCI_MATRIX_LARGE_LAYER_BYTES and refuses nonsense', () => {
    expect(largeLayerBytesFromEnv({})).toBeUndefined();
    expect(largeLayerBytesFromEnv({ OCI_MATRIX_LARGE_LAYER_BYTES: '1048576' })).toBe(1048576);
    expect(() => largeLayerBytesFromEnv({ OCI_MATRIX_LARGE_LAYER_BYTES: '64MiB' })).toThrow(/OCI_MATRIX_LARGE_LAYER_BYTES/);
    expect(() => largeLayerBytesFromEnv({ OCI_MATRIX_LARGE_LAYER_BYTES: '0' })).toThrow(/positive/);
  });
});

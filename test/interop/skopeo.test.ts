// Independent clients: content this tool pushes must be copyable by real skopeo, and content
// skopeo pushes must read back correctly through this tool.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { startReferenceRegistry, type RunningRegistry } from '../../src/reference/index.js';
import { startDistribution, type RunningDistribution } from '../../src/targets/distribution.js';
import { createTransport } from '../../src/http/transport.js';
import { createRegistryClient } from '../../src/registry/client.js';
import { pushManifestTree } from '../../src/registry/push.js';
import { verifyGraph } from '../../src/interop/verify.js';
import { artifactCatalogue } from '../../src/oci/artifacts.js';
import type { Transport } from '../../src/http/types.js';

const run = promisify(execFile);
const ready = existsSync('/usr/bin/skopeo') && existsSync('/usr/bin/docker-registry');
const host = (url: string) => new URL(url).host;

describe.skipIf(!ready)('interoperability with skopeo', () => {
  let reference: RunningRegistry;
  let distribution: RunningDistribution;
  let transport: Transport;

  beforeAll(async () => {
    reference = await startReferenceRegistry();
    distribution = await startDistribution({});
    transport = createTransport({ credentials: { kind: 'none' } });
  });
  afterAll(async () => {
    await transport.close();
    await reference.close();
    await distribution.close();
  });

  const kinds = artifactCatalogue({ largeLayerBytes: 1024 * 1024 }).filter((k) => ['oci-image', 'oci-index', 'docker-image', 'helm-chart', 'sbom-cyclonedx', 'wasm-module'].includes(k.id));

  it.each(kinds.map((k) => [k.id, k] as const))('skopeo copies %s pushed by oci-matrix, and oci-matrix reads skopeo\'s copy unchanged', async (id, kind) => {
    const content = kind.build();
    const ref = createRegistryClient({ transport, baseUrl: reference.url });
    for (const prerequisite of content.prerequisites) expect(await pushManifestTree(ref, `skopeo/${id}`, prerequisite)).toEqual({ ok: true });
    expect(await pushManifestTree(ref, `skopeo/${id}`, content.manifest, 'v1')).toEqual({ ok: true });

    const multiArch = content.manifest.manifests.length > 0 ? ['--multi-arch', 'all'] : [];
    await run('skopeo', [
      'copy', '--src-tls-verify=false', '--dest-tls-verify=false', '--preserve-digests', ...multiArch,
      `docker://${host(reference.url)}/skopeo/${id}:v1`, `docker://${host(distribution.url)}/from-skopeo/${id}:v1`,
    ]);
    const { stdout } = await run('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${host(distribution.url)}/from-skopeo/${id}:v1`]);
    expect(Buffer.from(stdout)).toEqual(Buffer.from(content.manifest.bytes));

    const dist = createRegistryClient({ transport, baseUrl: distribution.url });
    const problem = await verifyGraph({ client: dist, repo: `from-skopeo/${id}` }, content.manifest.digest, content.manifest.bytes);
    expect(problem).toBeUndefined();

    // And the other way: skopeo pushes into the reference registry, which serves it unchanged.
    await run('skopeo', [
      'copy', '--src-tls-verify=false', '--dest-tls-verify=false', '--preserve-digests', ...multiArch,
      `docker://${host(distribution.url)}/from-skopeo/${id}:v1`, `docker://${host(reference.url)}/back/${id}:v1`,
    ]);
    expect(await verifyGraph({ client: ref, repo: `back/${id}` }, content.manifest.digest, content.manifest.bytes)).toBeUndefined();
  });
});

// The reference registry under concurrent clients, on disk, as a standalone store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceRegistryInTemp, type RunningRegistry } from '../../src/reference/index.js';
import { createTransport } from '../../src/http/transport.js';
import { createRegistryClient } from '../../src/registry/client.js';
import { pushBlob, pushManifestTree, pushStreamedBlob } from '../../src/registry/push.js';
import { blobOf } from '../../src/oci/builders.js';
import { seededBytes, seededChunks } from '../../src/oci/seeded.js';
import { digestStream } from '../../src/oci/digest.js';
import { sampleImage } from '../../src/oci/catalogue.js';
import type { Transport } from '../../src/http/types.js';

describe('the reference registry on disk', () => {
  let registry: RunningRegistry;
  let transport: Transport;
  beforeAll(async () => {
    registry = await startReferenceRegistryInTemp();
    transport = createTransport({ credentials: { kind: 'none' } });
  });
  afterAll(async () => {
    await transport.close();
    await registry.close();
  });

  it('keeps 20 concurrent uploads and manifest pushes apart and intact', async () => {
    const client = createRegistryClient({ transport, baseUrl: registry.url });
    const blobs = Array.from({ length: 20 }, (_, i) => blobOf(seededBytes(`concurrent-${i}`, 50_000 + i), 'application/octet-stream'));
    const outcomes = await Promise.all(blobs.map((blob, i) => pushBlob(client, `load/r${i % 4}`, blob)));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const images = Array.from({ length: 20 }, (_, i) => sampleImage(`concurrent-${i}`));
    expect((await Promise.all(images.map((image, i) => pushManifestTree(client, 'load/shared', image, `t${i}`)))).every((o) => o.ok)).toBe(true);
    for (const [i, blob] of blobs.entries()) {
      const got = await client.getBlob(`load/r${i % 4}`, blob.digest);
      expect(Buffer.from(got.body).equals(Buffer.from(blob.bytes))).toBe(true);
    }
    const tags = JSON.parse(Buffer.from((await client.listTags('load/shared')).body).toString()).tags as string[];
    expect(tags).toHaveLength(20);
    for (const [i, image] of images.entries()) expect(Buffer.from((await client.getManifest('load/shared', `t${i}`)).body).equals(Buffer.from(image.bytes))).toBe(true);
  });

  it('streams a 48 MiB blob in and out, hashed on the fly', async () => {
    const client = createRegistryClient({ transport, baseUrl: registry.url });
    const size = 48 * 1024 * 1024;
    const { digest } = await digestStream(seededChunks('stream-48', size));
    expect(await pushStreamedBlob(client, 'big/one', { digest, size, chunks: () => seededChunks('stream-48', size) })).toEqual({ ok: true });
    const response = await client.streamBlob('big/one', digest);
    expect(response.headers['content-length']).toBe(String(size));
    expect(await digestStream(response.body)).toEqual({ digest, size });
  });
});

// Deterministic content: known digest vectors, streaming equals one-shot, reproducible layers
// that real tar reads, and catalogue digests pinned so an accidental change is caught.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createDigester, digestOf, digestStream, parseDigest } from '../../src/oci/digest.js';
import { seededBytes, seededChunks } from '../../src/oci/seeded.js';
import { diffIdOf, tar, tarGz } from '../../src/oci/tar.js';
import { distributionContent } from '../../src/oci/catalogue.js';

describe('digests', () => {
  it('match the known vectors for empty content and {}', () => {
    expect(digestOf(new Uint8Array())).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(digestOf(new TextEncoder().encode('{}'))).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(digestOf(new Uint8Array(), 'sha512')).toBe('sha512:cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e');
  });

  it('stream to the same digest as one shot', async () => {
    const bytes = seededBytes('t', 100_000);
    const digester = createDigester('sha512');
    digester.update(bytes.subarray(0, 33));
    digester.update(bytes.subarray(33));
    expect(digester.digest()).toBe(digestOf(bytes, 'sha512'));
    expect(await digestStream(seededChunks('t', 100_000, 4096))).toEqual({ digest: digestOf(bytes), size: 100_000 });
  });

  it.each([
    ['sha256:' + 'a'.repeat(64), true],
    ['sha512:' + 'b'.repeat(128), true],
    ['sha256:' + 'A'.repeat(64), false],
    ['sha256:abc', false],
    ['sha256' + 'a'.repeat(64), false],
    ['multihash+base58:QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8', true],
  ])('parses %s as %s', (value, valid) => {
    expect(parseDigest(value) !== undefined).toBe(valid);
  });
});

describe('reproducible layers', () => {
  const files = [
    { path: 'etc/hello.txt', content: 'hello\n' },
    { path: 'bin/tool', content: seededBytes('tool', 70_000), mode: 0o755 },
  ];

  it('are byte-identical every time, and real tar lists their files', () => {
    const layer = tarGz(files);
    expect(Buffer.from(tarGz(files)).equals(Buffer.from(layer))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'oci-matrix-tar-'));
    try {
      writeFileSync(join(dir, 'layer.tar.gz'), layer);
      const listing = execFileSync('tar', ['-tzvf', join(dir, 'layer.tar.gz')], { encoding: 'utf8' });
      expect(listing).toMatch(/rwxr-xr-x 0\/0\s+70000 1970-01-01 00:00 bin\/tool/);
      expect(listing).toContain('etc/hello.txt');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(diffIdOf(gunzipSync(layer))).toBe(diffIdOf(tar(files)));
  });
});

describe('the distribution content catalogue', () => {
  it('gives seeded streams and one-shot bytes the same content', async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of seededChunks('x', 10_000, 1000)) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).equals(Buffer.from(seededBytes('x', 10_000)))).toBe(true);
  });

  it('has pinned digests (a change here changes what every registry is tested with)', () => {
    const c = distributionContent();
    const digests = Object.fromEntries(
      (['image', 'imageAlt', 'noLayers', 'customFields', 'dataField', 'nonDistributable', 'index', 'roundTripIndex', 'nestedIndex', 'sha512Image', 'largeManifest', 'artifact'] as const).map((k) => [k, c[k].digest]),
    );
    expect(digests).toMatchSnapshot();
  });

  it('builds manifests the image-spec way: sha512 throughout the sha512 image, data that decodes to the config, 4,000,000 bytes and over 4 MiB', () => {
    const c = distributionContent();
    const sha512 = c.sha512Image.json as { config: { digest: string }; layers: { digest: string }[] };
    expect([sha512.config.digest, ...sha512.layers.map((l) => l.digest), c.sha512Image.digest].every((d) => d.startsWith('sha512:'))).toBe(true);
    const data = (c.dataField.json as { config: { data: string } }).config.data;
    expect(Buffer.from(data, 'base64').equals(Buffer.from(c.dataField.blobs[0].bytes))).toBe(true);
    // "at least 4 megabytes" (decimal) exactly, and one over a 4 MiB cap.
    expect(c.largeManifest.size).toBe(4_000_000);
    expect(c.overLimitManifest.size).toBeGreaterThan(4 * 1024 * 1024);
    expect(c.nonDistributable.blobs.map((b) => b.mediaType)).toEqual(['application/vnd.oci.image.config.v1+json']);
  });
});

describe('Warning headers', () => {
  it('accepts 299 - "<text>" (several, with commas inside) and refuses other forms', async () => {
    const { warningProblems } = await import('../../suites/discovery.js');
    const answer = (warning?: string) => ({ status: 200, url: '', body: new Uint8Array(), headers: (warning === undefined ? {} : { warning }) as Record<string, string> });
    expect(warningProblems(answer())).toEqual([]);
    expect(warningProblems(answer('299 - "token expires in 30 s, renew", 299 - "repository \\"x\\" is deprecated"'))).toEqual([]);
    expect(warningProblems(answer('199 reference "deprecated" "Wed, 21 Oct 2015 07:28:00 GMT"'))).toHaveLength(1);
    expect(warningProblems(answer(`299 - "${'x'.repeat(5000)}"`))).toEqual([expect.stringContaining('at most 4096')]);
  });
});

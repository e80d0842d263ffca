// Two behaviours the spec allows and hosted registries show, on the reference registry's allowed
// deviations: blob redirects to object storage (Docker Hub, ACR, ECR, GAR) and 429 with
// Retry-After on any request (Docker Hub). Verdicts stay those of the clean registry; the
// evidence shows the hops and the retries.
import { describe, expect, it } from 'vitest';
import { startReferenceRegistry } from '../../src/reference/index.js';
import { createTransport } from '../../src/http/transport.js';
import { createRegistryClient } from '../../src/registry/client.js';
import { digestOf } from '../../src/oci/digest.js';
import type { Exchange } from '../../src/results/model.js';
import { runTestMatrix } from '../support/matrix.js';

describe('blob redirects to object storage (allowed deviation blob-redirect)', () => {
  it('keeps the pull verdicts on main, with the digest header read from the registry hop', async () => {
    const results = await runTestMatrix([{ name: 'hub-like', launch: { kind: 'reference', auth: 'basic', deviations: ['blob-redirect'] }, repository: 'redirect/test' }], { specVersion: 'main', suites: ['pull'] });
    const byCheck = Object.fromEntries(results.results.map((r) => [r.check, r]));
    expect(results.results.filter((r) => r.status !== 'pass').map((r) => `${r.check}: ${r.message}`)).toEqual([]);
    // Before hops were read, these two judged the storage's answer (no Docker-Content-Digest): fail on main.
    expect(byCheck['pull.blob.docker-content-digest'].message).toMatch(/^Docker-Content-Digest sha256:[0-9a-f]{64} \(sent on the 307 redirect\) matches the body$/);
    expect(byCheck['pull.blob.head'].message).toMatch(/\(sent on the 307 redirect\)$/);
    // The storage answers 400 to any Authorization: passing proves the credentials stayed home.
    const evidence = byCheck['pull.blob.head'].evidence;
    expect(evidence.map((e) => e.status)).toEqual([307, 200]);
    expect(evidence[1].requestHeaders.authorization).toBeUndefined();
    expect(evidence[1].url).toMatch(/X-Amz-Signature=<redacted>/);
  }, 120_000);
});

describe('429 with Retry-After on any request (allowed deviation rate-limited)', () => {
  it('retries POST, PATCH and PUT as well as GET and HEAD, judges the final answers, and records Docker Hub headers', async () => {
    const registry = await startReferenceRegistry({ deviations: ['rate-limited'] });
    const transport = createTransport({ credentials: { kind: 'none' } });
    const all: Exchange[] = [];
    const client = createRegistryClient({ transport, baseUrl: registry.url, evidence: { record: (e) => void all.push(e) } });
    try {
      for (let i = 0; i < 6; i++) {
        const bytes = new TextEncoder().encode(`chunked blob ${i}`);
        const start = await client.startUpload('limits/test');
        expect(start.status).toBe(202);
        const patched = await client.patchUpload(client.resolveLocation(start)!, bytes.subarray(0, 5), 5, '0-4');
        expect(patched.status).toBe(202);
        const done = await client.completeUpload(client.resolveLocation(patched)!, digestOf(bytes), { body: bytes.subarray(5), size: bytes.length - 5, range: `5-${bytes.length - 1}` });
        expect(done.status).toBe(201);
        expect((await client.headBlob('limits/test', digestOf(bytes))).status).toBe(200);
      }
      const retried = new Set(all.filter((e) => e.status === 429).map((e) => e.method));
      expect([...retried].sort()).toEqual(['HEAD', 'PATCH', 'POST', 'PUT']);
      expect(all.filter((e) => e.status === 429).every((e) => /^retried after 0 s \(Retry-After: (0|.* GMT)\)$/.test(e.note ?? ''))).toBe(true);
      expect(transport.rateLimit()).toMatchObject({ limit: '100;w=21600', remaining: expect.stringMatching(/;w=21600$/) });
    } finally {
      await transport.close();
      await registry.close();
    }
  });

  it('a whole run keeps the clean verdicts and the results keep the last rate-limit headers', async () => {
    const results = await runTestMatrix([{ name: 'limited', launch: { kind: 'reference', deviations: ['rate-limited'] }, repository: 'limits/run' }], { suites: ['push'] });
    expect(results.results.filter((r) => r.status !== 'pass').map((r) => `${r.check}: ${r.message}`)).toEqual([]);
    expect(results.registries[0].rateLimit).toMatchObject({ limit: '100;w=21600' });
  }, 120_000);
});

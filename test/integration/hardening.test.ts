// A slow, broken or hostile registry cannot hang, crash or mislead a run: each behaviour of
// test/support/hostile.ts runs beside a healthy reference registry, ends with the asserted
// verdict or an `error` that says in words what the server did, and the healthy registry keeps
// exactly the verdicts of a run alone. Bounds are asserted through the outcome (the deadline
// named, the body limit named), never through wall-clock time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReferenceRegistry, type RunningRegistry } from '../../src/reference/index.js';
import type { RegistryConfig } from '../../src/config/schema.js';
import type { ResultRecord, RunResults, Status } from '../../src/results/model.js';
import { runTestMatrix, verdictsOf } from '../support/matrix.js';
import { startHostile, type HostileBehaviour } from '../support/hostile.js';
import { makeTestCerts, type TestCerts } from '../support/certs.js';

const healthy: RegistryConfig = { name: 'healthy', launch: { kind: 'reference' }, repository: 'hardening/healthy' };

describe('a hostile registry beside a healthy one', () => {
  let upstream: RunningRegistry;
  let alone: Record<string, Status>;
  let certs: TestCerts;
  let caFile: string;
  const dir = mkdtempSync(join(tmpdir(), 'oci-matrix-hardening-'));

  beforeAll(async () => {
    upstream = await startReferenceRegistry({});
    certs = makeTestCerts();
    caFile = join(dir, 'ca.pem');
    writeFileSync(caFile, certs.ca);
    alone = verdictsOf(await runTestMatrix([healthy], { suites: ['pull'] }), 'healthy');
  });
  afterAll(async () => {
    await upstream.close();
    certs.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  async function beside(behaviour: HostileBehaviour, extra: Partial<RegistryConfig> = {}): Promise<{ results: RunResults; hostile: ResultRecord[]; byCheck: Record<string, ResultRecord> }> {
    const server = await startHostile(behaviour, upstream.url, certs);
    try {
      const results = await runTestMatrix([{ name: 'hostile', url: server.url, repository: `hardening/${behaviour}`, tls: { ca: caFile }, timeoutSeconds: 5, ...extra }, healthy], { suites: ['pull'] });
      // The healthy registry is untouched by its neighbour.
      expect(verdictsOf(results, 'healthy')).toEqual(alone);
      const hostile = results.results.filter((r) => r.registry === 'hostile');
      return { results, hostile, byCheck: Object.fromEntries(hostile.map((r) => [r.check, r])) };
    } finally {
      await server.close();
    }
  }

  it('a body dripped one byte at a time ends at the per-request timeout and the run deadline, never hangs', async () => {
    const { hostile } = await beside('dripped-body', { timeoutSeconds: 2, runTimeoutMinutes: 0.05, concurrency: 2 });
    expect(hostile.length).toBeGreaterThan(0);
    expect(hostile.filter((r) => r.status === 'fail')).toEqual([]);
    const errors = hostile.filter((r) => r.status === 'error').map((r) => r.message);
    expect(errors.length).toBeGreaterThan(0);
    // Each check ends at its request's timeout or at the registry's deadline (16 checks of at least
    // 2 s each, two at a time, cannot all finish within the 3 s deadline).
    const deadline = 'run deadline for this registry passed (runTimeoutMinutes: 0.05)';
    const timeout = /no complete answer within 2 s: (the headers came, then \d+ of \d+ bytes of the body|no answer came)/;
    expect(errors.filter((m) => !m.includes(deadline) && !timeout.test(m))).toEqual([]);
    expect(errors.some((m) => m.includes(deadline))).toBe(true);
  });

  it('a blob body shorter than its Content-Length is an error saying how much came', async () => {
    const { byCheck } = await beside('short-blob');
    expect(byCheck['pull.blob.get'].status).toBe('error');
    expect(byCheck['pull.blob.get'].message).toMatch(/GET \/v2\/.*: the registry sent \d+ bytes of a \d+-byte body, then closed the connection/);
  });

  it('a connection reset in the middle of a blob is an error saying so', async () => {
    const { byCheck } = await beside('reset-mid-blob');
    expect(byCheck['pull.blob.get'].status).toBe('error');
    expect(byCheck['pull.blob.get'].message).toMatch(/reset after \d+ bytes of the body|sent \d+ bytes of a \d+-byte body/);
  });

  it('an endless manifest body is cut at the manifest limit', async () => {
    // A generous timeout: on a loaded machine the limit, not the clock, must end the read.
    const { byCheck } = await beside('endless-manifest', { timeoutSeconds: 120 });
    expect(byCheck['pull.manifest.get-by-tag'].status).toBe('error');
    expect(byCheck['pull.manifest.get-by-tag'].message).toMatch(/the response body exceeds 16 MiB, more than a manifest should be: stopped reading/);
  });

  it('endless error pages are read up to 64 KiB and judged by their status', async () => {
    const { hostile, byCheck } = await beside('endless-error-page');
    expect(hostile.filter((r) => r.status === 'error')).toEqual([]);
    expect(byCheck['pull.blob.unknown'].status).toBe('pass');
    expect(JSON.stringify(byCheck['pull.errors.envelope'] ?? hostile)).toMatch(/cut at 64 KiB/);
  });

  it("a proxy's HTML error page fails the manifest checks and is named as such", async () => {
    const { byCheck } = await beside('html-error-page');
    expect(byCheck['pull.manifest.get-by-tag'].status).toBe('fail');
    expect(byCheck['pull.manifest.get-by-tag'].message).toContain('an HTML page titled "502 Bad Gateway", likely from a proxy in front of the registry');
  });

  it('truncated JSON manifests fail the byte-exact checks, without errors', async () => {
    const { hostile, byCheck } = await beside('invalid-json');
    expect(byCheck['pull.manifest.get-by-tag'].status).toBe('fail');
    expect(hostile.filter((r) => r.status === 'error')).toEqual([]);
  });

  it('answers without Content-Length are read to the end and judged as usual', async () => {
    const { hostile } = await beside('no-content-length');
    expect(hostile.filter((r) => r.status === 'error')).toEqual([]);
    const changed = hostile.filter((r) => r.status !== alone[r.check]).map((r) => `${r.check}: ${r.status}`);
    // HEAD answers lose their Content-Length too: only the checks about that header change.
    expect(changed.sort()).toEqual(['pull.blob.head: warn', 'pull.manifest.head: warn']);
  });

  it('a redirect loop on a blob is an error naming the loop', async () => {
    const { byCheck } = await beside('redirect-loop');
    expect(byCheck['pull.blob.get'].status).toBe('error');
    expect(byCheck['pull.blob.get'].message).toMatch(/more than 5 redirects \(a loop\)/);
  });

  it('a redirect to another scheme is not followed, and said so', async () => {
    const { byCheck } = await beside('redirect-other-scheme');
    expect(byCheck['pull.blob.get'].status).toBe('error');
    expect(byCheck['pull.blob.get'].message).toMatch(/redirected to a ftp: URL .* which is not HTTP: not followed/);
  });

  it.each([
    ['tls-expired', /the server certificate has expired/],
    ['tls-wrong-host', /the server certificate is for another host name/],
    ['tls-unknown-ca', /unknown CA|not trusted/],
  ] as const)('%s: the registry is reported unreachable with the TLS reason', async (behaviour, reason) => {
    const { results, hostile } = await beside(behaviour);
    expect(hostile).toEqual([]);
    const record = results.registries.find((r) => r.name === 'hostile')!;
    expect(record.status).toBe('error');
    expect(record.reason).toMatch(/TLS handshake with 127\.0\.0\.1:\d+ failed/);
    expect(record.reason).toMatch(reason);
  });
});

// TLS options: a registry with a private CA is reached when its CA is configured, or when
// `insecure` is chosen explicitly, and refused otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from '../../src/http/transport.js';

describe('TLS', () => {
  let server: Server;
  let url: string;
  let cert: string;
  const dir = mkdtempSync(join(tmpdir(), 'oci-matrix-tls-'));

  beforeAll(async () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (_req, res) => res.end('{}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as { port: number }).port}/v2/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an unknown certificate by default', async () => {
    const transport = createTransport({ credentials: { kind: 'none' }, retries: 0 });
    await expect(transport.send({ method: 'GET', url })).rejects.toThrow();
    await transport.close();
  });

  it('trusts a configured CA', async () => {
    const transport = createTransport({ credentials: { kind: 'none' }, tls: { ca: cert } });
    expect((await transport.send({ method: 'GET', url })).status).toBe(200);
    await transport.close();
  });

  it('skips verification only when insecure is set', async () => {
    const transport = createTransport({ credentials: { kind: 'none' }, tls: { insecure: true } });
    expect((await transport.send({ method: 'GET', url })).status).toBe(200);
    await transport.close();
  });
});

// A token service for CNCF Distribution's `auth: token` mode — the architecture Docker Hub and
// Harbor use. Its signing key and self-signed certificate are made at start (never stored):
// Distribution trusts the certificate through `rootcertbundle`, and every JWT carries it in x5c.
import { createServer, type Server } from 'node:http';
import { createPrivateKey, randomBytes, sign, timingSafeEqual } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TokenIssuer {
  realm: string;
  service: string;
  issuer: string;
  rootCertBundlePem: string;
  close(): Promise<void>;
}

async function makeKeyAndCertificate(): Promise<{ keyPem: string; certPem: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-matrix-issuer-'));
  try {
    await run('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=oci-matrix token issuer',
    ]);
    return { keyPem: await readFile(join(dir, 'key.pem'), 'utf8'), certPem: await readFile(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function parseScope(scope: string): { type: string; name: string; actions: string[] } | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last === first) return undefined;
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions: scope.slice(last + 1).split(',').filter(Boolean) };
}

export interface TokenMinter {
  /** PEM certificate Distribution must trust (`rootcertbundle`). */
  certPem: string;
  /** A signed JWT granting `access` (scopes as the token spec writes them) for `lifetimeSeconds`. */
  mint(options: { subject: string; service: string; issuer: string; scopes: string[]; lifetimeSeconds?: number }): { token: string; expiresIn: number };
}

/** The signing half of a token service, for stand-ins of vendors' token services in tests. */
export async function createTokenMinter(): Promise<TokenMinter> {
  const { keyPem, certPem } = await makeKeyAndCertificate();
  const key = createPrivateKey(keyPem);
  const certDer = Buffer.from(certPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  return {
    certPem,
    mint({ subject, service, issuer, scopes, lifetimeSeconds = 300 }) {
      const now = Math.floor(Date.now() / 1000);
      const access = scopes.flatMap((s) => s.split(' ')).map(parseScope).filter((s) => s !== undefined);
      const header = { typ: 'JWT', alg: 'ES256', x5c: [certDer.toString('base64')] };
      const claims = { iss: issuer, sub: subject, aud: service, exp: now + lifetimeSeconds, nbf: now - 10, iat: now, jti: randomBytes(12).toString('hex'), access };
      const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
      const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
      return { token: `${input}.${base64url(signature)}`, expiresIn: lifetimeSeconds };
    },
  };
}

export async function startTokenIssuer(options: { username: string; password: string; service?: string; issuer?: string }): Promise<TokenIssuer> {
  const minter = await createTokenMinter();
  const service = options.service ?? 'oci-matrix-distribution';
  const issuer = options.issuer ?? 'oci-matrix-token-issuer';
  const expected = Buffer.from(`Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`);

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://issuer');
    const presented = Buffer.from(req.headers.authorization ?? '');
    if (url.pathname !== '/token') {
      res.writeHead(404).end();
      return;
    }
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Basic realm="oci-matrix token issuer"' });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'credentials required' }] }));
      return;
    }
    const { token, expiresIn } = minter.mint({ subject: options.username, service, issuer, scopes: url.searchParams.getAll('scope') });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token, access_token: token, expires_in: expiresIn, issued_at: new Date().toISOString() }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    rootCertBundlePem: minter.certPem,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// Optional authentication of the reference registry: Basic, or Bearer tokens from its own token
// endpoint (GET /token with Basic credentials), HMAC-signed, each carrying the scopes granted.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type ReferenceAuth = { kind: 'none' } | { kind: 'basic'; username: string; password: string } | { kind: 'token'; username: string; password: string };

export const TOKEN_SERVICE = 'oci-matrix-reference';

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function createAuthenticator(auth: ReferenceAuth) {
  const key = randomBytes(32);
  const basicValue = auth.kind === 'none' ? '' : `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

  const grants = (token: string): string[] | undefined => {
    const [payload, signature] = token.split('.');
    if (!payload || !signature || !safeEqual(sign(payload), signature)) return undefined;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scopes: string[]; exp: number };
    return claims.exp > Date.now() / 1000 ? claims.scopes : undefined;
  };

  const covers = (granted: string[], needed: string) => {
    const cut = needed.lastIndexOf(':');
    const resource = needed.slice(0, cut);
    return needed
      .slice(cut + 1)
      .split(',')
      .every((action) => granted.some((g) => g.startsWith(`${resource}:`) && g.slice(resource.length + 1).split(',').some((a) => a === action || a === '*')));
  };

  return {
    enabled: auth.kind !== 'none',
    /** undefined when allowed; otherwise the WWW-Authenticate challenge to send with a 401. */
    check(req: IncomingMessage, baseUrl: string, scopes: string[]): string | undefined {
      if (auth.kind === 'none') return undefined;
      const presented = req.headers.authorization ?? '';
      if (auth.kind === 'basic') return safeEqual(presented, basicValue) ? undefined : 'Basic realm="oci-matrix-reference"';
      const granted = presented.startsWith('Bearer ') ? grants(presented.slice(7)) : undefined;
      if (granted && scopes.every((s) => covers(granted, s))) return undefined;
      const scope = scopes.length ? `,scope="${scopes.join(' ')}"` : '';
      return `Bearer realm="${baseUrl}/token",service="${TOKEN_SERVICE}"${scope}`;
    },
    /** GET /token: Basic credentials in, a token for the requested scopes out. */
    issue(req: IncomingMessage, url: URL): { status: number; body: unknown } {
      if (auth.kind !== 'token') return { status: 404, body: { errors: [{ code: 'UNSUPPORTED', message: 'no token service' }] } };
      if (!safeEqual(req.headers.authorization ?? '', basicValue)) return { status: 401, body: { errors: [{ code: 'UNAUTHORIZED', message: 'credentials required' }] } };
      const scopes = url.searchParams.getAll('scope').flatMap((s) => s.split(' ')).filter(Boolean);
      const payload = Buffer.from(JSON.stringify({ sub: auth.username, scopes, exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url');
      const token = `${payload}.${sign(payload)}`;
      return { status: 200, body: { token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() } };
    },
  };
}

// The Bearer token flow (the Docker token spec every registry with a token service speaks):
// GET <realm>?service=…&scope=… with Basic credentials (anonymous without), answer
// {"token"|"access_token", "expires_in"}. Tokens are cached per realm, service and scopes.
import type { Credentials } from '../http/types.js';
import type { Challenge } from './challenge.js';

export interface BearerRealm {
  realm: string;
  service?: string;
}

export interface IssuedToken {
  token: string;
  expiresAt: number;
}

/** One raw exchange (no auth handling), provided by the transport so it is recorded as evidence. */
export type RawRequest = (
  method: 'GET' | 'POST',
  url: string,
  headers: Record<string, string>,
  body?: string,
) => Promise<{ status: number; body: Uint8Array }>;

export function realmOf(challenge: Challenge): BearerRealm | undefined {
  const realm = challenge.params.realm;
  return realm ? { realm, service: challenge.params.service } : undefined;
}

export function basicHeader(credentials: Credentials): string | undefined {
  return credentials.kind === 'basic' ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` : undefined;
}

export async function fetchToken(send: RawRequest, realm: BearerRealm, scopes: string[], credentials: Credentials): Promise<IssuedToken> {
  const url = new URL(realm.realm);
  const headers: Record<string, string> = { accept: 'application/json' };
  let response: { status: number; body: Uint8Array };
  if (credentials.kind === 'refresh-token') {
    // OAuth2 form (docker token spec "OAuth2 Token Authentication"; ACR's /oauth2/token): a POST
    // with the refresh token, the service and the scopes space-separated in one field.
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: await credentials.refreshToken(realm), client_id: 'oci-matrix' });
    if (realm.service) form.set('service', realm.service);
    if (scopes.length) form.set('scope', scopes.join(' '));
    response = await send('POST', url.toString(), { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, form.toString());
  } else {
    if (realm.service) url.searchParams.set('service', realm.service);
    for (const scope of scopes) url.searchParams.append('scope', scope);
    const basic = basicHeader(credentials);
    if (basic) headers.authorization = basic;
    response = await send('GET', url.toString(), headers);
  }
  if (response.status !== 200) throw new TokenRefused(`${url.origin}${url.pathname}`, response.status);
  let body: { token?: string; access_token?: string; expires_in?: number };
  try {
    body = JSON.parse(Buffer.from(response.body).toString('utf8'));
  } catch {
    throw new Error(`token endpoint ${url.origin}${url.pathname} answered with a body that is not JSON`);
  }
  const token = body.token || body.access_token;
  if (!token) throw new Error(`token endpoint ${url.origin}${url.pathname} answered without "token" or "access_token"`);
  // The token spec's default lifetime is 60 s; keep a margin so a token never expires in flight.
  const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
  return { token, expiresAt: Date.now() + Math.max(1, lifetime - 10) * 1000 };
}

/** The token service answered something other than 200: the diagnosis reads its evidence. */
export class TokenRefused extends Error {
  constructor(readonly endpoint: string, readonly status: number) {
    super(`token endpoint ${endpoint} answered HTTP ${status}`);
    this.name = 'TokenRefused';
  }
}

export function createTokenCache() {
  const tokens = new Map<string, IssuedToken>();
  const key = (realm: BearerRealm, scopes: string[]) => `${realm.realm}|${realm.service ?? ''}|${[...scopes].sort().join(' ')}`;
  return {
    get(realm: BearerRealm, scopes: string[]): string | undefined {
      const hit = tokens.get(key(realm, scopes));
      return hit && hit.expiresAt > Date.now() ? hit.token : undefined;
    },
    set(realm: BearerRealm, scopes: string[], token: IssuedToken): void {
      tokens.set(key(realm, scopes), token);
    },
  };
}

// The transport against small local servers: redirects never carry credentials to another
// host, challenges are parsed as RFC 7235 writes them, tokens are cached and widened, and
// evidence never holds a secret.
import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../src/auth/challenge.js';
import { mergeScopes } from '../../src/auth/scopes.js';
import { createTransport } from '../../src/http/transport.js';
import { createRedactor } from '../../src/http/redact.js';
import type { Exchange } from '../../src/results/model.js';
import { loopbackServers, recorder } from '../support/loopback.js';

const { serve } = loopbackServers();

describe('WWW-Authenticate parsing', () => {
  it('reads quoted values with commas and escaped quotes, and several challenges in one header', () => {
    const [bearer, basic] = parseChallenges('Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push", Basic realm="say \\"hi\\""');
    expect(bearer).toEqual({ scheme: 'bearer', params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:a/b:pull,push' } });
    expect(basic).toEqual({ scheme: 'basic', params: { realm: 'say "hi"' } });
  });

  it('accepts unquoted values, odd case and a missing scope', () => {
    expect(parseChallenges('BEARER Realm=https://x/token, Service=svc')).toEqual([{ scheme: 'bearer', params: { realm: 'https://x/token', service: 'svc' } }]);
    expect(parseChallenges(undefined)).toEqual([]);
  });

  it('merges scopes per repository', () => {
    expect(mergeScopes(['repository:a:pull'], ['repository:a:push', 'repository:b:pull'])).toEqual(['repository:a:pull,push', 'repository:b:pull']);
  });
});

describe('redirects', () => {
  it('follows a blob redirect to another host without the Authorization header, and redacts the signed URL', async () => {
    const seen: (string | undefined)[] = [];
    const storage = await serve((req, res) => {
      seen.push(req.headers.authorization);
      res.end('blob bytes');
    });
    const registry = await serve((req, res) => {
      if (req.headers.authorization !== 'Bearer pre-issued-token-123') return void res.writeHead(401).end();
      res.writeHead(307, { location: `${storage}/bucket/blob?X-Amz-Signature=deadbeef&X-Amz-Credential=AKIDEXAMPLE&plain=1` }).end();
    });
    const transport = createTransport({ credentials: { kind: 'bearer', token: 'pre-issued-token-123' } });
    const evidence = recorder();
    const response = await transport.send({ method: 'GET', url: `${registry}/v2/a/blobs/sha256:x` }, evidence);
    await transport.close();
    expect(response.status).toBe(200);
    expect(Buffer.from(response.body).toString()).toBe('blob bytes');
    expect(seen).toEqual([undefined]);
    const text = JSON.stringify(evidence.all);
    expect(text).not.toContain('deadbeef');
    expect(text).not.toContain('AKIDEXAMPLE');
    expect(text).not.toContain('pre-issued-token-123');
    expect(evidence.all.map((e) => e.status)).toEqual([307, 200]);
  });
});

describe('the Bearer token flow', () => {
  it('asks the realm for a token with the challenged scope, caches it, and widens it when a request needs more', async () => {
    const tokenRequests: string[] = [];
    let base = '';
    const registry = await serve((req, res) => {
      const url = new URL(req.url!, base);
      if (url.pathname === '/token') {
        expect(req.headers.authorization).toBe(`Basic ${Buffer.from('me:hunter2-secret').toString('base64')}`);
        tokenRequests.push(url.searchParams.getAll('scope').join(' '));
        return void res.end(JSON.stringify({ access_token: `tok:${url.searchParams.getAll('scope').join(' ')}`, expires_in: 300 }));
      }
      const needed = url.pathname.includes('/b/') ? 'repository:b:pull' : 'repository:a:pull';
      if (req.headers.authorization?.includes(needed)) return void res.end('{}');
      res.writeHead(401, { 'www-authenticate': `Bearer realm="${base}/token",service="svc",scope="${needed}"` }).end();
    });
    base = registry;
    const transport = createTransport({ credentials: { kind: 'basic', username: 'me', password: 'hunter2-secret' } });
    const evidence = recorder();
    expect((await transport.send({ method: 'GET', url: `${registry}/v2/a/manifests/x` }, evidence)).status).toBe(200);
    expect((await transport.send({ method: 'GET', url: `${registry}/v2/a/manifests/y`, scopes: ['repository:a:pull'] }, evidence)).status).toBe(200);
    expect((await transport.send({ method: 'GET', url: `${registry}/v2/b/manifests/x`, scopes: ['repository:b:pull'] }, evidence)).status).toBe(200);
    await transport.close();
    expect(tokenRequests).toEqual(['repository:a:pull', 'repository:b:pull']);
    const text = JSON.stringify(evidence.all);
    expect(text).not.toContain('hunter2-secret');
    expect(text).not.toContain('tok:');
    expect(evidence.all.find((e) => e.url.includes('/token'))?.responseBody).toBe('{"access_token":"<redacted>","expires_in":300}');
  });
  it('redacts an issued token wherever the registry echoes it, not only in Authorization', async () => {
    let base = '';
    const registry = await serve((req, res) => {
      const url = new URL(req.url!, base);
      if (url.pathname === '/token') return void res.end(JSON.stringify({ token: 'issued-7f3a9c', expires_in: 300 }));
      const auth = req.headers.authorization;
      if (!auth) return void res.writeHead(401, { 'www-authenticate': `Bearer realm="${base}/token",service="svc",scope="repository:a:pull"` }).end();
      // A registry that talks too much: the token in free text, in a header and in the body.
      res.writeHead(403, { 'x-debug': `seen ${auth}` }).end(`denied for token ${auth.replace(/^Bearer /, '')} on repository a`);
    });
    base = registry;
    const transport = createTransport({ credentials: { kind: 'basic', username: 'me', password: 'hunter2-secret' } });
    const evidence = recorder();
    expect((await transport.send({ method: 'GET', url: `${registry}/v2/a/manifests/x` }, evidence)).status).toBe(403);
    await transport.close();
    const text = JSON.stringify(evidence.all);
    expect(text).toContain('denied for token');
    expect(text).not.toContain('issued-7f3a9c');
  });
});

describe('retries and timeouts', () => {
  it('retries a GET answered 503 and gives up on a request that never answers', async () => {
    let calls = 0;
    const flaky = await serve((_req, res) => {
      calls++;
      if (calls === 1) return void res.writeHead(503, { 'retry-after': '0' }).end();
      res.end('ok');
    });
    const hanging = await serve(() => undefined);
    const transport = createTransport({ credentials: { kind: 'none' }, timeoutMs: 300, retries: 1 });
    expect((await transport.send({ method: 'GET', url: `${flaky}/v2/` })).status).toBe(200);
    expect(calls).toBe(2);
    await expect(transport.send({ method: 'GET', url: `${hanging}/v2/` })).rejects.toThrow();
    await transport.close();
  });
});

describe('redaction', () => {
  it('scrubs configured secrets anywhere, and token fields in JSON bodies', () => {
    const redact = createRedactor(['my-unique-secret']);
    expect(redact.text('{"token":"abc","refresh_token":"def","x":"my-unique-secret!"}')).toBe('{"token":"<redacted>","refresh_token":"<redacted>","x":"<redacted>!"}');
    expect(redact.header('Authorization', 'Basic Zm9vOmJhcg==')).toBe('Basic <redacted>');
    expect(redact.url('https://store.example/x?sig=abc&se=2026&ok=1', 'registry.example')).toBe('https://store.example/x?sig=<redacted>&se=<redacted>&ok=<redacted>');
    expect(redact.url('https://registry.example/v2/a/blobs/uploads/1?_state=keep&token=t0k', 'registry.example')).toBe('https://registry.example/v2/a/blobs/uploads/1?_state=keep&token=<redacted>');
  });
});

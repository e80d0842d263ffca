// The transport on the behaviours real registries show: 429/503 with Retry-After on any request
// (writes included), redirects to object storage whose headers sit on the registry's hop, and
// failures said in words (DNS, dripped answers, bodies too large).
import { describe, expect, it } from 'vitest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createTransport } from '../../src/http/transport.js';
import { TransportError } from '../../src/http/errors.js';
import { formatHttpDate } from '../../src/http/retry-after.js';
import type { Exchange } from '../../src/results/model.js';
import { loopbackServers, recorder } from '../support/loopback.js';

const { serve } = loopbackServers();

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TransportError);
    return error as TransportError;
  }
  throw new Error('expected the request to fail');
}

describe('rate limits on any request', () => {
  it('retries a PUT answered 429 with Retry-After in seconds, records the retry, and returns the final answer', async () => {
    const bodies: string[] = [];
    const url = await serve((_req, res, body) => {
      bodies.push(body.toString());
      if (bodies.length === 1) return void res.writeHead(429, { 'retry-after': '0', 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '0;w=21600' }).end('{"errors":[{"code":"TOOMANYREQUESTS"}]}');
      res.writeHead(201, { 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '99;w=21600' }).end();
    });
    const transport = createTransport({ credentials: { kind: 'none' } });
    const evidence = recorder();
    const response = await transport.send({ method: 'PUT', url: `${url}/v2/a/manifests/t`, body: '{"schemaVersion":2}' }, evidence);
    expect(response.status).toBe(201);
    expect(bodies).toEqual(['{"schemaVersion":2}', '{"schemaVersion":2}']);
    expect(evidence.all.map((e) => [e.status, e.note])).toEqual([[429, 'retried after 0 s (Retry-After: 0)'], [201, undefined]]);
    expect(transport.rateLimit()).toMatchObject({ limit: '100;w=21600', remaining: '99;w=21600' });
    await transport.close();
  });

  it('honours Retry-After as an HTTP date, and re-opens a streamed body for the retry', async () => {
    const sizes: number[] = [];
    const url = await serve((_req, res, body) => {
      sizes.push(body.length);
      if (sizes.length === 1) return void res.writeHead(503, { 'retry-after': formatHttpDate(Date.now() - 1000) }).end();
      res.writeHead(201).end();
    });
    const transport = createTransport({ credentials: { kind: 'none' } });
    const evidence = recorder();
    let opened = 0;
    const body = {
      async *open() {
        opened++;
        yield new Uint8Array(1000).fill(7);
        yield new Uint8Array(24).fill(8);
      },
    };
    const response = await transport.send({ method: 'PUT', url: `${url}/v2/a/blobs/uploads/1?digest=x`, body, headers: { 'content-length': '1024' } }, evidence);
    expect(response.status).toBe(201);
    expect(opened).toBe(2);
    expect(sizes).toEqual([1024, 1024]);
    expect(evidence.all[0].note).toMatch(/^retried after 0 s \(Retry-After: .* GMT\)$/);
    await transport.close();
  });

  it('gives up with an error naming the 429 and ratelimit-remaining when retries run out', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      res.writeHead(429, { 'retry-after': '0', 'ratelimit-remaining': '0;w=21600' }).end();
    });
    const transport = createTransport({ credentials: { kind: 'none' }, retries: 2 });
    const evidence = recorder();
    const error = await failure(transport.send({ method: 'POST', url: `${url}/v2/a/blobs/uploads/` }, evidence));
    expect(calls).toBe(3);
    expect(error.failure).toBe('rate-limited');
    expect(error.message).toBe('POST /v2/a/blobs/uploads/: rate limited (HTTP 429 Too Many Requests), still after 2 retries; ratelimit-remaining: 0;w=21600');
    expect(evidence.all.map((e) => e.note)).toEqual(['retried after 0 s (Retry-After: 0)', 'retried after 0 s (Retry-After: 0)', 'gave up: still after 2 retries']);
    await transport.close();
  });

  it('does not wait longer than its cap, and never sends a one-shot stream twice', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      res.writeHead(429, { 'retry-after': '3600' }).end();
    });
    const transport = createTransport({ credentials: { kind: 'none' } });
    const capped = await failure(transport.send({ method: 'GET', url: `${url}/v2/` }));
    expect(capped.message).toMatch(/Retry-After asks for 3600 s, more than the 60 s this run waits/);
    const { Readable } = await import('node:stream');
    const oneShot = await failure(transport.send({ method: 'PATCH', url: `${url}/v2/a/blobs/uploads/1`, body: Readable.from([Buffer.from('abc')]) }));
    expect(oneShot.message).toMatch(/the request body is a stream that cannot be sent again/);
    expect(calls).toBe(2);
    await transport.close();
  });

  it('ends the wait before a retry when the request is aborted (run deadline or Ctrl-C)', async () => {
    const url = await serve((_req, res) => void res.writeHead(503, { 'retry-after': '50' }).end());
    const transport = createTransport({ credentials: { kind: 'none' } });
    const controller = new AbortController();
    const evidence = { record: (e: Exchange) => e.status === 503 && setImmediate(() => controller.abort()) };
    const error = await failure(transport.send({ method: 'GET', url: `${url}/v2/`, signal: controller.signal }, evidence));
    expect(error.failure).toBe('aborted');
    await transport.close();
  });
});

describe('redirects to object storage', () => {
  it('carries the registry hop with its headers; credentials never reach the storage host (which refuses them)', async () => {
    const storage = await serve((req, res) => {
      // A signed URL carries its own authorisation: an Authorization header here is a leak.
      if (req.headers.authorization) return void res.writeHead(400).end('<Error>Only one auth mechanism allowed</Error>');
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('blob bytes');
    });
    const registry = await serve((req, res) => {
      if (req.headers.authorization !== 'Bearer tok-123456') return void res.writeHead(401).end();
      res.writeHead(307, { location: `${storage}/bucket/blob?X-Amz-Signature=deadbeef&X-Amz-Expires=300`, 'docker-content-digest': 'sha256:abc' }).end();
    });
    const transport = createTransport({ credentials: { kind: 'bearer', token: 'tok-123456' } });
    const evidence = recorder();
    const response = await transport.send({ method: 'GET', url: `${registry}/v2/a/blobs/sha256:abc` }, evidence);
    expect(response.status).toBe(200);
    expect(response.headers['docker-content-digest']).toBeUndefined();
    expect(response.redirects).toEqual([{ status: 307, url: `${registry}/v2/a/blobs/sha256:abc`, headers: expect.objectContaining({ 'docker-content-digest': 'sha256:abc' }) }]);
    expect(JSON.stringify(evidence.all)).not.toMatch(/deadbeef|tok-123456/);
    await transport.close();
  });
});

describe('failures in words', () => {
  it('a name that does not resolve (injected resolver: no real DNS query)', async () => {
    const lookup = (hostname: string, _options: object, callback: (error: NodeJS.ErrnoException | null, address: string, family?: number) => void) => {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      callback(error, '');
    };
    const transport = createTransport({ credentials: { kind: 'none' }, lookup: lookup as never, retries: 0 });
    const error = await failure(transport.send({ method: 'GET', url: 'http://registry.invalid/v2/' }));
    expect(error.failure).toBe('dns');
    expect(error.message).toBe('GET /v2/: the name registry.invalid could not be resolved (DNS ENOTFOUND): check the registry URL');
    await transport.close();
  });

  it('headers that never come end at the per-request timeout, not at undici\'s', async () => {
    await serve(() => undefined);
    const url = await serve(() => undefined);
    const transport = createTransport({ credentials: { kind: 'none' }, timeoutMs: 300, retries: 0 });
    const error = await failure(transport.send({ method: 'GET', url: `${url}/v2/` }));
    expect(error.message).toBe('GET /v2/: no complete answer within 0.3 s: no answer came (not even the status line)');
    await transport.close();
  });

  it('a streamed blob dripped byte by byte ends at the timeout with how far it got', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '40' });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('x')), 50);
    });
    const transport = createTransport({ credentials: { kind: 'none' }, timeoutMs: 400 });
    const response = await transport.stream({ method: 'GET', url: `${url}/v2/a/blobs/sha256:x` });
    let received = 0;
    const error = await failure(
      (async () => {
        for await (const chunk of response.body) received += (chunk as Buffer).length;
      })(),
    );
    expect(error.failure).toBe('timeout');
    expect(error.message).toMatch(new RegExp(`^no complete answer within 0.4 s: the headers came, then ${received} of 40 bytes of the body$`));
    await transport.close();
  });

  it('a successful body larger than its kind allows is cut with the limit named; an error body is kept to 64 KiB', async () => {
    const endless = (status: number) => (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(status, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
      };
      res.on('drain', pump);
      pump();
    };
    const ok = await serve(endless(200));
    const notFound = await serve(endless(404));
    const transport = createTransport({ credentials: { kind: 'none' } });
    const token = await failure(transport.send({ method: 'GET', url: `${ok}/token`, expect: 'token' }));
    expect(token.message).toBe('GET /token: the response body exceeds 1 MiB, more than a token answer should be: stopped reading');
    const evidence = recorder();
    const page = await transport.send({ method: 'GET', url: `${notFound}/v2/a/manifests/x`, expect: 'manifest' }, evidence);
    expect(page.status).toBe(404);
    expect(page.body.byteLength).toBe(64 * 1024);
    expect(evidence.all[0].responseBody).toMatch(/<cut at 64 KiB; the rest was not read>$/);
    await transport.close();
  });
});

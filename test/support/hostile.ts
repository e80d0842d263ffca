// Hostile registries for the hardening tests and `npm run bench:hardening`: a real HTTP(S)
// server on loopback in front of a healthy reference registry, bending its answers one way
// (dripped bodies, short bodies, resets, endless bodies, proxy HTML pages, redirect loops, TLS
// trouble). The ping (GET /v2/) always answers normally, so the harness gets past its preflight.
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { TestCerts } from './certs.js';

export const HOSTILE_BEHAVIOURS = [
  'dripped-body',
  'short-blob',
  'reset-mid-blob',
  'endless-manifest',
  'endless-error-page',
  'html-error-page',
  'invalid-json',
  'no-content-length',
  'redirect-loop',
  'redirect-other-scheme',
  'tls-expired',
  'tls-wrong-host',
  'tls-unknown-ca',
] as const;
export type HostileBehaviour = (typeof HOSTILE_BEHAVIOURS)[number];

export interface HostileServer {
  url: string;
  /** Bytes this server wrote in answer bodies: what a client could have had to hold. */
  bytesSent(): number;
  close(): Promise<void>;
}

interface Upstream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

const isBlobGet = (req: IncomingMessage) => req.method === 'GET' && /\/blobs\/sha\d+:/.test(req.url ?? '');
const isManifestGet = (req: IncomingMessage) => req.method === 'GET' && /\/manifests\//.test(req.url ?? '');

export async function startHostile(behaviour: HostileBehaviour, upstreamUrl: string, certs?: TestCerts): Promise<HostileServer> {
  let sent = 0;
  const timers = new Set<NodeJS.Timeout>();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    void forward(req, upstreamUrl).then((up) => {
      if (req.url === '/v2/' || req.url === '/v2') return relay(res, up);
      const write = (chunk: Buffer | string) => {
        sent += Buffer.byteLength(chunk);
        return res.write(chunk);
      };
      switch (behaviour) {
        case 'dripped-body': {
          // One byte every 200 ms, for every answer with a body.
          res.writeHead(up.status, { ...up.headers });
          let i = 0;
          const tick = () => {
            if (res.destroyed) return;
            if (i >= up.body.length) return void res.end();
            write(up.body.subarray(i, ++i));
            const timer = setTimeout(tick, 200);
            timers.add(timer);
          };
          return tick();
        }
        case 'short-blob':
        case 'reset-mid-blob': {
          if (!isBlobGet(req) || up.status !== 200 || up.body.length < 2) return relay(res, up);
          res.writeHead(200, { ...up.headers, 'content-length': String(up.body.length) });
          write(up.body.subarray(0, Math.floor(up.body.length / 2)));
          // Let the half reach the client, then close (FIN) or reset (RST) the connection.
          return void setTimeout(() => (behaviour === 'short-blob' ? res.socket?.destroySoon() : res.socket?.resetAndDestroy()), 50);
        }
        case 'endless-manifest':
          if (!isManifestGet(req) || up.status !== 200) return relay(res, up);
          res.writeHead(200, { 'content-type': String(up.headers['content-type']) });
          return endless(res, write, Buffer.alloc(64 * 1024, 0x20));
        case 'endless-error-page':
          if (up.status < 400 || req.method === 'HEAD') return relay(res, up);
          res.writeHead(up.status, { 'content-type': 'text/html' });
          return endless(res, write, Buffer.from('<p>error</p>'.repeat(4096)));
        case 'html-error-page':
          if (!isManifestGet(req)) return relay(res, up);
          return relay(res, { status: 502, headers: { 'content-type': 'text/html' }, body: Buffer.from('<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>') });
        case 'invalid-json':
          if (req.method !== 'GET' || !/\/tags\/list|\/manifests\//.test(req.url ?? '') || up.status !== 200) return relay(res, up);
          // Cut in the middle, with a Content-Length that matches the cut: well-framed, not JSON.
          return relay(res, { ...up, headers: { ...up.headers, 'content-length': String(Math.floor(up.body.length / 2)) }, body: up.body.subarray(0, Math.floor(up.body.length / 2)) });
        case 'no-content-length': {
          const { 'content-length': _dropped, ...headers } = up.headers;
          res.writeHead(up.status, headers);
          if (req.method !== 'HEAD') write(up.body);
          return void res.end();
        }
        case 'redirect-loop':
          if (!isBlobGet(req)) return relay(res, up);
          return void res.writeHead(307, { location: req.url! }).end();
        case 'redirect-other-scheme':
          if (!isBlobGet(req)) return relay(res, up);
          return void res.writeHead(307, { location: `ftp://127.0.0.1/${req.url}` }).end();
        default:
          return relay(res, up);
      }
    }, () => res.destroy());
  };
  const tlsCert = behaviour === 'tls-expired' ? certs?.expired : behaviour === 'tls-wrong-host' ? certs?.wrongHost : behaviour === 'tls-unknown-ca' ? certs?.unknownCa : undefined;
  if (behaviour.startsWith('tls-') && !tlsCert) throw new Error(`${behaviour} needs test certificates`);
  const server: Server = tlsCert ? createHttpsServer({ key: tlsCert.key, cert: tlsCert.cert }, handler) : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;

  function relay(res: ServerResponse, up: Upstream): void {
    res.writeHead(up.status, up.headers);
    sent += up.body.length;
    res.end(up.body);
  }
  function endless(res: ServerResponse, write: (chunk: Buffer) => boolean, chunk: Buffer): void {
    const pump = () => {
      while (!res.destroyed && write(chunk));
    };
    res.on('drain', pump);
    pump();
  }

  return {
    url: `${tlsCert ? 'https' : 'http'}://127.0.0.1:${port}`,
    bytesSent: () => sent,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The healthy registry's answer to the same request, buffered (test content is small). */
function forward(req: IncomingMessage, upstreamUrl: string): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const target = new URL(req.url ?? '/', upstreamUrl);
    const { host: _host, ...headers } = req.headers;
    const out = httpRequest(target, { method: req.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        // Locations point back at the hostile server, not past it.
        const location = res.headers.location;
        const rewritten = location ? location.replace(upstreamUrl, '') : undefined;
        resolve({ status: res.statusCode!, headers: { ...res.headers, ...(rewritten !== undefined ? { location: rewritten } : {}) }, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    out.on('error', reject);
    req.pipe(out);
  });
}

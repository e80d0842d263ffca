// Object storage for the `blob-redirect` allowed deviation: what Docker Hub, ACR, ECR and GAR put
// behind their blob redirects. It serves a blob's bytes at a signed URL (the signature is the
// authorisation), as application/octet-stream, with Range, and without any OCI header. Like S3,
// it refuses a request that also carries an Authorization header: a client that leaks the
// registry's credentials across the redirect gets 400.
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { BlobStore } from './blob-store.js';
import { formatContentRange, parseRange, resolveRange } from '../http/range.js';

export interface ObjectStorage {
  url: string;
  /** A URL for the blob, valid for this storage only. */
  signedUrl(digest: string): string;
  close(): Promise<void>;
}

export async function startObjectStorage(blobs: BlobStore, host = '127.0.0.1'): Promise<ObjectStorage> {
  const key = randomBytes(16);
  const sign = (digest: string) => createHmac('sha256', key).update(digest).digest('hex');
  const server: Server = createServer((req, res) => {
    req.resume();
    const url = new URL(req.url ?? '/', 'http://storage');
    const digest = decodeURIComponent(url.pathname.replace(/^\/bucket\//, ''));
    const refuse = (status: number, code: string) => {
      res.writeHead(status, { 'content-type': 'application/xml' }).end(`<Error><Code>${code}</Code></Error>`);
    };
    if (req.headers.authorization) return refuse(400, 'InvalidArgument: Only one auth mechanism allowed');
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, 'MethodNotAllowed');
    if (url.searchParams.get('X-Amz-Signature') !== sign(digest)) return refuse(403, 'SignatureDoesNotMatch');
    const size = blobs.size(digest);
    if (size === undefined) return refuse(404, 'NoSuchKey');
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes' };
    let selected: { start: number; end: number } | undefined;
    if (req.headers.range) {
      const parsed = parseRange(req.headers.range);
      selected = parsed && resolveRange(parsed, size);
      if (!selected) return void res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      headers['content-range'] = formatContentRange({ ...selected, total: size });
    }
    headers['content-length'] = String(selected ? selected.end - selected.start + 1 : size);
    res.writeHead(selected ? 206 : 200, headers);
    if (req.method === 'HEAD') return void res.end();
    blobs.read(digest, selected).pipe(res);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const url = `http://${host}:${(server.address() as { port: number }).port}`;
  return {
    url,
    signedUrl: (digest) => `${url}/bucket/${encodeURIComponent(digest)}?X-Amz-Expires=300&X-Amz-Signature=${sign(digest)}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

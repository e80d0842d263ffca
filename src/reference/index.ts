// The reference registry: this project's own implementation of distribution-spec v1.1.1 and the
// main-branch additions. It is the embedded default target (started in process on a free
// loopback port), the oracle every check passes against, and — with deviations switched on —
// the proof that each check fails when its requirement is broken.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskBlobStore, createMemoryBlobStore } from './blob-store.js';
import { createRepositories, type StoredManifest } from './repositories.js';
import { responder } from './respond.js';
import { createAuthenticator, type ReferenceAuth } from './auth.js';
import type { Handler, HandlerContext, Upload } from './context.js';
import { ALLOWED_DEVIATIONS, DEVIATIONS, isDeviationName, type AllowedDeviationName, type BreakingDeviationName, type DeviationName } from './deviations.js';
import { deleteManifest, getManifest, listReferrers, putManifest } from './manifests.js';
import { cancelUpload, deleteBlob, getBlob, patchUpload, putUpload, startUpload, uploadStatus } from './blobs.js';
import { listCatalog, listTags } from './tags.js';
import { startObjectStorage } from './object-storage.js';
import { formatHttpDate } from '../http/retry-after.js';

export { ALLOWED_DEVIATIONS, DEVIATIONS, isDeviationName, type AllowedDeviationName, type BreakingDeviationName, type DeviationName };

/**
 * Small on purpose: the referrers checks push more than this many referrers of one subject, so
 * the reference registry shows that they follow Link headers.
 */
export const REFERENCE_REFERRERS_PAGE_SIZE = 10;

export interface ReferenceRegistryOptions {
  host?: string;
  /** 0 (default): a free port. */
  port?: number;
  storage?: 'memory' | { dir: string };
  auth?: ReferenceAuth;
  deviations?: DeviationName[];
  /** Advertised in OCI-Chunk-Min-Length; smaller non-final chunks are refused. */
  chunkMinLength?: number;
  /** Descriptors per referrers page (default REFERENCE_REFERRERS_PAGE_SIZE). */
  referrersPageSize?: number;
  maxManifestBytes?: number;
  log?: (line: string) => void;
}

export interface RunningRegistry {
  url: string;
  port: number;
  close(): Promise<void>;
}

const NAME = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:\\/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*';
const TAG_OR_DIGEST = '[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}|[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+';

interface Route {
  method: string[];
  pattern: RegExp;
  action: 'pull' | 'push' | 'delete';
  handler: Handler;
}

// Most specific first: a repository name may itself contain "manifests" or "blobs".
const ROUTES: Route[] = [
  { method: ['GET', 'HEAD'], pattern: new RegExp(`^/v2/(${NAME})/tags/list$`), action: 'pull', handler: listTags },
  { method: ['GET'], pattern: new RegExp(`^/v2/(${NAME})/referrers/([^/]+)$`), action: 'pull', handler: listReferrers },
  { method: ['GET', 'HEAD'], pattern: new RegExp(`^/v2/(${NAME})/manifests/(${TAG_OR_DIGEST}|[^/]+)$`), action: 'pull', handler: getManifest },
  { method: ['PUT'], pattern: new RegExp(`^/v2/(${NAME})/manifests/(${TAG_OR_DIGEST})$`), action: 'push', handler: putManifest },
  { method: ['DELETE'], pattern: new RegExp(`^/v2/(${NAME})/manifests/(${TAG_OR_DIGEST})$`), action: 'delete', handler: deleteManifest },
  { method: ['POST'], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/?()$`), action: 'push', handler: startUpload },
  { method: ['PATCH'], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/([0-9a-f-]+)$`), action: 'push', handler: patchUpload },
  { method: ['PUT'], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/([0-9a-f-]+)$`), action: 'push', handler: putUpload },
  { method: ['GET'], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/([0-9a-f-]+)$`), action: 'push', handler: uploadStatus },
  { method: ['DELETE'], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/([0-9a-f-]+)$`), action: 'push', handler: cancelUpload },
  { method: ['GET', 'HEAD'], pattern: new RegExp(`^/v2/(${NAME})/blobs/([^/]+)$`), action: 'pull', handler: getBlob },
  { method: ['DELETE'], pattern: new RegExp(`^/v2/(${NAME})/blobs/([^/]+)$`), action: 'delete', handler: deleteBlob },
];

export async function startReferenceRegistry(options: ReferenceRegistryOptions = {}): Promise<RunningRegistry> {
  const deviations = new Set<DeviationName>(options.deviations ?? []);
  for (const name of deviations) if (!isDeviationName(name)) throw new Error(`unknown deviation "${name}" (see DEVIATIONS and ALLOWED_DEVIATIONS)`);
  const storage = options.storage ?? 'memory';
  const blobs = storage === 'memory' ? createMemoryBlobStore() : await createDiskBlobStore(storage.dir);
  const repos = createRepositories();
  const uploads = new Map<string, Upload>();
  const ghosts = new Map<string, StoredManifest>();
  const auth = createAuthenticator(options.auth ?? { kind: 'none' });
  const settings = {
    maxManifestBytes: options.maxManifestBytes ?? 8 * 1024 * 1024,
    referrersPageSize: options.referrersPageSize ?? REFERENCE_REFERRERS_PAGE_SIZE,
    chunkMinLength: options.chunkMinLength,
  };
  let baseUrl = '';
  // Allowed deviations that stand in for what hosted registries do.
  const storageServer = deviations.has('blob-redirect') ? await startObjectStorage(blobs, options.host ?? '127.0.0.1') : undefined;
  const rateLimiter = deviations.has('rate-limited') ? createRateLimiter() : undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const reply = responder(res, { enveloped: !deviations.has('errors-not-enveloped'), isHead: method === 'HEAD', numericMessages: deviations.has('error-message-numeric') });
    if (deviations.has('warning-malformed')) res.setHeader('warning', '199 reference "deprecated" "Wed, 21 Oct 2015 07:28:00 GMT"');
    if (rateLimiter) {
      const limited = rateLimiter.next(method, req.url ?? '/');
      for (const [name, value] of Object.entries(limited.headers)) res.setHeader(name, value);
      if (limited.refuse) {
        req.resume();
        return reply.error(429, 'TOOMANYREQUESTS', 'too many requests', { 'retry-after': limited.retryAfter });
      }
    }
    if (url.pathname === '/token') {
      const issued = auth.issue(req, url);
      return reply.json(issued.status, issued.body);
    }
    if (url.pathname === '/v2/' || url.pathname === '/v2') {
      const challenge = auth.check(req, baseUrl, []);
      if (challenge) return reply.error(401, 'UNAUTHORIZED', 'authentication required', { 'www-authenticate': challenge });
      return deviations.has('ping-not-200') ? reply.error(404, 'UNSUPPORTED', 'not found') : reply.json(200, {});
    }
    if (url.pathname === '/v2/_catalog') {
      const challenge = auth.check(req, baseUrl, ['registry:catalog:*']);
      if (challenge) return reply.error(401, 'UNAUTHORIZED', 'authentication required', { 'www-authenticate': challenge });
      return listCatalog(context(req, res, url, reply, '', '', method));
    }
    const matching = ROUTES.filter((r) => r.pattern.test(url.pathname));
    if (matching.length === 0) {
      req.resume();
      return /^\/v2\/[^/]/.test(url.pathname) && !new RegExp(`^/v2/${NAME}/`).test(url.pathname)
        ? reply.error(400, 'NAME_INVALID', 'invalid repository name')
        : reply.error(404, 'UNSUPPORTED', `no such endpoint: ${method} ${url.pathname}`);
    }
    const route = matching.find((r) => r.method.includes(method));
    if (!route) {
      req.resume();
      return reply.error(405, 'UNSUPPORTED', `${method} not allowed here`);
    }
    const [, repoName, reference] = route.pattern.exec(url.pathname)!;
    const scopes = [`repository:${repoName}:${route.action === 'push' ? 'pull,push' : route.action}`];
    const from = url.searchParams.get('from');
    if (route.handler === startUpload && from) scopes.push(`repository:${from}:pull`);
    const challenge = auth.check(req, baseUrl, scopes);
    if (challenge) {
      req.resume();
      return reply.error(401, 'UNAUTHORIZED', 'authentication required', deviations.has('challenge-missing') ? {} : { 'www-authenticate': challenge });
    }
    if (route.action === 'delete' && deviations.has('delete-disabled-405')) {
      req.resume();
      return reply.error(405, 'UNSUPPORTED', 'deletion is disabled');
    }
    // Credentials that may push but not delete (a CI token without the delete scope).
    if (route.action === 'delete' && deviations.has('delete-denied')) {
      req.resume();
      return reply.error(403, 'DENIED', 'requested access to the resource is denied');
    }
    await route.handler(context(req, res, url, reply, repoName, decodeURIComponent(reference ?? ''), method));
  };

  const context = (req: IncomingMessage, res: ServerResponse, url: URL, reply: ReturnType<typeof responder>, repoName: string, reference: string, method: string): HandlerContext => ({
    req,
    res,
    url,
    repoName,
    reference,
    isHead: method === 'HEAD',
    reply,
    has: (deviation) => deviations.has(deviation),
    repos,
    blobs,
    uploads,
    ghosts,
    options: settings,
    storage: storageServer,
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log?.(`reference registry: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ code: 'UNKNOWN', message: 'internal error' }] }));
      } else res.destroy();
    });
  });
  // Large uploads stream for as long as they take; the defaults would cut them off.
  server.requestTimeout = 0;
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  baseUrl = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    url: baseUrl,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      for (const upload of uploads.values()) await upload.session.abort().catch(() => undefined);
      await storageServer?.close();
    },
  };
}

/**
 * The `rate-limited` allowed deviation: Docker Hub's headers on every answer, and every 5th
 * request of each method (writes included) refused with 429 and a Retry-After (seconds, every
 * other time an HTTP date). A request refused is let through when it comes again (its retry):
 * with concurrent checks counting in between, a retry could otherwise land on every 5th request
 * again and again, and a client's bounded retries would run out by chance.
 */
function createRateLimiter() {
  const counts = new Map<string, number>();
  const refusedLast = new Set<string>();
  let total = 0;
  return {
    next(method: string, url: string): { refuse: boolean; retryAfter: string; headers: Record<string, string> } {
      const count = (counts.get(method) ?? 0) + 1;
      counts.set(method, count);
      total++;
      const key = `${method} ${url}`;
      const refuse = !refusedLast.delete(key) && count % 5 === 0;
      if (refuse) refusedLast.add(key);
      return {
        refuse,
        retryAfter: count % 10 === 0 ? formatHttpDate(Date.now()) : '0',
        headers: { 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': `${refuse ? 0 : 100 - (total % 100)};w=21600` },
      };
    },
  };
}

/** A reference registry on disk in a fresh temporary directory, removed on close. */
export async function startReferenceRegistryInTemp(options: Omit<ReferenceRegistryOptions, 'storage'> = {}): Promise<RunningRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-matrix-reference-'));
  const running = await startReferenceRegistry({ ...options, storage: { dir } });
  return {
    ...running,
    async close() {
      await running.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

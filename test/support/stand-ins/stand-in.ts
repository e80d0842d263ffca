// A loopback stand-in for a vendor's login protocol in front of a REAL CNCF Distribution
// configured with `auth: token`. The stand-in is the registry URL the tool sees: it answers the
// vendor's login endpoints itself and passes every /v2/ request through to Distribution (after
// the vendor's own gate, where the vendor has one: ECR's Basic scheme, Harbor's project check,
// Docker Hub's pull limit). Distribution's challenges name the stand-in's token endpoint as the
// realm, and it verifies the JWTs the stand-in mints with the minter's certificate.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { startDistribution, type RunningDistribution } from '../../../src/targets/distribution.js';
import { createTokenMinter, type TokenMinter } from '../../../src/targets/token-issuer.js';

export interface StandInContext {
  /** The stand-in's base URL: the registry URL for registries.yaml. */
  url: string;
  service: string;
  issuer: string;
  minter: TokenMinter;
  /** A JWT for Distribution granting these scopes. */
  mint(subject: string, scopes: string[], lifetimeSeconds?: number): { token: string; expiresIn: number };
}

export interface StandInSpec {
  /** Path of the token endpoint (the realm Distribution names in its challenges). */
  tokenPath: string;
  service: string;
  /** The vendor's login endpoints; return true when the request was answered. */
  route(req: IncomingMessage, body: string, res: ServerResponse, ctx: StandInContext): boolean | Promise<boolean>;
  /** Before a /v2/ request goes to Distribution: answer it (return 'answered') or replace its Authorization. */
  gate?(req: IncomingMessage, res: ServerResponse, ctx: StandInContext): 'answered' | { authorization?: string } | undefined;
  /** Headers to add to Distribution's answer. */
  decorate?(req: IncomingMessage, status: number): Record<string, string> | undefined;
}

export interface StandIn {
  url: string;
  /** Every request the stand-in saw, with the Authorization header as sent (for the canary checks). */
  seen: { method: string; path: string; authorization?: string; body?: string }[];
  close(): Promise<void>;
}

export async function startStandIn(spec: StandInSpec): Promise<StandIn> {
  const minter = await createTokenMinter();
  const issuer = 'stand-in-token-service';
  const seen: StandIn['seen'] = [];
  let upstream: URL | undefined;
  const ctx = {
    url: '',
    service: spec.service,
    issuer,
    minter,
    mint: (subject: string, scopes: string[], lifetimeSeconds?: number) => minter.mint({ subject, service: spec.service, issuer, scopes, lifetimeSeconds }),
  } satisfies StandInContext;

  const server: Server = createServer(async (req, res) => {
    try {
      const path = req.url ?? '/';
      if (!path.startsWith('/v2/') || path.split('?')[0] === spec.tokenPath) {
        const body = await readAll(req);
        seen.push({ method: req.method ?? 'GET', path, authorization: req.headers.authorization, body });
        if (!(await spec.route(req, body, res, ctx))) sendJson(res, 404, { errors: [{ code: 'NOT_FOUND', message: 'no such endpoint' }] });
        return;
      }
      seen.push({ method: req.method ?? 'GET', path, authorization: req.headers.authorization });
      const gated = spec.gate?.(req, res, ctx);
      if (gated === 'answered') {
        req.resume();
        return;
      }
      const headers = { ...req.headers };
      if (gated?.authorization) headers.authorization = gated.authorization;
      const forward = httpRequest({ host: upstream!.hostname, port: upstream!.port, method: req.method, path, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...spec.decorate?.(req, answer.statusCode ?? 502) });
        answer.pipe(res);
      });
      forward.on('error', (error) => {
        if (!res.headersSent) sendJson(res, 502, { errors: [{ code: 'UNAVAILABLE', message: error.message }] });
        else res.destroy();
      });
      req.pipe(forward);
    } catch (error) {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ code: 'STAND_IN', message: (error as Error).message }] });
    }
  });
  // Real token services keep connections open for a minute; Node's 5 s default closes a
  // connection while a client is sending a POST on it (ECONNRESET, and a POST is not retried).
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  ctx.url = `http://127.0.0.1:${port}`;
  let distribution: RunningDistribution;
  try {
    distribution = await startDistribution({
      auth: { kind: 'token', realm: `${ctx.url}${spec.tokenPath}`, service: spec.service, issuer, rootCertBundlePem: minter.certPem },
    });
  } catch (error) {
    server.close();
    throw error;
  }
  upstream = new URL(distribution.url);
  return {
    url: ctx.url,
    seen,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await distribution.close();
    },
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (text += d));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** user and password of a Basic Authorization header. */
export function basicOf(req: IncomingMessage): { username: string; password: string } | undefined {
  const match = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Scopes of a token request: repeated `scope` query parameters, or one space-separated form field. */
export function scopesOf(values: string[]): string[] {
  return values.flatMap((v) => v.split(' ')).filter(Boolean);
}

/** The repository a /v2/ path names (and the mount source), for stand-ins that mint per request. */
export function scopesOfPath(path: string): string[] {
  const url = new URL(path, 'http://x');
  if (url.pathname === '/v2/' || url.pathname === '/v2') return [];
  if (url.pathname.startsWith('/v2/_catalog')) return ['registry:catalog:*'];
  const match = /^\/v2\/(.+?)\/(blobs|manifests|tags|referrers)\//.exec(url.pathname);
  if (!match) return [];
  const scopes = [`repository:${match[1]}:pull,push,delete`];
  const from = url.searchParams.get('from');
  if (from) scopes.push(`repository:${from}:pull`);
  return scopes;
}

/** The repository named by a scope ("repository:<name>:<actions>"). */
export function repositoryOfScope(scope: string): { name: string; actions: string[] } | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (scope.slice(0, first) !== 'repository' || last <= first) return undefined;
  return { name: scope.slice(first + 1, last), actions: scope.slice(last + 1).split(',') };
}

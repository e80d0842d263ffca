// The HTTP transport (undici): timeouts, retries of idempotent requests, redirects that never
// carry credentials to another host, the auth flow (Basic, Bearer tokens by challenge), and an
// evidence record of every exchange with secrets redacted. It never judges an answer.
import { Readable } from 'node:stream';
import { Agent, request as undiciRequest } from 'undici';
import type { Exchange } from '../results/model.js';
import type { Credentials, CredentialSource, EvidenceRecorder, HttpRequest, HttpResponse, RequestBody, StreamingResponse, Transport, TransportOptions } from './types.js';
import { createRedactor } from './redact.js';
import { parseChallenges } from '../auth/challenge.js';
import { basicHeader, createTokenCache, fetchToken, realmOf, type BearerRealm } from '../auth/token.js';
import { mergeScopes } from '../auth/scopes.js';
import { LoginError } from '../auth/login.js';
import { excerptOf } from './excerpt.js';

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BUFFER = 64 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  url: string;
  body: Readable;
  /** The recorded exchange, completed with a body excerpt once the body is read. */
  entry: Exchange;
}

export function createTransport(options: TransportOptions): Transport {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBuffer = options.maxBufferBytes ?? DEFAULT_MAX_BUFFER;
  const retries = options.retries ?? 2;
  const login = options.login ?? staticLogin(options.credentials);
  const staticSecrets = options.secrets ?? [];
  // Tokens that a login source hands out during the run are redacted as soon as they exist.
  const redactor = createRedactor(() => [...staticSecrets, ...login.secrets()]);
  const agent = new Agent({
    connect: { ca: options.tls?.ca, rejectUnauthorized: !options.tls?.insecure },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const tokens = createTokenCache();
  // Learned from the first challenge of each host: how it wants to be authenticated.
  const learned = new Map<string, { scheme: 'basic' } | { scheme: 'bearer'; realm: BearerRealm }>();
  const tokenForScopes = new Map<string, Promise<string>>();

  /** One HTTP exchange, recorded; no redirects, no auth, no retries. */
  async function exchange(method: string, url: string, headers: Record<string, string>, body: RequestBody | undefined, evidence: EvidenceRecorder | undefined, originHost: string): Promise<RawResponse> {
    const started = performance.now();
    // The request side is known up front; the answer (or the error) completes the entry.
    const entry: Exchange = {
      method,
      url: redactor.url(url, originHost),
      requestHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, redactor.header(k, v)])),
      responseHeaders: {},
      ...(body === undefined ? {} : { requestBody: redactor.text(excerptOf(body, options.evidenceBodyBytes, headers['content-length'])) }),
      durationMs: 0,
    };
    try {
      const response = await undiciRequest(url, {
        method: method as 'GET',
        headers,
        body: toUndiciBody(body),
        dispatcher: agent,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const responseHeaders = flattenHeaders(response.headers);
      entry.status = response.statusCode;
      entry.responseHeaders = Object.fromEntries(
        Object.entries(responseHeaders).map(([k, v]) => [k, redactor.header(k, k === 'location' ? redactor.url(v, originHost) : v)]),
      );
      // The body excerpt is added by whoever reads the body (readBody); streamed bodies stay unread here.
      return { status: response.statusCode, headers: responseHeaders, url, body: response.body, entry };
    } catch (error) {
      entry.error = redactor.text((error as Error).message);
      throw error;
    } finally {
      entry.durationMs = Math.round(performance.now() - started);
      evidence?.record(entry);
    }
  }

  /** Reads a body whole, bounded, and puts its excerpt into the recorded exchange. */
  async function readBody(raw: RawResponse): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of raw.body) {
      size += chunk.length;
      if (size > maxBuffer) {
        raw.body.destroy();
        throw new Error(`response body of ${raw.url} exceeds ${maxBuffer} bytes`);
      }
      chunks.push(chunk as Buffer);
    }
    const body = Buffer.concat(chunks);
    raw.entry.responseBody = redactor.text(excerptOf(body, options.evidenceBodyBytes, raw.headers['content-type']));
    return body;
  }

  /** Redirects (GET/HEAD) and retries around single exchanges. */
  async function sendFollowing(request: HttpRequest, headers: Record<string, string>, evidence?: EvidenceRecorder): Promise<RawResponse> {
    const method = request.method.toUpperCase();
    const idempotent = method === 'GET' || method === 'HEAD';
    const follow = request.followRedirects ?? idempotent;
    const originHost = new URL(request.url).host;
    let url = request.url;
    let currentHeaders = headers;
    for (let hop = 0; ; hop++) {
      const raw = await withRetries(idempotent ? retries : 0, () => exchange(method, url, currentHeaders, request.body, evidence, originHost));
      const location = raw.headers['location'];
      if (!follow || hop >= MAX_REDIRECTS || ![301, 302, 303, 307, 308].includes(raw.status) || !location) return raw;
      raw.body.resume();
      const next = new URL(location, url);
      // Object storage behind a redirect must never see the registry's credentials.
      if (next.host !== new URL(url).host) {
        currentHeaders = Object.fromEntries(Object.entries(currentHeaders).filter(([k]) => k.toLowerCase() !== 'authorization'));
      }
      url = next.toString();
    }
  }

  async function withRetries(times: number, attempt: () => Promise<RawResponse>): Promise<RawResponse> {
    for (let i = 0; ; i++) {
      try {
        const raw = await attempt();
        if (i < times && RETRYABLE_STATUS.has(raw.status)) {
          raw.body.resume();
          await sleep(retryDelay(raw.headers['retry-after'], i));
          continue;
        }
        return raw;
      } catch (error) {
        if (i >= times) throw error;
        await sleep(retryDelay(undefined, i));
      }
    }
  }

  async function bearerToken(realm: BearerRealm, scopes: string[], evidence?: EvidenceRecorder): Promise<string> {
    const cached = tokens.get(realm, scopes);
    if (cached) return cached;
    const key = `${realm.realm}|${realm.service}|${scopes.join(' ')}`;
    let pending = tokenForScopes.get(key);
    if (!pending) {
      pending = fetchToken(
        async (method, url, headers, body) => {
          const raw = await sendFollowing({ method, url, body, followRedirects: method === 'GET' }, headers, evidence);
          return { status: raw.status, body: await readBody(raw) };
        },
        realm,
        scopes,
        await login.current(),
      ).then((issued) => {
        tokens.set(realm, scopes, issued);
        return issued.token;
      });
      tokenForScopes.set(key, pending);
      pending.finally(() => tokenForScopes.delete(key)).catch(() => undefined);
    }
    return pending;
  }

  /** The Authorization header to send before any challenge, from what this host taught us. */
  async function authorizationFor(host: string, scopes: string[], evidence?: EvidenceRecorder): Promise<string | undefined> {
    const credentials = await login.current();
    if (credentials.kind === 'bearer') return `Bearer ${credentials.token}`;
    const scheme = learned.get(host);
    if (!scheme) return undefined;
    if (scheme.scheme === 'basic') return basicHeader(credentials);
    return `Bearer ${await bearerToken(scheme.realm, scopes, evidence)}`;
  }

  async function sendAuthenticated(request: HttpRequest, evidence?: EvidenceRecorder): Promise<RawResponse> {
    const host = new URL(request.url).host;
    const scopes = mergeScopes(request.scopes);
    const baseHeaders = { 'user-agent': USER_AGENT, ...lowerCaseKeys(request.headers ?? {}) };
    const authorization = await authorizationFor(host, scopes, evidence);
    const first = await sendFollowing(request, authorization ? { ...baseHeaders, authorization } : baseHeaders, evidence);
    const credentials = await login.current();
    if (first.status !== 401 || credentials.kind === 'bearer') return first;
    const challenges = parseChallenges(first.headers['www-authenticate']);
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const basic = challenges.find((c) => c.scheme === 'basic');
    // A streamed body cannot be sent twice: the 401 stands (auth is learned before uploads).
    if (!replayable(request.body)) return first;
    if (bearer && realmOf(bearer)) {
      const realm = realmOf(bearer)!;
      learned.set(host, { scheme: 'bearer', realm });
      const widened = mergeScopes(scopes, bearer.params.scope ? bearer.params.scope.split(' ') : []);
      let token: string;
      try {
        token = await bearerToken(realm, widened, evidence);
      } catch (error) {
        // A login step that failed (a credential helper, a cloud SDK) is the answer; a token
        // service that refused leaves the registry's 401 as the answer to judge.
        if (error instanceof LoginError) throw error;
        return first;
      }
      first.body.resume();
      return sendFollowing(request, { ...baseHeaders, authorization: `Bearer ${token}` }, evidence);
    }
    if (basic && credentials.kind === 'basic' && !authorization?.startsWith('Basic')) {
      learned.set(host, { scheme: 'basic' });
      first.body.resume();
      return sendFollowing(request, { ...baseHeaders, authorization: basicHeader(credentials)! }, evidence);
    }
    return first;
  }

  return {
    async send(request, evidence) {
      const raw = await sendAuthenticated(request, evidence);
      const body = await readBody(raw);
      return { status: raw.status, headers: raw.headers, url: raw.url, body } satisfies HttpResponse;
    },
    async stream(request, evidence) {
      const raw = await sendAuthenticated(request, evidence);
      raw.entry.responseBody = `<streamed${raw.headers['content-length'] ? ` ${raw.headers['content-length']} bytes` : ''}>`;
      return { status: raw.status, headers: raw.headers, url: raw.url, body: raw.body } satisfies StreamingResponse;
    },
    async close() {
      await agent.close();
    },
  };
}

function staticLogin(credentials: Credentials): CredentialSource {
  const secrets =
    credentials.kind === 'basic' ? [credentials.password, Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')]
    : credentials.kind === 'bearer' ? [credentials.token]
    : [];
  return { current: async () => credentials, secrets: () => secrets };
}

const USER_AGENT = 'oci-matrix (+https://github.com/oci-matrix/oci-matrix)';

function replayable(body: RequestBody | undefined): boolean {
  return body === undefined || typeof body === 'string' || body instanceof Uint8Array;
}

function toUndiciBody(body: RequestBody | undefined): string | Uint8Array | Readable | undefined {
  if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof Readable) return body;
  return Readable.from(body);
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name === 'set-cookie') continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function retryDelay(retryAfter: string | undefined, attempt: number): number {
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 10) * 1000;
  return 250 * 2 ** attempt;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

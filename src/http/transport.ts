// The HTTP transport (undici): deadlines over whole exchanges, bounded bodies, retries of what can
// be replayed, redirects that never carry credentials to another origin, the auth flow (Basic,
// Bearer tokens by challenge), and an evidence record of every exchange with secrets redacted.
// It never judges an answer; when there is no answer to judge it throws a TransportError that
// says what the network or the server did.
import { Readable } from 'node:stream';
import { Agent, request as undiciRequest } from 'undici';
import type { Exchange } from '../results/model.js';
import type {
  Credentials,
  CredentialSource,
  EvidenceRecorder,
  HttpRequest,
  HttpResponse,
  RateLimitObservation,
  RedirectHop,
  ReopenableBody,
  RequestBody,
  StreamingResponse,
  Transport,
  TransportOptions,
} from './types.js';
import { createRedactor } from './redact.js';
import { parseChallenges } from '../auth/challenge.js';
import { basicHeader, createTokenCache, fetchToken, realmOf, type BearerRealm } from '../auth/token.js';
import { mergeScopes } from '../auth/scopes.js';
import { LoginError } from '../auth/login.js';
import { excerptOf } from './excerpt.js';
import { TransportError, explainNetworkError, formatBytes } from './errors.js';
import { announcedLength, explainBodyError, readLimited, type BodyLimit, type BodyProgress } from './body.js';
import { BODY_LIMITS, ERROR_BODY_LIMIT, KIND_WORDS } from './limits.js';
import { parseRetryAfter } from './retry-after.js';

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;
const MAX_REDIRECTS = 5;
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
/** Answers that ask the client to come back later: retried on any request that can be replayed. */
const COME_BACK_LATER = new Set([429, 503]);
/** Gateway trouble: retried on GET/HEAD only (a write may have reached the registry). */
const GATEWAY_TROUBLE = new Set([502, 504]);
/** Failures worth another try of a GET/HEAD; a timeout is not (it would multiply the deadline). */
const TRANSIENT_FAILURES = new Set(['reset', 'refused', 'network']);
/** undici's own timers are a backstop behind ours, so ours always decides and names the cause. */
const UNDICI_BACKSTOP_FACTOR = 2;
/**
 * Large bodies get more time than small ones: the deadline grows by the announced size at this
 * floor rate (1 MiB/s), so a 1 GiB blob is not cut at 30 s while a dripped 40-byte body still is.
 */
const FLOOR_BYTES_PER_MS = 1024 * 1024 / 1000;

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  url: string;
  body: Readable;
  /** The recorded exchange, completed with a body excerpt once the body is read. */
  entry: Exchange;
  progress: BodyProgress;
  guard: ExchangeGuard;
  redirects: RedirectHop[];
}

export function createTransport(options: TransportOptions): Transport {
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBuffer = options.maxBufferBytes ?? BODY_LIMITS.blob;
  const retries = options.retries ?? 3;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
  const login = options.login ?? staticLogin(options.credentials);
  const staticSecrets = options.secrets ?? [];
  // Tokens that a login source hands out during the run are redacted as soon as they exist.
  // Tokens a registry's token service issues are redacted by value too: a registry may echo one
  // anywhere (a header, an error text), not only where an Authorization header carries it.
  const issuedTokens: string[] = [];
  const redactor = createRedactor(() => [...staticSecrets, ...login.secrets(), ...issuedTokens]);
  const agent = new Agent({
    connect: {
      ca: options.tls?.ca,
      rejectUnauthorized: !options.tls?.insecure,
      timeout: defaultTimeoutMs,
      ...(options.lookup ? { lookup: options.lookup } : {}),
    },
    headersTimeout: defaultTimeoutMs * UNDICI_BACKSTOP_FACTOR,
    bodyTimeout: defaultTimeoutMs * UNDICI_BACKSTOP_FACTOR,
  });
  const tokens = createTokenCache();
  // Learned from the first challenge of each host: how it wants to be authenticated.
  const learned = new Map<string, { scheme: 'basic' } | { scheme: 'bearer'; realm: BearerRealm }>();
  const tokenForScopes = new Map<string, Promise<string>>();
  let rateLimit: RateLimitObservation | undefined;

  /** One HTTP exchange, recorded; no redirects, no auth, no retries. Its deadline runs until the body is read. */
  async function exchange(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: RequestBody | undefined,
    evidence: EvidenceRecorder | undefined,
    originHost: string,
    request: HttpRequest,
  ): Promise<RawResponse> {
    const started = performance.now();
    const timeoutMs = request.timeoutMs ?? defaultTimeoutMs;
    const host = new URL(url).host;
    // The request side is known up front; the answer (or the error) completes the entry.
    const entry: Exchange = {
      method,
      url: redactor.url(url, originHost),
      requestHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, redactor.header(k, v)])),
      responseHeaders: {},
      ...(body === undefined ? {} : { requestBody: redactor.text(excerptOf(toExcerptable(body), options.evidenceBodyBytes, headers['content-length'])) }),
      durationMs: 0,
    };
    const progress: BodyProgress = { received: 0 };
    const sending = Number(headers['content-length'] ?? 0);
    const guard = exchangeGuard(timeoutMs + allowanceFor(sending), request.signal, progress, () => {
      entry.durationMs = Math.round(performance.now() - started);
    });
    try {
      const response = await undiciRequest(url, {
        method: method as 'GET',
        headers,
        body: toUndiciBody(body),
        dispatcher: agent,
        signal: guard.signal,
        headersTimeout: timeoutMs * UNDICI_BACKSTOP_FACTOR,
        bodyTimeout: timeoutMs * UNDICI_BACKSTOP_FACTOR,
      });
      const responseHeaders = flattenHeaders(response.headers);
      progress.headers = true;
      progress.announced = method === 'HEAD' ? undefined : announcedLength(responseHeaders);
      guard.extend(allowanceFor(progress.announced ?? 0));
      entry.status = response.statusCode;
      entry.responseHeaders = Object.fromEntries(
        Object.entries(responseHeaders).map(([k, v]) => [k, redactor.header(k, k === 'location' ? redactor.url(v, originHost) : v)]),
      );
      observeRateLimit(responseHeaders);
      // The body excerpt is added by whoever reads the body; streamed bodies stay unread here.
      return { status: response.statusCode, headers: responseHeaders, url, body: response.body, entry, progress, guard, redirects: [] };
    } catch (error) {
      guard.done();
      const explained = guard.explain(error) ?? explainNetworkError(error, host);
      entry.error = redactor.text(explained.message);
      throw explained;
    } finally {
      entry.durationMs = Math.round(performance.now() - started);
      evidence?.record(entry);
    }
  }

  function observeRateLimit(headers: Record<string, string>): void {
    const limit = headers['ratelimit-limit'];
    const remaining = headers['ratelimit-remaining'];
    if (limit === undefined && remaining === undefined) return;
    rateLimit = { ...(limit ? { limit } : {}), ...(remaining ? { remaining } : {}), observedAt: new Date().toISOString() };
  }

  /** Reads a body whole within its limit, and puts its excerpt into the recorded exchange. */
  async function readBody(raw: RawResponse, limit: BodyLimit): Promise<Uint8Array> {
    const host = new URL(raw.url).host;
    try {
      const { bytes, truncated } = await readLimited(raw.body, limit, raw.progress, host);
      const excerpt = redactor.text(excerptOf(bytes, options.evidenceBodyBytes, raw.headers['content-type']));
      raw.entry.responseBody = truncated ? `${excerpt} <cut at ${formatBytes(limit.bytes)}; the rest was not read>` : excerpt;
      return bytes;
    } catch (error) {
      const explained = raw.guard.explain(error) ?? explainBodyError(error, raw.progress, host);
      raw.entry.error = redactor.text(explained.message);
      throw explained;
    } finally {
      raw.guard.done();
    }
  }

  /** How much of this answer `send` holds: error answers are cut, successful ones sized by kind. */
  function limitFor(raw: RawResponse, request: HttpRequest): BodyLimit {
    if (raw.status >= 300) return { bytes: ERROR_BODY_LIMIT, words: 'an error answer', over: 'truncate' };
    const kind = request.expect;
    return kind ? { bytes: Math.min(BODY_LIMITS[kind], maxBuffer), words: KIND_WORDS[kind], over: 'fail' } : { bytes: maxBuffer, words: 'any answer', over: 'fail' };
  }

  /** A body nobody will judge (redirects, answers about to be retried): read a little for evidence, drop the rest. */
  async function discard(raw: RawResponse): Promise<void> {
    await readBody(raw, { bytes: ERROR_BODY_LIMIT, words: 'an answer', over: 'truncate' }).catch(() => undefined);
  }

  /** Redirects (GET/HEAD by default) around retried single exchanges; the hops travel with the answer. */
  async function sendFollowing(request: HttpRequest, headers: Record<string, string>, evidence?: EvidenceRecorder): Promise<RawResponse> {
    const method = request.method.toUpperCase();
    const idempotent = method === 'GET' || method === 'HEAD';
    const follow = request.followRedirects ?? idempotent;
    const origin = new URL(request.url).origin;
    const originHost = new URL(request.url).host;
    let url = request.url;
    let currentHeaders = headers;
    const redirects: RedirectHop[] = [];
    for (;;) {
      const raw = await withRetries(request, () => exchange(method, url, currentHeaders, request.body, evidence, originHost, request), evidence);
      raw.redirects = [...redirects];
      const location = raw.headers['location'];
      if (!follow || !REDIRECT_STATUS.has(raw.status) || !location) return raw;
      await discard(raw);
      redirects.push({ status: raw.status, headers: raw.headers, url: raw.url });
      const next = resolveRedirect(location, url);
      if (redirects.length > MAX_REDIRECTS) {
        const chain = [...redirects.map((r) => redactor.url(r.url, originHost)), redactor.url(next.toString(), originHost)];
        const loop = new Set(chain).size < chain.length ? ' (a loop)' : '';
        throw new TransportError('redirect-loop', `more than ${MAX_REDIRECTS} redirects${loop}: ${chain.join(' → ')}`);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new TransportError('redirect-scheme', `redirected to a ${next.protocol} URL (${redactor.url(next.toString(), originHost)}), which is not HTTP: not followed`);
      }
      if (new URL(url).protocol === 'https:' && next.protocol === 'http:') {
        throw new TransportError('redirect-scheme', `redirected from https to plain http (${redactor.url(next.toString(), originHost)}): not followed, it would expose the request`);
      }
      // Object storage behind a redirect must never see the registry's credentials.
      if (next.origin !== origin) {
        currentHeaders = Object.fromEntries(Object.entries(currentHeaders).filter(([k]) => k.toLowerCase() !== 'authorization'));
      } else currentHeaders = headers;
      url = next.toString();
    }
  }

  /** Retries of answers that say "later" (429/503, any replayable request) and of transient failures (GET/HEAD). */
  async function withRetries(request: HttpRequest, attempt: () => Promise<RawResponse>, evidence?: EvidenceRecorder): Promise<RawResponse> {
    const method = request.method.toUpperCase();
    const idempotent = method === 'GET' || method === 'HEAD';
    const canReplay = replayable(request.body);
    for (let i = 0; ; i++) {
      let raw: RawResponse;
      try {
        raw = await attempt();
      } catch (error) {
        const transient = error instanceof TransportError && TRANSIENT_FAILURES.has(error.failure);
        if (!idempotent || !transient || i >= retries) throw error;
        await wait(backoff(i), request.signal);
        continue;
      }
      const later = COME_BACK_LATER.has(raw.status);
      if (!later && !(idempotent && GATEWAY_TROUBLE.has(raw.status))) return raw;
      const asked = parseRetryAfter(raw.headers['retry-after']);
      const delay = asked ?? backoff(i);
      const giveUp = !canReplay ? 'the request body is a stream that cannot be sent again' : i >= retries ? `still after ${retries} retries` : delay > maxRetryWaitMs ? `Retry-After asks for ${Math.ceil(delay / 1000)} s, more than the ${Math.round(maxRetryWaitMs / 1000)} s this run waits` : undefined;
      if (giveUp) {
        if (!later) return raw; // a 502/504 is an answer to judge
        await discard(raw);
        throw comeBackLaterError(raw, giveUp, evidence);
      }
      raw.entry.note = `retried after ${formatSeconds(delay)}${asked !== undefined ? ` (Retry-After: ${raw.headers['retry-after']})` : ''}`;
      await discard(raw);
      await wait(delay, request.signal);
    }
  }

  function comeBackLaterError(raw: RawResponse, why: string, _evidence?: EvidenceRecorder): TransportError {
    const remaining = raw.headers['ratelimit-remaining'];
    const what = raw.status === 429 ? 'rate limited (HTTP 429 Too Many Requests)' : 'the registry is unavailable (HTTP 503 Service Unavailable)';
    const message = `${what}, ${why}${remaining !== undefined ? `; ratelimit-remaining: ${remaining}` : ''}`;
    raw.entry.note = 'gave up: ' + why;
    return new TransportError(raw.status === 429 ? 'rate-limited' : 'unavailable', message);
  }

  async function bearerToken(realm: BearerRealm, scopes: string[], evidence: EvidenceRecorder | undefined, signal: AbortSignal | undefined): Promise<string> {
    const cached = tokens.get(realm, scopes);
    if (cached) return cached;
    const key = `${realm.realm}|${realm.service}|${scopes.join(' ')}`;
    let pending = tokenForScopes.get(key);
    if (!pending) {
      pending = fetchToken(
        async (method, url, headers, body) => {
          const request: HttpRequest = { method, url, body, followRedirects: method === 'GET', expect: 'token', signal };
          const raw = await sendFollowing(request, headers, evidence);
          return { status: raw.status, body: await readBody(raw, limitFor(raw, request)) };
        },
        realm,
        scopes,
        await login.current(),
      ).then((issued) => {
        issuedTokens.push(issued.token);
        options.onSecret?.(issued.token);
        tokens.set(realm, scopes, issued);
        return issued.token;
      });
      tokenForScopes.set(key, pending);
      pending.finally(() => tokenForScopes.delete(key)).catch(() => undefined);
    }
    return pending;
  }

  /** The Authorization header to send before any challenge, from what this host taught us. */
  async function authorizationFor(host: string, scopes: string[], request: HttpRequest, evidence?: EvidenceRecorder): Promise<string | undefined> {
    const credentials = await login.current();
    if (credentials.kind === 'bearer') return `Bearer ${credentials.token}`;
    const scheme = learned.get(host);
    if (!scheme) return undefined;
    if (scheme.scheme === 'basic') return basicHeader(credentials);
    return `Bearer ${await bearerToken(scheme.realm, scopes, evidence, request.signal)}`;
  }

  async function sendAuthenticated(request: HttpRequest, evidence?: EvidenceRecorder): Promise<RawResponse> {
    const host = new URL(request.url).host;
    const scopes = mergeScopes(request.scopes);
    const baseHeaders = { 'user-agent': USER_AGENT, ...lowerCaseKeys(request.headers ?? {}) };
    const authorization = await authorizationFor(host, scopes, request, evidence);
    const first = await sendFollowing(request, authorization ? { ...baseHeaders, authorization } : baseHeaders, evidence);
    const credentials = await login.current();
    if (first.status !== 401 || credentials.kind === 'bearer') return first;
    const challenges = parseChallenges(first.headers['www-authenticate']);
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const basic = challenges.find((c) => c.scheme === 'basic');
    // A one-shot stream cannot be sent twice: the 401 stands (auth is learned before uploads).
    if (!replayable(request.body)) return first;
    if (bearer && realmOf(bearer)) {
      const realm = realmOf(bearer)!;
      learned.set(host, { scheme: 'bearer', realm });
      const widened = mergeScopes(scopes, bearer.params.scope ? bearer.params.scope.split(' ') : []);
      let token: string;
      try {
        token = await bearerToken(realm, widened, evidence, request.signal);
      } catch (error) {
        // A login step that failed (a credential helper, a cloud SDK) is the answer, and so is a
        // stopped run; a token service that refused leaves the registry's 401 as the answer to judge.
        if (error instanceof LoginError) throw error;
        if (error instanceof TransportError && error.failure === 'aborted') throw error;
        return first;
      }
      await discard(first);
      return sendFollowing(request, { ...baseHeaders, authorization: `Bearer ${token}` }, evidence);
    }
    if (basic && credentials.kind === 'basic' && !authorization?.startsWith('Basic')) {
      learned.set(host, { scheme: 'basic' });
      await discard(first);
      return sendFollowing(request, { ...baseHeaders, authorization: basicHeader(credentials)! }, evidence);
    }
    return first;
  }

  const head = (raw: RawResponse) => ({
    status: raw.status,
    headers: raw.headers,
    url: raw.url,
    ...(raw.redirects.length ? { redirects: raw.redirects } : {}),
  });

  /** Failures name the request they ended (the path only: queries may hold signatures). */
  const naming = async <T>(request: HttpRequest, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      const path = new URL(request.url).pathname;
      throw new TransportError(error.failure, `${request.method.toUpperCase()} ${path}: ${error.message}`);
    }
  };

  return {
    send: (request, evidence) =>
      naming(request, async () => {
        const raw = await sendAuthenticated(request, evidence);
        const body = await readBody(raw, limitFor(raw, request));
        return { ...head(raw), body } satisfies HttpResponse;
      }),
    stream: (request, evidence) => naming(request, async () => {
      const raw = await sendAuthenticated(request, evidence);
      raw.entry.responseBody = `<streamed${raw.headers['content-length'] ? ` ${raw.headers['content-length']} bytes` : ''}>`;
      return { ...head(raw), body: countedStream(raw) } satisfies StreamingResponse;
    }),
    rateLimit: () => rateLimit,
    async close() {
      // Requests still in flight get a moment, then are cut: closing must never hang a run.
      const closed = agent.close().then(() => true);
      const settled = await Promise.race([closed, delay(1000).then(() => false)]);
      if (!settled) await agent.destroy().catch(() => undefined);
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

/** The body of a streamed answer, with its bytes counted and its failures said in words. */
function countedStream(raw: RawResponse): Readable {
  const host = new URL(raw.url).host;
  async function* flow(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of raw.body) {
        raw.progress.received += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
    } catch (error) {
      throw raw.guard.explain(error) ?? explainBodyError(error, raw.progress, host);
    } finally {
      raw.guard.done();
    }
  }
  return Readable.from(flow(), { objectMode: false });
}

function allowanceFor(bytes: number): number {
  return Number.isFinite(bytes) && bytes > 0 ? Math.ceil(bytes / FLOOR_BYTES_PER_MS) : 0;
}

interface ExchangeGuard {
  signal: AbortSignal;
  /** More time for a large body, announced once the headers are in. */
  extend(ms: number): void;
  /** The exchange is over (body read or dropped): stop the clock. */
  done(): void;
  /** When our own deadline or an abort ended the exchange: what to tell the user. */
  explain(error: unknown): TransportError | undefined;
}

/**
 * One clock over a whole exchange, from sending to the last byte of the body, however slowly it
 * arrives; also ends it when the caller's signal (run interrupted, deadline) fires.
 */
function exchangeGuard(timeoutMs: number, outer: AbortSignal | undefined, progress: BodyProgress, onTimeout: () => void): ExchangeGuard {
  const controller = new AbortController();
  let ended: TransportError | undefined;
  let allowedMs = timeoutMs;
  const started = performance.now();
  const expire = () => {
    onTimeout();
    const got = !progress.headers
      ? 'no answer came (not even the status line)'
      : `the headers came, then ${progress.received} ${progress.announced !== undefined ? `of ${progress.announced} ` : ''}bytes of the body`;
    ended = new TransportError('timeout', `no complete answer within ${formatSeconds(Math.round(allowedMs / 100) * 100)}: ${got}`);
    controller.abort(ended);
  };
  let timer = setTimeout(expire, allowedMs);
  timer.unref();
  const onOuter = () => {
    ended ??= outer?.reason instanceof TransportError ? outer.reason : new TransportError('aborted', 'request stopped: the run was interrupted or its deadline passed');
    controller.abort(ended);
  };
  if (outer?.aborted) onOuter();
  else outer?.addEventListener('abort', onOuter, { once: true });
  return {
    signal: controller.signal,
    extend(ms) {
      if (ms <= 0 || ended) return;
      allowedMs += ms;
      clearTimeout(timer);
      timer = setTimeout(expire, Math.max(0, allowedMs - (performance.now() - started)));
      timer.unref();
    },
    done() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuter);
    },
    explain: (error) => (error instanceof TransportError ? error : ended),
  };
}

const USER_AGENT = 'oci-matrix (+https://github.com/oci-matrix/oci-matrix)';

function isReopenable(body: RequestBody | undefined): body is ReopenableBody {
  return typeof body === 'object' && body !== null && typeof (body as ReopenableBody).open === 'function' && !(Symbol.asyncIterator in body);
}

function replayable(body: RequestBody | undefined): boolean {
  return body === undefined || typeof body === 'string' || body instanceof Uint8Array || isReopenable(body);
}

function toExcerptable(body: RequestBody): string | Uint8Array | Readable {
  return typeof body === 'string' || body instanceof Uint8Array ? body : Readable.from([]);
}

function toUndiciBody(body: RequestBody | undefined): string | Uint8Array | Readable | undefined {
  if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof Readable) return body;
  // A reopenable body is produced afresh for every attempt.
  if (isReopenable(body)) return Readable.from(body.open());
  return Readable.from(body);
}

function resolveRedirect(location: string, from: string): URL {
  try {
    return new URL(location, from);
  } catch {
    throw new TransportError('redirect-scheme', `redirected to "${location.slice(0, 200)}", which is not a URL`);
  }
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

function backoff(attempt: number): number {
  return 250 * 2 ** attempt;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Waits before a retry; the run's deadline or an interruption ends the wait. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortReason(signal: AbortSignal): TransportError {
  return signal.reason instanceof TransportError ? signal.reason : new TransportError('aborted', 'stopped waiting to retry: the run was interrupted or its deadline passed');
}

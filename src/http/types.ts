// The contract between the protocol client (src/registry) and the transport (src/http + src/auth).
// The transport sends, authenticates, follows redirects and records evidence; it never judges.
import type { Readable } from 'node:stream';
import type { Exchange } from '../results/model.js';
import type { BodyKind } from './limits.js';

/**
 * A streamed body that can be produced again from its source (a blob generated from its seed, a
 * file): a request with one can be retried after a 429/503 or a 401 challenge.
 */
export interface ReopenableBody {
  open(): AsyncIterable<Uint8Array>;
}

export type RequestBody = Uint8Array | string | Readable | AsyncIterable<Uint8Array> | ReopenableBody;

export interface HttpRequest {
  method: string;
  /** Absolute URL. Upload `Location`s may be relative: the client resolves them before calling. */
  url: string;
  headers?: Record<string, string>;
  body?: RequestBody;
  /**
   * Follow redirects (GET/HEAD blob requests redirect to object storage on some registries).
   * `Authorization` is never forwarded to another host. Default: true for GET and HEAD, false otherwise.
   */
  followRedirects?: boolean;
  /** Per-request timeout for the whole exchange (headers and body); default from the transport options. */
  timeoutMs?: number;
  /** What the answer is expected to be: sets how much of a successful body `send` will hold. */
  expect?: BodyKind;
  /** Stops the request (and any wait before a retry): the run was interrupted or its deadline passed. */
  signal?: AbortSignal;
  /**
   * Token scopes this request needs, e.g. ["repository:team/app:pull,push"]. Used to ask for a
   * token before the first 401 and to widen the scope on a retry (a cross-repository mount
   * needs pull on the source and push on the target).
   */
  scopes?: string[];
}

export interface ResponseHead {
  status: number;
  /** Lower-cased names; repeated headers joined with ", " (except set-cookie, which is dropped). */
  headers: Record<string, string>;
  /** URL that finally answered, after redirects. */
  url: string;
  /**
   * The redirect answers that led here, in order (absent when there were none). Registries MAY
   * answer any request with a redirect; a header the spec asks of the registry may sit on one of these.
   */
  redirects?: RedirectHop[];
}

export interface RedirectHop {
  status: number;
  headers: Record<string, string>;
  url: string;
}

/** Docker Hub's rate-limit headers, as last seen from a registry. */
export interface RateLimitObservation {
  limit?: string;
  remaining?: string;
  observedAt: string;
}

export interface HttpResponse extends ResponseHead {
  /** The whole body (bounded by TransportOptions.maxBufferBytes; larger bodies are an error). */
  body: Uint8Array;
}

export interface StreamingResponse extends ResponseHead {
  /** The body as a stream; the caller must consume or destroy it. */
  body: Readable;
}

/** Collects the exchanges of one check. */
export interface EvidenceRecorder {
  record(exchange: Exchange): void;
}

export type Credentials =
  | { kind: 'none' }
  | { kind: 'basic'; username: string; password: string }
  /** A pre-issued bearer token (e.g. a cloud access token) sent as is. */
  | { kind: 'bearer'; token: string }
  /**
   * An OAuth2 refresh token (docker config "identitytoken", ACR's exchanged Entra token), POSTed
   * to the token service (grant_type=refresh_token). Asked for per realm: ACR derives it there.
   */
  | { kind: 'refresh-token'; refreshToken(realm: { realm: string; service?: string }): Promise<string> };

/**
 * Where credentials come from when they change during a run (cloud tokens that expire, a token
 * exchanged per realm). Defined by src/auth/login.ts; static credentials are wrapped in one.
 */
export interface CredentialSource {
  /** Credentials to use now; refreshed before expiry. Rejects with a message a user can act on. */
  current(): Promise<Credentials>;
  /** Every secret handed out so far, for redaction. */
  secrets(): string[];
}

export interface TlsOptions {
  /** PEM bundle of extra CAs to trust. */
  ca?: string;
  /** Skip certificate verification (explicit opt-in only). */
  insecure?: boolean;
}

export interface TransportOptions {
  credentials: Credentials;
  /** Credentials that change during the run; when given, used instead of `credentials`. */
  login?: CredentialSource;
  tls?: TlsOptions;
  /** Default per-request timeout in milliseconds. */
  timeoutMs?: number;
  /** Largest body `send` will buffer when no `expect` kind narrows it. */
  maxBufferBytes?: number;
  /** Longest wait a Retry-After may ask for before the transport gives up (default 60 s). */
  maxRetryWaitMs?: number;
  /** Host name resolution (tests inject a failing one; the default is the system resolver). */
  lookup?: (hostname: string, options: object, callback: (error: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void) => void;
  /** Largest body excerpt kept in evidence. */
  evidenceBodyBytes?: number;
  /** Extra strings to redact wherever they appear in evidence (passwords, tokens from config). */
  secrets?: string[];
  /** Told each token a token service issues, before it is used (the GitHub Action masks it). */
  onSecret?: (secret: string) => void;
  /**
   * Retries: of any request whose body can be sent again on 429 and 503 (waiting as Retry-After
   * says), of GET/HEAD also on 502/504 and dropped connections. Default 3.
   */
  retries?: number;
}

export interface Transport {
  /** Sends and buffers the response body. Network failures throw (the harness could not judge). */
  send(request: HttpRequest, evidence?: EvidenceRecorder): Promise<HttpResponse>;
  /** Sends and hands back the body as a stream (blob GETs of any size). */
  stream(request: HttpRequest, evidence?: EvidenceRecorder): Promise<StreamingResponse>;
  /** Docker Hub's `ratelimit-limit` / `ratelimit-remaining`, as last answered (absent when never sent). */
  rateLimit(): RateLimitObservation | undefined;
  /** Stops: waits briefly for requests in flight, then cuts them. */
  close(): Promise<void>;
}

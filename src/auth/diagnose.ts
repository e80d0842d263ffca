// Before any check runs, find out whether the harness can log in and push at all. A login
// problem is one `error` for the registry with a message that says what to fix — never a column
// of failing checks that a reader would take for non-conformance.
import type { Exchange } from '../results/model.js';
import type { Transport } from '../http/types.js';
import { LoginError, type Login } from './login.js';
import { parseChallenges } from './challenge.js';

export interface LoginProbe {
  transport: Transport;
  login: Login;
  /** Registry base URL, no trailing slash. */
  url: string;
  /** The repository the run pushes to: an upload session is opened there (and cancelled). */
  repository: string;
}

/** A sentence a user can act on, or undefined when login and push both work. */
export async function diagnoseLogin(probe: LoginProbe): Promise<string | undefined> {
  const { transport, login, url, repository } = probe;
  let credentials;
  try {
    credentials = await login.current();
  } catch (error) {
    if (error instanceof LoginError) return error.message;
    throw error;
  }
  const anonymous = credentials.kind === 'none';

  const base: Exchange[] = [];
  let response;
  try {
    response = await transport.send({ method: 'GET', url: `${url}/v2/` }, { record: (e) => base.push(e) });
  } catch (error) {
    if (error instanceof LoginError) return error.message;
    return `cannot reach ${url}: ${(error as Error).message}`;
  }
  if (response.status === 401 || response.status === 403) {
    if (anonymous) return `no credentials configured for ${url} (it asks for ${challengeOf(base) ?? `HTTP ${response.status}`}): add \`auth\` in registries.yaml`;
    const said = registryMessage(response.body);
    return refusedTokenService(base, login.who) ?? `credentials rejected by ${url}/v2/ (HTTP ${response.status}, ${login.who})${said ? `: ${said}` : ''}`;
  }
  if (response.status === 429) return `rate limited by ${url} before any check ran (HTTP 429${rateLimitOf(response.headers)}): try again later or use credentials with a higher limit`;

  // Can this account push where the run pushes? Open an upload session and cancel it.
  const scope = `repository:${repository}:push`;
  const push: Exchange[] = [];
  let upload;
  try {
    upload = await transport.send(
      { method: 'POST', url: `${url}/v2/${repository}/blobs/uploads/`, scopes: [`repository:${repository}:pull,push`] },
      { record: (e) => push.push(e) },
    );
  } catch (error) {
    if (error instanceof LoginError) return error.message;
    return undefined; // a network problem here is for the checks to report
  }
  if (upload.status === 202) {
    const location = upload.headers.location;
    if (location) await transport.send({ method: 'DELETE', url: new URL(location, `${url}/`).toString() }).catch(() => undefined);
    return undefined;
  }
  const said = registryMessage(upload.body);
  const project = /project\b[^"]*\bnot found|not found\b[^"]*\bproject/i.test(said ?? '') ? repository.split('/')[0] : undefined;
  if (project) return `project "${project}" does not exist on ${url} (the registry says: ${said}): create it, or change "repository" in registries.yaml`;
  if (upload.status === 401 || upload.status === 403) {
    if (anonymous) return `no credentials configured for ${url} (it asks for ${challengeOf(push) ?? `HTTP ${upload.status}`} to push): add \`auth\` in registries.yaml`;
    return refusedTokenService(push, login.who)
      ?? `the token for scope ${scope} was refused: this account (${login.who}) lacks push on ${repository}${said ? ` (the registry says: ${said})` : ''}`;
  }
  if (upload.status === 404 && /NAME_UNKNOWN/.test(Buffer.from(upload.body).toString('utf8'))) {
    return `repository ${repository} does not exist on ${url} and the registry does not create it on push: create it first (the registry says: ${said})`;
  }
  return undefined; // anything else is the registry's behaviour, for the checks to judge
}

/** An exchange with a token service (a realm some challenge named) refused with 401/403, if any. */
function refusedTokenService(exchanges: Exchange[], who: string): string | undefined {
  const realms = new Set(exchanges.flatMap((e) => parseChallenges(e.responseHeaders['www-authenticate']).map((c) => c.params.realm).filter(Boolean)));
  const refused = exchanges.find((e) => realms.has(e.url.split('?')[0]!) && (e.status === 401 || e.status === 403));
  if (!refused) return undefined;
  const endpoint = refused.url.split('?')[0];
  const said = refused.responseBody ? registryMessage(Buffer.from(refused.responseBody)) : undefined;
  return `credentials rejected by the token service ${endpoint} (HTTP ${refused.status}, ${who})${said ? `: ${said}` : ''}`;
}

/** The last challenge the registry sent (the one the client could not satisfy). */
function challengeOf(exchanges: Exchange[]): string | undefined {
  return exchanges.map((e) => e.responseHeaders['www-authenticate']).filter(Boolean).at(-1);
}

/** The first message of an OCI error body ({"errors":[{"code","message"}]}) or a token service's {"details"}. */
function registryMessage(body: Uint8Array): string | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(body).toString('utf8')) as { errors?: { code?: string; message?: string }[]; details?: string; message?: string };
    const error = parsed.errors?.[0];
    const text = error?.message ?? parsed.details ?? parsed.message;
    return text ? text.slice(0, 300) : error?.code;
  } catch {
    return undefined;
  }
}

function rateLimitOf(headers: Record<string, string>): string {
  const limit = headers['ratelimit-limit'];
  const remaining = headers['ratelimit-remaining'];
  return limit || remaining ? `, ratelimit-limit ${limit ?? '?'}, ratelimit-remaining ${remaining ?? '?'}` : '';
}

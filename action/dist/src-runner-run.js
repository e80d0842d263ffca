import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  ALL_MANIFEST_MEDIA_TYPES,
  MEDIA_TYPES,
  PreconditionFailed,
  PushRefused,
  appliesTo,
  collectPages,
  digestOf,
  digestStream,
  errorCode,
  levelFor,
  parseChallenges,
  parseDigest
} from "./chunk-src-registry-push.js";
import {
  LoginError,
  basicSecrets,
  staticLogin
} from "./chunk-src-auth-login.js";
import {
  require_undici
} from "./chunk-undici-lib-web-fetch-index.js";
import {
  limitsWithProfile
} from "./chunk-src-profiles-profiles.js";
import {
  __toESM
} from "./chunk-runtime.js";

// src/auth/docker-config.ts
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

// src/auth/credential-helper.ts
import { spawn } from "node:child_process";
var HELPER_TIMEOUT_MS = 6e4;
async function runCredentialHelper(name, serverUrl, env = process.env) {
  const program = `docker-credential-${name}`;
  const { code, stdout, stderr, spawnError } = await run(program, serverUrl, env);
  if (spawnError) {
    throw new LoginError(
      spawnError.code === "ENOENT" ? `credential helper ${program} failed: it is not installed (not found on PATH)` : `credential helper ${program} failed: ${spawnError.message}`
    );
  }
  const said = firstLine(stdout) || firstLine(stderr);
  if (code !== 0) throw new LoginError(`credential helper ${program} failed: ${said || `exit code ${code}`}`);
  let parsed;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new LoginError(`credential helper ${program} failed: its answer for ${serverUrl} is not JSON`);
  }
  if (typeof parsed.Secret !== "string" || !parsed.Secret) {
    throw new LoginError(`credential helper ${program} failed: its answer for ${serverUrl} has no "Secret"`);
  }
  return { username: typeof parsed.Username === "string" ? parsed.Username : "", secret: parsed.Secret };
}
function firstLine(text) {
  const line = text.trim().split("\n")[0] ?? "";
  return line.startsWith("{") ? "" : line.slice(0, 300);
}
function run(program, input, env) {
  return new Promise((resolve2) => {
    const child = spawn(program, ["get"], { env, stdio: ["pipe", "pipe", "pipe"], timeout: HELPER_TIMEOUT_MS });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => stdout += d);
    child.stderr.setEncoding("utf8").on("data", (d) => stderr += d);
    child.on("error", (error) => resolve2({ code: null, stdout, stderr, spawnError: error }));
    child.on("close", (code) => resolve2({ code, stdout, stderr }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(input);
  });
}

// src/auth/docker-config.ts
var DOCKER_HUB_INDEX = "https://index.docker.io/v1/";
var DOCKER_HUB_HOSTS = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);
function dockerConfigPath(setting, env = process.env) {
  if (setting === true) return join(env.DOCKER_CONFIG || join(homedir(), ".docker"), "config.json");
  return setting.startsWith("~/") ? join(homedir(), setting.slice(2)) : setting;
}
function serverAddressOf(url) {
  const host = new URL(url).host;
  return DOCKER_HUB_HOSTS.has(host) ? DOCKER_HUB_INDEX : host;
}
function hostnameOf(key) {
  return key.replace(/^https?:\/\//, "").split("/")[0];
}
async function loginFromDockerConfig(setting, url, env = process.env) {
  const path = dockerConfigPath(setting, env);
  let parsed;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const why = error.code === "ENOENT" ? "it does not exist" : error.message;
    return { ok: false, reason: `cannot read docker config ${path}: ${why} (run "docker login", or set DOCKER_CONFIG)` };
  }
  const server = serverAddressOf(url);
  const host = new URL(url).host;
  const helper = parsed.credHelpers?.[server] ?? parsed.credHelpers?.[host] ?? parsed.credsStore;
  if (helper) return { ok: true, login: helperLogin(helper, server, env) };
  const auths = parsed.auths ?? {};
  const key = server in auths ? server : Object.keys(auths).find((k) => hostnameOf(k) === hostnameOf(server));
  const entry = key === void 0 ? void 0 : auths[key];
  if (!entry) return { ok: false, reason: `docker config ${path} has no credentials for ${server} (run "docker login ${host}")` };
  const login = loginFromEntry(entry);
  return login ? { ok: true, login } : { ok: false, reason: `docker config ${path}: the entry for ${server} holds no usable credentials` };
}
function loginFromEntry(entry) {
  let { username, password } = entry;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0) [username, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
  }
  const secrets = [entry.auth, entry.identitytoken, entry.registrytoken].filter((s) => Boolean(s));
  if (entry.registrytoken) return staticLogin({ kind: "bearer", token: entry.registrytoken }, "a registry token", secrets);
  if (entry.identitytoken) {
    const token = entry.identitytoken;
    return staticLogin({ kind: "refresh-token", refreshToken: async () => token }, `an identity token${username ? ` (user ${username})` : ""}`, secrets);
  }
  if (!username || !password) return void 0;
  return staticLogin({ kind: "basic", username, password }, `user ${username}`, [...secrets, ...basicSecrets(username, password)]);
}
function helperLogin(helper, server, env = process.env) {
  let answer;
  const secrets = [];
  const resolve2 = () => answer ??= runCredentialHelper(helper, server, env).then(({ username, secret }) => {
    secrets.push(secret);
    if (username === "<token>") return staticLogin({ kind: "refresh-token", refreshToken: async () => secret }, `docker-credential-${helper}`, secrets);
    if (!username) throw new LoginError(`credential helper docker-credential-${helper} failed: its answer for ${server} has no "Username"`);
    secrets.push(...basicSecrets(username, secret));
    return staticLogin({ kind: "basic", username, password: secret }, `user ${username} (docker-credential-${helper})`, secrets);
  });
  return {
    who: `docker-credential-${helper}`,
    secrets: () => secrets,
    current: async () => (await resolve2()).current()
  };
}

// src/config/credentials.ts
async function resolveLogin(registry, url, env = process.env) {
  const auth = registry.auth;
  if (!auth) return { ok: true, login: staticLogin({ kind: "none" }, "no credentials", []) };
  if ("token" in auth) return { ok: true, login: staticLogin({ kind: "bearer", token: auth.token }, "a bearer token", [auth.token]) };
  if ("username" in auth) {
    const { username, password } = auth;
    return { ok: true, login: staticLogin({ kind: "basic", username, password }, `user ${username}`, basicSecrets(username, password)) };
  }
  if ("credentialHelper" in auth) return { ok: true, login: helperLogin(auth.credentialHelper, serverAddressOf(url), env) };
  if ("dockerConfig" in auth) return loginFromDockerConfig(auth.dockerConfig, url, env);
  const { providerLogin } = await import("./src-auth-providers-index.js");
  return { ok: true, login: await providerLogin(auth, url, env) };
}

// src/auth/diagnose.ts
async function diagnoseLogin(probe) {
  const { transport, login, url, repository } = probe;
  let credentials;
  try {
    credentials = await login.current();
  } catch (error) {
    if (error instanceof LoginError) return error.message;
    throw error;
  }
  const anonymous = credentials.kind === "none";
  const base = [];
  let response;
  try {
    response = await transport.send({ method: "GET", url: `${url}/v2/` }, { record: (e) => base.push(e) });
  } catch (error) {
    if (error instanceof LoginError) return error.message;
    return `cannot reach ${url}: ${error.message}`;
  }
  if (response.status === 401 || response.status === 403) {
    if (anonymous) return `no credentials configured for ${url} (it asks for ${challengeOf(base) ?? `HTTP ${response.status}`}): add \`auth\` in registries.yaml`;
    const said2 = registryMessage(response.body);
    return refusedTokenService(base, login.who) ?? `credentials rejected by ${url}/v2/ (HTTP ${response.status}, ${login.who})${said2 ? `: ${said2}` : ""}`;
  }
  if (response.status === 429) return `rate limited by ${url} before any check ran (HTTP 429${rateLimitOf(response.headers)}): try again later or use credentials with a higher limit`;
  const scope = `repository:${repository}:push`;
  const push = [];
  let upload;
  try {
    upload = await transport.send(
      { method: "POST", url: `${url}/v2/${repository}/blobs/uploads/`, scopes: [`repository:${repository}:pull,push`] },
      { record: (e) => push.push(e) }
    );
  } catch (error) {
    if (error instanceof LoginError) return error.message;
    return void 0;
  }
  if (upload.status === 202) {
    const location = upload.headers.location;
    if (location) await transport.send({ method: "DELETE", url: new URL(location, `${url}/`).toString() }).catch(() => void 0);
    return void 0;
  }
  const said = registryMessage(upload.body);
  const project = /project\b[^"]*\bnot found|not found\b[^"]*\bproject/i.test(said ?? "") ? repository.split("/")[0] : void 0;
  if (project) return `project "${project}" does not exist on ${url} (the registry says: ${said}): create it, or change "repository" in registries.yaml`;
  if (upload.status === 401 || upload.status === 403) {
    if (anonymous) return `no credentials configured for ${url} (it asks for ${challengeOf(push) ?? `HTTP ${upload.status}`} to push): add \`auth\` in registries.yaml`;
    return refusedTokenService(push, login.who) ?? `the token for scope ${scope} was refused: this account (${login.who}) lacks push on ${repository}${said ? ` (the registry says: ${said})` : ""}`;
  }
  if (upload.status === 404 && /NAME_UNKNOWN/.test(Buffer.from(upload.body).toString("utf8"))) {
    return `repository ${repository} does not exist on ${url} and the registry does not create it on push: create it first (the registry says: ${said})`;
  }
  return void 0;
}
function refusedTokenService(exchanges, who) {
  const realms = new Set(exchanges.flatMap((e) => parseChallenges(e.responseHeaders["www-authenticate"]).map((c) => c.params.realm).filter(Boolean)));
  const refused = exchanges.find((e) => realms.has(e.url.split("?")[0]) && (e.status === 401 || e.status === 403));
  if (!refused) return void 0;
  const endpoint = refused.url.split("?")[0];
  const said = refused.responseBody ? registryMessage(Buffer.from(refused.responseBody)) : void 0;
  return `credentials rejected by the token service ${endpoint} (HTTP ${refused.status}, ${who})${said ? `: ${said}` : ""}`;
}
function challengeOf(exchanges) {
  return exchanges.map((e) => e.responseHeaders["www-authenticate"]).filter(Boolean).at(-1);
}
function registryMessage(body) {
  try {
    const parsed = JSON.parse(Buffer.from(body).toString("utf8"));
    const error = parsed.errors?.[0];
    const text = error?.message ?? parsed.details ?? parsed.message;
    return text ? text.slice(0, 300) : error?.code;
  } catch {
    return void 0;
  }
}
function rateLimitOf(headers) {
  const limit = headers["ratelimit-limit"];
  const remaining = headers["ratelimit-remaining"];
  return limit || remaining ? `, ratelimit-limit ${limit ?? "?"}, ratelimit-remaining ${remaining ?? "?"}` : "";
}

// src/http/transport.ts
var import_undici = __toESM(require_undici(), 1);
import { Readable } from "node:stream";

// src/http/redact.ts
var REDACTED = "<redacted>";
var SECRET_HEADERS = /* @__PURE__ */ new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-amz-security-token", "x-registry-auth"]);
var SECRET_QUERY = /^(x-amz-(signature|credential|security-token)|x-goog-(signature|credential)|signature|sig|se|sp|skoid|sktid|skt|ske|sks|skv|sv|st|googleaccessid|expires|key-pair-id|policy|token|access_token|refresh_token|password|client_secret|code)$/i;
var SECRET_JSON_FIELDS = /("(?:token|access_token|refresh_token|id_token|password|secret|client_secret|identitytoken)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
var SECRET_FORM_FIELDS = /((?:^|&)(?:token|access_token|refresh_token|id_token|password|client_secret|assertion)=)[^&\s]*/gi;
function createRedactor(secrets = []) {
  const list = typeof secrets === "function" ? secrets : () => secrets;
  let seen = -1;
  let known = [];
  const current = () => {
    const all = list();
    if (all.length !== seen) {
      seen = all.length;
      known = [...new Set(all.filter((s) => s && s.length >= 4))].sort((a, b) => b.length - a.length);
    }
    return known;
  };
  const scrub = (text) => current().reduce((out, secret) => out.split(secret).join(REDACTED), text);
  return {
    header(name, value) {
      if (SECRET_HEADERS.has(name.toLowerCase())) {
        const scheme = /^(Basic|Bearer|Digest|Token)\s/i.exec(value)?.[1];
        return scheme ? `${scheme} ${REDACTED}` : REDACTED;
      }
      return scrub(value);
    },
    url(raw, registryHost) {
      let parsed;
      try {
        parsed = new URL(raw);
      } catch {
        return scrub(raw);
      }
      const foreign = registryHost !== void 0 && parsed.host !== registryHost;
      for (const key of [...parsed.searchParams.keys()]) {
        if (foreign || SECRET_QUERY.test(key)) parsed.searchParams.set(key, REDACTED);
      }
      if (parsed.password) parsed.password = REDACTED;
      return scrub(parsed.toString().replaceAll(encodeURIComponent(REDACTED), REDACTED));
    },
    text(text) {
      return scrub(text.replace(SECRET_JSON_FIELDS, `$1"${REDACTED}"`).replace(SECRET_FORM_FIELDS, `$1${REDACTED}`));
    }
  };
}

// src/auth/token.ts
function realmOf(challenge) {
  const realm = challenge.params.realm;
  return realm ? { realm, service: challenge.params.service } : void 0;
}
function basicHeader(credentials) {
  return credentials.kind === "basic" ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}` : void 0;
}
async function fetchToken(send, realm, scopes, credentials) {
  const url = new URL(realm.realm);
  const headers = { accept: "application/json" };
  let response;
  if (credentials.kind === "refresh-token") {
    const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: await credentials.refreshToken(realm), client_id: "oci-matrix" });
    if (realm.service) form.set("service", realm.service);
    if (scopes.length) form.set("scope", scopes.join(" "));
    response = await send("POST", url.toString(), { ...headers, "content-type": "application/x-www-form-urlencoded" }, form.toString());
  } else {
    if (realm.service) url.searchParams.set("service", realm.service);
    for (const scope of scopes) url.searchParams.append("scope", scope);
    const basic = basicHeader(credentials);
    if (basic) headers.authorization = basic;
    response = await send("GET", url.toString(), headers);
  }
  if (response.status !== 200) throw new TokenRefused(`${url.origin}${url.pathname}`, response.status);
  let body;
  try {
    body = JSON.parse(Buffer.from(response.body).toString("utf8"));
  } catch {
    throw new Error(`token endpoint ${url.origin}${url.pathname} answered with a body that is not JSON`);
  }
  const token = body.token || body.access_token;
  if (!token) throw new Error(`token endpoint ${url.origin}${url.pathname} answered without "token" or "access_token"`);
  const lifetime = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in : 60;
  return { token, expiresAt: Date.now() + Math.max(1, lifetime - 10) * 1e3 };
}
var TokenRefused = class extends Error {
  constructor(endpoint, status) {
    super(`token endpoint ${endpoint} answered HTTP ${status}`);
    this.endpoint = endpoint;
    this.status = status;
    this.name = "TokenRefused";
  }
  endpoint;
  status;
};
function createTokenCache() {
  const tokens = /* @__PURE__ */ new Map();
  const key = (realm, scopes) => `${realm.realm}|${realm.service ?? ""}|${[...scopes].sort().join(" ")}`;
  return {
    get(realm, scopes) {
      const hit = tokens.get(key(realm, scopes));
      return hit && hit.expiresAt > Date.now() ? hit.token : void 0;
    },
    set(realm, scopes, token) {
      tokens.set(key(realm, scopes), token);
    }
  };
}

// src/auth/scopes.ts
function mergeScopes(...lists) {
  const byResource = /* @__PURE__ */ new Map();
  for (const scope of lists.flat()) {
    if (!scope) continue;
    const cut = scope.lastIndexOf(":");
    if (cut <= 0) continue;
    const resource = scope.slice(0, cut);
    const actions = byResource.get(resource) ?? /* @__PURE__ */ new Set();
    for (const action of scope.slice(cut + 1).split(",")) if (action) actions.add(action);
    byResource.set(resource, actions);
  }
  return [...byResource.entries()].map(([resource, actions]) => `${resource}:${[...actions].sort().join(",")}`).sort();
}

// src/http/excerpt.ts
var DEFAULT_EXCERPT_BYTES = 4096;
function excerptOf(body, limit = DEFAULT_EXCERPT_BYTES, hint) {
  if (typeof body === "string") return clip(body, limit);
  if (!(body instanceof Uint8Array)) return `<streamed${hint && /^\d+$/.test(hint) ? ` ${hint} bytes` : ""}>`;
  if (body.byteLength === 0) return "";
  const head = body.subarray(0, limit);
  const text = Buffer.from(head).toString("utf8");
  if (text.includes("�") || /[\u0000-\u0008\u000e-\u001f]/.test(text)) return `<${body.byteLength} bytes binary>`;
  return body.byteLength > limit ? `${text}… <${body.byteLength} bytes in all>` : text;
}
function clip(text, limit) {
  return text.length > limit ? `${text.slice(0, limit)}… <${text.length} characters in all>` : text;
}

// src/http/errors.ts
var TransportError = class extends Error {
  constructor(failure, message) {
    super(message);
    this.failure = failure;
  }
  failure;
  name = "TransportError";
};
function explainNetworkError(error, host) {
  if (error instanceof TransportError) return error;
  const err = error;
  const code = err?.code ?? err?.cause?.code ?? "";
  const detail = `${err?.message ?? String(error)}${err?.cause?.message ? ` (${err.cause.message})` : ""}`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_FAIL" || code === "EAI_NONAME") {
    return new TransportError("dns", `the name ${hostname(host)} could not be resolved (DNS ${code}): check the registry URL`);
  }
  if (code === "ECONNREFUSED") return new TransportError("refused", `nothing accepts connections at ${host} (connection refused)`);
  if (code === "ECONNRESET" || code === "EPIPE") return new TransportError("reset", `the connection to ${host} was reset before an answer came`);
  const tls = TLS_PROBLEMS[code];
  if (tls) return new TransportError("tls", `TLS handshake with ${host} failed: ${tls} (${code})`);
  if (/certificate|SSL|TLS|wrong version number/i.test(detail)) return new TransportError("tls", `TLS handshake with ${host} failed: ${detail}`);
  if (code === "UND_ERR_SOCKET" || /other side closed/i.test(detail)) {
    return new TransportError("reset", `${host} closed the connection before a complete answer`);
  }
  return new TransportError("network", `request to ${host} failed: ${detail}${code && !detail.includes(code) ? ` (${code})` : ""}`);
}
var TLS_PROBLEMS = {
  CERT_HAS_EXPIRED: "the server certificate has expired",
  CERT_NOT_YET_VALID: "the server certificate is not valid yet",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server certificate is for another host name",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server certificate is self-signed and not trusted (configure tls.ca)",
  SELF_SIGNED_CERT_IN_CHAIN: "the certificate chain ends in a CA that is not trusted (configure tls.ca)",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server certificate is signed by an unknown CA (configure tls.ca)",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the server certificate is signed by an unknown CA (configure tls.ca)",
  UNABLE_TO_GET_ISSUER_CERT: "the server certificate is signed by an unknown CA (configure tls.ca)",
  CERT_REVOKED: "the server certificate is revoked",
  ERR_SSL_WRONG_VERSION_NUMBER: "the server does not speak TLS on this port (is it plain http?)"
};
function hostname(host) {
  return host.replace(/:\d+$/, "");
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ["KiB", "MiB", "GiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

// src/http/body.ts
function announcedLength(headers) {
  const value = headers["content-length"];
  return value !== void 0 && /^\d+$/.test(value.trim()) ? Number(value) : void 0;
}
function explainBodyError(error, progress, host) {
  if (error instanceof TransportError && error.failure !== "reset") return error;
  const explained = explainNetworkError(error, host);
  if (explained.failure !== "reset" && explained.failure !== "network") return explained;
  const { received, announced } = progress;
  if (announced !== void 0 && received < announced) {
    return new TransportError("short-body", `the registry sent ${received} bytes of a ${announced}-byte body, then closed the connection`);
  }
  const code = error.code ?? error.cause?.code;
  if (code === "ECONNRESET") return new TransportError("reset", `the connection was reset after ${received} bytes of the body`);
  if (explained.failure === "reset") {
    return new TransportError("short-body", `the registry closed the connection after ${received} bytes, before the body was complete`);
  }
  return explained;
}
async function readLimited(body, limit, progress, host) {
  const chunks = [];
  try {
    for await (const chunk of body) {
      const buffer = chunk;
      const room = limit.bytes - progress.received;
      progress.received += buffer.length;
      if (buffer.length > room) {
        body.destroy();
        if (limit.over === "truncate") {
          chunks.push(buffer.subarray(0, Math.max(0, room)));
          return { bytes: Buffer.concat(chunks), truncated: true };
        }
        throw new TransportError("body-too-large", `the response body exceeds ${formatBytes(limit.bytes)}, more than ${limit.words} should be: stopped reading`);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    throw explainBodyError(error, progress, host);
  }
  return { bytes: Buffer.concat(chunks), truncated: false };
}

// src/http/limits.ts
var MiB = 1024 * 1024;
var BODY_LIMITS = {
  // The spec asks registries to accept manifests of at least 4 MB; some accept more.
  manifest: 16 * MiB,
  // Referrers lists and other OCI indexes.
  index: 16 * MiB,
  // Tens of thousands of tags fit in a few MiB.
  "tag-list": 16 * MiB,
  token: 1 * MiB,
  // Blobs fetched whole (small test blobs); large ones are streamed.
  blob: 64 * MiB,
  json: 16 * MiB
};
var ERROR_BODY_LIMIT = 64 * 1024;
var KIND_WORDS = {
  manifest: "a manifest",
  index: "an index",
  "tag-list": "a tag list",
  token: "a token answer",
  blob: "a buffered blob",
  json: "a JSON answer"
};

// src/http/retry-after.ts
function parseRetryAfter(value, now = Date.now()) {
  if (value === void 0) return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds * 1e3 : Number.MAX_SAFE_INTEGER;
  }
  if (!/[A-Za-z]{3}/.test(text) || !/\d{4}|\d{2}-[A-Za-z]{3}-\d{2}/.test(text)) return void 0;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return void 0;
  return Math.max(0, at - now);
}
function formatHttpDate(at) {
  return new Date(at).toUTCString();
}

// src/http/transport.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var DEFAULT_MAX_RETRY_WAIT_MS = 6e4;
var MAX_REDIRECTS = 5;
var REDIRECT_STATUS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var COME_BACK_LATER = /* @__PURE__ */ new Set([429, 503]);
var GATEWAY_TROUBLE = /* @__PURE__ */ new Set([502, 504]);
var TRANSIENT_FAILURES = /* @__PURE__ */ new Set(["reset", "refused", "network"]);
var UNDICI_BACKSTOP_FACTOR = 2;
var FLOOR_BYTES_PER_MS = 1024 * 1024 / 1e3;
function createTransport(options) {
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBuffer = options.maxBufferBytes ?? BODY_LIMITS.blob;
  const retries = options.retries ?? 3;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
  const login = options.login ?? staticLogin2(options.credentials);
  const staticSecrets = options.secrets ?? [];
  const redactor = createRedactor(() => [...staticSecrets, ...login.secrets()]);
  const agent = new import_undici.Agent({
    connect: {
      ca: options.tls?.ca,
      rejectUnauthorized: !options.tls?.insecure,
      timeout: defaultTimeoutMs,
      ...options.lookup ? { lookup: options.lookup } : {}
    },
    headersTimeout: defaultTimeoutMs * UNDICI_BACKSTOP_FACTOR,
    bodyTimeout: defaultTimeoutMs * UNDICI_BACKSTOP_FACTOR
  });
  const tokens = createTokenCache();
  const learned = /* @__PURE__ */ new Map();
  const tokenForScopes = /* @__PURE__ */ new Map();
  let rateLimit;
  async function exchange(method, url, headers, body, evidence, originHost, request) {
    const started = performance.now();
    const timeoutMs = request.timeoutMs ?? defaultTimeoutMs;
    const host = new URL(url).host;
    const entry = {
      method,
      url: redactor.url(url, originHost),
      requestHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, redactor.header(k, v)])),
      responseHeaders: {},
      ...body === void 0 ? {} : { requestBody: redactor.text(excerptOf(toExcerptable(body), options.evidenceBodyBytes, headers["content-length"])) },
      durationMs: 0
    };
    const progress = { received: 0 };
    const sending = Number(headers["content-length"] ?? 0);
    const guard = exchangeGuard(timeoutMs + allowanceFor(sending), request.signal, progress, () => {
      entry.durationMs = Math.round(performance.now() - started);
    });
    try {
      const response = await (0, import_undici.request)(url, {
        method,
        headers,
        body: toUndiciBody(body),
        dispatcher: agent,
        signal: guard.signal,
        headersTimeout: timeoutMs * UNDICI_BACKSTOP_FACTOR,
        bodyTimeout: timeoutMs * UNDICI_BACKSTOP_FACTOR
      });
      const responseHeaders = flattenHeaders(response.headers);
      progress.headers = true;
      progress.announced = method === "HEAD" ? void 0 : announcedLength(responseHeaders);
      guard.extend(allowanceFor(progress.announced ?? 0));
      entry.status = response.statusCode;
      entry.responseHeaders = Object.fromEntries(
        Object.entries(responseHeaders).map(([k, v]) => [k, redactor.header(k, k === "location" ? redactor.url(v, originHost) : v)])
      );
      observeRateLimit(responseHeaders);
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
  function observeRateLimit(headers) {
    const limit = headers["ratelimit-limit"];
    const remaining = headers["ratelimit-remaining"];
    if (limit === void 0 && remaining === void 0) return;
    rateLimit = { ...limit ? { limit } : {}, ...remaining ? { remaining } : {}, observedAt: (/* @__PURE__ */ new Date()).toISOString() };
  }
  async function readBody2(raw, limit) {
    const host = new URL(raw.url).host;
    try {
      const { bytes, truncated } = await readLimited(raw.body, limit, raw.progress, host);
      const excerpt = redactor.text(excerptOf(bytes, options.evidenceBodyBytes, raw.headers["content-type"]));
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
  function limitFor(raw, request) {
    if (raw.status >= 300) return { bytes: ERROR_BODY_LIMIT, words: "an error answer", over: "truncate" };
    const kind = request.expect;
    return kind ? { bytes: Math.min(BODY_LIMITS[kind], maxBuffer), words: KIND_WORDS[kind], over: "fail" } : { bytes: maxBuffer, words: "any answer", over: "fail" };
  }
  async function discard(raw) {
    await readBody2(raw, { bytes: ERROR_BODY_LIMIT, words: "an answer", over: "truncate" }).catch(() => void 0);
  }
  async function sendFollowing(request, headers, evidence) {
    const method = request.method.toUpperCase();
    const idempotent = method === "GET" || method === "HEAD";
    const follow = request.followRedirects ?? idempotent;
    const origin = new URL(request.url).origin;
    const originHost = new URL(request.url).host;
    let url = request.url;
    let currentHeaders = headers;
    const redirects = [];
    for (; ; ) {
      const raw = await withRetries(request, () => exchange(method, url, currentHeaders, request.body, evidence, originHost, request), evidence);
      raw.redirects = [...redirects];
      const location = raw.headers["location"];
      if (!follow || !REDIRECT_STATUS.has(raw.status) || !location) return raw;
      await discard(raw);
      redirects.push({ status: raw.status, headers: raw.headers, url: raw.url });
      const next = resolveRedirect(location, url);
      if (redirects.length > MAX_REDIRECTS) {
        const chain = [...redirects.map((r) => redactor.url(r.url, originHost)), redactor.url(next.toString(), originHost)];
        const loop = new Set(chain).size < chain.length ? " (a loop)" : "";
        throw new TransportError("redirect-loop", `more than ${MAX_REDIRECTS} redirects${loop}: ${chain.join(" → ")}`);
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") {
        throw new TransportError("redirect-scheme", `redirected to a ${next.protocol} URL (${redactor.url(next.toString(), originHost)}), which is not HTTP: not followed`);
      }
      if (new URL(url).protocol === "https:" && next.protocol === "http:") {
        throw new TransportError("redirect-scheme", `redirected from https to plain http (${redactor.url(next.toString(), originHost)}): not followed, it would expose the request`);
      }
      if (next.origin !== origin) {
        currentHeaders = Object.fromEntries(Object.entries(currentHeaders).filter(([k]) => k.toLowerCase() !== "authorization"));
      } else currentHeaders = headers;
      url = next.toString();
    }
  }
  async function withRetries(request, attempt, evidence) {
    const method = request.method.toUpperCase();
    const idempotent = method === "GET" || method === "HEAD";
    const canReplay = replayable(request.body);
    for (let i = 0; ; i++) {
      let raw;
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
      const asked = parseRetryAfter(raw.headers["retry-after"]);
      const delay2 = asked ?? backoff(i);
      const giveUp = !canReplay ? "the request body is a stream that cannot be sent again" : i >= retries ? `still after ${retries} retries` : delay2 > maxRetryWaitMs ? `Retry-After asks for ${Math.ceil(delay2 / 1e3)} s, more than the ${Math.round(maxRetryWaitMs / 1e3)} s this run waits` : void 0;
      if (giveUp) {
        if (!later) return raw;
        await discard(raw);
        throw comeBackLaterError(raw, giveUp, evidence);
      }
      raw.entry.note = `retried after ${formatSeconds(delay2)}${asked !== void 0 ? ` (Retry-After: ${raw.headers["retry-after"]})` : ""}`;
      await discard(raw);
      await wait(delay2, request.signal);
    }
  }
  function comeBackLaterError(raw, why, _evidence) {
    const remaining = raw.headers["ratelimit-remaining"];
    const what = raw.status === 429 ? "rate limited (HTTP 429 Too Many Requests)" : "the registry is unavailable (HTTP 503 Service Unavailable)";
    const message = `${what}, ${why}${remaining !== void 0 ? `; ratelimit-remaining: ${remaining}` : ""}`;
    raw.entry.note = "gave up: " + why;
    return new TransportError(raw.status === 429 ? "rate-limited" : "unavailable", message);
  }
  async function bearerToken(realm, scopes, evidence, signal) {
    const cached = tokens.get(realm, scopes);
    if (cached) return cached;
    const key = `${realm.realm}|${realm.service}|${scopes.join(" ")}`;
    let pending = tokenForScopes.get(key);
    if (!pending) {
      pending = fetchToken(
        async (method, url, headers, body) => {
          const request = { method, url, body, followRedirects: method === "GET", expect: "token", signal };
          const raw = await sendFollowing(request, headers, evidence);
          return { status: raw.status, body: await readBody2(raw, limitFor(raw, request)) };
        },
        realm,
        scopes,
        await login.current()
      ).then((issued) => {
        tokens.set(realm, scopes, issued);
        return issued.token;
      });
      tokenForScopes.set(key, pending);
      pending.finally(() => tokenForScopes.delete(key)).catch(() => void 0);
    }
    return pending;
  }
  async function authorizationFor(host, scopes, request, evidence) {
    const credentials = await login.current();
    if (credentials.kind === "bearer") return `Bearer ${credentials.token}`;
    const scheme = learned.get(host);
    if (!scheme) return void 0;
    if (scheme.scheme === "basic") return basicHeader(credentials);
    return `Bearer ${await bearerToken(scheme.realm, scopes, evidence, request.signal)}`;
  }
  async function sendAuthenticated(request, evidence) {
    const host = new URL(request.url).host;
    const scopes = mergeScopes(request.scopes);
    const baseHeaders = { "user-agent": USER_AGENT, ...lowerCaseKeys(request.headers ?? {}) };
    const authorization = await authorizationFor(host, scopes, request, evidence);
    const first = await sendFollowing(request, authorization ? { ...baseHeaders, authorization } : baseHeaders, evidence);
    const credentials = await login.current();
    if (first.status !== 401 || credentials.kind === "bearer") return first;
    const challenges = parseChallenges(first.headers["www-authenticate"]);
    const bearer = challenges.find((c) => c.scheme === "bearer");
    const basic = challenges.find((c) => c.scheme === "basic");
    if (!replayable(request.body)) return first;
    if (bearer && realmOf(bearer)) {
      const realm = realmOf(bearer);
      learned.set(host, { scheme: "bearer", realm });
      const widened = mergeScopes(scopes, bearer.params.scope ? bearer.params.scope.split(" ") : []);
      let token;
      try {
        token = await bearerToken(realm, widened, evidence, request.signal);
      } catch (error) {
        if (error instanceof LoginError) throw error;
        if (error instanceof TransportError && error.failure === "aborted") throw error;
        return first;
      }
      await discard(first);
      return sendFollowing(request, { ...baseHeaders, authorization: `Bearer ${token}` }, evidence);
    }
    if (basic && credentials.kind === "basic" && !authorization?.startsWith("Basic")) {
      learned.set(host, { scheme: "basic" });
      await discard(first);
      return sendFollowing(request, { ...baseHeaders, authorization: basicHeader(credentials) }, evidence);
    }
    return first;
  }
  const head = (raw) => ({
    status: raw.status,
    headers: raw.headers,
    url: raw.url,
    ...raw.redirects.length ? { redirects: raw.redirects } : {}
  });
  const naming = async (request, work) => {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      const path = new URL(request.url).pathname;
      throw new TransportError(error.failure, `${request.method.toUpperCase()} ${path}: ${error.message}`);
    }
  };
  return {
    send: (request, evidence) => naming(request, async () => {
      const raw = await sendAuthenticated(request, evidence);
      const body = await readBody2(raw, limitFor(raw, request));
      return { ...head(raw), body };
    }),
    stream: (request, evidence) => naming(request, async () => {
      const raw = await sendAuthenticated(request, evidence);
      raw.entry.responseBody = `<streamed${raw.headers["content-length"] ? ` ${raw.headers["content-length"]} bytes` : ""}>`;
      return { ...head(raw), body: countedStream(raw) };
    }),
    rateLimit: () => rateLimit,
    async close() {
      const closed = agent.close().then(() => true);
      const settled = await Promise.race([closed, delay(1e3).then(() => false)]);
      if (!settled) await agent.destroy().catch(() => void 0);
    }
  };
}
function staticLogin2(credentials) {
  const secrets = credentials.kind === "basic" ? [credentials.password, Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")] : credentials.kind === "bearer" ? [credentials.token] : [];
  return { current: async () => credentials, secrets: () => secrets };
}
function countedStream(raw) {
  const host = new URL(raw.url).host;
  async function* flow() {
    try {
      for await (const chunk of raw.body) {
        raw.progress.received += chunk.length;
        yield chunk;
      }
    } catch (error) {
      throw raw.guard.explain(error) ?? explainBodyError(error, raw.progress, host);
    } finally {
      raw.guard.done();
    }
  }
  return Readable.from(flow(), { objectMode: false });
}
function allowanceFor(bytes) {
  return Number.isFinite(bytes) && bytes > 0 ? Math.ceil(bytes / FLOOR_BYTES_PER_MS) : 0;
}
function exchangeGuard(timeoutMs, outer, progress, onTimeout) {
  const controller = new AbortController();
  let ended;
  let allowedMs = timeoutMs;
  const started = performance.now();
  const expire = () => {
    onTimeout();
    const got = !progress.headers ? "no answer came (not even the status line)" : `the headers came, then ${progress.received} ${progress.announced !== void 0 ? `of ${progress.announced} ` : ""}bytes of the body`;
    ended = new TransportError("timeout", `no complete answer within ${formatSeconds(Math.round(allowedMs / 100) * 100)}: ${got}`);
    controller.abort(ended);
  };
  let timer = setTimeout(expire, allowedMs);
  timer.unref();
  const onOuter = () => {
    ended ??= outer?.reason instanceof TransportError ? outer.reason : new TransportError("aborted", "request stopped: the run was interrupted or its deadline passed");
    controller.abort(ended);
  };
  if (outer?.aborted) onOuter();
  else outer?.addEventListener("abort", onOuter, { once: true });
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
      outer?.removeEventListener("abort", onOuter);
    },
    explain: (error) => error instanceof TransportError ? error : ended
  };
}
var USER_AGENT = "oci-matrix (+https://github.com/oci-matrix/oci-matrix)";
function isReopenable(body) {
  return typeof body === "object" && body !== null && typeof body.open === "function" && !(Symbol.asyncIterator in body);
}
function replayable(body) {
  return body === void 0 || typeof body === "string" || body instanceof Uint8Array || isReopenable(body);
}
function toExcerptable(body) {
  return typeof body === "string" || body instanceof Uint8Array ? body : Readable.from([]);
}
function toUndiciBody(body) {
  if (body === void 0 || typeof body === "string" || body instanceof Uint8Array) return body;
  if (body instanceof Readable) return body;
  if (isReopenable(body)) return Readable.from(body.open());
  return Readable.from(body);
}
function resolveRedirect(location, from) {
  try {
    return new URL(location, from);
  } catch {
    throw new TransportError("redirect-scheme", `redirected to "${location.slice(0, 200)}", which is not a URL`);
  }
}
function flattenHeaders(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === void 0 || name === "set-cookie") continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}
function lowerCaseKeys(headers) {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
function backoff(attempt) {
  return 250 * 2 ** attempt;
}
function formatSeconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${(ms / 1e3).toFixed(1)} s`;
}
function delay(ms) {
  return new Promise((resolve2) => setTimeout(resolve2, ms).unref());
}
function wait(ms, signal) {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve2, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve2();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function abortReason(signal) {
  return signal.reason instanceof TransportError ? signal.reason : new TransportError("aborted", "stopped waiting to retry: the run was interrupted or its deadline passed");
}

// src/runner/plan.ts
function planChecks(checks, registry, options) {
  const suites = options.suites?.length ? options.suites : void 0;
  return checks.filter((check) => appliesTo(check, options.specVersion)).filter((check) => !suites || suites.includes(check.suite)).map((check) => ({ check, skipReason: skipReasonFor(check, registry) }));
}
function skipReasonFor(check, registry) {
  if (registry.suites && !registry.suites.includes(check.suite)) {
    return `suite "${check.suite}" is not enabled for this registry (registries.yaml: suites)`;
  }
  for (const [pattern, reason] of Object.entries(registry.disabledChecks ?? {})) {
    const matches = pattern.endsWith(".") ? check.id.startsWith(pattern) : check.id === pattern;
    if (matches) return `disabled in registries.yaml: ${reason}`;
  }
  return void 0;
}

// src/reference/index.ts
import { createServer as createServer2 } from "node:http";

// src/reference/blob-store.ts
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { join as join2 } from "node:path";
import { Readable as Readable2 } from "node:stream";
import { pipeline } from "node:stream/promises";
function hashers() {
  const sha256 = createHash("sha256");
  const sha512 = createHash("sha512");
  let finished;
  return {
    update(chunk) {
      sha256.update(chunk);
      sha512.update(chunk);
    },
    digest(algorithm) {
      const take = (h) => h.copy().digest("hex");
      finished = { sha256: take(sha256), sha512: take(sha512) };
      return `${algorithm}:${finished[algorithm]}`;
    }
  };
}
function createMemoryBlobStore() {
  const blobs = /* @__PURE__ */ new Map();
  return {
    has: (digest) => blobs.has(digest),
    size: (digest) => blobs.get(digest)?.byteLength,
    read(digest, range) {
      const blob = blobs.get(digest);
      return Readable2.from([range ? blob.subarray(range.start, range.end + 1) : blob]);
    },
    readAll: async (digest) => blobs.get(digest),
    async startUpload() {
      const chunks = [];
      const hash3 = hashers();
      let size = 0;
      return {
        id: randomUUID(),
        size: () => size,
        async append(body) {
          for await (const chunk of body) {
            const buffer = Buffer.from(chunk);
            chunks.push(buffer);
            hash3.update(buffer);
            size += buffer.byteLength;
          }
          return size;
        },
        digest: (algorithm) => hash3.digest(algorithm),
        async commit(digest) {
          if (!blobs.has(digest)) blobs.set(digest, Buffer.concat(chunks));
        },
        async abort() {
          chunks.length = 0;
        }
      };
    },
    async remove(digest) {
      blobs.delete(digest);
    }
  };
}
async function createDiskBlobStore(root) {
  await mkdir(join2(root, "blobs"), { recursive: true });
  await mkdir(join2(root, "uploads"), { recursive: true });
  const sizes = /* @__PURE__ */ new Map();
  const pathOf = (digest) => join2(root, "blobs", digest.replace(":", "-"));
  return {
    has: (digest) => sizes.has(digest),
    size: (digest) => sizes.get(digest),
    read: (digest, range) => createReadStream(pathOf(digest), range ? { start: range.start, end: range.end } : {}),
    async readAll(digest) {
      const chunks = [];
      for await (const chunk of createReadStream(pathOf(digest))) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    async startUpload() {
      const id = randomUUID();
      const path = join2(root, "uploads", id);
      const hash3 = hashers();
      let size = 0;
      let file = createWriteStream(path);
      return {
        id,
        size: () => size,
        async append(body) {
          const counter = async function* (source) {
            for await (const chunk of source) {
              hash3.update(chunk);
              size += chunk.byteLength;
              yield chunk;
            }
          };
          await pipeline(body, counter, file, { end: false });
          return size;
        },
        digest: (algorithm) => hash3.digest(algorithm),
        async commit(digest) {
          await new Promise((resolve2, reject) => file.end((error) => error ? reject(error) : resolve2()));
          file = void 0;
          if (sizes.has(digest)) await rm(path, { force: true });
          else {
            await rename(path, pathOf(digest));
            sizes.set(digest, (await stat(pathOf(digest))).size);
          }
        },
        async abort() {
          file?.destroy();
          await rm(path, { force: true });
        }
      };
    },
    async remove(digest) {
      sizes.delete(digest);
      await rm(pathOf(digest), { force: true });
    }
  };
}

// src/reference/repositories.ts
function createRepositories() {
  const repos = /* @__PURE__ */ new Map();
  return {
    get: (name) => repos.get(name),
    /** Repositories are created on first push. */
    ensure(name) {
      let repo = repos.get(name);
      if (!repo) repos.set(name, repo = { blobs: /* @__PURE__ */ new Set(), manifests: /* @__PURE__ */ new Map(), tags: /* @__PURE__ */ new Map() });
      return repo;
    },
    names: () => [...repos.keys()].sort(),
    /** True when any repository links the blob (for mounts without `from`). */
    anyHasBlob: (digest) => [...repos.values()].some((r) => r.blobs.has(digest))
  };
}

// src/reference/respond.ts
function responder(res, options) {
  const send = (status, headers, body) => {
    res.writeHead(status, { "docker-distribution-api-version": "registry/2.0", ...headers });
    res.end(options.isHead ? void 0 : body);
  };
  return {
    error(status, code, message, headers = {}) {
      const shown = options.numericMessages ? 4e4 + status : message;
      const body = options.enveloped ? { errors: [{ code, message: shown, detail: {} }] } : { error: message };
      const text = JSON.stringify(body);
      send(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)), ...headers }, text);
    },
    empty(status, headers = {}) {
      send(status, { "content-length": "0", ...headers });
    },
    json(status, body, headers = {}) {
      const text = JSON.stringify(body);
      send(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)), ...headers }, text);
    }
  };
}

// src/reference/auth.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
var TOKEN_SERVICE = "oci-matrix-reference";
function safeEqual(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
function createAuthenticator(auth) {
  const key = randomBytes(32);
  const basicValue = auth.kind === "none" ? "" : `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
  const sign2 = (payload) => createHmac("sha256", key).update(payload).digest("base64url");
  const grants = (token) => {
    const [payload, signature] = token.split(".");
    if (!payload || !signature || !safeEqual(sign2(payload), signature)) return void 0;
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return claims.exp > Date.now() / 1e3 ? claims.scopes : void 0;
  };
  const covers = (granted, needed) => {
    const cut = needed.lastIndexOf(":");
    const resource = needed.slice(0, cut);
    return needed.slice(cut + 1).split(",").every((action) => granted.some((g) => g.startsWith(`${resource}:`) && g.slice(resource.length + 1).split(",").some((a) => a === action || a === "*")));
  };
  return {
    enabled: auth.kind !== "none",
    /** undefined when allowed; otherwise the WWW-Authenticate challenge to send with a 401. */
    check(req, baseUrl, scopes) {
      if (auth.kind === "none") return void 0;
      const presented = req.headers.authorization ?? "";
      if (auth.kind === "basic") return safeEqual(presented, basicValue) ? void 0 : 'Basic realm="oci-matrix-reference"';
      const granted = presented.startsWith("Bearer ") ? grants(presented.slice(7)) : void 0;
      if (granted && scopes.every((s) => covers(granted, s))) return void 0;
      const scope = scopes.length ? `,scope="${scopes.join(" ")}"` : "";
      return `Bearer realm="${baseUrl}/token",service="${TOKEN_SERVICE}"${scope}`;
    },
    /** GET /token: Basic credentials in, a token for the requested scopes out. */
    issue(req, url) {
      if (auth.kind !== "token") return { status: 404, body: { errors: [{ code: "UNSUPPORTED", message: "no token service" }] } };
      if (!safeEqual(req.headers.authorization ?? "", basicValue)) return { status: 401, body: { errors: [{ code: "UNAUTHORIZED", message: "credentials required" }] } };
      const scopes = url.searchParams.getAll("scope").flatMap((s) => s.split(" ")).filter(Boolean);
      const payload = Buffer.from(JSON.stringify({ sub: auth.username, scopes, exp: Math.floor(Date.now() / 1e3) + 300 })).toString("base64url");
      const token = `${payload}.${sign2(payload)}`;
      return { status: 200, body: { token, access_token: token, expires_in: 300, issued_at: (/* @__PURE__ */ new Date()).toISOString() } };
    }
  };
}

// src/reference/deviations.ts
var DEVIATIONS = [
  // Determining support
  { name: "ping-not-200", breaks: 'Determining Support: "If the response is 200 OK, then the registry implements this specification."', description: "GET /v2/ answers 404" },
  // Pulling manifests
  { name: "manifest-content-type-wrong", breaks: `Pulling manifests: "The Content-Type header SHOULD match what the client pushed as the manifest's Content-Type."`, description: "manifests are served as application/octet-stream" },
  { name: "manifest-digest-header-wrong", breaks: 'Pushing Manifests: "The Docker-Content-Digest header … MUST be equal to the client provided digest."', description: "Docker-Content-Digest names another digest on manifest PUT, GET and HEAD" },
  { name: "manifest-head-no-digest", breaks: 'Checking if content exists: "A successful response SHOULD contain the digest … in the header Docker-Content-Digest."', description: "HEAD on a manifest answers without Docker-Content-Digest" },
  { name: "manifest-rewrite", breaks: 'Pushing Manifests: "The registry MUST store the manifest in the exact byte representation provided by the client."', description: "manifests are re-serialised (compact JSON) when served" },
  { name: "manifest-unknown-500", breaks: 'Pulling manifests: "If the manifest is not found in the repository, the response code MUST be 404 Not Found."', description: "unknown manifests answer 500" },
  { name: "unknown-repository-500", breaks: 'Pushing Manifests: "An attempt to pull a nonexistent repository MUST return response code 404 Not Found."', description: "requests to repositories that do not exist answer 500" },
  { name: "accept-strict", breaks: "nothing (a MAY): like Distribution 2.8, a manifest is 404 unless Accept names its type", description: "manifest GET needs its media type in Accept" },
  // Pulling blobs
  { name: "blob-corrupt", breaks: 'Pulling blobs: "A GET request to an existing blob URL MUST provide the expected blob."', description: "the first byte of every blob is flipped on GET" },
  { name: "blob-digest-header-wrong", breaks: 'Pulling blobs: "If present, the value of this header MUST be a digest matching that of the response body."', description: "Docker-Content-Digest of blobs names another digest" },
  { name: "blob-range-ignored", breaks: 'Pulling blobs: "A registry SHOULD support the Range request header."', description: "Range is ignored: 200 with the whole blob" },
  { name: "blob-head-no-length", breaks: 'Checking if content exists: "A successful response SHOULD contain the size in bytes … in the header Content-Length."', description: "HEAD on a blob answers without Content-Length" },
  { name: "blob-unknown-200-empty", breaks: 'Pulling blobs: "If the blob is not found in the repository, the response code MUST be 404 Not Found."', description: "GET of an unknown blob answers 200 with an empty body (HEAD still 404)" },
  { name: "errors-not-enveloped", breaks: 'Error Codes: "If the response body is in JSON format, it MUST have the following format: {errors: [...]}"', description: 'JSON error bodies are {"error": "..."}' },
  { name: "error-message-numeric", breaks: 'Error Codes: "The message field is OPTIONAL, and if present, it SHOULD be a human readable string or MAY be empty."', description: 'error "message" fields are numbers (40404) instead of text' },
  { name: "malformed-digest-500", breaks: "Endpoints: failures of end-2 are 404 (and main: an invalid digest SHOULD answer 400)", description: "a malformed digest answers 500, like Distribution 2.8" },
  // Pushing blobs
  { name: "upload-no-location", breaks: 'POST then PUT: "the response MUST have a code of 202 Accepted, and MUST include the following header: Location"', description: "POST /blobs/uploads/ answers 202 without Location" },
  { name: "upload-put-200", breaks: 'POST then PUT: "Upon successful completion of the request, the response MUST have code 201 Created"', description: "completing an upload answers 200" },
  { name: "upload-digest-unchecked", breaks: "Content Verification: a blob is stored under a digest its bytes do not hash to", description: "PUT ?digest= accepts bytes that do not match the digest" },
  { name: "empty-blob-rejected", breaks: "Pushing blobs: the zero-byte blob is a blob like any other", description: "zero-byte uploads answer 400 SIZE_INVALID" },
  { name: "single-post-ignored", breaks: 'Single POST: "Successful completion of the request MUST return a 201 Created" — with the blob stored', description: "single POST answers 201 but stores nothing" },
  { name: "chunk-out-of-order-accepted", breaks: 'Pushing a blob in chunks: "If a chunk is uploaded out of order, the registry MUST respond with a 416"', description: "out-of-order chunks answer 202, like Distribution 2.8" },
  { name: "chunk-min-length-garbage", breaks: "Pushing a blob in chunks: OCI-Chunk-Min-Length is a size in bytes", description: "POST answers OCI-Chunk-Min-Length: plenty" },
  { name: "upload-status-no-range", breaks: 'Pushing a blob in chunks: the upload status "MUST have the following headers: Location, Range"', description: "GET on an upload session answers 204 without Range" },
  { name: "upload-cancel-ignored", breaks: "cancelling an upload (a MAY) claims success but the session stays usable", description: "DELETE on an upload answers 204 and does nothing" },
  { name: "mount-claims-201-without-blob", breaks: 'Mounting a blob: "The response to a successful mount MUST be 201 Created" — the blob then being in the repository', description: "mount answers 201 but links nothing" },
  { name: "mount-unknown-201", breaks: 'Mounting a blob: a registry "unable to mount the requested blob … SHOULD return a 202"', description: "mounting a blob that exists nowhere answers 201" },
  // Pushing manifests
  { name: "manifest-blob-unknown-wrong-code", breaks: 'Push: a manifest rejected for missing blobs "MUST result in one or more MANIFEST_BLOB_UNKNOWN errors"', description: "missing blobs are refused with MANIFEST_INVALID" },
  { name: "manifest-content-type-parameters-refused", breaks: 'Pushing Manifests: "The registry SHOULD ignore parameters on the Content-Type header."', description: "a manifest PUT whose Content-Type carries parameters answers 400 MANIFEST_INVALID" },
  { name: "tag-overwrite-ignored", breaks: "Pulling manifests by tag MUST provide the expected (latest pushed) manifest", description: "pushing to an existing tag keeps the old manifest" },
  { name: "subject-must-exist", breaks: 'Push: "A registry MUST initially accept an otherwise valid manifest with a subject field that references a manifest that does not exist"', description: "manifests whose subject is missing are refused" },
  { name: "reject-nested-index", breaks: "image-spec: an index may list indexes; the registry must store it", description: "an index that lists an index is refused" },
  { name: "reject-unknown-fields", breaks: "image-spec: unknown properties must be ignored, not refused", description: "manifests with unknown top-level fields are refused" },
  { name: "reject-data-field", breaks: 'image-spec descriptor: "data" is a valid descriptor property', description: 'descriptors with "data" are refused' },
  { name: "reject-empty-layers", breaks: 'Pushing Manifests: "the list of blobs MAY be empty"', description: "manifests with no layers are refused" },
  { name: "nondistributable-wrong-code", breaks: 'Push: a manifest rejected for missing blobs "MUST result in one or more MANIFEST_BLOB_UNKNOWN errors"', description: "foreign layers are refused with MANIFEST_INVALID" },
  { name: "manifest-limit-1mib", breaks: 'Pushing Manifests: "registry implementations SHOULD expect to be able to support manifest pushes of at least 4 megabytes"', description: "manifests over 1 MiB answer 413" },
  { name: "tag-query-ignored", breaks: "nothing (a MAY on main): ?tag= parameters are ignored", description: "PUT by digest ignores ?tag=" },
  { name: "tag-query-no-header", breaks: 'main, Pushing Manifests: a registry supporting ?tag= "MUST include an OCI-Tag response header … for each accepted tag"', description: "?tag= creates tags but sends no OCI-Tag" },
  // Tag listing
  { name: "tags-unsorted", breaks: 'Listing Tags: "the tags MUST be in lexical order"', description: "tags are listed in storage (hash) order" },
  { name: "tags-ignore-n", breaks: 'Listing Tags: "Otherwise, the response MUST include <int> results" / n=0 "MUST return an empty list"', description: "n is ignored, like Distribution 2.8" },
  { name: "tags-ignore-last", breaks: 'Listing Tags: "A request of this sort will return up to <int> tags, beginning non-inclusively with <tagname>"', description: "last is ignored" },
  { name: "tags-short-page", breaks: 'Listing Tags: fewer than n results only "when the total number of tags … is less than <int> or a Link header is provided"', description: "n=k answers k-1 tags and no Link" },
  { name: "tags-bad-link", breaks: 'Listing Tags: the Link header "MUST be set according to RFC5988 with the Relation Type rel=\\"next\\""', description: 'Link headers lack rel="next"' },
  { name: "tags-missing-name", breaks: 'Listing Tags: "the response MUST be a json body in the following format: {name, tags}"', description: 'the tag list has no "name"' },
  { name: "tags-unknown-repo-200", breaks: "Endpoints: end-8a fails with 404 for a repository that does not exist", description: "tag listing of an unknown repository answers 200 with no tags" },
  { name: "warning-malformed", breaks: 'Warnings: "Warning headers MUST specify a warn-code of 299 and a warn-agent of -, and MUST NOT specify a warn-date"', description: 'answers carry Warning: 199 reference "deprecated" "Wed, 21 Oct 2015 07:28:00 GMT"' },
  { name: "challenge-missing", breaks: 'RFC 7235 §3.1: "The server generating a 401 response MUST send a WWW-Authenticate header field"', description: "401 answers carry no WWW-Authenticate (with auth on)" },
  // Content management
  { name: "delete-manifest-noop", breaks: 'Deleting Manifests: "Once deleted, a GET to /v2/<name>/manifests/<digest> … will return a 404"', description: "manifest DELETE answers 202 and keeps the manifest" },
  { name: "delete-blob-noop", breaks: "Deleting Blobs: a deleted blob must be gone", description: "blob DELETE answers 202 and keeps the blob" },
  { name: "delete-unknown-repo-202", breaks: 'Deleting Manifests: "If the repository does not exist, the response MUST return 404 Not Found."', description: "DELETE in an unknown repository answers 202" },
  { name: "delete-unknown-blob-202", breaks: 'Deleting Blobs: "If the blob is not found, a 404 Not Found code MUST be returned."', description: "DELETE of an unknown blob answers 202" },
  // Referrers
  { name: "referrers-404", breaks: "nothing (the API is new in 1.1): the referrers API is absent", description: "GET /referrers/ answers 404" },
  { name: "referrers-html-200", breaks: 'Listing Referrers: "The Content-Type header MUST be set to application/vnd.oci.image.index.v1+json"', description: "GET /referrers/ answers 200 with an HTML page" },
  { name: "referrers-empty-404", breaks: 'Listing Referrers: "If the registry supports the referrers API, the registry MUST NOT return a 404 Not Found"', description: "a subject without referrers answers 404" },
  { name: "referrers-no-artifact-type", breaks: 'Listing Referrers: "The descriptors MUST include an artifactType field"', description: "descriptors carry no artifactType" },
  { name: "referrers-filter-ignored", breaks: 'Listing Referrers: "The registry SHOULD support filtering on artifactType."', description: "?artifactType= is ignored" },
  { name: "referrers-filter-header-missing", breaks: 'Listing Referrers: "If filtering is requested and applied, the response MUST include a header OCI-Filters-Applied"', description: "filters without OCI-Filters-Applied" },
  { name: "referrers-filters-header-not-list", breaks: 'Listing Referrers: "If multiple filters are applied, the header MUST contain a comma separated list of applied filters."', description: 'OCI-Filters-Applied lists each requested value as artifactType=<type>, separated by ";"' },
  { name: "referrers-tag-schema-content-ignored", breaks: 'Enabling the Referrers API: "Registries MUST include preexisting image manifests that are listed in an image index tagged with the referrers tag schema"', description: "referrers a client listed under the sha256-<hex> tag are left out of the referrers API" },
  { name: "referrers-need-subject", breaks: 'Enabling the Referrers API: "Registries MUST include all newly pushed image manifests with a valid subject field"', description: "referrers pushed before their subject are never listed" },
  { name: "referrer-delete-stale", breaks: "Listing Referrers: descriptors are of manifests in the repository", description: "deleted referrers stay listed" },
  { name: "referrers-invalid-digest-404", breaks: 'Listing Referrers: "If the request is invalid, such as a <digest> with an invalid syntax, a 400 Bad Request MUST be returned."', description: "a malformed digest answers 404" },
  { name: "referrers-page-no-link", breaks: 'Listing Referrers: "A Link header MUST be included in the response when the descriptor list cannot be returned in a single manifest"', description: "a referrers list longer than a page is cut at the page without a Link header" },
  { name: "no-oci-subject-header", breaks: 'Pushing Manifests with Subject: a registry with the referrers API "MUST respond with the response header OCI-Subject"', description: "pushes with a subject answer without OCI-Subject" },
  { name: "tag-schema-aliases-subject", breaks: "Referrers Tag Schema: the tag must return the index the client wrote", description: "sha256-<hex> tags resolve to the subject manifest" },
  // Artifacts
  { name: "reject-unknown-config-media-type", breaks: "image-spec artifacts guidance: any config media type may be used", description: "manifests whose config is not an image config or the empty descriptor are refused" },
  { name: "reject-artifact-type", breaks: "image-spec 1.1: artifactType is a valid manifest property", description: "manifests carrying artifactType are refused" },
  { name: "reject-index-artifact-type", breaks: "image-spec 1.1: artifactType is a valid index property", description: "indexes carrying artifactType are refused" },
  { name: "reject-artifact-manifest", breaks: "nothing (the artifact manifest was withdrawn): it is refused", description: "application/vnd.oci.artifact.manifest.v1+json is refused" }
];
var ALLOWED_DEVIATIONS = [
  {
    name: "mount-fallback-202",
    behaviour: "cross-repository mounts are never performed: POST ?mount= opens an upload session (202)",
    spec: "distribution-spec v1.1.1",
    section: "Mounting a blob from another repository",
    permits: "Alternatively, if a registry does not support cross-repository mounting or is unable to mount the requested blob, it SHOULD return a `202`."
  },
  {
    name: "tags-paginated",
    behaviour: 'a plain tag listing (no n) answers 5 tags at a time with Link rel="next", as ECR does past 100 tags',
    spec: "distribution-spec v1.1.1",
    section: "Listing Tags",
    permits: "A `Link` header MAY be included in the response when additional tags are available."
  },
  {
    name: "delete-disabled-405",
    behaviour: "DELETE of tags, manifests and blobs answers 405 UNSUPPORTED",
    spec: "distribution-spec v1.1.1",
    section: "Deleting Manifests",
    permits: "If manifest deletion is disabled, the registry MUST respond with either a `400 Bad Request` or a `405 Method Not Allowed`."
  },
  {
    name: "blob-redirect",
    behaviour: "blob GET and HEAD answer 307 (with Docker-Content-Digest) to object storage on another port, which serves the bytes as application/octet-stream without OCI headers and answers 400 to any request carrying Authorization",
    spec: "distribution-spec main",
    section: "API",
    permits: "Registries MAY respond to any request with a redirect per [RFC 9110 (section 15.4)](https://www.rfc-editor.org/rfc/rfc9110#section-15.4); clients SHOULD follow such redirects, and MUST NOT forward `Authorization` headers across host boundaries unless explicitly configured to do so."
  },
  {
    name: "rate-limited",
    behaviour: "every 5th request of each method (writes included) answers 429 TOOMANYREQUESTS with Retry-After (seconds or an HTTP date); every answer carries Docker Hub's ratelimit-limit and ratelimit-remaining",
    spec: "distribution-spec main",
    section: "Error Codes",
    permits: "A `429 Too Many Requests` response ([RFC 6585 (section 4)](https://www.rfc-editor.org/rfc/rfc6585#section-4)) SHOULD include a `Retry-After` header per [RFC 9110 (section 10.2.3)](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3)."
  },
  {
    name: "delete-denied",
    behaviour: "DELETE answers 403 DENIED: the credentials may push but not delete (a CI token without the delete scope)",
    spec: "distribution-spec v1.1.1",
    section: "Content Management",
    permits: "Registries MAY implement deletion or they MAY disable it."
  },
  {
    name: "delete-async",
    behaviour: "DELETE answers 202 and takes effect later: a manifest after a second, a blob after a minute (GET serves it meanwhile)",
    spec: "distribution-spec v1.1.1",
    section: "Deleting Blobs",
    permits: "Upon success, the registry MUST respond with code `202 Accepted`."
  },
  {
    name: "sha256-only",
    behaviour: "sha512 digests are refused with 400 DIGEST_INVALID (uploads, ?digest-algorithm=sha512, manifests)",
    spec: "image-spec v1.1.1",
    section: "SHA-512",
    permits: "Implementations MAY implement SHA-512 digest verification for use in descriptors."
  },
  {
    name: "docker-refused",
    behaviour: "Docker schema 2 manifests and manifest lists are refused with 415 (OCI media types only, like zot without its compatibility option)",
    spec: "image-spec v1.1.1",
    section: "Compatibility Matrix",
    permits: "The OCI Image Specification strives to be backwards and forwards compatible when possible."
  },
  {
    name: "manifest-limit-4mib-413",
    behaviour: "manifests over 4 MiB are refused with 413",
    spec: "distribution-spec v1.1.1",
    section: "Pushing Manifests",
    permits: "A registry that enforces this limit SHOULD respond to a request to push a manifest over this limit with a response code `413 Payload Too Large`."
  },
  {
    name: "foreign-layers-refused",
    behaviour: "a manifest whose non-distributable layer is not in the registry is refused with MANIFEST_BLOB_UNKNOWN",
    spec: "distribution-spec v1.1.1",
    section: "Push",
    permits: "A registry MAY reject a manifest uploaded to the manifest endpoint with descriptors in other fields that reference a manifest or blob that does not exist in the registry."
  }
];
function isDeviationName(name) {
  return DEVIATIONS.some((d) => d.name === name) || ALLOWED_DEVIATIONS.some((d) => d.name === name);
}

// src/reference/manifests.ts
import { Readable as Readable3 } from "node:stream";

// src/oci/reference.ts
var TAG_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
function isTag(value) {
  return TAG_PATTERN.test(value);
}

// src/reference/context.ts
function isDigestReference(reference) {
  return reference.includes(":");
}
function parseDigestStrict(value) {
  const parsed = parseDigest(value);
  return parsed !== void 0 && (parsed.algorithm === "sha256" || parsed.algorithm === "sha512");
}
async function readBody(req, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) {
      continue;
    }
    chunks.push(chunk);
  }
  return size > limit ? Buffer.alloc(limit + 1) : Buffer.concat(chunks);
}
function refuseBody(req, res) {
  res.setHeader("connection", "close");
  req.resume();
}

// src/reference/manifests.ts
var ASYNC_MANIFEST_DELETE_MS = 1e3;
var KNOWN_TOP_LEVEL = /* @__PURE__ */ new Set(["schemaVersion", "mediaType", "artifactType", "config", "layers", "blobs", "manifests", "subject", "annotations"]);
var IMAGE_CONFIG_TYPES = /* @__PURE__ */ new Set([MEDIA_TYPES.imageConfig, MEDIA_TYPES.empty, MEDIA_TYPES.dockerConfig]);
var putManifest = async (ctx) => {
  const { res, repoName, reference, has, reply } = ctx;
  const body = await readBody(ctx.req, ctx.options.maxManifestBytes + 1);
  const limit = has("manifest-limit-1mib") ? 1024 * 1024 : has("manifest-limit-4mib-413") ? 4 * 1024 * 1024 : ctx.options.maxManifestBytes;
  if (body.byteLength > limit) return reply.error(413, "MANIFEST_INVALID", `manifest larger than ${limit} bytes`);
  let json;
  try {
    json = JSON.parse(Buffer.from(body).toString("utf8"));
    if (typeof json !== "object" || json === null) throw new Error("not an object");
  } catch {
    return reply.error(400, "MANIFEST_INVALID", "manifest is not a JSON object");
  }
  if (has("manifest-content-type-parameters-refused") && ctx.req.headers["content-type"]?.includes(";")) return reply.error(400, "MANIFEST_INVALID", "unsupported Content-Type parameters");
  const mediaType = json.mediaType ?? ctx.req.headers["content-type"]?.split(";")[0].trim() ?? MEDIA_TYPES.imageManifest;
  const isIndex = Array.isArray(json.manifests);
  if (has("docker-refused") && mediaType.startsWith("application/vnd.docker.")) return reply.error(415, "MANIFEST_INVALID", `unsupported media type ${mediaType}`);
  const refused = refusalByDeviation(ctx, json, mediaType, isIndex);
  if (refused) return reply.error(400, "MANIFEST_INVALID", refused);
  const algorithm = isDigestReference(reference) && reference.startsWith("sha512:") ? "sha512" : "sha256";
  if (algorithm === "sha512" && has("sha256-only")) return reply.error(400, "DIGEST_INVALID", "sha512 is not supported");
  const digest = digestOf(body, algorithm);
  if (isDigestReference(reference)) {
    if (!parseDigestStrict(reference)) return reply.error(400, "DIGEST_INVALID", `invalid digest ${reference}`);
    if (reference !== digest) return reply.error(400, "DIGEST_INVALID", `body digest is ${digest}, not ${reference}`);
  }
  const repo = ctx.repos.ensure(repoName);
  const missing = missingReferences(ctx, repo.blobs, repo.manifests, json);
  if (missing.length) {
    const code = has("manifest-blob-unknown-wrong-code") || has("nondistributable-wrong-code") && json.layers?.some((l) => l.urls?.length) ? "MANIFEST_INVALID" : "MANIFEST_BLOB_UNKNOWN";
    return reply.error(400, code, `unknown ${missing.join(", ")}`);
  }
  if (json.subject?.digest && has("subject-must-exist") && !repo.manifests.has(json.subject.digest)) {
    return reply.error(400, "MANIFEST_BLOB_UNKNOWN", `subject ${json.subject.digest} does not exist`);
  }
  if (!ctx.blobs.has(digest)) {
    const session = await ctx.blobs.startUpload();
    await session.append(Readable3.from([body]));
    await session.commit(digest);
  }
  const stored = {
    digest,
    mediaType,
    size: body.byteLength,
    isIndex,
    subject: json.subject?.digest,
    artifactType: json.artifactType,
    configMediaType: json.config?.mediaType,
    annotations: json.annotations
  };
  const subjectExisted = stored.subject ? repo.manifests.has(stored.subject) : true;
  repo.manifests.set(digest, has("referrers-need-subject") && !subjectExisted ? { ...stored, subject: void 0 } : stored);
  const tags = isDigestReference(reference) ? [] : [reference];
  const queryTags = has("tag-query-ignored") ? [] : ctx.url.searchParams.getAll("tag");
  const valid = queryTags.filter(isTag);
  if (valid.length !== queryTags.length) return reply.error(400, "MANIFEST_INVALID", "invalid tag in ?tag=");
  for (const tag of [...tags, ...valid]) {
    if (!(has("tag-overwrite-ignored") && repo.tags.has(tag))) repo.tags.set(tag, digest);
  }
  const headers = {
    location: `/v2/${repoName}/manifests/${digest}`,
    "docker-content-digest": has("manifest-digest-header-wrong") ? wrongDigest(digest) : digest
  };
  if (stored.subject && !has("no-oci-subject-header") && !has("referrers-404")) headers["oci-subject"] = stored.subject;
  if (valid.length && !has("tag-query-no-header")) headers["oci-tag"] = valid.join(", ");
  reply.empty(201, headers);
  void res;
};
function refusalByDeviation(ctx, json, mediaType, isIndex) {
  const { has } = ctx;
  if (has("reject-artifact-manifest") && mediaType === MEDIA_TYPES.artifactManifest) return "artifact manifests are not supported";
  if (has("reject-nested-index") && json.manifests?.some((m) => m.mediaType === MEDIA_TYPES.imageIndex || m.mediaType === MEDIA_TYPES.dockerManifestList)) return "nested indexes are not supported";
  if (has("reject-unknown-fields") && Object.keys(json).some((k) => !KNOWN_TOP_LEVEL.has(k))) return "unknown field";
  if (has("reject-data-field") && (json.config?.data !== void 0 || json.layers?.some((l) => l.data !== void 0))) return "data field not supported";
  if (has("reject-empty-layers") && !isIndex && Array.isArray(json.layers) && json.layers.length === 0) return "no layers";
  if (has("reject-unknown-config-media-type") && json.config?.mediaType && !IMAGE_CONFIG_TYPES.has(json.config.mediaType)) return `config media type ${json.config.mediaType} not supported`;
  if (has("reject-artifact-type") && !isIndex && json.artifactType) return "artifactType not supported";
  if (has("reject-index-artifact-type") && isIndex && json.artifactType) return "artifactType not supported on an index";
  return void 0;
}
function missingReferences(ctx, blobs, manifests, json) {
  const missing = [];
  const foreignAllowed = !ctx.has("nondistributable-wrong-code") && !ctx.has("foreign-layers-refused");
  for (const d of [json.config, ...json.layers ?? [], ...json.blobs ?? []]) {
    if (!d?.digest) continue;
    if (d.urls?.length && foreignAllowed) continue;
    if (!blobs.has(d.digest)) missing.push(`blob ${d.digest}`);
  }
  for (const m of json.manifests ?? []) if (m.digest && !manifests.has(m.digest)) missing.push(`manifest ${m.digest}`);
  return missing;
}
function wrongDigest(digest) {
  return digestOf(new TextEncoder().encode(`not ${digest}`));
}
function resolve(ctx, reference) {
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo) return void 0;
  if (ctx.has("tag-schema-aliases-subject")) {
    const match = /^(sha256|sha512)-([a-f0-9]{64,128})$/.exec(reference);
    const subject = match ? repo.manifests.get(`${match[1]}:${match[2]}`) : void 0;
    if (subject) return subject;
  }
  const digest = isDigestReference(reference) ? reference : repo.tags.get(reference);
  return digest ? repo.manifests.get(digest) : void 0;
}
var getManifest = async (ctx) => {
  const { reply, has, reference } = ctx;
  if (isDigestReference(reference) && !parseDigestStrict(reference)) {
    return has("malformed-digest-500") ? reply.error(500, "UNKNOWN", "internal error") : reply.error(400, "DIGEST_INVALID", `invalid digest ${reference}`);
  }
  if (!ctx.repos.get(ctx.repoName)) return unknownRepository(ctx);
  const manifest = resolve(ctx, reference);
  if (!manifest) return has("manifest-unknown-500") ? reply.error(500, "UNKNOWN", "internal error") : reply.error(404, "MANIFEST_UNKNOWN", `manifest ${reference} unknown`);
  if (has("accept-strict")) {
    const accept = ctx.req.headers.accept ?? "";
    if (!accept.split(",").some((a) => a.split(";")[0].trim() === manifest.mediaType)) return reply.error(404, "MANIFEST_UNKNOWN", "manifest unknown (Accept)");
  }
  let bytes = await ctx.blobs.readAll(manifest.digest);
  if (has("manifest-rewrite")) bytes = Buffer.from(JSON.stringify(JSON.parse(Buffer.from(bytes).toString("utf8")), null, 1));
  const headers = {
    "content-type": has("manifest-content-type-wrong") ? "application/octet-stream" : manifest.mediaType,
    "content-length": String(bytes.byteLength),
    "docker-content-digest": has("manifest-digest-header-wrong") ? wrongDigest(manifest.digest) : manifest.digest
  };
  if (ctx.isHead && has("manifest-head-no-digest")) delete headers["docker-content-digest"];
  ctx.res.writeHead(200, headers);
  ctx.res.end(ctx.isHead ? void 0 : bytes);
};
function unknownRepository(ctx) {
  if (ctx.has("unknown-repository-500")) return ctx.reply.error(500, "UNKNOWN", "internal error");
  ctx.reply.error(404, "NAME_UNKNOWN", `repository ${ctx.repoName} not known to registry`);
}
var deleteManifest = async (ctx) => {
  const { reply, has, reference } = ctx;
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo) return has("delete-unknown-repo-202") ? reply.empty(202) : unknownRepository(ctx);
  if (isDigestReference(reference)) {
    if (!parseDigestStrict(reference)) return reply.error(400, "DIGEST_INVALID", `invalid digest ${reference}`);
    if (!repo.manifests.has(reference)) return reply.error(404, "MANIFEST_UNKNOWN", `manifest ${reference} unknown`);
    if (has("delete-manifest-noop")) return reply.empty(202);
    const deleted = repo.manifests.get(reference);
    if (has("referrer-delete-stale") && deleted.subject) {
      ctx.ghosts.set(`${ctx.repoName}\0${reference}`, deleted);
    }
    const remove = () => {
      repo.manifests.delete(reference);
      for (const [tag, digest] of repo.tags) if (digest === reference) repo.tags.delete(tag);
    };
    if (has("delete-async")) setTimeout(remove, ASYNC_MANIFEST_DELETE_MS).unref();
    else remove();
    return reply.empty(202);
  }
  if (!repo.tags.has(reference)) return reply.error(404, "MANIFEST_UNKNOWN", `tag ${reference} unknown`);
  repo.tags.delete(reference);
  return reply.empty(202);
};
var listReferrers = async (ctx) => {
  const { reply, has, reference } = ctx;
  if (has("referrers-404")) return reply.error(404, "NAME_UNKNOWN", "page not found");
  if (has("referrers-html-200")) {
    ctx.res.writeHead(200, { "content-type": "text/html" });
    return void ctx.res.end("<html><body>Not here</body></html>");
  }
  if (!parseDigestStrict(reference)) {
    return has("referrers-invalid-digest-404") ? reply.error(404, "MANIFEST_UNKNOWN", "unknown") : reply.error(400, "DIGEST_INVALID", `invalid digest ${reference}`);
  }
  const repo = ctx.repos.get(ctx.repoName);
  const ghosts = [...ctx.ghosts.entries()].filter(([k]) => k.startsWith(`${ctx.repoName}\0`)).map(([, m]) => m);
  const all = [...repo?.manifests.values() ?? [], ...ghosts].filter((m) => m.subject === reference);
  const wanted = ctx.url.searchParams.getAll("artifactType");
  const applyFilter = wanted.length > 0 && !has("referrers-filter-ignored");
  const listedByTagSchema = has("referrers-tag-schema-content-ignored") ? await tagSchemaListed(ctx, repo, reference) : /* @__PURE__ */ new Set();
  const descriptors = all.map((m) => {
    const artifactType = has("referrers-no-artifact-type") ? void 0 : m.artifactType ?? (m.isIndex ? void 0 : m.configMediaType);
    return { mediaType: m.mediaType, digest: m.digest, size: m.size, ...artifactType ? { artifactType } : {}, ...m.annotations ? { annotations: m.annotations } : {} };
  }).filter((d) => !applyFilter || d.artifactType !== void 0 && wanted.includes(d.artifactType)).filter((d) => !listedByTagSchema.has(d.digest)).sort((a, b) => a.digest < b.digest ? -1 : 1);
  if (descriptors.length === 0 && has("referrers-empty-404")) return reply.error(404, "MANIFEST_UNKNOWN", "no referrers");
  const pageSize = ctx.options.referrersPageSize;
  const last = ctx.url.searchParams.get("last");
  const start = last ? descriptors.findIndex((d) => d.digest > last) : 0;
  const page2 = start < 0 ? [] : descriptors.slice(start, start + pageSize);
  const headers = { "content-type": MEDIA_TYPES.imageIndex };
  if (applyFilter && !has("referrers-filter-header-missing")) {
    headers["oci-filters-applied"] = has("referrers-filters-header-not-list") ? wanted.map((t) => `artifactType=${t}`).join("; ") : "artifactType";
  }
  if (start >= 0 && start + pageSize < descriptors.length && !has("referrers-page-no-link")) {
    const next = new URLSearchParams([...wanted.map((t) => ["artifactType", t]), ["last", page2[page2.length - 1].digest]]);
    headers.link = `</v2/${ctx.repoName}/referrers/${reference}?${next}>; rel="next"`;
  }
  const body = JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.imageIndex, manifests: page2 });
  ctx.res.writeHead(200, { ...headers, "content-length": String(Buffer.byteLength(body)) });
  ctx.res.end(body);
};
async function tagSchemaListed(ctx, repo, subject) {
  const digest = repo?.tags.get(subject.replace(":", "-"));
  if (!digest) return /* @__PURE__ */ new Set();
  const index = JSON.parse(Buffer.from(await ctx.blobs.readAll(digest)).toString("utf8"));
  return new Set((index.manifests ?? []).map((m) => m.digest ?? ""));
}

// src/http/range.ts
function position(text) {
  if (!/^\d{1,16}$/.test(text)) return void 0;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : void 0;
}
function parseRange(header) {
  const match = /^bytes=(\d*)-(\d*)$/i.exec((header ?? "").trim());
  if (!match) return void 0;
  const [, first, last] = match;
  if (first === "") {
    const suffix = position(last);
    return suffix === void 0 || suffix === 0 ? void 0 : { suffix };
  }
  const start = position(first);
  if (start === void 0) return void 0;
  if (last === "") return { start };
  const end = position(last);
  return end === void 0 || end < start ? void 0 : { start, end };
}
function resolveRange(range, size) {
  if ("suffix" in range) return size === 0 ? void 0 : { start: Math.max(0, size - range.suffix), end: size - 1 };
  if (range.start >= size) return void 0;
  return { start: range.start, end: Math.min(range.end ?? size - 1, size - 1) };
}
function parseContentRange(header) {
  const match = /^(?:bytes[ =])?(\d+)-(\d+)(?:\/(\d+|\*))?$/i.exec((header ?? "").trim());
  if (!match) return void 0;
  const start = position(match[1]);
  const end = position(match[2]);
  const total = match[3] === void 0 || match[3] === "*" ? void 0 : position(match[3]);
  if (start === void 0 || end === void 0 || end < start) return void 0;
  if (match[3] !== void 0 && match[3] !== "*" && (total === void 0 || total <= end)) return void 0;
  return { start, end, ...total !== void 0 ? { total } : {} };
}
function formatContentRange({ start, end, total }) {
  return `bytes ${start}-${end}/${total ?? "*"}`;
}

// src/reference/blobs.ts
function uploadLocation(repo, id) {
  return `/v2/${repo}/blobs/uploads/${id}`;
}
var getBlob = async (ctx) => {
  const { reply, has, reference: digest, res } = ctx;
  if (!parseDigestStrict(digest)) {
    return has("malformed-digest-500") ? reply.error(500, "UNKNOWN", "internal error") : reply.error(400, "DIGEST_INVALID", `invalid digest ${digest}`);
  }
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo || !repo.blobs.has(digest) || !ctx.blobs.has(digest)) {
    if (has("blob-unknown-200-empty") && !ctx.isHead) return reply.empty(200, { "content-type": "application/octet-stream" });
    if (!repo) return unknownRepository(ctx);
    return reply.error(404, "BLOB_UNKNOWN", `blob ${digest} unknown`);
  }
  const size = ctx.blobs.size(digest);
  if (ctx.storage) return reply.empty(307, { location: ctx.storage.signedUrl(digest), "docker-content-digest": digest });
  const headers = {
    "content-type": "application/octet-stream",
    "docker-content-digest": has("blob-digest-header-wrong") ? digestOf(new TextEncoder().encode(`not ${digest}`)) : digest,
    "accept-ranges": "bytes"
  };
  const range = has("blob-range-ignored") ? void 0 : ctx.req.headers.range;
  if (range) {
    const parsed = parseRange(range);
    const selected = parsed && resolveRange(parsed, size);
    if (!selected) return reply.empty(416, { "content-range": `bytes */${size}` });
    const { start, end } = selected;
    res.writeHead(206, { ...headers, "content-range": formatContentRange({ start, end, total: size }), "content-length": String(end - start + 1) });
    if (ctx.isHead) return void res.end();
    ctx.blobs.read(digest, { start, end }).pipe(res);
    return;
  }
  if (!(ctx.isHead && has("blob-head-no-length"))) headers["content-length"] = String(size);
  res.writeHead(200, headers);
  if (ctx.isHead) return void res.end();
  const stream = ctx.blobs.read(digest);
  if (has("blob-corrupt")) {
    let first = true;
    stream.map((chunk) => {
      if (!first || chunk.length === 0) return chunk;
      first = false;
      const copy = Buffer.from(chunk);
      copy[0] ^= 255;
      return copy;
    }).pipe(res);
    return;
  }
  stream.pipe(res);
};
var ASYNC_BLOB_DELETE_MS = 6e4;
var deleteBlob = async (ctx) => {
  const { reply, has, reference: digest } = ctx;
  if (!parseDigestStrict(digest)) return reply.error(400, "DIGEST_INVALID", `invalid digest ${digest}`);
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo) return unknownRepository(ctx);
  if (!repo.blobs.has(digest)) return has("delete-unknown-blob-202") ? reply.empty(202) : reply.error(404, "BLOB_UNKNOWN", `blob ${digest} unknown`);
  if (has("delete-async")) setTimeout(() => repo.blobs.delete(digest), ASYNC_BLOB_DELETE_MS).unref();
  else if (!has("delete-blob-noop")) repo.blobs.delete(digest);
  reply.empty(202);
};
function created(ctx, digest) {
  ctx.repos.ensure(ctx.repoName).blobs.add(digest);
  const status = ctx.has("upload-put-200") ? 200 : 201;
  ctx.reply.empty(status, { location: `/v2/${ctx.repoName}/blobs/${digest}`, "docker-content-digest": digest });
}
function checkDigest(ctx, digest) {
  if (!digest || !parseDigestStrict(digest)) return `invalid digest ${digest ?? "(none)"}`;
  if (digest.startsWith("sha512:") && ctx.has("sha256-only")) return "sha512 is not supported";
  return void 0;
}
async function openSession(ctx, algorithm) {
  const session = await ctx.blobs.startUpload();
  ctx.uploads.set(session.id, { repo: ctx.repoName, session, algorithm });
  ctx.repos.ensure(ctx.repoName);
  const headers = { range: "0-0", "docker-upload-uuid": session.id };
  if (!ctx.has("upload-no-location")) headers.location = uploadLocation(ctx.repoName, session.id);
  if (ctx.has("chunk-min-length-garbage")) headers["oci-chunk-min-length"] = "plenty";
  else if (ctx.options.chunkMinLength) headers["oci-chunk-min-length"] = String(ctx.options.chunkMinLength);
  ctx.reply.empty(202, headers);
}
var startUpload = async (ctx) => {
  const { url, has, reply } = ctx;
  const mount = url.searchParams.get("mount");
  const from = url.searchParams.get("from");
  const digest = url.searchParams.get("digest");
  const algorithm = url.searchParams.get("digest-algorithm") === "sha512" ? "sha512" : "sha256";
  if (url.searchParams.get("digest-algorithm") === "sha512" && has("sha256-only")) return reply.error(400, "DIGEST_INVALID", "sha512 is not supported");
  if (mount) {
    if (!parseDigestStrict(mount)) return reply.error(400, "DIGEST_INVALID", `invalid digest ${mount}`);
    const source = from ? ctx.repos.get(from) : void 0;
    const available = from ? Boolean(source?.blobs.has(mount)) : ctx.repos.anyHasBlob(mount);
    const mounts = !has("mount-fallback-202");
    if (mounts && available && ctx.blobs.has(mount) || has("mount-unknown-201")) {
      if (has("mount-claims-201-without-blob") || !ctx.blobs.has(mount)) {
        return reply.empty(201, { location: `/v2/${ctx.repoName}/blobs/${mount}`, "docker-content-digest": mount });
      }
      return created(ctx, mount);
    }
    ctx.req.resume();
    return openSession(ctx, algorithm);
  }
  if (digest && !has("single-post-ignored")) {
    const problem = checkDigest(ctx, digest);
    if (problem) {
      refuseBody(ctx.req, ctx.res);
      return reply.error(400, "DIGEST_INVALID", problem);
    }
    const session = await ctx.blobs.startUpload();
    await session.append(ctx.req);
    return complete(ctx, { repo: ctx.repoName, session, algorithm }, digest);
  }
  if (digest && has("single-post-ignored")) {
    ctx.req.resume();
    return reply.empty(201, { location: `/v2/${ctx.repoName}/blobs/${digest}` });
  }
  ctx.req.resume();
  return openSession(ctx, algorithm);
};
function findUpload(ctx) {
  const upload = ctx.uploads.get(ctx.reference);
  return upload && upload.repo === ctx.repoName ? upload : void 0;
}
function progressHeaders(ctx, upload, withRange = true) {
  const size = upload.session.size();
  return {
    location: uploadLocation(ctx.repoName, upload.session.id),
    "docker-upload-uuid": upload.session.id,
    // An empty session has no last byte; "0-0" is what registries conventionally answer.
    ...withRange ? { range: `0-${Math.max(0, size - 1)}` } : {}
  };
}
async function appendChunk(ctx, upload, final) {
  const contentRange = ctx.req.headers["content-range"];
  if (contentRange) {
    const parsed = parseContentRange(contentRange);
    if (!parsed || parsed.start !== upload.session.size() && !ctx.has("chunk-out-of-order-accepted")) {
      ctx.req.resume();
      ctx.reply.empty(416, progressHeaders(ctx, upload));
      return false;
    }
  }
  const length = Number(ctx.req.headers["content-length"] ?? NaN);
  const min = ctx.options.chunkMinLength;
  if (!final && min && Number.isFinite(length) && length < min) {
    ctx.req.resume();
    ctx.reply.error(416, "BLOB_UPLOAD_INVALID", `chunks must be at least ${min} bytes`, progressHeaders(ctx, upload));
    return false;
  }
  await upload.session.append(ctx.req);
  return true;
}
var patchUpload = async (ctx) => {
  const upload = findUpload(ctx);
  if (!upload) {
    ctx.req.resume();
    return ctx.reply.error(404, "BLOB_UPLOAD_UNKNOWN", "upload unknown");
  }
  if (!await appendChunk(ctx, upload, false)) return;
  ctx.reply.empty(202, progressHeaders(ctx, upload));
};
var uploadStatus = async (ctx) => {
  const upload = findUpload(ctx);
  if (!upload) return ctx.reply.error(404, "BLOB_UPLOAD_UNKNOWN", "upload unknown");
  ctx.reply.empty(204, progressHeaders(ctx, upload, !ctx.has("upload-status-no-range")));
};
var cancelUpload = async (ctx) => {
  const upload = findUpload(ctx);
  if (!upload) return ctx.reply.error(404, "BLOB_UPLOAD_UNKNOWN", "upload unknown");
  if (!ctx.has("upload-cancel-ignored")) {
    ctx.uploads.delete(ctx.reference);
    await upload.session.abort();
  }
  ctx.reply.empty(204);
};
var putUpload = async (ctx) => {
  const upload = findUpload(ctx);
  if (!upload) {
    ctx.req.resume();
    return ctx.reply.error(404, "BLOB_UPLOAD_UNKNOWN", "upload unknown");
  }
  const digest = ctx.url.searchParams.get("digest");
  const problem = checkDigest(ctx, digest);
  if (problem) {
    refuseBody(ctx.req, ctx.res);
    return ctx.reply.error(400, "DIGEST_INVALID", problem);
  }
  if (!await appendChunk(ctx, upload, true)) return;
  ctx.uploads.delete(ctx.reference);
  return complete(ctx, upload, digest);
};
async function complete(ctx, upload, digest) {
  const algorithm = digest.startsWith("sha512:") ? "sha512" : "sha256";
  const actual = upload.session.digest(algorithm);
  if (actual !== digest && !ctx.has("upload-digest-unchecked")) {
    await upload.session.abort();
    return ctx.reply.error(400, "DIGEST_INVALID", `content hashes to ${actual}, not ${digest}`);
  }
  if (upload.session.size() === 0 && ctx.has("empty-blob-rejected")) {
    await upload.session.abort();
    return ctx.reply.error(400, "SIZE_INVALID", "empty blob");
  }
  await upload.session.commit(digest);
  created(ctx, digest);
}

// src/reference/tags.ts
import { createHash as createHash2 } from "node:crypto";
function lexical(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
function page(all, n, last, ignoreN, ignoreLast) {
  let items = all;
  if (last !== null && !ignoreLast) items = items.filter((t) => lexical(t, last) > 0);
  const limit = n === null || ignoreN ? void 0 : Number(n);
  const more = limit !== void 0 && items.length > limit;
  return { items: limit === void 0 ? items : items.slice(0, limit), more, limit };
}
var PLAIN_LISTING_PAGE = 5;
var listTags = async (ctx) => {
  const { has, reply, url } = ctx;
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo) return has("tags-unknown-repo-200") ? reply.json(200, { name: ctx.repoName, tags: [] }) : unknownRepository(ctx);
  const n = url.searchParams.get("n");
  if (n !== null && !/^\d+$/.test(n)) return reply.error(400, "UNSUPPORTED", "n must be a non-negative integer");
  const sorted = [...repo.tags.keys()].sort(lexical);
  const plainPages = n === null && has("tags-paginated");
  const { items, more, limit } = page(sorted, plainPages ? String(PLAIN_LISTING_PAGE) : n, url.searchParams.get("last"), has("tags-ignore-n"), has("tags-ignore-last"));
  let tags = items;
  if (has("tags-unsorted")) tags = [...tags].sort((a, b) => hash(a) < hash(b) ? -1 : 1);
  const headers = {};
  if (has("tags-short-page") && limit !== void 0 && tags.length === limit && limit > 1) tags = tags.slice(0, limit - 1);
  else if (more && tags.length > 0 && limit) {
    const next = new URLSearchParams(plainPages ? { last: tags[tags.length - 1] } : { n: String(limit), last: tags[tags.length - 1] });
    headers.link = has("tags-bad-link") ? `</v2/${ctx.repoName}/tags/list?${next}>` : `</v2/${ctx.repoName}/tags/list?${next}>; rel="next"`;
  }
  reply.json(200, has("tags-missing-name") ? { tags } : { name: ctx.repoName, tags }, headers);
};
function hash(s) {
  return createHash2("sha256").update(s).digest("hex");
}
var listCatalog = async (ctx) => {
  const { items, more, limit } = page(ctx.repos.names(), ctx.url.searchParams.get("n"), ctx.url.searchParams.get("last"), false, false);
  const headers = {};
  if (more && limit) headers.link = `</v2/_catalog?${new URLSearchParams({ n: String(limit), last: items[items.length - 1] })}>; rel="next"`;
  ctx.reply.json(200, { repositories: items }, headers);
};

// src/reference/object-storage.ts
import { createHmac as createHmac2, randomBytes as randomBytes2 } from "node:crypto";
import { createServer } from "node:http";
async function startObjectStorage(blobs, host = "127.0.0.1") {
  const key = randomBytes2(16);
  const sign2 = (digest) => createHmac2("sha256", key).update(digest).digest("hex");
  const server = createServer((req, res) => {
    req.resume();
    const url2 = new URL(req.url ?? "/", "http://storage");
    const digest = decodeURIComponent(url2.pathname.replace(/^\/bucket\//, ""));
    const refuse = (status, code) => {
      res.writeHead(status, { "content-type": "application/xml" }).end(`<Error><Code>${code}</Code></Error>`);
    };
    if (req.headers.authorization) return refuse(400, "InvalidArgument: Only one auth mechanism allowed");
    if (req.method !== "GET" && req.method !== "HEAD") return refuse(405, "MethodNotAllowed");
    if (url2.searchParams.get("X-Amz-Signature") !== sign2(digest)) return refuse(403, "SignatureDoesNotMatch");
    const size = blobs.size(digest);
    if (size === void 0) return refuse(404, "NoSuchKey");
    const headers = { "content-type": "application/octet-stream", "accept-ranges": "bytes" };
    let selected;
    if (req.headers.range) {
      const parsed = parseRange(req.headers.range);
      selected = parsed && resolveRange(parsed, size);
      if (!selected) return void res.writeHead(416, { "content-range": `bytes */${size}` }).end();
      headers["content-range"] = formatContentRange({ ...selected, total: size });
    }
    headers["content-length"] = String(selected ? selected.end - selected.start + 1 : size);
    res.writeHead(selected ? 206 : 200, headers);
    if (req.method === "HEAD") return void res.end();
    blobs.read(digest, selected).pipe(res);
  });
  server.keepAliveTimeout = 5e3;
  await new Promise((resolve2) => server.listen(0, host, resolve2));
  const url = `http://${host}:${server.address().port}`;
  return {
    url,
    signedUrl: (digest) => `${url}/bucket/${encodeURIComponent(digest)}?X-Amz-Expires=300&X-Amz-Signature=${sign2(digest)}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve2) => server.close(resolve2));
    }
  };
}

// src/reference/index.ts
var REFERENCE_REFERRERS_PAGE_SIZE = 10;
var NAME = "[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:\\/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*";
var TAG_OR_DIGEST = "[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}|[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+";
var ROUTES = [
  { method: ["GET", "HEAD"], pattern: new RegExp(`^/v2/(${NAME})/tags/list$`), action: "pull", handler: listTags },
  { method: ["GET"], pattern: new RegExp(`^/v2/(${NAME})/referrers/([^/]+)$`), action: "pull", handler: listReferrers },
  { method: ["GET", "HEAD"], pattern: new RegExp(`^/v2/(${NAME})/manifests/(${TAG_OR_DIGEST}|[^/]+)$`), action: "pull", handler: getManifest },
  { method: ["PUT"], pattern: new RegExp(`^/v2/(${NAME})/manifests/(${TAG_OR_DIGEST})$`), action: "push", handler: putManifest },
  { method: ["DELETE"], pattern: new RegExp(`^/v2/(${NAME})/manifests/(${TAG_OR_DIGEST})$`), action: "delete", handler: deleteManifest },
  { method: ["POST"], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/?()$`), action: "push", handler: startUpload },
  { method: ["PATCH"], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/([0-9a-f-]+)$`), action: "push", handler: patchUpload },
  { method: ["PUT"], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/([0-9a-f-]+)$`), action: "push", handler: putUpload },
  { method: ["GET"], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/([0-9a-f-]+)$`), action: "push", handler: uploadStatus },
  { method: ["DELETE"], pattern: new RegExp(`^/v2/(${NAME})/blobs/uploads/([0-9a-f-]+)$`), action: "push", handler: cancelUpload },
  { method: ["GET", "HEAD"], pattern: new RegExp(`^/v2/(${NAME})/blobs/([^/]+)$`), action: "pull", handler: getBlob },
  { method: ["DELETE"], pattern: new RegExp(`^/v2/(${NAME})/blobs/([^/]+)$`), action: "delete", handler: deleteBlob }
];
async function startReferenceRegistry(options = {}) {
  const deviations = new Set(options.deviations ?? []);
  for (const name of deviations) if (!isDeviationName(name)) throw new Error(`unknown deviation "${name}" (see DEVIATIONS and ALLOWED_DEVIATIONS)`);
  const storage = options.storage ?? "memory";
  const blobs = storage === "memory" ? createMemoryBlobStore() : await createDiskBlobStore(storage.dir);
  const repos = createRepositories();
  const uploads = /* @__PURE__ */ new Map();
  const ghosts = /* @__PURE__ */ new Map();
  const auth = createAuthenticator(options.auth ?? { kind: "none" });
  const settings = {
    maxManifestBytes: options.maxManifestBytes ?? 8 * 1024 * 1024,
    referrersPageSize: options.referrersPageSize ?? REFERENCE_REFERRERS_PAGE_SIZE,
    chunkMinLength: options.chunkMinLength
  };
  let baseUrl = "";
  const storageServer = deviations.has("blob-redirect") ? await startObjectStorage(blobs, options.host ?? "127.0.0.1") : void 0;
  const rateLimiter = deviations.has("rate-limited") ? createRateLimiter() : void 0;
  const handle = async (req, res) => {
    const url = new URL(req.url ?? "/", baseUrl);
    const method = (req.method ?? "GET").toUpperCase();
    const reply = responder(res, { enveloped: !deviations.has("errors-not-enveloped"), isHead: method === "HEAD", numericMessages: deviations.has("error-message-numeric") });
    if (deviations.has("warning-malformed")) res.setHeader("warning", '199 reference "deprecated" "Wed, 21 Oct 2015 07:28:00 GMT"');
    if (rateLimiter) {
      const limited = rateLimiter.next(method);
      for (const [name, value] of Object.entries(limited.headers)) res.setHeader(name, value);
      if (limited.refuse) {
        req.resume();
        return reply.error(429, "TOOMANYREQUESTS", "too many requests", { "retry-after": limited.retryAfter });
      }
    }
    if (url.pathname === "/token") {
      const issued = auth.issue(req, url);
      return reply.json(issued.status, issued.body);
    }
    if (url.pathname === "/v2/" || url.pathname === "/v2") {
      const challenge2 = auth.check(req, baseUrl, []);
      if (challenge2) return reply.error(401, "UNAUTHORIZED", "authentication required", { "www-authenticate": challenge2 });
      return deviations.has("ping-not-200") ? reply.error(404, "UNSUPPORTED", "not found") : reply.json(200, {});
    }
    if (url.pathname === "/v2/_catalog") {
      const challenge2 = auth.check(req, baseUrl, ["registry:catalog:*"]);
      if (challenge2) return reply.error(401, "UNAUTHORIZED", "authentication required", { "www-authenticate": challenge2 });
      return listCatalog(context(req, res, url, reply, "", "", method));
    }
    const matching = ROUTES.filter((r) => r.pattern.test(url.pathname));
    if (matching.length === 0) {
      req.resume();
      return /^\/v2\/[^/]/.test(url.pathname) && !new RegExp(`^/v2/${NAME}/`).test(url.pathname) ? reply.error(400, "NAME_INVALID", "invalid repository name") : reply.error(404, "UNSUPPORTED", `no such endpoint: ${method} ${url.pathname}`);
    }
    const route = matching.find((r) => r.method.includes(method));
    if (!route) {
      req.resume();
      return reply.error(405, "UNSUPPORTED", `${method} not allowed here`);
    }
    const [, repoName, reference] = route.pattern.exec(url.pathname);
    const scopes = [`repository:${repoName}:${route.action === "push" ? "pull,push" : route.action}`];
    const from = url.searchParams.get("from");
    if (route.handler === startUpload && from) scopes.push(`repository:${from}:pull`);
    const challenge = auth.check(req, baseUrl, scopes);
    if (challenge) {
      req.resume();
      return reply.error(401, "UNAUTHORIZED", "authentication required", deviations.has("challenge-missing") ? {} : { "www-authenticate": challenge });
    }
    if (route.action === "delete" && deviations.has("delete-disabled-405")) {
      req.resume();
      return reply.error(405, "UNSUPPORTED", "deletion is disabled");
    }
    if (route.action === "delete" && deviations.has("delete-denied")) {
      req.resume();
      return reply.error(403, "DENIED", "requested access to the resource is denied");
    }
    await route.handler(context(req, res, url, reply, repoName, decodeURIComponent(reference ?? ""), method));
  };
  const context = (req, res, url, reply, repoName, reference, method) => ({
    req,
    res,
    url,
    repoName,
    reference,
    isHead: method === "HEAD",
    reply,
    has: (deviation) => deviations.has(deviation),
    repos,
    blobs,
    uploads,
    ghosts,
    options: settings,
    storage: storageServer
  });
  const server = createServer2((req, res) => {
    handle(req, res).catch((error) => {
      options.log?.(`reference registry: ${error.stack ?? String(error)}`);
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ code: "UNKNOWN", message: "internal error" }] }));
      } else res.destroy();
    });
  });
  server.requestTimeout = 0;
  server.keepAliveTimeout = 5e3;
  await new Promise((resolve2, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve2());
  });
  const { port } = server.address();
  baseUrl = `http://${options.host ?? "127.0.0.1"}:${port}`;
  return {
    url: baseUrl,
    port,
    async close() {
      await new Promise((resolve2) => {
        server.close(() => resolve2());
        server.closeAllConnections();
      });
      for (const upload of uploads.values()) await upload.session.abort().catch(() => void 0);
      await storageServer?.close();
    }
  };
}
function createRateLimiter() {
  const counts = /* @__PURE__ */ new Map();
  let total = 0;
  return {
    next(method) {
      const count = (counts.get(method) ?? 0) + 1;
      counts.set(method, count);
      total++;
      const refuse = count % 5 === 0;
      return {
        refuse,
        retryAfter: count % 10 === 0 ? formatHttpDate(Date.now()) : "0",
        headers: { "ratelimit-limit": "100;w=21600", "ratelimit-remaining": `${refuse ? 0 : 100 - total % 100};w=21600` }
      };
    }
  };
}

// src/targets/distribution.ts
import { spawn as spawn2 } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm as rm2, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";
import { randomBytes as randomBytes4 } from "node:crypto";

// node_modules/bcryptjs/index.js
import nodeCrypto from "crypto";
var randomFallback = null;
function randomBytes3(len) {
  try {
    return crypto.getRandomValues(new Uint8Array(len));
  } catch {
  }
  try {
    return nodeCrypto.randomBytes(len);
  } catch {
  }
  if (!randomFallback) {
    throw Error(
      "Neither WebCryptoAPI nor a crypto module is available. Use bcrypt.setRandomFallback to set an alternative"
    );
  }
  return randomFallback(len);
}
function setRandomFallback(random) {
  randomFallback = random;
}
function genSaltSync(rounds, seed_length) {
  rounds = rounds || GENSALT_DEFAULT_LOG2_ROUNDS;
  if (typeof rounds !== "number")
    throw Error(
      "Illegal arguments: " + typeof rounds + ", " + typeof seed_length
    );
  if (rounds < 4) rounds = 4;
  else if (rounds > 31) rounds = 31;
  var salt = [];
  salt.push("$2b$");
  if (rounds < 10) salt.push("0");
  salt.push(rounds.toString());
  salt.push("$");
  salt.push(base64_encode(randomBytes3(BCRYPT_SALT_LEN), BCRYPT_SALT_LEN));
  return salt.join("");
}
function genSalt(rounds, seed_length, callback) {
  if (typeof seed_length === "function")
    callback = seed_length, seed_length = void 0;
  if (typeof rounds === "function") callback = rounds, rounds = void 0;
  if (typeof rounds === "undefined") rounds = GENSALT_DEFAULT_LOG2_ROUNDS;
  else if (typeof rounds !== "number")
    throw Error("illegal arguments: " + typeof rounds);
  function _async(callback2) {
    nextTick(function() {
      try {
        callback2(null, genSaltSync(rounds));
      } catch (err) {
        callback2(err);
      }
    });
  }
  if (callback) {
    if (typeof callback !== "function")
      throw Error("Illegal callback: " + typeof callback);
    _async(callback);
  } else
    return new Promise(function(resolve2, reject) {
      _async(function(err, res) {
        if (err) {
          reject(err);
          return;
        }
        resolve2(res);
      });
    });
}
function hashSync(password, salt) {
  if (typeof salt === "undefined") salt = GENSALT_DEFAULT_LOG2_ROUNDS;
  if (typeof salt === "number") salt = genSaltSync(salt);
  if (typeof password !== "string" || typeof salt !== "string")
    throw Error("Illegal arguments: " + typeof password + ", " + typeof salt);
  return _hash(password, salt);
}
function hash2(password, salt, callback, progressCallback) {
  function _async(callback2) {
    if (typeof password === "string" && typeof salt === "number")
      genSalt(salt, function(err, salt2) {
        _hash(password, salt2, callback2, progressCallback);
      });
    else if (typeof password === "string" && typeof salt === "string")
      _hash(password, salt, callback2, progressCallback);
    else
      nextTick(
        callback2.bind(
          this,
          Error("Illegal arguments: " + typeof password + ", " + typeof salt)
        )
      );
  }
  if (callback) {
    if (typeof callback !== "function")
      throw Error("Illegal callback: " + typeof callback);
    _async(callback);
  } else
    return new Promise(function(resolve2, reject) {
      _async(function(err, res) {
        if (err) {
          reject(err);
          return;
        }
        resolve2(res);
      });
    });
}
function safeStringCompare(known, unknown) {
  var diff = known.length ^ unknown.length;
  for (var i = 0; i < known.length; ++i) {
    diff |= known.charCodeAt(i) ^ unknown.charCodeAt(i);
  }
  return diff === 0;
}
function compareSync(password, hash3) {
  if (typeof password !== "string" || typeof hash3 !== "string")
    throw Error("Illegal arguments: " + typeof password + ", " + typeof hash3);
  if (hash3.length !== 60) return false;
  return safeStringCompare(
    hashSync(password, hash3.substring(0, hash3.length - 31)),
    hash3
  );
}
function compare(password, hashValue, callback, progressCallback) {
  function _async(callback2) {
    if (typeof password !== "string" || typeof hashValue !== "string") {
      nextTick(
        callback2.bind(
          this,
          Error(
            "Illegal arguments: " + typeof password + ", " + typeof hashValue
          )
        )
      );
      return;
    }
    if (hashValue.length !== 60) {
      nextTick(callback2.bind(this, null, false));
      return;
    }
    hash2(
      password,
      hashValue.substring(0, 29),
      function(err, comp) {
        if (err) callback2(err);
        else callback2(null, safeStringCompare(comp, hashValue));
      },
      progressCallback
    );
  }
  if (callback) {
    if (typeof callback !== "function")
      throw Error("Illegal callback: " + typeof callback);
    _async(callback);
  } else
    return new Promise(function(resolve2, reject) {
      _async(function(err, res) {
        if (err) {
          reject(err);
          return;
        }
        resolve2(res);
      });
    });
}
function getRounds(hash3) {
  if (typeof hash3 !== "string")
    throw Error("Illegal arguments: " + typeof hash3);
  return parseInt(hash3.split("$")[2], 10);
}
function getSalt(hash3) {
  if (typeof hash3 !== "string")
    throw Error("Illegal arguments: " + typeof hash3);
  if (hash3.length !== 60)
    throw Error("Illegal hash length: " + hash3.length + " != 60");
  return hash3.substring(0, 29);
}
function truncates(password) {
  if (typeof password !== "string")
    throw Error("Illegal arguments: " + typeof password);
  return utf8Length(password) > 72;
}
var nextTick = typeof setImmediate === "function" ? setImmediate : typeof scheduler === "object" && typeof scheduler.postTask === "function" ? scheduler.postTask.bind(scheduler) : setTimeout;
function utf8Length(string) {
  var len = 0, c = 0;
  for (var i = 0; i < string.length; ++i) {
    c = string.charCodeAt(i);
    if (c < 128) len += 1;
    else if (c < 2048) len += 2;
    else if ((c & 64512) === 55296 && (string.charCodeAt(i + 1) & 64512) === 56320) {
      ++i;
      len += 4;
    } else len += 3;
  }
  return len;
}
function utf8Array(string) {
  var offset = 0, c1, c2;
  var buffer = new Array(utf8Length(string));
  for (var i = 0, k = string.length; i < k; ++i) {
    c1 = string.charCodeAt(i);
    if (c1 < 128) {
      buffer[offset++] = c1;
    } else if (c1 < 2048) {
      buffer[offset++] = c1 >> 6 | 192;
      buffer[offset++] = c1 & 63 | 128;
    } else if ((c1 & 64512) === 55296 && ((c2 = string.charCodeAt(i + 1)) & 64512) === 56320) {
      c1 = 65536 + ((c1 & 1023) << 10) + (c2 & 1023);
      ++i;
      buffer[offset++] = c1 >> 18 | 240;
      buffer[offset++] = c1 >> 12 & 63 | 128;
      buffer[offset++] = c1 >> 6 & 63 | 128;
      buffer[offset++] = c1 & 63 | 128;
    } else {
      buffer[offset++] = c1 >> 12 | 224;
      buffer[offset++] = c1 >> 6 & 63 | 128;
      buffer[offset++] = c1 & 63 | 128;
    }
  }
  return buffer;
}
var BASE64_CODE = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".split("");
var BASE64_INDEX = [
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  0,
  1,
  54,
  55,
  56,
  57,
  58,
  59,
  60,
  61,
  62,
  63,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  12,
  13,
  14,
  15,
  16,
  17,
  18,
  19,
  20,
  21,
  22,
  23,
  24,
  25,
  26,
  27,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  28,
  29,
  30,
  31,
  32,
  33,
  34,
  35,
  36,
  37,
  38,
  39,
  40,
  41,
  42,
  43,
  44,
  45,
  46,
  47,
  48,
  49,
  50,
  51,
  52,
  53,
  -1,
  -1,
  -1,
  -1,
  -1
];
function base64_encode(b, len) {
  var off = 0, rs = [], c1, c2;
  if (len <= 0 || len > b.length) throw Error("Illegal len: " + len);
  while (off < len) {
    c1 = b[off++] & 255;
    rs.push(BASE64_CODE[c1 >> 2 & 63]);
    c1 = (c1 & 3) << 4;
    if (off >= len) {
      rs.push(BASE64_CODE[c1 & 63]);
      break;
    }
    c2 = b[off++] & 255;
    c1 |= c2 >> 4 & 15;
    rs.push(BASE64_CODE[c1 & 63]);
    c1 = (c2 & 15) << 2;
    if (off >= len) {
      rs.push(BASE64_CODE[c1 & 63]);
      break;
    }
    c2 = b[off++] & 255;
    c1 |= c2 >> 6 & 3;
    rs.push(BASE64_CODE[c1 & 63]);
    rs.push(BASE64_CODE[c2 & 63]);
  }
  return rs.join("");
}
function base64_decode(s, len) {
  var off = 0, slen = s.length, olen = 0, rs = [], c1, c2, c3, c4, o, code;
  if (len <= 0) throw Error("Illegal len: " + len);
  while (off < slen - 1 && olen < len) {
    code = s.charCodeAt(off++);
    c1 = code < BASE64_INDEX.length ? BASE64_INDEX[code] : -1;
    code = s.charCodeAt(off++);
    c2 = code < BASE64_INDEX.length ? BASE64_INDEX[code] : -1;
    if (c1 == -1 || c2 == -1) break;
    o = c1 << 2 >>> 0;
    o |= (c2 & 48) >> 4;
    rs.push(String.fromCharCode(o));
    if (++olen >= len || off >= slen) break;
    code = s.charCodeAt(off++);
    c3 = code < BASE64_INDEX.length ? BASE64_INDEX[code] : -1;
    if (c3 == -1) break;
    o = (c2 & 15) << 4 >>> 0;
    o |= (c3 & 60) >> 2;
    rs.push(String.fromCharCode(o));
    if (++olen >= len || off >= slen) break;
    code = s.charCodeAt(off++);
    c4 = code < BASE64_INDEX.length ? BASE64_INDEX[code] : -1;
    o = (c3 & 3) << 6 >>> 0;
    o |= c4;
    rs.push(String.fromCharCode(o));
    ++olen;
  }
  var res = [];
  for (off = 0; off < olen; off++) res.push(rs[off].charCodeAt(0));
  return res;
}
var BCRYPT_SALT_LEN = 16;
var GENSALT_DEFAULT_LOG2_ROUNDS = 10;
var BLOWFISH_NUM_ROUNDS = 16;
var MAX_EXECUTION_TIME = 100;
var P_ORIG = [
  608135816,
  2242054355,
  320440878,
  57701188,
  2752067618,
  698298832,
  137296536,
  3964562569,
  1160258022,
  953160567,
  3193202383,
  887688300,
  3232508343,
  3380367581,
  1065670069,
  3041331479,
  2450970073,
  2306472731
];
var S_ORIG = [
  3509652390,
  2564797868,
  805139163,
  3491422135,
  3101798381,
  1780907670,
  3128725573,
  4046225305,
  614570311,
  3012652279,
  134345442,
  2240740374,
  1667834072,
  1901547113,
  2757295779,
  4103290238,
  227898511,
  1921955416,
  1904987480,
  2182433518,
  2069144605,
  3260701109,
  2620446009,
  720527379,
  3318853667,
  677414384,
  3393288472,
  3101374703,
  2390351024,
  1614419982,
  1822297739,
  2954791486,
  3608508353,
  3174124327,
  2024746970,
  1432378464,
  3864339955,
  2857741204,
  1464375394,
  1676153920,
  1439316330,
  715854006,
  3033291828,
  289532110,
  2706671279,
  2087905683,
  3018724369,
  1668267050,
  732546397,
  1947742710,
  3462151702,
  2609353502,
  2950085171,
  1814351708,
  2050118529,
  680887927,
  999245976,
  1800124847,
  3300911131,
  1713906067,
  1641548236,
  4213287313,
  1216130144,
  1575780402,
  4018429277,
  3917837745,
  3693486850,
  3949271944,
  596196993,
  3549867205,
  258830323,
  2213823033,
  772490370,
  2760122372,
  1774776394,
  2652871518,
  566650946,
  4142492826,
  1728879713,
  2882767088,
  1783734482,
  3629395816,
  2517608232,
  2874225571,
  1861159788,
  326777828,
  3124490320,
  2130389656,
  2716951837,
  967770486,
  1724537150,
  2185432712,
  2364442137,
  1164943284,
  2105845187,
  998989502,
  3765401048,
  2244026483,
  1075463327,
  1455516326,
  1322494562,
  910128902,
  469688178,
  1117454909,
  936433444,
  3490320968,
  3675253459,
  1240580251,
  122909385,
  2157517691,
  634681816,
  4142456567,
  3825094682,
  3061402683,
  2540495037,
  79693498,
  3249098678,
  1084186820,
  1583128258,
  426386531,
  1761308591,
  1047286709,
  322548459,
  995290223,
  1845252383,
  2603652396,
  3431023940,
  2942221577,
  3202600964,
  3727903485,
  1712269319,
  422464435,
  3234572375,
  1170764815,
  3523960633,
  3117677531,
  1434042557,
  442511882,
  3600875718,
  1076654713,
  1738483198,
  4213154764,
  2393238008,
  3677496056,
  1014306527,
  4251020053,
  793779912,
  2902807211,
  842905082,
  4246964064,
  1395751752,
  1040244610,
  2656851899,
  3396308128,
  445077038,
  3742853595,
  3577915638,
  679411651,
  2892444358,
  2354009459,
  1767581616,
  3150600392,
  3791627101,
  3102740896,
  284835224,
  4246832056,
  1258075500,
  768725851,
  2589189241,
  3069724005,
  3532540348,
  1274779536,
  3789419226,
  2764799539,
  1660621633,
  3471099624,
  4011903706,
  913787905,
  3497959166,
  737222580,
  2514213453,
  2928710040,
  3937242737,
  1804850592,
  3499020752,
  2949064160,
  2386320175,
  2390070455,
  2415321851,
  4061277028,
  2290661394,
  2416832540,
  1336762016,
  1754252060,
  3520065937,
  3014181293,
  791618072,
  3188594551,
  3933548030,
  2332172193,
  3852520463,
  3043980520,
  413987798,
  3465142937,
  3030929376,
  4245938359,
  2093235073,
  3534596313,
  375366246,
  2157278981,
  2479649556,
  555357303,
  3870105701,
  2008414854,
  3344188149,
  4221384143,
  3956125452,
  2067696032,
  3594591187,
  2921233993,
  2428461,
  544322398,
  577241275,
  1471733935,
  610547355,
  4027169054,
  1432588573,
  1507829418,
  2025931657,
  3646575487,
  545086370,
  48609733,
  2200306550,
  1653985193,
  298326376,
  1316178497,
  3007786442,
  2064951626,
  458293330,
  2589141269,
  3591329599,
  3164325604,
  727753846,
  2179363840,
  146436021,
  1461446943,
  4069977195,
  705550613,
  3059967265,
  3887724982,
  4281599278,
  3313849956,
  1404054877,
  2845806497,
  146425753,
  1854211946,
  1266315497,
  3048417604,
  3681880366,
  3289982499,
  290971e4,
  1235738493,
  2632868024,
  2414719590,
  3970600049,
  1771706367,
  1449415276,
  3266420449,
  422970021,
  1963543593,
  2690192192,
  3826793022,
  1062508698,
  1531092325,
  1804592342,
  2583117782,
  2714934279,
  4024971509,
  1294809318,
  4028980673,
  1289560198,
  2221992742,
  1669523910,
  35572830,
  157838143,
  1052438473,
  1016535060,
  1802137761,
  1753167236,
  1386275462,
  3080475397,
  2857371447,
  1040679964,
  2145300060,
  2390574316,
  1461121720,
  2956646967,
  4031777805,
  4028374788,
  33600511,
  2920084762,
  1018524850,
  629373528,
  3691585981,
  3515945977,
  2091462646,
  2486323059,
  586499841,
  988145025,
  935516892,
  3367335476,
  2599673255,
  2839830854,
  265290510,
  3972581182,
  2759138881,
  3795373465,
  1005194799,
  847297441,
  406762289,
  1314163512,
  1332590856,
  1866599683,
  4127851711,
  750260880,
  613907577,
  1450815602,
  3165620655,
  3734664991,
  3650291728,
  3012275730,
  3704569646,
  1427272223,
  778793252,
  1343938022,
  2676280711,
  2052605720,
  1946737175,
  3164576444,
  3914038668,
  3967478842,
  3682934266,
  1661551462,
  3294938066,
  4011595847,
  840292616,
  3712170807,
  616741398,
  312560963,
  711312465,
  1351876610,
  322626781,
  1910503582,
  271666773,
  2175563734,
  1594956187,
  70604529,
  3617834859,
  1007753275,
  1495573769,
  4069517037,
  2549218298,
  2663038764,
  504708206,
  2263041392,
  3941167025,
  2249088522,
  1514023603,
  1998579484,
  1312622330,
  694541497,
  2582060303,
  2151582166,
  1382467621,
  776784248,
  2618340202,
  3323268794,
  2497899128,
  2784771155,
  503983604,
  4076293799,
  907881277,
  423175695,
  432175456,
  1378068232,
  4145222326,
  3954048622,
  3938656102,
  3820766613,
  2793130115,
  2977904593,
  26017576,
  3274890735,
  3194772133,
  1700274565,
  1756076034,
  4006520079,
  3677328699,
  720338349,
  1533947780,
  354530856,
  688349552,
  3973924725,
  1637815568,
  332179504,
  3949051286,
  53804574,
  2852348879,
  3044236432,
  1282449977,
  3583942155,
  3416972820,
  4006381244,
  1617046695,
  2628476075,
  3002303598,
  1686838959,
  431878346,
  2686675385,
  1700445008,
  1080580658,
  1009431731,
  832498133,
  3223435511,
  2605976345,
  2271191193,
  2516031870,
  1648197032,
  4164389018,
  2548247927,
  300782431,
  375919233,
  238389289,
  3353747414,
  2531188641,
  2019080857,
  1475708069,
  455242339,
  2609103871,
  448939670,
  3451063019,
  1395535956,
  2413381860,
  1841049896,
  1491858159,
  885456874,
  4264095073,
  4001119347,
  1565136089,
  3898914787,
  1108368660,
  540939232,
  1173283510,
  2745871338,
  3681308437,
  4207628240,
  3343053890,
  4016749493,
  1699691293,
  1103962373,
  3625875870,
  2256883143,
  3830138730,
  1031889488,
  3479347698,
  1535977030,
  4236805024,
  3251091107,
  2132092099,
  1774941330,
  1199868427,
  1452454533,
  157007616,
  2904115357,
  342012276,
  595725824,
  1480756522,
  206960106,
  497939518,
  591360097,
  863170706,
  2375253569,
  3596610801,
  1814182875,
  2094937945,
  3421402208,
  1082520231,
  3463918190,
  2785509508,
  435703966,
  3908032597,
  1641649973,
  2842273706,
  3305899714,
  1510255612,
  2148256476,
  2655287854,
  3276092548,
  4258621189,
  236887753,
  3681803219,
  274041037,
  1734335097,
  3815195456,
  3317970021,
  1899903192,
  1026095262,
  4050517792,
  356393447,
  2410691914,
  3873677099,
  3682840055,
  3913112168,
  2491498743,
  4132185628,
  2489919796,
  1091903735,
  1979897079,
  3170134830,
  3567386728,
  3557303409,
  857797738,
  1136121015,
  1342202287,
  507115054,
  2535736646,
  337727348,
  3213592640,
  1301675037,
  2528481711,
  1895095763,
  1721773893,
  3216771564,
  62756741,
  2142006736,
  835421444,
  2531993523,
  1442658625,
  3659876326,
  2882144922,
  676362277,
  1392781812,
  170690266,
  3921047035,
  1759253602,
  3611846912,
  1745797284,
  664899054,
  1329594018,
  3901205900,
  3045908486,
  2062866102,
  2865634940,
  3543621612,
  3464012697,
  1080764994,
  553557557,
  3656615353,
  3996768171,
  991055499,
  499776247,
  1265440854,
  648242737,
  3940784050,
  980351604,
  3713745714,
  1749149687,
  3396870395,
  4211799374,
  3640570775,
  1161844396,
  3125318951,
  1431517754,
  545492359,
  4268468663,
  3499529547,
  1437099964,
  2702547544,
  3433638243,
  2581715763,
  2787789398,
  1060185593,
  1593081372,
  2418618748,
  4260947970,
  69676912,
  2159744348,
  86519011,
  2512459080,
  3838209314,
  1220612927,
  3339683548,
  133810670,
  1090789135,
  1078426020,
  1569222167,
  845107691,
  3583754449,
  4072456591,
  1091646820,
  628848692,
  1613405280,
  3757631651,
  526609435,
  236106946,
  48312990,
  2942717905,
  3402727701,
  1797494240,
  859738849,
  992217954,
  4005476642,
  2243076622,
  3870952857,
  3732016268,
  765654824,
  3490871365,
  2511836413,
  1685915746,
  3888969200,
  1414112111,
  2273134842,
  3281911079,
  4080962846,
  172450625,
  2569994100,
  980381355,
  4109958455,
  2819808352,
  2716589560,
  2568741196,
  3681446669,
  3329971472,
  1835478071,
  660984891,
  3704678404,
  4045999559,
  3422617507,
  3040415634,
  1762651403,
  1719377915,
  3470491036,
  2693910283,
  3642056355,
  3138596744,
  1364962596,
  2073328063,
  1983633131,
  926494387,
  3423689081,
  2150032023,
  4096667949,
  1749200295,
  3328846651,
  309677260,
  2016342300,
  1779581495,
  3079819751,
  111262694,
  1274766160,
  443224088,
  298511866,
  1025883608,
  3806446537,
  1145181785,
  168956806,
  3641502830,
  3584813610,
  1689216846,
  3666258015,
  3200248200,
  1692713982,
  2646376535,
  4042768518,
  1618508792,
  1610833997,
  3523052358,
  4130873264,
  2001055236,
  3610705100,
  2202168115,
  4028541809,
  2961195399,
  1006657119,
  2006996926,
  3186142756,
  1430667929,
  3210227297,
  1314452623,
  4074634658,
  4101304120,
  2273951170,
  1399257539,
  3367210612,
  3027628629,
  1190975929,
  2062231137,
  2333990788,
  2221543033,
  2438960610,
  1181637006,
  548689776,
  2362791313,
  3372408396,
  3104550113,
  3145860560,
  296247880,
  1970579870,
  3078560182,
  3769228297,
  1714227617,
  3291629107,
  3898220290,
  166772364,
  1251581989,
  493813264,
  448347421,
  195405023,
  2709975567,
  677966185,
  3703036547,
  1463355134,
  2715995803,
  1338867538,
  1343315457,
  2802222074,
  2684532164,
  233230375,
  2599980071,
  2000651841,
  3277868038,
  1638401717,
  4028070440,
  3237316320,
  6314154,
  819756386,
  300326615,
  590932579,
  1405279636,
  3267499572,
  3150704214,
  2428286686,
  3959192993,
  3461946742,
  1862657033,
  1266418056,
  963775037,
  2089974820,
  2263052895,
  1917689273,
  448879540,
  3550394620,
  3981727096,
  150775221,
  3627908307,
  1303187396,
  508620638,
  2975983352,
  2726630617,
  1817252668,
  1876281319,
  1457606340,
  908771278,
  3720792119,
  3617206836,
  2455994898,
  1729034894,
  1080033504,
  976866871,
  3556439503,
  2881648439,
  1522871579,
  1555064734,
  1336096578,
  3548522304,
  2579274686,
  3574697629,
  3205460757,
  3593280638,
  3338716283,
  3079412587,
  564236357,
  2993598910,
  1781952180,
  1464380207,
  3163844217,
  3332601554,
  1699332808,
  1393555694,
  1183702653,
  3581086237,
  1288719814,
  691649499,
  2847557200,
  2895455976,
  3193889540,
  2717570544,
  1781354906,
  1676643554,
  2592534050,
  3230253752,
  1126444790,
  2770207658,
  2633158820,
  2210423226,
  2615765581,
  2414155088,
  3127139286,
  673620729,
  2805611233,
  1269405062,
  4015350505,
  3341807571,
  4149409754,
  1057255273,
  2012875353,
  2162469141,
  2276492801,
  2601117357,
  993977747,
  3918593370,
  2654263191,
  753973209,
  36408145,
  2530585658,
  25011837,
  3520020182,
  2088578344,
  530523599,
  2918365339,
  1524020338,
  1518925132,
  3760827505,
  3759777254,
  1202760957,
  3985898139,
  3906192525,
  674977740,
  4174734889,
  2031300136,
  2019492241,
  3983892565,
  4153806404,
  3822280332,
  352677332,
  2297720250,
  60907813,
  90501309,
  3286998549,
  1016092578,
  2535922412,
  2839152426,
  457141659,
  509813237,
  4120667899,
  652014361,
  1966332200,
  2975202805,
  55981186,
  2327461051,
  676427537,
  3255491064,
  2882294119,
  3433927263,
  1307055953,
  942726286,
  933058658,
  2468411793,
  3933900994,
  4215176142,
  1361170020,
  2001714738,
  2830558078,
  3274259782,
  1222529897,
  1679025792,
  2729314320,
  3714953764,
  1770335741,
  151462246,
  3013232138,
  1682292957,
  1483529935,
  471910574,
  1539241949,
  458788160,
  3436315007,
  1807016891,
  3718408830,
  978976581,
  1043663428,
  3165965781,
  1927990952,
  4200891579,
  2372276910,
  3208408903,
  3533431907,
  1412390302,
  2931980059,
  4132332400,
  1947078029,
  3881505623,
  4168226417,
  2941484381,
  1077988104,
  1320477388,
  886195818,
  18198404,
  3786409e3,
  2509781533,
  112762804,
  3463356488,
  1866414978,
  891333506,
  18488651,
  661792760,
  1628790961,
  3885187036,
  3141171499,
  876946877,
  2693282273,
  1372485963,
  791857591,
  2686433993,
  3759982718,
  3167212022,
  3472953795,
  2716379847,
  445679433,
  3561995674,
  3504004811,
  3574258232,
  54117162,
  3331405415,
  2381918588,
  3769707343,
  4154350007,
  1140177722,
  4074052095,
  668550556,
  3214352940,
  367459370,
  261225585,
  2610173221,
  4209349473,
  3468074219,
  3265815641,
  314222801,
  3066103646,
  3808782860,
  282218597,
  3406013506,
  3773591054,
  379116347,
  1285071038,
  846784868,
  2669647154,
  3771962079,
  3550491691,
  2305946142,
  453669953,
  1268987020,
  3317592352,
  3279303384,
  3744833421,
  2610507566,
  3859509063,
  266596637,
  3847019092,
  517658769,
  3462560207,
  3443424879,
  370717030,
  4247526661,
  2224018117,
  4143653529,
  4112773975,
  2788324899,
  2477274417,
  1456262402,
  2901442914,
  1517677493,
  1846949527,
  2295493580,
  3734397586,
  2176403920,
  1280348187,
  1908823572,
  3871786941,
  846861322,
  1172426758,
  3287448474,
  3383383037,
  1655181056,
  3139813346,
  901632758,
  1897031941,
  2986607138,
  3066810236,
  3447102507,
  1393639104,
  373351379,
  950779232,
  625454576,
  3124240540,
  4148612726,
  2007998917,
  544563296,
  2244738638,
  2330496472,
  2058025392,
  1291430526,
  424198748,
  50039436,
  29584100,
  3605783033,
  2429876329,
  2791104160,
  1057563949,
  3255363231,
  3075367218,
  3463963227,
  1469046755,
  985887462
];
var C_ORIG = [
  1332899944,
  1700884034,
  1701343084,
  1684370003,
  1668446532,
  1869963892
];
function _encipher(lr, off, P, S) {
  var n, l = lr[off], r = lr[off + 1];
  l ^= P[0];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[1];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[2];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[3];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[4];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[5];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[6];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[7];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[8];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[9];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[10];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[11];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[12];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[13];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[14];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[15];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[16];
  lr[off] = r ^ P[BLOWFISH_NUM_ROUNDS + 1];
  lr[off + 1] = l;
  return lr;
}
function _streamtoword(data, offp) {
  for (var i = 0, word = 0; i < 4; ++i)
    word = word << 8 | data[offp] & 255, offp = (offp + 1) % data.length;
  return { key: word, offp };
}
function _key(key, P, S) {
  var offset = 0, lr = [0, 0], plen = P.length, slen = S.length, sw;
  for (var i = 0; i < plen; i++)
    sw = _streamtoword(key, offset), offset = sw.offp, P[i] = P[i] ^ sw.key;
  for (i = 0; i < plen; i += 2)
    lr = _encipher(lr, 0, P, S), P[i] = lr[0], P[i + 1] = lr[1];
  for (i = 0; i < slen; i += 2)
    lr = _encipher(lr, 0, P, S), S[i] = lr[0], S[i + 1] = lr[1];
}
function _ekskey(data, key, P, S) {
  var offp = 0, lr = [0, 0], plen = P.length, slen = S.length, sw;
  for (var i = 0; i < plen; i++)
    sw = _streamtoword(key, offp), offp = sw.offp, P[i] = P[i] ^ sw.key;
  offp = 0;
  for (i = 0; i < plen; i += 2)
    sw = _streamtoword(data, offp), offp = sw.offp, lr[0] ^= sw.key, sw = _streamtoword(data, offp), offp = sw.offp, lr[1] ^= sw.key, lr = _encipher(lr, 0, P, S), P[i] = lr[0], P[i + 1] = lr[1];
  for (i = 0; i < slen; i += 2)
    sw = _streamtoword(data, offp), offp = sw.offp, lr[0] ^= sw.key, sw = _streamtoword(data, offp), offp = sw.offp, lr[1] ^= sw.key, lr = _encipher(lr, 0, P, S), S[i] = lr[0], S[i + 1] = lr[1];
}
function _crypt(b, salt, rounds, callback, progressCallback) {
  var cdata = C_ORIG.slice(), clen = cdata.length, err;
  if (rounds < 4 || rounds > 31) {
    err = Error("Illegal number of rounds (4-31): " + rounds);
    if (callback) {
      nextTick(callback.bind(this, err));
      return;
    } else throw err;
  }
  if (salt.length !== BCRYPT_SALT_LEN) {
    err = Error(
      "Illegal salt length: " + salt.length + " != " + BCRYPT_SALT_LEN
    );
    if (callback) {
      nextTick(callback.bind(this, err));
      return;
    } else throw err;
  }
  rounds = 1 << rounds >>> 0;
  var P, S, i = 0, j;
  if (typeof Int32Array === "function") {
    P = new Int32Array(P_ORIG);
    S = new Int32Array(S_ORIG);
  } else {
    P = P_ORIG.slice();
    S = S_ORIG.slice();
  }
  _ekskey(salt, b, P, S);
  function next() {
    if (progressCallback) progressCallback(i / rounds);
    if (i < rounds) {
      var start = Date.now();
      for (; i < rounds; ) {
        i = i + 1;
        _key(b, P, S);
        _key(salt, P, S);
        if (Date.now() - start > MAX_EXECUTION_TIME) break;
      }
    } else {
      for (i = 0; i < 64; i++)
        for (j = 0; j < clen >> 1; j++) _encipher(cdata, j << 1, P, S);
      var ret = [];
      for (i = 0; i < clen; i++)
        ret.push((cdata[i] >> 24 & 255) >>> 0), ret.push((cdata[i] >> 16 & 255) >>> 0), ret.push((cdata[i] >> 8 & 255) >>> 0), ret.push((cdata[i] & 255) >>> 0);
      if (callback) {
        callback(null, ret);
        return;
      } else return ret;
    }
    if (callback) nextTick(next);
  }
  if (typeof callback !== "undefined") {
    next();
  } else {
    var res;
    while (true) if (typeof (res = next()) !== "undefined") return res || [];
  }
}
function _hash(password, salt, callback, progressCallback) {
  var err;
  if (typeof password !== "string" || typeof salt !== "string") {
    err = Error("Invalid string / salt: Not a string");
    if (callback) {
      nextTick(callback.bind(this, err));
      return;
    } else throw err;
  }
  var minor, offset;
  if (salt.charAt(0) !== "$" || salt.charAt(1) !== "2") {
    err = Error("Invalid salt version: " + salt.substring(0, 2));
    if (callback) {
      nextTick(callback.bind(this, err));
      return;
    } else throw err;
  }
  if (salt.charAt(2) === "$") minor = String.fromCharCode(0), offset = 3;
  else {
    minor = salt.charAt(2);
    if (minor !== "a" && minor !== "b" && minor !== "y" || salt.charAt(3) !== "$") {
      err = Error("Invalid salt revision: " + salt.substring(2, 4));
      if (callback) {
        nextTick(callback.bind(this, err));
        return;
      } else throw err;
    }
    offset = 4;
  }
  if (salt.charAt(offset + 2) > "$") {
    err = Error("Missing salt rounds");
    if (callback) {
      nextTick(callback.bind(this, err));
      return;
    } else throw err;
  }
  var r1 = parseInt(salt.substring(offset, offset + 1), 10) * 10, r2 = parseInt(salt.substring(offset + 1, offset + 2), 10), rounds = r1 + r2, real_salt = salt.substring(offset + 3, offset + 25);
  password += minor >= "a" ? "\0" : "";
  var passwordb = utf8Array(password), saltb = base64_decode(real_salt, BCRYPT_SALT_LEN);
  function finish(bytes) {
    var res = [];
    res.push("$2");
    if (minor >= "a") res.push(minor);
    res.push("$");
    if (rounds < 10) res.push("0");
    res.push(rounds.toString());
    res.push("$");
    res.push(base64_encode(saltb, saltb.length));
    res.push(base64_encode(bytes, C_ORIG.length * 4 - 1));
    return res.join("");
  }
  if (typeof callback == "undefined")
    return finish(_crypt(passwordb, saltb, rounds));
  else {
    _crypt(
      passwordb,
      saltb,
      rounds,
      function(err2, bytes) {
        if (err2) callback(err2, null);
        else callback(null, finish(bytes));
      },
      progressCallback
    );
  }
}
function encodeBase64(bytes, length) {
  return base64_encode(bytes, length);
}
function decodeBase64(string, length) {
  return base64_decode(string, length);
}
var bcryptjs_default = {
  setRandomFallback,
  genSaltSync,
  genSalt,
  hashSync,
  hash: hash2,
  compareSync,
  compare,
  getRounds,
  getSalt,
  truncates,
  encodeBase64,
  decodeBase64
};

// src/targets/free-port.ts
import { createServer as createServer3 } from "node:net";
function freePort() {
  return new Promise((resolve2, reject) => {
    const server = createServer3();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve2(port));
    });
  });
}

// src/targets/distribution.ts
var DEFAULT_DISTRIBUTION_BINARY = "/usr/bin/docker-registry";
function findDistributionBinary(binary) {
  const path = binary ?? DEFAULT_DISTRIBUTION_BINARY;
  return existsSync(path) ? path : void 0;
}
function configYaml(dir, port, options) {
  const lines = [
    "version: 0.1",
    "log:",
    "  level: warn",
    "  accesslog:",
    "    disabled: true",
    "storage:",
    "  filesystem:",
    `    rootdirectory: ${join3(dir, "data")}`,
    "  delete:",
    `    enabled: ${options.deleteEnabled ?? true}`,
    "  maintenance:",
    "    uploadpurging:",
    "      enabled: false",
    "http:",
    `  addr: 127.0.0.1:${port}`,
    `  secret: ${randomBytes4(16).toString("hex")}`
  ];
  const auth = options.auth ?? { kind: "none" };
  if (auth.kind === "htpasswd") {
    lines.push("auth:", "  htpasswd:", "    realm: oci-matrix", `    path: ${join3(dir, "htpasswd")}`);
  } else if (auth.kind === "token") {
    lines.push(
      "auth:",
      "  token:",
      `    realm: ${auth.realm}`,
      `    service: ${auth.service}`,
      `    issuer: ${auth.issuer}`,
      `    rootcertbundle: ${join3(dir, "token-root.pem")}`
    );
  }
  return `${lines.join("\n")}
`;
}
async function startDistribution(options = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (attempt >= 3 || !/address already in use|exited with code/.test(error.message)) throw error;
    }
  }
}
async function startOnce(options) {
  const binary = findDistributionBinary(options.binary);
  if (!binary) throw new Error(`${options.binary ?? DEFAULT_DISTRIBUTION_BINARY} not found: install it with "apt-get install docker-registry"`);
  const dir = await mkdtemp(join3(tmpdir(), "oci-matrix-distribution-"));
  const port = await freePort();
  const auth = options.auth ?? { kind: "none" };
  if (auth.kind === "htpasswd") await writeFile(join3(dir, "htpasswd"), `${auth.username}:${bcryptjs_default.hashSync(auth.password, 4)}
`);
  if (auth.kind === "token") await writeFile(join3(dir, "token-root.pem"), auth.rootCertBundlePem);
  await writeFile(join3(dir, "config.yml"), configYaml(dir, port, options));
  const child = spawn2(binary, ["serve", join3(dir, "config.yml")], { stdio: ["ignore", "pipe", "pipe"] });
  const output = [];
  const collect = (chunk) => {
    for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
      output.push(line);
      if (output.length > 40) output.shift();
      options.log?.(line);
    }
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    await stopProcess(child);
    await rm2(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url, child, options.startupTimeoutMs ?? 2e4, output);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, close };
}
async function waitUntilServing(url, child, timeoutMs, output) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with code ${child.exitCode}: ${output.slice(-5).join(" | ")}`);
    try {
      const response = await fetch(`${url}/v2/`);
      await response.arrayBuffer();
      if (response.status === 200 || response.status === 401) return;
    } catch {
    }
    await new Promise((resolve2) => setTimeout(resolve2, 100));
  }
  throw new Error(`docker-registry did not answer on ${url} within ${timeoutMs} ms: ${output.slice(-5).join(" | ")}`);
}
function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve2) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 5e3);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve2();
    });
    child.kill("SIGTERM");
  });
}

// src/targets/token-issuer.ts
import { createServer as createServer4 } from "node:http";
import { createPrivateKey, randomBytes as randomBytes5, sign, timingSafeEqual as timingSafeEqual2 } from "node:crypto";
import { execFile } from "node:child_process";
import { mkdtemp as mkdtemp2, readFile as readFile2, rm as rm3 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join4 } from "node:path";
import { promisify } from "node:util";
var run2 = promisify(execFile);
async function makeKeyAndCertificate() {
  const dir = await mkdtemp2(join4(tmpdir2(), "oci-matrix-issuer-"));
  try {
    await run2("openssl", [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      join4(dir, "key.pem"),
      "-out",
      join4(dir, "cert.pem"),
      "-days",
      "2",
      "-subj",
      "/CN=oci-matrix token issuer"
    ]);
    return { keyPem: await readFile2(join4(dir, "key.pem"), "utf8"), certPem: await readFile2(join4(dir, "cert.pem"), "utf8") };
  } finally {
    await rm3(dir, { recursive: true, force: true });
  }
}
var base64url = (data) => Buffer.from(data).toString("base64url");
function parseScope(scope) {
  const first = scope.indexOf(":");
  const last = scope.lastIndexOf(":");
  if (first <= 0 || last === first) return void 0;
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions: scope.slice(last + 1).split(",").filter(Boolean) };
}
async function createTokenMinter() {
  const { keyPem, certPem } = await makeKeyAndCertificate();
  const key = createPrivateKey(keyPem);
  const certDer = Buffer.from(certPem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, ""), "base64");
  return {
    certPem,
    mint({ subject, service, issuer, scopes, lifetimeSeconds = 300 }) {
      const now = Math.floor(Date.now() / 1e3);
      const access = scopes.flatMap((s) => s.split(" ")).map(parseScope).filter((s) => s !== void 0);
      const header = { typ: "JWT", alg: "ES256", x5c: [certDer.toString("base64")] };
      const claims = { iss: issuer, sub: subject, aud: service, exp: now + lifetimeSeconds, nbf: now - 10, iat: now, jti: randomBytes5(12).toString("hex"), access };
      const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
      const signature = sign("sha256", Buffer.from(input), { key, dsaEncoding: "ieee-p1363" });
      return { token: `${input}.${base64url(signature)}`, expiresIn: lifetimeSeconds };
    }
  };
}
async function startTokenIssuer(options) {
  const minter = await createTokenMinter();
  const service = options.service ?? "oci-matrix-distribution";
  const issuer = options.issuer ?? "oci-matrix-token-issuer";
  const expected = Buffer.from(`Basic ${Buffer.from(`${options.username}:${options.password}`).toString("base64")}`);
  const server = createServer4((req, res) => {
    const url = new URL(req.url ?? "/", "http://issuer");
    const presented = Buffer.from(req.headers.authorization ?? "");
    if (url.pathname !== "/token") {
      res.writeHead(404).end();
      return;
    }
    if (presented.length !== expected.length || !timingSafeEqual2(presented, expected)) {
      res.writeHead(401, { "content-type": "application/json", "www-authenticate": 'Basic realm="oci-matrix token issuer"' });
      res.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "credentials required" }] }));
      return;
    }
    const { token, expiresIn } = minter.mint({ subject: options.username, service, issuer, scopes: url.searchParams.getAll("scope") });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ token, access_token: token, expires_in: expiresIn, issued_at: (/* @__PURE__ */ new Date()).toISOString() }));
  });
  await new Promise((resolve2) => server.listen(0, "127.0.0.1", resolve2));
  const { port } = server.address();
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    rootCertBundlePem: minter.certPem,
    close: () => new Promise((resolve2) => server.close(() => resolve2()))
  };
}

// src/runner/targets.ts
var LAUNCH_USER = "oci-matrix";
async function prepareTarget(registry, runId) {
  const launch = registry.launch;
  if (!launch) return { ok: true, url: registry.url.replace(/\/+$/, ""), stop: async () => {
  } };
  const password = `launch-${runId}`;
  const credentials = launch.auth && launch.auth !== "none" ? { kind: "basic", username: LAUNCH_USER, password } : void 0;
  try {
    if (launch.kind === "reference") {
      const auth = launch.auth === "basic" || launch.auth === "token" ? { kind: launch.auth, username: LAUNCH_USER, password } : { kind: "none" };
      const running2 = await startReferenceRegistry({
        auth,
        deviations: launch.deviations ?? [],
        chunkMinLength: launch.chunkMinLength,
        referrersPageSize: launch.referrersPageSize
      });
      return { ok: true, url: running2.url, credentials, stop: () => running2.close() };
    }
    const binary = findDistributionBinary(launch.binary);
    if (!binary) {
      return {
        ok: false,
        status: "skipped",
        reason: `CNCF Distribution is not installed (${launch.binary ?? "/usr/bin/docker-registry"} not found): install it with "apt-get install docker-registry"`
      };
    }
    if (launch.auth === "token") {
      const issuer = await startTokenIssuer({ username: LAUNCH_USER, password });
      try {
        const running2 = await startDistribution({
          binary,
          auth: { kind: "token", realm: issuer.realm, service: issuer.service, issuer: issuer.issuer, rootCertBundlePem: issuer.rootCertBundlePem },
          deleteEnabled: launch.deleteEnabled
        });
        return { ok: true, url: running2.url, credentials, stop: async () => {
          await running2.close();
          await issuer.close();
        } };
      } catch (error) {
        await issuer.close();
        throw error;
      }
    }
    const running = await startDistribution({
      binary,
      auth: launch.auth === "htpasswd" ? { kind: "htpasswd", username: LAUNCH_USER, password } : { kind: "none" },
      deleteEnabled: launch.deleteEnabled
    });
    return { ok: true, url: running.url, credentials, stop: () => running.close() };
  } catch (error) {
    return { ok: false, status: "error", reason: `could not launch ${launch.kind}: ${error.message}` };
  }
}

// src/runner/run-registry.ts
import { setMaxListeners } from "node:events";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run3 = async (function_, resolve2, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve2(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve2, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run3.bind(void 0, function_, resolve2, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve2, reject) => {
    enqueue(function_, resolve2, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/registry/client.ts
var OCTET = "application/octet-stream";
function createRegistryClient({ transport, baseUrl, evidence, signal }) {
  const base = baseUrl.replace(/\/+$/, "");
  const url = (path) => `${base}${path}`;
  const pull = (repo) => [`repository:${repo}:pull`];
  const push = (repo) => [`repository:${repo}:pull,push`];
  const del = (repo) => [`repository:${repo}:delete`];
  const repoOfUpload = (location) => {
    const match = /\/v2\/(.+)\/blobs\/uploads\//.exec(new URL(location, base).pathname);
    return match ? match[1] : "";
  };
  const send = (method, target, opts) => transport.send({ method, url: target, headers: opts.headers, body: opts.body, scopes: opts.scopes, expect: opts.expect, signal }, evidence);
  const bodyHeaders = (size, range) => ({
    "content-type": OCTET,
    "content-length": String(size),
    ...range ? { "content-range": range } : {}
  });
  const withQuery = (location, query) => {
    const u = new URL(location, base);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
    return u.toString();
  };
  const getLink = (link, repo) => send("GET", new URL(link, base).toString(), { scopes: pull(repo), expect: "json" });
  const listTags2 = (repo, params = {}) => {
    const query = {};
    if (params.n !== void 0) query.n = String(params.n);
    if (params.last !== void 0) query.last = params.last;
    return send("GET", withQuery(url(`/v2/${repo}/tags/list`), query), { scopes: pull(repo), expect: "tag-list" });
  };
  const listReferrers2 = (repo, digest, artifactType = []) => {
    const target = new URL(url(`/v2/${repo}/referrers/${digest}`));
    for (const type of [artifactType].flat()) target.searchParams.append("artifactType", type);
    return send("GET", target.toString(), { headers: { accept: "application/vnd.oci.image.index.v1+json" }, scopes: pull(repo), expect: "index" });
  };
  return {
    baseUrl: base,
    ping: () => send("GET", url("/v2/"), { scopes: [] }),
    getManifest: (repo, reference, accept = ALL_MANIFEST_MEDIA_TYPES.join(", ")) => send("GET", url(`/v2/${repo}/manifests/${reference}`), { headers: { accept }, scopes: pull(repo), expect: "manifest" }),
    headManifest: (repo, reference, accept = ALL_MANIFEST_MEDIA_TYPES.join(", ")) => send("HEAD", url(`/v2/${repo}/manifests/${reference}`), { headers: { accept }, scopes: pull(repo), expect: "manifest" }),
    putManifest: (repo, reference, body, contentType, tags = []) => {
      const target = new URL(url(`/v2/${repo}/manifests/${reference}`));
      for (const tag of tags) target.searchParams.append("tag", tag);
      return send("PUT", target.toString(), {
        headers: { "content-type": contentType, "content-length": String(body.byteLength) },
        body,
        scopes: push(repo)
      });
    },
    deleteManifest: (repo, reference) => send("DELETE", url(`/v2/${repo}/manifests/${reference}`), { scopes: del(repo) }),
    getBlob: (repo, digest, headers) => send("GET", url(`/v2/${repo}/blobs/${digest}`), { headers, scopes: pull(repo), expect: "blob" }),
    streamBlob: (repo, digest) => transport.stream({ method: "GET", url: url(`/v2/${repo}/blobs/${digest}`), scopes: pull(repo), signal }, evidence),
    headBlob: (repo, digest) => send("HEAD", url(`/v2/${repo}/blobs/${digest}`), { scopes: pull(repo) }),
    deleteBlob: (repo, digest) => send("DELETE", url(`/v2/${repo}/blobs/${digest}`), { scopes: del(repo) }),
    startUpload: (repo, query = {}) => send("POST", withQuery(url(`/v2/${repo}/blobs/uploads/`), query), {
      headers: { "content-length": "0" },
      scopes: push(repo)
    }),
    singlePostUpload: (repo, digest, body, size) => send("POST", withQuery(url(`/v2/${repo}/blobs/uploads/`), { digest }), {
      headers: bodyHeaders(size),
      body,
      scopes: push(repo)
    }),
    mountBlob: (repo, digest, from) => send("POST", withQuery(url(`/v2/${repo}/blobs/uploads/`), from ? { mount: digest, from } : { mount: digest }), {
      headers: { "content-length": "0" },
      scopes: from ? [...push(repo), ...pull(from)] : push(repo)
    }),
    patchUpload: (location, chunk, size, range) => send("PATCH", new URL(location, base).toString(), {
      headers: bodyHeaders(size, range),
      body: chunk,
      scopes: push(repoOfUpload(location))
    }),
    completeUpload: (location, digest, chunk) => send("PUT", withQuery(location, { digest }), {
      headers: chunk ? bodyHeaders(chunk.size, chunk.range) : { "content-length": "0" },
      body: chunk?.body,
      scopes: push(repoOfUpload(location))
    }),
    uploadStatus: (location) => send("GET", new URL(location, base).toString(), { scopes: push(repoOfUpload(location)) }),
    cancelUpload: (location) => send("DELETE", new URL(location, base).toString(), { scopes: push(repoOfUpload(location)) }),
    listTags: listTags2,
    listTagPages: async (repo, params, maxPages) => collectPages(await listTags2(repo, params), (link) => getLink(link, repo), maxPages),
    getLink,
    listReferrers: listReferrers2,
    listReferrerPages: async (repo, digest, artifactType, maxPages) => collectPages(await listReferrers2(repo, digest, artifactType), (link) => getLink(link, repo), maxPages),
    resolveLocation: (response) => {
      const location = response.headers["location"];
      return location ? new URL(location, response.url).toString() : void 0;
    }
  };
}

// src/runner/fixtures.ts
function createFixtures() {
  const built = /* @__PURE__ */ new Map();
  return {
    use(name, build) {
      let promise = built.get(name);
      if (!promise) {
        promise = build().catch((error) => {
          const reason = error instanceof Error ? error.message : String(error);
          if (error instanceof PreconditionFailed || error instanceof PushRefused) {
            throw new PreconditionFailed(`precondition failed: could not put fixture "${name}" in place: ${reason}`);
          }
          throw new Error(`fixture "${name}": ${reason}`, { cause: error });
        });
        built.set(name, promise);
      }
      return promise;
    },
    async peek(name) {
      const promise = built.get(name);
      return promise?.catch(() => void 0);
    }
  };
}

// src/runner/cleanup.ts
function createCleanupLedger() {
  const entries = /* @__PURE__ */ new Map();
  const key = (p) => `${p.kind} ${p.repo} ${p.digest}`;
  return {
    add: (item) => void entries.set(key(item), item),
    forget: (item) => void entries.delete(key(item)),
    items: () => [...entries.values()]
  };
}
async function cleanUp(client, ledger, options) {
  const report = { deleted: 0, leftBehind: [] };
  const items = ledger.items();
  const manifests = items.filter((i) => i.kind === "manifest");
  const blobs = items.filter((i) => i.kind === "blob");
  const remove = async (item, allowed) => {
    if (!allowed) {
      report.leftBehind.push({ item, reason: "deletes are disabled for this registry (limits)" });
      return;
    }
    try {
      const response = item.kind === "manifest" ? await client.deleteManifest(item.repo, item.digest) : await client.deleteBlob(item.repo, item.digest);
      if (response.status === 202 || response.status === 200 || response.status === 204 || response.status === 404) {
        report.deleted++;
        ledger.forget(item);
      } else if (response.status === 401 || response.status === 403) {
        report.leftBehind.push({ item, reason: `the credentials may not delete (HTTP ${response.status}${errorCode(response).replace(/^ \((.*)\)$/, " $1")})` });
      } else report.leftBehind.push({ item, reason: `DELETE answered ${response.status}` });
    } catch (error) {
      report.leftBehind.push({ item, reason: error.message });
    }
  };
  for (const item of manifests.reverse()) await remove(item, options.deleteManifests);
  for (const item of blobs) await remove(item, options.deleteBlobs);
  return report;
}

// src/runner/evidence.ts
var MAX_EXCHANGES_KEPT = 24;
var MAX_EXCHANGES_KEPT_ON_PASS = 2;
function collectEvidence(limit = MAX_EXCHANGES_KEPT) {
  let first;
  const latest = [];
  let dropped = 0;
  return {
    record(exchange) {
      if (!first) {
        first = exchange;
        return;
      }
      latest.push(exchange);
      if (latest.length > limit - 1) {
        latest.shift();
        dropped++;
      }
    },
    exchanges() {
      if (!first) return [];
      if (dropped === 0) return [first, ...latest];
      const [next, ...rest] = latest;
      return [first, { ...next, note: `${dropped} earlier exchange(s) of this check not kept${next.note ? `; ${next.note}` : ""}` }, ...rest];
    }
  };
}
function boundedEvidence(exchanges, passed) {
  const limit = passed ? MAX_EXCHANGES_KEPT_ON_PASS : MAX_EXCHANGES_KEPT;
  if (exchanges.length <= limit) return exchanges;
  return [exchanges[0], ...exchanges.slice(exchanges.length - (limit - 1))];
}

// src/runner/deadline.ts
function runDeadline(timeoutMs) {
  const minutes = timeoutMs / 6e4;
  const shown = Number.isInteger(minutes) ? String(minutes) : minutes.toFixed(2);
  const message = `the run deadline for this registry passed (runTimeoutMinutes: ${shown})`;
  const listeners = [];
  let passed = false;
  const timer = setTimeout(() => {
    passed = true;
    for (const listener of listeners.splice(0)) listener();
  }, timeoutMs);
  timer.unref();
  return {
    passed: () => passed,
    onPass(listener) {
      if (passed) listener();
      else listeners.push(listener);
    },
    message,
    dispose() {
      clearTimeout(timer);
      listeners.length = 0;
    }
  };
}

// src/runner/run-registry.ts
var DEFAULT_CHECK_TIMEOUT_MS = 10 * 6e4;
async function runRegistry(options) {
  const fixtures = createFixtures();
  const ledger = createCleanupLedger();
  const limit = pLimit(options.concurrency);
  const tag = (name) => `${options.runId}-${name}`.slice(0, 128);
  const sourceOf = (limit2) => options.limitSources?.[limit2] ? `: ${options.limitSources[limit2]}` : "";
  const deadline = options.runTimeoutMs ? runDeadline(options.runTimeoutMs) : void 0;
  const runOne = async ({ check, skipReason }) => {
    const started = performance.now();
    const finish = (verdict, evidence2 = collectEvidence()) => {
      const expected = check.limit !== void 0 && options.limits[check.limit] === false && verdict.status !== "pass";
      const result = {
        registry: options.name,
        check: check.id,
        status: verdict.status,
        message: expected ? `${verdict.message} (expected: limits.${String(check.limit)} is false for this registry${sourceOf(check.limit)})` : verdict.message,
        durationMs: Math.round(performance.now() - started),
        evidence: boundedEvidence(evidence2.exchanges(), verdict.status === "pass"),
        ...expected ? { expected: true } : {}
      };
      options.onResult?.(result);
      return result;
    };
    if (skipReason) return finish({ status: "skip", message: skipReason });
    if (options.signal.aborted) return finish({ status: "skip", message: "run interrupted before this check started" });
    if (deadline?.passed()) return finish({ status: "error", message: `not run: ${deadline.message}` });
    const evidence = collectEvidence();
    const controller = new AbortController();
    setMaxListeners(0, controller.signal);
    const abortOnRun = () => controller.abort();
    options.signal.addEventListener("abort", abortOnRun, { once: true });
    const deadlineReached = new Promise((resolve2) => {
      deadline?.onPass(() => {
        controller.abort(new TransportError("aborted", deadline.message));
        resolve2({ status: "error", message: `not finished: ${deadline.message}` });
      });
    });
    const signal = controller.signal;
    const ctx = {
      client: createRegistryClient({ transport: options.transport, baseUrl: options.baseUrl, evidence, signal }),
      anonymous: createRegistryClient({ transport: options.anonymousTransport, baseUrl: options.baseUrl, evidence, signal }),
      repo: options.repo,
      mountRepo: options.mountRepo,
      runId: options.runId,
      tag,
      specVersion: options.specVersion,
      limits: options.limits,
      fixtures,
      cleanup: ledger,
      level: levelFor(check, options.specVersion),
      signal: controller.signal
    };
    let timer;
    const timeoutMs = options.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
    const timeout = new Promise((resolve2) => {
      timer = setTimeout(() => {
        const message = `check did not finish within ${Math.round(timeoutMs / 1e3)} s`;
        controller.abort(new TransportError("aborted", message));
        resolve2({ status: "error", message });
      }, timeoutMs);
    });
    try {
      return finish(await Promise.race([check.run(ctx), timeout, deadlineReached]), evidence);
    } catch (error) {
      if (error instanceof PreconditionFailed) return finish({ status: "skip", message: error.message }, evidence);
      if (deadline?.passed()) return finish({ status: "error", message: `not finished: ${deadline.message}` }, evidence);
      if (error instanceof TransportError) return finish({ status: "error", message: error.message }, evidence);
      return finish({ status: "error", message: `harness error: ${describeError(error)}` }, evidence);
    } finally {
      clearTimeout(timer);
      options.signal.removeEventListener("abort", abortOnRun);
    }
  };
  try {
    const results = await Promise.all(options.planned.map((planned) => limit(() => runOne(planned))));
    return { results, fixtures, ledger };
  } finally {
    deadline?.dispose();
  }
}
var CLEANUP_TIMEOUT_MS = 2 * 6e4;
function cleanUpRegistry(options) {
  const timeoutMs = options.timeoutMs ?? CLEANUP_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const client = createRegistryClient({ transport: options.transport, baseUrl: options.baseUrl, signal });
  const deletes = options.limits.delete !== false;
  return cleanUp(client, options.ledger, { deleteManifests: deletes, deleteBlobs: deletes && options.limits.deleteBlob !== false });
}
function describeError(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  const code = error.code;
  const detail = cause instanceof Error ? `: ${cause.message}` : "";
  return `${error.message}${code && !error.message.includes(code) ? ` (${code})` : ""}${detail}`;
}

// src/interop/copy.ts
import { Readable as Readable4 } from "node:stream";
async function copyManifest(from, to, reference, options = {}) {
  const seen = options.seen ?? /* @__PURE__ */ new Set();
  const source = await from.client.getManifest(from.repo, reference);
  if (source.status !== 200) return { ok: false, message: `GET ${reference} at the source answered HTTP ${source.status}` };
  const bytes = source.body;
  const digest = reference.includes(":") ? reference : digestOf(bytes);
  if (digestOf(bytes, digest.startsWith("sha512:") ? "sha512" : "sha256") !== digest) {
    return { ok: false, message: `the source served ${reference} with bytes that do not hash to it` };
  }
  const mediaType = source.headers["content-type"]?.split(";")[0].trim() ?? "application/vnd.oci.image.manifest.v1+json";
  if (seen.has(digest)) return { ok: true, digest, mediaType, bytes };
  seen.add(digest);
  let json;
  try {
    json = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    return { ok: false, message: `${digest} at the source is not JSON` };
  }
  if (json.subject?.digest && (await from.client.headManifest(from.repo, json.subject.digest)).status === 200) {
    const subject = await copyManifest(from, to, json.subject.digest, { ledger: options.ledger, seen });
    if (!subject.ok) return subject;
  }
  for (const child of json.manifests ?? []) {
    if (!child.digest) continue;
    const copied = await copyManifest(from, to, child.digest, { ledger: options.ledger, seen });
    if (!copied.ok) return copied;
  }
  for (const blob of [json.config, ...json.layers ?? [], ...json.blobs ?? []]) {
    if (!blob?.digest) continue;
    const copied = await copyBlob(from, to, blob, options.ledger);
    if (copied) return { ok: false, message: copied };
  }
  const put = await to.client.putManifest(to.repo, options.tag ?? digest, bytes, mediaType);
  if (put.status !== 201) return { ok: false, message: `PUT ${digest} (${mediaType}) at the destination answered HTTP ${put.status}${errorSuffix(put.body)}` };
  options.ledger?.add({ kind: "manifest", repo: to.repo, digest });
  return { ok: true, digest, mediaType, bytes };
}
async function copyBlob(from, to, blob, ledger) {
  const digest = blob.digest;
  if ((await to.client.headBlob(to.repo, digest)).status === 200) {
    ledger?.add({ kind: "blob", repo: to.repo, digest });
    return void 0;
  }
  const source = await from.client.streamBlob(from.repo, digest);
  if (source.status !== 200) {
    source.body.destroy();
    if (blob.urls?.length) return void 0;
    return `GET blob ${digest} at the source answered HTTP ${source.status}`;
  }
  const size = Number(source.headers["content-length"] ?? blob.size);
  const start = await to.client.startUpload(to.repo);
  const location = to.client.resolveLocation(start);
  if (start.status !== 202 || !location) {
    source.body.destroy();
    return `POST upload at the destination answered HTTP ${start.status}${location ? "" : " without Location"}`;
  }
  const put = await to.client.completeUpload(location, digest, { body: Readable4.from(source.body), size });
  if (put.status !== 201) return `PUT blob ${digest} at the destination answered HTTP ${put.status}${errorSuffix(put.body)}`;
  ledger?.add({ kind: "blob", repo: to.repo, digest });
  return void 0;
}
function errorSuffix(body) {
  try {
    const codes = JSON.parse(Buffer.from(body).toString("utf8")).errors?.map((e) => e.code);
    return codes?.length ? ` (${codes.join(", ")})` : "";
  } catch {
    return "";
  }
}

// src/interop/verify.ts
async function verifyGraph(at, digest, expectedBytes, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(digest)) return void 0;
  seen.add(digest);
  const got = await at.client.getManifest(at.repo, digest);
  if (got.status !== 200) return `GET ${digest} at the destination answered HTTP ${got.status}`;
  if (!Buffer.from(got.body).equals(Buffer.from(expectedBytes))) return `${digest} came back with different bytes (${digestOf(got.body)})`;
  const json = JSON.parse(Buffer.from(got.body).toString("utf8"));
  for (const child of json.manifests ?? []) {
    if (!child.digest) continue;
    const childBytes = await at.client.getManifest(at.repo, child.digest);
    if (childBytes.status !== 200) return `child ${child.digest} missing at the destination (HTTP ${childBytes.status})`;
    const problem = await verifyGraph(at, child.digest, childBytes.body, seen);
    if (problem) return problem;
    if (digestOf(childBytes.body, child.digest.startsWith("sha512:") ? "sha512" : "sha256") !== child.digest) return `child ${child.digest} does not hash to its digest`;
  }
  for (const blob of [json.config, ...json.layers ?? []]) {
    if (!blob?.digest || blob.urls?.length) continue;
    const response = await at.client.streamBlob(at.repo, blob.digest);
    if (response.status !== 200) {
      response.body.destroy();
      return `blob ${blob.digest} missing at the destination (HTTP ${response.status})`;
    }
    const algorithm = blob.digest.startsWith("sha512:") ? "sha512" : "sha256";
    const { digest: actual } = await digestStream(response.body, algorithm);
    if (actual !== blob.digest) return `blob ${blob.digest} came back hashing to ${actual}`;
  }
  return void 0;
}

// src/interop/run.ts
async function runInterop(participants, contents, options) {
  const limit = pLimit(options.concurrency ?? 4);
  const jobs = [];
  for (const source of participants) {
    for (const destination of participants) {
      if (source === destination) continue;
      for (const content of contents) {
        jobs.push(limit(() => copyOne(source, destination, content, options)));
      }
    }
  }
  return Promise.all(jobs);
}
async function copyOne(source, destination, content, options) {
  const started = performance.now();
  const evidence = collectEvidence();
  const record = (status, message) => {
    const result = {
      source: source.name,
      destination: destination.name,
      content: content.id,
      status,
      message,
      durationMs: Math.round(performance.now() - started),
      evidence: boundedEvidence(evidence.exchanges(), status === "pass")
    };
    options.onRecord?.(result);
    return result;
  };
  if (options.signal?.aborted) return record("skip", "run interrupted");
  const stored = await source.fixtures.peek(content.fixture);
  if (!stored || "status" in stored) return record("skip", `${source.name} did not store this content (see its artifacts.${content.id} result)`);
  const storedAtDestination = await destination.fixtures.peek(content.fixture);
  if (!storedAtDestination || "status" in storedAtDestination) {
    return record("skip", `${destination.name} does not accept this content itself (see its artifacts.${content.id} result)`);
  }
  const repo = destination.createRepository ? `${destination.repo}/from-${source.name}/${content.id}` : destination.repo;
  const from = { client: source.client(evidence), repo: stored.repo };
  const to = { client: destination.client(evidence), repo };
  try {
    const copied = await copyManifest(from, to, stored.manifest.digest, {
      tag: `${options.runId}-from-${source.name}-${content.id}`.slice(0, 128),
      ledger: destination.ledger
    });
    if (!copied.ok) return record("fail", `copy ${source.name} → ${destination.name}: ${copied.message}`);
    if (copied.digest !== stored.manifest.digest) return record("fail", `digest changed in transit: ${stored.manifest.digest} → ${copied.digest}`);
    const problem = await verifyGraph(to, copied.digest, copied.bytes);
    if (problem) return record("fail", `after the copy, ${destination.name}: ${problem}`);
    return record("pass", `${copied.digest} copied and verified byte for byte`);
  } catch (error) {
    return record("error", `harness error: ${describeError(error)}`);
  }
}

// src/results/verdicts.ts
var CATEGORY_OF = {
  pull: "Pull",
  push: "Push",
  discovery: "Content Discovery",
  management: "Content Management",
  referrers: "Referrers"
};
var GATE_CHECK = { Referrers: "referrers.api" };
function registryVerdicts(model) {
  const checks = new Map(model.checks.map((c) => [c.id, c]));
  const titles = new Map((model.contents ?? []).map((c) => [c.id, c.title]));
  return model.registries.map((registry) => {
    const results = model.results.filter((r) => r.registry === registry.name);
    if (registry.status !== "tested") {
      return {
        registry: registry.name,
        storesAnyContentUnchanged: "not tested",
        problems: [],
        categories: Object.values(CATEGORY_OF).map((category) => ({ category, support: "not tested", failing: [] }))
      };
    }
    const artifactResults = results.filter((r) => checks.get(r.check)?.suite === "artifacts" && checks.get(r.check)?.level === "MUST");
    const problems = artifactResults.filter((r) => r.status !== "pass").map((r) => ({ content: checks.get(r.check)?.title.split(":")[0] ?? r.check, reason: `${r.status}: ${r.message}` }));
    for (const copy of model.interop ?? []) {
      if (copy.destination === registry.name && (copy.status === "fail" || copy.status === "error")) {
        problems.push({ content: `${titles.get(copy.content) ?? copy.content} from ${copy.source}`, reason: `${copy.status}: ${copy.message}` });
      }
    }
    const failed = artifactResults.some((r) => r.status === "fail") || (model.interop ?? []).some((c) => c.destination === registry.name && c.status === "fail");
    const allPassed = artifactResults.length > 0 && artifactResults.every((r) => r.status === "pass");
    const storesAnyContentUnchanged = failed ? "no" : allPassed && problems.length === 0 ? "yes" : "not tested";
    const categories = Object.entries(CATEGORY_OF).map(([suite, category]) => {
      const inSuite = results.filter((r) => checks.get(r.check)?.suite === suite);
      const must = inSuite.filter((r) => checks.get(r.check)?.level === "MUST");
      const judged = must.filter((r) => r.status !== "skip");
      if (judged.length === 0) return { category, support: "not tested", failing: [] };
      const failing = judged.filter((r) => r.status === "fail" || r.status === "error").map((r) => r.check);
      const gate = GATE_CHECK[category];
      const gateAbsent = gate !== void 0 && judged.some((r) => r.check === gate && r.status === "unsupported");
      if (gateAbsent || judged.every((r) => r.status === "unsupported")) return { category, support: "absent", failing };
      return { category, support: failing.length ? "partial" : "full", failing };
    });
    return { registry: registry.name, storesAnyContentUnchanged, problems, categories };
  });
}

// src/requirements/index.ts
import { readFileSync } from "node:fs";

// src/requirements/coverage.ts
var CHECK_COVERAGE = {
  "pull.manifest.get-by-tag": ["Pulling manifests § A GET request to an existing manifest URL MUST provide the expected manifest"],
  "pull.manifest.get-by-digest": ["Pulling manifests § A GET request to an existing manifest URL MUST provide the expected manifest"],
  "pull.manifest.content-type": ["Pulling manifests § The registry SHOULD NOT include parameters on the `Content-Type` header", "Pulling manifests § header SHOULD match what the client [pushed"],
  "pull.manifest.docker-content-digest": ["Pulling manifests § A successful response SHOULD contain the digest of the uploaded blob in the header", "Pulling manifests § A successful response MUST contain the digest of the uploaded blob in the header"],
  "pull.manifest.head": [
    "Checking if content exists in the registry § A HEAD request to an existing blob or manifest URL MUST return `200 OK`",
    "Checking if content exists in the registry § A successful response SHOULD contain the digest of the uploaded blob in the header",
    "Checking if content exists in the registry § MUST contain the digest of the uploaded blob or manifest",
    "Checking if content exists in the registry § SHOULD contain the size in bytes",
    "Checking if content exists in the registry § MUST contain the size in bytes"
  ],
  "pull.manifest.unknown": ["Pulling manifests § If the manifest is not found in the repository, the response code MUST be `404 Not Found`", "Checking if content exists in the registry § If the blob or manifest is not found in the repository"],
  "pull.manifest.unknown-repository": ["Pushing Manifests § An attempt to pull a nonexistent repository MUST return response code `404 Not Found`"],
  "pull.manifest.index": ["Pulling manifests § A GET request to an existing manifest URL MUST provide the expected manifest"],
  "pull.blob.get": ["Pulling blobs § A GET request to an existing blob URL MUST provide the expected blob"],
  "pull.blob.docker-content-digest": ["Pulling blobs § A successful response SHOULD contain the digest of the uploaded blob in the header", "Pulling blobs § A successful response MUST contain the digest of the uploaded blob in the header", "Pulling blobs § If present, the value of this header MUST be a digest matching that of the response body"],
  "pull.blob.head": ["Checking if content exists in the registry § A HEAD request to an existing blob or manifest URL MUST return `200 OK`", "Checking if content exists in the registry § SHOULD contain the size in bytes", "Checking if content exists in the registry § MUST contain the size in bytes"],
  "pull.blob.unknown": ["Pulling blobs § If the blob is not found in the repository, the response code MUST be `404 Not Found`"],
  "pull.blob.range": ["Pulling blobs § SHOULD support the `Range` request header"],
  "pull.errors.envelope": ["Error Codes § If the response body is in JSON format, it MUST", "Error Codes § The `code` field MUST be a unique identifier", "Error Codes § The `code` field MUST be one of the following"],
  "pull.errors.message": ["Error Codes § The `message` field is OPTIONAL, and if present, it SHOULD be a human readable string"],
  "push.blob.post-put": ["POST then PUT § Upon success, the response MUST have a code of `202 Accepted`", "POST then PUT § Upon successful completion of the request, the response MUST have code `201 Created`"],
  "push.blob.single-post": ["Single POST § Successful completion of the request MUST return a `201 Created`", "Single POST § Registries that do not support single request monolithic uploads SHOULD return a `202 Accepted`"],
  "push.blob.chunked": ["Pushing a blob in chunks § Each successful chunk upload MUST have a `202 Accepted` response code", "Pushing a blob in chunks § The response for each successful chunk upload MUST be `202 Accepted`", "Pushing a blob in chunks § The response to a successful closing of the session MUST be `201 Created`"],
  "push.blob.chunked.min-length": ["Pushing a blob in chunks § the `POST` response SHOULD include the following header"],
  "push.blob.chunked.out-of-order": ["Pushing a blob in chunks § If a chunk is uploaded out of order, the registry MUST respond with a `416", "Pushing a blob in chunks § If the final chunk is uploaded out of order"],
  "push.blob.upload-status": ["Pushing a blob in chunks § The response to an active upload"],
  "push.blob.cancel": ["Cancel a blob upload § If successful, the response SHOULD be a `204 No Content` response code."],
  "push.blob.digest-mismatch": ["Pushing blobs § if the client provided digest is invalid or uses an unsupported algorithm"],
  "push.blob.mount": ["Mounting a blob from another repository § The response to a successful mount MUST be `201 Created`"],
  "push.blob.mount.anonymous": ["Mounting a blob from another repository § The response to a successful mount MUST be `201 Created`"],
  "push.blob.mount.unknown": ["Mounting a blob from another repository § is unable to mount the requested blob, it SHOULD return a `202`"],
  "push.blob.empty": ["POST then PUT § Upon successful completion of the request, the response MUST have code `201 Created`"],
  "push.blob.sha512": ["POST then PUT § Upon successful completion of the request, the response MUST have code `201 Created`"],
  // push.blob.digest-algorithm: "the post request SHOULD include the `digest-algorithm`
  // parameter" binds the client; the registry's side has no sentence of its own.
  "push.manifest.by-tag": ["Pushing Manifests § Upon a successful upload, the registry MUST return response code `201 Created`", "Pushing Manifests § MUST be equal to the client provided digest"],
  "push.manifest.by-digest": ["Pushing Manifests § Upon a successful upload, the registry MUST return response code `201 Created`", "Pushing Manifests § MUST be equal to the client provided digest"],
  "push.manifest.byte-exact": ["Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client"],
  "push.manifest.tag-overwrite": ["Pulling manifests § A GET request to an existing manifest URL MUST provide the expected manifest"],
  "push.manifest.blob-unknown": ["Push § it MUST result in one or more `MANIFEST_BLOB_UNKNOWN` errors"],
  "push.manifest.subject-missing": ["Push § A registry MUST initially accept an otherwise valid manifest with a `subject` field"],
  "push.manifest.index": ["Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client"],
  "push.manifest.nested-index": ["Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client"],
  "push.manifest.custom-fields": ["Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client"],
  "push.manifest.data-field": ["Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client"],
  "push.manifest.no-layers": ["Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client"],
  "push.manifest.sha512": ["Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client"],
  "push.manifest.non-distributable": ["Push § it MUST result in one or more `MANIFEST_BLOB_UNKNOWN` errors"],
  "push.manifest.large": ["Pushing Manifests § SHOULD expect to be able to support manifest pushes of at least 4 megabytes", "Pushing Manifests § SHOULD respond to a request to push a manifest over this limit"],
  "push.manifest.tag-query": ["Pushing Manifests § MUST include an `OCI-Tag` response header"],
  "push.manifest.content-type-parameters": ["Pushing Manifests § The registry SHOULD ignore parameters on the `Content-Type` header."],
  "discovery.tags.list": ["Listing Tags § Assuming a repository is found, this request MUST return a `200 OK` response code.", "Listing Tags § Upon success, the response MUST be a json body in the following format"],
  "discovery.tags.order": ["Listing Tags § If the list is not empty, the tags MUST be in lexical", "Listing Tags § As above, the tags MUST be in lexical", "Listing Tags § The tags MUST be in lexical"],
  "discovery.tags.n": ["Listing Tags § Otherwise, the response MUST include `<int>` results."],
  "discovery.tags.last": ["Listing Tags § The tags MUST be in lexical"],
  "discovery.tags.link": ["Listing Tags § If included, the `Link` header MUST be set according to"],
  "discovery.tags.n-zero": ["Listing Tags § When `n` is zero, this endpoint MUST return an empty list"],
  "discovery.warnings": ["Warnings § `Warning` headers MUST specify a `warn-code` of `299`", "Warnings § A registry MUST NOT send more than 4096 bytes of warning data"],
  "management.delete.tag": ["Deleting tags § Upon success, the registry MUST respond with a `202 Accepted` code.", "Deleting tags § If tag deletion is disabled, the registry MUST respond with either"],
  "management.delete.manifest": ["Deleting Manifests § Upon success, the registry MUST respond with a `202 Accepted` code.", "Deleting Manifests § If manifest deletion is disabled, the registry MUST respond with either"],
  "management.delete.manifest.unknown-repository": ["Deleting Manifests § If the repository does not exist, the response MUST return `404 Not Found`."],
  "management.delete.blob": ["Deleting Blobs § Upon success, the registry MUST respond with code `202 Accepted`.", "Deleting Blobs § If blob deletion is disabled, the registry MUST respond with either"],
  "management.delete.blob.unknown": ["Deleting Blobs § If the blob is not found, a `404 Not Found` code MUST be returned."],
  "referrers.api": ["Listing Referrers § Assuming a repository is found, this request MUST return a `200 OK` response code.", "Listing Referrers § Upon success, the response MUST be a JSON body with an image index", "Listing Referrers § The `Content-Type` header MUST be set to `application/vnd.oci.image.index.v1+json`"],
  "referrers.empty": ["Listing Referrers § the registry MUST NOT return a `404 Not Found` to a referrers API", "Listing Referrers § If a query results in no matching referrers, an empty manifest list MUST be returned"],
  "referrers.oci-subject": ["Pushing Manifests with Subject § MUST respond with the response header `OCI-Subject"],
  "referrers.list": ["Listing Referrers § The descriptors MUST include an `artifactType` field", "Listing Referrers § If the `artifactType` is empty or missing in the image manifest", "Listing Referrers § If the `artifactType` is empty or missing in an index", "Listing Referrers § The descriptors MUST include annotations"],
  "referrers.pagination": ["Listing Referrers § A `Link` header MUST be included in the response when the descriptor list cannot be returned", "Listing Referrers § The `Link` header MUST be set according to"],
  "referrers.filter": ["Listing Referrers § The registry SHOULD support filtering on `artifactType`", "Listing Referrers § If filtering is requested and applied, the response MUST include a header"],
  "referrers.filter.multiple": ["Listing Referrers § If multiple filters are applied, the header MUST contain a comma separated list of applied filters."],
  "referrers.subject-pushed-later": ["Enabling the Referrers API § Registries MUST include all newly pushed image manifests with a valid `subject`"],
  "referrers.tag-schema-listed": ["Enabling the Referrers API § Registries MUST include preexisting image manifests that are listed in an image index tagged with the"],
  // referrers.delete verifies "Each descriptor is of an image manifest … in the same <name>", a
  // sentence without a requirement keyword, so it is not in the index.
  "referrers.invalid-digest": ["Listing Referrers § If the request is invalid, such as a `<digest>` with an invalid syntax"],
  "referrers.tag-schema": ["Listing Referrers § The response SHOULD be an image index with the same content that would be expected from the referrers API"],
  "artifacts.": ["Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client", "Pulling blobs § A GET request to an existing blob URL MUST provide the expected blob"]
};
function parseCredit(credit) {
  const at = credit.indexOf(" § ");
  if (at < 0) throw new Error(`coverage credit "${credit}" names no section ("<section> § <phrase>")`);
  return { section: credit.slice(0, at), phrase: credit.slice(at + 3) };
}

// src/requirements/index.ts
var ALL = JSON.parse(readFileSync(new URL("./requirements.json", new URL("../../src/requirements/index.ts", import.meta.url).href), "utf8"));
function requirementsFor(version) {
  return version === "main" ? ALL.main : ALL["v1.1.1"];
}
function creditsOf(checkId) {
  return Object.entries(CHECK_COVERAGE).filter(([key]) => key.endsWith(".") ? checkId.startsWith(key) : checkId === key).flatMap(([, credits2]) => credits2);
}
function credits(credit, requirement) {
  const { section, phrase } = parseCredit(credit);
  return requirement.section === section && requirement.text.includes(phrase);
}
function requirementIdsOfCheck(checkId, version) {
  const own = creditsOf(checkId);
  return requirementsFor(version).filter((r) => own.some((c) => credits(c, r))).map((r) => r.id);
}

// src/runner/run-id.ts
import { randomBytes as randomBytes6 } from "node:crypto";
function newRunId(now = /* @__PURE__ */ new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-").toLowerCase();
  return `r${stamp}-${randomBytes6(3).toString("hex")}`;
}

// src/tool.ts
import { readFileSync as readFileSync2 } from "node:fs";
var pkg = JSON.parse(readFileSync2(new URL("../package.json", new URL("../../src/tool.ts", import.meta.url).href), "utf8"));
var TOOL = { name: pkg.name, version: pkg.version };

// src/runner/run.ts
var DEFAULT_RUN_TIMEOUT_MINUTES = 30;
async function runMatrix(options) {
  const runId = options.runId ?? newRunId();
  const specVersion = options.specVersion ?? options.config.specVersion;
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const signal = options.signal ?? new AbortController().signal;
  const selected = selectRegistries(options.config.registries, options.registries);
  const suites = options.suites?.includes("interop") && !options.suites.includes("artifacts") ? [...options.suites, "artifacts"] : options.suites;
  const context = { ...options, suites, runId, specVersion, signal };
  const opened = await Promise.all(selected.map((configured) => openAndCheck(configured, context)));
  try {
    const participants = opened.flatMap((o) => o.session ? [o.session.participant] : []);
    const contents = interopContents(options.checks);
    const copying = participants.length >= 2 && contents.length > 0 && (!options.suites?.length || options.suites.includes("interop"));
    const copyStart = performance.now();
    if (copying) options.onProgress?.({ kind: "copies-started", total: participants.length * (participants.length - 1) * contents.length });
    const interop = copying ? await runInterop(participants, contents, { runId, signal, onRecord: (record) => options.onProgress?.({ kind: "copy", record }) }) : void 0;
    const interopDurationMs = Math.round(performance.now() - copyStart);
    const checks = options.checks.filter((check) => opened.some((r) => r.results.some((res) => res.check === check.id))).map((check) => checkInfo(check, specVersion));
    const results = opened.flatMap((r) => r.results);
    const model = {
      schemaVersion: 1,
      run: { id: runId, startedAt, finishedAt: "", specVersion, tool: TOOL },
      registries: opened.map((r) => r.record),
      checks,
      results,
      ...contents.length ? { contents: contents.map(({ id, title }) => ({ id, title })) } : {},
      ...interop ? { interop, interopDurationMs } : {}
    };
    model.verdicts = registryVerdicts(model);
    model.run.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
    return model;
  } finally {
    await Promise.all(opened.map((o) => o.session?.close()));
  }
}
function interopContents(checks) {
  return checks.filter((check) => check.suite === "artifacts" && check.interop).map((check) => ({ id: check.interop.content, fixture: check.interop.fixture, title: check.interop.title }));
}
function checkInfo(check, specVersion) {
  const { id, suite, title, spec } = check;
  const requirements = [.../* @__PURE__ */ new Set([...check.requirements, ...requirementIdsOfCheck(id, specVersion)])];
  return { id, suite, title, level: levelFor(check, specVersion), spec, requirements };
}
function selectRegistries(all, names) {
  if (!names?.length) return all.filter((r) => r.config.enabled !== false);
  return all.filter((r) => names.includes(r.config.name));
}
async function openAndCheck(configured, options) {
  const profiled = limitsWithProfile(configured.config.profile, configured.config.limits);
  const config = { ...configured.config, limits: profiled.limits };
  const base = {
    name: config.name,
    url: config.url ?? `launch:${config.launch?.kind}`,
    status: "tested",
    ...config.optional ? { optional: true } : {},
    ...config.limits && Object.keys(config.limits).length > 0 ? { knownLimits: config.limits } : {}
  };
  const started = performance.now();
  const finish = (untimed, results = [], session) => {
    const record2 = Object.assign(untimed, { durationMs: Math.round(performance.now() - started) });
    options.onProgress?.({ kind: "registry-finished", registry: config.name, record: record2 });
    return { record: record2, results, session };
  };
  if (configured.missingVariables.length > 0) {
    const vars = configured.missingVariables.map((v) => `$${v}`).join(", ");
    return finish({ ...base, status: "skipped", reason: `environment variable${configured.missingVariables.length > 1 ? "s" : ""} ${vars} not set` });
  }
  const target = await prepareTarget(config, options.runId);
  if (!target.ok) return finish({ ...base, status: target.status, reason: target.reason });
  const record = { ...base, url: target.url };
  let transport;
  let anonymousTransport;
  const stop = async () => {
    await transport?.close().catch(() => void 0);
    await anonymousTransport?.close().catch(() => void 0);
    await target.stop().catch(() => void 0);
  };
  try {
    let login;
    if (target.credentials) {
      const c = target.credentials;
      login = staticLogin(c, c.kind === "basic" ? `user ${c.username}` : "launch credentials", c.kind === "basic" ? basicSecrets(c.username, c.password) : []);
    } else {
      const resolved = await resolveLogin(config, target.url);
      if (!resolved.ok) {
        await stop();
        return finish({ ...record, status: "skipped", reason: resolved.reason });
      }
      login = resolved.login;
    }
    const tls = config.tls ? { ca: config.tls.ca ? await readCa(config.tls.ca) : void 0, insecure: config.tls.insecure } : void 0;
    const activeTransport = createTransport({
      credentials: { kind: "none" },
      login,
      tls,
      timeoutMs: (config.timeoutSeconds ?? 30) * 1e3
    });
    transport = activeTransport;
    anonymousTransport = createTransport({ credentials: { kind: "none" }, tls, timeoutMs: (config.timeoutSeconds ?? 30) * 1e3 });
    const ownRepositories = config.limits?.createRepository !== false;
    const repo = ownRepositories ? `${config.repository}/${options.runId}` : config.repository;
    const loginProblem = await diagnoseLogin({ transport: activeTransport, login, url: target.url, repository: repo });
    if (loginProblem) {
      await stop();
      return finish({ ...record, status: "error", reason: loginProblem });
    }
    const planned = planChecks(options.checks, config, { specVersion: options.specVersion, suites: options.suites });
    options.onProgress?.({ kind: "registry-started", registry: config.name, total: planned.length });
    const limits = config.limits ?? {};
    const outcome = await runRegistry({
      name: config.name,
      baseUrl: target.url,
      transport: activeTransport,
      anonymousTransport,
      repo,
      mountRepo: ownRepositories ? `${config.mountRepository ?? `${config.repository}-mount`}/${options.runId}` : config.mountRepository ?? config.repository,
      runId: options.runId,
      specVersion: options.specVersion,
      limits,
      limitSources: profiled.sources,
      concurrency: config.concurrency ?? 4,
      planned,
      runTimeoutMs: (config.runTimeoutMinutes ?? DEFAULT_RUN_TIMEOUT_MINUTES) * 6e4,
      signal: options.signal,
      onResult: (result) => options.onProgress?.({ kind: "result", registry: config.name, result })
    });
    const close = async () => {
      try {
        const cleanup = await cleanUpRegistry({ transport: activeTransport, baseUrl: target.url, limits, ledger: outcome.ledger });
        const left = cleanup.leftBehind;
        record.cleanup = { deleted: cleanup.deleted, leftBehind: left.map(({ item, reason }) => ({ ...item, reason })) };
        if (left.length > 0) {
          options.onNote?.(config.name, `${left.length} pushed item(s) left in the registry: ${[...new Set(left.map((l) => l.reason))].join("; ")}`);
        }
      } finally {
        await stop();
      }
    };
    const participant = {
      name: config.name,
      repo,
      createRepository: ownRepositories,
      client: (evidence) => createRegistryClient({ transport: activeTransport, baseUrl: target.url, evidence }),
      fixtures: outcome.fixtures,
      ledger: outcome.ledger
    };
    const rateLimit = activeTransport.rateLimit();
    if (rateLimit) record.rateLimit = rateLimit;
    return finish(record, outcome.results, { participant, close });
  } catch (error) {
    await stop();
    return finish({ ...record, status: "error", reason: `harness error: ${describeError(error)}` });
  }
}
async function readCa(path) {
  const { readFile: readFile3 } = await import("node:fs/promises");
  return readFile3(path, "utf8");
}
export {
  DEFAULT_RUN_TIMEOUT_MINUTES,
  checkInfo,
  runMatrix
};

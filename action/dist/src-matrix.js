import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  cleanUp,
  createCleanupLedger,
  sameEveryRun
} from "./chunk-src-runner-cleanup.js";
import {
  parseChallenges
} from "./chunk-src-auth-challenge.js";
import {
  PreconditionFailed,
  PushRefused,
  appliesTo,
  collectPages,
  errorCode,
  levelFor
} from "./chunk-src-registry-push.js";
import {
  parseRetryAfter
} from "./chunk-src-http-retry-after.js";
import {
  ALL_MANIFEST_MEDIA_TYPES,
  algorithmOf,
  createDigester,
  digestOf,
  digestStream
} from "./chunk-src-oci-digest.js";
import {
  LoginError,
  basicSecrets,
  secretList,
  staticLogin
} from "./chunk-src-auth-login.js";
import {
  require_undici
} from "./chunk-undici-lib-web-fetch-index.js";
import "./chunk-src-profiles-names.js";
import {
  registryVerdicts
} from "./chunk-src-results-verdicts.js";
import {
  __toESM
} from "./chunk-runtime.js";

// src/matrix.ts
import { setMaxListeners as setMaxListeners2 } from "node:events";

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
  return new Promise((resolve) => {
    const child = spawn(program, ["get"], { env, stdio: ["pipe", "pipe", "pipe"], timeout: HELPER_TIMEOUT_MS });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => stdout += d);
    child.stderr.setEncoding("utf8").on("data", (d) => stderr += d);
    child.on("error", (error) => resolve({ code: null, stdout, stderr, spawnError: error }));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
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
  const secrets = secretList();
  const resolve = () => answer ??= runCredentialHelper(helper, server, env).then(({ username, secret }) => {
    secrets.add(secret);
    if (username === "<token>") return { kind: "refresh-token", refreshToken: async () => secret };
    if (!username) throw new LoginError(`credential helper docker-credential-${helper} failed: its answer for ${server} has no "Username"`);
    secrets.add(...basicSecrets(username, secret));
    return { kind: "basic", username, password: secret };
  });
  return { who: `docker-credential-${helper}`, secrets: secrets.all, watchSecrets: secrets.watch, current: resolve };
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

// src/profiles/profiles.ts
var PROFILES = {
  dockerhub: {
    title: "Docker Hub",
    limits: {
      createRepository: { value: false, source: "https://docs.docker.com/docker-hub/repos/create/ (names are <namespace>/<repository>: a run-unique level below cannot be created)" },
      deleteTag: { value: false, source: "https://github.com/docker/docs/blob/main/content/reference/api/registry/latest.yaml (manifest DELETE by digest 202, by tag 405)" }
    },
    namingDepth: { value: "<namespace>/<repository> (2 levels)", source: "https://docs.docker.com/docker-hub/repos/create/" },
    cleanup: { value: "DELETE /v2/<name>/manifests/<digest> with delete scope (PAT with Read, Write, Delete)", source: "https://github.com/docker/docs/blob/main/content/reference/api/registry/latest.yaml" },
    rateLimitHeaders: { value: ["ratelimit-limit", "ratelimit-remaining"], source: "https://docs.docker.com/docker-hub/usage/pulls/" },
    referrers: { value: "conflicting reports: probe", source: "https://github.com/docker/roadmap/issues/724" }
  },
  ecr: {
    title: "Amazon ECR",
    limits: {
      createRepository: { value: false, source: 'https://github.com/concourse/docker-image-resource/issues/197 ("name unknown: The repository … does not exist"; create-on-push needs a repository creation template)' },
      chunkMinLength: { value: 5242880, source: "https://docs.amazonaws.cn/en_us/AmazonECR/latest/userguide/service-quotas.html (layer part minimum 5 MiB except the last)" },
      anonymousMount: { value: false, source: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/blob-mounting.html (mount needs from=, same registry)" }
    },
    namingDepth: { value: "namespaced names such as team/app; no documented depth limit", source: "https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html" },
    cleanup: { value: "DELETE /v2/<name>/manifests/<digest> (or BatchDeleteImage); ECR removes unreferenced layers itself", source: "https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchDeleteImage.html" },
    referrers: { value: "yes since 2024-06-27", source: "https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-ecr-oci-image-distribution-version-1-1" }
  },
  gar: {
    title: "Google Artifact Registry",
    limits: {
      chunkedUpload: { value: false, source: 'https://cloud.google.com/artifact-registry/docs/reference/docker-api ("does not support Docker chunked uploads… You must use monolithic uploads")' }
    },
    namingDepth: { value: "<project>/<repository>/<image…>; the repository must exist, images below it are created on push", source: "https://github.com/google-github-actions/deploy-cloudrun/issues/420" },
    cleanup: { value: "DELETE /v2/<name>/manifests/<digest> (role Artifact Registry Repository Administrator)", source: "https://cloud.google.com/artifact-registry/docs/reference/docker-api" },
    referrers: { value: 'yes ("attachments"); older reports of redirects to a login page', source: "https://cloud.google.com/artifact-registry/docs/docker/manage-metadata" }
  },
  acr: {
    title: "Azure Container Registry",
    limits: {},
    cleanup: { value: "DELETE /v2/<name>/manifests/<digest> (role AcrDelete); conformance passes manifest and blob DELETE", source: "https://github.com/opencontainers/oci-conformance/tree/main/distribution-spec/v1.1" },
    referrers: { value: "yes (OCI-certified distribution-spec v1.1)", source: "https://github.com/opencontainers/oci-conformance/tree/main/distribution-spec/v1.1" }
  },
  harbor: {
    title: "Harbor",
    limits: {
      deleteTag: { value: false, source: "https://github.com/goharbor/harbor/blob/main/src/server/registry/manifest.go (deleteManifest: by digest only)" },
      anonymousMount: { value: false, source: "https://github.com/bazel-contrib/rules_img/blob/main/docs/registry-support.md" }
    },
    namingDepth: { value: "<project>/<repository…>; the project must exist", source: "https://github.com/goharbor/harbor/blob/main/src/server/middleware/v2auth/auth.go (project lookup fails otherwise)" },
    cleanup: { value: 'DELETE /v2/<name>/manifests/<digest> (robot permission "delete artifact"); Harbor garbage collection removes blobs', source: "https://github.com/goharbor/harbor/blob/main/src/server/registry/manifest.go" },
    referrers: { value: "yes since 2.8 (use 2.11 or later)", source: "https://github.com/goharbor/harbor/issues/17928" }
  },
  artifactory: {
    title: "JFrog Artifactory",
    limits: {
      mount: { value: false, source: "https://github.com/bazel-contrib/rules_img/blob/main/docs/registry-support.md (mount answered 202, an upload session)" }
    },
    namingDepth: { value: "<repo-key>/<image…> with the repository-path method", source: "https://jfrog.com/help/r/jfrog-artifactory-documentation/docker-repository-url-formats" },
    cleanup: { value: "DELETE /v2/<name>/manifests/<digest>; deleted blobs may still answer for a while", source: "https://github.com/opencontainers/oci-conformance/tree/main/distribution-spec/v1.1/artifactory" },
    referrers: { value: "yes since 7.90.1", source: "https://jfrog.com/help/r/jfrog-artifactory-documentation/use-referrers-rest-api-to-discover-oci-references" }
  }
};
function limitsWithProfile(profile, own) {
  const sources = {};
  const limits = {};
  if (profile) {
    for (const [key, entry] of Object.entries(PROFILES[profile].limits)) {
      limits[key] = entry.value;
      sources[key] = entry.source;
    }
  }
  for (const [key, value] of Object.entries(own ?? {})) {
    if (value === void 0) continue;
    limits[key] = value;
    delete sources[key];
  }
  return { limits, sources };
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
  let pattern;
  const current = () => {
    const all = list();
    if (all.length !== seen) {
      seen = all.length;
      const known = [...new Set(all.filter((s) => s && s.length >= 4))].sort((a, b) => b.length - a.length);
      pattern = known.length ? new RegExp(known.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g") : void 0;
    }
    return pattern;
  };
  const scrub = (text) => {
    const secrets2 = current();
    return secrets2 ? text.replace(secrets2, REDACTED) : text;
  };
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
  const issuedTokens = [];
  const redactor = createRedactor(() => [...staticSecrets, ...login.secrets(), ...issuedTokens]);
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
  async function readBody(raw, limit) {
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
    await readBody(raw, { bytes: ERROR_BODY_LIMIT, words: "an answer", over: "truncate" }).catch(() => void 0);
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
          return { status: raw.status, body: await readBody(raw, limitFor(raw, request)) };
        },
        realm,
        scopes,
        await login.current()
      ).then((issued) => {
        issuedTokens.push(issued.token);
        options.onSecret?.(issued.token);
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
      const body = await readBody(raw, limitFor(raw, request));
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
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
function wait(ms, signal) {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
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
  const listTags = (repo, params = {}) => {
    const query = {};
    if (params.n !== void 0) query.n = String(params.n);
    if (params.last !== void 0) query.last = params.last;
    return send("GET", withQuery(url(`/v2/${repo}/tags/list`), query), { scopes: pull(repo), expect: "tag-list" });
  };
  const listReferrers = (repo, digest, artifactType = []) => {
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
    listTags,
    listTagPages: async (repo, params, maxPages) => collectPages(await listTags(repo, params), (link) => getLink(link, repo), maxPages),
    getLink,
    listReferrers,
    listReferrerPages: async (repo, digest, artifactType, maxPages) => collectPages(await listReferrers(repo, digest, artifactType), (link) => getLink(link, repo), maxPages),
    resolveLocation: (response) => {
      const location = response.headers["location"];
      return location ? new URL(location, response.url).toString() : void 0;
    }
  };
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
      const { startReferenceRegistry } = await import("./src-reference-index.js");
      const auth = launch.auth === "basic" || launch.auth === "token" ? { kind: launch.auth, username: LAUNCH_USER, password } : { kind: "none" };
      const running2 = await startReferenceRegistry({
        auth,
        deviations: launch.deviations ?? [],
        chunkMinLength: launch.chunkMinLength,
        referrersPageSize: launch.referrersPageSize
      });
      return { ok: true, url: running2.url, credentials, stop: () => running2.close() };
    }
    const { findDistributionBinary, startDistribution } = await import("./src-targets-distribution.js");
    const binary = findDistributionBinary(launch.binary);
    if (!binary) {
      return {
        ok: false,
        status: "skipped",
        reason: `CNCF Distribution is not installed (${launch.binary ?? "/usr/bin/docker-registry"} not found): install it with "apt-get install docker-registry"`
      };
    }
    if (launch.auth === "token") {
      const { startTokenIssuer } = await import("./src-targets-token-issuer.js");
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
  const run2 = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run2.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
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
    const deadlineReached = new Promise((resolve) => {
      deadline?.onPass(() => {
        controller.abort(new TransportError("aborted", deadline.message));
        resolve({ status: "error", message: `not finished: ${deadline.message}` });
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
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => {
        const message = `check did not finish within ${Math.round(timeoutMs / 1e3)} s`;
        controller.abort(new TransportError("aborted", message));
        resolve({ status: "error", message });
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
  return cleanUp(client, options.ledger, {
    deleteManifests: deletes,
    deleteBlobs: deletes && options.limits.deleteBlob !== false,
    sharedRepository: options.limits.createRepository === false
  });
}
function describeError(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  const code = error.code;
  const detail = cause instanceof Error ? `: ${cause.message}` : "";
  return `${error.message}${code && !error.message.includes(code) ? ` (${code})` : ""}${detail}`;
}

// src/runner/registry-session.ts
var DEFAULT_RUN_TIMEOUT_MINUTES = 30;
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
    if (options.onSecret) login.watchSecrets(options.onSecret);
    const tls = config.tls ? { ca: config.tls.ca ? await readCa(config.tls.ca) : void 0, insecure: config.tls.insecure } : void 0;
    const activeTransport = createTransport({
      credentials: { kind: "none" },
      login,
      tls,
      timeoutMs: (config.timeoutSeconds ?? 30) * 1e3,
      onSecret: options.onSecret
    });
    transport = activeTransport;
    anonymousTransport = createTransport({ credentials: { kind: "none" }, tls, timeoutMs: (config.timeoutSeconds ?? 30) * 1e3, onSecret: options.onSecret });
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
    const concurrency = config.concurrency ?? 4;
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
      concurrency,
      planned,
      runTimeoutMs: (config.runTimeoutMinutes ?? DEFAULT_RUN_TIMEOUT_MINUTES) * 6e4,
      signal: options.signal,
      onResult: (result) => options.onProgress?.({ kind: "result", registry: config.name, result })
    });
    const close = async () => {
      try {
        const cleanup = await cleanUpRegistry({ transport: activeTransport, baseUrl: target.url, limits, ledger: outcome.ledger });
        const left = cleanup.leftBehind;
        record.cleanup = { deleted: cleanup.deleted, leftBehind: left.map(({ item, reason }) => ({ kind: item.kind, repo: item.repo, digest: item.digest, reason })) };
        if (left.length > 0) {
          options.onNote?.(config.name, `${left.length} pushed item(s) left in the registry: ${[...new Set(left.map((l) => l.reason))].join("; ")}`);
        }
      } finally {
        await stop();
      }
    };
    const session = {
      name: config.name,
      repo,
      createRepository: ownRepositories,
      concurrency,
      client: (evidence) => createRegistryClient({ transport: activeTransport, baseUrl: target.url, evidence }),
      fixtures: outcome.fixtures,
      ledger: outcome.ledger,
      close
    };
    const rateLimit = activeTransport.rateLimit();
    if (rateLimit) record.rateLimit = rateLimit;
    return finish(record, outcome.results, session);
  } catch (error) {
    await stop();
    return finish({ ...record, status: "error", reason: `harness error: ${describeError(error)}` });
  }
}
async function readCa(path) {
  const { readFile: readFile2 } = await import("node:fs/promises");
  return readFile2(path, "utf8");
}

// src/runner/run-id.ts
import { randomBytes } from "node:crypto";
function newRunId(now = /* @__PURE__ */ new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-").toLowerCase();
  return `r${stamp}-${randomBytes(3).toString("hex")}`;
}

// src/interop/copy.ts
var atSource = (message) => ({ ok: false, message, cause: "source" });
var atDestination = (message) => ({ ok: false, message, cause: "destination" });
async function copyManifest(from, to, reference, options = {}) {
  const seen = options.seen ?? /* @__PURE__ */ new Set();
  const source = await from.client.getManifest(from.repo, reference);
  if (source.status !== 200) return atSource(`GET ${reference} at the source answered HTTP ${source.status}`);
  const bytes = source.body;
  const digest = reference.includes(":") ? reference : digestOf(bytes);
  if (digestOf(bytes, algorithmOf(digest)) !== digest) {
    return atSource(`the source served ${reference} with bytes that do not hash to it`);
  }
  const mediaType = source.headers["content-type"]?.split(";")[0].trim() ?? "application/vnd.oci.image.manifest.v1+json";
  if (seen.has(digest)) return { ok: true, digest, mediaType, bytes };
  seen.add(digest);
  let json;
  try {
    json = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    return atSource(`${digest} at the source is not JSON`);
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
    if (copied) return copied;
  }
  const put = await to.client.putManifest(to.repo, options.tag ?? digest, bytes, mediaType);
  if (put.status !== 201) return atDestination(`PUT ${digest} (${mediaType}) at the destination answered HTTP ${put.status}${errorCode(put)}`);
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
    return atSource(`GET blob ${digest} at the source answered HTTP ${source.status}`);
  }
  const size = Number(source.headers["content-length"] ?? blob.size);
  const start = await to.client.startUpload(to.repo);
  const location = to.client.resolveLocation(start);
  if (start.status !== 202 || !location) {
    source.body.destroy();
    return atDestination(`POST upload at the destination answered HTTP ${start.status}${location ? "" : " without Location"}`);
  }
  const read = hashedSourceBody(from, digest, source.body);
  let put;
  try {
    put = await to.client.completeUpload(location, digest, { body: read.body, size });
  } catch (error) {
    if (read.broke()) return atSource(`the source's stream of blob ${digest} broke after ${read.bytes()} bytes: ${describeCause(read.broke())}`);
    throw error;
  }
  if (!read.digest()) read.close();
  const served = read.digest() ?? await rereadAtSource(from, digest);
  if (put.status !== 201) {
    if (served === digest) return atDestination(`PUT blob ${digest} at the destination answered HTTP ${put.status}${errorCode(put)}`);
    if (served) return atSource(`the source served blob ${digest} as bytes hashing to ${served}; the destination refused them (HTTP ${put.status}${errorCode(put)}), as it should`);
    return { ok: false, cause: "unknown", message: `PUT blob ${digest} at the destination answered HTTP ${put.status}${errorCode(put)}, and the source's bytes could not be read again to tell whether they were right` };
  }
  ledger?.add({ kind: "blob", repo: to.repo, digest });
  if (served && served !== digest) {
    return { ok: false, cause: "both", message: `the source served blob ${digest} as bytes hashing to ${served}, and the destination stored them under ${digest} (HTTP 201) without verifying the digest` };
  }
  return void 0;
}
function hashedSourceBody(from, digest, opened) {
  let unread = opened;
  let current = opened;
  let last;
  async function* again() {
    const source = await openAtSource(from, digest);
    if (!source.ok) throw new Error(`GET blob ${digest} again at the source, to send it once more, answered HTTP ${source.status}`);
    current = source.body;
    yield* source.body;
  }
  async function* hashed(chunks) {
    const attempt = { digester: createDigester(algorithmOf(digest)) };
    last = attempt;
    try {
      for await (const chunk of chunks) {
        attempt.digester.update(chunk);
        yield chunk;
      }
    } catch (error) {
      attempt.failure = error;
      throw error;
    }
    attempt.result = attempt.digester.digest();
  }
  const body = {
    open() {
      const chunks = unread ?? again();
      unread = void 0;
      return hashed(chunks);
    }
  };
  return {
    body,
    bytes: () => last?.digester.bytes() ?? 0,
    digest: () => last?.result,
    broke: () => last?.failure,
    close: () => current.destroy?.()
  };
}
var describeCause = (error) => error instanceof Error ? error.message : String(error);
async function rereadAtSource(from, digest) {
  const again = await openAtSource(from, digest);
  if (!again.ok) return void 0;
  try {
    return (await digestStream(again.body, algorithmOf(digest))).digest;
  } catch {
    return void 0;
  }
}
async function openAtSource(from, digest) {
  const source = await from.client.streamBlob(from.repo, digest);
  if (source.status === 200) return { ok: true, body: source.body };
  source.body.destroy();
  return { ok: false, status: source.status };
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
    if (digestOf(childBytes.body, algorithmOf(child.digest)) !== child.digest) return `child ${child.digest} does not hash to its digest`;
  }
  for (const blob of [json.config, ...json.layers ?? []]) {
    if (!blob?.digest || blob.urls?.length) continue;
    const response = await at.client.streamBlob(at.repo, blob.digest);
    if (response.status !== 200) {
      response.body.destroy();
      return `blob ${blob.digest} missing at the destination (HTTP ${response.status})`;
    }
    const algorithm = algorithmOf(blob.digest);
    const { digest: actual } = await digestStream(response.body, algorithm);
    if (actual !== blob.digest) return `blob ${blob.digest} came back hashing to ${actual}`;
  }
  return void 0;
}

// src/interop/pairs.ts
var ALL_PAIRS = { mode: "all-pairs" };
function interopPairs(participants, mode) {
  if (mode.mode === "hub") {
    const hub = participants.find((p) => p.name === mode.hub);
    if (!hub) return [];
    return participants.filter((p) => p !== hub).flatMap((p) => [[hub, p], [p, hub]]);
  }
  return participants.flatMap((source) => participants.filter((d) => d !== source).map((destination) => [source, destination]));
}

// src/interop/schedule.ts
function createPairScheduler(capacityOf) {
  const busy = /* @__PURE__ */ new Map();
  const waiting = [];
  const free = (name) => (busy.get(name) ?? 0) < Math.max(1, capacityOf(name));
  const take = (name, delta) => busy.set(name, (busy.get(name) ?? 0) + delta);
  const pump = () => {
    for (let i = 0; i < waiting.length; ) {
      const next = waiting[i];
      if (free(next.a) && free(next.b)) {
        waiting.splice(i, 1);
        next.start();
      } else i++;
    }
  };
  return {
    run(a, b, job) {
      return new Promise((resolve, reject) => {
        waiting.push({
          a,
          b,
          start: () => {
            take(a, 1);
            take(b, 1);
            job().then(resolve, reject).finally(() => {
              take(a, -1);
              take(b, -1);
              pump();
            });
          }
        });
        pump();
      });
    }
  };
}

// src/interop/run.ts
async function runInterop(participants, contents, options) {
  const started = performance.now();
  const mode = options.mode ?? { mode: "all-pairs" };
  const pairs = interopPairs(participants, mode);
  const total = pairs.length * contents.length;
  options.onProgress?.({ kind: "copies-started", total, pairs: pairs.length, mode });
  const byName = new Map(participants.map((p) => [p.name, p]));
  const scheduler = createPairScheduler((name) => byName.get(name).concurrency);
  let done = 0;
  const jobs = pairs.flatMap(
    ([source, destination]) => contents.map(
      (content) => scheduler.run(source.name, destination.name, async () => {
        const record = await copyOne(source, destination, content, options);
        options.onProgress?.({ kind: "copy-finished", record, done: ++done, total });
        return record;
      })
    )
  );
  const records = [...await Promise.all(jobs), ...hubNotTested(participants, contents, mode)];
  const durationMs = Math.round(performance.now() - started);
  options.onProgress?.({ kind: "copies-finished", records, durationMs });
  return { records, durationMs };
}
function hubNotTested(participants, contents, mode) {
  if (mode.mode !== "hub" || !mode.hub || participants.some((p) => p.name === mode.hub)) return [];
  const hub = mode.hub;
  const message = `hub ${hub} was not tested (see its registry status), so nothing was copied to or from it`;
  const skip = (source, destination, content) => ({ source, destination, content, status: "skip", message, durationMs: 0, evidence: [] });
  return participants.flatMap((p) => contents.flatMap((c) => [skip(hub, p.name, c.id), skip(p.name, hub, c.id)]));
}
async function copyOne(source, destination, content, options) {
  const started = performance.now();
  const evidence = collectEvidence();
  const record = (status, message, cause) => {
    const result = {
      source: source.name,
      destination: destination.name,
      content: content.id,
      status,
      message,
      ...cause ? { cause } : {},
      durationMs: Math.round(performance.now() - started),
      evidence: boundedEvidence(evidence.exchanges(), status === "pass")
    };
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
      // Catalogue content is the same in every run: a shared repository gets it under a fixed
      // tag and keeps it (see cleanup), so overlapping runs never delete it from each other.
      tag: `${destination.createRepository ? options.runId : "oci-matrix"}-from-${source.name}-${content.id}`.slice(0, 128),
      ledger: sameEveryRun(destination.ledger)
    });
    if (!copied.ok) return record("fail", `copy ${source.name} → ${destination.name}: ${copied.message}`, copied.cause);
    if (copied.digest !== stored.manifest.digest) return record("fail", `digest changed in transit: ${stored.manifest.digest} → ${copied.digest}`, "unknown");
    const problem = await verifyGraph(to, copied.digest, copied.bytes);
    if (problem) return record("fail", `after the copy, ${destination.name}: ${problem}`, "destination");
    return record("pass", `${copied.digest} copied and verified byte for byte`);
  } catch (error) {
    return record("error", `harness error: ${describeError(error)}`, "unknown");
  }
}

// src/requirements/index.ts
import { readFileSync } from "node:fs";

// src/package-root.ts
import { existsSync } from "node:fs";
function findRoot(from) {
  for (let dir = new URL("./", from); ; dir = new URL("../", dir)) {
    if (existsSync(new URL("package.json", dir))) return dir;
    if (dir.pathname === "/") throw new Error(`no package.json above ${from.pathname}`);
  }
}
var PACKAGE_ROOT = findRoot(new URL(new URL("../../src/package-root.ts", import.meta.url).href));
function packageFile(path) {
  return new URL(path, PACKAGE_ROOT);
}

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
var ALL = JSON.parse(readFileSync(packageFile("src/requirements/requirements.json"), "utf8"));
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

// src/tool.ts
import { readFileSync as readFileSync2 } from "node:fs";
var pkg = JSON.parse(readFileSync2(packageFile("package.json"), "utf8"));
var TOOL = { name: pkg.name, version: pkg.version };

// src/matrix.ts
async function runMatrix(options) {
  const runId = options.runId ?? newRunId();
  const specVersion = options.specVersion ?? options.config.specVersion;
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const signal = options.signal ?? new AbortController().signal;
  setMaxListeners2(0, signal);
  const selected = selectRegistries(options.config.registries, options.registries);
  const suites = options.suites?.includes("interop") && !options.suites.includes("artifacts") ? [...options.suites, "artifacts"] : options.suites;
  const context = { ...options, suites, runId, specVersion, signal };
  const opened = await Promise.all(selected.map((configured) => openAndCheck(configured, context)));
  try {
    const sessions = opened.flatMap((o) => o.session ? [o.session] : []);
    const contents = interopContents(options.checks);
    const interopMode = options.config.interop ?? ALL_PAIRS;
    const copying = sessions.length >= 2 && contents.length > 0 && (!options.suites?.length || options.suites.includes("interop"));
    const copies = copying ? await runInterop(sessions, contents, { runId, mode: interopMode, signal, onProgress: options.onProgress }) : void 0;
    const checks = options.checks.filter((check) => opened.some((r) => r.results.some((res) => res.check === check.id))).map((check) => checkInfo(check, specVersion));
    const results = opened.flatMap((r) => r.results);
    const model = {
      schemaVersion: 1,
      run: { id: runId, startedAt, finishedAt: "", specVersion, tool: TOOL },
      registries: opened.map((r) => r.record),
      checks,
      results,
      ...contents.length ? { contents: contents.map(({ id, title }) => ({ id, title })) } : {},
      ...copies ? { interop: copies.records, interopMode, interopDurationMs: copies.durationMs } : {}
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
  return { id, suite, title, level: levelFor(check, specVersion), spec, requirements: requirementIdsOfCheck(id, specVersion) };
}
function selectRegistries(all, names) {
  if (!names?.length) return all.filter((r) => r.config.enabled !== false);
  return all.filter((r) => names.includes(r.config.name));
}
export {
  checkInfo,
  runMatrix
};

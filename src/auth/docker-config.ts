// Credentials from a docker config.json, the way the docker CLI reads them (docker/cli
// cli/config/configfile/file.go, credentials/native_store.go, credentials/file_store.go):
// credHelpers[<host>] first, then credsStore, then the "auths" entry. Entries hold "auth"
// (base64 user:password), "identitytoken" (an OAuth2 refresh token, e.g. from `az acr login`)
// or "registrytoken" (a bearer token sent as is). Docker Hub lives under its legacy index URL.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { runCredentialHelper } from './credential-helper.js';
import type { Credentials } from '../http/types.js';
import { basicSecrets, LoginError, secretList, staticLogin, type Login } from './login.js';

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

interface DockerConfigFile {
  auths?: Record<string, AuthEntry>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

const DOCKER_HUB_INDEX = 'https://index.docker.io/v1/';
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/** `true` means the file docker itself reads: $DOCKER_CONFIG/config.json, else ~/.docker/config.json. */
export function dockerConfigPath(setting: string | true, env: NodeJS.ProcessEnv = process.env): string {
  if (setting === true) return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json');
  return setting.startsWith('~/') ? join(homedir(), setting.slice(2)) : setting;
}

/** The key docker stores a registry under: the legacy index URL for Docker Hub, host[:port] otherwise. */
export function serverAddressOf(url: string): string {
  const host = new URL(url).host;
  return DOCKER_HUB_HOSTS.has(host) ? DOCKER_HUB_INDEX : host;
}

/** docker's ConvertToHostname: "https://host:5000/v1/" → "host:5000". */
function hostnameOf(key: string): string {
  return key.replace(/^https?:\/\//, '').split('/')[0]!;
}

export type DockerConfigOutcome = { ok: true; login: Login } | { ok: false; reason: string };

export async function loginFromDockerConfig(setting: string | true, url: string, env: NodeJS.ProcessEnv = process.env): Promise<DockerConfigOutcome> {
  const path = dockerConfigPath(setting, env);
  let parsed: DockerConfigFile;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as DockerConfigFile;
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message;
    return { ok: false, reason: `cannot read docker config ${path}: ${why} (run "docker login", or set DOCKER_CONFIG)` };
  }
  const server = serverAddressOf(url);
  const host = new URL(url).host;
  const helper = parsed.credHelpers?.[server] ?? parsed.credHelpers?.[host] ?? parsed.credsStore;
  if (helper) return { ok: true, login: helperLogin(helper, server, env) };
  const auths = parsed.auths ?? {};
  const key = server in auths ? server : Object.keys(auths).find((k) => hostnameOf(k) === hostnameOf(server));
  const entry = key === undefined ? undefined : auths[key];
  if (!entry) return { ok: false, reason: `docker config ${path} has no credentials for ${server} (run "docker login ${host}")` };
  const login = loginFromEntry(entry);
  return login ? { ok: true, login } : { ok: false, reason: `docker config ${path}: the entry for ${server} holds no usable credentials` };
}

function loginFromEntry(entry: AuthEntry): Login | undefined {
  let { username, password } = entry;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) [username, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
  }
  const secrets = [entry.auth, entry.identitytoken, entry.registrytoken].filter((s): s is string => Boolean(s));
  if (entry.registrytoken) return staticLogin({ kind: 'bearer', token: entry.registrytoken }, 'a registry token', secrets);
  if (entry.identitytoken) {
    const token = entry.identitytoken;
    return staticLogin({ kind: 'refresh-token', refreshToken: async () => token }, `an identity token${username ? ` (user ${username})` : ''}`, secrets);
  }
  if (!username || !password) return undefined;
  return staticLogin({ kind: 'basic', username, password }, `user ${username}`, [...secrets, ...basicSecrets(username, password)]);
}

/** A credential helper is asked once, on first use; its failure is the registry's login error. */
export function helperLogin(helper: string, server: string, env: NodeJS.ProcessEnv = process.env): Login {
  let answer: Promise<Credentials> | undefined;
  const secrets = secretList();
  const resolve = () =>
    (answer ??= runCredentialHelper(helper, server, env).then(({ username, secret }): Credentials => {
      secrets.add(secret);
      if (username === '<token>') return { kind: 'refresh-token', refreshToken: async () => secret };
      if (!username) throw new LoginError(`credential helper docker-credential-${helper} failed: its answer for ${server} has no "Username"`);
      secrets.add(...basicSecrets(username, secret));
      return { kind: 'basic', username, password: secret };
    }));
  return { who: `docker-credential-${helper}`, secrets: secrets.all, watchSecrets: secrets.watch, current: resolve };
}

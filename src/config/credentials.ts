// Turns a registry's `auth` entry into transport credentials, and lists the secrets the
// evidence recorder must redact wherever they appear.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import type { Credentials } from '../http/types.js';
import type { RegistryConfig } from './schema.js';

export type ResolvedCredentials =
  | { ok: true; credentials: Credentials; secrets: string[] }
  | { ok: false; reason: string };

export async function resolveCredentials(registry: RegistryConfig, url: string): Promise<ResolvedCredentials> {
  const auth = registry.auth;
  if (!auth) return { ok: true, credentials: { kind: 'none' }, secrets: [] };
  if ('token' in auth) return { ok: true, credentials: { kind: 'bearer', token: auth.token }, secrets: [auth.token] };
  if ('username' in auth) {
    const basic = Buffer.from(`${auth.username}:${auth.password}`).toString('base64');
    return {
      ok: true,
      credentials: { kind: 'basic', username: auth.username, password: auth.password },
      secrets: [auth.password, basic],
    };
  }
  return fromDockerConfig(auth.dockerConfig, url);
}

interface DockerConfigFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

async function fromDockerConfig(file: string, url: string): Promise<ResolvedCredentials> {
  const path = file.startsWith('~/') ? `${homedir()}${file.slice(1)}` : file;
  let parsed: DockerConfigFile;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as DockerConfigFile;
  } catch (error) {
    return { ok: false, reason: `cannot read docker config ${file}: ${(error as Error).message}` };
  }
  const host = new URL(url).host;
  // Docker Hub's credentials are stored under the legacy index URL.
  const keys = [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, ...(host.endsWith('docker.io') ? ['https://index.docker.io/v1/'] : [])];
  const entry = keys.map((k) => parsed.auths?.[k]).find((e) => e !== undefined);
  if (!entry) {
    const helper = parsed.credHelpers?.[host] ?? parsed.credsStore;
    return {
      ok: false,
      reason: helper
        ? `docker config ${file} delegates ${host} to credential helper "${helper}", which oci-matrix does not call; put username/password in registries.yaml instead`
        : `docker config ${file} has no "auths" entry for ${host}`,
    };
  }
  let username = entry.username;
  let password = entry.password;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    username = decoded.slice(0, colon);
    password = decoded.slice(colon + 1);
  }
  if (entry.identitytoken) {
    // An identity token is exchanged like a password by the token flow (username "<token>").
    username = username || '<token>';
    password = entry.identitytoken;
  }
  if (!username || !password) return { ok: false, reason: `docker config ${file}: the entry for ${host} has no usable credentials` };
  const secrets = [password, ...(entry.auth ? [entry.auth] : [])];
  return { ok: true, credentials: { kind: 'basic', username, password }, secrets };
}

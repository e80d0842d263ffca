// Turns a registry's `auth` entry into a login: static credentials, a docker config.json
// (with its credential helpers), or a cloud provider's SDK, loaded only when an entry uses it.
import { basicSecrets, staticLogin, type Login } from '../auth/login.js';
import { helperLogin, loginFromDockerConfig, serverAddressOf } from '../auth/docker-config.js';
import type { RegistryConfig } from './schema.js';

export type ResolvedLogin = { ok: true; login: Login } | { ok: false; reason: string };

export async function resolveLogin(registry: RegistryConfig, url: string, env: NodeJS.ProcessEnv = process.env): Promise<ResolvedLogin> {
  const auth = registry.auth;
  if (!auth) return { ok: true, login: staticLogin({ kind: 'none' }, 'no credentials', []) };
  if ('token' in auth) return { ok: true, login: staticLogin({ kind: 'bearer', token: auth.token }, 'a bearer token', [auth.token]) };
  if ('username' in auth) {
    const { username, password } = auth;
    return { ok: true, login: staticLogin({ kind: 'basic', username, password }, `user ${username}`, basicSecrets(username, password)) };
  }
  if ('credentialHelper' in auth) return { ok: true, login: helperLogin(auth.credentialHelper, serverAddressOf(url), env) };
  if ('dockerConfig' in auth) return loginFromDockerConfig(auth.dockerConfig, url, env);
  const { providerLogin } = await import('../auth/providers/index.js');
  return { ok: true, login: await providerLogin(auth, url, env) };
}

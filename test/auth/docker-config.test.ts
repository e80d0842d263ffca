// docker config.json read the way docker reads it, and the credential-helper protocol through a
// real helper executable that the test writes (a shell script on PATH).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveLogin } from '../../src/config/credentials.js';
import type { RegistryConfig } from '../../src/config/schema.js';
import { LoginError } from '../../src/auth/login.js';

let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-matrix-docker-config-'));
  // A helper that records what it was asked and answers per server URL, as the protocol says:
  // `docker-credential-<name> get`, server URL on stdin, JSON on stdout, errors on stdout + exit 1.
  await writeHelper('fake', `
input=$(cat)
printf '%s' "$input" > "${dir}/asked-$1"
case "$input" in
  registry.example.com) printf '{"ServerURL":"%s","Username":"helper-user","Secret":"helper-secret-123"}' "$input" ;;
  acr.example.com) printf '{"ServerURL":"%s","Username":"<token>","Secret":"acr-refresh-token-456"}' "$input" ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac`);
  await writeHelper('broken', 'echo "error getting credentials - err: exit status 255, out: no AWS credentials" ; exit 1');
  env = { PATH: `${dir}:${process.env.PATH}`, DOCKER_CONFIG: join(dir, 'dot-docker') };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeHelper(name: string, body: string): Promise<void> {
  const path = join(dir, `docker-credential-${name}`);
  await writeFile(path, `#!/bin/sh\n${body}\n`);
  await chmod(path, 0o755);
}

async function writeConfig(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(content));
  return path;
}

function entry(url: string, auth: RegistryConfig['auth']): RegistryConfig {
  return { name: 'x', url, repository: 'a/b', auth };
}

async function credentialsOf(url: string, auth: RegistryConfig['auth']) {
  const resolved = await resolveLogin(entry(url, auth), url, env);
  if (!resolved.ok) throw new Error(resolved.reason);
  return { credentials: await resolved.login.current(), secrets: resolved.login.secrets(), who: resolved.login.who };
}

describe('docker config.json "auths"', () => {
  it('decodes "auth" (user:password, the password may hold colons) and lists both forms as secrets', async () => {
    const auth = Buffer.from('robot$ci:pa55:word').toString('base64');
    const file = await writeConfig('basic.json', { auths: { 'registry.example.com': { auth } } });
    const got = await credentialsOf('https://registry.example.com', { dockerConfig: file });
    expect(got.credentials).toEqual({ kind: 'basic', username: 'robot$ci', password: 'pa55:word' });
    expect(got.secrets).toEqual(expect.arrayContaining([auth, 'pa55:word']));
  });

  it('matches keys written with a scheme and path, and Docker Hub under its legacy index URL', async () => {
    const auth = Buffer.from('hubuser:dckr_pat_abc').toString('base64');
    const file = await writeConfig('hub.json', { auths: { 'https://index.docker.io/v1/': { auth }, 'https://other.example.com/v1/': { auth } } });
    expect((await credentialsOf('https://registry-1.docker.io', { dockerConfig: file })).credentials).toMatchObject({ username: 'hubuser' });
    expect((await credentialsOf('https://other.example.com', { dockerConfig: file })).credentials).toMatchObject({ username: 'hubuser' });
  });

  it('takes "identitytoken" as an OAuth2 refresh token and "registrytoken" as a bearer token', async () => {
    const file = await writeConfig('tokens.json', {
      auths: {
        'acr.example.com': { auth: Buffer.from('00000000-0000-0000-0000-000000000000:').toString('base64'), identitytoken: 'refresh-789' },
        'bearer.example.com': { registrytoken: 'registry-token-xyz' },
      },
    });
    const refresh = (await credentialsOf('https://acr.example.com', { dockerConfig: file })).credentials;
    expect(refresh.kind).toBe('refresh-token');
    if (refresh.kind === 'refresh-token') expect(await refresh.refreshToken({ realm: 'https://acr.example.com/oauth2/token' })).toBe('refresh-789');
    expect((await credentialsOf('https://bearer.example.com', { dockerConfig: file })).credentials).toEqual({ kind: 'bearer', token: 'registry-token-xyz' });
  });

  it('reads $DOCKER_CONFIG/config.json for `dockerConfig: true`', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'dot-docker'), { recursive: true });
    await writeFile(join(dir, 'dot-docker', 'config.json'), JSON.stringify({ auths: { 'registry.example.com': { auth: Buffer.from('env-user:env-pass').toString('base64') } } }));
    expect((await credentialsOf('https://registry.example.com', { dockerConfig: true })).credentials).toMatchObject({ username: 'env-user', password: 'env-pass' });
  });

  it('names the file and what to run when there is nothing usable', async () => {
    const file = await writeConfig('empty.json', { auths: {} });
    expect(await resolveLogin(entry('https://nothing.example.com', { dockerConfig: file }), 'https://nothing.example.com', env)).toEqual({
      ok: false,
      reason: `docker config ${file} has no credentials for nothing.example.com (run "docker login nothing.example.com")`,
    });
    expect(await resolveLogin(entry('https://x.example.com', { dockerConfig: join(dir, 'absent.json') }), 'https://x.example.com', env)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('it does not exist'),
    });
  });
});

describe('credential helpers (credHelpers, credsStore, credentialHelper)', () => {
  it('runs docker-credential-<name> get with the server URL on stdin and uses its answer', async () => {
    const file = await writeConfig('helpers.json', { credHelpers: { 'registry.example.com': 'fake' }, auths: { 'registry.example.com': {} } });
    const got = await credentialsOf('https://registry.example.com', { dockerConfig: file });
    expect(got.credentials).toEqual({ kind: 'basic', username: 'helper-user', password: 'helper-secret-123' });
    expect(got.secrets).toContain('helper-secret-123');
    expect(await readFile(join(dir, 'asked-get'), 'utf8')).toBe('registry.example.com');
  });

  it('treats a "<token>" user name from a helper as an identity token (refresh token)', async () => {
    const file = await writeConfig('store.json', { credsStore: 'fake' });
    const got = await credentialsOf('https://acr.example.com', { dockerConfig: file });
    expect(got.credentials.kind).toBe('refresh-token');
  });

  it('surfaces the helper\'s own message when it fails, and a missing helper by name', async () => {
    const failing = await resolveLogin(entry('https://123.dkr.ecr.eu-west-1.amazonaws.com', { credentialHelper: 'broken' }), 'https://123.dkr.ecr.eu-west-1.amazonaws.com', env);
    expect(failing.ok).toBe(true);
    if (!failing.ok) return;
    await expect(failing.login.current()).rejects.toThrow(
      new LoginError('credential helper docker-credential-broken failed: error getting credentials - err: exit status 255, out: no AWS credentials'),
    );
    const notFound = await resolveLogin(entry('https://unknown.example.com', { credentialHelper: 'fake' }), 'https://unknown.example.com', env);
    if (notFound.ok) await expect(notFound.login.current()).rejects.toThrow('credential helper docker-credential-fake failed: credentials not found in native keychain');
    const absent = await resolveLogin(entry('https://unknown.example.com', { credentialHelper: 'not-installed' }), 'https://unknown.example.com', env);
    if (absent.ok) await expect(absent.login.current()).rejects.toThrow('credential helper docker-credential-not-installed failed: it is not installed (not found on PATH)');
  });
});

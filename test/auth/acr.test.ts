// Azure Container Registry through a stand-in of its login protocol (/oauth2/exchange,
// /oauth2/token with a refresh token or Basic — shapes cited in test/support/stand-ins/acr.ts)
// in front of a real CNCF Distribution with `auth: token`. The Azure SDK is stubbed only at its
// client boundary (DefaultAzureCredential.getToken): no managed-identity endpoint is ever asked.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultAzureCredential } from '@azure/identity';
import { startAcr } from '../support/stand-ins/acr.js';
import type { StandIn } from '../support/stand-ins/stand-in.js';
import { expectCleanRun, expectNoSecrets, reasonOf, runCliWith } from '../support/login-run.js';

const TENANT = '72f988bf-0000-4000-8000-2d7cd011db47';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
// An Entra ID access token is a JWT; the exchange wants its tenant ("tid").
const ENTRA_TOKEN = `${b64({ typ: 'JWT', alg: 'RS256' })}.${b64({ tid: TENANT, aud: 'https://containerregistry.azure.net' })}.entra-canary-Hq7wR2`;
let acr: StandIn & { refreshTokens: Set<string> };
let dir: string;

beforeAll(async () => {
  acr = await startAcr({ entraTokens: [ENTRA_TOKEN], tenant: TENANT, admin: { username: 'acradmin', password: 'acr-admin-canary-9fK2' } });
  dir = await mkdtemp(join(tmpdir(), 'oci-matrix-acr-'));
});
afterAll(async () => {
  await acr?.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const entry = (auth: string) => `registries:\n  - name: acr\n    url: ${acr.url}\n    repository: oci-matrix/conformance\n    auth: ${auth}\n`;
const NO_IMDS = { AZURE_CLIENT_ID: '', AZURE_TENANT_ID: '', IDENTITY_ENDPOINT: '', MSI_ENDPOINT: '' };

describe('Azure Container Registry (provider: azure, identitytoken, admin user)', () => {
  it('exchanges an Entra ID token for a refresh token, then for access tokens, and runs pull and push end to end', async () => {
    const getToken = vi.spyOn(DefaultAzureCredential.prototype, 'getToken').mockResolvedValue({ token: ENTRA_TOKEN, expiresOnTimestamp: Date.now() + 3600_000 });
    const run = await runCliWith(entry('{ provider: azure }'), ['--suite', 'pull', '--suite', 'push'], NO_IMDS);
    expectCleanRun(run, 'acr');
    expect(getToken).toHaveBeenCalledWith('https://containerregistry.azure.net/.default');
    const exchange = acr.seen.find((r) => r.path === '/oauth2/exchange');
    expect(new URLSearchParams(exchange?.body)).toEqual(new URLSearchParams({ grant_type: 'access_token', service: 'stand-in.azurecr.io', access_token: ENTRA_TOKEN, tenant: TENANT }));
    expect(acr.seen.some((r) => r.method === 'POST' && r.path === '/oauth2/token' && new URLSearchParams(r.body).get('grant_type') === 'refresh_token')).toBe(true);
    expectNoSecrets(run, [ENTRA_TOKEN, 'entra-canary-Hq7wR2', ...acr.refreshTokens]);
  });

  it('uses the refresh token `az acr login` stores (null-GUID user, identitytoken) from docker config.json', async () => {
    vi.spyOn(DefaultAzureCredential.prototype, 'getToken').mockResolvedValue({ token: ENTRA_TOKEN, expiresOnTimestamp: Date.now() + 3600_000 });
    // What `az acr login` leaves behind: the exchange's refresh token as identitytoken.
    const response = await fetch(`${acr.url}/oauth2/exchange`, { method: 'POST', body: new URLSearchParams({ grant_type: 'access_token', service: 'stand-in.azurecr.io', access_token: ENTRA_TOKEN }) });
    const { refresh_token: refresh } = (await response.json()) as { refresh_token: string };
    const host = new URL(acr.url).host;
    await writeFile(join(dir, 'config.json'), JSON.stringify({ auths: { [host]: { auth: Buffer.from('00000000-0000-0000-0000-000000000000:').toString('base64'), identitytoken: refresh } } }));
    const run = await runCliWith(entry(`{ dockerConfig: "${join(dir, 'config.json')}" }`), ['--suite', 'pull']);
    expectCleanRun(run, 'acr');
    expectNoSecrets(run, [refresh]);
  });

  it('logs in with the admin user through Basic GET /oauth2/token', async () => {
    const run = await runCliWith(entry('{ username: acradmin, password: "${ACR_PASSWORD}" }'), ['--suite', 'pull'], { ACR_PASSWORD: 'acr-admin-canary-9fK2' });
    expectCleanRun(run, 'acr');
    expectNoSecrets(run, ['acr-admin-canary-9fK2']);
  });

  it('an Entra ID token ACR does not accept (expired) is one error naming the exchange', async () => {
    vi.spyOn(DefaultAzureCredential.prototype, 'getToken').mockResolvedValue({ token: 'expired.entra.token', expiresOnTimestamp: Date.now() + 3600_000 });
    const run = await runCliWith(entry('{ provider: azure }'), ['--fail-on', 'fail'], NO_IMDS);
    expect(run.code).toBe(1);
    expect(reasonOf(run, 'acr')).toBe(
      `credentials rejected by the token exchange ${acr.url}/oauth2/exchange (HTTP 401: the Entra ID token is invalid or expired): the identity needs a role such as AcrPush on the registry`,
    );
  });

  it('a wrong admin password and no Entra ID credentials are each one clear error', async () => {
    const wrong = await runCliWith(entry('{ username: acradmin, password: wrong-0000 }'));
    expect(reasonOf(wrong, 'acr')).toBe(`credentials rejected by the token service ${acr.url}/oauth2/token (HTTP 401, user acradmin): authentication required`);
    const { CredentialUnavailableError } = await import('@azure/identity');
    vi.spyOn(DefaultAzureCredential.prototype, 'getToken').mockRejectedValue(new CredentialUnavailableError('DefaultAzureCredential failed to retrieve a token from the included credentials.'));
    const none = await runCliWith(entry('{ provider: azure }'), [], NO_IMDS);
    expect(reasonOf(none, 'acr')).toMatch(/^Azure login failed: Entra ID token: CredentialUnavailableError: DefaultAzureCredential failed to retrieve a token from the included credentials\. \(DefaultAzureCredential: AZURE_\* variables/);
  });
});

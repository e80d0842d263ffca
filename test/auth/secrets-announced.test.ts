// Secrets obtained during a run are announced (RunOptions.onSecret, what the GitHub Action masks
// with core.setSecret) before they are used: the cloud logins' tokens, stubbed at the same SDK
// client boundaries as the other auth tests (ECRClient.send, GoogleAuth.getAccessToken,
// DefaultAzureCredential.getToken), and every token the vendors' token services (loopback
// stand-ins in front of a real CNCF Distribution) issue. "Before they are used" is checked at the
// moment of each announcement: the stand-in has not yet been sent the secret in any request.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { GoogleAuth } from 'google-auth-library';
import { DefaultAzureCredential } from '@azure/identity';
import { expiringLogin } from '../../src/auth/login.js';
import { runMatrix } from '../../src/matrix.js';
import type { RegistryConfig } from '../../src/config/schema.js';
import { ALL_CHECKS } from '../../suites/index.js';
import { configOf } from '../support/matrix.js';
import type { StandIn } from '../support/stand-ins/stand-in.js';
import { startEcr } from '../support/stand-ins/ecr.js';
import { startGar } from '../support/stand-ins/gar.js';
import { startAcr } from '../support/stand-ins/acr.js';

const stops: (() => Promise<void>)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
afterAll(async () => {
  for (const stop of stops) await stop();
});

interface Announced {
  secret: string;
  /** Whether the stand-in had already been sent it (in a path, an Authorization header or a body). */
  alreadySent: boolean;
}

async function runAnnouncing(standIn: StandIn, registry: RegistryConfig) {
  const announced: Announced[] = [];
  const sentSoFar = () => standIn.seen.map((r) => `${r.path}\n${r.authorization ?? ''}\n${r.body ?? ''}`).join('\n');
  const results = await runMatrix({
    config: configOf([registry]),
    checks: ALL_CHECKS,
    suites: ['discovery'],
    onSecret: (secret) => announced.push({ secret, alreadySent: sentSoFar().includes(secret) }),
  });
  expect(results.registries[0], 'the registry was tested').toMatchObject({ status: 'tested' });
  return { announced, secrets: new Set(announced.map((a) => a.secret)) };
}

/** Every Bearer token and Basic credential the stand-in was presented on /v2/ requests. */
function presented(standIn: StandIn): { bearer: Set<string>; basic: Set<string> } {
  const headers = standIn.seen.filter((r) => r.path.startsWith('/v2/')).map((r) => r.authorization ?? '');
  const after = (scheme: string) => new Set(headers.filter((h) => h.startsWith(`${scheme} `)).map((h) => h.slice(scheme.length + 1)));
  return { bearer: after('Bearer'), basic: after('Basic') };
}

function expectAnnouncedBeforeUse(announced: Announced[]): void {
  expect(announced.filter((a) => a.alreadySent).map((a) => `${a.secret.slice(0, 12)}…`), 'secrets announced only after they were sent').toEqual([]);
}

describe('secrets obtained during a run are announced before they are used', () => {
  it('a login that refreshes announces each new secret before handing out the credentials; a late listener hears what is known', async () => {
    let clock = 0;
    let issued = 0;
    const login = expiringLogin('a test login', async () => {
      issued += 1;
      const password = `refreshed-${issued}-canary`;
      return { credentials: { kind: 'basic', username: 'u', password }, secrets: [password], expiresAt: clock + 60_000 };
    }, { now: () => clock });
    const heard: string[] = [];
    login.watchSecrets((secret) => heard.push(secret));
    expect(heard).toEqual([]);
    const first = await login.current();
    expect(heard).toEqual(['refreshed-1-canary']);
    expect(first).toMatchObject({ password: 'refreshed-1-canary' });
    clock += 59_000; // inside the refresh margin: the next use fetches again
    const second = await login.current();
    expect(second).toMatchObject({ password: 'refreshed-2-canary' });
    expect(heard).toEqual(['refreshed-1-canary', 'refreshed-2-canary']);
    const late: string[] = [];
    login.watchSecrets((secret) => late.push(secret));
    expect(late).toEqual(heard);
  });

  it('ECR: the GetAuthorizationToken answer (token, password, Basic form)', async () => {
    const ecr = await startEcr({ repositories: ['oci-matrix', 'oci-matrix-mount'], now: () => Date.now() });
    stops.push(() => ecr.close());
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    let authorizationToken = '';
    vi.spyOn(ECRClient.prototype, 'send').mockImplementation(async (command: unknown) => {
      expect(command).toBeInstanceOf(GetAuthorizationTokenCommand);
      const data = ecr.issue(12 * 3600_000);
      authorizationToken = data.authorizationToken;
      return { authorizationData: [data] } as never;
    });
    const { announced, secrets } = await runAnnouncing(ecr, { name: 'ecr', url: ecr.url, repository: 'oci-matrix', auth: { provider: 'ecr', region: 'eu-west-1' }, limits: { createRepository: false } });
    const password = Buffer.from(authorizationToken, 'base64').toString('utf8').slice('AWS:'.length);
    expect(secrets).toContain(authorizationToken);
    expect(secrets).toContain(password);
    expect([...ecr.passwordsUsed()].every((p) => secrets.has(p))).toBe(true);
    // ECR has no token service: every request carries Basic AWS:<password>, announced before the first.
    expect(presented(ecr).basic.size).toBeGreaterThan(0);
    for (const basic of presented(ecr).basic) expect(secrets).toContain(basic);
    expectAnnouncedBeforeUse(announced);
  });

  it('GAR: the Application Default Credentials access token, and every token the token service issues', async () => {
    const accessToken = 'ya29.sec9-announce-canary-Qm81';
    const gar = await startGar({ accessTokens: [accessToken], repositories: ['my-project/oci-matrix'] });
    stops.push(() => gar.close());
    vi.stubEnv('METADATA_SERVER_DETECTION', 'none');
    vi.spyOn(GoogleAuth.prototype, 'getAccessToken').mockResolvedValue(accessToken);
    const { announced, secrets } = await runAnnouncing(gar, { name: 'gar', url: gar.url, repository: 'my-project/oci-matrix/conformance', auth: { provider: 'gcp' } });
    expect(secrets).toContain(accessToken);
    expect(secrets).toContain(Buffer.from(`oauth2accesstoken:${accessToken}`).toString('base64'));
    const { bearer } = presented(gar);
    expect(bearer.size).toBeGreaterThan(0);
    for (const token of bearer) expect(secrets.has(token), 'a Bearer token sent to the registry was announced').toBe(true);
    expectAnnouncedBeforeUse(announced);
  });

  it('ACR: the Entra ID token, the refresh token of the exchange, and every access token', async () => {
    const tenant = '72f988bf-0000-4000-8000-2d7cd011db47';
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const entraToken = `${b64({ typ: 'JWT', alg: 'RS256' })}.${b64({ tid: tenant, aud: 'https://containerregistry.azure.net' })}.sec9-entra-canary`;
    const acr = await startAcr({ entraTokens: [entraToken], tenant });
    stops.push(() => acr.close());
    for (const name of ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'IDENTITY_ENDPOINT', 'MSI_ENDPOINT']) vi.stubEnv(name, '');
    vi.spyOn(DefaultAzureCredential.prototype, 'getToken').mockResolvedValue({ token: entraToken, expiresOnTimestamp: Date.now() + 3600_000 });
    const { announced, secrets } = await runAnnouncing(acr, { name: 'acr', url: acr.url, repository: 'oci-matrix/conformance', auth: { provider: 'azure' } });
    expect(secrets).toContain(entraToken);
    expect(acr.refreshTokens.size).toBeGreaterThan(0);
    for (const refresh of acr.refreshTokens) expect(secrets.has(refresh), 'a refresh token was announced').toBe(true);
    const { bearer } = presented(acr);
    expect(bearer.size).toBeGreaterThan(0);
    for (const token of bearer) expect(secrets.has(token), 'an access token sent to the registry was announced').toBe(true);
    expectAnnouncedBeforeUse(announced);
  });
});

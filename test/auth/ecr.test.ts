// Amazon ECR through a stand-in of its login protocol (Basic AWS:<password> on every request, no
// token service; 403 once the password expired; repositories that must exist — shapes cited in
// test/support/stand-ins/ecr.ts) in front of a real CNCF Distribution. The AWS SDK is stubbed
// only at its client boundary (ECRClient.send): no credential chain or metadata service runs.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { loginClock } from '../../src/auth/login.js';
import { regionOfEcrHost } from '../../src/auth/providers/ecr.js';
import { startEcr, type EcrStandIn } from '../support/stand-ins/ecr.js';
import { expectCleanRun, expectNoSecrets, reasonOf, runCliWith } from '../support/login-run.js';

const TWELVE_HOURS = 12 * 3600_000;
let ecr: EcrStandIn;
// The stand-in and the login judge expiry by one clock, which the test moves forward: 12 hours
// pass in the middle of a run without anyone waiting for them.
let offset = 0;
const now = () => Date.now() + offset;
let jumpAt = Infinity;

beforeAll(async () => {
  loginClock.now = now;
  ecr = await startEcr({
    repositories: ['oci-matrix', 'oci-matrix-mount'],
    now,
    onRequest: (count) => {
      // To one minute before expiry: inside the login's refresh margin, so the requests in
      // flight with the old password are still good and every later one carries a new one.
      if (count === jumpAt) offset += TWELVE_HOURS - 60_000;
    },
  });
});
afterAll(async () => {
  loginClock.now = () => Date.now();
  await ecr?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  jumpAt = Infinity;
});

const entry = (auth: string, repository = 'oci-matrix') =>
  `registries:\n  - name: ecr\n    url: ${ecr.url}\n    repository: ${repository}\n    auth: ${auth}\n    limits: { createRepository: false }\n`;
const NO_METADATA = { AWS_EC2_METADATA_DISABLED: 'true', AWS_ACCESS_KEY_ID: 'AKIDSTANDIN', AWS_SECRET_ACCESS_KEY: 'not-used-the-sdk-is-stubbed' };

function stubGetAuthorizationToken() {
  return vi.spyOn(ECRClient.prototype, 'send').mockImplementation(async (command: unknown) => {
    expect(command).toBeInstanceOf(GetAuthorizationTokenCommand);
    return { authorizationData: [ecr.issue(TWELVE_HOURS)] } as never;
  });
}

describe('Amazon ECR (provider: ecr)', () => {
  it('reads the region from the host name', () => {
    expect(regionOfEcrHost('123456789012.dkr.ecr.eu-west-1.amazonaws.com')).toBe('eu-west-1');
    expect(regionOfEcrHost('123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com')).toBe('us-gov-west-1');
    expect(regionOfEcrHost('registry.example.com')).toBeUndefined();
  });

  it('logs in with Basic AWS:<token>, and when the token nears expiry mid-run fetches a new one before the registry refuses it', async () => {
    const send = stubGetAuthorizationToken();
    jumpAt = 60; // 11 h 59 min pass after the stand-in's 60th request
    const run = await runCliWith(entry('{ provider: ecr, region: eu-west-1 }'), ['--suite', 'pull', '--suite', 'push'], NO_METADATA);
    expectCleanRun(run, 'ecr');
    expect(send.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(ecr.passwordsUsed().size).toBeGreaterThanOrEqual(2);
    expect(ecr.expiredRefusals()).toBe(0);
    expectNoSecrets(run, [...ecr.passwordsUsed()]);
  });

  it('an expired password (e.g. a stale `aws ecr get-login-password`) is one error with ECR\'s own words', async () => {
    const { authorizationToken } = ecr.issue(1000);
    const password = Buffer.from(authorizationToken, 'base64').toString('utf8').slice('AWS:'.length);
    offset += 2000;
    const run = await runCliWith(entry('{ username: AWS, password: "${ECR_PASSWORD}" }'), [], { ECR_PASSWORD: password });
    expect(reasonOf(run, 'ecr')).toBe(`credentials rejected by ${ecr.url}/v2/ (HTTP 403, user AWS): Your authorization token has expired. Reauthenticate and try again.`);
    expectNoSecrets(run, [password]);
  });

  it('a wrong password, no credentials, and an SDK without credentials are each one clear error', async () => {
    const wrong = await runCliWith(entry('{ username: AWS, password: wrong-0000 }'));
    expect(reasonOf(wrong, 'ecr')).toBe(`credentials rejected by ${ecr.url}/v2/ (HTTP 401, user AWS): Not Authorized`);
    const none = await runCliWith(entry('{ provider: ecr, region: eu-west-1 }').replace(/    auth: .*\n/, ''));
    expect(reasonOf(none, 'ecr')).toBe(`no credentials configured for ${ecr.url} (it asks for Basic realm="${ecr.url}/",service="ecr.amazonaws.com"): add \`auth\` in registries.yaml`);
    // What the SDK's default chain throws when it finds nothing (name and message as the SDK sets them).
    vi.spyOn(ECRClient.prototype, 'send').mockRejectedValue(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }));
    const sdk = await runCliWith(entry('{ provider: ecr, region: eu-west-1 }'), [], NO_METADATA);
    expect(reasonOf(sdk, 'ecr')).toMatch(/^ECR login failed: GetAuthorizationToken in eu-west-1: CredentialsProviderError: Could not load credentials from any providers \(the AWS SDK's default credential chain/);
  });

  it('a repository that does not exist is named, with what to do', async () => {
    stubGetAuthorizationToken();
    const run = await runCliWith(entry('{ provider: ecr, region: eu-west-1 }', 'not-created'), [], NO_METADATA);
    expect(reasonOf(run, 'ecr')).toBe(
      `repository not-created does not exist on ${ecr.url} and the registry does not create it on push: create it first (the registry says: The repository with name 'not-created' does not exist in the registry with id '123456789012')`,
    );
  });
});

// Google Artifact Registry through a stand-in of its login protocol (token endpoint /v2/token on
// the registry host, user oauth2accesstoken or _json_key — shapes cited in
// test/support/stand-ins/gar.ts) in front of a real CNCF Distribution with `auth: token`.
// The Google SDK is stubbed only at its client boundary (GoogleAuth.getAccessToken): no metadata
// server is ever asked.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GoogleAuth } from 'google-auth-library';
import { startGar } from '../support/stand-ins/gar.js';
import type { StandIn } from '../support/stand-ins/stand-in.js';
import { expectCleanRun, expectNoSecrets, reasonOf, runCliWith } from '../support/login-run.js';

const ACCESS_TOKEN = 'ya29.gar-canary-Kd93nVb2LqW7';
const JSON_KEY = JSON.stringify({ type: 'service_account', client_email: 'ci@p.iam.gserviceaccount.com', private_key: 'gar-key-canary-Pz41' });
let gar: StandIn;

beforeAll(async () => {
  gar = await startGar({ accessTokens: [ACCESS_TOKEN], jsonKeys: [JSON_KEY], repositories: ['my-project/oci-matrix'] });
});
afterAll(async () => {
  await gar?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const entry = (auth: string) =>
  `registries:\n  - name: gar\n    url: ${gar.url}\n    repository: my-project/oci-matrix/conformance\n    auth: ${auth}\n    limits: { chunkedUpload: false }\n`;
// Belt and braces: even an unstubbed call could not reach a metadata server from here.
const NO_METADATA = { METADATA_SERVER_DETECTION: 'none', GCE_METADATA_HOST: '127.0.0.1:9', GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent/key.json' };

describe('Google Artifact Registry (provider: gcp, _json_key)', () => {
  it('logs in with an ADC access token as oauth2accesstoken and runs pull and push end to end; the token appears nowhere', async () => {
    const getAccessToken = vi.spyOn(GoogleAuth.prototype, 'getAccessToken').mockResolvedValue(ACCESS_TOKEN);
    const run = await runCliWith(entry('{ provider: gcp }'), ['--suite', 'pull', '--suite', 'push'], NO_METADATA);
    expectCleanRun(run, 'gar');
    expect(getAccessToken).toHaveBeenCalled();
    expect(gar.seen.some((r) => r.path.startsWith('/v2/token?') && r.authorization === `Basic ${Buffer.from(`oauth2accesstoken:${ACCESS_TOKEN}`).toString('base64')}`)).toBe(true);
    expectNoSecrets(run, [ACCESS_TOKEN]);
  });

  it('accepts a service-account key as user _json_key', async () => {
    const run = await runCliWith(entry('{ username: _json_key, password: "${GAR_JSON_KEY}" }'), ['--suite', 'pull'], { GAR_JSON_KEY: JSON_KEY });
    expectCleanRun(run, 'gar');
    expectNoSecrets(run, [JSON_KEY, 'gar-key-canary-Pz41']);
  });

  it('an expired access token is one error naming the token service', async () => {
    vi.spyOn(GoogleAuth.prototype, 'getAccessToken').mockResolvedValue('ya29.expired-token-0000');
    const run = await runCliWith(entry('{ provider: gcp }'), [], NO_METADATA);
    expect(run.results.results).toEqual([]);
    expect(reasonOf(run, 'gar')).toBe(`credentials rejected by the token service ${gar.url}/v2/token (HTTP 401, user oauth2accesstoken (Application Default Credentials)): failed authentication`);
  });

  it('no Application Default Credentials is one error that says where ADC come from', async () => {
    vi.spyOn(GoogleAuth.prototype, 'getAccessToken').mockRejectedValue(new Error('Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.'));
    const run = await runCliWith(entry('{ provider: gcp }'), [], NO_METADATA);
    expect(reasonOf(run, 'gar')).toBe(
      'Google login failed: Application Default Credentials: Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information. (set GOOGLE_APPLICATION_CREDENTIALS, run "gcloud auth application-default login", or use google-github-actions/auth in GitHub Actions)',
    );
  });
});

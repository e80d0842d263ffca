// Docker Hub through a stand-in of its token service (user + personal access token, pushes only
// into the user's namespace, ratelimit-limit / ratelimit-remaining on manifest GETs and a 429
// once the limit is spent — shapes cited in test/support/stand-ins/dockerhub.ts) in front of a
// real CNCF Distribution with `auth: token`.
import { afterEach, describe, expect, it } from 'vitest';
import { startDockerHub } from '../support/stand-ins/dockerhub.js';
import { expectCleanRun, expectNoSecrets, reasonOf, runCliWith } from '../support/login-run.js';

const PAT = 'dckr_pat_hub-canary-Xw82Lq0Tz';
let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

async function hub(pullLimit: number) {
  const standIn = await startDockerHub({ users: { hubuser: PAT }, pullLimit });
  stop = () => standIn.close();
  return standIn;
}

const entry = (url: string, auth: string) =>
  `registries:\n  - name: dockerhub\n    url: ${url}\n    repository: hubuser/oci-matrix\n${auth ? `    auth: ${auth}\n` : ''}    limits: { createRepository: false }\n`;

describe('Docker Hub (personal access token)', () => {
  it('runs pull and push end to end with a PAT, reports the rate-limit headers, and the PAT appears nowhere', async () => {
    const standIn = await hub(10_000);
    const run = await runCliWith(entry(standIn.url, '{ username: hubuser, password: "${DOCKERHUB_TOKEN}" }'), ['--suite', 'pull', '--suite', 'push'], { DOCKERHUB_TOKEN: PAT });
    expectCleanRun(run, 'dockerhub');
    const headers = run.results.results.flatMap((r) => r.evidence).find((e) => e.method === 'GET' && e.url.includes('/manifests/') && e.responseHeaders['ratelimit-limit']);
    expect(headers?.responseHeaders).toMatchObject({ 'ratelimit-limit': '10000;w=21600', 'ratelimit-remaining': expect.stringMatching(/^\d+;w=21600$/) });
    expect(standIn.seen.some((r) => r.path.startsWith('/token?') && r.path.includes('service=registry.docker.io'))).toBe(true);
    expectNoSecrets(run, [PAT, `hubuser:${PAT}`]);
  });

  it('once the pull limit is spent, manifest GETs answer 429 with Docker Hub\'s message, and no manifest check passes on a 429', async () => {
    const standIn = await hub(3);
    const run = await runCliWith(entry(standIn.url, '{ username: hubuser, password: "${DOCKERHUB_TOKEN}" }'), ['--suite', 'pull'], { DOCKERHUB_TOKEN: PAT });
    expect(standIn.pullsLeft()).toBe(0);
    const limited = run.results.results.filter((r) => r.evidence.some((e) => e.status === 429));
    expect(limited.length).toBeGreaterThan(0);
    // A manifest check answered 429 is not a pass (pull.errors.envelope may pass: the 429 carries a valid error envelope).
    expect(limited.filter((r) => r.check.startsWith('pull.manifest.') && r.status === 'pass').map((r) => r.check)).toEqual([]);
    expect(limited.find((r) => r.evidence.some((e) => e.status === 429))!.evidence.find((e) => e.status === 429)?.responseHeaders).toMatchObject({ 'ratelimit-remaining': '0;w=21600' });
    // Retried 429s are recorded without a body; the one the check read carries Docker Hub's message.
    expect(limited.flatMap((r) => r.evidence).some((e) => e.status === 429 && e.responseBody?.includes('TOOMANYREQUESTS'))).toBe(true);
  });

  it('a wrong PAT is one error with Docker Hub\'s words; no credentials and another namespace are each one clear error', async () => {
    const standIn = await hub(10_000);
    const wrong = await runCliWith(entry(standIn.url, '{ username: hubuser, password: dckr_pat_revoked-0000 }'));
    expect(reasonOf(wrong, 'dockerhub')).toBe(`credentials rejected by the token service ${standIn.url}/token (HTTP 401, user hubuser): incorrect username or password`);
    const none = await runCliWith(entry(standIn.url, ''));
    expect(reasonOf(none, 'dockerhub')).toMatch(new RegExp(`^no credentials configured for ${standIn.url} \\(it asks for Bearer realm="${standIn.url}/token",service="registry.docker.io",scope="repository:hubuser/oci-matrix:(pull,push|push,pull)".* to push\\): add \`auth\` in registries.yaml$`));
    const other = await runCliWith(entry(standIn.url, '{ username: hubuser, password: "${DOCKERHUB_TOKEN}" }').replace('hubuser/oci-matrix', 'someone-else/oci-matrix'), [], { DOCKERHUB_TOKEN: PAT });
    expect(reasonOf(other, 'dockerhub')).toBe('the token for scope repository:someone-else/oci-matrix:push was refused: this account (user hubuser) lacks push on someone-else/oci-matrix (the registry says: authentication required)');
  });
});

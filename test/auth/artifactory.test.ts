// JFrog Artifactory through a stand-in of its Docker login protocol, repository-path method
// (realm /artifactory/api/docker/<repo-key>/v2/token, Basic user + access token — shapes cited
// in test/support/stand-ins/artifactory.ts) in front of a real CNCF Distribution with `auth: token`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startArtifactory } from '../support/stand-ins/artifactory.js';
import type { StandIn } from '../support/stand-ins/stand-in.js';
import { expectCleanRun, expectNoSecrets, reasonOf, runCliWith } from '../support/login-run.js';

const ACCESS_TOKEN = 'cmVmdGtuOjAxOjE3OTk-artifactory-canary-Lm3q';
let artifactory: StandIn & { tokenPath: string };

beforeAll(async () => {
  artifactory = await startArtifactory({ repoKey: 'docker-local', users: { ci: ACCESS_TOKEN } });
});
afterAll(async () => {
  await artifactory?.close();
});

const entry = (auth: string, repository = 'docker-local/oci-matrix') =>
  `registries:\n  - name: artifactory\n    url: ${artifactory.url}\n    repository: ${repository}\n${auth ? `    auth: ${auth}\n` : ''}    limits: { mount: false }\n`;

describe('Artifactory (access token, repository-key path)', () => {
  it('gets tokens from the repository key\'s token endpoint and runs pull and push end to end; the token appears nowhere', async () => {
    const run = await runCliWith(entry('{ username: ci, password: "${ARTIFACTORY_TOKEN}" }'), ['--suite', 'pull', '--suite', 'push'], { ARTIFACTORY_TOKEN: ACCESS_TOKEN });
    expectCleanRun(run, 'artifactory');
    expect(artifactory.seen.some((r) => r.path.startsWith(`${artifactory.tokenPath}?`))).toBe(true);
    expectNoSecrets(run, [ACCESS_TOKEN]);
  });

  it('a wrong or expired token is one error naming the repository\'s token endpoint', async () => {
    const run = await runCliWith(entry('{ username: ci, password: expired-token-0000 }'));
    expect(reasonOf(run, 'artifactory')).toBe(`credentials rejected by the token service ${artifactory.url}${artifactory.tokenPath} (HTTP 401, user ci): Bad credentials`);
  });

  it('no credentials is one error that says what to add', async () => {
    const run = await runCliWith(entry(''));
    expect(reasonOf(run, 'artifactory')).toBe(
      `no credentials configured for ${artifactory.url} (it asks for Bearer realm="${artifactory.url}${artifactory.tokenPath}",service="stand-in.jfrog.io"): add \`auth\` in registries.yaml`,
    );
  });

  it('a repository outside the repository key cannot be pushed, and says so', async () => {
    const run = await runCliWith(entry('{ username: ci, password: "${ARTIFACTORY_TOKEN}" }', 'other-key/oci-matrix'), [], { ARTIFACTORY_TOKEN: ACCESS_TOKEN });
    expect(reasonOf(run, 'artifactory')).toMatch(/^the token for scope repository:other-key\/oci-matrix\/[^:]+:push was refused: this account \(user ci\) lacks push on other-key\/oci-matrix\//);
  });
});

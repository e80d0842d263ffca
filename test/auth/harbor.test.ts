// Harbor through a stand-in of its token service (/service/token, robot accounts, projects that
// must exist — shapes cited in test/support/stand-ins/harbor.ts) in front of a real CNCF
// Distribution with `auth: token`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarbor } from '../support/stand-ins/harbor.js';
import type { StandIn } from '../support/stand-ins/stand-in.js';
import { expectCleanRun, expectNoSecrets, reasonOf, runCliWith } from '../support/login-run.js';

const ROBOT = 'robot$conformance+oci-matrix';
const CANARY = 'harbor-canary-Zq8t3Wm1xPv5';
const READER = 'robot$conformance+reader';
let harbor: StandIn;

beforeAll(async () => {
  harbor = await startHarbor({
    projects: ['conformance'],
    accounts: {
      [ROBOT]: { secret: CANARY, projects: { conformance: ['pull', 'push', 'delete'] } },
      [READER]: { secret: 'reader-secret-1234', projects: { conformance: ['pull'] } },
    },
  });
});
afterAll(async () => {
  await harbor?.close();
});

const entry = (auth: string, repository = 'conformance/oci-matrix') =>
  `registries:\n  - name: harbor\n    url: ${harbor.url}\n    repository: ${repository}\n${auth ? `    auth: ${auth}\n` : ''}    limits: { deleteTag: false }\n`;

describe('Harbor (robot account, /service/token)', () => {
  it('runs the pull and push suites end to end with a robot account, and the secret appears nowhere', async () => {
    const run = await runCliWith(entry('{ username: "${HARBOR_USERNAME}", password: "${HARBOR_PASSWORD}" }'), ['--suite', 'pull', '--suite', 'push'], {
      HARBOR_USERNAME: ROBOT,
      HARBOR_PASSWORD: CANARY,
    });
    expectCleanRun(run, 'harbor');
    expect(harbor.seen.some((r) => r.path.startsWith('/service/token?') && r.path.includes('service=harbor-registry'))).toBe(true);
    expectNoSecrets(run, [CANARY, `${ROBOT}:${CANARY}`]);
  });

  it('a wrong secret is one error naming the token service, the status and the user', async () => {
    const run = await runCliWith(entry(`{ username: "${ROBOT}", password: wrong-secret-0000 }`), ['--fail-on', 'fail']);
    expect(run.code).toBe(1);
    expect(run.results.results).toEqual([]);
    expect(reasonOf(run, 'harbor')).toBe(`credentials rejected by the token service ${harbor.url}/service/token (HTTP 401, user ${ROBOT}): authentication required`);
  });

  it('no credentials is one error that says what the registry asks for and what to add', async () => {
    const run = await runCliWith(entry(''));
    const reason = reasonOf(run, 'harbor') ?? '';
    expect(reason.startsWith(`no credentials configured for ${harbor.url} (it asks for Bearer realm="${harbor.url}/service/token",service="harbor-registry"`), reason).toBe(true);
    expect(reason.endsWith(': add `auth` in registries.yaml'), reason).toBe(true);
  });

  it('a robot without push is told so, with the scope that was refused', async () => {
    const run = await runCliWith(entry(`{ username: "${READER}", password: reader-secret-1234 }`));
    expect(reasonOf(run, 'harbor')).toMatch(/^the token for scope repository:conformance\/oci-matrix\/[^:]+:push was refused: this account \(user robot\$conformance\+reader\) lacks push on conformance\/oci-matrix\//);
  });

  it('a project that does not exist is named as such', async () => {
    const run = await runCliWith(entry(`{ username: "${ROBOT}", password: "${CANARY}" }`, 'no-such-project/oci-matrix'));
    expect(reasonOf(run, 'harbor')).toBe(
      `project "no-such-project" does not exist on ${harbor.url} (the registry says: project not found, name: no-such-project): create it, or change "repository" in registries.yaml`,
    );
  });
});

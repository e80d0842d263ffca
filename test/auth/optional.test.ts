// Missing secrets are not green: a registry skipped for unset variables or unreadable
// credentials trips --fail-on, unless it is marked optional; --require-all (the nightly) makes
// optional ones count too.
import { describe, expect, it } from 'vitest';
import { reachedFailOn } from '../../src/cli/run.js';
import { runCliWith } from '../support/login-run.js';

const cloud = (optional: boolean) =>
  `registries:\n  - name: cloud\n    url: https://\${OCI_MATRIX_TEST_UNSET_HOST}\n    repository: a/b\n${optional ? '    optional: true\n' : ''}`;

describe('registries skipped for missing secrets', () => {
  it('trip --fail-on fail unless optional, and --require-all counts optional ones too', async () => {
    const required = await runCliWith(cloud(false), ['--fail-on', 'fail']);
    expect(required.results.registries[0]).toMatchObject({ status: 'skipped', reason: 'environment variable $OCI_MATRIX_TEST_UNSET_HOST not set' });
    expect(required.code).toBe(1);
    const optional = await runCliWith(cloud(true), ['--fail-on', 'fail']);
    expect(optional.results.registries[0]).toMatchObject({ status: 'skipped', optional: true });
    expect(optional.code).toBe(0);
    expect((await runCliWith(cloud(true), ['--fail-on', 'fail', '--require-all'])).code).toBe(1);
  });

  it('an unreadable docker config counts like a missing secret', async () => {
    const run = await runCliWith('registries:\n  - name: r\n    url: https://registry.example.com\n    repository: a/b\n    auth: { dockerConfig: /nonexistent/config.json }\n', ['--fail-on', 'fail']);
    expect(run.results.registries[0]).toMatchObject({ status: 'skipped', reason: expect.stringContaining('cannot read docker config /nonexistent/config.json') });
    expect(run.code).toBe(1);
  });

  it('--fail-on never stays 0 whatever was skipped (npm run matrix for a newcomer)', () => {
    const results = { registries: [{ name: 'x', url: 'u', status: 'skipped' as const }], results: [] };
    expect(reachedFailOn(results as never, 'never')).toBe(false);
    expect(reachedFailOn(results as never, 'fail')).toBe(true);
  });
});

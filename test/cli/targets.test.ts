import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { runTestMatrix } from '../support/matrix.js';

describe('launched targets', () => {
  it('skips a Distribution entry whose binary is absent, with the install hint', async () => {
    const results = await runTestMatrix([{ name: 'absent', launch: { kind: 'distribution', binary: '/nonexistent/docker-registry' }, repository: 'a/b' }]);
    expect(results.registries[0]).toMatchObject({ status: 'skipped', reason: expect.stringContaining('apt-get install docker-registry') });
    expect(results.results).toEqual([]);
  });

  it('runs as `npx oci-matrix` from the package bin', () => {
    const help = execFileSync('node', ['bin/oci-matrix.js', 'help'], { encoding: 'utf8' });
    expect(help).toContain('Usage: oci-matrix <command> [options]');
    expect(help).toMatch(/^  run  /m);
  });
});

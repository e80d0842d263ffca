// The clean reference registry is the oracle: every check passes against it, with and without
// auth. And the matrix against reference + Distribution copies every artifact kind both ways.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { notPassing, runTestMatrix } from '../support/matrix.js';

describe('the matrix against the clean reference registry', () => {
  it('passes every check of spec version main, with nothing skipped', async () => {
    const results = await runTestMatrix([{ name: 'reference', launch: { kind: 'reference', auth: 'basic' }, repository: 'oci-matrix/conformance' }], { specVersion: 'main' });
    expect(notPassing(results, 'reference')).toEqual([]);
    expect(results.results.length).toBe(results.checks.length);
    expect(results.verdicts?.[0]).toMatchObject({ storesAnyContentUnchanged: 'yes' });
    expect(results.verdicts?.[0].categories.every((c) => c.support === 'full')).toBe(true);
  });

  it.each(['basic', 'token'] as const)('passes every check behind %s auth', async (auth) => {
    const results = await runTestMatrix([{ name: auth, launch: { kind: 'reference', auth }, repository: 'oci-matrix/conformance' }]);
    expect(notPassing(results, auth)).toEqual([]);
  });

  it('reports a deviation as a failure of the check that covers it', async () => {
    const results = await runTestMatrix([{ name: 'deviant', launch: { kind: 'reference', deviations: ['tags-unsorted'] }, repository: 'oci-matrix/conformance' }], { suites: ['discovery'] });
    expect(results.results.find((r) => r.check === 'discovery.tags.order')).toMatchObject({ status: 'fail' });
    const failed = results.results.find((r) => r.check === 'discovery.tags.order')!;
    expect(failed.evidence.length).toBeGreaterThan(0);
    expect(failed.evidence.at(-1)?.url).toMatch(/\/tags\/list/);
  });
});

describe.skipIf(!existsSync('/usr/bin/docker-registry'))('interop between the reference registry and Distribution', () => {
  it('copies every artifact kind both ways with the same digests', async () => {
    const results = await runTestMatrix(
      [
        { name: 'reference', launch: { kind: 'reference' }, repository: 'oci-matrix/interop' },
        { name: 'distribution', launch: { kind: 'distribution' }, repository: 'oci-matrix/interop' },
      ],
      { suites: ['artifacts', 'interop'] },
    );
    const copies = results.interop ?? [];
    const kinds = results.contents!.map((c) => c.id);
    expect(copies.length).toBe(kinds.length * 2);
    // The withdrawn artifact manifest is refused by Distribution (allowed), so it is not copied there or from there.
    const notPassed = copies.filter((c) => c.status !== 'pass');
    expect(notPassed.map((c) => `${c.source}→${c.destination} ${c.content}: ${c.status}`)).toEqual([
      'reference→distribution artifact-manifest-legacy: skip',
      'distribution→reference artifact-manifest-legacy: skip',
    ]);
    expect(results.verdicts?.map((v) => [v.registry, v.storesAnyContentUnchanged])).toEqual([
      ['reference', 'yes'],
      ['distribution', 'yes'],
    ]);
  });
});

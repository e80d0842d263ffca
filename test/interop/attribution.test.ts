// A failed copy counts against the registry that caused it. Every byte read from the source is
// hashed on its way through: a source serving corrupt bytes is named (and the destination that
// rightly refused them is not); a destination that corrupts what it stored is named; one that
// stores corrupt bytes under a digest they do not hash to shares the blame; where neither end
// can be told, both list the problem and neither's answer changes for it.
import { describe, expect, it } from 'vitest';
import { runMatrix } from '../../src/matrix.js';
import { copiesCountedAt, registryVerdicts } from '../../src/results/verdicts.js';
import { registryBadges } from '../../src/report/badge.js';
import type { InteropRecord, RunResults } from '../../src/results/model.js';
import { ALL_CHECKS } from '../../suites/index.js';
import { configOf } from '../support/matrix.js';

describe('copies between a clean, a corrupting and a digest-unchecking reference registry', () => {
  // Two small kinds keep the test light; attribution is the same for every kind.
  const checks = ALL_CHECKS.filter((c) => c.id === 'artifacts.oci-image' || c.id === 'artifacts.helm-chart');
  const reference = (name: string, deviations: ('blob-corrupt' | 'upload-digest-unchecked')[] = []) => ({ name, launch: { kind: 'reference' as const, deviations }, repository: 'oci-matrix/blame' });

  it('blame the source that served corrupt bytes, the destination that corrupts, both where corrupt bytes were stored, and never the clean one', async () => {
    const results = await runMatrix({
      config: configOf([reference('clean'), reference('corrupt', ['blob-corrupt']), reference('unchecked', ['upload-digest-unchecked'])]),
      checks,
      suites: ['artifacts', 'interop'],
    });
    const copies = (results.interop ?? []).map((c) => `${c.source}→${c.destination} ${c.content}: ${c.status}${c.cause ? ` (${c.cause})` : ''}`).sort();
    expect(copies).toEqual(
      [
        ['clean→corrupt', 'fail (destination)'],
        ['clean→unchecked', 'pass'],
        ['corrupt→clean', 'fail (source)'],
        ['corrupt→unchecked', 'fail (both)'],
        ['unchecked→clean', 'pass'],
        ['unchecked→corrupt', 'fail (destination)'],
      ]
        .flatMap(([pair, verdict]) => [`${pair} helm-chart: ${verdict}`, `${pair} oci-image: ${verdict}`])
        .sort(),
    );
    const fromCorrupt = results.interop!.find((c) => c.source === 'corrupt' && c.destination === 'clean')!;
    expect(fromCorrupt.message).toMatch(/the source served blob sha256:\w+ as bytes hashing to sha256:\w+; the destination refused them \(HTTP 400 \(DIGEST_INVALID\)\), as it should/);
    const verdicts = Object.fromEntries(results.verdicts!.map((v) => [v.registry, v]));
    expect(verdicts.clean).toMatchObject({ storesAnyContentUnchanged: 'yes', problems: [] });
    // Its badge counts the copies verified at it, none of the failures the others caused.
    expect(registryBadges(results).find((b) => b.file.includes('clean'))!.svg).not.toMatch(/fail/);
    expect(copiesCountedAt(results.interop!, 'clean').map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(verdicts.corrupt.storesAnyContentUnchanged).toBe('no');
    expect(verdicts.corrupt.problems.map((p) => p.content)).toEqual(expect.arrayContaining(['OCI image copied to clean', 'OCI image from clean', 'OCI image copied to unchecked']));
    // Its own checks pass; it stored corrupt bytes under a digest they do not hash to.
    expect(verdicts.unchecked.storesAnyContentUnchanged).toBe('no');
    expect(verdicts.unchecked.problems.map((p) => p.content).sort()).toEqual(['Helm chart from corrupt', 'OCI image from corrupt']);
  });
});

describe('a failed copy whose cause cannot be told', () => {
  const copy = (cause: InteropRecord['cause']): InteropRecord => ({ source: 'a', destination: 'b', content: 'oci-image', status: 'fail', message: 'the connection closed', ...(cause ? { cause } : {}), durationMs: 1, evidence: [] });
  const model = (interop: InteropRecord[]): Omit<RunResults, 'verdicts'> => ({
    schemaVersion: 1,
    run: { id: 'r', startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:01Z', specVersion: '1.1', tool: { name: 'oci-matrix', version: '0' } },
    registries: ['a', 'b'].map((name) => ({ name, status: 'tested' as const, url: `http://${name}`, knownLimits: {} }) as RunResults['registries'][number]),
    checks: [{ id: 'artifacts.oci-image', suite: 'artifacts', title: 'OCI image: stored and returned unchanged', level: 'MUST', spec: [] } as unknown as RunResults['checks'][number]],
    results: ['a', 'b'].map((registry) => ({ registry, check: 'artifacts.oci-image', status: 'pass', message: 'ok', durationMs: 1, evidence: [] }) as RunResults['results'][number]),
    contents: [{ id: 'oci-image', title: 'OCI image' }],
    interop,
  });

  it('is listed at both registries, says so, and changes neither answer', () => {
    for (const cause of ['unknown', undefined] as const) {
      const [a, b] = registryVerdicts(model([copy(cause)]));
      for (const v of [a, b]) {
        expect(v.storesAnyContentUnchanged, v.registry).toBe('yes');
        expect(v.problems.map((p) => p.reason)).toEqual(['fail (cannot tell whether a or b caused it): the connection closed']);
      }
    }
  });

  it('counts against the named end only', () => {
    const [a, b] = registryVerdicts(model([copy('destination')]));
    expect(a).toMatchObject({ storesAnyContentUnchanged: 'yes', problems: [] });
    expect(b).toMatchObject({ storesAnyContentUnchanged: 'no', problems: [{ content: 'OCI image from a', reason: 'fail: the connection closed' }] });
  });
});

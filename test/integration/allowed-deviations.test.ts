// Behaviour the spec allows, modelled by the reference registry's allowed deviations, and the
// verdict each must get: never `fail`, and the reason a person needs (issue 7). The mutation test
// proves the same for every check at once; these pin the messages and the model.
import { describe, expect, it } from 'vitest';
import { configOf, runTestMatrix } from '../support/matrix.js';
import { runMatrix } from '../../src/matrix.js';
import { ALL_CHECKS } from '../../suites/index.js';
import { ALLOWED_DEVIATIONS } from '../../src/reference/deviations.js';
import { renderConsoleSummary } from '../../src/report/console.js';
import type { RunResults, SuiteName } from '../../src/results/model.js';
import type { DeviationName } from '../../src/reference/deviations.js';

function against(deviation: DeviationName, suites: SuiteName[]): Promise<RunResults> {
  return runTestMatrix([{ name: deviation, launch: { kind: 'reference', auth: 'basic', deviations: [deviation] }, repository: 'oci-matrix/allowed' }], { specVersion: 'main', suites });
}

const result = (results: RunResults, check: string) => {
  const found = results.results.find((r) => r.check === check);
  if (!found) throw new Error(`no result for ${check}`);
  return found;
};

describe('allowed behaviour gets no fail', () => {
  it('DELETE denied (403): delete checks skip with the reason, and the cleanup says what it could not remove', async () => {
    const results = await against('delete-denied', ['management', 'referrers']);
    for (const check of ['management.delete.tag', 'management.delete.manifest', 'management.delete.manifest.unknown-repository', 'management.delete.blob', 'management.delete.blob.unknown', 'referrers.delete']) {
      expect(result(results, check), check).toMatchObject({ status: 'skip', message: 'the credentials may not delete (HTTP 403 DENIED)' });
    }
    const cleanup = results.registries[0].cleanup!;
    expect(cleanup.deleted).toBe(0);
    expect(cleanup.leftBehind.length).toBeGreaterThan(0);
    expect(new Set(cleanup.leftBehind.map((l) => l.reason))).toEqual(new Set(['the credentials may not delete (HTTP 403 DENIED)']));
    expect(renderConsoleSummary(results, { color: false })).toContain(`cleanup: ${cleanup.leftBehind.length} pushed item(s) left in the registry — the credentials may not delete (HTTP 403 DENIED)`);
  });

  it('asynchronous deletion: a manifest gone after a moment passes; a blob still served is at most a warn', async () => {
    const results = await against('delete-async', ['management', 'referrers']);
    expect(result(results, 'management.delete.manifest').status).toBe('pass');
    expect(result(results, 'management.delete.tag').status).toBe('pass');
    expect(result(results, 'referrers.delete').status).toBe('pass');
    expect(result(results, 'management.delete.blob')).toMatchObject({ status: 'warn', message: expect.stringContaining('deleted asynchronously') });
  });

  it('sha256 only: every sha512 check is unsupported, nothing fails', async () => {
    const results = await against('sha256-only', ['push']);
    for (const check of ['push.blob.sha512', 'push.blob.digest-algorithm', 'push.manifest.sha512']) expect(result(results, check).status, check).toBe('unsupported');
    expect(results.results.filter((r) => r.status === 'fail' || r.status === 'error')).toEqual([]);
  });

  it('Docker media types refused: unsupported, and the registry still stores any OCI content unchanged', async () => {
    const results = await against('docker-refused', ['artifacts']);
    for (const check of ['artifacts.docker-image', 'artifacts.docker-manifest-list']) {
      expect(result(results, check), check).toMatchObject({ status: 'unsupported', message: expect.stringMatching(/^refuses Docker media types: /) });
    }
    expect(results.verdicts?.[0].storesAnyContentUnchanged).toBe('yes');
  });

  it('a 4 MiB manifest cap answered with 413: 4,000,000 bytes fit, and the 413 above the cap is what the spec asks', async () => {
    const results = await against('manifest-limit-4mib-413', ['push']);
    expect(result(results, 'push.manifest.large')).toMatchObject({ status: 'pass', message: expect.stringContaining('4000000 bytes accepted') });
    expect(result(results, 'push.manifest.large').message).toContain('refused with 413');
  });

  it('foreign layers refused with MANIFEST_BLOB_UNKNOWN, mounts not performed: unsupported', async () => {
    const foreign = await against('foreign-layers-refused', ['push']);
    expect(result(foreign, 'push.manifest.non-distributable').status).toBe('unsupported');
    const mounts = await against('mount-fallback-202', ['push']);
    expect(result(mounts, 'push.blob.mount').status).toBe('unsupported');
    expect(result(mounts, 'push.blob.mount.anonymous').status).toBe('unsupported');
  });

  it('optional features absent (no manifest without a named type, ?tag= ignored, the withdrawn artifact manifest refused): unsupported with the reason, headline "yes"', async () => {
    const accept = await against('accept-strict', ['pull']);
    expect(result(accept, 'pull.manifest.without-accept')).toMatchObject({ status: 'unsupported', message: expect.stringContaining('clients must name the manifest\'s media type in Accept') });
    const tagQuery = await against('tag-query-ignored', ['push']);
    expect(result(tagQuery, 'push.manifest.tag-query')).toMatchObject({ status: 'unsupported', message: 'tag query parameters are ignored (no tag created, no OCI-Tag header)' });
    const legacy = await against('reject-artifact-manifest', ['artifacts']);
    expect(result(legacy, 'artifacts.artifact-manifest-legacy')).toMatchObject({ status: 'unsupported', message: expect.stringMatching(/^optional content refused: .*MANIFEST_INVALID/) });
    expect(legacy.verdicts?.[0].storesAnyContentUnchanged).toBe('yes');
    for (const results of [accept, tagQuery, legacy]) expect(results.results.filter((r) => r.status === 'fail' || r.status === 'error')).toEqual([]);
  });
});

describe('copies to and from a registry doing what the spec allows', () => {
  it('never fail: every registry keeps "stores any OCI content unchanged: yes", and only content a registry refuses itself is skipped', async () => {
    // Hub mode around a clean registry: each allowed deviation is a source and a destination once.
    const registries = [undefined, ...ALLOWED_DEVIATIONS.map((d) => d.name)].map((deviation) => ({
      name: deviation ?? 'clean',
      launch: { kind: 'reference' as const, deviations: deviation ? [deviation] : [] },
      repository: 'oci-matrix/allowed-interop',
    }));
    const results = await runMatrix({
      config: { ...configOf(registries), interop: { mode: 'hub', hub: 'clean' } },
      checks: ALL_CHECKS.filter((c) => c.suite === 'artifacts'),
      suites: ['artifacts', 'interop'],
    });
    const notPassed = (results.interop ?? []).filter((c) => c.status !== 'pass').map((c) => `${c.source}→${c.destination} ${c.content}: ${c.status}`);
    expect(notPassed.sort()).toEqual(
      [
        'clean→docker-refused docker-image',
        'clean→docker-refused docker-manifest-list',
        'docker-refused→clean docker-image',
        'docker-refused→clean docker-manifest-list',
        'clean→reject-artifact-manifest artifact-manifest-legacy',
        'reject-artifact-manifest→clean artifact-manifest-legacy',
      ]
        .map((copy) => `${copy}: skip`)
        .sort(),
    );
    expect(results.verdicts!.filter((v) => v.storesAnyContentUnchanged !== 'yes' || v.problems.length)).toEqual([]);
  });
});

describe('a Content-Type that differs from the pushed one', () => {
  it('is a warn on artifacts (a SHOULD), once the bytes and digest are verified', async () => {
    const results = await against('manifest-content-type-wrong', ['artifacts']);
    const artifacts = results.results.filter((r) => r.check.startsWith('artifacts.'));
    expect(artifacts.length).toBeGreaterThan(5);
    for (const r of artifacts) expect(r, r.check).toMatchObject({ status: 'warn', message: expect.stringContaining('stored unchanged, but served as application/octet-stream') });
  });
});

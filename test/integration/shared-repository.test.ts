// Shared repositories (limits.createRepository: false, as on Docker Hub and ECR): every run
// pushes into the same repository. Two runs started a second apart must each get the verdicts a
// run alone gets — on the reference registry and on CNCF Distribution — because content is
// unique per run (the artifact catalogue, the same in every run, is kept under fixed tags),
// cleanup removes only what the run created, and the tag-listing checks compare only their own tags.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { runTestMatrix, verdictsOf } from '../support/matrix.js';
import type { RegistryConfig } from '../../src/config/schema.js';
import type { SuiteName } from '../../src/results/model.js';
import { startReferenceRegistry } from '../../src/reference/index.js';
import { startDistribution } from '../../src/targets/distribution.js';

const shared = (url: string): RegistryConfig => ({
  name: 'shared',
  url,
  repository: 'oci-matrix/shared',
  mountRepository: 'oci-matrix/shared-mount',
  limits: { createRepository: false },
});

async function expectOverlappingRunsLikeOneAlone(url: string, suites?: SuiteName[]) {
  const alone = verdictsOf(await runTestMatrix([shared(url)], { suites }), 'shared');
  const first = runTestMatrix([shared(url)], { suites });
  await sleep(1000);
  const second = runTestMatrix([shared(url)], { suites });
  const [a, b] = await Promise.all([first, second]);
  expect(a.run.id).not.toBe(b.run.id);
  const differences = (results: typeof a) =>
    results.results.filter((r) => r.status !== alone[r.check]).map((r) => `${r.check}: ${alone[r.check]} alone, ${r.status} overlapping — ${r.message}`);
  expect(differences(a)).toEqual([]);
  expect(differences(b)).toEqual([]);
  // Cleanup deleted each run's own content and kept only what is the same in every run (the
  // artifact catalogue, under fixed tags), which an overlapping run may still be reading.
  for (const run of [a, b]) {
    const cleanup = run.registries[0]!.cleanup!;
    expect(cleanup.deleted).toBeGreaterThan(0);
    expect(cleanup.leftBehind.filter((item) => !item.reason.startsWith('the same in every run'))).toEqual([]);
  }
  return alone;
}

describe('two overlapping runs against one shared repository', () => {
  it('get the verdicts of a run alone on the reference registry (all pass)', async () => {
    const registry = await startReferenceRegistry();
    try {
      const alone = await expectOverlappingRunsLikeOneAlone(registry.url);
      expect(Object.entries(alone).filter(([, s]) => s !== 'pass' && s !== 'skip')).toEqual([]);
    } finally {
      await registry.close();
    }
  }, 600_000);

  it.skipIf(!existsSync('/usr/bin/docker-registry'))('get the verdicts of a run alone on CNCF Distribution', async () => {
    const registry = await startDistribution({});
    try {
      // Without the artifacts suite: its content is the same in every run (shared, by design),
      // and Distribution 2.8 answers 500 to a manifest GET that meets another run's PUT of the
      // same manifest — a real race of that registry, not interference this tool can prevent.
      await expectOverlappingRunsLikeOneAlone(registry.url, ['pull', 'push', 'discovery', 'management', 'referrers']);
    } finally {
      await registry.close();
    }
  }, 600_000);
});

describe('mount checks in a shared repository', () => {
  it('skip with "configure mountRepository" when no second repository is configured', async () => {
    const registry = await startReferenceRegistry();
    try {
      const results = await runTestMatrix([{ name: 'one', url: registry.url, repository: 'oci-matrix/shared', limits: { createRepository: false } }], { suites: ['push'] });
      for (const id of ['push.blob.mount', 'push.blob.mount.anonymous']) {
        expect(results.results.find((r) => r.check === id), id).toMatchObject({ status: 'skip', message: expect.stringContaining('configure mountRepository') });
      }
    } finally {
      await registry.close();
    }
  });
});

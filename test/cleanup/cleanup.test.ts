// `oci-matrix cleanup` against a real CNCF Distribution: content left on purpose by "earlier
// runs" is removed; content the tool did not make — and a manifest that a foreign tag also
// points at — is never touched; --dry-run removes nothing; recent runs are kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDistribution, type RunningDistribution } from '../../src/targets/distribution.js';
import { createTransport } from '../../src/http/transport.js';
import { createRegistryClient, type RegistryClient } from '../../src/registry/client.js';
import { pushManifestTree } from '../../src/registry/push.js';
import { sampleImage } from '../../src/oci/catalogue.js';
import { newRunId } from '../../src/runner/run-id.js';
import { main } from '../../src/cli/main.js';
import { runStartOf, parseDuration } from '../../src/cleanup/leftovers.js';

let registry: RunningDistribution;
let client: RegistryClient;
let dir: string;
const transport = createTransport({ credentials: { kind: 'none' } });
const recentRun = newRunId();

async function put(repo: string, name: string, ...tags: string[]): Promise<void> {
  const image = sampleImage(name);
  const outcome = await pushManifestTree(client, repo, image, tags[0]);
  expect(outcome).toEqual({ ok: true });
  for (const tag of tags.slice(1)) expect((await client.putManifest(repo, tag, image.bytes, image.mediaType)).status).toBe(201);
}

async function tagsOf(repo: string): Promise<string[]> {
  const response = await client.listTags(repo);
  if (response.status === 404) return [];
  return ((JSON.parse(Buffer.from(response.body).toString('utf8')) as { tags: string[] | null }).tags ?? []).sort();
}

async function cleanup(args: string[]): Promise<{ code: number; output: string }> {
  const saved = process.stdout.write.bind(process.stdout);
  const lines: string[] = [];
  process.stdout.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stdout.write;
  try {
    return { code: await main(['cleanup', '--config', join(dir, 'registries.yaml'), ...args]), output: lines.join('') };
  } finally {
    process.stdout.write = saved;
  }
}

beforeAll(async () => {
  registry = await startDistribution({ deleteEnabled: true });
  client = createRegistryClient({ transport, baseUrl: registry.url });
  dir = await mkdtemp(join(tmpdir(), 'oci-matrix-cleanup-'));
  await writeFile(join(dir, 'registries.yaml'), `registries:\n  - name: local\n    url: ${registry.url}\n    repository: team/oci-matrix\n`);
  // Left by an interrupted run in 2020, in its own repository and in the shared prefix.
  await put('team/oci-matrix/r20200101-000000-abcdef', 'per-run', 'r20200101-000000-abcdef-image', 'r20200101-000000-abcdef-second');
  await put('team/oci-matrix', 'shared-old', 'r20200102-000000-abcdef-shared');
  // Not the tool's: a foreign tag, a foreign tag on a manifest the tool also tagged, another repository.
  await put('team/oci-matrix', 'foreign', 'latest');
  await put('team/oci-matrix', 'both', 'r20200103-000000-abcdef-x', 'keep-me');
  await put('other/app', 'elsewhere', 'r20200101-000000-abcdef-image');
  // A run that is still recent.
  await put('team/oci-matrix', 'recent', `${recentRun}-image`);
}, 120_000);
afterAll(async () => {
  await transport.close();
  await registry?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('oci-matrix cleanup', () => {
  it('reads run ids and durations', () => {
    expect(runStartOf('r20200101-093000-abcdef-image')?.toISOString()).toBe('2020-01-01T09:30:00.000Z');
    expect(runStartOf('latest')).toBeUndefined();
    expect(parseDuration('24h')).toBe(86_400_000);
    expect(parseDuration('soon')).toBeUndefined();
  });

  it('with --dry-run lists what it would remove and removes nothing', async () => {
    const { code, output } = await cleanup(['--dry-run']);
    expect(code).toBe(0);
    expect(output).toContain('local: 2 manifest(s) would be removed (dry run)');
    expect(await tagsOf('team/oci-matrix/r20200101-000000-abcdef')).toEqual(['r20200101-000000-abcdef-image', 'r20200101-000000-abcdef-second']);
  });

  it('removes old content of this tool, keeps recent runs, and never touches content it did not make', async () => {
    const { code, output } = await cleanup(['--older-than', '24h']);
    expect(code, output).toBe(0);
    expect(output).toContain('local: 2 manifest(s) removed');
    expect(output).toMatch(/keeping team\/oci-matrix@sha256:[0-9a-f]{64}: also tagged keep-me, which this tool did not make/);
    expect(await tagsOf('team/oci-matrix/r20200101-000000-abcdef')).toEqual([]);
    expect(await tagsOf('team/oci-matrix')).toEqual([`${recentRun}-image`, 'keep-me', 'latest', 'r20200103-000000-abcdef-x'].sort());
    expect(await tagsOf('other/app')).toEqual(['r20200101-000000-abcdef-image']);
  });

  it('a usage mistake is exit code 2', async () => {
    const saved = process.stderr.write.bind(process.stderr);
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      expect(await main(['cleanup', '--config', join(dir, 'registries.yaml'), '--older-than', 'soon'])).toBe(2);
    } finally {
      process.stderr.write = saved;
    }
  });
});

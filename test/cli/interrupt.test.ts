// Ctrl-C in the middle of a run: running checks finish, the rest are skipped, what was pushed
// is deleted, partial reports are written beside the last complete report, and the exit code says "interrupted".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReferenceRegistry, type RunningRegistry } from '../../src/reference/index.js';

describe('an interrupted run', () => {
  let registry: RunningRegistry;
  let dir: string;
  beforeAll(async () => {
    registry = await startReferenceRegistry();
    dir = await mkdtemp(join(tmpdir(), 'oci-matrix-interrupt-'));
  });
  afterAll(async () => {
    await registry.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('cleans up, writes partial reports beside the last complete one and exits 130', async () => {
    const config = join(dir, 'registries.yaml');
    await writeFile(config, `registries:\n  - name: target\n    url: ${registry.url}\n    repository: oci-matrix/interrupted\n    concurrency: 1\n`);
    const out = join(dir, 'out');
    // The last complete report, which an interrupted run must leave alone.
    await mkdir(out);
    await writeFile(join(out, 'results.json'), '{"complete":true}\n');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', '--config', config, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Interrupt once some checks have run.
      if (/target \d+\/\d+|target 10\//.test(stderr) && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('Interrupted');
    expect(await readFile(join(out, 'results.json'), 'utf8')).toBe('{"complete":true}\n');
    const results = JSON.parse(await readFile(join(`${out}.partial`, 'results.json'), 'utf8')) as { results: { status: string; message: string }[] };
    expect(results.results.some((r) => r.message === 'run interrupted before this check started')).toBe(true);
    // Nothing the run pushed is still reachable by tag.
    const catalog = (await (await fetch(`${registry.url}/v2/_catalog`)).json()) as { repositories: string[] };
    for (const repo of catalog.repositories) {
      const { tags } = (await (await fetch(`${registry.url}/v2/${repo}/tags/list`)).json()) as { tags: string[] };
      for (const tag of tags) expect((await fetch(`${registry.url}/v2/${repo}/manifests/${tag}`, { method: 'HEAD', headers: { accept: '*/*' } })).status, `${repo}:${tag}`).toBe(404);
    }
  });
});

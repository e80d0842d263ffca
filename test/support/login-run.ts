// Runs the CLI in process against a registries.yaml written by the test, and checks that no
// secret reached any output: results.json, HTML, JUnit, Markdown, stdout, stderr.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { RunResults } from '../../src/results/model.js';

export interface CliRun {
  code: number;
  results: RunResults;
  /** stdout, stderr and every report file, concatenated: where a secret must never appear. */
  everything: string;
  reports: string[];
}

export async function runCliWith(configYaml: string, args: string[] = [], env: Record<string, string> = {}): Promise<CliRun> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-matrix-login-'));
  const saved = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  const savedEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const output: string[] = [];
  try {
    const config = join(dir, 'registries.yaml');
    await writeFile(config, configYaml);
    Object.assign(process.env, env);
    process.stdout.write = ((chunk: string) => (output.push(String(chunk)), true)) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string) => (output.push(String(chunk)), true)) as typeof process.stderr.write;
    let code: number;
    try {
      code = await main(['run', '--config', config, '--out', join(dir, 'out'), ...args]);
    } finally {
      process.stdout.write = saved.out;
      process.stderr.write = saved.err;
      for (const [k, v] of Object.entries(savedEnv)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    // Every file written, badges/ included, so a secret in any of them is found.
    const files = (await readdir(join(dir, 'out'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => relative(join(dir, 'out'), join(e.parentPath, e.name)));
    const texts = await Promise.all(files.map((f) => readFile(join(dir, 'out', f), 'utf8')));
    const results = JSON.parse(await readFile(join(dir, 'out', 'results.json'), 'utf8')) as RunResults;
    return { code, results, everything: [...output, ...texts].join('\n'), reports: files };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** No secret, in any encoding a client would send it, appears in any output. */
export function expectNoSecrets(run: CliRun, secrets: string[]): void {
  expect(run.reports).toEqual(expect.arrayContaining(['results.json', 'index.html', 'junit.xml', 'summary.md']));
  for (const secret of secrets) {
    for (const form of [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)]) {
      expect(run.everything.includes(form), `a form of a secret appears in the output`).toBe(false);
    }
  }
}

/** Every result of a registry, and no `error` or `fail` among the pull and push checks. */
export function expectCleanRun(run: CliRun, registry: string): void {
  const record = run.results.registries.find((r) => r.name === registry);
  expect(record, 'registry record').toMatchObject({ status: 'tested' });
  const results = run.results.results.filter((r) => r.registry === registry);
  expect(results.length).toBeGreaterThan(10);
  const bad = results.filter((r) => r.status === 'error').map((r) => `${r.check}: ${r.message}`);
  expect(bad).toEqual([]);
}

export function reasonOf(run: CliRun, registry: string): string | undefined {
  return run.results.registries.find((r) => r.name === registry)?.reason;
}

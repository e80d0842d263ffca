// The CLI end to end: exit codes, config errors, skipped registries, and secrets that never
// reach any output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { startReferenceRegistry, type RunningRegistry } from '../../src/reference/index.js';

let dir: string;
let stderr: string[];
let stdout: string[];
const originalWrite = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-matrix-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<number> {
  stderr = [];
  stdout = [];
  process.stdout.write = ((chunk: string) => (stdout.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
  try {
    return await main(args);
  } finally {
    process.stdout.write = originalWrite.out;
    process.stderr.write = originalWrite.err;
  }
}

async function writeConfig(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('oci-matrix run', () => {
  it('exits 2 with file, line and field for an invalid config', async () => {
    const config = await writeConfig('bad.yaml', 'registries:\n  - name: x\n    url: not-a-url\n    repository: a/b\n');
    expect(await cli(['run', '--config', config, '--out', join(dir, 'bad-out')])).toBe(2);
    expect(stderr.join('')).toContain(`${config}:3:5: registries[0].url: expected an http(s) base URL`);
  });

  it('exits 2 for an unknown option or suite', async () => {
    expect(await cli(['run', '--suite', 'nonsense'])).toBe(2);
    expect(stderr.join('')).toMatch(/unknown suite "nonsense"/);
    expect(await cli(['run', '--frobnicate'])).toBe(2);
  });

  it('exits 1 when a fail reaches --fail-on fail, 0 with --fail-on never, and writes every report', async () => {
    const config = await writeConfig('deviant.yaml', 'registries:\n  - name: deviant\n    launch: { kind: reference, deviations: [tags-unsorted] }\n    repository: a/b\n');
    const out = join(dir, 'deviant-out');
    expect(await cli(['run', '--config', config, '--out', out, '--suite', 'discovery', '--fail-on', 'fail'])).toBe(1);
    expect((await readdir(out)).sort()).toEqual(['badges', 'index.html', 'junit.xml', 'results.json', 'summary.md']);
    expect(await readdir(join(out, 'badges'))).toEqual(['deviant.svg']);
    expect(stdout.join('')).toMatch(/fail deviant discovery\.tags\.order/);
    expect(await cli(['run', '--config', config, '--out', out, '--suite', 'discovery'])).toBe(0);
  });

  it('skips a registry whose variables are unset, naming them', async () => {
    const config = await writeConfig('cloud.yaml', 'registries:\n  - name: cloud\n    url: https://${OCI_MATRIX_TEST_UNSET_HOST}\n    repository: a/b\n');
    const out = join(dir, 'cloud-out');
    expect(await cli(['run', '--config', config, '--out', out])).toBe(0);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
    expect(results.registries).toEqual([expect.objectContaining({ name: 'cloud', status: 'skipped', reason: 'environment variable $OCI_MATRIX_TEST_UNSET_HOST not set' })]);
  });
});

describe('registries the harness cannot use', () => {
  it('reports rejected credentials once, as a registry error, instead of a column of failures', async () => {
    const registry = await startReferenceRegistry({ auth: { kind: 'basic', username: 'u', password: 'right-password' } });
    try {
      const config = await writeConfig('wrong.yaml', `registries:\n  - name: locked\n    url: ${registry.url}\n    repository: a/b\n    auth: { username: u, password: wrong-password }\n`);
      const out = join(dir, 'wrong-out');
      // A gate must not pass a registry it could not test.
      expect(await cli(['run', '--config', config, '--out', out, '--fail-on', 'fail'])).toBe(1);
      const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
      expect(results.registries[0]).toMatchObject({ status: 'error', reason: expect.stringContaining('credentials rejected') });
      expect(results.results).toEqual([]);
    } finally {
      await registry.close();
    }
  });

  it('exits 2 with the variable named when the large-layer size is nonsense', async () => {
    const config = await writeConfig('ok.yaml', 'registries:\n  - name: r\n    launch: { kind: reference }\n    repository: a/b\n');
    const { execFileSync } = await import('node:child_process');
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', '--config', config, '--out', join(dir, 'nonsense')], { env: { ...process.env, OCI_MATRIX_LARGE_LAYER_BYTES: 'lots' }, stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toContain('OCI_MATRIX_LARGE_LAYER_BYTES');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace for a user mistake
  });
});

describe('secrets', () => {
  let basic: RunningRegistry;
  let token: RunningRegistry;
  const secret = `s3cret-${Date.now().toString(36)}-do-not-print`;

  beforeAll(async () => {
    // A broken SHOULD on each, so some result is not a pass and keeps its exchanges in full
    // (passing results keep request lines only), with the redacted Authorization header in them.
    basic = await startReferenceRegistry({ auth: { kind: 'basic', username: 'tester', password: secret }, deviations: ['manifest-content-type-wrong'] });
    token = await startReferenceRegistry({ auth: { kind: 'token', username: 'tester', password: secret }, deviations: ['manifest-content-type-wrong'] });
  });
  afterAll(async () => {
    await basic.close();
    await token.close();
  });

  it('appear in none of the outputs, with Basic and with the Bearer token flow', async () => {
    process.env.OCI_MATRIX_TEST_SECRET = secret;
    const config = await writeConfig(
      'secret.yaml',
      `registries:\n  - name: basic\n    url: ${basic.url}\n    repository: a/b\n    auth: { username: tester, password: "\${OCI_MATRIX_TEST_SECRET}" }\n  - name: token\n    url: ${token.url}\n    repository: a/b\n    auth: { username: tester, password: "\${OCI_MATRIX_TEST_SECRET}" }\n`,
    );
    const out = join(dir, 'secret-out');
    expect(await cli(['run', '--config', config, '--out', out, '--suite', 'pull', '--suite', 'push'])).toBe(0);
    delete process.env.OCI_MATRIX_TEST_SECRET;
    const encoded = Buffer.from(`tester:${secret}`).toString('base64');
    const outputs = [...stdout, ...stderr].join('');
    const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(files.some((f) => f.endsWith('.svg'))).toBe(true);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      expect(text, file).not.toContain(secret);
      expect(text, file).not.toContain(encoded);
    }
    expect(outputs).not.toContain(secret);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
    expect(results.registries.map((r: { status: string }) => r.status)).toEqual(['tested', 'tested']);
    const headers = results.results.flatMap((r: { evidence: { requestHeaders: Record<string, string> }[] }) => r.evidence.map((e) => e.requestHeaders.authorization)).filter(Boolean);
    expect(headers).toContain('Basic <redacted>');
    expect(headers).toContain('Bearer <redacted>');
  });
});

// The GitHub Action as GitHub runs it: the committed bundle, started with the INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files the runner provides, against reference registries
// and a real CNCF Distribution behind a token service; the bundle is checked to be what the
// sources build today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ACTION_DIST, MAX_FILE_BYTES, buildAction } from '../../action/build.js';
import { basicOf, scopesOf, sendJson, startStandIn, type StandIn } from '../support/stand-ins/stand-in.js';

const ROOT = join(import.meta.dirname, '../..');
const execFileAsync = promisify(execFile);

interface ActionRun {
  code: number;
  log: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Reads the `name<<delimiter … delimiter` records @actions/core appends to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const end = lines.indexOf(m[2]!, i + 1);
    outputs[m[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

async function runAction(checkout: string, workdir: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const outputFile = join(workdir, `output-${Object.keys(inputs).join('-')}-${Math.random().toString(36).slice(2)}`);
  const summaryFile = `${outputFile}.summary`;
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  let code = 0;
  let log = '';
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [join(checkout, 'action/dist/index.js')], {
      cwd: workdir,
      // Only what a runner sets: no NODE_OPTIONS/tsx from the test process.
      env: { PATH: process.env.PATH!, HOME: workdir, OCI_MATRIX_LARGE_LAYER_BYTES: String(1024 * 1024), GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...inputEnv, ...env },
    });
    log = stdout + stderr;
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    code = e.code;
    log = e.stdout + e.stderr;
  }
  return { code, log, outputs: parseOutputs(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') };
}

const SECRET = 'a9-action-secret-do-not-print';
const CONFIG = `registries:
  - name: clean
    launch: { kind: reference }
    repository: a/b
  - name: target
    launch: { kind: reference, deviations: [tags-unsorted] }
    repository: a/b
  - name: cloud
    url: https://\${OCI_MATRIX_TEST_UNSET_HOST}
    repository: a/b
    auth: { username: someone, password: "\${A9_ACTION_SECRET}" }
    optional: true
`;

let dir: string;
let checkout: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-matrix-action-'));
  // A checkout as `uses:` gets it: the repository's files, and no node_modules anywhere.
  checkout = join(dir, 'checkout');
  await mkdir(checkout);
  for (const path of ['package.json', 'action.yml', 'action/dist', 'src']) await cp(join(ROOT, path), join(checkout, path), { recursive: true });
  await writeFile(join(dir, 'registries.yaml'), CONFIG);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the Action bundle', () => {
  it('is what the sources build today (else run: npm run build:action), with every file under 1 MiB', async () => {
    const fresh = join(dir, 'fresh-build');
    const built = await buildAction(fresh);
    const committed = (await readdir(ACTION_DIST)).sort();
    expect(committed, 'files in action/dist (npm run build:action)').toEqual([...built.keys()].sort());
    for (const [name, bytes] of built) {
      expect((await readFile(join(ACTION_DIST, name))).equals(bytes), `action/dist/${name} is stale: npm run build:action`).toBe(true);
      expect(bytes.length, name).toBeLessThan(MAX_FILE_BYTES);
    }
  });

  it('names only files inside this checkout (a node_modules linked from elsewhere would put its path into every file)', async () => {
    for (const name of await readdir(ACTION_DIST)) {
      const text = await readFile(join(ACTION_DIST, name), 'utf8');
      expect(text.match(/^\/\/ \.\.\/\S+$/m)?.[0], `action/dist/${name}`).toBeUndefined();
    }
  });

  it('has file names without content hashes', async () => {
    for (const name of await readdir(ACTION_DIST)) expect(name).not.toMatch(/-[A-Z0-9]{8}\.js$/);
  });
});

describe('the Action, run as GitHub runs it from a checkout without node_modules', () => {
  let run: ActionRun;
  beforeAll(async () => {
    await expect(stat(join(checkout, 'node_modules'))).rejects.toThrow();
    run = await runAction(checkout, dir, { config: 'registries.yaml', suites: 'discovery', out: 'report', 'fail-on': 'fail' }, { A9_ACTION_SECRET: SECRET });
  });

  it('masks every configured credential before anything is printed', () => {
    expect(run.log.indexOf(`::add-mask::${SECRET}`)).toBe(0);
    expect(run.log.split(`::add-mask::${SECRET}`).join('')).not.toContain(SECRET);
  });

  it('fails the step when a check fails under fail-on fail, naming the registry', () => {
    expect(run.code).toBe(1);
    expect(run.log).toMatch(/^::error::fail-on fail reached on target \(fail\); see the job summary and report\/index\.html$/m);
  });

  it('annotates each failing check once, with its id as title and the spec link', () => {
    const annotations = run.log.split('\n').filter((l) => l.startsWith('::error title='));
    const titles = annotations.map((l) => /title=([^:]+)::/.exec(l)![1]);
    expect(titles).toContain('discovery.tags.order');
    expect(new Set(titles).size).toBe(titles.length);
    const order = annotations.find((l) => l.startsWith('::error title=discovery.tags.order::'))!;
    expect(order).toContain('%0Atarget: tags are not in lexical order');
    expect(order).toMatch(/%0ASpec: https:\/\/github\.com\/opencontainers\/distribution-spec\/blob\/v1\.1\.1\/spec\.md#listing-tags$/);
  });

  it('groups the log lines per registry', () => {
    expect(run.log).toMatch(/::group::clean: pass\n(pass {8}discovery\.\S+\n)+::endgroup::/);
    expect(run.log).toMatch(/::group::target: fail\n[\s\S]*?fail {8}discovery\.tags\.order — [\s\S]*?::endgroup::/);
    expect(run.log).toMatch(/::group::cloud: skipped\nenvironment variable \$OCI_MATRIX_TEST_UNSET_HOST not set\n::endgroup::/);
  });

  it('sets the outputs: results path, counts by status, verdicts per registry, newly failing', async () => {
    expect(run.outputs.results).toBe('report/results.json');
    expect(run.outputs.report).toBe('report');
    const results = JSON.parse(await readFile(join(dir, run.outputs.results!), 'utf8')) as { results: { status: string }[] };
    const counts = JSON.parse(run.outputs.counts!) as Record<string, number>;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(results.results.length);
    expect(counts.fail).toBe(results.results.filter((r) => r.status === 'fail').length);
    const verdicts = JSON.parse(run.outputs.verdicts!) as Record<string, { verdict: string; counts: Record<string, number> }>;
    expect(Object.fromEntries(Object.entries(verdicts).map(([k, v]) => [k, v.verdict]))).toEqual({ clean: 'pass', target: 'fail', cloud: 'skipped' });
    expect(verdicts.target!.counts.fail).toBe(counts.fail);
    expect(run.outputs['newly-failing']).toBe('0');
    expect((await readdir(join(dir, 'report'))).sort()).toEqual(['badges', 'index.html', 'junit.xml', 'results.json', 'summary.md']);
  });

  it('writes the job summary: verdict per registry, then the findings with spec links, markup escaped', () => {
    expect(run.summary).toContain('<h3>Verdict per registry</h3>');
    expect(run.summary).toMatch(/<tr><td>target<\/td><td>fail<\/td>/);
    expect(run.summary).toMatch(/<tr><td>cloud<\/td><td>skipped — environment variable \$OCI_MATRIX_TEST_UNSET_HOST not set<\/td>/);
    expect(run.summary).toMatch(/<h3>Findings: \d+ failing checks<\/h3>/);
    expect(run.summary).toContain('<code>discovery.tags.order</code>');
    expect(run.summary).toContain('n=&#60;int&#62;');
    expect(run.summary).not.toContain(SECRET);
  });

  it('with a baseline: says what changed, first, and counts the newly failing; fail-on never keeps the step green', async () => {
    // The baseline: the same registries, "target" still healthy.
    await writeFile(join(dir, 'healthy.yaml'), CONFIG.replace('deviations: [tags-unsorted]', 'deviations: []'));
    const before = await runAction(checkout, dir, { config: 'healthy.yaml', suites: 'discovery', out: 'before', 'fail-on': 'never' });
    expect(before.code, before.log).toBe(0);
    const after = await runAction(checkout, dir, { config: 'registries.yaml', suites: 'discovery', out: 'after', 'fail-on': 'never', baseline: 'before/results.json' });
    expect(after.code, after.log).toBe(0);
    const newly = Number(after.outputs['newly-failing']);
    expect(newly).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(after.outputs.verdicts!).target.newlyFailing).toBe(newly);
    expect(after.summary.indexOf('What changed since')).toBeLessThan(after.summary.indexOf('Verdict per registry'));
    expect(after.summary).toMatch(/<tr><td>target<\/td><td>(<code>[^<]+<\/code>, )*<code>discovery\.tags\.order<\/code>/);
    // A baseline that is not there (the first night) is a warning.
    const first = await runAction(checkout, dir, { config: 'healthy.yaml', suites: 'discovery', out: 'first', baseline: 'nowhere/results.json' });
    expect(first.code, first.log).toBe(0);
    expect(first.log).toContain('::warning::baseline not used: nowhere/results.json: no such file');
  });

  it('require-all: an optional registry skipped for unset variables fails the step too, named with the reason', async () => {
    await writeFile(join(dir, 'optional.yaml'), CONFIG.replace('deviations: [tags-unsorted]', 'deviations: []'));
    const lenient = await runAction(checkout, dir, { config: 'optional.yaml', suites: 'discovery', out: 'lenient', 'require-all': 'false' }, { A9_ACTION_SECRET: SECRET });
    expect(lenient.code, lenient.log).toBe(0);
    expect(JSON.parse(lenient.outputs.verdicts!).cloud.verdict).toBe('skipped');
    const strict = await runAction(checkout, dir, { config: 'optional.yaml', suites: 'discovery', out: 'strict', 'require-all': 'true' }, { A9_ACTION_SECRET: SECRET });
    expect(strict.code).toBe(1);
    expect(strict.log).toMatch(/^::error::fail-on fail reached on cloud \(skipped: environment variable \$OCI_MATRIX_TEST_UNSET_HOST not set\); see the job summary and strict\/index\.html$/m);
    // The other registries passed: the skip alone failed the step.
    expect(JSON.parse(strict.outputs.verdicts!)).toMatchObject({ clean: { verdict: 'pass' }, target: { verdict: 'pass' }, cloud: { verdict: 'skipped' } });
    const never = await runAction(checkout, dir, { config: 'optional.yaml', suites: 'discovery', out: 'never', 'require-all': 'true', 'fail-on': 'never' }, { A9_ACTION_SECRET: SECRET });
    expect(never.code, never.log).toBe(0);
  });

  it('refuses a wrong input in one line, without a stack trace', async () => {
    const bad = await runAction(checkout, dir, { config: 'registries.yaml', 'fail-on': 'sometimes' });
    expect(bad.code).toBe(1);
    expect(bad.log.trim()).toBe('::error::input fail-on must be one of fail, warn, never (got "sometimes")');
    const notBoolean = await runAction(checkout, dir, { config: 'registries.yaml', 'require-all': 'yes' });
    expect(notBoolean.code).toBe(1);
    expect(notBoolean.log.trim()).toBe('::error::input require-all must be true or false (got "yes")');
    const missing = await runAction(checkout, dir, { config: 'missing.yaml' });
    expect(missing.log.trim().split('\n')).toHaveLength(1);
    expect(missing.log).toMatch(/^::error::missing\.yaml/);
  });
});

describe('the Action against a registry behind a token service: secrets obtained during the run are masked', () => {
  const PASSWORD = 'sec9-token-user-password';
  const issued: string[] = [];
  let standIn: StandIn;
  let run: ActionRun;
  let reports: string;
  beforeAll(async () => {
    // The Docker token spec's token service (Basic credentials in, a JWT for the requested scopes
    // out) in front of a real CNCF Distribution with `auth: token`; every token it issues is noted.
    standIn = await startStandIn({
      tokenPath: '/token',
      service: 'sec9-token-service',
      route(req, _body, res, ctx) {
        const url = new URL(req.url!, ctx.url);
        if (url.pathname !== '/token') return false;
        const basic = basicOf(req);
        if (basic?.username !== 'tokenuser' || basic.password !== PASSWORD) {
          sendJson(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] });
          return true;
        }
        const { token, expiresIn } = ctx.mint('tokenuser', scopesOf(url.searchParams.getAll('scope')), 300);
        issued.push(token);
        sendJson(res, 200, { token, access_token: token, expires_in: expiresIn, issued_at: new Date().toISOString() });
        return true;
      },
    });
    await writeFile(
      join(dir, 'token.yaml'),
      `registries:\n  - name: behind-token\n    url: ${standIn.url}\n    repository: sec9/masked\n    auth: { username: tokenuser, password: "\${SEC9_PASSWORD}" }\n`,
    );
    run = await runAction(checkout, dir, { config: 'token.yaml', suites: 'discovery', out: 'token-report', 'fail-on': 'never' }, { SEC9_PASSWORD: PASSWORD });
    const files = (await readdir(join(dir, 'token-report'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    reports = (await Promise.all(files.map((e) => readFile(join(e.parentPath, e.name), 'utf8')))).join('\n');
  });
  afterAll(async () => {
    await standIn?.close();
  });

  it('ran against the registry with tokens from the token service', () => {
    expect(run.code, run.log).toBe(0);
    expect(JSON.parse(run.outputs.verdicts!)['behind-token'].verdict).not.toMatch(/^(unreachable|skipped)$/);
    expect(issued.length).toBeGreaterThan(0);
    // The tokens were used: Distribution was sent them.
    expect(standIn.seen.filter((r) => r.path.startsWith('/v2/') && issued.some((t) => r.authorization === `Bearer ${t}`)).length).toBeGreaterThan(0);
  });

  it('announces every issued token with ::add-mask:: before any other line holds it, once, and prints it nowhere unmasked', () => {
    const lines = run.log.split('\n');
    for (const token of new Set(issued)) {
      const mask = `::add-mask::${token}`;
      expect(lines.filter((l) => l === mask), 'one ::add-mask:: line per token').toHaveLength(1);
      // Its first appearance anywhere in the log is inside its own ::add-mask:: line.
      const first = lines.findIndex((l) => l.includes(token));
      expect(lines[first], 'the first line holding the token').toBe(mask);
      expect(run.log.split(mask).join(''), 'the token outside its ::add-mask:: line').not.toContain(token);
      for (const [where, text] of [['outputs', JSON.stringify(run.outputs)], ['job summary', run.summary], ['reports', reports]] as const) {
        expect(text.includes(token), `the token in the ${where}`).toBe(false);
      }
    }
  });

  it('masks the configured password before the run, and the Basic form of it the login derives', () => {
    const basic = Buffer.from(`tokenuser:${PASSWORD}`).toString('base64');
    expect(run.log.indexOf(`::add-mask::${PASSWORD}`)).toBe(0);
    expect(run.log.indexOf(`::add-mask::${basic}`)).toBeGreaterThan(0);
    for (const secret of [PASSWORD, basic]) expect(run.log.split(`::add-mask::${secret}`).join('')).not.toContain(secret);
  });
});

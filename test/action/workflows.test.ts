// action.yml and the workflows against the schemas GitHub's editors use (SchemaStore's
// github-action and github-workflow, as carried by @action-validator/core; no network), plus the
// promises the schemas cannot check: a JavaScript action on node24 that leaves the caller's Node
// alone, a sharded nightly with OIDC logins and no cloud passwords, CI on Node 20 and 24.
import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFile(join(ROOT, path), 'utf8');

describe('action.yml', () => {
  it('validates against the github-action schema', async () => {
    const text = await read('action.yml');
    // The schema carried by @action-validator/core 0.6.0 predates node24 (its enum stops at
    // node20). Everything else is validated as written; `using` is asserted below.
    expect(text.match(/^ {2}using: node24$/m)).toHaveLength(1);
    expect(validateAction(text.replace(/^ {2}using: node24$/m, '  using: node20')).errors).toEqual([]);
  });

  it('is a JavaScript action on node24 running the committed bundle, with every input and output documented', async () => {
    const action = parse(await read('action.yml')) as { runs: Record<string, unknown>; inputs: Record<string, { default?: string; description: string }>; outputs: Record<string, { description: string }> };
    expect(action.runs).toEqual({ using: 'node24', main: 'action/dist/index.js' });
    expect(Object.keys(action.inputs)).toEqual(['config', 'registries', 'suites', 'spec-version', 'out', 'fail-on', 'require-all', 'baseline']);
    expect(action.inputs['fail-on']!.default).toBe('fail');
    expect(action.inputs['require-all']!.default).toBe('false');
    expect(Object.keys(action.outputs)).toEqual(['results', 'report', 'counts', 'verdicts', 'newly-failing']);
    const readme = await read('README.md');
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(readme, `README mentions ${name}`).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('the README\'s `uses:` example is a valid workflow that sets every input and echoes every output', async () => {
    const action = parse(await read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    const readme = await read('README.md');
    const example = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((block) => block.includes('uses: oci-matrix/oci-matrix@'));
    expect(example, 'a yaml block with uses: oci-matrix/oci-matrix@…').toBeDefined();
    expect(validateWorkflow(`on: push\n${example}`).errors).toEqual([]);
    const steps = Object.values((parse(example!) as { jobs: Record<string, { steps: { id?: string; uses?: string; with?: Record<string, unknown> }[] }> }).jobs).flatMap((job) => job.steps);
    const step = steps.find((s) => s.uses?.startsWith('oci-matrix/oci-matrix@'))!;
    expect(Object.keys(step.with ?? {})).toEqual(Object.keys(action.inputs));
    const echoed = [...example!.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([\\w-]+)`, 'g'))].map((m) => m[1]);
    expect(echoed).toEqual(Object.keys(action.outputs));
  });

  it('is known to the bundle: every input read and every output set exists in action.yml', async () => {
    const action = parse(await read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    const source = await read('src/action/main.ts');
    const inputsRead = [...source.matchAll(/(?:getInput|listInput|choiceInput|booleanInput)\('([^']+)'/g)].map((m) => m[1]);
    const set = [...source.matchAll(/setOutput\('([^']+)'/g)].map((m) => m[1]);
    expect(new Set(inputsRead)).toEqual(new Set(Object.keys(action.inputs)));
    expect(new Set(set)).toEqual(new Set(Object.keys(action.outputs)));
  });
});

describe('the workflows', () => {
  it('validate against the github-workflow schema', async () => {
    const files = (await readdir(join(ROOT, '.github/workflows'))).filter((f) => f.endsWith('.yml'));
    expect(files.sort()).toEqual(['ci.yml', 'nightly.yml']);
    for (const file of files) expect(validateWorkflow(await read(`.github/workflows/${file}`)).errors, file).toEqual([]);
  });

  it('ci runs the tests on Node 20 and Node 24', async () => {
    const ci = parse(await read('.github/workflows/ci.yml'));
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 24]);
    expect(ci.jobs.test.container).toBe('node:${{ matrix.node }}-bookworm');
  });

  it('nightly: a shard per registry, the copies in their own shard, a merge against the last published run', async () => {
    const text = await read('.github/workflows/nightly.yml');
    const nightly = parse(text);
    const registries = (parse(await read('registries.yaml')) as { registries: { name: string }[] }).registries.map((r) => r.name);
    expect([...nightly.jobs.registry.strategy.matrix.registry].sort()).toEqual([...registries].sort());
    const shardStep = nightly.jobs.registry.steps.find((s: { uses?: string }) => s.uses === './');
    expect(shardStep.with.registries).toBe('${{ matrix.registry }}');
    expect(nightly.jobs.copies.steps.find((s: { uses?: string }) => s.uses === './').with.suites).toBe('interop');
    expect(nightly.jobs.publish.needs).toEqual(['registry', 'copies']);
    const merge = nightly.jobs.publish.steps.find((s: { id?: string }) => s.id === 'merge').run as string;
    expect(merge).toMatch(/oci-matrix merge \$shards --out site "\$\{baseline\[@\]\}" --history previous\/history --fail-on fail --require-all/);
    expect(nightly.jobs.publish.steps.map((s: { uses?: string }) => s.uses).filter(Boolean)).toEqual(expect.arrayContaining(['actions/upload-pages-artifact@v3', 'actions/deploy-pages@v4']));
  });

  it('nightly: cloud logins through OIDC with the official actions, and no cloud password in secrets', async () => {
    const text = await read('.github/workflows/nightly.yml');
    const nightly = parse(text);
    for (const job of ['registry', 'copies']) {
      expect(nightly.jobs[job].permissions['id-token']).toBe('write');
      const uses = nightly.jobs[job].steps.map((s: { uses?: string }) => s.uses).filter(Boolean);
      expect(uses).toEqual(expect.arrayContaining(['aws-actions/configure-aws-credentials@v4', 'google-github-actions/auth@v2', 'azure/login@v2']));
    }
    for (const password of ['ECR_PASSWORD', 'GAR_ACCESS_TOKEN', 'ACR_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'credentials_json', 'client-secret']) expect(text).not.toContain(password);
    const config = parse(await read('registries.yaml')) as { registries: { name: string; auth?: { provider?: string } }[] };
    // The entries the logins feed (auth providers, from the credentials work).
    const providers = Object.fromEntries(config.registries.filter((r) => r.auth?.provider).map((r) => [r.name, r.auth!.provider]));
    if (Object.keys(providers).length) expect(providers).toEqual({ ecr: 'ecr', gar: 'gcp', acr: 'azure' });
  });

  it('nothing sets up Node for the caller of the Action', async () => {
    expect(await read('action.yml')).not.toMatch(/setup-node/);
  });
});

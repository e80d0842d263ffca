// The GitHub Action (action.yml → action/dist/index.js, bundled from this file): runs the matrix
// in the runner's own Node, writes the reports, and tells GitHub through @actions/core — outputs,
// job summary, one annotation per failing check, masked credentials (configured ones before the
// run, obtained ones as they arrive), a group of log lines per registry, and a failed step when
// something reaches `fail-on`.
import * as core from '@actions/core';
import { loadConfigFile } from '../config/load.js';
import { SPEC_VERSIONS, SUITES, type RunResults, type SpecVersion, type SuiteName } from '../results/model.js';
import { FAIL_ON, reachedFailOn, type FailOn } from '../cli/run.js';
import { countByStatus, failingChecks, newlyFailingCount, registriesReachingFailOn, registryDigests } from './digest.js';
import { buildSummary } from './summary.js';
import { configuredSecrets, createMasker } from './secrets.js';

/** A wrong input: reported with setFailed in one line, never as a stack trace. */
class InputError extends Error {}

function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Absent is false (a test or an older runner may not pass the default); anything but the YAML booleans is refused. */
function booleanInput(name: string): boolean {
  const value = core.getInput(name);
  if (!value) return false;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(`input ${name} must be true or false (got "${value}")`);
}

function choiceInput<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const value = core.getInput(name);
  if (!value) return undefined;
  if (!allowed.includes(value as T)) throw new InputError(`input ${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

export async function runAction(): Promise<void> {
  const configFile = core.getInput('config') || 'registries.yaml';
  const out = core.getInput('out') || 'reports/oci-matrix';
  const failOn: FailOn = choiceInput('fail-on', FAIL_ON) ?? 'fail';
  const specVersion = choiceInput('spec-version', SPEC_VERSIONS) as SpecVersion | undefined;
  const suites = listInput('suites');
  const badSuite = suites.find((s) => !SUITES.includes(s as SuiteName));
  if (badSuite) throw new InputError(`input suites: unknown suite "${badSuite}" (suites: ${SUITES.join(', ')})`);
  const baselineFile = core.getInput('baseline');
  const requireAll = booleanInput('require-all');

  const { checkOutDir } = await import('../cli/out-dir.js');
  await checkOutDir(out).catch((error: Error) => {
    throw new InputError(`input out: ${error.message.replace(/^--out /, '')}`);
  });
  const config = await loadConfigFile(configFile);
  // Before anything can print them; what the run obtains later is masked as it arrives (onSecret).
  const mask = createMasker((secret) => core.setSecret(secret));
  for (const secret of configuredSecrets(config)) mask(secret);
  const registries = listInput('registries');
  const unknown = registries.filter((name) => !config.registries.some((r) => r.config.name === name));
  if (unknown.length) throw new InputError(`input registries: no registry named ${unknown.join(', ')} in ${configFile} (have: ${config.registries.map((r) => r.config.name).join(', ')})`);

  const [{ loadChecks }, { runMatrix }, { writeReports }, { readResultsFile }, { compareRuns }] = await Promise.all([
    import('../../suites/load.js'),
    import('../matrix.js'),
    import('../report/write.js'),
    import('../results/read.js'),
    import('../results/compare.js'),
  ]);
  // A baseline that is not there yet (the first run of a nightly) is not a reason to fail the job.
  let baseline: RunResults | undefined;
  if (baselineFile) {
    baseline = await readResultsFile(baselineFile).catch((error: Error) => {
      core.warning(`baseline not used: ${error.message}`);
      return undefined;
    });
  }

  const logs = new Map<string, string[]>();
  const log = (registry: string, line: string) => logs.set(registry, [...(logs.get(registry) ?? []), line]);
  core.info(`Running ${suites.length ? suites.join(', ') : 'every suite'} against ${registries.length ? registries.join(', ') : `every registry in ${configFile}`}…`);
  let results = await runMatrix({
    config,
    checks: await loadChecks(suites as SuiteName[]),
    registries: registries.length ? registries : undefined,
    suites: suites as SuiteName[],
    specVersion,
    onProgress: (event) => {
      if (event.kind === 'registry-started') core.info(`${event.registry}: ${event.total} checks`);
      else if (event.kind === 'registry-finished') core.info(`${event.registry}: ${event.record.status}${event.record.reason ? ` — ${event.record.reason}` : ''}`);
      else if (event.kind === 'result') log(event.registry, `${event.result.status.padEnd(11)} ${event.result.check}${event.result.status === 'pass' ? '' : ` — ${event.result.message}`}`);
      else if (event.kind === 'copies-started') core.info(`copies between registries: ${event.total} (${event.pairs} pairs)`);
      else if (event.kind === 'copies-finished') core.info(`copies done in ${(event.durationMs / 1000).toFixed(1)} s`);
    },
    onNote: (registry, note) => log(registry, `note: ${note}`),
    onSecret: mask,
  });
  if (baseline) results = { ...results, comparison: compareRuns(results, baseline) };
  await writeReports(results, out);

  const digests = registryDigests(results);
  // Registries run side by side; their lines are grouped afterwards so each reads on its own.
  for (const digest of digests) {
    core.startGroup(`${digest.registry}: ${digest.verdict}`);
    for (const line of logs.get(digest.registry) ?? [digest.reason ?? 'no checks ran']) core.info(line);
    core.endGroup();
  }
  for (const failing of failingChecks(results)) {
    const where = failing.registries.map((r) => `${r.registry}: ${r.message}`).join('\n');
    core.error(`${failing.title}\n${where}${failing.specUrl ? `\nSpec: ${failing.specUrl}` : ''}`, { title: failing.check });
  }

  const resultsPath = `${out.replace(/[/\\]+$/, '')}/results.json`;
  core.setOutput('results', resultsPath);
  core.setOutput('report', out);
  core.setOutput('counts', JSON.stringify(countByStatus(results)));
  core.setOutput('verdicts', JSON.stringify(Object.fromEntries(digests.map(({ registry, ...rest }) => [registry, rest]))));
  core.setOutput('newly-failing', String(newlyFailingCount(results)));
  await buildSummary(core.summary, results, out).write();

  if (reachedFailOn(results, failOn, { requireAll })) {
    const reached = registriesReachingFailOn(results, digests, failOn, { requireAll });
    const named = reached.map((d) => `${d.registry} (${d.verdict}${d.verdict === 'skipped' && d.reason ? `: ${d.reason}` : ''})`);
    core.setFailed(`fail-on ${failOn} reached on ${named.join(', ')}; see the job summary and ${out}/index.html`);
  }
}

runAction().catch((error: Error) => {
  // Wrong inputs and config problems are the user's to fix: one line each, no stack trace.
  if (error instanceof InputError || ['ConfigError', 'ResultsFileError'].includes(error.name)) core.setFailed(error.message);
  else core.setFailed(`internal error: ${error.stack ?? error.message}`);
});

// `oci-matrix run`: the checks and copies against the configured registries, then every report.
import { rm } from 'node:fs/promises';
import { SPEC_VERSIONS, SUITES, STATUS_SEVERITY, type RunResults, type SuiteName } from '../results/model.js';
import type { CheckDefinition } from '../runner/check.js';
import { UsageError, flag, oneOf, str, strs, type Command } from './command.js';
import { checkOutDir, partialOutDir } from './out-dir.js';
import { REPORT_OPTIONS, readReportInputs, withComparison } from './report-options.js';

export const FAIL_ON = ['fail', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Shared by run and merge: the nightly judges its merged shards with it. */
export const REQUIRE_ALL_OPTION = { type: 'boolean', description: 'a registry skipped for missing secrets trips --fail-on even when marked optional (the nightly)' } as const;

export const runCommand: Command = {
  name: 'run',
  summary: 'Runs the checks against the configured registries, then the copies between them, and writes the reports.',
  options: {
    config: { type: 'string', value: 'FILE', description: 'registries file', default: 'registries.yaml' },
    out: { type: 'string', value: 'DIR', description: 'report directory; an interrupted run writes DIR.partial instead', default: 'reports/latest' },
    registry: { type: 'string', value: 'NAME', multiple: true, description: 'only this registry (default: all in the config)' },
    suite: { type: 'string', value: 'NAME', multiple: true, description: `only this suite: ${SUITES.join(', ')} (default: all)` },
    'spec-version': { type: 'string', value: SPEC_VERSIONS.join('|'), description: 'spec version whose checks and levels apply (default: the config\'s, else 1.1)' },
    'fail-on': { type: 'string', value: FAIL_ON.join('|'), description: 'lowest status that makes the exit code 1', default: 'never' },
    'require-all': REQUIRE_ALL_OPTION,
    ...REPORT_OPTIONS,
  },
  notes: [
    'Exit codes: 0 completed and nothing reached --fail-on; 1 something did (fail-on fail counts fail, error,',
    'an unreachable registry and one skipped for missing secrets unless optional; warn adds warn); 2 usage or config error;',
    '130 interrupted (partial reports in DIR.partial).',
  ].join('\n'),
  async run(args) {
    const specVersion = oneOf(str(args, 'spec-version'), SPEC_VERSIONS, 'spec-version');
    const suites = strs(args, 'suite');
    const badSuite = suites.find((s) => !SUITES.includes(s as SuiteName));
    if (badSuite) throw new UsageError(`unknown suite "${badSuite}" (suites: ${SUITES.join(', ')})`);
    const failOn = oneOf(str(args, 'fail-on'), FAIL_ON, 'fail-on')!;
    const out = str(args, 'out')!;
    const configFile = str(args, 'config')!;
    await checkOutDir(out);
    const reportInputs = await readReportInputs(args);

    const { loadConfigFile } = await import('../config/load.js');
    const config = await loadConfigFile(configFile);
    const checks = await loadChecks(suites as SuiteName[]);
    const registries = strs(args, 'registry');
    const unknown = registries.filter((name) => !config.registries.some((r) => r.config.name === name));
    if (unknown.length) {
      throw new UsageError(`no registry named ${unknown.map((n) => `"${n}"`).join(', ')} in ${configFile} (have: ${config.registries.map((r) => r.config.name).join(', ')})`);
    }

    const [{ runMatrix }, { writeReports }, { renderConsoleSummary }, { createProgressPrinter }] = await Promise.all([
      import('../matrix.js'),
      import('../report/write.js'),
      import('../report/console.js'),
      import('../report/progress.js'),
    ]);
    const interrupt = new AbortController();
    const onSignal = () => {
      if (interrupt.signal.aborted) process.exit(130);
      process.stderr.write('\nInterrupted: finishing running checks and cleaning up (Ctrl-C again to quit at once)…\n');
      interrupt.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const progress = createProgressPrinter(process.stderr);
    let results: RunResults;
    try {
      results = await runMatrix({
        config,
        checks,
        registries: registries.length ? registries : undefined,
        suites: suites as SuiteName[],
        specVersion,
        signal: interrupt.signal,
        onProgress: progress.onProgress,
        onNote: progress.onNote,
      });
    } finally {
      progress.stop();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    const interrupted = interrupt.signal.aborted;
    const target = interrupted ? partialOutDir(out) : out;
    results = await withComparison(results, reportInputs);
    const written = await writeReports(results, target);
    // A complete report supersedes a partial one left by an earlier interrupted run.
    if (!interrupted) await rm(partialOutDir(out), { recursive: true, force: true });
    process.stdout.write(`${renderConsoleSummary(results, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR })}\n`);
    process.stdout.write(`Reports: ${written.join(', ')}\n`);
    if (interrupted) {
      process.stdout.write(`Interrupted: partial reports in ${target}; the last complete report in ${out} is untouched.\n`);
      return 130;
    }
    return reachedFailOn(results, failOn, { requireAll: flag(args, 'require-all') }) ? 1 : 0;
  },
};

/** Only the selected suites are loaded; their content catalogue reads the environment (large-layer size). */
async function loadChecks(suites: SuiteName[]): Promise<CheckDefinition[]> {
  try {
    return await (await import('../../suites/load.js')).loadChecks(suites);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function reachedFailOn(results: RunResults, failOn: FailOn, options: { requireAll?: boolean } = {}): boolean {
  if (failOn === 'never') return false;
  const threshold = STATUS_SEVERITY[failOn];
  // `error` is above `fail`: the harness could not judge, which a gate must not take as a pass —
  // and so is a registry it could not reach or log in to, and one skipped because its secrets
  // are missing (a renamed secret must not turn the nightly green), unless marked optional.
  const untested = results.registries.some((r) => r.status === 'error' || (r.status === 'skipped' && (options.requireAll || !r.optional)));
  return untested || results.results.some((r) => !r.expected && STATUS_SEVERITY[r.status] >= threshold);
}

// `oci-matrix merge`: shards written by separate runs (one CI job per registry, one for the
// copies between them) into one report.
import { UsageError, flag, oneOf, str, type Command } from './command.js';
import { checkOutDir } from './out-dir.js';
import { REPORT_OPTIONS, readReportInputs, withComparison } from './report-options.js';
import { FAIL_ON, REQUIRE_ALL_OPTION, reachedFailOn } from './run.js';

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'Merges results.json files of runs on different registries (shards) into one report.',
  positionals: 'FILE...',
  options: {
    out: { type: 'string', value: 'DIR', description: 'report directory', default: 'reports/merged' },
    'fail-on': { type: 'string', value: FAIL_ON.join('|'), description: 'lowest status in the merged results that makes the exit code 1', default: 'never' },
    'require-all': REQUIRE_ALL_OPTION,
    ...REPORT_OPTIONS,
  },
  notes: [
    'Every shard must come from the same oci-matrix version and --spec-version. A registry/check pair found in',
    'several shards is taken from the first file that has it, so list the per-registry shards before a copies shard.',
    'Exit codes: 0 merged and nothing reached --fail-on; 1 something did; 2 usage error or an unusable or mismatched shard.',
  ].join('\n'),
  async run(args) {
    if (args.positionals.length === 0) throw new UsageError('give the results.json files to merge');
    const failOn = oneOf(str(args, 'fail-on'), FAIL_ON, 'fail-on')!;
    const out = str(args, 'out')!;
    await checkOutDir(out);
    const reportInputs = await readReportInputs(args);
    const [{ readResultsFile }, { mergeRuns }, { newRunId }, { writeReports }] = await Promise.all([
      import('../results/read.js'),
      import('../results/merge.js'),
      import('../runner/run-id.js'),
      import('../report/write.js'),
    ]);
    const shards = [];
    for (const file of args.positionals) shards.push({ file, results: await readResultsFile(file) });
    const { merged, notes } = mergeRuns(shards, newRunId());
    for (const note of notes) process.stderr.write(`merge: ${note}\n`);
    const results = await withComparison(merged, reportInputs);
    const written = await writeReports(results, out);
    const tested = results.registries.filter((r) => r.status === 'tested').length;
    process.stdout.write(`Merged ${shards.length} shard(s): ${tested} registries tested, ${results.results.length} results, ${results.interop?.length ?? 0} copies\nReports: ${written.join(', ')}\n`);
    return reachedFailOn(results, failOn, { requireAll: flag(args, 'require-all') }) ? 1 : 0;
  },
};

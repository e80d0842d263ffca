// The options every verb that writes a report shares (run, merge, render): where to write it,
// the baseline it is compared with, and the history folder it is drawn against.
import type { RunResults } from '../results/model.js';
import type { OptionSpec, ParsedArgs } from './command.js';
import { str } from './command.js';

export const REPORT_OPTIONS: Record<string, OptionSpec> = {
  baseline: { type: 'string', value: 'FILE', description: 'an earlier results.json: the report shows what is newly failing, passing or erroring since' },
  history: { type: 'string', value: 'DIR', description: 'folder of earlier results (*.json, */results.json) drawn as a per-registry history strip' },
};

export interface ReportInputs {
  baseline?: RunResults;
  /** Earlier runs from --history; undefined without the option. */
  earlier?: RunResults[];
}

/** Read before any work is done, so a wrong --baseline fails at once rather than after the run. */
export async function readReportInputs(args: ParsedArgs): Promise<ReportInputs> {
  const { readResultsFile, readResultsDir } = await import('../results/read.js');
  const baselineFile = str(args, 'baseline');
  const historyDir = str(args, 'history');
  const baseline = baselineFile ? await readResultsFile(baselineFile) : undefined;
  if (!historyDir) return { baseline };
  const history = await readResultsDir(historyDir);
  for (const message of history.skipped) process.stderr.write(`history: left out ${message}\n`);
  return { baseline, earlier: history.runs };
}

/** The results with `comparison` (from --baseline) and `history` (from --history) filled in. */
export async function withComparison(results: RunResults, inputs: ReportInputs): Promise<RunResults> {
  const [{ compareRuns }, { historyOf }] = await Promise.all([import('../results/compare.js'), import('../results/history.js')]);
  return {
    ...results,
    ...(inputs.baseline ? { comparison: compareRuns(results, inputs.baseline) } : {}),
    ...(inputs.earlier ? { history: historyOf(inputs.earlier, results) } : {}),
  };
}

// `oci-matrix render`: the reports again from a results.json, without running anything.
import { dirname } from 'node:path';
import { UsageError, str, type Command } from './command.js';
import { checkOutDir } from './out-dir.js';
import { REPORT_OPTIONS, readReportInputs, withComparison } from './report-options.js';

export const renderCommand: Command = {
  name: 'render',
  summary: 'Writes the reports (HTML, JUnit, Markdown, JSON) again from a results.json, without running anything.',
  options: {
    results: { type: 'string', value: 'FILE', description: 'the results.json to render (required)' },
    out: { type: 'string', value: 'DIR', description: 'report directory (default: the directory of --results)' },
    ...REPORT_OPTIONS,
  },
  notes: 'Without --baseline or --history, a comparison or history already in the file is kept.',
  async run(args) {
    const file = str(args, 'results');
    if (!file) throw new UsageError('--results FILE is required');
    const out = str(args, 'out') ?? dirname(file);
    await checkOutDir(out);
    const reportInputs = await readReportInputs(args);
    const [{ readResultsFile }, { writeReports }] = await Promise.all([import('../results/read.js'), import('../report/write.js')]);
    const results = await withComparison(await readResultsFile(file), reportInputs);
    const written = await writeReports(results, out);
    process.stdout.write(`Reports: ${written.join(', ')}\n`);
    return 0;
  },
};

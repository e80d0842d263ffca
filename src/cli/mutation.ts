// `oci-matrix mutation` / `npm run mutation`: both tables (breaking deviations must be caught,
// allowed ones must raise no false alarm) and the summary lines.
import { strs, type Command } from './command.js';

export const mutationCommand: Command = {
  name: 'mutation',
  summary: 'Runs every check against the clean reference registry, then once per deviation: tells which breaking deviations no check caught, and which allowed ones a check blamed.',
  options: {
    deviation: { type: 'string', value: 'NAME', multiple: true, description: 'only this deviation, breaking or allowed (default: all)' },
  },
  notes: 'Exit codes: 0 the clean registry passes, every breaking deviation is caught and no allowed one raises a false alarm; 1 otherwise.',
  async run(args) {
    const [{ runMutation }, { formatRow, formatAllowedRow, summaryLines, mutationClean }, { LARGE_LAYER_ENV }] = await Promise.all([
      import('../mutation/mutate.js'),
      import('../mutation/report.js'),
      import('../oci/artifacts.js'),
    ]);
    // Seventy-odd full runs: a 1 MiB large layer proves streaming just as well as 64 MiB.
    process.env[LARGE_LAYER_ENV] ??= String(1024 * 1024);
    const { ALL_CHECKS } = await import('../../suites/index.js');
    process.stdout.write('Running every check against the clean reference registry, then once per deviation…\n\nBreaking deviations (each must be caught):\n');
    const only = strs(args, 'deviation');
    let allowedHeader = false;
    const report = await runMutation(ALL_CHECKS, {
      only: only.length ? only : undefined,
      onRow: (row) => process.stdout.write(`${formatRow(row)}\n`),
      onAllowedRow: (row) => {
        if (!allowedHeader) process.stdout.write('\nAllowed deviations (no check may blame them):\n');
        allowedHeader = true;
        process.stdout.write(`${formatAllowedRow(row)}\n`);
      },
    });
    process.stdout.write(`\n${summaryLines(report).join('\n')}\n`);
    return mutationClean(report) ? 0 : 1;
  },
};

// `oci-matrix mutation` / `npm run mutation`: the table deviation → checks that turned
// non-pass → caught or MISSED, and the totals.
import type { MutationRow } from '../mutation/mutate.js';
import { strs, type Command } from './command.js';

export function formatRow(row: MutationRow): string {
  const turned = row.turned.filter((t) => t.status !== 'pass');
  const list = turned.length ? turned.map((t) => `${t.check} (${t.status})`).join(', ') : '—';
  return `${row.caught ? 'caught' : 'MISSED'.padEnd(6)}  ${row.deviation.padEnd(34)} ${list}`;
}

export const mutationCommand: Command = {
  name: 'mutation',
  summary: 'Runs every check against the clean reference registry, then once per deviation, and tells which deviations no check caught.',
  options: {
    deviation: { type: 'string', value: 'NAME', multiple: true, description: 'only this deviation (default: all)' },
  },
  notes: 'Exit codes: 0 every deviation caught and the clean registry passes; 1 otherwise.',
  async run(args) {
    const [{ runMutation }, { LARGE_LAYER_ENV }] = await Promise.all([import('../mutation/mutate.js'), import('../oci/artifacts.js')]);
    // Sixty-odd full runs: a 1 MiB large layer proves streaming just as well as 64 MiB.
    process.env[LARGE_LAYER_ENV] ??= String(1024 * 1024);
    const { ALL_CHECKS } = await import('../../suites/index.js');
    process.stdout.write('Running every check against the clean reference registry, then once per deviation…\n\n');
    const only = strs(args, 'deviation');
    const report = await runMutation(ALL_CHECKS, { only: only.length ? only : undefined, onRow: (row) => process.stdout.write(`${formatRow(row)}\n`) });
    const notPassing = report.baseline.filter((r) => r.status !== 'pass' && r.status !== 'skip' && r.status !== 'unsupported');
    const caught = report.rows.filter((r) => r.caught).length;
    process.stdout.write(`\nclean reference registry: ${report.baseline.length} checks, ${notPassing.length} not passing${notPassing.length ? `: ${notPassing.map((r) => `${r.check} (${r.status}: ${r.message})`).join('; ')}` : ''}\n`);
    process.stdout.write(`caught ${caught} of ${report.rows.length} deviations\n`);
    return caught === report.rows.length && notPassing.length === 0 ? 0 : 1;
  },
};

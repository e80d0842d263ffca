// `oci-matrix requirements`: the requirement index, and which checks cover each requirement;
// `--uncovered` lists the registry requirements no check verifies yet.
import { parseArgs } from 'node:util';
import type { SpecVersion } from './model.js';
import { coverage } from '../requirements/index.js';

export async function requirementsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { uncovered: { type: 'boolean', default: false }, 'spec-version': { type: 'string', default: '1.1' }, json: { type: 'boolean', default: false } },
    strict: true,
  });
  const version = values['spec-version'] as SpecVersion;
  if (!['1.0', '1.1', 'main'].includes(version)) throw Object.assign(new Error('--spec-version must be 1.0, 1.1 or main'), { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' });
  const { ALL_CHECKS } = await import('../../suites/index.js');
  const rows = coverage(ALL_CHECKS.map((c) => c.id), version);
  const registryRows = rows.filter((r) => r.requirement.subject === 'registry');
  const shown = values.uncovered ? registryRows.filter((r) => r.checks.length === 0) : rows;
  if (values.json) {
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  } else {
    for (const { requirement, checks } of shown) {
      process.stdout.write(`${requirement.id.padEnd(48)} ${requirement.level.padEnd(10)} ${requirement.subject.padEnd(8)} ${checks.length ? checks.join(', ') : '—'}\n    ${requirement.text}\n`);
    }
  }
  const covered = registryRows.filter((r) => r.checks.length > 0).length;
  process.stdout.write(`\n${covered} of ${registryRows.length} registry requirements covered by at least one check; ${registryRows.length - covered} uncovered (${rows.length - registryRows.length} client requirements not listed as gaps)\n`);
  return 0;
}

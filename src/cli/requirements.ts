// `oci-matrix requirements`: the requirement index, and which checks cover each requirement;
// `--uncovered` lists the registry requirements no check verifies yet.
import { SPEC_VERSIONS } from '../results/model.js';
import { flag, oneOf, str, type Command } from './command.js';

export const requirementsCommand: Command = {
  name: 'requirements',
  summary: 'Lists the MUST/SHOULD sentences of the spec with the checks that cover each.',
  options: {
    uncovered: { type: 'boolean', description: 'only the registry requirements no check covers', default: false },
    'spec-version': { type: 'string', value: SPEC_VERSIONS.join('|'), description: 'spec version of the index', default: '1.1' },
    json: { type: 'boolean', description: 'print JSON instead of text', default: false },
  },
  async run(args) {
    const version = oneOf(str(args, 'spec-version'), SPEC_VERSIONS, 'spec-version')!;
    const [{ coverage }, { ALL_CHECKS }] = await Promise.all([import('../requirements/index.js'), import('../../suites/index.js')]);
    const rows = coverage(ALL_CHECKS.map((c) => c.id), version);
    const registryRows = rows.filter((r) => r.requirement.subject === 'registry');
    const shown = flag(args, 'uncovered') ? registryRows.filter((r) => r.checks.length === 0) : rows;
    if (flag(args, 'json')) {
      process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    } else {
      for (const { requirement, checks } of shown) {
        process.stdout.write(`${requirement.id.padEnd(48)} ${requirement.level.padEnd(10)} ${requirement.subject.padEnd(8)} ${checks.length ? checks.join(', ') : '—'}\n    ${requirement.text}\n`);
      }
    }
    const covered = registryRows.filter((r) => r.checks.length > 0).length;
    process.stdout.write(`\n${covered} of ${registryRows.length} registry requirements covered by at least one check; ${registryRows.length - covered} uncovered (${rows.length - registryRows.length} client requirements not listed as gaps)\n`);
    return 0;
  },
};

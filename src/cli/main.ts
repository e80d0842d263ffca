// Command line: find the verb, parse its arguments, run it, map the outcome to an exit code
// (0 ok, 1 something reached --fail-on, 2 usage or config error, 130 interrupted). One file per
// verb in this folder; this one only dispatches.
import { TOOL } from '../tool.js';
import { UsageError, commandUsage, parseCommandArgs, type Command } from './command.js';
import { runCommand } from './run.js';
import { mergeCommand } from './merge.js';
import { renderCommand } from './render.js';
import { serveCommand } from './serve.js';
import { requirementsCommand } from './requirements.js';
import { mutationCommand } from './mutation.js';
import { schemasCommand } from './schemas.js';
import { cleanupCommand } from './cleanup.js';

export const COMMANDS: readonly Command[] = [runCommand, mergeCommand, renderCommand, cleanupCommand, serveCommand, requirementsCommand, mutationCommand, schemasCommand];

export function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    `${TOOL.name} ${TOOL.version} — OCI Distribution conformance and interoperability matrix`,
    '',
    'Usage: oci-matrix <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'oci-matrix <command> --help shows a command\'s options and their defaults; oci-matrix --version the version.',
    'Exit codes: 0 ok; 1 something reached --fail-on; 2 usage or config error; 130 interrupted.',
  ].join('\n');
}

/** Errors about a file the user gave (config, results, shards), by name so no module is loaded for them. */
const INPUT_ERRORS = new Set(['ConfigError', 'ResultsFileError', 'MergeError']);

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(`${overview()}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0] && COMMANDS.find((c) => c.name === rest[0]);
    process.stdout.write(`${topic ? commandUsage(topic) : overview()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`${TOOL.version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`oci-matrix: unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')}; oci-matrix --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${commandUsage(command)}\n`);
    return 0;
  }
  try {
    return await command.run(parseCommandArgs(command, rest));
  } catch (error) {
    // These already name the file and what is wrong in it; print them as they are.
    if (INPUT_ERRORS.has((error as Error).name)) {
      process.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`oci-matrix ${command.name}: ${(error as Error).message} (oci-matrix ${command.name} --help)\n`);
      return 2;
    }
    throw error;
  }
}

const isEntryPoint = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntryPoint) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`oci-matrix: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exit(3);
    },
  );
}

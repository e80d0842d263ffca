// How a verb is declared: its options (with defaults and one-line descriptions) and what it runs.
// Every verb under src/cli/ exports one `Command`; parsing and `--help` are derived from it, so
// the usage text always shows the defaults the parser really applies.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder shown in the usage text, e.g. FILE. */
  value?: string;
  description: string;
  default?: string | boolean;
  multiple?: boolean;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  /** Positional arguments in the usage line (e.g. `FILE...`); none are accepted without it. */
  positionals?: string;
  options: Record<string, OptionSpec>;
  /** Text after the options in `--help` (exit codes, notes). */
  notes?: string;
  /** Modules a verb needs beyond its declaration are imported inside run, so `--help` stays cheap. */
  run(args: ParsedArgs): Promise<number>;
}

/** Wrong invocation: printed as one line with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {}

export function parseCommandArgs(command: Command, args: string[]): ParsedArgs {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = { type: spec.type, ...(spec.multiple ? { multiple: true } : {}), ...(spec.default !== undefined ? { default: spec.default as never } : {}) };
  }
  const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: command.positionals !== undefined });
  return { values: values as ParsedArgs['values'], positionals };
}

export function commandUsage(command: Command): string {
  const rows = Object.entries(command.options).map(([name, spec]) => {
    const flag = `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}${spec.multiple ? ' (repeatable)' : ''}`;
    const fallback = spec.default !== undefined && spec.default !== false && spec.default !== '' ? ` (default: ${String(spec.default)})` : '';
    return [flag, `${spec.description}${fallback}`] as const;
  });
  rows.push(['--help', 'this text']);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  const lines = [
    `Usage: oci-matrix ${command.name}${command.positionals ? ` ${command.positionals}` : ''}${rows.length > 1 ? ' [options]' : ''}`,
    '',
    command.summary,
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
  ];
  if (command.notes) lines.push('', command.notes);
  return lines.join('\n');
}

/** Typed accessors: parseArgs has already checked the types against the declaration. */
export const str = (args: ParsedArgs, name: string): string | undefined => args.values[name] as string | undefined;
export const strs = (args: ParsedArgs, name: string): string[] => (args.values[name] as string[] | undefined) ?? [];
export const flag = (args: ParsedArgs, name: string): boolean => args.values[name] === true;

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value !== undefined && !allowed.includes(value as T)) throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T | undefined;
}

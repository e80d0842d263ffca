// Loads registries.yaml: parse with positions, interpolate ${VAR}, validate, and turn every
// problem into "file:line: field: what is wrong — what is expected".
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import type { z } from 'zod';
import { configSchema, type InteropConfig, type MatrixConfig, type RegistryConfig } from './schema.js';
import { interpolate } from './interpolate.js';
import type { SpecVersion } from '../results/model.js';

export interface ConfigProblem {
  file: string;
  line?: number;
  column?: number;
  /** Field path such as `registries[1].url`. */
  path: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ConfigError';
  }
}

export function formatProblem(p: ConfigProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}`;
  return `${where}: ${p.path || '(top level)'}: ${p.message}`;
}

export interface ConfiguredRegistry {
  config: RegistryConfig;
  /** Environment variables the entry uses that are unset; such a registry is skipped. */
  missingVariables: string[];
}

export interface LoadedConfig {
  file: string;
  specVersion: SpecVersion;
  /** Which registries the copy phase copies between (absent: all pairs). */
  interop?: InteropConfig;
  registries: ConfiguredRegistry[];
}

export async function loadConfigFile(file: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError([{ file, path: '', message: `cannot read the file (${(error as Error).message})` }]);
  }
  return parseConfig(text, file, env);
}

export function parseConfig(text: string, file: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { file, line: pos?.line, column: pos?.col, path: '', message: `invalid YAML: ${firstLine(e.message)}` };
      }),
    );
  }
  const raw = doc.toJS() as unknown;
  const { value, missing } = interpolate(raw, env);
  const parsed = configSchema.safeParse(value);
  const problems = parsed.success ? [] : parsed.error.issues.filter((i) => !touchesMissingVariable(i.path, missing));
  if (problems.length > 0) {
    throw new ConfigError(problems.map((issue) => toProblem(issue, doc, lineCounter, file)));
  }
  // Issues only inside entries with missing variables: those entries are skipped, the rest stands.
  const config = (parsed.success ? parsed.data : (value as MatrixConfig));
  return {
    file,
    specVersion: config.specVersion ?? '1.1',
    ...(config.interop ? { interop: config.interop } : {}),
    registries: config.registries.map((registry, index) => ({
      config: registry,
      missingVariables: [...new Set(missing.filter((m) => m.path[0] === 'registries' && m.path[1] === index).map((m) => m.variable))],
    })),
  };
}

function touchesMissingVariable(path: PropertyKey[], missing: { path: (string | number)[] }[]): boolean {
  return missing.some((m) => m.path[0] === path[0] && m.path[1] === path[1] && path[0] === 'registries');
}

function toProblem(issue: z.core.$ZodIssue, doc: Document, lineCounter: LineCounter, file: string): ConfigProblem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const { node, exact } = nearestNode(doc, path);
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  const pos = range ? lineCounter.linePos(range[0]) : undefined;
  const field = formatPath(path);
  let message = describeIssue(issue);
  if (!exact && issue.code === 'invalid_type' && issue.input === undefined) message = `missing required field (${message})`;
  return { file, line: pos?.line, column: pos?.col, path: field, message };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; see README "Configuration")`;
    case 'invalid_type':
      return `expected ${issue.expected}${issue.input === undefined ? '' : `, got ${describeValue(issue.input)}`}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed form: {username, password}, {token}, {dockerConfig}, {credentialHelper} or {provider: ecr|gcp|azure} for auth; {kind: reference|distribution, …} for launch';
    case 'invalid_format':
      return `expected ${issue.message.replace(/^Invalid string: must match pattern .*/, 'a value of the documented form')}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${String(value)}`;
}

/** The node at `path`, or the closest existing ancestor (for a missing field, its parent mapping). */
function nearestNode(doc: Document, path: (string | number)[]): { node: unknown; exact: boolean } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (node !== undefined && node !== null) {
      // For a key pair inside a map, point at the key, which is where the reader looks.
      return { node: pairKeyNode(doc, path.slice(0, depth)) ?? node, exact: depth === path.length };
    }
  }
  return { node: undefined, exact: false };
}

function pairKeyNode(doc: Document, path: (string | number)[]): unknown {
  if (path.length === 0) return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const key = path[path.length - 1];
  if (isMap(parent)) return parent.items.find((pair) => (pair.key as { value?: unknown })?.value === key)?.key;
  if (isSeq(parent)) return undefined;
  return undefined;
}

function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

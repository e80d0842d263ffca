// Command line: parse arguments, call the one function that does the work, map the outcome to an
// exit code (0 ok, 1 something reached --fail-on, 2 usage or config error). Nothing else.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfigFile } from './config/load.js';
import { SPEC_VERSIONS, SUITES, STATUS_SEVERITY, type RunResults, type SpecVersion, type SuiteName } from './results/model.js';
import { runMatrix } from './runner/run.js';
import { writeReports } from './report/write.js';
import { renderConsoleSummary } from './report/console.js';
import { createProgressPrinter } from './report/progress.js';

const USAGE = `oci-matrix — OCI Distribution conformance and interoperability matrix

Usage:
  oci-matrix run [--config FILE] [--out DIR] [--registry NAME]... [--suite NAME]...
                 [--spec-version 1.0|1.1|main] [--fail-on fail|warn|never]
  oci-matrix serve [--port N] [--storage DIR|memory] [--auth none|basic|token] [--deviate NAME,...]
  oci-matrix requirements [--uncovered] [--spec-version 1.1|main]
  oci-matrix mutation [--deviation NAME]...
  oci-matrix schemas [--out DIR]

Exit codes: 0 run completed and nothing reached --fail-on; 1 something did; 2 usage or config error.`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        return await runCommand(rest);
      case 'serve': {
        const { serveCommand } = await import('./reference/serve.js');
        return await serveCommand(rest);
      }
      case 'requirements': {
        const { requirementsCommand } = await import('./results/requirements-command.js');
        return await requirementsCommand(rest);
      }
      case 'mutation': {
        const { mutationCommand } = await import('./mutation/command.js');
        return await mutationCommand(rest);
      }
      case 'schemas': {
        const { schemasCommand } = await import('./results/schemas-command.js');
        return await schemasCommand(rest);
      }
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`oci-matrix: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

async function runCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: 'string', default: 'registries.yaml' },
      out: { type: 'string', default: 'reports/latest' },
      registry: { type: 'string', multiple: true },
      suite: { type: 'string', multiple: true },
      'spec-version': { type: 'string' },
      'fail-on': { type: 'string', default: 'never' },
    },
    strict: true,
  });
  const specVersion = values['spec-version'];
  if (specVersion !== undefined && !SPEC_VERSIONS.includes(specVersion as SpecVersion)) {
    throw new UsageError(`--spec-version must be one of ${SPEC_VERSIONS.join(', ')}`);
  }
  const suites = values.suite ?? [];
  const badSuite = suites.find((s) => !SUITES.includes(s as SuiteName));
  if (badSuite) throw new UsageError(`unknown suite "${badSuite}" (suites: ${SUITES.join(', ')})`);
  const failOn = values['fail-on'];
  if (!['fail', 'warn', 'never'].includes(failOn)) throw new UsageError('--fail-on must be fail, warn or never');

  const config = await loadConfigFile(values.config);
  const { ALL_CHECKS } = await loadChecks();
  const unknown = (values.registry ?? []).filter((name) => !config.registries.some((r) => r.config.name === name));
  if (unknown.length) {
    throw new UsageError(`no registry named ${unknown.map((n) => `"${n}"`).join(', ')} in ${values.config} (have: ${config.registries.map((r) => r.config.name).join(', ')})`);
  }

  const interrupt = new AbortController();
  const onSignal = () => {
    if (interrupt.signal.aborted) process.exit(130);
    process.stderr.write('\nInterrupted: finishing running checks and cleaning up (Ctrl-C again to quit at once)…\n');
    interrupt.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const progress = createProgressPrinter(process.stderr);
  let results: RunResults;
  try {
    results = await runMatrix({
      config,
      checks: ALL_CHECKS,
      registries: values.registry,
      suites: suites as SuiteName[],
      specVersion: specVersion as SpecVersion | undefined,
      signal: interrupt.signal,
      onProgress: progress.onProgress,
      onNote: progress.onNote,
    });
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const written = await writeReports(results, values.out);
  process.stdout.write(`${renderConsoleSummary(results, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR })}\n`);
  process.stdout.write(`Reports: ${written.join(', ')}\n`);
  if (interrupt.signal.aborted) return 130;
  return reachedFailOn(results, failOn as 'fail' | 'warn' | 'never') ? 1 : 0;
}

/** The suites are loaded on demand: their content catalogue reads the environment (large-layer size). */
async function loadChecks(): Promise<typeof import('../suites/index.js')> {
  try {
    return await import('../suites/index.js');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function reachedFailOn(results: RunResults, failOn: 'fail' | 'warn' | 'never'): boolean {
  if (failOn === 'never') return false;
  const threshold = STATUS_SEVERITY[failOn];
  // `error` is above `fail`: the harness could not judge, which a gate must not take as a pass —
  // and so is a registry it could not reach or log in to.
  return results.registries.some((r) => r.status === 'error') || results.results.some((r) => !r.expected && STATUS_SEVERITY[r.status] >= threshold);
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

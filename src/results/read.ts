// Reads a results.json written by an earlier run (for merge, render, --baseline, --history) and
// checks it against the results schema, so a wrong file is named with the field that is wrong
// instead of failing later somewhere in a renderer.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunResults } from './model.js';
import { runResultsSchema } from './schema.js';

/** A results file that cannot be used; the message names the file and what is wrong. */
export class ResultsFileError extends Error {
  override name = 'ResultsFileError';
}

export async function readResultsFile(file: string): Promise<RunResults> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ResultsFileError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a results.json' : (code ?? (error as Error).message)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ResultsFileError(`${file}: not JSON (${(error as Error).message})`);
  }
  const parsed = runResultsSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? `; and ${parsed.error.issues.length - 3} more` : '';
    throw new ResultsFileError(`${file}: not an oci-matrix results.json (schemaVersion 1): ${issues.join('; ')}${more}`);
  }
  return parsed.data as RunResults;
}

/**
 * The earlier runs kept in a history folder: `*.json` and `<folder>/results.json` inside it. A missing
 * folder is an empty history (the first night); files that are not results are reported and left out.
 */
export async function readResultsDir(dir: string): Promise<{ runs: RunResults[]; skipped: string[] }> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new ResultsFileError(`${dir}: ${error.code === 'ENOTDIR' ? 'is a file, not a history folder' : (error.code ?? error.message)}`);
  });
  const files = entries
    .flatMap((e) => (e.isDirectory() ? [join(dir, e.name, 'results.json')] : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
    .sort();
  const runs: RunResults[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    try {
      runs.push(await readResultsFile(file));
    } catch (error) {
      // A folder entry without results.json is not part of the history, not an error.
      if (!(error instanceof ResultsFileError && error.message.endsWith('no such file'))) skipped.push((error as Error).message);
    }
  }
  return { runs, skipped };
}

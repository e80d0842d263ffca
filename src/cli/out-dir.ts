// `--out DIR` is checked before any registry is contacted: a run that would end by failing to
// write its reports should fail at once, in one line.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './command.js';

export async function checkOutDir(out: string): Promise<void> {
  let path = resolve(out);
  // Walk up to the nearest part that exists: that is where the directories will be created.
  for (;;) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw new UsageError(`--out ${out}: ${path}: ${error.code ?? error.message}`);
    });
    if (info) {
      if (!info.isDirectory()) {
        throw new UsageError(path === resolve(out) ? `--out ${out} is a file, not a directory` : `--out ${out}: ${path} is a file, so the directory cannot be created`);
      }
      // Permission bits say nothing for root or on read-only mounts: create and remove a probe.
      const probe = await mkdtemp(join(path, '.oci-matrix-probe-')).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`--out ${out}: cannot create anything in ${path} (${error.code ?? error.message})`);
      });
      await rm(probe, { recursive: true, force: true });
      return;
    }
    const parent = dirname(path);
    if (parent === path) return;
    path = parent;
  }
}

/** Where an interrupted run writes: beside the last complete report, never over it. */
export function partialOutDir(out: string): string {
  return `${out.replace(/[/\\]+$/, '')}.partial`;
}

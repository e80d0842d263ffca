// Live progress on the terminal while a run goes: one status line per registry, then the copies
// between registries, redrawn in place on a TTY; on a pipe (CI logs) a line per registry every
// 10 results, every 25 copies, and at each end. A registry that is not tested is left to the
// closing summary, so it is listed once.
import type { Writable } from 'node:stream';
import type { ProgressEvent } from '../matrix.js';
import { formatCopyProgress, formatProgress, type ProgressState } from './console.js';

export function createProgressPrinter(out: Writable & { isTTY?: boolean }) {
  const state = new Map<string, ProgressState>();
  let copies: ProgressState | undefined;
  const tty = Boolean(out.isTTY);
  let drawn = false;
  const line = () => [formatProgress([...state.values()]), copies ? formatCopyProgress(copies) : ''].filter(Boolean).join(' · ');
  const draw = () => {
    out.write(`\r\x1b[2K${line()}`);
    drawn = true;
  };
  const clearLine = () => {
    if (tty && drawn) out.write('\r\x1b[2K');
    drawn = false;
  };
  const say = (text: string) => {
    clearLine();
    out.write(`${text}\n`);
    if (tty && (state.size || copies)) draw();
  };
  return {
    onProgress(event: ProgressEvent) {
      switch (event.kind) {
        case 'registry-started':
          state.set(event.registry, { registry: event.registry, done: 0, total: event.total, failures: 0 });
          say(`${event.registry}: ${event.total} checks`);
          return;
        case 'registry-finished': {
          const p = state.get(event.registry);
          state.delete(event.registry);
          if (event.record.status === 'tested' && p) say(`${event.record.name}: done, ${p.done}/${p.total} checks, ${p.failures} fail/error`);
          return;
        }
        case 'copies-started': {
          copies = { registry: 'copies', done: 0, total: event.total, failures: 0 };
          const hub = event.mode.mode === 'hub' ? `, to and from ${event.mode.hub}` : '';
          say(`copies between registries: ${event.total} (${event.pairs} pairs${hub})`);
          return;
        }
        case 'copy-finished': {
          if (!copies) return;
          copies.done = event.done;
          if (event.record.status === 'fail' || event.record.status === 'error') copies.failures++;
          if (tty) draw();
          else if (copies.done % 25 === 0 && copies.done < copies.total) out.write(`${formatCopyProgress(copies)}\n`);
          return;
        }
        case 'copies-finished': {
          if (!copies) return;
          const finished = copies;
          copies = undefined;
          say(`${formatCopyProgress(finished)}, done`);
          return;
        }
        case 'result': {
          const p = state.get(event.registry);
          if (!p) return;
          p.done++;
          if (event.result.status === 'fail' || event.result.status === 'error') p.failures++;
          if (tty) draw();
          else if (p.done % 10 === 0) out.write(`${formatProgress([p])}\n`);
          return;
        }
      }
    },
    onNote(registry: string, note: string) {
      say(`${registry}: ${note}`);
    },
    stop() {
      clearLine();
    },
  };
}

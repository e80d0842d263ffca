// Live progress on the terminal while a run goes: one status line per registry, redrawn in
// place on a TTY; on a pipe (CI logs) a line per registry every 10 results and at its end.
import type { Writable } from 'node:stream';
import type { ProgressEvent } from '../runner/run.js';
import { formatProgress } from './console.js';

interface RegistryProgress {
  registry: string;
  done: number;
  total: number;
  failures: number;
}

export function createProgressPrinter(out: Writable & { isTTY?: boolean }) {
  const state = new Map<string, RegistryProgress>();
  const tty = Boolean(out.isTTY);
  let drawn = false;
  const draw = () => {
    const line = formatProgress([...state.values()]);
    out.write(`\r\x1b[2K${line}`);
    drawn = true;
  };
  const clearLine = () => {
    if (tty && drawn) out.write('\r\x1b[2K');
    drawn = false;
  };
  const say = (text: string) => {
    clearLine();
    out.write(`${text}\n`);
    if (tty && state.size) draw();
  };
  return {
    onProgress(event: ProgressEvent) {
      if (event.kind === 'registry-started') {
        state.set(event.registry, { registry: event.registry, done: 0, total: event.total, failures: 0 });
        say(`${event.registry}: ${event.total} checks`);
        return;
      }
      if (event.kind === 'registry-finished') {
        const p = state.get(event.registry);
        const record = event.record;
        state.delete(event.registry);
        if (record.status !== 'tested') say(`${record.name}: ${record.status} — ${record.reason ?? ''}`);
        else if (p) say(`${record.name}: done, ${p.done}/${p.total} checks, ${p.failures} fail/error`);
        return;
      }
      const p = state.get(event.registry);
      if (!p) return;
      p.done++;
      if (event.result.status === 'fail' || event.result.status === 'error') p.failures++;
      if (tty) draw();
      else if (p.done % 10 === 0) out.write(`${formatProgress([p])}\n`);
    },
    onNote(registry: string, note: string) {
      say(`${registry}: ${note}`);
    },
    stop() {
      clearLine();
    },
  };
}

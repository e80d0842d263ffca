import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  formatProgress
} from "./chunk-src-report-console.js";
import "./chunk-src-report-symbols.js";
import "./chunk-src-results-model.js";
import "./chunk-runtime.js";

// src/report/progress.ts
function createProgressPrinter(out) {
  const state = /* @__PURE__ */ new Map();
  const tty = Boolean(out.isTTY);
  let drawn = false;
  const draw = () => {
    const line = formatProgress([...state.values()]);
    out.write(`\r\x1B[2K${line}`);
    drawn = true;
  };
  const clearLine = () => {
    if (tty && drawn) out.write("\r\x1B[2K");
    drawn = false;
  };
  const say = (text) => {
    clearLine();
    out.write(`${text}
`);
    if (tty && state.size) draw();
  };
  return {
    onProgress(event) {
      if (event.kind === "registry-started") {
        state.set(event.registry, { registry: event.registry, done: 0, total: event.total, failures: 0 });
        say(`${event.registry}: ${event.total} checks`);
        return;
      }
      if (event.kind === "registry-finished") {
        const p2 = state.get(event.registry);
        const record = event.record;
        state.delete(event.registry);
        if (record.status !== "tested") say(`${record.name}: ${record.status} — ${record.reason ?? ""}`);
        else if (p2) say(`${record.name}: done, ${p2.done}/${p2.total} checks, ${p2.failures} fail/error`);
        return;
      }
      const p = state.get(event.registry);
      if (!p) return;
      p.done++;
      if (event.result.status === "fail" || event.result.status === "error") p.failures++;
      if (tty) draw();
      else if (p.done % 10 === 0) out.write(`${formatProgress([p])}
`);
    },
    onNote(registry, note) {
      say(`${registry}: ${note}`);
    },
    stop() {
      clearLine();
    }
  };
}
export {
  createProgressPrinter
};

import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  formatCopyProgress,
  formatProgress
} from "./chunk-src-report-console.js";
import "./chunk-src-report-symbols.js";
import "./chunk-src-results-model.js";
import "./chunk-src-results-verdicts.js";
import "./chunk-runtime.js";

// src/report/progress.ts
function createProgressPrinter(out) {
  const state = /* @__PURE__ */ new Map();
  let copies;
  const tty = Boolean(out.isTTY);
  let drawn = false;
  const line = () => [formatProgress([...state.values()]), copies ? formatCopyProgress(copies) : ""].filter(Boolean).join(" · ");
  const draw = () => {
    out.write(`\r\x1B[2K${line()}`);
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
    if (tty && (state.size || copies)) draw();
  };
  return {
    onProgress(event) {
      switch (event.kind) {
        case "registry-started":
          state.set(event.registry, { registry: event.registry, done: 0, total: event.total, failures: 0 });
          say(`${event.registry}: ${event.total} checks`);
          return;
        case "registry-finished": {
          const p = state.get(event.registry);
          state.delete(event.registry);
          if (event.record.status === "tested" && p) say(`${event.record.name}: done, ${p.done}/${p.total} checks, ${p.failures} fail/error`);
          return;
        }
        case "copies-started": {
          copies = { registry: "copies", done: 0, total: event.total, failures: 0 };
          const hub = event.mode.mode === "hub" ? `, to and from ${event.mode.hub}` : "";
          say(`copies between registries: ${event.total} (${event.pairs} pairs${hub})`);
          return;
        }
        case "copy-finished": {
          if (!copies) return;
          copies.done = event.done;
          if (event.record.status === "fail" || event.record.status === "error") copies.failures++;
          if (tty) draw();
          else if (copies.done % 25 === 0 && copies.done < copies.total) out.write(`${formatCopyProgress(copies)}
`);
          return;
        }
        case "copies-finished": {
          if (!copies) return;
          const finished = copies;
          copies = void 0;
          say(`${formatCopyProgress(finished)}, done`);
          return;
        }
        case "result": {
          const p = state.get(event.registry);
          if (!p) return;
          p.done++;
          if (event.result.status === "fail" || event.result.status === "error") p.failures++;
          if (tty) draw();
          else if (p.done % 10 === 0) out.write(`${formatProgress([p])}
`);
          return;
        }
      }
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

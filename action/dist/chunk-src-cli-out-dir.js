import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/cli/out-dir.ts
import { mkdtemp, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

// src/cli/command.ts
var UsageError = class extends Error {
};
var str = (args, name) => args.values[name];
var strs = (args, name) => args.values[name] ?? [];
var flag = (args, name) => args.values[name] === true;
function oneOf(value, allowed, option) {
  if (value !== void 0 && !allowed.includes(value)) throw new UsageError(`--${option} must be one of ${allowed.join(", ")} (got "${value}")`);
  return value;
}

// src/cli/out-dir.ts
async function checkOutDir(out) {
  let path = resolve(out);
  for (; ; ) {
    const info = await stat(path).catch((error) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return void 0;
      throw new UsageError(`--out ${out}: ${path}: ${error.code ?? error.message}`);
    });
    if (info) {
      if (!info.isDirectory()) {
        throw new UsageError(path === resolve(out) ? `--out ${out} is a file, not a directory` : `--out ${out}: ${path} is a file, so the directory cannot be created`);
      }
      const probe = await mkdtemp(join(path, ".oci-matrix-probe-")).catch((error) => {
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
function partialOutDir(out) {
  return `${out.replace(/[/\\]+$/, "")}.partial`;
}

export {
  UsageError,
  str,
  strs,
  flag,
  oneOf,
  checkOutDir,
  partialOutDir
};

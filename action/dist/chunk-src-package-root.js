import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/package-root.ts
import { existsSync } from "node:fs";
function findRoot(from) {
  for (let dir = new URL("./", from); ; dir = new URL("../", dir)) {
    if (existsSync(new URL("package.json", dir))) return dir;
    if (dir.pathname === "/") throw new Error(`no package.json above ${from.pathname}`);
  }
}
var PACKAGE_ROOT = findRoot(new URL(new URL("../../src/package-root.ts", import.meta.url).href));
function packageFile(path) {
  return new URL(path, PACKAGE_ROOT);
}

export {
  packageFile
};

// Files that ship beside the code (package.json, report templates, the requirement index) are
// found from the package root, so the same modules work run from src/ (tsx, tests) and bundled
// into dist/ — the bundle carries no copies of them to go stale.
import { existsSync } from 'node:fs';

function findRoot(from: URL): URL {
  for (let dir = new URL('./', from); ; dir = new URL('../', dir)) {
    if (existsSync(new URL('package.json', dir))) return dir;
    if (dir.pathname === '/') throw new Error(`no package.json above ${from.pathname}`);
  }
}

export const PACKAGE_ROOT = findRoot(new URL(import.meta.url));

/** A file shipped with the package, by its path from the package root (e.g. 'src/report/templates/'). */
export function packageFile(path: string): URL {
  return new URL(path, PACKAGE_ROOT);
}

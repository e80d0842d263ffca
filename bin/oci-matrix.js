#!/usr/bin/env node
// Runs the bundled CLI in dist/ (`npm run build`, which `npm ci` runs through `prepare`).
// In a checkout whose TypeScript changed after the last build, it runs the sources through tsx
// instead, so an edit is never hidden behind a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code between runs (a no-op where it does not exist, as on Node 20).
module.enableCompileCache?.();

const root = new URL('../', import.meta.url);
const stamp = new URL('dist/.built', root);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function buildIsCurrent() {
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return ['src/', 'suites/'].every((dir) => !existsSync(new URL(dir, root)) || newestSource(new URL(dir, root)) <= built);
}

let main;
if (buildIsCurrent()) {
  ({ main } = await import('../dist/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));

// Builds the CLI that bin/oci-matrix.js runs: src/cli/main.ts and everything it imports, npm
// packages included, bundled into dist/ (gitignored; `npm ci` builds it through `prepare`).
// One bundle loads in a fraction of the time of some 300 separate modules, and a chunk per lazy
// import keeps a run from loading what it does not use. Files the code reads at run time
// (the requirement index, package.json) are found from the package root, so nothing is copied
// here to go stale; the report templates come precompiled (build/templates.ts). The vendors' cloud SDKs stay in node_modules: they are large,
// loaded only by the login that needs them, and bundling them would triple the build time.
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE } from './bundle.js';
import { precompiledTemplates } from './templates.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIST = join(ROOT, 'dist');
const CLOUD_SDKS = ['@aws-sdk/*', '@azure/*', 'google-auth-library'];

export async function buildCli(outdir = CLI_DIST): Promise<void> {
  await rm(outdir, { recursive: true, force: true });
  await build({
    ...NODE_BUNDLE,
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    external: CLOUD_SDKS,
    plugins: [precompiledTemplates],
  });
  // bin/oci-matrix.js runs this build only while it is newer than every source file.
  await writeFile(join(outdir, '.built'), new Date().toISOString());
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await buildCli();
  process.stdout.write(`dist/ built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

// What the two bundles of this tool share: the CLI's in dist/ (npm run build, run by bin/) and
// the Action's in action/dist/ (npm run build:action, committed). Both are ESM for Node 20+,
// unminified, split at the lazy imports so a run loads only the chunks it uses.
import type { BuildOptions } from 'esbuild';

export const NODE_BUNDLE: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  minify: false,
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'silent',
  // Bundled CommonJS packages call require() for Node's modules.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module';\nconst require = __bundleRequire(import.meta.url);" },
};

// Bundles the Action (src/action/main.ts) for the runner's Node: ESM, unminified, split at the
// lazy imports so no file reaches 1 MiB, with names derived from content *paths*, not content
// hashes, so a rebuild changes only the files whose code changed. `npm run build:action` writes
// action/dist/; test/action/bundle.test.ts builds to a temporary folder and compares.
import { build, type Plugin } from 'esbuild';
import { NODE_BUNDLE } from '../build/bundle.js';
import { precompiledTemplates } from '../build/templates.js';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the committed bundle lives; file references are computed against it wherever we write. */
export const ACTION_DIST = join(ROOT, 'action', 'dist');
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * The tool reads a few files beside its sources at run time (templates, the requirement index,
 * package.json for its version). The Action runs from a checkout of this repository, so those
 * files are there: point each module's import.meta.url at its source file instead of the bundle.
 */
const sourceLocations: Plugin = {
  name: 'source-locations',
  setup(b) {
    b.onLoad({ filter: /[\\/](src|suites)[\\/].*\.ts$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const fromDist = relative(ACTION_DIST, path).split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/**
 * undici alone is over 1 MiB unminified. Its two WebAssembly HTTP parsers (base64 in CommonJS
 * modules, 72 KiB each) are copied beside the bundle as they are and required from there at run
 * time, and undici is built as an entry of its own so the rest of the runner is not in its chunk.
 */
const WASM_MODULES = ['llhttp-wasm.js', 'llhttp_simd-wasm.js'];
const undiciWasm: Plugin = {
  name: 'undici-wasm',
  setup(b) {
    b.onResolve({ filter: /[\\/]llhttp(_simd)?-wasm\.js$/ }, ({ path }) => ({ path: `./${basename(path).replace(/\.js$/, '.cjs')}`, external: true }));
  },
};

/** Builds into `outdir` and returns the files written (name → bytes). */
export async function buildAction(outdir: string): Promise<Map<string, Buffer>> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { index: 'src/action/main.ts', undici: 'node_modules/undici/index.js' },
    ...NODE_BUNDLE,
    chunkNames: '[name]-[hash]',
    outdir: ACTION_DIST,
    write: false,
    metafile: true,
    plugins: [precompiledTemplates, sourceLocations, undiciWasm],
  });
  // Name each file after what it is, not its content hash: a lazily imported module's own file
  // after that module, a shared chunk after the module that dominates it.
  const slug = (path: string) => path.replace(/^node_modules\//, '').replace(/\.(c|m)?[jt]s$/, '').replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  const named = Object.entries(result.metafile.outputs)
    .filter(([file]) => !['index.js', 'undici.js'].includes(basename(file)))
    .map(([file, meta]) => {
      const inputs = Object.entries(meta.inputs).sort(([pa, a], [pb, b]) => b.bytesInOutput - a.bytesInOutput || pa.localeCompare(pb));
      const biggest = inputs.find(([, i]) => i.bytesInOutput > 0)?.[0];
      const stem = meta.entryPoint ? slug(meta.entryPoint) : biggest ? `chunk-${slug(biggest)}` : 'chunk-runtime';
      return { file: basename(file), stem, key: `${stem}\u0000${inputs.map(([p]) => p).join(',')}` };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
  const renames = new Map<string, string>();
  const taken = new Set<string>(['index.js', 'undici.js']);
  for (const { file, stem } of named) {
    let candidate = `${stem}.js`;
    for (let n = 2; taken.has(candidate); n++) candidate = `${stem}-${n}.js`;
    taken.add(candidate);
    renames.set(file, candidate);
  }
  const files = new Map<string, Buffer>();
  for (const output of result.outputFiles) {
    let text = output.text;
    for (const [from, to] of renames) text = text.replaceAll(`./${from}"`, `./${to}"`);
    const name = renames.get(basename(output.path)) ?? basename(output.path);
    files.set(name, Buffer.from(text));
  }
  for (const wasm of WASM_MODULES) files.set(wasm.replace(/\.js$/, '.cjs'), await readFile(join(ROOT, 'node_modules/undici/lib/llhttp', wasm)));
  // The bundle is ESM wherever the checkout puts it, whatever package.json sits above it.
  files.set('package.json', Buffer.from('{\n  "type": "module"\n}\n'));
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  for (const [name, bytes] of files) await writeFile(join(outdir, name), bytes);
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildAction(ACTION_DIST);
  const sizes = [...files].map(([name, bytes]) => ({ name, bytes: bytes.length })).sort((a, b) => b.bytes - a.bytes);
  for (const { name, bytes } of sizes) process.stdout.write(`${String(bytes).padStart(9)}  action/dist/${name}\n`);
  const total = sizes.reduce((n, s) => n + s.bytes, 0);
  process.stdout.write(`${sizes.length} files, ${total} bytes, largest ${sizes[0]!.bytes}\n`);
  const over = sizes.filter((s) => s.bytes >= MAX_FILE_BYTES);
  if (over.length) {
    process.stderr.write(`over 1 MiB: ${over.map((s) => s.name).join(', ')} — split it behind a lazy import\n`);
    process.exitCode = 1;
  }
}

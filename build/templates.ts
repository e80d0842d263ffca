// An esbuild plugin that swaps src/report/page-template.ts for the same templates precompiled:
// the bundle then carries template functions and the Handlebars runtime, not the compiler and
// not the sources (test/report/precompiled.test.ts renders both ways and compares).
import Handlebars from 'handlebars';
import type { Plugin } from 'esbuild';
import { dirname } from 'node:path';
import { COMPILE_OPTIONS } from '../src/report/template-helpers.js';
import { templateSources } from '../src/report/template-sources.js';

/** The module that replaces page-template.ts: same exports, nothing compiled at run time. */
export function precompiledPageModule(): string {
  const { page, partials } = templateSources();
  const compiled = (source: string) => `handlebars.template(${Handlebars.precompile(source, COMPILE_OPTIONS)})`;
  return [
    "import Runtime from 'handlebars/runtime';",
    "import { HELPERS } from './template-helpers.ts';",
    'const handlebars = Runtime.create();',
    'handlebars.registerHelper(HELPERS);',
    ...Object.entries(partials).map(([name, source]) => `handlebars.registerPartial(${JSON.stringify(name)}, ${compiled(source)});`),
    `const page = ${compiled(page)};`,
    'export function pageTemplate() { return page; }',
    `export function pageScript() { return ${JSON.stringify(partials.script)}; }`,
  ].join('\n');
}

export const precompiledTemplates: Plugin = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]report[\\/]page-template\.ts$/ }, ({ path }) => ({ contents: precompiledPageModule(), loader: 'js', resolveDir: dirname(path) }));
  },
};

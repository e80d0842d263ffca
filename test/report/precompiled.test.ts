// The bundles (dist/ and action/dist/) carry the report templates precompiled (build/templates.ts)
// instead of compiling the sources at run time: both must render the very same page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { precompiledTemplates } from '../../build/templates.js';
import { NODE_BUNDLE } from '../../build/bundle.js';
import { pageScript, pageTemplate, type PageTemplate } from '../../src/report/page-template.js';
import { buildHtmlView, showControlCharacters } from '../../src/report/html-view.js';
import { fixtureResults } from './fixture.js';

let dir: string;
let precompiled: { pageTemplate(): PageTemplate; pageScript(): string };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-matrix-precompiled-'));
  await build({ ...NODE_BUNDLE, splitting: false, entryPoints: ['src/report/page-template.ts'], outfile: join(dir, 'page.mjs'), plugins: [precompiledTemplates] });
  precompiled = await import(pathToFileURL(join(dir, 'page.mjs')).href);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the precompiled report templates', () => {
  it('render the page the sources render, byte for byte', () => {
    const context = { ...showControlCharacters(buildHtmlView(fixtureResults())), csp: "default-src 'none'" };
    const fromSources = pageTemplate()(context);
    expect(fromSources.length).toBeGreaterThan(10_000);
    expect(precompiled.pageTemplate()(context)).toBe(fromSources);
  });

  it('keep the page script the Content-Security-Policy hashes', () => {
    expect(precompiled.pageScript()).toBe(pageScript());
  });
});

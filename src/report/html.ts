// The HTML matrix: one self-contained file (inline CSS and script; no external assets, no
// network). Handlebars escapes every value from the model; templates never use triple-stash on
// data. A Content-Security-Policy admits only the page's own script (by hash) and no requests
// at all, so even a mistake in escaping could neither run injected code nor call home.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { RunResults } from '../results/model.js';
import { packageFile } from '../package-root.js';
import { buildHtmlView, showControlCharacters } from './html-view.js';

const templates = packageFile('src/report/templates/');
const read = (name: string) => readFileSync(new URL(name, templates), 'utf8');

const script = read('report.js');
const styles = read('report.css');
// The script and styles are inserted verbatim: no mustaches in them, so Handlebars passes them through.
if (script.includes('{{') || styles.includes('{{')) throw new Error('report.js and report.css must not contain "{{"');
const scriptHash = createHash('sha256').update(script).digest('base64');
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${scriptHash}'`,
  "style-src 'unsafe-inline'",
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const handlebars = Handlebars.create();
handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
handlebars.registerHelper('inc', (n: number) => n + 1);
handlebars.registerPartial('styles', styles);
handlebars.registerPartial('script', script);
for (const file of readdirSync(new URL('partials/', templates))) {
  if (file.endsWith('.hbs')) handlebars.registerPartial(file.slice(0, -'.hbs'.length), read(`partials/${file}`));
}
const page = handlebars.compile(read('matrix.hbs'), { strict: false, preventIndent: true });

export function renderHtml(results: RunResults): string {
  return page({ ...showControlCharacters(buildHtmlView(results)), csp });
}

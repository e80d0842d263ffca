// The HTML matrix: one self-contained file (inline CSS and script; no external assets, no
// network). Handlebars escapes every value from the model; templates never use triple-stash on
// data. A Content-Security-Policy admits only the page's own script (by hash) and no requests
// at all, so even a mistake in escaping could neither run injected code nor call home.
import { createHash } from 'node:crypto';
import type { RunResults } from '../results/model.js';
import { buildHtmlView, showControlCharacters } from './html-view.js';
import { pageScript, pageTemplate, type PageTemplate } from './page-template.js';

let page: PageTemplate | undefined;
let csp: string | undefined;

function contentSecurityPolicy(): string {
  const scriptHash = createHash('sha256').update(pageScript()).digest('base64');
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    "style-src 'unsafe-inline'",
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderHtml(results: RunResults): string {
  page ??= pageTemplate();
  csp ??= contentSecurityPolicy();
  return page({ ...showControlCharacters(buildHtmlView(results)), csp });
}

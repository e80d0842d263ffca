// The report's Handlebars sources, read from src/report/templates/: what both the run-time
// compiler (./page-template.ts, from the sources) and the bundle's precompiler
// (build/templates.ts) start from, so the two cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { packageFile } from '../package-root.js';

const templates = packageFile('src/report/templates/');
const read = (name: string) => readFileSync(new URL(name, templates), 'utf8');

export interface TemplateSources {
  page: string;
  /** Partials by name; `styles` and `script` are the page's CSS and JavaScript, verbatim. */
  partials: Record<string, string>;
}

/** The page's inline script alone (the Content-Security-Policy hashes it). */
export const pageScriptSource = () => read('report.js');

export function templateSources(): TemplateSources {
  const partials: Record<string, string> = { styles: read('report.css'), script: pageScriptSource() };
  // The script and styles are inserted verbatim: no mustaches in them, so Handlebars passes them through.
  if (partials.script!.includes('{{') || partials.styles!.includes('{{')) throw new Error('report.js and report.css must not contain "{{"');
  for (const file of readdirSync(new URL('partials/', templates)).sort()) {
    if (file.endsWith('.hbs')) partials[file.slice(0, -'.hbs'.length)] = read(`partials/${file}`);
  }
  return { page: read('matrix.hbs'), partials };
}

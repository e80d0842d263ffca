// The report page as a template function, compiled from the sources at first use. The bundle
// in dist/ replaces this module with the same templates precompiled at build time
// (build/templates.ts), so a run there loads neither the Handlebars compiler nor the sources.
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, HELPERS } from './template-helpers.js';
import { pageScriptSource, templateSources } from './template-sources.js';

export type PageTemplate = (context: object) => string;

export function pageTemplate(): PageTemplate {
  const { page, partials } = templateSources();
  const handlebars = Handlebars.create();
  handlebars.registerHelper(HELPERS);
  handlebars.registerPartial(partials);
  return handlebars.compile(page, COMPILE_OPTIONS);
}

/** The page's inline script, whose hash the Content-Security-Policy admits. */
export function pageScript(): string {
  return pageScriptSource();
}

// Paginated listings (tags, referrers): a registry may answer any listing with one page and a
// `Link: <url>; rel="next"` header (RFC 5988), also when the client asked for no page size (ECR
// pages plain tag listings past 100 tags). The collector follows the links and hands back every
// page as it came; judging the pages is the checks' job.
import type { HttpResponse } from '../http/types.js';

/** The URL of a `Link: <url>; rel="next"` header, if there is one. */
export function nextLink(response: HttpResponse): string | undefined {
  const link = response.headers['link'];
  if (!link) return undefined;
  for (const part of link.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (match && /(^|;)\s*rel\s*=\s*"?next"?\s*(;|$)/i.test(match[2])) return match[1];
  }
  return undefined;
}

export interface Pages {
  /** Every page fetched, in order; the first is the answer to the original request. */
  pages: HttpResponse[];
  /**
   * Why collecting stopped: the last page had no next link (`complete`), a page was not 200
   * (`status`), a next link pointed at a page already fetched (`loop`), or `maxPages` was reached.
   */
  end: 'complete' | 'status' | 'loop' | 'limit';
}

/** Pages fetched before collecting gives up, whatever the registry keeps sending. */
export const DEFAULT_MAX_PAGES = 200;

/**
 * Follows next links from `first`. `fetchLink` gets the link as sent (relative or absolute) and
 * the absolute URL it resolves to, against the URL of the page that carried it.
 */
export async function collectPages(first: HttpResponse, fetchLink: (absolute: string) => Promise<HttpResponse>, maxPages = DEFAULT_MAX_PAGES): Promise<Pages> {
  const pages = [first];
  const seen = new Set([normalised(first.url)]);
  for (let current = first; ; ) {
    if (current.status !== 200) return { pages, end: 'status' };
    const link = nextLink(current);
    if (!link) return { pages, end: 'complete' };
    const target = normalised(new URL(link, current.url).toString());
    if (seen.has(target)) return { pages, end: 'loop' };
    if (pages.length >= maxPages) return { pages, end: 'limit' };
    seen.add(target);
    current = await fetchLink(target);
    pages.push(current);
  }
}

function normalised(url: string): string {
  const u = new URL(url);
  u.hash = '';
  u.searchParams.sort();
  return u.toString();
}

// Tag listing (end-8a/8b) and the catalogue of repositories (not in the spec, but expected).
import type { Handler } from './context.js';
import { unknownRepository } from './manifests.js';

/** Lexical order, as v1.1.1 words it: case-insensitive, ties broken by byte order. */
function lexical(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Pages a sorted list with n/last, as the spec describes for tags. */
function page(all: string[], n: string | null, last: string | null, ignoreN: boolean, ignoreLast: boolean) {
  let items = all;
  if (last !== null && !ignoreLast) items = items.filter((t) => lexical(t, last) > 0);
  const limit = n === null || ignoreN ? undefined : Number(n);
  const more = limit !== undefined && items.length > limit;
  return { items: limit === undefined ? items : items.slice(0, limit), more, limit };
}

/** Tags per page of a plain listing under the tags-paginated deviation. */
export const PLAIN_LISTING_PAGE = 5;

export const listTags: Handler = async (ctx) => {
  const { has, reply, url } = ctx;
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo) return has('tags-unknown-repo-200') ? reply.json(200, { name: ctx.repoName, tags: [] }) : unknownRepository(ctx);
  const n = url.searchParams.get('n');
  if (n !== null && !/^\d+$/.test(n)) return reply.error(400, 'UNSUPPORTED', 'n must be a non-negative integer');
  const sorted = [...repo.tags.keys()].sort(lexical);
  // The tags-paginated allowed deviation: a plain listing comes back in pages, as ECR's does.
  const plainPages = n === null && has('tags-paginated');
  const { items, more, limit } = page(sorted, plainPages ? String(PLAIN_LISTING_PAGE) : n, url.searchParams.get('last'), has('tags-ignore-n'), has('tags-ignore-last'));
  let tags = items;
  // Reverse order, not a hash order: tag names carry the run id, so a hash order would differ
  // from run to run and with it which listing checks happen to pass.
  if (has('tags-unsorted')) tags = [...tags].reverse();
  const headers: Record<string, string> = {};
  if (has('tags-short-page') && limit !== undefined && tags.length === limit && limit > 1) tags = tags.slice(0, limit - 1);
  else if (more && tags.length > 0 && limit) {
    const next = new URLSearchParams(plainPages ? { last: tags[tags.length - 1] } : { n: String(limit), last: tags[tags.length - 1] });
    headers.link = has('tags-bad-link') ? `</v2/${ctx.repoName}/tags/list?${next}>` : `</v2/${ctx.repoName}/tags/list?${next}>; rel="next"`;
  }
  reply.json(200, has('tags-missing-name') ? { tags } : { name: ctx.repoName, tags }, headers);
};

export const listCatalog: Handler = async (ctx) => {
  const { items, more, limit } = page(ctx.repos.names(), ctx.url.searchParams.get('n'), ctx.url.searchParams.get('last'), false, false);
  const headers: Record<string, string> = {};
  if (more && limit) headers.link = `</v2/_catalog?${new URLSearchParams({ n: String(limit), last: items[items.length - 1] })}>; rel="next"`;
  ctx.reply.json(200, { repositories: items }, headers);
};

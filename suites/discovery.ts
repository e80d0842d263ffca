// Content discovery: the base endpoint and tag listing (distribution-spec "Content Discovery",
// "Determining Support").
import { defineChecks, pass, fail, broken, type CheckContext, type Verdict } from '../src/runner/check.js';
import type { HttpResponse } from '../src/http/types.js';
import { distribution } from './spec.js';
import { taggedRepository } from './fixtures.js';
import { describe, jsonBody, nextLink, unexpectedStatus } from './support.js';

const LISTING_TAGS = distribution('Listing Tags');

/** Tags listing bodies as the spec shapes them: {name, tags}. */
function tagsOf(response: HttpResponse): string[] | undefined {
  const body = jsonBody(response) as { tags?: unknown } | undefined;
  if (!body || typeof body !== 'object') return undefined;
  if (body.tags === null) return []; // Distribution writes null for an empty list.
  return Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string') ? (body.tags as string[]) : undefined;
}

const caseInsensitive = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};
const asciibetical = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * v1.1.1 says "lexical (case-insensitive)"; the spec's main branch clarifies that plain
 * byte order (Go's sort.Strings) is also conformant. Either order passes.
 */
export function lexicalOrderName(tags: string[]): 'case-insensitive' | 'ASCII' | undefined {
  const sortedBy = (cmp: (a: string, b: string) => number) => tags.every((t, i) => i === 0 || cmp(tags[i - 1], t) <= 0);
  if (sortedBy(caseInsensitive)) return 'case-insensitive';
  if (sortedBy(asciibetical)) return 'ASCII';
  return undefined;
}

async function listAll(ctx: CheckContext, repo: string): Promise<{ response: HttpResponse; tags?: string[] }> {
  const response = await ctx.client.listTags(repo);
  return { response, tags: response.status === 200 ? tagsOf(response) : undefined };
}

/** Problems with the Warning headers of a response (RFC 7234 form, as the spec restricts it). */
export function warningProblems(response: HttpResponse): string[] {
  const raw = response.headers['warning'];
  if (raw === undefined) return [];
  const problems: string[] = [];
  // Repeated headers arrive joined with ", "; each value is 299 - "<text>" and nothing else.
  const rest = raw.replace(/299 - "(?:[^"\\]|\\.)*"/g, '').replace(/[\s,]/g, '');
  if (rest) problems.push(`Warning "${raw.slice(0, 120)}" is not of the form 299 - "<text>" (warn-code 299, warn-agent -, no warn-date)`);
  if (Buffer.byteLength(raw) > 4096) problems.push(`${Buffer.byteLength(raw)} bytes of Warning data (at most 4096)`);
  return problems;
}

export const discoveryChecks = defineChecks([
  {
    id: 'discovery.base',
    suite: 'discovery',
    title: 'GET /v2/ answers 200',
    level: 'MUST',
    spec: distribution('Determining Support'),
    requirements: [],
    async run(ctx) {
      const response = await ctx.client.ping();
      const wrong = unexpectedStatus(response, [200], 'GET /v2/');
      return wrong ? fail(wrong) : pass('GET /v2/: 200');
    },
  },
  {
    id: 'discovery.tags.list',
    suite: 'discovery',
    title: 'Tag listing answers 200 with {name, tags} containing every pushed tag',
    level: 'MUST',
    limit: 'tagListing',
    spec: LISTING_TAGS,
    requirements: [],
    async run(ctx) {
      const { repo, tags } = await taggedRepository(ctx);
      const { response, tags: listed } = await listAll(ctx, repo);
      const wrong = unexpectedStatus(response, [200], `GET /v2/${repo}/tags/list`);
      if (wrong) return fail(wrong);
      const body = jsonBody(response) as { name?: unknown } | undefined;
      if (!listed) return fail(`body is not {"name", "tags": [...]}: ${Buffer.from(response.body).toString('utf8').slice(0, 200)}`);
      if (body?.name !== repo) return fail(`"name" is ${JSON.stringify(body?.name)}, expected "${repo}"`);
      const missing = tags.filter((t) => !listed.includes(t));
      if (missing.length) return fail(`pushed tags missing from the list: ${missing.join(', ')}`);
      return pass(`200 with all ${tags.length} pushed tags`);
    },
  },
  {
    id: 'discovery.tags.order',
    suite: 'discovery',
    title: 'Tags are listed in lexical order (case-insensitive or ASCII)',
    level: 'MUST',
    limit: 'tagListing',
    spec: LISTING_TAGS,
    requirements: [],
    async run(ctx) {
      const { repo } = await taggedRepository(ctx);
      const { response, tags } = await listAll(ctx, repo);
      if (!tags) return fail(`cannot read the tag list: ${describe(response)}`);
      const order = lexicalOrderName(tags);
      if (order) return pass(`${tags.length} tags in ${order} order`);
      return fail(`tags are not in lexical order: ${tags.map((t) => t.replace(/^r\d{8}-\d{6}-[0-9a-f]{6}-/, '…')).join(', ')}`);
    },
  },
  {
    id: 'discovery.tags.n',
    suite: 'discovery',
    title: 'n=<int> returns n tags (fewer only with a Link header or at the end)',
    level: 'MUST',
    limit: 'tagListing',
    spec: LISTING_TAGS,
    requirements: [],
    async run(ctx) {
      const { repo } = await taggedRepository(ctx);
      const all = await listAll(ctx, repo);
      if (!all.tags) return fail(`cannot read the full tag list: ${describe(all.response)}`);
      const n = 2;
      const page = await ctx.client.listTags(repo, { n });
      const wrong = unexpectedStatus(page, [200], `GET tags/list?n=${n}`);
      if (wrong) return fail(wrong);
      const tags = tagsOf(page);
      if (!tags) return fail('?n= answer is not a tag list');
      if (tags.length > n) return fail(`n=${n} returned ${tags.length} tags`);
      if (tags.length < n && all.tags.length >= n && !nextLink(page)) return fail(`n=${n} returned ${tags.length} tags without a Link header, though ${all.tags.length} exist`);
      if (tags.join() !== all.tags.slice(0, tags.length).join()) return fail(`n=${n} returned ${tags.join(', ')}, not the start of the full list`);
      return pass(`n=${n}: the first ${tags.length} tags of ${all.tags.length}`);
    },
  },
  {
    id: 'discovery.tags.last',
    suite: 'discovery',
    title: 'last=<tag> returns the tags after it, in order',
    level: 'MUST',
    limit: 'tagListing',
    spec: LISTING_TAGS,
    requirements: [],
    async run(ctx) {
      const { repo } = await taggedRepository(ctx);
      const all = await listAll(ctx, repo);
      if (!all.tags || all.tags.length < 3) return fail(`cannot read a full tag list of at least 3 tags: ${describe(all.response)}`);
      const last = all.tags[1];
      const page = await ctx.client.listTags(repo, { n: 2, last });
      const wrong = unexpectedStatus(page, [200], `GET tags/list?n=2&last=${last}`);
      if (wrong) return fail(wrong);
      const tags = tagsOf(page);
      if (!tags) return fail('?last= answer is not a tag list');
      const expected = all.tags.slice(2, 4);
      if (tags.join() !== expected.join()) return fail(`n=2&last=${last} returned [${tags.join(', ')}], expected [${expected.join(', ')}]`);
      return pass(`n=2&last=<2nd tag>: the 3rd and 4th tags`);
    },
  },
  {
    id: 'discovery.tags.link',
    suite: 'discovery',
    title: 'A Link header, when sent, is rel="next" and leads to the rest of the list',
    level: 'MUST',
    limit: 'tagListing',
    spec: LISTING_TAGS,
    requirements: [],
    async run(ctx) {
      const { repo } = await taggedRepository(ctx);
      const all = await listAll(ctx, repo);
      if (!all.tags) return fail(`cannot read the full tag list: ${describe(all.response)}`);
      const collected: string[] = [];
      let response = await ctx.client.listTags(repo, { n: 2 });
      let pages = 1;
      let sawLink = false;
      for (;;) {
        if (response.status !== 200) return fail(`page ${pages}: ${describe(response)}`);
        const tags = tagsOf(response);
        if (!tags) return fail(`page ${pages} is not a tag list`);
        collected.push(...tags);
        const link = nextLink(response);
        const raw = response.headers['link'];
        if (raw && !link) return fail(`Link header "${raw}" has no rel="next" URL`);
        if (!link || pages > all.tags.length) break;
        sawLink = true;
        response = await ctx.client.getLink(link, repo, 'pull');
        pages++;
      }
      if (!sawLink) return pass('no Link header sent (it is optional); n and last cover pagination');
      if (collected.join() !== all.tags.join()) return fail(`following Link gave [${collected.length} tags] that differ from the full list [${all.tags.length} tags]`);
      return pass(`${pages} pages via Link rel="next" reproduce the full list`);
    },
  },
  {
    id: 'discovery.tags.n-zero',
    suite: 'discovery',
    title: 'n=0 returns an empty list and no Link header',
    level: 'MUST',
    since: '1.1',
    limit: 'tagListing',
    spec: LISTING_TAGS,
    requirements: [],
    async run(ctx) {
      const { repo } = await taggedRepository(ctx);
      const response = await ctx.client.listTags(repo, { n: 0 });
      const wrong = unexpectedStatus(response, [200], 'GET tags/list?n=0');
      if (wrong) return fail(wrong);
      const tags = tagsOf(response);
      if (!tags) return fail('n=0 answer is not a tag list');
      if (tags.length) return fail(`n=0 returned ${tags.length} tags`);
      if (response.headers['link']) return fail(`n=0 carries a Link header: ${response.headers['link']}`);
      return pass('n=0: empty list, no Link');
    },
  },
  {
    id: 'discovery.warnings',
    suite: 'discovery',
    title: 'Warning headers, when sent, are 299 - "<text>" and at most 4096 bytes',
    level: 'MUST',
    spec: distribution('Warnings'),
    requirements: [],
    async run(ctx) {
      const { repo, tags } = await taggedRepository(ctx);
      const responses = [await ctx.client.ping(), await ctx.client.listTags(repo), await ctx.client.getManifest(repo, tags[0]), await ctx.client.headManifest(repo, tags[0])];
      const problems = responses.flatMap(warningProblems);
      if (problems.length) return fail(problems.join('; '));
      const seen = responses.filter((r) => r.headers['warning'] !== undefined).length;
      return pass(seen ? `${seen} response(s) carried Warning headers, all well-formed` : 'no Warning headers sent (they are optional)');
    },
  },
  {
    id: 'discovery.tags.unknown-repository',
    suite: 'discovery',
    title: 'Listing the tags of a repository that does not exist answers 404',
    level: 'MUST',
    limit: 'tagListing',
    spec: distribution('Endpoints'),
    requirements: [],
    async run(ctx): Promise<Verdict> {
      const repo = `${ctx.repo}/never-created`;
      const response = await ctx.client.listTags(repo);
      if (response.status === 401 || response.status === 403) return { status: 'unsupported', message: `answers ${describe(response)} for repositories the credentials cannot see` };
      if (response.status === 404) return pass('404');
      return broken(ctx.level, `expected 404, got ${describe(response)}`);
    },
  },
]);

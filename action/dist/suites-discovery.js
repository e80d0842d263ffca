import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  distribution
} from "./chunk-suites-spec.js";
import {
  LISTING_TAG_SUFFIXES,
  describe,
  jsonBody,
  taggedRepository,
  unexpectedStatus
} from "./chunk-src-oci-catalogue.js";
import {
  broken,
  defineChecks,
  fail,
  nextLink,
  pass
} from "./chunk-src-registry-push.js";
import "./chunk-src-oci-digest.js";
import "./chunk-runtime.js";

// suites/discovery.ts
var LISTING_TAGS = distribution("Listing Tags");
function tagsOf(response) {
  const body = jsonBody(response);
  if (!body || typeof body !== "object") return void 0;
  if (body.tags === null) return [];
  return Array.isArray(body.tags) && body.tags.every((t) => typeof t === "string") ? body.tags : void 0;
}
var caseInsensitive = (a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};
var asciibetical = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function lexicalOrderName(tags) {
  const sortedBy = (cmp) => tags.every((t, i) => i === 0 || cmp(tags[i - 1], t) <= 0);
  if (sortedBy(caseInsensitive)) return "case-insensitive";
  if (sortedBy(asciibetical)) return "ASCII";
  return void 0;
}
var excerpt = (response) => Buffer.from(response.body).toString("utf8").slice(0, 200);
async function listAll(ctx, repo) {
  const { pages, end } = await ctx.client.listTagPages(repo);
  const first = pages[0];
  const tags = [];
  for (const [i, page] of pages.entries()) {
    const which = i === 0 ? `GET /v2/${repo}/tags/list` : `page ${i + 1} (via Link)`;
    const wrong = unexpectedStatus(page, [200], which);
    if (wrong) return { first, problem: wrong };
    const listed = tagsOf(page);
    if (!listed) return { first, problem: `${which}: body is not {"name", "tags": [...]}: ${excerpt(page)}` };
    tags.push(...listed);
  }
  if (end === "loop") return { first, problem: `the Link header of page ${pages.length} leads back to a page already listed` };
  if (end === "limit") return { first, problem: `still a next page after ${pages.length} pages; stopped following Link` };
  return { first, tags };
}
var ownTags = (listed, window) => listed.filter((t) => t.startsWith(window));
function warningProblems(response) {
  const raw = response.headers["warning"];
  if (raw === void 0) return [];
  const problems = [];
  const rest = raw.replace(/299 - "(?:[^"\\]|\\.)*"/g, "").replace(/[\s,]/g, "");
  if (rest) problems.push(`Warning "${raw.slice(0, 120)}" is not of the form 299 - "<text>" (warn-code 299, warn-agent -, no warn-date)`);
  if (Buffer.byteLength(raw) > 4096) problems.push(`${Buffer.byteLength(raw)} bytes of Warning data (at most 4096)`);
  return problems;
}
var discoveryChecks = defineChecks([
  {
    id: "discovery.base",
    suite: "discovery",
    title: "GET /v2/ answers 200",
    level: "MUST",
    spec: distribution("Determining Support"),
    async run(ctx) {
      const response = await ctx.client.ping();
      const wrong = unexpectedStatus(response, [200], "GET /v2/");
      return wrong ? fail(wrong) : pass("GET /v2/: 200");
    }
  },
  {
    id: "discovery.tags.list",
    suite: "discovery",
    title: "Tag listing answers 200 with {name, tags} containing every pushed tag",
    level: "MUST",
    limit: "tagListing",
    spec: LISTING_TAGS,
    async run(ctx) {
      const { repo, tags } = await taggedRepository(ctx);
      const { first, tags: listed, problem } = await listAll(ctx, repo);
      if (problem || !listed) return fail(problem ?? "no tag list");
      const body = jsonBody(first);
      if (body?.name !== repo) return fail(`"name" is ${JSON.stringify(body?.name)}, expected "${repo}"`);
      const missing = tags.filter((t) => !listed.includes(t));
      if (missing.length) return fail(`pushed tags missing from the list: ${missing.join(", ")}`);
      return pass(`200 with all ${tags.length} pushed tags`);
    }
  },
  {
    id: "discovery.tags.order",
    suite: "discovery",
    title: "Tags are listed in lexical order (case-insensitive or ASCII)",
    level: "MUST",
    limit: "tagListing",
    spec: LISTING_TAGS,
    async run(ctx) {
      const { repo } = await taggedRepository(ctx);
      const { tags, problem } = await listAll(ctx, repo);
      if (!tags) return fail(`cannot read the tag list: ${problem}`);
      const order = lexicalOrderName(tags);
      if (order) return pass(`${tags.length} tags in ${order} order`);
      return fail(`tags are not in lexical order: ${tags.map((t) => t.replace(/^r\d{8}-\d{6}-[0-9a-f]{6}-/, "…")).join(", ")}`);
    }
  },
  {
    id: "discovery.tags.n",
    suite: "discovery",
    title: "n=<int> returns n tags (fewer only with a Link header or at the end)",
    level: "MUST",
    limit: "tagListing",
    spec: LISTING_TAGS,
    async run(ctx) {
      const { repo, window, shared } = await taggedRepository(ctx);
      const all = await listAll(ctx, repo);
      if (!all.tags) return fail(`cannot read the full tag list: ${all.problem}`);
      const n = 2;
      const expected = shared ? ownTags(all.tags, window) : all.tags;
      const page = await ctx.client.listTags(repo, shared ? { n, last: window } : { n });
      const asked = shared ? `GET tags/list?n=${n}&last=<this run's prefix>` : `GET tags/list?n=${n}`;
      const wrong = unexpectedStatus(page, [200], asked);
      if (wrong) return fail(wrong);
      const tags = tagsOf(page);
      if (!tags) return fail("?n= answer is not a tag list");
      if (tags.length > n) return fail(`n=${n} returned ${tags.length} tags`);
      if (tags.length < n && expected.length >= n && !nextLink(page)) return fail(`n=${n} returned ${tags.length} tags without a Link header, though ${expected.length} exist`);
      if (tags.join() !== expected.slice(0, tags.length).join()) {
        if (shared && tags.length === n && !tags.some((t) => t.startsWith(window))) return pass(`n=${n}: ${n} tags, though not from last=<this run's prefix> (see discovery.tags.last)`);
        return fail(`n=${n} returned ${tags.join(", ")}, not the start of the full list`);
      }
      return pass(`n=${n}: the first ${tags.length} tags of ${all.tags.length}`);
    }
  },
  {
    id: "discovery.tags.last",
    suite: "discovery",
    title: "last=<tag> returns the tags after it, in order",
    level: "MUST",
    limit: "tagListing",
    spec: LISTING_TAGS,
    async run(ctx) {
      const { repo, window } = await taggedRepository(ctx);
      const all = await listAll(ctx, repo);
      if (!all.tags) return fail(`cannot read the full tag list: ${all.problem}`);
      const ours = ownTags(all.tags, window);
      if (ours.length < 4) return fail(`the full list holds ${ours.length} of the ${LISTING_TAG_SUFFIXES.length} pushed tags`);
      const last = ours[1];
      const page = await ctx.client.listTags(repo, { n: 2, last });
      const wrong = unexpectedStatus(page, [200], `GET tags/list?n=2&last=${last}`);
      if (wrong) return fail(wrong);
      const tags = tagsOf(page);
      if (!tags) return fail("?last= answer is not a tag list");
      const expected = ours.slice(2, 4);
      if (tags.join() !== expected.join()) return fail(`n=2&last=${last} returned [${tags.join(", ")}], expected [${expected.join(", ")}]`);
      return pass(`n=2&last=<2nd tag>: the 3rd and 4th tags`);
    }
  },
  {
    id: "discovery.tags.link",
    suite: "discovery",
    title: 'A Link header, when sent, is rel="next" and leads to the rest of the list',
    level: "MUST",
    limit: "tagListing",
    spec: LISTING_TAGS,
    async run(ctx) {
      const { repo, window, shared } = await taggedRepository(ctx);
      const all = await listAll(ctx, repo);
      if (!all.tags) return fail(`cannot read the full tag list: ${all.problem}`);
      const ours = ownTags(all.tags, window);
      const { pages, end } = await ctx.client.listTagPages(repo, shared ? { n: 2, last: window } : { n: 2 }, Math.ceil(ours.length / 2) + 2);
      const collected = [];
      for (const [i, page] of pages.entries()) {
        if (page.status !== 200) return fail(`page ${i + 1}: ${describe(page)}`);
        const tags = tagsOf(page);
        if (!tags) return fail(`page ${i + 1} is not a tag list`);
        collected.push(...tags);
        const raw = page.headers["link"];
        if (raw && !nextLink(page)) return fail(`Link header "${raw}" has no rel="next" URL`);
      }
      if (end === "loop") return fail(`the Link header of page ${pages.length} leads back to a page already listed`);
      if (pages.length === 1) return pass("no Link header sent (it is optional); n and last cover pagination");
      const got = shared ? ownTags(collected, window) : collected;
      const want = shared ? ours : all.tags;
      if (got.join() !== want.join()) return fail(`following Link gave [${got.length} tags] that differ from the full list [${want.length} tags]`);
      return pass(`${pages.length} pages via Link rel="next" reproduce ${shared ? "this run's tags of " : ""}the full list`);
    }
  },
  {
    id: "discovery.tags.n-zero",
    suite: "discovery",
    title: "n=0 returns an empty list and no Link header",
    level: "MUST",
    since: "1.1",
    limit: "tagListing",
    spec: LISTING_TAGS,
    async run(ctx) {
      const { repo } = await taggedRepository(ctx);
      const response = await ctx.client.listTags(repo, { n: 0 });
      const wrong = unexpectedStatus(response, [200], "GET tags/list?n=0");
      if (wrong) return fail(wrong);
      const tags = tagsOf(response);
      if (!tags) return fail("n=0 answer is not a tag list");
      if (tags.length) return fail(`n=0 returned ${tags.length} tags`);
      if (response.headers["link"]) return fail(`n=0 carries a Link header: ${response.headers["link"]}`);
      return pass("n=0: empty list, no Link");
    }
  },
  {
    id: "discovery.warnings",
    suite: "discovery",
    title: 'Warning headers, when sent, are 299 - "<text>" and at most 4096 bytes',
    level: "MUST",
    spec: distribution("Warnings"),
    async run(ctx) {
      const { repo, tags } = await taggedRepository(ctx);
      const responses = [await ctx.client.ping(), await ctx.client.listTags(repo), await ctx.client.getManifest(repo, tags[0]), await ctx.client.headManifest(repo, tags[0])];
      const problems = responses.flatMap(warningProblems);
      if (problems.length) return fail(problems.join("; "));
      const seen = responses.filter((r) => r.headers["warning"] !== void 0).length;
      return pass(seen ? `${seen} response(s) carried Warning headers, all well-formed` : "no Warning headers sent (they are optional)");
    }
  },
  {
    id: "discovery.tags.unknown-repository",
    suite: "discovery",
    title: "Listing the tags of a repository that does not exist answers 404",
    level: "MUST",
    limit: "tagListing",
    spec: distribution("Endpoints"),
    async run(ctx) {
      const repo = `${ctx.repo}/never-created`;
      const response = await ctx.client.listTags(repo);
      if (response.status === 401 || response.status === 403) return { status: "unsupported", message: `answers ${describe(response)} for repositories the credentials cannot see` };
      if (response.status === 404) return pass("404");
      return broken(ctx.level, `expected 404, got ${describe(response)}`);
    }
  }
]);
export {
  discoveryChecks,
  lexicalOrderName,
  warningProblems
};

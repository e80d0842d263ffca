// The HTML matrix in a real headless Chromium: it shows the model, opens evidence with and
// without JavaScript, filters, keeps hostile registry text inert, and loads nothing from anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { renderHtml } from '../../src/report/html.js';
import { CHECKS, fixtureResults, HOSTILE_REGISTRY, HOSTILE_SCRIPT } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const results = fixtureResults();
const TESTED = results.registries.filter((r) => r.status === 'tested').map((r) => r.name);

describe.skipIf(!existsSync(CHROMIUM))('the HTML matrix in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let url: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    dir = await mkdtemp(join(tmpdir(), 'oci-matrix-html-'));
    const file = join(dir, 'index.html');
    await writeFile(file, renderHtml(results));
    url = `file://${file}`;
  });
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** A page on the report that records every request it makes and every error it logs. */
  async function open(options: { javaScriptEnabled?: boolean } = {}) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
    contexts.push(context);
    const requests: string[] = [];
    const errors: string[] = [];
    // Anything that is not the page itself is recorded and refused, so nothing could leave even by mistake.
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(url);
    return { page, requests, errors };
  }
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  const row = (page: Page, checkId: string) => page.locator(`#matrix tr.check-row`).filter({ has: page.locator(`code.check-id`, { hasText: new RegExp(`^${checkId.replace(/\./g, '\\.')}$`) }) });
  const cell = (page: Page, checkId: string, registry: string) => row(page, checkId).locator('td').nth(TESTED.indexOf(registry));

  it('has checks as rows grouped by suite in the spec order, and the tested registries as columns', async () => {
    const { page } = await open();
    expect(await page.locator('#matrix thead .col-name').allTextContents()).toEqual(TESTED);
    expect(await page.locator('#matrix .suite-row .suite-name').allTextContents()).toEqual(['pull', 'push', 'discovery', 'management', 'referrers', 'auth']);
    expect(await page.locator('#matrix tr.check-row').count()).toBe(CHECKS.length);
    expect(await page.locator('#matrix tr.check-row td').count()).toBe(CHECKS.length * TESTED.length);
    const header = row(page, 'push.blob.chunked.out-of-order').locator('th');
    expect(await header.innerText()).toContain('MUST');
    expect(await header.innerText()).toContain('An out-of-order chunk is refused with 416');
    expect(await header.locator('a.spec-link').getAttribute('href')).toBe('https://github.com/opencontainers/distribution-spec/blob/v1.1.1/spec.md#pushing-a-blob-in-chunks');
    expect(await header.locator('a.spec-link').innerText()).toBe('§ Pushing a blob in chunks');
  });

  it('shows every status as a visible symbol and word, marks expected deviations, and says when a check did not run', async () => {
    const { page } = await open();
    const words = async (checkId: string) => (await cell(page, checkId, 'distribution').innerText()).replace(/\ufe0e/g, '').replace(/\s+/g, ' ').trim();
    expect(await words('pull.manifest.get-by-tag')).toBe('✔ pass');
    expect(await words('push.blob.chunked.out-of-order')).toBe('✖ fail');
    expect(await words('pull.manifest.content-type')).toBe('▲ warn');
    expect(await words('management.delete.tag')).toBe('∅ unsupported expected (known limit)');
    expect(await words('referrers.list')).toBe('↷ skip');
    expect(await words('push.manifest.large')).toBe('⚠ error');
    expect(await words('auth.token')).toBe('— not run');
    await expect.poll(() => cell(page, 'push.blob.chunked.out-of-order', 'distribution').locator('.word').isVisible()).toBe(true);
    expect(await cell(page, 'push.blob.chunked.out-of-order', 'distribution').getAttribute('class')).toContain('s-fail');
  });

  it('opens on one overview row per judged registry, with counts, the verdict and its reason when unreachable; skipped ones listed once', async () => {
    const { page } = await open();
    const rows = page.locator('#registries tr.ov-row');
    expect(await rows.count()).toBe(results.registries.filter((r) => r.status !== 'skipped').length);
    const distribution = rows.filter({ hasText: 'http://127.0.0.1:5001' });
    // Checks and the copies verified at the registry (2 checks and 1 copy fail).
    expect((await distribution.locator('.counts').innerText()).replace(/\ufe0e/g, '').replace(/\s+/g, ' ')).toBe('✔ 2 pass ✖ 3 fail ▲ 1 warn ∅ 1 unsupported ↷ 1 skip ⚠ 1 error');
    expect(await distribution.locator('.answer').innerText()).toMatch(/^no$/i);
    expect(await distribution.locator('.ov-categories').innerText()).toMatch(/Push\s+partial/);
    // The failure list is folded into a count that links to the findings.
    expect(await distribution.locator('.ov-counts a.to-look').innerText()).toBe('5 to look at');
    expect(await page.locator('tr.ov-error').innerText()).toContain('ECONNREFUSED');
    await page.locator('.skipped-list summary').click();
    expect(await page.locator('.skipped-list table').innerText()).toContain('environment variables $DOCKERHUB_USERNAME, $DOCKERHUB_TOKEN not set');
  });

  it('lists what needs a look per registry, most severe first, without expected deviations', async () => {
    const { page } = await open();
    const distribution = page.locator('.look-registry').filter({ has: page.locator('.look-name', { hasText: /^distribution/ }) });
    const statuses = await distribution.locator('.look-item .badge').allInnerTexts();
    expect(statuses.map((s) => s.replace(/[^a-z]/g, ''))).toEqual(['error', 'fail', 'fail', 'fail', 'warn']);
    expect(await distribution.innerText()).not.toContain('management.delete.tag');
    expect(await distribution.innerText()).toContain('1 more is an expected deviation');
    expect(await distribution.innerText()).toContain('reference → distribution');
  });

  it('opens a cell into a panel with the message, the duration and every HTTP exchange', async () => {
    const { page, errors } = await open();
    await cell(page, 'push.blob.chunked.out-of-order', 'distribution').locator('summary').click();
    const panel = page.locator('#inspector');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const text = await panel.innerText();
    expect(text).toContain('out-of-order chunk 524288-786431 after 0-262143: expected 416, got HTTP 202');
    expect(text).toContain('222 ms · 1 HTTP exchange');
    expect(text).toContain('PATCH');
    expect(text).toContain('http://127.0.0.1:5001/v2/oci-matrix/conformance/blobs/uploads/abc');
    expect(text).toContain('content-range: 524288-786431');
    expect(text).toContain('range: 0-786431');
    expect(text).toContain('<262144 bytes binary>');
    expect(page.url()).toMatch(/#c\d+-r1$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);

    // An exchange that never got an answer says so, with the error.
    await cell(page, 'push.manifest.large', 'distribution').locator('summary').click();
    expect(await panel.innerText()).toMatch(/no answer[\s\S]*socket hang up/);
    expect(errors).toEqual([]);
  });

  it('opens a cell in place when JavaScript is off', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    const target = cell(page, 'push.blob.chunked.out-of-order', 'distribution');
    expect(await target.locator('.exchange').isVisible()).toBe(false);
    await target.locator('summary').click();
    expect(await target.locator('details').getAttribute('open')).not.toBeNull();
    expect(await target.locator('.exchange').innerText()).toContain('PATCH');
    // The filters need script, so they stay out of the way.
    expect(await page.locator('#toolbar').isVisible()).toBe(false);
  });

  it('filters to rows with findings, to problems, by suite and by text', async () => {
    const { page } = await open();
    const visibleRows = () => page.locator('#matrix tr.check-row:visible').count();
    expect(await visibleRows()).toBe(CHECKS.length);
    await page.selectOption('#filter-view', 'problems');
    expect(await visibleRows()).toBe(5);
    expect(await page.locator('#shown-count').innerText()).toBe(`5 of ${CHECKS.length} checks shown`);
    await page.selectOption('#filter-view', 'all');
    await page.selectOption('#filter-suite', 'push');
    expect(await visibleRows()).toBe(2);
    expect(await page.locator('#matrix .suite-row:visible').allInnerTexts()).toEqual([expect.stringMatching(/^PUSH/i)]);
    await page.selectOption('#filter-suite', '');
    await page.fill('#filter-text', 'lexical');
    expect(await visibleRows()).toBe(1);
    await page.fill('#filter-text', 'no such check');
    expect(await page.locator('#no-rows').isVisible()).toBe(true);
  });

  it('shows hostile registry text as text: nothing it carries runs or becomes a link', async () => {
    const { page, errors } = await open();
    const pwned = () => page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned);
    expect(await page.locator('#matrix thead .col-name').nth(2).innerText()).toBe(HOSTILE_REGISTRY);
    await cell(page, 'pull.manifest.get-by-tag', HOSTILE_REGISTRY).locator('summary').click();
    const panel = await page.locator('#inspector').innerText();
    expect(panel).toContain(HOSTILE_SCRIPT);
    expect(panel).toContain('bell\\x07 nul\\x00 esc\\x1b[31m vt\\x0b');
    await page.locator('#interop td.s-fail > details > summary').click();
    expect(await page.locator('#inspector').innerText()).toContain(`digest differs at the destination ${HOSTILE_SCRIPT}`);
    expect(await page.locator('#inspector').innerText()).toContain('went wrong at the destination, distribution');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await row(page, 'auth.token').locator('.spec-link').innerText()).toBe('§ Authentication');
    expect(await page.locator('script').count()).toBe(1);
    expect(await pwned()).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('makes no request other than the page itself', async () => {
    const { page, requests } = await open();
    await cell(page, 'discovery.tags.order', 'distribution').locator('summary').click();
    await page.selectOption('#filter-view', 'findings');
    expect(requests).toEqual([url]);
    await page.selectOption('#filter-view', 'all');
    await page.screenshot({ path: '/tmp/matrix.png' });
  });
});

// The HTML report at desktop and phone width in a real headless Chromium: screenshots kept as
// test artifacts in reports/screenshots/ (ignored by git), and the layout facts that make the
// page usable asserted, not eyeballed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderHtml } from '../../src/report/html.js';
import { compareRuns } from '../../src/results/compare.js';
import { historyOf } from '../../src/results/history.js';
import type { RunResults } from '../../src/results/model.js';
import { fixtureResults } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = fileURLToPath(new URL('../../reports/screenshots/', import.meta.url));

/** The fixture as tonight's run, with a baseline from last night and a few nights of history. */
export function fixtureWithChanges(): RunResults {
  const current = fixtureResults();
  const baseline = structuredClone(current);
  baseline.run = { ...baseline.run, id: 'r20241231-120000-aaaaaa', startedAt: '2024-12-31T12:00:00.000Z' };
  for (const r of baseline.results) {
    if (r.registry === 'distribution' && r.check === 'discovery.tags.order') r.status = 'pass';
    if (r.registry === 'distribution' && r.check === 'pull.manifest.get-by-tag') r.status = 'fail';
  }
  const older = structuredClone(baseline);
  older.run = { ...older.run, id: 'r20241230-120000-bbbbbb', startedAt: '2024-12-30T12:00:00.000Z' };
  return { ...current, comparison: compareRuns(current, baseline), history: historyOf([older, baseline], current) };
}

describe.skipIf(!existsSync(CHROMIUM))('the HTML report at desktop and phone width', () => {
  let browser: Browser;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    dir = await mkdtemp(join(tmpdir(), 'oci-matrix-layout-'));
    const html = renderHtml(fixtureWithChanges());
    await writeFile(join(dir, 'index.html'), html);
    url = `file://${join(dir, 'index.html')}`;
    await mkdir(SCREENSHOTS, { recursive: true });
    // The page the screenshots show, kept beside them.
    await writeFile(join(SCREENSHOTS, 'report.html'), html);
  });
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function open(width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 860 } });
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }

  /** Elements (outside the matrices' own scroll boxes and the closed panel) that stick out of the viewport. */
  const overflowing = (page: Page): Promise<string[]> =>
    page.evaluate(`(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((el) => !el.closest('.scroll-x') && !el.closest('[hidden]') && !el.closest('script, style'))
        .map((el) => ({ el, rect: el.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && (rect.right > width + 0.5 || rect.left < -0.5))
        .map(({ el, rect }) => el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(rect.left) + '–' + Math.round(rect.right));
    })()`);

  /** Registry names whose parts were split across lines (a part is a run of the name between "-", "." or "_"). */
  const brokenNames = (page: Page): Promise<string[]> =>
    page.evaluate(`[...document.querySelectorAll('.np')].filter((el) => el.getClientRects().length > 1).map((el) => el.textContent)`);

  for (const width of [1400, 390]) {
    it(`at ${width} px: the page does not scroll sideways, names break only between parts, and it opens on what needs a look`, async () => {
      const page = await open(width);
      await page.screenshot({ path: join(SCREENSHOTS, `report-${width}.png`), fullPage: true });
      expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
      expect(await overflowing(page)).toEqual([]);
      expect(await brokenNames(page)).toEqual([]);
      // Sections in reading order: what changed, registries, needs a look, then the matrix.
      const order: number[] = await page.evaluate(`['changes', 'registries', 'needs-a-look', 'matrix-section', 'interop'].map((id) => document.getElementById(id).getBoundingClientRect().top)`);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    });
  }

  it('at 390 px: the sticky check column leaves room for the results, and a cell in the last column opens its evidence', async () => {
    const page = await open(390);
    const checkColumn = await page.locator('#matrix th.check').first().boundingBox();
    expect(checkColumn!.width).toBeLessThanOrEqual(390 / 2);
    const lastColumnCell = page.locator('#matrix tr.check-row').filter({ hasText: 'push.blob.chunked.out-of-order' }).locator('td.cell').nth(1);
    await lastColumnCell.scrollIntoViewIfNeeded();
    // What is at the centre of the cell is the cell itself, not the sticky column over it.
    const box = (await lastColumnCell.boundingBox())!;
    const hit = await page.evaluate(`document.elementFromPoint(${box.x + box.width / 2}, ${box.y + box.height / 2})?.closest('td')?.id`);
    expect(hit).toBe(await lastColumnCell.getAttribute('id'));
    await lastColumnCell.locator('summary').click();
    await expect.poll(() => page.locator('#inspector').isVisible()).toBe(true);
    expect(await page.locator('#inspector').innerText()).toContain('expected 416, got HTTP 202');
    const panel = (await page.locator('#inspector').boundingBox())!;
    expect(panel.x + panel.width).toBeLessThanOrEqual(390.5);
  });

  it('at 390 px: a "needs a look" entry opens the evidence of its result', async () => {
    const page = await open(390);
    await page.locator('#needs-a-look a.to-cell').filter({ hasText: 'discovery.tags.order' }).click();
    await expect.poll(() => page.locator('#inspector').isVisible()).toBe(true);
    expect(await page.locator('#inspector').innerText()).toContain('tags are not in lexical order');
  });
});

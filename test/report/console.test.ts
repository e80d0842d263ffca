import { describe, expect, it } from 'vitest';
import { formatProgress, renderConsoleSummary } from '../../src/report/console.js';
import { fixtureResults } from './fixture.js';

const results = fixtureResults();

describe('the console summary', () => {
  const text = renderConsoleSummary(results, { color: false });
  const lines = text.split('\n');

  it('gives each tested or unreachable registry one line, and the skipped ones one line together with their reasons', () => {
    expect(lines).toContain('reference: 8 pass');
    expect(lines.find((l) => l.startsWith('distribution:'))).toBe(
      'distribution: 1 pass, 2 fail, 1 warn, 1 unsupported, 1 skip, 1 error; stores any OCI content unchanged: no; fully implements: Pull',
    );
    expect(lines.find((l) => l.startsWith('ecr:'))).toMatch(/^ecr: error — could not reach the registry: ECONNREFUSED/);
    expect(lines).toContain('Skipped: dockerhub (environment variables $DOCKERHUB_USERNAME, $DOCKERHUB_TOKEN not set)');
    expect(text.split('dockerhub').length - 1).toBe(1);
  });

  it('then lists fail, warn and error results, once, most severe first, and folds unsupported, skip and expected deviations into counts', () => {
    const start = lines.indexOf('Needs a look:') + 1;
    const listed = lines.slice(start, lines.findIndex((l, i) => i >= start && !l.startsWith('  ')));
    const needed = results.results.filter((r) => ['fail', 'warn', 'error'].includes(r.status) && !r.expected);
    expect(listed).toHaveLength(needed.length);
    expect(listed.map((l) => l.trim().split(' ')[1])).toEqual(['error', 'fail', 'fail', 'fail', 'warn']);
    expect(listed[0]).toBe('  ⚠ error distribution push.manifest.large: connection reset while sending the manifest');
    for (const r of needed) expect(text.split(`${r.registry} ${r.check}`).length - 1).toBe(1);
    expect(text).not.toContain('management.delete.tag');
    expect(lines).toContain('Also 1 skip, 1 expected deviation (known limits): see the report for each.');
  });

  it('lists the copies that need a look and counts the rest', () => {
    expect(lines).toContain('Interop: 2 of 3 copies between registries verified byte for byte');
    expect(lines.filter((l) => l.includes(' → '))).toEqual([expect.stringMatching(/^  ✖ fail reference → distribution helm-chart: digest differs.* \(went wrong at the destination, distribution\)$/)]);
  });

  it('opens with what changed since the baseline when there is one', () => {
    const current = fixtureResults();
    const withChanges = { ...current, comparison: { baseline: { runId: 'r-last-night', startedAt: '2024-12-31T12:00:00.000Z' }, registries: [
      { registry: 'distribution', newlyFailing: ['discovery.tags.order'], newlyPassing: ['pull.manifest.get-by-tag'], newlyErroring: [] },
      { registry: 'reference', newlyFailing: [], newlyPassing: [], newlyErroring: [] },
    ] } };
    const out = renderConsoleSummary(withChanges, { color: false }).split('\n');
    expect(out.slice(1, 3)).toEqual(['Since run r-last-night:', '  distribution: 1 newly failing (discovery.tags.order); 1 newly passing (pull.manifest.get-by-tag)']);
  });

  it('prints registry text without terminal control characters or line breaks', () => {
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(text).toContain('esc[31m vt ↵ second line');
  });

  it('colours status words only when asked', () => {
    const coloured = renderConsoleSummary(results, { color: true });
    expect(coloured).toContain('\x1b[31m2 fail\x1b[0m');
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(text);
  });
});

describe('the progress line', () => {
  it('shows each registry as done/total, with failures when there are any', () => {
    expect(
      formatProgress([
        { registry: 'reference', done: 34, total: 80, failures: 1 },
        { registry: 'distribution', done: 12, total: 80, failures: 0 },
      ]),
    ).toBe('reference 34/80 (1 fail) · distribution 12/80');
  });

  it('is empty when nothing is running', () => {
    expect(formatProgress([])).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { formatProgress, renderConsoleSummary } from '../../src/report/console.js';
import { fixtureResults } from './fixture.js';

const results = fixtureResults();

describe('the console summary', () => {
  const text = renderConsoleSummary(results, { color: false });
  const lines = text.split('\n');

  it('gives each registry one line: counts when tested, the reason when not', () => {
    expect(lines).toContain('reference: 8 pass');
    expect(lines.find((l) => l.startsWith('distribution:'))).toBe(
      'distribution: 1 pass, 2 fail, 1 warn, 1 unsupported, 1 skip, 1 error; stores any OCI content unchanged: no; fully implements: Pull',
    );
    expect(lines).toContain('dockerhub: skipped — environment variables $DOCKERHUB_USERNAME, $DOCKERHUB_TOKEN not set');
    expect(lines.filter((l) => l.startsWith('dockerhub'))).toHaveLength(1);
  });

  it('then lists every result that is not a pass, once, most severe first, with its message', () => {
    const notPassing = lines.slice(lines.indexOf('Not passing:') + 1, lines.indexOf('', lines.indexOf('Not passing:')));
    const nonPass = results.results.filter((r) => r.status !== 'pass');
    expect(notPassing).toHaveLength(nonPass.length);
    expect(notPassing.map((l) => l.trim().split(' ')[1])).toEqual(['error', 'fail', 'fail', 'fail', 'warn', 'unsupported', 'skip']);
    expect(notPassing[0]).toBe('  ⚠ error distribution push.manifest.large: connection reset while sending the manifest');
    expect(notPassing).toContain('  ∅ unsupported distribution management.delete.tag (expected: known limit): tag deletion is disabled (HTTP 405)');
    for (const r of nonPass) expect(text.split(`${r.registry} ${r.check}`).length - 1).toBe(1);
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

import { describe, expect, it } from 'vitest';
import { mdText, renderMarkdown } from '../../src/report/markdown.js';
import { CHECKS, fixtureResults, HOSTILE_REGISTRY } from './fixture.js';

const results = fixtureResults();
const md = renderMarkdown(results);
const lines = md.split('\n');

/** Cells of a GFM table row: split at pipes that no backslash escapes. */
function cells(row: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') {
      current += row[i]! + (row[i + 1] ?? '');
      i++;
    } else if (row[i] === '|') {
      parts.push(current.trim());
      current = '';
    } else current += row[i];
  }
  parts.push(current.trim());
  return parts.slice(1, -1);
}

function tableAfter(heading: string): string[][] {
  const start = lines.indexOf(heading);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('|')) rows.push(cells(line));
    else if (rows.length) break;
  }
  return rows;
}

describe('the Markdown summary', () => {
  it('starts with a totals table: a row per registry, counts per status, the reason when not tested', () => {
    const totals = tableAfter('');
    expect(totals[0]).toEqual(['registry', 'status', '✔ pass', '✖ fail', '▲ warn', '∅ unsupported', '↷ skip', '⚠ error']);
    expect(totals).toHaveLength(2 + results.registries.length);
    expect(totals[3]).toEqual(['distribution', 'tested', '1', '2', '1', '1', '1', '1']);
    expect(totals[5]![1]).toBe('skipped: environment variables $DOCKERHUB\\_USERNAME, $DOCKERHUB\\_TOKEN not set');
  });

  it('has a matrix with a row per check under suite rows, and status as symbol and word', () => {
    const matrix = tableAfter('## Matrix');
    const width = 2 + 3; // check, level, three tested registries
    for (const row of matrix) expect(row).toHaveLength(width);
    expect(matrix.filter((row) => row[0]!.startsWith('`'))).toHaveLength(CHECKS.length);
    expect(matrix.filter((row) => row[0]!.startsWith('**')).map((row) => row[0])).toEqual(['**pull**', '**push**', '**discovery**', '**management**', '**referrers**', '**auth**']);
    const row = (id: string) => matrix.find((r) => r[0] === `\`${id}\``)!;
    expect(row('push.blob.chunked.out-of-order').slice(1)).toEqual(['MUST', '✔ pass', '✖ fail', '✔ pass']);
    expect(row('management.delete.tag')[3]).toBe('∅ unsupported (expected)');
    expect(row('auth.token')[3]).toBe('— not run');
  });

  it('lists fail, error and warn with their messages, and folds unsupported and skipped away', () => {
    const needs = lines.slice(lines.indexOf('## Needs a look (5)') + 2, lines.indexOf('<details><summary>Unsupported and skipped (2)</summary>') - 1);
    expect(needs).toHaveLength(5);
    expect(needs[0]).toMatch(/^- ⚠ error \*\*distribution\*\* `push.manifest.large` A 4 MB manifest is accepted: connection reset/);
    expect(needs.filter((l) => l.startsWith('- ✖ fail'))).toHaveLength(3);
    expect(md).toContain('- ∅ unsupported (expected: known limit) **distribution** `management.delete.tag`');
  });

  it('renders no HTML and no Markdown from registry text, and no line breaks inside it', () => {
    expect(md).not.toMatch(/<(script|img)/i);
    expect(md).toContain(`**${mdText(HOSTILE_REGISTRY)}**`);
    expect(mdText(HOSTILE_REGISTRY)).toBe('evil&lt;script&gt;window.\\_\\_pwned = "script"&lt;/script&gt;\\|reg');
    const hostile = lines.find((l) => l.includes('pwned') && l.startsWith('- ✖ fail'))!;
    expect(hostile).toContain('second line \\*bold\\* \\[link\\](javascript:alert(1))');
    expect(hostile).not.toMatch(/[\u0000-\u001f]/);
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('escapes backslashes before pipes, so a trailing backslash cannot unescape a pipe', () => {
    expect(cells(`| ${mdText('a\\|b')} | c |`)).toEqual(['a\\\\\\|b', 'c']);
  });

  it('adds verdict lines and the interop grid when the model has them', () => {
    expect(md).toContain('- **distribution** stores any OCI content unchanged: **no** — Pull: full · Push: partial · Referrers: absent');
    const interop = tableAfter('## Interop');
    expect(interop[2]).toEqual(['reference', '·', '1/2']);
  });
});

describe('summary.md with a baseline', () => {
  it('opens with what changed, per registry, before the totals', () => {
    const current = fixtureResults();
    const text = renderMarkdown({
      ...current,
      comparison: {
        baseline: { runId: 'r-last-night', startedAt: '2024-12-31T12:00:00.000Z' },
        registries: [
          { registry: 'distribution', newlyFailing: ['discovery.tags.order'], newlyPassing: ['pull.manifest.get-by-tag'], newlyErroring: [] },
          { registry: 'reference', newlyFailing: [], newlyPassing: [], newlyErroring: [] },
        ],
      },
    });
    const lines = text.split('\n');
    const changes = lines.indexOf('## What changed');
    expect(changes).toBeGreaterThan(0);
    expect(changes).toBeLessThan(lines.findIndex((l) => l.startsWith('| registry | status |')));
    expect(lines).toContain('| distribution | `discovery.tags.order` | — | `pull.manifest.get-by-tag` |');
    const section = lines.slice(changes, lines.findIndex((l) => l.startsWith('| registry | status |')));
    expect(section.some((l) => l.startsWith('| reference |'))).toBe(false); // no change: no row
  });
});

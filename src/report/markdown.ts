// summary.md, for GitHub job summaries: totals per registry, verdict lines, the matrix, then every
// result that is not a pass with its message. Registry-provided text is escaped: it can neither
// inject HTML nor break a table.
import type { ResultRecord, RunResults, Status } from '../results/model.js';
import { STATUS_SEVERITY, STATUSES, SUITES } from '../results/model.js';
import { countStatuses, statusLabel } from './symbols.js';

/** Text for a table cell or a list item: one line, no HTML, no Markdown syntax, no `|`. */
export function mdText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Markdown syntax first, then pipes: escaping the other way round would escape the backslash of `\|`.
    .replace(/([\\`*_[\]#~!])/g, '\\$1')
    .replace(/\|/g, '\\|')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Inline code that survives any content: backticks in it get a longer fence. */
function mdCode(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}

function timestamp(value: string): string {
  const time = Date.parse(value);
  return Number.isFinite(time) ? `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC` : mdText(value || '—');
}

function cellLabel(result: ResultRecord | undefined): string {
  if (!result) return '— not run';
  return `${statusLabel(result.status)}${result.expected ? ' (expected)' : ''}`;
}

/** What changed since the baseline, before anything else: the news a morning reader looks for. */
function changeLines(results: RunResults): string[] {
  const comparison = results.comparison;
  if (!comparison) return [];
  const out = ['## What changed', '', `Since run ${mdCode(comparison.baseline.runId)} (${timestamp(comparison.baseline.startedAt)}).`, ''];
  const changed = comparison.registries.filter((r) => r.newlyFailing.length + r.newlyErroring.length + r.newlyPassing.length > 0);
  if (!changed.length) return [...out, '_No check newly failing, erroring or passing._', ''];
  const list = (keys: string[]) => keys.map(mdCode).join(', ') || '—';
  out.push('| registry | newly failing | newly erroring | newly passing |', '| --- | --- | --- | --- |');
  for (const r of changed) out.push(`| ${mdText(r.registry)} | ${list(r.newlyFailing)} | ${list(r.newlyErroring)} | ${list(r.newlyPassing)} |`);
  return [...out, ''];
}

function totalsTable(results: RunResults): string[] {
  const out = [`| registry | status | ${STATUSES.map(statusLabel).join(' | ')} |`, `| --- | --- |${STATUSES.map(() => ' ---: |').join('')}`];
  for (const registry of results.registries) {
    const counts = countStatuses(results.results.filter((r) => r.registry === registry.name).map((r) => r.status));
    const status = registry.status === 'tested' ? 'tested' : `${registry.status}: ${registry.reason ?? ''}`;
    const numbers = registry.status === 'tested' ? STATUSES.map((s) => String(counts[s])) : STATUSES.map(() => '—');
    out.push(`| ${mdText(registry.name)} | ${mdText(status)} | ${numbers.join(' | ')} |`);
  }
  return out;
}

function verdictLines(results: RunResults): string[] {
  const verdicts = (results.verdicts ?? []).filter((v) => v.storesAnyContentUnchanged !== 'not tested');
  if (!verdicts.length) return [];
  const out = ['', '## Verdicts', ''];
  for (const v of verdicts) {
    const support = v.categories.map((c) => `${c.category}: ${c.support}`).join(' · ');
    out.push(`- **${mdText(v.registry)}** stores any OCI content unchanged: **${v.storesAnyContentUnchanged}** — ${mdText(support)}`);
    for (const p of v.problems) out.push(`  - ${mdText(p.content)}: ${mdText(p.reason)}`);
  }
  return out;
}

function matrixTable(results: RunResults): string[] {
  const columns = results.registries.filter((r) => r.status === 'tested');
  if (!columns.length) return ['', '## Matrix', '', '_No registry was tested._'];
  const byKey = new Map(results.results.map((r) => [`${r.registry}\u0000${r.check}`, r]));
  const out = ['', '## Matrix', '', `| check | level | ${columns.map((r) => mdText(r.name)).join(' | ')} |`, `| --- | --- |${columns.map(() => ' --- |').join('')}`];
  for (const suite of SUITES) {
    const checks = results.checks.filter((c) => c.suite === suite);
    if (!checks.length) continue;
    out.push(`| **${suite}** | |${columns.map(() => ' |').join('')}`);
    for (const check of checks) {
      const cells = columns.map((r) => cellLabel(byKey.get(`${r.name}\u0000${check.id}`)));
      out.push(`| ${mdCode(check.id)} | ${check.level} | ${cells.join(' | ')} |`);
    }
  }
  return out;
}

function interopTable(results: RunResults): string[] {
  const copies = results.interop ?? [];
  if (!copies.length) return [];
  const names = [...new Set(copies.flatMap((c) => [c.source, c.destination]))];
  const passed = copies.filter((c) => c.status === 'pass').length;
  const out = ['', '## Interop', '', `${passed} of ${copies.length} copies between registries verified byte for byte at the destination (rows: source, columns: destination).`, ''];
  out.push(`| source ↓ / destination → | ${names.map(mdText).join(' | ')} |`, `| --- |${names.map(() => ' --- |').join('')}`);
  for (const source of names) {
    const row = names.map((destination) => {
      if (source === destination) return '·';
      const pair = copies.filter((c) => c.source === source && c.destination === destination);
      return pair.length ? `${pair.filter((c) => c.status === 'pass').length}/${pair.length}` : '—';
    });
    out.push(`| ${mdText(source)} | ${row.join(' | ')} |`);
  }
  return out;
}

function resultLine(r: ResultRecord, titles: Map<string, string>): string {
  const title = titles.get(r.check);
  return `- ${statusLabel(r.status)}${r.expected ? ' (expected: known limit)' : ''} **${mdText(r.registry)}** ${mdCode(r.check)}${title ? ` ${mdText(title)}` : ''}: ${mdText(r.message)}`;
}

function nonPassLists(results: RunResults): string[] {
  const titles = new Map(results.checks.map((c) => [c.id, c.title]));
  const bySeverity = (a: ResultRecord, b: ResultRecord) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status];
  const attention: Status[] = ['fail', 'error', 'warn'];
  const needsALook = results.results.filter((r) => attention.includes(r.status)).sort(bySeverity);
  const notApplicable = results.results.filter((r) => r.status === 'unsupported' || r.status === 'skip').sort(bySeverity);
  const out: string[] = [];
  if (needsALook.length) out.push('', `## Needs a look (${needsALook.length})`, '', ...needsALook.map((r) => resultLine(r, titles)));
  if (notApplicable.length) {
    // Collapsed: these are usually many and rarely actionable, but they still say why.
    out.push('', `<details><summary>Unsupported and skipped (${notApplicable.length})</summary>`, '', ...notApplicable.map((r) => resultLine(r, titles)), '', '</details>');
  }
  return out;
}

export function renderMarkdown(results: RunResults): string {
  const { run } = results;
  const out = [
    `# ${mdText(run.tool.name)} run ${mdCode(run.id)}`,
    '',
    `Spec version ${mdText(run.specVersion)} · ${timestamp(run.startedAt)} → ${timestamp(run.finishedAt)} · ${mdText(`${run.tool.name} ${run.tool.version}`)}`,
    '',
    ...changeLines(results),
    ...totalsTable(results),
    ...verdictLines(results),
    ...matrixTable(results),
    ...interopTable(results),
    ...nonPassLists(results),
  ];
  return `${out.join('\n')}\n`;
}

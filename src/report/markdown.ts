// summary.md, for GitHub job summaries: totals, verdict lines, the matrix, what needs a look.
// Registry text is escaped: no raw HTML, no table breakage.
import type { RunResults, Status } from '../results/model.js';
import { STATUSES } from '../results/model.js';
import { countStatuses, statusLabel } from './symbols.js';

export function mdCell(text: string): string {
  return text
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/([\\`*_[\]])/g, '\\$1')
    .trim();
}

export function renderMarkdown(results: RunResults): string {
  const out: string[] = [`# oci-matrix ${mdCell(results.run.id)}`, '', `Spec version ${results.run.specVersion} · ${results.run.startedAt} → ${results.run.finishedAt}`, ''];
  out.push(`| registry | status | ${STATUSES.join(' | ')} |`, `|---|---|${STATUSES.map(() => '---:').join('|')}|`);
  for (const registry of results.registries) {
    const counts = countStatuses(results.results.filter((r) => r.registry === registry.name).map((r) => r.status));
    const status = registry.status === 'tested' ? 'tested' : `${registry.status}: ${registry.reason ?? ''}`;
    out.push(`| ${mdCell(registry.name)} | ${mdCell(status)} | ${STATUSES.map((s) => counts[s]).join(' | ')} |`);
  }
  const verdicts = (results.verdicts ?? []).filter((v) => v.storesAnyContentUnchanged !== 'not tested');
  if (verdicts.length) {
    out.push('', '## Verdicts', '');
    for (const v of verdicts) {
      const full = v.categories.filter((c) => c.support === 'full').map((c) => c.category).join(', ') || 'none';
      out.push(`- **${mdCell(v.registry)}** stores any OCI content unchanged: **${v.storesAnyContentUnchanged}**; fully implements: ${full}`);
      for (const p of v.problems) out.push(`  - ${mdCell(p.content)}: ${mdCell(p.reason)}`);
    }
  }
  const tested = results.registries.filter((r) => r.status === 'tested');
  const cell = new Map(results.results.map((r) => [`${r.registry}\u0000${r.check}`, r.status]));
  out.push('', '## Matrix', '', `| check | level | ${tested.map((r) => mdCell(r.name)).join(' | ')} |`, `|---|---|${tested.map(() => '---').join('|')}|`);
  for (const check of results.checks) {
    const cells = tested.map((r) => {
      const status = cell.get(`${r.name}\u0000${check.id}`) as Status | undefined;
      return status ? statusLabel(status) : '—';
    });
    out.push(`| \`${check.id}\` | ${check.level} | ${cells.join(' | ')} |`);
  }
  if (results.interop?.length) {
    out.push('', '## Interop', '', 'Copies between registries, verified byte for byte at the destination.', '');
    const names = [...new Set(results.interop.flatMap((c) => [c.source, c.destination]))];
    out.push(`| source ↓ / destination → | ${names.map(mdCell).join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`);
    for (const source of names) {
      const row = names.map((destination) => {
        if (source === destination) return '·';
        const copies = results.interop!.filter((c) => c.source === source && c.destination === destination);
        const passed = copies.filter((c) => c.status === 'pass').length;
        return `${passed}/${copies.length}`;
      });
      out.push(`| ${mdCell(source)} | ${row.join(' | ')} |`);
    }
  }
  const attention = results.results.filter((r) => r.status !== 'pass' && r.status !== 'skip');
  if (attention.length) {
    out.push('', '## Not passing', '');
    for (const r of attention) out.push(`- ${statusLabel(r.status)} **${mdCell(r.registry)}** \`${r.check}\`${r.expected ? ' (expected)' : ''}: ${mdCell(r.message)}`);
  }
  return `${out.join('\n')}\n`;
}

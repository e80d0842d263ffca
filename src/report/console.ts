// The console: live progress lines, and the end-of-run summary (one line per registry, then
// the results that need a look). Nothing is printed twice.
import type { RunResults, Status } from '../results/model.js';
import { STATUSES } from '../results/model.js';
import { countStatuses, STATUS_SYMBOL } from './symbols.js';

const COLOR: Record<Status, string> = { pass: '32', fail: '31', warn: '33', unsupported: '36', skip: '90', error: '35' };

export function formatProgress(state: { registry: string; done: number; total: number; failures: number }[]): string {
  return state.map((s) => `${s.registry} ${s.done}/${s.total}${s.failures ? ` (${s.failures} fail/error)` : ''}`).join(' · ');
}

export function renderConsoleSummary(results: RunResults, options: { color: boolean }): string {
  const paint = (status: Status, text: string) => (options.color ? `\x1b[${COLOR[status]}m${text}\x1b[0m` : text);
  const lines: string[] = [''];
  for (const registry of results.registries) {
    if (registry.status !== 'tested') {
      lines.push(`${registry.name}: ${registry.status} — ${registry.reason ?? ''}`);
      continue;
    }
    const counts = countStatuses(results.results.filter((r) => r.registry === registry.name).map((r) => r.status));
    const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => paint(s, `${counts[s]} ${s}`));
    lines.push(`${registry.name}: ${parts.join(', ')}`);
  }
  for (const verdict of results.verdicts ?? []) {
    if (verdict.storesAnyContentUnchanged === 'not tested') continue;
    const full = verdict.categories.filter((c) => c.support === 'full').map((c) => c.category);
    lines.push(`${verdict.registry}: stores any OCI content unchanged: ${verdict.storesAnyContentUnchanged}; fully implements: ${full.join(', ') || 'none'}`);
  }
  const attention = results.results.filter((r) => r.status === 'fail' || r.status === 'warn' || r.status === 'error');
  if (attention.length) {
    lines.push('', 'Needs a look:');
    for (const r of attention) lines.push(`  ${paint(r.status, `${STATUS_SYMBOL[r.status]} ${r.status}`)} ${r.registry} ${r.check}${r.expected ? ' (expected)' : ''}: ${r.message}`);
  }
  const copies = results.interop ?? [];
  if (copies.length) {
    const ok = copies.filter((c) => c.status === 'pass').length;
    lines.push('', `Interop: ${ok} of ${copies.length} copies between registries verified byte for byte`);
    for (const c of copies.filter((c) => c.status === 'fail' || c.status === 'error')) lines.push(`  ${paint(c.status, c.status)} ${c.source} → ${c.destination} ${c.content}: ${c.message}`);
  }
  return lines.join('\n');
}

// The console: the live progress line, and the end-of-run summary (one line per registry, then
// every result that is not a pass, most severe first). Nothing is printed twice: a registry that
// was not tested says why on its own line and appears nowhere else.
import type { RegistryVerdict, ResultRecord, RunResults, Status } from '../results/model.js';
import { STATUS_SEVERITY, STATUSES } from '../results/model.js';
import { countStatuses, STATUS_SYMBOL } from './symbols.js';

const COLOR: Record<Status, string> = { pass: '32', fail: '31', warn: '33', unsupported: '36', skip: '90', error: '35' };

export interface ProgressState {
  registry: string;
  done: number;
  total: number;
  /** Results so far that are fail or error. */
  failures: number;
}

/** e.g. `reference 34/80 (1 fail) · distribution 12/80` */
export function formatProgress(state: ProgressState[]): string {
  return state.map((s) => `${s.registry} ${s.done}/${s.total}${s.failures ? ` (${s.failures} fail)` : ''}`).join(' · ');
}

/** Terminal text from the registry must not move the cursor or recolour the screen. */
function plain(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\s*\n\s*/g, ' ↵ ');
}

function verdictText(verdict: RegistryVerdict | undefined): string {
  if (!verdict || verdict.storesAnyContentUnchanged === 'not tested') return '';
  const full = verdict.categories.filter((c) => c.support === 'full').map((c) => c.category);
  return `; stores any OCI content unchanged: ${verdict.storesAnyContentUnchanged}; fully implements: ${full.join(', ') || 'none'}`;
}

export function renderConsoleSummary(results: RunResults, options: { color: boolean }): string {
  const paint = (status: Status, text: string) => (options.color ? `\x1b[${COLOR[status]}m${text}\x1b[0m` : text);
  const bold = (text: string) => (options.color ? `\x1b[1m${text}\x1b[0m` : text);
  const verdicts = new Map((results.verdicts ?? []).map((v) => [v.registry, v]));
  const lines: string[] = [''];
  for (const registry of results.registries) {
    const name = bold(plain(registry.name));
    if (registry.status !== 'tested') {
      lines.push(`${name}: ${registry.status} — ${plain(registry.reason ?? 'no reason given')}`);
      continue;
    }
    const counts = countStatuses(results.results.filter((r) => r.registry === registry.name).map((r) => r.status));
    const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => paint(s, `${counts[s]} ${s}`));
    lines.push(`${name}: ${parts.join(', ') || 'no results'}${verdictText(verdicts.get(registry.name))}`);
    const left = registry.cleanup?.leftBehind ?? [];
    if (left.length) lines.push(`  cleanup: ${left.length} pushed item(s) left in the registry — ${[...new Set(left.map((l) => plain(l.reason)))].join('; ')}`);
  }
  const notPassing = results.results
    .filter((r) => r.status !== 'pass')
    .sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]);
  if (notPassing.length) {
    lines.push('', 'Not passing:');
    for (const r of notPassing) lines.push(`  ${resultLine(r, paint)}`);
  }
  const copies = results.interop ?? [];
  if (copies.length) {
    const ok = copies.filter((c) => c.status === 'pass').length;
    lines.push('', `Interop: ${ok} of ${copies.length} copies between registries verified byte for byte`);
    for (const c of copies.filter((c) => c.status !== 'pass')) {
      lines.push(`  ${paint(c.status, `${STATUS_SYMBOL[c.status]} ${c.status}`)} ${plain(c.source)} → ${plain(c.destination)} ${plain(c.content)}: ${plain(c.message)}`);
    }
  }
  return lines.join('\n');
}

function resultLine(r: ResultRecord, paint: (status: Status, text: string) => string): string {
  const expected = r.expected ? ' (expected: known limit)' : '';
  return `${paint(r.status, `${STATUS_SYMBOL[r.status]} ${r.status}`)} ${plain(r.registry)} ${r.check}${expected}: ${plain(r.message)}`;
}

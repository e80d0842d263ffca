// The console: the live progress line, and the end-of-run summary (one line per registry, then
// every result that is not a pass, most severe first). Nothing is printed twice: a registry that
// was not tested says why on its own line and appears nowhere else.
import type { RegistryVerdict, ResultRecord, RunResults, Status } from '../results/model.js';
import { STATUS_SEVERITY, STATUSES } from '../results/model.js';
import { countStatuses, STATUS_SYMBOL } from './symbols.js';
import { describeCopyCause } from '../results/verdicts.js';

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

/** e.g. `copies 34/204 (2 fail)` */
export function formatCopyProgress(state: ProgressState): string {
  return `copies ${state.done}/${state.total}${state.failures ? ` (${state.failures} fail)` : ''}`;
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

const NEEDS_A_LOOK: Status[] = ['error', 'fail', 'warn'];
const FOLDED: Status[] = ['unsupported', 'skip'];

export function renderConsoleSummary(results: RunResults, options: { color: boolean }): string {
  const paint = (status: Status, text: string) => (options.color ? `\x1b[${COLOR[status]}m${text}\x1b[0m` : text);
  const bold = (text: string) => (options.color ? `\x1b[1m${text}\x1b[0m` : text);
  const verdicts = new Map((results.verdicts ?? []).map((v) => [v.registry, v]));
  const lines: string[] = [''];
  lines.push(...changeLines(results, paint));
  for (const registry of results.registries.filter((r) => r.status !== 'skipped')) {
    const name = bold(plain(registry.name));
    if (registry.status === 'error') {
      lines.push(`${name}: ${paint('error', 'error')} — ${plain(registry.reason ?? 'no reason given')}`);
      continue;
    }
    const counts = countStatuses(results.results.filter((r) => r.registry === registry.name).map((r) => r.status));
    const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => paint(s, `${counts[s]} ${s}`));
    lines.push(`${name}: ${parts.join(', ') || 'no results'}${verdictText(verdicts.get(registry.name))}`);
    const left = registry.cleanup?.leftBehind ?? [];
    if (left.length) lines.push(`  cleanup: ${left.length} pushed item(s) left in the registry — ${[...new Set(left.map((l) => plain(l.reason)))].join('; ')}`);
  }
  // Skipped registries: one line, each with its reason, listed nowhere else.
  const skipped = results.registries.filter((r) => r.status === 'skipped');
  if (skipped.length) lines.push(`Skipped: ${skipped.map((r) => `${bold(plain(r.name))} (${plain(r.reason ?? 'no reason given')})`).join('; ')}`);

  const notPassing = results.results.filter((r) => r.status !== 'pass');
  const needsALook = notPassing
    .filter((r) => NEEDS_A_LOOK.includes(r.status) && !r.expected)
    .sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]);
  if (needsALook.length) {
    lines.push('', 'Needs a look:');
    for (const r of needsALook) lines.push(`  ${resultLine(r, paint)}`);
  }
  const folded = foldedCounts(notPassing.filter((r) => !needsALook.includes(r)).map((r) => ({ status: r.status, expected: Boolean(r.expected) })));
  if (folded) {
    if (!needsALook.length) lines.push('');
    lines.push(`Also ${folded}: see the report for each.`);
  }

  const copies = results.interop ?? [];
  if (copies.length) {
    const ok = copies.filter((c) => c.status === 'pass').length;
    lines.push('', `Interop: ${ok} of ${copies.length} copies between registries verified byte for byte`);
    const copyProblems = copies.filter((c) => NEEDS_A_LOOK.includes(c.status)).sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]);
    for (const c of copyProblems) {
      lines.push(`  ${paint(c.status, `${STATUS_SYMBOL[c.status]} ${c.status}`)} ${plain(c.source)} → ${plain(c.destination)} ${plain(c.content)}: ${plain(c.message)}${describeCopyCause(c) ? ` (${plain(describeCopyCause(c)!)})` : ''}`);
    }
    const foldedCopies = foldedCounts(copies.filter((c) => FOLDED.includes(c.status)).map((c) => ({ status: c.status, expected: false })));
    if (foldedCopies) lines.push(`  and ${foldedCopies}`);
  }
  return lines.join('\n');
}

/** e.g. "4 unsupported, 64 skip, 1 expected deviation" — statuses that need nothing done, as counts. */
function foldedCounts(items: { status: Status; expected: boolean }[]): string {
  const expected = items.filter((i) => i.expected).length;
  const counts = countStatuses(items.filter((i) => !i.expected).map((i) => i.status));
  const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  if (expected) parts.push(`${expected} expected ${expected === 1 ? 'deviation' : 'deviations'} (known limits)`);
  return parts.join(', ');
}

/** What changed since the baseline, first: the newest news is what a morning reader wants. */
function changeLines(results: RunResults, paint: (status: Status, text: string) => string): string[] {
  const comparison = results.comparison;
  if (!comparison) return [];
  const lines = [`Since run ${plain(comparison.baseline.runId)}:`];
  const changed = comparison.registries.filter((r) => r.newlyFailing.length + r.newlyErroring.length + r.newlyPassing.length > 0);
  for (const r of changed) {
    const parts = [
      ['fail', 'newly failing', r.newlyFailing],
      ['error', 'newly erroring', r.newlyErroring],
      ['pass', 'newly passing', r.newlyPassing],
    ] as const;
    const text = parts.filter(([, , keys]) => keys.length).map(([status, word, keys]) => `${paint(status, `${keys.length} ${word}`)} (${keys.map(plain).join(', ')})`);
    lines.push(`  ${plain(r.registry)}: ${text.join('; ')}`);
  }
  if (!changed.length) lines.push('  no check newly failing, erroring or passing');
  return [...lines, ''];
}

function resultLine(r: ResultRecord, paint: (status: Status, text: string) => string): string {
  const expected = r.expected ? ' (expected: known limit)' : '';
  return `${paint(r.status, `${STATUS_SYMBOL[r.status]} ${r.status}`)} ${plain(r.registry)} ${r.check}${expected}: ${plain(r.message)}`;
}

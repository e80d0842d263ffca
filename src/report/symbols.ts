// How each status reads: a symbol and a word, never colour alone.
import type { Status } from '../results/model.js';

export const STATUS_SYMBOL: Record<Status, string> = {
  pass: '✔',
  fail: '✖',
  warn: '▲',
  unsupported: '∅',
  skip: '↷',
  error: '⚠',
};

export function statusLabel(status: Status): string {
  return `${STATUS_SYMBOL[status]} ${status}`;
}

/** Counts per status, in a stable order. */
export function countStatuses(statuses: Status[]): Record<Status, number> {
  const counts: Record<Status, number> = { pass: 0, fail: 0, warn: 0, unsupported: 0, skip: 0, error: 0 };
  for (const status of statuses) counts[status]++;
  return counts;
}

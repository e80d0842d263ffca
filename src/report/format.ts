// Formatting shared by the HTML views: status badges (symbol and word, never colour alone),
// durations, timestamps and links that are safe to render.
import type { Status } from '../results/model.js';
import { STATUS_SYMBOL } from './symbols.js';

// U+FE0E asks for the text form of a symbol, so ✔ ✖ ⚠ do not turn into colour emoji.
const TEXT_PRESENTATION = '\ufe0e';

export interface StatusBadge {
  status: Status | 'none';
  symbol: string;
  word: string;
}

export function badge(status: Status | 'none'): StatusBadge {
  if (status === 'none') return { status, symbol: '—', word: 'not run' };
  return { status, symbol: STATUS_SYMBOL[status] + TEXT_PRESENTATION, word: status };
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** Only http(s) links are rendered as links: a `javascript:` URL in the data must stay inert text. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** ISO timestamps read as "2026-11-25 04:17:54 UTC"; anything else is shown as given. */
export function formatTimestamp(value: string): string {
  if (!value) return '—';
  const time = Date.parse(value);
  if (!Number.isFinite(time)) return value;
  return `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** Known limits from the config as `name: value` lines. */
export function describeLimits(limits: Record<string, unknown> | undefined): string[] {
  return Object.entries(limits ?? {}).map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

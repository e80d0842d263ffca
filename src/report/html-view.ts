// The view the HTML template reads: the results model rearranged for display (grouped, counted,
// formatted). It decides nothing about conformance; every status shown comes from the model.
import type { CheckInfo, Exchange, RegistryRecord, RegistryVerdict, ResultRecord, RunResults, Status } from '../results/model.js';
import { STATUS_SEVERITY, STATUSES, SUITES } from '../results/model.js';
import { countStatuses, STATUS_SYMBOL } from './symbols.js';

// U+FE0E asks for the text form of a symbol, so ✔ ✖ ⚠ do not turn into colour emoji.
const TEXT_PRESENTATION = '\ufe0e';

export interface StatusBadge {
  status: Status | 'none';
  symbol: string;
  word: string;
}

export interface ExchangeView {
  method: string;
  url: string;
  statusText: string;
  statusClass: string;
  durationText: string;
  error?: string;
  requestHeaders: { name: string; value: string }[];
  responseHeaders: { name: string; value: string }[];
  requestBody?: string;
  responseBody?: string;
}

export interface CellView extends StatusBadge {
  /** Stable, markup-safe id (indexes only) used for deep links and the inspector. */
  id: string;
  registry: string;
  ran: boolean;
  expected: boolean;
  message: string;
  durationText: string;
  evidence: ExchangeView[];
}

export interface RowView {
  check: CheckInfo;
  specUrl: string | undefined;
  cells: CellView[];
  /** Space-separated statuses other than pass found in the row, for the filters. */
  findings: string;
  searchText: string;
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

function httpStatusClass(status: number | undefined): string {
  if (status === undefined) return 'http-none';
  return `http-${Math.floor(status / 100)}xx`;
}

function headerList(headers: Record<string, string>) {
  return Object.entries(headers).map(([name, value]) => ({ name, value }));
}

export function exchangeView(e: Exchange): ExchangeView {
  return {
    method: e.method,
    url: e.url,
    statusText: e.status === undefined ? 'no answer' : String(e.status),
    statusClass: httpStatusClass(e.status),
    durationText: formatDuration(e.durationMs),
    error: e.error,
    requestHeaders: headerList(e.requestHeaders),
    responseHeaders: headerList(e.responseHeaders),
    requestBody: e.requestBody || undefined,
    responseBody: e.responseBody || undefined,
  };
}

function cellView(id: string, registry: string, result: ResultRecord | undefined): CellView {
  if (!result) return { id, registry, ran: false, ...badge('none'), expected: false, message: '', durationText: '', evidence: [] };
  return {
    id,
    registry,
    ran: true,
    ...badge(result.status),
    expected: Boolean(result.expected),
    message: result.message,
    durationText: formatDuration(result.durationMs),
    evidence: result.evidence.map(exchangeView),
  };
}

function describeLimits(limits: Record<string, unknown> | undefined): string[] {
  return Object.entries(limits ?? {}).map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

function verdictView(verdict: RegistryVerdict | undefined) {
  if (!verdict || verdict.storesAnyContentUnchanged === 'not tested') return undefined;
  return {
    answer: verdict.storesAnyContentUnchanged,
    problems: verdict.problems,
    categories: verdict.categories.map((c) => ({ ...c, supportClass: c.support.replace(' ', '-'), failingText: c.failing.join(', ') })),
  };
}

function registryView(registry: RegistryRecord, results: ResultRecord[], checkCount: number, verdict: RegistryVerdict | undefined) {
  const counts = countStatuses(results.map((r) => r.status));
  const total = results.length;
  return {
    ...registry,
    tested: registry.status === 'tested',
    limits: describeLimits(registry.knownLimits),
    total,
    notRun: registry.status === 'tested' ? Math.max(0, checkCount - total) : 0,
    expected: results.filter((r) => r.expected).length,
    counts: STATUSES.filter((s) => counts[s] > 0).map((s) => ({ ...badge(s), count: counts[s] })),
    findings: STATUSES.filter((s) => s !== 'pass' && counts[s] > 0).map((s) => ({ ...badge(s), count: counts[s] })),
    // Widths of the proportion bar; the words and numbers beside it carry the same information.
    bar: STATUSES.filter((s) => counts[s] > 0).map((s) => ({ status: s, percent: ((counts[s] / total) * 100).toFixed(2) })),
    verdict: verdictView(verdict),
  };
}

function interopView(results: RunResults) {
  const copies = results.interop ?? [];
  if (!copies.length) return undefined;
  const titles = new Map((results.contents ?? []).map((c) => [c.id, c.title]));
  const names = [...new Set(copies.flatMap((c) => [c.source, c.destination]))];
  return {
    names,
    total: copies.length,
    passed: copies.filter((c) => c.status === 'pass').length,
    rows: names.map((source, s) => ({
      source,
      cells: names.map((destination, d) => {
        if (source === destination) return { self: true };
        const pair = copies.filter((c) => c.source === source && c.destination === destination);
        if (!pair.length) return { self: false, empty: true, ...badge('none') };
        // The cell is coloured by its worst copy and lists the count of each status.
        const worst = pair.reduce((a, b) => (severity(b.status) > severity(a.status) ? b : a));
        const counts = countStatuses(pair.map((c) => c.status));
        return {
          self: false,
          empty: false,
          id: `i${s}-${d}`,
          destination,
          ...badge(worst.status),
          counts: STATUSES.filter((st) => counts[st] > 0).map((st) => ({ ...badge(st), count: counts[st] })),
          copies: [...pair].sort((a, b) => severity(b.status) - severity(a.status)).map((c) => ({
            ...badge(c.status),
            title: titles.get(c.content) ?? c.content,
            message: c.message,
            durationText: formatDuration(c.durationMs),
            evidence: c.evidence.map(exchangeView),
          })),
        };
      }),
    })),
  };
}

function severity(status: Status): number {
  return STATUS_SEVERITY[status];
}

/** ISO timestamps read as "2026-11-25 04:17:54 UTC"; anything else is shown as given. */
export function formatTimestamp(value: string): string {
  if (!value) return '—';
  const time = Date.parse(value);
  if (!Number.isFinite(time)) return value;
  return `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function runDuration(startedAt: string, finishedAt: string): string | undefined {
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) && ms >= 0 ? formatDuration(ms) : undefined;
}

// C0 controls (other than tab, LF, CR) and DEL would render as boxes or vanish. They are shown
// as \xNN: plain ASCII every font has (the Unicode control pictures ␀ ␇ are missing from many).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
export function showControlCharacters<T>(value: T): T {
  if (typeof value === 'string') {
    return value.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`) as T;
  }
  if (Array.isArray(value)) return value.map(showControlCharacters) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, showControlCharacters(v)])) as T;
  }
  return value;
}

export function buildHtmlView(results: RunResults) {
  const columns = results.registries.filter((r) => r.status === 'tested');
  const tested = new Set(columns.map((r) => r.name));
  const byKey = new Map(results.results.map((r) => [`${r.registry}\u0000${r.check}`, r]));
  const checkIndex = new Map(results.checks.map((c, i) => [c.id, i]));
  const suites = SUITES
    .map((suite) => {
      const rows: RowView[] = results.checks
        .filter((c) => c.suite === suite)
        .map((check) => {
          const i = checkIndex.get(check.id)!;
          const cells = columns.map((registry, r) => cellView(`c${i}-r${r}`, registry.name, byKey.get(`${registry.name}\u0000${check.id}`)));
          const findings = [...new Set(cells.map((c) => c.status).filter((s) => s !== 'pass'))].join(' ');
          return { check, specUrl: safeHref(check.spec.url), cells, findings, searchText: `${check.id} ${check.title} ${check.spec.section}`.toLowerCase() };
        });
      const withFindings = rows.filter((r) => r.findings).length;
      return { suite, rows, withFindings };
    })
    .filter((s) => s.rows.length > 0);
  const verdicts = new Map((results.verdicts ?? []).map((v) => [v.registry, v]));
  const registries = results.registries.map((registry) =>
    registryView(
      registry,
      results.results.filter((r) => r.registry === registry.name),
      results.checks.length,
      verdicts.get(registry.name),
    ),
  );
  return {
    run: results.run,
    startedText: formatTimestamp(results.run.startedAt),
    finishedText: formatTimestamp(results.run.finishedAt),
    runDuration: runDuration(results.run.startedAt, results.run.finishedAt),
    checkCount: results.checks.length,
    // Registries that ran (or failed to start) get a card; skipped ones a compact list with the reason.
    cards: registries.filter((r) => r.status !== 'skipped'),
    skipped: registries.filter((r) => r.status === 'skipped'),
    columns: registries.filter((r) => tested.has(r.name)),
    columnSpan: columns.length + 1,
    suites,
    interop: interopView(results),
    legend: STATUSES.map((s) => ({ ...badge(s), meaning: STATUS_MEANING[s] })),
  };
}

export type HtmlView = ReturnType<typeof buildHtmlView>;

const STATUS_MEANING: Record<Status, string> = {
  pass: 'the registry does what the spec asks',
  fail: 'a MUST is broken',
  warn: 'a SHOULD is broken',
  unsupported: 'an optional feature is absent, and the registry says so the way the spec allows',
  skip: 'not run: disabled in the config or a precondition failed (the message says which)',
  error: 'the harness could not judge: network, credentials or its own bug',
};

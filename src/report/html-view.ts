// The view the HTML template reads: the results model rearranged for display (grouped, counted,
// formatted). It decides nothing about conformance; every status shown comes from the model.
import type { CheckInfo, Exchange, RegistryRecord, RegistryVerdict, ResultRecord, RunResults, Status } from '../results/model.js';
import { STATUS_SEVERITY, STATUSES, SUITES } from '../results/model.js';
import { countStatuses } from './symbols.js';
import { badge, describeLimits, formatDuration, formatTimestamp, safeHref, type StatusBadge } from './format.js';
import { buildOverview, interopNames, nameParts } from './overview-view.js';
import { describeCopyCause } from '../results/verdicts.js';

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
  /** Only the request line is shown: headers and bodies are in results.json (or were not kept for a pass). */
  lineOnly: boolean;
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
  evidenceNote?: string;
}

export interface RowView {
  check: CheckInfo;
  specUrl: string | undefined;
  cells: CellView[];
  /** Space-separated statuses other than pass found in the row, for the filters. */
  findings: string;
  searchText: string;
}

function httpStatusClass(status: number | undefined): string {
  if (status === undefined) return 'http-none';
  return `http-${Math.floor(status / 100)}xx`;
}

function headerList(headers: Record<string, string>) {
  return Object.entries(headers).map(([name, value]) => ({ name, value }));
}

/** The page shows in full the last few exchanges of a result (those that decided it); earlier ones as request lines. */
export const EXCHANGES_SHOWN_IN_FULL = 3;

export function evidenceView(evidence: Exchange[]): ExchangeView[] {
  return evidence.map((e, i) => exchangeView(e, i < evidence.length - EXCHANGES_SHOWN_IN_FULL));
}

/** Says what the page leaves out, so a missing header is never mistaken for one the registry did not send. */
export function evidenceNote(evidence: Exchange[]): string | undefined {
  if (evidence.some((e) => e.trimmed)) return 'a passing result keeps request lines only';
  if (evidence.length > EXCHANGES_SHOWN_IN_FULL) return `the last ${EXCHANGES_SHOWN_IN_FULL} in full; every exchange in full in results.json`;
  return undefined;
}

export function exchangeView(e: Exchange, lineOnly = false): ExchangeView {
  return {
    lineOnly: lineOnly || Boolean(e.trimmed),
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
    evidence: evidenceView(result.evidence),
    evidenceNote: evidenceNote(result.evidence),
  };
}


function registryView(registry: RegistryRecord, results: ResultRecord[]) {
  const counts = countStatuses(results.map((r) => r.status));
  return {
    ...registry,
    nameParts: nameParts(registry.name),
    limits: describeLimits(registry.knownLimits),
    findings: STATUSES.filter((s) => s !== 'pass' && counts[s] > 0).map((s) => ({ ...badge(s), count: counts[s] })),
  };
}

function interopView(results: RunResults) {
  const copies = results.interop ?? [];
  if (!copies.length) return undefined;
  const titles = new Map((results.contents ?? []).map((c) => [c.id, c.title]));
  const names = interopNames(copies);
  return {
    names: names.map((name) => ({ name, nameParts: nameParts(name) })),
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
            cause: describeCopyCause(c),
            durationText: formatDuration(c.durationMs),
            evidence: evidenceView(c.evidence),
            evidenceNote: evidenceNote(c.evidence),
          })),
        };
      }),
    })),
  };
}

function severity(status: Status): number {
  return STATUS_SEVERITY[status];
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
  const registries = results.registries.map((registry) => registryView(registry, results.results.filter((r) => r.registry === registry.name)));
  return {
    run: results.run,
    startedText: formatTimestamp(results.run.startedAt),
    finishedText: formatTimestamp(results.run.finishedAt),
    runDuration: runDuration(results.run.startedAt, results.run.finishedAt),
    checkCount: results.checks.length,
    // Registries that ran (or failed to start) get an overview row; skipped ones a compact list with the reason.
    ...buildOverview(results),
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

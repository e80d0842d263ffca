// The HTML matrix: one self-contained file (inline CSS and script, no external assets).
// Handlebars escapes every value; no template uses triple-stash on registry-provided data.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Exchange, ResultRecord, RunResults, Status } from '../results/model.js';
import { SUITES, STATUSES } from '../results/model.js';
import { countStatuses, STATUS_SYMBOL } from './symbols.js';

const templates = new URL('./templates/', import.meta.url);
const handlebars = Handlebars.create();
handlebars.registerPartial('exchange', readFileSync(new URL('exchange.hbs', templates), 'utf8'));
const template = handlebars.compile(readFileSync(new URL('matrix.hbs', templates), 'utf8'));

interface CellView {
  status: Status | 'none';
  symbol: string;
  word: string;
  expected: boolean;
  message: string;
  durationMs: number;
  evidence: ExchangeView[];
}

interface ExchangeView extends Exchange {
  requestHeaderList: [string, string][];
  responseHeaderList: [string, string][];
}

function exchangeView(e: Exchange): ExchangeView {
  return { ...e, requestHeaderList: Object.entries(e.requestHeaders), responseHeaderList: Object.entries(e.responseHeaders) };
}

function cellView(result: ResultRecord | undefined): CellView {
  if (!result) return { status: 'none', symbol: '—', word: 'not run', expected: false, message: '', durationMs: 0, evidence: [] };
  return {
    status: result.status,
    symbol: STATUS_SYMBOL[result.status],
    word: result.status,
    expected: Boolean(result.expected),
    message: result.message,
    durationMs: result.durationMs,
    evidence: result.evidence.map(exchangeView),
  };
}

export function matrixView(results: RunResults) {
  const tested = results.registries.filter((r) => r.status === 'tested');
  const byKey = new Map(results.results.map((r) => [`${r.registry}\u0000${r.check}`, r]));
  const suites = SUITES.map((suite) => ({
    suite,
    checks: results.checks
      .filter((c) => c.suite === suite)
      .map((check) => {
        const cells = tested.map((registry) => cellView(byKey.get(`${registry.name}\u0000${check.id}`)));
        return { check, cells, allPass: cells.every((c) => c.status === 'pass' || c.status === 'none') };
      }),
  })).filter((s) => s.checks.length > 0);
  const registries = results.registries.map((registry) => {
    const counts = countStatuses(results.results.filter((r) => r.registry === registry.name).map((r) => r.status));
    return { ...registry, counts: STATUSES.map((s) => ({ status: s, symbol: STATUS_SYMBOL[s], count: counts[s] })) };
  });
  const titles = new Map((results.contents ?? []).map((c) => [c.id, c.title]));
  const interopNames = [...new Set((results.interop ?? []).flatMap((c) => [c.source, c.destination]))];
  const interop = results.interop?.length
    ? {
        names: interopNames,
        rows: interopNames.map((source) => ({
          source,
          cells: interopNames.map((destination) => {
            if (source === destination) return { self: true };
            const copies = results.interop!.filter((c) => c.source === source && c.destination === destination);
            const passed = copies.filter((c) => c.status === 'pass').length;
            const worst = copies.find((c) => c.status === 'error') ?? copies.find((c) => c.status === 'fail');
            const status: Status = worst ? worst.status : passed === copies.length ? 'pass' : 'skip';
            return {
              self: false,
              status,
              symbol: STATUS_SYMBOL[status],
              summary: `${passed}/${copies.length}`,
              copies: copies.map((c) => ({ ...c, title: titles.get(c.content) ?? c.content, symbol: STATUS_SYMBOL[c.status], evidence: c.evidence.map(exchangeView) })),
            };
          }),
        })),
      }
    : undefined;
  const verdicts = (results.verdicts ?? []).map((v) => ({
    ...v,
    full: v.categories.filter((c) => c.support === 'full').map((c) => c.category),
    yes: v.storesAnyContentUnchanged === 'yes',
    no: v.storesAnyContentUnchanged === 'no',
  }));
  return { run: results.run, registries, tested, suites, interop, verdicts, statuses: STATUSES.map((s) => ({ status: s, symbol: STATUS_SYMBOL[s] })) };
}

export function renderHtml(results: RunResults): string {
  return template(matrixView(results));
}

// The top of the HTML report, rearranged from the model for display: what changed since the
// baseline, one overview row per registry, and the results that need a look. It decides
// nothing: statuses, verdicts and changes all come from the results model.
import { copyKey } from '../results/compare.js';
import type { HistoryEntry, InteropRecord, RegistryRecord, RegistryVerdict, ResultRecord, RunResults, Status } from '../results/model.js';
import { STATUS_SEVERITY, STATUSES } from '../results/model.js';
import { countStatuses } from './symbols.js';
import { badge, describeLimits, formatTimestamp, type StatusBadge } from './format.js';
import { copiesCountedAt } from '../results/verdicts.js';

/** Where a result is shown in the matrix, and what it is called: the target of every link up here. */
export interface ResultPlace {
  /** Id of the matrix (or interop) cell that opens the evidence. */
  cellId: string;
  label: string;
  title: string;
  level?: string;
}

/** Cell ids are indexes only (markup-safe): c<check>-r<column> and i<source>-<destination>, as the matrix uses. */
export function resultPlaces(results: RunResults): Map<string, ResultPlace> {
  const places = new Map<string, ResultPlace>();
  const columns = results.registries.filter((r) => r.status === 'tested').map((r) => r.name);
  const checks = new Map(results.checks.map((c, i) => [c.id, { check: c, index: i }]));
  for (const r of results.results) {
    const found = checks.get(r.check);
    const column = columns.indexOf(r.registry);
    if (!found || column < 0) continue;
    places.set(placeKey(r.registry, r.check), { cellId: `c${found.index}-r${column}`, label: r.check, title: found.check.title, level: found.check.level });
  }
  const titles = new Map((results.contents ?? []).map((c) => [c.id, c.title]));
  const names = interopNames(results.interop ?? []);
  for (const copy of results.interop ?? []) {
    const place = {
      cellId: `i${names.indexOf(copy.source)}-${names.indexOf(copy.destination)}`,
      label: `${copy.source} → ${copy.destination}`,
      title: `copy of ${titles.get(copy.content) ?? copy.content}`,
    };
    // Under both ends: a failed copy is listed at the registry that caused it, which may be the source.
    places.set(placeKey(copy.destination, copyKey(copy)), place);
    places.set(placeKey(copy.source, copyKey(copy)), place);
  }
  return places;
}

/** The interop matrix's row and column order (shared with html-view so the cell ids agree). */
export function interopNames(copies: InteropRecord[]): string[] {
  return [...new Set(copies.flatMap((c) => [c.source, c.destination]))];
}

const placeKey = (registry: string, key: string) => `${registry}\u0000${key}`;

/** A registry name with break opportunities only after "-", "." and "_": never broken mid-word. */
export function nameParts(name: string): string[] {
  return name.split(/(?<=[-._])/);
}

const NEEDS_A_LOOK: Status[] = ['error', 'fail', 'warn'];

interface LookItem extends ResultPlace, StatusBadge {
  message: string;
  change?: string;
}

function lookItems(registry: string, results: ResultRecord[], copies: InteropRecord[], places: Map<string, ResultPlace>, changed: Map<string, string>): LookItem[] {
  const items: (LookItem & { rank: number })[] = [];
  const add = (key: string, status: Status, message: string) => {
    const place = places.get(placeKey(registry, key));
    if (!place) return;
    items.push({ ...place, ...badge(status), message, change: changed.get(key), rank: STATUS_SEVERITY[status] });
  };
  for (const r of results) if (NEEDS_A_LOOK.includes(r.status) && !r.expected) add(r.check, r.status, r.message);
  for (const c of copies) if (NEEDS_A_LOOK.includes(c.status)) add(copyKey(c), c.status, c.message);
  // Most severe first; within a status, what changed since the baseline first.
  return items.sort((a, b) => b.rank - a.rank || Number(Boolean(b.change)) - Number(Boolean(a.change))).map(({ rank: _rank, ...item }) => item);
}

function changesView(results: RunResults, places: Map<string, ResultPlace>) {
  const comparison = results.comparison;
  if (!comparison) return undefined;
  const describe = (registry: string, keys: string[]) =>
    keys.map((key) => places.get(placeKey(registry, key)) ?? { cellId: '', label: key, title: 'not in this run' });
  const registries = comparison.registries
    .map((r) => ({
      registry: r.registry,
      nameParts: nameParts(r.registry),
      groups: [
        { kind: 'newly failing', ...badge('fail'), items: describe(r.registry, r.newlyFailing) },
        { kind: 'newly erroring', ...badge('error'), items: describe(r.registry, r.newlyErroring) },
        { kind: 'newly passing', ...badge('pass'), items: describe(r.registry, r.newlyPassing) },
      ].filter((g) => g.items.length > 0),
    }))
    .filter((r) => r.groups.length > 0);
  const compared = new Set(comparison.registries.map((r) => r.registry));
  return {
    baselineRun: comparison.baseline.runId,
    baselineText: formatTimestamp(comparison.baseline.startedAt),
    registries,
    unchanged: comparison.registries.filter((r) => !registries.some((c) => c.registry === r.registry)).map((r) => r.registry),
    notCompared: results.registries.filter((r) => r.status !== 'skipped' && !compared.has(r.name)).map((r) => r.name),
  };
}

function changeSummary(results: RunResults, registry: string) {
  if (!results.comparison) return undefined;
  const changes = results.comparison.registries.find((r) => r.registry === registry);
  if (!changes) return { compared: false };
  const parts = [
    { text: `${changes.newlyFailing.length} newly failing`, count: changes.newlyFailing.length, status: 'fail' },
    { text: `${changes.newlyErroring.length} newly erroring`, count: changes.newlyErroring.length, status: 'error' },
    { text: `${changes.newlyPassing.length} newly passing`, count: changes.newlyPassing.length, status: 'pass' },
  ].filter((p) => p.count > 0);
  return { compared: true, parts };
}

/** One bar per earlier run: segment heights proportional to its counts (the title carries the numbers). */
function historyStrip(history: HistoryEntry[] | undefined, registry: string) {
  if (!history || history.length < 2) return undefined;
  return history.map((entry) => {
    const counts = entry.counts[registry];
    const total = counts ? STATUSES.reduce((n, s) => n + (counts[s] ?? 0), 0) : 0;
    const segments = total ? STATUSES.filter((s) => counts![s]).map((s) => ({ status: s, percent: (((counts![s] ?? 0) / total) * 100).toFixed(1) })) : [];
    const text = total ? STATUSES.filter((s) => counts![s]).map((s) => `${counts![s]} ${s}`).join(', ') : 'not tested';
    return { segments, label: `${entry.runId} (${formatTimestamp(entry.startedAt)}): ${text}` };
  });
}

function overviewRow(
  registry: RegistryRecord,
  index: number,
  results: RunResults,
  own: ResultRecord[],
  copies: InteropRecord[],
  verdict: RegistryVerdict | undefined,
  look: LookItem[],
) {
  const statuses = [...own.map((r) => r.status), ...copies.map((c) => c.status)];
  const counts = countStatuses(statuses);
  const tested = registry.status === 'tested';
  return {
    anchor: `reg-${index}`,
    lookAnchor: `look-${index}`,
    name: registry.name,
    nameParts: nameParts(registry.name),
    url: registry.url,
    limits: describeLimits(registry.knownLimits),
    status: registry.status,
    tested,
    reason: registry.reason,
    answer: verdict && verdict.storesAnyContentUnchanged !== 'not tested' ? verdict.storesAnyContentUnchanged : undefined,
    problemCount: verdict?.problems.length ?? 0,
    categories: (verdict?.categories ?? []).map((c) => ({ ...c, supportClass: c.support.replace(' ', '-'), failingCount: c.failing.length })),
    counts: STATUSES.filter((s) => counts[s] > 0).map((s) => ({ ...badge(s), count: counts[s] })),
    lookCount: look.length,
    expectedCount: own.filter((r) => r.expected && r.status !== 'pass').length,
    change: changeSummary(results, registry.name),
    history: historyStrip(results.history, registry.name),
  };
}

export function buildOverview(results: RunResults) {
  const places = resultPlaces(results);
  const verdicts = new Map((results.verdicts ?? []).map((v) => [v.registry, v]));
  const judged = results.registries.filter((r) => r.status !== 'skipped');
  const changedKeys = (registry: string) => {
    const c = results.comparison?.registries.find((r) => r.registry === registry);
    const map = new Map<string, string>();
    for (const key of c?.newlyFailing ?? []) map.set(key, 'newly failing');
    for (const key of c?.newlyErroring ?? []) map.set(key, 'newly erroring');
    return map;
  };
  const rows = judged.map((registry, index) => {
    const own = results.results.filter((r) => r.registry === registry.name);
    const copies = copiesCountedAt(results.interop ?? [], registry.name);
    const look = lookItems(registry.name, own, copies, places, changedKeys(registry.name));
    return { row: overviewRow(registry, index, results, own, copies, verdicts.get(registry.name), look), look };
  });
  return {
    changes: changesView(results, places),
    overview: rows.map((r) => r.row),
    needsALook: rows
      .filter((r) => r.look.length > 0 || r.row.status === 'error')
      .map((r) => ({ anchor: r.row.lookAnchor, name: r.row.name, status: r.row.status, reason: r.row.reason, items: r.look, expectedCount: r.row.expectedCount, errorBadge: badge('error') })),
    hasHistory: Boolean(results.history && results.history.length >= 2),
  };
}


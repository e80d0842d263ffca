// What results.json keeps of the evidence, so the report stays small as registries grow:
// every non-pass result (check or copy) keeps its exchanges in full; a passing one keeps only
// each exchange's request line and answer (method, URL, status, duration), marked `trimmed`.
// Renderers read the compacted model like any other; nothing about a verdict changes.
import type { Exchange, RunResults } from './model.js';

function requestLine(e: Exchange): Exchange {
  if (e.trimmed) return e;
  return {
    method: e.method,
    url: e.url,
    ...(e.status !== undefined ? { status: e.status } : {}),
    requestHeaders: {},
    responseHeaders: {},
    ...(e.error !== undefined ? { error: e.error } : {}),
    durationMs: e.durationMs,
    trimmed: true,
  };
}

export function compactEvidence(results: RunResults): RunResults {
  const trim = <T extends { status: string; evidence: Exchange[] }>(record: T): T =>
    record.status === 'pass' ? { ...record, evidence: record.evidence.map(requestLine) } : record;
  return {
    ...results,
    results: results.results.map(trim),
    ...(results.interop ? { interop: results.interop.map(trim) } : {}),
  };
}

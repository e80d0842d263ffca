// Per-check evidence: every exchange is kept while the check runs; what is stored in the
// results is bounded so a chatty check cannot bloat results.json.
import type { Exchange } from '../results/model.js';
import type { EvidenceRecorder } from '../http/types.js';

export const MAX_EXCHANGES_KEPT = 24;
/** A passing check keeps only its last few exchanges: enough to show what was verified. */
export const MAX_EXCHANGES_KEPT_ON_PASS = 2;

export interface CollectingRecorder extends EvidenceRecorder {
  exchanges(): Exchange[];
}

export function collectEvidence(): CollectingRecorder {
  const all: Exchange[] = [];
  return { record: (exchange) => void all.push(exchange), exchanges: () => all };
}

/** Keeps the first exchange (the request that started it) and the latest ones (what decided it). */
export function boundedEvidence(exchanges: Exchange[], passed: boolean): Exchange[] {
  const limit = passed ? MAX_EXCHANGES_KEPT_ON_PASS : MAX_EXCHANGES_KEPT;
  if (exchanges.length <= limit) return exchanges;
  return [exchanges[0], ...exchanges.slice(exchanges.length - (limit - 1))];
}

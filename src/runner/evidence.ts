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

/**
 * Memory stays bounded while a check runs, however many requests it makes (retries, pages,
 * polling): the first exchange and the latest ones are kept, the middle is counted.
 */
export function collectEvidence(limit = MAX_EXCHANGES_KEPT): CollectingRecorder {
  let first: Exchange | undefined;
  const latest: Exchange[] = [];
  let dropped = 0;
  return {
    record(exchange) {
      if (!first) {
        first = exchange;
        return;
      }
      latest.push(exchange);
      if (latest.length > limit - 1) {
        latest.shift();
        dropped++;
      }
    },
    exchanges() {
      if (!first) return [];
      if (dropped === 0) return [first, ...latest];
      const [next, ...rest] = latest;
      return [first, { ...next, note: `${dropped} earlier exchange(s) of this check not kept${next.note ? `; ${next.note}` : ''}` }, ...rest];
    },
  };
}

/** Keeps the first exchange (the request that started it) and the latest ones (what decided it). */
export function boundedEvidence(exchanges: Exchange[], passed: boolean): Exchange[] {
  const limit = passed ? MAX_EXCHANGES_KEPT_ON_PASS : MAX_EXCHANGES_KEPT;
  if (exchanges.length <= limit) return exchanges;
  return [exchanges[0], ...exchanges.slice(exchanges.length - (limit - 1))];
}

// What results.json keeps of the evidence, and its layout.
import { describe, expect, it } from 'vitest';
import { compactEvidence } from '../../src/results/compact.js';
import { serializeResults } from '../../src/results/serialize.js';
import { runResultsSchema } from '../../src/results/schema.js';
import { fixtureResults } from '../report/fixture.js';

describe('compactEvidence', () => {
  const fixture = fixtureResults();
  const passing = { ...fixture.results[0]!, evidence: [...fixture.results.find((r) => r.status === 'fail' && r.evidence.length)!.evidence] };
  fixture.results[0] = passing;
  fixture.interop![0]!.evidence = passing.evidence;
  const compacted = compactEvidence(fixture);

  it('keeps only request lines of a passing result, marked trimmed', () => {
    expect(passing.status).toBe('pass');
    const kept = compacted.results[0]!.evidence;
    expect(kept).toHaveLength(passing.evidence.length);
    for (const [i, e] of kept.entries()) {
      const original = passing.evidence[i]!;
      expect(e).toEqual({ method: original.method, url: original.url, status: original.status, requestHeaders: {}, responseHeaders: {}, durationMs: original.durationMs, trimmed: true });
    }
    expect(compacted.interop![0]!.status).toBe('pass');
    expect(compacted.interop![0]!.evidence.every((e) => e.trimmed)).toBe(true);
  });

  it('keeps every exchange of a non-pass result in full, and changes no status or message', () => {
    for (const [i, r] of fixture.results.entries()) {
      const c = compacted.results[i]!;
      expect([c.status, c.message, c.registry, c.check]).toEqual([r.status, r.message, r.registry, r.check]);
      if (r.status !== 'pass') expect(c.evidence).toEqual(r.evidence);
    }
    expect(compacted.interop!.filter((c) => c.status !== 'pass')).toEqual(fixture.interop!.filter((c) => c.status !== 'pass'));
  });

  it('leaves the model it was given untouched', () => {
    expect(passing.evidence[0]!.requestHeaders).not.toEqual({});
  });
});

describe('serializeResults', () => {
  it('writes JSON that reads back as the same model and validates, with one record per line', () => {
    const model = compactEvidence(fixtureResults());
    const text = serializeResults(model);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(model)));
    expect(runResultsSchema.safeParse(JSON.parse(text)).success).toBe(true);
    const lines = text.split('\n');
    expect(lines[1]).toBe('  "schemaVersion": 1,');
    // Each result is one line, starting at the second indentation level.
    expect(lines.filter((l) => l.startsWith('    {"registry":')).length).toBe(model.results.length + (model.verdicts?.length ?? 0));
  });
});

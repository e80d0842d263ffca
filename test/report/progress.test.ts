// The live progress printer on a pipe (CI logs): checks per registry, then the copy phase.
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createProgressPrinter } from '../../src/report/progress.js';
import type { InteropRecord, Status } from '../../src/results/model.js';

function pipe() {
  const chunks: string[] = [];
  const out = new Writable({ write: (chunk, _encoding, done) => void (chunks.push(String(chunk)), done()) });
  return { out, lines: () => chunks.join('').split('\n').filter(Boolean) };
}

const copy = (status: Status): InteropRecord => ({ source: 'a', destination: 'b', content: 'oci-image', status, message: '', durationMs: 1, evidence: [] });

describe('the progress printer', () => {
  it('counts copies done out of the total, with failures, every 25 copies and at the end', () => {
    const { out, lines } = pipe();
    const progress = createProgressPrinter(out);
    progress.onProgress({ kind: 'copies-started', total: 30, pairs: 6, mode: { mode: 'all-pairs' } });
    const records = Array.from({ length: 30 }, (_, i) => copy(i % 10 === 0 ? 'fail' : i === 7 ? 'error' : 'pass'));
    records.forEach((record, i) => progress.onProgress({ kind: 'copy-finished', record, done: i + 1, total: 30 }));
    progress.onProgress({ kind: 'copies-finished', records, durationMs: 5 });
    expect(lines()).toEqual(['copies between registries: 30 (6 pairs)', 'copies 25/30 (4 fail)', 'copies 30/30 (4 fail), done']);
  });

  it('names the hub when copies go to and from one registry', () => {
    const { out, lines } = pipe();
    const progress = createProgressPrinter(out);
    progress.onProgress({ kind: 'copies-started', total: 4, pairs: 4, mode: { mode: 'hub', hub: 'reference' } });
    expect(lines()).toEqual(['copies between registries: 4 (4 pairs, to and from reference)']);
  });

  it('leaves registries that were not tested to the closing summary, so each is listed once', () => {
    const { out, lines } = pipe();
    const progress = createProgressPrinter(out);
    progress.onProgress({ kind: 'registry-finished', registry: 'dockerhub', record: { name: 'dockerhub', url: 'https://registry-1.docker.io', status: 'skipped', reason: '$DOCKERHUB_TOKEN not set' } });
    progress.onProgress({ kind: 'registry-started', registry: 'reference', total: 2 });
    progress.onProgress({ kind: 'result', registry: 'reference', result: { registry: 'reference', check: 'x', status: 'fail', message: '', durationMs: 1, evidence: [] } });
    progress.onProgress({ kind: 'registry-finished', registry: 'reference', record: { name: 'reference', url: 'http://127.0.0.1:1', status: 'tested' } });
    expect(lines()).toEqual(['reference: 2 checks', 'reference: done, 1/2 checks, 1 fail/error']);
  });
});

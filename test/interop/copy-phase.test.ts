// The copy phase: which pairs it covers (all pairs or a hub), how many copies run at once at each
// registry, and what it records — against real reference registries.
import { describe, expect, it } from 'vitest';
import { interopPairs } from '../../src/interop/pairs.js';
import { createPairScheduler } from '../../src/interop/schedule.js';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { runMatrix, type ProgressEvent } from '../../src/matrix.js';
import { ALL_CHECKS } from '../../suites/index.js';
import { configOf } from '../support/matrix.js';

const named = (...names: string[]) => names.map((name) => ({ name }));
const pairNames = (pairs: [{ name: string }, { name: string }][]) => pairs.map(([a, b]) => `${a.name}→${b.name}`);

describe('interop pairs', () => {
  it('all-pairs copies every registry to every other: N×(N−1) ordered pairs', () => {
    expect(pairNames(interopPairs(named('a', 'b', 'c'), { mode: 'all-pairs' }))).toEqual(['a→b', 'a→c', 'b→a', 'b→c', 'c→a', 'c→b']);
  });

  it('hub copies to and from one registry only: 2×(N−1) pairs', () => {
    expect(pairNames(interopPairs(named('a', 'b', 'c', 'd'), { mode: 'hub', hub: 'b' }))).toEqual(['b→a', 'a→b', 'b→c', 'c→b', 'b→d', 'd→b']);
  });

  it('hub mode has no pairs when the hub is not among the tested registries', () => {
    expect(interopPairs(named('a', 'c'), { mode: 'hub', hub: 'b' })).toEqual([]);
  });
});

/** A job the test finishes by hand, so concurrency is observed without any clock. */
function deferred() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the pair scheduler', () => {
  it('runs copies between independent pairs at once, and holds a registry to its own concurrency', async () => {
    const capacity: Record<string, number> = { a: 2, b: 1, c: 2, d: 2 };
    const scheduler = createPairScheduler((name) => capacity[name]);
    const running = new Map<string, number>();
    let worst: Record<string, number> = {};
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof deferred>>();
    const job = (id: string, x: string, y: string) =>
      scheduler.run(x, y, async () => {
        started.push(id);
        for (const r of [x, y]) running.set(r, (running.get(r) ?? 0) + 1);
        worst = Object.fromEntries([...running].map(([r, n]) => [r, Math.max(worst[r] ?? 0, n)]));
        const gate = deferred();
        gates.set(id, gate);
        await gate.done;
        for (const r of [x, y]) running.set(r, running.get(r)! - 1);
        return id;
      });
    const all = [job('ab1', 'a', 'b'), job('ab2', 'a', 'b'), job('cd1', 'c', 'd'), job('cd2', 'c', 'd'), job('ac', 'a', 'c')];
    await settle();
    // b takes one copy at a time; c and d take two: the c–d pair is not held back by a–b.
    expect(started).toEqual(['ab1', 'cd1', 'cd2']);
    gates.get('ab1')!.finish();
    await settle();
    expect(started).toEqual(['ab1', 'cd1', 'cd2', 'ab2']);
    gates.get('cd1')!.finish();
    await settle();
    // a has a free slot (one of two) and c now has one: a→c starts beside a→b.
    expect(started).toEqual(['ab1', 'cd1', 'cd2', 'ab2', 'ac']);
    for (const id of ['ab2', 'cd2', 'ac']) gates.get(id)!.finish();
    expect(await Promise.all(all)).toEqual(['ab1', 'ab2', 'cd1', 'cd2', 'ac']);
    expect(worst).toEqual({ a: 2, b: 1, c: 2, d: 2 });
  });
});

describe('interop in registries.yaml', () => {
  const registries = 'registries:\n  - { name: a, url: "http://127.0.0.1:5000", repository: x/y }\n  - { name: b, url: "http://127.0.0.1:5001", repository: x/y }\n';
  const problemsOf = (text: string) => {
    try {
      parseConfig(text, 'registries.yaml', {});
    } catch (error) {
      if (error instanceof ConfigError) return error.problems.map((p) => `${p.line}: ${p.path}: ${p.message}`);
      throw error;
    }
    return [];
  };

  it('takes a hub by registry name', () => {
    expect(parseConfig(`interop: { mode: hub, hub: b }\n${registries}`, 'f.yaml', {}).interop).toEqual({ mode: 'hub', hub: 'b' });
    expect(parseConfig(registries, 'f.yaml', {}).interop).toBeUndefined();
  });

  it('refuses a hub mode without a hub, or a hub that is not a registry of the file', () => {
    expect(problemsOf(`interop: { mode: hub }\n${registries}`)).toEqual(['1: interop.hub: mode "hub" needs "hub": the name of a registry']);
    expect(problemsOf(`interop: { mode: hub, hub: c }\n${registries}`)).toEqual(['1: interop.hub: the hub must be the name of a registry in this file']);
    expect(problemsOf(`interop: { mode: star }\n${registries}`)[0]).toMatch(/^1: interop\.mode: expected one of "all-pairs", "hub"/);
  });
});

describe('the copy phase against three reference registries', () => {
  // Two small kinds keep the test light; the phase is the same for every kind.
  const checks = ALL_CHECKS.filter((c) => c.id === 'artifacts.oci-image' || c.id === 'artifacts.helm-chart');
  const registries = ['a', 'b', 'c'].map((name) => ({ name, launch: { kind: 'reference' as const }, repository: 'oci-matrix/hub' }));

  it('in hub mode copies to and from the hub only, records the mode, and reports each copy as progress', async () => {
    expect(checks).toHaveLength(2);
    const events: ProgressEvent[] = [];
    const results = await runMatrix({
      config: { ...configOf(registries), interop: { mode: 'hub', hub: 'b' } },
      checks,
      suites: ['interop'],
      onProgress: (event) => events.push(event),
    });
    const copies = results.interop ?? [];
    expect(copies.map((c) => `${c.source}→${c.destination} ${c.content}: ${c.status}`).sort()).toEqual(
      ['b→a', 'a→b', 'b→c', 'c→b'].flatMap((pair) => [`${pair} helm-chart: pass`, `${pair} oci-image: pass`]).sort(),
    );
    expect(results.interopMode).toEqual({ mode: 'hub', hub: 'b' });
    const copyEvents = events.filter((e) => e.kind.startsWith('cop'));
    expect(copyEvents[0]).toMatchObject({ kind: 'copies-started', total: 8, pairs: 4 });
    expect(copyEvents.filter((e) => e.kind === 'copy-finished').map((e) => (e as { done: number }).done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(copyEvents.at(-1)).toMatchObject({ kind: 'copies-finished', records: copies });
  });

  it('in hub mode with a hub that was not tested, skips the copies to and from it with the reason', async () => {
    const results = await runMatrix({
      config: { ...configOf([...registries.slice(0, 2), { name: 'gone', url: 'http://127.0.0.1:1', repository: 'x/y' }]), interop: { mode: 'hub', hub: 'gone' } },
      checks,
      suites: ['interop'],
    });
    const copies = results.interop ?? [];
    expect(copies).toHaveLength(2 * 2 * 2);
    expect(new Set(copies.map((c) => c.status))).toEqual(new Set(['skip']));
    expect(copies[0].message).toMatch(/hub gone was not tested/);
  });
});

describe('copies into a registry that answers 429', () => {
  it('wait as told and send the blob again, read anew from the source (a stream is read once)', async () => {
    // Every 5th request of each method answers 429 with Retry-After at the destination (the
    // rate-limited allowed deviation, counted per method, so the copies' dozen PUTs meet it).
    // A blob PUT streamed from the source once ended the copy in error: "the request body is a
    // stream that cannot be sent again".
    const checks = ALL_CHECKS.filter((c) => c.id === 'artifacts.oci-image' || c.id === 'artifacts.helm-chart' || c.id === 'artifacts.wasm-module');
    const results = await runMatrix({
      config: configOf([
        { name: 'source', launch: { kind: 'reference' }, repository: 'oci-matrix/copy' },
        { name: 'limited', launch: { kind: 'reference', deviations: ['rate-limited'] }, repository: 'oci-matrix/copy' },
      ]),
      checks,
      suites: ['interop'],
    });
    const intoLimited = (results.interop ?? []).filter((c) => c.destination === 'limited');
    expect(intoLimited.map((c) => `${c.content}: ${c.status} ${c.status === 'pass' ? '' : c.message}`.trim())).toEqual(['oci-image: pass', 'helm-chart: pass', 'wasm-module: pass']);
  }, 120_000);
});

describe('a run of several registries', () => {
  it('prints no listener-leak warning: every check in flight listens to the run signal, registries × concurrency of them', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    try {
      const registries = ['a', 'b', 'c'].map((name) => ({ name, launch: { kind: 'reference' as const }, repository: 'oci-matrix/listeners' }));
      const results = await runMatrix({ config: configOf(registries), checks: ALL_CHECKS, suites: ['discovery'] });
      expect(results.results.length).toBeGreaterThan(3 * 4);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
  });
});

// One row of `npm run bench:hardening`, in a fresh process so its peak RSS is its own: a hostile
// registry (or an allowed deviation of the reference registry) beside a healthy reference
// registry, the pull suite on both. Prints one JSON line.
import { readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReferenceRegistry } from '../src/reference/index.js';
import type { RegistryConfig } from '../src/config/schema.js';
import { runTestMatrix, verdictsOf } from '../test/support/matrix.js';
import { startHostile, type HostileBehaviour } from '../test/support/hostile.js';
import { makeTestCerts } from '../test/support/certs.js';

const behaviour = process.argv[2];
const healthy: RegistryConfig = { name: 'healthy', launch: { kind: 'reference' }, repository: 'bench/healthy' };

async function main() {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'oci-matrix-bench-hardening-'));
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(dir, { recursive: true, force: true })];
  let subject: RegistryConfig;
  if (behaviour === 'blob-redirect' || behaviour === 'rate-limited') {
    subject = { name: 'subject', launch: { kind: 'reference', deviations: [behaviour] }, repository: 'bench/subject' };
  } else {
    const upstream = await startReferenceRegistry({});
    const certs = makeTestCerts();
    writeFileSync(join(dir, 'ca.pem'), certs.ca);
    const server = await startHostile(behaviour as HostileBehaviour, upstream.url, certs);
    cleanups.push(() => server.close(), () => upstream.close(), () => certs.dispose());
    const dripped = behaviour === 'dripped-body';
    subject = { name: 'subject', url: server.url, repository: 'bench/subject', tls: { ca: join(dir, 'ca.pem') }, timeoutSeconds: dripped ? 1 : 30, ...(dripped ? { runTimeoutMinutes: 0.1 } : {}) };
  }
  const results = await runTestMatrix([subject, healthy], { specVersion: 'main', suites: ['pull'] });
  const finishedMs = performance.now() - started;
  for (const cleanup of cleanups.reverse()) await cleanup();
  const record = results.registries.find((r) => r.name === 'subject')!;
  const mine = results.results.filter((r) => r.registry === 'subject');
  const counts: Record<string, number> = {};
  for (const r of mine) counts[r.status] = (counts[r.status] ?? 0) + 1;
  const telling = mine.find((r) => r.status === 'error') ?? mine.find((r) => r.status === 'fail') ?? mine.find((r) => r.status === 'warn');
  const healthyOk = Object.values(verdictsOf(results, 'healthy')).every((s) => s === 'pass');
  const status = await readFile('/proc/self/status', 'utf8');
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  const result =
    record.status !== 'tested'
      ? `registry ${record.status}: ${record.reason}`
      : `${Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(', ')}${telling ? ` — ${telling.check}: ${telling.message}` : ''}`;
  console.log(JSON.stringify({ behaviour, result, healthy: healthyOk ? 'all pass' : 'CHANGED', ms: Math.round(finishedMs), peakRss: hwm }));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.log(JSON.stringify({ behaviour, result: `bench error: ${(error as Error).message}`, ms: 0, peakRss: 0 }));
    process.exit(1);
  },
);

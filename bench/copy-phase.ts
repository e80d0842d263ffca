// The copy phase between N local registries (CNCF Distribution, each behind a loopback proxy that
// adds a delay to every request), measured in process from the orchestrator's progress events:
// from 'copies-started' to 'copies-finished'. The checks before it (the artifacts suite, which
// stores what is copied) are not part of the figure.
import { parseConfig } from '../src/config/load.js';
import { startDistribution, type RunningDistribution } from '../src/targets/distribution.js';
import type { ProgressEvent } from '../src/matrix.js';
import { startLatencyProxy, type LatencyProxy } from './latency-proxy.js';

const MiB = 1024 * 1024;

export async function benchCopyPhase(counts: number[], options: { delayMs: number; mode?: string }): Promise<void> {
  // The artifact catalogue reads the large layer's size from the environment when it loads.
  process.env.OCI_MATRIX_LARGE_LAYER_BYTES ??= String(16 * MiB);
  const { ALL_CHECKS } = await import('../suites/index.js');
  const { runMatrix } = await import('../src/matrix.js');
  for (const count of counts) {
    const registries: RunningDistribution[] = [];
    const proxies: LatencyProxy[] = [];
    try {
      for (let i = 0; i < count; i++) {
        const registry = await startDistribution();
        registries.push(registry);
        proxies.push(await startLatencyProxy(registry.url, options.delayMs));
      }
      const yaml = [
        ...(options.mode ? [`interop: { mode: ${options.mode}${options.mode === 'hub' ? ', hub: r0' : ''} }`] : []),
        'registries:',
        ...proxies.map((p, i) => `  - { name: r${i}, url: "${p.url}", repository: oci-matrix/bench }`),
      ].join('\n');
      const config = parseConfig(yaml, 'bench.yaml');
      let started = 0;
      let copyMs = 0;
      let copies = 0;
      const statuses = new Map<string, number>();
      const runStarted = performance.now();
      await runMatrix({
        config,
        checks: ALL_CHECKS,
        suites: ['interop'],
        onProgress: (event: ProgressEvent) => {
          if (event.kind === 'copies-started') started = performance.now();
          if (event.kind === 'copies-finished') {
            copyMs = performance.now() - started;
            copies = event.records.length;
            for (const r of event.records) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          }
        },
      });
      const totalS = (performance.now() - runStarted) / 1000;
      const counted = [...statuses].map(([s, n]) => `${n} ${s}`).join(', ');
      console.log(
        `copy phase, ${count} registries${options.mode ? ` (${options.mode})` : ''}, +${options.delayMs} ms per request: ` +
          `${(copyMs / 1000).toFixed(1)} s for ${copies} copies (${counted}); whole run ${totalS.toFixed(1)} s`,
      );
    } finally {
      await Promise.all(proxies.map((p) => p.close()));
      await Promise.all(registries.map((r) => r.close()));
    }
  }
}

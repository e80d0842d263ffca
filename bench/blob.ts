// Benchmark (printed figures, never asserted): a 1 GiB blob pushed to and pulled from the
// reference registry running as its own process with disk storage, with the server's resident
// memory sampled throughout; and the wall time of a full matrix run against it.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from '../src/http/transport.js';
import { createRegistryClient } from '../src/registry/client.js';
import { pushStreamedBlob } from '../src/registry/push.js';
import { digestStream } from '../src/oci/digest.js';
import { freePort } from '../src/targets/free-port.js';
import { artifactCatalogue } from '../src/oci/artifacts.js';

const MiB = 1024 * 1024;
const size = Number(process.env.OCI_MATRIX_BENCH_BYTES ?? 1024 * MiB);

async function rssOf(pid: number): Promise<{ rss: number; hwm: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'oci-matrix-bench-'));
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', String(port), '--storage', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  let peak = 0;
  const sampler = setInterval(() => void rssOf(server.pid!).then((m) => (peak = Math.max(peak, m.rss))).catch(() => undefined), 50);
  try {
    const idle = await rssOf(server.pid!);
    // The catalogue's large layer: seeded bytes produced as a stream, digest computed by streaming.
    const kind = artifactCatalogue({ largeLayerBytes: size }).find((k) => k.id === 'large-layer')!;
    const digestStart = performance.now();
    const [blob] = kind.build().streamed;
    const digestMs = performance.now() - digestStart;
    const transport = createTransport({ credentials: { kind: 'none' }, timeoutMs: 600_000 });
    const client = createRegistryClient({ transport, baseUrl });
    const pushStart = performance.now();
    const pushed = await pushStreamedBlob(client, 'bench/large', blob);
    const pushMs = performance.now() - pushStart;
    if (!pushed.ok) throw new Error(pushed.message);
    const pullStart = performance.now();
    const response = await client.streamBlob('bench/large', blob.digest);
    const pulled = await digestStream(response.body);
    const pullMs = performance.now() - pullStart;
    await transport.close();
    const after = await rssOf(server.pid!);
    const mb = (n: number) => `${(n / MiB).toFixed(0)} MiB`;
    const rate = (ms: number) => `${(size / MiB / (ms / 1000)).toFixed(0)} MiB/s`;
    console.log(`blob: ${mb(size)} (${blob.digest.slice(0, 19)}…), digest precomputed in ${(digestMs / 1000).toFixed(1)} s`);
    console.log(`push (streamed POST+PUT): ${(pushMs / 1000).toFixed(1)} s, ${rate(pushMs)}`);
    console.log(`pull (streamed GET, hashed on the fly): ${(pullMs / 1000).toFixed(1)} s, ${rate(pullMs)}; digest ${pulled.digest === blob.digest && pulled.size === size ? 'matches' : 'MISMATCH'}`);
    console.log(`reference registry resident memory: idle ${mb(idle.rss)}, peak sampled ${mb(peak)}, kernel high-water mark ${mb(after.hwm)} — ${((after.hwm / size) * 100).toFixed(1)}% of the blob size`);
    console.log(`client (this process) high-water mark: ${mb((await rssOf(process.pid)).hwm)}`);
  } finally {
    clearInterval(sampler);
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await rm(dir, { recursive: true, force: true });
  }

  // Wall time of a full matrix run against the embedded reference registry.
  const started = performance.now();
  const run = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', '--config', 'bench/reference-only.yaml', '--out', join(tmpdir(), 'oci-matrix-bench-report')], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, OCI_MATRIX_LARGE_LAYER_BYTES: String(64 * MiB) } });
  const code = await new Promise((resolve) => run.once('exit', resolve));
  console.log(`full matrix against the reference registry (64 MiB large layer): ${((performance.now() - started) / 1000).toFixed(1)} s, exit ${code}`);
}

await main();

// A one-registry run (pull, push, discovery, management, referrers) of the installed entry point
// (bin/oci-matrix.js) against a local CNCF Distribution, started once for all runs: wall time,
// CPU time (user + system of the oci-matrix process only) and its peak resident memory, median
// of RUNS. CPU is the steady figure on a shared machine; wall time moves with the load.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDistribution } from '../src/targets/distribution.js';
import { median, spread } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The checkout whose bin/oci-matrix.js is measured (default this one): to compare with another commit. */
const MEASURED = process.env.OCI_MATRIX_BENCH_CHECKOUT ?? ROOT;
const SUITES = ['pull', 'push', 'discovery', 'management', 'referrers'];

export interface RunFigures {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  exitCode: number | null;
}

export async function benchOneRegistry(runs = Number(process.env.OCI_MATRIX_BENCH_RUNS ?? 5)): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-matrix-bench-one-'));
  const distribution = await startDistribution();
  try {
    const config = join(dir, 'registries.yaml');
    await writeFile(config, `registries:\n  - name: distribution\n    url: ${distribution.url}\n    repository: oci-matrix/bench\n`);
    const figures: RunFigures[] = [];
    for (let i = 0; i < runs; i++) {
      const args = ['run', '--config', config, '--out', join(dir, `out-${i}`), ...SUITES.flatMap((s) => ['--suite', s])];
      const run = await measureProcess(['bin/oci-matrix.js', ...args], join(dir, `rusage-${i}.json`));
      figures.push(run);
      console.log(`  run ${i + 1}: ${run.wallSeconds.toFixed(2)} s wall, ${run.cpuSeconds.toFixed(2)} s CPU, ${run.peakRssMiB.toFixed(0)} MiB peak, exit ${run.exitCode}`);
    }
    const wall = figures.map((f) => f.wallSeconds);
    const cpu = figures.map((f) => f.cpuSeconds);
    const rss = figures.map((f) => f.peakRssMiB);
    console.log(
      `one-registry run (${SUITES.join('+')}) against Distribution, median of ${runs}: ` +
        `${median(wall).toFixed(2)} s wall (${spread(wall)}), ${median(cpu).toFixed(2)} s CPU (${spread(cpu)}), ` +
        `${median(rss).toFixed(0)} MiB peak RSS (${spread(rss, 0)})`,
    );
  } finally {
    await distribution.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs `node <args>` with the rusage hook preloaded; the hook reports the process's own usage at exit. */
export async function measureProcess(args: string[], rusageFile: string, env: NodeJS.ProcessEnv = {}): Promise<RunFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', join(ROOT, 'bench/rusage-hook.mjs'), ...args], {
    cwd: MEASURED,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env, OCI_MATRIX_BENCH_RUSAGE: rusageFile },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  let usage: { userMicros: number; systemMicros: number; maxRssKiB: number };
  try {
    usage = JSON.parse(await readFile(rusageFile, 'utf8'));
  } catch {
    throw new Error(`the measured process left no usage figures (exit ${exitCode}): ${stderr.slice(-2000)}`);
  }
  return { wallSeconds, cpuSeconds: (usage.userMicros + usage.systemMicros) / 1e6, peakRssMiB: usage.maxRssKiB / 1024, exitCode };
}

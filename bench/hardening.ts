// `npm run bench:hardening`: each hostile behaviour (and the two allowed deviations that model
// hosted registries) in a fresh process beside a healthy reference registry; prints
// behaviour → result → time to finish → peak RSS. Figures are printed, never asserted.
import { spawn } from 'node:child_process';
import { HOSTILE_BEHAVIOURS } from '../test/support/hostile.js';

const ROWS = [...HOSTILE_BEHAVIOURS, 'blob-redirect', 'rate-limited'];

function runRow(behaviour: string): Promise<{ behaviour: string; result: string; healthy?: string; ms: number; peakRss: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/hardening-one.ts', behaviour], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', () => {
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line));
      } catch {
        resolve({ behaviour, result: `no result (${line.slice(0, 200)})`, ms: 0, peakRss: 0 });
      }
    });
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
console.log('| behaviour | result (subject registry, pull suite, spec main) | healthy neighbour | time to finish | peak RSS |');
console.log('| --- | --- | --- | --- | --- |');
for (const behaviour of ROWS) {
  const row = await runRow(behaviour);
  const result = row.result.length > 220 ? `${row.result.slice(0, 220)}…` : row.result;
  console.log(`| ${behaviour} | ${cell(result)} | ${row.healthy ?? '?'} | ${(row.ms / 1000).toFixed(1)} s | ${Math.round(row.peakRss / 1024 / 1024)} MiB |`);
}

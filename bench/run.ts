// Benchmarks (printed figures, never asserted). `npm run bench` runs them all; name some to run
// only those: `npm run bench -- one-registry copy`.
//   one-registry  wall, CPU and peak RSS of a one-registry run against a local Distribution (median of 5)
//   copy          the copy phase between 2, 4 and 8 local Distributions with 20 ms added per request
//   blob          a 1 GiB blob through the reference registry, its resident memory; a full matrix run
const wanted = process.argv.slice(2);
const want = (name: string) => wanted.length === 0 || wanted.includes(name);

if (want('one-registry')) {
  const { benchOneRegistry } = await import('./one-registry.js');
  await benchOneRegistry();
}
if (want('copy')) {
  const { benchCopyPhase } = await import('./copy-phase.js');
  const counts = (process.env.OCI_MATRIX_BENCH_REGISTRIES ?? '2,4,8').split(',').map(Number);
  const delayMs = Number(process.env.OCI_MATRIX_BENCH_DELAY_MS ?? 20);
  await benchCopyPhase(counts, { delayMs });
  if (process.env.OCI_MATRIX_BENCH_HUB !== '0') await benchCopyPhase(counts.filter((n) => n > 2), { delayMs, mode: 'hub' });
}
if (want('blob')) await import('./blob.js');

// Report size at scale (printed, never asserted): re-writes the reports of a results.json
// (e.g. from `oci-matrix run --config bench/ten-registries.yaml --out reports/ten`) and prints
// the size of each output beside the size of the file it was given.
// Usage: npx tsx bench/report-size.ts reports/ten/results.json
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReports } from '../src/report/write.js';
import type { RunResults } from '../src/results/model.js';

const input = process.argv[2];
if (!input) {
  console.error('usage: npx tsx bench/report-size.ts RESULTS.json');
  process.exit(2);
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const text = await readFile(input, 'utf8');
const model = JSON.parse(text) as RunResults;
const dir = await mkdtemp(join(tmpdir(), 'oci-matrix-size-'));
try {
  const files = await writeReports(model, dir);
  const tested = model.registries.filter((r) => r.status === 'tested').length;
  console.log(`${input}: ${mb(Buffer.byteLength(text))}, ${tested} registries tested, ${model.results.length} results, ${model.interop?.length ?? 0} copies`);
  for (const file of files.filter((f) => !f.includes('/badges/'))) console.log(`  ${file.slice(dir.length + 1)}: ${mb((await stat(file)).size)}`);
  console.log(`  badges/: ${files.filter((f) => f.includes('/badges/')).length} files`);
} finally {
  await rm(dir, { recursive: true, force: true });
}

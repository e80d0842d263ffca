// Preloaded (--import) into a measured process: at exit it writes the process's own CPU time
// (user + system) and peak resident memory (getrusage maxrss) to OCI_MATRIX_BENCH_RUSAGE.
// Plain JavaScript so that it adds nothing to what it measures.
import { writeFileSync } from 'node:fs';

const file = process.env.OCI_MATRIX_BENCH_RUSAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ userMicros: usage.userCPUTime, systemMicros: usage.systemCPUTime, maxRssKiB: usage.maxRSS }));
  });
}

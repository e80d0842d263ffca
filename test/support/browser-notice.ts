// Vitest global setup: when Chromium is missing the browser tests skip themselves; say so once,
// plainly, instead of leaving it to a count of skipped tests.
import { existsSync } from 'node:fs';

// The path the browser tests launch (test/report/html.test.ts).
const CHROMIUM = '/usr/bin/chromium';

export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`Browser tests skipped: Chromium not found at ${CHROMIUM} (Debian: apt-get install chromium)\n`);
  }
}

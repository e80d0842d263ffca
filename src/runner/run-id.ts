import { randomBytes } from 'node:crypto';

/** A run id that sorts by time and is unique enough for two runs started in the same second. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-').toLowerCase();
  return `r${stamp}-${randomBytes(3).toString('hex')}`;
}

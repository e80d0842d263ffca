// Deterministic pseudo-random bytes from a string seed, identical forever on every machine:
// SHA-256 in counter mode — block i is sha256(seed || ":" || i) — cut to the requested size.
// Fast enough (hundreds of MB/s) and defined by nothing but SHA-256.
import * as crypto from 'node:crypto';

const BLOCK = 32;

// The one-shot crypto.hash (Node 20.12+) is about three times faster than a Hash object per
// block, which matters here: a 4 MiB manifest is 131,072 blocks. Same bytes either way.
const sha256: (data: string) => Buffer =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'buffer')
    : (data) => crypto.createHash('sha256').update(data).digest();

function fill(seed: string, start: number, target: Uint8Array): void {
  // `start` is always a multiple of BLOCK: chunk sizes are rounded so blocks never straddle.
  for (let offset = 0, block = start / BLOCK; offset < target.byteLength; offset += BLOCK, block++) {
    const digest = sha256(`${seed}:${block}`);
    target.set(digest.subarray(0, Math.min(BLOCK, target.byteLength - offset)), offset);
  }
}

export function seededBytes(seed: string, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(seed, 0, bytes);
  return bytes;
}

/** The same bytes as seededBytes(seed, size), produced chunk by chunk (memory stays flat). */
export async function* seededChunks(seed: string, size: number, chunkSize = 1024 * 1024): AsyncIterable<Uint8Array> {
  const step = Math.max(BLOCK, Math.floor(chunkSize / BLOCK) * BLOCK);
  for (let start = 0; start < size; start += step) {
    const chunk = new Uint8Array(Math.min(step, size - start));
    fill(seed, start, chunk);
    yield chunk;
  }
}

// Deterministic pseudo-random bytes from a string seed, identical forever on every machine:
// SHA-256 in counter mode — block i is sha256(seed || ":" || i) — cut to the requested size.
// Fast enough (hundreds of MB/s) and defined by nothing but SHA-256.
import { createHash } from 'node:crypto';

const BLOCK = 32;

function fill(seed: string, start: number, target: Uint8Array): void {
  // `start` is always a multiple of BLOCK: chunk sizes are rounded so blocks never straddle.
  for (let offset = 0, block = start / BLOCK; offset < target.byteLength; offset += BLOCK, block++) {
    const digest = createHash('sha256').update(`${seed}:${block}`).digest();
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

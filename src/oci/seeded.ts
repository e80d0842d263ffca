// Deterministic pseudo-random bytes from a string seed, identical forever on every machine:
// the AES-256-CTR keystream under the key sha256(seed), counter block i holding i as a 128-bit
// big-endian number. Defined by nothing but two standard primitives, about a gigabyte a second
// here (ten times SHA-256 per 32-byte block, which this replaced: a one-registry run builds
// some 10 MB of it), and any aligned stretch can be made on its own, so streams stay flat.
import { createCipheriv, createHash } from 'node:crypto';

const BLOCK = 16;

function counterBlock(index: number): Buffer {
  const iv = Buffer.alloc(BLOCK);
  iv.writeBigUInt64BE(BigInt(index), 8);
  return iv;
}

function fill(seed: string, start: number, target: Uint8Array): void {
  // `start` is always a multiple of BLOCK: chunk sizes are rounded so blocks never straddle.
  const key = createHash('sha256').update(seed).digest();
  const cipher = createCipheriv('aes-256-ctr', key, counterBlock(start / BLOCK));
  // The keystream is the encryption of zeros (a fresh Uint8Array is zeroed).
  target.set(cipher.update(target));
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

// Content digests (image-spec "Digests"): sha256 and sha512, one-shot and streaming.
import { createHash } from 'node:crypto';

export type DigestAlgorithm = 'sha256' | 'sha512';

const ENCODED_LENGTH: Record<DigestAlgorithm, number> = { sha256: 64, sha512: 128 };

export function digestOf(bytes: Uint8Array, algorithm: DigestAlgorithm = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

export interface Digester {
  update(chunk: Uint8Array): void;
  digest(): string;
  bytes(): number;
}

export function createDigester(algorithm: DigestAlgorithm = 'sha256'): Digester {
  const hash = createHash(algorithm);
  let size = 0;
  return {
    update(chunk) {
      hash.update(chunk);
      size += chunk.byteLength;
    },
    digest: () => `${algorithm}:${hash.digest('hex')}`,
    bytes: () => size,
  };
}

/** Hashes a stream as it flows; memory does not grow with its length. */
export async function digestStream(stream: AsyncIterable<Uint8Array>, algorithm: DigestAlgorithm = 'sha256'): Promise<{ digest: string; size: number }> {
  const digester = createDigester(algorithm);
  for await (const chunk of stream) digester.update(chunk);
  return { digest: digester.digest(), size: digester.bytes() };
}

/** Parses `algorithm:encoded` per the image-spec grammar; registered algorithms are checked strictly. */
export function parseDigest(value: string): { algorithm: string; encoded: string } | undefined {
  const match = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(value);
  if (!match) return undefined;
  const [, algorithm, encoded] = match;
  const length = ENCODED_LENGTH[algorithm as DigestAlgorithm];
  if (length !== undefined && !new RegExp(`^[a-f0-9]{${length}}$`).test(encoded)) return undefined;
  return { algorithm, encoded };
}

export function isDigest(value: string): boolean {
  return parseDigest(value) !== undefined;
}

export function algorithmOf(digest: string): DigestAlgorithm {
  return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
}

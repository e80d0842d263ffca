// Content-addressed blob storage for the reference registry, in memory or in a directory.
// Uploads are hashed (sha256 and sha512 at once: the algorithm is known only when the upload
// completes) while they stream in; on disk they go to a temporary file renamed into place, so a
// blob is never held whole in memory.
import { createHash, randomUUID, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface UploadSession {
  readonly id: string;
  /** Bytes received so far. */
  size(): number;
  /** Appends a chunk stream; resolves with the new size. */
  append(body: AsyncIterable<Uint8Array>): Promise<number>;
  /** The digest of everything received, under the given algorithm. */
  digest(algorithm: 'sha256' | 'sha512'): string;
  /** Stores the content under `digest` (the caller has checked it). */
  commit(digest: string): Promise<void>;
  abort(): Promise<void>;
}

export interface BlobStore {
  has(digest: string): boolean;
  size(digest: string): number | undefined;
  /** Bytes `start..end` inclusive (the whole blob by default). */
  read(digest: string, range?: { start: number; end: number }): Readable;
  /** Reads a small blob (a manifest) whole. */
  readAll(digest: string): Promise<Uint8Array>;
  startUpload(): Promise<UploadSession>;
  remove(digest: string): Promise<void>;
}

function hashers() {
  const sha256 = createHash('sha256');
  const sha512 = createHash('sha512');
  let finished: { sha256: string; sha512: string } | undefined;
  return {
    update(chunk: Uint8Array) {
      sha256.update(chunk);
      sha512.update(chunk);
    },
    digest(algorithm: 'sha256' | 'sha512'): string {
      // Hash objects finish once; a copy keeps the session appendable after a status query.
      const take = (h: Hash) => h.copy().digest('hex');
      finished = { sha256: take(sha256), sha512: take(sha512) };
      return `${algorithm}:${finished[algorithm]}`;
    },
  };
}

export function createMemoryBlobStore(): BlobStore {
  const blobs = new Map<string, Buffer>();
  return {
    has: (digest) => blobs.has(digest),
    size: (digest) => blobs.get(digest)?.byteLength,
    read(digest, range) {
      const blob = blobs.get(digest)!;
      return Readable.from([range ? blob.subarray(range.start, range.end + 1) : blob]);
    },
    readAll: async (digest) => blobs.get(digest)!,
    async startUpload() {
      const chunks: Buffer[] = [];
      const hash = hashers();
      let size = 0;
      return {
        id: randomUUID(),
        size: () => size,
        async append(body) {
          for await (const chunk of body) {
            const buffer = Buffer.from(chunk);
            chunks.push(buffer);
            hash.update(buffer);
            size += buffer.byteLength;
          }
          return size;
        },
        digest: (algorithm) => hash.digest(algorithm),
        async commit(digest) {
          if (!blobs.has(digest)) blobs.set(digest, Buffer.concat(chunks));
        },
        async abort() {
          chunks.length = 0;
        },
      };
    },
    async remove(digest) {
      blobs.delete(digest);
    },
  };
}

export async function createDiskBlobStore(root: string): Promise<BlobStore> {
  await mkdir(join(root, 'blobs'), { recursive: true });
  await mkdir(join(root, 'uploads'), { recursive: true });
  const sizes = new Map<string, number>();
  const pathOf = (digest: string) => join(root, 'blobs', digest.replace(':', '-'));
  return {
    has: (digest) => sizes.has(digest),
    size: (digest) => sizes.get(digest),
    read: (digest, range) => createReadStream(pathOf(digest), range ? { start: range.start, end: range.end } : {}),
    async readAll(digest) {
      const chunks: Buffer[] = [];
      for await (const chunk of createReadStream(pathOf(digest))) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    async startUpload() {
      const id = randomUUID();
      const path = join(root, 'uploads', id);
      const hash = hashers();
      let size = 0;
      let file: WriteStream | undefined = createWriteStream(path);
      return {
        id,
        size: () => size,
        async append(body) {
          const counter = async function* (source: AsyncIterable<Uint8Array>) {
            for await (const chunk of source) {
              hash.update(chunk);
              size += chunk.byteLength;
              yield chunk;
            }
          };
          // Write without ending the file: more chunks may follow in later requests.
          await pipeline(body, counter, file!, { end: false });
          return size;
        },
        digest: (algorithm) => hash.digest(algorithm),
        async commit(digest) {
          await new Promise<void>((resolve, reject) => file!.end((error?: Error | null) => (error ? reject(error) : resolve())));
          file = undefined;
          if (sizes.has(digest)) await rm(path, { force: true });
          else {
            await rename(path, pathOf(digest));
            sizes.set(digest, (await stat(pathOf(digest))).size);
          }
        },
        async abort() {
          file?.destroy();
          await rm(path, { force: true });
        },
      };
    },
    async remove(digest) {
      sizes.delete(digest);
      await rm(pathOf(digest), { force: true });
    },
  };
}

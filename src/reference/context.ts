// What every handler of the reference registry gets, and the request helpers they share.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlobStore, UploadSession } from './blob-store.js';
import type { Repositories, StoredManifest } from './repositories.js';
import type { Responder } from './respond.js';
import type { DeviationName } from './deviations.js';
import type { ObjectStorage } from './object-storage.js';
import { parseDigest } from '../oci/digest.js';

export interface ReferenceSettings {
  maxManifestBytes: number;
  referrersPageSize: number;
  chunkMinLength?: number;
}

export interface Upload {
  repo: string;
  session: UploadSession;
  /** digest-algorithm requested at POST (main branch). */
  algorithm: 'sha256' | 'sha512';
}

export interface HandlerContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  repoName: string;
  /** Tag, digest or upload id, depending on the route. */
  reference: string;
  isHead: boolean;
  reply: Responder;
  has(deviation: DeviationName): boolean;
  repos: Repositories;
  blobs: BlobStore;
  uploads: Map<string, Upload>;
  /** Deleted referrers a deviation keeps listing. */
  ghosts: Map<string, StoredManifest>;
  options: ReferenceSettings;
  /** Object storage blob GETs redirect to (the `blob-redirect` allowed deviation). */
  storage?: ObjectStorage;
}

export type Handler = (ctx: HandlerContext) => Promise<void>;

export function isDigestReference(reference: string): boolean {
  return reference.includes(':');
}

/** A digest of a registered algorithm in canonical form (sha256 or sha512, lower-case hex). */
export function parseDigestStrict(value: string): boolean {
  const parsed = parseDigest(value);
  return parsed !== undefined && (parsed.algorithm === 'sha256' || parsed.algorithm === 'sha512');
}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      // Keep reading to the end so the client gets an answer, but stop storing.
      continue;
    }
    chunks.push(chunk as Buffer);
  }
  return size > limit ? Buffer.alloc(limit + 1) : Buffer.concat(chunks);
}

/**
 * For refusals that come before the body is used: the body is dropped, and the connection is not
 * offered for reuse (a client reusing it could meet the server closing it: ECONNRESET).
 */
export function refuseBody(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('connection', 'close');
  req.resume();
}

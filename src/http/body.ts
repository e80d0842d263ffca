// Reading an answer's body with a byte count, so a failure can say how far it got: "the
// registry sent 12 bytes of a 40-byte body, then closed the connection".
import type { Readable } from 'node:stream';
import { TransportError, explainNetworkError, formatBytes } from './errors.js';

export interface BodyProgress {
  /** The status line and headers have arrived. */
  headers?: boolean;
  /** Bytes of the body received so far. */
  received: number;
  /** Content-Length, when the answer announced one. */
  announced?: number;
}

export function announcedLength(headers: Record<string, string>): number | undefined {
  const value = headers['content-length'];
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** Turns an error while the body flowed into what happened, with how much had arrived. */
export function explainBodyError(error: unknown, progress: BodyProgress, host: string): TransportError {
  if (error instanceof TransportError && error.failure !== 'reset') return error;
  const explained = explainNetworkError(error, host);
  if (explained.failure !== 'reset' && explained.failure !== 'network') return explained;
  const { received, announced } = progress;
  if (announced !== undefined && received < announced) {
    return new TransportError('short-body', `the registry sent ${received} bytes of a ${announced}-byte body, then closed the connection`);
  }
  const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  if (code === 'ECONNRESET') return new TransportError('reset', `the connection was reset after ${received} bytes of the body`);
  if (explained.failure === 'reset') {
    return new TransportError('short-body', `the registry closed the connection after ${received} bytes, before the body was complete`);
  }
  return explained;
}

export type BodyLimit = { bytes: number; words: string; over: 'fail' | 'truncate' };

/**
 * Reads a body whole up to `limit`. Over the limit it either fails with a message naming the
 * limit, or keeps the first bytes and stops reading (error answers, judged by status and code).
 */
export async function readLimited(body: Readable, limit: BodyLimit, progress: BodyProgress, host: string): Promise<{ bytes: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of body) {
      const buffer = chunk as Buffer;
      const room = limit.bytes - progress.received;
      progress.received += buffer.length;
      if (buffer.length > room) {
        body.destroy();
        if (limit.over === 'truncate') {
          chunks.push(buffer.subarray(0, Math.max(0, room)));
          return { bytes: Buffer.concat(chunks), truncated: true };
        }
        throw new TransportError('body-too-large', `the response body exceeds ${formatBytes(limit.bytes)}, more than ${limit.words} should be: stopped reading`);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    throw explainBodyError(error, progress, host);
  }
  return { bytes: Buffer.concat(chunks), truncated: false };
}

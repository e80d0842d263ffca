// Small response writers shared by the reference registry's handlers.
import type { ServerResponse } from 'node:http';

export type ErrorCode =
  | 'BLOB_UNKNOWN' | 'BLOB_UPLOAD_INVALID' | 'BLOB_UPLOAD_UNKNOWN' | 'DIGEST_INVALID' | 'MANIFEST_BLOB_UNKNOWN'
  | 'MANIFEST_INVALID' | 'MANIFEST_UNKNOWN' | 'NAME_INVALID' | 'NAME_UNKNOWN' | 'SIZE_INVALID' | 'UNAUTHORIZED'
  | 'DENIED' | 'UNSUPPORTED' | 'TOOMANYREQUESTS';

export interface Responder {
  error(status: number, code: ErrorCode | 'UNKNOWN', message: string, headers?: Record<string, string>): void;
  empty(status: number, headers?: Record<string, string>): void;
  json(status: number, body: unknown, headers?: Record<string, string>): void;
}

export function responder(res: ServerResponse, options: { enveloped: boolean; isHead: boolean; numericMessages?: boolean }): Responder {
  const send = (status: number, headers: Record<string, string>, body?: string) => {
    res.writeHead(status, { 'docker-distribution-api-version': 'registry/2.0', ...headers });
    res.end(options.isHead ? undefined : body);
  };
  return {
    error(status, code, message, headers = {}) {
      // The numeric-message deviation: an internal error number where people expect words.
      const shown = options.numericMessages ? 40000 + status : message;
      const body = options.enveloped ? { errors: [{ code, message: shown, detail: {} }] } : { error: message };
      const text = JSON.stringify(body);
      send(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers }, text);
    },
    empty(status, headers = {}) {
      send(status, { 'content-length': '0', ...headers });
    },
    json(status, body, headers = {}) {
      const text = JSON.stringify(body);
      send(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers }, text);
    },
  };
}

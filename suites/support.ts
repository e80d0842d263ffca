// Small readers of registry answers shared by the suites. They describe; checks decide.
import type { HttpResponse } from '../src/http/types.js';
import { digestOf, type DigestAlgorithm } from '../src/oci/digest.js';

export function describe(response: HttpResponse): string {
  return `HTTP ${response.status}${errorCodesText(response)}`;
}

export function errorCodes(response: HttpResponse): string[] {
  const parsed = jsonBody(response) as { errors?: { code?: unknown }[] } | undefined;
  return Array.isArray(parsed?.errors) ? parsed.errors.map((e) => String(e?.code)) : [];
}

function errorCodesText(response: HttpResponse): string {
  const codes = errorCodes(response);
  return codes.length ? ` ${codes.join(', ')}` : '';
}

export function jsonBody(response: HttpResponse): unknown {
  try {
    return JSON.parse(Buffer.from(response.body).toString('utf8'));
  } catch {
    return undefined;
  }
}

export function header(response: HttpResponse, name: string): string | undefined {
  return response.headers[name.toLowerCase()];
}

/** Media type without parameters, lower-cased (clients SHOULD ignore parameters). */
export function mediaTypeOf(response: HttpResponse): string | undefined {
  return header(response, 'content-type')?.split(';')[0].trim().toLowerCase();
}

export function bodyDigest(response: HttpResponse, algorithm: DigestAlgorithm = 'sha256'): string {
  return digestOf(response.body, algorithm);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}

export { nextLink } from '../src/registry/pages.js';

/** Status is one of `allowed`, or a message saying what came instead. */
export function unexpectedStatus(response: HttpResponse, allowed: number[], what: string): string | undefined {
  if (allowed.includes(response.status)) return undefined;
  const expected = allowed.length === 1 ? String(allowed[0]) : allowed.join(' or ');
  return `${what}: expected ${expected}, got ${describe(response)}`;
}

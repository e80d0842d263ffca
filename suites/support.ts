// Small readers of registry answers shared by the suites. They describe; checks decide.
import type { HttpResponse } from '../src/http/types.js';
import { digestOf, type DigestAlgorithm } from '../src/oci/digest.js';

export function describe(response: HttpResponse): string {
  return `HTTP ${response.status}${errorCodesText(response)}${htmlPageText(response)}`;
}

/** A proxy's or load balancer's HTML error page is not a registry answer: say so, with its title. */
function htmlPageText(response: HttpResponse): string {
  if (mediaTypeOf(response) !== 'text/html') return '';
  const text = Buffer.from(response.body.subarray(0, 4096)).toString('utf8');
  const title = /<title[^>]*>([^<]{1,120})/i.exec(text)?.[1]?.trim();
  return ` (an HTML page${title ? ` titled "${title}"` : ''}, likely from a proxy in front of the registry)`;
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

/**
 * A header the spec asks of the registry, from the final answer or any redirect hop before it:
 * "Registries MAY respond to any request with a redirect" (main), and object storage behind the
 * redirect does not know OCI headers. Says where it was found.
 */
export function registryHeader(response: HttpResponse, name: string): { value: string; hop?: number } | undefined {
  const own = header(response, name);
  if (own !== undefined) return { value: own };
  const hops = response.redirects ?? [];
  for (let i = hops.length - 1; i >= 0; i--) {
    const value = hops[i].headers[name.toLowerCase()];
    if (value !== undefined) return { value, hop: i };
  }
  return undefined;
}

/** " (on the 307 redirect)" when a header came from a redirect hop. */
export function whereSent(response: HttpResponse, found: { hop?: number } | undefined): string {
  if (found?.hop === undefined) return '';
  return ` (sent on the ${response.redirects![found.hop].status} redirect)`;
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

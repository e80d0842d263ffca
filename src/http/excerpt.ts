// Bounded body excerpts for evidence: text when it reads as text, a size note otherwise.
import type { RequestBody } from './types.js';

export const DEFAULT_EXCERPT_BYTES = 4096;

export function excerptOf(body: RequestBody | Uint8Array, limit = DEFAULT_EXCERPT_BYTES, hint?: string): string {
  if (typeof body === 'string') return clip(body, limit);
  if (!(body instanceof Uint8Array)) return `<streamed${hint && /^\d+$/.test(hint) ? ` ${hint} bytes` : ''}>`;
  if (body.byteLength === 0) return '';
  const head = body.subarray(0, limit);
  const text = Buffer.from(head).toString('utf8');
  // Control characters other than whitespace mean binary (a layer, a tarball).
  if (text.includes('\uFFFD') || /[\u0000-\u0008\u000e-\u001f]/.test(text)) return `<${body.byteLength} bytes binary>`;
  return body.byteLength > limit ? `${text}… <${body.byteLength} bytes in all>` : text;
}

function clip(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}… <${text.length} characters in all>` : text;
}

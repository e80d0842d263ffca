// Range (RFC 9110 §14.2) and Content-Range (§14.4) for single byte ranges, the only kind blob
// GETs and chunked uploads use. Parsers return undefined for anything else; they never throw.
// Distribution's upload API writes Content-Range without the unit ("0-99"): accepted too.

export type ByteRange = { start: number; end?: number } | { suffix: number };

/** A position must be a plain decimal a JavaScript number holds exactly. */
function position(text: string): number | undefined {
  if (!/^\d{1,16}$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n`. */
export function parseRange(header: string | undefined): ByteRange | undefined {
  const match = /^bytes=(\d*)-(\d*)$/i.exec((header ?? '').trim());
  if (!match) return undefined;
  const [, first, last] = match;
  if (first === '') {
    const suffix = position(last);
    return suffix === undefined || suffix === 0 ? undefined : { suffix };
  }
  const start = position(first);
  if (start === undefined) return undefined;
  if (last === '') return { start };
  const end = position(last);
  // "If the last-pos value is present, it MUST be greater than or equal to the first-pos."
  return end === undefined || end < start ? undefined : { start, end };
}

export function formatRange(range: ByteRange): string {
  return 'suffix' in range ? `bytes=-${range.suffix}` : `bytes=${range.start}-${range.end ?? ''}`;
}

/** The bytes a range selects from a representation of `size` bytes; undefined when unsatisfiable. */
export function resolveRange(range: ByteRange, size: number): { start: number; end: number } | undefined {
  if ('suffix' in range) return size === 0 ? undefined : { start: Math.max(0, size - range.suffix), end: size - 1 };
  if (range.start >= size) return undefined;
  return { start: range.start, end: Math.min(range.end ?? size - 1, size - 1) };
}

export interface ContentRange {
  start: number;
  end: number;
  /** Complete length; undefined for "*". */
  total?: number;
}

/** `bytes a-b/total`, `bytes a-b/*`, and the unit-less `a-b` of upload chunks. */
export function parseContentRange(header: string | undefined): ContentRange | undefined {
  const match = /^(?:bytes[ =])?(\d+)-(\d+)(?:\/(\d+|\*))?$/i.exec((header ?? '').trim());
  if (!match) return undefined;
  const start = position(match[1]);
  const end = position(match[2]);
  const total = match[3] === undefined || match[3] === '*' ? undefined : position(match[3]);
  if (start === undefined || end === undefined || end < start) return undefined;
  if (match[3] !== undefined && match[3] !== '*' && (total === undefined || total <= end)) return undefined;
  return { start, end, ...(total !== undefined ? { total } : {}) };
}

export function formatContentRange({ start, end, total }: ContentRange): string {
  return `bytes ${start}-${end}/${total ?? '*'}`;
}

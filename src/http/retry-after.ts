// Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. Registries send it with 429 and
// 503; a value we cannot read falls back to the caller's backoff.

/** Milliseconds to wait, or undefined when the header is absent or unreadable. Never negative. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : Number.MAX_SAFE_INTEGER;
  }
  // HTTP-date: IMF-fixdate (and the obsolete forms Date.parse reads). Must name a weekday or a month.
  if (!/[A-Za-z]{3}/.test(text) || !/\d{4}|\d{2}-[A-Za-z]{3}-\d{2}/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** The IMF-fixdate form of an instant (what a server writes), for tests and the reference registry. */
export function formatHttpDate(at: number): string {
  return new Date(at).toUTCString();
}

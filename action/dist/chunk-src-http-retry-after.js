import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/http/retry-after.ts
function parseRetryAfter(value, now = Date.now()) {
  if (value === void 0) return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds * 1e3 : Number.MAX_SAFE_INTEGER;
  }
  if (!/[A-Za-z]{3}/.test(text) || !/\d{4}|\d{2}-[A-Za-z]{3}-\d{2}/.test(text)) return void 0;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return void 0;
  return Math.max(0, at - now);
}
function formatHttpDate(at) {
  return new Date(at).toUTCString();
}

export {
  parseRetryAfter,
  formatHttpDate
};

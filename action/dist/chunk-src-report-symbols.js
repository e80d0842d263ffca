import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/report/symbols.ts
var STATUS_SYMBOL = {
  pass: "✔",
  fail: "✖",
  warn: "▲",
  unsupported: "∅",
  skip: "↷",
  error: "⚠"
};
function statusLabel(status) {
  return `${STATUS_SYMBOL[status]} ${status}`;
}
function countStatuses(statuses) {
  const counts = { pass: 0, fail: 0, warn: 0, unsupported: 0, skip: 0, error: 0 };
  for (const status of statuses) counts[status]++;
  return counts;
}

export {
  STATUS_SYMBOL,
  statusLabel,
  countStatuses
};

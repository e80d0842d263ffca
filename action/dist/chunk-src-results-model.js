import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/results/model.ts
var STATUSES = ["pass", "fail", "warn", "unsupported", "skip", "error"];
var LEVELS = ["MUST", "SHOULD", "MAY"];
var SUITES = ["pull", "push", "discovery", "management", "referrers", "artifacts", "interop", "auth"];
var SPEC_VERSIONS = ["1.0", "1.1", "main"];
var COPY_CAUSES = ["source", "destination", "both", "unknown"];
var SPEC_CATEGORIES = ["Pull", "Push", "Content Discovery", "Content Management", "Referrers"];
var STATUS_SEVERITY = {
  pass: 0,
  skip: 1,
  unsupported: 2,
  warn: 3,
  fail: 4,
  error: 5
};

export {
  STATUSES,
  LEVELS,
  SUITES,
  SPEC_VERSIONS,
  COPY_CAUSES,
  SPEC_CATEGORIES,
  STATUS_SEVERITY
};

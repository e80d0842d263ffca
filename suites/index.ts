// Every check the tool knows, in report order (suite by suite).
import type { CheckDefinition } from '../src/runner/check.js';
import { discoveryChecks } from './discovery.js';
import { pullChecks } from './pull.js';
import { pushChecks } from './push/index.js';
import { managementChecks } from './management.js';
import { referrersChecks } from './referrers.js';
import { artifactChecks } from './artifacts.js';
import { authChecks } from './auth.js';

export const ALL_CHECKS: CheckDefinition[] = [
  ...pullChecks,
  ...pushChecks,
  ...discoveryChecks,
  ...managementChecks,
  ...referrersChecks,
  ...artifactChecks,
  ...authChecks,
];

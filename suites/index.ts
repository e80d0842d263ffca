// Every check the tool knows, in report order (suite by suite).
import type { CheckDefinition } from '../src/runner/check.js';
import { discoveryChecks } from './discovery.js';
import { pullChecks } from './pull.js';
import { pushChecks } from './push.js';
import { managementChecks } from './management.js';

export const ALL_CHECKS: CheckDefinition[] = [...pullChecks, ...pushChecks, ...discoveryChecks, ...managementChecks];

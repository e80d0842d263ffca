import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  ConfigError,
  formatProblem,
  loadConfigFile,
  parseConfig
} from "./chunk-yaml-dist-parse-parser.js";
import "./chunk-src-reference-deviations.js";
import "./chunk-src-profiles-names.js";
import "./chunk-zod-v4-core-schemas.js";
import "./chunk-src-results-model.js";
import "./chunk-runtime.js";
export {
  ConfigError,
  formatProblem,
  loadConfigFile,
  parseConfig
};

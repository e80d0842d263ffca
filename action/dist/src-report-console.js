import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  formatCopyProgress,
  formatProgress,
  renderConsoleSummary
} from "./chunk-src-report-console.js";
import "./chunk-src-report-symbols.js";
import "./chunk-src-results-model.js";
import "./chunk-src-results-verdicts.js";
import "./chunk-runtime.js";
export {
  formatCopyProgress,
  formatProgress,
  renderConsoleSummary
};

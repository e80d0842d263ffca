import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  changeTotals,
  compareRuns,
  copyKey
} from "./chunk-src-results-compare.js";
import "./chunk-src-results-verdicts.js";
import "./chunk-runtime.js";
export {
  changeTotals,
  compareRuns,
  copyKey
};

import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-debug-src-common.js";
import "./chunk-runtime.js";
export default require_dist();

import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  checkOutDir,
  partialOutDir
} from "./chunk-src-cli-out-dir.js";
import "./chunk-runtime.js";
export {
  checkOutDir,
  partialOutDir
};

import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  require_undici
} from "./chunk-undici-lib-web-fetch-index.js";
import "./chunk-runtime.js";
export default require_undici();

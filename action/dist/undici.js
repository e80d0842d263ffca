import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  require_undici
} from "./chunk-main-node-modules-undici-lib-web-fetch-index.js";
import "./chunk-runtime.js";
export default require_undici();

import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  providerLogin,
  sdkMessage
} from "./chunk-src-auth-providers-index.js";
import "./chunk-runtime.js";
export {
  providerLogin,
  sdkMessage
};

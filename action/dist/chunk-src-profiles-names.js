import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/profiles/names.ts
var PROFILE_NAMES = ["dockerhub", "ecr", "gar", "acr", "harbor", "artifactory"];

export {
  PROFILE_NAMES
};

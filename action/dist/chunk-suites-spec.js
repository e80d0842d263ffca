import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// suites/spec.ts
var DISTRIBUTION = "https://github.com/opencontainers/distribution-spec/blob";
var anchor = (section) => section.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-");
function distribution(section, version = "v1.1.1") {
  return { version, section, url: `${DISTRIBUTION}/${version}/spec.md#${anchor(section)}` };
}
function distributionMain(section) {
  return distribution(section, "main");
}

export {
  distribution,
  distributionMain
};

import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import "./chunk-runtime.js";

// src/auth/providers/index.ts
async function providerLogin(auth, url, env) {
  switch (auth.provider) {
    case "ecr":
      return (await import("./src-auth-providers-ecr.js")).ecrLogin({ url, region: auth.region, env });
    case "gcp":
      return (await import("./src-auth-providers-gcp.js")).gcpLogin();
    case "azure":
      return (await import("./src-auth-providers-azure.js")).azureLogin({ tenant: auth.tenant });
  }
}
export {
  providerLogin
};

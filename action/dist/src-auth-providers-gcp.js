import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  sdkMessage
} from "./chunk-src-auth-providers-sdk-message.js";
import {
  LoginError,
  basicSecrets,
  expiringLogin,
  loginClock
} from "./chunk-src-auth-login.js";
import "./chunk-runtime.js";

// src/auth/providers/gcp.ts
var SCOPE = "https://www.googleapis.com/auth/cloud-platform";
var ASK_AGAIN_MS = 10 * 6e4;
async function gcpLogin(options = {}) {
  const { GoogleAuth } = await import("./google-auth-library-build-src-index.js");
  const auth = new GoogleAuth({ scopes: [SCOPE] });
  const now = options.now ?? (() => loginClock.now());
  return expiringLogin(
    "user oauth2accesstoken (Application Default Credentials)",
    async () => {
      let token;
      try {
        token = await auth.getAccessToken();
      } catch (error) {
        throw new LoginError(
          `Google login failed: Application Default Credentials: ${sdkMessage(error)} (set GOOGLE_APPLICATION_CREDENTIALS, run "gcloud auth application-default login", or use google-github-actions/auth in GitHub Actions)`
        );
      }
      if (!token) throw new LoginError("Google login failed: Application Default Credentials returned no access token");
      return { credentials: { kind: "basic", username: "oauth2accesstoken", password: token }, secrets: [token, ...basicSecrets("oauth2accesstoken", token)], expiresAt: now() + 2 * ASK_AGAIN_MS };
    },
    { refreshBeforeMs: ASK_AGAIN_MS, now }
  );
}
export {
  gcpLogin
};

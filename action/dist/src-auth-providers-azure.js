import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  sdkMessage
} from "./chunk-src-auth-providers-sdk-message.js";
import {
  LoginError,
  loginClock,
  secretList
} from "./chunk-src-auth-login.js";
import {
  require_undici
} from "./chunk-undici-lib-web-fetch-index.js";
import {
  __toESM
} from "./chunk-runtime.js";

// src/auth/providers/azure.ts
var import_undici = __toESM(require_undici(), 1);
var ACR_SCOPE = "https://containerregistry.azure.net/.default";
var ACR_NULL_GUID = "00000000-0000-0000-0000-000000000000";
async function azureLogin(options) {
  const credential = options.credential ?? new (await import("./azure-identity-dist-esm-index.js")).DefaultAzureCredential(options.tenant ? { tenantId: options.tenant } : {});
  const now = options.now ?? (() => loginClock.now());
  const secrets = secretList();
  const refreshTokens = /* @__PURE__ */ new Map();
  const margin = 5 * 6e4;
  async function entraToken() {
    let answer;
    try {
      answer = await credential.getToken(ACR_SCOPE);
    } catch (error) {
      throw new LoginError(
        `Azure login failed: Entra ID token: ${sdkMessage(error)} (DefaultAzureCredential: AZURE_* variables, workload identity through azure/login in GitHub Actions, managed identity, or "az login")`
      );
    }
    if (!answer?.token) throw new LoginError("Azure login failed: Entra ID returned no token");
    secrets.add(answer.token);
    return { token: answer.token, expiresAt: answer.expiresOnTimestamp };
  }
  async function exchange(realm) {
    const cached = refreshTokens.get(realm.realm);
    if (cached && now() < cached.expiresAt - margin) return cached.token;
    const entra = await entraToken();
    const endpoint = new URL("/oauth2/exchange", realm.realm).toString();
    const form = new URLSearchParams({ grant_type: "access_token", service: realm.service ?? new URL(realm.realm).host, access_token: entra.token });
    const tenant = options.tenant ?? tenantOf(entra.token);
    if (tenant) form.set("tenant", tenant);
    let status;
    let body = {};
    try {
      const response = await (0, import_undici.request)(endpoint, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form.toString() });
      status = response.statusCode;
      body = await response.body.json().catch(() => ({}));
    } catch (error) {
      throw new LoginError(`Azure login failed: cannot reach ${endpoint}: ${error.message}`);
    }
    if (status !== 200 || !body.refresh_token) {
      const said = body.errors?.[0]?.message;
      throw new LoginError(`credentials rejected by the token exchange ${endpoint} (HTTP ${status}${said ? `: ${said}` : ""}): the identity needs a role such as AcrPush on the registry`);
    }
    secrets.add(body.refresh_token);
    refreshTokens.set(realm.realm, { token: body.refresh_token, expiresAt: entra.expiresAt });
    return body.refresh_token;
  }
  const credentials = { kind: "refresh-token", refreshToken: exchange };
  return { who: `user ${ACR_NULL_GUID} (Entra ID token exchange)`, secrets: secrets.all, watchSecrets: secrets.watch, current: async () => credentials };
}
function tenantOf(jwt) {
  try {
    const claims = JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8"));
    return claims.tid;
  } catch {
    return void 0;
  }
}
export {
  ACR_NULL_GUID,
  ACR_SCOPE,
  azureLogin
};

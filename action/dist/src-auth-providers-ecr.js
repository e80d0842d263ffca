import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  sdkMessage
} from "./chunk-src-auth-providers-sdk-message.js";
import {
  LoginError,
  basicSecrets,
  expiringLogin
} from "./chunk-src-auth-login.js";
import "./chunk-runtime.js";

// src/auth/providers/ecr.ts
var ECR_HOST = /^\d{12}\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
function regionOfEcrHost(host) {
  return ECR_HOST.exec(host)?.[1];
}
async function ecrLogin(options) {
  const host = new URL(options.url).hostname;
  const region = options.region ?? regionOfEcrHost(host) ?? options.env.AWS_REGION ?? options.env.AWS_DEFAULT_REGION;
  if (!region) throw new LoginError(`ECR login: cannot tell the region from ${host}: set auth.region (or AWS_REGION)`);
  const { ECRClient, GetAuthorizationTokenCommand } = await import("./aws-sdk-client-ecr-dist-cjs-index.js");
  const client = new ECRClient({ region });
  return expiringLogin(
    "user AWS (ECR GetAuthorizationToken)",
    async () => {
      let answer;
      try {
        answer = await client.send(new GetAuthorizationTokenCommand({}));
      } catch (error) {
        throw new LoginError(
          `ECR login failed: GetAuthorizationToken in ${region}: ${sdkMessage(error)} (the AWS SDK's default credential chain: AWS_* variables, a profile, SSO, or GitHub OIDC through aws-actions/configure-aws-credentials; the role needs ecr:GetAuthorizationToken)`
        );
      }
      const data = answer.authorizationData?.[0];
      const decoded = data?.authorizationToken ? Buffer.from(data.authorizationToken, "base64").toString("utf8") : "";
      const colon = decoded.indexOf(":");
      if (colon <= 0) throw new LoginError(`ECR login failed: GetAuthorizationToken in ${region} returned no authorization token`);
      const username = decoded.slice(0, colon);
      const password = decoded.slice(colon + 1);
      return {
        credentials: { kind: "basic", username, password },
        secrets: [data.authorizationToken, ...basicSecrets(username, password)],
        expiresAt: data.expiresAt ? new Date(data.expiresAt).getTime() : Date.now() + 12 * 36e5
      };
    },
    { now: options.now }
  );
}
export {
  ecrLogin,
  regionOfEcrHost
};

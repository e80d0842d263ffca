// Amazon ECR: GetAuthorizationToken through the AWS SDK's default credential chain
// (environment, shared profile, SSO, web identity — what aws-actions/configure-aws-credentials
// sets up from GitHub OIDC). The answer is base64 "AWS:<password>", valid 12 hours, used as
// Basic credentials: ECR has no token service.
// https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetAuthorizationToken.html
// https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html
import { basicSecrets, expiringLogin, LoginError, type Login } from '../login.js';
import { sdkMessage } from './sdk-message.js';

/** <account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn] */
const ECR_HOST = /^\d{12}\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;

export function regionOfEcrHost(host: string): string | undefined {
  return ECR_HOST.exec(host)?.[1];
}

export async function ecrLogin(options: { url: string; region?: string; env: NodeJS.ProcessEnv; now?: () => number }): Promise<Login> {
  const host = new URL(options.url).hostname;
  const region = options.region ?? regionOfEcrHost(host) ?? options.env.AWS_REGION ?? options.env.AWS_DEFAULT_REGION;
  if (!region) throw new LoginError(`ECR login: cannot tell the region from ${host}: set auth.region (or AWS_REGION)`);
  const { ECRClient, GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr');
  const client = new ECRClient({ region });
  return expiringLogin(
    'user AWS (ECR GetAuthorizationToken)',
    async () => {
      let answer;
      try {
        answer = await client.send(new GetAuthorizationTokenCommand({}));
      } catch (error) {
        throw new LoginError(
          `ECR login failed: GetAuthorizationToken in ${region}: ${sdkMessage(error)} (the AWS SDK's default credential chain: AWS_* variables, a profile, SSO, or GitHub OIDC through aws-actions/configure-aws-credentials; the role needs ecr:GetAuthorizationToken)`,
        );
      }
      const data = answer.authorizationData?.[0];
      const decoded = data?.authorizationToken ? Buffer.from(data.authorizationToken, 'base64').toString('utf8') : '';
      const colon = decoded.indexOf(':');
      if (colon <= 0) throw new LoginError(`ECR login failed: GetAuthorizationToken in ${region} returned no authorization token`);
      const username = decoded.slice(0, colon);
      const password = decoded.slice(colon + 1);
      return {
        credentials: { kind: 'basic', username, password },
        secrets: [data!.authorizationToken!, ...basicSecrets(username, password)],
        expiresAt: data!.expiresAt ? new Date(data!.expiresAt).getTime() : Date.now() + 12 * 3600_000,
      };
    },
    { now: options.now },
  );
}

// Azure Container Registry with Entra ID (Azure/acr docs/AAD-OAuth.md):
//   1. an Entra ID access token for https://containerregistry.azure.net from the default
//      credential chain (environment, workload identity — what azure/login sets up from GitHub
//      OIDC —, managed identity, Azure CLI);
//   2. POST <registry>/oauth2/exchange  grant_type=access_token&service=<registry>&tenant=<t>&access_token=<entra>
//      → {"refresh_token": …};
//   3. POST <registry>/oauth2/token  grant_type=refresh_token&service=…&scope=…&refresh_token=…
//      → {"access_token": …}  (step 3 is the transport's OAuth2 token flow).
// `docker login` does the same with user 00000000-0000-0000-0000-000000000000 and the refresh token.
import { request } from 'undici';
import type { Credentials } from '../../http/types.js';
import { LoginError, loginClock, secretList, type Login } from '../login.js';
import { sdkMessage } from './sdk-message.js';

export const ACR_SCOPE = 'https://containerregistry.azure.net/.default';
/** The user name ACR documents for a refresh token in Basic / docker login. */
export const ACR_NULL_GUID = '00000000-0000-0000-0000-000000000000';

interface TokenCredentialLike {
  getToken(scope: string): Promise<{ token: string; expiresOnTimestamp: number } | null>;
}

export async function azureLogin(options: { tenant?: string; credential?: TokenCredentialLike; now?: () => number }): Promise<Login> {
  const credential = options.credential ?? new (await import('@azure/identity')).DefaultAzureCredential(options.tenant ? { tenantId: options.tenant } : {});
  const now = options.now ?? (() => loginClock.now());
  const secrets = secretList();
  const refreshTokens = new Map<string, { token: string; expiresAt: number }>();
  const margin = 5 * 60_000;

  async function entraToken(): Promise<{ token: string; expiresAt: number }> {
    let answer;
    try {
      answer = await credential.getToken(ACR_SCOPE);
    } catch (error) {
      throw new LoginError(
        `Azure login failed: Entra ID token: ${sdkMessage(error)} (DefaultAzureCredential: AZURE_* variables, workload identity through azure/login in GitHub Actions, managed identity, or "az login")`,
      );
    }
    if (!answer?.token) throw new LoginError('Azure login failed: Entra ID returned no token');
    secrets.add(answer.token);
    return { token: answer.token, expiresAt: answer.expiresOnTimestamp };
  }

  async function exchange(realm: { realm: string; service?: string }): Promise<string> {
    const cached = refreshTokens.get(realm.realm);
    if (cached && now() < cached.expiresAt - margin) return cached.token;
    const entra = await entraToken();
    const endpoint = new URL('/oauth2/exchange', realm.realm).toString();
    const form = new URLSearchParams({ grant_type: 'access_token', service: realm.service ?? new URL(realm.realm).host, access_token: entra.token });
    const tenant = options.tenant ?? tenantOf(entra.token);
    if (tenant) form.set('tenant', tenant);
    let status: number;
    let body: { refresh_token?: string; errors?: { message?: string }[] } = {};
    try {
      const response = await request(endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
      status = response.statusCode;
      body = (await response.body.json().catch(() => ({}))) as typeof body;
    } catch (error) {
      throw new LoginError(`Azure login failed: cannot reach ${endpoint}: ${(error as Error).message}`);
    }
    if (status !== 200 || !body.refresh_token) {
      const said = body.errors?.[0]?.message;
      throw new LoginError(`credentials rejected by the token exchange ${endpoint} (HTTP ${status}${said ? `: ${said}` : ''}): the identity needs a role such as AcrPush on the registry`);
    }
    secrets.add(body.refresh_token);
    // ACR refresh tokens outlive the Entra token; renewing with it keeps both fresh.
    refreshTokens.set(realm.realm, { token: body.refresh_token, expiresAt: entra.expiresAt });
    return body.refresh_token;
  }

  const credentials: Credentials = { kind: 'refresh-token', refreshToken: exchange };
  return { who: `user ${ACR_NULL_GUID} (Entra ID token exchange)`, secrets: secrets.all, watchSecrets: secrets.watch, current: async () => credentials };
}

/** The tenant id ("tid") of an Entra ID JWT; the exchange wants it. */
function tenantOf(jwt: string): string | undefined {
  try {
    const claims = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { tid?: string };
    return claims.tid;
  } catch {
    return undefined;
  }
}

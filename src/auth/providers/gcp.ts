// Google Artifact Registry: an OAuth2 access token from Application Default Credentials
// (GOOGLE_APPLICATION_CREDENTIALS key file, workload identity federation — what
// google-github-actions/auth sets up from GitHub OIDC — or the metadata server), sent as the
// password of user "oauth2accesstoken" to the registry's token service.
// https://cloud.google.com/artifact-registry/docs/docker/authentication#token
import { expiringLogin, LoginError, basicSecrets, loginClock, type Login } from '../login.js';
import { sdkMessage } from './sdk-message.js';

const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
/** google-auth-library caches and refreshes the token itself; we ask it again this often. */
const ASK_AGAIN_MS = 10 * 60_000;

export async function gcpLogin(options: { now?: () => number } = {}): Promise<Login> {
  const { GoogleAuth } = await import('google-auth-library');
  const auth = new GoogleAuth({ scopes: [SCOPE] });
  const now = options.now ?? (() => loginClock.now());
  return expiringLogin(
    'user oauth2accesstoken (Application Default Credentials)',
    async () => {
      let token: string | null | undefined;
      try {
        token = await auth.getAccessToken();
      } catch (error) {
        throw new LoginError(
          `Google login failed: Application Default Credentials: ${sdkMessage(error)} (set GOOGLE_APPLICATION_CREDENTIALS, run "gcloud auth application-default login", or use google-github-actions/auth in GitHub Actions)`,
        );
      }
      if (!token) throw new LoginError('Google login failed: Application Default Credentials returned no access token');
      return { credentials: { kind: 'basic', username: 'oauth2accesstoken', password: token }, secrets: [token, ...basicSecrets('oauth2accesstoken', token)], expiresAt: now() + 2 * ASK_AGAIN_MS };
    },
    { refreshBeforeMs: ASK_AGAIN_MS, now },
  );
}

// Google Artifact Registry's login protocol
// (https://cloud.google.com/artifact-registry/docs/docker/authentication):
// - challenge: `Bearer realm="https://<location>-docker.pkg.dev/v2/token",service="<location>-docker.pkg.dev"`
//   — the token endpoint sits on the registry host itself, under /v2/token;
// - GET /v2/token?scope=…&service=… with Basic `oauth2accesstoken:<OAuth2 access token>`
//   ("Access token" method) or `_json_key:<service-account key JSON>` ("Service account key"
//   method) → {"token","access_token","expires_in"} (Docker token spec);
// - an access token Google does not know (expired after its hour, or wrong) is refused with 401;
// - repositories (<project>/<repository>) must exist before a push; images go below them.
import { sendJson, basicOf, repositoryOfScope, scopesOf, startStandIn, type StandIn } from './stand-in.js';

export function startGar(options: { accessTokens: string[]; jsonKeys?: string[]; repositories: string[] }): Promise<StandIn> {
  return startStandIn({
    tokenPath: '/v2/token',
    service: 'stand-in-docker.pkg.dev',
    route(req, _body, res, ctx) {
      const url = new URL(req.url!, ctx.url);
      if (url.pathname !== '/v2/token') return false;
      const basic = basicOf(req);
      const valid =
        (basic?.username === 'oauth2accesstoken' && options.accessTokens.includes(basic.password)) ||
        (basic?.username === '_json_key' && (options.jsonKeys ?? []).includes(basic.password));
      if (basic && !valid) {
        sendJson(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'failed authentication' }] });
        return true;
      }
      const granted = scopesOf(url.searchParams.getAll('scope')).flatMap((scope) => {
        const repo = repositoryOfScope(scope);
        if (!repo || !basic) return [];
        const exists = options.repositories.some((r) => repo.name === r || repo.name.startsWith(`${r}/`));
        return exists ? [scope] : [];
      });
      const { token, expiresIn } = ctx.mint(basic ? basic.username : 'anonymous', granted, 3600);
      sendJson(res, 200, { token, access_token: token, expires_in: expiresIn });
      return true;
    },
  });
}

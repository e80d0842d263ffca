// Azure Container Registry's login protocol (Azure/acr docs/AAD-OAuth.md, docs/Token-BasicAuth.md):
// - challenge: `Bearer realm="https://<reg>.azurecr.io/oauth2/token",service="<reg>.azurecr.io"`;
// - POST /oauth2/exchange, form grant_type=access_token&service=<reg>&tenant=<t>&access_token=<Entra ID token>
//   → {"refresh_token": "…"};
// - POST /oauth2/token, form grant_type=refresh_token&service=<reg>&scope=<scope>&refresh_token=<…>
//   → {"access_token": "…"}; `docker login` stores the refresh token as identitytoken with user
//   00000000-0000-0000-0000-000000000000;
// - GET /oauth2/token?service=…&scope=… with Basic (admin user, service principal, repository-scoped
//   token) → {"access_token": "…"};
// - refused credentials: 401 {"errors":[{"code":"UNAUTHORIZED","message":"…"}]}.
import { randomBytes } from 'node:crypto';
import { sendJson, basicOf, scopesOf, startStandIn, type StandIn } from './stand-in.js';

export function startAcr(options: { entraTokens: string[]; tenant: string; admin?: { username: string; password: string } }): Promise<StandIn & { refreshTokens: Set<string> }> {
  const refreshTokens = new Set<string>();
  const unauthorized = (res: Parameters<typeof sendJson>[0], message: string) => sendJson(res, 401, { errors: [{ code: 'UNAUTHORIZED', message }] });
  return startStandIn({
    tokenPath: '/oauth2/token',
    service: 'stand-in.azurecr.io',
    route(req, body, res, ctx) {
      const url = new URL(req.url!, ctx.url);
      const form = new URLSearchParams(body);
      if (url.pathname === '/oauth2/exchange' && req.method === 'POST') {
        if (form.get('grant_type') !== 'access_token' || form.get('service') !== ctx.service) return unauthorized(res, 'invalid exchange request'), true;
        if (!options.entraTokens.includes(form.get('access_token') ?? '')) return unauthorized(res, 'the Entra ID token is invalid or expired'), true;
        if (form.has('tenant') && form.get('tenant') !== options.tenant) return unauthorized(res, 'wrong tenant'), true;
        const refresh = `acr-refresh-${randomBytes(16).toString('hex')}`;
        refreshTokens.add(refresh);
        sendJson(res, 200, { refresh_token: refresh });
        return true;
      }
      if (url.pathname !== '/oauth2/token') return false;
      if (req.method === 'POST') {
        if (form.get('grant_type') !== 'refresh_token' || !refreshTokens.has(form.get('refresh_token') ?? '')) return unauthorized(res, 'invalid refresh token'), true;
        const { token } = ctx.mint(options.tenant, scopesOf(form.getAll('scope')), 3600);
        sendJson(res, 200, { access_token: token });
        return true;
      }
      const basic = basicOf(req);
      if (!basic || !options.admin || basic.username !== options.admin.username || basic.password !== options.admin.password) return unauthorized(res, 'authentication required'), true;
      const { token } = ctx.mint(basic.username, scopesOf(url.searchParams.getAll('scope')), 3600);
      sendJson(res, 200, { access_token: token });
      return true;
    },
  }).then((standIn) => Object.assign(standIn, { refreshTokens }));
}

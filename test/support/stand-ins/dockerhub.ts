// Docker Hub's login protocol:
// - challenge: `Bearer realm="https://auth.docker.io/token",service="registry.docker.io"`;
// - GET /token?service=registry.docker.io&scope=repository:<ns>/<name>:pull,push with Basic
//   <user>:<personal access token> (anonymous without) → {"token","access_token","expires_in",
//   "issued_at"} (https://docs.docker.com/reference/api/registry/auth/); wrong credentials →
//   401 {"details":"incorrect username or password"};
// - push only into the user's own namespace;
// - pull limits: manifest GETs carry `ratelimit-limit: <n>;w=21600` and
//   `ratelimit-remaining: <m>;w=21600`; once spent, 429 {"errors":[{"code":"TOOMANYREQUESTS",
//   "message":"You have reached your pull rate limit. …"}]}; HEAD requests do not count
//   (https://docs.docker.com/docker-hub/usage/pulls/).
import { sendJson, basicOf, repositoryOfScope, scopesOf, startStandIn, type StandIn } from './stand-in.js';

const WINDOW = 21600;

export function startDockerHub(options: { users: Record<string, string>; pullLimit: number }): Promise<StandIn & { pullsLeft(): number }> {
  let left = options.pullLimit;
  const isManifestGet = (method: string | undefined, path: string) => method === 'GET' && /\/manifests\//.test(path);
  return startStandIn({
    tokenPath: '/token',
    service: 'registry.docker.io',
    route(req, _body, res, ctx) {
      const url = new URL(req.url!, ctx.url);
      if (url.pathname !== '/token') return false;
      const basic = basicOf(req);
      if (basic && options.users[basic.username] !== basic.password) {
        sendJson(res, 401, { details: 'incorrect username or password' });
        return true;
      }
      const granted = scopesOf(url.searchParams.getAll('scope')).flatMap((scope) => {
        const repo = repositoryOfScope(scope);
        if (!repo) return [];
        const own = basic !== undefined && repo.name.split('/')[0] === basic.username;
        const actions = own ? repo.actions : repo.actions.filter((a) => a === 'pull');
        return actions.length ? [`repository:${repo.name}:${actions.join(',')}`] : [];
      });
      const { token, expiresIn } = ctx.mint(basic?.username ?? 'anonymous', granted, 300);
      sendJson(res, 200, { token, access_token: token, expires_in: expiresIn, issued_at: new Date().toISOString() });
      return true;
    },
    gate(req, res) {
      if (!isManifestGet(req.method, req.url!) || !req.headers.authorization) return undefined;
      if (left <= 0) {
        sendJson(res, 429, { errors: [{ code: 'TOOMANYREQUESTS', message: 'You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit' }] }, {
          'ratelimit-limit': `${options.pullLimit};w=${WINDOW}`,
          'ratelimit-remaining': `0;w=${WINDOW}`,
        });
        return 'answered';
      }
      left -= 1;
      return undefined;
    },
    decorate(req) {
      if (!isManifestGet(req.method, req.url!)) return undefined;
      return { 'ratelimit-limit': `${options.pullLimit};w=${WINDOW}`, 'ratelimit-remaining': `${Math.max(0, left)};w=${WINDOW}` };
    },
  }).then((standIn) => Object.assign(standIn, { pullsLeft: () => left }));
}

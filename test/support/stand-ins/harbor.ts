// Harbor's login protocol, as documented and as its source has it:
// - challenge: `Bearer realm="<ext>/service/token",service="harbor-registry"` (goharbor/harbor
//   src/server/middleware/v2auth/auth.go getChallenge; src/core/service/token/creator.go
//   `token.Registry = "harbor-registry"`);
// - GET /service/token?service=harbor-registry&scope=repository:<project>/<repo>:pull,push with
//   Basic user:password; robot accounts are `robot$<project>+<name>`
//   (https://goharbor.io/docs/2.7.0/administration/robot-accounts/); answer
//   {"token","access_token","expires_in","issued_at"} (Docker token spec,
//   https://distribution.github.io/distribution/spec/auth/token/);
// - the project is the first path segment and must exist: the registry middleware answers
//   401 {"errors":[{"code":"UNAUTHORIZED","message":"project not found, name: <p>"}]}
//   (v2auth reqChecker.projectID: `fmt.Errorf("project not found, name: %s", name)`);
// - the token service grants only what the account may do (token/creator.go filterAccess):
//   a robot with pull only gets pull.
import { sendJson, basicOf, repositoryOfScope, scopesOf, scopesOfPath, startStandIn, type StandIn } from './stand-in.js';

export interface HarborAccount {
  secret: string;
  /** project → actions this account has there. */
  projects: Record<string, string[]>;
}

export function startHarbor(options: { projects: string[]; accounts: Record<string, HarborAccount> }): Promise<StandIn> {
  return startStandIn({
    tokenPath: '/service/token',
    service: 'harbor-registry',
    route(req, _body, res, ctx) {
      const url = new URL(req.url!, ctx.url);
      if (url.pathname !== '/service/token') return false;
      const basic = basicOf(req);
      const account = basic ? options.accounts[basic.username] : undefined;
      if (basic && (!account || account.secret !== basic.password)) {
        sendJson(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] });
        return true;
      }
      const granted = scopesOf(url.searchParams.getAll('scope')).flatMap((scope) => {
        const repo = repositoryOfScope(scope);
        if (!repo) return [];
        const project = repo.name.split('/')[0]!;
        const allowed = account?.projects[project] ?? [];
        const actions = repo.actions.filter((a) => allowed.includes(a) || allowed.includes('*'));
        return actions.length ? [`repository:${repo.name}:${actions.join(',')}`] : [];
      });
      const { token, expiresIn } = ctx.mint(basic?.username ?? 'anonymous', granted, 1800);
      sendJson(res, 200, { token, access_token: token, expires_in: expiresIn, issued_at: new Date().toISOString() });
      return true;
    },
    gate(req, res) {
      const scope = scopesOfPath(req.url!)[0];
      const repo = scope ? repositoryOfScope(scope) : undefined;
      if (req.headers.authorization && repo && !options.projects.includes(repo.name.split('/')[0]!)) {
        const project = repo.name.split('/')[0];
        sendJson(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: `project not found, name: ${project}` }] });
        return 'answered';
      }
      return undefined;
    },
  });
}

// JFrog Artifactory's Docker login protocol, repository-path method
// (https://jfrog.com/help/r/jfrog-artifactory-documentation/docker-repository-url-formats):
// - images are addressed as <host>/<repo-key>/<image>; the challenge names the token endpoint
//   of that repository: `Bearer realm="https://<host>/artifactory/api/docker/<repo-key>/v2/token",service="<host>"`
//   (https://github.com/renovatebot/renovate/issues/11765);
// - GET that realm with Basic <user>:<access or identity token>
//   (https://jfrog.com/help/r/jfrog-platform-administration-documentation/basic-authentication:
//   "An access token can be used instead of a password for basic authentication") →
//   {"token","access_token","expires_in"};
// - a token is good only for repositories under the repository key.
import { sendJson, basicOf, repositoryOfScope, scopesOf, startStandIn, type StandIn } from './stand-in.js';

export function startArtifactory(options: { repoKey: string; users: Record<string, string> }): Promise<StandIn & { tokenPath: string }> {
  const tokenPath = `/artifactory/api/docker/${options.repoKey}/v2/token`;
  return startStandIn({
    tokenPath,
    service: 'stand-in.jfrog.io',
    route(req, _body, res, ctx) {
      const url = new URL(req.url!, ctx.url);
      if (url.pathname !== tokenPath) return false;
      const basic = basicOf(req);
      if (!basic || options.users[basic.username] !== basic.password) {
        sendJson(res, 401, { errors: [{ status: 401, message: 'Bad credentials' }] });
        return true;
      }
      const granted = scopesOf(url.searchParams.getAll('scope')).filter((scope) => repositoryOfScope(scope)?.name.startsWith(`${options.repoKey}/`));
      const { token, expiresIn } = ctx.mint(basic.username, granted, 3600);
      sendJson(res, 200, { token, access_token: token, expires_in: expiresIn });
      return true;
    },
  }).then((standIn) => Object.assign(standIn, { tokenPath }));
}

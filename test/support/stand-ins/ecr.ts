// Amazon ECR's login protocol (https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html):
// - no token service: every request carries Basic `AWS:<password>`, the password being what
//   GetAuthorizationToken returned (base64 "AWS:<password>", valid 12 hours,
//   https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetAuthorizationToken.html);
// - without credentials: 401 with `WWW-Authenticate: Basic realm="https://<registry>/",service="ecr.amazonaws.com"`;
// - an expired token: 403 {"errors":[{"code":"DENIED","message":"Your authorization token has expired. Reauthenticate and try again."}]};
// - repositories must exist (no create-on-push without a template): 404
//   {"errors":[{"code":"NAME_UNKNOWN","message":"The repository with name '<r>' does not exist in the registry with id '<account>'"}]}.
// Behind the stand-in, each accepted request reaches Distribution with a JWT minted for it.
import { randomBytes } from 'node:crypto';
import { sendJson, basicOf, repositoryOfScope, scopesOfPath, startStandIn, type StandIn } from './stand-in.js';

export const ECR_ACCOUNT = '123456789012';

export interface EcrStandIn extends StandIn {
  /** What the stubbed GetAuthorizationToken hands out: a fresh password valid for `lifetimeMs` on the stand-in's clock. */
  issue(lifetimeMs: number): { authorizationToken: string; expiresAt: Date };
  /** Requests refused because their token had expired. */
  expiredRefusals(): number;
  passwordsUsed(): Set<string>;
}

export async function startEcr(options: { repositories: string[]; now: () => number; onRequest?: (count: number) => void }): Promise<EcrStandIn> {
  const passwords = new Map<string, number>(); // password → expiry (ms)
  const used = new Set<string>();
  let refusedExpired = 0;
  let count = 0;
  const standIn = await startStandIn({
    tokenPath: '/no-token-service',
    service: 'ecr.amazonaws.com',
    route: () => false,
    gate(req, res, ctx) {
      options.onRequest?.(++count);
      const basic = basicOf(req);
      if (!basic) {
        res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': `Basic realm="${ctx.url}/",service="ecr.amazonaws.com"` });
        res.end('Not Authorized\n');
        return 'answered';
      }
      const expiry = basic.username === 'AWS' ? passwords.get(basic.password) : undefined;
      if (expiry === undefined) {
        sendJson(res, 401, { errors: [{ code: 'DENIED', message: 'Not Authorized' }] }, { 'www-authenticate': `Basic realm="${ctx.url}/",service="ecr.amazonaws.com"` });
        return 'answered';
      }
      if (options.now() >= expiry) {
        refusedExpired += 1;
        sendJson(res, 403, { errors: [{ code: 'DENIED', message: 'Your authorization token has expired. Reauthenticate and try again.' }] });
        return 'answered';
      }
      used.add(basic.password);
      const scopes = scopesOfPath(req.url!);
      const missing = scopes.map(repositoryOfScope).find((repo) => repo && !options.repositories.includes(repo.name));
      if (missing) {
        sendJson(res, 404, { errors: [{ code: 'NAME_UNKNOWN', message: `The repository with name '${missing.name}' does not exist in the registry with id '${ECR_ACCOUNT}'` }] });
        return 'answered';
      }
      return { authorization: `Bearer ${ctx.mint('AWS', scopes, 300).token}` };
    },
  });
  return Object.assign(standIn, {
    issue(lifetimeMs: number) {
      const password = `ecr-password-${randomBytes(24).toString('base64url')}`;
      const expiresAt = options.now() + lifetimeMs;
      passwords.set(password, expiresAt);
      return { authorizationToken: Buffer.from(`AWS:${password}`).toString('base64'), expiresAt: new Date(expiresAt) };
    },
    expiredRefusals: () => refusedExpired,
    passwordsUsed: () => used,
  });
}

import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  describe,
  errorCodes,
  jsonBody,
  pushedImage
} from "./chunk-src-oci-catalogue.js";
import {
  parseChallenges
} from "./chunk-src-auth-challenge.js";
import {
  defineChecks,
  fail,
  pass,
  skip
} from "./chunk-src-registry-push.js";
import "./chunk-src-oci-digest.js";
import "./chunk-runtime.js";

// suites/auth.ts
var RFC7235 = { version: "RFC 7235", section: "3.1. 401 Unauthorized", url: "https://www.rfc-editor.org/rfc/rfc7235#section-3.1" };
var authChecks = defineChecks([
  {
    id: "auth.challenge",
    suite: "auth",
    title: "A push without credentials is refused with 401 and a usable WWW-Authenticate challenge",
    level: "MUST",
    spec: RFC7235,
    async run(ctx) {
      const { repo } = await pushedImage(ctx);
      const response = await ctx.anonymous.startUpload(repo);
      if (response.status === 202) {
        const location = ctx.anonymous.resolveLocation(response);
        if (location) await ctx.anonymous.cancelUpload(location).catch(() => void 0);
        return skip("the registry accepts pushes without credentials (no authentication to challenge)");
      }
      if (response.status === 403 || response.status === 404) {
        return pass(`refused with ${describe(response)}, without a challenge: clients need credentials configured up front`);
      }
      if (response.status !== 401) return fail(`anonymous POST /blobs/uploads/: expected 401 (or 403/404), got ${describe(response)}`);
      const header = response.headers["www-authenticate"];
      const challenges = parseChallenges(header);
      if (challenges.length === 0) return fail('401 without a WWW-Authenticate challenge: "The server generating a 401 response MUST send a WWW-Authenticate header field"');
      const bearer = challenges.find((c) => c.scheme === "bearer");
      const basic = challenges.find((c) => c.scheme === "basic");
      if (!bearer && !basic) return fail(`WWW-Authenticate "${header}" offers neither Basic nor Bearer`);
      if (bearer && !bearer.params.realm) return fail(`Bearer challenge without a realm: a client cannot find the token service ("${header}")`);
      if (jsonBody(response) !== void 0 && !errorCodes(response).some((c) => c === "UNAUTHORIZED" || c === "DENIED")) {
        return fail(`401 JSON body without an UNAUTHORIZED error: ${Buffer.from(response.body).toString("utf8").slice(0, 200)}`);
      }
      return pass(`401 with ${bearer ? `Bearer realm="${bearer.params.realm}"${bearer.params.scope ? ` scope="${bearer.params.scope}"` : " (no scope)"}` : "Basic"}`);
    }
  }
]);
export {
  authChecks
};

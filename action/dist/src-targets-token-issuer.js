import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import "./chunk-runtime.js";

// src/targets/token-issuer.ts
import { createServer } from "node:http";
import { createPrivateKey, randomBytes, sign, timingSafeEqual } from "node:crypto";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function makeKeyAndCertificate() {
  const dir = await mkdtemp(join(tmpdir(), "oci-matrix-issuer-"));
  try {
    await run("openssl", [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      join(dir, "key.pem"),
      "-out",
      join(dir, "cert.pem"),
      "-days",
      "2",
      "-subj",
      "/CN=oci-matrix token issuer"
    ]);
    return { keyPem: await readFile(join(dir, "key.pem"), "utf8"), certPem: await readFile(join(dir, "cert.pem"), "utf8") };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
var base64url = (data) => Buffer.from(data).toString("base64url");
function parseScope(scope) {
  const first = scope.indexOf(":");
  const last = scope.lastIndexOf(":");
  if (first <= 0 || last === first) return void 0;
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions: scope.slice(last + 1).split(",").filter(Boolean) };
}
async function createTokenMinter() {
  const { keyPem, certPem } = await makeKeyAndCertificate();
  const key = createPrivateKey(keyPem);
  const certDer = Buffer.from(certPem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, ""), "base64");
  return {
    certPem,
    mint({ subject, service, issuer, scopes, lifetimeSeconds = 300 }) {
      const now = Math.floor(Date.now() / 1e3);
      const access = scopes.flatMap((s) => s.split(" ")).map(parseScope).filter((s) => s !== void 0);
      const header = { typ: "JWT", alg: "ES256", x5c: [certDer.toString("base64")] };
      const claims = { iss: issuer, sub: subject, aud: service, exp: now + lifetimeSeconds, nbf: now - 10, iat: now, jti: randomBytes(12).toString("hex"), access };
      const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
      const signature = sign("sha256", Buffer.from(input), { key, dsaEncoding: "ieee-p1363" });
      return { token: `${input}.${base64url(signature)}`, expiresIn: lifetimeSeconds };
    }
  };
}
async function startTokenIssuer(options) {
  const minter = await createTokenMinter();
  const service = options.service ?? "oci-matrix-distribution";
  const issuer = options.issuer ?? "oci-matrix-token-issuer";
  const expected = Buffer.from(`Basic ${Buffer.from(`${options.username}:${options.password}`).toString("base64")}`);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://issuer");
    const presented = Buffer.from(req.headers.authorization ?? "");
    if (url.pathname !== "/token") {
      res.writeHead(404).end();
      return;
    }
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      res.writeHead(401, { "content-type": "application/json", "www-authenticate": 'Basic realm="oci-matrix token issuer"' });
      res.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "credentials required" }] }));
      return;
    }
    const { token, expiresIn } = minter.mint({ subject: options.username, service, issuer, scopes: url.searchParams.getAll("scope") });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ token, access_token: token, expires_in: expiresIn, issued_at: (/* @__PURE__ */ new Date()).toISOString() }));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    rootCertBundlePem: minter.certPem,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}
export {
  createTokenMinter,
  startTokenIssuer
};

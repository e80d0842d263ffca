import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  errorCode
} from "./chunk-src-registry-push.js";

// src/oci/well-known.ts
import { createHash } from "node:crypto";
var sha256 = (bytes) => `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
var WELL_KNOWN_BLOB_DIGESTS = /* @__PURE__ */ new Set([sha256("{}"), sha256("")]);

// src/runner/cleanup.ts
function createCleanupLedger() {
  const entries = /* @__PURE__ */ new Map();
  const key = (p) => `${p.kind} ${p.repo} ${p.digest}`;
  return {
    add: (item) => void entries.set(key(item), item),
    forget: (item) => void entries.delete(key(item)),
    items: () => [...entries.values()]
  };
}
function sameEveryRun(ledger) {
  return { ...ledger, add: (item) => ledger.add({ ...item, sameEveryRun: true }) };
}
async function cleanUp(client, ledger, options) {
  const report = { deleted: 0, leftBehind: [] };
  const items = ledger.items();
  const manifests = items.filter((i) => i.kind === "manifest");
  const blobs = items.filter((i) => i.kind === "blob");
  const remove = async (item, allowed) => {
    if (options.sharedRepository && (item.sameEveryRun || WELL_KNOWN_BLOB_DIGESTS.has(item.digest))) {
      report.leftBehind.push({ item, reason: "the same in every run, so kept in the shared repository where another run may be reading it" });
      return;
    }
    if (!allowed) {
      report.leftBehind.push({ item, reason: "deletes are disabled for this registry (limits)" });
      return;
    }
    try {
      const response = item.kind === "manifest" ? await client.deleteManifest(item.repo, item.digest) : await client.deleteBlob(item.repo, item.digest);
      if (response.status === 202 || response.status === 200 || response.status === 204 || response.status === 404) {
        report.deleted++;
        ledger.forget(item);
      } else if (response.status === 401 || response.status === 403) {
        report.leftBehind.push({ item, reason: `the credentials may not delete (HTTP ${response.status}${errorCode(response).replace(/^ \((.*)\)$/, " $1")})` });
      } else report.leftBehind.push({ item, reason: `DELETE answered ${response.status}` });
    } catch (error) {
      report.leftBehind.push({ item, reason: error.message });
    }
  };
  for (const item of manifests.reverse()) await remove(item, options.deleteManifests);
  for (const item of blobs) await remove(item, options.deleteBlobs);
  return report;
}

export {
  createCleanupLedger,
  sameEveryRun,
  cleanUp
};

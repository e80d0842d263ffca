import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  DELETE_GRACE_MS,
  deleteDenied,
  pollUntilGone
} from "./chunk-suites-deletion.js";
import {
  distribution
} from "./chunk-suites-spec.js";
import {
  blobOf,
  describe,
  isolatedRepo,
  putInPlace,
  seededBytes,
  unexpectedStatus,
  uniqueImage
} from "./chunk-src-oci-catalogue.js";
import {
  defineChecks,
  fail,
  pass,
  pushBlob,
  unsupported,
  warn
} from "./chunk-src-registry-push.js";
import {
  MEDIA_TYPES,
  digestOf
} from "./chunk-src-oci-digest.js";
import "./chunk-runtime.js";

// suites/management.ts
function disabled(response, what) {
  if (response.status === 400 || response.status === 405) return unsupported(`${what} is disabled (${describe(response)})`);
  return deleteDenied(response);
}
async function stillThere(ctx, get, what) {
  const after = await pollUntilGone(get);
  if (after.status === 404) return void 0;
  return fail(`DELETE answered 202, but ${what} still answers ${describe(after)} instead of 404 after ${DELETE_GRACE_MS / 1e3} s`);
}
var managementChecks = defineChecks([
  {
    id: "management.delete.tag",
    suite: "management",
    title: "DELETE of a tag answers 202 and the tag is gone (400/405 when disabled)",
    level: "MUST",
    limit: "deleteTag",
    spec: distribution("Deleting tags"),
    async run(ctx) {
      const manifest = uniqueImage(ctx, "delete-tag");
      const tag = ctx.tag("delete-tag");
      const repo = isolatedRepo(ctx, "delete-tag");
      await putInPlace(ctx, manifest, tag, repo);
      const response = await ctx.client.deleteManifest(repo, tag);
      const off = disabled(response, "tag deletion");
      if (off) return off;
      const wrong = unexpectedStatus(response, [202], `DELETE /v2/${repo}/manifests/${tag}`);
      if (wrong) return fail(wrong);
      const gone = await stillThere(ctx, () => ctx.client.getManifest(repo, tag), `GET of tag ${tag}`);
      if (gone) return gone;
      return pass("202; the tag then answers 404");
    }
  },
  {
    id: "management.delete.manifest",
    suite: "management",
    title: "DELETE of a manifest by digest answers 202; the digest and its tags are gone",
    level: "MUST",
    limit: "delete",
    spec: distribution("Deleting Manifests"),
    async run(ctx) {
      const manifest = uniqueImage(ctx, "delete-manifest");
      const tag = ctx.tag("delete-manifest");
      const repo = isolatedRepo(ctx, "delete-manifest");
      await putInPlace(ctx, manifest, tag, repo);
      const response = await ctx.client.deleteManifest(repo, manifest.digest);
      const off = disabled(response, "manifest deletion");
      if (off) return off;
      const wrong = unexpectedStatus(response, [202], `DELETE manifest ${manifest.digest}`);
      if (wrong) return fail(wrong);
      ctx.cleanup.forget({ kind: "manifest", repo, digest: manifest.digest });
      const byDigest = await stillThere(ctx, () => ctx.client.getManifest(repo, manifest.digest), "GET by digest");
      if (byDigest) return byDigest;
      const byTag = await stillThere(ctx, () => ctx.client.getManifest(repo, tag), `GET of the tag that pointed at it (${tag})`);
      if (byTag) return byTag;
      return pass("202; the digest and its tag then answer 404");
    }
  },
  {
    id: "management.delete.manifest.unknown-repository",
    suite: "management",
    title: "DELETE of a manifest in a repository that does not exist answers 404",
    level: "MUST",
    limit: "delete",
    spec: distribution("Deleting Manifests"),
    async run(ctx) {
      const repo = `${ctx.repo}/never-created`;
      const digest = digestOf(seededBytes("oci-matrix/v1/management/absent", 32));
      const response = await ctx.client.deleteManifest(repo, digest);
      const off = disabled(response, "manifest deletion");
      if (off) return off;
      const wrong = unexpectedStatus(response, [404], `DELETE in /v2/${repo}`);
      return wrong ? fail(wrong) : pass("404");
    }
  },
  {
    id: "management.delete.blob",
    suite: "management",
    title: "DELETE of a blob answers 202 and the blob is gone (400/405 when disabled)",
    level: "MUST",
    limit: "deleteBlob",
    spec: distribution("Deleting Blobs"),
    async run(ctx) {
      const blob = blobOf(seededBytes(`oci-matrix/v1/management/delete-blob/${ctx.tag("x")}`, 2048), MEDIA_TYPES.octetStream);
      const pushed = await pushBlob(ctx.client, ctx.repo, blob, ctx.cleanup);
      if (!pushed.ok) return { status: "skip", message: `precondition failed: ${pushed.message}` };
      const response = await ctx.client.deleteBlob(ctx.repo, blob.digest);
      const off = disabled(response, "blob deletion");
      if (off) return off;
      const wrong = unexpectedStatus(response, [202], `DELETE blob ${blob.digest}`);
      if (wrong) return fail(wrong);
      const after = await pollUntilGone(() => ctx.client.getBlob(ctx.repo, blob.digest));
      if (after.status !== 404) return warn(`DELETE answered 202, but GET of the blob still answers ${describe(after)} after ${DELETE_GRACE_MS / 1e3} s (deleted asynchronously?)`);
      ctx.cleanup.forget({ kind: "blob", repo: ctx.repo, digest: blob.digest });
      return pass("202; the blob then answers 404");
    }
  },
  {
    id: "management.delete.blob.unknown",
    suite: "management",
    title: "DELETE of a blob that is not there answers 404",
    level: "MUST",
    limit: "deleteBlob",
    spec: distribution("Deleting Blobs"),
    async run(ctx) {
      const seed = blobOf(seededBytes(`oci-matrix/v1/management/repo-marker/${ctx.tag("x")}`, 128), MEDIA_TYPES.octetStream);
      const pushed = await pushBlob(ctx.client, ctx.repo, seed, ctx.cleanup);
      if (!pushed.ok) return { status: "skip", message: `precondition failed: ${pushed.message}` };
      const absent = digestOf(seededBytes("oci-matrix/v1/management/never-pushed", 77));
      const response = await ctx.client.deleteBlob(ctx.repo, absent);
      const off = disabled(response, "blob deletion");
      if (off) return off;
      const wrong = unexpectedStatus(response, [404], `DELETE unknown blob ${absent}`);
      return wrong ? fail(wrong) : pass("404");
    }
  }
]);
export {
  managementChecks
};

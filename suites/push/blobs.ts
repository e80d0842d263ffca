// Push: blobs that arrive other than by a plain upload — mounts, the empty blob, sha512 digests.
import { defineChecks, pass, fail, warn, broken, skip, unsupported, type CheckContext, type Verdict } from '../../src/runner/check.js';
import type { HttpResponse } from '../../src/http/types.js';
import { blobOf, type Blob } from '../../src/oci/builders.js';
import { distributionContent } from '../../src/oci/catalogue.js';
import { seededBytes } from '../../src/oci/seeded.js';
import { digestOf } from '../../src/oci/digest.js';
import { MEDIA_TYPES } from '../../src/oci/media-types.js';
import { pushBlob } from '../../src/registry/push.js';
import { distributionMain } from '../spec.js';
import { describe, header } from '../support.js';
import { MONOLITHIC, MOUNT, isVerdict, openSession, pushBlobFresh, seededBlob, skipFor, verifyStored } from './shared.js';

export const blobChecks = defineChecks([
  {
    id: 'push.blob.mount',
    suite: 'push',
    title: 'Cross-repository mount with from= answers 201 and the blob is then in the target',
    level: 'MAY',
    limit: 'mount',
    spec: MOUNT,
    async run(ctx) {
      const shared = sameRepository(ctx);
      if (shared) return shared;
      const blob = seededBlob(ctx, 'mount-from', 6000);
      const seeded = await pushBlob(ctx.client, ctx.mountRepo, blob, ctx.cleanup);
      if (!seeded.ok) return skipFor(`could not push the source blob to ${ctx.mountRepo}: ${seeded.message}`);
      const mount = await ctx.client.mountBlob(ctx.repo, blob.digest, ctx.mountRepo);
      return judgeMount(ctx, mount, blob, `from ${ctx.mountRepo}`);
    },
  },
  {
    id: 'push.blob.mount.anonymous',
    suite: 'push',
    title: 'Mount without from= (the registry finds the blob itself)',
    level: 'MAY',
    since: '1.1',
    limit: 'anonymousMount',
    spec: MOUNT,
    async run(ctx) {
      const shared = sameRepository(ctx);
      if (shared) return shared;
      const blob = seededBlob(ctx, 'mount-anonymous', 6100);
      const seeded = await pushBlob(ctx.client, ctx.mountRepo, blob, ctx.cleanup);
      if (!seeded.ok) return skipFor(`could not push the source blob to ${ctx.mountRepo}: ${seeded.message}`);
      const mount = await ctx.client.mountBlob(ctx.repo, blob.digest);
      return judgeMount(ctx, mount, blob, 'without from');
    },
  },
  {
    id: 'push.blob.mount.unknown',
    suite: 'push',
    title: 'Mounting a blob that does not exist opens an upload session (202)',
    level: 'SHOULD',
    spec: MOUNT,
    async run(ctx) {
      const absent = digestOf(seededBytes('oci-matrix/v1/push/never-pushed', 64));
      const mount = await ctx.client.mountBlob(ctx.repo, absent, ctx.mountRepo);
      const location = ctx.client.resolveLocation(mount);
      if (location && mount.status === 202) await ctx.client.cancelUpload(location).catch(() => undefined);
      if (mount.status === 202) return pass('202: an upload session instead of a mount');
      if (mount.status === 201) return fail(`201 for a blob that exists nowhere (${absent})`);
      return broken(ctx.level, `expected 202, got ${describe(mount)}`);
    },
  },
  {
    id: 'push.blob.empty',
    suite: 'push',
    title: 'The zero-byte blob can be pushed and pulled',
    level: 'MUST',
    spec: MONOLITHIC,
    async run(ctx) {
      const blob = distributionContent(ctx.runId).emptyBlob;
      const outcome = await pushBlobFresh(ctx, blob);
      if (outcome) return fail(outcome);
      const got = await ctx.client.getBlob(ctx.repo, blob.digest);
      if (got.status !== 200 || got.body.byteLength !== 0) return fail(`GET the empty blob: ${describe(got)} with ${got.body.byteLength} bytes`);
      return pass(`pushed and pulled ${blob.digest} (0 bytes)`);
    },
  },
  {
    id: 'push.blob.sha512',
    suite: 'push',
    title: 'A sha512-addressed blob is stored and served under its sha512 digest',
    level: 'MAY',
    spec: MONOLITHIC,
    async run(ctx) {
      const blob = seededBlob(ctx, 'sha512', 3000, 'sha512');
      const session = await openSession(ctx);
      if (isVerdict(session)) return session;
      const put = await ctx.client.completeUpload(session.location, blob.digest, { body: blob.bytes, size: blob.size });
      if (put.status === 400 || put.status === 404 || put.status === 415) {
        return unsupported(`sha512 digests are refused (${describe(put)}): an optional algorithm`);
      }
      if (put.status !== 201) return fail(`PUT ?digest=sha512:…: expected 201 (or 400 when unsupported), got ${describe(put)}`);
      ctx.cleanup.add({ kind: 'blob', repo: ctx.repo, digest: blob.digest });
      const stored = await verifyStored(ctx, ctx.repo, blob);
      if (stored) return fail(`${stored} (a 201 promises a pullable blob URL)`);
      const served = header(await ctx.client.headBlob(ctx.repo, blob.digest), 'docker-content-digest');
      return pass(`201; served under ${blob.digest}${served && served !== blob.digest ? ` (Docker-Content-Digest ${served})` : ''}`);
    },
  },
  {
    id: 'push.blob.digest-algorithm',
    suite: 'push',
    title: 'POST ?digest-algorithm=sha512 opens a session for a sha512 blob',
    level: 'MAY',
    since: 'main',
    spec: distributionMain('Pushing a blob in chunks'),
    async run(ctx) {
      const blob = seededBlob(ctx, 'digest-algorithm', 2500, 'sha512');
      const post = await ctx.client.startUpload(ctx.repo, { 'digest-algorithm': 'sha512' });
      if (post.status === 400) return unsupported(`digest-algorithm=sha512 refused: ${describe(post)}`);
      const location = ctx.client.resolveLocation(post);
      if (post.status !== 202 || !location) return fail(`POST ?digest-algorithm=sha512: expected 202 + Location, got ${describe(post)}`);
      const put = await ctx.client.completeUpload(location, blob.digest, { body: blob.bytes, size: blob.size });
      if (put.status === 400) return unsupported(`sha512 upload refused at PUT: ${describe(put)}`);
      if (put.status !== 201) return fail(`PUT ?digest=sha512:…: expected 201, got ${describe(put)}`);
      ctx.cleanup.add({ kind: 'blob', repo: ctx.repo, digest: blob.digest });
      const stored = await verifyStored(ctx, ctx.repo, blob);
      return stored ? fail(stored) : pass('sha512 session opened, blob stored under its sha512 digest');
    },
  },
]);

/**
 * In a shared repository (limits.createRepository: false) the mount source defaults to the target
 * itself: the blob would already be there, and a 201 would prove nothing.
 */
function sameRepository(ctx: CheckContext): Verdict | undefined {
  if (ctx.mountRepo !== ctx.repo) return undefined;
  return skip(`the mount source would be the target repository ${ctx.repo} itself (repositories are shared: limits.createRepository is false): configure mountRepository, a second repository these credentials may push to`);
}

async function judgeMount(ctx: CheckContext, mount: HttpResponse, blob: Blob, how: string): Promise<Verdict> {
  if (mount.status === 202) {
    const location = ctx.client.resolveLocation(mount);
    if (location) await ctx.client.cancelUpload(location).catch(() => undefined);
    return unsupported(`mount ${how} not performed: 202 opens an upload session instead (allowed)`);
  }
  // A registry that does not mount "SHOULD return a `202`": anything else is a broken SHOULD.
  if (mount.status !== 201) return warn(`mount ${how}: expected 201 (or 202 to fall back to an upload), got ${describe(mount)}`);
  ctx.cleanup.add({ kind: 'blob', repo: ctx.repo, digest: blob.digest });
  if (!header(mount, 'location')) return fail(`mount ${how}: 201 without a Location header`);
  const head = await ctx.client.headBlob(ctx.repo, blob.digest);
  if (head.status !== 200) return fail(`mount ${how} answered 201, but HEAD in ${ctx.repo} answers ${describe(head)}`);
  return pass(`201 + Location; the blob is now in ${ctx.repo}`);
}

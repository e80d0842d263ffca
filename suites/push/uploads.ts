// Push: blob uploads — monolithic, single POST, chunked, session status and cancel, digest check.
import { defineChecks, pass, fail, warn, broken, unsupported } from '../../src/runner/check.js';
import { digestOf } from '../../src/oci/digest.js';
import { seededBytes } from '../../src/oci/seeded.js';
import { errorCodes, bodyDigest, describe, header, unexpectedStatus } from '../support.js';
import { CHUNKED, MONOLITHIC, SINGLE_POST, isVerdict, openChunkedUpload, openSession, patchChunk, rangeEnd, seededBlob, verifyStored } from './shared.js';

export const uploadChecks = defineChecks([
  {
    id: 'push.blob.post-put',
    suite: 'push',
    title: 'Monolithic upload: POST opens a session (202 + Location), PUT ?digest= completes it (201 + Location)',
    level: 'MUST',
    spec: MONOLITHIC,
    async run(ctx) {
      const blob = seededBlob(ctx, 'post-put', 8 * 1024 + 7);
      const session = await openSession(ctx);
      if (isVerdict(session)) return session;
      const put = await ctx.client.completeUpload(session.location, blob.digest, { body: blob.bytes, size: blob.size });
      const wrong = unexpectedStatus(put, [201], `PUT upload ?digest=${blob.digest}`);
      if (wrong) return fail(wrong);
      ctx.cleanup.add({ kind: 'blob', repo: ctx.repo, digest: blob.digest });
      if (!header(put, 'location')) return fail('PUT completing the upload answered 201 without a Location header');
      const stored = await verifyStored(ctx, ctx.repo, blob);
      return stored ? fail(stored) : pass(`202 + Location, then 201 + Location; ${blob.size} bytes stored intact`);
    },
  },
  {
    id: 'push.blob.single-post',
    suite: 'push',
    title: 'Single-POST upload (201), or the 202 fallback to POST-then-PUT',
    level: 'MAY',
    limit: 'singlePostUpload',
    spec: SINGLE_POST,
    async run(ctx) {
      const blob = seededBlob(ctx, 'single-post', 5 * 1024 + 3);
      const post = await ctx.client.singlePostUpload(ctx.repo, blob.digest, blob.bytes, blob.size);
      if (post.status === 201) {
        ctx.cleanup.add({ kind: 'blob', repo: ctx.repo, digest: blob.digest });
        if (!header(post, 'location')) return fail('single POST answered 201 without a Location header');
        const stored = await verifyStored(ctx, ctx.repo, blob);
        return stored ? fail(stored) : pass('201 + Location; blob stored intact');
      }
      // "Registries that do not support single request monolithic uploads SHOULD return a `202 Accepted`": a SHOULD.
      if (post.status !== 202) return warn(`single POST: expected 201, or 202 when unsupported; got ${describe(post)}`);
      const location = ctx.client.resolveLocation(post);
      if (!location) return warn('single POST unsupported and its 202 carries no Location, so clients cannot fall back');
      const put = await ctx.client.completeUpload(location, blob.digest, { body: blob.bytes, size: blob.size });
      if (put.status !== 201) return fail(`fallback PUT after the 202: expected 201, got ${describe(put)}`);
      ctx.cleanup.add({ kind: 'blob', repo: ctx.repo, digest: blob.digest });
      return unsupported('single-POST upload not supported; the 202 fallback to POST-then-PUT works as the spec asks');
    },
  },
  {
    id: 'push.blob.chunked',
    suite: 'push',
    title: 'Chunked upload: PATCH chunks (202, Location, Range), closing PUT (201)',
    level: 'MUST',
    limit: 'chunkedUpload',
    spec: CHUNKED,
    async run(ctx) {
      const session = await openChunkedUpload(ctx, 'chunked', (chunk) => chunk * 2 + 1000);
      if (isVerdict(session)) return session;
      const { chunk, blob } = session;
      let location = session.location;
      let offset = 0;
      while (offset < blob.size) {
        const end = Math.min(offset + chunk, blob.size) - 1;
        const patch = await patchChunk(ctx, location, blob, offset, end);
        const wrong = unexpectedStatus(patch, [202], `PATCH chunk ${offset}-${end}`);
        if (wrong) return fail(wrong);
        const next = ctx.client.resolveLocation(patch);
        if (!next) return fail(`PATCH chunk ${offset}-${end}: 202 without a Location header`);
        if (rangeEnd(patch) !== end) return fail(`PATCH chunk ${offset}-${end}: Range header "${header(patch, 'range') ?? '(none)'}", expected "0-${end}"`);
        location = next;
        offset = end + 1;
      }
      const put = await ctx.client.completeUpload(location, blob.digest);
      const wrong = unexpectedStatus(put, [201], 'closing PUT ?digest=');
      if (wrong) return fail(wrong);
      ctx.cleanup.add({ kind: 'blob', repo: ctx.repo, digest: blob.digest });
      if (!header(put, 'location')) return fail('closing PUT answered 201 without a Location header');
      const stored = await verifyStored(ctx, ctx.repo, blob);
      return stored ? fail(stored) : pass(`${Math.ceil(blob.size / chunk)} chunks of ${chunk} bytes; blob stored intact`);
    },
  },
  {
    id: 'push.blob.chunked.min-length',
    suite: 'push',
    title: 'A registry with a minimum chunk size publishes it in OCI-Chunk-Min-Length',
    level: 'SHOULD',
    since: '1.1',
    limit: 'chunkedUpload',
    spec: CHUNKED,
    async run(ctx) {
      const session = await openSession(ctx);
      if (isVerdict(session)) return session;
      await ctx.client.cancelUpload(session.location).catch(() => undefined);
      const published = header(session.response, 'oci-chunk-min-length');
      const configured = ctx.limits.chunkMinLength;
      if (published !== undefined && !/^\d+$/.test(published)) return fail(`OCI-Chunk-Min-Length "${published}" is not a byte count`);
      if (configured && published === undefined) return broken(ctx.level, `the registry needs chunks of ${configured} bytes (limits.chunkMinLength) but does not publish OCI-Chunk-Min-Length`);
      return pass(published ? `OCI-Chunk-Min-Length: ${published} (honoured by the chunked checks)` : 'no minimum chunk size published, none configured');
    },
  },
  {
    id: 'push.blob.chunked.out-of-order',
    suite: 'push',
    title: 'A chunk that does not start where the last one ended is refused with 416',
    level: 'MUST',
    limit: 'chunkedUpload',
    spec: CHUNKED,
    async run(ctx) {
      const session = await openChunkedUpload(ctx, 'out-of-order', (chunk) => chunk * 3);
      if (isVerdict(session)) return session;
      const { chunk, blob } = session;
      const first = await patchChunk(ctx, session.location, blob, 0, chunk - 1);
      const wrongFirst = unexpectedStatus(first, [202], `PATCH first chunk 0-${chunk - 1}`);
      if (wrongFirst) return fail(wrongFirst);
      const location = ctx.client.resolveLocation(first) ?? session.location;
      // Skip a chunk: this one starts a whole chunk after the end of the first.
      const skipped = await patchChunk(ctx, location, blob, 2 * chunk, 3 * chunk - 1);
      await ctx.client.cancelUpload(ctx.client.resolveLocation(skipped) ?? location).catch(() => undefined);
      if (skipped.status === 416) return pass(`out-of-order chunk ${2 * chunk}-${3 * chunk - 1} refused with 416`);
      return fail(`out-of-order chunk ${2 * chunk}-${3 * chunk - 1} after 0-${chunk - 1}: expected 416, got ${describe(skipped)}`);
    },
  },
  {
    id: 'push.blob.upload-status',
    suite: 'push',
    title: 'GET on an upload session answers 204 with Location and Range',
    level: 'MUST',
    limit: 'chunkedUpload',
    spec: CHUNKED,
    async run(ctx) {
      const session = await openChunkedUpload(ctx, 'status', (chunk) => chunk + 512);
      if (isVerdict(session)) return session;
      const { chunk, blob } = session;
      const patch = await patchChunk(ctx, session.location, blob, 0, chunk - 1);
      const wrongPatch = unexpectedStatus(patch, [202], 'PATCH first chunk');
      if (wrongPatch) return fail(wrongPatch);
      const location = ctx.client.resolveLocation(patch) ?? session.location;
      const status = await ctx.client.uploadStatus(location);
      const verdict = (() => {
        const wrong = unexpectedStatus(status, [204], 'GET upload status');
        if (wrong) return fail(wrong);
        if (!header(status, 'location')) return fail('upload status 204 without a Location header');
        if (rangeEnd(status) !== chunk - 1) return fail(`upload status Range "${header(status, 'range') ?? '(none)'}", expected "0-${chunk - 1}"`);
        return pass(`204 with Location and Range 0-${chunk - 1}`);
      })();
      // Finish the upload so nothing half-done stays behind.
      const rest = blob.bytes.subarray(chunk);
      const put = await ctx.client.completeUpload(ctx.client.resolveLocation(status) ?? location, blob.digest, {
        body: rest,
        size: rest.byteLength,
        range: `${chunk}-${blob.size - 1}`,
      });
      if (put.status === 201) ctx.cleanup.add({ kind: 'blob', repo: ctx.repo, digest: blob.digest });
      else await ctx.client.cancelUpload(location).catch(() => undefined);
      return verdict;
    },
  },
  {
    id: 'push.blob.cancel',
    suite: 'push',
    title: 'DELETE on an upload session cancels it',
    level: 'MAY',
    spec: CHUNKED,
    async run(ctx) {
      const session = await openSession(ctx);
      if (isVerdict(session)) return session;
      const cancel = await ctx.client.cancelUpload(session.location);
      if (cancel.status === 404 || cancel.status === 405 || cancel.status === 400) {
        return unsupported(`cancelling an upload is not supported (DELETE answered ${describe(cancel)})`);
      }
      if (cancel.status < 200 || cancel.status > 299) return warn(`DELETE upload session: expected 204, got ${describe(cancel)}`);
      const after = await ctx.client.uploadStatus(session.location);
      if (after.status === 204) return warn(`DELETE answered ${cancel.status}, but the session still answers 204 afterwards`);
      return pass(`DELETE ${cancel.status}; the session then answers ${describe(after)}`);
    },
  },
  {
    id: 'push.blob.digest-mismatch',
    suite: 'push',
    title: 'A blob whose bytes do not match the ?digest= is refused (400 DIGEST_INVALID)',
    level: 'MUST',
    spec: MONOLITHIC,
    async run(ctx) {
      const blob = seededBlob(ctx, 'digest-mismatch', 4096);
      const claimed = digestOf(seededBytes(`oci-matrix/v1/push/${ctx.runId}/digest-mismatch-other`, 4096));
      const session = await openSession(ctx);
      if (isVerdict(session)) return session;
      const put = await ctx.client.completeUpload(session.location, claimed, { body: blob.bytes, size: blob.size });
      if (put.status === 400) {
        const codes = errorCodes(put);
        return codes.length === 0 || codes.includes('DIGEST_INVALID')
          ? pass(`400${codes.length ? ` ${codes.join(', ')}` : ''}`)
          : warn(`refused with 400, but with ${codes.join(', ')} rather than DIGEST_INVALID`);
      }
      if (put.status >= 200 && put.status < 300) {
        ctx.cleanup.add({ kind: 'blob', repo: ctx.repo, digest: claimed });
        const served = await ctx.client.getBlob(ctx.repo, claimed);
        if (served.status === 200) return fail(`accepted (${put.status}) and serves ${claimed} with bytes hashing to ${bodyDigest(served)}`);
        return fail(`accepted bytes that do not match ${claimed} with ${put.status}`);
      }
      return warn(`refused, but with ${describe(put)} rather than 400 DIGEST_INVALID`);
    },
  },
]);

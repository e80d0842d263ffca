// Blob and upload endpoints of the reference registry: GET/HEAD/DELETE blobs (with Range),
// POST (session, single POST, mount), PATCH chunks, PUT to complete, GET status, DELETE cancel.
import { formatContentRange, parseContentRange, parseRange, resolveRange } from '../http/range.js';
import type { Handler, HandlerContext, Upload } from './context.js';
import { parseDigestStrict, refuseBody } from './context.js';
import { algorithmOf, digestOf } from '../oci/digest.js';
import { unknownRepository } from './manifests.js';

function uploadLocation(repo: string, id: string): string {
  return `/v2/${repo}/blobs/uploads/${id}`;
}

export const getBlob: Handler = async (ctx) => {
  const { reply, has, reference: digest, res } = ctx;
  if (!parseDigestStrict(digest)) {
    return has('malformed-digest-500') ? reply.error(500, 'UNKNOWN', 'internal error') : reply.error(400, 'DIGEST_INVALID', `invalid digest ${digest}`);
  }
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo || !repo.blobs.has(digest) || !ctx.blobs.has(digest)) {
    if (has('blob-unknown-200-empty') && !ctx.isHead) return reply.empty(200, { 'content-type': 'application/octet-stream' });
    if (!repo) return unknownRepository(ctx);
    return reply.error(404, 'BLOB_UNKNOWN', `blob ${digest} unknown`);
  }
  const size = ctx.blobs.size(digest)!;
  // The registry's own answer carries its header; the storage behind the redirect serves the bytes.
  if (ctx.storage) return reply.empty(307, { location: ctx.storage.signedUrl(digest), 'docker-content-digest': digest });
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'docker-content-digest': has('blob-digest-header-wrong') ? digestOf(new TextEncoder().encode(`not ${digest}`)) : digest,
    'accept-ranges': 'bytes',
  };
  const range = has('blob-range-ignored') ? undefined : ctx.req.headers.range;
  if (range) {
    const parsed = parseRange(range);
    const selected = parsed && resolveRange(parsed, size);
    if (!selected) return reply.empty(416, { 'content-range': `bytes */${size}` });
    const { start, end } = selected;
    res.writeHead(206, { ...headers, 'content-range': formatContentRange({ start, end, total: size }), 'content-length': String(end - start + 1) });
    if (ctx.isHead) return void res.end();
    ctx.blobs.read(digest, { start, end }).pipe(res);
    return;
  }
  if (!(ctx.isHead && has('blob-head-no-length'))) headers['content-length'] = String(size);
  res.writeHead(200, headers);
  if (ctx.isHead) return void res.end();
  const stream = ctx.blobs.read(digest);
  if (has('blob-corrupt')) {
    let first = true;
    stream
      .map((chunk: Buffer) => {
        if (!first || chunk.length === 0) return chunk;
        first = false;
        const copy = Buffer.from(chunk);
        copy[0] ^= 0xff;
        return copy;
      })
      .pipe(res);
    return;
  }
  stream.pipe(res);
};

/** delete-async: longer than any check waits, so the blob is still served when judged. */
const ASYNC_BLOB_DELETE_MS = 60_000;

export const deleteBlob: Handler = async (ctx) => {
  const { reply, has, reference: digest } = ctx;
  if (!parseDigestStrict(digest)) return reply.error(400, 'DIGEST_INVALID', `invalid digest ${digest}`);
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo) return unknownRepository(ctx);
  if (!repo.blobs.has(digest)) return has('delete-unknown-blob-202') ? reply.empty(202) : reply.error(404, 'BLOB_UNKNOWN', `blob ${digest} unknown`);
  // delete-async: accepted now, collected much later (Artifactory); GET serves the blob meanwhile.
  if (has('delete-async')) setTimeout(() => repo.blobs.delete(digest), ASYNC_BLOB_DELETE_MS).unref();
  else if (!has('delete-blob-noop')) repo.blobs.delete(digest);
  reply.empty(202);
};

/** Links a stored blob into a repository and answers 201 with its Location. */
function created(ctx: HandlerContext, digest: string): void {
  ctx.repos.ensure(ctx.repoName).blobs.add(digest);
  const status = ctx.has('upload-put-200') ? 200 : 201;
  ctx.reply.empty(status, { location: `/v2/${ctx.repoName}/blobs/${digest}`, 'docker-content-digest': digest });
}

function checkDigest(ctx: HandlerContext, digest: string | null): string | undefined {
  if (!digest || !parseDigestStrict(digest)) return `invalid digest ${digest ?? '(none)'}`;
  if (digest.startsWith('sha512:') && ctx.has('sha256-only')) return 'sha512 is not supported';
  return undefined;
}

async function openSession(ctx: HandlerContext, algorithm: 'sha256' | 'sha512'): Promise<void> {
  const session = await ctx.blobs.startUpload();
  ctx.uploads.set(session.id, { repo: ctx.repoName, session, algorithm });
  ctx.repos.ensure(ctx.repoName);
  const headers: Record<string, string> = { range: '0-0', 'docker-upload-uuid': session.id };
  if (!ctx.has('upload-no-location')) headers.location = uploadLocation(ctx.repoName, session.id);
  if (ctx.has('chunk-min-length-garbage')) headers['oci-chunk-min-length'] = 'plenty';
  else if (ctx.options.chunkMinLength) headers['oci-chunk-min-length'] = String(ctx.options.chunkMinLength);
  ctx.reply.empty(202, headers);
}

export const startUpload: Handler = async (ctx) => {
  const { url, has, reply } = ctx;
  const mount = url.searchParams.get('mount');
  const from = url.searchParams.get('from');
  const digest = url.searchParams.get('digest');
  const algorithm = url.searchParams.get('digest-algorithm') === 'sha512' ? 'sha512' : 'sha256';
  if (url.searchParams.get('digest-algorithm') === 'sha512' && has('sha256-only')) return reply.error(400, 'DIGEST_INVALID', 'sha512 is not supported');
  if (mount) {
    if (!parseDigestStrict(mount)) return reply.error(400, 'DIGEST_INVALID', `invalid digest ${mount}`);
    const source = from ? ctx.repos.get(from) : undefined;
    const available = from ? Boolean(source?.blobs.has(mount)) : ctx.repos.anyHasBlob(mount);
    const mounts = !has('mount-fallback-202');
    if ((mounts && available && ctx.blobs.has(mount)) || has('mount-unknown-201')) {
      if (has('mount-claims-201-without-blob') || !ctx.blobs.has(mount)) {
        return reply.empty(201, { location: `/v2/${ctx.repoName}/blobs/${mount}`, 'docker-content-digest': mount });
      }
      return created(ctx, mount);
    }
    // Not mountable: fall back to an upload session, as the spec asks.
    ctx.req.resume();
    return openSession(ctx, algorithm);
  }
  if (digest && !has('single-post-ignored')) {
    const problem = checkDigest(ctx, digest);
    if (problem) {
      refuseBody(ctx.req, ctx.res);
      return reply.error(400, 'DIGEST_INVALID', problem);
    }
    const session = await ctx.blobs.startUpload();
    await session.append(ctx.req);
    return complete(ctx, { repo: ctx.repoName, session, algorithm }, digest);
  }
  if (digest && has('single-post-ignored')) {
    ctx.req.resume();
    return reply.empty(201, { location: `/v2/${ctx.repoName}/blobs/${digest}` });
  }
  ctx.req.resume();
  return openSession(ctx, algorithm);
};

function findUpload(ctx: HandlerContext): Upload | undefined {
  const upload = ctx.uploads.get(ctx.reference);
  return upload && upload.repo === ctx.repoName ? upload : undefined;
}

function progressHeaders(ctx: HandlerContext, upload: Upload, withRange = true): Record<string, string> {
  const size = upload.session.size();
  return {
    location: uploadLocation(ctx.repoName, upload.session.id),
    'docker-upload-uuid': upload.session.id,
    // An empty session has no last byte; "0-0" is what registries conventionally answer.
    ...(withRange ? { range: `0-${Math.max(0, size - 1)}` } : {}),
  };
}

/** Appends a chunk whose Content-Range (when given) must start where the upload stands. */
async function appendChunk(ctx: HandlerContext, upload: Upload, final: boolean): Promise<boolean> {
  const contentRange = ctx.req.headers['content-range'];
  if (contentRange) {
    const parsed = parseContentRange(contentRange);
    if (!parsed || (parsed.start !== upload.session.size() && !ctx.has('chunk-out-of-order-accepted'))) {
      ctx.req.resume();
      ctx.reply.empty(416, progressHeaders(ctx, upload));
      return false;
    }
  }
  const length = Number(ctx.req.headers['content-length'] ?? NaN);
  const min = ctx.options.chunkMinLength;
  if (!final && min && Number.isFinite(length) && length < min) {
    ctx.req.resume();
    ctx.reply.error(416, 'BLOB_UPLOAD_INVALID', `chunks must be at least ${min} bytes`, progressHeaders(ctx, upload));
    return false;
  }
  await upload.session.append(ctx.req);
  return true;
}

export const patchUpload: Handler = async (ctx) => {
  const upload = findUpload(ctx);
  if (!upload) {
    ctx.req.resume();
    return ctx.reply.error(404, 'BLOB_UPLOAD_UNKNOWN', 'upload unknown');
  }
  if (!(await appendChunk(ctx, upload, false))) return;
  ctx.reply.empty(202, progressHeaders(ctx, upload));
};

export const uploadStatus: Handler = async (ctx) => {
  const upload = findUpload(ctx);
  if (!upload) return ctx.reply.error(404, 'BLOB_UPLOAD_UNKNOWN', 'upload unknown');
  ctx.reply.empty(204, progressHeaders(ctx, upload, !ctx.has('upload-status-no-range')));
};

export const cancelUpload: Handler = async (ctx) => {
  const upload = findUpload(ctx);
  if (!upload) return ctx.reply.error(404, 'BLOB_UPLOAD_UNKNOWN', 'upload unknown');
  if (!ctx.has('upload-cancel-ignored')) {
    ctx.uploads.delete(ctx.reference);
    await upload.session.abort();
  }
  ctx.reply.empty(204);
};

export const putUpload: Handler = async (ctx) => {
  const upload = findUpload(ctx);
  if (!upload) {
    ctx.req.resume();
    return ctx.reply.error(404, 'BLOB_UPLOAD_UNKNOWN', 'upload unknown');
  }
  const digest = ctx.url.searchParams.get('digest');
  const problem = checkDigest(ctx, digest);
  if (problem) {
    refuseBody(ctx.req, ctx.res);
    return ctx.reply.error(400, 'DIGEST_INVALID', problem);
  }
  if (!(await appendChunk(ctx, upload, true))) return;
  ctx.uploads.delete(ctx.reference);
  return complete(ctx, upload, digest!);
};

async function complete(ctx: HandlerContext, upload: Upload, digest: string): Promise<void> {
  const algorithm = algorithmOf(digest);
  const actual = upload.session.digest(algorithm);
  if (actual !== digest && !ctx.has('upload-digest-unchecked')) {
    await upload.session.abort();
    return ctx.reply.error(400, 'DIGEST_INVALID', `content hashes to ${actual}, not ${digest}`);
  }
  if (upload.session.size() === 0 && ctx.has('empty-blob-rejected')) {
    await upload.session.abort();
    return ctx.reply.error(400, 'SIZE_INVALID', 'empty blob');
  }
  await upload.session.commit(digest);
  created(ctx, digest);
}

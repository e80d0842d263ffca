// Manifest endpoints of the reference registry: PUT, GET/HEAD, DELETE, and the referrers
// list derived from the manifests' subjects.
import { Readable } from 'node:stream';
import type { Handler, HandlerContext } from './context.js';
import type { StoredManifest } from './repositories.js';
import { algorithmOf, digestOf } from '../oci/digest.js';
import { isTag } from '../oci/reference.js';
import { MEDIA_TYPES } from '../oci/media-types.js';
import { isDigestReference, parseDigestStrict, readBody } from './context.js';

interface ManifestJson {
  mediaType?: string;
  artifactType?: string;
  config?: { mediaType?: string; digest?: string; data?: string };
  layers?: { mediaType?: string; digest?: string; urls?: string[]; data?: string }[];
  blobs?: { digest?: string }[];
  manifests?: { mediaType?: string; digest?: string }[];
  subject?: { digest?: string };
  annotations?: Record<string, string>;
}

/** delete-async: how long a deleted manifest stays served (within the checks' bounded poll). */
const ASYNC_MANIFEST_DELETE_MS = 1000;

const KNOWN_TOP_LEVEL = new Set(['schemaVersion', 'mediaType', 'artifactType', 'config', 'layers', 'blobs', 'manifests', 'subject', 'annotations']);
const IMAGE_CONFIG_TYPES = new Set<string>([MEDIA_TYPES.imageConfig, MEDIA_TYPES.empty, MEDIA_TYPES.dockerConfig]);

export const putManifest: Handler = async (ctx) => {
  const { res, repoName, reference, has, reply } = ctx;
  const body = await readBody(ctx.req, ctx.options.maxManifestBytes + 1);
  const limit = has('manifest-limit-1mib') ? 1024 * 1024 : has('manifest-limit-4mib-413') ? 4 * 1024 * 1024 : ctx.options.maxManifestBytes;
  if (body.byteLength > limit) return reply.error(413, 'MANIFEST_INVALID', `manifest larger than ${limit} bytes`);
  let json: ManifestJson;
  try {
    json = JSON.parse(Buffer.from(body).toString('utf8')) as ManifestJson;
    if (typeof json !== 'object' || json === null) throw new Error('not an object');
  } catch {
    return reply.error(400, 'MANIFEST_INVALID', 'manifest is not a JSON object');
  }
  if (has('manifest-content-type-parameters-refused') && ctx.req.headers['content-type']?.includes(';')) return reply.error(400, 'MANIFEST_INVALID', 'unsupported Content-Type parameters');
  const mediaType = json.mediaType ?? ctx.req.headers['content-type']?.split(';')[0].trim() ?? MEDIA_TYPES.imageManifest;
  const isIndex = Array.isArray(json.manifests);
  // Like zot without its Docker compatibility option: OCI media types only.
  if (has('docker-refused') && mediaType.startsWith('application/vnd.docker.')) return reply.error(415, 'MANIFEST_INVALID', `unsupported media type ${mediaType}`);
  const refused = refusalByDeviation(ctx, json, mediaType, isIndex);
  if (refused) return reply.error(400, 'MANIFEST_INVALID', refused);

  const algorithm = isDigestReference(reference) ? algorithmOf(reference) : 'sha256';
  if (algorithm === 'sha512' && has('sha256-only')) return reply.error(400, 'DIGEST_INVALID', 'sha512 is not supported');
  const digest = digestOf(body, algorithm);
  if (isDigestReference(reference)) {
    if (!parseDigestStrict(reference)) return reply.error(400, 'DIGEST_INVALID', `invalid digest ${reference}`);
    if (reference !== digest) return reply.error(400, 'DIGEST_INVALID', `body digest is ${digest}, not ${reference}`);
  }
  const repo = ctx.repos.ensure(repoName);
  const missing = missingReferences(ctx, repo.blobs, repo.manifests, json);
  if (missing.length) {
    const code = has('manifest-blob-unknown-wrong-code') || (has('nondistributable-wrong-code') && json.layers?.some((l) => l.urls?.length)) ? 'MANIFEST_INVALID' : 'MANIFEST_BLOB_UNKNOWN';
    return reply.error(400, code, `unknown ${missing.join(', ')}`);
  }
  if (json.subject?.digest && has('subject-must-exist') && !repo.manifests.has(json.subject.digest)) {
    return reply.error(400, 'MANIFEST_BLOB_UNKNOWN', `subject ${json.subject.digest} does not exist`);
  }
  if (!ctx.blobs.has(digest)) {
    const session = await ctx.blobs.startUpload();
    await session.append(Readable.from([body]));
    await session.commit(digest);
  }
  const stored: StoredManifest = {
    digest,
    mediaType,
    size: body.byteLength,
    isIndex,
    subject: json.subject?.digest,
    artifactType: json.artifactType,
    configMediaType: json.config?.mediaType,
    annotations: json.annotations,
  };
  // Synchronous from here: the manifest and its tags appear together.
  const subjectExisted = stored.subject ? repo.manifests.has(stored.subject) : true;
  repo.manifests.set(digest, has('referrers-need-subject') && !subjectExisted ? { ...stored, subject: undefined } : stored);
  const tags = isDigestReference(reference) ? [] : [reference];
  const queryTags = has('tag-query-ignored') ? [] : ctx.url.searchParams.getAll('tag');
  const valid = queryTags.filter(isTag);
  if (valid.length !== queryTags.length) return reply.error(400, 'MANIFEST_INVALID', 'invalid tag in ?tag=');
  for (const tag of [...tags, ...valid]) {
    if (!(has('tag-overwrite-ignored') && repo.tags.has(tag))) repo.tags.set(tag, digest);
  }
  const headers: Record<string, string> = {
    location: `/v2/${repoName}/manifests/${digest}`,
    'docker-content-digest': has('manifest-digest-header-wrong') ? wrongDigest(digest) : digest,
  };
  if (stored.subject && !has('no-oci-subject-header') && !has('referrers-404')) headers['oci-subject'] = stored.subject;
  if (valid.length && !has('tag-query-no-header')) headers['oci-tag'] = valid.join(', ');
  reply.empty(201, headers);
  void res;
};

function refusalByDeviation(ctx: Parameters<Handler>[0], json: ManifestJson, mediaType: string, isIndex: boolean): string | undefined {
  const { has } = ctx;
  if (has('reject-artifact-manifest') && mediaType === MEDIA_TYPES.artifactManifest) return 'artifact manifests are not supported';
  if (has('reject-nested-index') && json.manifests?.some((m) => m.mediaType === MEDIA_TYPES.imageIndex || m.mediaType === MEDIA_TYPES.dockerManifestList)) return 'nested indexes are not supported';
  if (has('reject-unknown-fields') && Object.keys(json).some((k) => !KNOWN_TOP_LEVEL.has(k))) return 'unknown field';
  if (has('reject-data-field') && (json.config?.data !== undefined || json.layers?.some((l) => l.data !== undefined))) return 'data field not supported';
  if (has('reject-empty-layers') && !isIndex && Array.isArray(json.layers) && json.layers.length === 0) return 'no layers';
  if (has('reject-unknown-config-media-type') && json.config?.mediaType && !IMAGE_CONFIG_TYPES.has(json.config.mediaType)) return `config media type ${json.config.mediaType} not supported`;
  if (has('reject-artifact-type') && !isIndex && json.artifactType) return 'artifactType not supported';
  if (has('reject-index-artifact-type') && isIndex && json.artifactType) return 'artifactType not supported on an index';
  return undefined;
}

/** Descriptors the repository lacks. Foreign layers (with urls) need not be present; the subject never. */
function missingReferences(ctx: Parameters<Handler>[0], blobs: Set<string>, manifests: Map<string, StoredManifest>, json: ManifestJson): string[] {
  const missing: string[] = [];
  const foreignAllowed = !ctx.has('nondistributable-wrong-code') && !ctx.has('foreign-layers-refused');
  for (const d of [json.config, ...(json.layers ?? []), ...(json.blobs ?? [])]) {
    if (!d?.digest) continue;
    if ((d as { urls?: string[] }).urls?.length && foreignAllowed) continue;
    if (!blobs.has(d.digest)) missing.push(`blob ${d.digest}`);
  }
  for (const m of json.manifests ?? []) if (m.digest && !manifests.has(m.digest)) missing.push(`manifest ${m.digest}`);
  return missing;
}

function wrongDigest(digest: string): string {
  return digestOf(new TextEncoder().encode(`not ${digest}`));
}

/** Resolves a tag or digest; the referrers-tag aliasing deviation lives here. */
function resolve(ctx: Parameters<Handler>[0], reference: string): StoredManifest | undefined {
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo) return undefined;
  if (ctx.has('tag-schema-aliases-subject')) {
    const match = /^(sha256|sha512)-([a-f0-9]{64,128})$/.exec(reference);
    const subject = match ? repo.manifests.get(`${match[1]}:${match[2]}`) : undefined;
    if (subject) return subject;
  }
  const digest = isDigestReference(reference) ? reference : repo.tags.get(reference);
  return digest ? repo.manifests.get(digest) : undefined;
}

export const getManifest: Handler = async (ctx) => {
  const { reply, has, reference } = ctx;
  if (isDigestReference(reference) && !parseDigestStrict(reference)) {
    return has('malformed-digest-500') ? reply.error(500, 'UNKNOWN', 'internal error') : reply.error(400, 'DIGEST_INVALID', `invalid digest ${reference}`);
  }
  if (!ctx.repos.get(ctx.repoName)) return unknownRepository(ctx);
  const manifest = resolve(ctx, reference);
  if (!manifest) return has('manifest-unknown-500') ? reply.error(500, 'UNKNOWN', 'internal error') : reply.error(404, 'MANIFEST_UNKNOWN', `manifest ${reference} unknown`);
  const accepted = (ctx.req.headers.accept ?? '').split(',').some((a) => a.split(';')[0].trim() === manifest.mediaType);
  if (has('accept-strict') && !accepted) return reply.error(404, 'MANIFEST_UNKNOWN', 'manifest unknown (Accept)');
  let bytes = await ctx.blobs.readAll(manifest.digest);
  if (has('manifest-rewrite') || (has('accept-wildcard-rewrite') && !accepted)) bytes = Buffer.from(JSON.stringify(JSON.parse(Buffer.from(bytes).toString('utf8')), null, 1));
  const headers: Record<string, string> = {
    'content-type': has('manifest-content-type-wrong') ? 'application/octet-stream' : manifest.mediaType,
    'content-length': String(bytes.byteLength),
    'docker-content-digest': has('manifest-digest-header-wrong') ? wrongDigest(manifest.digest) : manifest.digest,
  };
  if (ctx.isHead && has('manifest-head-no-digest')) delete headers['docker-content-digest'];
  ctx.res.writeHead(200, headers);
  ctx.res.end(ctx.isHead ? undefined : bytes);
};

export function unknownRepository(ctx: Parameters<Handler>[0]): void {
  if (ctx.has('unknown-repository-500')) return ctx.reply.error(500, 'UNKNOWN', 'internal error');
  ctx.reply.error(404, 'NAME_UNKNOWN', `repository ${ctx.repoName} not known to registry`);
}

export const deleteManifest: Handler = async (ctx) => {
  const { reply, has, reference } = ctx;
  const repo = ctx.repos.get(ctx.repoName);
  if (!repo) return has('delete-unknown-repo-202') ? reply.empty(202) : unknownRepository(ctx);
  if (isDigestReference(reference)) {
    if (!parseDigestStrict(reference)) return reply.error(400, 'DIGEST_INVALID', `invalid digest ${reference}`);
    if (!repo.manifests.has(reference)) return reply.error(404, 'MANIFEST_UNKNOWN', `manifest ${reference} unknown`);
    if (has('delete-manifest-noop')) return reply.empty(202);
    const deleted = repo.manifests.get(reference)!;
    if (has('referrer-delete-stale') && deleted.subject) {
      // The stale entry stays listed: keep a ghost the referrers list still shows.
      ctx.ghosts.set(`${ctx.repoName}\u0000${reference}`, deleted);
    }
    const remove = () => {
      repo.manifests.delete(reference);
      for (const [tag, digest] of repo.tags) if (digest === reference) repo.tags.delete(tag);
    };
    // Accepted now, done a moment later (a queue behind the API, as on Artifactory).
    if (has('delete-async')) setTimeout(remove, ASYNC_MANIFEST_DELETE_MS).unref();
    else remove();
    return reply.empty(202);
  }
  if (!repo.tags.has(reference)) return reply.error(404, 'MANIFEST_UNKNOWN', `tag ${reference} unknown`);
  repo.tags.delete(reference);
  return reply.empty(202);
};

export const listReferrers: Handler = async (ctx) => {
  const { reply, has, reference } = ctx;
  if (has('referrers-404')) return reply.error(404, 'NAME_UNKNOWN', 'page not found');
  if (has('referrers-html-200')) {
    ctx.res.writeHead(200, { 'content-type': 'text/html' });
    return void ctx.res.end('<html><body>Not here</body></html>');
  }
  if (!parseDigestStrict(reference)) {
    return has('referrers-invalid-digest-404') ? reply.error(404, 'MANIFEST_UNKNOWN', 'unknown') : reply.error(400, 'DIGEST_INVALID', `invalid digest ${reference}`);
  }
  const repo = ctx.repos.get(ctx.repoName);
  const ghosts = [...ctx.ghosts.entries()].filter(([k]) => k.startsWith(`${ctx.repoName}\u0000`)).map(([, m]) => m);
  const all = [...(repo?.manifests.values() ?? []), ...ghosts].filter((m) => m.subject === reference);
  // Several artifactType parameters ask for referrers of any of those types.
  const wanted = ctx.url.searchParams.getAll('artifactType');
  const applyFilter = wanted.length > 0 && !has('referrers-filter-ignored');
  const listedByTagSchema = has('referrers-tag-schema-content-ignored') ? await tagSchemaListed(ctx, repo, reference) : new Set<string>();
  const descriptors = all
    .map((m) => {
      const artifactType = has('referrers-no-artifact-type') ? undefined : (m.artifactType ?? (m.isIndex ? undefined : m.configMediaType));
      return { mediaType: m.mediaType, digest: m.digest, size: m.size, ...(artifactType ? { artifactType } : {}), ...(m.annotations ? { annotations: m.annotations } : {}) };
    })
    .filter((d) => !applyFilter || (d.artifactType !== undefined && wanted.includes(d.artifactType)))
    .filter((d) => !listedByTagSchema.has(d.digest))
    .sort((a, b) => (a.digest < b.digest ? -1 : 1));
  if (descriptors.length === 0 && has('referrers-empty-404')) return reply.error(404, 'MANIFEST_UNKNOWN', 'no referrers');
  // Pagination: `last` is the digest the previous page ended with.
  const pageSize = ctx.options.referrersPageSize;
  const last = ctx.url.searchParams.get('last');
  const start = last ? descriptors.findIndex((d) => d.digest > last) : 0;
  const page = start < 0 ? [] : descriptors.slice(start, start + pageSize);
  const headers: Record<string, string> = { 'content-type': MEDIA_TYPES.imageIndex };
  if (applyFilter && !has('referrers-filter-header-missing')) {
    headers['oci-filters-applied'] = has('referrers-filters-header-not-list') ? wanted.map((t) => `artifactType=${t}`).join('; ') : 'artifactType';
  }
  if (start >= 0 && start + pageSize < descriptors.length && !has('referrers-page-no-link')) {
    const next = new URLSearchParams([...wanted.map((t): [string, string] => ['artifactType', t]), ['last', page[page.length - 1].digest]]);
    headers.link = `</v2/${ctx.repoName}/referrers/${reference}?${next}>; rel="next"`;
  }
  const body = JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.imageIndex, manifests: page });
  ctx.res.writeHead(200, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
  ctx.res.end(body);
};

/** Digests an index under the subject's referrers tag schema tag lists (for a deviation that hides them). */
async function tagSchemaListed(ctx: Parameters<Handler>[0], repo: ReturnType<HandlerContext['repos']['get']>, subject: string): Promise<Set<string>> {
  const digest = repo?.tags.get(subject.replace(':', '-'));
  if (!digest) return new Set();
  const index = JSON.parse(Buffer.from(await ctx.blobs.readAll(digest)).toString('utf8')) as ManifestJson;
  return new Set((index.manifests ?? []).map((m) => m.digest ?? ''));
}

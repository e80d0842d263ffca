// The distribution-spec protocol client: knows URLs, methods and headers of every endpoint,
// returns the registry's answers as data, and never decides whether an answer is right.
// Reference: distribution-spec "API" → "Endpoints" (end-1 … end-13).
import type { EvidenceRecorder, HttpResponse, RequestBody, StreamingResponse, Transport } from '../http/types.js';
import type { BodyKind } from '../http/limits.js';
import { ALL_MANIFEST_MEDIA_TYPES } from '../oci/media-types.js';
import { collectPages, type Pages } from './pages.js';

export interface RegistryClient {
  readonly baseUrl: string;
  /** end-1 */
  ping(): Promise<HttpResponse>;
  /** end-3 */
  getManifest(repo: string, reference: string, accept?: string): Promise<HttpResponse>;
  headManifest(repo: string, reference: string, accept?: string): Promise<HttpResponse>;
  /** end-7; `tags` adds the main-branch `?tag=` parameters. */
  putManifest(repo: string, reference: string, body: Uint8Array, contentType: string, tags?: string[]): Promise<HttpResponse>;
  /** end-9 */
  deleteManifest(repo: string, reference: string): Promise<HttpResponse>;
  /** end-2 */
  getBlob(repo: string, digest: string, headers?: Record<string, string>): Promise<HttpResponse>;
  streamBlob(repo: string, digest: string): Promise<StreamingResponse>;
  headBlob(repo: string, digest: string): Promise<HttpResponse>;
  /** end-10 */
  deleteBlob(repo: string, digest: string): Promise<HttpResponse>;
  /** end-4a; `query` carries main-branch parameters such as digest-algorithm. */
  startUpload(repo: string, query?: Record<string, string>): Promise<HttpResponse>;
  /** end-4b */
  singlePostUpload(repo: string, digest: string, body: RequestBody, size: number): Promise<HttpResponse>;
  /** end-11; omit `from` for an anonymous mount. */
  mountBlob(repo: string, digest: string, from?: string): Promise<HttpResponse>;
  /** end-5; `range` is "start-end" inclusive, omitted for a streamed PATCH. */
  patchUpload(location: string, chunk: RequestBody, size: number, range?: string): Promise<HttpResponse>;
  /** end-6; `chunk` is the optional final chunk. */
  completeUpload(location: string, digest: string, chunk?: { body: RequestBody; size: number; range?: string }): Promise<HttpResponse>;
  /** end-13 */
  uploadStatus(location: string): Promise<HttpResponse>;
  cancelUpload(location: string): Promise<HttpResponse>;
  /** end-8a / end-8b */
  listTags(repo: string, params?: { n?: number; last?: string }): Promise<HttpResponse>;
  /** end-8a / end-8b, then every page its `Link: rel="next"` headers lead to. */
  listTagPages(repo: string, params?: { n?: number; last?: string }, maxPages?: number): Promise<Pages>;
  /** A URL from a `Link` header, resolved against the registry. */
  getLink(link: string, repo: string, action: 'pull'): Promise<HttpResponse>;
  /** end-12a / end-12b; several artifact types become several `artifactType` parameters. */
  listReferrers(repo: string, digest: string, artifactType?: string | string[]): Promise<HttpResponse>;
  /** end-12a / end-12b, then every page its `Link: rel="next"` headers lead to. */
  listReferrerPages(repo: string, digest: string, artifactType?: string | string[], maxPages?: number): Promise<Pages>;
  /** Resolves a possibly relative `Location` against the request that produced it. */
  resolveLocation(response: HttpResponse): string | undefined;
}

export interface RegistryClientOptions {
  transport: Transport;
  baseUrl: string;
  evidence?: EvidenceRecorder;
  /** Ends every request in flight (and any wait to retry): the check was stopped or the run's deadline passed. */
  signal?: AbortSignal;
}

const OCTET = 'application/octet-stream';

export function createRegistryClient({ transport, baseUrl, evidence, signal }: RegistryClientOptions): RegistryClient {
  const base = baseUrl.replace(/\/+$/, '');
  const url = (path: string) => `${base}${path}`;
  const pull = (repo: string) => [`repository:${repo}:pull`];
  const push = (repo: string) => [`repository:${repo}:pull,push`];
  // Delete needs its own action on token registries (Distribution, Harbor).
  const del = (repo: string) => [`repository:${repo}:delete`];
  // Upload locations carry the repository in their path (/v2/<name>/blobs/uploads/<id>).
  const repoOfUpload = (location: string) => {
    const match = /\/v2\/(.+)\/blobs\/uploads\//.exec(new URL(location, base).pathname);
    return match ? match[1] : '';
  };
  // `expect` sizes how much of a successful answer is held in memory.
  const send = (method: string, target: string, opts: { headers?: Record<string, string>; body?: RequestBody; scopes: string[]; expect?: BodyKind }) =>
    transport.send({ method, url: target, headers: opts.headers, body: opts.body, scopes: opts.scopes, expect: opts.expect, signal }, evidence);
  const bodyHeaders = (size: number, range?: string): Record<string, string> => ({
    'content-type': OCTET,
    'content-length': String(size),
    ...(range ? { 'content-range': range } : {}),
  });
  const withQuery = (location: string, query: Record<string, string>) => {
    const u = new URL(location, base);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
    return u.toString();
  };

  const getLink = (link: string, repo: string) => send('GET', new URL(link, base).toString(), { scopes: pull(repo), expect: 'json' });
  const listTags = (repo: string, params: { n?: number; last?: string } = {}) => {
    const query: Record<string, string> = {};
    if (params.n !== undefined) query.n = String(params.n);
    if (params.last !== undefined) query.last = params.last;
    return send('GET', withQuery(url(`/v2/${repo}/tags/list`), query), { scopes: pull(repo), expect: 'tag-list' });
  };
  const listReferrers = (repo: string, digest: string, artifactType: string | string[] = []) => {
    const target = new URL(url(`/v2/${repo}/referrers/${digest}`));
    for (const type of [artifactType].flat()) target.searchParams.append('artifactType', type);
    return send('GET', target.toString(), { headers: { accept: 'application/vnd.oci.image.index.v1+json' }, scopes: pull(repo), expect: 'index' });
  };

  return {
    baseUrl: base,
    ping: () => send('GET', url('/v2/'), { scopes: [] }),
    getManifest: (repo, reference, accept = ALL_MANIFEST_MEDIA_TYPES.join(', ')) =>
      send('GET', url(`/v2/${repo}/manifests/${reference}`), { headers: { accept }, scopes: pull(repo), expect: 'manifest' }),
    headManifest: (repo, reference, accept = ALL_MANIFEST_MEDIA_TYPES.join(', ')) =>
      send('HEAD', url(`/v2/${repo}/manifests/${reference}`), { headers: { accept }, scopes: pull(repo), expect: 'manifest' }),
    putManifest: (repo, reference, body, contentType, tags = []) => {
      const target = new URL(url(`/v2/${repo}/manifests/${reference}`));
      for (const tag of tags) target.searchParams.append('tag', tag);
      return send('PUT', target.toString(), {
        headers: { 'content-type': contentType, 'content-length': String(body.byteLength) },
        body,
        scopes: push(repo),
      });
    },
    deleteManifest: (repo, reference) => send('DELETE', url(`/v2/${repo}/manifests/${reference}`), { scopes: del(repo) }),
    getBlob: (repo, digest, headers) => send('GET', url(`/v2/${repo}/blobs/${digest}`), { headers, scopes: pull(repo), expect: 'blob' }),
    streamBlob: (repo, digest) =>
      transport.stream({ method: 'GET', url: url(`/v2/${repo}/blobs/${digest}`), scopes: pull(repo), signal }, evidence),
    headBlob: (repo, digest) => send('HEAD', url(`/v2/${repo}/blobs/${digest}`), { scopes: pull(repo) }),
    deleteBlob: (repo, digest) => send('DELETE', url(`/v2/${repo}/blobs/${digest}`), { scopes: del(repo) }),
    startUpload: (repo, query = {}) =>
      send('POST', withQuery(url(`/v2/${repo}/blobs/uploads/`), query), {
        headers: { 'content-length': '0' },
        scopes: push(repo),
      }),
    singlePostUpload: (repo, digest, body, size) =>
      send('POST', withQuery(url(`/v2/${repo}/blobs/uploads/`), { digest }), {
        headers: bodyHeaders(size),
        body,
        scopes: push(repo),
      }),
    mountBlob: (repo, digest, from) =>
      send('POST', withQuery(url(`/v2/${repo}/blobs/uploads/`), from ? { mount: digest, from } : { mount: digest }), {
        headers: { 'content-length': '0' },
        scopes: from ? [...push(repo), ...pull(from)] : push(repo),
      }),
    patchUpload: (location, chunk, size, range) =>
      send('PATCH', new URL(location, base).toString(), {
        headers: bodyHeaders(size, range),
        body: chunk,
        scopes: push(repoOfUpload(location)),
      }),
    completeUpload: (location, digest, chunk) =>
      send('PUT', withQuery(location, { digest }), {
        headers: chunk ? bodyHeaders(chunk.size, chunk.range) : { 'content-length': '0' },
        body: chunk?.body,
        scopes: push(repoOfUpload(location)),
      }),
    uploadStatus: (location) => send('GET', new URL(location, base).toString(), { scopes: push(repoOfUpload(location)) }),
    cancelUpload: (location) => send('DELETE', new URL(location, base).toString(), { scopes: push(repoOfUpload(location)) }),
    listTags,
    listTagPages: async (repo, params, maxPages) => collectPages(await listTags(repo, params), (link) => getLink(link, repo), maxPages),
    getLink,
    listReferrers,
    listReferrerPages: async (repo, digest, artifactType, maxPages) =>
      collectPages(await listReferrers(repo, digest, artifactType), (link) => getLink(link, repo), maxPages),
    resolveLocation: (response) => {
      const location = response.headers['location'];
      return location ? new URL(location, response.url).toString() : undefined;
    },
  };
}

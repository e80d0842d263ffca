// What each repository holds: links to blobs, manifests (kept as blobs, byte for byte) with the
// facts the referrers API needs, and tags. Node runs one request handler at a time between
// awaits, so every mutation below is atomic as long as it does not await.

export interface StoredManifest {
  digest: string;
  mediaType: string;
  size: number;
  subject?: string;
  artifactType?: string;
  configMediaType?: string;
  annotations?: Record<string, string>;
  isIndex: boolean;
}

export interface Repository {
  blobs: Set<string>;
  manifests: Map<string, StoredManifest>;
  tags: Map<string, string>;
}

export function createRepositories() {
  const repos = new Map<string, Repository>();
  return {
    get: (name: string) => repos.get(name),
    /** Repositories are created on first push. */
    ensure(name: string): Repository {
      let repo = repos.get(name);
      if (!repo) repos.set(name, (repo = { blobs: new Set(), manifests: new Map(), tags: new Map() }));
      return repo;
    },
    names: () => [...repos.keys()].sort(),
    /** True when any repository links the blob (for mounts without `from`). */
    anyHasBlob: (digest: string) => [...repos.values()].some((r) => r.blobs.has(digest)),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

// Content several checks read: pushed once per registry, shared, cleaned up at the end.
// Checks that delete or overwrite use content of their own (see `uniqueImage`), never these.
import { PreconditionFailed, type CheckContext } from '../src/runner/check.js';
import { tarGz } from '../src/oci/tar.js';
import { distributionContent } from '../src/oci/catalogue.js';
import { imageManifest, blobOf, type Manifest } from '../src/oci/builders.js';
import { pushManifestTree, pushBlob, orThrow, PushRefused } from '../src/registry/push.js';
import { MEDIA_TYPES } from '../src/oci/media-types.js';

export interface PushedManifest {
  repo: string;
  tag: string;
  manifest: Manifest;
}

/** The basic OCI image, pushed by tag. Most pull checks read it. */
export function pushedImage(ctx: CheckContext): Promise<PushedManifest> {
  return ctx.fixtures.use('image', async () => {
    const manifest = distributionContent(ctx.runId).image;
    const tag = ctx.tag('image');
    orThrow(await pushManifestTree(ctx.client, ctx.repo, manifest, tag, ctx.cleanup));
    return { repo: ctx.repo, tag, manifest };
  });
}

/** The multi-platform index, pushed by tag after its children. */
export function pushedIndex(ctx: CheckContext): Promise<PushedManifest> {
  return ctx.fixtures.use('index', async () => {
    const manifest = distributionContent(ctx.runId).index;
    const tag = ctx.tag('index');
    orThrow(await pushManifestTree(ctx.client, ctx.repo, manifest, tag, ctx.cleanup));
    return { repo: ctx.repo, tag, manifest };
  });
}

// Mixed case, so the two orders the spec allows can be told apart, and enough of them that an
// unsorted listing is not sorted by chance (12 tags: one order in 479,001,600 is sorted).
export const LISTING_TAG_SUFFIXES = ['alpha', 'Bravo', 'charlie', 'Delta', 'echo', 'Foxtrot', 'golf', 'Hotel', 'india', 'Juliett', 'kilo', 'Lima'] as const;

export interface TaggedRepository {
  repo: string;
  /** The tags this run pushed, in the order of LISTING_TAG_SUFFIXES. */
  tags: string[];
  /**
   * Every tag of this fixture starts with `window`, and no other tag of any check or run does:
   * listing with `last=<window>` starts at this run's tags even in a shared repository.
   */
  window: string;
  /** The repository is shared with other checks and runs (limits.createRepository: false). */
  shared: boolean;
}

/** A repository holding one image under the listing tags, for the tag-listing checks. */
export function taggedRepository(ctx: CheckContext): Promise<TaggedRepository> {
  return ctx.fixtures.use('tags', async () => {
    const repo = isolatedRepo(ctx, 'tags');
    const manifest = distributionContent(ctx.runId).image;
    const window = ctx.tag('list-');
    const tags = LISTING_TAG_SUFFIXES.map((suffix) => `${window}${suffix}`);
    orThrow(await pushManifestTree(ctx.client, repo, manifest, tags[0], ctx.cleanup));
    for (const tag of tags.slice(1)) {
      const put = await ctx.client.putManifest(repo, tag, manifest.bytes, manifest.mediaType);
      if (put.status !== 201) throw new PushRefused(`PUT tag ${tag}: HTTP ${put.status}`);
    }
    return { repo, tags, window, shared: repo === ctx.repo };
  });
}

/**
 * A repository of the check's own where the registry lets runs create repositories: content
 * pushed there cannot race with other checks writing the same digests (Distribution 2.8 answers
 * 500 to a GET that meets a concurrent PUT of the same manifest).
 */
export function isolatedRepo(ctx: CheckContext, purpose: string): string {
  return ctx.limits.createRepository === false ? ctx.repo : `${ctx.repo}/${purpose}`;
}

/**
 * An image no other check touches, for checks that delete or overwrite: its config carries the
 * run id and the purpose, so deleting it cannot disturb concurrent checks or concurrent runs.
 */
export function uniqueImage(ctx: CheckContext, purpose: string): Manifest {
  const config = blobOf(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, config: { Labels: { purpose, run: ctx.tag('x') } } }),
    MEDIA_TYPES.imageConfig,
  );
  const layer = blobOf(tarGz([{ path: `${purpose}.txt`, content: `oci-matrix ${purpose} ${ctx.tag('x')}\n` }]), MEDIA_TYPES.layerTarGzip);
  return imageManifest({ config, layers: [layer], annotations: { 'org.opencontainers.image.title': purpose } });
}

/** Pushes `manifest` (and what it references) or throws, for checks whose subject is elsewhere. */
export async function putInPlace(ctx: CheckContext, manifest: Manifest, reference: string, repo = ctx.repo): Promise<void> {
  const outcome = await pushManifestTree(ctx.client, repo, manifest, reference, ctx.cleanup);
  if (!outcome.ok) throw new PreconditionFailed(`precondition failed: could not push the content this check needs: ${outcome.message}`);
}

export { pushBlob };

// Artifacts: does the registry store any OCI content — images, Helm charts, SBOMs, signatures,
// WASM, policy bundles — and give it back unchanged? One check per kind of the catalogue.
import { defineChecks, pass, fail, warn, unsupported, PreconditionFailed, type CheckContext, type CheckDefinition, type Verdict } from '../src/runner/check.js';
import { artifactCatalogue, type ArtifactKind, type StreamedBlob } from '../src/oci/artifacts.js';
import type { Blob, Manifest } from '../src/oci/builders.js';
import { pushBlob, pushManifestTree, pushStreamedBlob } from '../src/registry/push.js';
import { sameEveryRun } from '../src/runner/cleanup.js';
import { algorithmOf, digestStream } from '../src/oci/digest.js';
import { distribution } from './spec.js';
import { isolatedRepo } from './fixtures.js';
import { bodyDigest, describe, sameBytes } from './support.js';

/** Where an artifact kind was pushed on a registry, for the interop phase to copy from. */
export interface PushedArtifact {
  kind: ArtifactKind;
  repo: string;
  tag: string;
  manifest: Manifest;
}

export function pushedArtifactFixture(id: string): string {
  return `artifact:${id}`;
}

/**
 * A refused push — of the manifest, a child manifest or a blob: the check's failure for content
 * every registry must take, else the absent option. `kind.refusal` says what a refused manifest
 * means; blobs carry no media type on upload, so a refused blob says only that it was refused.
 */
function refusedContent(kind: ArtifactKind, message: string, part: 'manifest' | 'blob' = 'manifest'): Verdict {
  if (kind.level === 'MUST') return fail(message);
  return unsupported(part === 'manifest' && kind.refusal ? `${kind.refusal}: ${message}` : `optional content refused: ${message}`);
}

/** Pushes one kind (prerequisites, streamed blobs, blobs, manifest by tag); the PUT's answer decides. */
async function pushArtifact(ctx: CheckContext, kind: ArtifactKind): Promise<Verdict | PushedArtifact> {
  const content = kind.build();
  // A repository per kind: kinds share their subject image, and concurrent pushes of one
  // manifest into one repository race on some registries.
  const repo = isolatedRepo(ctx, `artifacts/${kind.id}`);
  // This content is the same in every run: in a repository shared between runs it is pushed
  // under a fixed tag and left there by cleanup, so an overlapping run never loses it midway.
  const shared = repo === ctx.repo;
  const ledger = sameEveryRun(ctx.cleanup);
  for (const prerequisite of content.prerequisites) {
    const outcome = await pushManifestTree(ctx.client, repo, prerequisite, prerequisite.digest, ledger);
    if (!outcome.ok) throw new PreconditionFailed(`precondition failed: could not push the content this check needs: ${outcome.message}`);
  }
  for (const streamed of content.streamed) {
    const outcome = await pushStreamedBlob(ctx.client, repo, streamed, ledger);
    if (!outcome.ok) return refusedContent(kind, `${kind.title}: streamed upload of ${streamed.size} bytes failed: ${outcome.message}`, 'blob');
  }
  for (const child of content.manifest.manifests) {
    const outcome = await pushManifestTree(ctx.client, repo, child, child.digest, ledger);
    if (!outcome.ok) return refusedContent(kind, `${kind.title}: pushing a child manifest failed: ${outcome.message}`, outcome.step.includes('/manifests/') ? 'manifest' : 'blob');
  }
  for (const blob of content.manifest.blobs) {
    const outcome = await pushBlob(ctx.client, repo, blob, ledger);
    if (!outcome.ok) return refusedContent(kind, `${kind.title}: pushing blob ${blob.mediaType} failed: ${outcome.message}`, 'blob');
  }
  const tag = content.tag ?? (shared ? `oci-matrix-${kind.id}` : ctx.tag(kind.id));
  const manifest = content.manifest;
  const put = await ctx.client.putManifest(repo, tag, manifest.bytes, manifest.mediaType);
  if (put.status !== 201) {
    return refusedContent(kind, `${kind.title}: PUT manifest (${manifest.mediaType}${manifest.artifactType ? `, artifactType ${manifest.artifactType}` : ''}) answered ${describe(put)}`);
  }
  ledger.add({ kind: 'manifest', repo, digest: manifest.digest });
  return { kind, repo, tag, manifest };
}

async function verifyBlobsIntact(ctx: CheckContext, repo: string, blobs: Blob[], streamed: StreamedBlob[]): Promise<string | undefined> {
  for (const blob of blobs) {
    const got = await ctx.client.getBlob(repo, blob.digest);
    if (got.status !== 200) return `blob ${blob.digest} (${blob.mediaType}): GET answered ${describe(got)}`;
    if (bodyDigest(got, algorithmOf(blob.digest)) !== blob.digest) return `blob ${blob.digest} (${blob.mediaType}) came back changed`;
  }
  for (const blob of streamed) {
    const response = await ctx.client.streamBlob(repo, blob.digest);
    if (response.status !== 200) {
      response.body.destroy();
      return `large blob ${blob.digest}: GET answered HTTP ${response.status}`;
    }
    // Hashed while it streams: memory does not grow with the blob.
    const { digest, size } = await digestStream(response.body, 'sha256');
    if (digest !== blob.digest || size !== blob.size) return `large blob came back as ${size} bytes hashing to ${digest}`;
  }
  return undefined;
}

function artifactCheck(kind: ArtifactKind): CheckDefinition {
  return {
    id: `artifacts.${kind.id}`,
    suite: 'artifacts',
    title: `${kind.title}: stored and returned unchanged`,
    level: kind.level,
    since: kind.since,
    spec: kind.spec ?? distribution('Pushing Manifests'),
    interop: kind.interop === false ? undefined : { content: kind.id, fixture: pushedArtifactFixture(kind.id), title: kind.title },
    async run(ctx) {
      const pushed = await ctx.fixtures.use(pushedArtifactFixture(kind.id), async () => pushArtifact(ctx, kind));
      if ('status' in pushed) return pushed;
      const { manifest, tag, repo } = pushed;
      const byTag = await ctx.client.getManifest(repo, tag);
      if (byTag.status !== 200) return fail(`${kind.title}: GET by tag answered ${describe(byTag)}`);
      if (!sameBytes(byTag.body, manifest.bytes)) return fail(`${kind.title}: pulled manifest differs from the pushed one (${bodyDigest(byTag)} vs ${manifest.digest}): media types or annotations were rewritten`);
      // Pulling manifests: the Content-Type "SHOULD match what the client pushed" — at most a warn,
      // and only once everything the MUSTs ask has been verified.
      const contentType = byTag.headers['content-type']?.split(';')[0].trim();
      const typeMismatch = contentType === manifest.mediaType ? undefined : `${kind.title}: stored unchanged, but served as ${contentType ?? '(no Content-Type)'}, pushed as ${manifest.mediaType}`;
      const byDigest = await ctx.client.getManifest(repo, manifest.digest);
      if (byDigest.status !== 200 || !sameBytes(byDigest.body, manifest.bytes)) return fail(`${kind.title}: GET by digest answered ${describe(byDigest)}`);
      const content = kind.build();
      const blobs = [...content.manifest.blobs, ...content.manifest.manifests.flatMap((m) => m.blobs)];
      const broken = await verifyBlobsIntact(ctx, repo, blobs, content.streamed);
      if (broken) return fail(`${kind.title}: ${broken}`);
      if (typeMismatch) return warn(typeMismatch);
      return pass(`${kind.title}: same digest ${manifest.digest}, ${manifest.mediaType}${manifest.artifactType ? ` (artifactType ${manifest.artifactType})` : ''}, blobs intact`);
    },
  };
}

export const artifactChecks = defineChecks(artifactCatalogue().map(artifactCheck));

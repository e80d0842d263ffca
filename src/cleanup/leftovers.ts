// Finds and removes what earlier, interrupted runs left in a registry — and nothing else.
// This tool's content is recognised by name: every tag it pushes starts with a run id
// (`r<yyyymmdd>-<hhmmss>-<hex6>-…`, src/runner/run-id.ts), and registries that create
// repositories get one per run (`<repository>/<run id>`). The run id's time says how old it is.
// Removal is by digest (the one DELETE all six registries accept, see src/profiles) and only when
// no tag that the tool did not make points at the same manifest.
import type { Transport } from '../http/types.js';
import { createRegistryClient, type RegistryClient } from '../registry/client.js';

const RUN_ID = /^r(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-[0-9a-f]{6}/;
const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.artifact.manifest.v1+json',
].join(', ');

/** When the run that made a name started, or undefined when the name is not the tool's. */
export function runStartOf(name: string): Date | undefined {
  const match = RUN_ID.exec(name);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export interface Leftover {
  repository: string;
  digest: string;
  tags: string[];
  runStartedAt: string;
}

export interface CleanupPlan {
  remove: Leftover[];
  /** Manifests of the tool that stay, and why (a foreign tag points at them, too recent, …). */
  kept: { repository: string; reference: string; reason: string }[];
  /** What could not be looked at (no catalog, no tag listing). */
  notes: string[];
}

export interface CleanupTarget {
  transport: Transport;
  baseUrl: string;
  /** The entry's repository prefix (and mount prefix). */
  prefixes: string[];
  olderThanMs: number;
  now?: Date;
}

export async function planCleanup(target: CleanupTarget): Promise<CleanupPlan> {
  const client = createRegistryClient({ transport: target.transport, baseUrl: target.baseUrl });
  const now = (target.now ?? new Date()).getTime();
  const plan: CleanupPlan = { remove: [], kept: [], notes: [] };
  const repositories = await candidateRepositories(target, plan.notes);
  for (const repository of repositories) {
    const tags = await listAllTags(client, repository);
    if (!tags) {
      plan.notes.push(`cannot list the tags of ${repository}`);
      continue;
    }
    // Repositories made per run are the tool's whole; elsewhere only tags with a run id are.
    const repoRun = runStartOf(repository.split('/').at(-1) ?? '');
    const byDigest = new Map<string, { own: string[]; foreign: string[]; started?: Date }>();
    for (const tag of tags) {
      const head = await client.headManifest(repository, tag, MANIFEST_ACCEPT);
      const digest = head.headers['docker-content-digest'];
      if (head.status !== 200 || !digest) continue;
      const entry = byDigest.get(digest) ?? { own: [], foreign: [] };
      const started = runStartOf(tag) ?? repoRun;
      if (started) {
        entry.own.push(tag);
        if (!entry.started || started > entry.started) entry.started = started;
      } else entry.foreign.push(tag);
      byDigest.set(digest, entry);
    }
    for (const [digest, entry] of byDigest) {
      if (entry.own.length === 0) continue;
      if (entry.foreign.length > 0) {
        plan.kept.push({ repository, reference: digest, reason: `also tagged ${entry.foreign.join(', ')}, which this tool did not make` });
        continue;
      }
      if (now - entry.started!.getTime() < target.olderThanMs) {
        plan.kept.push({ repository, reference: digest, reason: `pushed by a run started ${entry.started!.toISOString()}, not older than the limit` });
        continue;
      }
      plan.remove.push({ repository, digest, tags: entry.own, runStartedAt: entry.started!.toISOString() });
    }
  }
  return plan;
}

export async function removeLeftovers(target: CleanupTarget, plan: CleanupPlan): Promise<{ removed: Leftover[]; failed: { leftover: Leftover; status: number }[] }> {
  const client = createRegistryClient({ transport: target.transport, baseUrl: target.baseUrl });
  const removed: Leftover[] = [];
  const failed: { leftover: Leftover; status: number }[] = [];
  for (const leftover of plan.remove) {
    const response = await client.deleteManifest(leftover.repository, leftover.digest);
    if (response.status === 202 || response.status === 200 || response.status === 404) removed.push(leftover);
    else failed.push({ leftover, status: response.status });
  }
  return { removed, failed };
}

/** The prefixes themselves, plus the per-run repositories below them that the catalog lists. */
async function candidateRepositories(target: CleanupTarget, notes: string[]): Promise<string[]> {
  const found = new Set(target.prefixes);
  let url: string | undefined = `${target.baseUrl}/v2/_catalog?n=1000`;
  for (let page = 0; url && page < 100; page++) {
    const response = await target.transport.send({ method: 'GET', url, scopes: ['registry:catalog:*'] });
    if (response.status !== 200) {
      notes.push(`the registry does not list repositories (GET /v2/_catalog: HTTP ${response.status}): only ${target.prefixes.join(', ')} looked at`);
      break;
    }
    const body = JSON.parse(Buffer.from(response.body).toString('utf8')) as { repositories?: string[] };
    for (const name of body.repositories ?? []) {
      if (target.prefixes.some((p) => name.startsWith(`${p}/`)) && name.split('/').some((part) => runStartOf(part))) found.add(name);
    }
    const next = /<([^>]+)>;\s*rel="?next"?/.exec(response.headers.link ?? '')?.[1];
    url = next ? new URL(next, target.baseUrl).toString() : undefined;
  }
  return [...found];
}

async function listAllTags(client: RegistryClient, repository: string): Promise<string[] | undefined> {
  const response = await client.listTags(repository);
  if (response.status === 404) return [];
  if (response.status !== 200) return undefined;
  const body = JSON.parse(Buffer.from(response.body).toString('utf8')) as { tags?: string[] | null };
  return body.tags ?? [];
}

/** "24h", "90m", "7d", "3600s" → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)([smhd])$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 's' | 'm' | 'h' | 'd'];
}

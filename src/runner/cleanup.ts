// Everything a run pushes is written down here, so it can be deleted afterwards — also after a
// failure or Ctrl-C. Manifests go first (by digest, which also drops their tags), then blobs.
import type { RegistryClient } from '../registry/client.js';
import { errorCode } from '../registry/error-code.js';
import { WELL_KNOWN_BLOB_DIGESTS } from '../oci/well-known.js';

export type Pushed = {
  kind: 'manifest' | 'blob';
  repo: string;
  digest: string;
  /**
   * The same bytes in every run (the artifact catalogue), unlike the run-seeded content of the
   * other suites: in a repository shared between runs, another run may be reading it right now.
   */
  sameEveryRun?: true;
};

export interface CleanupLedger {
  add(item: Pushed): void;
  /** Forget an item a check deleted itself. */
  forget(item: Pushed): void;
  items(): Pushed[];
}

export function createCleanupLedger(): CleanupLedger {
  const entries = new Map<string, Pushed>();
  const key = (p: Pushed) => `${p.kind} ${p.repo} ${p.digest}`;
  return {
    add: (item) => void entries.set(key(item), item),
    forget: (item) => void entries.delete(key(item)),
    items: () => [...entries.values()],
  };
}

/** A view of `ledger` that marks what it records as the same in every run. */
export function sameEveryRun(ledger: CleanupLedger): CleanupLedger {
  return { ...ledger, add: (item) => ledger.add({ ...item, sameEveryRun: true }) };
}

export interface CleanupReport {
  deleted: number;
  /** Items still in the registry, with why (deletes disabled, or the DELETE failed). */
  leftBehind: { item: Pushed; reason: string }[];
}

export async function cleanUp(
  client: RegistryClient,
  ledger: CleanupLedger,
  options: { deleteManifests: boolean; deleteBlobs: boolean; sharedRepository?: boolean },
): Promise<CleanupReport> {
  const report: CleanupReport = { deleted: 0, leftBehind: [] };
  const items = ledger.items();
  const manifests = items.filter((i) => i.kind === 'manifest');
  const blobs = items.filter((i) => i.kind === 'blob');
  const remove = async (item: Pushed, allowed: boolean) => {
    if (options.sharedRepository && (item.sameEveryRun || WELL_KNOWN_BLOB_DIGESTS.has(item.digest))) {
      // Deleting it could pull it from under an overlapping run; it is one copy whatever the
      // number of runs (same digests, fixed tags), and the next run finds it in place.
      report.leftBehind.push({ item, reason: 'the same in every run, so kept in the shared repository where another run may be reading it' });
      return;
    }
    if (!allowed) {
      report.leftBehind.push({ item, reason: 'deletes are disabled for this registry (limits)' });
      return;
    }
    try {
      const response =
        item.kind === 'manifest' ? await client.deleteManifest(item.repo, item.digest) : await client.deleteBlob(item.repo, item.digest);
      // 404: already gone (deleted by a check, or blobs garbage-collected with their manifest).
      if (response.status === 202 || response.status === 200 || response.status === 204 || response.status === 404) {
        report.deleted++;
        ledger.forget(item);
      } else if (response.status === 401 || response.status === 403) {
        report.leftBehind.push({ item, reason: `the credentials may not delete (HTTP ${response.status}${errorCode(response).replace(/^ \((.*)\)$/, ' $1')})` });
      } else report.leftBehind.push({ item, reason: `DELETE answered ${response.status}` });
    } catch (error) {
      report.leftBehind.push({ item, reason: (error as Error).message });
    }
  };
  // Referrers and indexes before what they point at: newest first is a safe order.
  for (const item of manifests.reverse()) await remove(item, options.deleteManifests);
  for (const item of blobs) await remove(item, options.deleteBlobs);
  return report;
}

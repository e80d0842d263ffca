// Merges the results of shards — runs of the same tool on different registries, e.g. one job per
// registry on a CI matrix plus a job for the copies between them — into one run.
import { copyKey } from './compare.js';
import type { RunResults } from './model.js';
import { registryVerdicts } from './verdicts.js';

export interface Shard {
  /** Where it came from, for messages. */
  file: string;
  results: RunResults;
}

export class MergeError extends Error {
  override name = 'MergeError';
}

export interface MergeOutcome {
  merged: RunResults;
  /** What was dropped and why: a result present in several shards is taken from the first. */
  notes: string[];
}

export function mergeRuns(shards: Shard[], runId: string): MergeOutcome {
  if (shards.length === 0) throw new MergeError('nothing to merge: give at least one results.json');
  const [first, ...rest] = shards;
  // Checks, levels and verdict rules differ between versions: a merge across them would judge
  // registries by different rules in one table.
  const describe = (s: Shard) => `${s.results.run.tool.name} ${s.results.run.tool.version}, spec ${s.results.run.specVersion}`;
  for (const shard of rest) {
    const a = first!.results.run;
    const b = shard.results.run;
    if (a.tool.name !== b.tool.name || a.tool.version !== b.tool.version || a.specVersion !== b.specVersion) {
      throw new MergeError(`cannot merge shards of different tool or spec versions: ${first!.file} is ${describe(first!)}, ${shard.file} is ${describe(shard)}; run every shard with the same oci-matrix and --spec-version`);
    }
  }

  const notes: string[] = [];
  const merged: Omit<RunResults, 'verdicts'> & { verdicts?: RunResults['verdicts'] } = {
    schemaVersion: 1,
    run: {
      id: runId,
      startedAt: shards.map((s) => s.results.run.startedAt).sort()[0]!,
      finishedAt: shards.map((s) => s.results.run.finishedAt).sort().at(-1)!,
      specVersion: first!.results.run.specVersion,
      tool: first!.results.run.tool,
    },
    registries: [],
    checks: [],
    results: [],
  };

  const registryIndex = new Map<string, number>();
  const checkIds = new Set<string>();
  const resultKeys = new Map<string, string>();
  const copyKeys = new Set<string>();
  const contents = new Map<string, string>();
  const interop: NonNullable<RunResults['interop']> = [];
  for (const { file, results } of shards) {
    for (const registry of results.registries) {
      const at = registryIndex.get(registry.name);
      // A registry skipped in one shard (its job only tests another) and tested in another is tested.
      if (at === undefined) registryIndex.set(registry.name, merged.registries.push(registry) - 1);
      else if (merged.registries[at]!.status === 'skipped' && registry.status !== 'skipped') merged.registries[at] = registry;
    }
    for (const check of results.checks) if (!checkIds.has(check.id) && checkIds.add(check.id)) merged.checks.push(check);
    let duplicates = 0;
    for (const result of results.results) {
      const key = `${result.registry}\u0000${result.check}`;
      if (resultKeys.has(key)) {
        duplicates++;
        continue;
      }
      resultKeys.set(key, file);
      merged.results.push(result);
    }
    if (duplicates) notes.push(`${file}: ${duplicates} result(s) for registry/check pairs an earlier shard already had; kept the earlier ones`);
    for (const content of results.contents ?? []) if (!contents.has(content.id)) contents.set(content.id, content.title);
    for (const copy of results.interop ?? []) {
      if (copyKeys.has(copyKey(copy))) continue;
      copyKeys.add(copyKey(copy));
      interop.push(copy);
    }
  }
  if (contents.size) merged.contents = [...contents].map(([id, title]) => ({ id, title }));
  if (interop.length) merged.interop = interop;
  merged.verdicts = registryVerdicts(merged);
  return { merged: merged as RunResults, notes };
}

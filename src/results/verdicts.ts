// The per-registry verdict line, derived from the results (so every renderer shows the same):
// "stores any OCI content unchanged: yes / no — where not, which content and why", and the spec
// categories the registry fully implements. A failed copy between two registries counts against
// the one its record names as the cause (a source serving corrupt bytes, not the destination that
// rightly refused them); one that cannot be told is listed at both and changes neither's answer.
import type { InteropRecord, RegistryVerdict, RunResults, SpecCategory, SuiteName } from './model.js';

const CATEGORY_OF: Partial<Record<SuiteName, SpecCategory>> = {
  pull: 'Pull',
  push: 'Push',
  discovery: 'Content Discovery',
  management: 'Content Management',
  referrers: 'Referrers',
};

/** A check whose `unsupported` means the whole category's API is absent (the rest is fallback). */
const GATE_CHECK: Partial<Record<SpecCategory, string>> = { Referrers: 'referrers.api' };

/**
 * The registries a failed copy lies with, from the end its record names: the source for wrong
 * bytes served, the destination for good bytes refused or changed, both, or none when it could
 * not be told (also for records written before copies said so).
 */
export function copyBlamedOn(copy: InteropRecord): string[] {
  if (copy.status !== 'fail' && copy.status !== 'error') return [];
  if (copy.cause === 'source') return [copy.source];
  if (copy.cause === 'destination') return [copy.destination];
  if (copy.cause === 'both') return [copy.source, copy.destination];
  return [];
}

/**
 * The copies a registry's own summaries (badge, overview row) count: those verified at it as the
 * destination, except failures another registry caused, plus failures it caused as the source;
 * a failure that cannot be told is counted at both ends (its line says so).
 */
export function copiesCountedAt(copies: InteropRecord[], registry: string): InteropRecord[] {
  return copies.filter((c) => {
    if (c.source !== registry && c.destination !== registry) return false;
    if (c.status !== 'fail' && c.status !== 'error') return c.destination === registry;
    const blamed = copyBlamedOn(c);
    return blamed.length ? blamed.includes(registry) : true;
  });
}

/** Which end a failed copy went wrong at, as the report says it; undefined for other copies. */
export function describeCopyCause(copy: InteropRecord): string | undefined {
  if (copy.status !== 'fail' && copy.status !== 'error') return undefined;
  if (copy.cause === 'source') return `went wrong at the source, ${copy.source}`;
  if (copy.cause === 'destination') return `went wrong at the destination, ${copy.destination}`;
  if (copy.cause === 'both') return `went wrong at both ends: ${copy.source} served wrong bytes and ${copy.destination} stored them`;
  return `cannot tell whether ${copy.source} or ${copy.destination} caused it`;
}

export function registryVerdicts(model: Omit<RunResults, 'verdicts'>): RegistryVerdict[] {
  const checks = new Map(model.checks.map((c) => [c.id, c]));
  const titles = new Map((model.contents ?? []).map((c) => [c.id, c.title]));
  return model.registries.map((registry) => {
    const results = model.results.filter((r) => r.registry === registry.name);
    if (registry.status !== 'tested') {
      return {
        registry: registry.name,
        storesAnyContentUnchanged: 'not tested',
        problems: [],
        categories: (Object.values(CATEGORY_OF) as SpecCategory[]).map((category) => ({ category, support: 'not tested', failing: [] })),
      };
    }
    const artifactResults = results.filter((r) => checks.get(r.check)?.suite === 'artifacts' && checks.get(r.check)?.level === 'MUST');
    const problems = artifactResults
      .filter((r) => r.status !== 'pass')
      .map((r) => ({ content: checks.get(r.check)?.title.split(':')[0] ?? r.check, reason: `${r.status}: ${r.message}` }));
    let copyFailed = false;
    let unattributed = 0;
    for (const copy of model.interop ?? []) {
      if ((copy.status !== 'fail' && copy.status !== 'error') || (copy.source !== registry.name && copy.destination !== registry.name)) continue;
      const title = titles.get(copy.content) ?? copy.content;
      const content = copy.destination === registry.name ? `${title} from ${copy.source}` : `${title} copied to ${copy.destination}`;
      if (copyBlamedOn(copy).includes(registry.name)) {
        problems.push({ content, reason: `${copy.status}: ${copy.message}` });
        copyFailed ||= copy.status === 'fail';
      } else if (copyBlamedOn(copy).length === 0) {
        // Neither end can be named: both show it, and neither's answer changes for it.
        unattributed++;
        problems.push({ content, reason: `${copy.status} (cannot tell whether ${copy.source} or ${copy.destination} caused it): ${copy.message}` });
      }
    }
    const failed = artifactResults.some((r) => r.status === 'fail') || copyFailed;
    const allPassed = artifactResults.length > 0 && artifactResults.every((r) => r.status === 'pass');
    const storesAnyContentUnchanged: RegistryVerdict['storesAnyContentUnchanged'] = failed ? 'no' : allPassed && problems.length === unattributed ? 'yes' : 'not tested';

    const categories = (Object.entries(CATEGORY_OF) as [SuiteName, SpecCategory][]).map(([suite, category]) => {
      const inSuite = results.filter((r) => checks.get(r.check)?.suite === suite);
      const must = inSuite.filter((r) => checks.get(r.check)?.level === 'MUST');
      const judged = must.filter((r) => r.status !== 'skip');
      if (judged.length === 0) return { category, support: 'not tested' as const, failing: [] };
      const failing = judged.filter((r) => r.status === 'fail' || r.status === 'error').map((r) => r.check);
      const gate = GATE_CHECK[category];
      const gateAbsent = gate !== undefined && judged.some((r) => r.check === gate && r.status === 'unsupported');
      if (gateAbsent || judged.every((r) => r.status === 'unsupported')) return { category, support: 'absent' as const, failing };
      return { category, support: failing.length ? ('partial' as const) : ('full' as const), failing };
    });
    return { registry: registry.name, storesAnyContentUnchanged, problems, categories };
  });
}

// The per-registry verdict line, derived from the results (so every renderer shows the same):
// "stores any OCI content unchanged: yes / no — where not, which content and why", and the spec
// categories the registry fully implements.
import type { RegistryVerdict, RunResults, SpecCategory, SuiteName } from './model.js';

const CATEGORY_OF: Partial<Record<SuiteName, SpecCategory>> = {
  pull: 'Pull',
  push: 'Push',
  discovery: 'Content Discovery',
  management: 'Content Management',
  referrers: 'Referrers',
};

/** A check whose `unsupported` means the whole category's API is absent (the rest is fallback). */
const GATE_CHECK: Partial<Record<SpecCategory, string>> = { Referrers: 'referrers.api' };

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
    for (const copy of model.interop ?? []) {
      if (copy.destination === registry.name && (copy.status === 'fail' || copy.status === 'error')) {
        problems.push({ content: `${titles.get(copy.content) ?? copy.content} from ${copy.source}`, reason: `${copy.status}: ${copy.message}` });
      }
    }
    const failed = artifactResults.some((r) => r.status === 'fail') || (model.interop ?? []).some((c) => c.destination === registry.name && c.status === 'fail');
    const allPassed = artifactResults.length > 0 && artifactResults.every((r) => r.status === 'pass');
    const storesAnyContentUnchanged: RegistryVerdict['storesAnyContentUnchanged'] = failed ? 'no' : allPassed && problems.length === 0 ? 'yes' : 'not tested';

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

// The requirement index: every MUST/SHOULD sentence of the spec's workflow and API sections,
// with a stable id, and which checks verify it.
import { readFileSync } from 'node:fs';
import type { SpecVersion } from '../results/model.js';
import type { Requirement } from './extract.js';
import { CHECK_COVERAGE } from './coverage.js';

export type { Requirement };

const ALL = JSON.parse(readFileSync(new URL('./requirements.json', import.meta.url), 'utf8')) as Record<'v1.1.1' | 'main', Requirement[]>;

/** The spec text a run's version is checked against (1.0 and 1.1 both read v1.1.1, the 1.1 line). */
export function requirementsFor(version: SpecVersion): Requirement[] {
  return version === 'main' ? ALL.main : ALL['v1.1.1'];
}

function phrasesOf(checkId: string): string[] {
  return Object.entries(CHECK_COVERAGE)
    .filter(([key]) => (key.endsWith('.') ? checkId.startsWith(key) : checkId === key))
    .flatMap(([, phrases]) => phrases);
}

/** Ids of the requirements a check verifies, in the given version's numbering. */
export function requirementIdsOfCheck(checkId: string, version: SpecVersion): string[] {
  const phrases = phrasesOf(checkId);
  return requirementsFor(version)
    .filter((r) => phrases.some((p) => r.text.includes(p)))
    .map((r) => r.id);
}

export function coverage(checkIds: string[], version: SpecVersion): { requirement: Requirement; checks: string[] }[] {
  return requirementsFor(version).map((requirement) => ({
    requirement,
    checks: checkIds.filter((id) => phrasesOf(id).some((p) => requirement.text.includes(p))),
  }));
}

// The requirement index: every MUST/SHOULD sentence of the spec's workflow and API sections,
// with a stable id, and which checks verify it.
import { readFileSync } from 'node:fs';
import type { SpecVersion } from '../results/model.js';
import { packageFile } from '../package-root.js';
import type { Requirement } from './extract.js';
import { CHECK_COVERAGE, parseCredit } from './coverage.js';

export type { Requirement };

const ALL = JSON.parse(readFileSync(packageFile('src/requirements/requirements.json'), 'utf8')) as Record<'v1.1.1' | 'main', Requirement[]>;

/** The spec text a run's version is checked against (1.0 and 1.1 both read v1.1.1, the 1.1 line). */
export function requirementsFor(version: SpecVersion): Requirement[] {
  return version === 'main' ? ALL.main : ALL['v1.1.1'];
}

/** The credits of a check: "<section> § <phrase>" entries of CHECK_COVERAGE. */
export function creditsOf(checkId: string): string[] {
  return Object.entries(CHECK_COVERAGE)
    .filter(([key]) => (key.endsWith('.') ? checkId.startsWith(key) : checkId === key))
    .flatMap(([, credits]) => credits);
}

/** Whether `credit` names `requirement`: same section, and the phrase is part of the sentence. */
export function credits(credit: string, requirement: Requirement): boolean {
  const { section, phrase } = parseCredit(credit);
  return requirement.section === section && requirement.text.includes(phrase);
}

/** Ids of the requirements a check verifies, in the given version's numbering. */
export function requirementIdsOfCheck(checkId: string, version: SpecVersion): string[] {
  const own = creditsOf(checkId);
  return requirementsFor(version)
    .filter((r) => own.some((c) => credits(c, r)))
    .map((r) => r.id);
}

export function coverage(checkIds: string[], version: SpecVersion): { requirement: Requirement; checks: string[] }[] {
  return requirementsFor(version).map((requirement) => ({
    requirement,
    checks: checkIds.filter((id) => creditsOf(id).some((c) => credits(c, requirement))),
  }));
}

import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { extractRequirements } from '../../src/requirements/extract.js';
import { CHECK_COVERAGE } from '../../src/requirements/coverage.js';
import { coverage, credits, requirementsFor } from '../../src/requirements/index.js';
import { ALL_CHECKS } from '../../suites/index.js';

const specs = new URL('../../../shared/specs/', import.meta.url);
const committed = JSON.parse(readFileSync(new URL('../../src/requirements/requirements.json', import.meta.url), 'utf8'));

describe('the requirement index', () => {
  it.skipIf(!existsSync(specs))('is what the extractor reads from the spec texts (regenerate with npm run requirements:extract)', () => {
    expect(extractRequirements(readFileSync(new URL('distribution-spec-v1.1.1.md', specs), 'utf8'))).toEqual(committed['v1.1.1']);
    expect(extractRequirements(readFileSync(new URL('distribution-spec-main.md', specs), 'utf8'))).toEqual(committed.main);
  });

  it('has unique, readable ids and the sentences of every workflow section', () => {
    for (const version of ['1.1', 'main'] as const) {
      const ids = requirementsFor(version).map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+\.\d+$/);
    }
    const sections = new Set(requirementsFor('1.1').map((r) => r.section));
    for (const s of ['Pulling manifests', 'Pulling blobs', 'POST then PUT', 'Pushing a blob in chunks', 'Pushing Manifests', 'Listing Tags', 'Listing Referrers', 'Deleting Blobs', 'Error Codes']) expect(sections.has(s), s).toBe(true);
  });

  it('maps only to real checks, and every credit names exactly one sentence of its section', () => {
    const ids = new Set(ALL_CHECKS.map((c) => c.id));
    for (const [check, entries] of Object.entries(CHECK_COVERAGE)) {
      expect(check.endsWith('.') ? ALL_CHECKS.some((c) => c.id.startsWith(check)) : ids.has(check), check).toBe(true);
      for (const credit of entries) {
        const matches = (['1.1', 'main'] as const).map((v) => requirementsFor(v).filter((r) => credits(credit, r)));
        expect(matches.some((m) => m.length > 0), `${check}: ${credit} names no sentence`).toBe(true);
        for (const m of matches) expect(m.length, `${check}: ${credit} names ${m.map((r) => r.id).join(', ')}`).toBeLessThanOrEqual(1);
        for (const m of matches) expect(m.every((r) => r.subject === 'registry'), `${check}: ${credit} is a client sentence`).toBe(true);
      }
    }
  });

  it('credits the sentences a review found mis-credited to the checks that verify them', () => {
    const checksOf = (id: string) => coverage(ALL_CHECKS.map((c) => c.id), '1.1').find((r) => r.requirement.id === id)!.checks;
    expect(checksOf('pulling-blobs.2')).toEqual(['pull.blob.docker-content-digest']);
    expect(checksOf('checking-if-content-exists-in-the-registry.2')).toEqual(['pull.manifest.head']);
    expect(checksOf('listing-referrers.1')).toEqual(['referrers.api']);
    expect(checksOf('listing-tags.1')).toEqual(['discovery.tags.list']);
    expect(checksOf('deleting-tags.1')).toEqual(['management.delete.tag']);
    expect(checksOf('deleting-manifests.1')).toEqual(['management.delete.manifest']);
    expect(checksOf('requirements.1')).toEqual([]);
  });

  it('leaves every registry MUST of the pull category covered', () => {
    const rows = coverage(ALL_CHECKS.map((c) => c.id), '1.1').filter((r) => r.requirement.subject === 'registry');
    const pull = rows.filter((r) => ['Pulling manifests', 'Pulling blobs', 'Checking if content exists in the registry'].includes(r.requirement.section));
    expect(pull.filter((r) => r.checks.length === 0).map((r) => r.requirement.id)).toEqual([]);
  });
});

// A plain tag listing may come back as a first page with a Link header (ECR past 100 tags): the
// tag-listing checks collect every page before judging order, n and last.
import { describe, expect, it } from 'vitest';
import { runTestMatrix } from '../support/matrix.js';
import { PLAIN_LISTING_PAGE } from '../../src/reference/tags.js';
import { LISTING_TAG_SUFFIXES } from '../../suites/fixtures.js';

describe('the tag-listing checks against a registry that pages plain listings', () => {
  it('pass, having read every page', async () => {
    expect(LISTING_TAG_SUFFIXES.length).toBeGreaterThan(PLAIN_LISTING_PAGE);
    const results = await runTestMatrix([{ name: 'paged', launch: { kind: 'reference', deviations: ['tags-paginated'] }, repository: 'oci-matrix/paged' }], { suites: ['discovery'] });
    expect(results.results.filter((r) => r.status !== 'pass').map((r) => `${r.check}: ${r.message}`)).toEqual([]);
    expect(results.results.find((r) => r.check === 'discovery.tags.list')?.message).toBe(`200 with all ${LISTING_TAG_SUFFIXES.length} pushed tags`);
    expect(results.results.find((r) => r.check === 'discovery.tags.order')?.message).toBe(`${LISTING_TAG_SUFFIXES.length} tags in case-insensitive order`);
  });
});

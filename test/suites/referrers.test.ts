// The referrers API is told apart from its absence with a subject that has a referrer, so a
// registry that answers 404 for a subject without referrers is caught, not called "absent"; and
// lists longer than a page are read through Link.
import { describe, expect, it } from 'vitest';
import { runTestMatrix, verdictsOf } from '../support/matrix.js';
import { REFERENCE_REFERRERS_PAGE_SIZE } from '../../src/reference/index.js';
import { REFERRERS_PAST_A_PAGE } from '../../suites/referrers.js';
import type { DeviationName } from '../../src/reference/deviations.js';

const referrersOf = (deviations: DeviationName[], referrersPageSize?: number) =>
  runTestMatrix([{ name: 'reference', launch: { kind: 'reference', deviations, referrersPageSize }, repository: 'oci-matrix/referrers' }], { suites: ['referrers'] });

describe('the referrers checks', () => {
  it('push more referrers than the reference registry puts on one page', () => {
    expect(REFERRERS_PAST_A_PAGE).toBeGreaterThan(REFERENCE_REFERRERS_PAGE_SIZE);
  });

  it('fail referrers.empty, not call the API absent, when a subject without referrers gets 404', async () => {
    // Listing Referrers: "If the registry supports the referrers API, the registry MUST NOT
    // return a 404 Not Found to a referrers API requests."
    const verdicts = verdictsOf(await referrersOf(['referrers-empty-404']), 'reference');
    expect(verdicts['referrers.api']).toBe('pass');
    expect(verdicts['referrers.empty']).toBe('fail');
  });

  it('call the API absent when a subject with a referrer gets 404, and skip what needs it', async () => {
    const verdicts = verdictsOf(await referrersOf(['referrers-404']), 'reference');
    expect(verdicts['referrers.api']).toBe('unsupported');
    for (const id of ['referrers.empty', 'referrers.list', 'referrers.pagination', 'referrers.filter', 'referrers.delete']) expect(verdicts[id], id).toBe('skip');
    expect(verdicts['referrers.tag-schema']).toBe('pass');
  });

  it('read every page through Link, with pages of one descriptor too', async () => {
    const results = await referrersOf([], 1);
    expect(results.results.filter((r) => r.status !== 'pass').map((r) => `${r.check}: ${r.message}`)).toEqual([]);
    expect(results.results.find((r) => r.check === 'referrers.pagination')?.message).toMatch(new RegExp(`over ${REFERRERS_PAST_A_PAGE} pages`));
  });

  it('fail referrers.pagination when a list is cut at a page without Link', async () => {
    // Listing Referrers: "A Link header MUST be included in the response when the descriptor
    // list cannot be returned in a single manifest."
    const verdicts = verdictsOf(await referrersOf(['referrers-page-no-link']), 'reference');
    expect(verdicts['referrers.pagination']).toBe('fail');
  });
});

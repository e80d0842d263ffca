// Profiles are data with sources: they mark results expected, with the link, and never change a
// verdict; an entry's own limits override them.
import { describe, expect, it } from 'vitest';
import { PROFILES, PROFILE_NAMES, limitsWithProfile } from '../../src/profiles/profiles.js';
import { runTestMatrix } from '../support/matrix.js';

describe('profiles', () => {
  it('give every value a source link', () => {
    for (const name of PROFILE_NAMES) {
      const profile = PROFILES[name];
      const sourced = [...Object.values(profile.limits), profile.namingDepth, profile.cleanup, profile.rateLimitHeaders, profile.referrers].filter((v) => v !== undefined);
      for (const value of sourced) expect(value!.source, `${name}`).toMatch(/^https:\/\/\S+/);
    }
  });

  it('apply their limits unless the entry overrides them, and cite only their own values', () => {
    expect(limitsWithProfile('ecr', undefined).limits).toEqual({ createRepository: false, chunkMinLength: 5_242_880, anonymousMount: false });
    const overridden = limitsWithProfile('ecr', { createRepository: true });
    expect(overridden.limits.createRepository).toBe(true);
    expect(overridden.sources.createRepository).toBeUndefined();
    expect(overridden.sources.chunkMinLength).toContain('service-quotas');
    expect(limitsWithProfile(undefined, { delete: false })).toEqual({ limits: { delete: false }, sources: {} });
  });

  it('never change a verdict: the same registry with and without a profile gets the same statuses, the profiled run cites its sources', async () => {
    // The reference registry with deletes disabled (405, which the spec allows); the harbor profile declares it.
    const base = { name: 'ref', launch: { kind: 'reference' as const, deviations: ['delete-disabled-405'] }, repository: 'oci-matrix/profiles' };
    const plain = await runTestMatrix([base], { suites: ['management'] });
    const profiled = await runTestMatrix([{ ...base, profile: 'harbor' }], { suites: ['management'] });
    const statuses = (r: typeof plain) => Object.fromEntries(r.results.map((x) => [x.check, x.status]));
    expect(statuses(profiled)).toEqual(statuses(plain));
    const expected = profiled.results.filter((r) => r.expected);
    expect(expected.length).toBeGreaterThan(0);
    for (const result of expected) expect(result.message).toContain('https://github.com/goharbor/harbor/blob/main/src/server/registry/manifest.go');
    expect(plain.results.some((r) => r.expected)).toBe(false);
  });
});

// A check's level comes from the sentences it verifies: it must equal the strongest level among
// the registry requirements it cites (requirements.json has each sentence's keyword). Where it
// may not, the exception is listed below with the reason — and the list is checked to be current.
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../suites/index.js';
import { requirementIdsOfCheck, requirementsFor } from '../../src/requirements/index.js';
import { levelFor } from '../../src/runner/check.js';
import type { Level } from '../../src/results/model.js';

const OPTIONAL_FEATURE = 'the feature is optional (the check reports unsupported without it); the cited MUST binds a registry that offers it';

/** Checks whose level differs from their strongest cited requirement, and why that is right. */
const JUSTIFIED: Record<string, string> = {
  'push.blob.single-post': `${OPTIONAL_FEATURE} ("Registries that do not support single request monolithic uploads SHOULD return a 202")`,
  'push.blob.mount': `${OPTIONAL_FEATURE} (a registry that does not mount SHOULD answer 202)`,
  'push.blob.mount.anonymous': OPTIONAL_FEATURE,
  'push.blob.cancel': `${OPTIONAL_FEATURE}: cancelling an upload; the 204 it cites is a SHOULD of a registry that cancels`,
  'push.blob.sha512': `${OPTIONAL_FEATURE}: image-spec "Implementations MAY implement SHA-512 digest verification"`,
  'push.manifest.sha512': `${OPTIONAL_FEATURE}: image-spec "Implementations MAY implement SHA-512 digest verification"`,
  'push.manifest.tag-query': `${OPTIONAL_FEATURE}: ?tag= on main; OCI-Tag is a MUST once tags are accepted`,
  'push.manifest.non-distributable': '"A registry MAY reject a manifest … that reference a manifest or blob that does not exist": the MUST binds the error code of such a rejection',
  'referrers.filter': '"The registry SHOULD support filtering on artifactType"; OCI-Filters-Applied is a MUST only once a filter is applied',
  // The byte-exact MUST (pushing-manifests.8) they cite binds what a registry stores; whether it
  // takes this content at all rests on sentences of lower level:
  'push.manifest.nested-index': 'image-spec Image Index: "implementations SHOULD support" the nested index media type',
  'push.manifest.no-layers': 'Pushing Manifests: "the list of blobs MAY be empty"; image-spec: layers "SHOULD have at least one entry"',
  'artifacts.docker-image': 'Docker schema 2 is not an OCI requirement: an OCI-only registry may refuse it',
  'artifacts.docker-manifest-list': 'Docker schema 2 is not an OCI requirement: an OCI-only registry may refuse it',
  'artifacts.artifact-manifest-legacy': 'the artifact manifest was withdrawn from image-spec 1.1: a registry may refuse it',
  // Cites the SHOULD about the 400 answer, but accepting bytes under a digest they do not hash to
  // breaks "A GET request to an existing blob URL MUST provide the expected blob".
  'push.blob.digest-mismatch': 'a blob stored under the wrong digest breaks the MUST of pulling blobs, whatever the answer code',
};

const STRENGTH: Record<string, number> = { MUST: 3, 'MUST NOT': 3, SHOULD: 2, 'SHOULD NOT': 2, MAY: 1 };

function strongestCited(checkId: string): { level: Level; ids: string[] } | undefined {
  const index = new Map(requirementsFor('main').map((r) => [r.id, r]));
  const ids = requirementIdsOfCheck(checkId, 'main').filter((id) => index.get(id)?.subject === 'registry');
  if (ids.length === 0) return undefined;
  const strongest = Math.max(...ids.map((id) => STRENGTH[index.get(id)!.level]));
  return { level: (['MAY', 'SHOULD', 'MUST'] as const)[strongest - 1], ids };
}

describe('check levels', () => {
  it('equal the level of the requirements each check cites, except the justified ones', () => {
    const mismatched = ALL_CHECKS.flatMap((check) => {
      const cited = strongestCited(check.id);
      const level = levelFor(check, 'main');
      return cited && cited.level !== level ? [`${check.id}: ${level}, cites ${cited.ids.join(', ')} (${cited.level})`] : [];
    });
    expect(mismatched.filter((m) => !(m.split(':')[0] in JUSTIFIED))).toEqual([]);
    // Every exception is still needed (a check whose level now matches leaves the list).
    expect(Object.keys(JUSTIFIED).filter((id) => !mismatched.some((m) => m.startsWith(`${id}:`)))).toEqual([]);
  });
});

// Links from a check to the spec text it verifies. Section names are the spec's own headings.
import type { SpecReference } from '../src/results/model.js';

const DISTRIBUTION = 'https://github.com/opencontainers/distribution-spec/blob';

const anchor = (section: string) =>
  section
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');

/** A section of distribution-spec v1.1.1 (and, where it is unchanged, main). */
export function distribution(section: string, version: 'v1.1.1' | 'main' = 'v1.1.1'): SpecReference {
  return { version, section, url: `${DISTRIBUTION}/${version}/spec.md#${anchor(section)}` };
}

/** A section that exists only on the spec's main branch. */
export function distributionMain(section: string): SpecReference {
  return distribution(section, 'main');
}

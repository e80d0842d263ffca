// One SVG badge per judged registry, counting what the model says.
import { describe, expect, it } from 'vitest';
import { registryBadges } from '../../src/report/badge.js';
import { HOSTILE_SCRIPT, fixtureResults } from './fixture.js';
import { parseXml } from './xml.js';

describe('registry badges', () => {
  const badges = registryBadges(fixtureResults());
  const byFile = new Map(badges.map((b) => [b.file, b.svg]));

  it('makes one well-formed SVG per registry that was judged, none for a skipped one', () => {
    expect(badges.map((b) => b.file)).toEqual(['reference.svg', 'distribution.svg', expect.stringMatching(/^evil[a-z0-9._-]+\.svg$/i), 'ecr.svg']);
    for (const { svg } of badges) expect(() => parseXml(svg)).not.toThrow();
  });

  it('counts error, fail and warn (checks and copies verified at the registry), coloured by the most severe', () => {
    const distribution = byFile.get('distribution.svg')!;
    expect(distribution).toContain('<title>OCI · distribution: 1 error · 3 fail · 1 warn</title>');
    expect(distribution).toContain('fill="#6b2fc2"');
    expect(byFile.get('reference.svg')).toContain('<title>OCI · reference: 9 pass</title>');
    expect(byFile.get('ecr.svg')).toContain('not reachable');
  });

  it('keeps registry text inert', () => {
    const evil = badges[2]!.svg;
    expect(evil).not.toContain(HOSTILE_SCRIPT);
    expect(evil).toContain('&lt;script&gt;');
  });
});

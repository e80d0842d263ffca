// Extracts the requirement sentences (MUST, MUST NOT, SHOULD, SHOULD NOT, REQUIRED) of the
// distribution-spec's workflow and API sections. The spec writes one sentence per line, so a
// line is a sentence. Ids are `<section-slug>.<n>`: stable, because a released spec version's
// text never changes (the JSON committed beside this file is regenerated only for a new version).

export interface Requirement {
  id: string;
  section: string;
  level: 'MUST' | 'MUST NOT' | 'SHOULD' | 'SHOULD NOT';
  /** Who the sentence binds: only registry requirements can be verified against a registry. */
  subject: 'registry' | 'client';
  text: string;
}

const FIRST = /^#{2,3} (Conformance|Requirements)$/;
const LAST = /^#{2,3} Appendix$/;
// Sections whose sentences tell clients what to do.
const CLIENT_SECTIONS = new Set(['Backwards Compatibility', 'Unavailable Referrers API', 'Referrers Tag Schema']);

export function slug(section: string): string {
  return section
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function levelOf(text: string): Requirement['level'] | undefined {
  if (/\bMUST NOT\b/.test(text)) return 'MUST NOT';
  if (/\b(MUST|REQUIRED)\b/.test(text)) return 'MUST';
  if (/\bSHOULD NOT\b/.test(text)) return 'SHOULD NOT';
  if (/\bSHOULD\b/.test(text)) return 'SHOULD';
  return undefined;
}

// Sentences that bind the client although their grammar does not say so (request formats, the
// steps a client takes to maintain the referrers tag schema).
const CLIENT_PHRASES = [
  '`<reference>` MUST be either', '`<tag-or-digest>` MUST be either', 'MUST NOT be in any other format', 'Throughout this document',
  'SHOULD NOT be assembled manually by clients', 'The `Content-Length` header MUST match', 'the `<digest>` MUST match the blob',
  'the post request MUST include the following header', 'MUST be inclusive on both ends', "The first chunk's range MUST begin",
  'It MUST match the following regular expression', 'except for the final chunk, SHOULD be', 'Each consecutive chunk upload SHOULD use',
  'Chunks MUST be uploaded in order', 'the session MUST be closed with a `PUT`', 'The closing `PUT` request MUST include',
  'The following chunk upload SHOULD use', 'All manifests SHOULD include a `mediaType`', 'is the namespace of the repository, and the',
  'The uploaded manifest MUST reference any blobs', 'Verify the descriptor for the manifest', 'MUST be set to the `artifactType` value in the pushed manifest',
  'If the `artifactType` is empty or missing in a pushed image manifest', 'All annotations from the pushed manifest MUST be copied',
  '`<tagname>` MUST NOT be a numerical index', 'the post request SHOULD include the `digest-algorithm`',
];

function subjectOf(section: string, text: string): Requirement['subject'] {
  if (CLIENT_SECTIONS.has(section) || CLIENT_PHRASES.some((p) => text.includes(p))) return 'client';
  const before = text.split(/\b(MUST|SHOULD|REQUIRED)\b/)[0].toLowerCase();
  if (/\bclients?\b|\bthe client\b/.test(before) && !/\bregistr(y|ies)\b/.test(before)) return 'client';
  return 'registry';
}

export function extractRequirements(markdown: string): Requirement[] {
  const requirements: Requirement[] = [];
  const counters = new Map<string, number>();
  let inScope = false;
  let section = '';
  let fenced = false;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{2,6} (.+)$/.exec(line);
    if (heading) {
      if (FIRST.test(line)) inScope = true;
      if (LAST.test(line)) inScope = false;
      section = heading[1].trim();
      continue;
    }
    if (!inScope || !line) continue;
    const level = levelOf(line);
    if (!level) continue;
    const text = line.replace(/^(\d+\.|[-*])\s+/, '');
    const n = (counters.get(section) ?? 0) + 1;
    counters.set(section, n);
    requirements.push({ id: `${slug(section)}.${n}`, section, level, subject: subjectOf(section, text), text });
  }
  return requirements;
}

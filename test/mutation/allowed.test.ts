// The allowed-deviations table: every permitting sentence is quoted word for word from the spec
// it names, under the section it names, and tolerated.ts speaks only of real deviations and checks.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOWED_DEVIATIONS, DEVIATIONS } from '../../src/reference/deviations.js';
import { TOLERATED } from '../../src/mutation/tolerated.js';
import { judgeAllowed } from '../../src/mutation/mutate.js';
import { ALL_CHECKS } from '../../suites/index.js';
import type { ResultRecord } from '../../src/results/model.js';

const specs = new URL('../../../shared/specs/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, specs), 'utf8');
const SPEC_TEXT: Record<string, string> = {
  'distribution-spec v1.1.1': read('distribution-spec-v1.1.1.md'),
  'distribution-spec main': read('distribution-spec-main.md'),
  'image-spec v1.1.1': readdirSync(new URL('image-spec-v1.1.1/', specs)).map((f) => read(`image-spec-v1.1.1/${f}`)).join('\n'),
};
/** Line wraps and runs of spaces are not words. */
const words = (text: string) => text.replace(/\s+/g, ' ');

describe('allowed deviations', () => {
  it('quote each permitting sentence word for word, under the section they name', () => {
    for (const d of ALLOWED_DEVIATIONS) {
      const text = SPEC_TEXT[d.spec];
      expect(words(text).includes(words(d.permits)), `${d.name}: "${d.permits}" is not in ${d.spec}`).toBe(true);
      const heading = new RegExp(`^#+ ${d.section.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm');
      expect(heading.test(text), `${d.name}: no section "${d.section}" in ${d.spec}`).toBe(true);
    }
  });

  it('have names of their own, distinct from the breaking deviations', () => {
    const names = [...DEVIATIONS, ...ALLOWED_DEVIATIONS].map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('list tolerances for exactly the allowed deviations, each naming a real check and a reason', () => {
    expect(Object.keys(TOLERATED).sort()).toEqual(ALLOWED_DEVIATIONS.map((d) => d.name).sort());
    const ids = new Set(ALL_CHECKS.map((c) => c.id));
    for (const [name, tolerances] of Object.entries(TOLERATED)) {
      for (const t of tolerances) {
        expect(ids.has(t.check) || (t.check.endsWith('.') && [...ids].some((id) => id.startsWith(t.check))), `${name}: ${t.check}`).toBe(true);
        expect(t.reason.length, `${name}: ${t.check} needs a reason`).toBeGreaterThan(10);
      }
    }
  });

  it('count a fail, an error or an unlisted warn as a false alarm, and a listed unsupported as tolerated', () => {
    const record = (check: string, status: ResultRecord['status']) => ({ check, status, message: 'm' }) as ResultRecord;
    const clean = new Map([['push.blob.mount', 'pass'], ['push.blob.mount.anonymous', 'pass'], ['push.blob.post-put', 'pass'], ['push.blob.chunked', 'pass'], ['pull.blob.get', 'skip']] as const);
    const row = judgeAllowed('mount-fallback-202', new Map(clean), [
      record('push.blob.mount', 'unsupported'),
      record('push.blob.mount.anonymous', 'fail'),
      record('push.blob.post-put', 'warn'),
      record('push.blob.chunked', 'error'),
      record('pull.blob.get', 'fail'), // not passing on the clean registry either: not this deviation's doing
    ]);
    expect(row.tolerated.map((t) => t.check)).toEqual(['push.blob.mount']);
    expect(row.falseAlarms.map((t) => `${t.check}=${t.status}`)).toEqual(['push.blob.mount.anonymous=fail', 'push.blob.post-put=warn', 'push.blob.chunked=error']);
    expect(row.unusedTolerances.map((t) => t.check)).toEqual(['push.blob.mount.anonymous']);
  });
});

describe('the README', () => {
  it('lists every allowed deviation in its table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const d of ALLOWED_DEVIATIONS) expect(readme, d.name).toContain(`| \`${d.name}\` | ${d.behaviour} |`);
  });
});

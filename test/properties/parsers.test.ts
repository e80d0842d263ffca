// Parsers on arbitrary input (fast-check): they never throw anything but the project's own
// errors, and what they produce round-trips through the matching formatter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseChallenges } from '../../src/auth/challenge.js';
import { nextLink } from '../../suites/support.js';
import { formatContentRange, formatRange, parseContentRange, parseRange, resolveRange, type ByteRange } from '../../src/http/range.js';
import { digestOf, parseDigest } from '../../src/oci/digest.js';
import { formatReference, parseReference } from '../../src/oci/reference.js';
import { formatHttpDate, parseRetryAfter } from '../../src/http/retry-after.js';
import { interpolate } from '../../src/config/interpolate.js';
import type { HttpResponse } from '../../src/http/types.js';

const RUNS = { numRuns: 500 };
const TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".split('');
const token = fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 1, maxLength: 12 });
/** Printable header text (RFC 9110 field-value without CTLs), including quotes, commas and backslashes. */
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), headerText);

const quoted = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

describe('WWW-Authenticate (RFC 7235 §4.1)', () => {
  it('never throws, whatever the header', () => {
    fc.assert(fc.property(anyText, (header) => void parseChallenges(header)), RUNS);
  });

  it('reads back the challenges it is given: schemes and quoted parameters with commas, quotes and backslashes', () => {
    const challenge = fc.record({
      scheme: token,
      params: fc.uniqueArray(fc.tuple(token, headerText), { minLength: 1, maxLength: 4, selector: ([name]) => name.toLowerCase() }),
    });
    fc.assert(
      fc.property(fc.array(challenge, { minLength: 1, maxLength: 3 }), (challenges) => {
        const header = challenges.map((c) => `${c.scheme} ${c.params.map(([k, v]) => `${k}=${quoted(v)}`).join(', ')}`).join(', ');
        const parsed = parseChallenges(header);
        expect(parsed.map((c) => ({ scheme: c.scheme, params: c.params }))).toEqual(
          challenges.map((c) => ({ scheme: c.scheme.toLowerCase(), params: Object.fromEntries(c.params.map(([k, v]) => [k.toLowerCase(), v])) })),
        );
      }),
      RUNS,
    );
  });
});

describe('Link (RFC 8288)', () => {
  const withLink = (link: string): HttpResponse => ({ status: 200, headers: { link }, url: 'http://r/', body: new Uint8Array() });
  const target = fc.webUrl({ withQueryParameters: true }).filter((u) => !u.includes('>') && !u.includes(','));

  it('never throws', () => {
    fc.assert(fc.property(anyText, (link) => void nextLink(withLink(link))), RUNS);
  });

  it('finds the rel="next" target among other links and parameters', () => {
    fc.assert(
      fc.property(target, fc.array(target, { maxLength: 3 }), fc.boolean(), (next, others, quotedRel) => {
        const links = [...others.map((o) => `<${o}>; rel="prev"`), `<${next}>; ${quotedRel ? 'rel="next"' : 'rel=next'}; type="application/json"`];
        expect(nextLink(withLink(links.join(', ')))).toBe(next);
      }),
      RUNS,
    );
  });
});

describe('Range and Content-Range (RFC 9110 §14)', () => {
  const pos = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
  const range: fc.Arbitrary<ByteRange> = fc.oneof(
    pos.map((start) => ({ start })),
    fc.tuple(pos, pos).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
    fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }).map((suffix) => ({ suffix })),
  );

  it('never throw', () => {
    fc.assert(fc.property(anyText, (text) => void (parseRange(text), parseContentRange(text))), RUNS);
  });

  it('round-trip a range, and resolve it inside the representation', () => {
    fc.assert(
      fc.property(range, fc.integer({ min: 0, max: 1 << 30 }), (r, size) => {
        const parsed = parseRange(formatRange(r));
        expect(parsed).toEqual(r);
        const selected = resolveRange(parsed!, size);
        if (selected) expect(0 <= selected.start && selected.start <= selected.end && selected.end < size).toBe(true);
      }),
      RUNS,
    );
  });

  it('round-trip a content range', () => {
    const contentRange = fc.tuple(pos, pos, fc.option(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), { nil: undefined })).map(([a, b, extra]) => {
      const [start, end] = [Math.min(a, b), Math.max(a, b)];
      const total = extra === undefined ? undefined : Math.min(Number.MAX_SAFE_INTEGER, end + extra);
      return total === undefined || total > end ? { start, end, ...(total !== undefined ? { total } : {}) } : { start, end };
    });
    fc.assert(fc.property(contentRange, (cr) => {
      expect(parseContentRange(formatContentRange(cr))).toEqual(cr);
    }), RUNS);
  });

  it('refuse positions a number cannot hold exactly, rather than reading them wrong', () => {
    expect(parseRange('bytes=99999999999999999999-')).toBeUndefined();
    expect(parseContentRange('0-99999999999999999999')).toBeUndefined();
  });
});

describe('digests and references', () => {
  it('never throw', () => {
    fc.assert(fc.property(anyText, (text) => void (parseDigest(text), parseReference(text))), RUNS);
  });

  it('a computed digest parses and round-trips as a reference', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom('sha256' as const, 'sha512' as const), (bytes, algorithm) => {
        const digest = digestOf(bytes, algorithm);
        expect(parseDigest(digest)).toEqual({ algorithm, encoded: digest.slice(algorithm.length + 1) });
        const reference = parseReference(digest)!;
        expect(reference.kind).toBe('digest');
        expect(formatReference(reference)).toBe(digest);
      }),
      RUNS,
    );
  });

  it('a tag of the spec grammar is a tag reference and round-trips', () => {
    const first = fc.constantFrom(...'abcXYZ019_'.split(''));
    const rest = fc.string({ unit: fc.constantFrom(...'abcXYZ019_.-'.split('')), maxLength: 127 });
    fc.assert(
      fc.property(first, rest, (a, b) => {
        const reference = parseReference(a + b);
        expect(reference).toEqual({ kind: 'tag', tag: a + b });
        expect(formatReference(reference!)).toBe(a + b);
      }),
      RUNS,
    );
  });

  it('a registered algorithm with the wrong encoded length is not a digest', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-f0-9]{1,63}$/), (hex) => {
      expect(parseDigest(`sha256:${hex}`)).toBeUndefined();
    }), RUNS);
  });
});

describe('Retry-After (RFC 9110 §10.2.3)', () => {
  it('never throws and never asks for a negative wait', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const ms = parseRetryAfter(text);
        if (ms !== undefined) expect(ms).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('reads delay-seconds and HTTP dates it wrote', () => {
    const now = Date.UTC(2026, 0, 1);
    fc.assert(fc.property(fc.nat({ max: 10_000_000 }), (seconds) => {
      expect(parseRetryAfter(String(seconds), now)).toBe(seconds * 1000);
    }), RUNS);
    fc.assert(fc.property(fc.nat({ max: 10_000_000 }), (seconds) => {
      expect(parseRetryAfter(formatHttpDate(now + seconds * 1000), now)).toBe(seconds * 1000);
    }), RUNS);
  });
});

describe('config interpolation', () => {
  const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/);

  it('never throws, and leaves values without ${VAR} unchanged', () => {
    const json = fc.jsonValue().filter((v) => !JSON.stringify(v).includes('${'));
    fc.assert(
      fc.property(json, fc.dictionary(name, fc.string()), (value, env) => {
        const { value: out, missing } = interpolate(value, env);
        expect(out).toEqual(value);
        expect(missing).toEqual([]);
      }),
      RUNS,
    );
  });

  it('replaces each variable with its value, taken literally, and names the unset ones with their path', () => {
    fc.assert(
      fc.property(name, fc.string(), fc.string(), fc.string(), (variable, value, before, after) => {
        fc.pre(!before.includes('${') && !after.includes('${') && !before.endsWith('$'));
        const set = interpolate({ a: [`${before}\${${variable}}${after}`] }, { [variable]: value });
        if (value === '') expect(set.missing).toEqual([{ variable, path: ['a', 0] }]);
        else expect(set.value).toEqual({ a: [`${before}${value}${after}`] });
      }),
      RUNS,
    );
  });
});

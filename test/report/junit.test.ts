import { describe, expect, it } from 'vitest';
import { renderJunit, xmlEscape } from '../../src/report/junit.js';
import { runResultsSchema } from '../../src/results/schema.js';
import { CDATA_END, fixtureResults, HOSTILE_MESSAGE, HOSTILE_REGISTRY, HOSTILE_SCRIPT } from './fixture.js';
import { findAll, parseXml, type XmlElement } from './xml.js';

const results = fixtureResults();
const xml = renderJunit(results);
const root = parseXml(xml);
const suiteOf = (name: string) => findAll(root, 'testsuite').find((s) => s.attributes.name === name)!;
const caseOf = (suite: XmlElement, checkId: string) => findAll(suite, 'testcase').find((c) => c.attributes.name!.startsWith(`${checkId} `))!;

describe('the JUnit report', () => {
  it('is built from a fixture that is a valid results model', () => {
    expect(runResultsSchema.safeParse(results).success).toBe(true);
  });

  it('is well-formed XML with one testsuite per registry, named after it, and one for the copies between registries', () => {
    expect(root.name).toBe('testsuites');
    expect(findAll(root, 'testsuite').map((s) => s.attributes.name)).toEqual([...results.registries.map((r) => r.name), 'interop']);
  });

  it('has one testcase per copy in the interop suite, mapped like results, timed by the copy phase wall time', () => {
    const interop = suiteOf('interop');
    expect(interop.attributes).toMatchObject({ tests: '3', failures: '1', errors: '0', skipped: '0', time: '0.160' });
    const cases = findAll(interop, 'testcase');
    expect(cases.map((c) => [c.attributes.classname, c.attributes.name])).toEqual([
      ['interop.reference', 'reference → distribution: OCI image'],
      ['interop.reference', 'reference → distribution: Helm chart'],
      ['interop.distribution', 'distribution → reference: OCI image'],
    ]);
    expect(cases[1]!.children.map((c) => c.name)).toEqual(['failure']);
    expect(cases[0]!.children).toEqual([]);
  });

  it('has one testcase per result, classed by suite and named by check id and title', () => {
    const reference = suiteOf('reference');
    expect(findAll(reference, 'testcase')).toHaveLength(results.checks.length);
    const testcase = caseOf(reference, 'pull.manifest.get-by-tag');
    expect(testcase.attributes.classname).toBe('pull');
    expect(testcase.attributes.name).toBe('pull.manifest.get-by-tag — GET a manifest by tag returns 200 and the exact pushed bytes');
    expect(testcase.children).toEqual([]);
  });

  it('counts tests, failures, errors and skipped per registry', () => {
    expect(suiteOf('reference').attributes).toMatchObject({ tests: '8', failures: '0', errors: '0', skipped: '0' });
    // time is the registry's wall time (its results' durations add up to 0.372 s: they overlapped).
    expect(suiteOf('distribution').attributes).toMatchObject({ tests: '7', failures: '2', errors: '1', skipped: '2', time: '0.250' });
    // A registry without a recorded wall time (results.json from an older version) gets no time rather than a wrong one.
    expect(suiteOf(HOSTILE_REGISTRY).attributes.time).toBeUndefined();
    expect(suiteOf(HOSTILE_REGISTRY).attributes).toMatchObject({ tests: '8', failures: '1', errors: '0', skipped: '0' });
  });

  it('maps fail to failure, error to error, skip and unsupported to skipped, and warn to a passing case with a note', () => {
    const distribution = suiteOf('distribution');
    const children = (id: string) => caseOf(distribution, id).children.map((c) => c.name);
    expect(children('push.blob.chunked.out-of-order')).toEqual(['failure']);
    expect(children('push.manifest.large')).toEqual(['error']);
    expect(children('referrers.list')).toEqual(['skipped']);
    expect(children('management.delete.tag')).toEqual(['skipped']);
    expect(children('pull.manifest.content-type')).toEqual(['system-out']);
    expect(caseOf(distribution, 'pull.manifest.content-type').children[0]!.text).toMatch(/^warn \(SHOULD not met\): Content-Type carries parameters/);
    expect(caseOf(distribution, 'management.delete.tag').children[0]!.attributes.message).toBe('unsupported (expected: known limit): tag deletion is disabled (HTTP 405)');
  });

  it('puts the message and a trace of the HTTP exchanges in a failure', () => {
    const failure = caseOf(suiteOf('distribution'), 'push.blob.chunked.out-of-order').children[0]!;
    expect(failure.attributes).toMatchObject({ type: 'MUST', message: 'out-of-order chunk 524288-786431 after 0-262143: expected 416, got HTTP 202' });
    expect(failure.text).toContain('PATCH http://127.0.0.1:5001/v2/oci-matrix/conformance/blobs/uploads/abc → 202');
  });

  it('gives registries that were not tested one case saying why: skipped, or an error when unreachable', () => {
    const skipped = suiteOf('dockerhub');
    expect(skipped.attributes).toMatchObject({ tests: '1', skipped: '1', errors: '0' });
    expect(findAll(skipped, 'skipped')[0]!.attributes.message).toBe('environment variables $DOCKERHUB_USERNAME, $DOCKERHUB_TOKEN not set');
    const unreachable = suiteOf('ecr');
    expect(unreachable.attributes).toMatchObject({ tests: '1', errors: '1' });
    expect(findAll(unreachable, 'error')[0]!.attributes.message).toContain('ECONNREFUSED');
  });

  it('keeps hostile registry text as text: escaped, and without characters XML forbids', () => {
    expect(xml).not.toContain(HOSTILE_SCRIPT);
    expect(xml).not.toContain(CDATA_END);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const failure = caseOf(suiteOf(HOSTILE_REGISTRY), 'pull.manifest.get-by-tag').children[0]!;
    // Read back, the message is the original minus the control characters; its newline survives in the attribute.
    expect(failure.attributes.message).toBe(HOSTILE_MESSAGE.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));
    expect(failure.attributes.message).toContain('\nsecond line');
  });

  it('escapes all five XML specials and drops forbidden characters, keeping astral ones', () => {
    expect(xmlEscape(`a<b>&"c'\u0000\u001b\uffff\ud800 😀`)).toBe('a&lt;b&gt;&amp;&quot;c&apos; 😀');
  });
});

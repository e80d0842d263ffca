// JUnit XML for CI test reporting: one <testsuite> per registry, one <testcase> per result
// (classname = suite, name = check id and title).
//
// How statuses map, and why:
// - fail → <failure>: a MUST is broken; that is what turns a CI report red.
// - error → <error>: the harness could not judge; CI tools show it apart from failures.
// - skip, unsupported → <skipped message="...">: the check did not apply (disabled, precondition
//   missing, or an optional feature the registry correctly reports as absent). Nothing to fix.
// - warn → a passing case with the finding in <system-out>: a broken SHOULD is worth reading but
//   must not fail a pipeline on its own (`--fail-on warn` exists for teams that want that).
// A registry that was not tested still gets a <testsuite>, with one case that says why:
// <skipped> when it was skipped on purpose, <error> when the harness could not reach or start it.
// Copies between registries form one more <testsuite name="interop">, one case per copy, mapped
// the same way. A suite's time is its wall time (checks run concurrently, so not their sum).
import type { CheckInfo, Exchange, InteropRecord, RegistryRecord, ResultRecord, RunResults, Status } from '../results/model.js';

// XML 1.0 allows tab, LF, CR and U+0020 upwards, minus lone surrogates and U+FFFE/U+FFFF.
// Anything else cannot appear even as a character reference, so it is dropped.
const INVALID_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** In attributes, newlines and tabs would be normalised to spaces by parsers: keep them as references. */
function xmlAttribute(text: string): string {
  return xmlEscape(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/** A compact trace of the exchanges for the failure body: enough to start reading in CI. */
function evidenceLines(evidence: Exchange[]): string {
  if (!evidence.length) return '';
  const lines = evidence.map((e) => `  ${e.method} ${e.url} → ${e.status ?? 'no answer'}${e.error ? ` (${e.error})` : ''}`);
  return `\n\nHTTP exchanges:\n${lines.join('\n')}`;
}

interface CaseInput {
  classname: string;
  name: string;
  status: Status;
  message: string;
  durationMs: number;
  evidence: Exchange[];
  /** Requirement level, for the failure type and the warn note. */
  level: string;
  expected: boolean;
}

function testcase(c: CaseInput): string {
  const open = `    <testcase classname="${xmlAttribute(c.classname)}" name="${xmlAttribute(c.name)}" time="${seconds(c.durationMs)}"`;
  const expected = c.expected ? ' (expected: known limit)' : '';
  const body = (kind: string) => xmlEscape(`${kind}${expected}: ${c.message}${evidenceLines(c.evidence)}`);
  switch (c.status) {
    case 'pass':
      return `${open}/>`;
    case 'fail':
      return `${open}>\n      <failure message="${xmlAttribute(c.message)}" type="${c.level}">${body(`fail (${c.level})`)}</failure>\n    </testcase>`;
    case 'error':
      return `${open}>\n      <error message="${xmlAttribute(c.message)}" type="harness">${body('error')}</error>\n    </testcase>`;
    case 'skip':
    case 'unsupported':
      return `${open}>\n      <skipped message="${xmlAttribute(`${c.status}${expected}: ${c.message}`)}"/>\n    </testcase>`;
    case 'warn':
      return `${open}>\n      <system-out>${body(`warn (${c.level || 'SHOULD'} not met)`)}</system-out>\n    </testcase>`;
  }
}

function resultCase(result: ResultRecord, check: CheckInfo | undefined): CaseInput {
  return {
    classname: check?.suite ?? 'unknown',
    name: check ? `${check.id} — ${check.title}` : result.check,
    status: result.status,
    message: result.message,
    durationMs: result.durationMs,
    evidence: result.evidence,
    level: check?.level ?? '',
    expected: Boolean(result.expected),
  };
}

/** A copy must arrive byte for byte: the interop checks are MUSTs of the content's portability. */
function copyCase(copy: InteropRecord, titles: Map<string, string>): CaseInput {
  return {
    classname: `interop.${copy.source}`,
    name: `${copy.source} → ${copy.destination}: ${titles.get(copy.content) ?? copy.content}`,
    status: copy.status,
    message: copy.message,
    durationMs: copy.durationMs,
    evidence: copy.evidence,
    level: 'MUST',
    expected: false,
  };
}

function untestedCase(registry: RegistryRecord): string {
  const open = `    <testcase classname="registry" name="${xmlAttribute(`${registry.name} was not tested`)}" time="0.000">`;
  const reason = registry.reason ?? registry.status;
  const element =
    registry.status === 'error'
      ? `<error message="${xmlAttribute(reason)}" type="harness">${xmlEscape(reason)}</error>`
      : `<skipped message="${xmlAttribute(reason)}"/>`;
  return `${open}\n      ${element}\n    </testcase>`;
}

function suiteElement(name: string, cases: CaseInput[], wallMs: number | undefined, timestamp: string, body: string[], properties: [string, string][]): string {
  const count = (...statuses: Status[]) => cases.filter((c) => statuses.includes(c.status)).length;
  // Older results.json files have no wall time: then no time at all rather than a wrong one.
  const time = wallMs === undefined ? '' : ` time="${seconds(wallMs)}"`;
  const attributes = `name="${xmlAttribute(name)}" tests="${cases.length}" failures="${count('fail')}" errors="${count('error')}" skipped="${count('skip', 'unsupported')}"${time} timestamp="${xmlAttribute(timestamp)}"`;
  const props = properties.map(([key, value]) => `      <property name="${key}" value="${xmlAttribute(value)}"/>`).join('\n');
  return `  <testsuite ${attributes}>\n    <properties>\n${props}\n    </properties>\n${body.join('\n')}\n  </testsuite>`;
}

function testsuite(registry: RegistryRecord, results: ResultRecord[], checks: Map<string, CheckInfo>, timestamp: string): string {
  const properties: [string, string][] = [['url', registry.url], ['status', registry.status], ...(registry.reason ? [['reason', registry.reason] as [string, string]] : [])];
  if (registry.status !== 'tested') {
    const untested: CaseInput = { classname: 'registry', name: `${registry.name} was not tested`, status: registry.status === 'error' ? 'error' : 'skip', message: registry.reason ?? registry.status, durationMs: 0, evidence: [], level: '', expected: false };
    return suiteElement(registry.name, [untested], registry.durationMs, timestamp, [untestedCase(registry)], properties);
  }
  const cases = results.map((r) => resultCase(r, checks.get(r.check)));
  return suiteElement(registry.name, cases, registry.durationMs, timestamp, cases.map(testcase), properties);
}

function interopSuite(results: RunResults): string | undefined {
  const copies = results.interop ?? [];
  if (!copies.length) return undefined;
  const titles = new Map((results.contents ?? []).map((c) => [c.id, c.title]));
  const cases = copies.map((c) => copyCase(c, titles));
  return suiteElement('interop', cases, results.interopDurationMs, results.run.startedAt, cases.map(testcase), [['copies', String(copies.length)]]);
}

export function renderJunit(results: RunResults): string {
  const checks = new Map(results.checks.map((c) => [c.id, c]));
  const suites = results.registries.map((registry) =>
    testsuite(
      registry,
      results.results.filter((r) => r.registry === registry.name),
      checks,
      results.run.startedAt,
    ),
  );
  const interop = interopSuite(results);
  if (interop) suites.push(interop);
  const name = `${results.run.tool.name} ${results.run.id}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xmlAttribute(name)}">\n${suites.join('\n')}\n</testsuites>\n`;
}

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
import type { CheckInfo, Exchange, RegistryRecord, ResultRecord, RunResults } from '../results/model.js';

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

function testcase(result: ResultRecord, check: CheckInfo | undefined): string {
  const suite = check?.suite ?? 'unknown';
  const name = check ? `${check.id} — ${check.title}` : result.check;
  const open = `    <testcase classname="${xmlAttribute(suite)}" name="${xmlAttribute(name)}" time="${seconds(result.durationMs)}"`;
  const level = check?.level ?? '';
  const expected = result.expected ? ' (expected: known limit)' : '';
  const body = (kind: string) => xmlEscape(`${kind}${expected}: ${result.message}${evidenceLines(result.evidence)}`);
  switch (result.status) {
    case 'pass':
      return `${open}/>`;
    case 'fail':
      return `${open}>\n      <failure message="${xmlAttribute(result.message)}" type="${level}">${body(`fail (${level})`)}</failure>\n    </testcase>`;
    case 'error':
      return `${open}>\n      <error message="${xmlAttribute(result.message)}" type="harness">${body('error')}</error>\n    </testcase>`;
    case 'skip':
    case 'unsupported':
      return `${open}>\n      <skipped message="${xmlAttribute(`${result.status}${expected}: ${result.message}`)}"/>\n    </testcase>`;
    case 'warn':
      return `${open}>\n      <system-out>${body(`warn (${level || 'SHOULD'} not met)`)}</system-out>\n    </testcase>`;
  }
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

function testsuite(registry: RegistryRecord, results: ResultRecord[], checks: Map<string, CheckInfo>, timestamp: string): string {
  const count = (...statuses: string[]) => results.filter((r) => statuses.includes(r.status)).length;
  const tested = registry.status === 'tested';
  const cases = tested ? results.map((r) => testcase(r, checks.get(r.check))) : [untestedCase(registry)];
  const tests = tested ? results.length : 1;
  const failures = count('fail');
  const errors = tested ? count('error') : registry.status === 'error' ? 1 : 0;
  const skipped = tested ? count('skip', 'unsupported') : registry.status === 'skipped' ? 1 : 0;
  const time = seconds(results.reduce((sum, r) => sum + r.durationMs, 0));
  const attributes = `name="${xmlAttribute(registry.name)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${time}" timestamp="${xmlAttribute(timestamp)}"`;
  const properties = [
    ['url', registry.url],
    ['status', registry.status],
    ...(registry.reason ? [['reason', registry.reason]] : []),
  ]
    .map(([name, value]) => `      <property name="${name}" value="${xmlAttribute(value)}"/>`)
    .join('\n');
  return `  <testsuite ${attributes}>\n    <properties>\n${properties}\n    </properties>\n${cases.join('\n')}\n  </testsuite>`;
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
  const name = `${results.run.tool.name} ${results.run.id}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xmlAttribute(name)}">\n${suites.join('\n')}\n</testsuites>\n`;
}

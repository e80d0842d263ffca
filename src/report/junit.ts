// JUnit XML for CI test reporting: one <testsuite> per registry, one <testcase> per result.
// fail → <failure>, error → <error>, skip and unsupported → <skipped> (the feature is absent or
// not tested: nothing to fix in CI), warn → a passing case with the finding in <system-out>,
// since a broken SHOULD must not turn a CI test report red on its own.
import type { RunResults } from '../results/model.js';

// XML 1.0 allows tab, LF, CR and U+0020 upwards (minus surrogates and U+FFFE/U+FFFF).
const INVALID_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function renderJunit(results: RunResults): string {
  const titles = new Map(results.checks.map((c) => [c.id, c]));
  const suites = results.registries.map((registry) => {
    const mine = results.results.filter((r) => r.registry === registry.name);
    const count = (pred: (s: string) => boolean) => mine.filter((r) => pred(r.status)).length;
    const time = (mine.reduce((sum, r) => sum + r.durationMs, 0) / 1000).toFixed(3);
    const cases = mine.map((r) => {
      const check = titles.get(r.check);
      const name = xmlEscape(`${r.check}: ${check?.title ?? ''}`);
      const open = `    <testcase classname="${xmlEscape(`${registry.name}.${check?.suite ?? 'checks'}`)}" name="${name}" time="${(r.durationMs / 1000).toFixed(3)}"`;
      const message = xmlEscape(r.message);
      switch (r.status) {
        case 'fail':
          return `${open}>\n      <failure message="${message}" type="${check?.level ?? 'MUST'}">${message}</failure>\n    </testcase>`;
        case 'error':
          return `${open}>\n      <error message="${message}">${message}</error>\n    </testcase>`;
        case 'skip':
        case 'unsupported':
          return `${open}>\n      <skipped message="${xmlEscape(`${r.status}: ${r.message}`)}"/>\n    </testcase>`;
        case 'warn':
          return `${open}>\n      <system-out>${xmlEscape(`warn (${check?.level ?? 'SHOULD'} broken): ${r.message}`)}</system-out>\n    </testcase>`;
        default:
          return `${open}/>`;
      }
    });
    const attributes = `name="${xmlEscape(registry.name)}" tests="${mine.length}" failures="${count((s) => s === 'fail')}" errors="${count((s) => s === 'error')}" skipped="${count((s) => s === 'skip' || s === 'unsupported')}" time="${time}"`;
    const properties = registry.status === 'tested' ? '' : `    <properties><property name="status" value="${xmlEscape(`${registry.status}: ${registry.reason ?? ''}`)}"/></properties>\n`;
    return `  <testsuite ${attributes}>\n${properties}${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="oci-matrix ${xmlEscape(results.run.id)}">\n${suites.join('\n')}\n</testsuites>\n`;
}

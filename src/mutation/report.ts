// The mutation tables as text: breaking deviation → checks that turned non-pass → caught or
// MISSED; allowed deviation → checks that turned (tolerated) → false alarms; and the summary
// lines the mutation test asserts.
import type { AllowedRow, MutationReport, MutationRow } from './mutate.js';

export function formatRow(row: MutationRow): string {
  const turned = row.turned.filter((t) => t.status !== 'pass');
  const list = turned.length ? turned.map((t) => `${t.check} (${t.status})`).join(', ') : '—';
  return `${row.caught ? 'caught' : 'MISSED'.padEnd(6)}  ${row.deviation.padEnd(34)} ${list}`;
}

export function formatAllowedRow(row: AllowedRow): string {
  const ok = row.falseAlarms.length === 0 && row.unusedTolerances.length === 0;
  const tolerated = row.tolerated.length ? row.tolerated.map((t) => `${t.check} (${t.status})`).join(', ') : '—';
  const alarms = row.falseAlarms.map((t) => `\n        FALSE ALARM ${t.check} (${t.status}: ${t.message})`).join('');
  const unused = row.unusedTolerances.map((t) => `\n        UNUSED tolerance ${t.check} (${t.status})`).join('');
  return `${ok ? 'clean ' : 'ALARM '}  ${row.deviation.padEnd(34)} ${tolerated}${alarms}${unused}`;
}

/** The closing lines: the clean run, the breaking table's catch count, the allowed table's false alarms. */
export function summaryLines(report: MutationReport): string[] {
  const notPassing = report.baseline.filter((r) => r.status !== 'pass');
  const caught = report.rows.filter((r) => r.caught).length;
  const alarmed = report.allowed.filter((r) => r.falseAlarms.length > 0).length;
  return [
    `clean reference registry: ${report.baseline.length} checks, ${notPassing.length} not passing${notPassing.length ? `: ${notPassing.map((r) => `${r.check} (${r.status}: ${r.message})`).join('; ')}` : ''}`,
    `breaking: caught ${caught} of ${report.rows.length}`,
    `allowed: false alarms ${alarmed} of ${report.allowed.length}`,
  ];
}

/** Exit status 0 only when the clean registry passes, every breaking deviation is caught and no allowed one alarms. */
export function mutationClean(report: MutationReport): boolean {
  return (
    report.baseline.every((r) => r.status === 'pass') &&
    report.rows.every((r) => r.caught) &&
    report.allowed.every((r) => r.falseAlarms.length === 0 && r.unusedTolerances.length === 0)
  );
}

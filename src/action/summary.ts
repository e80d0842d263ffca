// The job summary: what changed first, then the verdict per registry, then the findings.
import type { summary as Summary } from '@actions/core';
import type { RunResults } from '../results/model.js';
import { failingChecks, registryDigests } from './digest.js';

type SummaryWriter = typeof Summary;

/** Registry names, messages and check ids come from registries and configs: never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const MAX_FINDINGS = 50;

export function buildSummary(summary: SummaryWriter, results: RunResults, reportDir: string): SummaryWriter {
  const digests = registryDigests(results);
  summary.addHeading('OCI Distribution conformance', 2);
  if (results.comparison) {
    summary.addHeading(`What changed since ${escapeHtml(results.comparison.baseline.runId)}`, 3);
    const changed = results.comparison.registries.filter((r) => r.newlyFailing.length + r.newlyPassing.length + r.newlyErroring.length > 0);
    if (changed.length === 0) summary.addRaw('<p>Nothing: every registry compared gives the same statuses as the baseline.</p>', true);
    else
      summary.addTable([
        [{ data: 'Registry', header: true }, { data: 'Newly failing', header: true }, { data: 'Newly erroring', header: true }, { data: 'Newly passing', header: true }],
        ...changed.map((r) => [escapeHtml(r.registry), list(r.newlyFailing), list(r.newlyErroring), list(r.newlyPassing)]),
      ]);
  }
  summary.addHeading('Verdict per registry', 3);
  summary.addTable([
    ['Registry', 'Verdict', 'Stores any content unchanged', 'pass', 'fail', 'warn', 'error', 'unsupported', 'skip'].map((data) => ({ data, header: true })),
    ...digests.map((d) => [
      escapeHtml(d.registry),
      escapeHtml(d.reason ? `${d.verdict} — ${d.reason}` : d.verdict),
      d.storesAnyContentUnchanged,
      ...(['pass', 'fail', 'warn', 'error', 'unsupported', 'skip'] as const).map((s) => String(d.counts[s] ?? 0)),
    ]),
  ]);
  const failing = failingChecks(results);
  summary.addHeading(`Findings: ${failing.length} failing check${failing.length === 1 ? '' : 's'}`, 3);
  if (failing.length) {
    summary.addList(
      failing.slice(0, MAX_FINDINGS).map((f) => {
        const where = f.registries.map((r) => `${escapeHtml(r.registry)}: ${escapeHtml(r.message)}`).join('; ');
        const spec = f.specUrl ? ` (<a href="${escapeHtml(f.specUrl)}">spec</a>)` : '';
        return `<code>${escapeHtml(f.check)}</code> ${escapeHtml(f.title)}${spec} — ${where}`;
      }),
    );
    if (failing.length > MAX_FINDINGS) summary.addRaw(`<p>and ${failing.length - MAX_FINDINGS} more in the report.</p>`, true);
  }
  summary.addRaw(`<p>Full report: <code>${escapeHtml(reportDir)}</code> (index.html, results.json, junit.xml, summary.md).</p>`, true);
  return summary;
}

function list(ids: string[]): string {
  return ids.length ? ids.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ') : '—';
}

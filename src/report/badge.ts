// One SVG badge per registry (badges/<name>.svg), for a README or a dashboard: the registry's
// name and its results by status, coloured by the most severe status present. It only counts
// what the model says; unsupported and skip never colour a badge.
import type { RunResults, Status } from '../results/model.js';
import { STATUSES } from '../results/model.js';
import { countStatuses } from './symbols.js';
import { copiesCountedAt } from '../results/verdicts.js';

const COLOUR: Record<Status | 'none', string> = {
  pass: '#1a7f37', fail: '#b42318', warn: '#8a5300', error: '#6b2fc2', unsupported: '#175cd3', skip: '#5b6570', none: '#5b6570',
};

// Shown in this order; unsupported and skip are left out of the text (they need nothing done).
const SHOWN: Status[] = ['error', 'fail', 'warn', 'pass'];

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u001f\u007f]/g, '');
}

/** Width of text at 11 px Verdana, roughly: badges need no exact metrics, only room. */
const textWidth = (text: string) => Math.ceil([...text].length * 6.8) + 10;

export function badgeSvg(label: string, message: string, colour: string): string {
  const left = textWidth(label);
  const right = textWidth(message);
  const width = left + right;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${xml(`${label}: ${message}`)}">
<title>${xml(`${label}: ${message}`)}</title>
<rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="${colour}"/>
<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
<text x="${left / 2}" y="14">${xml(label)}</text><text x="${left + right / 2}" y="14">${xml(message)}</text>
</g>
</svg>
`;
}

/** File name of a registry's badge: registry names are already safe, but a model read from a file may not be. */
export function badgeFileName(registry: string): string {
  return `${registry.replace(/[^a-z0-9._-]/gi, '_')}.svg`;
}

export function registryBadges(results: RunResults): { file: string; svg: string }[] {
  return results.registries
    .filter((r) => r.status !== 'skipped')
    .map((registry) => {
      const label = `OCI · ${registry.name}`;
      if (registry.status === 'error') return { file: badgeFileName(registry.name), svg: badgeSvg(label, 'not reachable', COLOUR.error) };
      const statuses = [
        ...results.results.filter((r) => r.registry === registry.name).map((r) => r.status),
        ...copiesCountedAt(results.interop ?? [], registry.name).map((c) => c.status),
      ];
      const counts = countStatuses(statuses);
      const worst = SHOWN.find((s) => counts[s] > 0) ?? 'none';
      const parts = SHOWN.filter((s) => counts[s] > 0 && (s !== 'pass' || worst === 'pass')).map((s) => `${counts[s]} ${s}`);
      const message = parts.join(' · ') || (STATUSES.some((s) => counts[s] > 0) ? 'nothing judged' : 'no results');
      return { file: badgeFileName(registry.name), svg: badgeSvg(label, message, COLOUR[worst]) };
    });
}

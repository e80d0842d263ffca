// results.json layout: readable where people look (top-level fields, one record per line) and
// compact inside a record, where full indentation of nested evidence cost about a fifth of the
// file. Still plain JSON: any parser reads it; line diffs show which records changed.
export function serializeResults(value: unknown): string {
  return `${layout(value, 0)}\n`;
}

/** Indents the top two levels (the model's fields and the items of its lists); below that, compact. */
function layout(value: unknown, depth: number): string {
  if (depth >= 2 || value === null || typeof value !== 'object') return JSON.stringify(value);
  const pad = '  '.repeat(depth + 1);
  const close = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => pad + layout(item, depth + 1)).join(',\n')}\n${close}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${layout(v, depth + 1)}`).join(',\n')}\n${close}}`;
}

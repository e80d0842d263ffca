// `npm run requirements:extract`: regenerates requirements.json from the spec files in
// ../shared/specs (kept outside the repository). Run it only when a new spec version is added.
import { readFile, writeFile } from 'node:fs/promises';
import { extractRequirements } from './extract.js';

export const SPEC_FILES = { 'v1.1.1': 'distribution-spec-v1.1.1.md', main: 'distribution-spec-main.md' } as const;

const specDir = new URL('../../../shared/specs/', import.meta.url);
const out: Record<string, unknown> = {};
for (const [version, file] of Object.entries(SPEC_FILES)) out[version] = extractRequirements(await readFile(new URL(file, specDir), 'utf8'));
await writeFile(new URL('./requirements.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log(Object.entries(out).map(([v, r]) => `${v}: ${(r as unknown[]).length} requirements`).join('\n'));

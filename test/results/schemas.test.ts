import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { publishedSchemas } from '../../src/results/published-schemas.js';
import { runResultsSchema } from '../../src/results/schema.js';
import { DEVIATIONS } from '../../src/reference/deviations.js';
import { runTestMatrix } from '../support/matrix.js';

describe('published schemas and docs', () => {
  it('the committed JSON Schemas are what the code generates (run `npm run schemas` after a change)', () => {
    for (const [name, schema] of Object.entries(publishedSchemas())) {
      const committed = JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));
      expect(committed, name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('a real run produces results.json that validates against the schema', async () => {
    const results = await runTestMatrix([{ name: 'reference', launch: { kind: 'reference' }, repository: 'a/b' }], { suites: ['pull', 'referrers'] });
    const parsed = runResultsSchema.safeParse(JSON.parse(JSON.stringify(results)));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  });

  it('the README lists every deviation of the reference registry', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const d of DEVIATIONS) expect(readme, d.name).toContain(`\`${d.name}\``);
  });
});

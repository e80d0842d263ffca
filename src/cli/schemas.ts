// `oci-matrix schemas`: writes the published JSON Schemas (registries.yaml and results.json).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { str, type Command } from './command.js';

export const schemasCommand: Command = {
  name: 'schemas',
  summary: 'Writes the JSON Schemas of registries.yaml and results.json.',
  options: {
    out: { type: 'string', value: 'DIR', description: 'directory the schemas are written to', default: 'schemas' },
  },
  async run(args) {
    const { publishedSchemas } = await import('../results/published-schemas.js');
    const out = str(args, 'out')!;
    await mkdir(out, { recursive: true });
    for (const [name, schema] of Object.entries(publishedSchemas())) {
      const path = join(out, name);
      await writeFile(path, `${JSON.stringify(schema, null, 2)}\n`);
      process.stdout.write(`wrote ${path}\n`);
    }
    return 0;
  },
};

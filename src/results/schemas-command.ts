// `oci-matrix schemas`: writes the published JSON Schemas (registries.yaml and results.json).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { registriesJsonSchema } from '../config/schema.js';
import { resultsJsonSchema } from './schema.js';

export function publishedSchemas(): Record<string, unknown> {
  return {
    'registries.schema.json': { $id: 'https://oci-matrix.dev/schemas/registries.schema.json', title: 'oci-matrix registries.yaml', ...(registriesJsonSchema() as object) },
    'results.schema.json': { $id: 'https://oci-matrix.dev/schemas/results.schema.json', title: 'oci-matrix results.json (schemaVersion 1)', ...(resultsJsonSchema() as object) },
  };
}

export async function schemasCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string', default: 'schemas' } }, strict: true });
  await mkdir(values.out, { recursive: true });
  for (const [name, schema] of Object.entries(publishedSchemas())) {
    const path = join(values.out, name);
    await writeFile(path, `${JSON.stringify(schema, null, 2)}\n`);
    process.stdout.write(`wrote ${path}\n`);
  }
  return 0;
}

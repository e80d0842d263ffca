// The JSON Schemas published with the tool (registries.yaml and results.json), with their ids.
import { registriesJsonSchema } from '../config/schema.js';
import { resultsJsonSchema } from './schema.js';

export function publishedSchemas(): Record<string, unknown> {
  return {
    'registries.schema.json': { $id: 'https://oci-matrix.dev/schemas/registries.schema.json', title: 'oci-matrix registries.yaml', ...(registriesJsonSchema() as object) },
    'results.schema.json': { $id: 'https://oci-matrix.dev/schemas/results.schema.json', title: 'oci-matrix results.json (schemaVersion 1)', ...(resultsJsonSchema() as object) },
  };
}

// Every credential a config carries, so the Action can mask each one in the logs before anything
// runs. Walks the registry entries instead of naming today's fields, so an auth kind added later
// is masked too: any string under `auth`, and any field whose name says it is secret.
import type { LoadedConfig } from '../config/load.js';

const SECRET_FIELD = /pass|token|secret|key|credential/i;

export function configuredSecrets(config: LoadedConfig): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, underAuth: boolean, field: string) => {
    if (typeof value === 'string') {
      // A username alone is not secret and masking it would garble every log line naming it.
      if ((underAuth && !/user|name|kind|provider|region|path|file/i.test(field)) || SECRET_FIELD.test(field)) if (value.length >= 3) found.add(value);
      return;
    }
    if (Array.isArray(value)) value.forEach((v) => walk(v, underAuth, field));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, underAuth || k === 'auth', k);
  };
  for (const { config: registry } of config.registries) walk(registry, false, '');
  return [...found];
}

// What the Action masks in its log: every credential a config carries, before anything runs, and
// every secret the run obtains later (cloud login tokens, token-service tokens), the moment it
// exists. The config is walked instead of naming today's fields, so an auth kind added later is
// masked too: any string under `auth`, and any field whose name says it is secret.
import type { LoadedConfig } from '../config/load.js';

/** Shorter strings are not masked: masking them would garble every log line and hide nothing worth hiding. */
const MIN_MASKED_LENGTH = 3;

/** Masks each secret once, however often it is announced (a login repeats what the config holds). */
export function createMasker(setSecret: (secret: string) => void): (secret: string) => void {
  const masked = new Set<string>();
  return (secret) => {
    if (secret.length < MIN_MASKED_LENGTH || masked.has(secret)) return;
    masked.add(secret);
    setSecret(secret);
  };
}

const SECRET_FIELD = /pass|token|secret|key|credential/i;

export function configuredSecrets(config: LoadedConfig): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, underAuth: boolean, field: string) => {
    if (typeof value === 'string') {
      // A username alone is not secret and masking it would garble every log line naming it.
      if ((underAuth && !/user|name|kind|provider|region|path|file/i.test(field)) || SECRET_FIELD.test(field)) found.add(value);
      return;
    }
    if (Array.isArray(value)) value.forEach((v) => walk(v, underAuth, field));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, underAuth || k === 'auth', k);
  };
  for (const { config: registry } of config.registries) walk(registry, false, '');
  return [...found];
}

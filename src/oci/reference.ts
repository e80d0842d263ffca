// <reference> of the distribution-spec URLs: a tag ([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}) or a
// digest (image-spec grammar). Never throws; anything else is undefined.
import { parseDigest } from './digest.js';

export const TAG_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;

export type Reference = { kind: 'tag'; tag: string } | { kind: 'digest'; digest: string; algorithm: string; encoded: string };

export function isTag(value: string): boolean {
  return TAG_PATTERN.test(value);
}

export function parseReference(value: string): Reference | undefined {
  if (isTag(value)) return { kind: 'tag', tag: value };
  const digest = parseDigest(value);
  return digest ? { kind: 'digest', digest: value, ...digest } : undefined;
}

export function formatReference(reference: Reference): string {
  return reference.kind === 'tag' ? reference.tag : `${reference.algorithm}:${reference.encoded}`;
}

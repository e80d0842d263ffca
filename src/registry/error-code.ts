// The error codes a registry put in its answer's body, for messages: " (NAME_UNKNOWN, DENIED)".
// On its own because the push helpers and the cleanup both name them, and cleanup sits above push.
import type { HttpResponse } from '../http/types.js';

export function errorCode(response: HttpResponse): string {
  try {
    const parsed = JSON.parse(Buffer.from(response.body).toString('utf8')) as { errors?: { code?: string }[] };
    const codes = parsed.errors?.map((e) => e.code).filter(Boolean);
    return codes && codes.length > 0 ? ` (${codes.join(', ')})` : '';
  } catch {
    return '';
  }
}

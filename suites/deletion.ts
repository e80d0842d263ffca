// What every check that deletes needs to know about a DELETE's answer: whether the credentials
// may delete at all, and how long to wait for a 202 to take effect.
import type { HttpResponse } from '../src/http/types.js';
import { errorCodes } from './support.js';

/** How long a 202'd deletion may take to show (bounded: a few seconds). */
export const DELETE_GRACE_MS = 4000;
const POLL_INTERVAL_MS = 250;

/**
 * 401/403 on DELETE: the credentials may not delete (Docker Hub tokens without the delete
 * scope, ACR/GAR/Artifactory roles). A precondition of the check, not a conformance verdict.
 */
export function deleteDenied(response: HttpResponse): { status: 'skip'; message: string } | undefined {
  if (response.status !== 401 && response.status !== 403) return undefined;
  const code = errorCodes(response)[0];
  return { status: 'skip', message: `the credentials may not delete (HTTP ${response.status}${code ? ` ${code}` : ''})` };
}

/** Asks until `done` holds or the grace period is over; the last answer. */
export async function pollUntil<T>(ask: () => Promise<T>, done: (answer: T) => boolean): Promise<T> {
  const deadline = Date.now() + DELETE_GRACE_MS;
  let answer = await ask();
  while (!done(answer) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    answer = await ask();
  }
  return answer;
}

/** GETs until the answer is 404 or the grace period is over; the last answer. */
export function pollUntilGone(get: () => Promise<HttpResponse>): Promise<HttpResponse> {
  return pollUntil(get, (answer) => answer.status === 404);
}

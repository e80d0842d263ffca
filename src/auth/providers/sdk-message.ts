// One line from a vendor SDK's error, for the login diagnosis every provider writes.
/** SDK errors carry a class name and a message; neither holds a secret. */
export function sdkMessage(error: unknown): string {
  const e = error as { name?: string; message?: string };
  const message = (e?.message ?? String(error)).split('\n')[0]!.slice(0, 400);
  return e?.name && e.name !== 'Error' ? `${e.name}: ${message}` : message;
}

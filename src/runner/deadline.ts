// A registry's whole-run deadline (runTimeoutMinutes): one timer, many listeners, one message
// that names it, so every check it ends says the same thing.

export interface RunDeadline {
  passed(): boolean;
  /** Calls `listener` when the deadline passes (at once if it already has). */
  onPass(listener: () => void): void;
  /** What the verdicts say: which limit ended the run. */
  message: string;
  dispose(): void;
}

export function runDeadline(timeoutMs: number): RunDeadline {
  const minutes = timeoutMs / 60_000;
  const shown = Number.isInteger(minutes) ? String(minutes) : minutes.toFixed(2);
  const message = `the run deadline for this registry passed (runTimeoutMinutes: ${shown})`;
  const listeners: (() => void)[] = [];
  let passed = false;
  const timer = setTimeout(() => {
    passed = true;
    for (const listener of listeners.splice(0)) listener();
  }, timeoutMs);
  // Never what keeps the process alive.
  timer.unref();
  return {
    passed: () => passed,
    onPass(listener) {
      if (passed) listener();
      else listeners.push(listener);
    },
    message,
    dispose() {
      clearTimeout(timer);
      listeners.length = 0;
    },
  };
}

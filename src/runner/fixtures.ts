// Content that several checks need (an image pushed once per registry) is built once,
// memoised, and shared. A fixture that cannot be put in place makes the checks that need it
// skip, with the reason, instead of failing for something they did not test.
import { PreconditionFailed } from './precondition.js';
import { PushRefused } from '../registry/push.js';

export interface Fixtures {
  /** Builds `name` once per registry; later callers get the same promise. */
  use<T>(name: string, build: () => Promise<T>): Promise<T>;
  /** The fixture if some check built it (undefined otherwise, or when building it failed). */
  peek<T>(name: string): Promise<T | undefined>;
}

export function createFixtures(): Fixtures {
  const built = new Map<string, Promise<unknown>>();
  return {
    use<T>(name: string, build: () => Promise<T>): Promise<T> {
      let promise = built.get(name) as Promise<T> | undefined;
      if (!promise) {
        promise = build().catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          // A registry that refused the content fails a precondition (skip); one that did not
          // answer leaves the harness unable to judge (error).
          if (error instanceof PreconditionFailed || error instanceof PushRefused) {
            throw new PreconditionFailed(`precondition failed: could not put fixture "${name}" in place: ${reason}`);
          }
          throw new Error(`fixture "${name}": ${reason}`, { cause: error });
        });
        built.set(name, promise);
      }
      return promise;
    },
    async peek<T>(name: string): Promise<T | undefined> {
      const promise = built.get(name) as Promise<T> | undefined;
      return promise?.catch(() => undefined);
    },
  };
}

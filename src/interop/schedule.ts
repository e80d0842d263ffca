// Copies between registries are limited per registry, not globally: a copy takes one slot at
// its source and one at its destination (each registry's own `concurrency`), and any copy whose
// two registries both have a free slot starts at once — so copies between independent pairs run
// in parallel, and a slow registry only holds back the copies that involve it. Slots are taken
// both at once, never one while waiting for the other, so no two copies can wait on each other.
export interface PairScheduler {
  run<T>(a: string, b: string, job: () => Promise<T>): Promise<T>;
}

export function createPairScheduler(capacityOf: (registry: string) => number): PairScheduler {
  const busy = new Map<string, number>();
  const waiting: { a: string; b: string; start(): void }[] = [];
  const free = (name: string) => (busy.get(name) ?? 0) < Math.max(1, capacityOf(name));
  const take = (name: string, delta: number) => busy.set(name, (busy.get(name) ?? 0) + delta);
  const pump = () => {
    for (let i = 0; i < waiting.length; ) {
      const next = waiting[i];
      if (free(next.a) && free(next.b)) {
        waiting.splice(i, 1);
        next.start();
      } else i++;
    }
  };
  return {
    run<T>(a: string, b: string, job: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({
          a,
          b,
          start: () => {
            take(a, 1);
            take(b, 1);
            job()
              .then(resolve, reject)
              .finally(() => {
                take(a, -1);
                take(b, -1);
                pump();
              });
          },
        });
        pump();
      });
    },
  };
}

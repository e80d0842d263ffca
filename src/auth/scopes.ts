// Token scopes ("repository:<name>:<actions>"): merged per resource so one token covers a
// request that needs several (a mount needs pull on the source and push on the target).

export function mergeScopes(...lists: (string[] | undefined)[]): string[] {
  const byResource = new Map<string, Set<string>>();
  for (const scope of lists.flat()) {
    if (!scope) continue;
    const cut = scope.lastIndexOf(':');
    if (cut <= 0) continue;
    const resource = scope.slice(0, cut);
    const actions = byResource.get(resource) ?? new Set<string>();
    for (const action of scope.slice(cut + 1).split(',')) if (action) actions.add(action);
    byResource.set(resource, actions);
  }
  return [...byResource.entries()].map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`).sort();
}

/** True when every action of `needed` is granted by `granted` (both merged lists). */
export function scopesCover(granted: string[], needed: string[]): boolean {
  const have = new Map(granted.map((s) => [s.slice(0, s.lastIndexOf(':')), new Set(s.slice(s.lastIndexOf(':') + 1).split(','))]));
  return needed.every((s) => {
    const actions = have.get(s.slice(0, s.lastIndexOf(':')));
    return actions !== undefined && s.slice(s.lastIndexOf(':') + 1).split(',').every((a) => actions.has(a));
  });
}

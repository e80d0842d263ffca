// Which registries copy to which. all-pairs: every ordered pair, N×(N−1); hub: to and from one
// registry only, 2×(N−1) — what a team standardising on one registry needs, at scale.
export interface InteropMode {
  mode: 'all-pairs' | 'hub';
  /** The registry every copy starts or ends at (mode hub). */
  hub?: string;
}

export const ALL_PAIRS: InteropMode = { mode: 'all-pairs' };

/** Ordered (source, destination) pairs among `participants`; empty in hub mode when the hub is not among them. */
export function interopPairs<T extends { name: string }>(participants: T[], mode: InteropMode): [T, T][] {
  if (mode.mode === 'hub') {
    const hub = participants.find((p) => p.name === mode.hub);
    if (!hub) return [];
    return participants.filter((p) => p !== hub).flatMap((p): [T, T][] => [[hub, p], [p, hub]]);
  }
  return participants.flatMap((source) => participants.filter((d) => d !== source).map((destination): [T, T] => [source, destination]));
}

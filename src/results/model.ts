// The results model: the single source every renderer reads (results.json, schemaVersion 1).
// Renderers must never compute verdicts; everything they show is in here.

export const STATUSES = ['pass', 'fail', 'warn', 'unsupported', 'skip', 'error'] as const;
export type Status = (typeof STATUSES)[number];

export const LEVELS = ['MUST', 'SHOULD', 'MAY'] as const;
export type Level = (typeof LEVELS)[number];

export const SUITES = ['pull', 'push', 'discovery', 'management', 'referrers', 'artifacts', 'interop', 'auth'] as const;
export type SuiteName = (typeof SUITES)[number];

export const SPEC_VERSIONS = ['1.0', '1.1', 'main'] as const;
export type SpecVersion = (typeof SPEC_VERSIONS)[number];

/** One HTTP exchange kept as evidence, already redacted. */
export interface Exchange {
  method: string;
  url: string;
  /** Absent when the request never got an answer (then `error` says why). */
  status?: number;
  requestHeaders: Record<string, string>;
  responseHeaders: Record<string, string>;
  /** Bounded excerpt of the request body (text, or a note such as "<4096 bytes binary>"). */
  requestBody?: string;
  /** Bounded excerpt of the response body. */
  responseBody?: string;
  error?: string;
  /** What the transport did about this answer, e.g. "retried after 2 s (Retry-After: 2)". */
  note?: string;
  durationMs: number;
  /** Set on a passing result's exchanges in results.json: headers and bodies were not kept (see compact.ts). */
  trimmed?: true;
}

export interface SpecReference {
  /** Spec version(s) the requirement comes from, e.g. "v1.1.1" or "v1.1.1, main". */
  version: string;
  /** Section heading as written in the spec, e.g. "Pulling manifests". */
  section: string;
  /** Link to the text. */
  url: string;
}

export interface CheckInfo {
  id: string;
  suite: SuiteName;
  title: string;
  level: Level;
  spec: SpecReference;
  /** Requirement ids (see src/results/requirements.ts) this check verifies. */
  requirements: string[];
}

export interface RegistryRecord {
  name: string;
  url: string;
  /** `tested`: checks ran; `skipped`: not tested (reason says why); `error`: the harness could not reach or start it. */
  status: 'tested' | 'skipped' | 'error';
  reason?: string;
  /** Marked optional in the config: skipping it (secrets unset) does not trip --fail-on unless --require-all. */
  optional?: boolean;
  /** Known limits from the config, shown as expected deviations. */
  knownLimits?: Record<string, unknown>;
  /** Wall time from starting this registry to its last check (checks run concurrently, so not their sum). */
  durationMs?: number;
  /** Docker Hub's rate-limit headers as the registry last sent them during the run (absent when never sent). */
  rateLimit?: { limit?: string; remaining?: string; observedAt: string };
  /** The cleanup after the run: how much went, and what stayed in the registry and why. */
  cleanup?: CleanupSummary;
}

export interface CleanupSummary {
  deleted: number;
  leftBehind: { kind: 'manifest' | 'blob'; repo: string; digest: string; reason: string }[];
}

export interface ResultRecord {
  registry: string;
  check: string;
  status: Status;
  message: string;
  /** Set when the non-pass status matches a known limit declared in the registry's config. */
  expected?: boolean;
  durationMs: number;
  evidence: Exchange[];
}

export interface RunInfo {
  id: string;
  startedAt: string;
  finishedAt: string;
  specVersion: SpecVersion;
  tool: { name: string; version: string };
}

/**
 * Which end a failed copy went wrong at: the source served wrong bytes or none, the destination
 * refused or changed good ones, both (wrong bytes served and stored), or it could not be told.
 */
export const COPY_CAUSES = ['source', 'destination', 'both', 'unknown'] as const;
export type CopyCause = (typeof COPY_CAUSES)[number];

/** One artifact copied from one registry to another and verified there. */
export interface InteropRecord {
  source: string;
  destination: string;
  /** Artifact kind id from the content catalogue, e.g. "helm-chart". */
  content: string;
  status: Status;
  message: string;
  /** On a fail or error: which registry it lies with (the headline verdicts blame only that one). */
  cause?: CopyCause;
  durationMs: number;
  evidence: Exchange[];
}

export const SPEC_CATEGORIES = ['Pull', 'Push', 'Content Discovery', 'Content Management', 'Referrers'] as const;
export type SpecCategory = (typeof SPEC_CATEGORIES)[number];

/** The line a platform team reads first: can this registry hold any OCI content unchanged? */
export interface RegistryVerdict {
  registry: string;
  storesAnyContentUnchanged: 'yes' | 'no' | 'not tested';
  /** Where not: which content, and why (from the failing results). */
  problems: { content: string; reason: string }[];
  categories: {
    category: SpecCategory;
    /** full: every MUST check passes; partial: some MUST fails; absent: the category's API is unsupported. */
    support: 'full' | 'partial' | 'absent' | 'not tested';
    failing: string[];
  }[];
}

export interface RunResults {
  schemaVersion: 1;
  run: RunInfo;
  registries: RegistryRecord[];
  checks: CheckInfo[];
  results: ResultRecord[];
  /** Artifact kinds (id → title) the artifacts and interop rows refer to. */
  contents?: { id: string; title: string }[];
  /** Cross-registry copies (source × destination × content); absent when fewer than two registries ran. */
  interop?: InteropRecord[];
  /** Wall time of the copy phase. */
  interopDurationMs?: number;
  /** Which pairs the copy phase covered: every ordered pair, or to and from one hub. Present with `interop`. */
  interopMode?: { mode: 'all-pairs' | 'hub'; hub?: string };
  verdicts?: RegistryVerdict[];
  /** What changed since a baseline run (`--baseline`), computed by src/results/compare.ts. */
  comparison?: Comparison;
  /** Earlier runs, oldest first (`--history`), for the per-registry history strip. */
  history?: HistoryEntry[];
}

/**
 * One registry's changes against the baseline. Entries are check ids, and for copies between
 * registries the key `interop/<source>/<destination>/<content>` (see `copyKey`): a copy newly
 * failing or erroring is listed under the registry it lies with (`cause`; both ends when it cannot
 * be told), any other change under the destination, where the copy is verified.
 */
export interface RegistryChanges {
  registry: string;
  newlyFailing: string[];
  newlyPassing: string[];
  newlyErroring: string[];
}

export interface Comparison {
  baseline: { runId: string; startedAt: string };
  /** Only registries tested (or unreachable) in both runs: a registry new to this run has nothing to compare. */
  registries: RegistryChanges[];
}

/** One earlier run reduced to counts: registry name → status → number of results (checks and copies). */
export interface HistoryEntry {
  runId: string;
  startedAt: string;
  counts: Record<string, Partial<Record<Status, number>>>;
}

/** Severity order used to pick the "worst" status, e.g. for --fail-on and summaries. */
export const STATUS_SEVERITY: Record<Status, number> = {
  pass: 0,
  skip: 1,
  unsupported: 2,
  warn: 3,
  fail: 4,
  error: 5,
};

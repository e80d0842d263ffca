import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  external_exports
} from "./chunk-zod-v4-core-schemas.js";
import {
  COPY_CAUSES,
  LEVELS,
  SPEC_CATEGORIES,
  SPEC_VERSIONS,
  STATUSES,
  SUITES
} from "./chunk-src-results-model.js";
import "./chunk-runtime.js";

// src/results/read.ts
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

// src/results/schema.ts
var headers = external_exports.record(external_exports.string(), external_exports.string());
var exchange = external_exports.object({
  method: external_exports.string(),
  url: external_exports.string(),
  status: external_exports.number().int().optional(),
  requestHeaders: headers,
  responseHeaders: headers,
  requestBody: external_exports.string().optional(),
  responseBody: external_exports.string().optional(),
  error: external_exports.string().optional(),
  note: external_exports.string().optional(),
  durationMs: external_exports.number().nonnegative(),
  trimmed: external_exports.literal(true).optional()
}).strict();
var runResultsSchema = external_exports.object({
  schemaVersion: external_exports.literal(1),
  run: external_exports.object({
    id: external_exports.string(),
    startedAt: external_exports.string(),
    finishedAt: external_exports.string(),
    specVersion: external_exports.enum(SPEC_VERSIONS),
    tool: external_exports.object({ name: external_exports.string(), version: external_exports.string() }).strict()
  }).strict(),
  registries: external_exports.array(
    external_exports.object({
      name: external_exports.string(),
      url: external_exports.string(),
      status: external_exports.enum(["tested", "skipped", "error"]),
      reason: external_exports.string().optional(),
      optional: external_exports.boolean().optional(),
      knownLimits: external_exports.record(external_exports.string(), external_exports.unknown()).optional(),
      durationMs: external_exports.number().nonnegative().optional(),
      rateLimit: external_exports.object({ limit: external_exports.string().optional(), remaining: external_exports.string().optional(), observedAt: external_exports.string() }).strict().optional(),
      cleanup: external_exports.object({
        deleted: external_exports.number().int(),
        leftBehind: external_exports.array(external_exports.object({ kind: external_exports.enum(["manifest", "blob"]), repo: external_exports.string(), digest: external_exports.string(), reason: external_exports.string() }).strict())
      }).strict().optional()
    }).strict()
  ),
  checks: external_exports.array(
    external_exports.object({
      id: external_exports.string(),
      suite: external_exports.enum(SUITES),
      title: external_exports.string(),
      level: external_exports.enum(LEVELS),
      spec: external_exports.object({ version: external_exports.string(), section: external_exports.string(), url: external_exports.string() }).strict(),
      requirements: external_exports.array(external_exports.string())
    }).strict()
  ),
  results: external_exports.array(
    external_exports.object({
      registry: external_exports.string(),
      check: external_exports.string(),
      status: external_exports.enum(STATUSES),
      message: external_exports.string(),
      expected: external_exports.boolean().optional(),
      durationMs: external_exports.number().nonnegative(),
      evidence: external_exports.array(exchange)
    }).strict()
  ),
  contents: external_exports.array(external_exports.object({ id: external_exports.string(), title: external_exports.string() }).strict()).optional(),
  interop: external_exports.array(
    external_exports.object({
      source: external_exports.string(),
      destination: external_exports.string(),
      content: external_exports.string(),
      status: external_exports.enum(STATUSES),
      message: external_exports.string(),
      cause: external_exports.enum(COPY_CAUSES).optional(),
      durationMs: external_exports.number().nonnegative(),
      evidence: external_exports.array(exchange)
    }).strict()
  ).optional(),
  interopDurationMs: external_exports.number().nonnegative().optional(),
  interopMode: external_exports.object({ mode: external_exports.enum(["all-pairs", "hub"]), hub: external_exports.string().optional() }).strict().optional(),
  verdicts: external_exports.array(
    external_exports.object({
      registry: external_exports.string(),
      storesAnyContentUnchanged: external_exports.enum(["yes", "no", "not tested"]),
      problems: external_exports.array(external_exports.object({ content: external_exports.string(), reason: external_exports.string() }).strict()),
      categories: external_exports.array(
        external_exports.object({
          category: external_exports.enum(SPEC_CATEGORIES),
          support: external_exports.enum(["full", "partial", "absent", "not tested"]),
          failing: external_exports.array(external_exports.string())
        }).strict()
      )
    }).strict()
  ).optional(),
  comparison: external_exports.object({
    baseline: external_exports.object({ runId: external_exports.string(), startedAt: external_exports.string() }).strict(),
    registries: external_exports.array(
      external_exports.object({
        registry: external_exports.string(),
        newlyFailing: external_exports.array(external_exports.string()),
        newlyPassing: external_exports.array(external_exports.string()),
        newlyErroring: external_exports.array(external_exports.string())
      }).strict()
    )
  }).strict().optional(),
  history: external_exports.array(
    external_exports.object({
      runId: external_exports.string(),
      startedAt: external_exports.string(),
      counts: external_exports.record(external_exports.string(), external_exports.partialRecord(external_exports.enum(STATUSES), external_exports.number().int().nonnegative()))
    }).strict()
  ).optional()
}).strict();

// src/results/read.ts
var ResultsFileError = class extends Error {
  name = "ResultsFileError";
};
async function readResultsFile(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new ResultsFileError(`${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, not a results.json" : code ?? error.message}`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ResultsFileError(`${file}: not JSON (${error.message})`);
  }
  const parsed = runResultsSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(top level)"}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? `; and ${parsed.error.issues.length - 3} more` : "";
    throw new ResultsFileError(`${file}: not an oci-matrix results.json (schemaVersion 1): ${issues.join("; ")}${more}`);
  }
  return parsed.data;
}
async function readResultsDir(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error) => {
    if (error.code === "ENOENT") return [];
    throw new ResultsFileError(`${dir}: ${error.code === "ENOTDIR" ? "is a file, not a history folder" : error.code ?? error.message}`);
  });
  const files = entries.flatMap((e) => e.isDirectory() ? [join(dir, e.name, "results.json")] : e.name.endsWith(".json") ? [join(dir, e.name)] : []).sort();
  const runs = [];
  const skipped = [];
  for (const file of files) {
    try {
      runs.push(await readResultsFile(file));
    } catch (error) {
      if (!(error instanceof ResultsFileError && error.message.endsWith("no such file"))) skipped.push(error.message);
    }
  }
  return { runs, skipped };
}
export {
  ResultsFileError,
  readResultsDir,
  readResultsFile
};

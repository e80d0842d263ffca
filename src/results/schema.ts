// The results model as a schema: validates results.json in tests and is published as
// schemas/results.schema.json for anyone consuming the output.
import { z } from 'zod';
import { COPY_CAUSES, LEVELS, SPEC_CATEGORIES, SPEC_VERSIONS, STATUSES, SUITES, type RunResults } from './model.js';

const headers = z.record(z.string(), z.string());

const exchange = z
  .object({
    method: z.string(),
    url: z.string(),
    status: z.number().int().optional(),
    requestHeaders: headers,
    responseHeaders: headers,
    requestBody: z.string().optional(),
    responseBody: z.string().optional(),
    error: z.string().optional(),
    note: z.string().optional(),
    durationMs: z.number().nonnegative(),
    trimmed: z.literal(true).optional(),
  })
  .strict();

export const runResultsSchema = z
  .object({
    schemaVersion: z.literal(1),
    run: z
      .object({
        id: z.string(),
        startedAt: z.string(),
        finishedAt: z.string(),
        specVersion: z.enum(SPEC_VERSIONS),
        tool: z.object({ name: z.string(), version: z.string() }).strict(),
      })
      .strict(),
    registries: z.array(
      z
        .object({
          name: z.string(),
          url: z.string(),
          status: z.enum(['tested', 'skipped', 'error']),
          reason: z.string().optional(),
          optional: z.boolean().optional(),
          knownLimits: z.record(z.string(), z.unknown()).optional(),
          durationMs: z.number().nonnegative().optional(),
          rateLimit: z.object({ limit: z.string().optional(), remaining: z.string().optional(), observedAt: z.string() }).strict().optional(),
          cleanup: z
            .object({
              deleted: z.number().int(),
              leftBehind: z.array(z.object({ kind: z.enum(['manifest', 'blob']), repo: z.string(), digest: z.string(), reason: z.string() }).strict()),
            })
            .strict()
            .optional(),
        })
        .strict(),
    ),
    checks: z.array(
      z
        .object({
          id: z.string(),
          suite: z.enum(SUITES),
          title: z.string(),
          level: z.enum(LEVELS),
          spec: z.object({ version: z.string(), section: z.string(), url: z.string() }).strict(),
          requirements: z.array(z.string()),
        })
        .strict(),
    ),
    results: z.array(
      z
        .object({
          registry: z.string(),
          check: z.string(),
          status: z.enum(STATUSES),
          message: z.string(),
          expected: z.boolean().optional(),
          durationMs: z.number().nonnegative(),
          evidence: z.array(exchange),
        })
        .strict(),
    ),
    contents: z.array(z.object({ id: z.string(), title: z.string() }).strict()).optional(),
    interop: z
      .array(
        z
          .object({
            source: z.string(),
            destination: z.string(),
            content: z.string(),
            status: z.enum(STATUSES),
            message: z.string(),
            cause: z.enum(COPY_CAUSES).optional(),
            durationMs: z.number().nonnegative(),
            evidence: z.array(exchange),
          })
          .strict(),
      )
      .optional(),
    interopDurationMs: z.number().nonnegative().optional(),
    interopMode: z.object({ mode: z.enum(['all-pairs', 'hub']), hub: z.string().optional() }).strict().optional(),
    verdicts: z
      .array(
        z
          .object({
            registry: z.string(),
            storesAnyContentUnchanged: z.enum(['yes', 'no', 'not tested']),
            problems: z.array(z.object({ content: z.string(), reason: z.string() }).strict()),
            categories: z.array(
              z
                .object({
                  category: z.enum(SPEC_CATEGORIES),
                  support: z.enum(['full', 'partial', 'absent', 'not tested']),
                  failing: z.array(z.string()),
                })
                .strict(),
            ),
          })
          .strict(),
      )
      .optional(),
    comparison: z
      .object({
        baseline: z.object({ runId: z.string(), startedAt: z.string() }).strict(),
        registries: z.array(
          z
            .object({
              registry: z.string(),
              newlyFailing: z.array(z.string()),
              newlyPassing: z.array(z.string()),
              newlyErroring: z.array(z.string()),
            })
            .strict(),
        ),
      })
      .strict()
      .optional(),
    history: z
      .array(
        z
          .object({
            runId: z.string(),
            startedAt: z.string(),
            counts: z.record(z.string(), z.partialRecord(z.enum(STATUSES), z.number().int().nonnegative())),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

// Compile-time proof that the schema and the TypeScript model describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const modelMatchesSchema: Same<z.infer<typeof runResultsSchema>, RunResults> = true;
void modelMatchesSchema;

export function resultsJsonSchema(): unknown {
  return z.toJSONSchema(runResultsSchema, { target: 'draft-2020-12' });
}

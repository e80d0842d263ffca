// One schema for registries.yaml: it gives the TypeScript types, the validation and the
// published JSON Schema (schemas/registries.schema.json), so the three cannot drift apart.
import { z } from 'zod';
import { SPEC_VERSIONS, SUITES } from '../results/model.js';
import { PROFILE_NAMES } from '../profiles/names.js';
import { isDeviationName } from '../reference/deviations.js';

const registryName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit')
  .describe('Short unique name, used as the column heading and in --registry');

// Same grammar the distribution-spec gives for <name>.
const repositoryName = z
  .string()
  .regex(
    /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/,
    'a repository name as the distribution-spec defines it, e.g. "team/oci-matrix"',
  );

const credentials = z.union([
  z
    .object({
      username: z.string().min(1),
      password: z.string().min(1).describe('Password or access token; use ${VAR} to read it from the environment'),
    })
    .strict()
    .describe('Basic credentials, also used for the Bearer token flow'),
  z.object({ token: z.string().min(1).describe('A pre-issued bearer token, sent as is') }).strict(),
  z
    .object({
      dockerConfig: z
        .union([z.string().min(1), z.literal(true)])
        .describe(
          'A docker config.json read the way docker reads it (credHelpers, credsStore, then "auths" with auth, identitytoken or registrytoken); true: $DOCKER_CONFIG/config.json, else ~/.docker/config.json',
        ),
    })
    .strict(),
  z
    .object({
      credentialHelper: z
        .string()
        .regex(/^[A-Za-z0-9._-]+$/, 'the part after "docker-credential-", e.g. "ecr-login"')
        .describe('Ask docker-credential-<name> (on PATH) for this registry, as docker does'),
    })
    .strict(),
  z
    .object({
      provider: z.literal('ecr'),
      region: z.string().min(1).optional().describe('AWS region; default: from the host name'),
    })
    .strict()
    .describe('Amazon ECR: GetAuthorizationToken through the AWS default credential chain, refreshed before expiry'),
  z.object({ provider: z.literal('gcp') }).strict().describe('Google Artifact Registry: an access token from Application Default Credentials'),
  z
    .object({
      provider: z.literal('azure'),
      tenant: z.string().min(1).optional().describe('Entra ID tenant; default: from the token'),
    })
    .strict()
    .describe('Azure Container Registry: an Entra ID token (DefaultAzureCredential) exchanged for an ACR refresh token'),
]);

const tls = z
  .object({
    ca: z.string().min(1).optional().describe('Path to a PEM file of extra CA certificates to trust'),
    insecure: z.boolean().optional().describe('Skip TLS certificate verification (explicit opt-in)'),
  })
  .strict();

export const limitsSchema = z
  .object({
    delete: z.boolean().optional().describe('false: the registry disables deletes (manifests and blobs)'),
    deleteTag: z.boolean().optional().describe('false: tags cannot be deleted (only manifests by digest)'),
    deleteBlob: z.boolean().optional().describe('false: blobs cannot be deleted'),
    chunkedUpload: z.boolean().optional().describe('false: PATCH uploads are not supported'),
    chunkMinLength: z.number().int().positive().optional().describe('Smallest chunk (bytes) the registry accepts, except the last'),
    singlePostUpload: z.boolean().optional().describe('false: single-POST uploads are not supported'),
    mount: z.boolean().optional().describe('false: cross-repository mount is not supported'),
    anonymousMount: z.boolean().optional().describe('false: mount without "from" is not supported'),
    referrers: z.boolean().optional().describe('false: the referrers API is known to be absent'),
    createRepository: z
      .boolean()
      .optional()
      .describe('false: repositories must exist before a push, so runs use the configured repository itself with run-unique tags'),
    tagListing: z.boolean().optional().describe('false: tag listing is not available'),
  })
  .strict();

const launch = z.union([
  z
    .object({
      kind: z.literal('reference'),
      auth: z.enum(['none', 'basic', 'token']).optional(),
      deviations: z
        .array(z.string().refine((name): boolean => isDeviationName(name), { message: 'unknown deviation: see `oci-matrix serve --help` or src/reference/deviations.ts for the names' }))
        .optional()
        .describe('Reference registry deviations to switch on'),
      chunkMinLength: z.number().int().positive().optional(),
      referrersPageSize: z.number().int().positive().optional().describe('Descriptors per referrers page (default 10)'),
    })
    .strict()
    .describe("Start this project's reference registry in process"),
  z
    .object({
      kind: z.literal('distribution'),
      auth: z.enum(['none', 'htpasswd', 'token']).optional(),
      binary: z.string().optional().describe('Path of the docker-registry binary (default /usr/bin/docker-registry)'),
      deleteEnabled: z.boolean().optional(),
    })
    .strict()
    .describe('Start a local CNCF Distribution (Debian package docker-registry) on a free loopback port'),
]);

export const registrySchema = z
  .object({
    name: registryName,
    url: z
      .string()
      .regex(/^https?:\/\/[^\s/]+\/?$/, 'an http(s) base URL such as "https://registry.example.com"')
      .optional()
      .describe('Base URL of the registry; omit when "launch" starts the registry'),
    launch: launch.optional(),
    repository: repositoryName.describe('Repository prefix the checks push under'),
    mountRepository: repositoryName
      .optional()
      .describe('A second repository prefix, for cross-repository mount (default: <repository>-mount)'),
    auth: credentials.optional(),
    tls: tls.optional(),
    concurrency: z.number().int().min(1).max(32).optional().describe('Checks run at once against this registry (default 4)'),
    timeoutSeconds: z
      .number()
      .positive()
      .max(3600)
      .optional()
      .describe('Per-request timeout in seconds, over the whole exchange: headers and body, however slowly it arrives (default 30)'),
    runTimeoutMinutes: z
      .number()
      .positive()
      .max(24 * 60)
      .optional()
      .describe('Deadline for all checks on this registry; checks not finished by then are errors naming it, cleanup still runs (default 30)'),
    profile: z
      .enum(PROFILE_NAMES)
      .optional()
      .describe("What this kind of registry is known to do (src/profiles/profiles.ts, each value with its source): its limits apply unless `limits` overrides them, and a matching non-pass result is marked expected with the source"),
    limits: limitsSchema.optional(),
    suites: z.array(z.enum(SUITES)).optional().describe('Run only these suites on this registry'),
    disabledChecks: z
      .record(z.string(), z.string().min(1))
      .optional()
      .describe('Check id (or id prefix ending in ".") → reason; such checks are reported as skip with the reason'),
    enabled: z.boolean().optional().describe('false: leave this registry out of runs'),
    optional: z
      .boolean()
      .optional()
      .describe('true: if its variables are unset or its credentials unreadable, skipping it does not trip --fail-on (unless --require-all)'),
  })
  .strict()
  .refine((r) => r.url !== undefined || r.launch !== undefined, {
    message: 'give "url" (a registry to test) or "launch" (a registry the harness starts)',
    path: ['url'],
  });

const interopSchema = z
  .object({
    mode: z
      .enum(['all-pairs', 'hub'])
      .describe('all-pairs: every registry copies to every other, N×(N−1) pairs; hub: to and from the hub only, 2×(N−1) pairs'),
    hub: registryName.optional().describe('With mode hub: the name of the registry every copy starts or ends at'),
  })
  .strict()
  .refine((i) => i.mode !== 'hub' || i.hub !== undefined, { message: 'mode "hub" needs "hub": the name of a registry', path: ['hub'] })
  .describe('Which registries the copy phase copies between (default all-pairs)');

export const configSchema = z
  .object({
    specVersion: z.enum(SPEC_VERSIONS).optional().describe('Spec version the checks target (default 1.1)'),
    interop: interopSchema.optional(),
    registries: z.array(registrySchema).min(1),
  })
  .strict()
  .refine((c) => new Set(c.registries.map((r) => r.name)).size === c.registries.length, {
    message: 'registry names must be unique',
    path: ['registries'],
  })
  .refine((c) => c.interop?.hub === undefined || c.registries.some((r) => r.name === c.interop!.hub), {
    message: 'the hub must be the name of a registry in this file',
    path: ['interop', 'hub'],
  });

export type RegistryConfig = z.infer<typeof registrySchema>;
export type Limits = z.infer<typeof limitsSchema>;
export type LaunchConfig = z.infer<typeof launch>;
export type MatrixConfig = z.infer<typeof configSchema>;
export type InteropConfig = z.infer<typeof interopSchema>;

export function registriesJsonSchema(): unknown {
  return z.toJSONSchema(configSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
}

// What each of the six registries is known to do, as data with its source. A registry entry
// names its profile (`profile: ecr`); the profile's limits become the entry's known limits unless
// the entry overrides them, so a matching non-pass result is marked *expected* with the link.
// A profile never changes a verdict and nothing here is chosen by host name.
import type { Limits } from '../config/schema.js';

import { PROFILE_NAMES, type ProfileName } from './names.js';
export { PROFILE_NAMES, type ProfileName };

export interface Sourced<T> {
  value: T;
  source: string;
}

export interface Profile {
  title: string;
  /** Known limits, each with the document or report that says so. */
  limits: { [K in keyof Limits]?: Sourced<NonNullable<Limits[K]>> };
  /** How deep repository names may be (undefined: no documented limit). */
  namingDepth?: Sourced<string>;
  /** How this tool's leftovers are removed there. */
  cleanup: Sourced<string>;
  /** Rate-limit headers the registry sends, if documented. */
  rateLimitHeaders?: Sourced<string[]>;
  /** Referrers API support as documented or reported. */
  referrers: Sourced<string>;
}

export const PROFILES: Record<ProfileName, Profile> = {
  dockerhub: {
    title: 'Docker Hub',
    limits: {
      createRepository: { value: false, source: 'https://docs.docker.com/docker-hub/repos/create/ (names are <namespace>/<repository>: a run-unique level below cannot be created)' },
      deleteTag: { value: false, source: 'https://github.com/docker/docs/blob/main/content/reference/api/registry/latest.yaml (manifest DELETE by digest 202, by tag 405)' },
    },
    namingDepth: { value: '<namespace>/<repository> (2 levels)', source: 'https://docs.docker.com/docker-hub/repos/create/' },
    cleanup: { value: 'DELETE /v2/<name>/manifests/<digest> with delete scope (PAT with Read, Write, Delete)', source: 'https://github.com/docker/docs/blob/main/content/reference/api/registry/latest.yaml' },
    rateLimitHeaders: { value: ['ratelimit-limit', 'ratelimit-remaining'], source: 'https://docs.docker.com/docker-hub/usage/pulls/' },
    referrers: { value: 'conflicting reports: probe', source: 'https://github.com/docker/roadmap/issues/724' },
  },
  ecr: {
    title: 'Amazon ECR',
    limits: {
      createRepository: { value: false, source: 'https://github.com/concourse/docker-image-resource/issues/197 ("name unknown: The repository … does not exist"; create-on-push needs a repository creation template)' },
      chunkMinLength: { value: 5_242_880, source: 'https://docs.amazonaws.cn/en_us/AmazonECR/latest/userguide/service-quotas.html (layer part minimum 5 MiB except the last)' },
      anonymousMount: { value: false, source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/blob-mounting.html (mount needs from=, same registry)' },
    },
    namingDepth: { value: 'namespaced names such as team/app; no documented depth limit', source: 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html' },
    cleanup: { value: 'DELETE /v2/<name>/manifests/<digest> (or BatchDeleteImage); ECR removes unreferenced layers itself', source: 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchDeleteImage.html' },
    referrers: { value: 'yes since 2024-06-27', source: 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-ecr-oci-image-distribution-version-1-1' },
  },
  gar: {
    title: 'Google Artifact Registry',
    limits: {
      chunkedUpload: { value: false, source: 'https://cloud.google.com/artifact-registry/docs/reference/docker-api ("does not support Docker chunked uploads… You must use monolithic uploads")' },
    },
    namingDepth: { value: '<project>/<repository>/<image…>; the repository must exist, images below it are created on push', source: 'https://github.com/google-github-actions/deploy-cloudrun/issues/420' },
    cleanup: { value: 'DELETE /v2/<name>/manifests/<digest> (role Artifact Registry Repository Administrator)', source: 'https://cloud.google.com/artifact-registry/docs/reference/docker-api' },
    referrers: { value: 'yes ("attachments"); older reports of redirects to a login page', source: 'https://cloud.google.com/artifact-registry/docs/docker/manage-metadata' },
  },
  acr: {
    title: 'Azure Container Registry',
    limits: {},
    cleanup: { value: 'DELETE /v2/<name>/manifests/<digest> (role AcrDelete); conformance passes manifest and blob DELETE', source: 'https://github.com/opencontainers/oci-conformance/tree/main/distribution-spec/v1.1' },
    referrers: { value: 'yes (OCI-certified distribution-spec v1.1)', source: 'https://github.com/opencontainers/oci-conformance/tree/main/distribution-spec/v1.1' },
  },
  harbor: {
    title: 'Harbor',
    limits: {
      deleteTag: { value: false, source: 'https://github.com/goharbor/harbor/blob/main/src/server/registry/manifest.go (deleteManifest: by digest only)' },
      anonymousMount: { value: false, source: 'https://github.com/bazel-contrib/rules_img/blob/main/docs/registry-support.md' },
    },
    namingDepth: { value: '<project>/<repository…>; the project must exist', source: 'https://github.com/goharbor/harbor/blob/main/src/server/middleware/v2auth/auth.go (project lookup fails otherwise)' },
    cleanup: { value: 'DELETE /v2/<name>/manifests/<digest> (robot permission "delete artifact"); Harbor garbage collection removes blobs', source: 'https://github.com/goharbor/harbor/blob/main/src/server/registry/manifest.go' },
    referrers: { value: 'yes since 2.8 (use 2.11 or later)', source: 'https://github.com/goharbor/harbor/issues/17928' },
  },
  artifactory: {
    title: 'JFrog Artifactory',
    limits: {
      mount: { value: false, source: 'https://github.com/bazel-contrib/rules_img/blob/main/docs/registry-support.md (mount answered 202, an upload session)' },
    },
    namingDepth: { value: '<repo-key>/<image…> with the repository-path method', source: 'https://jfrog.com/help/r/jfrog-artifactory-documentation/docker-repository-url-formats' },
    cleanup: { value: 'DELETE /v2/<name>/manifests/<digest>; deleted blobs may still answer for a while', source: 'https://github.com/opencontainers/oci-conformance/tree/main/distribution-spec/v1.1/artifactory' },
    referrers: { value: 'yes since 7.90.1', source: 'https://jfrog.com/help/r/jfrog-artifactory-documentation/use-referrers-rest-api-to-discover-oci-references' },
  },
};

/** The entry's known limits: the profile's, overridden by what the entry itself says. */
export function limitsWithProfile(profile: ProfileName | undefined, own: Limits | undefined): { limits: Limits; sources: Partial<Record<keyof Limits, string>> } {
  const sources: Partial<Record<keyof Limits, string>> = {};
  const limits: Record<string, unknown> = {};
  if (profile) {
    for (const [key, entry] of Object.entries(PROFILES[profile].limits)) {
      limits[key] = entry!.value;
      sources[key as keyof Limits] = entry!.source;
    }
  }
  for (const [key, value] of Object.entries(own ?? {})) {
    if (value === undefined) continue;
    limits[key] = value;
    delete sources[key as keyof Limits]; // the user's own value: no source to cite
  }
  return { limits: limits as Limits, sources };
}

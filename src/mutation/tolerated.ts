// What each allowed deviation may do to a check that passes on the clean reference registry.
// Under an allowed deviation a check may never turn `fail` or `error`; it may turn `warn`,
// `unsupported` or `skip` only where listed here, with the reason the sentence gives. An entry
// ending in "." is an id prefix. The mutation test asserts that nothing else turns and that every
// entry is still needed.
import type { Status } from '../results/model.js';
import type { AllowedDeviationName } from '../reference/deviations.js';

export interface Tolerance {
  check: string;
  status: Extract<Status, 'warn' | 'unsupported' | 'skip'>;
  reason: string;
}

const MOUNT_OPTIONAL = 'a mount is a MAY; a registry that does not mount SHOULD answer 202, and the check reports the absent feature';
const DELETE_DISABLED = 'deletion may be disabled (400 or 405), and the check reports the absent feature';
const DELETE_DENIED = 'credentials that may not delete (403) fail the check\'s precondition; they say nothing about the registry';
const SHA512_OPTIONAL = 'sha512 is optional ("Implementations MAY implement SHA-512"): a refusal is the absent feature';
const DOCKER_OPTIONAL = 'Docker schema 2 is an interoperability fact, not an OCI requirement';
const REFERRERS_OPTIONAL = 'the referrers API is new in 1.1 and optional ("a new/optional API"): a 404 is the absent feature, and clients fall back to the tag schema';
/** The referrers checks that need the API (every one but referrers.api, referrers.oci-subject and referrers.tag-schema). */
const REFERRERS_API_CHECKS = ['referrers.empty', 'referrers.list', 'referrers.pagination', 'referrers.filter', 'referrers.filter.multiple', 'referrers.subject-pushed-later', 'referrers.tag-schema-listed', 'referrers.delete', 'referrers.invalid-digest'];

export const TOLERATED: Record<AllowedDeviationName, Tolerance[]> = {
  'mount-fallback-202': [
    { check: 'push.blob.mount', status: 'unsupported', reason: MOUNT_OPTIONAL },
    { check: 'push.blob.mount.anonymous', status: 'unsupported', reason: MOUNT_OPTIONAL },
  ],
  // Every tag-listing check collects the whole list through Link: nothing may turn.
  'tags-paginated': [],
  'delete-disabled-405': [
    { check: 'management.delete.tag', status: 'unsupported', reason: DELETE_DISABLED },
    { check: 'management.delete.manifest', status: 'unsupported', reason: DELETE_DISABLED },
    { check: 'management.delete.manifest.unknown-repository', status: 'unsupported', reason: DELETE_DISABLED },
    { check: 'management.delete.blob', status: 'unsupported', reason: DELETE_DISABLED },
    { check: 'management.delete.blob.unknown', status: 'unsupported', reason: DELETE_DISABLED },
    { check: 'referrers.delete', status: 'skip', reason: 'it needs a referrer deleted, and deletion is disabled' },
  ],
  // Headers the registry sends on its redirect count; status codes are judged after redirects.
  'blob-redirect': [],
  // Retried as Retry-After says; only the final answer is judged.
  'rate-limited': [],
  'delete-denied': [
    { check: 'management.', status: 'skip', reason: DELETE_DENIED },
    { check: 'referrers.delete', status: 'skip', reason: DELETE_DENIED },
  ],
  'delete-async': [
    { check: 'management.delete.blob', status: 'warn', reason: 'for blobs the spec asks only for the 202; a blob still served afterwards is an observation' },
  ],
  'sha256-only': [
    { check: 'push.blob.sha512', status: 'unsupported', reason: SHA512_OPTIONAL },
    { check: 'push.blob.digest-algorithm', status: 'unsupported', reason: SHA512_OPTIONAL },
    { check: 'push.manifest.sha512', status: 'unsupported', reason: SHA512_OPTIONAL },
  ],
  'docker-refused': [
    { check: 'artifacts.docker-image', status: 'unsupported', reason: DOCKER_OPTIONAL },
    { check: 'artifacts.docker-manifest-list', status: 'unsupported', reason: DOCKER_OPTIONAL },
  ],
  'manifest-limit-4mib-413': [],
  'accept-strict': [
    { check: 'pull.manifest.without-accept', status: 'unsupported', reason: 'the spec asks the client to name the types it accepts, and its content negotiation section is a TODO: serving a client that names none is an option the check reports absent' },
  ],
  'referrers-404': [
    { check: 'referrers.api', status: 'unsupported', reason: REFERRERS_OPTIONAL },
    ...REFERRERS_API_CHECKS.map((check) => ({ check, status: 'skip' as const, reason: 'it judges the referrers API, which this registry does not offer (referrers.api says so; referrers.tag-schema checks the fallback)' })),
    { check: 'referrers.oci-subject', status: 'skip', reason: 'OCI-Subject is asked only of a registry with the referrers API; without the API and without the header the registry is consistent' },
  ],
  'tag-query-ignored': [
    { check: 'push.manifest.tag-query', status: 'unsupported', reason: '?tag= on a PUT by digest is a MAY on main: ignored parameters are the absent feature' },
  ],
  'reject-artifact-manifest': [
    { check: 'artifacts.artifact-manifest-legacy', status: 'unsupported', reason: 'the artifact manifest was withdrawn before image-spec 1.1.0; artifacts go in the image manifest, so a refusal is the absent option' },
  ],
  'foreign-layers-refused': [
    { check: 'push.manifest.non-distributable', status: 'unsupported', reason: 'a registry MAY reject a manifest referencing a blob it does not hold, with MANIFEST_BLOB_UNKNOWN' },
  ],
};

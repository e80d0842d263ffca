import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/reference/deviations.ts
var DEVIATIONS = [
  // Determining support
  { name: "ping-not-200", breaks: 'Determining Support: "If the response is 200 OK, then the registry implements this specification."', description: "GET /v2/ answers 404" },
  // Pulling manifests
  { name: "manifest-content-type-wrong", breaks: `Pulling manifests: "The Content-Type header SHOULD match what the client pushed as the manifest's Content-Type."`, description: "manifests are served as application/octet-stream" },
  { name: "manifest-digest-header-wrong", breaks: 'Pushing Manifests: "The Docker-Content-Digest header … MUST be equal to the client provided digest."', description: "Docker-Content-Digest names another digest on manifest PUT, GET and HEAD" },
  { name: "manifest-head-no-digest", breaks: 'Checking if content exists: "A successful response SHOULD contain the digest … in the header Docker-Content-Digest."', description: "HEAD on a manifest answers without Docker-Content-Digest" },
  { name: "manifest-rewrite", breaks: 'Pushing Manifests: "The registry MUST store the manifest in the exact byte representation provided by the client."', description: "manifests are re-serialised (compact JSON) when served" },
  { name: "manifest-unknown-500", breaks: 'Pulling manifests: "If the manifest is not found in the repository, the response code MUST be 404 Not Found."', description: "unknown manifests answer 500" },
  { name: "unknown-repository-500", breaks: 'Pushing Manifests: "An attempt to pull a nonexistent repository MUST return response code 404 Not Found."', description: "requests to repositories that do not exist answer 500" },
  { name: "accept-wildcard-rewrite", breaks: 'Pulling manifests: "A GET request to an existing manifest URL MUST provide the expected manifest, with a response code that MUST be `200 OK`."', description: "a manifest GET whose Accept does not name the manifest's media type gets 200 with the manifest re-serialised (other bytes)" },
  // Pulling blobs
  { name: "blob-corrupt", breaks: 'Pulling blobs: "A GET request to an existing blob URL MUST provide the expected blob."', description: "the first byte of every blob is flipped on GET" },
  { name: "blob-digest-header-wrong", breaks: 'Pulling blobs: "If present, the value of this header MUST be a digest matching that of the response body."', description: "Docker-Content-Digest of blobs names another digest" },
  { name: "blob-range-ignored", breaks: 'Pulling blobs: "A registry SHOULD support the Range request header."', description: "Range is ignored: 200 with the whole blob" },
  { name: "blob-head-no-length", breaks: 'Checking if content exists: "A successful response SHOULD contain the size in bytes … in the header Content-Length."', description: "HEAD on a blob answers without Content-Length" },
  { name: "blob-unknown-200-empty", breaks: 'Pulling blobs: "If the blob is not found in the repository, the response code MUST be 404 Not Found."', description: "GET of an unknown blob answers 200 with an empty body (HEAD still 404)" },
  { name: "errors-not-enveloped", breaks: 'Error Codes: "If the response body is in JSON format, it MUST have the following format: {errors: [...]}"', description: 'JSON error bodies are {"error": "..."}' },
  { name: "error-message-numeric", breaks: 'Error Codes: "The message field is OPTIONAL, and if present, it SHOULD be a human readable string or MAY be empty."', description: 'error "message" fields are numbers (40404) instead of text' },
  { name: "malformed-digest-500", breaks: "Endpoints: failures of end-2 are 404 (and main: an invalid digest SHOULD answer 400)", description: "a malformed digest answers 500, like Distribution 2.8" },
  // Pushing blobs
  { name: "upload-no-location", breaks: 'POST then PUT: "the response MUST have a code of 202 Accepted, and MUST include the following header: Location"', description: "POST /blobs/uploads/ answers 202 without Location" },
  { name: "upload-put-200", breaks: 'POST then PUT: "Upon successful completion of the request, the response MUST have code 201 Created"', description: "completing an upload answers 200" },
  { name: "upload-digest-unchecked", breaks: "Content Verification: a blob is stored under a digest its bytes do not hash to", description: "PUT ?digest= accepts bytes that do not match the digest" },
  { name: "empty-blob-rejected", breaks: "Pushing blobs: the zero-byte blob is a blob like any other", description: "zero-byte uploads answer 400 SIZE_INVALID" },
  { name: "single-post-ignored", breaks: 'Single POST: "Successful completion of the request MUST return a 201 Created" — with the blob stored', description: "single POST answers 201 but stores nothing" },
  { name: "chunk-out-of-order-accepted", breaks: 'Pushing a blob in chunks: "If a chunk is uploaded out of order, the registry MUST respond with a 416"', description: "out-of-order chunks answer 202, like Distribution 2.8" },
  { name: "chunk-min-length-garbage", breaks: "Pushing a blob in chunks: OCI-Chunk-Min-Length is a size in bytes", description: "POST answers OCI-Chunk-Min-Length: plenty" },
  { name: "upload-status-no-range", breaks: 'Pushing a blob in chunks: the upload status "MUST have the following headers: Location, Range"', description: "GET on an upload session answers 204 without Range" },
  { name: "upload-cancel-ignored", breaks: "cancelling an upload (a MAY) claims success but the session stays usable", description: "DELETE on an upload answers 204 and does nothing" },
  { name: "mount-claims-201-without-blob", breaks: 'Mounting a blob: "The response to a successful mount MUST be 201 Created" — the blob then being in the repository', description: "mount answers 201 but links nothing" },
  { name: "mount-unknown-201", breaks: 'Mounting a blob: a registry "unable to mount the requested blob … SHOULD return a 202"', description: "mounting a blob that exists nowhere answers 201" },
  // Pushing manifests
  { name: "manifest-blob-unknown-wrong-code", breaks: 'Push: a manifest rejected for missing blobs "MUST result in one or more MANIFEST_BLOB_UNKNOWN errors"', description: "missing blobs are refused with MANIFEST_INVALID" },
  { name: "manifest-content-type-parameters-refused", breaks: 'Pushing Manifests: "The registry SHOULD ignore parameters on the Content-Type header."', description: "a manifest PUT whose Content-Type carries parameters answers 400 MANIFEST_INVALID" },
  { name: "tag-overwrite-ignored", breaks: "Pulling manifests by tag MUST provide the expected (latest pushed) manifest", description: "pushing to an existing tag keeps the old manifest" },
  { name: "subject-must-exist", breaks: 'Push: "A registry MUST initially accept an otherwise valid manifest with a subject field that references a manifest that does not exist"', description: "manifests whose subject is missing are refused" },
  { name: "reject-nested-index", breaks: "image-spec: an index may list indexes; the registry must store it", description: "an index that lists an index is refused" },
  { name: "reject-unknown-fields", breaks: "image-spec: unknown properties must be ignored, not refused", description: "manifests with unknown top-level fields are refused" },
  { name: "reject-data-field", breaks: 'image-spec descriptor: "data" is a valid descriptor property', description: 'descriptors with "data" are refused' },
  { name: "reject-empty-layers", breaks: 'Pushing Manifests: "the list of blobs MAY be empty"', description: "manifests with no layers are refused" },
  { name: "nondistributable-wrong-code", breaks: 'Push: a manifest rejected for missing blobs "MUST result in one or more MANIFEST_BLOB_UNKNOWN errors"', description: "foreign layers are refused with MANIFEST_INVALID" },
  { name: "manifest-limit-1mib", breaks: 'Pushing Manifests: "registry implementations SHOULD expect to be able to support manifest pushes of at least 4 megabytes"', description: "manifests over 1 MiB answer 413" },
  { name: "tag-query-no-header", breaks: 'main, Pushing Manifests: a registry supporting ?tag= "MUST include an OCI-Tag response header … for each accepted tag"', description: "?tag= creates tags but sends no OCI-Tag" },
  // Tag listing
  { name: "tags-unsorted", breaks: 'Listing Tags: "the tags MUST be in lexical order"', description: "tags are listed in reverse lexical order" },
  { name: "tags-ignore-n", breaks: 'Listing Tags: "Otherwise, the response MUST include <int> results" / n=0 "MUST return an empty list"', description: "n is ignored, like Distribution 2.8" },
  { name: "tags-ignore-last", breaks: 'Listing Tags: "A request of this sort will return up to <int> tags, beginning non-inclusively with <tagname>"', description: "last is ignored" },
  { name: "tags-short-page", breaks: 'Listing Tags: fewer than n results only "when the total number of tags … is less than <int> or a Link header is provided"', description: "n=k answers k-1 tags and no Link" },
  { name: "tags-bad-link", breaks: 'Listing Tags: the Link header "MUST be set according to RFC5988 with the Relation Type rel=\\"next\\""', description: 'Link headers lack rel="next"' },
  { name: "tags-missing-name", breaks: 'Listing Tags: "the response MUST be a json body in the following format: {name, tags}"', description: 'the tag list has no "name"' },
  { name: "tags-unknown-repo-200", breaks: "Endpoints: end-8a fails with 404 for a repository that does not exist", description: "tag listing of an unknown repository answers 200 with no tags" },
  { name: "warning-malformed", breaks: 'Warnings: "Warning headers MUST specify a warn-code of 299 and a warn-agent of -, and MUST NOT specify a warn-date"', description: 'answers carry Warning: 199 reference "deprecated" "Wed, 21 Oct 2015 07:28:00 GMT"' },
  { name: "challenge-missing", breaks: 'RFC 7235 §3.1: "The server generating a 401 response MUST send a WWW-Authenticate header field"', description: "401 answers carry no WWW-Authenticate (with auth on)" },
  // Content management
  { name: "delete-manifest-noop", breaks: 'Deleting Manifests: "Once deleted, a GET to /v2/<name>/manifests/<digest> … will return a 404"', description: "manifest DELETE answers 202 and keeps the manifest" },
  { name: "delete-blob-noop", breaks: "Deleting Blobs: a deleted blob must be gone", description: "blob DELETE answers 202 and keeps the blob" },
  { name: "delete-unknown-repo-202", breaks: 'Deleting Manifests: "If the repository does not exist, the response MUST return 404 Not Found."', description: "DELETE in an unknown repository answers 202" },
  { name: "delete-unknown-blob-202", breaks: 'Deleting Blobs: "If the blob is not found, a 404 Not Found code MUST be returned."', description: "DELETE of an unknown blob answers 202" },
  // Referrers
  { name: "referrers-html-200", breaks: 'Listing Referrers: "The Content-Type header MUST be set to application/vnd.oci.image.index.v1+json"', description: "GET /referrers/ answers 200 with an HTML page" },
  { name: "referrers-empty-404", breaks: 'Listing Referrers: "If the registry supports the referrers API, the registry MUST NOT return a 404 Not Found"', description: "a subject without referrers answers 404" },
  { name: "referrers-no-artifact-type", breaks: 'Listing Referrers: "The descriptors MUST include an artifactType field"', description: "descriptors carry no artifactType" },
  { name: "referrers-filter-ignored", breaks: 'Listing Referrers: "The registry SHOULD support filtering on artifactType."', description: "?artifactType= is ignored" },
  { name: "referrers-filter-header-missing", breaks: 'Listing Referrers: "If filtering is requested and applied, the response MUST include a header OCI-Filters-Applied"', description: "filters without OCI-Filters-Applied" },
  { name: "referrers-filters-header-not-list", breaks: 'Listing Referrers: "If multiple filters are applied, the header MUST contain a comma separated list of applied filters."', description: 'OCI-Filters-Applied lists each requested value as artifactType=<type>, separated by ";"' },
  { name: "referrers-tag-schema-content-ignored", breaks: 'Enabling the Referrers API: "Registries MUST include preexisting image manifests that are listed in an image index tagged with the referrers tag schema"', description: "referrers a client listed under the sha256-<hex> tag are left out of the referrers API" },
  { name: "referrers-need-subject", breaks: 'Enabling the Referrers API: "Registries MUST include all newly pushed image manifests with a valid subject field"', description: "referrers pushed before their subject are never listed" },
  { name: "referrer-delete-stale", breaks: "Listing Referrers: descriptors are of manifests in the repository", description: "deleted referrers stay listed" },
  { name: "referrers-invalid-digest-404", breaks: 'Listing Referrers: "If the request is invalid, such as a <digest> with an invalid syntax, a 400 Bad Request MUST be returned."', description: "a malformed digest answers 404" },
  { name: "referrers-page-no-link", breaks: 'Listing Referrers: "A Link header MUST be included in the response when the descriptor list cannot be returned in a single manifest"', description: "a referrers list longer than a page is cut at the page without a Link header" },
  { name: "no-oci-subject-header", breaks: 'Pushing Manifests with Subject: a registry with the referrers API "MUST respond with the response header OCI-Subject"', description: "pushes with a subject answer without OCI-Subject" },
  { name: "tag-schema-aliases-subject", breaks: "Referrers Tag Schema: the tag must return the index the client wrote", description: "sha256-<hex> tags resolve to the subject manifest" },
  // Artifacts
  { name: "reject-unknown-config-media-type", breaks: "image-spec artifacts guidance: any config media type may be used", description: "manifests whose config is not an image config or the empty descriptor are refused" },
  { name: "reject-artifact-type", breaks: "image-spec 1.1: artifactType is a valid manifest property", description: "manifests carrying artifactType are refused" },
  { name: "reject-index-artifact-type", breaks: "image-spec 1.1: artifactType is a valid index property", description: "indexes carrying artifactType are refused" }
];
var ALLOWED_DEVIATIONS = [
  {
    name: "mount-fallback-202",
    behaviour: "cross-repository mounts are never performed: POST ?mount= opens an upload session (202)",
    spec: "distribution-spec v1.1.1",
    section: "Mounting a blob from another repository",
    permits: "Alternatively, if a registry does not support cross-repository mounting or is unable to mount the requested blob, it SHOULD return a `202`."
  },
  {
    name: "tags-paginated",
    behaviour: 'a plain tag listing (no n) answers 5 tags at a time with Link rel="next", as ECR does past 100 tags',
    spec: "distribution-spec v1.1.1",
    section: "Listing Tags",
    permits: "A `Link` header MAY be included in the response when additional tags are available."
  },
  {
    name: "delete-disabled-405",
    behaviour: "DELETE of tags, manifests and blobs answers 405 UNSUPPORTED",
    spec: "distribution-spec v1.1.1",
    section: "Deleting Manifests",
    permits: "If manifest deletion is disabled, the registry MUST respond with either a `400 Bad Request` or a `405 Method Not Allowed`."
  },
  {
    name: "blob-redirect",
    behaviour: "blob GET and HEAD answer 307 (with Docker-Content-Digest) to object storage on another port, which serves the bytes as application/octet-stream without OCI headers and answers 400 to any request carrying Authorization",
    spec: "distribution-spec main",
    section: "API",
    permits: "Registries MAY respond to any request with a redirect per [RFC 9110 (section 15.4)](https://www.rfc-editor.org/rfc/rfc9110#section-15.4); clients SHOULD follow such redirects, and MUST NOT forward `Authorization` headers across host boundaries unless explicitly configured to do so."
  },
  {
    name: "rate-limited",
    behaviour: "every 5th request of each method (writes included) answers 429 TOOMANYREQUESTS with Retry-After (seconds or an HTTP date), and lets the refused request through when it comes again; every answer carries Docker Hub's ratelimit-limit and ratelimit-remaining",
    spec: "distribution-spec main",
    section: "Error Codes",
    permits: "A `429 Too Many Requests` response ([RFC 6585 (section 4)](https://www.rfc-editor.org/rfc/rfc6585#section-4)) SHOULD include a `Retry-After` header per [RFC 9110 (section 10.2.3)](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3)."
  },
  {
    name: "delete-denied",
    behaviour: "DELETE answers 403 DENIED: the credentials may push but not delete (a CI token without the delete scope)",
    spec: "distribution-spec v1.1.1",
    section: "Content Management",
    permits: "Registries MAY implement deletion or they MAY disable it."
  },
  {
    name: "delete-async",
    behaviour: "DELETE answers 202 and takes effect later: a manifest after a second, a blob after a minute (GET serves it meanwhile)",
    spec: "distribution-spec v1.1.1",
    section: "Deleting Blobs",
    permits: "Upon success, the registry MUST respond with code `202 Accepted`."
  },
  {
    name: "sha256-only",
    behaviour: "sha512 digests are refused with 400 DIGEST_INVALID (uploads, ?digest-algorithm=sha512, manifests)",
    spec: "image-spec v1.1.1",
    section: "SHA-512",
    permits: "Implementations MAY implement SHA-512 digest verification for use in descriptors."
  },
  {
    name: "docker-refused",
    behaviour: "Docker schema 2 manifests and manifest lists are refused with 415 (OCI media types only, like zot without its compatibility option)",
    spec: "image-spec v1.1.1",
    section: "Compatibility Matrix",
    permits: "The OCI Image Specification strives to be backwards and forwards compatible when possible."
  },
  {
    name: "manifest-limit-4mib-413",
    behaviour: "manifests over 4 MiB are refused with 413",
    spec: "distribution-spec v1.1.1",
    section: "Pushing Manifests",
    permits: "A registry that enforces this limit SHOULD respond to a request to push a manifest over this limit with a response code `413 Payload Too Large`."
  },
  {
    name: "foreign-layers-refused",
    behaviour: "a manifest whose non-distributable layer is not in the registry is refused with MANIFEST_BLOB_UNKNOWN",
    spec: "distribution-spec v1.1.1",
    section: "Push",
    permits: "A registry MAY reject a manifest uploaded to the manifest endpoint with descriptors in other fields that reference a manifest or blob that does not exist in the registry."
  },
  {
    name: "accept-strict",
    behaviour: "a manifest GET whose Accept does not name the manifest's media type answers 404 MANIFEST_UNKNOWN, like CNCF Distribution 2.8 (clients that send their Accept list get the manifest)",
    spec: "distribution-spec v1.1.1",
    section: "Pulling manifests",
    permits: "The client SHOULD include an `Accept` header indicating which manifest content types it supports."
  },
  {
    name: "referrers-404",
    behaviour: "the referrers API is absent: GET /v2/<name>/referrers/<digest> answers 404, and pushes with a subject get no OCI-Subject (clients keep the referrers tag schema)",
    spec: "distribution-spec v1.1.1",
    section: "Backwards Compatibility",
    permits: "This section describes client fallback procedures that MUST be implemented when a new/optional API is not available from a registry."
  },
  {
    name: "tag-query-ignored",
    behaviour: "PUT by digest ignores ?tag= parameters: the manifest is stored, no tag is created and no OCI-Tag header is sent",
    spec: "distribution-spec main",
    section: "Pushing Manifests",
    permits: "When pushing a manifest by digest, the registry MAY support the pushing of tags specified by addition of `tag` query parameters."
  },
  {
    name: "reject-artifact-manifest",
    behaviour: "the OCI 1.1-rc artifact manifest (application/vnd.oci.artifact.manifest.v1+json), withdrawn before image-spec 1.1.0 and not among v1.1.1's media types, is refused with 400 MANIFEST_INVALID",
    spec: "image-spec v1.1.1",
    section: "Guidelines for Artifact Usage",
    permits: "Content other than OCI container images MAY be packaged using the image manifest."
  }
];
function isDeviationName(name) {
  return DEVIATIONS.some((d) => d.name === name) || ALLOWED_DEVIATIONS.some((d) => d.name === name);
}

export {
  DEVIATIONS,
  ALLOWED_DEVIATIONS,
  isDeviationName
};

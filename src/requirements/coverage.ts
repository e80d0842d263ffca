// Which requirement sentences each check verifies, named as "<section> § <phrase of the
// sentence>": the phrase finds the sentence in every spec version (whose numbering differs), the
// section keeps a phrase that occurs in two sections ("Upon success, the registry MUST respond
// with a `202 Accepted` code." is a sentence of Deleting tags and of Deleting Manifests) from
// crediting both. A check id ending in "." covers for every check with that prefix. This table is
// the one source: results.json lists each check's requirement ids from it.
// test/requirements/exercised.test.ts runs every check through a recording proxy and requires a
// request to the endpoint each credited sentence is about.
export const CHECK_COVERAGE: Record<string, string[]> = {
  'pull.manifest.get-by-tag': ['Pulling manifests § A GET request to an existing manifest URL MUST provide the expected manifest'],
  'pull.manifest.get-by-digest': ['Pulling manifests § A GET request to an existing manifest URL MUST provide the expected manifest'],
  'pull.manifest.content-type': ['Pulling manifests § The registry SHOULD NOT include parameters on the `Content-Type` header', 'Pulling manifests § header SHOULD match what the client [pushed'],
  'pull.manifest.docker-content-digest': ['Pulling manifests § A successful response SHOULD contain the digest of the uploaded blob in the header', 'Pulling manifests § A successful response MUST contain the digest of the uploaded blob in the header'],
  'pull.manifest.head': [
    'Checking if content exists in the registry § A HEAD request to an existing blob or manifest URL MUST return `200 OK`',
    'Checking if content exists in the registry § A successful response SHOULD contain the digest of the uploaded blob in the header',
    'Checking if content exists in the registry § MUST contain the digest of the uploaded blob or manifest',
    'Checking if content exists in the registry § SHOULD contain the size in bytes',
    'Checking if content exists in the registry § MUST contain the size in bytes',
  ],
  'pull.manifest.unknown': ['Pulling manifests § If the manifest is not found in the repository, the response code MUST be `404 Not Found`', 'Checking if content exists in the registry § If the blob or manifest is not found in the repository'],
  'pull.manifest.unknown-repository': ['Pushing Manifests § An attempt to pull a nonexistent repository MUST return response code `404 Not Found`'],
  'pull.manifest.index': ['Pulling manifests § A GET request to an existing manifest URL MUST provide the expected manifest'],
  'pull.blob.get': ['Pulling blobs § A GET request to an existing blob URL MUST provide the expected blob'],
  'pull.blob.docker-content-digest': ['Pulling blobs § A successful response SHOULD contain the digest of the uploaded blob in the header', 'Pulling blobs § A successful response MUST contain the digest of the uploaded blob in the header', 'Pulling blobs § If present, the value of this header MUST be a digest matching that of the response body'],
  'pull.blob.head': ['Checking if content exists in the registry § A HEAD request to an existing blob or manifest URL MUST return `200 OK`', 'Checking if content exists in the registry § SHOULD contain the size in bytes', 'Checking if content exists in the registry § MUST contain the size in bytes'],
  'pull.blob.unknown': ['Pulling blobs § If the blob is not found in the repository, the response code MUST be `404 Not Found`'],
  'pull.blob.range': ['Pulling blobs § SHOULD support the `Range` request header'],
  'pull.errors.envelope': ['Error Codes § If the response body is in JSON format, it MUST', 'Error Codes § The `code` field MUST be a unique identifier', 'Error Codes § The `code` field MUST be one of the following'],
  'pull.errors.message': ['Error Codes § The `message` field is OPTIONAL, and if present, it SHOULD be a human readable string'],
  'push.blob.post-put': ['POST then PUT § Upon success, the response MUST have a code of `202 Accepted`', 'POST then PUT § Upon successful completion of the request, the response MUST have code `201 Created`'],
  'push.blob.single-post': ['Single POST § Successful completion of the request MUST return a `201 Created`', 'Single POST § Registries that do not support single request monolithic uploads SHOULD return a `202 Accepted`'],
  'push.blob.chunked': ['Pushing a blob in chunks § Each successful chunk upload MUST have a `202 Accepted` response code', 'Pushing a blob in chunks § The response for each successful chunk upload MUST be `202 Accepted`', 'Pushing a blob in chunks § The response to a successful closing of the session MUST be `201 Created`'],
  'push.blob.chunked.min-length': ['Pushing a blob in chunks § the `POST` response SHOULD include the following header'],
  'push.blob.chunked.out-of-order': ['Pushing a blob in chunks § If a chunk is uploaded out of order, the registry MUST respond with a `416', 'Pushing a blob in chunks § If the final chunk is uploaded out of order'],
  'push.blob.upload-status': ['Pushing a blob in chunks § The response to an active upload'],
  'push.blob.cancel': ['Cancel a blob upload § If successful, the response SHOULD be a `204 No Content` response code.'],
  'push.blob.digest-mismatch': ['Pushing blobs § if the client provided digest is invalid or uses an unsupported algorithm'],
  'push.blob.mount': ['Mounting a blob from another repository § The response to a successful mount MUST be `201 Created`'],
  'push.blob.mount.anonymous': ['Mounting a blob from another repository § The response to a successful mount MUST be `201 Created`'],
  'push.blob.mount.unknown': ['Mounting a blob from another repository § is unable to mount the requested blob, it SHOULD return a `202`'],
  'push.blob.empty': ['POST then PUT § Upon successful completion of the request, the response MUST have code `201 Created`'],
  'push.blob.sha512': ['POST then PUT § Upon successful completion of the request, the response MUST have code `201 Created`'],
  // push.blob.digest-algorithm: "the post request SHOULD include the `digest-algorithm`
  // parameter" binds the client; the registry's side has no sentence of its own.
  'push.manifest.by-tag': ['Pushing Manifests § Upon a successful upload, the registry MUST return response code `201 Created`', 'Pushing Manifests § MUST be equal to the client provided digest'],
  'push.manifest.by-digest': ['Pushing Manifests § Upon a successful upload, the registry MUST return response code `201 Created`', 'Pushing Manifests § MUST be equal to the client provided digest'],
  'push.manifest.byte-exact': ['Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client'],
  'push.manifest.tag-overwrite': ['Pulling manifests § A GET request to an existing manifest URL MUST provide the expected manifest'],
  'push.manifest.blob-unknown': ['Push § it MUST result in one or more `MANIFEST_BLOB_UNKNOWN` errors'],
  'push.manifest.subject-missing': ['Push § A registry MUST initially accept an otherwise valid manifest with a `subject` field'],
  'push.manifest.index': ['Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client'],
  'push.manifest.nested-index': ['Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client'],
  'push.manifest.custom-fields': ['Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client'],
  'push.manifest.data-field': ['Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client'],
  'push.manifest.no-layers': ['Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client'],
  'push.manifest.sha512': ['Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client'],
  'push.manifest.non-distributable': ['Push § it MUST result in one or more `MANIFEST_BLOB_UNKNOWN` errors'],
  'push.manifest.large': ['Pushing Manifests § SHOULD expect to be able to support manifest pushes of at least 4 megabytes', 'Pushing Manifests § SHOULD respond to a request to push a manifest over this limit'],
  'push.manifest.tag-query': ['Pushing Manifests § MUST include an `OCI-Tag` response header'],
  'push.manifest.content-type-parameters': ['Pushing Manifests § The registry SHOULD ignore parameters on the `Content-Type` header.'],
  'discovery.tags.list': ['Listing Tags § Assuming a repository is found, this request MUST return a `200 OK` response code.', 'Listing Tags § Upon success, the response MUST be a json body in the following format'],
  'discovery.tags.order': ['Listing Tags § If the list is not empty, the tags MUST be in lexical', 'Listing Tags § As above, the tags MUST be in lexical', 'Listing Tags § The tags MUST be in lexical'],
  'discovery.tags.n': ['Listing Tags § Otherwise, the response MUST include `<int>` results.'],
  'discovery.tags.last': ['Listing Tags § The tags MUST be in lexical'],
  'discovery.tags.link': ['Listing Tags § If included, the `Link` header MUST be set according to'],
  'discovery.tags.n-zero': ['Listing Tags § When `n` is zero, this endpoint MUST return an empty list'],
  'discovery.warnings': ['Warnings § `Warning` headers MUST specify a `warn-code` of `299`', 'Warnings § A registry MUST NOT send more than 4096 bytes of warning data'],
  'management.delete.tag': ['Deleting tags § Upon success, the registry MUST respond with a `202 Accepted` code.', 'Deleting tags § If tag deletion is disabled, the registry MUST respond with either'],
  'management.delete.manifest': ['Deleting Manifests § Upon success, the registry MUST respond with a `202 Accepted` code.', 'Deleting Manifests § If manifest deletion is disabled, the registry MUST respond with either'],
  'management.delete.manifest.unknown-repository': ['Deleting Manifests § If the repository does not exist, the response MUST return `404 Not Found`.'],
  'management.delete.blob': ['Deleting Blobs § Upon success, the registry MUST respond with code `202 Accepted`.', 'Deleting Blobs § If blob deletion is disabled, the registry MUST respond with either'],
  'management.delete.blob.unknown': ['Deleting Blobs § If the blob is not found, a `404 Not Found` code MUST be returned.'],
  'referrers.api': ['Listing Referrers § Assuming a repository is found, this request MUST return a `200 OK` response code.', 'Listing Referrers § Upon success, the response MUST be a JSON body with an image index', 'Listing Referrers § The `Content-Type` header MUST be set to `application/vnd.oci.image.index.v1+json`'],
  'referrers.empty': ['Listing Referrers § the registry MUST NOT return a `404 Not Found` to a referrers API', 'Listing Referrers § If a query results in no matching referrers, an empty manifest list MUST be returned'],
  'referrers.oci-subject': ['Pushing Manifests with Subject § MUST respond with the response header `OCI-Subject'],
  'referrers.list': ['Listing Referrers § The descriptors MUST include an `artifactType` field', 'Listing Referrers § If the `artifactType` is empty or missing in the image manifest', 'Listing Referrers § If the `artifactType` is empty or missing in an index', 'Listing Referrers § The descriptors MUST include annotations'],
  'referrers.pagination': ['Listing Referrers § A `Link` header MUST be included in the response when the descriptor list cannot be returned', 'Listing Referrers § The `Link` header MUST be set according to'],
  'referrers.filter': ['Listing Referrers § The registry SHOULD support filtering on `artifactType`', 'Listing Referrers § If filtering is requested and applied, the response MUST include a header'],
  'referrers.filter.multiple': ['Listing Referrers § If multiple filters are applied, the header MUST contain a comma separated list of applied filters.'],
  'referrers.subject-pushed-later': ['Enabling the Referrers API § Registries MUST include all newly pushed image manifests with a valid `subject`'],
  'referrers.tag-schema-listed': ['Enabling the Referrers API § Registries MUST include preexisting image manifests that are listed in an image index tagged with the'],
  // referrers.delete verifies "Each descriptor is of an image manifest … in the same <name>", a
  // sentence without a requirement keyword, so it is not in the index.
  'referrers.invalid-digest': ['Listing Referrers § If the request is invalid, such as a `<digest>` with an invalid syntax'],
  'referrers.tag-schema': ['Listing Referrers § The response SHOULD be an image index with the same content that would be expected from the referrers API'],
  'artifacts.': ['Pushing Manifests § The registry MUST store the manifest in the exact byte representation provided by the client', 'Pulling blobs § A GET request to an existing blob URL MUST provide the expected blob'],
};

/** A credit split into the section it names and the phrase of the sentence. */
export function parseCredit(credit: string): { section: string; phrase: string } {
  const at = credit.indexOf(' § ');
  if (at < 0) throw new Error(`coverage credit "${credit}" names no section ("<section> § <phrase>")`);
  return { section: credit.slice(0, at), phrase: credit.slice(at + 3) };
}

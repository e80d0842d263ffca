// A run with every status, an expected deviation, a check that did not run, a skipped and an
// unreachable registry, and registry-provided text that tries to break out of every format.
import type { CheckInfo, Exchange, ResultRecord, RunResults, Status } from '../../src/results/model.js';

/** Sets window.__pwned if it ever runs: the HTML tests assert it never does. */
export const HOSTILE_SCRIPT = '<script>window.__pwned = "script"</script>';
export const HOSTILE_IMG = '<img src=x onerror="window.__pwned = \'img\'">';
export const CDATA_END = ']]>';
export const CONTROL_CHARS = 'bell\u0007 nul\u0000 esc\u001b[31m vt\u000b';
export const HOSTILE_REGISTRY = `evil${HOSTILE_SCRIPT}|reg`;
export const HOSTILE_MESSAGE = `answered ${HOSTILE_SCRIPT} ${HOSTILE_IMG} with | pipes | and ${CDATA_END} and ${CONTROL_CHARS}\nsecond line *bold* [link](javascript:alert(1))`;

const spec = (section: string) => ({
  version: 'v1.1.1',
  section,
  url: `https://github.com/opencontainers/distribution-spec/blob/v1.1.1/spec.md#${section.toLowerCase().replace(/ /g, '-')}`,
});

export const CHECKS: CheckInfo[] = [
  { id: 'pull.manifest.get-by-tag', suite: 'pull', title: 'GET a manifest by tag returns 200 and the exact pushed bytes', level: 'MUST', spec: spec('Pulling manifests'), requirements: [] },
  { id: 'pull.manifest.content-type', suite: 'pull', title: 'Manifest Content-Type is the pushed media type', level: 'SHOULD', spec: spec('Pulling manifests'), requirements: [] },
  // The push suite comes before discovery in SUITES even though it is listed later here.
  { id: 'discovery.tags.order', suite: 'discovery', title: 'Tags are listed in lexical order', level: 'MUST', spec: spec('Listing Tags'), requirements: [] },
  { id: 'push.blob.chunked.out-of-order', suite: 'push', title: 'An out-of-order chunk is refused with 416', level: 'MUST', spec: spec('Pushing a blob in chunks'), requirements: [] },
  { id: 'push.manifest.large', suite: 'push', title: 'A 4 MB manifest is accepted', level: 'SHOULD', spec: spec('Pushing Manifests'), requirements: [] },
  { id: 'management.delete.tag', suite: 'management', title: 'DELETE of a tag removes it', level: 'MAY', spec: spec('Deleting tags'), requirements: [] },
  { id: 'referrers.list', suite: 'referrers', title: 'The referrers API lists every referrer', level: 'MUST', spec: spec('Listing Referrers'), requirements: [] },
  // A link that must never become clickable.
  { id: 'auth.token', suite: 'auth', title: 'Bearer token flow works', level: 'MUST', spec: { version: 'v1.1.1', section: 'Authentication', url: 'javascript:window.__pwned="href"' }, requirements: [] },
];

const hostileExchange: Exchange = {
  method: 'GET',
  url: `http://127.0.0.1:5000/v2/x/tags/list?n=${encodeURIComponent(HOSTILE_SCRIPT)}`,
  status: 200,
  requestHeaders: { accept: 'application/json', 'x-probe': HOSTILE_IMG },
  responseHeaders: { 'content-type': 'text/html', 'x-evil': `${HOSTILE_SCRIPT} ${CDATA_END}` },
  responseBody: `<html><body>${HOSTILE_SCRIPT}${HOSTILE_IMG} ${CONTROL_CHARS}</body></html>`,
  durationMs: 12,
};

const failExchanges: Exchange[] = [
  {
    method: 'PATCH',
    url: 'http://127.0.0.1:5001/v2/oci-matrix/conformance/blobs/uploads/abc',
    status: 202,
    requestHeaders: { 'content-type': 'application/octet-stream', 'content-range': '524288-786431', authorization: '<redacted>' },
    responseHeaders: { location: '/v2/oci-matrix/conformance/blobs/uploads/abc', range: '0-786431' },
    requestBody: '<262144 bytes binary>',
    responseBody: '',
    durationMs: 42,
  },
];

const unreachable: Exchange = {
  method: 'GET',
  url: 'http://127.0.0.1:5001/v2/',
  requestHeaders: {},
  responseHeaders: {},
  error: `socket hang up ${HOSTILE_SCRIPT}`,
  durationMs: 3001,
};

function result(registry: string, check: string, status: Status, message = '', extra: Partial<ResultRecord> = {}): ResultRecord {
  return { registry, check, status, message: message || `${status} on ${registry}`, durationMs: 25, evidence: [], ...extra };
}

export function fixtureResults(): RunResults {
  const reference = CHECKS.map((c) => result('reference', c.id, 'pass', 'as the spec asks'));
  const distribution: ResultRecord[] = [
    result('distribution', 'pull.manifest.get-by-tag', 'pass'),
    result('distribution', 'pull.manifest.content-type', 'warn', 'Content-Type carries parameters: application/vnd.oci.image.manifest.v1+json; charset=utf-8'),
    result('distribution', 'discovery.tags.order', 'fail', 'tags are not in lexical order: alpha, charlie, Bravo', { evidence: [hostileExchange] }),
    result('distribution', 'push.blob.chunked.out-of-order', 'fail', 'out-of-order chunk 524288-786431 after 0-262143: expected 416, got HTTP 202', { evidence: failExchanges, durationMs: 222 }),
    result('distribution', 'push.manifest.large', 'error', 'connection reset while sending the manifest', { evidence: [unreachable] }),
    result('distribution', 'management.delete.tag', 'unsupported', 'tag deletion is disabled (HTTP 405)', { expected: true }),
    result('distribution', 'referrers.list', 'skip', 'referrers API not supported (see referrers.api)'),
    // auth.token did not run on distribution: no result at all.
  ];
  const evil = CHECKS.map((c, i) =>
    result(HOSTILE_REGISTRY, c.id, i === 0 ? 'fail' : 'pass', i === 0 ? HOSTILE_MESSAGE : 'ok', i === 0 ? { evidence: [hostileExchange] } : {}),
  );
  return {
    schemaVersion: 1,
    run: { id: 'r20250101-120000-abcdef', startedAt: '2025-01-01T12:00:00.000Z', finishedAt: '2025-01-01T12:03:25.500Z', specVersion: '1.1', tool: { name: 'oci-matrix', version: '0.1.0' } },
    registries: [
      { name: 'reference', url: 'http://127.0.0.1:5000', status: 'tested', durationMs: 180 },
      // Wall time below the sum of its results' durations: the checks ran concurrently.
      { name: 'distribution', url: 'http://127.0.0.1:5001', status: 'tested', knownLimits: { deleteTag: false }, durationMs: 250 },
      { name: HOSTILE_REGISTRY, url: `http://127.0.0.1:5002/${HOSTILE_SCRIPT}`, status: 'tested' },
      { name: 'dockerhub', url: 'https://registry-1.docker.io', status: 'skipped', reason: 'environment variables $DOCKERHUB_USERNAME, $DOCKERHUB_TOKEN not set' },
      { name: 'ecr', url: 'https://123.dkr.ecr.eu-west-1.amazonaws.com', status: 'error', reason: `could not reach the registry: ECONNREFUSED ${HOSTILE_IMG}` },
    ],
    checks: CHECKS,
    results: [...reference, ...distribution, ...evil],
    contents: [{ id: 'oci-image', title: 'OCI image' }, { id: 'helm-chart', title: 'Helm chart' }],
    interopDurationMs: 160,
    interop: [
      { source: 'reference', destination: 'distribution', content: 'oci-image', status: 'pass', message: 'copied and verified byte for byte', durationMs: 80, evidence: [] },
      { source: 'reference', destination: 'distribution', content: 'helm-chart', status: 'fail', message: `digest differs at the destination ${HOSTILE_SCRIPT}`, cause: 'destination', durationMs: 90, evidence: [hostileExchange] },
      { source: 'distribution', destination: 'reference', content: 'oci-image', status: 'pass', message: 'copied and verified byte for byte', durationMs: 70, evidence: [] },
    ],
    verdicts: [
      {
        registry: 'distribution',
        storesAnyContentUnchanged: 'no',
        problems: [{ content: 'helm-chart', reason: `digest differs ${HOSTILE_SCRIPT}` }],
        categories: [
          { category: 'Pull', support: 'full', failing: [] },
          { category: 'Push', support: 'partial', failing: ['push.blob.chunked.out-of-order'] },
          { category: 'Referrers', support: 'absent', failing: [] },
        ],
      },
    ],
  };
}

/** The fixture's results per registry and status, for assertions that should not hard-code numbers twice. */
export function countOf(results: RunResults, registry: string, statuses: Status[]): number {
  return results.results.filter((r) => r.registry === registry && statuses.includes(r.status)).length;
}

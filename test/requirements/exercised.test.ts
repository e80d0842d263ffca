// A credited sentence must be exercised, not just phrase-matched: every check runs on its own
// (its own run, so no other check's fixtures help it) against the reference registry behind a
// recording proxy, and for every sentence credited to it the proxy must have seen a request to
// the endpoint the sentence is about, made before the check's result came in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startReferenceRegistry, type RunningRegistry } from '../../src/reference/index.js';
import { runMatrix } from '../../src/matrix.js';
import { configOf } from '../support/matrix.js';
import { ALL_CHECKS } from '../../suites/index.js';
import { creditsOf, credits, requirementsFor, type Requirement } from '../../src/requirements/index.js';

interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  status: number;
}

const DIGEST = /^(sha256|sha512):[a-f0-9]+$/;
const last = (path: string) => decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
const manifests = (r: Seen) => /\/manifests\/[^/]+$/.test(r.path);
const blob = (r: Seen) => /\/blobs\/[^/]+$/.test(r.path) && !r.path.includes('/blobs/uploads/');
const upload = (r: Seen) => r.path.includes('/blobs/uploads/');

/** The endpoint each section's sentences are about: a request a check of them must make. */
const BY_SECTION: Record<string, (r: Seen) => boolean> = {
  'Pulling manifests': (r) => r.method === 'GET' && manifests(r),
  'Pulling blobs': (r) => r.method === 'GET' && blob(r),
  'Checking if content exists in the registry': (r) => r.method === 'HEAD' && (manifests(r) || blob(r)),
  Push: (r) => r.method === 'PUT' && manifests(r),
  'Pushing blobs': (r) => upload(r) && (r.method === 'POST' || r.method === 'PUT'),
  'POST then PUT': (r) => upload(r) && r.method === 'PUT',
  'Single POST': (r) => upload(r) && r.method === 'POST' && r.query.has('digest'),
  'Pushing a blob in chunks': (r) => upload(r) && r.method === 'PATCH',
  'Cancel a blob upload': (r) => upload(r) && r.method === 'DELETE',
  'Mounting a blob from another repository': (r) => upload(r) && r.method === 'POST' && r.query.has('mount'),
  'Pushing Manifests': (r) => r.method === 'PUT' && manifests(r),
  'Pushing Manifests with Subject': (r) => r.method === 'PUT' && manifests(r),
  'Listing Tags': (r) => r.method === 'GET' && r.path.endsWith('/tags/list'),
  'Listing Referrers': (r) => r.method === 'GET' && r.path.includes('/referrers/'),
  'Enabling the Referrers API': (r) => r.method === 'GET' && r.path.includes('/referrers/'),
  'Deleting tags': (r) => r.method === 'DELETE' && manifests(r) && !DIGEST.test(last(r.path)),
  'Deleting Manifests': (r) => r.method === 'DELETE' && manifests(r) && DIGEST.test(last(r.path)),
  'Deleting Blobs': (r) => r.method === 'DELETE' && blob(r),
  'Error Codes': (r) => r.status >= 400 && r.status < 500,
  Warnings: () => true,
};

/** Sentences that sit in a section about another endpoint than their own. */
const BY_SENTENCE: [string, (r: Seen) => boolean][] = [
  // A sentence of "Pushing a blob in chunks" about the POST that opens the session.
  ['the `POST` response SHOULD include the following header', (r) => upload(r) && r.method === 'POST'],
  ['An attempt to pull a nonexistent repository', (r) => r.method === 'GET' && manifests(r) && r.status === 404],
  // The tag-schema sentence: a GET of the sha256-<hex> tag, not of the referrers API.
  ['same content that would be expected from the referrers API', (r) => r.method === 'GET' && manifests(r) && /^sha(256|512)-/.test(last(r.path))],
];

function endpointOf(requirement: Requirement): ((r: Seen) => boolean) | undefined {
  return BY_SENTENCE.find(([phrase]) => requirement.text.includes(phrase))?.[1] ?? BY_SECTION[requirement.section];
}

let registry: RunningRegistry;
let proxy: Server;
let proxyUrl: string;
let log: Seen[] = [];

beforeAll(async () => {
  registry = await startReferenceRegistry();
  proxy = createServer((req, res) => {
    const url = new URL(req.url ?? '/', registry.url);
    const seen: Seen = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, status: 0 };
    const recordInto = log;
    const upstream = request(url, { method: req.method, headers: req.headers }, (answer) => {
      seen.status = answer.statusCode ?? 0;
      recordInto.push(seen);
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
  await registry?.close();
});

describe('every credited requirement sentence', () => {
  it('is exercised by its check: the check sends a request to the endpoint the sentence is about', async () => {
    const credited = ALL_CHECKS.filter((c) => creditsOf(c.id).length > 0);
    const gaps: string[] = [];
    for (const check of credited) {
      const during: Seen[] = [];
      log = during;
      let frozen: Seen[] = [];
      const results = await runMatrix({
        config: configOf([{ name: 'proxied', url: proxyUrl, repository: 'oci-matrix/exercised' }], 'main'),
        checks: [check],
        specVersion: 'main',
        // Requests after the result are cleanup, not the check.
        onProgress: (event) => void (event.kind === 'result' && (frozen = [...during])),
      });
      expect(results.results.map((r) => `${r.check}: ${r.status} ${r.message}`)).toEqual([`${check.id}: pass ${results.results[0]?.message}`]);
      for (const version of ['1.1', 'main'] as const) {
        for (const requirement of requirementsFor(version).filter((r) => creditsOf(check.id).some((c) => credits(c, r)))) {
          const endpoint = endpointOf(requirement);
          if (!endpoint) gaps.push(`${check.id} → ${version} ${requirement.id}: no endpoint known for section "${requirement.section}"`);
          else if (!frozen.some(endpoint)) gaps.push(`${check.id} → ${version} ${requirement.id} (${requirement.section}): no such request among ${frozen.length}`);
        }
      }
    }
    expect(gaps).toEqual([]);
  }, 600_000);
});

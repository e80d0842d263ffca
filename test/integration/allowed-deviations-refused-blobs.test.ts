// A blob refused on upload: for optional content (the Docker kinds, level MAY) that is the option's
// absence, `unsupported` with the registry's answer; for content every registry must take, a
// `fail`. Blob uploads carry no media type, so no reference-registry deviation can refuse "Docker
// blobs"; a loopback proxy in front of a real reference registry refuses two chosen digests.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceRegistry, type RunningRegistry } from '../../src/reference/index.js';
import { artifactCatalogue } from '../../src/oci/artifacts.js';
import { HELM_CHART_CONTENT } from '../../src/oci/artifacts/helm.js';
import { MEDIA_TYPES } from '../../src/oci/media-types.js';
import { runTestMatrix } from '../support/matrix.js';
import type { RunResults } from '../../src/results/model.js';

const kinds = new Map(artifactCatalogue().map((k) => [k.id, k.build().manifest]));
const dockerLayer = kinds.get('docker-image')!.blobs.find((b) => b.mediaType === MEDIA_TYPES.dockerLayer)!;
const helmChart = kinds.get('helm-chart')!.blobs.find((b) => b.mediaType === HELM_CHART_CONTENT)!;

/** Forwards everything to `upstream`, except an upload naming a refused digest: 403 DENIED. */
function refusingProxy(upstream: string, refused: Set<string>) {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const digest = new URL(req.url ?? '/', 'http://x').searchParams.get('digest');
    if (digest && refused.has(digest) && (req.method === 'PUT' || req.method === 'POST')) {
      req.resume();
      req.on('end', () => {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ code: 'DENIED', message: 'blob refused by policy' }] }));
      });
      return;
    }
    const target = new URL(req.url ?? '/', upstream);
    const forwarded = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
}

describe('a refused blob', () => {
  let upstream: RunningRegistry;
  let proxy: ReturnType<typeof refusingProxy>;
  let results: RunResults;

  beforeAll(async () => {
    upstream = await startReferenceRegistry({});
    proxy = refusingProxy(upstream.url, new Set([dockerLayer.digest, helmChart.digest]));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    results = await runTestMatrix([{ name: 'refusing', url, repository: 'oci-matrix/refused-blobs' }], { suites: ['artifacts'] });
  });
  afterAll(async () => {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    await upstream.close();
  });

  const result = (check: string) => results.results.find((r) => r.check === check)!;

  it('of optional content is unsupported with the answer, for the image and for the child of a manifest list', () => {
    expect(result('artifacts.docker-image')).toMatchObject({
      status: 'unsupported',
      message: expect.stringMatching(/^optional content refused: Docker image: pushing blob application\/vnd\.docker\.image\.rootfs\.diff\.tar\.gzip failed: .*HTTP 403/),
    });
    expect(result('artifacts.docker-manifest-list')).toMatchObject({ status: 'unsupported', message: expect.stringMatching(/^optional content refused: Docker manifest list: pushing a child manifest failed: .*HTTP 403/) });
  });

  it('of content every registry must take is a fail, and the headline says which', () => {
    expect(result('artifacts.helm-chart')).toMatchObject({ status: 'fail', message: expect.stringContaining(`pushing blob ${HELM_CHART_CONTENT} failed`) });
    const others = results.results.filter((r) => !['artifacts.docker-image', 'artifacts.docker-manifest-list', 'artifacts.helm-chart'].includes(r.check));
    expect(others.filter((r) => r.status !== 'pass').map((r) => `${r.check}: ${r.status} ${r.message}`)).toEqual([]);
    const verdict = results.verdicts![0];
    expect(verdict.storesAnyContentUnchanged).toBe('no');
    expect(verdict.problems.map((p) => p.content)).toEqual(['Helm chart']);
  });
});

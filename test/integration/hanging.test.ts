// A registry that stops answering must not hold the others back or turn into verdicts: its
// checks end as `error` (the harness could not judge) while the healthy registry's pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { runTestMatrix } from '../support/matrix.js';

describe('a registry that hangs', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // Answers the ping, then never answers anything else.
    server = createServer((req, res) => {
      if (req.url === '/v2/') res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('gets errors with the reason, and the healthy registry beside it still passes', async () => {
    const results = await runTestMatrix(
      [
        { name: 'hanging', url, repository: 'a/b', timeoutSeconds: 0.5, concurrency: 8 },
        { name: 'healthy', launch: { kind: 'reference' }, repository: 'a/b' },
      ],
      { suites: ['discovery'] },
    );
    const hanging = results.results.filter((r) => r.registry === 'hanging');
    const healthy = results.results.filter((r) => r.registry === 'healthy');
    expect(healthy.length).toBeGreaterThan(0);
    expect(healthy.every((r) => r.status === 'pass')).toBe(true);
    // Checks that needed the registry to answer could not be judged; none became a verdict.
    expect(hanging.filter((r) => r.check !== 'discovery.base').map((r) => r.status)).toEqual(Array(hanging.length - 1).fill('error'));
    expect(hanging.some((r) => /no complete answer within 0.5 s: no answer came/.test(r.message))).toBe(true);
    expect(hanging.some((r) => r.status === 'fail')).toBe(false);
  });
});

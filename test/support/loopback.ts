// Small HTTP servers on loopback for transport tests, closed after each test, and a recorder of
// the evidence the transport writes.
import { afterEach } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Exchange } from '../../src/results/model.js';

export type LoopbackHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;

/** Call once per test file: registers the afterEach that closes every server `serve` started. */
export function loopbackServers(): { serve(handler: LoopbackHandler): Promise<string> } {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) {
      // Kept-alive and dripping connections would hold close() open.
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
  });
  return {
    async serve(handler) {
      // The handler gets the whole request body, so it can answer a replayed write.
      const server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => handler(req, res, Buffer.concat(chunks)));
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    },
  };
}

export function recorder(): { record: (e: Exchange) => void; all: Exchange[] } {
  const all: Exchange[] = [];
  return { record: (e: Exchange) => void all.push(e), all };
}

// Launches a real CNCF Distribution (Debian's docker-registry, 2.8) on a free loopback port with
// a generated config in a temporary directory, and removes every trace when stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { freePort } from './free-port.js';

export const DEFAULT_DISTRIBUTION_BINARY = '/usr/bin/docker-registry';

export interface DistributionOptions {
  binary?: string;
  auth?:
    | { kind: 'none' }
    | { kind: 'htpasswd'; username: string; password: string }
    | { kind: 'token'; realm: string; service: string; issuer: string; rootCertBundlePem: string };
  deleteEnabled?: boolean;
  log?: (line: string) => void;
  startupTimeoutMs?: number;
}

export interface RunningDistribution {
  url: string;
  close(): Promise<void>;
}

export function findDistributionBinary(binary?: string): string | undefined {
  const path = binary ?? DEFAULT_DISTRIBUTION_BINARY;
  return existsSync(path) ? path : undefined;
}

function configYaml(dir: string, port: number, options: DistributionOptions): string {
  const lines = [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    `    enabled: ${options.deleteEnabled ?? true}`,
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
  ];
  const auth = options.auth ?? { kind: 'none' };
  if (auth.kind === 'htpasswd') {
    lines.push('auth:', '  htpasswd:', '    realm: oci-matrix', `    path: ${join(dir, 'htpasswd')}`);
  } else if (auth.kind === 'token') {
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${auth.realm}`,
      `    service: ${auth.service}`,
      `    issuer: ${auth.issuer}`,
      `    rootcertbundle: ${join(dir, 'token-root.pem')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function startDistribution(options: DistributionOptions = {}): Promise<RunningDistribution> {
  // The free port is found before the process binds it, so another process may take it in
  // between: try again on a fresh port rather than fail the run.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (attempt >= 3 || !/address already in use|exited with code/.test((error as Error).message)) throw error;
    }
  }
}

async function startOnce(options: DistributionOptions): Promise<RunningDistribution> {
  const binary = findDistributionBinary(options.binary);
  if (!binary) throw new Error(`${options.binary ?? DEFAULT_DISTRIBUTION_BINARY} not found: install it with "apt-get install docker-registry"`);
  const dir = await mkdtemp(join(tmpdir(), 'oci-matrix-distribution-'));
  const port = await freePort();
  const auth = options.auth ?? { kind: 'none' };
  // Cost 4, bcrypt's minimum: Distribution checks the hash on every request, and the password
  // is made up per run and protects nothing.
  if (auth.kind === 'htpasswd') await writeFile(join(dir, 'htpasswd'), `${auth.username}:${bcrypt.hashSync(auth.password, 4)}\n`);
  if (auth.kind === 'token') await writeFile(join(dir, 'token-root.pem'), auth.rootCertBundlePem);
  await writeFile(join(dir, 'config.yml'), configYaml(dir, port, options));

  const child = spawn(binary, ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      output.push(line);
      if (output.length > 40) output.shift();
      options.log?.(line);
    }
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    await stopProcess(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url, child, options.startupTimeoutMs ?? 20_000, output);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, close };
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number, output: string[]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with code ${child.exitCode}: ${output.slice(-5).join(' | ')}`);
    try {
      const response = await fetch(`${url}/v2/`);
      await response.arrayBuffer();
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`docker-registry did not answer on ${url} within ${timeoutMs} ms: ${output.slice(-5).join(' | ')}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

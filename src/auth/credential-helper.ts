// The docker credential-helper protocol (github.com/docker/docker-credential-helpers, "Usage"):
// run `docker-credential-<name> get`, write the server URL on stdin, read
// {"ServerURL","Username","Secret"} on stdout. A Username of "<token>" means Secret is an
// identity token (an OAuth2 refresh token), not a password. On failure the helper exits non-zero
// with its message on stdout (e.g. "credentials not found in native keychain").
import { spawn } from 'node:child_process';
import { LoginError } from './login.js';

export interface HelperCredentials {
  username: string;
  secret: string;
}

const HELPER_TIMEOUT_MS = 60_000;

export async function runCredentialHelper(name: string, serverUrl: string, env: NodeJS.ProcessEnv = process.env): Promise<HelperCredentials> {
  const program = `docker-credential-${name}`;
  const { code, stdout, stderr, spawnError } = await run(program, serverUrl, env);
  if (spawnError) {
    throw new LoginError(
      spawnError.code === 'ENOENT'
        ? `credential helper ${program} failed: it is not installed (not found on PATH)`
        : `credential helper ${program} failed: ${spawnError.message}`,
    );
  }
  const said = firstLine(stdout) || firstLine(stderr);
  if (code !== 0) throw new LoginError(`credential helper ${program} failed: ${said || `exit code ${code}`}`);
  let parsed: { Username?: unknown; Secret?: unknown };
  try {
    parsed = JSON.parse(stdout) as typeof parsed;
  } catch {
    throw new LoginError(`credential helper ${program} failed: its answer for ${serverUrl} is not JSON`);
  }
  if (typeof parsed.Secret !== 'string' || !parsed.Secret) {
    throw new LoginError(`credential helper ${program} failed: its answer for ${serverUrl} has no "Secret"`);
  }
  return { username: typeof parsed.Username === 'string' ? parsed.Username : '', secret: parsed.Secret };
}

function firstLine(text: string): string {
  // A helper's message, never its JSON (which would carry the secret).
  const line = text.trim().split('\n')[0] ?? '';
  return line.startsWith('{') ? '' : line.slice(0, 300);
}

function run(program: string, input: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string; spawnError?: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    const child = spawn(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'], timeout: HELPER_TIMEOUT_MS });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (error: NodeJS.ErrnoException) => resolve({ code: null, stdout, stderr, spawnError: error }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined); // a helper that exits without reading stdin
    child.stdin.end(input);
  });
}

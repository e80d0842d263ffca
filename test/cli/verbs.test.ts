// The CLI's shape: every verb declared in one file under src/cli/, --version, --help with the
// defaults the parser applies, and --out refused before the run in one line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { COMMANDS } from '../../src/cli/main.js';
import { commandUsage } from '../../src/cli/command.js';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/oci-matrix.js');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-matrix-verbs-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the CLI', () => {
  it('has one file per verb under src/cli/, each registered', async () => {
    const helpers = new Set(['main.ts', 'command.ts', 'out-dir.ts', 'report-options.ts']);
    const verbFiles = (await readdir(join(import.meta.dirname, '../../src/cli'))).filter((f) => f.endsWith('.ts') && !helpers.has(f));
    expect(verbFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(await readFile(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    const result = await cli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('shows each verb\'s options with their defaults under --help', async () => {
    const result = await cli(['run', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: oci-matrix run [options]');
    expect(result.stdout).toMatch(/--config FILE\s+registries file \(default: registries\.yaml\)/);
    expect(result.stdout).toMatch(/--fail-on fail\|warn\|never\s+.*\(default: never\)/);
    for (const command of COMMANDS) {
      for (const [name, spec] of Object.entries(command.options)) {
        expect(commandUsage(command)).toContain(`--${name}`);
        if (typeof spec.default === 'string' && spec.default) expect(commandUsage(command)).toContain(`(default: ${spec.default})`);
      }
    }
  });

  it('lists the verbs without arguments (exit 2) and under --help (exit 0)', async () => {
    const bare = await cli([]);
    expect(bare.code).toBe(2);
    for (const command of COMMANDS) expect(bare.stderr).toContain(`  ${command.name}`);
    expect((await cli(['--help'])).code).toBe(0);
  });

  it('refuses an unknown verb or option in one line', async () => {
    const verb = await cli(['frobnicate']);
    expect(verb.code).toBe(2);
    expect(verb.stderr).toBe('oci-matrix: unknown command "frobnicate" (commands: ' + COMMANDS.map((c) => c.name).join(', ') + '; oci-matrix --help)\n');
    const option = await cli(['run', '--frobnicate']);
    expect(option.code).toBe(2);
    expect(option.stderr.trim().split('\n')).toHaveLength(1);
    expect(option.stderr).toContain("Unknown option '--frobnicate'");
  });

  it('refuses --out that is a file, under a file, or in an unwritable place before contacting anything', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    // A config that does not exist: the --out check must come first, or this would say so instead.
    const cases: [string, RegExp][] = [
      [file, /--out .*a-file is a file, not a directory/],
      [join(file, 'sub'), /a-file is a file, so the directory cannot be created/],
      // /proc refuses new entries even to root, where permission bits would not.
      ['/proc/oci-matrix-out', /cannot create anything in \/proc/],
    ];
    for (const [out, message] of cases) {
      const result = await cli(['run', '--config', join(dir, 'missing.yaml'), '--out', out]);
      expect(result.code, out).toBe(2);
      expect(result.stderr, out).toMatch(message);
      expect(result.stderr.trim().split('\n'), out).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await readdir(dir)).filter((f) => f.startsWith('.oci-matrix-probe'))).toEqual([]);
  });
});

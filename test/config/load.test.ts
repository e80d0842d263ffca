import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConfigError, parseConfig } from '../../src/config/load.js';

function problemsOf(text: string, env: NodeJS.ProcessEnv = {}) {
  try {
    parseConfig(text, 'registries.yaml', env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('registries.yaml loading', () => {
  it('accepts the minimal entry: name, url and repository', () => {
    const config = parseConfig('registries:\n  - name: local\n    url: http://127.0.0.1:5000\n    repository: team/app\n', 'f.yaml', {});
    expect(config.registries).toHaveLength(1);
    expect(config.registries[0].config).toEqual({ name: 'local', url: 'http://127.0.0.1:5000', repository: 'team/app' });
    expect(config.specVersion).toBe('1.1');
  });

  it('names file, line and field path of a bad value, and what is expected', () => {
    const text = 'registries:\n  - name: ok\n    url: http://127.0.0.1:5000\n    repository: a/b\n  - name: bad\n    url: ftp://nope\n    repository: a/b\n';
    const [problem] = problemsOf(text);
    expect(problem.file).toBe('registries.yaml');
    expect(problem.line).toBe(6);
    expect(problem.path).toBe('registries[1].url');
    expect(problem.message).toMatch(/http\(s\) base URL/);
  });

  it('points at the entry when a required field is missing', () => {
    const [problem] = problemsOf('registries:\n  - name: x\n    url: http://127.0.0.1:5000\n');
    expect(problem.path).toBe('registries[0].repository');
    expect(problem.line).toBe(2);
    expect(problem.message).toMatch(/missing required field/);
  });

  it('rejects unknown fields by name, so typos do not pass silently', () => {
    const [problem] = problemsOf('registries:\n  - name: x\n    url: http://127.0.0.1:5000\n    repository: a/b\n    concurency: 3\n');
    expect(problem.message).toContain('"concurency"');
    expect(problem.line).toBe(2);
  });

  it('reports invalid YAML with its line', () => {
    const [problem] = problemsOf('registries:\n  - name: x\n    url: [unclosed\n');
    expect(problem.message).toMatch(/invalid YAML/);
    expect(problem.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects duplicate registry names', () => {
    const entry = '  - name: same\n    url: http://127.0.0.1:5000\n    repository: a/b\n';
    const [problem] = problemsOf(`registries:\n${entry}${entry}`);
    expect(problem.message).toMatch(/unique/);
  });

  it('interpolates ${VAR} from the environment', () => {
    const config = parseConfig(
      'registries:\n  - name: x\n    url: https://${HOST}\n    repository: a/b\n    auth: { username: u, password: "${PASS}" }\n',
      'f.yaml',
      { HOST: 'registry.example.com', PASS: 's3cret' },
    );
    expect(config.registries[0].config.url).toBe('https://registry.example.com');
    expect(config.registries[0].config.auth).toEqual({ username: 'u', password: 's3cret' });
    expect(config.registries[0].missingVariables).toEqual([]);
  });

  it('keeps a registry with unset variables, marked with their names, instead of failing the file', () => {
    const config = parseConfig(
      'registries:\n  - name: cloud\n    url: ${CLOUD_URL}\n    repository: a/b\n    auth: { username: u, password: "${CLOUD_TOKEN}" }\n  - name: local\n    url: http://127.0.0.1:1\n    repository: a/b\n',
      'f.yaml',
      {},
    );
    expect(config.registries.map((r) => r.missingVariables)).toEqual([['CLOUD_URL', 'CLOUD_TOKEN'], []]);
  });

  it('still reports errors of complete entries when another entry misses variables', () => {
    const problems = problemsOf('registries:\n  - name: cloud\n    url: ${CLOUD_URL}\n    repository: a/b\n  - name: local\n    url: nope\n    repository: a/b\n');
    expect(problems.map((p) => p.path)).toEqual(['registries[1].url']);
  });

  it('loads the shipped registries.yaml with no credentials in the environment', () => {
    const text = readFileSync(new URL('../../registries.yaml', import.meta.url), 'utf8');
    const config = parseConfig(text, 'registries.yaml', {});
    const runnable = config.registries.filter((r) => r.missingVariables.length === 0).map((r) => r.config.name);
    expect(runnable).toEqual(['reference', 'distribution']);
  });
});

describe('the deviations of a launched reference registry', () => {
  it('are checked against the reference registry’s tables when the file is read: file, line and field of an unknown one', () => {
    const text = 'registries:\n  - name: ref\n    launch: { kind: reference, deviations: [blob-corrupt, sha512-rejected] }\n    repository: a/b\n';
    const [problem] = problemsOf(text);
    expect(problem.line).toBe(3);
    expect(problem.path).toBe('registries[0].launch.deviations[1]');
    expect(problem.message).toMatch(/unknown deviation/);
  });

  it('in every configuration file this repository ships', () => {
    for (const file of ['registries.yaml', 'bench/ten-registries.yaml', 'bench/reference-only.yaml']) {
      expect(() => parseConfig(readFileSync(file, 'utf8'), file, {}), file).not.toThrow();
    }
  });
});

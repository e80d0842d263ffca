// `oci-matrix cleanup`: removes what earlier, interrupted runs left behind — only this tool's
// content (tags and per-run repositories named by a run id), by digest, never a manifest that a
// tag the tool did not make also points at.
import { UsageError, flag, str, strs, type Command } from './command.js';

export const cleanupCommand: Command = {
  name: 'cleanup',
  summary: 'Removes content that earlier, interrupted runs left in the configured registries (only this tool\'s).',
  options: {
    config: { type: 'string', value: 'FILE', description: 'registries file', default: 'registries.yaml' },
    registry: { type: 'string', value: 'NAME', multiple: true, description: 'only this registry (default: all with a url)' },
    'older-than': { type: 'string', value: 'DURATION', description: 'only content of runs started longer ago than this (s, m, h, d)', default: '24h' },
    'dry-run': { type: 'boolean', description: 'list what would be removed, remove nothing' },
  },
  notes: 'Exit codes: 0 done (or nothing to do); 1 a registry could not be logged in to or refused a removal; 2 usage or config error.',
  async run(args) {
    const [{ loadConfigFile }, { parseDuration, planCleanup, removeLeftovers }, { resolveLogin }, { createTransport }, { diagnoseLogin }] = await Promise.all([
      import('../config/load.js'),
      import('../cleanup/leftovers.js'),
      import('../config/credentials.js'),
      import('../http/transport.js'),
      import('../auth/diagnose.js'),
    ]);
    const olderThanMs = parseDuration(str(args, 'older-than')!);
    if (olderThanMs === undefined) throw new UsageError('--older-than must be a number with s, m, h or d, e.g. 24h');
    const dryRun = flag(args, 'dry-run');
    const configFile = str(args, 'config')!;
    const config = await loadConfigFile(configFile);
    const names = strs(args, 'registry');
    const unknown = names.filter((n) => !config.registries.some((r) => r.config.name === n));
    if (unknown.length) throw new UsageError(`no registry named ${unknown.map((n) => `"${n}"`).join(', ')} in ${configFile}`);
    const out = (line: string) => process.stdout.write(`${line}\n`);
    let problems = 0;
    for (const { config: entry, missingVariables } of config.registries) {
      if (names.length ? !names.includes(entry.name) : entry.enabled === false) continue;
      if (!entry.url) {
        if (names.length) out(`${entry.name}: launched for each run and removed afterwards; nothing to clean up`);
        continue;
      }
      if (missingVariables.length) {
        out(`${entry.name}: skipped, ${missingVariables.map((v) => `$${v}`).join(', ')} not set`);
        continue;
      }
      const baseUrl = entry.url.replace(/\/+$/, '');
      const resolved = await resolveLogin(entry, baseUrl);
      if (!resolved.ok) {
        out(`${entry.name}: ${resolved.reason}`);
        problems++;
        continue;
      }
      const transport = createTransport({ credentials: { kind: 'none' }, login: resolved.login, timeoutMs: (entry.timeoutSeconds ?? 30) * 1000 });
      try {
        const loginProblem = await diagnoseLogin({ transport, login: resolved.login, url: baseUrl, repository: entry.repository });
        if (loginProblem) {
          out(`${entry.name}: ${loginProblem}`);
          problems++;
          continue;
        }
        const prefixes = [entry.repository, entry.mountRepository ?? `${entry.repository}-mount`];
        const target = { transport, baseUrl, prefixes, olderThanMs };
        const plan = await planCleanup(target);
        for (const note of plan.notes) out(`${entry.name}: ${note}`);
        for (const kept of plan.kept) out(`${entry.name}: keeping ${kept.repository}@${kept.reference}: ${kept.reason}`);
        if (dryRun) {
          for (const l of plan.remove) out(`${entry.name}: would remove ${l.repository}@${l.digest} (${l.tags.join(', ')}; run of ${l.runStartedAt})`);
          out(`${entry.name}: ${plan.remove.length} manifest(s) would be removed (dry run)`);
          continue;
        }
        const { removed, failed } = await removeLeftovers(target, plan);
        for (const l of removed) out(`${entry.name}: removed ${l.repository}@${l.digest} (${l.tags.join(', ')})`);
        for (const f of failed) out(`${entry.name}: could not remove ${f.leftover.repository}@${f.leftover.digest}: HTTP ${f.status}`);
        out(`${entry.name}: ${removed.length} manifest(s) removed${failed.length ? `, ${failed.length} refused` : ''}`);
        if (failed.length) problems++;
      } finally {
        await transport.close();
      }
    }
    return problems ? 1 : 0;
  },
};

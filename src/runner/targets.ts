// Where a registry entry points: a URL, or a registry the harness launches for the run
// (the embedded reference registry, or a local CNCF Distribution) and stops afterwards.
import type { RegistryConfig } from '../config/schema.js';
import type { Credentials } from '../http/types.js';
import type { DeviationName } from '../reference/index.js';
// What launches registries is loaded only when the config asks for a launch: a run against
// URLs never pays for the reference registry, bcrypt or the token issuer.

export type Target =
  | { ok: true; url: string; credentials?: Credentials; stop(): Promise<void> }
  | { ok: false; status: 'skipped' | 'error'; reason: string };

// Credentials of launched registries are made up per run: they protect nothing, but they make
// the auth paths real.
const LAUNCH_USER = 'oci-matrix';

export async function prepareTarget(registry: RegistryConfig, runId: string): Promise<Target> {
  const launch = registry.launch;
  if (!launch) return { ok: true, url: registry.url!.replace(/\/+$/, ''), stop: async () => {} };
  const password = `launch-${runId}`;
  const credentials: Credentials | undefined =
    launch.auth && launch.auth !== 'none' ? { kind: 'basic', username: LAUNCH_USER, password } : undefined;
  try {
    if (launch.kind === 'reference') {
      const { startReferenceRegistry } = await import('../reference/index.js');
      const auth =
        launch.auth === 'basic' || launch.auth === 'token'
          ? { kind: launch.auth, username: LAUNCH_USER, password }
          : ({ kind: 'none' } as const);
      const running = await startReferenceRegistry({
        auth,
        deviations: (launch.deviations ?? []) as DeviationName[],
        chunkMinLength: launch.chunkMinLength,
        referrersPageSize: launch.referrersPageSize,
      });
      return { ok: true, url: running.url, credentials, stop: () => running.close() };
    }
    const { findDistributionBinary, startDistribution } = await import('../targets/distribution.js');
    const binary = findDistributionBinary(launch.binary);
    if (!binary) {
      return {
        ok: false,
        status: 'skipped',
        reason: `CNCF Distribution is not installed (${launch.binary ?? '/usr/bin/docker-registry'} not found): install it with "apt-get install docker-registry"`,
      };
    }
    if (launch.auth === 'token') {
      const { startTokenIssuer } = await import('../targets/token-issuer.js');
      const issuer = await startTokenIssuer({ username: LAUNCH_USER, password });
      try {
        const running = await startDistribution({
          binary,
          auth: { kind: 'token', realm: issuer.realm, service: issuer.service, issuer: issuer.issuer, rootCertBundlePem: issuer.rootCertBundlePem },
          deleteEnabled: launch.deleteEnabled,
        });
        return { ok: true, url: running.url, credentials, stop: async () => { await running.close(); await issuer.close(); } };
      } catch (error) {
        await issuer.close();
        throw error;
      }
    }
    const running = await startDistribution({
      binary,
      auth: launch.auth === 'htpasswd' ? { kind: 'htpasswd', username: LAUNCH_USER, password } : { kind: 'none' },
      deleteEnabled: launch.deleteEnabled,
    });
    return { ok: true, url: running.url, credentials, stop: () => running.close() };
  } catch (error) {
    return { ok: false, status: 'error', reason: `could not launch ${launch.kind}: ${(error as Error).message}` };
  }
}

// Cloud login providers. Each vendor SDK is imported only when a registry uses its provider,
// so a run without cloud registries never loads (or needs) any of them.
import type { Login } from '../login.js';

export type ProviderAuth =
  | { provider: 'ecr'; region?: string }
  | { provider: 'gcp' }
  | { provider: 'azure'; tenant?: string };

export async function providerLogin(auth: ProviderAuth, url: string, env: NodeJS.ProcessEnv): Promise<Login> {
  switch (auth.provider) {
    case 'ecr':
      return (await import('./ecr.js')).ecrLogin({ url, region: auth.region, env });
    case 'gcp':
      return (await import('./gcp.js')).gcpLogin();
    case 'azure':
      return (await import('./azure.js')).azureLogin({ tenant: auth.tenant });
  }
}

// A login: where a registry's credentials come from during a run. Static credentials never
// change; cloud tokens (ECR 12 h, GAR 1 h, Entra ID ~1 h) are fetched again before they expire,
// so a long nightly never runs into an expired password.
import type { Credentials, CredentialSource } from '../http/types.js';

/** The clock logins judge expiry by; a test moves it to cross a 12-hour expiry without waiting. */
export const loginClock = { now: (): number => Date.now() };

export interface Login extends CredentialSource {
  /** Who logs in, for messages ("user AWS", "docker-credential-ecr-login"); never a secret. */
  who: string;
}

/** A login step failed in a way the user can fix; the message says how. */
export class LoginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoginError';
  }
}

export function staticLogin(credentials: Credentials, who: string, secrets: string[]): Login {
  return { who, current: async () => credentials, secrets: () => secrets };
}

export interface IssuedCredentials {
  credentials: Credentials;
  /** Secret strings of these credentials, to redact. */
  secrets: string[];
  /** Epoch milliseconds after which the registry refuses them. */
  expiresAt: number;
}

export interface ExpiringLoginOptions {
  /** Fetch again this long before expiry (default 5 minutes, capped at half the lifetime). */
  refreshBeforeMs?: number;
  /** Clock (default: loginClock). */
  now?: () => number;
}

/** Credentials that expire: fetched on first use, cached, fetched again before expiry (one fetch at a time). */
export function expiringLogin(who: string, issue: () => Promise<IssuedCredentials>, options: ExpiringLoginOptions = {}): Login {
  const now = options.now ?? (() => loginClock.now());
  const margin = options.refreshBeforeMs ?? 5 * 60_000;
  const secrets: string[] = [];
  let cached: { issued: IssuedCredentials; refreshAt: number } | undefined;
  let pending: Promise<IssuedCredentials> | undefined;
  return {
    who,
    secrets: () => secrets,
    async current() {
      if (cached && now() < cached.refreshAt) return cached.issued.credentials;
      pending ??= (async () => {
        const fetchedAt = now();
        try {
          const issued = await issue();
          secrets.push(...issued.secrets);
          const lifetime = issued.expiresAt - fetchedAt;
          cached = { issued, refreshAt: issued.expiresAt - Math.min(margin, lifetime / 2) };
          return issued;
        } finally {
          pending = undefined;
        }
      })();
      return (await pending).credentials;
    },
  };
}

export function basicSecrets(username: string, password: string): string[] {
  return [password, Buffer.from(`${username}:${password}`).toString('base64')];
}

// A login: where a registry's credentials come from during a run. Static credentials never
// change; cloud tokens (ECR 12 h, GAR 1 h, Entra ID ~1 h) are fetched again before they expire,
// so a long nightly never runs into an expired password.
import type { Credentials, CredentialSource } from '../http/types.js';

/** The clock logins judge expiry by; a test moves it to cross a 12-hour expiry without waiting. */
export const loginClock = { now: (): number => Date.now() };

export interface Login extends CredentialSource {
  /** Who logs in, for messages ("user AWS", "docker-credential-ecr-login"); never a secret. */
  who: string;
  /**
   * Tells `listener` every secret this login holds now, and each one it obtains later (a
   * refreshed cloud token, an exchanged refresh token) before that secret is used: the GitHub
   * Action masks them in its log this way.
   */
  watchSecrets(listener: SecretListener): void;
}

/** Told of a secret the moment a login or a token service hands it out. */
export type SecretListener = (secret: string) => void;

/** The secrets of one login: the growing list redaction reads, and the listeners told of each one added. */
export function secretList(initial: string[] = []) {
  const all = [...initial];
  const listeners: SecretListener[] = [];
  return {
    all: (): string[] => all,
    add(...secrets: string[]): void {
      all.push(...secrets);
      for (const secret of secrets) for (const listener of listeners) listener(secret);
    },
    watch(listener: SecretListener): void {
      for (const secret of all) listener(secret);
      listeners.push(listener);
    },
  };
}

/** A login step failed in a way the user can fix; the message says how. */
export class LoginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoginError';
  }
}

export function staticLogin(credentials: Credentials, who: string, secrets: string[]): Login {
  const list = secretList(secrets);
  return { who, current: async () => credentials, secrets: list.all, watchSecrets: list.watch };
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
  const secrets = secretList();
  let cached: { issued: IssuedCredentials; refreshAt: number } | undefined;
  let pending: Promise<IssuedCredentials> | undefined;
  return {
    who,
    secrets: secrets.all,
    watchSecrets: secrets.watch,
    async current() {
      if (cached && now() < cached.refreshAt) return cached.issued.credentials;
      pending ??= (async () => {
        const fetchedAt = now();
        try {
          const issued = await issue();
          // Announced before the credentials are handed to anyone who could use (or print) them.
          secrets.add(...issued.secrets);
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

import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/auth/login.ts
var loginClock = { now: () => Date.now() };
var LoginError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "LoginError";
  }
};
function staticLogin(credentials, who, secrets) {
  return { who, current: async () => credentials, secrets: () => secrets };
}
function expiringLogin(who, issue, options = {}) {
  const now = options.now ?? (() => loginClock.now());
  const margin = options.refreshBeforeMs ?? 5 * 6e4;
  const secrets = [];
  let cached;
  let pending;
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
          pending = void 0;
        }
      })();
      return (await pending).credentials;
    }
  };
}
function basicSecrets(username, password) {
  return [password, Buffer.from(`${username}:${password}`).toString("base64")];
}

export {
  loginClock,
  LoginError,
  staticLogin,
  expiringLogin,
  basicSecrets
};

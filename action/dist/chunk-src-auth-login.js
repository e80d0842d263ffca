import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/auth/login.ts
var loginClock = { now: () => Date.now() };
function secretList(initial = []) {
  const all = [...initial];
  const listeners = [];
  return {
    all: () => all,
    add(...secrets) {
      all.push(...secrets);
      for (const secret of secrets) for (const listener of listeners) listener(secret);
    },
    watch(listener) {
      for (const secret of all) listener(secret);
      listeners.push(listener);
    }
  };
}
var LoginError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "LoginError";
  }
};
function staticLogin(credentials, who, secrets) {
  const list = secretList(secrets);
  return { who, current: async () => credentials, secrets: list.all, watchSecrets: list.watch };
}
function expiringLogin(who, issue, options = {}) {
  const now = options.now ?? (() => loginClock.now());
  const margin = options.refreshBeforeMs ?? 5 * 6e4;
  const secrets = secretList();
  let cached;
  let pending;
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
          secrets.add(...issued.secrets);
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
  secretList,
  LoginError,
  staticLogin,
  expiringLogin,
  basicSecrets
};

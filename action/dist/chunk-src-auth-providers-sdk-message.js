import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/auth/providers/sdk-message.ts
function sdkMessage(error) {
  const e = error;
  const message = (e?.message ?? String(error)).split("\n")[0].slice(0, 400);
  return e?.name && e.name !== "Error" ? `${e.name}: ${message}` : message;
}

export {
  sdkMessage
};

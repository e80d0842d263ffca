import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);

// src/auth/challenge.ts
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/;
function parseChallenges(header) {
  if (!header) return [];
  const challenges = [];
  let rest = header;
  let current;
  const skip = (pattern) => {
    const match = pattern.exec(rest);
    if (match) rest = rest.slice(match[0].length);
    return match;
  };
  while (rest.length > 0) {
    skip(/^[\s,]+/);
    if (!rest) break;
    const token = skip(TOKEN);
    if (!token) {
      rest = rest.slice(1);
      continue;
    }
    skip(/^[ \t]*/);
    if (rest.startsWith("=") && current) {
      rest = rest.slice(1);
      skip(/^[ \t]*/);
      Object.defineProperty(current.params, token[0].toLowerCase(), { value: readValue(), enumerable: true, writable: true, configurable: true });
      continue;
    }
    current = { scheme: token[0].toLowerCase(), params: {} };
    challenges.push(current);
    const token68 = /^([A-Za-z0-9\-._~+/]+=*)(?=\s*(,|$))/.exec(rest);
    if (token68 && !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+\s*=[^=]/.test(rest)) {
      current.token68 = token68[1];
      rest = rest.slice(token68[0].length);
    }
  }
  return challenges;
  function readValue() {
    if (rest.startsWith('"')) {
      let value = "";
      let i = 1;
      for (; i < rest.length; i++) {
        const c = rest[i];
        if (c === "\\" && i + 1 < rest.length) value += rest[++i];
        else if (c === '"') break;
        else value += c;
      }
      rest = rest.slice(i + 1);
      return value;
    }
    const match = /^[^,\s]*/.exec(rest);
    rest = rest.slice(match[0].length);
    return match[0];
  }
}

export {
  parseChallenges
};

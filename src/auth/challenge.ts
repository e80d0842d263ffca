// WWW-Authenticate parsing (RFC 7235 §4.1): several challenges in one header, auth-params with
// quoted strings that may contain commas and escaped quotes (scope="repository:a:pull,push").

export interface Challenge {
  /** Lower-cased scheme, e.g. "bearer" or "basic". */
  scheme: string;
  /** Lower-cased parameter names. */
  params: Record<string, string>;
  token68?: string;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/;

export function parseChallenges(header: string | undefined): Challenge[] {
  if (!header) return [];
  const challenges: Challenge[] = [];
  let rest = header;
  let current: Challenge | undefined;
  const skip = (pattern: RegExp) => {
    const match = pattern.exec(rest);
    if (match) rest = rest.slice(match[0].length);
    return match;
  };
  while (rest.length > 0) {
    skip(/^[\s,]+/);
    if (!rest) break;
    const token = skip(TOKEN);
    if (!token) {
      rest = rest.slice(1); // junk: move on rather than loop
      continue;
    }
    skip(/^[ \t]*/);
    if (rest.startsWith('=') && current) {
      // name=value: an auth-param of the current challenge.
      rest = rest.slice(1);
      skip(/^[ \t]*/);
      // defineProperty: a parameter named "__proto__" is data like any other, not the prototype.
      Object.defineProperty(current.params, token[0].toLowerCase(), { value: readValue(), enumerable: true, writable: true, configurable: true });
      continue;
    }
    // A new challenge: scheme, then a token68 or params.
    current = { scheme: token[0].toLowerCase(), params: {} };
    challenges.push(current);
    const token68 = /^([A-Za-z0-9\-._~+/]+=*)(?=\s*(,|$))/.exec(rest);
    if (token68 && !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+\s*=[^=]/.test(rest)) {
      current.token68 = token68[1];
      rest = rest.slice(token68[0].length);
    }
  }
  return challenges;

  function readValue(): string {
    if (rest.startsWith('"')) {
      let value = '';
      let i = 1;
      for (; i < rest.length; i++) {
        const c = rest[i];
        if (c === '\\' && i + 1 < rest.length) value += rest[++i];
        else if (c === '"') break;
        else value += c;
      }
      rest = rest.slice(i + 1);
      return value;
    }
    const match = /^[^,\s]*/.exec(rest)!;
    rest = rest.slice(match[0].length);
    return match[0];
  }
}

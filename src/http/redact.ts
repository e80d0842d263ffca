// Evidence must never carry a secret: credentials in headers, tokens in token-endpoint bodies,
// signatures in pre-signed storage URLs, and every secret string the config holds.

const REDACTED = '<redacted>';

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-amz-security-token', 'x-registry-auth']);

/** Query parameters of pre-signed URLs (S3, Azure Blob, GCS, CloudFront) and token-ish names. */
const SECRET_QUERY = /^(x-amz-(signature|credential|security-token)|x-goog-(signature|credential)|signature|sig|se|sp|skoid|sktid|skt|ske|sks|skv|sv|st|googleaccessid|expires|key-pair-id|policy|token|access_token|refresh_token|password|client_secret|code)$/i;

const SECRET_JSON_FIELDS = /("(?:token|access_token|refresh_token|id_token|password|secret|client_secret|identitytoken)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

export interface Redactor {
  header(name: string, value: string): string;
  url(url: string, registryHost?: string): string;
  text(text: string): string;
}

/** Secrets in form bodies (OAuth2 token requests: refresh_token=…, access_token=…). */
const SECRET_FORM_FIELDS = /((?:^|&)(?:token|access_token|refresh_token|id_token|password|client_secret|assertion)=)[^&\s]*/gi;

/** `secrets` may be a function: logins that refresh during a run add secrets as they get them. */
export function createRedactor(secrets: string[] | (() => string[]) = []): Redactor {
  const list = typeof secrets === 'function' ? secrets : () => secrets;
  let seen = -1;
  let pattern: RegExp | undefined;
  // One pass over the text whatever the number of secrets (a run can collect a token per scope
  // set): one alternation, longest first, so a secret containing another is removed whole.
  const current = () => {
    const all = list();
    if (all.length !== seen) {
      seen = all.length;
      const known = [...new Set(all.filter((s) => s && s.length >= 4))].sort((a, b) => b.length - a.length);
      pattern = known.length ? new RegExp(known.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : undefined;
    }
    return pattern;
  };
  const scrub = (text: string) => {
    const secrets = current();
    return secrets ? text.replace(secrets, REDACTED) : text;
  };
  return {
    header(name, value) {
      if (SECRET_HEADERS.has(name.toLowerCase())) {
        const scheme = /^(Basic|Bearer|Digest|Token)\s/i.exec(value)?.[1];
        return scheme ? `${scheme} ${REDACTED}` : REDACTED;
      }
      return scrub(value);
    },
    url(raw, registryHost) {
      let parsed: URL;
      try {
        parsed = new URL(raw);
      } catch {
        return scrub(raw);
      }
      // Another host is object storage behind a redirect: every parameter may be a signature.
      const foreign = registryHost !== undefined && parsed.host !== registryHost;
      for (const key of [...parsed.searchParams.keys()]) {
        if (foreign || SECRET_QUERY.test(key)) parsed.searchParams.set(key, REDACTED);
      }
      if (parsed.password) parsed.password = REDACTED;
      return scrub(parsed.toString().replaceAll(encodeURIComponent(REDACTED), REDACTED));
    },
    text(text) {
      return scrub(text.replace(SECRET_JSON_FIELDS, `$1"${REDACTED}"`).replace(SECRET_FORM_FIELDS, `$1${REDACTED}`));
    },
  };
}

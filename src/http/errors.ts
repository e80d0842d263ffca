// What went wrong on the wire, in words a user understands. The transport throws these (and only
// these) when there is no answer to judge; checks report them as `error` with the message as is.

export type TransportFailure =
  | 'timeout'
  | 'aborted'
  | 'body-too-large'
  | 'short-body'
  | 'reset'
  | 'refused'
  | 'dns'
  | 'tls'
  | 'redirect-loop'
  | 'redirect-scheme'
  | 'rate-limited'
  | 'unavailable'
  | 'network';

export class TransportError extends Error {
  override name = 'TransportError';
  constructor(
    readonly failure: TransportFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Why a request never got a (complete) answer, from a Node or undici error. */
export function explainNetworkError(error: unknown, host: string): TransportError {
  if (error instanceof TransportError) return error;
  const err = error as Error & { code?: string; cause?: Error & { code?: string } };
  const code = err?.code ?? err?.cause?.code ?? '';
  const detail = `${err?.message ?? String(error)}${err?.cause?.message ? ` (${err.cause.message})` : ''}`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL' || code === 'EAI_NONAME') {
    return new TransportError('dns', `the name ${hostname(host)} could not be resolved (DNS ${code}): check the registry URL`);
  }
  if (code === 'ECONNREFUSED') return new TransportError('refused', `nothing accepts connections at ${host} (connection refused)`);
  if (code === 'ECONNRESET' || code === 'EPIPE') return new TransportError('reset', `the connection to ${host} was reset before an answer came`);
  const tls = TLS_PROBLEMS[code];
  if (tls) return new TransportError('tls', `TLS handshake with ${host} failed: ${tls} (${code})`);
  if (/certificate|SSL|TLS|wrong version number/i.test(detail)) return new TransportError('tls', `TLS handshake with ${host} failed: ${detail}`);
  if (code === 'UND_ERR_SOCKET' || /other side closed/i.test(detail)) {
    return new TransportError('reset', `${host} closed the connection before a complete answer`);
  }
  return new TransportError('network', `request to ${host} failed: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}`);
}

const TLS_PROBLEMS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  CERT_NOT_YET_VALID: 'the server certificate is not valid yet',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server certificate is for another host name',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server certificate is self-signed and not trusted (configure tls.ca)',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in a CA that is not trusted (configure tls.ca)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server certificate is signed by an unknown CA (configure tls.ca)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the server certificate is signed by an unknown CA (configure tls.ca)',
  UNABLE_TO_GET_ISSUER_CERT: 'the server certificate is signed by an unknown CA (configure tls.ca)',
  CERT_REVOKED: 'the server certificate is revoked',
  ERR_SSL_WRONG_VERSION_NUMBER: 'the server does not speak TLS on this port (is it plain http?)',
};

function hostname(host: string): string {
  return host.replace(/:\d+$/, '');
}

/** 1536 → "1.5 KiB": sizes in messages read as people write them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

// Certificates made in the test with openssl: a private CA, and server certificates for
// 127.0.0.1 that are valid, expired, for another host, or signed by a CA nobody trusts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServerCert {
  key: string;
  cert: string;
}

export interface TestCerts {
  /** The CA a client is configured to trust. */
  ca: string;
  valid: ServerCert;
  expired: ServerCert;
  wrongHost: ServerCert;
  unknownCa: ServerCert;
  dispose(): void;
}

export function makeTestCerts(): TestCerts {
  const dir = mkdtempSync(join(tmpdir(), 'oci-matrix-certs-'));
  const path = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore', cwd: dir });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const makeCa = (name: string) => openssl('req', '-x509', ...ec, '-keyout', path(`${name}.key`), '-out', path(`${name}.pem`), '-days', '2', '-subj', `/CN=${name}`);
  makeCa('ca');
  makeCa('stranger');
  // `openssl ca` is the one openssl 3.0 command that writes chosen validity dates (for the expired cert).
  writeFileSync(path('index.txt'), '');
  writeFileSync(path('serial'), '1000\n');
  writeFileSync(
    path('ca.cnf'),
    ['[ca]', 'default_ca = d', '[d]', `database = ${path('index.txt')}`, `new_certs_dir = ${dir}`, `serial = ${path('serial')}`, 'default_md = sha256', 'policy = p', 'copy_extensions = copy', 'unique_subject = no', '[p]', 'commonName = supplied', ''].join('\n'),
  );
  const issue = (name: string, ca: string, san: string, dates: string[]): ServerCert => {
    openssl('req', '-new', ...ec, '-keyout', path(`${name}.key`), '-out', path(`${name}.csr`), '-subj', `/CN=${name}`, '-addext', `subjectAltName=${san}`);
    openssl('ca', '-batch', '-config', path('ca.cnf'), '-cert', path(`${ca}.pem`), '-keyfile', path(`${ca}.key`), '-in', path(`${name}.csr`), '-out', path(`${name}.pem`), '-notext', ...dates);
    return { key: readFileSync(path(`${name}.key`), 'utf8'), cert: readFileSync(path(`${name}.pem`), 'utf8') };
  };
  const oneDay = ['-days', '1'];
  const certs: TestCerts = {
    ca: readFileSync(path('ca.pem'), 'utf8'),
    valid: issue('valid', 'ca', 'IP:127.0.0.1', oneDay),
    expired: issue('expired', 'ca', 'IP:127.0.0.1', ['-startdate', '20200101000000Z', '-enddate', '20200102000000Z']),
    wrongHost: issue('wronghost', 'ca', 'DNS:registry.other.example', oneDay),
    unknownCa: issue('unknownca', 'stranger', 'IP:127.0.0.1', oneDay),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
  return certs;
}

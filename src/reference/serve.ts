// `oci-matrix serve`: the reference registry as a standalone local registry.
import { parseArgs } from 'node:util';
import { startReferenceRegistry, isDeviationName, DEVIATIONS } from './index.js';

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '5000' },
      storage: { type: 'string', default: 'memory' },
      auth: { type: 'string', default: 'none' },
      deviate: { type: 'string', default: '' },
      'chunk-min-length': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw Object.assign(new Error('--port must be a port number'), { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' });
  const deviations = values.deviate.split(',').map((d) => d.trim()).filter(Boolean);
  const unknown = deviations.filter((d) => !isDeviationName(d));
  if (unknown.length) {
    process.stderr.write(`unknown deviation(s): ${unknown.join(', ')}\nknown: ${DEVIATIONS.map((d) => d.name).join(', ')}\n`);
    return 2;
  }
  if (!['none', 'basic', 'token'].includes(values.auth)) {
    process.stderr.write('--auth must be none, basic or token\n');
    return 2;
  }
  const username = process.env.OCI_MATRIX_SERVE_USER ?? 'oci';
  const password = process.env.OCI_MATRIX_SERVE_PASSWORD;
  if (values.auth !== 'none' && !password) {
    process.stderr.write('--auth basic|token needs the password in OCI_MATRIX_SERVE_PASSWORD (user: OCI_MATRIX_SERVE_USER, default "oci")\n');
    return 2;
  }
  const registry = await startReferenceRegistry({
    port,
    storage: values.storage === 'memory' ? 'memory' : { dir: values.storage },
    auth: values.auth === 'none' ? { kind: 'none' } : { kind: values.auth as 'basic' | 'token', username, password: password! },
    deviations: deviations.filter(isDeviationName),
    chunkMinLength: values['chunk-min-length'] ? Number(values['chunk-min-length']) : undefined,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`reference registry listening on ${registry.url} (storage: ${values.storage}, auth: ${values.auth}${deviations.length ? `, deviations: ${deviations.join(',')}` : ''}); Ctrl-C stops it\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await registry.close();
  return 0;
}

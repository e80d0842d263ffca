// `oci-matrix serve`: the reference registry as a standalone local registry.
import { UsageError, str, type Command } from './command.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serves the project\'s reference registry on 127.0.0.1 until Ctrl-C, optionally with deviations from the spec.',
  options: {
    port: { type: 'string', value: 'N', description: 'port to listen on', default: '5000' },
    storage: { type: 'string', value: 'DIR|memory', description: 'where blobs and manifests are kept', default: 'memory' },
    auth: { type: 'string', value: 'none|basic|token', description: 'authentication; basic and token read the password from OCI_MATRIX_SERVE_PASSWORD (user: OCI_MATRIX_SERVE_USER, default "oci")', default: 'none' },
    deviate: { type: 'string', value: 'NAME,...', description: 'deviations to switch on (see the README)' },
    'chunk-min-length': { type: 'string', value: 'BYTES', description: 'smallest chunk a chunked upload accepts (OCI-Chunk-Min-Length)' },
  },
  async run(args) {
    const { startReferenceRegistry, isDeviationName, DEVIATIONS, ALLOWED_DEVIATIONS } = await import('../reference/index.js');
    const port = Number(str(args, 'port'));
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number');
    const deviations = (str(args, 'deviate') ?? '').split(',').map((d) => d.trim()).filter(Boolean);
    const unknown = deviations.filter((d) => !isDeviationName(d));
    if (unknown.length) throw new UsageError(`unknown deviation(s): ${unknown.join(', ')} (known: ${[...DEVIATIONS, ...ALLOWED_DEVIATIONS].map((d) => d.name).join(', ')})`);
    const auth = str(args, 'auth')!;
    if (!['none', 'basic', 'token'].includes(auth)) throw new UsageError('--auth must be none, basic or token');
    const username = process.env.OCI_MATRIX_SERVE_USER ?? 'oci';
    const password = process.env.OCI_MATRIX_SERVE_PASSWORD;
    if (auth !== 'none' && !password) throw new UsageError('--auth basic|token needs the password in OCI_MATRIX_SERVE_PASSWORD (user: OCI_MATRIX_SERVE_USER, default "oci")');
    const storage = str(args, 'storage')!;
    const chunkMinLength = str(args, 'chunk-min-length');
    const registry = await startReferenceRegistry({
      port,
      storage: storage === 'memory' ? 'memory' : { dir: storage },
      auth: auth === 'none' ? { kind: 'none' } : { kind: auth as 'basic' | 'token', username, password: password! },
      deviations: deviations.filter(isDeviationName),
      chunkMinLength: chunkMinLength ? Number(chunkMinLength) : undefined,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(`reference registry listening on ${registry.url} (storage: ${storage}, auth: ${auth}${deviations.length ? `, deviations: ${deviations.join(',')}` : ''}); Ctrl-C stops it\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await registry.close();
    return 0;
  },
};

import { readFileSync } from 'node:fs';
import { packageFile } from './package-root.js';

const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { name: string; version: string };

/** Name and version written into every results.json. */
export const TOOL = { name: pkg.name, version: pkg.version } as const;

// Blobs whose bytes are fixed by the specs, not by a run: the empty JSON object "{}" (image-spec
// "Guidance for an Empty Descriptor") and the zero-length blob. Every run, and every other
// client, pushes the same digest, so nothing keyed by the run can own them.
import { createHash } from 'node:crypto';

const sha256 = (bytes: string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export const WELL_KNOWN_BLOB_DIGESTS: ReadonlySet<string> = new Set([sha256('{}'), sha256('')]);

// Push: blob uploads, other ways a blob arrives, and manifest pushes (distribution-spec "Push"),
// in report order.
import { uploadChecks } from './uploads.js';
import { blobChecks } from './blobs.js';
import { manifestChecks } from './manifests.js';

export const pushChecks = [...uploadChecks, ...blobChecks, ...manifestChecks];

import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  errorCodes
} from "./chunk-src-oci-catalogue.js";

// suites/deletion.ts
var DELETE_GRACE_MS = 4e3;
var POLL_INTERVAL_MS = 250;
function deleteDenied(response) {
  if (response.status !== 401 && response.status !== 403) return void 0;
  const code = errorCodes(response)[0];
  return { status: "skip", message: `the credentials may not delete (HTTP ${response.status}${code ? ` ${code}` : ""})` };
}
async function pollUntil(ask, done) {
  const deadline = Date.now() + DELETE_GRACE_MS;
  let answer = await ask();
  while (!done(answer) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    answer = await ask();
  }
  return answer;
}
function pollUntilGone(get) {
  return pollUntil(get, (answer) => answer.status === 404);
}

export {
  DELETE_GRACE_MS,
  deleteDenied,
  pollUntil,
  pollUntilGone
};

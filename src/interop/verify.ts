// Verifies, at the destination, that a copied graph is there unchanged: every manifest byte for
// byte, every blob hashed while it streams. Returns what differs, or nothing.
import type { CopyEndpoint } from './copy.js';
import { algorithmOf, digestOf, digestStream } from '../oci/digest.js';

export async function verifyGraph(at: CopyEndpoint, digest: string, expectedBytes: Uint8Array, seen = new Set<string>()): Promise<string | undefined> {
  if (seen.has(digest)) return undefined;
  seen.add(digest);
  const got = await at.client.getManifest(at.repo, digest);
  if (got.status !== 200) return `GET ${digest} at the destination answered HTTP ${got.status}`;
  if (!Buffer.from(got.body).equals(Buffer.from(expectedBytes))) return `${digest} came back with different bytes (${digestOf(got.body)})`;
  const json = JSON.parse(Buffer.from(got.body).toString('utf8')) as {
    config?: { digest?: string; urls?: string[] };
    layers?: { digest?: string; urls?: string[] }[];
    manifests?: { digest?: string }[];
  };
  for (const child of json.manifests ?? []) {
    if (!child.digest) continue;
    const childBytes = await at.client.getManifest(at.repo, child.digest);
    if (childBytes.status !== 200) return `child ${child.digest} missing at the destination (HTTP ${childBytes.status})`;
    const problem = await verifyGraph(at, child.digest, childBytes.body, seen);
    if (problem) return problem;
    if (digestOf(childBytes.body, algorithmOf(child.digest)) !== child.digest) return `child ${child.digest} does not hash to its digest`;
  }
  for (const blob of [json.config, ...(json.layers ?? [])]) {
    if (!blob?.digest || blob.urls?.length) continue;
    const response = await at.client.streamBlob(at.repo, blob.digest);
    if (response.status !== 200) {
      response.body.destroy();
      return `blob ${blob.digest} missing at the destination (HTTP ${response.status})`;
    }
    const algorithm = algorithmOf(blob.digest);
    const { digest: actual } = await digestStream(response.body, algorithm);
    if (actual !== blob.digest) return `blob ${blob.digest} came back hashing to ${actual}`;
  }
  return undefined;
}

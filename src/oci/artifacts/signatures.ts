// Signatures the way the three signing ecosystems store them. Registries never verify
// signatures, so the signature bytes are fixed, seeded stand-ins; what matters to a
// registry (and to this tool) is the shape: media types, annotations, subject, tag.
import { blobOf, descriptorOf, imageManifest } from '../builders.js';
import { digestOf } from '../digest.js';
import { seededBytes } from '../seeded.js';
import type { ArtifactKind } from './kind.js';
import { MEDIA_TYPES } from '../media-types.js';
import { ociImage } from './images.js';
import { ARTIFACT_GUIDELINES, base64, base64url, CONTENT_REPOSITORY, emptyJson, FIXED_CREATED, imageSpec, memo, utf8 } from './shared.js';

export const COSIGN_SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const COSIGN_SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
export const SIGSTORE_BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const NOTARY_SIGNATURE = 'application/vnd.cncf.notary.signature';
export const NOTARY_ENVELOPE_JWS = 'application/jose+json';
export const NOTARY_THUMBPRINT_ANNOTATION = 'io.cncf.notary.x509chain.thumbprint#S256';

/** cosign's legacy tag for the signatures of `digest`: `sha256-<hex>.sig`. */
export function cosignSignatureTag(digest: string): string {
  return `${digest.replace(':', '-')}.sig`;
}

/** The "simple signing" payload cosign signs: which image, by digest. */
function simpleSigningPayload(imageDigest: string): string {
  return JSON.stringify({
    critical: {
      identity: { 'docker-reference': CONTENT_REPOSITORY },
      image: { 'docker-manifest-digest': imageDigest },
      type: 'cosign container image signature',
    },
    optional: null,
  });
}

/** A DER-length stand-in for an ECDSA P-256 signature. */
const fakeSignature = (seed: string) => seededBytes(`signature:${seed}`, 71);

const cosignSignature = memo(() => {
  const payload = blobOf(simpleSigningPayload(ociImage().digest), COSIGN_SIMPLE_SIGNING);
  // The config go-containerregistry writes for cosign's one-layer "signature image".
  const config = blobOf(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: [payload.digest] },
      config: {},
    }),
    MEDIA_TYPES.imageConfig,
  );
  return imageManifest({
    config,
    layers: [payload],
    layerDescriptors: [descriptorOf(payload, { annotations: { [COSIGN_SIGNATURE_ANNOTATION]: base64(fakeSignature('cosign')) } })],
  });
});

const sigstoreBundle = memo(() => {
  const payload = simpleSigningPayload(ociImage().digest);
  const bundle = JSON.stringify({
    mediaType: SIGSTORE_BUNDLE,
    verificationMaterial: { publicKey: { hint: base64(seededBytes('sigstore-key-hint', 32)) }, tlogEntries: [] },
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: base64(Buffer.from(digestOf(utf8(payload)).slice('sha256:'.length), 'hex')) },
      signature: base64(fakeSignature('sigstore')),
    },
  });
  return imageManifest({
    artifactType: SIGSTORE_BUNDLE,
    config: emptyJson(),
    layers: [blobOf(bundle, SIGSTORE_BUNDLE)],
    subject: descriptorOf(ociImage()),
    annotations: {
      'dev.sigstore.bundle.content': 'message-signature',
      'dev.sigstore.bundle.predicateType': 'https://sigstore.dev/cosign/sign/v1',
      'org.opencontainers.image.created': FIXED_CREATED,
    },
  });
});

const notarySignature = memo(() => {
  const image = ociImage();
  const certificate = seededBytes('notary-leaf-certificate', 512);
  const protectedHeader = JSON.stringify({
    alg: 'PS256',
    crit: ['io.cncf.notary.signingScheme'],
    cty: 'application/vnd.cncf.notary.payload.v1+json',
    'io.cncf.notary.signingScheme': 'notary.x509',
    'io.cncf.notary.signingTime': FIXED_CREATED,
  });
  const payload = JSON.stringify({ targetArtifact: { mediaType: image.mediaType, digest: image.digest, size: image.size } });
  const envelope = JSON.stringify({
    payload: base64url(payload),
    protected: base64url(protectedHeader),
    header: { x5c: [base64(certificate)] },
    signature: base64url(seededBytes('signature:notary', 256)),
  });
  return imageManifest({
    artifactType: NOTARY_SIGNATURE,
    config: emptyJson(),
    layers: [blobOf(envelope, NOTARY_ENVELOPE_JWS)],
    subject: descriptorOf(image),
    annotations: {
      [NOTARY_THUMBPRINT_ANNOTATION]: JSON.stringify([digestOf(certificate).slice('sha256:'.length)]),
      'org.opencontainers.image.created': FIXED_CREATED,
    },
  });
});

export function signatureKinds(): ArtifactKind[] {
  return [
    {
      id: 'cosign-signature-tag',
      title: 'cosign signature (tag scheme)',
      ecosystem: 'cosign sign (v1/v2): a simple-signing payload layer under the tag sha256-<image digest>.sig',
      level: 'MUST',
      spec: imageSpec('manifest.md', 'Image Manifest'),
      build: () => ({ manifest: cosignSignature(), prerequisites: [ociImage()], streamed: [], tag: cosignSignatureTag(ociImage().digest) }),
    },
    {
      id: 'signature-referrer',
      title: 'Sigstore bundle referrer',
      ecosystem: 'cosign sign (v3) / sigstore-js: a Sigstore bundle attached to the image through subject',
      level: 'MUST',
      since: '1.1',
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: sigstoreBundle(), prerequisites: [ociImage()], streamed: [] }),
    },
    {
      id: 'notary-signature',
      title: 'Notary Project signature',
      ecosystem: 'notation sign: a JWS envelope attached to the image through subject',
      level: 'MUST',
      since: '1.1',
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: notarySignature(), prerequisites: [ociImage()], streamed: [] }),
    },
  ];
}

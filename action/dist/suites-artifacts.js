import { createRequire as __bundleRequire } from 'node:module';
const require = __bundleRequire(import.meta.url);
import {
  distribution
} from "./chunk-suites-spec.js";
import {
  blobOf,
  bodyDigest,
  describe,
  descriptorOf,
  diffIdOf,
  gzipStored,
  imageIndex,
  imageManifest,
  isolatedRepo,
  sameBytes,
  seededBytes,
  seededBytesAt,
  tar,
  tarGz
} from "./chunk-src-oci-catalogue.js";
import {
  sameEveryRun
} from "./chunk-src-runner-cleanup.js";
import {
  PreconditionFailed,
  defineChecks,
  fail,
  pass,
  pushBlob,
  pushManifestTree,
  pushStreamedBlob,
  unsupported,
  warn
} from "./chunk-src-registry-push.js";
import {
  MEDIA_TYPES,
  algorithmOf,
  digestOf,
  digestStream
} from "./chunk-src-oci-digest.js";
import "./chunk-runtime.js";

// src/oci/artifacts/shared.ts
function memo(make) {
  let made;
  return () => (made ??= { value: make() }).value;
}
var FIXED_CREATED = "1970-01-01T00:00:00Z";
var CONTENT_REPOSITORY = "registry.oci-matrix.invalid/content/image";
var IMAGE_SPEC = "https://github.com/opencontainers/image-spec/blob";
var anchor = (section) => section.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-");
function imageSpec(file, section, version = "v1.1.1") {
  return { version: `image-spec ${version}`, section, url: `${IMAGE_SPEC}/${version}/${file}#${anchor(section)}` };
}
var ARTIFACT_GUIDELINES = imageSpec("manifest.md", "Guidelines for Artifact Usage");
function dockerSchema2(section) {
  return {
    version: "Docker Image Manifest V2, Schema 2",
    section,
    url: `https://github.com/distribution/distribution/blob/v2.8.3/docs/spec/manifest-v2-2.md#${anchor(section)}`
  };
}
var emptyJson = memo(() => blobOf("{}", MEDIA_TYPES.empty));
var base64 = (bytes) => Buffer.from(bytes).toString("base64");
var base64url = (bytes) => Buffer.from(bytes).toString("base64url");
var utf8 = (text) => new TextEncoder().encode(text);

// src/oci/artifacts/images.ts
function rootfs(flavour, architecture) {
  return tar([
    { path: "etc/oci-matrix/release", content: `oci-matrix test image
flavour=${flavour}
architecture=${architecture}
` },
    { path: "usr/share/oci-matrix/hello.txt", content: "Hello from oci-matrix: this image was pushed to check a registry.\n" },
    { path: "usr/local/bin/hello", content: "#!/bin/sh\ncat /usr/share/oci-matrix/hello.txt\n", mode: 493 }
  ]);
}
function imageConfig(flavour, architecture, diffId) {
  return JSON.stringify({
    created: FIXED_CREATED,
    architecture,
    os: "linux",
    config: {
      Env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
      Cmd: ["/usr/local/bin/hello"],
      Labels: { "org.opencontainers.image.title": `oci-matrix ${flavour} image (${architecture})` }
    },
    rootfs: { type: "layers", diff_ids: [diffId] },
    history: [{ created: FIXED_CREATED, created_by: "oci-matrix artifact catalogue" }]
  });
}
function image(flavour, architecture) {
  const archive = rootfs(flavour, architecture);
  const docker = flavour === "docker";
  const config = blobOf(imageConfig(flavour, architecture, diffIdOf(archive)), docker ? MEDIA_TYPES.dockerConfig : MEDIA_TYPES.imageConfig);
  const layer = blobOf(gzipStored(archive), docker ? MEDIA_TYPES.dockerLayer : MEDIA_TYPES.layerTarGzip);
  if (docker) return imageManifest({ config, layers: [layer], mediaType: MEDIA_TYPES.dockerManifest });
  return imageManifest({
    config,
    layers: [layer],
    annotations: { "org.opencontainers.image.created": FIXED_CREATED, "org.opencontainers.image.title": `oci-matrix image (${architecture})` }
  });
}
var ociImage = memo(() => image("oci", "amd64"));
var ociImageArm64 = memo(() => image("oci", "arm64"));
var dockerImage = memo(() => image("docker", "amd64"));
var dockerImageArm64 = memo(() => image("docker", "arm64"));
var PLATFORMS = [
  { architecture: "amd64", os: "linux" },
  { architecture: "arm64", os: "linux", variant: "v8" }
];
var ociIndex = memo(
  () => imageIndex({
    manifests: [ociImage(), ociImageArm64()],
    platforms: PLATFORMS,
    annotations: { "org.opencontainers.image.created": FIXED_CREATED }
  })
);
var dockerManifestList = memo(
  () => imageIndex({ manifests: [dockerImage(), dockerImageArm64()], platforms: PLATFORMS, mediaType: MEDIA_TYPES.dockerManifestList })
);
function imageKinds() {
  return [
    {
      id: "oci-image",
      title: "OCI image",
      ecosystem: "BuildKit, Buildah, ko, Jib: an OCI manifest, image config and tar+gzip layer",
      level: "MUST",
      spec: imageSpec("manifest.md", "Image Manifest"),
      build: () => ({ manifest: ociImage(), prerequisites: [], streamed: [] })
    },
    {
      id: "docker-image",
      title: "Docker image",
      ecosystem: "docker build / docker push: Docker schema 2 manifest, container config and rootfs diff layer",
      // An interoperability fact, not an OCI requirement: an OCI-only registry (zot) may refuse it.
      level: "MAY",
      refusal: "refuses Docker media types",
      spec: dockerSchema2("Image Manifest"),
      build: () => ({ manifest: dockerImage(), prerequisites: [], streamed: [] })
    },
    {
      id: "oci-index",
      title: "Multi-platform OCI index",
      ecosystem: "docker buildx --platform, Buildah manifest: an OCI image index of linux/amd64 and linux/arm64 images",
      level: "MUST",
      spec: imageSpec("image-index.md", "Image Index Property Descriptions"),
      build: () => ({ manifest: ociIndex(), prerequisites: [], streamed: [] })
    },
    {
      id: "docker-manifest-list",
      title: "Docker manifest list",
      ecosystem: "docker manifest create / push: a schema 2 manifest list of linux/amd64 and linux/arm64 images",
      level: "MAY",
      refusal: "refuses Docker media types",
      spec: dockerSchema2("Manifest List"),
      build: () => ({ manifest: dockerManifestList(), prerequisites: [], streamed: [] })
    }
  ];
}

// src/oci/artifacts/helm.ts
var HELM_CONFIG = "application/vnd.cncf.helm.config.v1+json";
var HELM_CHART_CONTENT = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";
var CHART = {
  name: "oci-matrix-demo",
  version: "0.1.0",
  appVersion: "1.0.0",
  description: "A minimal chart oci-matrix pushes to check that a registry stores Helm charts unchanged"
};
var CHART_YAML = `apiVersion: v2
name: ${CHART.name}
description: ${CHART.description}
type: application
version: ${CHART.version}
appVersion: "${CHART.appVersion}"
`;
var VALUES_YAML = `# Rendered into the ConfigMap below.
message: Hello from oci-matrix
`;
var CONFIGMAP_YAML = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-${CHART.name}
  labels:
    app.kubernetes.io/name: ${CHART.name}
    app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
data:
  message: {{ .Values.message | quote }}
`;
var CHART_FILES = [
  `${CHART.name}/Chart.yaml`,
  `${CHART.name}/values.yaml`,
  `${CHART.name}/templates/configmap.yaml`
];
function chartConfig() {
  return JSON.stringify({
    name: CHART.name,
    version: CHART.version,
    description: CHART.description,
    apiVersion: "v2",
    appVersion: CHART.appVersion,
    type: "application"
  });
}
var helmChart = memo(() => {
  const chart = tarGz([
    { path: CHART_FILES[0], content: CHART_YAML },
    { path: CHART_FILES[1], content: VALUES_YAML },
    { path: CHART_FILES[2], content: CONFIGMAP_YAML }
  ]);
  return imageManifest({
    config: blobOf(chartConfig(), HELM_CONFIG),
    layers: [blobOf(chart, HELM_CHART_CONTENT)],
    // The annotations helm derives from Chart.yaml on push.
    annotations: {
      "org.opencontainers.image.created": FIXED_CREATED,
      "org.opencontainers.image.description": CHART.description,
      "org.opencontainers.image.title": CHART.name,
      "org.opencontainers.image.version": CHART.version
    }
  });
});
function helmChartKind() {
  return {
    id: "helm-chart",
    title: "Helm chart",
    ecosystem: "helm push (Helm 3.8+): chart metadata config and the packaged chart as one tar+gzip layer",
    level: "MUST",
    spec: ARTIFACT_GUIDELINES,
    build: () => ({ manifest: helmChart(), prerequisites: [], streamed: [] })
  };
}

// src/oci/artifacts/sbom.ts
var CYCLONEDX_JSON = "application/vnd.cyclonedx+json";
var SPDX_JSON = "application/spdx+json";
var PACKAGE = { name: "busybox", version: "1.36.1", purl: "pkg:generic/busybox@1.36.1", license: "GPL-2.0-only" };
function cycloneDxDocument(imageDigest) {
  return JSON.stringify(
    {
      bomFormat: "CycloneDX",
      specVersion: "1.5",
      serialNumber: imageDigest ? "urn:uuid:6f1c3a52-0b8e-4c36-9d1e-2a7f4e5b9c01" : "urn:uuid:3b2e8f10-5c4d-4a6e-8f9b-1d0c7a6e5f42",
      version: 1,
      metadata: {
        timestamp: FIXED_CREATED,
        tools: { components: [{ type: "application", name: "oci-matrix" }] },
        component: imageDigest ? { type: "container", name: CONTENT_REPOSITORY, version: imageDigest, "bom-ref": `${CONTENT_REPOSITORY}@${imageDigest}` } : { type: "application", name: "oci-matrix-example", version: "1.0.0", "bom-ref": "oci-matrix-example" }
      },
      components: [
        {
          type: "library",
          name: PACKAGE.name,
          version: PACKAGE.version,
          purl: PACKAGE.purl,
          "bom-ref": PACKAGE.purl,
          licenses: [{ license: { id: PACKAGE.license } }]
        }
      ]
    },
    null,
    2
  );
}
function spdxDocument() {
  return JSON.stringify(
    {
      spdxVersion: "SPDX-2.3",
      dataLicense: "CC0-1.0",
      SPDXID: "SPDXRef-DOCUMENT",
      name: "oci-matrix-example",
      documentNamespace: "https://oci-matrix.invalid/spdx/oci-matrix-example-1.0.0",
      creationInfo: { created: FIXED_CREATED, creators: ["Tool: oci-matrix"] },
      packages: [
        {
          name: PACKAGE.name,
          SPDXID: "SPDXRef-Package-busybox",
          versionInfo: PACKAGE.version,
          downloadLocation: "NOASSERTION",
          filesAnalyzed: false,
          licenseConcluded: PACKAGE.license,
          licenseDeclared: PACKAGE.license,
          copyrightText: "NOASSERTION",
          externalRefs: [{ referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: PACKAGE.purl }]
        }
      ],
      relationships: [{ spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES", relatedSpdxElement: "SPDXRef-Package-busybox" }]
    },
    null,
    2
  );
}
function sbomArtifact(document, mediaType, title, subject) {
  const layer = blobOf(document, mediaType);
  return imageManifest({
    artifactType: mediaType,
    config: emptyJson(),
    layers: [layer],
    layerDescriptors: [descriptorOf(layer, { annotations: { "org.opencontainers.image.title": title } })],
    subject: subject ? descriptorOf(subject) : void 0,
    annotations: { "org.opencontainers.image.created": FIXED_CREATED }
  });
}
var cycloneDxSbom = memo(() => sbomArtifact(cycloneDxDocument(), CYCLONEDX_JSON, "sbom.cdx.json"));
var spdxSbom = memo(() => sbomArtifact(spdxDocument(), SPDX_JSON, "sbom.spdx.json"));
var attachedSbom = memo(() => sbomArtifact(cycloneDxDocument(ociImage().digest), CYCLONEDX_JSON, "sbom.cdx.json", ociImage()));
function sbomKinds() {
  return [
    {
      id: "sbom-cyclonedx",
      title: "CycloneDX SBOM",
      ecosystem: "syft, trivy, cdxgen pushed with oras: artifactType application/vnd.cyclonedx+json over the empty config",
      level: "MUST",
      since: "1.1",
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: cycloneDxSbom(), prerequisites: [], streamed: [] })
    },
    {
      id: "sbom-spdx",
      title: "SPDX SBOM",
      ecosystem: "syft, trivy, bom pushed with oras: artifactType application/spdx+json over the empty config",
      level: "MUST",
      since: "1.1",
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: spdxSbom(), prerequisites: [], streamed: [] })
    },
    {
      id: "sbom-attached",
      title: "SBOM attached to an image",
      ecosystem: "oras attach / trivy --sbom-sources oci: a CycloneDX SBOM whose subject is the image it describes",
      level: "MUST",
      since: "1.1",
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: attachedSbom(), prerequisites: [ociImage()], streamed: [] })
    }
  ];
}

// src/oci/artifacts/signatures.ts
var COSIGN_SIMPLE_SIGNING = "application/vnd.dev.cosign.simplesigning.v1+json";
var COSIGN_SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";
var SIGSTORE_BUNDLE = "application/vnd.dev.sigstore.bundle.v0.3+json";
var NOTARY_SIGNATURE = "application/vnd.cncf.notary.signature";
var NOTARY_ENVELOPE_JWS = "application/jose+json";
var NOTARY_THUMBPRINT_ANNOTATION = "io.cncf.notary.x509chain.thumbprint#S256";
function cosignSignatureTag(digest) {
  return `${digest.replace(":", "-")}.sig`;
}
function simpleSigningPayload(imageDigest) {
  return JSON.stringify({
    critical: {
      identity: { "docker-reference": CONTENT_REPOSITORY },
      image: { "docker-manifest-digest": imageDigest },
      type: "cosign container image signature"
    },
    optional: null
  });
}
var fakeSignature = (seed) => seededBytes(`signature:${seed}`, 71);
var cosignSignature = memo(() => {
  const payload = blobOf(simpleSigningPayload(ociImage().digest), COSIGN_SIMPLE_SIGNING);
  const config = blobOf(
    JSON.stringify({
      architecture: "",
      created: "0001-01-01T00:00:00Z",
      history: [{ created: "0001-01-01T00:00:00Z" }],
      os: "",
      rootfs: { type: "layers", diff_ids: [payload.digest] },
      config: {}
    }),
    MEDIA_TYPES.imageConfig
  );
  return imageManifest({
    config,
    layers: [payload],
    layerDescriptors: [descriptorOf(payload, { annotations: { [COSIGN_SIGNATURE_ANNOTATION]: base64(fakeSignature("cosign")) } })]
  });
});
var sigstoreBundle = memo(() => {
  const payload = simpleSigningPayload(ociImage().digest);
  const bundle = JSON.stringify({
    mediaType: SIGSTORE_BUNDLE,
    verificationMaterial: { publicKey: { hint: base64(seededBytes("sigstore-key-hint", 32)) }, tlogEntries: [] },
    messageSignature: {
      messageDigest: { algorithm: "SHA2_256", digest: base64(Buffer.from(digestOf(utf8(payload)).slice("sha256:".length), "hex")) },
      signature: base64(fakeSignature("sigstore"))
    }
  });
  return imageManifest({
    artifactType: SIGSTORE_BUNDLE,
    config: emptyJson(),
    layers: [blobOf(bundle, SIGSTORE_BUNDLE)],
    subject: descriptorOf(ociImage()),
    annotations: {
      "dev.sigstore.bundle.content": "message-signature",
      "dev.sigstore.bundle.predicateType": "https://sigstore.dev/cosign/sign/v1",
      "org.opencontainers.image.created": FIXED_CREATED
    }
  });
});
var notarySignature = memo(() => {
  const image2 = ociImage();
  const certificate = seededBytes("notary-leaf-certificate", 512);
  const protectedHeader = JSON.stringify({
    alg: "PS256",
    crit: ["io.cncf.notary.signingScheme"],
    cty: "application/vnd.cncf.notary.payload.v1+json",
    "io.cncf.notary.signingScheme": "notary.x509",
    "io.cncf.notary.signingTime": FIXED_CREATED
  });
  const payload = JSON.stringify({ targetArtifact: { mediaType: image2.mediaType, digest: image2.digest, size: image2.size } });
  const envelope = JSON.stringify({
    payload: base64url(payload),
    protected: base64url(protectedHeader),
    header: { x5c: [base64(certificate)] },
    signature: base64url(seededBytes("signature:notary", 256))
  });
  return imageManifest({
    artifactType: NOTARY_SIGNATURE,
    config: emptyJson(),
    layers: [blobOf(envelope, NOTARY_ENVELOPE_JWS)],
    subject: descriptorOf(image2),
    annotations: {
      [NOTARY_THUMBPRINT_ANNOTATION]: JSON.stringify([digestOf(certificate).slice("sha256:".length)]),
      "org.opencontainers.image.created": FIXED_CREATED
    }
  });
});
function signatureKinds() {
  return [
    {
      id: "cosign-signature-tag",
      title: "cosign signature (tag scheme)",
      ecosystem: "cosign sign (v1/v2): a simple-signing payload layer under the tag sha256-<image digest>.sig",
      level: "MUST",
      spec: imageSpec("manifest.md", "Image Manifest"),
      build: () => ({ manifest: cosignSignature(), prerequisites: [ociImage()], streamed: [], tag: cosignSignatureTag(ociImage().digest) })
    },
    {
      id: "signature-referrer",
      title: "Sigstore bundle referrer",
      ecosystem: "cosign sign (v3) / sigstore-js: a Sigstore bundle attached to the image through subject",
      level: "MUST",
      since: "1.1",
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: sigstoreBundle(), prerequisites: [ociImage()], streamed: [] })
    },
    {
      id: "notary-signature",
      title: "Notary Project signature",
      ecosystem: "notation sign: a JWS envelope attached to the image through subject",
      level: "MUST",
      since: "1.1",
      spec: ARTIFACT_GUIDELINES,
      build: () => ({ manifest: notarySignature(), prerequisites: [ociImage()], streamed: [] })
    }
  ];
}

// src/oci/artifacts/wasm.ts
var WASM_CONFIG = "application/vnd.wasm.config.v0+json";
var WASM_LAYER = "application/wasm";
var WASM_MODULE = Uint8Array.from([
  0,
  97,
  115,
  109,
  // "\0asm"
  1,
  0,
  0,
  0,
  // version 1
  1,
  5,
  1,
  96,
  0,
  1,
  127,
  // type section: one type, () -> i32
  3,
  2,
  1,
  0,
  // function section: one function of type 0
  7,
  10,
  1,
  6,
  97,
  110,
  115,
  119,
  101,
  114,
  0,
  0,
  // export "answer" = func 0
  10,
  6,
  1,
  4,
  0,
  65,
  42,
  11
  // code: no locals, i32.const 42, end
]);
var wasmModule = memo(() => {
  const layer = blobOf(WASM_MODULE, WASM_LAYER);
  const config = blobOf(
    JSON.stringify({ created: FIXED_CREATED, architecture: "wasm", os: "wasip1", layerDigests: [layer.digest] }),
    WASM_CONFIG
  );
  return imageManifest({ config, layers: [layer], annotations: { "org.opencontainers.image.created": FIXED_CREATED } });
});
function wasmModuleKind() {
  return {
    id: "wasm-module",
    title: "WebAssembly module",
    ecosystem: "wkg / oci-wasm / Spin: application/vnd.wasm.config.v0+json config and an application/wasm layer",
    level: "MUST",
    spec: ARTIFACT_GUIDELINES,
    build: () => ({ manifest: wasmModule(), prerequisites: [], streamed: [] })
  };
}

// src/oci/artifacts/opa.ts
var OPA_CONFIG = "application/vnd.cncf.openpolicyagent.config.v1+json";
var OPA_POLICY_LAYER = "application/vnd.cncf.openpolicyagent.policy.layer.v1+rego";
var OPA_DATA_LAYER = "application/vnd.cncf.openpolicyagent.data.layer.v1+json";
var REGO_POLICY = `package main

import rego.v1

# Deployments must not run containers as root.
deny contains msg if {
	input.kind == "Deployment"
	some container in input.spec.template.spec.containers
	not container.securityContext.runAsNonRoot
	msg := sprintf("container %q must set securityContext.runAsNonRoot", [container.name])
}

# Images must come from an allowed registry (see data.json).
deny contains msg if {
	some container in input.spec.template.spec.containers
	not allowed_registry(container.image)
	msg := sprintf("image %q is not from an allowed registry", [container.image])
}

allowed_registry(image) if {
	some prefix in data.allowed_registries
	startswith(image, prefix)
}
`;
var POLICY_DATA = `${JSON.stringify({ allowed_registries: ["registry.oci-matrix.invalid/"] }, null, 2)}
`;
var opaBundle = memo(() => {
  const files = [
    { title: "policy/deny.rego", blob: blobOf(REGO_POLICY, OPA_POLICY_LAYER) },
    { title: "policy/data.json", blob: blobOf(POLICY_DATA, OPA_DATA_LAYER) }
  ];
  return imageManifest({
    // conftest writes `{}` as the config; the media type is what marks the manifest as a policy bundle.
    config: blobOf("{}", OPA_CONFIG),
    layers: files.map((file) => file.blob),
    layerDescriptors: files.map((file) => descriptorOf(file.blob, { annotations: { "org.opencontainers.image.title": file.title } }))
  });
});
function opaBundleKind() {
  return {
    id: "opa-bundle",
    title: "OPA policy bundle",
    ecosystem: "conftest push (Open Policy Agent): Rego and data layers with the application/vnd.cncf.openpolicyagent.* media types",
    level: "MUST",
    spec: ARTIFACT_GUIDELINES,
    build: () => ({ manifest: opaBundle(), prerequisites: [], streamed: [] })
  };
}

// src/oci/artifacts/oras.ts
var ORAS_EXAMPLE_TYPE = "application/vnd.oci-matrix.example.v1";
var ORAS_FILES = [
  { title: "README.md", mediaType: "text/markdown", content: "# oci-matrix example artifact\n\nTwo files pushed the way `oras push` does.\n" },
  { title: "settings.json", mediaType: "application/json", content: `${JSON.stringify({ retries: 3, endpoints: ["a", "b"] })}
` }
];
var orasArtifact = memo(() => {
  const layers = ORAS_FILES.map((file) => blobOf(file.content, file.mediaType));
  return imageManifest({
    artifactType: ORAS_EXAMPLE_TYPE,
    config: emptyJson(),
    layers,
    layerDescriptors: layers.map((layer, i) => descriptorOf(layer, { annotations: { "org.opencontainers.image.title": ORAS_FILES[i].title } })),
    annotations: { "org.opencontainers.image.created": FIXED_CREATED }
  });
});
function orasGenericKind() {
  return {
    id: "oras-generic",
    title: "Generic ORAS artifact",
    ecosystem: "oras push --artifact-type: files as titled layers over the empty config",
    level: "MUST",
    since: "1.1",
    spec: ARTIFACT_GUIDELINES,
    build: () => ({ manifest: orasArtifact(), prerequisites: [], streamed: [] })
  };
}

// src/oci/artifacts/index-artifact.ts
var SBOM_SET_TYPE = "application/vnd.oci-matrix.sbom-set.v1";
var indexArtifact = memo(
  () => imageIndex({
    artifactType: SBOM_SET_TYPE,
    manifests: [cycloneDxSbom(), spdxSbom()],
    subject: descriptorOf(ociImage()),
    annotations: { "org.opencontainers.image.created": FIXED_CREATED }
  })
);
function indexArtifactKind() {
  return {
    id: "index-artifact",
    title: "Index artifact with subject",
    ecosystem: "oras / regctl artifact indexes: an image index with artifactType and subject grouping several artifacts",
    level: "MUST",
    since: "1.1",
    spec: imageSpec("image-index.md", "Image Index Property Descriptions"),
    build: () => ({ manifest: indexArtifact(), prerequisites: [ociImage()], streamed: [] })
  };
}

// src/oci/artifacts/legacy-artifact-manifest.ts
var ARTIFACT_MANIFEST = MEDIA_TYPES.artifactManifest;
var LEGACY_ARTIFACT_TYPE = "application/vnd.oci-matrix.legacy-note.v1";
var legacyArtifact = memo(() => {
  const note = blobOf("A note attached with the OCI 1.1-rc artifact manifest.\n", "text/plain");
  const subject = descriptorOf(ociImage());
  const json = {
    mediaType: ARTIFACT_MANIFEST,
    artifactType: LEGACY_ARTIFACT_TYPE,
    blobs: [{ mediaType: note.mediaType, digest: note.digest, size: note.size, annotations: { "org.opencontainers.image.title": "note.txt" } }],
    subject,
    annotations: { "org.opencontainers.artifact.created": FIXED_CREATED }
  };
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  return {
    mediaType: ARTIFACT_MANIFEST,
    digest: digestOf(bytes),
    size: bytes.length,
    bytes,
    blobs: [note],
    manifests: [],
    subject,
    artifactType: LEGACY_ARTIFACT_TYPE,
    json
  };
});
function legacyArtifactManifestKind() {
  return {
    id: "artifact-manifest-legacy",
    title: "OCI artifact manifest (1.1-rc, withdrawn)",
    ecosystem: "ORAS 1.0 --image-spec v1.1-artifact, notation RC: application/vnd.oci.artifact.manifest.v1+json",
    level: "MAY",
    since: "1.1",
    spec: imageSpec("artifact.md", "Artifact Manifest", "v1.1.0-rc2"),
    build: () => ({ manifest: legacyArtifact(), prerequisites: [ociImage()], streamed: [] })
  };
}

// src/oci/artifacts/large-layer.ts
import { createHash } from "node:crypto";
var LARGE_FILE_PATH = "oci-matrix/random.bin";
var BLOCK = 512;
var CHUNK = 1024 * 1024;
var MAX_FILE_BYTES = 8589934591;
function largeLayerSize(requested) {
  return Math.max(Math.ceil(requested / BLOCK) * BLOCK, 4 * BLOCK);
}
function octal(value, width) {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}
function tarHeader(path, size) {
  if (size > MAX_FILE_BYTES) throw new Error(`large layer: ${size} bytes does not fit a ustar header`);
  const header = new Uint8Array(BLOCK);
  const put = (offset, text) => header.set(new TextEncoder().encode(text), offset);
  put(0, path);
  put(100, octal(420, 8));
  put(108, octal(0, 8));
  put(116, octal(0, 8));
  put(124, octal(size, 12));
  put(136, octal(0, 12));
  put(148, "        ");
  put(156, "0");
  put(257, "ustar\0");
  put(263, "00");
  put(265, "root");
  put(297, "root");
  const checksum = header.reduce((sum, byte) => sum + byte, 0);
  put(148, checksum.toString(8).padStart(6, "0") + "\0 ");
  return header;
}
var FILE_SEED = "oci-matrix/large-layer/v1";
function* layerChunks(size) {
  const fileBytes = size - 3 * BLOCK;
  yield tarHeader(LARGE_FILE_PATH, fileBytes);
  for (let offset = 0; offset < fileBytes; offset += CHUNK) yield seededBytesAt(FILE_SEED, offset, Math.min(CHUNK, fileBytes - offset));
  yield new Uint8Array(2 * BLOCK);
}
var built = /* @__PURE__ */ new Map();
function buildLargeLayer(size) {
  const cached = built.get(size);
  if (cached) return cached;
  const hash = createHash("sha256");
  for (const chunk of layerChunks(size)) hash.update(chunk);
  const digest = `sha256:${hash.digest("hex")}`;
  const layer = {
    mediaType: MEDIA_TYPES.layerTar,
    digest,
    size,
    async *chunks() {
      yield* layerChunks(size);
    }
  };
  const config = blobOf(
    JSON.stringify({
      created: FIXED_CREATED,
      architecture: "amd64",
      os: "linux",
      config: { Labels: { "org.opencontainers.image.title": "oci-matrix large layer" } },
      // An uncompressed layer's diff_id is its own digest.
      rootfs: { type: "layers", diff_ids: [digest] }
    }),
    MEDIA_TYPES.imageConfig
  );
  const manifest = largeImageManifest(config, layer);
  const made = { manifest, layer };
  built.set(size, made);
  return made;
}
function largeImageManifest(config, layer) {
  return imageManifest({
    config,
    layers: [],
    layerDescriptors: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }],
    annotations: { "org.opencontainers.image.created": FIXED_CREATED }
  });
}
function largeLayerKind(requestedBytes) {
  const size = largeLayerSize(requestedBytes);
  return {
    id: "large-layer",
    title: `Image with a ${formatSize(size)} layer`,
    ecosystem: "ML models, base images, game assets: one large uncompressed tar layer, streamed",
    level: "MUST",
    spec: imageSpec("manifest.md", "Image Manifest"),
    interop: true,
    build: () => {
      const { manifest, layer } = buildLargeLayer(size);
      return { manifest, prerequisites: [], streamed: [layer] };
    }
  };
}
function formatSize(bytes) {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes}-byte`;
}

// src/oci/artifacts.ts
var DEFAULT_LARGE_LAYER_BYTES = 64 * 1024 * 1024;
var LARGE_LAYER_ENV = "OCI_MATRIX_LARGE_LAYER_BYTES";
function largeLayerBytesFromEnv(env = process.env) {
  const raw = env[LARGE_LAYER_ENV]?.trim();
  if (raw === void 0 || raw === "") return void 0;
  if (!/^[0-9]+$/.test(raw) || Number(raw) <= 0 || !Number.isSafeInteger(Number(raw))) {
    throw new Error(`${LARGE_LAYER_ENV} must be a positive whole number of bytes, got "${raw}"`);
  }
  return Number(raw);
}
function artifactCatalogue(options = {}) {
  const largeLayerBytes = options.largeLayerBytes ?? largeLayerBytesFromEnv() ?? DEFAULT_LARGE_LAYER_BYTES;
  return [
    ...imageKinds(),
    helmChartKind(),
    ...sbomKinds(),
    ...signatureKinds(),
    wasmModuleKind(),
    opaBundleKind(),
    orasGenericKind(),
    indexArtifactKind(),
    legacyArtifactManifestKind(),
    largeLayerKind(largeLayerBytes)
  ];
}

// suites/artifacts.ts
function pushedArtifactFixture(id) {
  return `artifact:${id}`;
}
function refusedContent(kind, message, part = "manifest") {
  if (kind.level === "MUST") return fail(message);
  return unsupported(part === "manifest" && kind.refusal ? `${kind.refusal}: ${message}` : `optional content refused: ${message}`);
}
async function pushArtifact(ctx, kind) {
  const content = kind.build();
  const repo = isolatedRepo(ctx, `artifacts/${kind.id}`);
  const shared = repo === ctx.repo;
  const ledger = sameEveryRun(ctx.cleanup);
  for (const prerequisite of content.prerequisites) {
    const outcome = await pushManifestTree(ctx.client, repo, prerequisite, prerequisite.digest, ledger);
    if (!outcome.ok) throw new PreconditionFailed(`precondition failed: could not push the content this check needs: ${outcome.message}`);
  }
  for (const streamed of content.streamed) {
    const outcome = await pushStreamedBlob(ctx.client, repo, streamed, ledger);
    if (!outcome.ok) return refusedContent(kind, `${kind.title}: streamed upload of ${streamed.size} bytes failed: ${outcome.message}`, "blob");
  }
  for (const child of content.manifest.manifests) {
    const outcome = await pushManifestTree(ctx.client, repo, child, child.digest, ledger);
    if (!outcome.ok) return refusedContent(kind, `${kind.title}: pushing a child manifest failed: ${outcome.message}`, outcome.step.includes("/manifests/") ? "manifest" : "blob");
  }
  for (const blob of content.manifest.blobs) {
    const outcome = await pushBlob(ctx.client, repo, blob, ledger);
    if (!outcome.ok) return refusedContent(kind, `${kind.title}: pushing blob ${blob.mediaType} failed: ${outcome.message}`, "blob");
  }
  const tag = content.tag ?? (shared ? `oci-matrix-${kind.id}` : ctx.tag(kind.id));
  const manifest = content.manifest;
  const put = await ctx.client.putManifest(repo, tag, manifest.bytes, manifest.mediaType);
  if (put.status !== 201) {
    return refusedContent(kind, `${kind.title}: PUT manifest (${manifest.mediaType}${manifest.artifactType ? `, artifactType ${manifest.artifactType}` : ""}) answered ${describe(put)}`);
  }
  ledger.add({ kind: "manifest", repo, digest: manifest.digest });
  return { kind, repo, tag, manifest };
}
async function verifyBlobsIntact(ctx, repo, blobs, streamed) {
  for (const blob of blobs) {
    const got = await ctx.client.getBlob(repo, blob.digest);
    if (got.status !== 200) return `blob ${blob.digest} (${blob.mediaType}): GET answered ${describe(got)}`;
    if (bodyDigest(got, algorithmOf(blob.digest)) !== blob.digest) return `blob ${blob.digest} (${blob.mediaType}) came back changed`;
  }
  for (const blob of streamed) {
    const response = await ctx.client.streamBlob(repo, blob.digest);
    if (response.status !== 200) {
      response.body.destroy();
      return `large blob ${blob.digest}: GET answered HTTP ${response.status}`;
    }
    const { digest, size } = await digestStream(response.body, "sha256");
    if (digest !== blob.digest || size !== blob.size) return `large blob came back as ${size} bytes hashing to ${digest}`;
  }
  return void 0;
}
function artifactCheck(kind) {
  return {
    id: `artifacts.${kind.id}`,
    suite: "artifacts",
    title: `${kind.title}: stored and returned unchanged`,
    level: kind.level,
    since: kind.since,
    spec: kind.spec ?? distribution("Pushing Manifests"),
    interop: kind.interop === false ? void 0 : { content: kind.id, fixture: pushedArtifactFixture(kind.id), title: kind.title },
    async run(ctx) {
      const pushed = await ctx.fixtures.use(pushedArtifactFixture(kind.id), async () => pushArtifact(ctx, kind));
      if ("status" in pushed) return pushed;
      const { manifest, tag, repo } = pushed;
      const byTag = await ctx.client.getManifest(repo, tag);
      if (byTag.status !== 200) return fail(`${kind.title}: GET by tag answered ${describe(byTag)}`);
      if (!sameBytes(byTag.body, manifest.bytes)) return fail(`${kind.title}: pulled manifest differs from the pushed one (${bodyDigest(byTag)} vs ${manifest.digest}): media types or annotations were rewritten`);
      const contentType = byTag.headers["content-type"]?.split(";")[0].trim();
      const typeMismatch = contentType === manifest.mediaType ? void 0 : `${kind.title}: stored unchanged, but served as ${contentType ?? "(no Content-Type)"}, pushed as ${manifest.mediaType}`;
      const byDigest = await ctx.client.getManifest(repo, manifest.digest);
      if (byDigest.status !== 200 || !sameBytes(byDigest.body, manifest.bytes)) return fail(`${kind.title}: GET by digest answered ${describe(byDigest)}`);
      const content = kind.build();
      const blobs = [...content.manifest.blobs, ...content.manifest.manifests.flatMap((m) => m.blobs)];
      const broken = await verifyBlobsIntact(ctx, repo, blobs, content.streamed);
      if (broken) return fail(`${kind.title}: ${broken}`);
      if (typeMismatch) return warn(typeMismatch);
      return pass(`${kind.title}: same digest ${manifest.digest}, ${manifest.mediaType}${manifest.artifactType ? ` (artifactType ${manifest.artifactType})` : ""}, blobs intact`);
    }
  };
}
var artifactChecks = defineChecks(artifactCatalogue().map(artifactCheck));
export {
  artifactChecks,
  pushedArtifactFixture
};

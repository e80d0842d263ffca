// An Open Policy Agent bundle as `conftest push` stores it: each Rego file and each data
// document as its own layer, with the OPA media types and the file's path as its title.
import { blobOf, descriptorOf, imageManifest } from '../builders.js';
import type { ArtifactKind } from './kind.js';
import { ARTIFACT_GUIDELINES, memo } from './shared.js';

export const OPA_CONFIG = 'application/vnd.cncf.openpolicyagent.config.v1+json';
export const OPA_POLICY_LAYER = 'application/vnd.cncf.openpolicyagent.policy.layer.v1+rego';
export const OPA_DATA_LAYER = 'application/vnd.cncf.openpolicyagent.data.layer.v1+json';

export const REGO_POLICY = `package main

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

export const POLICY_DATA = `${JSON.stringify({ allowed_registries: ['registry.oci-matrix.invalid/'] }, null, 2)}\n`;

const opaBundle = memo(() => {
  const files = [
    { title: 'policy/deny.rego', blob: blobOf(REGO_POLICY, OPA_POLICY_LAYER) },
    { title: 'policy/data.json', blob: blobOf(POLICY_DATA, OPA_DATA_LAYER) },
  ];
  return imageManifest({
    // conftest writes `{}` as the config; the media type is what marks the manifest as a policy bundle.
    config: blobOf('{}', OPA_CONFIG),
    layers: files.map((file) => file.blob),
    layerDescriptors: files.map((file) => descriptorOf(file.blob, { annotations: { 'org.opencontainers.image.title': file.title } })),
  });
});

export function opaBundleKind(): ArtifactKind {
  return {
    id: 'opa-bundle',
    title: 'OPA policy bundle',
    ecosystem: 'conftest push (Open Policy Agent): Rego and data layers with the application/vnd.cncf.openpolicyagent.* media types',
    level: 'MUST',
    spec: ARTIFACT_GUIDELINES,
    build: () => ({ manifest: opaBundle(), prerequisites: [], streamed: [] }),
  };
}

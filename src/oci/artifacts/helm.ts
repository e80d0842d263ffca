// A Helm chart as `helm push` stores it: the packaged chart (a real .tgz that `helm install`
// could use) as the single layer, and Chart.yaml's metadata as JSON for the config.
import { blobOf, imageManifest } from '../builders.js';
import { tarGz } from '../tar.js';
import type { ArtifactKind } from './kind.js';
import { ARTIFACT_GUIDELINES, FIXED_CREATED, memo } from './shared.js';

export const HELM_CONFIG = 'application/vnd.cncf.helm.config.v1+json';
export const HELM_CHART_CONTENT = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';

export const CHART = {
  name: 'oci-matrix-demo',
  version: '0.1.0',
  appVersion: '1.0.0',
  description: 'A minimal chart oci-matrix pushes to check that a registry stores Helm charts unchanged',
} as const;

const CHART_YAML = `apiVersion: v2
name: ${CHART.name}
description: ${CHART.description}
type: application
version: ${CHART.version}
appVersion: "${CHART.appVersion}"
`;

const VALUES_YAML = `# Rendered into the ConfigMap below.
message: Hello from oci-matrix
`;

const CONFIGMAP_YAML = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-${CHART.name}
  labels:
    app.kubernetes.io/name: ${CHART.name}
    app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
data:
  message: {{ .Values.message | quote }}
`;

/** The files of the packaged chart, under the `<name>/` directory `helm package` writes. */
export const CHART_FILES = [
  `${CHART.name}/Chart.yaml`,
  `${CHART.name}/values.yaml`,
  `${CHART.name}/templates/configmap.yaml`,
] as const;

/** helm marshals chart.Metadata: fields in struct order, empty ones left out. */
function chartConfig(): string {
  return JSON.stringify({
    name: CHART.name,
    version: CHART.version,
    description: CHART.description,
    apiVersion: 'v2',
    appVersion: CHART.appVersion,
    type: 'application',
  });
}

const helmChart = memo(() => {
  const chart = tarGz([
    { path: CHART_FILES[0], content: CHART_YAML },
    { path: CHART_FILES[1], content: VALUES_YAML },
    { path: CHART_FILES[2], content: CONFIGMAP_YAML },
  ]);
  return imageManifest({
    config: blobOf(chartConfig(), HELM_CONFIG),
    layers: [blobOf(chart, HELM_CHART_CONTENT)],
    // The annotations helm derives from Chart.yaml on push.
    annotations: {
      'org.opencontainers.image.created': FIXED_CREATED,
      'org.opencontainers.image.description': CHART.description,
      'org.opencontainers.image.title': CHART.name,
      'org.opencontainers.image.version': CHART.version,
    },
  });
});

export function helmChartKind(): ArtifactKind {
  return {
    id: 'helm-chart',
    title: 'Helm chart',
    ecosystem: 'helm push (Helm 3.8+): chart metadata config and the packaged chart as one tar+gzip layer',
    level: 'MUST',
    spec: ARTIFACT_GUIDELINES,
    build: () => ({ manifest: helmChart(), prerequisites: [], streamed: [] }),
  };
}

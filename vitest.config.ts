import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/browser-notice.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Integration tests start real registries; two cores are all we have.
    maxWorkers: 2,
    // In CI a JSON report as well, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/test-results.json' },
    // The large-layer artifact streams 64 MiB in real runs; 2 MiB proves the same path in tests.
    env: { OCI_MATRIX_LARGE_LAYER_BYTES: String(2 * 1024 * 1024) },
  },
});

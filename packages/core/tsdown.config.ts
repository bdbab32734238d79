import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'testing/index': 'src/testing/index.ts',
    // Started by analyzeFiles as a worker thread, from beside the bundle that holds analyzeFiles.
    'analysis-worker': 'src/diagnose/analysis-worker.ts',
  },
  format: 'esm',
  dts: true,
  platform: 'node',
  // Third-party code stays an import of a declared dependency or peer: the build fails if any is inlined.
  deps: { onlyBundle: [] },
});

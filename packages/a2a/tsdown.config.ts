import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  dts: true,
  platform: 'node',
  // Third-party code stays an import of a declared dependency or peer: the build fails if any is inlined.
  deps: { onlyBundle: [] },
});

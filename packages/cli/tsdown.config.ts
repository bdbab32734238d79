import { defineConfig } from 'tsdown';
import { writeApp } from './src/viewer/build-app.ts';

export default defineConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  format: 'esm',
  dts: true,
  platform: 'node',
  // Third-party code stays an import of a declared dependency or peer: the build fails if any is inlined.
  deps: { onlyBundle: [] },
  // The browser app is bundled here, once, so the installed CLI needs no bundler at run time.
  hooks: { 'build:done': () => writeApp('dist/viewer') },
});

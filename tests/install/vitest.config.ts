import { defineConfig } from 'vitest/config';

// No @handoff/source condition: this suite only runs what was packed and installed elsewhere.
// Installs and child processes on a busy 2-core machine: generous timeouts, one file at a time.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});

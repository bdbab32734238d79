import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@handoff/source'] },
  ssr: { resolve: { conditions: ['@handoff/source'] } },
  // Two workers, so the corpus gate's three parts run side by side on a 2-core machine (378 runs
  // cost ~40 s of CPU; on a loaded machine most of their wall time is waiting for a core).
  test: { include: ['src/**/*.test.ts'], maxWorkers: 2 },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@handoff/source'] },
  ssr: { resolve: { conditions: ['@handoff/source'] } },
  // Each pattern runs a real graph twice (invoke and stream): generous for a busy 2-core machine.
  test: { include: ['src/**/*.test.ts'], testTimeout: 60_000, isolate: false },
});

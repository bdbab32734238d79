import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@handoff/source'] },
  ssr: { resolve: { conditions: ['@handoff/source'] } },
  // Real framework runs (Mastra cold-starts slowly): sized for a busy 2-core machine.
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});

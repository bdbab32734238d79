// Profiles Handoff on the AI SDK suite's workload (3,000 generateText calls):
// `pnpm --dir bench profile:ai-sdk` writes a .cpuprofile to bench/profiles/ (open it in Chrome DevTools).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handoffMiddleware, handoffTelemetry } from '@handoff/ai-sdk';
import { scriptedModel } from '@handoff/ai-sdk/testing';
import { createTracer, jsonlStore, liveChecks } from '@handoff/core';
import { generateText, isStepCount, tool, wrapLanguageModel } from 'ai';
import { z } from 'zod';

// Flags switch parts off to see what each costs: --checks (live checks on), --plain (no content
// addressing), --no-redact, --null-store (events dropped at the store), --untraced, --standalone
// (the middleware-only mode, telemetry off).
const flag = (name: string) => process.argv.includes(name);
const checks = flag('--checks');
const tracer = createTracer({
  store: flag('--null-store')
    ? { name: 'null', append: () => {} }
    : jsonlStore({ dir: await mkdtemp(join(tmpdir(), 'prof-')), contentAddressing: !flag('--plain') }),
  ...(checks ? { analysis: liveChecks() } : {}),
  ...(flag('--no-redact') ? { redact: false as const } : {}),
  flushOnExit: false,
});
const untraced = flag('--untraced');
const standalone = flag('--standalone');
const model = wrapLanguageModel({
  model: scriptedModel(
    'm',
    [{ tool: 'lookup', input: { q: 'q3' } }, { text: 'Revenue was EUR 4.2 billion.' }],
    { cycle: true },
  ),
  middleware: untraced
    ? { specificationVersion: 'v4' }
    : handoffMiddleware({ tracer, agent: 'bench', standalone }),
});
const tools = {
  lookup: tool({
    description: 'look up',
    inputSchema: z.object({ q: z.string() }),
    execute: async ({ q }) => `figures for ${q}`,
  }),
};
const integration = handoffTelemetry({ tracer });
const PROMPT =
  `Summarise the quarterly figures. ${'Revenue rose in every region while costs fell slightly. '.repeat(36)}`.slice(
    0,
    2048,
  );
const start = performance.now();
for (let i = 0; i < 3000; i++) {
  await generateText({
    model,
    tools,
    stopWhen: isStepCount(3),
    prompt: PROMPT,
    telemetry:
      untraced || standalone ? { isEnabled: false } : { functionId: 'bench', integrations: [integration] },
  });
  if (i % 100 === 0) await tracer.flush();
}
await tracer.flush();
console.log(
  `${(((performance.now() - start) / 3000) * 1000).toFixed(0)} µs per call (${process.argv.slice(2).join(' ') || 'defaults'})`,
);

import { createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { generateObject, streamObject, wrapLanguageModel } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handoffMiddleware } from './handoff-middleware.ts';
import { handoffTelemetry } from './handoff-telemetry.ts';
import { scriptedModel } from './testing/scripted-model.ts';

const decision = { category: 'refund', reason: 'The customer was charged twice.' };
const schema = z.object({ category: z.enum(['refund', 'general']), reason: z.string() });

async function classify(call: 'generateObject' | 'streamObject', middleware: boolean): Promise<Trace> {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const mock = scriptedModel('router-llm', [{ text: JSON.stringify(decision) }]);
  const model = middleware
    ? wrapLanguageModel({ model: mock, middleware: handoffMiddleware({ tracer, agent: 'router' }) })
    : mock;
  const options = {
    model,
    schema,
    prompt: 'I was charged twice.',
    telemetry: { functionId: 'router', integrations: [handoffTelemetry({ tracer })] },
  };
  const object = await tracer.workflow('classify', async () => {
    if (call === 'generateObject') return (await generateObject(options)).object;
    const result = streamObject(options);
    for await (const _ of result.partialObjectStream);
    return await result.object;
  });
  expect(object).toEqual(decision);
  await tracer.flush();
  const [trace] = store.traces();
  expectWellFormedTrace(trace!);
  return trace!;
}

describe.each(['generateObject', 'streamObject'] as const)('%s', (call) => {
  it.each([true, false])(
    'is one turn with the object as its structured output (middleware: %s)',
    async (middleware) => {
      const trace = await classify(call, middleware);
      expect(trace.turns).toHaveLength(1);
      const [turn] = trace.turns;
      expect(turn).toMatchObject({ agent: 'router', outputPayload: decision });
      expect(turn?.modelCalls).toHaveLength(1);
      expect(turn?.modelCalls[0]).toMatchObject({ model: 'router-llm', output: JSON.stringify(decision) });
      if (middleware) expect(turn?.modelCalls[0]?.input.at(-1)?.content).toBe('I was charged twice.');
    },
  );
});

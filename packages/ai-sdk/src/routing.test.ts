import { analyze, createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { generateText, type ModelMessage, Output, streamText, wrapLanguageModel } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handoffMiddleware } from './handoff-middleware.ts';
import { handoffTelemetry } from './handoff-telemetry.ts';
import { responseChoices } from './response-choices.ts';
import { scriptedModel } from './testing/scripted-model.ts';

type Mode = 'generateText' | 'streamText';
const WORKERS = ['stock_desk', 'courier_desk'] as const;

/**
 * A router in a loop, as AI SDK routing is written: each step a structured answer picks the next
 * agent from an enum of its roster (or FINISH, with the reply to the customer), and that agent runs.
 */
async function runRouter(mode: Mode, routes: { next: string; prompt: string }[]): Promise<Trace> {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const integrations = [handoffTelemetry({ tracer })];
  const agent = (name: string, steps: { text: string }[]) =>
    wrapLanguageModel({
      model: scriptedModel(`${name}-llm`, steps),
      middleware: handoffMiddleware({ tracer, agent: name }),
    });
  const router = agent(
    'dispatcher',
    routes.map((route) => ({ text: JSON.stringify(route) })),
  );
  const workers: Record<string, ReturnType<typeof agent>> = {
    stock_desk: agent('stock_desk', [{ text: 'Order 7731: 2 × lamp LX-40 reserved in bay C4.' }]),
    courier_desk: agent('courier_desk', [{ text: 'Order 7731: courier DPD-88120 booked for Friday.' }]),
  };
  const run = async (model: ReturnType<typeof agent>, functionId: string, options: object) => {
    const settings = { model, telemetry: { functionId, integrations }, ...options };
    if (mode === 'generateText') return (await generateText(settings as never)).text;
    const result = streamText(settings as never);
    for await (const _ of result.textStream);
    return await result.text;
  };
  await tracer.workflow('order-7731', async () => {
    const transcript: ModelMessage[] = [
      { role: 'user', content: 'Order 7731: reserve the two lamps and book a courier for Friday.' },
    ];
    for (let round = 0; round < 4; round++) {
      const decision = JSON.parse(
        await run(router, 'dispatcher', {
          messages: transcript,
          output: Output.object({
            schema: z.object({ next: z.enum([...WORKERS, 'FINISH']), prompt: z.string() }),
          }),
        }),
      ) as { next: string; prompt: string };
      if (decision.next === 'FINISH') return decision.prompt;
      const answer = await run(workers[decision.next]!, decision.next, { prompt: decision.prompt });
      transcript.push(
        { role: 'assistant', content: JSON.stringify(decision) },
        { role: 'user', content: `${decision.next} answered: ${answer}` },
      );
    }
    return '';
  });
  await tracer.flush();
  const trace = store.traces().find((t) => t.turns.length > 0)!;
  expectWellFormedTrace(trace);
  return trace;
}

const STOCK = { next: 'stock_desk', prompt: 'Order 7731: reserve 2 × lamp LX-40.' };
const COURIER = { next: 'courier_desk', prompt: 'Order 7731: book a courier for Friday.' };

describe.each<Mode>(['generateText', 'streamText'])('a router choosing agents from an enum (%s)', (mode) => {
  it('records the enum as the choices of each routing call', async () => {
    const trace = await runRouter(mode, [STOCK, { next: 'FINISH', prompt: 'Lamps reserved.' }]);
    const routing = trace.turns.filter((turn) => turn.agent === 'dispatcher').flatMap((t) => t.modelCalls);
    expect(routing.length).toBeGreaterThan(0);
    for (const call of routing) expect(call.choices).toEqual([...WORKERS, 'FINISH']);
  });
  it('names a worker of that roster the router said it tasked and never routed to', async () => {
    const trace = await runRouter(mode, [
      STOCK,
      {
        next: 'FINISH',
        prompt: 'Your lamps are reserved (bay C4), and courier DPD-88120 collects them on Friday.',
      },
    ]);
    const { failure } = await analyze(trace);
    expect(failure).toMatchObject({
      kind: 'lost_message',
      boundary: { from: 'dispatcher', to: 'courier_desk' },
    });
  });
  it('is healthy when it routed to both', async () => {
    const trace = await runRouter(mode, [
      STOCK,
      COURIER,
      { next: 'FINISH', prompt: 'Lamps reserved in bay C4; courier DPD-88120 booked for Friday.' },
    ]);
    expect((await analyze(trace)).failure).toBeNull();
  });
});

describe('responseChoices', () => {
  it('reads string enums and consts of a JSON response schema, not other formats', () => {
    const schema = {
      type: 'object',
      properties: {
        next: { type: 'string', enum: ['a', 'b'] },
        mode: { anyOf: [{ const: 'fast' }, { const: 'slow' }] },
        steps: { type: 'array', items: { type: 'string', enum: ['c'] } },
      },
    };
    expect(responseChoices({ type: 'json', schema })).toEqual(['a', 'b', 'fast', 'slow', 'c']);
    expect(responseChoices({ type: 'text' })).toEqual([]);
    expect(responseChoices(undefined)).toEqual([]);
  });
});

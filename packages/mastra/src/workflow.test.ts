import { scriptedModel } from '@handoff/ai-sdk/testing';
import { createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { Observability } from '@mastra/observability';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HandoffExporter } from './handoff-exporter.ts';

// Mastra bundles its own copy of the provider types; the AI SDK mock is the same model at run time.
const mockModel = (...args: Parameters<typeof scriptedModel>) => scriptedModel(...args) as never;

describe('HandoffExporter with a workflow', () => {
  it('records the data passed from one step agent to the next as a step handoff', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const researcher = new Agent({
      id: 'researcher',
      name: 'researcher',
      instructions: 'Research.',
      model: mockModel('r', [{ text: 'Cats sleep 12-16 hours a day.' }]),
    });
    const writer = new Agent({
      id: 'writer',
      name: 'writer',
      instructions: 'Write.',
      model: mockModel('w', [({ lastUserMessage }) => ({ text: `Briefing: ${lastUserMessage}` })]),
    });
    const research = createStep({
      id: 'research',
      inputSchema: z.object({ topic: z.string() }),
      outputSchema: z.object({ findings: z.string() }),
      execute: async ({ inputData, mastra, tracingContext }) => ({
        findings: (await mastra.getAgent('researcher').generate(inputData.topic, { tracingContext })).text,
      }),
    });
    const write = createStep({
      id: 'write',
      inputSchema: z.object({ findings: z.string() }),
      outputSchema: z.object({ draft: z.string() }),
      execute: async ({ inputData, mastra, tracingContext }) => ({
        draft: (await mastra.getAgent('writer').generate(inputData.findings, { tracingContext })).text,
      }),
    });
    const pipeline = createWorkflow({
      id: 'pipeline',
      inputSchema: z.object({ topic: z.string() }),
      outputSchema: z.object({ draft: z.string() }),
    })
      .then(research)
      .then(write)
      .commit();
    const mastra = new Mastra({
      agents: { researcher, writer },
      workflows: { pipeline },
      logger: false,
      observability: new Observability({
        configs: { default: { serviceName: 'test', exporters: [new HandoffExporter({ tracer })] } },
      }),
    });
    const run = await mastra.getWorkflow('pipeline').createRun();
    const result = await run.start({ inputData: { topic: 'How long do cats sleep?' } });
    expect(result.status).toBe('success');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await tracer.flush();
    const trace = store.traces()[0] as Trace;
    expectWellFormedTrace(trace);
    expect(trace.turns.map((t) => t.agent)).toEqual(['researcher', 'writer']);
    expect(trace.handoffs.map((h) => `${h.kind}:${h.from}>${h.to}:${h.content}`)).toEqual([
      'step:researcher>writer:Cats sleep 12-16 hours a day.',
    ]);
    expect(trace.turns[1]?.output).toBe('Briefing: Cats sleep 12-16 hours a day.');
  });

  it('gives a join step one handoff from each .parallel() branch agent', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const agent = (id: string, text: string) =>
      new Agent({ id, name: id, instructions: `You are ${id}.`, model: mockModel(`${id}-llm`, [{ text }]) });
    const branch = <Id extends string>(id: Id) =>
      createStep({
        id,
        inputSchema: z.object({ topic: z.string() }),
        outputSchema: z.object({ text: z.string() }),
        execute: async ({ inputData, mastra }) => ({
          text: (await mastra.getAgent(id).generate(inputData.topic)).text,
        }),
      });
    const join = createStep({
      id: 'join',
      inputSchema: z.object({ east: z.object({ text: z.string() }), west: z.object({ text: z.string() }) }),
      outputSchema: z.object({ text: z.string() }),
      execute: async ({ inputData, mastra }) => ({
        text: (await mastra.getAgent('editor').generate(`${inputData.east.text}\n${inputData.west.text}`))
          .text,
      }),
    });
    const flow = createWorkflow({
      id: 'regions',
      inputSchema: z.object({ topic: z.string() }),
      outputSchema: z.object({ text: z.string() }),
    })
      .parallel([branch('east'), branch('west')])
      .then(join)
      .commit();
    const mastra = new Mastra({
      agents: {
        east: agent('east', 'East: sales rose 4%.'),
        west: agent('west', 'West: sales fell 2%.'),
        editor: agent('editor', 'Sales rose 4% in the east and fell 2% in the west.'),
      },
      workflows: { flow },
      logger: false,
      observability: new Observability({
        configs: { default: { serviceName: 'test', exporters: [new HandoffExporter({ tracer })] } },
      }),
    });
    const run = await mastra.getWorkflow('flow').createRun();
    expect((await run.start({ inputData: { topic: 'Q3 sales' } })).status).toBe('success');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await tracer.flush();
    const trace = store.traces()[0] as Trace;
    expectWellFormedTrace(trace);
    expect(trace.handoffs.map((h) => `${h.kind}:${h.from}>${h.to}:${h.content}`).sort()).toEqual([
      'step:east>editor:East: sales rose 4%.',
      'step:west>editor:West: sales fell 2%.',
    ]);
  });

  it('marks the agent turn failed when its step rejects the answer', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const planner = new Agent({
      id: 'planner',
      name: 'planner',
      instructions: 'Plan irrigation.',
      model: mockModel('planner-llm', [{ text: '{"targetMoisture":140}' }]),
    });
    const plan = createStep({
      id: 'plan',
      inputSchema: z.object({ block: z.string() }),
      outputSchema: z.object({ target: z.number() }),
      execute: async ({ inputData, mastra }) => {
        const answer = JSON.parse((await mastra.getAgent('planner').generate(inputData.block)).text);
        if (answer.targetMoisture > 100) throw new RangeError('target moisture 140 is outside 0–100 %');
        return { target: answer.targetMoisture };
      },
    });
    const flow = createWorkflow({
      id: 'irrigation',
      inputSchema: z.object({ block: z.string() }),
      outputSchema: z.object({ target: z.number() }),
    })
      .then(plan)
      .commit();
    const mastra = new Mastra({
      agents: { planner },
      workflows: { flow },
      logger: false,
      observability: new Observability({
        configs: { default: { serviceName: 'test', exporters: [new HandoffExporter({ tracer })] } },
      }),
    });
    const run = await mastra.getWorkflow('flow').createRun();
    expect((await run.start({ inputData: { block: 'B7' } })).status).toBe('failed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await tracer.flush();
    const trace = store.traces()[0] as Trace;
    expectWellFormedTrace(trace);
    expect(trace.turns[0]).toMatchObject({
      agent: 'planner',
      status: 'error',
      output: '{"targetMoisture":140}',
    });
    expect(trace.turns[0]?.errors[0]?.message).toContain('target moisture 140');
  });

  it('hands over only the history entries a step appended, not the conversation carried along', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const replies: Record<string, string> = {
      address: 'Verify customer C-1182: Sara Lind, born 2 July 1984.',
      identity: 'Verified C-1182: the date of birth matches the account.',
    };
    const agent = (id: string) =>
      new Agent({
        id,
        name: id,
        instructions: `You are ${id}.`,
        model: mockModel(`${id}-llm`, [{ text: replies[id]! }]),
      });
    const Turn = z.object({
      active: z.string(),
      history: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() })),
      rounds: z.number(),
    });
    const turn = createStep({
      id: 'turn',
      inputSchema: Turn,
      outputSchema: Turn,
      execute: async ({ inputData, mastra }) => {
        const text = (await mastra.getAgent(inputData.active).generate(inputData.history as never)).text;
        return {
          active: inputData.active === 'address' ? 'identity' : 'address',
          history: [...inputData.history, { role: 'assistant' as const, content: text }],
          rounds: inputData.rounds + 1,
        };
      },
    });
    const flow = createWorkflow({ id: 'swarm', inputSchema: Turn, outputSchema: Turn })
      .dountil(turn, async ({ inputData }) => inputData.rounds >= 2)
      .commit();
    const mastra = new Mastra({
      agents: { address: agent('address'), identity: agent('identity') },
      workflows: { flow },
      logger: false,
      observability: new Observability({
        configs: { default: { serviceName: 'test', exporters: [new HandoffExporter({ tracer })] } },
      }),
    });
    const request = 'Please change my delivery address to Laan van Meerdervoort 52, The Hague.';
    const run = await mastra.getWorkflow('flow').createRun();
    const result = await run.start({
      inputData: { active: 'address', history: [{ role: 'user', content: request }], rounds: 0 },
    });
    expect(result.status).toBe('success');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await tracer.flush();
    const trace = store.traces()[0] as Trace;
    expectWellFormedTrace(trace);
    // The fields the step changed: who is active next, the answer it appended, the round count.
    expect(trace.handoffs.map((h) => `${h.kind}:${h.from}>${h.to}:${h.content}`)).toEqual([
      `step:address>identity:identity\n${replies.address}\n1 rounds`,
    ]);
    expect(trace.handoffs[0]?.content).not.toContain(request);
  });
});

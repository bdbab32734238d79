import { scriptedModel } from '@handoff/ai-sdk/testing';
import { analyze, createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { MockMemory } from '@mastra/core/memory';
import { Observability } from '@mastra/observability';
import { describe, expect, it } from 'vitest';
import { HandoffExporter } from './handoff-exporter.ts';

// Mastra bundles its own copy of the provider types; the AI SDK mock is the same model at run time.
const mockModel = (...args: Parameters<typeof scriptedModel>) => scriptedModel(...args) as never;
const json = (value: unknown) => ({ text: JSON.stringify(value) });

function network(exporter: HandoffExporter | undefined) {
  const researcher = new Agent({
    id: 'researcher',
    name: 'researcher',
    description: 'Finds facts',
    instructions: 'You research.',
    model: mockModel('researcher-llm', [
      { text: 'Cats sleep 12-16 hours a day.', reasoning: 'Known from the literature.' },
    ]),
  });
  const writer = new Agent({
    id: 'writer',
    name: 'writer',
    description: 'Writes short answers',
    instructions: 'You write.',
    model: mockModel('writer-llm', [{ text: 'Answer: cats sleep 12 to 16 hours daily.' }]),
  });
  // The coordinator's own model routes (structured output), then checks completion, each iteration.
  const coordinator = new Agent({
    id: 'coordinator',
    name: 'coordinator',
    instructions: 'You coordinate a research network.',
    model: mockModel('router-llm', [
      json({
        primitiveId: 'researcher',
        primitiveType: 'agent',
        prompt: 'Find how long cats sleep per day',
        selectionReason: 'the researcher finds facts',
      }),
      json({ isComplete: false, completionReason: 'the facts still need a write-up', finalResult: '' }),
      json({
        primitiveId: 'writer',
        primitiveType: 'agent',
        prompt: 'Write a one-line answer: cats sleep 12-16 hours a day',
        selectionReason: 'the writer words answers',
      }),
      json({
        isComplete: true,
        completionReason: 'the question is answered',
        finalResult: 'Answer: cats sleep 12 to 16 hours daily.',
      }),
    ]),
    agents: { researcher, writer },
    memory: new MockMemory(),
  });
  return new Mastra({
    agents: { coordinator, researcher, writer },
    logger: false,
    ...(exporter
      ? {
          observability: new Observability({
            configs: { default: { serviceName: 'test', exporters: [exporter] } },
          }),
        }
      : {}),
  });
}

async function run(traced: boolean, options: { inWorkflow?: boolean } = {}) {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const exporter = traced ? new HandoffExporter({ tracer }) : undefined;
  const mastra = network(exporter);
  const go = async () => {
    const stream = await mastra.getAgent('coordinator').network('How long do cats sleep?', {
      memory: { thread: 'thread-1', resource: 'user-1' },
      maxSteps: 4,
    });
    const chunks: string[] = [];
    for await (const chunk of exporter ? exporter.traceNetwork(stream) : stream)
      chunks.push((chunk as { type: string }).type);
    return { chunks, result: await stream.result };
  };
  const out = options.inWorkflow ? await tracer.workflow('cat-question', go) : await go();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await tracer.flush();
  return { ...out, traces: store.traces() };
}

describe('HandoffExporter with agent.network()', () => {
  it('records routing decisions as route handoffs, agents in the same workflow, and their returns', async () => {
    const { traces } = await run(true);
    expect(traces).toHaveLength(1);
    const trace = traces[0] as Trace;
    expectWellFormedTrace(trace);
    expect(trace.turns.map((t) => t.agent)).toEqual([
      'coordinator',
      'researcher',
      'coordinator',
      'writer',
      'coordinator',
    ]);
    expect(trace.handoffs.map((h) => `${h.kind}:${h.from}>${h.to}`)).toEqual([
      'route:coordinator>researcher',
      'return:researcher>coordinator',
      'route:coordinator>writer',
      'return:writer>coordinator',
    ]);
    const [route, back] = trace.handoffs;
    expect(route?.content).toBe('Find how long cats sleep per day');
    // The researcher's task is the router's prompt; the network's task stays beside it.
    expect(route?.task).toBeUndefined();
    expect(route?.payload).toMatchObject({
      selectionReason: 'the researcher finds facts',
      networkTask: 'How long do cats sleep?',
    });
    expect(back?.content).toBe('Cats sleep 12-16 hours a day.');
    // Every handoff reaches a turn: the route the agent's run, the return the next routing turn.
    for (const handoff of trace.handoffs) {
      expect(handoff.fromTurnId).toBeTruthy();
      expect(handoff.toTurnId).toBeTruthy();
    }
    const researcher = trace.turns[1]!;
    expect(researcher.modelCalls[0]?.usage.outputTokens).toBeGreaterThan(0);
    expect(researcher.modelCalls[0]?.reasoning ?? researcher.reasoning).toBeTruthy();
    expect(trace.turns[0]?.reasoning).toBe('the researcher finds facts');
    expect(trace.workflow.output).toBe('Answer: cats sleep 12 to 16 hours daily.');
    // The routing agent's `agents` are declared: every agent that ran is a node of its roster.
    expect(trace.topology?.map((graph) => [graph.name, graph.nodes.map((node) => node.agent)])).toEqual([
      ['coordinator', ['coordinator', 'researcher', 'writer']],
    ]);
    const analysis = await analyze(trace);
    expect(analysis.failure).toBeNull();
  });

  it("records into the caller's workflow when the network runs inside one", async () => {
    const { traces } = await run(true, { inWorkflow: true });
    expect(traces).toHaveLength(1);
    expect(traces[0]?.workflow.name).toBe('cat-question');
    expect(traces[0]?.handoffs.map((h) => h.kind)).toEqual(['route', 'return', 'route', 'return']);
  });

  it('leaves the stream and result unchanged', async () => {
    const traced = await run(true);
    const plain = await run(false);
    expect(traced.chunks).toEqual(plain.chunks);
    // Run ids, timings and Mastra's own trace ids differ run to run; the outcome must not.
    const outcome = (r: Awaited<ReturnType<typeof run>>['result']) => ({
      status: r.status,
      result: (r as { result?: unknown }).result,
    });
    expect(outcome(traced.result)).toEqual(outcome(plain.result));
  });
});

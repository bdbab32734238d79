import v8 from 'node:v8';
import vm from 'node:vm';
import { createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, handoffSummary, memoryStore } from '@handoff/core/testing';
import { generateText, isStepCount, streamText, type Tool, ToolLoopAgent, tool, wrapLanguageModel } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handoffMiddleware } from './handoff-middleware.ts';
import { handoffTelemetry } from './handoff-telemetry.ts';
import { type ScriptEntry, scriptedModel } from './testing/scripted-model.ts';

type Api = 'generateText' | 'streamText' | 'ToolLoopAgent';
type Mode = 'full' | 'standalone';

/** What both modes must agree on: agents and their nesting, handoffs, tool calls and their outcomes. */
function summary(trace: Trace) {
  const agentOf = new Map(trace.turns.map((turn) => [turn.id, turn.agent]));
  return {
    turns: trace.turns.map((turn) => ({
      agent: turn.agent,
      parent: turn.parentTurnId ? agentOf.get(turn.parentTurnId) : undefined,
      status: turn.status,
      input: turn.input,
      output: turn.output,
      modelCalls: turn.modelCalls.map((call) => ({
        output: call.output,
        tools: call.toolCalls.map((t) => t.name),
      })),
      toolCalls: turn.toolCalls.map((call) => ({
        name: call.name,
        args: call.args,
        result: call.result,
        error: call.error?.message,
        ended: call.endedAt !== undefined,
      })),
    })),
    handoffs: trace.handoffs.map((handoff, index) => ({
      ...handoffSummary(trace)[index],
      fromTurn: handoff.fromTurnId ? agentOf.get(handoff.fromTurnId) : undefined,
      toTurn: handoff.toTurnId ? agentOf.get(handoff.toTurnId) : undefined,
      payload: handoff.payload,
    })),
    status: trace.workflow.status,
    output: trace.workflow.output,
  };
}

interface Program {
  /** Agents by name: their scripted model and tools (a tool named after an agent delegates to it). */
  agents: Record<string, { script: ScriptEntry[]; tools?: string[] }>;
  entry: string;
  prompt: string;
  /** Plain tools: name → what execute returns (or throws, for an Error). */
  plain?: Record<string, (input: { query: string }) => string>;
}

/** Runs `program` with Handoff in `mode` through `api`; sub-agents run inside their tool's execute. */
async function record(
  program: Program,
  mode: Mode,
  api: Api,
  shared?: { store: ReturnType<typeof memoryStore>; tracer: ReturnType<typeof createTracer> },
): Promise<{ traces: Trace[]; text: string }> {
  const store = shared?.store ?? memoryStore();
  const tracer = shared?.tracer ?? createTracer({ store, flushOnExit: false });
  const integration = handoffTelemetry({ tracer });
  const run = async (name: string, prompt: string): Promise<string> => {
    const agent = program.agents[name]!;
    const model = wrapLanguageModel({
      model: scriptedModel(`${name}-llm`, agent.script),
      middleware: handoffMiddleware({ tracer, agent: name, standalone: mode === 'standalone' }),
    });
    const tools: Record<string, Tool> = {};
    for (const toolName of agent.tools ?? []) {
      const plain = program.plain?.[toolName];
      tools[toolName] = plain
        ? tool({
            description: toolName,
            inputSchema: z.object({ query: z.string() }),
            execute: async (input) => plain(input),
          })
        : tool({
            description: `delegate to ${toolName}`,
            inputSchema: z.object({ task: z.string() }),
            execute: async ({ task }) => run(toolName, task),
          });
    }
    const settings = {
      model,
      tools,
      stopWhen: isStepCount(6),
      telemetry:
        mode === 'full' ? { functionId: name, integrations: [integration] } : ({ isEnabled: false } as const),
    };
    if (api === 'ToolLoopAgent') return (await new ToolLoopAgent(settings).generate({ prompt })).text;
    if (api === 'streamText') return await streamText({ ...settings, prompt }).text;
    return (await generateText({ ...settings, prompt })).text;
  };
  const text = await run(program.entry, program.prompt);
  await tracer.flush();
  return { traces: store.traces(), text };
}

const twoLevels: Program = {
  entry: 'planner',
  prompt: "Brief me on ACME Corp's Q3 2024 revenue in EUR.",
  agents: {
    planner: {
      tools: ['researcher'],
      script: [
        {
          tool: 'researcher',
          input: { task: "Research ACME Corp's Q3 2024 revenue in EUR." },
          text: 'Delegating.',
        },
        (context) => ({ text: `Briefing: ${context.lastToolResult}` }),
      ],
    },
    researcher: {
      tools: ['web_search', 'analyst'],
      script: [
        { tool: 'web_search', input: { query: 'ACME Q3 2024 revenue' }, reasoning: 'Search first.' },
        { tool: 'analyst', input: { task: 'Convert USD 4.5 billion to EUR at 0.93.' } },
        (context) => ({ text: `ACME Q3 2024 revenue: ${context.lastToolResult}` }),
      ],
    },
    analyst: { script: [{ text: 'EUR 4.2 billion.' }] },
  },
  plain: { web_search: ({ query }) => `Results for ${query}: USD 4.5 billion (acme.example/ir)` },
};

const parallel: Program = {
  entry: 'lead',
  prompt: 'Compare the two vendors on price and support.',
  agents: {
    lead: {
      tools: ['pricing', 'support', 'lookup'],
      script: [
        {
          tool: 'pricing',
          input: { task: 'Price of vendor A and vendor B per seat.' },
          parallel: [
            { tool: 'support', input: { task: 'Support hours of vendor A and vendor B.' } },
            { tool: 'lookup', input: { query: 'vendor list' } },
          ],
        },
        { text: 'A is cheaper; B has 24/7 support.' },
      ],
    },
    pricing: { script: [{ text: 'A: EUR 12 per seat, B: EUR 15 per seat.' }] },
    support: {
      tools: ['lookup'],
      script: [{ tool: 'lookup', input: { query: 'support hours' } }, { text: 'A: 9-5, B: 24/7.' }],
    },
  },
  plain: {
    lookup: ({ query }) => {
      if (query === 'support hours') throw new Error('support directory unavailable');
      return `vendors: A, B (${query})`;
    },
  },
};

describe.each<Api>(['generateText', 'streamText', 'ToolLoopAgent'])(
  'standalone middleware with %s',
  (api) => {
    it('records what the telemetry integration records for agent-as-tool two levels deep', async () => {
      const full = await record(twoLevels, 'full', api);
      const standalone = await record(twoLevels, 'standalone', api);
      expect(standalone.text).toBe(full.text);
      expect(standalone.traces).toHaveLength(1);
      const trace = standalone.traces[0]!;
      expect(summary(trace)).toEqual(summary(full.traces[0]!));
      expect(handoffSummary(trace).map((h) => `${h.kind} ${h.from}>${h.to}`)).toEqual([
        'delegation planner>researcher',
        'delegation researcher>analyst',
        'return analyst>researcher',
        'return researcher>planner',
      ]);
      expectWellFormedTrace(trace);
    });

    it('records parallel sub-agents and a tool error as the telemetry integration does', async () => {
      const full = await record(parallel, 'full', api);
      const standalone = await record(parallel, 'standalone', api);
      const trace = standalone.traces[0]!;
      expect(summary(trace)).toEqual(summary(full.traces[0]!));
      expect(handoffSummary(trace).map((h) => `${h.kind} ${h.from}>${h.to}: ${h.content}`)).toEqual([
        'delegation lead>pricing: Price of vendor A and vendor B per seat.',
        'delegation lead>support: Support hours of vendor A and vendor B.',
        'return pricing>lead: A: EUR 12 per seat, B: EUR 15 per seat.',
        'return support>lead: A: 9-5, B: 24/7.',
      ]);
      const support = trace.turns.find((turn) => turn.agent === 'support')!;
      expect(support.toolCalls[0]?.error?.message).toContain('support directory unavailable');
      expectWellFormedTrace(trace);
    });
  },
);

describe('standalone middleware runs', () => {
  it('keeps concurrent top-level runs apart, each its own workflow', async () => {
    const alone = await record(parallel, 'standalone', 'generateText');
    const sharedStore = memoryStore();
    const shared = { store: sharedStore, tracer: createTracer({ store: sharedStore, flushOnExit: false }) };
    await Promise.all([
      record(twoLevels, 'standalone', 'streamText', shared),
      record(parallel, 'standalone', 'generateText', shared),
    ]);
    const byEntry = new Map(shared.store.traces().map((trace) => [trace.turns[0]?.agent, trace]));
    expect(shared.store.traces()).toHaveLength(2);
    expect(summary(byEntry.get('lead')!)).toEqual(summary(alone.traces[0]!));
    expect(summary(byEntry.get('planner')!)).toEqual(
      summary((await record(twoLevels, 'standalone', 'streamText')).traces[0]!),
    );
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const model = (name: string) =>
      wrapLanguageModel({
        model: scriptedModel(`${name}-llm`, [{ text: `${name} answered.` }]),
        middleware: handoffMiddleware({ tracer, agent: name, standalone: true }),
      });
    await Promise.all(
      ['alpha', 'beta'].map((name) => generateText({ model: model(name), prompt: `Ask ${name}.` })),
    );
    await tracer.flush();
    expect(
      store
        .traces()
        .map((trace) => trace.turns.map((turn) => `${turn.agent}: ${turn.output}`))
        .sort(),
    ).toEqual([['alpha: alpha answered.'], ['beta: beta answered.']]);
  });

  it('ends a run that stopped right after its tool calls once the SDK drops it', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const run = async () => {
      const model = wrapLanguageModel({
        model: scriptedModel('clerk-llm', [{ text: 'Filing it.', tool: 'file', input: { query: 'form 7' } }]),
        middleware: handoffMiddleware({ tracer, agent: 'clerk', standalone: true }),
      });
      const file = tool({
        inputSchema: z.object({ query: z.string() }),
        execute: async ({ query }) => `filed ${query}`,
      });
      // The default stopWhen (one step): the tool runs, no model call is ever shown its result.
      await generateText({ model, tools: { file }, prompt: 'File form 7.', telemetry: { isEnabled: false } });
    };
    await run();
    for (let round = 0; round < 50 && store.traces()[0]?.workflow.status !== 'ok'; round++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await tracer.flush();
    }
    const trace = store.traces()[0]!;
    expect(trace.workflow.status).toBe('ok');
    const turn = trace.turns[0]!;
    expect([turn.agent, turn.status, turn.output]).toEqual(['clerk', 'ok', 'Filing it.']);
    expect(turn.endedAt).toBe(turn.modelCalls[0]?.endedAt);
    expect(turn.toolCalls.map((call) => [call.name, call.result, call.error, call.endedAt])).toEqual([
      ['file', undefined, undefined, turn.endedAt],
    ]);
    expectWellFormedTrace(trace);
  });

  it('does not take the next agent of a pipeline for a sub-agent of a tool call left in flight', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const agent = (name: string, script: ScriptEntry[]) =>
      wrapLanguageModel({
        model: scriptedModel(`${name}-llm`, script),
        middleware: handoffMiddleware({ tracer, agent: name, standalone: true }),
      });
    const lookup = tool({
      inputSchema: z.object({ query: z.string() }),
      execute: async ({ query }) => `rates for ${query}`,
    });
    await tracer.workflow('pipeline', async () => {
      // One step (the default): the lookup runs, and the run stops with its result unseen.
      const first = await generateText({
        model: agent('scout', [{ text: 'Rates checked.', tool: 'lookup', input: { query: 'EUR/USD' } }]),
        tools: { lookup },
        prompt: 'Check the EUR/USD rate.',
        telemetry: { isEnabled: false },
      });
      await generateText({
        model: agent('writer', [{ text: 'Summary written.' }]),
        prompt: `Write it up: ${first.text}`,
        telemetry: { isEnabled: false },
      });
    });
    await tracer.flush();
    const trace = store.traces()[0]!;
    expect(trace.turns.map((turn) => [turn.agent, turn.parentTurnId])).toEqual([
      ['scout', undefined],
      ['writer', undefined],
    ]);
    expect(trace.handoffs.filter((handoff) => !handoff.inferred)).toEqual([]);
  });

  it('records a delegation whose brief the sub-agent never got (a lost message)', async () => {
    const program: Program = {
      entry: 'lead',
      prompt: 'Draft the offer letter for Dana.',
      agents: {
        lead: {
          tools: ['drafter'],
          script: [
            { tool: 'drafter', input: { task: 'Offer for Dana: EUR 82,000, start 1 March.' } },
            { text: 'Sent.' },
          ],
        },
        drafter: { script: [{ text: 'Dear candidate, we are pleased to offer you a position.' }] },
      },
    };
    // The tool drops its task and asks for a generic letter: the brief is lost on the way.
    const lost = { ...program, brief: 'Write a standard offer letter.' };
    const full = await recordLost(lost, 'full');
    const standalone = await recordLost(lost, 'standalone');
    expect(summary(standalone)).toEqual(summary(full));
    expect(handoffSummary(standalone).map((h) => `${h.kind} ${h.from}>${h.to}: ${h.content}`)).toEqual([
      'delegation lead>drafter: Offer for Dana: EUR 82,000, start 1 March.',
      'return drafter>lead: Dear candidate, we are pleased to offer you a position.',
    ]);
  });
});

describe.each<Mode>(['full', 'standalone'])('a prompt re-sent by every step (%s)', (mode) => {
  it('is stored once: the turn input and every model call share one safe, redacted copy', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const model = wrapLanguageModel({
      model: scriptedModel('m', [{ tool: 'lookup', input: { query: 'q3' } }, { text: 'Revenue rose.' }]),
      middleware: handoffMiddleware({ tracer, agent: 'analyst', standalone: mode === 'standalone' }),
    });
    const lookup = tool({ inputSchema: z.object({ query: z.string() }), execute: async () => 'EUR 4.2bn' });
    const prompt = `Summarise the figures; mail them to cfo@example.com. ${'Revenue rose. '.repeat(20)}`;
    await generateText({
      model,
      tools: { lookup },
      stopWhen: isStepCount(3),
      prompt,
      telemetry:
        mode === 'full'
          ? { functionId: 'analyst', integrations: [handoffTelemetry({ tracer })] }
          : { isEnabled: false },
    });
    await tracer.flush();
    const inputs = store.events.flatMap((event) =>
      event.type === 'turn-start' ? [event.input] : event.type === 'model-call' ? [event.call.input] : [],
    );
    expect(inputs).toHaveLength(3);
    const first = inputs[0]![0]!;
    expect(first.content).toContain('[REDACTED:email]');
    for (const input of inputs) expect(input[0]).toBe(first);
  });
});

/** `program` whose delegating tool sends the sub-agent `brief` instead of its task, in a workflow. */
async function recordLost(program: Program & { brief: string }, mode: Mode): Promise<Trace> {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const integration = handoffTelemetry({ tracer });
  const telemetry = (name: string) =>
    mode === 'full' ? { functionId: name, integrations: [integration] } : ({ isEnabled: false } as const);
  const model = (name: string) =>
    wrapLanguageModel({
      model: scriptedModel(`${name}-llm`, program.agents[name]!.script),
      middleware: handoffMiddleware({ tracer, agent: name, standalone: mode === 'standalone' }),
    });
  const drafter = tool({
    inputSchema: z.object({ task: z.string() }),
    execute: async () =>
      (
        await generateText({
          model: model('drafter'),
          prompt: program.brief,
          telemetry: telemetry('drafter'),
        })
      ).text,
  });
  await tracer.workflow(
    'offer',
    async () =>
      (
        await generateText({
          model: model('lead'),
          tools: { drafter },
          stopWhen: isStepCount(3),
          prompt: program.prompt,
          telemetry: telemetry('lead'),
        })
      ).text,
  );
  await tracer.flush();
  return store.traces()[0]!;
}

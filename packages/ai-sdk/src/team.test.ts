import { analyze, createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { generateText, isStepCount, streamText, ToolLoopAgent, tool, wrapLanguageModel } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handoffMiddleware } from './handoff-middleware.ts';
import { handoffTelemetry } from './handoff-telemetry.ts';
import { scriptedModel } from './testing/scripted-model.ts';

type Mode = 'generateText' | 'streamText' | 'ToolLoopAgent';

/** planner → research tool → researcher (web_search) → planner → write tool → writer → planner. */
async function runTeam(
  mode: Mode,
  traced: boolean,
  shared?: { store: ReturnType<typeof memoryStore>; tracer: ReturnType<typeof createTracer> },
) {
  const store = shared?.store ?? memoryStore();
  const tracer = shared?.tracer ?? createTracer({ store, flushOnExit: false });
  const telemetry = traced ? { integrations: [handoffTelemetry({ tracer })] } : { isEnabled: false };
  const wrap = (agent: string, model: ReturnType<typeof scriptedModel>) =>
    traced ? wrapLanguageModel({ model, middleware: handoffMiddleware({ tracer, agent }) }) : model;

  const researcherModel = wrap(
    'researcher',
    scriptedModel('researcher-llm', [
      {
        tool: 'web_search',
        input: { query: 'ACME Corp Q3 2024 revenue EUR' },
        reasoning: 'I should search first.',
      },
      {
        text: 'ACME Corp Q3 2024 revenue was EUR 4.2 billion. Source: acme.example/ir',
        reasoning: 'The report answers it.',
      },
    ]),
  );
  const writerModel = wrap(
    'writer',
    scriptedModel('writer-llm', [
      { text: 'Briefing: ACME Corp Q3 2024 revenue reached EUR 4.2 billion. Source: acme.example/ir' },
    ]),
  );
  const plannerModel = wrap(
    'planner',
    scriptedModel('planner-llm', [
      {
        tool: 'research',
        input: { task: "Research ACME Corp's Q3 2024 revenue in EUR. Cite sources." },
        text: 'Delegating research.',
      },
      {
        tool: 'write',
        input: { findings: 'ACME Corp Q3 2024 revenue was EUR 4.2 billion. Source: acme.example/ir' },
      },
      { text: 'Done: Briefing: ACME Corp Q3 2024 revenue reached EUR 4.2 billion. Source: acme.example/ir' },
    ]),
  );
  const webSearch = tool({
    description: 'search the web',
    inputSchema: z.object({ query: z.string() }),
    execute: async ({ query }) =>
      `Results for ${query}: ACME Corp Q3 2024 revenue EUR 4.2 billion (acme.example/ir)`,
  });
  const sub = async (
    agent: string,
    model: typeof researcherModel,
    prompt: string,
    tools: Record<string, typeof webSearch>,
  ) => {
    const settings = {
      model,
      tools,
      stopWhen: isStepCount(5),
      telemetry: { ...telemetry, functionId: agent },
    };
    if (mode === 'ToolLoopAgent') return (await new ToolLoopAgent(settings).generate({ prompt })).text;
    if (mode === 'streamText') return await streamText({ ...settings, prompt }).text;
    return (await generateText({ ...settings, prompt })).text;
  };
  const tools = {
    research: tool({
      description: 'delegate research',
      inputSchema: z.object({ task: z.string() }),
      execute: async ({ task }) => sub('researcher', researcherModel, task, { web_search: webSearch }),
    }),
    write: tool({
      description: 'delegate writing',
      inputSchema: z.object({ findings: z.string() }),
      execute: async ({ findings }) => sub('writer', writerModel, `Write a briefing from: ${findings}`, {}),
    }),
  };
  const plannerSettings = {
    model: plannerModel,
    tools,
    stopWhen: isStepCount(5),
    telemetry: { ...telemetry, functionId: 'planner' },
  };
  const prompt = "Brief me on ACME Corp's Q3 2024 revenue in EUR.";
  const run = async () => {
    if (mode === 'ToolLoopAgent') {
      const result = await new ToolLoopAgent(plannerSettings).generate({ prompt });
      return { text: result.text, steps: result.steps.length };
    }
    if (mode === 'streamText') {
      const result = streamText({ ...plannerSettings, prompt });
      const parts: string[] = [];
      for await (const part of result.fullStream) parts.push(part.type);
      return { text: await result.text, steps: (await result.steps).length, parts };
    }
    const result = await generateText({ ...plannerSettings, prompt });
    return { text: result.text, steps: result.steps.length };
  };
  const result = traced ? await tracer.workflow('team', run) : await run();
  await tracer.flush();
  return { result, traces: store.traces() };
}

describe.each<Mode>(['generateText', 'streamText', 'ToolLoopAgent'])('AI SDK team with %s', (mode) => {
  it('records agents, delegations and replies, reasoning and usage', async () => {
    const { traces } = await runTeam(mode, true);
    expect(traces).toHaveLength(1);
    const trace = traces[0] as Trace;
    expectWellFormedTrace(trace);
    expect(trace.turns.map((turn) => turn.agent)).toEqual(['planner', 'researcher', 'writer']);
    expect(trace.handoffs.map((h) => `${h.kind}:${h.from}>${h.to}`)).toEqual([
      'delegation:planner>researcher',
      'return:researcher>planner',
      'delegation:planner>writer',
      'return:writer>planner',
    ]);
    expect(trace.handoffs[0]?.content).toBe("Research ACME Corp's Q3 2024 revenue in EUR. Cite sources.");
    expect(trace.handoffs[1]?.content).toContain('EUR 4.2 billion');
    const researcher = trace.turns[1]!;
    expect(researcher.parentTurnId).toBe(trace.turns[0]!.id);
    expect(researcher.modelCalls).toHaveLength(2);
    expect(researcher.modelCalls[0]).toMatchObject({
      model: 'researcher-llm',
      reasoning: 'I should search first.',
    });
    expect(researcher.modelCalls[0]?.tools).toEqual(['web_search']);
    const usage = researcher.modelCalls[0]?.usage;
    expect(usage?.reasoningTokens).toBe(6);
    expect(usage?.inputTokens).toBeGreaterThan(0);
    expect(usage?.totalTokens).toBe((usage?.inputTokens ?? 0) + (usage?.outputTokens ?? 0));
    expect(researcher.modelCalls[0]?.input.at(-1)?.content).toBe(
      "Research ACME Corp's Q3 2024 revenue in EUR. Cite sources.",
    );
    expect(researcher.toolCalls[0]).toMatchObject({
      name: 'web_search',
      args: { query: 'ACME Corp Q3 2024 revenue EUR' },
    });
    expect(researcher.output).toContain('EUR 4.2 billion');
    expect(trace.turns[0]!.toolCalls.map((c) => c.name)).toEqual(['research', 'write']);
    const { failure } = await analyze(trace);
    expect(failure).toBeNull();
  });

  it('leaves the user-visible result unchanged', async () => {
    const traced = await runTeam(mode, true);
    const plain = await runTeam(mode, false);
    expect(traced.result).toEqual(plain.result);
  });
});

describe('two concurrent workflows on one tracer', () => {
  it('stay separate', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    await Promise.all([
      runTeam('generateText', true, { store, tracer }),
      runTeam('streamText', true, { store, tracer }),
    ]);
    const traces = store.traces();
    expect(traces).toHaveLength(2);
    for (const trace of traces) {
      expectWellFormedTrace(trace);
      expect(trace.turns.map((turn) => turn.agent)).toEqual(['planner', 'researcher', 'writer']);
      expect(trace.handoffs).toHaveLength(4);
      expect(trace.handoffs.every((h) => trace.turns.some((t) => t.id === h.toTurnId))).toBe(true);
    }
  });
});

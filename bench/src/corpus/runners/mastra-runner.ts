import { type ScriptedStep, scriptedModel } from '@handoff/ai-sdk/testing';
import { HandoffExporter } from '@handoff/mastra';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { MockMemory } from '@mastra/core/memory';
import { createTool } from '@mastra/core/tools';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { Observability } from '@mastra/observability';
import { z } from 'zod';
import type { AgentSpec, Scenario } from '../scenario.ts';
import { agentTools } from './agent-tools.ts';
import { fillPrompt } from './fill-prompt.ts';
import { parsePlan } from './json-decision.ts';
import { mergeResults, pickRoute } from './pick-route.ts';
import { agentOf, crashAfter, lostPrompt, type RunMode, type Runner } from './run-context.ts';

const transferTool = (to: string) => `transfer_to_${to}`;
const Text = z.object({ text: z.string() });

/** The coordinator's script in `agent.network()`: a routing decision per handoff, a completion check after each. */
function networkSteps(agent: AgentSpec): ScriptedStep[] {
  const out: ScriptedStep[] = [];
  agent.replies.forEach((reply, index) => {
    const timing = { reasoning: reply.reasoning, waitMs: reply.waitMs };
    if (!('handoff' in reply)) return;
    out.push({
      text: JSON.stringify({
        primitiveId: reply.handoff,
        primitiveType: 'agent',
        prompt: reply.message,
        selectionReason: `${reply.handoff} handles this part`,
      }),
      ...timing,
    });
    const next = agent.replies[index + 1];
    out.push({
      text: JSON.stringify(
        next && 'say' in next
          ? { isComplete: true, completionReason: 'the request is answered', finalResult: next.say }
          : { isComplete: false, completionReason: 'more work is needed', finalResult: '' },
      ),
    });
  });
  return out;
}

function steps(agent: AgentSpec, swarm: boolean): ScriptedStep[] {
  return agent.replies.map((reply): ScriptedStep => {
    const timing = { reasoning: reply.reasoning, waitMs: reply.waitMs };
    if ('say' in reply)
      return { text: reply.say, ...(reply.cutOff ? { finishReason: 'length' } : {}), ...timing };
    if ('call' in reply) return { tool: reply.call, input: reply.args, text: reply.text, ...timing };
    if ('handoff' in reply)
      return swarm
        ? { text: reply.message, tool: transferTool(reply.handoff), input: {}, ...timing }
        : { tool: `agent-${reply.handoff}`, input: { prompt: reply.message }, ...timing };
    return { text: JSON.stringify(reply.plan), ...timing };
  });
}

/** An input processor that hands the agent `prompt` as its only message. */
function replacePrompt(prompt: string) {
  return {
    id: 'replace-prompt',
    processInput: ({ messages }: { messages: { content: Record<string, unknown> }[] }) => {
      const last = messages.at(-1);
      if (!last) return messages;
      return [
        { ...last, content: { ...last.content, parts: [{ type: 'text', text: prompt }], content: prompt } },
      ];
    },
  } as never;
}

/** Text of an agent call, generated or streamed. */
async function ask(
  agent: Agent,
  mode: RunMode,
  input: string | { role: 'user' | 'assistant'; content: string }[],
  options: Record<string, unknown> = {},
): Promise<{ text: string; toolNames: string[] }> {
  const names = (calls: unknown[]) =>
    calls.map((call) => {
      const part = call as { toolName?: string; payload?: { toolName?: string } };
      return part.payload?.toolName ?? part.toolName ?? '';
    });
  if (mode === 'invoke') {
    const result = await agent.generate(input as never, options as never);
    return { text: result.text, toolNames: names(result.toolCalls ?? []) };
  }
  const result = await agent.stream(input as never, options as never);
  for await (const _ of result.textStream);
  return { text: await result.text, toolNames: names((await result.toolCalls) ?? []) };
}

/**
 * Runs a scenario as a Mastra program: supervisors and nested teams as agents with `agents: {...}`,
 * networks with `agent.network()`, pipelines, fan-out and branches as workflows (`.then`,
 * `.dountil`, `.parallel`, `.branch`), swarms as a workflow loop over agents with transfer tools.
 * Handoff is attached as the README says: one `HandoffExporter` in `Observability`, and
 * `exporter.traceNetwork(stream)` for networks.
 */
export const runOnMastra: Runner = async (context) => {
  const { scenario, tracer, clock, mode } = context;
  const topology = scenario.topology;
  const exporter = new HandoffExporter({ tracer });
  const swarm = topology.shape === 'swarm';
  const agents = new Map<string, Agent>();
  const coordinators: Record<string, string[]> =
    topology.shape === 'supervisor'
      ? { [topology.coordinator]: topology.workers }
      : topology.shape === 'network'
        ? { [topology.coordinator]: topology.workers }
        : topology.shape === 'nested'
          ? { [topology.top]: Object.keys(topology.teams), ...topology.teams }
          : {};
  const build = (name: string): Agent => {
    const existing = agents.get(name);
    if (existing) return existing;
    const spec = agentOf(scenario, name);
    const isRouter = topology.shape === 'network' && name === topology.coordinator;
    const script = isRouter ? networkSteps(spec) : steps(spec, swarm);
    const tools: Record<string, ReturnType<typeof createTool>> = {};
    for (const plan of agentTools(spec))
      tools[plan.name] = createTool({
        id: plan.name,
        description: plan.description,
        inputSchema: plan.schema,
        execute: async (input) => plan.execute(input),
      });
    if (swarm)
      for (const peer of topology.agents.filter((other) => other !== name))
        tools[transferTool(peer)] = createTool({
          id: transferTool(peer),
          description: `Hand the conversation to ${peer}: ${agentOf(scenario, peer).description}`,
          inputSchema: z.object({}),
          execute: async () => `Transferred to ${peer}.`,
        });
    const subAgents = coordinators[name];
    const lost = subAgents?.find((worker) => lostPrompt(scenario, worker) != null);
    // A network routes without delegation hooks: there the fault is code on the worker (an input
    // processor) that replaces what the router sent with another prompt and none of the conversation.
    const replaced = topology.shape === 'network' ? lostPrompt(scenario, name) : undefined;
    const agent = new Agent({
      id: name,
      name,
      description: spec.description,
      instructions: spec.instructions,
      model: scriptedModel(`${name}-model`, script, { onWait: clock.wait }) as never,
      tools,
      ...(replaced ? { inputProcessors: [replacePrompt(replaced)] } : {}),
      ...(subAgents
        ? { agents: Object.fromEntries(subAgents.map((worker) => [worker, build(worker)])) }
        : {}),
      ...(isRouter ? { memory: new MockMemory() } : {}),
      defaultOptions: {
        maxSteps: 20,
        // A program fault: the delegation hook hands `lost` a different prompt and none of the conversation.
        ...(lost
          ? {
              delegation: {
                onDelegationStart: (start: { primitiveId: string }) =>
                  start.primitiveId === lost ? { modifiedPrompt: lostPrompt(scenario, lost)! } : undefined,
                messageFilter: (filter: { primitiveId: string; messages: unknown[] }) =>
                  filter.primitiveId === lost ? [] : filter.messages,
              },
            }
          : {}),
      } as never,
    });
    agents.set(name, agent);
    return agent;
  };
  for (const spec of scenario.agents) build(spec.name);
  const workflows = buildWorkflows(scenario, mode);
  const mastra = new Mastra({
    agents: Object.fromEntries(agents),
    workflows,
    logger: false,
    observability: new Observability({
      configs: { default: { serviceName: scenario.id, exporters: [exporter] } },
    }),
  });
  const request = scenario.request;
  switch (topology.shape) {
    case 'supervisor':
      return (await ask(mastra.getAgent(topology.coordinator), mode, request)).text;
    case 'nested':
      return (await ask(mastra.getAgent(topology.top), mode, request)).text;
    case 'network': {
      const stream = await mastra.getAgent(topology.coordinator).network(request, {
        memory: { thread: `${scenario.id}-thread`, resource: 'corpus' },
        maxSteps: 12,
      });
      for await (const chunk of exporter.traceNetwork(stream)) {
        if (mode === 'stream') void (chunk as { type: string }).type;
      }
      const result = (await stream.result) as { result?: unknown } | undefined;
      return typeof result?.result === 'string' ? result.result : JSON.stringify(result ?? '');
    }
    default: {
      const run = await mastra.getWorkflow('program').createRun();
      const inputData = { text: request };
      const result =
        mode === 'invoke'
          ? await run.start({ inputData })
          : await (async () => {
              const output = run.stream({ inputData });
              for await (const _ of output.fullStream);
              return output.result;
            })();
      if (result.status !== 'success')
        throw new Error(
          `workflow ended ${result.status}: ${JSON.stringify((result as { error?: unknown }).error).slice(0, 400)}`,
        );
      const value = result.result as { text?: string } | undefined;
      return value?.text ?? JSON.stringify(value);
    }
  }
};

type AnyStep = ReturnType<typeof createStep>;

/** The chaining methods used here; the workflow's own generics are too deep to follow step by step. */
interface WorkflowBuilder {
  then(step: unknown): WorkflowBuilder;
  dountil(step: unknown, condition: unknown): WorkflowBuilder;
  parallel(steps: unknown[]): WorkflowBuilder;
  branch(branches: unknown[]): WorkflowBuilder;
  commit(): ReturnType<typeof createWorkflow>;
}

/** The workflow a pipeline, fan-out, branch or swarm scenario runs as (none for agent-only shapes). */
function buildWorkflows(
  scenario: Scenario,
  mode: RunMode,
): Record<string, ReturnType<typeof createWorkflow>> {
  const topology = scenario.topology;
  const request = scenario.request;
  const agentStep = (name: string, id = name) =>
    createStep({
      id,
      inputSchema: Text,
      outputSchema: Text,
      execute: async ({ inputData, mastra, tracingContext }) => {
        const spec = agentOf(scenario, name);
        const prompt = lostPrompt(scenario, name) ?? fillPrompt(spec, inputData.text, request);
        const { text } = await ask(mastra.getAgent(name), mode, prompt, { tracingContext });
        crashAfter(scenario, name);
        return { text };
      },
    }) as unknown as AnyStep;
  const workflow = (id: string) =>
    createWorkflow({ id, inputSchema: Text, outputSchema: Text }) as unknown as WorkflowBuilder;
  switch (topology.shape) {
    case 'pipeline': {
      let program = workflow('program');
      const { order, loop } = topology;
      const from = loop ? order.indexOf(loop.to) : order.length;
      const to = loop ? order.indexOf(loop.from) : order.length - 1;
      for (const name of order.slice(0, from)) program = program.then(agentStep(name));
      if (loop) {
        let cycle = workflow('revise-cycle');
        for (const name of order.slice(from, to + 1)) cycle = cycle.then(agentStep(name));
        program = program.dountil(
          cycle.commit(),
          async ({ inputData, iterationCount }: { inputData: { text: string }; iterationCount: number }) =>
            !inputData.text.startsWith(loop.while) || iterationCount >= loop.max,
        );
        for (const name of order.slice(to + 1)) program = program.then(agentStep(name));
      }
      return { program: program.commit() };
    }
    case 'fanout': {
      const sent = topology.workers.filter((worker) => lostPrompt(scenario, worker) !== null);
      const plannerStep = createStep({
        id: topology.planner,
        inputSchema: Text,
        outputSchema: z.object({ plan: z.record(z.string(), z.string()) }),
        execute: async ({ inputData, mastra, tracingContext }) => {
          const spec = agentOf(scenario, topology.planner);
          const answer = await ask(
            mastra.getAgent(topology.planner),
            mode,
            fillPrompt(spec, inputData.text, request),
            { tracingContext },
          );
          return { plan: parsePlan(answer.text) };
        },
      });
      const workerSteps = sent.map((worker) =>
        createStep({
          id: worker,
          inputSchema: z.object({ plan: z.record(z.string(), z.string()) }),
          outputSchema: Text,
          execute: async ({ inputData, mastra, tracingContext }) => {
            const spec = agentOf(scenario, worker);
            const prompt =
              lostPrompt(scenario, worker) ?? fillPrompt(spec, inputData.plan[worker] ?? '', request);
            return { text: (await ask(mastra.getAgent(worker), mode, prompt, { tracingContext })).text };
          },
        }),
      );
      const aggregatorStep = createStep({
        id: topology.aggregator,
        inputSchema: z.record(z.string(), Text),
        outputSchema: Text,
        execute: async ({ inputData, mastra, tracingContext }) => {
          const spec = agentOf(scenario, topology.aggregator);
          const merged = mergeResults(sent.map((worker) => [worker, inputData[worker]?.text ?? '']));
          const answer = await ask(
            mastra.getAgent(topology.aggregator),
            mode,
            lostPrompt(scenario, topology.aggregator) ?? fillPrompt(spec, merged, request),
            {
              tracingContext,
            },
          );
          return { text: answer.text };
        },
      });
      return {
        program: workflow('program').then(plannerStep).parallel(workerSteps).then(aggregatorStep).commit(),
      };
    }
    case 'branch': {
      const routes = Object.values(topology.routes);
      const unwrap = createStep({
        id: 'answer',
        // Only the branch that ran has an output.
        inputSchema: z.record(z.string(), Text.optional()),
        outputSchema: Text,
        execute: async ({ inputData }) => ({ text: Object.values(inputData).find(Boolean)?.text ?? '' }),
      });
      let program = workflow('program')
        .then(agentStep(topology.classifier))
        .branch(
          [...new Set(routes)].map((route) => [
            async ({ inputData }: { inputData: { text: string } }) =>
              pickRoute(inputData.text, topology.routes) === route,
            agentStep(route),
          ]),
        )
        .then(unwrap);
      if (topology.after) program = program.then(agentStep(topology.after));
      return { program: program.commit() };
    }
    case 'swarm': {
      const Turn = z.object({
        text: z.string(),
        active: z.string(),
        history: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() })),
        done: z.boolean(),
      });
      const start = createStep({
        id: 'start',
        inputSchema: Text,
        outputSchema: Turn,
        execute: async ({ inputData }) => ({
          text: '',
          active: topology.entry,
          history: [{ role: 'user' as const, content: inputData.text }],
          done: false,
        }),
      });
      const turn = createStep({
        id: 'turn',
        inputSchema: Turn,
        outputSchema: Turn,
        execute: async ({ inputData, mastra, tracingContext }) => {
          const lost = lostPrompt(scenario, inputData.active);
          const { text, toolNames } = await ask(
            mastra.getAgent(inputData.active),
            mode,
            lost ? [{ role: 'user', content: lost }] : inputData.history,
            {
              tracingContext,
              stopWhen: ({ steps }: { steps: { toolCalls?: unknown[] }[] }) =>
                steps.some((step) =>
                  (step.toolCalls ?? []).some((call) => {
                    const part = call as { toolName?: string; payload?: { toolName?: string } };
                    return (part.payload?.toolName ?? part.toolName ?? '').startsWith('transfer_to_');
                  }),
                ),
            },
          );
          const transfer = toolNames.find((name) => name.startsWith('transfer_to_'));
          return {
            text,
            active: transfer ? transfer.slice('transfer_to_'.length) : inputData.active,
            history: [...inputData.history, { role: 'assistant' as const, content: text }],
            done: !transfer,
          };
        },
      });
      const answer = createStep({
        id: 'answer',
        inputSchema: Turn,
        outputSchema: Text,
        execute: async ({ inputData }) => ({ text: inputData.text }),
      });
      return {
        program: workflow('program')
          .then(start)
          .dountil(
            turn,
            async ({ inputData, iterationCount }: { inputData: { done: boolean }; iterationCount: number }) =>
              inputData.done || iterationCount >= 16,
          )
          .then(answer)
          .commit(),
      };
    }
    default:
      return {};
  }
}

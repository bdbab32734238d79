import { handoffMiddleware, handoffTelemetry } from '@handoff/ai-sdk';
import { type ScriptedStep, scriptedModel } from '@handoff/ai-sdk/testing';
import { pipelineTopology } from '@handoff/core';
import {
  generateText,
  hasToolCall,
  isStepCount,
  type ModelMessage,
  Output,
  streamText,
  ToolLoopAgent,
  type ToolSet,
  tool,
  wrapLanguageModel,
} from 'ai';
import { z } from 'zod';
import type { AgentSpec } from '../scenario.ts';
import { agentTools } from './agent-tools.ts';
import { fillPrompt } from './fill-prompt.ts';
import { FINISH, parsePlan, parseRoute, routeText } from './json-decision.ts';
import { mergeResults, pickRoute } from './pick-route.ts';
import { agentOf, crashAfter, lostPrompt, type RunContext, type Runner } from './run-context.ts';

/** How a handoff reply is spoken to the AI SDK: a tool call, or a routing decision. */
type HandoffAs = (to: string, message: string) => ScriptedStep;

const askTool = (to: string) => `ask_${to}`;
const transferTool = (to: string) => `transfer_to_${to}`;

function steps(agent: AgentSpec, handoffAs: HandoffAs): ScriptedStep[] {
  return agent.replies.map((reply): ScriptedStep => {
    const timing = { reasoning: reply.reasoning, waitMs: reply.waitMs };
    if ('say' in reply)
      return { text: reply.say, ...(reply.cutOff ? { finishReason: 'length' } : {}), ...timing };
    if ('call' in reply) return { tool: reply.call, input: reply.args, text: reply.text, ...timing };
    if ('handoff' in reply) return { ...handoffAs(reply.handoff, reply.message), ...timing };
    return { text: JSON.stringify(reply.plan), ...timing };
  });
}

/**
 * Runs a scenario as an AI SDK v7 program: pipelines, fan-out, branches and routing loops as plain
 * `generateText`/`streamText` workflows, supervisors and nested teams as `ToolLoopAgent`s calling
 * sub-agents from tools, swarms as agents whose transfer tools end their turn. Handoff is attached
 * as the README says: the middleware on every model, the telemetry integration on every call, and
 * `tracer.workflow` around the run, declaring a straight chain's order (`pipelineTopology`).
 */
/** `HANDOFF_AI_SDK_MODE=standalone`: the middleware alone, telemetry off (the default stays the full mode). */
const standalone = process.env.HANDOFF_AI_SDK_MODE === 'standalone';

export const runOnAiSdk: Runner = async (context) => {
  const { scenario, tracer } = context;
  const shape = scenario.topology;
  const chain = shape.shape === 'pipeline' && !shape.loop ? pipelineTopology(shape.order) : undefined;
  return tracer.workflow(scenario.id, () => program(context), {
    metadata: { framework: 'ai-sdk' },
    ...(chain ? { topology: chain } : {}),
  });
};

function program(context: RunContext): Promise<string> {
  const { scenario, tracer, clock, mode } = context;
  const integration = handoffTelemetry({ tracer });
  const topology = scenario.topology;
  const handoffAs: HandoffAs =
    topology.shape === 'swarm'
      ? (to, message) => ({ text: message, tool: transferTool(to), input: {} })
      : topology.shape === 'network'
        ? (to, message) => ({ text: routeText(to, message) })
        : (to, message) => ({ tool: askTool(to), input: { task: message } });
  const model = (agent: AgentSpec) => {
    const script = steps(agent, handoffAs).map((step) =>
      topology.shape === 'network' &&
      agent.name === topology.coordinator &&
      'text' in step &&
      !('tool' in step)
        ? { ...step, text: step.text.startsWith('{') ? step.text : routeText(FINISH, step.text) }
        : step,
    );
    return wrapLanguageModel({
      model: scriptedModel(`${agent.name}-model`, script, { onWait: clock.wait }),
      middleware: handoffMiddleware({ tracer, agent: agent.name, standalone }),
    });
  };
  const models = new Map(scenario.agents.map((agent) => [agent.name, model(agent)]));
  // One set of tool plans per agent for the whole run: an agent invoked again goes on with its next
  // scripted results (a re-check gets the new reading), as one tool object would.
  const plans = new Map(scenario.agents.map((agent) => [agent.name, agentTools(agent)]));
  const ownTools = (agent: AgentSpec): ToolSet =>
    Object.fromEntries(
      plans
        .get(agent.name)!
        .map((plan) => [
          plan.name,
          tool({ description: plan.description, inputSchema: plan.schema, execute: plan.execute }),
        ]),
    );
  const settings = (agent: AgentSpec, tools: ToolSet = ownTools(agent)) => ({
    model: models.get(agent.name)!,
    instructions: agent.instructions,
    tools,
    stopWhen: isStepCount(12),
    telemetry: standalone ? { isEnabled: false } : { functionId: agent.name, integrations: [integration] },
  });
  /** One plain call of an agent on a prompt or a conversation. */
  const call = async (
    agent: AgentSpec,
    prompt: string | ModelMessage[],
    extra: { stopWhen?: unknown } = {},
  ) => {
    const options = {
      ...settings(agent),
      ...(typeof prompt === 'string' ? { prompt } : { messages: prompt }),
      ...extra,
    } as Parameters<typeof generateText>[0];
    if (mode === 'invoke') {
      const result = await generateText(options);
      return { text: result.text, messages: result.responseMessages, toolCalls: result.toolCalls };
    }
    const result = streamText(options as Parameters<typeof streamText>[0]);
    for await (const _ of result.textStream);
    return {
      text: await result.text,
      messages: await result.responseMessages,
      toolCalls: await result.toolCalls,
    };
  };
  /** A `ToolLoopAgent` that delegates to each of `workers` through an `ask_<worker>` tool. */
  const coordinator = (name: string, workers: string[], teams: Record<string, string[]>): ToolLoopAgent => {
    const agent = agentOf(scenario, name);
    const delegations: ToolSet = {};
    for (const worker of workers) {
      const sub =
        teams[worker] !== undefined
          ? coordinator(worker, teams[worker]!, teams)
          : new ToolLoopAgent(settings(agentOf(scenario, worker)));
      delegations[askTool(worker)] = tool({
        description: agentOf(scenario, worker).description,
        inputSchema: z.object({ task: z.string() }),
        execute: async ({ task }) => {
          const prompt = lostPrompt(scenario, worker) ?? task;
          return runAgent(sub, prompt);
        },
      });
    }
    return new ToolLoopAgent(settings(agent, { ...ownTools(agent), ...delegations }));
  };
  const runAgent = async (agent: ToolLoopAgent, prompt: string) => {
    if (mode === 'invoke') return (await agent.generate({ prompt })).text;
    const result = await agent.stream({ prompt });
    for await (const _ of result.fullStream);
    return result.text;
  };
  const request = scenario.request;
  const byName = (name: string) => agentOf(scenario, name);

  switch (topology.shape) {
    case 'supervisor':
      return runAgent(coordinator(topology.coordinator, topology.workers, {}), request);
    case 'nested':
      return runAgent(coordinator(topology.top, Object.keys(topology.teams), topology.teams), request);
    case 'pipeline':
      return (async () => {
        let input = request;
        let index = 0;
        let rounds = 0;
        while (index < topology.order.length) {
          const agent = byName(topology.order[index]!);
          const prompt = lostPrompt(scenario, agent.name) ?? fillPrompt(agent, input, request);
          input = (await call(agent, prompt)).text;
          crashAfter(scenario, agent.name);
          const loop = topology.loop;
          if (loop && agent.name === loop.from && input.startsWith(loop.while) && ++rounds < loop.max)
            index = topology.order.indexOf(loop.to);
          else index++;
        }
        return input;
      })();
    case 'fanout':
      return (async () => {
        const planner = byName(topology.planner);
        const plan = parsePlan(
          (await call(planner, fillPrompt(planner, request, request), { stopWhen: isStepCount(1) })).text,
        );
        const sent = topology.workers.filter((worker) => lostPrompt(scenario, worker) !== null);
        const results = await Promise.all(
          sent.map(async (worker): Promise<[string, string]> => {
            const agent = byName(worker);
            const prompt = lostPrompt(scenario, worker) ?? fillPrompt(agent, plan[worker] ?? '', request);
            return [worker, (await call(agent, prompt)).text];
          }),
        );
        const aggregator = byName(topology.aggregator);
        return (
          await call(
            aggregator,
            lostPrompt(scenario, aggregator.name) ?? fillPrompt(aggregator, mergeResults(results), request),
          )
        ).text;
      })();
    case 'branch':
      return (async () => {
        const classifier = byName(topology.classifier);
        const label = (await call(classifier, fillPrompt(classifier, request, request))).text;
        const specialist = byName(pickRoute(label, topology.routes));
        const prompt = lostPrompt(scenario, specialist.name) ?? fillPrompt(specialist, label, request);
        const answer = (await call(specialist, prompt)).text;
        if (!topology.after) return answer;
        const then = byName(topology.after);
        return (await call(then, lostPrompt(scenario, then.name) ?? fillPrompt(then, answer, request))).text;
      })();
    case 'network':
      return (async () => {
        const router = byName(topology.coordinator);
        const transcript: ModelMessage[] = [{ role: 'user', content: request }];
        for (let round = 0; round < 12; round++) {
          const decision = parseRoute(
            (
              await call(router, transcript, {
                stopWhen: isStepCount(1),
                // The router picks from its roster, as AI SDK routing does (`z.enum` of the agents).
                output: Output.object({
                  schema: z.object({ next: z.enum([...topology.workers, FINISH]), prompt: z.string() }),
                }),
              } as never)
            ).text,
          );
          if (decision.next === FINISH || !topology.workers.includes(decision.next)) return decision.prompt;
          const worker = byName(decision.next);
          const answer = (await call(worker, lostPrompt(scenario, worker.name) ?? decision.prompt)).text;
          transcript.push(
            { role: 'assistant', content: routeText(decision.next, decision.prompt) },
            { role: 'user', content: `${worker.name} answered: ${answer}` },
          );
        }
        return '';
      })();
    case 'swarm':
      return (async () => {
        const history: ModelMessage[] = [{ role: 'user', content: request }];
        let active = byName(topology.entry);
        let answer = '';
        for (let turn = 0; turn < 16; turn++) {
          const transfers: ToolSet = {};
          for (const peer of topology.agents.filter((name) => name !== active.name))
            transfers[transferTool(peer)] = tool({
              description: `Hand the conversation to ${peer}: ${byName(peer).description}`,
              inputSchema: z.object({}),
              execute: async () => `Transferred to ${peer}.`,
            });
          const names = Object.keys(transfers);
          const result = await (async () => {
            const options = {
              ...settings(active, { ...ownTools(active), ...transfers }),
              messages: lostPrompt(scenario, active.name)
                ? [{ role: 'user' as const, content: lostPrompt(scenario, active.name)! }]
                : history,
              stopWhen: [hasToolCall(...names), isStepCount(12)],
            };
            if (mode === 'invoke') {
              const out = await generateText(options);
              return { text: out.text, messages: out.responseMessages, calls: out.toolCalls };
            }
            const out = streamText(options);
            for await (const _ of out.textStream);
            return { text: await out.text, messages: await out.responseMessages, calls: await out.toolCalls };
          })();
          history.push(...result.messages);
          answer = result.text;
          const transfer = result.calls.find((part) => part.toolName.startsWith('transfer_to_'));
          if (!transfer) return answer;
          active = byName(transfer.toolName.slice('transfer_to_'.length));
        }
        return answer;
      })();
  }
}

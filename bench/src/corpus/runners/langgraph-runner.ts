import { type CompiledGraphLike, HandoffCallbackHandler } from '@handoff/langgraph';
import { AIMessage, type BaseMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { type StructuredToolInterface, tool } from '@langchain/core/tools';
import { Annotation, Command, END, getCurrentTaskInput, Send, START, StateGraph } from '@langchain/langgraph';
import { createSupervisor } from '@langchain/langgraph-supervisor';
import { createHandoffTool, createSwarm } from '@langchain/langgraph-swarm';
import { createAgent, createMiddleware } from 'langchain';
import { z } from 'zod';
import type { AgentSpec, Reply, Scenario } from '../scenario.ts';
import { agentTools } from './agent-tools.ts';
import { fillPrompt } from './fill-prompt.ts';
import { FINISH, parsePlan, parseRoute, routeText } from './json-decision.ts';
import { mergeResults, pickRoute } from './pick-route.ts';
import { agentOf, crashAfter, lostPrompt, type RunContext, type Runner } from './run-context.ts';

type Model = ReturnType<typeof fakeModel>;

// Real providers (ChatOpenAI, ChatAnthropic) report the tools bound to the model in their invocation
// params, which is how the handler records what a model was offered; the fake model keeps them to
// itself. Report them the way a provider does, so the corpus records what a real run would.
const fakeProto = Object.getPrototypeOf(fakeModel()) as {
  invocationParams: (options?: unknown) => Record<string, unknown>;
};
const ownParams = fakeProto.invocationParams;
fakeProto.invocationParams = function (this: { _tools?: { name?: string }[] }, options?: unknown) {
  const tools = (this._tools ?? []).map((t) => ({ type: 'function', function: { name: t.name } }));
  return { ...ownParams.call(this, options), ...(tools.length > 0 ? { tools } : {}) };
};
type Graph = CompiledGraphLike & {
  invoke(input: unknown, config: unknown): Promise<unknown>;
  stream(input: unknown, config: unknown): Promise<AsyncIterable<unknown>>;
};

const delegateTool = (to: string) => `delegate_to_${to}`;
const text = (message: BaseMessage | undefined) =>
  message === undefined ? '' : typeof message.content === 'string' ? message.content : message.text;

/** The AIMessage an agent's model answers with for one scripted reply. */
function toMessage(
  agent: string,
  reply: Reply,
  index: number,
  handoffAs: (
    to: string,
    message: string,
  ) => { content: string; tool?: { name: string; args: Record<string, unknown> } },
): AIMessage {
  const id = `${agent}-${index}`;
  let content = '';
  let toolCalls: { name: string; args: Record<string, unknown>; id: string; type: 'tool_call' }[] = [];
  if ('say' in reply) content = reply.say;
  else if ('call' in reply) {
    content = reply.text ?? '';
    toolCalls = [{ name: reply.call, args: reply.args, id: `call_${id}`, type: 'tool_call' }];
  } else if ('handoff' in reply) {
    const spoken = handoffAs(reply.handoff, reply.message);
    content = spoken.content;
    if (spoken.tool) toolCalls = [{ ...spoken.tool, id: `call_${id}`, type: 'tool_call' }];
  } else content = JSON.stringify(reply.plan);
  return new AIMessage({
    id,
    name: agent,
    content: reply.reasoning
      ? [
          { type: 'reasoning', reasoning: reply.reasoning },
          { type: 'text', text: content },
        ]
      : content,
    tool_calls: toolCalls,
    ...('cutOff' in reply && reply.cutOff ? { response_metadata: { finish_reason: 'length' } } : {}),
    usage_metadata: {
      input_tokens: 40,
      output_tokens: Math.ceil(content.length / 4) + 5,
      total_tokens: 45 + Math.ceil(content.length / 4),
    },
  });
}

/**
 * Runs a scenario as a LangGraph program: pipelines, fan-out (`Send`), branches (conditional edges)
 * and networks (`Command` routing) as `StateGraph`s whose nodes call the agent's model or a
 * `createAgent` agent; supervisors and nested teams with `createSupervisor` (plain transfer tools or
 * task-description tools); swarms with `createSwarm`. Handoff is attached as the README says: one
 * `HandoffCallbackHandler` (given the compiled graph) in the run's `callbacks`.
 */
export const runOnLangGraph: Runner = async (context) => {
  const { scenario, mode, tracer } = context;
  const graph = buildGraph(context);
  const config = {
    callbacks: [new HandoffCallbackHandler({ tracer, graph })],
    recursionLimit: 150,
    ...(mode === 'stream' ? { streamMode: ['updates', 'messages'], subgraphs: true } : {}),
  };
  const input = { messages: [new HumanMessage({ id: `${scenario.id}-request`, content: scenario.request })] };
  if (mode === 'invoke') {
    const state = (await graph.invoke(input, config)) as { answer?: string; messages?: BaseMessage[] };
    return state.answer ?? text(state.messages?.at(-1));
  }
  let answer = '';
  for await (const chunk of await graph.stream(input, config)) {
    const update = JSON.stringify(chunk);
    if (update.includes('"answer"')) answer = update;
  }
  return answer;
};

function buildGraph(context: RunContext): Graph {
  const { scenario, clock } = context;
  const topology = scenario.topology;
  const handoffAs = (to: string, message: string) => {
    switch (topology.shape) {
      case 'network':
        return { content: routeText(to, message) };
      case 'supervisor':
        return topology.handoffTools === 'task'
          ? { content: '', tool: { name: delegateTool(to), args: { task: message } } }
          : { content: message, tool: { name: `transfer_to_${to}`, args: {} } };
      default:
        return { content: message, tool: { name: `transfer_to_${to}`, args: {} } };
    }
  };
  const models = new Map<string, Model>();
  for (const agent of scenario.agents) {
    const model = fakeModel();
    const isRouter = topology.shape === 'network' && agent.name === topology.coordinator;
    // Like the AI SDK mock, a model asked more often than scripted repeats its last reply.
    const replies = [...agent.replies, ...Array.from({ length: 16 }, () => agent.replies.at(-1)!)];
    replies.forEach((reply, index) => {
      model.respond(() => {
        if (reply.waitMs) clock.wait(reply.waitMs);
        const routed = isRouter && 'say' in reply ? { ...reply, say: routeText(FINISH, reply.say) } : reply;
        return toMessage(agent.name, routed, index, handoffAs);
      });
    });
    models.set(agent.name, model);
  }
  // One set of tool plans per agent for the whole run: an agent invoked again goes on with its next
  // scripted results (a re-check gets the new reading), as one tool object would.
  const plans = new Map(scenario.agents.map((agent) => [agent.name, agentTools(agent)]));
  const ownTools = (agent: AgentSpec): StructuredToolInterface[] =>
    plans.get(agent.name)!.map((plan) =>
      tool(async (args) => plan.execute(args), {
        name: plan.name,
        description: plan.description,
        schema: plan.schema,
      }),
    );
  /** A `createAgent` agent; a program fault can swap the prompt its model sees. */
  const reactAgent = (agent: AgentSpec, extraTools: StructuredToolInterface[] = []) => {
    const lost = lostPrompt(scenario, agent.name);
    return createAgent({
      model: models.get(agent.name)! as never,
      tools: [...ownTools(agent), ...extraTools],
      name: agent.name,
      systemPrompt: agent.instructions,
      middleware: lost
        ? [
            createMiddleware({
              name: 'prompt-builder',
              wrapModelCall: (request, handler) =>
                handler({ ...request, messages: [new HumanMessage(lost)] }),
            }),
          ]
        : [],
    });
  };
  /** One agent answering one prompt inside a node: its model alone, or a tool-calling agent. */
  const answer = async (name: string, prompt: string): Promise<string> => {
    const agent = agentOf(scenario, name);
    if (plans.get(agent.name)!.length === 0)
      return text(
        await models.get(name)!.invoke([new SystemMessage(agent.instructions), new HumanMessage(prompt)]),
      );
    const state = (await reactAgent(agent).invoke({ messages: [new HumanMessage(prompt)] })) as {
      messages: BaseMessage[];
    };
    return text(state.messages.at(-1));
  };
  const request = scenario.request;
  const promptFor = (name: string, input: string) =>
    lostPrompt(scenario, name) ?? fillPrompt(agentOf(scenario, name), input, request);

  switch (topology.shape) {
    case 'pipeline': {
      const State = Annotation.Root({
        messages: Annotation<BaseMessage[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
        answer: Annotation<string>(),
        rounds: Annotation<number>({ reducer: (a, b) => a + b, default: () => 0 }),
      });
      let builder = new StateGraph(State) as unknown as StateGraph<typeof State.spec>;
      for (const name of topology.order)
        builder = builder.addNode(name, async (state: typeof State.State) => {
          // The previous stage's answer (in a revise loop, the reviewer's note), else the request.
          const input = state.answer ?? text(state.messages[0]);
          const rounds = topology.loop?.from === name ? 1 : 0;
          const result = await answer(name, promptFor(name, input));
          crashAfter(scenario, name);
          return { answer: result, rounds } as never;
        }) as never;
      const edges = builder as unknown as {
        addEdge(from: string, to: string): typeof edges;
        addConditionalEdges(from: string, route: (state: typeof State.State) => string): typeof edges;
        compile(options: { name: string }): Graph;
      };
      edges.addEdge(START, topology.order[0]!);
      topology.order.forEach((name, index) => {
        const next = topology.order[index + 1] ?? END;
        const loop = topology.loop;
        if (loop && loop.from === name)
          edges.addConditionalEdges(name, (state) =>
            state.answer.startsWith(loop.while) && state.rounds < loop.max ? loop.to : next,
          );
        else edges.addEdge(name, next);
      });
      return edges.compile({ name: scenario.id });
    }
    case 'fanout': {
      const State = Annotation.Root({
        messages: Annotation<BaseMessage[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
        plan: Annotation<Record<string, string>>(),
        results: Annotation<[string, string][]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
        answer: Annotation<string>(),
      });
      const sent = topology.workers.filter((worker) => lostPrompt(scenario, worker) !== null);
      const graph = new StateGraph(State) as unknown as {
        addNode(name: string, run: (state: never) => Promise<unknown>): typeof graph;
        addEdge(from: string | string[], to: string): typeof graph;
        addConditionalEdges(from: string, route: (state: typeof State.State) => unknown): typeof graph;
        compile(options: { name: string }): Graph;
      };
      graph.addNode(topology.planner, async (state: typeof State.State) => ({
        plan: parsePlan(await answer(topology.planner, promptFor(topology.planner, text(state.messages[0])))),
      }));
      for (const worker of topology.workers)
        graph.addNode(worker, async (input: { brief: string }) => ({
          results: [[worker, await answer(worker, promptFor(worker, input.brief))]],
        }));
      graph.addNode(topology.aggregator, async (state: typeof State.State) => {
        const ordered = sent.flatMap((worker) => state.results.filter(([name]) => name === worker));
        return {
          answer: await answer(topology.aggregator, promptFor(topology.aggregator, mergeResults(ordered))),
        };
      });
      graph.addEdge(START, topology.planner);
      graph.addConditionalEdges(topology.planner, (state) =>
        sent.map((worker) => new Send(worker, { brief: state.plan[worker] ?? '' })),
      );
      graph.addEdge(sent, topology.aggregator);
      graph.addEdge(topology.aggregator, END);
      return graph.compile({ name: scenario.id });
    }
    case 'branch': {
      const State = Annotation.Root({
        messages: Annotation<BaseMessage[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
        label: Annotation<string>(),
        answer: Annotation<string>(),
      });
      const routes = [...new Set(Object.values(topology.routes))];
      const graph = new StateGraph(State) as unknown as {
        addNode(name: string, run: (state: typeof State.State) => Promise<unknown>): typeof graph;
        addEdge(from: string, to: string): typeof graph;
        addConditionalEdges(
          from: string,
          route: (state: typeof State.State) => string,
          ends: string[],
        ): typeof graph;
        compile(options: { name: string }): Graph;
      };
      graph.addNode(topology.classifier, async (state) => ({
        label: await answer(topology.classifier, promptFor(topology.classifier, text(state.messages[0]))),
      }));
      for (const route of routes)
        graph.addNode(route, async (state) => ({
          answer: await answer(route, promptFor(route, state.label)),
        }));
      graph.addEdge(START, topology.classifier);
      graph.addConditionalEdges(
        topology.classifier,
        (state) => pickRoute(state.label, topology.routes),
        routes,
      );
      if (topology.after) {
        const then = topology.after;
        graph.addNode(then, async (state) => ({ answer: await answer(then, promptFor(then, state.answer)) }));
        for (const route of routes) graph.addEdge(route, then);
        graph.addEdge(then, END);
      } else for (const route of routes) graph.addEdge(route, END);
      return graph.compile({ name: scenario.id });
    }
    case 'network': {
      const State = Annotation.Root({
        messages: Annotation<BaseMessage[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
        prompt: Annotation<string>(),
        answer: Annotation<string>(),
      });
      const router = agentOf(scenario, topology.coordinator);
      const graph = new StateGraph(State) as unknown as {
        addNode(
          name: string,
          run: (state: typeof State.State) => Promise<unknown>,
          options: { ends: string[] },
        ): typeof graph;
        addEdge(from: string, to: string): typeof graph;
        compile(options: { name: string }): Graph;
      };
      graph.addNode(
        router.name,
        async (state) => {
          const reply = await models
            .get(router.name)!
            .invoke([new SystemMessage(router.instructions), ...state.messages]);
          const decision = parseRoute(text(reply));
          if (decision.next === FINISH || !topology.workers.includes(decision.next))
            return new Command({ goto: END, update: { answer: decision.prompt } });
          return new Command({ goto: decision.next, update: { prompt: decision.prompt, messages: [reply] } });
        },
        { ends: [...topology.workers, END] },
      );
      for (const worker of topology.workers)
        graph.addNode(
          worker,
          async (state) => {
            const result = await answer(worker, lostPrompt(scenario, worker) ?? state.prompt);
            return new Command({
              goto: router.name,
              update: {
                messages: [new HumanMessage({ content: `${worker} answered: ${result}`, name: worker })],
              },
            });
          },
          { ends: [router.name] },
        );
      graph.addEdge(START, router.name);
      return graph.compile({ name: scenario.id });
    }
    case 'swarm': {
      const agents = topology.agents.map(
        (name) =>
          reactAgent(
            agentOf(scenario, name),
            topology.agents
              .filter((peer) => peer !== name)
              .map((peer) =>
                createHandoffTool({ agentName: peer, description: agentOf(scenario, peer).description }),
              ) as never,
          ).graph,
      );
      return createSwarm({ agents: agents as never, defaultActiveAgent: topology.entry }).compile({
        name: scenario.id,
      }) as unknown as Graph;
    }
    case 'supervisor':
    case 'nested': {
      const teams: Record<string, string[]> =
        topology.shape === 'supervisor'
          ? { [topology.coordinator]: topology.workers }
          : { [topology.top]: Object.keys(topology.teams), ...topology.teams };
      const taskTools = topology.shape === 'supervisor' && topology.handoffTools === 'task';
      const team = (name: string, graphName: string): unknown => {
        const members = teams[name]!;
        const agents = members.map((member) =>
          teams[member] ? team(member, member) : reactAgent(agentOf(scenario, member)).graph,
        );
        const tools = [
          ...ownTools(agentOf(scenario, name)),
          ...(taskTools ? members.map((member) => taskDescriptionTool(member, scenario)) : []),
        ];
        return createSupervisor({
          agents: agents as never,
          llm: models.get(name)! as never,
          tools: tools as never,
          prompt: agentOf(scenario, name).instructions,
          supervisorName: name,
        }).compile({ name: graphName });
      };
      const top = topology.shape === 'supervisor' ? topology.coordinator : topology.top;
      return team(top, scenario.id) as Graph;
    }
  }
}

/**
 * The documented "handoff with a task description" tool: the supervisor writes the task as the
 * tool's argument, and the agent starts from that task alone (`Send` with a fresh message list).
 */
function taskDescriptionTool(agent: string, scenario: Scenario) {
  return tool(
    async ({ task }) => {
      const state = getCurrentTaskInput() as Record<string, unknown>;
      const lost = lostPrompt(scenario, agent);
      return new Command({
        goto: [new Send(agent, { ...state, messages: [new HumanMessage(lost ?? task)] })],
        graph: Command.PARENT,
      });
    },
    {
      name: delegateTool(agent),
      description: `Give ${agent} a task, described in full: ${agentOf(scenario, agent).description}`,
      schema: z.object({ task: z.string().describe('What the agent should do, with every detail it needs') }),
    },
  );
}

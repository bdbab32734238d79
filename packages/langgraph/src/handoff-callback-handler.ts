import { type GraphTopology, safely, type Tracer, type TurnHandle, type WorkflowHandle } from '@handoff/core';
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import {
  asList,
  type CommandLike,
  commandsOf,
  finishReasonOf,
  isCommand,
  isSend,
  mergedUpdate,
  nodeOf,
  reasoningOf,
  stateToMessages,
  textOfMessage,
  toMessage,
  toolCallsOf,
  usageOf,
} from './convert.ts';
import { type CompiledGraphLike, graphTopologies } from './graph-topology.ts';
import { HandoffLedger } from './handoff-ledger.ts';
import { answerMessage, HUMAN, HumanAnswers } from './human-answers.ts';
import { describeUpdate, valuesText } from './payload-text.ts';
import { type RunInfo, RunTree } from './run-tree.ts';
import { readState, type StateContextOptions, writeState } from './state-context.ts';

export interface HandoffCallbackHandlerOptions extends StateContextOptions {
  tracer: Tracer;
  /**
   * Node names that are the inner steps of one agent rather than agents of their own, added to the
   * prebuilt ones (`agent`, `tools`, `model_request`, hooks): their work belongs to the enclosing agent.
   */
  internalNodes?: string[];
  /**
   * The compiled graph(s) this handler traces: their declared nodes and edges (subgraphs and
   * prebuilt supervisor/swarm graphs included) are recorded with each run of a graph of that name,
   * so a run that stops at a node names the node that should have run next. Callbacks never see
   * the graph object, hence the option.
   */
  graph?: CompiledGraphLike | CompiledGraphLike[];
}

const HIDDEN_NODES = new Set(['__start__', '__end__']);
/** Run classes of graphs: `CompiledStateGraph`, a functional-API `entrypoint`, a bare Pregel. */
const GRAPH_CLASSES = new Set(['CompiledStateGraph', 'CompiledGraph', 'Pregel', 'LangGraph']);
/** Inner nodes of the prebuilt agents (createReactAgent, createAgent) and of hand-built ReAct loops. */
const INTERNAL_NODES = [
  'agent',
  'tools',
  'model_request',
  'pre_model_hook',
  'post_model_hook',
  'generate_structured_response',
];
/** What a conditional edge's router returns: node names (or labels a path map turns into them). */
const ROUTE_NAME = /^[^\s]{1,100}$/;
const NO_DESTINATIONS: ReadonlySet<string> = new Set();

function isControlFlow(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name;
  return (
    name === 'ParentCommand' ||
    name === 'GraphInterrupt' ||
    name === 'NodeInterrupt' ||
    name === 'GraphBubbleUp'
  );
}

function prefixOf(agent: string): string {
  return agent.slice(0, agent.lastIndexOf('/') + 1);
}

function textOf(outputs: unknown): string {
  return describeUpdate(outputs, NO_DESTINATIONS).text;
}

/**
 * A graph's result: what its messages say and the values of its other channels (a supervisor that
 * finishes by writing `answer` without a message has its answer there, not in the last message).
 */
function finalText(outputs: unknown): string {
  const described = describeUpdate(outputs, NO_DESTINATIONS);
  const channels = described.payload === undefined ? '' : valuesText(described.payload);
  return channels === '' || described.text.includes(channels)
    ? described.text
    : [described.text, channels].filter(Boolean).join('\n');
}

/**
 * A LangChain callback handler that turns a LangGraph run into a Handoff trace: one workflow per root
 * run, one turn per node run by an agent (nested graphs give nested agents named by path, a prebuilt
 * agent's inner nodes belong to its turn), its model and tool calls, and a handoff for every edge,
 * Command, Send, transfer tool, agent called as a tool, task call, and hand-back to a coordinator.
 *
 * Handlers run inline (`awaitHandlers`), so the trace is complete when `invoke`/`stream` returns.
 */
export class HandoffCallbackHandler extends BaseCallbackHandler {
  name = 'handoff';
  override awaitHandlers = true;
  private readonly tracer: Tracer;
  private readonly options: HandoffCallbackHandlerOptions;
  private readonly internalNodes: Set<string>;
  private readonly runs = new RunTree();
  private readonly ledger: HandoffLedger;
  /** What each turn said when it transferred: its output if it ends by a ParentCommand. */
  private readonly said = new Map<string, string>();
  /** Task runs whose handoff tool already announced the ParentCommand that follows. */
  private readonly transferredTasks = new Set<string>();
  private readonly seenBubbles = new WeakSet<object>();
  private readonly human: HumanAnswers;
  private readonly topologies = new Map<string, CompiledGraphLike>();
  private readonly drawn = new WeakMap<CompiledGraphLike, GraphTopology[]>();

  constructor(options: HandoffCallbackHandlerOptions) {
    super({ _awaitHandler: true });
    this.tracer = options.tracer;
    this.options = options;
    this.internalNodes = new Set([...INTERNAL_NODES, ...(options.internalNodes ?? [])]);
    this.ledger = new HandoffLedger(() => this.tracer.now());
    this.human = new HumanAnswers(options.tracer);
    const graphs = options.graph === undefined ? [] : [options.graph].flat();
    for (const graph of graphs) this.guard('graph option', () => this.topologies.set(graph.getName(), graph));
  }

  private guard(label: string, fn: () => void): void {
    safely(this.tracer, `langgraph ${label}`, fn);
  }

  // The runtime calls handleChainStart(chain, inputs, runId, parentRunId, tags, metadata, runType,
  // runName, extra), not in the order its .d.ts declares; read the arguments by position.
  override handleChainStart(...args: unknown[]): void {
    this.guard('chain start', () => {
      const [chain, inputs, runId, parentRunId, tags, metadata, , runName] = args as [
        { id?: string[] } | undefined,
        unknown,
        string,
        string | undefined,
        string[] | undefined,
        Record<string, unknown> | undefined,
        string | undefined,
        string | undefined,
      ];
      const className = chain?.id?.at(-1);
      const name = runName ?? className ?? 'chain';
      const parent = this.runs.get(parentRunId);
      if (!parent) {
        this.startRoot(
          runId,
          name,
          inputs,
          metadata,
          className !== undefined && GRAPH_CLASSES.has(className),
        );
        return;
      }
      if (className !== undefined && GRAPH_CLASSES.has(className)) {
        this.startGraph(parent, runId, name, inputs, metadata);
        return;
      }
      const isTask = parent.kind === 'graph' && metadata?.langgraph_node === name;
      const run = this.runs.add({
        id: runId,
        parent: parent.id,
        name,
        kind: isTask ? 'task' : 'chain',
        scope: parent.scope,
        workflow: parent.workflow,
        startedAt: this.tracer.now(),
        ...((tags ?? []).includes('langsmith:hidden') ? { hidden: true } : {}),
      });
      if (!isTask || HIDDEN_NODES.has(name) || run.hidden) return;
      run.step = Number(metadata?.langgraph_step ?? 0);
      const graph = this.runs.get(parent.scope);
      const agentName = metadata?.lc_agent_name;
      const scope = this.ledger.scope(parent.scope);
      if (scope?.owner && scope.owner.agent.split('/').at(-1) === name) {
        // A team led by a node of its own name (`createSupervisor({ supervisorName: "qa_lead" })`
        // compiled as `qa_lead`): the lead is the team, its work goes to the team's turn.
        scope.ledByOwner = true;
        const step = run.step;
        this.ledger.receivedBy(scope.owner).push(
          ...this.ledger.deliver(run.workflow, scope, {
            node: name,
            agent: scope.owner.agent,
            step,
            pushIndex: undefined,
            toTurnId: scope.owner.id,
          }),
        );
        return;
      }
      if (this.internalNodes.has(name) || (agentName !== undefined && graph?.name === agentName)) {
        // A prebuilt agent's step: the graph is the agent. Open its turn if nothing encloses it.
        if (graph && !this.runs.turnOf(parent.id)) this.openGraphTurn(graph);
        return;
      }
      this.startNodeTurn(run, inputs, metadata);
    });
  }

  private startRoot(
    runId: string,
    name: string,
    inputs: unknown,
    metadata: Record<string, unknown> | undefined,
    isGraph: boolean,
  ): void {
    const threadId = metadata?.thread_id === undefined ? undefined : String(metadata.thread_id);
    const resumption = this.human.resumes(threadId, inputs);
    const workflow =
      this.tracer.currentWorkflow() ??
      this.tracer.startWorkflow(name, {
        input: inputs,
        metadata: {
          framework: 'langgraph',
          rootRunId: runId,
          ...(threadId ? { threadId } : {}),
          ...resumption?.metadata,
        },
      });
    this.human.started(workflow, threadId, resumption?.resumed);
    this.guard('graph topology', () => this.declareTopology(workflow, name, isGraph));
    const now = this.tracer.now();
    this.runs.add({
      id: runId,
      parent: undefined,
      name,
      kind: 'graph',
      scope: runId,
      workflow,
      startedAt: now,
      inputs,
    });
    this.ledger.openScope(runId, undefined);
  }

  /** The declared graph of a root run, when the `graph` option gave a graph of its name. */
  private declareTopology(workflow: WorkflowHandle, name: string, isGraph: boolean): void {
    // By name; a single graph given also covers a run renamed with `runName`.
    const only = this.topologies.size === 1 && isGraph ? [...this.topologies.values()][0] : undefined;
    const graph = this.topologies.get(name) ?? only;
    if (!graph) return;
    let topologies = this.drawn.get(graph);
    if (!topologies) {
      topologies = graphTopologies(graph, this.internalNodes);
      this.drawn.set(graph, topologies);
    }
    for (const topology of topologies) workflow.declareTopology(topology);
  }

  /** A nested graph: a team inside a node, or an agent that a tool calls (delegation). */
  private startGraph(
    parent: RunInfo,
    runId: string,
    name: string,
    inputs: unknown,
    metadata: Record<string, unknown> | undefined,
  ): void {
    const graph = this.runs.add({
      id: runId,
      parent: parent.id,
      name,
      kind: 'graph',
      scope: runId,
      workflow: parent.workflow,
      startedAt: this.tracer.now(),
      inputs,
    });
    const via = this.runs.nearest(parent.id, (run) => run.kind === 'tool' || run.kind === 'task');
    const caller = via?.kind === 'tool' ? this.runs.turnOf(parent.id) : undefined;
    if (caller && via) {
      const agent = prefixOf(caller.agent) + (name === 'LangGraph' ? via.name : name);
      const received = this.ledger.delegate(graph.workflow, caller, agent, {
        content: valuesText(via.args),
        payload: via.args,
        metadata: { tool: via.name },
      });
      graph.caller = caller;
      graph.turn = graph.workflow.startTurn({
        agent,
        parentTurnId: caller.id,
        input: stateToMessages(inputs),
        metadata: { langgraphGraph: name, checkpointNs: metadata?.checkpoint_ns, delegatedBy: via.name },
      });
      this.ledger.receivedBy(graph.turn).push(...received);
    }
    this.ledger.openScope(runId, this.runs.turnOf(runId));
  }

  /** The turn of a graph that is one agent (a prebuilt agent invoked directly). */
  private openGraphTurn(graph: RunInfo): void {
    if (graph.turn) return;
    const prefix = this.ledger.scope(graph.scope)?.prefix ?? '';
    graph.turn = graph.workflow.startTurn({
      agent: prefix + (graph.name === 'LangGraph' ? 'agent' : graph.name),
      input: stateToMessages(graph.inputs),
      metadata: { langgraphGraph: graph.name },
      at: graph.startedAt,
    });
  }

  private startNodeTurn(run: RunInfo, inputs: unknown, metadata: Record<string, unknown> | undefined): void {
    const scope = this.ledger.scope(run.scope);
    if (!scope) return;
    const agent = scope.prefix + run.name;
    const step = run.step ?? 0;
    const path = metadata?.langgraph_path as unknown[] | undefined;
    // A functional-API task names the task that called it: `[__pregel_push, [__pregel_pull, caller], i]`.
    const callerPath = Array.isArray(path?.[1]) ? (path[1] as unknown[]) : undefined;
    const caller = callerPath ? this.runs.runningTask(run.scope, String(callerPath[1])) : undefined;
    if (caller) run.caller = caller;
    const pushIndex = path?.[0] === '__pregel_push' && !callerPath ? Number(path[1]) : undefined;
    const received = caller
      ? this.ledger.delegate(run.workflow, caller, agent, { content: valuesText(inputs), payload: inputs })
      : this.ledger.deliver(run.workflow, scope, { node: run.name, agent, step, pushIndex });
    const parentTurn = caller ?? this.runs.turnOf(run.parent);
    run.checkpointNs = metadata?.checkpoint_ns === undefined ? undefined : String(metadata.checkpoint_ns);
    // A resumed run re-runs the task that asked a human: `interrupt()` now returns the answer.
    const answer = this.human.answerFor(run.workflow, agent, run.checkpointNs);
    const turn = run.workflow.startTurn({
      agent,
      input: answer ? [...stateToMessages(inputs), answerMessage(answer)] : stateToMessages(inputs),
      ...(parentTurn ? { parentTurnId: parentTurn.id } : {}),
      metadata: {
        langgraphNode: run.name,
        step,
        triggers: metadata?.langgraph_triggers,
        checkpointNs: metadata?.checkpoint_ns,
      },
    });
    run.turn = turn;
    this.ledger.receivedBy(turn).push(...received);
    if (answer)
      run.workflow.sendHandoff({ kind: 'return', from: HUMAN, to: agent, toTurnId: turn.id, ...answer });
    readState(this.options, run.workflow, turn, scope.prefix, inputs);
  }

  override handleChainEnd(outputs: unknown, runId: string): void {
    this.guard('chain end', () => {
      const run = this.runs.get(runId);
      if (!run) return;
      this.runs.delete(runId);
      if (run.kind === 'graph') this.endGraph(run, outputs);
      else if (run.kind === 'task' && run.turn) this.endNodeTurn(run, run.turn, outputs);
      else if (run.kind === 'chain') {
        const parent = this.runs.get(run.parent);
        if (parent && run.ranModel) parent.ranModel = true;
        // A conditional edge's router is a chain under the node; its output names the next nodes.
        if (parent?.kind === 'task' && parent.turn && !run.ranModel && !run.hidden)
          this.announceRoutes(parent, parent.turn, outputs);
      }
    });
  }

  private announceRoutes(task: RunInfo, turn: TurnHandle, outputs: unknown): void {
    const scope = this.ledger.scope(task.scope);
    const routed = asList((outputs as { output?: unknown } | undefined)?.output ?? outputs);
    const valid = routed.every(
      (target) => isSend(target) || (typeof target === 'string' && ROUTE_NAME.test(target)),
    );
    if (scope && routed.length > 0 && valid)
      this.ledger.announceTargets(scope, turn, routed, 'edge', undefined);
  }

  private endNodeTurn(run: RunInfo, turn: TurnHandle, outputs: unknown): void {
    if (run.caller) {
      // A functional-API task: its return value goes back to its caller.
      const text = textOf((outputs as { output?: unknown } | undefined)?.output ?? outputs);
      turn.end({ output: text });
      this.ledger.giveBack(run.workflow, turn, run.caller, text);
      return;
    }
    const scope = this.ledger.scope(run.scope);
    const commands = commandsOf(outputs);
    const update = commands.length > 0 ? mergedUpdate(commands) : outputs;
    const gotos = commands.flatMap((command) => asList(command.goto));
    const routes = this.ledger.pendingRoutes(scope, turn);
    const destinations = new Set([
      ...gotos.map(nodeOf).filter((node): node is string => node !== undefined),
      ...gotos.filter((goto): goto is string => goto === '__end__'),
      ...routes.map((a) => a.node),
    ]);
    const described = describeUpdate(update, destinations, routes.length > 0);
    writeState(this.options, turn, scope?.prefix ?? '', update, described.routingKeys);
    const payload = described.routing ? (update ?? { goto: [...destinations] }) : described.payload;
    turn.end({ output: described.text, ...(payload === undefined ? {} : { outputPayload: payload }) });
    if (!scope) return;
    if (commands.length > 0) this.ledger.announceTargets(scope, turn, gotos, 'command', described);
    this.ledger.fillRoutes(scope, turn, described);
    this.ledger.ended(scope, {
      turn,
      step: run.step ?? 0,
      output: described.text,
      routing: described.routing,
      commanded: commands.length > 0,
    });
  }

  private endGraph(run: RunInfo, outputs: unknown): void {
    const scope = this.ledger.closeScope(run.id);
    // A team's result goes back to the node that ran it.
    if (scope) this.ledger.exitTeam(run.workflow, scope);
    if (run.turn && !run.turn.ended) {
      const text = textOf(outputs);
      run.turn.end({ output: text });
      if (run.caller) this.ledger.giveBack(run.workflow, run.turn, run.caller, text);
    }
    if (run.parent === undefined) this.human.ended(run.workflow);
    if (run.parent === undefined && run.workflow !== this.tracer.currentWorkflow())
      run.workflow.end({ output: finalText(outputs) });
  }

  override handleChainError(error: unknown, runId: string): void {
    this.guard('chain error', () => {
      const run = this.runs.get(runId);
      if (!run) return;
      // ParentCommand and interrupts bubble up through handleChainError: control flow, not failure.
      const control = isControlFlow(error);
      const command = control ? (error as { command?: CommandLike }).command : undefined;
      const bubble = error !== null && typeof error === 'object' ? error : undefined;
      if (command && bubble && run.kind === 'task' && !this.seenBubbles.has(bubble)) {
        // The innermost task raised it; the same error then passes through every enclosing run.
        this.seenBubbles.add(bubble);
        if (!this.transferredTasks.delete(runId)) this.announceParentCommand(run, command);
      }
      this.runs.delete(runId);
      if (run.kind === 'graph') this.ledger.closeScope(runId);
      if (run.turn && !run.turn.ended) {
        if (!control) run.turn.end({ error });
        else this.endByBubble(run, run.turn, command, error);
      }
      if (run.parent === undefined) this.human.ended(run.workflow);
      if (run.parent === undefined && run.workflow !== this.tracer.currentWorkflow())
        run.workflow.end(control ? {} : { error });
    });
  }

  /** A turn left by a ParentCommand or an interrupt: it ends with what it said. */
  private endByBubble(
    run: RunInfo,
    turn: TurnHandle,
    command: CommandLike | undefined,
    error: unknown,
  ): void {
    // An `interrupt()` waits for a human: the turn stops here and a resumed run carries on.
    const interrupts = (error as { interrupts?: { id?: string; value?: unknown }[] } | undefined)?.interrupts;
    if (!command && Array.isArray(interrupts)) {
      turn.update({ metadata: { interrupted: true, interrupts: interrupts.map((i) => i.value) } });
      if (run.kind === 'task') this.human.ask(turn, error as object, run.checkpointNs, interrupts);
    }
    const gotos = new Set(asList(command?.goto).map(String));
    const text = this.said.get(turn.id) ?? describeUpdate(command?.update, gotos).text;
    turn.end({ output: text });
    const scope = this.ledger.scope(run.scope);
    if (scope && run.kind === 'task')
      this.ledger.ended(scope, {
        turn,
        step: run.step ?? 0,
        output: text,
        routing: text === '',
        commanded: true,
      });
  }

  /** A node returned `Command({ graph: Command.PARENT })`: a handoff to a node of the parent graph. */
  private announceParentCommand(task: RunInfo, command: CommandLike): void {
    const from = this.runs.turnOf(task.id);
    const target = this.ledger.scope(this.runs.parentScopeOf(task));
    if (!from || !target) return;
    const gotos = asList(command.goto);
    const destinations = new Set(gotos.map(nodeOf).filter((node): node is string => node !== undefined));
    const described = describeUpdate(command.update, destinations);
    this.ledger.announceTargets(target, from, gotos, 'command', described, { parentCommand: true });
  }

  override handleChatModelStart(
    llm: { id?: string[]; kwargs?: Record<string, unknown> },
    messages: unknown[][],
    runId: string,
    parentRunId?: string,
    extraParams?: Record<string, unknown>,
    _tags?: string[],
    metadata?: Record<string, unknown>,
  ): void {
    this.guard('chat model start', () => {
      const parent = this.runs.get(parentRunId);
      if (!parent) return;
      const invocation = extraParams?.invocation_params as Record<string, unknown> | undefined;
      const model = String(
        metadata?.ls_model_name ??
          invocation?.model ??
          invocation?.model_name ??
          llm.kwargs?.model ??
          llm.id?.at(-1) ??
          'unknown',
      );
      // Bound tools: in the invocation params (real providers) or the call options.
      const bound = invocation?.tools ?? (extraParams?.options as { tools?: unknown } | undefined)?.tools;
      this.runs.markModelWork(parent.id);
      this.runs.add({
        id: runId,
        parent: parent.id,
        name: model,
        kind: 'model',
        scope: parent.scope,
        workflow: parent.workflow,
        startedAt: this.tracer.now(),
        input: (messages[0] ?? []).map(toMessage),
        model,
        ...(metadata?.ls_provider ? { provider: String(metadata.ls_provider) } : {}),
        ...(Array.isArray(bound) ? { tools: bound } : {}),
      });
    });
  }

  override handleLLMEnd(
    output: {
      generations?: { message?: unknown; text?: string; generationInfo?: Record<string, unknown> }[][];
    },
    runId: string,
  ): void {
    this.guard('llm end', () => {
      const run = this.runs.get(runId);
      if (!run) return;
      this.runs.delete(runId);
      const generation = output.generations?.[0]?.[0];
      const message = generation?.message;
      const reasoning = message ? reasoningOf(message as never) : undefined;
      const finishReason = finishReasonOf(message, generation?.generationInfo);
      this.runs.turnOf(run.parent)?.recordModelCall({
        model: run.model ?? 'unknown',
        ...(run.provider ? { provider: run.provider } : {}),
        input: run.input ?? [],
        output: message ? textOfMessage(message as never) : (generation?.text ?? ''),
        ...(reasoning ? { reasoning } : {}),
        toolCalls: message ? toolCallsOf(message) : [],
        ...(run.tools ? { tools: run.tools } : {}),
        usage: message ? usageOf(message) : {},
        ...(finishReason ? { finishReason } : {}),
        startedAt: run.startedAt,
        endedAt: this.tracer.now(),
      });
    });
  }

  override handleLLMError(error: unknown, runId: string): void {
    this.guard('llm error', () => {
      const run = this.runs.get(runId);
      if (!run) return;
      this.runs.delete(runId);
      this.runs.turnOf(run.parent)?.recordModelCall({
        model: run.model ?? 'unknown',
        input: run.input ?? [],
        startedAt: run.startedAt,
        error,
      });
    });
  }

  override handleToolStart(
    _tool: unknown,
    input: string,
    runId: string,
    parentRunId?: string,
    _tags?: string[],
    _metadata?: Record<string, unknown>,
    runName?: string,
    toolCallId?: string,
  ): void {
    this.guard('tool start', () => {
      const parent = this.runs.get(parentRunId);
      if (!parent) return;
      let args: unknown = input;
      try {
        args = JSON.parse(input);
      } catch {
        // plain string input
      }
      const name = runName ?? 'tool';
      const turn = this.runs.turnOf(parent.id);
      this.runs.add({
        id: runId,
        parent: parent.id,
        name,
        kind: 'tool',
        scope: parent.scope,
        workflow: parent.workflow,
        startedAt: this.tracer.now(),
        args,
        ...(turn
          ? {
              tool: turn.startToolCall({
                name,
                args,
                ...(toolCallId ? { id: `${runId}:${toolCallId}` } : {}),
              }),
            }
          : {}),
      });
    });
  }

  override handleToolEnd(output: unknown, runId: string): void {
    this.guard('tool end', () => {
      const run = this.runs.get(runId);
      if (!run) return;
      this.runs.delete(runId);
      if (isCommand(output)) {
        this.transfer(run, output);
        return;
      }
      const content =
        output && typeof output === 'object' && 'content' in output ? textOfMessage(output as never) : output;
      run.tool?.end({ result: content });
    });
  }

  /** A handoff tool (supervisor, swarm, custom) returned a Command: a transfer in the graph it names. */
  private transfer(tool: RunInfo, command: CommandLike): void {
    const messages = stateToMessages(command.update);
    tool.tool?.end({ result: messages.filter((m) => m.role === 'tool').at(-1)?.content ?? tool.name });
    const from = this.runs.turnOf(tool.parent);
    const task = this.runs.nearest(tool.parent, (run) => run.kind === 'task');
    if (!from || !task) return;
    const parent = command.graph === '__parent__';
    const target = this.ledger.scope(parent ? this.runs.parentScopeOf(task) : task.scope);
    if (!target) return;
    if (parent) this.transferredTasks.add(task.id);
    const said = messages.filter((m) => m.role === 'assistant').at(-1)?.content ?? '';
    const message = this.ledger.announceTransfer(target, from, asList(command.goto), {
      name: tool.name,
      args: tool.args,
      argsText: valuesText(tool.args),
      said,
    });
    this.said.set(from.id, message);
  }

  override handleToolError(error: unknown, runId: string): void {
    this.guard('tool error', () => {
      const run = this.runs.get(runId);
      if (!run) return;
      this.runs.delete(runId);
      run.tool?.end({ error });
    });
  }
}

import {
  type HandoffKind,
  safely,
  type ToolCallHandle,
  type Tracer,
  type TurnHandle,
  type WorkflowHandle,
} from '@handoff/core';
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import {
  reasoningOf,
  safeJson,
  stateToMessages,
  textOfMessage,
  toMessage,
  toolCallsOf,
  updateText,
  usageOf,
} from './convert.ts';

export interface HandoffCallbackHandlerOptions {
  tracer: Tracer;
  /** Record state keys written by nodes as context items (key `state:<name>`). Default true. */
  stateAsContext?: boolean;
  /** State keys never recorded as context (large or churning ones). Default `['messages']`. */
  ignoreStateKeys?: string[];
}

interface Root {
  workflow: WorkflowHandle;
  /** Top-level turns in the order they ended, for edges whose sender the callbacks do not name. */
  ended: { turn: TurnHandle; step: number; output: string; endedAt: number }[];
  /** Handoffs announced by a sender (Command, router, Send, transfer tool) and not yet received. */
  announced: {
    to: string;
    kind: HandoffKind;
    from: string;
    fromTurnId: string;
    content: string;
    payload?: unknown;
    pushIndex?: number;
  }[];
}

interface RunInfo {
  root: string;
  parent: string | undefined;
  name: string;
  kind: 'graph' | 'node' | 'chain' | 'model' | 'tool';
  turn?: TurnHandle;
  topLevel?: boolean;
  startedAt: number;
  input?: ReturnType<typeof stateToMessages>;
  model?: string;
  provider?: string;
  tool?: ToolCallHandle;
}

interface CommandLike {
  lg_name?: string;
  goto?: unknown;
  update?: unknown;
  graph?: string;
}

interface SendLike {
  lg_name?: string;
  node?: string;
  args?: unknown;
}

const HIDDEN_NODES = new Set(['__start__', '__end__']);

function isCommand(value: unknown): value is CommandLike {
  return Boolean(value && typeof value === 'object' && (value as CommandLike).lg_name === 'Command');
}

function isSend(value: unknown): value is SendLike {
  return Boolean(value && typeof value === 'object' && (value as SendLike).lg_name === 'Send');
}

function isControlFlow(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name;
  return (
    name === 'ParentCommand' ||
    name === 'GraphInterrupt' ||
    name === 'NodeInterrupt' ||
    name === 'GraphBubbleUp'
  );
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/**
 * A LangChain callback handler that turns a LangGraph run into a Handoff trace: one workflow per root
 * run, one turn per top-level node (a prebuilt agent's inner nodes belong to its turn), its model and
 * tool calls, and a handoff for every edge, Command, Send and supervisor/swarm transfer.
 *
 * Handlers run inline (`awaitHandlers`), so the trace is complete when `invoke`/`stream` returns.
 */
export class HandoffCallbackHandler extends BaseCallbackHandler {
  name = 'handoff';
  override awaitHandlers = true;
  private readonly tracer: Tracer;
  private readonly options: HandoffCallbackHandlerOptions;
  private readonly runs = new Map<string, RunInfo>();
  private readonly roots = new Map<string, Root>();
  /** LangGraph superstep of each top-level turn. */
  private readonly steps = new Map<string, number>();

  constructor(options: HandoffCallbackHandlerOptions) {
    super({ _awaitHandler: true });
    this.tracer = options.tracer;
    this.options = options;
  }

  private guard(label: string, fn: () => void): void {
    safely(this.tracer, `langgraph ${label}`, fn);
  }

  private turnOf(runId: string | undefined): TurnHandle | undefined {
    for (let id = runId; id; id = this.runs.get(id)?.parent) {
      const turn = this.runs.get(id)?.turn;
      if (turn) return turn;
    }
    return undefined;
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
      const name = runName ?? chain?.id?.at(-1) ?? 'chain';
      const parent = parentRunId ? this.runs.get(parentRunId) : undefined;
      if (!parent) {
        // A root run: one workflow.
        const workflow =
          this.tracer.currentWorkflow() === undefined
            ? this.tracer.startWorkflow(name, {
                input: inputs,
                metadata: {
                  framework: 'langgraph',
                  rootRunId: runId,
                  ...(metadata?.thread_id ? { threadId: metadata.thread_id } : {}),
                },
              })
            : this.tracer.currentWorkflow()!;
        this.roots.set(runId, { workflow, ended: [], announced: [] });
        this.runs.set(runId, {
          root: runId,
          parent: undefined,
          name,
          kind: 'graph',
          startedAt: this.tracer.now(),
        });
        return;
      }
      const root = this.roots.get(parent.root);
      const isNode =
        metadata?.langgraph_node === name &&
        !HIDDEN_NODES.has(name) &&
        !(tags ?? []).includes('langsmith:hidden');
      const topLevel = isNode && parent.kind === 'graph' && parent.parent === undefined;
      const info: RunInfo = {
        root: parent.root,
        parent: parentRunId,
        name,
        kind: isNode ? 'node' : chain?.id?.at(-1) === 'CompiledStateGraph' ? 'graph' : 'chain',
        startedAt: this.tracer.now(),
      };
      if (topLevel && root) {
        info.topLevel = true;
        const step = Number(metadata?.langgraph_step ?? 0);
        const agent = name;
        this.announceEdges(root, agent, step, metadata);
        info.turn = root.workflow.startTurn({
          agent,
          input: stateToMessages(inputs),
          metadata: {
            langgraphNode: name,
            step,
            triggers: metadata?.langgraph_triggers,
            checkpointNs: metadata?.checkpoint_ns,
          },
        });
        this.steps.set(info.turn.id, step);
        this.readState(root, info.turn, inputs);
      }
      this.runs.set(runId, info);
    });
  }

  /** Turns the sender side of whatever led to this node into handoffs before the node's turn starts. */
  private announceEdges(
    root: Root,
    agent: string,
    step: number,
    metadata: Record<string, unknown> | undefined,
  ): void {
    const path = metadata?.langgraph_path as unknown[] | undefined;
    const pushIndex = path?.[0] === '__pregel_push' ? Number(path[1]) : undefined;
    const announced = root.announced.findIndex(
      (a) =>
        a.to === agent && (pushIndex === undefined || a.pushIndex === undefined || a.pushIndex === pushIndex),
    );
    if (announced >= 0) {
      const [a] = root.announced.splice(announced, 1);
      if (a)
        root.workflow.sendHandoff({
          kind: a.kind,
          from: a.from,
          to: a.to,
          fromTurnId: a.fromTurnId,
          content: a.content,
          ...(a.payload === undefined ? {} : { payload: a.payload }),
        });
      return;
    }
    // A static edge: the senders are the top-level turns that ended in the previous step.
    const senders = root.ended.filter((e) => e.step === step - 1 && e.turn.agent !== agent);
    for (const sender of senders) {
      root.workflow.sendHandoff({
        kind: 'edge',
        from: sender.turn.agent,
        to: agent,
        fromTurnId: sender.turn.id,
        content: sender.output,
        at: sender.endedAt,
      });
    }
  }

  private readState(root: Root, turn: TurnHandle, inputs: unknown): void {
    if (this.options.stateAsContext === false || !inputs || typeof inputs !== 'object') return;
    const ignore = new Set(this.options.ignoreStateKeys ?? ['messages']);
    for (const [key, value] of Object.entries(inputs)) {
      if (ignore.has(key) || value === undefined) continue;
      root.workflow.readContext({ key: `state:${key}`, turnId: turn.id, value, via: 'state' });
    }
  }

  private writeState(turn: TurnHandle, update: unknown): void {
    if (
      this.options.stateAsContext === false ||
      !update ||
      typeof update !== 'object' ||
      Array.isArray(update)
    )
      return;
    const ignore = new Set(this.options.ignoreStateKeys ?? ['messages']);
    for (const [key, value] of Object.entries(update)) {
      if (ignore.has(key) || value === undefined) continue;
      turn.provideContext({ key: `state:${key}`, value, source: 'state' });
    }
  }

  override handleChainEnd(outputs: unknown, runId: string): void {
    this.guard('chain end', () => {
      const info = this.runs.get(runId);
      if (!info) return;
      this.runs.delete(runId);
      const root = this.roots.get(info.root);
      if (info.parent === undefined) {
        this.roots.delete(runId);
        if (root && root.workflow !== this.tracer.currentWorkflow())
          root.workflow.end({ output: updateText(outputs) });
        return;
      }
      if (!root) return;
      const parent = this.runs.get(info.parent);
      // A conditional edge's router is a child chain of the node; its output names the next nodes.
      if (info.kind === 'chain' && parent?.topLevel && parent.turn) {
        const routed = (outputs as { output?: unknown } | undefined)?.output ?? outputs;
        // The node has not returned yet: its output fills the content when it ends.
        this.announceTargets(root, parent.turn, asList(routed), 'edge', '');
        return;
      }
      if (!info.topLevel || !info.turn) return;
      const turn = info.turn;
      const command = isCommand(outputs) ? outputs : undefined;
      const update = command ? command.update : outputs;
      const text = updateText(update);
      this.writeState(turn, update);
      turn.end({ output: text });
      if (command) this.announceTargets(root, turn, asList(command.goto), 'command', text);
      root.ended.push({ turn, step: this.steps.get(turn.id) ?? 0, output: text, endedAt: this.tracer.now() });
      // Routers ran before the node ended, with its output unknown: fill in the content now.
      for (const a of root.announced) if (a.fromTurnId === turn.id && a.content === '') a.content = text;
    });
  }

  private announceTargets(
    root: Root,
    turn: TurnHandle,
    targets: unknown[],
    kind: HandoffKind,
    content: string,
  ): void {
    targets.forEach((target, i) => {
      if (isSend(target) && target.node) {
        root.announced.push({
          to: target.node,
          kind: 'send',
          from: turn.agent,
          fromTurnId: turn.id,
          content: safeJson(target.args),
          payload: target.args,
          pushIndex: i,
        });
      } else if (typeof target === 'string' && !HIDDEN_NODES.has(target)) {
        root.announced.push({ to: target, kind, from: turn.agent, fromTurnId: turn.id, content });
      }
    });
  }

  override handleChainError(error: unknown, runId: string): void {
    this.guard('chain error', () => {
      const info = this.runs.get(runId);
      if (!info) return;
      this.runs.delete(runId);
      const root = this.roots.get(info.root);
      // ParentCommand and interrupts bubble up through handleChainError: control flow, not failure.
      const control = isControlFlow(error);
      if (info.parent === undefined) {
        this.roots.delete(runId);
        if (root && root.workflow !== this.tracer.currentWorkflow())
          root.workflow.end(control ? {} : { error });
        return;
      }
      if (!info.topLevel || !info.turn) return;
      if (control) {
        const command = (error as { command?: CommandLike }).command;
        const text = updateText(command?.update);
        info.turn.end({ output: text });
        if (root)
          root.ended.push({
            turn: info.turn,
            step: this.steps.get(info.turn.id) ?? 0,
            output: text,
            endedAt: this.tracer.now(),
          });
        return;
      }
      info.turn.end({ error });
    });
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
      const parent = parentRunId ? this.runs.get(parentRunId) : undefined;
      const invocation = extraParams?.invocation_params as Record<string, unknown> | undefined;
      const model = String(
        metadata?.ls_model_name ??
          invocation?.model ??
          invocation?.model_name ??
          llm.kwargs?.model ??
          llm.id?.at(-1) ??
          'unknown',
      );
      this.runs.set(runId, {
        root: parent?.root ?? runId,
        parent: parentRunId,
        name: model,
        kind: 'model',
        startedAt: this.tracer.now(),
        input: (messages[0] ?? []).map(toMessage),
        model,
        ...(metadata?.ls_provider ? { provider: String(metadata.ls_provider) } : {}),
      });
    });
  }

  override handleLLMEnd(
    output: { generations?: { message?: unknown; text?: string }[][] },
    runId: string,
  ): void {
    this.guard('llm end', () => {
      const info = this.runs.get(runId);
      if (!info) return;
      this.runs.delete(runId);
      const turn = this.turnOf(info.parent);
      if (!turn) return;
      const generation = output.generations?.[0]?.[0];
      const message = generation?.message;
      const endedAt = this.tracer.now();
      turn.recordModelCall({
        model: info.model ?? 'unknown',
        ...(info.provider ? { provider: info.provider } : {}),
        input: info.input ?? [],
        output: message ? textOfMessage(message as never) : (generation?.text ?? ''),
        ...(message && reasoningOf(message as never) ? { reasoning: reasoningOf(message as never) } : {}),
        toolCalls: message ? toolCallsOf(message) : [],
        usage: message ? usageOf(message) : {},
        startedAt: info.startedAt,
        endedAt,
      });
    });
  }

  override handleLLMError(error: unknown, runId: string): void {
    this.guard('llm error', () => {
      const info = this.runs.get(runId);
      if (!info) return;
      this.runs.delete(runId);
      this.turnOf(info.parent)?.recordModelCall({
        model: info.model ?? 'unknown',
        input: info.input ?? [],
        startedAt: info.startedAt,
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
    metadata?: Record<string, unknown>,
    runName?: string,
    toolCallId?: string,
  ): void {
    this.guard('tool start', () => {
      const parent = parentRunId ? this.runs.get(parentRunId) : undefined;
      const turn = this.turnOf(parentRunId);
      let args: unknown = input;
      try {
        args = JSON.parse(input);
      } catch {
        // plain string input
      }
      const name = runName ?? 'tool';
      this.runs.set(runId, {
        root: parent?.root ?? runId,
        parent: parentRunId,
        name,
        kind: 'tool',
        startedAt: this.tracer.now(),
        ...(turn
          ? {
              tool: turn.startToolCall({
                name,
                args,
                ...(toolCallId ? { id: `${runId}:${toolCallId}` } : {}),
              }),
            }
          : {}),
        ...(metadata?.__handoff_destination ? { model: String(metadata.__handoff_destination) } : {}),
      });
    });
  }

  override handleToolEnd(output: unknown, runId: string): void {
    this.guard('tool end', () => {
      const info = this.runs.get(runId);
      if (!info) return;
      this.runs.delete(runId);
      if (isCommand(output)) {
        // A handoff tool (supervisor or swarm): the Command names the next agent in the parent graph.
        const turn = this.turnOf(info.parent);
        const root = this.roots.get(info.root);
        const messages = stateToMessages(output.update);
        const said = messages.filter((m) => m.role === 'assistant').at(-1);
        const content = said?.content || said?.toolCalls?.map((c) => safeJson(c.args)).join(' ') || info.name;
        info.tool?.end({ result: messages.at(-1)?.content ?? info.name });
        if (turn && root) {
          for (const target of asList(output.goto)) {
            const to = isSend(target) ? target.node : typeof target === 'string' ? target : undefined;
            if (to)
              root.announced.push({ to, kind: 'transfer', from: turn.agent, fromTurnId: turn.id, content });
          }
        }
        return;
      }
      const content =
        output && typeof output === 'object' && 'content' in output ? textOfMessage(output as never) : output;
      info.tool?.end({ result: content });
    });
  }

  override handleToolError(error: unknown, runId: string): void {
    this.guard('tool error', () => {
      const info = this.runs.get(runId);
      if (!info) return;
      this.runs.delete(runId);
      info.tool?.end({ error });
    });
  }
}

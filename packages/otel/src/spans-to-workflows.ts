import {
  createTracer,
  type HandoffKind,
  type Message,
  type TraceEvent,
  type Tracer,
  type TurnHandle,
  type WorkflowHandle,
} from '@handoff/core';
import { readSpan, type SpanView } from './span-conventions.ts';
import type { SpanRecord } from './span-record.ts';
import { readTopologyAttribute, TOPOLOGY_ATTRIBUTE } from './topology-attribute.ts';

/** One workflow made from the spans of one OpenTelemetry trace. */
export interface ImportedWorkflow {
  traceId: string;
  workflowId: string;
  name: string;
  events: TraceEvent[];
  /** What the exporter left out (content not captured, …): reported, never guessed. */
  missing: string[];
  /** Conventions recognised in the spans (`gen_ai`, `openinference`, `ai-sdk`, `langfuse`, `mastra`, `langgraph`, `handoff`). */
  conventions: string[];
  spans: number;
}

export interface SpansToWorkflowsOptions {
  /** Workflow id from a trace id. Default `otel-<traceId>`. */
  workflowId?: (traceId: string) => string;
}

interface Action {
  at: number;
  /** Tie-break at equal times: starts before what happens inside, ends after. */
  order: number;
  run: () => void;
}

/** The longest string among an object's top-level values (the task in `{ task }`, `{ prompt, threadId }`), else its JSON. */
function argumentText(args: unknown): string {
  if (typeof args === 'string') return args;
  if (args && typeof args === 'object' && !Array.isArray(args)) {
    const strings = Object.values(args).filter((v): v is string => typeof v === 'string');
    if (strings.length > 0) return strings.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return args === undefined ? '' : JSON.stringify(args);
}
/** An error from a span: its message only (a stack from this importer would point at the wrong code). */
const errorInfo = (message: string) => ({ name: 'Error', message });
const inputText = (messages: Message[] | undefined): string =>
  (messages ?? [])
    .filter((m) => m.role !== 'system')
    .map((m) => m.content)
    .join('\n');

/**
 * Turns spans into Handoff workflows, one per trace: the one mapping that `handoff import --format
 * otlp` and `handoff collect` share. Agent spans (GenAI `invoke_agent`, OpenInference AGENT, Langfuse
 * agent observations, AI SDK calls with a function id, LangGraph nodes) become turns; LLM and tool
 * spans become the model and tool calls of the nearest agent above them. Handoffs are read from
 * Handoff's own export when present, else inferred: an agent span under another agent's span is a
 * delegation (the enclosing tool call's arguments, else the child's input) and a return (the child's
 * output); consecutive top-level agent spans hand over the earlier one's output; a span link from one
 * agent span to another is a handoff from the linked span. The root span's `handoff.workflow.topology`
 * becomes the trace's declared topology. Content the exporter did not record stays empty and is
 * listed in `missing`.
 */
export async function spansToWorkflows(
  spans: SpanRecord[],
  options: SpansToWorkflowsOptions = {},
): Promise<ImportedWorkflow[]> {
  const byTrace = new Map<string, SpanRecord[]>();
  for (const span of spans) {
    const list = byTrace.get(span.traceId);
    if (list) list.push(span);
    else byTrace.set(span.traceId, [span]);
  }
  // One recorder for the whole batch (a tracer per trace cost more than the trace itself), driven
  // with explicit times and ids; events are collected per workflow.
  const sink = new Map<string, TraceEvent[]>();
  const clock = { now: 0 };
  const ids = { prefix: '', counter: 0 };
  const tracer = createTracer({
    store: {
      name: 'otel-import',
      append(events) {
        for (const event of events) {
          const list = sink.get(event.workflowId);
          if (list) list.push(event);
          else sink.set(event.workflowId, [event]);
        }
      },
    },
    flushOnExit: false,
    // Everything is in memory already; the queue must not drop events of a large import.
    maxBufferedEvents: Number.MAX_SAFE_INTEGER,
    clock: { now: () => clock.now },
    ids: () => `${ids.prefix}-${++ids.counter}`,
  });
  const result: ImportedWorkflow[] = [];
  for (const [traceId, traceSpans] of byTrace) {
    ids.prefix = traceId.slice(0, 8);
    ids.counter = 0;
    result.push(traceToWorkflow(tracer, clock, traceId, traceSpans, options));
  }
  await tracer.shutdown();
  for (const workflow of result) workflow.events = sink.get(workflow.workflowId) ?? [];
  return result;
}

function traceToWorkflow(
  tracer: Tracer,
  clock: { now: number },
  traceId: string,
  input: SpanRecord[],
  options: SpansToWorkflowsOptions,
): ImportedWorkflow {
  // A span sent twice (a retried export) counts once.
  const unique = new Map<string, SpanRecord>();
  for (const span of input) unique.set(span.spanId, span);
  const spans = [...unique.values()].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const views = new Map<string, SpanView>();
  for (const span of spans) views.set(span.spanId, readSpan(span));
  const parentOf = (view: SpanView): SpanView | undefined =>
    view.span.parentSpanId ? views.get(view.span.parentSpanId) : undefined;
  const missing: string[] = [];
  const conventions = new Set<string>();
  for (const view of views.values()) for (const c of view.conventions) conventions.add(c);

  // Which spans are turns: agent spans, and LangGraph nodes not inside another agent. An agent span
  // inside a turn of the same agent (a framework's agent span under its own node span) is that turn.
  const turnOf = new Map<string, SpanView>(); // span id → the turn's span
  const isTurn = (view: SpanView) => turnOf.get(view.span.spanId) === view;
  const nearestTurn = (view: SpanView): SpanView | undefined => {
    for (let at = parentOf(view); at; at = parentOf(at)) {
      const turn = turnOf.get(at.span.spanId);
      if (turn) return turn;
    }
    return undefined;
  };
  const depth = new Map<SpanView, number>();
  const depthOf = (view: SpanView): number => {
    let d = depth.get(view);
    if (d === undefined) {
      // Marked first, so a parent cycle in hostile input ends instead of recursing forever.
      depth.set(view, 0);
      const parent = parentOf(view);
      d = parent && parent !== view ? depthOf(parent) + 1 : 0;
      depth.set(view, d);
    }
    return d;
  };
  const topDown = [...views.values()].sort((a, b) => depthOf(a) - depthOf(b));
  for (const view of topDown) {
    // Ancestors first, so a parent's turn is known when its children are visited.
    const above = nearestTurn(view);
    const candidate = view.role === 'agent' || (view.graphNode !== undefined && !above);
    if (candidate && !(above && above.agent === view.agent)) turnOf.set(view.span.spanId, view);
    else if (above) turnOf.set(view.span.spanId, above);
  }
  let turns = [...views.values()].filter(isTurn);
  if (turns.length === 0) {
    // No agent spans at all (plain LLM calls): each outermost model call is one agent's turn.
    for (const view of views.values()) {
      if (view.role !== 'llm' || nearestTurn(view)) continue;
      view.agent ??= view.model ?? view.span.name;
      turnOf.set(view.span.spanId, view);
    }
    for (const view of topDown) {
      if (!turnOf.has(view.span.spanId)) {
        const above = nearestTurn(view);
        if (above) turnOf.set(view.span.spanId, above);
      }
    }
    turns = [...views.values()].filter(isTurn);
  }
  // Each turn's first model call with an input and last with an output (spans are in start order).
  const firstInput = new Map<SpanView, Message[]>();
  const lastOutput = new Map<SpanView, string>();
  for (const view of views.values()) {
    if (view.role !== 'llm') continue;
    const owner = turnOf.get(view.span.spanId);
    if (!owner) continue;
    if (view.input && !firstInput.has(owner)) firstInput.set(owner, view.input);
    if (view.output !== undefined) lastOutput.set(owner, view.output);
  }

  const root = spans.find((span) => !span.parentSpanId || !unique.has(span.parentSpanId)) ?? spans[0]!;
  const rootView = views.get(root.spanId)!;
  const handoffExport = rootView.role === 'workflow' && rootView.conventions.includes('handoff');
  const name =
    String(root.attributes['handoff.workflow.name'] ?? '') ||
    String(root.attributes['langfuse.trace.name'] ?? '') ||
    (rootView.role === 'workflow' ? root.name.replace(/^invoke_workflow\s*/, '') : '') ||
    rootView.agent ||
    String(root.resource['service.name'] ?? '') ||
    root.name;
  const workflowId = options.workflowId?.(traceId) ?? `otel-${traceId}`;
  let endMs = root.endMs;
  for (const span of spans) if (span.endMs > endMs) endMs = span.endMs;
  clock.now = root.startMs;
  const actions: Action[] = [];
  const at = (time: number, order: number, run: () => void) => actions.push({ at: time, order, run });

  // The graphs Handoff's export declared on the workflow span (absent elsewhere: none is guessed).
  const topology = readTopologyAttribute(root.attributes[TOPOLOGY_ATTRIBUTE]);
  if (topology.problem)
    missing.push(`declared topology (span ${root.spanId}): ${topology.problem}, not used`);

  let workflow: WorkflowHandle | undefined;
  at(root.startMs, 0, () => {
    workflow = tracer.startWorkflow(name, {
      id: workflowId,
      at: root.startMs,
      metadata: {
        source: 'otel',
        traceId,
        conventions: [...conventions],
        ...(missing.length > 0 ? { missing } : {}),
        ...(root.resource['service.name'] ? { service: root.resource['service.name'] } : {}),
        ...(root.attributes['handoff.workflow.id']
          ? { exportedWorkflowId: root.attributes['handoff.workflow.id'] }
          : {}),
      },
      ...(rootView.input ? { input: inputText(rootView.input) } : {}),
      ...(topology.graphs.length > 0 ? { topology: topology.graphs } : {}),
    });
  });
  const handles = new Map<string, TurnHandle>();
  const turnIdOf = (view: SpanView) =>
    String(view.span.attributes['handoff.turn.id'] ?? '') || `span-${view.span.spanId}`;

  for (const view of turns) {
    // Handoff's export marks the failing boundary's span as an error; the turn's own status says more.
    const turnStatus = view.span.attributes['handoff.turn.status'];
    if (turnStatus !== undefined && turnStatus !== 'error') delete view.error;
    const parent = nearestTurn(view);
    const agent = view.agent ?? view.span.name;
    // A turn's input: its own, else what its first model call was shown.
    const input = view.input ?? firstInput.get(view);
    if (!input) missing.push(`input of ${agent} (span ${view.span.spanId}): not recorded by the exporter`);
    const output = view.output ?? lastOutput.get(view);
    if (output === undefined && !view.error)
      missing.push(`output of ${agent} (span ${view.span.spanId}): not recorded by the exporter`);
    at(view.span.startMs, 1, () => {
      const handle = workflow?.startTurn({
        agent,
        id: turnIdOf(view),
        at: view.span.startMs,
        receive: false,
        ...(input ? { input } : {}),
        ...(parent ? { parentTurnId: turnIdOf(parent) } : {}),
        metadata: {
          spanId: view.span.spanId,
          spanName: view.span.name,
          ...(output === undefined && !view.error ? { outputMissing: true } : {}),
        },
      });
      if (handle) handles.set(view.span.spanId, handle);
    });
    at(view.span.endMs, 9, () => {
      handles.get(view.span.spanId)?.end({
        at: view.span.endMs,
        ...(output !== undefined ? { output } : {}),
        ...(view.error ? { error: errorInfo(view.error) } : {}),
        ...(view.finishReason ? { finishReason: view.finishReason } : {}),
      });
    });
  }

  const onlyModelCalls = turns.every((t) => t.role === 'llm');
  // A model span holding other model spans of its turn (Mastra: generation > step > inference) is a
  // container: only the innermost are calls, and they take what they lack (the input the step was
  // given, the model) from the nearest container that has it.
  const containers = new Set<SpanView>();
  const modelSpansAbove = (view: SpanView): SpanView[] => {
    const owner = turnOf.get(view.span.spanId);
    const above: SpanView[] = [];
    for (
      let up = parentOf(view);
      up && up !== owner && turnOf.get(up.span.spanId) === owner;
      up = parentOf(up)
    )
      if (up.role === 'llm') above.push(up);
    return above;
  };
  for (const view of views.values())
    if (view.role === 'llm') for (const up of modelSpansAbove(view)) containers.add(up);
  for (const view of views.values()) {
    const owner = turnOf.get(view.span.spanId);
    if (!owner) continue;
    const handle = () => handles.get(owner.span.spanId);
    if (view.role === 'llm' && !containers.has(view) && (view !== owner || onlyModelCalls)) {
      const above = modelSpansAbove(view);
      const input = view.input ?? above.find((up) => up.input)?.input;
      const model = view.model ?? above.find((up) => up.model)?.model;
      at(view.span.endMs, 5, () => {
        handle()?.recordModelCall({
          id: `span-${view.span.spanId}`,
          model: model ?? view.span.name,
          ...(view.provider ? { provider: view.provider } : {}),
          ...(input ? { input } : {}),
          ...(view.output !== undefined ? { output: view.output } : {}),
          ...(view.requestedToolCalls ? { toolCalls: view.requestedToolCalls } : {}),
          ...(view.reasoning ? { reasoning: view.reasoning } : {}),
          usage: view.usage,
          ...(view.finishReason ? { finishReason: view.finishReason } : {}),
          startedAt: view.span.startMs,
          endedAt: view.span.endMs,
          ...(view.error ? { error: errorInfo(view.error) } : {}),
        });
      });
    }
    if (view.role === 'tool') {
      if (!view.hasToolResult && !view.error)
        missing.push(
          `result of tool ${view.toolName} (span ${view.span.spanId}): not recorded by the exporter`,
        );
      let call: ReturnType<TurnHandle['startToolCall']> | undefined;
      at(view.span.startMs, 3, () => {
        call = handle()?.startToolCall({
          name: view.toolName ?? view.span.name,
          args: view.toolArgs,
          id: view.toolCallId ?? `span-${view.span.spanId}`,
          at: view.span.startMs,
        });
      });
      at(view.span.endMs, 4, () => {
        call?.end({
          at: view.span.endMs,
          ...(view.error ? { error: errorInfo(view.error) } : {}),
          ...(view.hasToolResult && !view.error ? { result: view.toolResult } : {}),
        });
      });
    }
  }

  const send = (handoff: {
    id: string;
    kind: HandoffKind;
    from: SpanView;
    to?: SpanView;
    toAgent?: string;
    content: string | undefined;
    task?: string;
    payload?: unknown;
    metadata?: Record<string, unknown>;
    sentAt: number;
    receivedAt?: number;
  }) => {
    const fromAgent = handoff.from.agent ?? handoff.from.span.name;
    const toAgent = handoff.toAgent ?? handoff.to?.agent ?? '';
    if (handoff.content === undefined)
      missing.push(`content of handoff ${fromAgent}→${toAgent}: not recorded by the exporter`);
    at(handoff.sentAt, 6, () => {
      workflow?.sendHandoff({
        id: handoff.id,
        kind: handoff.kind,
        from: fromAgent,
        to: toAgent,
        fromTurnId: turnIdOf(handoff.from),
        content: handoff.content ?? '',
        ...(handoff.task !== undefined ? { task: handoff.task } : {}),
        ...(handoff.payload !== undefined ? { payload: handoff.payload } : {}),
        ...(handoff.metadata ? { metadata: handoff.metadata } : {}),
        at: handoff.sentAt,
      });
    });
    const receiver = handoff.to;
    if (receiver)
      at(handoff.receivedAt ?? handoff.sentAt, 7, () => {
        workflow?.receiveHandoff(handoff.id, turnIdOf(receiver), handoff.receivedAt ?? handoff.sentAt);
      });
  };

  if (handoffExport) {
    // Handoff's own export: each handoff is an event on the receiver's span (or the root when none).
    const turnBySpanTurnId = new Map(turns.map((view) => [turnIdOf(view), view]));
    const turnBySpanId = new Map(turns.map((view) => [view.span.spanId, view]));
    for (const view of views.values()) {
      for (const event of view.span.events) {
        if (event.name !== 'gen_ai.agent.handoff') continue;
        const e = event.attributes;
        const link = view.span.links.find((l) => l.attributes['handoff.id'] === e['handoff.id']);
        const sender = link ? turnBySpanId.get(link.spanId) : undefined;
        const fromAgent = String(e['gen_ai.agent.handoff.source.name'] ?? '');
        const from =
          sender ??
          [...turnBySpanTurnId.values()]
            .filter((t) => t.agent === fromAgent && t.span.startMs <= event.timeMs)
            .at(-1);
        if (!from) continue;
        const receiver = turnBySpanId.get(view.span.spanId);
        const received = e['handoff.received'] === true && receiver;
        send({
          id: String(e['handoff.id'] ?? `${from.span.spanId}>${view.span.spanId}`),
          kind: String(e['handoff.kind'] ?? 'explicit') as HandoffKind,
          from,
          ...(received ? { to: receiver } : {}),
          toAgent: String(e['gen_ai.agent.handoff.target.name'] ?? ''),
          content: typeof e['handoff.content'] === 'string' ? e['handoff.content'] : undefined,
          ...(typeof e['handoff.task'] === 'string' ? { task: e['handoff.task'] } : {}),
          sentAt: typeof e['handoff.sent_at'] === 'number' ? e['handoff.sent_at'] : event.timeMs,
          receivedAt: event.timeMs,
        });
      }
    }
  } else {
    const topLevel: SpanView[] = [];
    for (const view of turns) {
      const parent = nearestTurn(view);
      if (!parent) {
        topLevel.push(view);
        continue;
      }
      // Delegation: what the parent's enclosing tool call passed, else the child's input.
      let tool: SpanView | undefined;
      for (let up = parentOf(view); up && up !== parent; up = parentOf(up))
        if (up.role === 'tool') {
          tool = up;
          break;
        }
      const task =
        tool && tool.toolArgs !== undefined
          ? argumentText(tool.toolArgs)
          : view.input
            ? inputText(view.input)
            : undefined;
      // The tool call that carried it, as an adapter records an agent-as-tool call.
      const via = tool
        ? {
            metadata: {
              toolName: tool.toolName ?? tool.span.name,
              ...(tool.toolCallId ? { toolCallId: tool.toolCallId } : {}),
            },
          }
        : {};
      const args = tool?.toolArgs;
      send({
        id: `${parent.span.spanId}>${view.span.spanId}`,
        kind: 'delegation',
        from: parent,
        to: view,
        content: task,
        ...(args && typeof args === 'object' ? { payload: args } : {}),
        ...via,
        sentAt: (tool ?? view).span.startMs,
        receivedAt: view.span.startMs,
      });
      send({
        id: `${view.span.spanId}>${parent.span.spanId}`,
        kind: 'return',
        from: view,
        to: parent,
        content: view.output ?? (view.error ? `Error: ${view.error}` : undefined),
        ...via,
        sentAt: view.span.endMs,
        receivedAt: view.span.endMs,
      });
    }
    // Consecutive agents of a graph or chain: the earlier one's output goes to the next.
    for (let index = 1; index < topLevel.length; index++) {
      const previous = topLevel[index - 1]!;
      const next = topLevel[index]!;
      if (previous.agent === next.agent) continue;
      send({
        id: `${previous.span.spanId}>${next.span.spanId}`,
        kind: 'edge',
        from: previous,
        to: next,
        content: previous.output,
        sentAt: previous.span.endMs,
        receivedAt: next.span.startMs,
      });
    }
    // Span links between agent spans (a message that crossed a queue or a process).
    const turnBySpanId = new Map(turns.map((view) => [view.span.spanId, view]));
    for (const view of turns)
      for (const link of view.span.links) {
        const source = turnBySpanId.get(link.spanId);
        if (!source || source === view) continue;
        send({
          id: `link-${source.span.spanId}>${view.span.spanId}`,
          kind: 'explicit',
          from: source,
          to: view,
          content: source.output,
          sentAt: source.span.endMs,
          receivedAt: view.span.startMs,
        });
      }
  }

  const lastTopLevel = turns.filter((view) => !nearestTurn(view)).at(-1);
  const finalOutput = rootView.role === 'agent' || rootView.role === 'workflow' ? rootView.output : undefined;
  const status = String(root.attributes['handoff.workflow.status'] ?? '');
  // Handoff's export gives the root span the root cause as its status and the program's error as an
  // `exception` event: the workflow's error is the exception.
  const exception = handoffExport ? root.events.find((event) => event.name === 'exception') : undefined;
  const thrown = exception && {
    name: String(exception.attributes['exception.type'] ?? 'Error'),
    message: String(exception.attributes['exception.message'] ?? ''),
  };
  at(endMs, 10, () => {
    const output = finalOutput ?? lastTopLevel?.output;
    const failed = status ? status === 'error' : rootView.error !== undefined;
    workflow?.end({
      at: endMs,
      ...(output !== undefined ? { output } : {}),
      ...(failed ? { error: thrown ?? errorInfo(rootView.error ?? 'failed') } : {}),
    });
  });

  actions.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const action of actions) {
    clock.now = action.at;
    action.run();
  }
  return {
    traceId,
    workflowId,
    name,
    events: [],
    missing,
    conventions: [...conventions],
    spans: spans.length,
  };
}

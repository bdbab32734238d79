import {
  type Message,
  safely,
  type ToolCallHandle,
  type ToolCallRequest,
  type Tracer,
  type TurnHandle,
  textOf,
  type Usage,
  type WorkflowHandle,
} from '@handoff/core';
import type { ObservabilityExporter, TracingEvent } from '@mastra/core/observability';
import { type NetworkRun, recordNetwork } from './network-run.ts';

export interface HandoffExporterOptions {
  tracer: Tracer;
}

/** The exported-span fields we read; typed loosely because span types differ in shape. */
interface Span {
  id: string;
  traceId: string;
  name: string;
  type: string;
  entityName?: string;
  entityId?: string;
  startTime?: Date | string;
  endTime?: Date | string;
  attributes?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  input?: unknown;
  output?: unknown;
  errorInfo?: { message?: string; name?: string; id?: string };
  parentSpanId?: string;
  isRootSpan?: boolean;
  isEvent?: boolean;
}

interface SpanState {
  span: Span;
  workflow: WorkflowHandle;
  turn?: TurnHandle;
  tool?: ToolCallHandle;
  /** Set on an agent run that a parent delegated to through its `agent-<key>` tool. */
  delegatedBy?: TurnHandle;
  ended: boolean;
}

interface TraceState {
  workflow: WorkflowHandle;
  ownsWorkflow: boolean;
  /** The last agent turn that ended inside a workflow step, for step-to-step handoffs. */
  lastStepTurn?: { turn: TurnHandle; output: string };
  open: number;
}

const time = (value: Date | string | undefined): number | undefined =>
  value === undefined ? undefined : new Date(value).getTime();

function agentNameOf(span: Span): string {
  return span.entityName ?? span.entityId ?? span.name.replace(/^agent run: '(.*)'$/, '$1');
}

function toolNameOf(span: Span): string {
  return span.entityName ?? span.entityId ?? span.name.replace(/^tool: '(.*)'$/, '$1');
}

/** Mastra messages (strings, `{role, content}` or `{role, parts}`) as Handoff messages. */
function toMessages(value: unknown): Message[] {
  const raw = (value as { messages?: unknown } | undefined)?.messages ?? value;
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return list.map((item): Message => {
    if (typeof item === 'string') return { role: 'user', content: item };
    const message = item as { role?: string; content?: unknown; parts?: unknown[] };
    const role = (
      ['system', 'user', 'assistant', 'tool'].includes(message.role ?? '') ? message.role : 'user'
    ) as Message['role'];
    const parts = Array.isArray(message.content)
      ? message.content
      : Array.isArray(message.parts)
        ? message.parts
        : undefined;
    const content = parts
      ? parts
          .map((part) => (typeof part === 'string' ? part : ((part as { text?: string }).text ?? '')))
          .join('')
      : typeof message.content === 'string'
        ? message.content
        : textOf(message.content);
    return { role, content };
  });
}

function outputText(output: unknown): string {
  if (typeof output === 'string') return output;
  const text = (output as { text?: unknown } | undefined)?.text;
  return typeof text === 'string' ? text : textOf(output);
}

function reasoningOf(output: unknown): string | undefined {
  const reasoning =
    (output as { reasoning?: unknown; reasoningText?: unknown } | undefined)?.reasoning ??
    (output as { reasoningText?: unknown } | undefined)?.reasoningText;
  if (typeof reasoning === 'string') return reasoning || undefined;
  if (Array.isArray(reasoning)) {
    const text = reasoning
      .map(
        (part) =>
          (part as { payload?: { text?: string }; text?: string }).payload?.text ??
          (part as { text?: string }).text ??
          '',
      )
      .join('');
    return text || undefined;
  }
  return undefined;
}

function usageOf(value: unknown): Usage {
  const usage = (value ?? {}) as {
    inputTokens?: number;
    outputTokens?: number;
    outputDetails?: { reasoning?: number };
    inputDetails?: { cacheRead?: number };
  };
  const out: Usage = {};
  if (usage.inputTokens !== undefined) out.inputTokens = usage.inputTokens;
  if (usage.outputTokens !== undefined) out.outputTokens = usage.outputTokens;
  if (usage.outputDetails?.reasoning !== undefined) out.reasoningTokens = usage.outputDetails.reasoning;
  if (usage.inputDetails?.cacheRead !== undefined) out.cachedInputTokens = usage.inputDetails.cacheRead;
  if (out.inputTokens !== undefined && out.outputTokens !== undefined)
    out.totalTokens = out.inputTokens + out.outputTokens;
  return out;
}

/**
 * A Mastra observability exporter (next to Mastra's own Default/Console/cloud exporters) that turns
 * agent runs, model generations and tool calls into a Handoff trace: a turn per agent run, a
 * delegation handoff when a supervisor's `agent-<key>` tool runs a sub-agent (and the reply back), and
 * a step handoff between agents of consecutive workflow steps. Spans that arrive only as ended, or
 * before their parent, still land in the trace.
 */
export class HandoffExporter implements ObservabilityExporter {
  readonly name = 'handoff';
  private readonly tracer: Tracer;
  private readonly spans = new Map<string, SpanState>();
  private readonly traces = new Map<string, TraceState>();
  /** `agent.network()` runs being recorded, by the network's run id (which its agents' spans carry). */
  private readonly networks = new Map<string, NetworkRun>();

  constructor(options: HandoffExporterOptions) {
    this.tracer = options.tracer;
  }

  /**
   * Records an `agent.network()` run: iterate the returned stream instead of the network's own to get
   * the routing decisions as `route` handoffs and each agent's result as a `return` handoff, with the
   * agents' runs in the same workflow. Chunks pass through unchanged; `stream.result` etc. stay on
   * the original stream.
   */
  traceNetwork<T>(stream: AsyncIterable<T>): AsyncGenerator<T> {
    return recordNetwork(
      this.tracer,
      stream,
      (runId, run) => this.networks.set(runId, run),
      (runId) => this.networks.delete(runId),
    );
  }

  async exportTracingEvent(event: TracingEvent): Promise<void> {
    safely(this.tracer, 'mastra exporter', () => this.handle(event));
  }

  async flush(): Promise<void> {
    await this.tracer.flush();
  }

  async shutdown(): Promise<void> {
    await this.tracer.flush();
  }

  private handle(event: TracingEvent): void {
    const span = event.exportedSpan as unknown as Span;
    if (!span?.id) return;
    if (event.type === 'span_started') this.start(span);
    else if (event.type === 'span_updated') this.update(span);
    else if (event.type === 'span_ended') {
      if (!this.spans.has(span.id)) this.start(span);
      this.end(span);
    }
  }

  private traceOf(span: Span): TraceState {
    let state = this.traces.get(span.traceId);
    if (!state) {
      // A network's agents run as separate root spans: they join the network's workflow by run id.
      const network = this.networkOf(span);
      const current = network?.workflow ?? this.tracer.currentWorkflow();
      const workflow =
        current ??
        this.tracer.startWorkflow(span.entityName ?? span.name, {
          metadata: {
            framework: 'mastra',
            traceId: span.traceId,
            ...(span.metadata?.runId ? { runId: span.metadata.runId } : {}),
          },
        });
      state = { workflow, ownsWorkflow: current === undefined, open: 0 };
      this.traces.set(span.traceId, state);
    }
    return state;
  }

  private networkOf(span: Span): NetworkRun | undefined {
    const runId = span.metadata?.runId;
    return typeof runId === 'string' ? this.networks.get(runId) : undefined;
  }

  private ancestors(span: Span): SpanState[] {
    const out: SpanState[] = [];
    for (let id = span.parentSpanId; id; id = this.spans.get(id)?.span.parentSpanId) {
      const state = this.spans.get(id);
      if (!state) break;
      out.push(state);
    }
    return out;
  }

  private turnAbove(span: Span): TurnHandle | undefined {
    return this.ancestors(span).find((state) => state.turn && !state.turn.ended)?.turn;
  }

  private start(span: Span): void {
    const trace = this.traceOf(span);
    trace.open++;
    const state: SpanState = { span, workflow: trace.workflow, ended: false };
    this.spans.set(span.id, state);
    if (span.type === 'agent_run') {
      const above = this.ancestors(span);
      const parentTurn = this.turnAbove(span);
      const delegation = above.find((s) => s.span.type === 'tool_call' && /^agent-/.test(toolNameOf(s.span)));
      const inStep = above.some((s) => s.span.type === 'workflow_step');
      const agent = agentNameOf(span);
      const input = toMessages(span.input);
      const instructions = span.attributes?.instructions;
      state.turn = trace.workflow.startTurn({
        agent,
        input:
          typeof instructions === 'string' ? [{ role: 'system', content: instructions }, ...input] : input,
        ...(parentTurn ? { parentTurnId: parentTurn.id } : {}),
        metadata: { spanId: span.id, ...(span.metadata?.runId ? { runId: span.metadata.runId } : {}) },
      });
      if (!parentTurn) this.networkOf(span)?.agentStarted(agent, state.turn.id);
      if (delegation && parentTurn) {
        state.delegatedBy = parentTurn;
        const prompt = (delegation.span.input as { prompt?: unknown } | undefined)?.prompt;
        trace.workflow.sendHandoff({
          kind: 'delegation',
          from: parentTurn.agent,
          to: agent,
          fromTurnId: parentTurn.id,
          toTurnId: state.turn.id,
          content: typeof prompt === 'string' ? prompt : textOf(delegation.span.input),
          payload: delegation.span.input,
          metadata: { toolName: toolNameOf(delegation.span) },
        });
      } else if (inStep && trace.lastStepTurn) {
        trace.workflow.sendHandoff({
          kind: 'step',
          from: trace.lastStepTurn.turn.agent,
          to: agent,
          fromTurnId: trace.lastStepTurn.turn.id,
          toTurnId: state.turn.id,
          content: trace.lastStepTurn.output,
        });
      }
      return;
    }
    if (span.type === 'tool_call' || span.type === 'mcp_tool_call') {
      const turn = this.turnAbove(span);
      if (turn) state.tool = turn.startToolCall({ name: toolNameOf(span), args: span.input, id: span.id });
    }
  }

  private update(span: Span): void {
    const state = this.spans.get(span.id);
    if (!state) return this.start(span);
    state.span = { ...state.span, ...span };
    if (state.turn && span.input !== undefined) state.turn.update({ input: toMessages(span.input) });
  }

  private end(span: Span): void {
    const state = this.spans.get(span.id);
    if (!state || state.ended) return;
    state.ended = true;
    state.span = { ...state.span, ...span };
    const trace = this.traces.get(span.traceId);
    const error = span.errorInfo
      ? Object.assign(new Error(span.errorInfo.message ?? 'failed'), { name: span.errorInfo.name ?? 'Error' })
      : undefined;
    if (span.type === 'model_generation') this.recordGeneration(state);
    if (state.tool) state.tool.end(error ? { error } : { result: span.output });
    if (state.turn) {
      const output = outputText(span.output);
      state.turn.end(
        error
          ? { error }
          : { output, ...(reasoningOf(span.output) ? { reasoning: reasoningOf(span.output) } : {}) },
      );
      if (state.delegatedBy && !error) {
        state.workflow.sendHandoff({
          kind: 'return',
          from: state.turn.agent,
          to: state.delegatedBy.agent,
          fromTurnId: state.turn.id,
          toTurnId: state.delegatedBy.id,
          content: output,
        });
      }
      if (trace && this.ancestors(span).some((s) => s.span.type === 'workflow_step'))
        trace.lastStepTurn = { turn: state.turn, output };
    }
    if (trace && --trace.open <= 0) {
      if (trace.ownsWorkflow) trace.workflow.end(error ? { error } : { output: outputText(span.output) });
      this.traces.delete(span.traceId);
      for (const [id, s] of this.spans) if (s.span.traceId === span.traceId) this.spans.delete(id);
    }
  }

  private recordGeneration(state: SpanState): void {
    const { span } = state;
    const turn = state.turn ?? this.turnAbove(span);
    if (!turn) return;
    const attributes = span.attributes ?? {};
    const output = span.output as
      | { text?: string; toolCalls?: { toolCallId?: string; toolName?: string; args?: unknown }[] }
      | undefined;
    const start = time(span.startTime);
    const end = time(span.endTime);
    const endedAt = this.tracer.now();
    turn.recordModelCall({
      model: String(attributes.model ?? attributes.responseModel ?? 'unknown'),
      ...(attributes.provider ? { provider: String(attributes.provider) } : {}),
      input: toMessages(span.input),
      output: outputText(output ?? ''),
      ...(reasoningOf(output) ? { reasoning: reasoningOf(output) } : {}),
      toolCalls: (output?.toolCalls ?? []).map(
        (call): ToolCallRequest => ({
          ...(call.toolCallId ? { id: call.toolCallId } : {}),
          name: call.toolName ?? 'tool',
          args: call.args,
        }),
      ),
      usage: usageOf(attributes.usage),
      ...(attributes.finishReason ? { finishReason: String(attributes.finishReason) } : {}),
      startedAt: start !== undefined && end !== undefined ? endedAt - (end - start) : endedAt,
      endedAt,
    });
  }
}

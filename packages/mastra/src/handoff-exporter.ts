import {
  type Message,
  normalizeWords,
  safely,
  shownPart,
  type ToolCallHandle,
  type ToolCallRequest,
  type Tracer,
  type TurnHandle,
  textOf,
  type Usage,
  valuesText,
  type WorkflowHandle,
} from '@handoff/core';
import type { InitExporterOptions, ObservabilityExporter, TracingEvent } from '@mastra/core/observability';
import { type AgentLike, rosterTopologies } from './agent-roster.ts';
import { type ModelStep, newStep, stepMessages, stepToolCalls } from './model-steps.ts';
import { type NetworkRun, recordNetwork } from './network-run.ts';
import { isFlowSpan, StepFlow } from './step-flow.ts';
import { type SerializedEntry, stepTopologies } from './step-topology.ts';

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
  /** Set on a tool call that runs a workflow (an agent's `workflows`): who called it, for the reply. */
  workflowCaller?: TurnHandle;
  /** Set on a tool call under which an agent run started (a delegation seen from both ends). */
  ranAgent?: boolean;
  /** A `model_step` span: the model call it records when it ends. */
  step?: ModelStep;
  /** A `model_generation` span: its steps recorded so far (each is one model call). */
  steps?: ModelStep[];
  /** An agent run: the text of each of its model steps, in order. */
  stepTexts?: string[];
  ended: boolean;
}

interface TraceState {
  workflow: WorkflowHandle;
  ownsWorkflow: boolean;
  /** The data between workflow steps, for step handoffs. */
  flow: StepFlow;
  /** Steps whose first agent already received the step's input. */
  received: Set<string>;
  open: number;
  /** The `agent.network()` run whose workflow primitive this trace is, if any. */
  network?: NetworkRun;
  /** A workflow run resumed after a step `suspend()`ed: the human's answer, for its first agent. */
  resumed?: { answer: unknown; answered: boolean; resumes?: string };
  /** The agents seen running in each workflow step, by step id (for the declared step graph). */
  stepAgents: Map<string, Set<string>>;
  /** Agents whose roster (`agents: {...}`) was already recorded in this trace. */
  rosters: Set<string>;
}

/** What the exporter asks of the Mastra instance it is registered with (`init`). */
interface MastraLike {
  getWorkflowById?(id: string): unknown;
  getWorkflow?(id: string): unknown;
  getAgentById?(id: string): unknown;
}

/** A workflow run suspended for a human: its recorded workflow and data flow, for the resumed run. */
interface Suspended {
  workflowId: string;
  flow: StepFlow;
}

/** Suspended runs kept for their resumption; the oldest are dropped past this many. */
const MAX_SUSPENDED = 200;

/** The participant that answers a suspended workflow: not an agent, it has no turns. */
const HUMAN = 'human';

/** Spans through which an agent run is reached: another agent, a tool calling it, a workflow step. */
const VIA = new Set(['agent_run', 'tool_call', 'mcp_tool_call', 'workflow_step']);

/** The same value carried in two fields (an answer and the history entry holding it) said once. */
const distinctLines = (text: string): string => [...new Set(text.split('\n'))].join('\n');

/** What an agent's answer handed on as a workflow's result: its text, or the values of its part. */
const answerText = (part: unknown): string => (typeof part === 'string' ? part : valuesText(part));

/**
 * An agent's answer. Mastra's `generate()` text joins the text of every step (what the model said
 * before each tool call too); its `stream()` text, like the AI SDK's, is the last step's. The answer is
 * the last step's text (the earlier texts are in the steps' model calls); an output a processor
 * rewrote is not the joined step texts and is kept.
 */
function answerOf(output: string, stepTexts: readonly string[] | undefined): string {
  const last = stepTexts?.at(-1);
  return stepTexts && stepTexts.length > 1 && last && output === stepTexts.join('') ? last : output;
}

const stepNameOf = (span: Span): string => span.name.replace(/^workflow step: '(.*)'$/, '$1');

const time = (value: Date | string | undefined): number | undefined =>
  value === undefined ? undefined : new Date(value).getTime();

/**
 * An agent's one name across turns, delegations and network routes: its `id` (Mastra's network
 * chunks and span names use it; the display `name` may differ and is kept in turn metadata).
 */
function agentNameOf(span: Span): string {
  return span.entityId ?? span.entityName ?? span.name.replace(/^agent run: '(.*)'$/, '$1');
}

/** What a delegation asks for: the tool input's `prompt` (Mastra's `agent-<key>` tools) or its one text. */
function taskOf(input: unknown): string {
  if (typeof input === 'string') return input;
  const fields = input && typeof input === 'object' ? Object.values(input) : [];
  const prompt = (input as { prompt?: unknown } | undefined)?.prompt;
  if (typeof prompt === 'string') return prompt;
  const strings = fields.filter((value): value is string => typeof value === 'string');
  return strings.length === 1 ? strings[0]! : valuesText(input);
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
 * agent runs, model steps and tool calls into a Handoff trace: a turn per agent run, a model call per
 * step of its tool loop, a delegation handoff when a supervisor's `agent-<key>` tool runs a sub-agent
 * (and the reply back), and a step handoff between agents of consecutive workflow steps. Spans that arrive only as ended, or
 * before their parent, still land in the trace.
 */
export class HandoffExporter implements ObservabilityExporter {
  readonly name = 'handoff';
  private readonly tracer: Tracer;
  private readonly spans = new Map<string, SpanState>();
  private readonly traces = new Map<string, TraceState>();
  /** `agent.network()` runs being recorded, by the network's run id (which its agents' spans carry). */
  private readonly networks = new Map<string, NetworkRun>();
  /** Workflow runs waiting in `suspend()`, by Mastra run id. */
  private readonly suspended = new Map<string, Suspended>();
  /** The Mastra instance (handed to `init`), to read a running workflow's declared step graph. */
  private mastra: MastraLike | undefined;

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
      (runId, run) => {
        this.networks.set(runId, run);
        // The routing agent's `agents` are the network's roster (its own runs are not agent spans).
        safely(this.tracer, 'mastra roster', () => {
          const found = lookup(() => this.mastra?.getAgentById?.(run.network)) as AgentLike | undefined;
          if (found && typeof found.id === 'string')
            for (const roster of rosterTopologies(found)) run.workflow.declareTopology(roster);
        });
      },
      (runId) => this.networks.delete(runId),
    );
  }

  /** Called by Mastra's observability with the Mastra instance this exporter is registered with. */
  init(options: InitExporterOptions): void {
    this.mastra = options.mastra as MastraLike | undefined;
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
      const resumed = this.resumedOf(span);
      const current = network?.workflow ?? this.tracer.currentWorkflow();
      const workflow =
        current ??
        this.tracer.startWorkflow(span.entityName ?? span.name, {
          metadata: {
            framework: 'mastra',
            traceId: span.traceId,
            ...(span.metadata?.runId ? { runId: span.metadata.runId } : {}),
            ...(resumed ? { resumed: true } : {}),
            ...(resumed?.resumes ? { resumes: [resumed.resumes] } : {}),
          },
        });
      state = {
        workflow,
        ownsWorkflow: current === undefined,
        flow: resumed?.flow ?? new StepFlow(),
        received: new Set(),
        open: 0,
        stepAgents: new Map(),
        rosters: new Set(),
        ...(network ? { network } : {}),
        ...(resumed
          ? {
              resumed: {
                answer: span.input,
                answered: false,
                ...(resumed.resumes ? { resumes: resumed.resumes } : {}),
              },
            }
          : {}),
      };
      this.traces.set(span.traceId, state);
    }
    return state;
  }

  /**
   * A workflow run resumed with `run.resume({ resumeData })`: its span carries `resumed` and the
   * answer as input. Its steps' inputs are matched against the suspended run's outputs.
   */
  private resumedOf(span: Span): { flow?: StepFlow; resumes?: string } | undefined {
    if (span.type !== 'workflow_run' || span.metadata?.resumed !== true) return undefined;
    const runId = String(span.metadata.runId ?? '');
    const suspended = this.suspended.get(runId);
    this.suspended.delete(runId);
    return suspended ? { flow: suspended.flow, resumes: suspended.workflowId } : {};
  }

  private suspend(span: Span, trace: TraceState): void {
    const runId = span.metadata?.runId;
    if (typeof runId !== 'string') return;
    this.suspended.set(runId, { workflowId: trace.workflow.id, flow: trace.flow });
    if (this.suspended.size > MAX_SUSPENDED)
      this.suspended.delete(this.suspended.keys().next().value as string);
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
    if (isFlowSpan(span.type)) trace.flow.started(span);
    if (span.type === 'model_step') state.step = newStep(this.tracer.now());
    if (span.type === 'model_inference') {
      // The provider call starts after the step's input processors: the model call starts here.
      const step = this.parentOf(span)?.step;
      if (step) step.startedAt = this.tracer.now();
    }
    if (span.type === 'agent_run') {
      const above = this.ancestors(span);
      const parentTurn = this.turnAbove(span);
      // The nearest span that says how this agent was reached: a tool call, a workflow step, an agent.
      const via = above.find((s) => VIA.has(s.span.type));
      const agent = agentNameOf(span);
      safely(this.tracer, 'mastra roster', () => this.declareRoster(trace, agent));
      const input = toMessages(span.input);
      const instructions = span.attributes?.instructions;
      const displayName =
        span.entityName && span.entityName !== agent ? { displayName: span.entityName } : {};
      state.turn = trace.workflow.startTurn({
        agent,
        input:
          typeof instructions === 'string' ? [{ role: 'system', content: instructions }, ...input] : input,
        ...(parentTurn ? { parentTurnId: parentTurn.id } : {}),
        metadata: {
          spanId: span.id,
          ...displayName,
          ...(span.metadata?.runId ? { runId: span.metadata.runId } : {}),
        },
      });
      if (!parentTurn) this.networkOf(span)?.agentStarted(agent, state.turn.id);
      if (via?.span.type === 'tool_call' || via?.span.type === 'mcp_tool_call') via.ranAgent = true;
      if (via?.span.type === 'workflow_step') {
        const step = stepNameOf(via.span);
        trace.stepAgents.set(step, (trace.stepAgents.get(step) ?? new Set()).add(agent));
      }
      if (via && via.span.type !== 'agent_run' && via.span.type !== 'workflow_step' && parentTurn) {
        // A tool that runs an agent (a supervisor's `agent-<key>` tool, or any tool of the user's).
        state.delegatedBy = parentTurn;
        const content = taskOf(via.span.input);
        // A delegation hook (`onDelegationStart` → `modifiedPrompt`) may rewrite what the agent gets.
        const given = input.filter((message) => message.role === 'user').at(-1)?.content;
        trace.workflow.sendHandoff({
          kind: 'delegation',
          from: parentTurn.agent,
          to: agent,
          fromTurnId: parentTurn.id,
          toTurnId: state.turn.id,
          content,
          payload: via.span.input,
          metadata: {
            toolName: toolNameOf(via.span),
            ...(given !== undefined && given !== content ? { receivedPrompt: given } : {}),
          },
        });
      } else if (via?.span.type === 'workflow_step' && !trace.received.has(via.span.id)) {
        trace.received.add(via.span.id);
        if (trace.resumed && !trace.resumed.answered) this.humanAnswer(trace, state.turn);
        const prompt = input.map((message) => message.content).join('\n');
        if (!this.stepHandoffs(trace, via.span, state.turn, prompt)) {
          // A workflow's first agent: handed the input by an agent calling it, or by a network's router.
          if (!this.workflowDelegation(trace, above, state.turn))
            trace.network?.workflowEntered(span.traceId, state.turn);
        }
      }
      return;
    }
    if (span.type === 'tool_call' || span.type === 'mcp_tool_call') {
      const turn = this.turnAbove(span);
      // One reading of the clock for both: the answer was complete when its first tool started.
      const at = this.tracer.now();
      if (turn)
        state.tool = turn.startToolCall({ name: toolNameOf(span), args: span.input, id: span.id, at });
      // The model's answer was complete when its first tool ran (the step span lasts past the tools).
      const step = this.parentOf(span)?.step;
      if (step) step.answeredAt ??= at;
    }
  }

  private parentOf(span: Span): SpanState | undefined {
    return span.parentSpanId ? this.spans.get(span.parentSpanId) : undefined;
  }

  /**
   * An agent in a workflow that an agent called as a tool (its `workflows`), with no earlier step's
   * agent behind its input: the caller handed it the task.
   */
  private workflowDelegation(trace: TraceState, above: SpanState[], turn: TurnHandle): boolean {
    const tool = above.find((s) => s.span.type === 'tool_call' || s.span.type === 'mcp_tool_call');
    const caller = tool ? this.turnAbove(tool.span) : undefined;
    if (!tool || !caller || above.indexOf(tool) > above.findIndex((s) => s.span.type === 'agent_run'))
      return false;
    tool.workflowCaller = caller;
    const input = (tool.span.input as { inputData?: unknown } | undefined)?.inputData ?? tool.span.input;
    trace.workflow.sendHandoff({
      kind: 'delegation',
      from: caller.agent,
      to: turn.agent,
      fromTurnId: caller.id,
      toTurnId: turn.id,
      content: taskOf(input),
      payload: input,
      metadata: { toolName: toolNameOf(tool.span) },
    });
    return true;
  }

  /** The first agent of a resumed run works in the step that asked: the human's answer is for it. */
  private humanAnswer(trace: TraceState, turn: TurnHandle): void {
    const resumed = trace.resumed;
    if (!resumed) return;
    resumed.answered = true;
    const answer = resumed.answer;
    trace.workflow.sendHandoff({
      kind: 'return',
      from: HUMAN,
      to: turn.agent,
      toTurnId: turn.id,
      content: typeof answer === 'string' ? answer : valuesText(answer),
      ...(typeof answer === 'string' ? {} : { payload: answer }),
      metadata: { human: true, ...(resumed.resumes ? { askedIn: { workflowId: resumed.resumes } } : {}) },
    });
  }

  /**
   * A supervisor's `agent-<key>` tool whose subagent left no run of its own (an `A2AAgent`: a remote
   * agent over A2A): the remote agent is one turn seen from outside, given the prompt and answering.
   */
  private remoteDelegation(trace: TraceState, state: SpanState): void {
    const agent = /^agent-(.+)$/.exec(toolNameOf(state.span))?.[1];
    const answer = (state.span.output as { text?: unknown } | undefined) ?? {};
    const caller = this.turnAbove(state.span);
    // A subagent's result carries its tool results; a delegation a hook rejected does not.
    if (!agent || !caller || typeof answer.text !== 'string' || !('subAgentToolResults' in answer)) return;
    const content = taskOf(state.span.input);
    const turn = trace.workflow.startTurn({
      agent,
      parentTurnId: caller.id,
      input: [{ role: 'user', content }],
      metadata: { remote: true, toolName: toolNameOf(state.span) },
      receive: false,
    });
    const metadata = { toolName: toolNameOf(state.span) };
    trace.workflow.sendHandoff({
      kind: 'delegation',
      from: caller.agent,
      to: agent,
      fromTurnId: caller.id,
      toTurnId: turn.id,
      content,
      payload: state.span.input,
      metadata,
    });
    turn.end({ output: answer.text });
    trace.workflow.sendHandoff({
      kind: 'return',
      from: agent,
      to: caller.agent,
      fromTurnId: turn.id,
      toTurnId: caller.id,
      content: answer.text,
      metadata,
    });
  }

  /** The step's input came from the answers of earlier steps' agents: one handoff from each. */
  private stepHandoffs(trace: TraceState, step: Span, turn: TurnHandle, prompt: string): number {
    const senders = trace.flow.sendersOf(step.id);
    for (const sender of senders) {
      if (sender.turn.agent === turn.agent) continue; // a loop round handing itself its answer
      // A worker given a whole plan but prompted with its own brief was handed that brief.
      const part = shownPart(sender.part, prompt);
      const content = typeof part === 'string' ? part : distinctLines(valuesText(part));
      const structured = part !== null && typeof part === 'object';
      // A few words of structured output (a classifier's `{ category }`) pick the path: a decision.
      const routing = structured && normalizeWords(content).length < 4;
      // A resumed run's step may carry an answer given before the suspension, in the earlier run.
      const earlier = sender.turn.workflow.id !== trace.workflow.id;
      trace.workflow.sendHandoff({
        kind: 'step',
        from: sender.turn.agent,
        to: turn.agent,
        ...(earlier ? {} : { fromTurnId: sender.turn.id }),
        toTurnId: turn.id,
        content,
        ...(structured ? { payload: part } : {}),
        metadata: {
          fromStep: sender.step,
          step: stepNameOf(step),
          ...(routing ? { routing: true } : {}),
          ...(earlier ? { sentIn: { workflowId: sender.turn.workflow.id, turnId: sender.turn.id } } : {}),
        },
      });
    }
    return senders.length;
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
    if (span.type === 'model_step') this.recordStep(state, error);
    else if (span.type === 'model_inference' || span.type === 'model_chunk') this.modelPart(span);
    // One model call per step; a generation whose steps were not exported is one call.
    if (span.type === 'model_generation' && !state.steps?.length) this.recordGeneration(state);
    if (state.tool) state.tool.end(error ? { error } : { result: span.output });
    const callId = span.attributes?.toolCallId;
    if (state.tool && typeof callId === 'string') this.parentOf(span)?.step?.results.set(callId, span.output);
    if (state.tool && trace && !error && !state.ranAgent) this.remoteDelegation(trace, state);
    const result = (span.output as { result?: unknown } | undefined)?.result ?? span.output;
    if (trace?.network && span.type === 'workflow_run' && !span.parentSpanId && !error)
      trace.network.workflowAnswered(
        span.traceId,
        trace.flow
          .producersOf(result)
          .map((sender) => ({ turn: sender.turn, content: answerText(sender.part) })),
      );
    if (state.workflowCaller && trace && !error) {
      // The workflow's result goes back to the agent that called it, from the agents that made it.
      for (const sender of trace.flow.producersOf(result)) {
        trace.workflow.sendHandoff({
          kind: 'return',
          from: sender.turn.agent,
          to: state.workflowCaller.agent,
          fromTurnId: sender.turn.id,
          toTurnId: state.workflowCaller.id,
          content: answerText(sender.part),
          metadata: { toolName: toolNameOf(span) },
        });
      }
    }
    if (state.turn) {
      const output = answerOf(outputText(span.output), state.stepTexts);
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
      if (trace) {
        // The steps this agent answered for: those between it and the agent (if any) that ran it.
        const steps: string[] = [];
        for (const above of this.ancestors(span)) {
          if (above.span.type === 'agent_run') break;
          if (above.span.type === 'workflow_step') steps.push(above.span.id);
        }
        trace.flow.answered(steps, state.turn);
      }
    }
    if (trace && span.type === 'workflow_run' && span.attributes?.status === 'suspended')
      this.suspend(span, trace);
    if (trace && span.type === 'workflow_run')
      safely(this.tracer, 'mastra step graph', () => this.declareSteps(trace, span));
    if (trace && isFlowSpan(span.type)) {
      trace.flow.endedSpan(span);
      // The step's code rejected its agent's answer: the agent's turn failed.
      if (error && span.type === 'workflow_step') trace.flow.turnOf(span.id)?.fail(error);
    }
    if (trace && --trace.open <= 0) {
      if (trace.ownsWorkflow) trace.workflow.end(error ? { error } : { output: outputText(span.output) });
      this.traces.delete(span.traceId);
      for (const [id, s] of this.spans) if (s.span.traceId === span.traceId) this.spans.delete(id);
    }
  }

  /** What a step's inference and chunk spans add to it: the tools offered, the reasoning text. */
  private modelPart(span: Span): void {
    const parent = this.parentOf(span);
    if (span.type === 'model_inference') {
      if (parent?.step) parent.step.inference = span.attributes ?? {};
      return;
    }
    const step = parent?.step ?? (parent ? this.parentOf(parent.span)?.step : undefined);
    const text = (span.output as { text?: unknown } | undefined)?.text;
    if (step && span.attributes?.chunkType === 'reasoning' && typeof text === 'string')
      step.reasoning += text;
  }

  /** A `model_step` span: one call of the model, with the prompt, answer and tool calls of that step. */
  private recordStep(state: SpanState, error: Error | undefined): void {
    const { span, step } = state;
    const turn = this.turnAbove(span);
    if (!step || !turn) return;
    const generation = this.parentOf(span);
    const earlier = generation?.steps ?? [];
    step.text = outputText(span.output ?? '');
    step.toolCalls = stepToolCalls(span.output);
    if (generation) generation.steps = [...earlier, step];
    const owner = this.ancestors(span).find((above) => above.turn === turn);
    if (owner) owner.stepTexts = [...(owner.stepTexts ?? []), step.text];
    const attributes = span.attributes ?? {};
    const model = step.inference ?? generation?.span.attributes ?? {};
    const offered = step.inference?.availableTools ?? generation?.span.attributes?.tools;
    const endedAt = step.answeredAt ?? this.tracer.now();
    turn.recordModelCall({
      model: String(model.model ?? model.responseModel ?? 'unknown'),
      ...(model.provider ? { provider: String(model.provider) } : {}),
      input: stepMessages(toMessages(span.input), earlier),
      output: step.text,
      ...(step.reasoning ? { reasoning: step.reasoning } : {}),
      toolCalls: step.toolCalls,
      ...(Array.isArray(offered) ? { tools: offered } : {}),
      usage: usageOf(attributes.usage),
      ...(attributes.finishReason ? { finishReason: String(attributes.finishReason) } : {}),
      startedAt: Math.min(step.startedAt, endedAt),
      endedAt,
      ...(error ? { error } : {}),
    });
  }

  /** The agents an agent may delegate to (its `agents`), from the Mastra instance, once per trace. */
  private declareRoster(trace: TraceState, agent: string): void {
    if (!this.mastra || trace.rosters.has(agent)) return;
    const found = lookup(() => this.mastra?.getAgentById?.(agent)) as AgentLike | undefined;
    if (!found || typeof found.id !== 'string') return;
    for (const roster of rosterTopologies(found, trace.rosters)) trace.workflow.declareTopology(roster);
  }

  /**
   * The workflow's declared step graph (from the Mastra instance; spans do not carry it), with the
   * agents seen in its steps, recorded when the run ends: a step whose code threw after its agent
   * answered then names the step that should have run next.
   */
  private declareSteps(trace: TraceState, span: Span): void {
    const id = span.entityId ?? span.entityName;
    if (!id || !this.mastra) return;
    const workflow =
      lookup(() => this.mastra?.getWorkflowById?.(id)) ?? lookup(() => this.mastra?.getWorkflow?.(id));
    const flow = (workflow as { serializedStepGraph?: unknown } | undefined)?.serializedStepGraph;
    if (!Array.isArray(flow)) return;
    const agentOfStep = (step: string) => {
      const agents = trace.stepAgents.get(step);
      return agents?.size === 1 ? [...agents][0] : undefined;
    };
    for (const graph of stepTopologies(id, flow as SerializedEntry[], agentOfStep))
      trace.workflow.declareTopology(graph);
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
    // The model span's tool definitions, else the names Mastra lists.
    const offered = attributes.tools ?? attributes.availableTools;
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
      ...(Array.isArray(offered) ? { tools: offered } : {}),
      usage: usageOf(attributes.usage),
      ...(attributes.finishReason ? { finishReason: String(attributes.finishReason) } : {}),
      startedAt: start !== undefined && end !== undefined ? endedAt - (end - start) : endedAt,
      endedAt,
    });
  }
}

/** A registry look-up that throws for an unknown id (Mastra's `getWorkflow`) reads as not found. */
function lookup(find: () => unknown): unknown {
  try {
    return find();
  } catch {
    return undefined;
  }
}

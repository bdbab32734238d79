import { z } from 'zod';
import type { TraceEvent, UnstampedEvent } from '../model/events.ts';
import type { Message } from '../model/message.ts';
import { SCHEMA_VERSION } from '../model/schema-version.ts';
import { type ContextItem, GraphTopologySchema, type Trace } from '../model/trace.ts';
import { TraceBuilder } from '../model/trace-builder.ts';
import { toErrorInfo } from '../util/error-info.ts';
import { hashValue } from '../util/hash.ts';
import { toSafeMessages, toSafeToolCalls, toToolNames } from '../util/safe-messages.ts';
import { type SafeValue, toSafeValue } from '../util/safe-value.ts';
import { stableStringify } from '../util/stable-stringify.ts';
import { textOf } from '../util/text-of.ts';
import type {
  ContextInput,
  FeedbackInput,
  HandoffInput,
  ModelCallInput,
  ToolCallHandle,
  TurnEndInput,
  TurnHandle,
  TurnStartInput,
  WorkflowHandle,
} from './handles.ts';
import type { RecorderMessageMemo } from './message-memo.ts';
import { type Redactor, redactValue } from './redact.ts';
import type { Diagnostic } from './tracer-options.ts';

/**
 * Events that carry the caller's own objects (spread in, not copied): redaction copies them whole.
 * Every other event holds only the recorder's fresh copies, which redaction shares where unchanged.
 */
const HOLDS_CALLER_OBJECTS: ReadonlySet<TraceEvent['type']> = new Set([
  'score-add',
  'finding-add',
  'lineage-add',
]);

/** What a workflow recorder needs from its tracer. */
export interface RecorderServices {
  now(): number;
  newId(): string;
  maxPayloadBytes: number;
  redactor: Redactor | undefined;
  toolResultsAsContext: boolean;
  /** Stored copies of frozen messages, made once per tracer. */
  messages?: RecorderMessageMemo;
  /** Receives every stamped event (sampling and the store sit behind it). */
  publish(workflow: WorkflowRecorder, event: TraceEvent): void;
  runIn<T>(workflow: WorkflowRecorder, turn: TurnRecorder | undefined, fn: () => T): T;
  onTurnEnd(workflow: WorkflowRecorder, turnId: string): void;
  onWorkflowEnd(workflow: WorkflowRecorder): void;
  diagnostic(diagnostic: Diagnostic): void;
}

/**
 * Records one workflow. Every public method is total: bad input or an internal fault becomes a
 * diagnostic and a no-op, never an exception in the caller.
 */
/** Events held before they are folded into the live trace (the fold waits for a reader, or this many). */
const FOLD_BATCH = 256;

export class WorkflowRecorder implements WorkflowHandle {
  private readonly live: TraceBuilder;
  /** Emitted, not folded yet: most workflows are never read live (no checks, no `getTrace`). */
  private unfolded: TraceEvent[] = [];
  private seq = 0;
  private isEnded = false;
  private readonly turns = new Map<string, TurnRecorder>();
  private readonly context = new Map<string, ContextItem[]>();
  /** Handoffs sent but not yet received, by receiver name: the next turn of that agent receives them. */
  private readonly unreceived = new Map<string, string[]>();

  readonly id: string;
  readonly name: string;
  private readonly services: RecorderServices;
  /** Set when this process continues a workflow another process started (see `Tracer.joinWorkflow`). */
  readonly writer: string | undefined;
  /** Handoffs sent from another process, received by the next turn of any agent. */
  private readonly unreceivedByAnyone: string[] = [];
  /** Parent of turns started without one (the remote turn that handed over, for a request/response). */
  private readonly defaultParentTurnId: string | undefined;

  constructor(
    id: string,
    name: string,
    services: RecorderServices,
    join?: { writer: string; parentTurnId?: string },
  ) {
    this.id = id;
    this.name = name;
    this.services = services;
    this.live = new TraceBuilder(id);
    this.writer = join?.writer;
    this.defaultParentTurnId = join?.parentTurnId;
  }

  /** A handoff another process sent: the next turn of `to` (of any agent when unknown) receives it. */
  expectHandoff(handoffId: string, to?: string): void {
    if (to) this.unreceived.set(to, [...(this.unreceived.get(to) ?? []), handoffId]);
    else this.unreceivedByAnyone.push(handoffId);
  }

  get ended(): boolean {
    return this.isEnded;
  }

  /** The live trace, with every event emitted so far folded in. */
  get builder(): TraceBuilder {
    this.fold();
    return this.live;
  }

  private fold(): void {
    if (this.unfolded.length === 0) return;
    const events = this.unfolded;
    this.unfolded = [];
    for (const event of events) this.guard('fold', () => this.live.apply(event), undefined);
  }

  /** Stamps, sanitises and redacts an event, folds it into the live trace and publishes it. */
  emit(event: UnstampedEvent & { at?: number }): void {
    const { services } = this;
    const at = typeof event.at === 'number' && Number.isFinite(event.at) ? event.at : services.now();
    // One object: the event's own `at` lands on the stamp's key (same key order), then is set.
    let stamped = (
      this.writer === undefined
        ? { schema: SCHEMA_VERSION, workflowId: this.id, seq: this.seq++, at, ...event }
        : { schema: SCHEMA_VERSION, workflowId: this.id, seq: this.seq++, at, writer: this.writer, ...event }
    ) as TraceEvent;
    stamped.at = at;
    if (services.redactor) {
      try {
        stamped = redactValue(
          stamped,
          services.redactor,
          !HOLDS_CALLER_OBJECTS.has(stamped.type),
          services.messages,
        );
      } catch (error) {
        // A redactor that fails must not let secrets through: drop the event rather than store it raw.
        services.diagnostic({
          code: 'redactor_failed',
          message: 'redactor threw; event dropped',
          error,
          events: 1,
        });
        return;
      }
    }
    this.unfolded.push(stamped);
    if (this.unfolded.length >= FOLD_BATCH) this.fold();
    services.publish(this, stamped);
  }

  safe(value: unknown): SafeValue {
    return toSafeValue(value, { maxBytes: this.services.maxPayloadBytes });
  }

  safeMessages(messages: Message[] | undefined): Message[] {
    return toSafeMessages(messages, this.services.maxPayloadBytes, this.services.messages);
  }

  guard<T>(label: string, fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (error) {
      this.services.diagnostic({
        code: 'recorder_failed',
        message: `${label} failed: ${describe(error)}`,
        error,
      });
      return fallback;
    }
  }

  start(input: { input?: unknown; metadata?: Record<string, unknown>; at?: number }): void {
    this.emit({
      type: 'workflow-start',
      name: this.name,
      ...(input.input === undefined ? {} : { input: this.safe(input.input) }),
      metadata: (this.safe(input.metadata ?? {}) as Record<string, unknown>) ?? {},
      at: input.at,
    });
  }

  startTurn(input: TurnStartInput): TurnHandle {
    return this.guard(
      'startTurn',
      () => {
        const turn = new TurnRecorder(
          input.id ?? this.services.newId(),
          String(input.agent ?? 'unknown'),
          this,
          this.services,
        );
        this.turns.set(turn.id, turn);
        let waiting = input.receive === false ? undefined : this.unreceived.get(turn.agent);
        if (waiting) this.unreceived.delete(turn.agent);
        if (input.receive !== false && this.unreceivedByAnyone.length > 0)
          waiting = [...(waiting ?? []), ...this.unreceivedByAnyone.splice(0)];
        const parentTurnId = input.parentTurnId ?? this.defaultParentTurnId;
        this.emit({
          type: 'turn-start',
          turnId: turn.id,
          agent: turn.agent,
          ...(parentTurnId ? { parentTurnId } : {}),
          input: this.safeMessages(input.input),
          metadata: (this.safe(input.metadata ?? {}) as Record<string, unknown>) ?? {},
          at: input.at,
        });
        for (const handoffId of waiting ?? []) this.receiveHandoff(handoffId, turn.id, input.at);
        return turn;
      },
      new TurnRecorder(this.services.newId(), String(input?.agent), this, this.services),
    );
  }

  private latestTurnOf(agent: string): TurnRecorder | undefined {
    let latest: TurnRecorder | undefined;
    for (const turn of this.turns.values()) if (turn.agent === agent) latest = turn;
    return latest;
  }

  getTurn(turnId: string): TurnHandle | undefined {
    return this.turns.get(turnId);
  }

  sendHandoff(input: HandoffInput): { id: string } {
    const id = input.id ?? this.services.newId();
    this.guard(
      'sendHandoff',
      () => {
        // Without an explicit sender turn, the sender's latest turn sent it.
        const fromTurnId = input.fromTurnId ?? this.latestTurnOf(String(input.from))?.id;
        this.emit({
          type: 'handoff-send',
          handoffId: id,
          kind: input.kind ?? 'explicit',
          from: String(input.from),
          to: String(input.to),
          ...(fromTurnId ? { fromTurnId } : {}),
          ...(input.toTurnId ? { toTurnId: input.toTurnId } : {}),
          content: textOf(this.safe(input.content)),
          ...(input.payload === undefined ? {} : { payload: this.safe(input.payload) }),
          ...(input.task === undefined ? {} : { task: textOf(this.safe(input.task)) }),
          ...(input.contract === undefined ? {} : { contract: contractOf(input.contract) }),
          ...(input.inferred ? { inferred: true } : {}),
          metadata: this.handoffMetadata(input),
          at: input.at,
        });
        if (!input.toTurnId && !input.remote)
          this.unreceived.set(String(input.to), [...(this.unreceived.get(String(input.to)) ?? []), id]);
      },
      undefined,
    );
    return { id };
  }

  private handoffMetadata(input: HandoffInput): Record<string, unknown> {
    const metadata = (this.safe(input.metadata ?? {}) as Record<string, unknown>) ?? {};
    if (input.contract === undefined) return metadata;
    const check = this.guard(
      'contract check',
      () => checkContract(input.contract, input.payload ?? input.content),
      undefined,
    );
    return check ? { ...metadata, contractCheck: check } : metadata;
  }

  receiveHandoff(handoffId: string, toTurnId: string, at?: number): void {
    this.guard(
      'receiveHandoff',
      () => {
        for (const [agent, ids] of this.unreceived) {
          if (!ids.includes(handoffId)) continue;
          const rest = ids.filter((id) => id !== handoffId);
          if (rest.length > 0) this.unreceived.set(agent, rest);
          else this.unreceived.delete(agent);
        }
        this.emit({ type: 'handoff-receive', handoffId, toTurnId, at });
      },
      undefined,
    );
  }

  provideContext(input: ContextInput): ContextItem | undefined {
    return this.guard(
      'provideContext',
      () => {
        const value = this.safe(input.value);
        const valueHash = hashValue(value);
        const versions = this.context.get(input.key) ?? [];
        const latest = versions.at(-1);
        if (latest && latest.valueHash === valueHash) return latest;
        const item: ContextItem = {
          key: String(input.key),
          version: (latest?.version ?? 0) + 1,
          producedAt: input.at ?? this.services.now(),
          producedBy: { ...input.producedBy },
          source: input.source ?? 'explicit',
          valueHash,
          value,
        };
        if (input.maxAgeMs !== undefined) item.maxAgeMs = input.maxAgeMs;
        versions.push(item);
        this.context.set(item.key, versions);
        this.emit({ type: 'context-provide', item, at: item.producedAt });
        return item;
      },
      undefined,
    );
  }

  readContext(input: {
    key: string;
    turnId: string;
    version?: number;
    value?: unknown;
    at?: number;
    via?: 'explicit' | 'tool' | 'state';
  }): ContextItem | undefined {
    return this.guard(
      'readContext',
      () => {
        const versions = this.context.get(input.key) ?? [];
        const valueHash = input.value === undefined ? undefined : hashValue(this.safe(input.value));
        const item =
          input.version !== undefined
            ? versions.find((v) => v.version === input.version)
            : valueHash !== undefined
              ? versions.findLast((v) => v.valueHash === valueHash)
              : versions.at(-1);
        if (!item) return undefined;
        const turn = this.turns.get(input.turnId);
        this.emit({
          type: 'context-read',
          read: {
            key: item.key,
            version: item.version,
            turnId: input.turnId,
            agent: turn?.agent ?? 'unknown',
            readAt: input.at ?? this.services.now(),
            via: input.via ?? 'explicit',
          },
          at: input.at,
        });
        return item;
      },
      undefined,
    );
  }

  feedback(feedback: FeedbackInput): void {
    this.guard(
      'feedback',
      () => {
        const { at, expected, comment } = feedback;
        this.emit({
          type: 'feedback-add',
          feedback: {
            correct: feedback.correct === true,
            ...(expected === undefined ? {} : { expected: this.safe(expected) }),
            ...(typeof comment === 'string' ? { comment } : {}),
          },
          at,
        });
      },
      undefined,
    );
  }

  addScore(score: Parameters<WorkflowHandle['addScore']>[0]): void {
    this.guard(
      'addScore',
      () => {
        const value = Math.min(1, Math.max(0, Number(score.value) || 0));
        this.emit({
          type: 'score-add',
          score: { ...score, value, reason: score.reason ?? '' },
          at: score.at,
        });
      },
      undefined,
    );
  }

  addFinding(finding: Parameters<WorkflowHandle['addFinding']>[0]): void {
    this.guard(
      'addFinding',
      () =>
        this.emit({
          type: 'finding-add',
          finding: { ...finding, id: finding.id ?? this.services.newId(), evidence: finding.evidence ?? [] },
          at: finding.at,
        }),
      undefined,
    );
  }

  addLineage(edge: Parameters<WorkflowHandle['addLineage']>[0]): void {
    this.guard('addLineage', () => this.emit({ type: 'lineage-add', edge }), undefined);
  }

  declareTopology(graph: Parameters<WorkflowHandle['declareTopology']>[0]): void {
    // Parsing copies the caller's object and drops what the schema does not know.
    this.guard(
      'declareTopology',
      () => this.emit({ type: 'topology-add', graph: GraphTopologySchema.parse(graph) }),
      undefined,
    );
  }

  end(result: { output?: unknown; error?: unknown; at?: number } = {}): void {
    if (this.isEnded) return;
    this.guard(
      'end',
      () => {
        this.isEnded = true;
        // A continuation ends only this process's part: the starting process ends the workflow.
        if (this.writer !== undefined) return this.services.onWorkflowEnd(this);
        const failed = result.error !== undefined;
        this.emit({
          type: 'workflow-end',
          status: failed ? 'error' : 'ok',
          ...(result.output === undefined ? {} : { output: this.safe(result.output) }),
          ...(failed ? { error: toErrorInfo(result.error, 'workflow') } : {}),
          at: result.at,
        });
        this.services.onWorkflowEnd(this);
      },
      undefined,
    );
  }

  run<T>(fn: () => T): T {
    return this.services.runIn(this, undefined, fn);
  }

  trace(): Trace {
    return structuredClone(this.builder.toTrace());
  }
}

export class TurnRecorder implements TurnHandle {
  private isEnded = false;
  private failedLate = false;
  private currentAgent: string;

  readonly id: string;
  readonly workflow: WorkflowRecorder;
  private readonly services: RecorderServices;

  constructor(id: string, agent: string, workflow: WorkflowRecorder, services: RecorderServices) {
    this.id = id;
    this.workflow = workflow;
    this.services = services;
    this.currentAgent = agent;
  }

  get agent(): string {
    return this.currentAgent;
  }

  get ended(): boolean {
    return this.isEnded;
  }

  update(update: { agent?: string; input?: Message[]; metadata?: Record<string, unknown> }): void {
    const workflow = this.workflow;
    workflow.guard(
      'turn.update',
      () => {
        if (update.agent) this.currentAgent = String(update.agent);
        workflow.emit({
          type: 'turn-update',
          turnId: this.id,
          ...(update.agent ? { agent: String(update.agent) } : {}),
          ...(update.input ? { input: workflow.safeMessages(update.input) } : {}),
          ...(update.metadata ? { metadata: workflow.safe(update.metadata) as Record<string, unknown> } : {}),
        });
      },
      undefined,
    );
  }

  recordModelCall(call: ModelCallInput): void {
    const workflow = this.workflow;
    workflow.guard(
      'recordModelCall',
      () => {
        const endedAt = call.endedAt ?? this.services.now();
        const startedAt = call.startedAt ?? endedAt;
        const tools = toToolNames(call.tools);
        workflow.emit({
          type: 'model-call',
          call: {
            id: call.id ?? this.services.newId(),
            turnId: this.id,
            model: String(call.model ?? 'unknown'),
            ...(call.provider ? { provider: call.provider } : {}),
            input: workflow.safeMessages(call.input),
            output: textOf(workflow.safe(call.output ?? '')),
            ...(call.reasoning ? { reasoning: textOf(workflow.safe(call.reasoning)) } : {}),
            toolCalls: toSafeToolCalls(call.toolCalls, this.services.maxPayloadBytes),
            ...(tools.length > 0 ? { tools } : {}),
            ...(call.choices?.length
              ? { choices: call.choices.slice(0, 128).map((c) => String(c).slice(0, 200)) }
              : {}),
            usage: (workflow.safe(call.usage ?? {}) as never) ?? {},
            ...(call.finishReason ? { finishReason: call.finishReason } : {}),
            startedAt,
            endedAt,
            latencyMs: Math.max(0, endedAt - startedAt),
            ...(call.error === undefined ? {} : { error: toErrorInfo(call.error, 'model') }),
          },
          at: endedAt,
        });
      },
      undefined,
    );
  }

  startToolCall(call: { name: string; args: unknown; id?: string; at?: number }): ToolCallHandle {
    const workflow = this.workflow;
    const id = call.id ?? this.services.newId();
    const name = String(call.name);
    const args = workflow.guard('startToolCall', () => workflow.safe(call.args), null);
    workflow.guard(
      'startToolCall',
      () => workflow.emit({ type: 'tool-start', turnId: this.id, callId: id, name, args, at: call.at }),
      undefined,
    );
    let done = false;
    return {
      id,
      name,
      end: (result = {}) => {
        if (done) return;
        done = true;
        workflow.guard(
          'toolCall.end',
          () => {
            let contextKey: string | undefined;
            const failed = result.error !== undefined;
            if (!failed && result.result !== undefined && this.services.toolResultsAsContext) {
              contextKey = `tool:${name}(${stableStringify(args)})`;
              const item = workflow.provideContext({
                key: contextKey,
                value: result.result,
                source: 'tool',
                producedBy: { agent: this.agent, turnId: this.id },
                at: result.at,
              });
              if (item)
                workflow.readContext({
                  key: contextKey,
                  turnId: this.id,
                  version: item.version,
                  via: 'tool',
                  at: result.at,
                });
            }
            workflow.emit({
              type: 'tool-end',
              callId: id,
              ...(result.result === undefined ? {} : { result: workflow.safe(result.result) }),
              ...(failed ? { error: toErrorInfo(result.error, 'tool') } : {}),
              ...(contextKey ? { contextKey } : {}),
              at: result.at,
            });
          },
          undefined,
        );
      },
    };
  }

  readContext(
    key: string,
    options: { version?: number; value?: unknown; at?: number; via?: 'explicit' | 'tool' | 'state' } = {},
  ): ContextItem | undefined {
    return this.workflow.readContext({ key, turnId: this.id, ...options });
  }

  provideContext(input: Omit<ContextInput, 'producedBy'>): ContextItem | undefined {
    return this.workflow.provideContext({ ...input, producedBy: { agent: this.agent, turnId: this.id } });
  }

  end(result: TurnEndInput = {}): void {
    if (this.isEnded) return;
    this.isEnded = true;
    const workflow = this.workflow;
    workflow.guard(
      'turn.end',
      () => {
        const failed = result.error !== undefined;
        const output = result.output;
        workflow.emit({
          type: 'turn-end',
          turnId: this.id,
          status: failed ? 'error' : 'ok',
          ...(output === undefined ? {} : { output: textOf(workflow.safe(output)) }),
          ...(result.outputPayload !== undefined
            ? { outputPayload: workflow.safe(result.outputPayload) }
            : output !== undefined && typeof output !== 'string'
              ? { outputPayload: workflow.safe(output) }
              : {}),
          ...(result.reasoning ? { reasoning: textOf(workflow.safe(result.reasoning)) } : {}),
          ...(result.finishReason ? { finishReason: result.finishReason } : {}),
          ...(failed ? { error: toErrorInfo(result.error, 'turn') } : {}),
          at: result.at,
        });
        this.services.onTurnEnd(workflow, this.id);
      },
      undefined,
    );
  }

  fail(error: unknown, at?: number): void {
    if (!this.isEnded) return this.end({ error, at });
    if (this.failedLate) return;
    this.failedLate = true;
    const workflow = this.workflow;
    workflow.guard(
      'turn.fail',
      () =>
        workflow.emit({
          type: 'turn-end',
          turnId: this.id,
          status: 'error',
          error: toErrorInfo(error, 'turn'),
          at,
        }),
      undefined,
    );
  }

  run<T>(fn: () => T): T {
    return this.services.runIn(this.workflow, this, fn);
  }
}

interface StandardSchemaLike {
  '~standard': { validate(value: unknown): unknown };
}

/** Keeps a contract as JSON Schema (zod) or as given (JSON Schema already). */
function contractOf(contract: unknown): unknown {
  if (contract && typeof contract === 'object' && '_zod' in contract) {
    try {
      return toSafeValue(z.toJSONSchema(contract as z.ZodType), { maxBytes: 64_000 });
    } catch {
      return { note: 'schema not convertible to JSON Schema' };
    }
  }
  return toSafeValue(contract, { maxBytes: 64_000 });
}

/**
 * Validates a payload against a Standard Schema contract (zod, valibot, arktype) when it validates
 * synchronously; the result travels with the handoff for the delivery check.
 */
function checkContract(
  contract: unknown,
  payload: unknown,
): { valid: boolean; issues: string[] } | undefined {
  const standard = (contract as Partial<StandardSchemaLike> | null)?.['~standard'];
  if (!standard || typeof standard.validate !== 'function') return undefined;
  const result = standard.validate(payload) as
    | { issues?: { message: string; path?: unknown[] }[] }
    | Promise<unknown>;
  if (result instanceof Promise) return undefined;
  const issues = (result.issues ?? []).map((issue) => {
    const path = (issue.path ?? [])
      .map((part) => (typeof part === 'object' && part && 'key' in part ? String(part.key) : String(part)))
      .join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return { valid: issues.length === 0, issues };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

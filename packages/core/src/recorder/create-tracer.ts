import { randomUUID } from 'node:crypto';
import { liveChecks } from '../alerts/live-checks.ts';
import type { TraceEvent } from '../model/events.ts';
import { SCHEMA_VERSION } from '../model/schema-version.ts';
import type { GraphTopology, Trace } from '../model/trace.ts';
import { jsonlStore } from '../stores/jsonl-store.ts';
import type { Store } from '../stores/store.ts';
import { toSafeValue } from '../util/safe-value.ts';
import { EventWriter, type WriterStats } from './event-writer.ts';
import { registerExitFlush } from './exit-hooks.ts';
import type { ContextInput, FeedbackInput, HandoffInput, TurnHandle, WorkflowHandle } from './handles.ts';
import { messageMemo } from './message-memo.ts';
import { createRedactor, redactValue } from './redact.ts';
import { samplePoint } from './sampling.ts';
import { scopeStorage } from './scope-storage.ts';
import type { Diagnostic, LiveAnalysis, LiveAnalysisContext, TracerOptions } from './tracer-options.ts';
import { type RecorderServices, type TurnRecorder, WorkflowRecorder } from './workflow-recorder.ts';

export interface WorkflowOptions {
  id?: string;
  metadata?: Record<string, unknown>;
  /** The workflow's input, recorded on its start. */
  input?: unknown;
  at?: number;
  /**
   * The graphs the program declares (for code that chains agents itself, `pipelineTopology([...])`):
   * a run that stops after an agent then names the agent that should have run next.
   */
  topology?: GraphTopology | GraphTopology[];
}

export interface JoinOptions {
  /** Handoffs sent from the other process, received by the next turn of `to` (of any agent without `to`). */
  expect?: { handoffId: string; to?: string }[];
  /** Parent of the turns started here without one: the remote turn that handed over and waits. */
  parentTurnId?: string;
}

export interface TracerStats extends WriterStats {
  workflowsStarted: number;
  workflowsSampledOut: number;
  diagnostics: number;
}

export interface Tracer {
  /**
   * Runs `fn` as one workflow: every turn, handoff and context read inside it (across awaits) belongs
   * to it. Records `fn`'s result as the final output; an error is recorded and rethrown unchanged.
   */
  workflow<T>(name: string, fn: () => T | Promise<T>, options?: WorkflowOptions): Promise<T>;
  /** Low-level: starts a workflow that the caller ends (adapters whose runs are not one function). */
  startWorkflow(name: string, options?: WorkflowOptions): WorkflowHandle;
  /**
   * Low-level: continues, in this process, a workflow another process started (see
   * `continueWorkflow`). Events carry this continuation's `writer`; no workflow start or end is
   * recorded here, and live analysis waits for the whole workflow. A workflow already live in this
   * tracer is returned as it is.
   */
  joinWorkflow(id: string, options?: JoinOptions): WorkflowHandle;
  /** Runs `fn` as one turn of `agent` in the current workflow (a new workflow named after the agent if none). */
  turn<T>(
    agent: string,
    fn: (turn: TurnHandle) => T | Promise<T>,
    options?: { input?: TurnStartMessages },
  ): Promise<T>;
  /** Records a message from one agent to another in the current workflow. */
  handoff(input: HandoffInput): { id: string } | undefined;
  /** Records a new version of a context item in the current workflow (same value = same version). */
  provideContext(key: string, value: unknown, options?: Omit<ContextInput, 'key' | 'value'>): void;
  /**
   * Records feedback on a workflow's result, during the run or long after it (from a user's thumbs-down,
   * a grader, a test): `{ correct: false }` marks a known failure, which analysis then always explains.
   */
  feedback(workflowId: string, feedback: FeedbackInput): void;
  /** Records that the current turn used `key`: the version holding `value` when given, else the latest. */
  readContext(key: string, value?: unknown): void;
  currentWorkflow(): WorkflowHandle | undefined;
  currentTurn(): TurnHandle | undefined;
  /** The trace of a running or recently ended workflow, as recorded so far. */
  getTrace(workflowId: string): Trace | undefined;
  /** The tracer's clock (adapters time model calls with it, so injected clocks stay consistent). */
  now(): number;
  /** Reports a problem of an adapter or integration through the tracer's diagnostics channel. */
  diagnostic(diagnostic: Diagnostic): void;
  /** Resolves once live analysis has run and every event reached the store. */
  flush(): Promise<void>;
  /** Flushes, closes the store and stops listening for process exit. */
  shutdown(): Promise<void>;
  readonly stats: TracerStats;
  readonly store: Store;
}

type TurnStartMessages = Parameters<WorkflowHandle['startTurn']>[0]['input'];

interface Scope {
  workflow: WorkflowRecorder;
  turn: TurnRecorder | undefined;
}

interface WorkflowSlot {
  recorder: WorkflowRecorder;
  /** A continuation of another process's workflow: no live analysis of a part. */
  joined?: boolean;
  /** keep: events go to the store; hold: buffered until the end decides (tail sampling); drop. */
  decision: 'keep' | 'hold' | 'drop';
  held: TraceEvent[];
  pending: Set<Promise<void>>;
}

const KEEP_ENDED = 64;
/** Feedback on a workflow this tracer no longer holds gets a sequence number no recorded event uses. */
const DETACHED_SEQ = 2 ** 40;

/** Creates the recorder: the one object adapters and users record through. */
export function createTracer(options: TracerOptions = {}): Tracer {
  const clock = options.clock ?? Date;
  const newId = options.ids ?? randomUUID;
  const storage = scopeStorage<Scope>();
  const analyses: LiveAnalysis[] = Array.isArray(options.analysis)
    ? [...options.analysis]
    : options.analysis
      ? [options.analysis]
      : [];
  // Tail sampling keeps workflows with findings, so it needs the checks to run as workflows end.
  if (options.sample?.keepFailures && analyses.length === 0) analyses.push(liveChecks());
  const stats: TracerStats = {
    eventsWritten: 0,
    eventsDropped: 0,
    storeFailures: 0,
    workflowsStarted: 0,
    workflowsSampledOut: 0,
    diagnostics: 0,
  };

  const diagnostic = (d: Diagnostic): void => {
    stats.diagnostics++;
    try {
      options.onDiagnostic?.(d);
    } catch {
      // A diagnostics handler that throws has nowhere left to report to.
    }
  };

  const redactor = (() => {
    try {
      return createRedactor(options.redact);
    } catch (error) {
      diagnostic({
        code: 'redactor_failed',
        message: 'invalid redact option; using built-in patterns',
        error,
      });
      return createRedactor(undefined);
    }
  })();
  const store = options.store ?? jsonlStore();
  const writer = new EventWriter(store, {
    maxBuffered: options.maxBufferedEvents ?? 100_000,
    retryForMs: options.retryForMs ?? 30_000,
    diagnostic,
  });
  const slots = new Map<string, WorkflowSlot>();
  const ended = new Map<string, WorkflowRecorder>();
  const sampleRate = options.sample ? Math.min(1, Math.max(0, options.sample.rate)) : 1;
  const keepFailures = options.sample?.keepFailures ?? false;
  let detachedFeedback = 0;
  const writerBase = options.writer ?? randomUUID().slice(0, 8);
  let continuations = 0;

  const unregister =
    options.flushOnExit === false
      ? () => {}
      : registerExitFlush({
          flushBeforeExit: () => (writer.buffered > 0 ? writer.flush() : undefined),
          flushSync: () => writer.flushSync(),
        });

  const track = (slot: WorkflowSlot, work: () => void | Promise<void>, label: string): void => {
    const promise = new Promise<void>((resolve) => {
      setImmediate(() => {
        Promise.resolve()
          .then(work)
          .catch((error: unknown) =>
            diagnostic({ code: 'analysis_failed', message: `${label} failed: ${String(error)}`, error }),
          )
          .finally(() => {
            slot.pending.delete(promise);
            resolve();
          });
      });
    });
    slot.pending.add(promise);
  };

  const analysisContext = (recorder: WorkflowRecorder): LiveAnalysisContext => ({
    workflowId: recorder.id,
    // Analyses only read: the live fold is handed over without a copy.
    trace: () => recorder.builder.toTrace(),
    addScore: (score) => recorder.addScore(score),
    addFinding: (finding) => recorder.addFinding(finding),
    diagnostic,
  });

  const retire = (slot: WorkflowSlot): void => {
    if (slot.decision === 'hold') {
      const { findings, workflow } = slot.recorder.builder.toTrace({ infer: false });
      const keep = findings.length > 0 || workflow.feedback?.correct === false;
      if (keep) {
        for (const event of slot.held) writer.push(event);
      } else {
        stats.workflowsSampledOut++;
      }
      slot.held = [];
      slot.decision = keep ? 'keep' : 'drop';
    }
    slots.delete(slot.recorder.id);
    ended.set(slot.recorder.id, slot.recorder);
    if (ended.size > KEEP_ENDED) ended.delete(ended.keys().next().value as string);
  };

  const services: RecorderServices = {
    now: () => clock.now(),
    newId,
    maxPayloadBytes: options.maxPayloadBytes ?? 256 * 1024,
    redactor,
    messages: messageMemo(redactor),
    toolResultsAsContext: options.toolResultsAsContext ?? true,
    publish(recorder, event) {
      const slot = slots.get(recorder.id);
      const decision = slot?.decision ?? 'keep';
      if (decision === 'keep') writer.push(event);
      else if (decision === 'hold' && slot) slot.held.push(event);
    },
    runIn: (workflow, turn, fn) => storage.run({ workflow, turn }, fn),
    onTurnEnd(recorder, turnId) {
      const slot = slots.get(recorder.id);
      if (!slot) return;
      for (const analysis of analyses) {
        if (analysis.onTurnEnd)
          track(slot, () => analysis.onTurnEnd?.(analysisContext(recorder), turnId), 'turn analysis');
      }
    },
    onWorkflowEnd(recorder) {
      const slot = slots.get(recorder.id);
      if (!slot) return;
      if (slot.joined) return retire(slot);
      for (const analysis of analyses) {
        if (analysis.onWorkflowEnd)
          track(slot, () => analysis.onWorkflowEnd?.(analysisContext(recorder)), 'workflow analysis');
      }
      // Retire once every analysis of this workflow has settled (they may add findings).
      const settle = (): void => {
        if (slot.pending.size === 0) return retire(slot);
        void Promise.all(slot.pending).then(settle);
      };
      settle();
    },
    diagnostic,
  };

  const startWorkflow = (name: string, workflowOptions: WorkflowOptions = {}): WorkflowHandle => {
    const id = workflowOptions.id ?? newId();
    const recorder = new WorkflowRecorder(id, String(name), services);
    let decision: WorkflowSlot['decision'] = 'keep';
    if (sampleRate < 1 && samplePoint(id) >= sampleRate) decision = keepFailures ? 'hold' : 'drop';
    if (decision === 'drop') stats.workflowsSampledOut++;
    slots.set(id, { recorder, decision, held: [], pending: new Set() });
    stats.workflowsStarted++;
    recorder.guard('startWorkflow', () => recorder.start(workflowOptions), undefined);
    const declared = workflowOptions.topology;
    for (const graph of Array.isArray(declared) ? declared : declared ? [declared] : [])
      recorder.declareTopology(graph);
    return recorder;
  };

  const joinWorkflow = (id: string, joinOptions: JoinOptions = {}): WorkflowHandle => {
    const live = slots.get(String(id))?.recorder;
    const recorder =
      live ??
      new WorkflowRecorder(String(id), String(id), services, {
        writer: `${writerBase}.${++continuations}`,
        ...(joinOptions.parentTurnId ? { parentTurnId: String(joinOptions.parentTurnId) } : {}),
      });
    if (!live)
      slots.set(recorder.id, { recorder, decision: 'keep', held: [], pending: new Set(), joined: true });
    for (const { handoffId, to } of joinOptions.expect ?? [])
      recorder.guard('joinWorkflow', () => recorder.expectHandoff(String(handoffId), to), undefined);
    if (!live) return recorder;
    // Live here already (it started here, or another request continues it): whoever holds it ends it.
    return new Proxy(recorder, {
      get(target, property) {
        if (property === 'end') return () => {};
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };

  const workflow = async <T>(
    name: string,
    fn: () => T | Promise<T>,
    workflowOptions?: WorkflowOptions,
  ): Promise<T> => {
    let recorder: WorkflowHandle | undefined;
    try {
      recorder = startWorkflow(name, workflowOptions);
    } catch (error) {
      diagnostic({ code: 'recorder_failed', message: 'could not start workflow', error });
    }
    if (!recorder) return fn();
    const handle = recorder;
    return handle.run(async () => {
      let result: T;
      try {
        result = await fn();
      } catch (error) {
        handle.end({ error });
        throw error;
      }
      handle.end({ output: result });
      return result;
    });
  };

  const tracer: Tracer = {
    workflow,
    startWorkflow,
    joinWorkflow,
    async turn(agent, fn, turnOptions = {}) {
      const scope = storage.getStore();
      if (!scope) return workflow(agent, () => tracer.turn(agent, fn, turnOptions));
      const turn = scope.workflow.startTurn({
        agent,
        input: turnOptions.input,
        ...(scope.turn ? { parentTurnId: scope.turn.id } : {}),
      });
      return turn.run(async () => {
        let result: Awaited<ReturnType<typeof fn>>;
        try {
          result = await fn(turn);
        } catch (error) {
          turn.end({ error });
          throw error;
        }
        turn.end({ output: result });
        return result;
      });
    },
    handoff(input) {
      const scope = storage.getStore();
      if (!scope) {
        diagnostic({
          code: 'no_workflow',
          message: `handoff ${input.from}→${input.to} recorded outside a workflow: ignored`,
        });
        return undefined;
      }
      return scope.workflow.sendHandoff({ ...input, fromTurnId: input.fromTurnId ?? scope.turn?.id });
    },
    provideContext(key, value, contextOptions = {}) {
      const scope = storage.getStore();
      if (!scope) return;
      scope.workflow.provideContext({
        ...contextOptions,
        key,
        value,
        producedBy: contextOptions.producedBy ?? { agent: scope.turn?.agent, turnId: scope.turn?.id },
      });
    },
    feedback(workflowId, feedback) {
      const recorder = slots.get(workflowId)?.recorder ?? ended.get(workflowId);
      if (recorder) return recorder.feedback(feedback);
      try {
        const at = typeof feedback.at === 'number' ? feedback.at : clock.now();
        const event: TraceEvent = {
          schema: SCHEMA_VERSION,
          workflowId: String(workflowId),
          seq: DETACHED_SEQ + detachedFeedback++,
          at,
          type: 'feedback-add',
          feedback: {
            correct: feedback.correct === true,
            ...(feedback.expected === undefined
              ? {}
              : { expected: toSafeValue(feedback.expected, { maxBytes: 64_000 }) }),
            ...(typeof feedback.comment === 'string' ? { comment: feedback.comment } : {}),
          },
        };
        writer.push(redactor ? redactValue(event, redactor) : event);
      } catch (error) {
        diagnostic({ code: 'recorder_failed', message: `feedback failed: ${String(error)}`, error });
      }
    },
    readContext(key, value) {
      const scope = storage.getStore();
      if (!scope?.turn) return;
      scope.workflow.readContext({ key, turnId: scope.turn.id, ...(value === undefined ? {} : { value }) });
    },
    diagnostic,
    now: () => clock.now(),
    currentWorkflow: () => storage.getStore()?.workflow,
    currentTurn: () => storage.getStore()?.turn,
    getTrace(workflowId) {
      const recorder = slots.get(workflowId)?.recorder ?? ended.get(workflowId);
      return recorder?.trace();
    },
    async flush() {
      try {
        for (let round = 0; round < 10; round++) {
          const pending = [...slots.values()].flatMap((slot) => [...slot.pending]);
          if (pending.length === 0) break;
          await Promise.all(pending);
        }
        await writer.flush();
      } catch (error) {
        diagnostic({ code: 'flush_failed', message: `flush failed: ${String(error)}`, error });
      }
    },
    async shutdown() {
      await tracer.flush();
      unregister();
      try {
        await store.close?.();
      } catch (error) {
        diagnostic({ code: 'store_failed', message: `closing store failed: ${String(error)}`, error });
      }
    },
    get stats() {
      return { ...stats, ...writer.stats };
    },
    store,
  };
  return tracer;
}

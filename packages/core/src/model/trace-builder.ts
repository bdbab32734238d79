import { inferHandoffs } from '../lineage/infer-handoffs.ts';
import { clockOffsets } from './clock-offsets.ts';
import type { TraceEvent } from './events.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
import type {
  AgentTurn,
  ContextItem,
  Finding,
  GraphTopology,
  Handoff,
  LineageEdge,
  Score,
  Trace,
  Workflow,
} from './trace.ts';

/**
 * Folds one workflow's events into a Trace, incrementally: the recorder keeps one per live workflow,
 * readers build one per workflow found in a file. Events may arrive out of order across turns; an event
 * naming a turn or handoff that is not known yet creates a placeholder that the later event fills.
 */
export class TraceBuilder {
  readonly workflowId: string;
  private workflow: Workflow;
  private sawStart = false;
  private readonly turns = new Map<string, AgentTurn>();
  private readonly handoffs = new Map<string, Handoff>();
  private readonly toolOwners = new Map<string, AgentTurn>();
  private readonly contextItems: ContextItem[] = [];
  private readonly scores: Score[] = [];
  private readonly findings: Finding[] = [];
  private readonly lineage: LineageEdge[] = [];
  private readonly lineageKeys = new Set<string>();
  private readonly topology = new Map<string, GraphTopology>();
  eventCount = 0;
  lastAt = 0;
  /** Inferred handoffs of the last fold, reused while no event arrived since. */
  private inferred: { at: number; handoffs: Handoff[] } | undefined;
  /**
   * Who wrote what, when other processes continued the workflow (events with a `writer`): times are
   * each writer's own clock until `toTrace` aligns them. '' is the process that started it.
   */
  private readonly writers = new Set<string>();
  private readonly turnWriters = new Map<string, string>();
  private readonly sendWriters = new Map<string, string>();
  private readonly receiveWriters = new Map<string, string>();
  private readonly itemWriters: string[] = [];

  constructor(workflowId: string) {
    this.workflowId = workflowId;
    this.workflow = { id: workflowId, name: workflowId, startedAt: 0, status: 'running', metadata: {} };
  }

  get started(): boolean {
    return this.sawStart;
  }

  get ended(): boolean {
    return this.workflow.status === 'ok' || this.workflow.status === 'error';
  }

  apply(event: TraceEvent): void {
    this.eventCount++;
    if (event.at > this.lastAt) this.lastAt = event.at;
    const writer = event.writer ?? '';
    this.writers.add(writer);
    switch (event.type) {
      case 'workflow-start':
        this.sawStart = true;
        Object.assign(this.workflow, {
          name: event.name,
          startedAt: event.at,
          input: event.input,
          metadata: { ...this.workflow.metadata, ...event.metadata },
        });
        return;
      case 'workflow-end':
        Object.assign(this.workflow, { status: event.status, endedAt: event.at, output: event.output });
        if (event.error) this.workflow.error = event.error;
        return;
      case 'turn-start': {
        this.turnWriters.set(event.turnId, writer);
        const turn = this.turn(event.turnId, event.at);
        turn.agent = event.agent;
        turn.startedAt = event.at;
        turn.input = event.input;
        turn.metadata = { ...turn.metadata, ...event.metadata };
        if (event.parentTurnId) turn.parentTurnId = event.parentTurnId;
        return;
      }
      case 'turn-update': {
        const turn = this.turn(event.turnId, event.at);
        if (event.agent) turn.agent = event.agent;
        if (event.input) turn.input = event.input;
        if (event.metadata) turn.metadata = { ...turn.metadata, ...event.metadata };
        return;
      }
      case 'turn-end': {
        const turn = this.turn(event.turnId, event.at);
        // A second end (a failure found after the answer) keeps the time the turn answered.
        if (turn.status === 'running' || turn.endedAt === undefined) turn.endedAt = event.at;
        turn.status = event.status;
        if (event.output !== undefined) turn.output = event.output;
        if (event.outputPayload !== undefined) turn.outputPayload = event.outputPayload;
        if (event.reasoning !== undefined) turn.reasoning = event.reasoning;
        if (event.finishReason !== undefined) turn.finishReason = event.finishReason;
        if (event.error) turn.errors.push(event.error);
        return;
      }
      case 'model-call':
        this.turn(event.call.turnId, event.at).modelCalls.push(event.call);
        return;
      case 'tool-start': {
        const turn = this.turn(event.turnId, event.at);
        turn.toolCalls.push({
          id: event.callId,
          turnId: event.turnId,
          name: event.name,
          args: event.args,
          startedAt: event.at,
        });
        this.toolOwners.set(event.callId, turn);
        return;
      }
      case 'tool-end': {
        const call = this.toolOwners.get(event.callId)?.toolCalls.find((c) => c.id === event.callId);
        if (!call) return;
        call.endedAt = event.at;
        if (event.result !== undefined) call.result = event.result;
        if (event.error) call.error = event.error;
        if (event.contextKey) call.contextKey = event.contextKey;
        return;
      }
      case 'handoff-send': {
        this.sendWriters.set(event.handoffId, writer);
        if (event.toTurnId) this.receiveWriters.set(event.handoffId, writer);
        const existing = this.handoffs.get(event.handoffId);
        const handoff: Handoff = {
          id: event.handoffId,
          kind: event.kind,
          from: event.from,
          to: event.to,
          content: event.content,
          sentAt: event.at,
          delivery: { sent: true, received: existing?.delivery.received ?? false },
          metadata: event.metadata,
        };
        if (event.fromTurnId) handoff.fromTurnId = event.fromTurnId;
        const toTurnId = event.toTurnId ?? existing?.toTurnId;
        if (toTurnId) handoff.toTurnId = toTurnId;
        if (existing?.receivedAt !== undefined) handoff.receivedAt = existing.receivedAt;
        if (event.payload !== undefined) handoff.payload = event.payload;
        if (event.task !== undefined) handoff.task = event.task;
        if (event.contract !== undefined) handoff.contract = event.contract;
        if (event.inferred) handoff.inferred = true;
        if (event.toTurnId && handoff.receivedAt === undefined) {
          handoff.receivedAt = event.at;
          handoff.delivery.received = true;
        }
        this.handoffs.set(event.handoffId, handoff);
        return;
      }
      case 'handoff-receive': {
        this.receiveWriters.set(event.handoffId, writer);
        let handoff = this.handoffs.get(event.handoffId);
        if (!handoff) {
          handoff = {
            id: event.handoffId,
            kind: 'explicit',
            from: '',
            to: '',
            content: '',
            sentAt: event.at,
            delivery: { sent: false, received: true },
            metadata: {},
          };
          this.handoffs.set(event.handoffId, handoff);
        }
        handoff.toTurnId = event.toTurnId;
        handoff.receivedAt = event.at;
        handoff.delivery.received = true;
        return;
      }
      case 'context-provide':
        this.contextItems.push(event.item);
        this.itemWriters.push(writer);
        return;
      case 'context-read':
        this.turn(event.read.turnId, event.at).contextReads.push(event.read);
        return;
      case 'score-add':
        this.scores.push(event.score);
        return;
      case 'finding-add':
        this.findings.push(event.finding);
        return;
      case 'feedback-add':
        this.workflow.feedback = { ...event.feedback, at: event.feedback.at ?? event.at };
        return;
      case 'lineage-add': {
        const key = `${event.edge.fromTurnId}>${event.edge.toTurnId}`;
        if (this.lineageKeys.has(key)) return;
        this.lineageKeys.add(key);
        this.lineage.push(event.edge);
        return;
      }
      case 'topology-add':
        this.topology.set(event.graph.name, event.graph);
        return;
    }
  }

  /** Marks a workflow that never recorded its end (a crash, a kill) as incomplete. */
  markIncompleteIfOpen(): void {
    if (this.workflow.status === 'running') this.workflow.status = 'incomplete';
  }

  /**
   * The trace so far. Handoffs the data flow implies but no adapter recorded are added, marked
   * `inferred` (`infer: false` leaves them out, for callers that only count findings).
   */
  toTrace(options: { infer?: boolean } = {}): Trace {
    const aligned = this.writers.size > 1 ? this.aligned() : undefined;
    const turns = withinPart(aligned?.turns ?? [...this.turns.values()], this.turns).sort(
      (a, b) => a.startedAt - b.startedAt,
    );
    const recorded = withinPart(
      (aligned?.handoffs ?? [...this.handoffs.values()]).filter((handoff) => !this.sentElsewhere(handoff)),
      this.turns,
    );
    const handoffs = (
      options.infer === false ? recorded : [...recorded, ...this.inferredFor(turns, recorded)]
    ).sort((a, b) => a.sentAt - b.sentAt);
    return {
      schema: SCHEMA_VERSION,
      workflow: {
        ...this.workflow,
        startedAt: this.sawStart ? this.workflow.startedAt : (turns[0]?.startedAt ?? 0),
        ...(aligned?.offsets
          ? { metadata: { ...this.workflow.metadata, clockOffsetsMs: aligned.offsets } }
          : {}),
      },
      turns,
      handoffs,
      contextItems: aligned?.contextItems ?? [...this.contextItems],
      scores: [...this.scores],
      findings: [...this.findings],
      lineage: [...this.lineage],
      ...(this.topology.size > 0 ? { topology: [...this.topology.values()] } : {}),
    };
  }

  /**
   * Turns, handoffs and context items on the starting process's clock: each other writer's times
   * shifted by the offset its handoffs' send/receive pairs call for (see `clockOffsets`). Copies;
   * the folded records stay as written. Undefined offsets when every clock already agreed.
   */
  private aligned():
    | {
        turns: AgentTurn[];
        handoffs: Handoff[];
        contextItems: ContextItem[];
        offsets: Record<string, number> | undefined;
      }
    | undefined {
    const root = this.writers.has('') ? '' : (this.writers.values().next().value as string);
    const crossing = [];
    for (const handoff of this.handoffs.values()) {
      const from = this.sendWriters.get(handoff.id);
      const to = this.receiveWriters.get(handoff.id);
      if (from === undefined || to === undefined || from === to || handoff.receivedAt === undefined) continue;
      crossing.push({ from, to, sentAt: handoff.sentAt, receivedAt: handoff.receivedAt });
    }
    const offsets = clockOffsets(root, crossing);
    const shifted = [...offsets].filter(([, offset]) => offset !== 0);
    if (shifted.length === 0) return undefined;
    const by = (writer: string | undefined) => (writer === undefined ? 0 : (offsets.get(writer) ?? 0));
    const turns = [...this.turns.values()].map((turn) => {
      const d = by(this.turnWriters.get(turn.id));
      if (d === 0) return turn;
      return {
        ...turn,
        startedAt: turn.startedAt + d,
        ...(turn.endedAt === undefined ? {} : { endedAt: turn.endedAt + d }),
        modelCalls: turn.modelCalls.map((c) => ({
          ...c,
          startedAt: c.startedAt + d,
          endedAt: c.endedAt + d,
        })),
        toolCalls: turn.toolCalls.map((c) => ({
          ...c,
          startedAt: c.startedAt + d,
          ...(c.endedAt === undefined ? {} : { endedAt: c.endedAt + d }),
        })),
        contextReads: turn.contextReads.map((r) => ({ ...r, readAt: r.readAt + d })),
      };
    });
    const handoffs = [...this.handoffs.values()].map((handoff) => {
      const sent = by(this.sendWriters.get(handoff.id));
      const received = by(this.receiveWriters.get(handoff.id));
      if (sent === 0 && received === 0) return handoff;
      return {
        ...handoff,
        sentAt: handoff.sentAt + sent,
        ...(handoff.receivedAt === undefined ? {} : { receivedAt: handoff.receivedAt + received }),
      };
    });
    const contextItems = this.contextItems.map((item, index) => {
      const d = by(this.itemWriters[index]);
      return d === 0 ? item : { ...item, producedAt: item.producedAt + d };
    });
    return { turns, handoffs, contextItems, offsets: Object.fromEntries(shifted) };
  }

  /** Received here, sent by a process whose part was not read: nothing to show but the receipt. */
  private sentElsewhere(handoff: Handoff): boolean {
    return !handoff.delivery.sent && handoff.from === '' && this.receiveWriters.has(handoff.id);
  }

  private inferredFor(turns: AgentTurn[], recorded: Handoff[]): Handoff[] {
    if (this.inferred?.at !== this.eventCount)
      this.inferred = { at: this.eventCount, handoffs: inferHandoffs({ turns, handoffs: recorded }) };
    return this.inferred.handoffs;
  }

  private turn(turnId: string, at: number): AgentTurn {
    let turn = this.turns.get(turnId);
    if (!turn) {
      turn = {
        id: turnId,
        agent: 'unknown',
        startedAt: at,
        status: 'running',
        input: [],
        modelCalls: [],
        toolCalls: [],
        contextReads: [],
        errors: [],
        metadata: {},
      };
      this.turns.set(turnId, turn);
    }
    return turn;
  }
}

/** Folds a list of events (any order within a workflow is tolerated; seq order is best) into traces. */
export function foldTraces(events: Iterable<TraceEvent>): Trace[] {
  const builders = new Map<string, TraceBuilder>();
  for (const event of events) foldInto(builders, event);
  return [...builders.values()].map((builder) => builder.toTrace());
}

/** Applies `event` to its workflow's builder in `builders`, made on the workflow's first event. */
export function foldInto(builders: Map<string, TraceBuilder>, event: TraceEvent): void {
  let builder = builders.get(event.workflowId);
  if (!builder) {
    builder = new TraceBuilder(event.workflowId);
    builders.set(event.workflowId, builder);
  }
  builder.apply(event);
}

/**
 * One process's part of a workflow read without the others' files refers to turns it does not hold
 * (the sending turn in another process): those references are dropped, so the part is a trace of
 * its own. Records are copied only when they refer outside.
 */
function withinPart<T extends { parentTurnId?: string; fromTurnId?: string; toTurnId?: string }>(
  records: T[],
  turns: ReadonlyMap<string, unknown>,
): T[] {
  const outside = (id: string | undefined) => id !== undefined && !turns.has(id);
  return records.map((record) => {
    if (!outside(record.parentTurnId) && !outside(record.fromTurnId) && !outside(record.toTurnId))
      return record;
    const copy = { ...record };
    if (outside(copy.parentTurnId)) delete copy.parentTurnId;
    if (outside(copy.fromTurnId)) delete copy.fromTurnId;
    if (outside(copy.toTurnId)) delete copy.toTurnId;
    return copy;
  });
}

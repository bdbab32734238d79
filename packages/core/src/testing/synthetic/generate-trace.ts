import type { Boundary, FindingKind, Trace } from '../../model/trace.ts';
import { createTracer } from '../../recorder/create-tracer.ts';
import type { TurnHandle, WorkflowHandle } from '../../recorder/handles.ts';
import { memoryStore } from '../../stores/memory-store.ts';
import type { Store } from '../../stores/store.ts';
import { manualClock } from '../manual-clock.ts';

export type SyntheticShape = 'chain' | 'fanout' | 'supervisor' | 'loop';
export type SyntheticFault = Exclude<FindingKind, 'unchecked_output'>;

export interface SyntheticOptions {
  seed: number;
  /** 2–12 agents. */
  agents?: number;
  shape?: SyntheticShape;
  /** Faults to inject, in causal order (the first is the root cause). */
  faults?: SyntheticFault[];
  /** Write events here too (e.g. a JSONL store, for load benchmarks). */
  store?: Store;
  /** Extra rounds of the whole team, to make large traces (default 1). */
  rounds?: number;
}

export interface SyntheticCase {
  trace: Trace;
  /** The injected root cause, or null for a healthy control. */
  expected: { kind: SyntheticFault; boundary: Boundary } | null;
  shape: SyntheticShape;
  agents: string[];
}

/** A small deterministic PRNG (mulberry32), so a seed always gives the same trace. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
  };
}

type Random = ReturnType<typeof random>;

const DOMAINS = [
  {
    roles: [
      'coordinator',
      'scout',
      'analyst',
      'booker',
      'checker',
      'concierge',
      'planner',
      'auditor',
      'editor',
      'liaison',
      'tracker',
      'closer',
    ],
    task: (r: Random) => {
      const city = r.pick(['Lisbon', 'Oslo', 'Kyoto', 'Lima', 'Accra', 'Quebec']);
      return {
        text: `Find hotels in ${city} for ${r.int(2024, 2026)}-0${r.int(1, 9)}-1${r.int(0, 9)} under ${r.int(120, 400)} EUR per night, top ${r.int(2, 5)} options, cite sources.`,
        subject: city,
      };
    },
    facts: ['rooms', 'rate', 'breakfast', 'distance', 'rating', 'cancellation', 'district', 'checkin'],
  },
  {
    roles: [
      'triage',
      'collector',
      'reviewer',
      'statistician',
      'writer',
      'verifier',
      'lead',
      'pharmacist',
      'archivist',
      'summarizer',
      'monitor',
      'auditor',
    ],
    task: (r: Random) => {
      const drug = r.pick(['Zentrax', 'Colvera', 'Amlodex', 'Brevina']);
      return {
        text: `Summarize the ${drug} trial results for Q${r.int(1, 4)} ${r.int(2021, 2025)} in mg per day, the top ${r.int(2, 4)} side effects, cite sources.`,
        subject: drug,
      };
    },
    facts: ['dosage', 'cohort', 'placebo', 'adverse', 'efficacy', 'enrolment', 'endpoint', 'interval'],
  },
  {
    roles: [
      'dispatcher',
      'investigator',
      'profiler',
      'fixer',
      'tester',
      'scribe',
      'oncall',
      'owner',
      'liaison',
      'historian',
      'reviewer',
      'approver',
    ],
    task: (r: Random) => {
      const service = r.pick(['checkout', 'search', 'billing', 'auth']);
      return {
        text: `Explain the ${service} outage on ${r.int(2023, 2026)}-1${r.int(0, 2)}-0${r.int(1, 9)}: latency in ms, the top ${r.int(2, 5)} causes, cite logs as sources.`,
        subject: service,
      };
    },
    facts: ['latency', 'deploy', 'rollback', 'queue', 'timeout', 'shard', 'cache', 'retries'],
  },
];

const REFUSALS = ["I'm sorry, but I can't help with that request.", 'I cannot complete this task.', ''];

/**
 * Generates a multi-agent trace of a given shape with injected faults (or none), through the
 * recorder like any program would, for the diagnosis benchmark and load tests. Domains, agent names
 * and wording vary with the seed.
 */
export async function generateTrace(options: SyntheticOptions): Promise<SyntheticCase> {
  const r = random(options.seed);
  const domain = r.pick(DOMAINS);
  const shape = options.shape ?? r.pick(['chain', 'fanout', 'supervisor', 'loop'] as const);
  const count = Math.min(12, Math.max(shape === 'fanout' ? 3 : 2, options.agents ?? r.int(2, 8)));
  const agents = domain.roles.slice(0, count);
  const faults = options.faults ?? [];
  const memory = memoryStore();
  const clock = manualClock();
  let n = 0;
  const tracer = createTracer({
    store: options.store
      ? {
          name: 'tee',
          append: async (events) => {
            memory.append(events);
            await options.store!.append(events);
          },
        }
      : memory,
    clock,
    ids: () => `s${options.seed}-${++n}`,
    flushOnExit: false,
  });
  const task = domain.task(r);
  const workflow = tracer.startWorkflow(`synthetic-${shape}`, {
    id: `synthetic-${options.seed}-${shape}`,
    input: task.text,
    metadata: { seed: options.seed, shape },
  });
  const ctx: Context = {
    r,
    clock,
    workflow,
    domain,
    task: task.text,
    subject: task.subject,
    faults: new Set(faults),
    expected: null,
    serial: 0,
    injectAt: r.int(0, Math.max(0, count - 2)),
    turns: 0,
  };
  const rounds = options.rounds ?? 1;
  let final = '';
  for (let round = 0; round < rounds; round++) {
    if (shape === 'chain') final = runChain(ctx, agents);
    else if (shape === 'fanout') final = runFanout(ctx, agents);
    else if (shape === 'supervisor') final = runSupervisor(ctx, agents);
    else final = runLoop(ctx, agents);
    // Long runs flush as they go, as a real program's tracer does, so its queue never overflows.
    if (round % 100 === 99) await tracer.flush();
  }
  workflow.end({ output: final });
  await tracer.flush();
  return { trace: memory.getTrace(workflow.id) as Trace, expected: ctx.expected, shape, agents };
}

interface Context {
  r: Random;
  clock: ReturnType<typeof manualClock>;
  workflow: WorkflowHandle;
  domain: (typeof DOMAINS)[number];
  task: string;
  subject: string;
  faults: Set<SyntheticFault>;
  expected: SyntheticCase['expected'];
  serial: number;
  /** Faults wait until this many turns have run, so they land at varying depths. */
  injectAt: number;
  turns: number;
}

/** Takes a fault to inject here if one is pending (each fault is injected once, at the first chance). */
function take(ctx: Context, fault: SyntheticFault, boundary: Boundary): boolean {
  if (!ctx.faults.has(fault) || ctx.turns <= ctx.injectAt) return false;
  ctx.faults.delete(fault);
  ctx.expected ??= { kind: fault, boundary };
  return true;
}

/** A finding of `agent` about the task: keeps the task's constraints and adds new facts. */
function work(ctx: Context, agent: string, input: string, sources?: string[]): string {
  // A join summarises every branch it received, not just the first.
  const about = sources ? sources.map((source) => source.slice(0, 90)).join(' | ') : input.slice(0, 220);
  const facts = Array.from(
    { length: 3 },
    () =>
      `${ctx.r.pick(ctx.domain.facts)} ${ctx.r.int(10, 999)}.${ctx.r.int(0, 9)} (${agent} note ${++ctx.serial})`,
  );
  return `${agent} on: ${about} — ${facts.join('; ')}.`;
}

/** One agent turn that receives `input` from `from` and produces its output, maybe with a fault. */
function turn(
  ctx: Context,
  agent: string,
  from: string | undefined,
  input: string,
  options: { canStale?: boolean; sources?: string[] } = {},
): { handle: TurnHandle; output: string } {
  const boundary = { from: from ?? agent, to: agent };
  ctx.turns++;
  ctx.clock.advance(ctx.r.int(200, 900));
  const lost = from !== undefined && take(ctx, 'lost_message', boundary);
  const shown = lost ? 'Continue.' : input;
  const handle = ctx.workflow.startTurn({ agent, input: [{ role: 'user', content: shown }] });
  let output = work(ctx, agent, shown, lost ? undefined : options.sources);
  const misread = from !== undefined && !lost && take(ctx, 'misunderstood_task', boundary);
  if (misread) {
    // Change every year of the task to another one, and the currency.
    output = output.replace(/\b(20\d\d)\b/g, (year) => String(Number(year) - 1)).replace(/\bEUR\b/g, 'USD');
  }
  const args = { query: `${ctx.subject} ${misread ? output.slice(0, 60) : shown.slice(0, 60)}` };
  const tool = handle.startToolCall({ name: 'lookup', args });
  if (take(ctx, 'agent_error', { from: agent, to: '?' })) {
    tool.end({ error: new Error('503 Service Unavailable') });
    output = `Error: 503 Service Unavailable`;
  } else {
    tool.end({ result: `${ctx.subject} record ${ctx.r.int(1000, 9999)}` });
  }
  if (options.canStale && take(ctx, 'stale_context', { from: agent, to: '?' })) {
    const key = 'quote';
    handle.provideContext({ key, value: { price: 182.4, currency: 'EUR' } });
    output = `${output} Quoted price 182.40 EUR.`;
    ctx.clock.advance(1_000);
    handle.provideContext({ key, value: { price: 176.1, currency: 'EUR' } });
  }
  const refusal = take(ctx, 'low_quality_output', { from: agent, to: '?' });
  if (refusal) output = ctx.r.pick(REFUSALS);
  ctx.clock.advance(ctx.r.int(200, 900));
  handle.recordModelCall({
    model: 'synthetic-model',
    input: [{ role: 'user', content: shown }],
    output,
    usage: { inputTokens: shown.length / 4, outputTokens: output.length / 4 },
    ...(refusal && output === '' ? { finishReason: 'length' } : {}),
  });
  handle.end({ output });
  return { handle, output };
}

/** Fix the receiver of faults that sit on the producer side once the next hop is known. */
function settleBoundary(ctx: Context, to: string): void {
  if (ctx.expected && ctx.expected.boundary.to === '?') ctx.expected.boundary.to = to;
}

function send(
  ctx: Context,
  from: { handle: TurnHandle; output: string },
  to: string,
  kind: 'edge' | 'delegation' | 'return' = 'edge',
): void {
  settleBoundary(ctx, to);
  ctx.clock.advance(50);
  ctx.workflow.sendHandoff({
    kind,
    from: from.handle.agent,
    to,
    fromTurnId: from.handle.id,
    content: from.output,
  });
}

function runChain(ctx: Context, agents: string[]): string {
  let previous = turn(ctx, agents[0]!, undefined, ctx.task);
  for (let i = 1; i < agents.length; i++) {
    send(ctx, previous, agents[i]!);
    previous = turn(ctx, agents[i]!, previous.handle.agent, previous.output, {
      canStale: i < agents.length - 1,
    });
  }
  settleBoundary(ctx, '(output)');
  return previous.output;
}

function runFanout(ctx: Context, agents: string[]): string {
  const head = turn(ctx, agents[0]!, undefined, ctx.task);
  const workers = agents.slice(1, -1).map((agent) => {
    send(ctx, head, agent);
    return turn(ctx, agent, head.handle.agent, head.output, { canStale: true });
  });
  const tail = agents.at(-1)!;
  for (const worker of workers) send(ctx, worker, tail);
  const joined = turn(ctx, tail, workers[0]?.handle.agent, workers.map((w) => w.output).join('\n'), {
    sources: workers.map((w) => w.output),
  });
  settleBoundary(ctx, '(output)');
  return joined.output;
}

function runSupervisor(ctx: Context, agents: string[]): string {
  const supervisor = agents[0]!;
  let brief = ctx.task;
  let last = '';
  for (const worker of agents.slice(1)) {
    const sup = turn(ctx, supervisor, undefined, brief);
    send(ctx, sup, worker, 'delegation');
    const done = turn(ctx, worker, supervisor, sup.output, { canStale: true });
    send(ctx, done, supervisor, 'return');
    brief = done.output;
    last = done.output;
  }
  const final = turn(ctx, supervisor, agents.at(-1), brief);
  settleBoundary(ctx, '(output)');
  return final.output || last;
}

function runLoop(ctx: Context, agents: string[]): string {
  const [a, b] = [agents[0]!, agents[1] ?? agents[0]!];
  let current = turn(ctx, a, undefined, ctx.task);
  ctx.injectAt = Math.min(ctx.injectAt, ctx.turns - 1); // a loop has one place to start
  if (take(ctx, 'handoff_loop', { from: a, to: b })) {
    // The pair bounces the same content back and forth.
    const stuck = current.output;
    for (let i = 0; i < 5; i++) {
      ctx.workflow.sendHandoff({
        kind: 'edge',
        from: a,
        to: b,
        fromTurnId: current.handle.id,
        content: stuck,
      });
      const reply = ctx.workflow.startTurn({ agent: b, input: [{ role: 'user', content: stuck }] });
      reply.end({ output: 'Please revise.' });
      ctx.workflow.sendHandoff({
        kind: 'edge',
        from: b,
        to: a,
        fromTurnId: reply.id,
        content: 'Please revise.',
      });
      const again = ctx.workflow.startTurn({
        agent: a,
        input: [{ role: 'user', content: 'Please revise.' }],
      });
      again.end({ output: stuck });
      current = { handle: again, output: stuck };
    }
    return stuck;
  }
  // A healthy review loop: one revision with new content, then approval.
  send(ctx, current, b);
  const review = turn(ctx, b, a, current.output, { canStale: true });
  send(ctx, review, a);
  const revised = turn(ctx, a, b, review.output);
  send(ctx, revised, b);
  const approved = turn(ctx, b, a, revised.output);
  settleBoundary(ctx, '(output)');
  return approved.output;
}

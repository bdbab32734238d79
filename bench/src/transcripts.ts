import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { judgeModel } from '@handoff/cli';
import {
  analyze,
  type FailureAttributor,
  foldTraces,
  importChat,
  parseChatLog,
  type Suspect,
  type Trace,
} from '@handoff/core';
import { table, writeResults } from './results.ts';

/** Published on the AG2 part of Who&When (GPT-4o; agent-level / step-level accuracy, %). */
const PUBLISHED = [
  { method: 'all-at-once, correct answer given (GPT-4o)', agent: 54.3, step: 12.5 },
  { method: 'all-at-once, no answer given (GPT-4o)', agent: 51.1, step: 13.5 },
  { method: 'step-by-step, correct answer given (GPT-4o)', agent: 35.2, step: 25.5 },
  { method: 'binary search, correct answer given (GPT-4o)', agent: 44.1, step: 24.0 },
  { method: 'random (published)', agent: 29.1, step: 19.1 },
];
const TOLERANCES = [0, 1, 2, 3, 4, 5];

interface Labelled {
  file: string;
  /** Development half (odd file numbers) or held-out half (even). */
  half: 'development' | 'held-out';
  trace: Trace;
  agent: string;
  step: number;
}

interface Prediction {
  agent: string | undefined;
  step: number | undefined;
}

interface Method {
  name: string;
  predict(item: Labelled): Promise<Prediction> | Prediction;
  /** Expected accuracy of a random pick, where the method is random. */
  expected?: (item: Labelled) => { agent: number; step: number[] };
}

/** `shared/datasets/ag2-failures` beside the checkout (or a worktree's parent), else the env var. */
function defaultDataDir(): string {
  if (process.env.HANDOFF_TRANSCRIPTS_DATA) return process.env.HANDOFF_TRANSCRIPTS_DATA;
  let dir = join(import.meta.dirname, '..', '..');
  for (let up = 0; up < 4; up++) {
    const candidate = join(dir, '..', 'shared', 'datasets', 'ag2-failures');
    if (existsSync(candidate)) return candidate;
    dir = join(dir, '..');
  }
  return join(import.meta.dirname, '..', '..', '..', 'shared', 'datasets', 'ag2-failures');
}

/** Each log's `history`, imported as `handoff import --format chat --failed` would. */
async function loadLabelled(dir: string, withExpected: boolean): Promise<Labelled[]> {
  const files = (await readdir(dir))
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  const out: Labelled[] = [];
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    const log = JSON.parse(text) as {
      history: unknown[];
      mistake_agent: string;
      mistake_step: string;
      ground_truth?: unknown;
    };
    // Only the conversation goes in: the labels and the question's metadata stay out of the trace.
    const [conversation] = parseChatLog(JSON.stringify({ history: log.history }), file);
    const stem = basename(file, '.json');
    // `--with-expected` gives the correct answer as feedback, as the published "answer given" runs did.
    const feedback = {
      correct: false,
      ...(withExpected && log.ground_truth !== undefined ? { expected: log.ground_truth } : {}),
    };
    const events = importChat(conversation!, { workflowId: stem, name: stem, feedback });
    const number = Number.parseInt(stem, 10);
    out.push({
      file,
      half: Number.isNaN(number) || number % 2 === 1 ? 'development' : 'held-out',
      trace: foldTraces(events)[0]!,
      agent: log.mistake_agent,
      step: Number(log.mistake_step),
    });
  }
  return out;
}

const sourceIndex = (trace: Trace, turnId: string | undefined): number | undefined => {
  const value = trace.turns.find((turn) => turn.id === turnId)?.metadata.sourceIndex;
  return typeof value === 'number' ? value : undefined;
};

function ordered(trace: Trace) {
  return [...trace.turns].sort((a, b) => a.startedAt - b.startedAt);
}

function handoffMethod(name: string, attribute?: FailureAttributor): Method {
  return {
    name,
    async predict({ trace }) {
      const { suspects } = await analyze(trace, { failed: true, ...(attribute ? { attribute } : {}) });
      const top: Suspect | undefined = suspects[0];
      return { agent: top?.agent, step: top?.sourceIndex };
    },
  };
}

/** `--judge provider:model`: the same analysis with an LLM's pick put first (needs the provider's key). */
async function judged(spec: string, mode: string, log: (line: string) => void): Promise<Method> {
  const judge = await judgeModel(spec);
  let failures = 0;
  const { attribute } = judge.llmAttribution({
    model: judge.model,
    mode,
    name: `llm:${judge.name}`,
    onError: (error: unknown) => {
      if (failures++ < 3)
        log(`warning: ${judge.name}: ${judge.scrub(error instanceof Error ? error.message : String(error))}`);
    },
  });
  return handoffMethod(`Handoff + ${judge.name} (${mode})`, attribute as FailureAttributor);
}

const mostFrequent: Method = {
  name: 'baseline: most frequent agent (its first turn)',
  predict({ trace }) {
    const counts = new Map<string, number>();
    for (const turn of trace.turns) counts.set(turn.agent, (counts.get(turn.agent) ?? 0) + 1);
    const agent = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const turn = ordered(trace).find((t) => t.agent === agent);
    return { agent, step: sourceIndex(trace, turn?.id) };
  },
};

const firstSpeaker: Method = {
  name: 'baseline: first speaker (first message)',
  predict({ trace }) {
    const turn = ordered(trace)[0];
    return { agent: turn?.agent, step: sourceIndex(trace, turn?.id) };
  },
};

const secondTurn: Method = {
  name: 'baseline: first reply (second agent message)',
  predict({ trace }) {
    const turns = ordered(trace);
    const turn = turns[1] ?? turns[0];
    return { agent: turn?.agent, step: sourceIndex(trace, turn?.id) };
  },
};

const random: Method = {
  name: 'baseline: random agent and message (expected)',
  predict: () => ({ agent: undefined, step: undefined }),
  expected({ trace }) {
    const agents = new Set(trace.turns.map((t) => t.agent)).size;
    const steps = trace.turns.map((t) => sourceIndex(trace, t.id) ?? 0);
    return { agent: 1 / Math.max(1, agents), step: steps };
  },
};

interface Score {
  method: string;
  half: string;
  cases: number;
  agent: number;
  /** Step-level accuracy within ±k messages, k = 0…5. */
  step: number[];
}

function percent(value: number, cases: number): number {
  return Math.round((value / Math.max(1, cases)) * 1000) / 10;
}

async function score(method: Method, items: Labelled[], half: string): Promise<Score> {
  let agent = 0;
  const step = TOLERANCES.map(() => 0);
  for (const item of items) {
    if (method.expected) {
      const expected = method.expected(item);
      agent += expected.agent;
      TOLERANCES.forEach((k, i) => {
        const hits = expected.step.filter((s) => Math.abs(s - item.step) <= k).length;
        step[i]! += hits / Math.max(1, expected.step.length);
      });
      continue;
    }
    const prediction = await method.predict(item);
    if (prediction.agent === item.agent) agent++;
    TOLERANCES.forEach((k, i) => {
      if (prediction.step !== undefined && Math.abs(prediction.step - item.step) <= k) step[i]!++;
    });
  }
  return {
    method: method.name,
    half,
    cases: items.length,
    agent: percent(agent, items.length),
    step: step.map((s) => percent(s, items.length)),
  };
}

/**
 * Failure attribution on labelled group-chat logs: who (agent) and when (message) caused each
 * failure. Every log's `history` is imported with `--failed`, analysed, and the top suspect compared
 * with the labels; beside it the published figures and trivial baselines. The set is split in two
 * halves (odd-numbered files were used while developing, even-numbered ones were not looked at).
 */
export async function runTranscripts(
  options: {
    data?: string;
    smoke?: boolean;
    log?: (line: string) => void;
    /** `provider:model` for an LLM attribution run beside the deterministic one. */
    judge?: string;
    judgeMode?: 'all-at-once' | 'step-wise';
    /** Give the correct answer as feedback (`expected`). */
    withExpected?: boolean;
  } = {},
) {
  const log = options.log ?? console.log;
  const dir = options.data ?? defaultDataDir();
  if (!existsSync(dir)) {
    log(`transcripts: no data at ${dir} (pass --data DIR with Who&When-style logs)`);
    return undefined;
  }
  let items = await loadLabelled(dir, options.withExpected ?? false);
  if (options.smoke) items = items.slice(0, 8);
  const halves: [string, Labelled[]][] = [
    ['development', items.filter((i) => i.half === 'development')],
    ['held-out', items.filter((i) => i.half === 'held-out')],
    ['all', items],
  ];
  const rows: Score[] = [];
  const methods = [
    handoffMethod('Handoff (deterministic checks)'),
    mostFrequent,
    firstSpeaker,
    secondTurn,
    random,
  ];
  if (options.judge) {
    try {
      methods.splice(1, 0, await judged(options.judge, options.judgeMode ?? 'all-at-once', log));
    } catch (error) {
      log(`transcripts: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
      return undefined;
    }
  }
  for (const method of methods)
    for (const [half, subset] of halves) rows.push(await score(method, subset, half));
  log(`\nFailure attribution on ${items.length} labelled logs (${dir})\n`);
  log(
    table(
      ['method', 'half', 'logs', 'agent %', 'step %', '±1', '±2', '±3', '±4', '±5'],
      rows.map((r) => [r.method, r.half, r.cases, r.agent.toFixed(1), ...r.step.map((s) => s.toFixed(1))]),
    ),
  );
  log('\nPublished on the same set (whole set):\n');
  log(
    table(
      ['method', 'agent %', 'step %'],
      PUBLISHED.map((p) => [p.method, p.agent.toFixed(1), p.step.toFixed(1)]),
    ),
  );
  const path = await writeResults(
    'transcripts',
    { data: basename(dir), rows, published: PUBLISHED },
    options,
  );
  log(`Results: ${path}`);
  return rows;
}

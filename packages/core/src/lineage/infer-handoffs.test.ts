import { describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import type { Trace } from '../model/trace.ts';
import { foldTraces } from '../model/trace-builder.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { expectWellFormedTrace } from '../testing/expect-well-formed-trace.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { inferHandoffs } from './infer-handoffs.ts';

type Step = { agent: string; prompt: string | string[]; output: unknown; parent?: boolean };

/** Records turns the way separate LLM calls chained by user code look: inputs and outputs, no handoffs. */
async function record(
  steps: ((previous: unknown[]) => Step)[],
  extra?: (tracer: ReturnType<typeof createTracer>) => void,
  ms = { gap: 10, turn: 100 },
) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('flow', async () => {
    const outputs: unknown[] = [];
    for (const make of steps) {
      const step = make(outputs);
      const prompts = Array.isArray(step.prompt) ? step.prompt : [step.prompt];
      clock.advance(ms.gap);
      outputs.push(
        await tracer.turn(
          step.agent,
          async () => {
            clock.advance(ms.turn);
            return step.output;
          },
          {
            input: prompts.map((content, i) => ({
              role: i === 0 && prompts.length > 1 ? 'system' : 'user',
              content,
            })),
          },
        ),
      );
    }
    extra?.(tracer);
    return outputs.at(-1);
  });
  await tracer.flush();
  const trace = store.traces()[0] as Trace;
  expectWellFormedTrace(trace);
  return trace;
}

const edges = (trace: Trace) =>
  trace.handoffs.map((h) => `${h.inferred ? 'inferred ' : ''}${h.kind}:${h.from}>${h.to}`);

const draft = 'Our new trail shoe grips wet rock and dries overnight, so your weekend hike never waits.';

describe('inferHandoffs', () => {
  it('infers a handoff where one agent output is pasted into the next agent prompt', async () => {
    const trace = await record([
      () => ({ agent: 'copywriter', prompt: 'Write copy for a trail shoe.', output: draft }),
      ([copy]) => ({
        agent: 'editor',
        prompt: `Check this copy for a call to action:\n${copy}`,
        output: 'Add a call to action.',
      }),
    ]);
    expect(edges(trace)).toEqual(['inferred step:copywriter>editor']);
    const [handoff] = trace.handoffs;
    expect(handoff).toMatchObject({
      content: draft,
      fromTurnId: trace.turns[0]!.id,
      toTurnId: trace.turns[1]!.id,
      delivery: { sent: true, received: true },
      metadata: { inference: { via: 'output', similarity: 1 } },
    });
    expect((await analyze(trace)).failure).toBeNull();
  });

  it('never duplicates a handoff that was recorded', async () => {
    const trace = await record([
      () => ({ agent: 'copywriter', prompt: 'Write copy for a trail shoe.', output: draft }),
      ([copy]) => ({ agent: 'editor', prompt: `Check this copy:\n${copy}`, output: 'Fine.' }),
    ]);
    const recorded = { ...trace, handoffs: [{ ...trace.handoffs[0]!, inferred: undefined, id: 'h1' }] };
    expect(inferHandoffs(recorded)).toEqual([]);
  });

  it('records a router decision used to pick the next prompt as a routing handoff', async () => {
    const trace = await record([
      () => ({
        agent: 'classifier',
        prompt: 'Classify this query: I was charged twice.\nQuery type (general, refund, or technical)',
        output: { reasoning: 'The customer wants money back', type: 'refund', complexity: 'simple' },
      }),
      () => ({
        agent: 'support',
        prompt: ['You are an agent specializing in refund requests.', 'I was charged twice.'],
        output: 'I have opened a refund for the second charge.',
      }),
    ]);
    expect(edges(trace)).toEqual(['inferred route:classifier>support']);
    expect(trace.handoffs[0]).toMatchObject({
      content: 'refund',
      payload: { type: 'refund' },
      metadata: { routing: true },
    });
  });

  it('reads a one-word route from a line of the prompt the router was not shown', async () => {
    const request =
      'Please collect one wardrobe from flat 401, block 2, Wakaba estate; I am 82 and cannot carry it down four floors, so I need the in-home pickup.';
    const route = (prompt: string) =>
      record([
        () => ({
          agent: 'sorter',
          prompt: ['Answer only "bulky" for bulky waste or "appliance" for appliances.', request],
          output: 'bulky',
        }),
        () => ({
          agent: 'bulky_desk',
          prompt: ['Book the pickup the request asks for.', prompt],
          output: 'Booked pickup BK-0288 for 12 October.',
        }),
      ]);
    const routed = await route(`Category: bulky\n\nRequest: ${request}`);
    expect(edges(routed)).toEqual(['inferred route:sorter>bulky_desk']);
    expect(routed.handoffs[0]).toMatchObject({ content: 'bulky', metadata: { routing: true } });
    // The near miss: the word stands only in lines the router was shown too (its own category list).
    const shown = await route(
      `Answer only "bulky" for bulky waste or "appliance" for appliances.\n${request}`,
    );
    expect(edges(shown)).toEqual([]);
  });

  it('hands each worker the part of the plan it was given', async () => {
    const files = [
      {
        purpose: 'Add a login form with email and password',
        filePath: 'src/login-form.tsx',
        changeType: 'create',
      },
      {
        purpose: 'Check the password against the stored hash',
        filePath: 'src/auth.ts',
        changeType: 'modify',
      },
    ];
    const trace = await record([
      () => ({
        agent: 'architect',
        prompt: 'Plan: users can log in.',
        output: { files, estimatedComplexity: 'low' },
      }),
      ([plan]) => {
        const file = (plan as { files: typeof files }).files[0]!;
        return {
          agent: 'worker',
          prompt: `Implement ${file.filePath} to support:\n${file.purpose}`,
          output: 'done 1',
        };
      },
      ([plan]) => {
        const file = (plan as { files: typeof files }).files[1]!;
        return {
          agent: 'worker-2',
          prompt: `Implement ${file.filePath} to support:\n${file.purpose}`,
          output: 'done 2',
        };
      },
    ]);
    expect(edges(trace)).toEqual(['inferred step:architect>worker', 'inferred step:architect>worker-2']);
    expect(trace.handoffs.map((h) => h.payload)).toEqual(files);
    expect(trace.handoffs[0]?.content).toBe('src/login-form.tsx\nAdd a login form with email and password');
    expect(trace.handoffs[0]?.metadata.routing).toBeUndefined();
  });

  it('gives each worker only its own brief when the briefs share a template', async () => {
    const plan = {
      algebra: 'Write 3 algebra questions for class 9B, 5 points each, answer field max 2000 characters.',
      geometry: 'Write 3 geometry questions for class 9B, 5 points each, answer field max 2000 characters.',
    };
    const trace = await record([
      () => ({ agent: 'planner', prompt: 'Plan a quiz for class 9B.', output: JSON.stringify(plan) }),
      () => ({
        agent: 'algebra',
        prompt: `You write algebra questions.\n${plan.algebra}`,
        output: 'A1: 3x = 9',
      }),
      () => ({
        agent: 'geometry',
        prompt: `You write geometry questions.\n${plan.geometry}`,
        output: 'G1: a square',
      }),
    ]);
    expect(trace.handoffs.map((h) => [h.to, h.content, h.payload])).toEqual([
      ['algebra', plan.algebra, { algebra: plan.algebra }],
      ['geometry', plan.geometry, { geometry: plan.geometry }],
    ]);
  });

  it('hands an answer to an agent once, though its transcript repeats it on every call', async () => {
    const stock = 'Warehouse B has 140 units of SKU 55-917 on hand, 40 reserved.';
    const allocation = 'Allocated 100 units of SKU 55-917 from warehouse B for order 9911.';
    const trace = await record([
      () => ({ agent: 'router', prompt: 'Fulfil order 9911.', output: '{"next":"stock_checker"}' }),
      () => ({ agent: 'stock_checker', prompt: 'Check stock of SKU 55-917.', output: stock }),
      () => ({
        agent: 'router',
        prompt: ['Fulfil order 9911.', `stock_checker answered: ${stock}`],
        output: '{"next":"allocator"}',
      }),
      () => ({ agent: 'allocator', prompt: 'Allocate 100 units for order 9911.', output: allocation }),
      () => ({
        agent: 'router',
        prompt: [
          'Fulfil order 9911.',
          `stock_checker answered: ${stock}`,
          `allocator answered: ${allocation}`,
        ],
        output: 'Done.',
      }),
    ]);
    expect(edges(trace)).toEqual(['inferred step:stock_checker>router', 'inferred step:allocator>router']);
  });

  it('credits a relayed text to the agent that relayed it', async () => {
    const facts = 'ACME revenue in Q3 2024 was EUR 4.2 billion according to the annual report.';
    const trace = await record([
      () => ({ agent: 'researcher', prompt: 'Find ACME Q3 2024 revenue.', output: facts }),
      ([found]) => ({
        agent: 'writer',
        prompt: `Write a brief from: ${found}`,
        output: `Brief: ${found} Growth was steady.`,
      }),
      (outputs) => ({ agent: 'reviewer', prompt: `Review this brief: ${outputs[1]}`, output: 'Approved.' }),
    ]);
    expect(edges(trace)).toEqual(['inferred step:researcher>writer', 'inferred step:writer>reviewer']);
  });

  it('gives a join one handoff per worker whose output it combines', async () => {
    const reviews = [
      { vulnerabilities: ['SQL built from user input in the search handler'], riskLevel: 'high' },
      { issues: ['The report query loads every row into memory'], impact: 'medium' },
    ];
    const trace = await record([
      () => ({ agent: 'security', prompt: 'Review this code: f()', output: reviews[0] }),
      () => ({ agent: 'performance', prompt: 'Review this code: f()', output: reviews[1] }),
      (outputs) => ({
        agent: 'lead',
        prompt: `Summarise these reviews:\n${JSON.stringify(outputs, null, 2)}`,
        output: 'Fix the SQL injection first.',
      }),
    ]);
    expect(edges(trace).sort()).toEqual(['inferred step:performance>lead', 'inferred step:security>lead']);
    const security = trace.handoffs.find((h) => h.from === 'security');
    expect(security?.content).toBe('SQL built from user input in the search handler\nhigh');
    expect(security?.payload).toEqual(reviews[0]);
  });

  it('leaves alone an agent reading its own earlier output, and unrelated turns', async () => {
    const trace = await record([
      () => ({
        agent: 'translator',
        prompt: 'Translate: good morning, how did you sleep last night?',
        output: 'Bonjour, comment as-tu dormi la nuit dernière ?',
      }),
      ([first]) => ({
        agent: 'translator',
        prompt: `Improve this translation: ${first}`,
        output: 'Bonjour ! As-tu bien dormi cette nuit ?',
      }),
      () => ({ agent: 'weather', prompt: 'Forecast for Paris tomorrow.', output: 'Sunny.' }),
    ]);
    expect(trace.handoffs).toEqual([]);
  });

  it('is applied when stored events are folded, so read and imported traces get it too', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    await tracer.workflow('flow', async () => {
      const copy = await tracer.turn('copywriter', async () => draft);
      await tracer.turn('editor', async () => 'ok', { input: [{ role: 'user', content: `Check: ${copy}` }] });
    });
    await tracer.flush();
    expect(store.events.some((event) => event.type === 'handoff-send')).toBe(false);
    expect(edges(foldTraces(store.events)[0]!)).toEqual(['inferred step:copywriter>editor']);
  });

  it('reads a decision that names the next agent and its prompt as a handoff, and sees the prompt lost', async () => {
    const brief =
      'Write SQL counting customers active on 2025-01-01 and not on 2025-03-31, excluding test accounts.';
    const run = (prompt: string) =>
      record([
        () => ({
          agent: 'router',
          prompt: 'How many customers churned in Q1 2025?',
          output: { next: 'sql_writer', prompt: brief },
        }),
        () => ({
          agent: 'sql_writer',
          prompt: ['Write SQL for the question you are given.', prompt],
          output: 'SELECT COUNT(*) FROM subscriptions;',
        }),
      ]);
    const lost = await run('Write the query.');
    expect(edges(lost)).toEqual(['inferred route:router>sql_writer']);
    expect(lost.handoffs[0]).toMatchObject({ content: brief, metadata: { inference: { via: 'address' } } });
    expect((await analyze(lost)).failure).toMatchObject({
      kind: 'lost_message',
      boundary: { from: 'router', to: 'sql_writer' },
    });
    const passed = await run(brief);
    expect(edges(passed)).toEqual(['inferred step:router>sql_writer']);
    expect((await analyze(passed)).failure).toBeNull();
  });

  it('reads a plan keyed by the agents that ran as one brief each, and sees the brief replaced', async () => {
    const plan = {
      pastry: 'Bake 40 almond croissants for the Saturday market, no nuts in the glaze.',
      counter: 'Price the croissants at 2.80 each and put the allergen card up.',
      note: 'two workers',
    };
    const run = (pastryPrompt: string) =>
      record([
        () => ({ agent: 'head_baker', prompt: 'Plan Saturday.', output: plan }),
        () => ({ agent: 'pastry', prompt: ['You bake.', pastryPrompt], output: 'Baked 40 croissants.' }),
        () => ({
          agent: 'counter',
          prompt: ['You run the counter.', plan.counter],
          output: 'Priced at 2.80.',
        }),
        ([, baked, priced]) => ({
          agent: 'reporter',
          prompt: `Report to the owner.\nPastry: ${baked}\nCounter: ${priced}`,
          output: `Saturday: ${baked} ${priced}`,
        }),
      ]);
    const replaced = await run('Bake what is needed.');
    expect(
      edges(replaced)
        .filter((edge) => edge.includes('head_baker>'))
        .sort(),
    ).toEqual(['inferred step:head_baker>counter', 'inferred step:head_baker>pastry']);
    expect(replaced.handoffs.find((h) => h.to === 'pastry')).toMatchObject({
      content: plan.pastry,
      metadata: { inference: { via: 'address' } },
    });
    expect((await analyze(replaced)).failure).toMatchObject({
      kind: 'lost_message',
      boundary: { from: 'head_baker', to: 'pastry' },
    });
    expect((await analyze(await run(plan.pastry))).failure).toBeNull();
  });

  it('takes no short value under an agent name for a brief', async () => {
    const trace = await record([
      () => ({
        agent: 'scheduler',
        prompt: 'Who reviews?',
        output: { reviewer: 'Anna Berg', slot: '10:00' },
      }),
      () => ({ agent: 'reviewer', prompt: 'Review the draft of the Q3 report.', output: 'Reviewed.' }),
    ]);
    expect(edges(trace)).toEqual([]);
  });

  it('sees a step the program dropped between two calls, not one whose output was passed on', async () => {
    const classification =
      'property: storm damage on 14 March, policy HP-220871, 30 m² of roof tiles lost, roofer quote EUR 6,800.';
    const run = (prompt: string) =>
      record([
        () => ({
          agent: 'classifier',
          prompt: 'Claim HP-220871: storm tore roof tiles off; quote EUR 6,800.',
          output: classification,
        }),
        () => ({
          agent: 'adjuster',
          prompt: ['Assess property claims.', prompt],
          output: 'Payout EUR 0: nothing to assess.',
        }),
      ]);
    expect((await analyze(await run('Assess the claim.'))).failure).toMatchObject({
      kind: 'lost_message',
      boundary: { from: 'classifier', to: 'adjuster' },
    });
    expect((await analyze(await run(`Assess: ${classification}`))).failure).toBeNull();
    // Two independent calls on the same request: the first one's output was kept by the code.
    expect(
      (await analyze(await run('Claim HP-220871: storm tore roof tiles off; quote EUR 6,800.'))).failure,
    ).toBeNull();
  });
});

describe('inferHandoffs when turns share a millisecond', () => {
  it('takes each repeated message from the turn before the receiver, not a later one', async () => {
    const revise = 'REVISE: add a unit test for the empty-cart case.';
    const drafts = [
      'def apply_discount(cart, code): ...',
      'Added tests for expired codes.',
      'Renamed the tests.',
    ];
    const steps: ((previous: unknown[]) => Step)[] = [];
    for (const [i, draft] of drafts.entries()) {
      steps.push((previous) => ({
        agent: 'coder',
        prompt: i === 0 ? 'Write apply_discount.' : `Reviewer says: ${previous.at(-1)}`,
        output: draft,
      }));
      steps.push((previous) => ({ agent: 'reviewer', prompt: `Review: ${previous.at(-1)}`, output: revise }));
    }
    const trace = await record(steps, undefined, { gap: 0, turn: 0 });
    const turnIndex = new Map(trace.turns.map((turn, i) => [turn.id, i]));
    expect(
      inferHandoffs(trace).map((h) => `${turnIndex.get(h.fromTurnId!)}>${turnIndex.get(h.toTurnId!)}`),
    ).toEqual(['0>1', '1>2', '2>3', '3>4', '4>5']);
  });
});

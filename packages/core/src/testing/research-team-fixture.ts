import type { FindingKind, Trace } from '../model/trace.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import type { TurnHandle } from '../recorder/handles.ts';
import { memoryStore } from '../stores/memory-store.ts';
import type { Store } from '../stores/store.ts';
import { manualClock } from './manual-clock.ts';

export type FixtureFault = FindingKind | 'none';

const REQUEST =
  "Write a short briefing on ACME Corp's Q3 2024 revenue in EUR with the top 3 revenue drivers. Cite sources.";
const TASK = "Research ACME Corp's Q3 2024 revenue in EUR and the top 3 revenue drivers. Cite sources.";
const SEARCH_RESULT =
  'ACME Corp Q3 2024 report: revenue EUR 4.2 billion, up 12% year on year. Drivers: cloud services (+31%), industrial automation (+9%), licensing (+6%). Source: acme.example/ir/q3-2024';
const FINDINGS = (price: string) =>
  `ACME Corp Q3 2024 revenue was EUR 4.2 billion (+12% YoY). Top 3 drivers: cloud services (+31%), industrial automation (+9%), licensing (+6%). Share price EUR ${price}. Source: acme.example/ir/q3-2024`;
const DRAFT = (price: string) =>
  `ACME Corp briefing, Q3 2024: revenue reached EUR 4.2 billion, up 12% year on year. The top 3 revenue drivers were cloud services (+31%), industrial automation (+9%) and licensing (+6%). Shares trade at EUR ${price}. Source: acme.example/ir/q3-2024.`;

/**
 * Records the planner → researcher → writer → reviewer team of `examples/SCENARIO.md` through the
 * recorder API, healthy or with one injected fault: golden input for checks, CLI and exporter tests.
 */
export async function recordResearchTeam(
  fault: FixtureFault = 'none',
  options: { store?: Store; workflowId?: string } = {},
): Promise<Trace> {
  const store = memoryStore();
  const clock = manualClock();
  const stores: Store[] = options.store ? [store, options.store] : [store];
  const tee: Store = {
    name: 'fixture',
    append: async (events) => {
      for (const s of stores) await s.append(events);
    },
  };
  const prefix = options.workflowId ?? `${fault}`;
  const tracer = createTracer({ store: tee, clock, flushOnExit: false, ids: counterIds(prefix) });
  const workflow = tracer.startWorkflow('research-team', {
    input: REQUEST,
    id: options.workflowId ?? `research-team-${fault}`,
  });
  const turn = (agent: string, input: string, work: (turn: TurnHandle) => string): string => {
    clock.advance(500);
    const handle = workflow.startTurn({ agent, input: [{ role: 'user', content: input }] });
    const output = work(handle);
    clock.advance(800);
    handle.recordModelCall({
      model: 'mock-model',
      input: [{ role: 'user', content: input }],
      output,
      usage: { inputTokens: 50, outputTokens: 40 },
      startedAt: clock.now() - 700,
      endedAt: clock.now(),
    });
    handle.end({ output });
    return output;
  };
  const send = (
    from: string,
    to: string,
    content: string,
    fromTurn: TurnHandle | undefined,
    kind: 'explicit' | 'edge' = 'edge',
  ) => workflow.sendHandoff({ from, to, content, kind, ...(fromTurn ? { fromTurnId: fromTurn.id } : {}) });

  let plannerTurn: TurnHandle | undefined;
  const task = turn('planner', REQUEST, (t) => {
    plannerTurn = t;
    return TASK;
  });
  send('planner', 'researcher', task, plannerTurn);

  let researcherTurn: TurnHandle | undefined;
  const researcherInput = fault === 'lost_message' ? 'Continue.' : task;
  const findings = turn('researcher', researcherInput, (t) => {
    researcherTurn = t;
    if (fault === 'misunderstood_task') {
      t.startToolCall({ name: 'web_search', args: { query: 'ACME Corp 2023 revenue' } }).end({
        result: 'ACME Corp 2023 annual revenue: USD 15.1 billion.',
      });
      return 'ACME Corp 2023 revenue was USD 15.1 billion. Source: acme.example/ir/2023';
    }
    if (fault === 'lost_message') {
      t.startToolCall({ name: 'web_search', args: { query: 'latest company news' } }).end({
        result: 'No specific company requested.',
      });
      return 'Here is a general market overview: markets were mixed this quarter.';
    }
    if (fault === 'agent_error') {
      t.startToolCall({ name: 'web_search', args: { query: 'ACME Corp Q3 2024 revenue EUR' } }).end({
        error: new Error('429 Too Many Requests'),
      });
      return 'Error: 429 Too Many Requests';
    }
    t.startToolCall({ name: 'web_search', args: { query: 'ACME Corp Q3 2024 revenue EUR' } }).end({
      result: SEARCH_RESULT,
    });
    t.startToolCall({ name: 'market_data', args: { ticker: 'ACME' } }).end({
      result: { ticker: 'ACME', price: 182.4, currency: 'EUR' },
    });
    if (fault === 'stale_context') {
      // A refresh returns a new price; the findings still quote the first one, 12 s before the writer uses them.
      clock.advance(1_000);
      t.startToolCall({ name: 'market_data', args: { ticker: 'ACME' } }).end({
        result: { ticker: 'ACME', price: 176.1, currency: 'EUR' },
      });
      clock.advance(10_700);
    }
    return FINDINGS('182.40');
  });
  send('researcher', 'writer', findings, researcherTurn);

  let writerTurn: TurnHandle | undefined;
  const draft = turn('writer', findings, (t) => {
    writerTurn = t;
    if (fault === 'low_quality_output') return "I'm sorry, but I can't help with writing this briefing.";
    if (fault === 'agent_error') return `ACME Corp briefing: ${findings}`;
    return fault === 'misunderstood_task' || fault === 'lost_message'
      ? `Briefing: ${findings}`
      : DRAFT('182.40');
  });
  send('writer', 'reviewer', draft, writerTurn);

  let final: string;
  if (fault === 'handoff_loop') {
    let reviewerTurn: TurnHandle | undefined;
    for (let round = 0; round < 5; round++) {
      turn('reviewer', draft, (t) => {
        reviewerTurn = t;
        return 'Please revise.';
      });
      send('reviewer', 'writer', 'Please revise.', reviewerTurn);
      let again: TurnHandle | undefined;
      turn('writer', 'Please revise.', (t) => {
        again = t;
        return draft;
      });
      send('writer', 'reviewer', draft, again);
    }
    final = turn('reviewer', draft, () => 'Giving up after 5 revisions.');
  } else {
    final = turn('reviewer', draft, (t) => {
      if (fault === 'none') {
        workflow.addScore({
          target: { type: 'turn', id: writerTurn!.id },
          name: 'review',
          value: 0.9,
          scorer: 'reviewer',
          reason: 'figures match the findings',
        });
      }
      void t;
      return `APPROVED. ${draft}`;
    });
  }
  workflow.end({ output: final });
  await tracer.shutdown();
  await options.store?.close?.();
  return store.getTrace(workflow.id) as Trace;
}

function counterIds(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

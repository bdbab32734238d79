import { describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import { type GraphTopology, type ModelCall, TOPOLOGY_END, TOPOLOGY_START } from '../model/trace.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { failureSummary } from '../testing/failure-summary.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { routingChoices } from './skipped-worker.ts';

const supervisor = (coordinator: string, workers: string[]): GraphTopology => ({
  name: coordinator,
  nodes: [coordinator, ...workers].map((id) => ({ id, agent: id })),
  edges: [
    { from: TOPOLOGY_START, to: coordinator },
    ...workers.flatMap((worker) => [
      { from: coordinator, to: worker, conditional: true },
      { from: worker, to: coordinator },
    ]),
    { from: coordinator, to: TOPOLOGY_END, conditional: true },
  ],
});

/** An editor that briefs the workers it calls, in order, and answers; the roster is declared. */
async function editorRun(
  request: string,
  called: string[],
  roster = ['methods_reviewer', 'stats_reviewer'],
  answer = 'Decision on JCE-0871: minor revision.',
) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow(
    'peer-review',
    () =>
      tracer.turn(
        'handling_editor',
        async () => {
          for (const worker of called) {
            clock.advance(1_000);
            tracer.handoff({
              from: 'handling_editor',
              to: worker,
              content: `Please review JCE-0871 (${worker}).`,
            });
            await tracer.turn(worker, async () => `Report of ${worker}: sound, minor revision.`, {
              input: [{ role: 'user', content: `Please review JCE-0871 (${worker}).` }],
            });
          }
          clock.advance(1_000);
          return answer;
        },
        { input: [{ role: 'user', content: request }] },
      ),
    { topology: supervisor('handling_editor', roster) },
  );
  await tracer.shutdown();
  return failureSummary((await analyze(store.traces()[0]!)).failure);
}

const NEEDS_BOTH = 'Manuscript JCE-0871 needs a methods review and a statistics review before a decision.';

describe('a worker whose job the request asks for, never called', () => {
  it('is a message its coordinator never sent', async () => {
    expect(await editorRun(NEEDS_BOTH, ['methods_reviewer'])).toBe(
      'lost_message handling_editor → stats_reviewer (handling_editor)',
    );
  });

  it('reads the job of an agent named with a suffix (`stats_reviewer_agent`)', async () => {
    expect(
      await editorRun(
        NEEDS_BOTH,
        ['methods_reviewer_agent'],
        ['methods_reviewer_agent', 'stats_reviewer_agent'],
      ),
    ).toBe('lost_message handling_editor → stats_reviewer_agent (handling_editor)');
  });

  it('reads the job in either order', async () => {
    const request = 'Before deciding on JCE-0871, review the methods and review the statistics.';
    expect(await editorRun(request, ['methods_reviewer'])).toBe(
      'lost_message handling_editor → stats_reviewer (handling_editor)',
    );
  });

  it('is no fault when the coordinator called it', async () => {
    expect(await editorRun(NEEDS_BOTH, ['methods_reviewer', 'stats_reviewer'])).toBeNull();
  });

  it('is no fault when the request made it conditional or ruled it out', async () => {
    const conditional =
      'Get a methods review of JCE-0871. If the methods hold, also get a statistics review.';
    expect(await editorRun(conditional, ['methods_reviewer'])).toBeNull();
    const ruledOut = 'Get a methods review of JCE-0871; no statistics review is needed this time.';
    expect(await editorRun(ruledOut, ['methods_reviewer'])).toBeNull();
  });

  it('is no fault when the request never asks for its job', async () => {
    expect(
      await editorRun('Please handle manuscript JCE-0871 and send me the decision.', ['methods_reviewer']),
    ).toBeNull();
    // "statistics" alone names a topic, not the reviewer's job.
    expect(
      await editorRun('Review the methods of JCE-0871, a statistics-heavy paper.', ['methods_reviewer']),
    ).toBeNull();
  });

  it('reads no job into a one-word name', async () => {
    const roster = ['researcher', 'writer'];
    expect(
      await editorRun('Research the market and write the brief yourself if short.', ['researcher'], roster),
    ).toBeNull();
  });
});

describe('a worker whose part the answer reports, never called', () => {
  const request = 'Manuscript JCE-0871 (n = 96 patients) is ready for review; send the decision.';
  const answer = (stats: string) =>
    `Decision on JCE-0871: minor revision.\n- Methods: sound.\n- Stats: ${stats}`;
  const roster = ['methods_reviewer', 'stats_reviewer'];
  it('is a message its coordinator never sent, when the report has facts nobody gave it', async () => {
    expect(
      await editorRun(request, ['methods_reviewer'], roster, answer('power re-run, 214 needed, flagged.')),
    ).toBe('lost_message handling_editor → stats_reviewer (handling_editor)');
  });
  it('is nothing when the answer says that part was not needed, or reports only what it was given', async () => {
    expect(
      await editorRun(request, ['methods_reviewer'], roster, answer('not needed for a case series.')),
    ).toBeNull();
    expect(await editorRun(request, ['methods_reviewer'], roster, answer('n = 96 as submitted.'))).toBeNull();
    // Said not done, with a curly apostrophe: "didn’t run the power check (214 would be needed)".
    expect(
      await editorRun(
        request,
        ['methods_reviewer'],
        roster,
        answer('didn’t re-run the power check, 214 would be needed.'),
      ),
    ).toBeNull();
  });
});

describe('a worker whose job the answer names in full as done or under way, never called', () => {
  const request = 'Manuscript JCE-0871 is ready for review; send the decision.';
  const answer = (line: string) => `Decision on JCE-0871: minor revision.\n- Methods: sound.\n- ${line}`;
  const roster = ['methods_reviewer', 'stats_reviewer'];
  it('is a message its coordinator never sent', async () => {
    expect(
      await editorRun(
        request,
        ['methods_reviewer'],
        roster,
        answer('The statistics are being reviewed now.'),
      ),
    ).toBe('lost_message handling_editor → stats_reviewer (handling_editor)');
  });
  it('is nothing when the line says the part was not needed, names only part of the job, or the request never asks for it', async () => {
    const run = (line: string, asked = request) =>
      editorRun(asked, ['methods_reviewer'], roster, answer(line));
    expect(await run('The statistics were not reviewed: a case series needs none.')).toBeNull();
    expect(await run('The statistics are being checked by the authors.')).toBeNull();
    expect(await run('The statistics are being reviewed now.', 'JCE-0871: send the decision.')).toBeNull();
  });
});

/** A director briefs a safety lead, whose team is two planners; the lead briefs `called` and answers `report`. */
async function leadRun(called: string[], report: string) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  const brief =
    'Safety plan for the 5 km swim: kayak cover 1:50 and medical (2 paramedics + ambulance). Book both.';
  await tracer.workflow(
    'swim',
    () =>
      tracer.turn(
        'race_director',
        async () => {
          tracer.handoff({ from: 'race_director', to: 'safety_lead', content: brief });
          const lead = await tracer.turn(
            'safety_lead',
            async () => {
              for (const worker of called) {
                clock.advance(1_000);
                tracer.handoff({ from: 'safety_lead', to: worker, content: `Please roster ${worker}.` });
                await tracer.turn(worker, async () => `${worker}: rostered, ref R-${worker.length}41.`, {
                  input: [{ role: 'user', content: `Please roster ${worker}.` }],
                });
              }
              clock.advance(1_000);
              return report;
            },
            { input: [{ role: 'user', content: brief }] },
          );
          tracer.handoff({ from: 'safety_lead', to: 'race_director', kind: 'return', content: lead });
          clock.advance(1_000);
          return `Signed off. ${lead}`;
        },
        { input: [{ role: 'user', content: 'Plan the swim safety.' }] },
      ),
    {
      topology: [
        supervisor('race_director', ['safety_lead']),
        supervisor('safety_lead', ['kayak_marshal_planner', 'medical_cover_planner']),
      ],
    },
  );
  await tracer.shutdown();
  return failureSummary((await analyze(store.traces()[0]!)).failure);
}

describe('a team lead that reports the part of the one member it never briefed', () => {
  const REPORT = 'Kayaks rostered. Medical: 2 paramedics + ambulance at the finish.';
  it('is a lost message of the lead', async () => {
    expect(await leadRun(['kayak_marshal_planner'], REPORT)).toBe(
      'lost_message safety_lead → medical_cover_planner (safety_lead)',
    );
  });
  it('is a lost message when the lead says that part is on its way ("on the medical board")', async () => {
    const onItsWay =
      'Kayaks rostered. The ambulance request is on the medical board as MC-12, crews will be at the finish.';
    expect(await leadRun(['kayak_marshal_planner'], onItsWay)).toBe(
      'lost_message safety_lead → medical_cover_planner (safety_lead)',
    );
    expect(await leadRun(['kayak_marshal_planner', 'medical_cover_planner'], onItsWay)).toBeNull();
    expect(
      await leadRun(
        ['kayak_marshal_planner'],
        'Kayaks rostered. Medical cover will be booked if entries pass 200.',
      ),
    ).toBeNull();
  });
  it('is nothing when the member was briefed, or the lead says that part is not needed', async () => {
    expect(await leadRun(['kayak_marshal_planner', 'medical_cover_planner'], REPORT)).toBeNull();
    expect(
      await leadRun(
        ['kayak_marshal_planner'],
        'Kayaks rostered. Medical: not needed, the venue has its own.',
      ),
    ).toBeNull();
    expect(await leadRun(['kayak_marshal_planner'], 'Kayaks rostered, briefing 08:15.')).toBeNull();
  });
});

describe('work the request asks of one worker, sent to one whose job it rules out', () => {
  const roster = ['cv_workshop_advisor', 'access_to_work_advisor'];
  const request =
    'Starting a job Mon 8 Mar. I need an interpreter for the induction through Access to Work. I already have a CV, I don’t need CV help.';
  it('is a misread of the coordinator, where it sent the work', async () => {
    expect(await editorRun(request, ['cv_workshop_advisor'], roster)).toBe(
      'misunderstood_task handling_editor → cv_workshop_advisor (handling_editor)',
    );
  });
  it('is the lost message when the request rules nothing out, and nothing when both were called', async () => {
    expect(
      await editorRun(
        request.replace(' I already have a CV, I don’t need CV help.', ''),
        ['cv_workshop_advisor'],
        roster,
      ),
    ).toBe('lost_message handling_editor → access_to_work_advisor (handling_editor)');
    expect(await editorRun(request, ['cv_workshop_advisor', 'access_to_work_advisor'], roster)).toBeNull();
  });
});

describe('routingChoices', () => {
  const call = (choices: string[]): ModelCall => ({
    id: 'c',
    turnId: 't',
    model: 'm',
    input: [],
    output: '',
    toolCalls: [],
    choices,
    usage: {},
    startedAt: 0,
    endedAt: 0,
    latencyMs: 0,
  });
  const ran = new Set(['router', 'stock_desk']);
  it('is the roster when the choices name another agent that ran, without the way out', () => {
    expect(routingChoices(call(['stock_desk', 'courier_desk', 'FINISH']), 'router', ran)).toEqual([
      'stock_desk',
      'courier_desk',
    ]);
  });
  it('is nothing for labels that name no agent (a classifier’s categories)', () => {
    expect(routingChoices(call(['refund', 'general']), 'router', ran)).toEqual([]);
    expect(routingChoices(call(['router', 'FINISH']), 'router', ran)).toEqual([]);
  });
});

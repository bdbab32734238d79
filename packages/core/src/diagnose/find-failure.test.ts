import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/trace.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { recordedFailure } from '../testing/recorded-failure.ts';
import { locateFailure } from './find-failure.ts';
import { indexTrace } from './trace-index.ts';

/** A sender briefs a receiver that answers; the findings are given, so only their ranking is tested. */
async function briefed() {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('lift', async () => {
    await tracer.turn('lift_planner', async () => 'Crane C2: SWL now 8.0 t, not 9.5 any more (boom repair).');
    clock.advance(5);
    tracer.handoff({
      from: 'lift_planner',
      to: 'rigging_lead',
      content: 'Plan the 8.6 t lift with C2; SWL now 8.0 t, not 9.5 any more (boom repair). Max radius 14 m.',
    });
    clock.advance(5);
    return tracer.turn(
      'rigging_lead',
      async () => 'Lift planned: 8.6 t at 16 m radius, within the 9.5 t SWL.',
    );
  });
  await tracer.flush();
  const index = indexTrace(store.traces()[0]!);
  const handoff = index.trace.handoffs[0]!;
  const boundary = { from: 'lift_planner', to: 'rigging_lead' };
  const misread: Finding = {
    id: 'm',
    kind: 'misunderstood_task',
    severity: 'error',
    boundary,
    handoffId: handoff.id,
    summary: 'constraint "Max radius 14 m" changed',
    evidence: [],
  };
  const staleAt = (turnId: string | undefined, on = boundary): Finding => ({
    id: 's',
    kind: 'stale_context',
    severity: 'error',
    boundary: on,
    handoffId: handoff.id,
    turnId,
    summary: 'used 9.5 t, superseded by 8.0 t',
    evidence: [],
  });
  return { index, handoff, misread, staleAt };
}

describe('locateFailure: a stale read and a misread task on one boundary', () => {
  it('names the stale read when the receiver worked from the value its sender had corrected', async () => {
    const { index, handoff, misread, staleAt } = await briefed();
    expect(locateFailure(index, [misread, staleAt(handoff.toTurnId)])?.kind).toBe('stale_context');
  });
  it('keeps the misread task, sent first, when the stale read is on another boundary', async () => {
    const { index, handoff, misread, staleAt } = await briefed();
    expect(locateFailure(index, [misread])?.kind).toBe('misunderstood_task');
    const elsewhere = staleAt(handoff.toTurnId, { from: 'crane_desk', to: 'rigging_lead' });
    expect(locateFailure(index, [misread, elsewhere])?.kind).toBe('misunderstood_task');
  });
});

describe('locateFailure: a misread task and a lost message on one boundary', () => {
  it('names the lost message when the receiver never got the brief it "misread", whichever was found first', async () => {
    const { index, handoff, misread } = await briefed();
    const lost: Finding = {
      id: 'l',
      kind: 'lost_message',
      severity: 'error',
      boundary: misread.boundary,
      turnId: handoff.toTurnId,
      summary: "lift_planner's message never reached rigging_lead's input",
      evidence: [],
    };
    // The lost message is dated by its receiver's turn, after the brief it misread was sent.
    expect(locateFailure(index, [misread, lost])?.kind).toBe('lost_message');
    expect(locateFailure(index, [lost, misread])?.kind).toBe('lost_message');
  });
});

describe('locateFailure: a stale read and a lost message at one receiver', () => {
  const REQUEST = 'Lift the 8.6 t transformer at bay 4 with crane C2 (SWL 9.5 t on the hire sheet), Tuesday.';
  /** The planner corrects the SWL; the rigging lead is shown a queue stub and the request instead. */
  async function stubbed(received: string) {
    const store = memoryStore();
    const clock = manualClock();
    const tracer = createTracer({ store, clock, flushOnExit: false });
    await tracer.workflow('lift', async () => {
      await tracer.turn('lift_planner', async () => 'C2 SWL now 8.0 t, not 9.5 (boom repair).', {
        input: [{ role: 'user', content: REQUEST }],
      });
      clock.advance(5);
      tracer.handoff({
        from: 'lift_planner',
        to: 'rigging_lead',
        content: 'C2 SWL now 8.0 t, not 9.5 any more (boom repair). Plan within it.',
      });
      clock.advance(5);
      return tracer.turn('rigging_lead', async () => 'Lift planned within the 9.5 t SWL.', {
        input: [{ role: 'user', content: received }],
      });
    });
    await tracer.flush();
    const index = indexTrace(store.traces()[0]!);
    const turnId = index.trace.handoffs[0]!.toTurnId;
    const boundary = { from: 'lift_planner', to: 'rigging_lead' };
    const stale: Finding = {
      id: 's',
      kind: 'stale_context',
      severity: 'error',
      boundary,
      turnId,
      summary: 'used 9.5 t',
      evidence: [],
    };
    const lost = (arrived: string): Finding => ({
      id: 'l',
      kind: 'lost_message',
      severity: 'error',
      boundary,
      turnId,
      summary: "lift_planner's message never reached rigging_lead's input",
      evidence: [{ label: 'received', detail: received.slice(0, 60), actual: arrived }],
    });
    return { index, stale, lost };
  }
  it('names the lost message when none of it arrived and the request came instead, whichever was found first', async () => {
    const { index, stale, lost } = await stubbed(`Queue item: standard lift.\n${REQUEST}`);
    expect(locateFailure(index, [stale, lost('0% of it arrived')])?.kind).toBe('lost_message');
    expect(locateFailure(index, [lost('0% of it arrived'), stale])?.kind).toBe('lost_message');
  });
  it('names the lost message when none of it arrived and it was the message that carried the correction', async () => {
    const { index, stale, lost } = await stubbed('Queue item: standard lift, process as usual.');
    const handoffId = index.trace.handoffs[0]!.id;
    const said = (detail: string): Finding => ({
      ...stale,
      evidence: [{ label: 'superseded', detail }],
    });
    const missed = { ...lost('0% of it arrived'), handoffId };
    expect(
      locateFailure(index, [said('"C2 SWL now 8.0 t, not 9.5 any more (boom repair)."'), missed])?.kind,
    ).toBe('lost_message');
    // The correction came in another message the reader did get: its stale read stands.
    expect(
      locateFailure(index, [said('"Crane sheet v2: C2 derated to 8.0 t from 9.5 t."'), missed])?.kind,
    ).toBe('stale_context');
  });
  it('names the stale read when an old copy arrived, or part of the message did', async () => {
    const old = await stubbed('C2 SWL 9.5 t per the hire sheet.');
    expect(locateFailure(old.index, [old.stale, old.lost('0% of it arrived')])?.kind).toBe('stale_context');
    const part = await stubbed(`Queue item: standard lift.\n${REQUEST}`);
    expect(locateFailure(part.index, [part.stale, part.lost('45% of it arrived')])?.kind).toBe(
      'stale_context',
    );
  });
});

describe('locateFailure: a misread task and a stale read placed where the reader handed on', () => {
  it('names the stale read when the value it used is the one its sender had corrected', async () => {
    const { index, handoff, misread, staleAt } = await briefed();
    const planner = index.trace.turns[0]!.id;
    const onward = staleAt(handoff.toTurnId, { from: 'rigging_lead', to: 'crane_operator' });
    onward.evidence = [{ label: 'superseded', detail: 'SWL now 8.0 t, not 9.5', turnId: planner }];
    expect(locateFailure(index, [misread, onward])?.kind).toBe('stale_context');
    // Corrected by someone else, the misread stays first.
    onward.evidence = [{ label: 'superseded', detail: 'SWL now 8.0 t, not 9.5', turnId: handoff.toTurnId }];
    expect(locateFailure(index, [misread, onward])?.kind).toBe('misunderstood_task');
  });
});

describe('locateFailure: two stale reads in one millisecond', () => {
  it("names the worker whose stale result the coordinator's final repeated, whatever the listing order", async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, clock: manualClock(), flushOnExit: false });
    await tracer.workflow('outage', async () => {
      await tracer.turn('coordinator', async () => 'Plan the switching for feeder 11.');
      tracer.handoff({ from: 'coordinator', to: 'planner', content: 'Plan the switching for feeder 11.' });
      const plan = await tracer.turn('planner', async () => 'Open AB-114, then earth at pole 32.');
      tracer.handoff({ from: 'planner', to: 'coordinator', content: plan });
      return tracer.turn('coordinator', async () => `Schedule: ${plan}`, {
        input: [{ role: 'user', content: plan }],
      });
    });
    await tracer.flush();
    const index = indexTrace(store.traces()[0]!);
    const [, planner, final] = index.trace.turns;
    const stale = (id: string, turnId: string, from: string, to: string): Finding => ({
      id,
      kind: 'stale_context',
      severity: 'error',
      boundary: { from, to },
      turnId,
      summary: 'used AB-114 after it was said to be out of use',
      evidence: [],
    });
    const atFinal = stale('f', final!.id, 'planner', 'coordinator');
    const atPlanner = stale('p', planner!.id, 'coordinator', 'planner');
    expect(locateFailure(index, [atFinal, atPlanner])?.agent).toBe('planner');
    expect(locateFailure(index, [atPlanner, atFinal])?.agent).toBe('planner');
  });
});

describe('a swallowed tool error and the "misread" it shows as', () => {
  const TASK =
    'WC-4471, Tue 19/01: check whether we need a pavement licence from the council and whether one is in place.';
  const run = (result: unknown) =>
    recordedFailure(async (tracer, clock) => {
      await tracer.turn('contracts_supervisor', async () => TASK, {
        input: [{ role: 'user', content: 'Confirm WC-4471 is good to go.' }],
      });
      tracer.handoff({ from: 'contracts_supervisor', to: 'permit_checker', content: TASK });
      clock.advance(10);
      const said = await tracer.turn(
        'permit_checker',
        async (turn) => {
          const call = turn.startToolCall({
            name: 'council_licence_search',
            args: { address: '212 Kingsway' },
          });
          if (result instanceof Error) call.end({ error: result });
          else call.end({ result });
          return 'Licence search for 212 Kingsway: 0 results - no pavement licence needed for this job.';
        },
        { input: [{ role: 'user', content: TASK }] },
      );
      tracer.handoff({ from: 'permit_checker', to: 'contracts_supervisor', kind: 'return', content: said });
      clock.advance(10);
      return tracer.turn('contracts_supervisor', async () => `WC-4471 confirmed: ${said}`, {
        input: [{ role: 'user', content: said }],
      });
    });
  it('is the agent error where the claim is what the misread shows', async () => {
    expect(await run(new Error('ETIMEDOUT: highways-licensing:443 after 30000 ms'))).toBe(
      'agent_error permit_checker → contracts_supervisor (permit_checker)',
    );
  });
  it('stays a misread task when the tool worked', async () => {
    expect(await run('0 results for 212 Kingsway.')).toBe(
      'misunderstood_task contracts_supervisor → permit_checker (permit_checker)',
    );
  });
});

describe('locateFailure: a loop whose answers were never used', () => {
  const QUESTION = 'Which weight limit applies to bridge B-17 for the 44 t convoy? Need the figure first.';
  // route_planner asks bridge_analyst the same question three times, uses none of the answers, and
  // `final` answers the user from the dispatcher's brief alone: no content of the loop goes on.
  async function looped(final: string) {
    const store = memoryStore();
    const clock = manualClock();
    const tracer = createTracer({ store, clock, flushOnExit: false });
    await tracer.workflow('convoy', async () => {
      const brief = 'Convoy 44 t, Depot 3 → Pier 9, tonight.';
      await tracer.turn('dispatcher', async () => brief);
      for (const reply of ['B-17: 40 t gross.', 'As before: 40 t on B-17.', 'Third time: 40 t.']) {
        tracer.handoff({ from: 'route_planner', to: 'bridge_analyst', content: QUESTION });
        clock.advance(10);
        await tracer.turn('bridge_analyst', async () => reply, {
          input: [{ role: 'user', content: QUESTION }],
        });
        clock.advance(10);
        await tracer.turn('route_planner', async () => QUESTION);
      }
      tracer.handoff({ from: 'dispatcher', to: final, content: brief });
      clock.advance(10);
      return tracer.turn(final, async () => 'Nothing confirmed: convoy held at Depot 3 for Pier 9.', {
        input: [{ role: 'user', content: brief }],
      });
    });
    await tracer.flush();
    const index = indexTrace(store.traces()[0]!);
    const second = index.trace.handoffs.filter((h) => h.to === 'bridge_analyst')[1]!;
    const loop: Finding = {
      id: 'l',
      kind: 'handoff_loop',
      severity: 'error',
      boundary: { from: 'route_planner', to: 'bridge_analyst' },
      handoffId: second.id,
      turnId: second.fromTurnId,
      summary: 'route_planner kept sending the same message (3 times) without progress',
      evidence: [],
    };
    return locateFailure(index, [loop]);
  }
  it('is the root cause when the agent that kept asking gives up and answers the user', async () => {
    expect((await looped('route_planner'))?.agent).toBe('route_planner');
  });
  it('is no root cause when the pair was a side thread and another agent answered', async () => {
    expect(await looped('dispatcher')).toBeNull();
  });
});

describe('locateFailure: stale reads of callers whose turns span their callees', () => {
  it('names the one whose stale brief went out first, not the caller whose turn started first', async () => {
    const store = memoryStore();
    const clock = manualClock();
    const tracer = createTracer({ store, clock, flushOnExit: false });
    await tracer.workflow('hedge', () =>
      tracer.turn('risk_head', async () => {
        clock.advance(5);
        await tracer.turn('hedge_lead', async () => {
          clock.advance(5);
          await tracer.turn('analyst', async () => 'Exposure today is 1,450 t, not 2,075 t.');
          clock.advance(5);
          tracer.handoff({ from: 'hedge_lead', to: 'executor', content: 'Sell 83 lots = 2,075 t.' });
          await tracer.turn('executor', async () => 'Sold 83 lots (2,075 t).');
          clock.advance(5);
          tracer.handoff({ from: 'hedge_lead', to: 'risk_head', content: 'Sold 2,075 t.', kind: 'return' });
          return 'Sold 2,075 t.';
        });
        clock.advance(5);
        return 'March book hedged: 2,075 t sold.';
      }),
    );
    await tracer.flush();
    const index = indexTrace(store.traces()[0]!);
    const turn = (agent: string) => index.trace.turns.find((t) => t.agent === agent)!.id;
    const handoff = (to: string) => index.trace.handoffs.find((h) => h.to === to)!;
    const stale = (id: string, reader: string, to: string): Finding => ({
      id,
      kind: 'stale_context',
      severity: 'error',
      boundary: { from: 'hedge_lead', to },
      handoffId: handoff(to).id,
      turnId: turn(reader),
      summary: 'used 2,075 t, superseded by 1,450 t',
      evidence: [],
    });
    const found = locateFailure(index, [
      stale('top', 'risk_head', 'risk_head'),
      stale('lead', 'hedge_lead', 'executor'),
    ]);
    expect(found?.boundary).toEqual({ from: 'hedge_lead', to: 'executor' });
  });
});

describe('locateFailure: a sender’s bad output and the receiver’s misread of the brief it sent', () => {
  it('names the sender whether its turn was stamped as ending with the brief or after it', async () => {
    const { index, handoff, misread } = await briefed();
    const sender = index.turns.get(handoff.fromTurnId!)!;
    const error: Finding = {
      id: 'e',
      kind: 'agent_error',
      severity: 'error',
      boundary: misread.boundary,
      handoffId: handoff.id,
      turnId: sender.id,
      summary: "lift_planner's tool failed, yet it reported results as if it had worked",
      evidence: [],
    };
    const misreadThere = { ...misread, turnId: handoff.toTurnId };
    for (const lag of [0, 1, 3]) {
      sender.endedAt = handoff.sentAt + lag;
      expect(locateFailure(index, [misreadThere, error])?.agent).toBe('lift_planner');
      expect(locateFailure(index, [error, misreadThere])?.agent).toBe('lift_planner');
    }
  });
});

describe('locateFailure: a coordinator’s bad answer and its worker’s', () => {
  it('names the worker, though the brief the coordinator’s finding is tied to left before the worker answered', async () => {
    const store = memoryStore();
    const clock = manualClock();
    const tracer = createTracer({ store, clock, flushOnExit: false });
    await tracer.workflow('release', () =>
      tracer.turn('release_lead', async () => {
        clock.advance(5);
        tracer.handoff({ from: 'release_lead', to: 'metadata_writer', content: 'Retail blurb for AB-2291.' });
        const blurb = await tracer.turn('metadata_writer', async () => {
          clock.advance(5);
          return 'Blurb: [TITLE] by [AUTHOR], narrated by [NARRATOR].';
        });
        tracer.handoff({ from: 'metadata_writer', to: 'release_lead', content: blurb, kind: 'return' });
        clock.advance(5);
        return `Release pack AB-2291: ${blurb}`;
      }),
    );
    await tracer.flush();
    const index = indexTrace(store.traces()[0]!);
    const turn = (agent: string) => index.trace.turns.find((t) => t.agent === agent)!.id;
    const handoff = (to: string) => index.trace.handoffs.find((h) => h.to === to)!;
    const bad = (id: string, agent: string, to: string): Finding => ({
      id,
      kind: 'low_quality_output',
      severity: 'error',
      boundary: { from: agent, to },
      handoffId: handoff(to).id,
      turnId: turn(agent),
      summary: 'template placeholders left in',
      evidence: [],
    });
    for (const findings of [
      [bad('lead', 'release_lead', 'metadata_writer'), bad('writer', 'metadata_writer', 'release_lead')],
      [bad('writer', 'metadata_writer', 'release_lead'), bad('lead', 'release_lead', 'metadata_writer')],
    ])
      expect(locateFailure(index, findings)?.agent).toBe('metadata_writer');
  });
});

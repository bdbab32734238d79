import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyze } from '../diagnose/analyze.ts';
import { createTracer, type Tracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { manualClock } from '../testing/manual-clock.ts';

async function record(script: (tracer: Tracer, clock: ReturnType<typeof manualClock>) => Promise<unknown>) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('case', () => script(tracer, clock)).catch(() => undefined);
  await tracer.flush();
  const trace = store.traces()[0]!;
  return { trace, analysis: await analyze(trace) };
}

const kinds = (analysis: Awaited<ReturnType<typeof analyze>>) =>
  analysis.findings.filter((f) => f.severity === 'error').map((f) => f.kind);

describe('freshness', () => {
  const run = (ageMs: number) =>
    record(async (tracer, clock) => {
      tracer.provideContext('inventory', { units: 40 }, { maxAgeMs: 60_000 });
      clock.advance(ageMs);
      return tracer.turn('picker', async () => {
        tracer.readContext('inventory', { units: 40 });
        return 'Picked 40 units.';
      });
    });
  it('marks a read older than maxAgeMs stale', async () => {
    const { analysis } = await run(90_000);
    expect(analysis.findings.find((f) => f.kind === 'stale_context')?.summary).toContain(
      '90.0 s old, over its max age of 60.0 s',
    );
  });
  it('keeps a fresh read quiet', async () => {
    expect(kinds((await run(30_000)).analysis)).toEqual([]);
  });
  it("does not call a read stale because of the reader's own write in the same millisecond", async () => {
    const { analysis } = await record(async (tracer) => {
      tracer.provideContext('draft', 'v1 of the draft');
      return tracer.turn('editor', async () => {
        tracer.readContext('draft', 'v1 of the draft');
        tracer.provideContext('draft', 'v2 of the draft'); // the manual clock has not moved
        return 'Edited the draft.';
      });
    });
    expect(analysis.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
  });
});

describe('freshness with every timestamp in one millisecond', () => {
  // A router reads a first wind reading, asks again, gets a second: its first turn came before the
  // second reading existed, whatever the clock says; only passing the first on afterwards is stale.
  const run = (briefUsesFirst: boolean) =>
    record(async (tracer) => {
      const reading = async (value: string) =>
        tracer.turn('weather_desk', async (turn) => {
          turn.startToolCall({ name: 'wind_reading', args: { station: 'TOP' } }).end({ result: value });
          return value;
        });
      const first = await reading('07:05 mean 38 km/h, gusts 52');
      tracer.handoff({ from: 'weather_desk', to: 'ops_router', content: first });
      await tracer.turn('ops_router', async () => 'Re-check the summit, the front may come early.', {
        input: [{ role: 'user', content: first }],
      });
      const second = await reading('07:41 mean 54 km/h, gusts 78');
      tracer.handoff({ from: 'weather_desk', to: 'ops_router', content: second });
      const brief = briefUsesFirst
        ? 'Summit gusts 52 km/h, mean 38: open the gondola 08:30.'
        : 'Summit gusts 78 km/h, mean 54: hold the gondola.';
      await tracer.turn('ops_router', async () => brief, {
        input: [{ role: 'user', content: `${first}\n${second}` }],
      });
      tracer.handoff({ from: 'ops_router', to: 'lift_ops', content: brief });
      return tracer.turn('lift_ops', async () => 'Done as briefed.', {
        input: [{ role: 'user', content: brief }],
      });
    });
  it('keeps a turn recorded before the newer version was produced quiet', async () => {
    const stale = (await run(false)).analysis.findings.filter((f) => f.kind === 'stale_context');
    expect(stale).toEqual([]);
  });
  it('still reports the turn that had the newer version and handed on the old', async () => {
    const stale = (await run(true)).analysis.findings.filter((f) => f.kind === 'stale_context');
    expect(stale.map((f) => `${f.boundary.from}>${f.boundary.to}`)).toEqual(['ops_router>lift_ops']);
  });
});

describe('freshness: an agent used as a tool, asked again', () => {
  const run = (tool: string, agent: string) =>
    record(async (tracer, clock) =>
      tracer.turn('foreman', async (turn) => {
        for (const result of [
          'Tested 120 barrels at 0.5 bar: 118 passed, 2 repaired.',
          'Same order again: all 120 already passed.',
        ]) {
          turn
            .startToolCall({ name: tool, args: { prompt: 'GA-2211: test all 120 at 0.5 bar' } })
            .end({ result });
          if (agent) await tracer.turn(agent, async () => result);
          clock.advance(100);
        }
        return 'GA-2211: 118 passed, 2 repaired.';
      }),
    );
  it('reads its answers as replies, not versions of a fact', async () => {
    expect(kinds((await run('agent-leak_tester', 'leak_tester')).analysis)).not.toContain('stale_context');
  });
  it('still reads a plain tool asked again as a fact that changed', async () => {
    expect(kinds((await run('pressure_log', '')).analysis)).toContain('stale_context');
  });
});

describe('lost message', () => {
  const run = (executed: boolean) =>
    record(async (tracer) => {
      await tracer.turn(
        'intake',
        async () => 'Ticket 881 needs a refund. I will pass this to the billing agent now.',
      );
      if (executed) {
        tracer.handoff({ from: 'intake', to: 'billing', content: 'Ticket 881 needs a refund.' });
        return tracer.turn('billing', async () => 'Refund for ticket 881 issued.', {
          input: [{ role: 'user', content: 'Ticket 881 needs a refund.' }],
        });
      }
      await tracer.turn('billing', async () => 'Nothing to do.', {
        input: [{ role: 'user', content: 'status?' }],
      });
      return 'done';
    });
  it('reports a handoff announced in text but never made', async () => {
    const { analysis } = await run(false);
    expect(analysis.findings.find((f) => f.kind === 'lost_message')).toMatchObject({
      boundary: { from: 'intake', to: 'billing' },
      mast: 'FM-2.4',
    });
  });
  it('is quiet when the announced handoff happens', async () => {
    expect(kinds((await run(true)).analysis)).toEqual([]);
  });
  it('is quiet when the text says the work was not passed on', async () => {
    const said = (answer: string) =>
      record(async (tracer) => {
        await tracer.turn('intake', async () => 'Ticket 881: refund request.');
        await tracer.turn('billing', async () => 'Billing desk idle.');
        return tracer.turn('intake', async () => answer);
      });
    for (const answer of [
      'Ticket 881 is a duplicate. I did **not** pass it to the billing agent: the refund went out on Monday.',
      'Ticket 881 closed; no need to hand it to billing, the refund is already booked.',
    ])
      expect(kinds((await said(answer)).analysis)).not.toContain('lost_message');
    expect(
      kinds((await said('Ticket 881 checked. I have passed it to the billing agent.')).analysis),
    ).toContain('lost_message');
  });
  it('is quiet when the agent it asked to pass the work on does so', async () => {
    const asked = (relayed: boolean) =>
      record(async (tracer, clock) => {
        tracer.handoff({ from: 'router', to: 'allocator', content: 'Bed for 198734, MBBS 600L.' });
        clock.advance(10);
        const answer = await tracer.turn(
          'allocator',
          async () => 'Not mine: 198734 is clinical. Please send her to the clinical desk.',
          { input: [{ role: 'user', content: 'Bed for 198734, MBBS 600L.' }] },
        );
        tracer.handoff({ from: 'allocator', to: 'router', kind: 'return', content: answer });
        clock.advance(10);
        if (relayed)
          tracer.handoff({ from: 'router', to: 'clinical_desk', content: 'Bed for 198734 (rerouted).' });
        return tracer.turn('clinical_desk', async () => 'Allocated ABH/0417.', {
          input: [{ role: 'user', content: relayed ? 'Bed for 198734 (rerouted).' : 'status?' }],
        });
      });
    expect((await asked(true)).analysis.findings.filter((f) => f.kind === 'lost_message')).toEqual([]);
    expect((await asked(false)).analysis.findings.find((f) => f.kind === 'lost_message')).toMatchObject({
      boundary: { from: 'allocator', to: 'clinical_desk' },
    });
  });
  it('is quiet when a result arrives reworded with its own figures, and reports the one that did not', async () => {
    const merged = (prompt: string) =>
      record(async (tracer, clock) => {
        const briefs = ['North: 800 units by 14.01.', 'South: 400 units by 14.01.'];
        const results = [
          'North: 800 feasible (96 looms, capacity 806), yarn 2,150 kg in stock, dye batch DB-44 on 08.12.',
          'South: only 180 of 400 by 14.01 – yarn indent IND-7741 late to 28.12; rest 220 by 10.02.',
        ];
        for (const [i, worker] of ['north', 'south'].entries()) {
          tracer.handoff({ from: 'planner', to: worker, content: briefs[i]! });
          clock.advance(10);
          await tracer.turn(worker, async () => results[i]!, {
            input: [{ role: 'user', content: briefs[i]! }],
          });
          tracer.handoff({ from: worker, to: 'confirmer', content: results[i]! });
        }
        clock.advance(10);
        return tracer.turn('confirmer', async () => 'Order confirmed in full.', {
          input: [{ role: 'user', content: prompt }],
        });
      });
    const lost = async (prompt: string) =>
      (await merged(prompt)).analysis.findings
        .filter((f) => f.kind === 'lost_message')
        .map((f) => f.boundary.from);
    const north = 'North can do all 800 on 96 looms; 2,150 kg yarn on hand, batch DB-44 booked 08.12.';
    expect(await lost(north)).toEqual(['south']);
    expect(
      await lost(`${north}\nSouth: 180 of the 400 by 14.01 (IND-7741 late to 28.12), 220 by 10.02.`),
    ).toEqual([]);
  });
  it('reports a brief replaced by another that shares its generic figures but not a line’s own', async () => {
    const brief =
      '05/12 Sharma Infotech, 40 tiffins:\n- 28 regular: paneer matar, dal tadka, jeera rice, 3 roti\n- 12 Jain: no onion or garlic, raw banana sabzi, moong dal, 3 roti\nPacking by 11:30.';
    const kitchen = (prompt: string) =>
      record(async (tracer, clock) => {
        await tracer.turn('planner', async () => brief, {
          input: [{ role: 'user', content: 'Order for Sharma Infotech on 05/12/2026: 40 tiffins.' }],
        });
        tracer.handoff({ from: 'planner', to: 'kitchen', content: brief });
        clock.advance(10);
        return tracer.turn('kitchen', async () => 'Batch KB-07 packed: 40 boxes.', {
          input: [{ role: 'user', content: prompt }],
        });
      });
    const lost = async (prompt: string) =>
      (await kitchen(prompt)).analysis.findings
        .filter((f) => f.kind === 'lost_message')
        .map((f) => f.boundary.to);
    expect(
      await lost(
        'Fri 05/12, standard menu: paneer matar, dal tadka, jeera rice, 3 roti, salad. 40 tiffins, packing by 11:30.',
      ),
    ).toEqual(['kitchen']);
    // Reworded, with each line's own figure: it arrived.
    expect(
      await lost(
        '05/12: 40 tiffins — 28 regular (paneer, dal, rice, 3 roti) and 12 Jain (no onion/garlic). Pack by 11:30.',
      ),
    ).toEqual([]);
  });
  it('reports a handoff whose receiver never ran', async () => {
    const { analysis } = await record(async (tracer) => {
      await tracer.turn('router', async () => 'route to legal');
      tracer.handoff({ from: 'router', to: 'legal', content: 'Please review clause 4.2 of contract C-17.' });
      return 'routed';
    });
    expect(analysis.findings.find((f) => f.kind === 'lost_message')?.summary).toContain('legal never ran');
  });
});

describe('lost message: a task passed as a tool-call argument', () => {
  // A supervisor's handoff tool takes the task as an argument; the worker's model sees it in the
  // supervisor's tool call in its history, not as a message of its own.
  const run = (shownTask: string) =>
    record(async (tracer) => {
      const task = 'Find the 2024 population of Lisbon and Porto, citing sources.';
      await tracer.turn('supervisor', async () => task);
      tracer.handoff({ from: 'supervisor', to: 'researcher', kind: 'transfer', content: task });
      return tracer.turn('researcher', async (turn) => {
        turn.recordModelCall({
          model: 'mock',
          input: [
            { role: 'user', content: 'How many people live in Lisbon and Porto?' },
            {
              role: 'assistant',
              content: '',
              toolCalls: [{ id: 'c1', name: 'assign_to_researcher', args: { task_description: shownTask } }],
            },
          ],
          output: 'Lisbon 545,923 and Porto 248,769 in 2024 (INE).',
        });
        return 'Lisbon 545,923 and Porto 248,769 in 2024 (INE).';
      });
    });
  it('counts the tool-call arguments the receiver was shown as delivered', async () => {
    const { analysis } = await run('Find the 2024 population of Lisbon and Porto, citing sources.');
    expect(analysis.findings.filter((f) => f.kind === 'lost_message')).toEqual([]);
  });
  it('still reports the task when the call shown carried another one', async () => {
    const { analysis } = await run('Summarise the history of the tram network.');
    expect(analysis.findings.find((f) => f.kind === 'lost_message')?.boundary).toEqual({
      from: 'supervisor',
      to: 'researcher',
    });
  });
});

describe('contracts and truncation', () => {
  it('reads a payload that breaks its zod contract as a misread handoff', async () => {
    const { analysis } = await record(async (tracer) => {
      await tracer.turn('extractor', async () => '{"amount": "twelve"}');
      tracer.handoff({
        from: 'extractor',
        to: 'ledger',
        content: '{"amount": "twelve"}',
        payload: { amount: 'twelve' },
        contract: z.object({ amount: z.number() }),
      });
      return tracer.turn('ledger', async () => 'Booked twelve.', {
        input: [{ role: 'user', content: '{"amount": "twelve"}' }],
      });
    });
    expect(
      analysis.findings
        .find((f) => f.kind === 'misunderstood_task')
        ?.evidence.map((e) => e.detail)
        .join(' '),
    ).toContain('amount');
  });
  it('scores an output cut off by the token limit as low quality', async () => {
    const { analysis } = await record(async (tracer) => {
      await tracer.turn('summarizer', async (turn) => {
        turn.recordModelCall({
          model: 'm',
          output: 'The three key risks are: first, the',
          finishReason: 'length',
        });
        return 'The three key risks are: first, the';
      });
      tracer.handoff({ from: 'summarizer', to: 'publisher', content: 'The three key risks are: first, the' });
      return tracer.turn('publisher', async () => 'Published.', {
        input: [{ role: 'user', content: 'The three key risks are: first, the' }],
      });
    });
    expect(analysis.failure).toMatchObject({
      kind: 'low_quality_output',
      boundary: { from: 'summarizer', to: 'publisher' },
    });
  });
});

describe('loops', () => {
  it('does not call a supervisor that delegates new work each time a loop', async () => {
    const { analysis } = await record(async (tracer) => {
      for (const part of ['intro', 'methods', 'results', 'discussion', 'summary']) {
        await tracer.turn(
          'editor',
          async () => `Write the ${part} section of the report on soil samples ${part.length}.`,
        );
        tracer.handoff({
          from: 'editor',
          to: 'author',
          content: `Write the ${part} section of the report on soil samples ${part.length}.`,
        });
        await tracer.turn(
          'author',
          async () => `Here is the ${part} section: soil pH ${part.length}.2 across 14 plots.`,
          {
            input: [
              {
                role: 'user',
                content: `Write the ${part} section of the report on soil samples ${part.length}.`,
              },
            ],
          },
        );
        tracer.handoff({
          from: 'author',
          to: 'editor',
          content: `Here is the ${part} section: soil pH ${part.length}.2 across 14 plots.`,
        });
      }
      return tracer.turn('editor', async () => 'Report assembled.', {
        input: [{ role: 'user', content: 'Here is the summary section' }],
      });
    });
    expect(kinds(analysis)).not.toContain('handoff_loop');
  });
});

describe('replies and plumbing are not tasks', () => {
  it('does not read a worker hand-back as a task its supervisor dropped', async () => {
    const { analysis } = await record(async (tracer) => {
      await tracer.turn('coordinator', async () => 'Ask the analyst for Q3 2024 churn in the EU.');
      tracer.handoff({ from: 'coordinator', to: 'analyst', content: 'Find Q3 2024 churn in the EU.' });
      await tracer.turn(
        'analyst',
        async () => 'EU churn in Q3 2024 was 4.1%, down from 5.0% in Q3 2023 (source: crm export).',
        {
          input: [{ role: 'user', content: 'Find Q3 2024 churn in the EU.' }],
        },
      );
      tracer.handoff({
        from: 'analyst',
        to: 'coordinator',
        content: 'EU churn in Q3 2024 was 4.1%, down from 5.0% in Q3 2023 (source: crm export).',
      });
      return tracer.turn('coordinator', async () => 'Churn improved: 4.1% this quarter.', {
        input: [{ role: 'user', content: 'EU churn in Q3 2024 was 4.1%, down from 5.0% in Q3 2023.' }],
      });
    });
    expect(analysis.findings.filter((f) => f.kind === 'misunderstood_task')).toEqual([]);
    expect(analysis.failure).toBeNull();
  });

  it('judges a task sent as a tool call by its task text, not by the call JSON', async () => {
    const call = (task: string) =>
      JSON.stringify({
        id: 'call_7f3a9c2b1d',
        name: 'transfer_to_scheduler',
        args: { task_description: task },
        type: 'tool_call',
      });
    const run = (received: string) =>
      record(async (tracer) => {
        await tracer.turn('dispatcher', async () => '');
        tracer.handoff({
          from: 'dispatcher',
          to: 'scheduler',
          content: call('Book the MRI for patient 4471 on 2025-06-02, morning slot.'),
        });
        return tracer.turn('scheduler', async () => received, {
          input: [{ role: 'user', content: 'Book the MRI for patient 4471 on 2025-06-02, morning slot.' }],
        });
      });
    const healthy = await run('MRI booked for patient 4471 on June 2, 2025 at 08:30 (morning slot).');
    expect(healthy.analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const misread = await run('MRI booked for patient 4471 on June 9, 2025 at 08:30.');
    expect(misread.analysis.failure).toMatchObject({
      kind: 'misunderstood_task',
      boundary: { from: 'dispatcher', to: 'scheduler' },
    });
  });

  it('matches a structured payload by its values', async () => {
    const { analysis } = await record(async (tracer) => {
      await tracer.turn('router', async () => '');
      tracer.handoff({
        from: 'router',
        to: 'writer',
        content: '{"subject":"penguins","audience":"children"}',
      });
      return tracer.turn('writer', async () => 'A story about penguins for children.', {
        input: [{ role: 'user', content: 'Write about penguins for children.' }],
      });
    });
    expect(analysis.findings.filter((f) => f.kind === 'lost_message')).toEqual([]);
  });
});

describe('versions and parallel parts', () => {
  it('does not read entries appended under one key by parallel branches as versions of one fact', async () => {
    const { analysis } = await record(async (tracer, clock) => {
      await tracer.turn('ports', async (turn) => {
        turn.provideContext({ key: 'results', value: 'Only 443/tcp is exposed on lb-1 and lb-2.' });
        return 'Only 443/tcp is exposed on lb-1 and lb-2.';
      });
      clock.advance(100);
      await tracer.turn('certs', async (turn) => {
        turn.provideContext({ key: 'results', value: 'api.pay.example expires on 21 April; renew it.' });
        return 'api.pay.example expires on 21 April; renew it.';
      });
      return tracer.turn('reporter', async () => 'Only 443/tcp exposed; renew api.pay.example by 21 April.', {
        input: [
          {
            role: 'user',
            content:
              'Only 443/tcp is exposed on lb-1 and lb-2.\napi.pay.example expires on 21 April; renew it.',
          },
        ],
      });
    });
    expect(analysis.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
  });

  it('judges each receiver of a fanned-out plan on its own part of it', async () => {
    const { analysis } = await record(async (tracer) => {
      const plan = JSON.stringify({
        flights: 'Find flights Oslo to Rome on 2025-05-12 for 2 adults.',
        hotels: 'Find a hotel in Trastevere for 3 nights under EUR 180 per night.',
      });
      await tracer.turn('planner', async () => plan);
      tracer.handoff({ from: 'planner', to: 'flights', content: plan });
      tracer.handoff({ from: 'planner', to: 'hotels', content: plan });
      await tracer.turn('flights', async () => 'SK4711 on 2025-05-12, 2 adults, EUR 412.', {
        input: [{ role: 'user', content: 'Find flights Oslo to Rome on 2025-05-12 for 2 adults.' }],
      });
      return tracer.turn('hotels', async () => 'Hotel Santa Maria, Trastevere, 3 nights at EUR 165.', {
        input: [
          { role: 'user', content: 'Find a hotel in Trastevere for 3 nights under EUR 180 per night.' },
        ],
      });
    });
    expect(
      analysis.findings.filter((f) => f.kind === 'lost_message' || f.kind === 'misunderstood_task'),
    ).toEqual([]);
  });
});

describe('a status that changed under the agent that checked it', () => {
  const run = (answer: string) =>
    record(async (tracer, clock) => {
      await tracer.turn('room_finder', async (turn) => {
        const first = turn.startToolCall({
          name: 'room_status',
          args: { room: 'Aula 3', date: '2025-06-12' },
        });
        first.end({ result: 'Aula 3 (120 seats), 2025-06-12 14:00–16:00: FREE (checked 08:15).' });
        clock.advance(600_000);
        const second = turn.startToolCall({
          name: 'room_status',
          args: { room: 'Aula 3', date: '2025-06-12' },
        });
        second.end({ result: 'Aula 3 (120 seats), 2025-06-12 14:00–16:00: BOOKED by the choir, at 08:40.' });
        return answer;
      });
      tracer.handoff({ from: 'room_finder', to: 'scheduler', content: answer });
      return tracer.turn('scheduler', async () => `Scheduled: ${answer}`, {
        input: [{ role: 'user', content: answer }],
      });
    });

  it('is stale context at the agent that re-checked and still reported the old status', async () => {
    const { analysis } = await run('Aula 3 (120 seats) is free on 12 June, 14:00–16:00.');
    expect(analysis.failure).toMatchObject({ kind: 'stale_context', agent: 'room_finder' });
  });
  it('is quiet when the agent reported the new status', async () => {
    const { analysis } = await run('Aula 3 is booked by the choir on 12 June; pick another room.');
    expect(analysis.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
  });
});

describe('placeholders', () => {
  const run = (output: string) =>
    record(async (tracer) => {
      await tracer.turn('grader', async () => output);
      tracer.handoff({ from: 'grader', to: 'reporter', content: output });
      return tracer.turn('reporter', async () => `Report: ${output}`, {
        input: [{ role: 'user', content: output }],
      });
    });
  it('scores an unfilled value or template as low quality', async () => {
    expect((await run('Score: N/A')).analysis.failure).toMatchObject({
      kind: 'low_quality_output',
      agent: 'grader',
    });
    expect(
      (await run('Dear [Candidate Name], we offer you the role of [Job Title].')).analysis.failure?.kind,
    ).toBe('low_quality_output');
  });
  it('lets an answer with one empty field stand', async () => {
    const output = 'Score: 14/20. Argument 6/8, evidence 4/6, structure 3/4, language 1/2. Notes: N/A';
    expect((await run(output)).analysis.failure).toBeNull();
  });
});

describe('a plan keyed by receiver with a part handed to no one', () => {
  const plan = (extra: Record<string, string>, sendAll: boolean) =>
    record(async (tracer) => {
      const parts: Record<string, string> = {
        road_haulier: 'Truck 2 containers from Stuttgart to Hamburg by Monday of week 24.',
        ocean_broker: 'Book a Hamburg to Toronto sailing for 2 containers in week 24.',
        ...extra,
      };
      await tracer.turn('export_planner', async () => JSON.stringify(parts));
      const notes: string[] = [];
      for (const [agent, brief] of Object.entries(parts)) {
        if (!sendAll && !['road_haulier', 'ocean_broker'].includes(agent)) continue;
        if (!['road_haulier', 'ocean_broker', 'customs_broker'].includes(agent)) continue;
        tracer.handoff({ from: 'export_planner', to: agent, content: brief });
        notes.push(
          await tracer.turn(agent, async () => `${agent}: booked as briefed.`, {
            input: [{ role: 'user', content: brief }],
          }),
        );
      }
      return tracer.turn('plan_writer', async () => notes.join('\n'), {
        input: [{ role: 'user', content: notes.join('\n') }],
      });
    });
  const customs = { customs_broker: 'Prepare the export declaration and file it in ATLAS before loading.' };
  it('reports the brief no agent received', async () => {
    const { analysis } = await plan(customs, false);
    expect(analysis.failure).toMatchObject({
      kind: 'lost_message',
      boundary: { from: 'export_planner', to: 'customs_broker' },
      agent: 'export_planner',
    });
  });
  it('is quiet when every part was handed on, or the extra key is a field, not a role', async () => {
    expect((await plan(customs, true)).analysis.failure).toBeNull();
    const { analysis } = await plan(
      { rationale: 'Split by mode of transport so each specialist books their leg.' },
      false,
    );
    expect(analysis.failure).toBeNull();
  });
});

describe('a handoff announced to an agent the model was offered, never made', () => {
  const run = (answer: string, tools: string[], handOff: boolean) =>
    record(async (tracer) =>
      tracer.turn('support_lead', async (turn) => {
        turn.recordModelCall({ model: 'm', output: answer, tools });
        if (handOff) {
          tracer.handoff({
            from: 'support_lead',
            to: 'escalation_team',
            content: 'Lock M-70045 and investigate.',
          });
          await tracer.turn('escalation_team', async () => 'Locked M-70045; investigating.', {
            input: [{ role: 'user', content: 'Lock M-70045 and investigate.' }],
          });
        }
        return answer;
      }),
    );
  const promise = 'I have passed your case to our escalation team, who will lock the account.';
  it('reports the announced handoff to an agent that never ran', async () => {
    const { analysis } = await run(promise, ['ask_account_agent', 'ask_escalation_team'], false);
    expect(analysis.failure).toMatchObject({
      kind: 'lost_message',
      boundary: { from: 'support_lead', to: 'escalation_team' },
    });
  });
  it('reads no handoff in a tool named like one that did its own work', async () => {
    const done = 'Transfer of ₦600,000 to First Bank ****5520 successful: response 00.';
    const moved = (calls: boolean, recorded: boolean, result: string) =>
      record(async (tracer) =>
        tracer.turn('bank_transfer_agent', async (turn) => {
          turn.recordModelCall({ model: 'm', output: done, tools: ['transfer_to_bank', 'name_enquiry'] });
          if (calls)
            turn.startToolCall({ name: 'transfer_to_bank', args: { amount: 600000 } }).end({ result });
          if (recorded)
            tracer.handoff({
              from: 'bank_transfer_agent',
              to: 'bank',
              content: '{"amount":600000}',
              metadata: { toolName: 'transfer_to_bank' },
            });
          return done;
        }),
      );
    const record_ =
      '{"responseCode": "00", "sessionId": "000011270701093355", "wallet_balance_after": 850000}';
    for (const recorded of [false, true])
      expect((await moved(true, recorded, record_)).analysis.failure).toBeNull();
    // Offered and never called, or called and answered as a handoff to an agent that never ran.
    expect((await moved(false, false, record_)).analysis.failure).toMatchObject({ kind: 'lost_message' });
    expect(
      (await moved(true, true, '{"transferred_to": "bank", "status": "ok"}')).analysis.failure,
    ).toMatchObject({ kind: 'lost_message', boundary: { to: 'bank' } });
  });
  it('reads "I have asked the … to" as an announced handoff', async () => {
    const asked = 'Cleared to restart. I have asked the escalation team to walk splice 7 before start-up.';
    expect((await run(asked, ['ask_escalation_team'], false)).analysis.failure).toMatchObject({
      kind: 'lost_message',
      boundary: { from: 'support_lead', to: 'escalation_team' },
    });
    expect((await run(asked, ['ask_escalation_team'], true)).analysis.failure).toBeNull();
    const customer = 'I have asked the customer to confirm the address.';
    expect((await run(customer, ['ask_escalation_team'], false)).analysis.failure).toBeNull();
  });
  it('reads the handoff announced in another language, the agent named with its accents', async () => {
    const tools = ['ask_odeme_operasyon', 'ask_hukuk_musaviri'];
    const said = 'İki uyuşmazlık var. Dosyayı görüş için hukuk müşavirliğine devrediyorum.';
    expect((await run(said, tools, false)).analysis.failure).toMatchObject({
      kind: 'lost_message',
      boundary: { to: 'hukuk_musaviri' },
    });
    // Handed on to someone no agent is named for.
    expect((await run('Dosyayı görüş için bankaya devrediyorum.', tools, false)).analysis.failure).toBeNull();
    // French "passer la main", the agent named by its own words.
    const french = 'Total : 340 kits. Je passe la main à la logistique pour monter le convoi.';
    expect(
      (await run(french, ['transfer_to_logistique_convoi', 'transfer_to_accueil_terrain'], false)).analysis
        .failure,
    ).toMatchObject({ kind: 'lost_message', boundary: { to: 'logistique_convoi' } });
  });
  it('reads "I ask the … to" in other languages as an announced handoff', async () => {
    const tools = ['ask_inspector_geotecnico', 'ask_topografo_monitoreo'];
    const said =
      'P-33: 14 mm/día. Le pido al inspector geotécnico que vaya a terreno antes de liberar; el sector puede liberarse.';
    expect((await run(said, tools, false)).analysis.failure).toMatchObject({
      kind: 'lost_message',
      boundary: { to: 'inspector_geotecnico' },
    });
    // Asking the requester, or someone no agent is named for, hands nothing on.
    const asked = 'Le pido al jefe de turno que confirme la hora de ingreso.';
    expect((await run(asked, tools, false)).analysis.failure).toBeNull();
    expect(
      (await run('Ho chiesto al geometra di inviare le letture entro le 16.', tools, false)).analysis.failure,
    ).toBeNull();
  });
  it('reads a turn that says it hands the work on and hands nothing to anyone, with one agent it could call', async () => {
    const said = 'Holzova a Jírova nepůjdou. Obě ulice předávám kolegyni z informování občanů.';
    expect((await run(said, ['transfer_to_resident_notifier'], false)).analysis.failure).toMatchObject({
      kind: 'lost_message',
      boundary: { from: 'support_lead', to: 'resident_notifier' },
    });
    // Sending a message out hands nothing to an agent; two agents it could mean name neither.
    const sms = 'Trasa potvrzena, SMS jsme poslali 63 občanům.';
    expect((await run(sms, ['transfer_to_resident_notifier'], false)).analysis.failure).toBeNull();
    expect(
      (await run(said, ['transfer_to_resident_notifier', 'transfer_to_depot_planner'], false)).analysis
        .failure,
    ).toBeNull();
  });
  it('reads the words of handing on in scripts written without spaces', async () => {
    // Thai "ส่งเรื่องต่อให้…" (the matter passed on to …), Chinese "转交给…".
    for (const said of [
      'สรุป: เป็นความรับผิดชอบของบริษัท ส่งเรื่องต่อให้ฝ่ายชดเชยดำเนินการโอนเงินค่ะ',
      '温度超标5小时，责任在我方。已转交给理赔专员处理赔付。',
    ])
      expect((await run(said, ['transfer_to_claims_officer'], false)).analysis.failure).toMatchObject({
        kind: 'lost_message',
        boundary: { from: 'support_lead', to: 'claims_officer' },
      });
    // Sending goods is no handing on: "ส่งสินค้า" (goods sent) names nothing passed on.
    expect(
      (await run('ส่งสินค้าถึงลูกค้าแล้ว 6 กล่อง', ['transfer_to_claims_officer'], false)).analysis.failure,
    ).toBeNull();
  });
  it('reads the past forms of handing on in Ukrainian, Polish, Hungarian and Romanian', async () => {
    for (const said of [
      'Основний борг 412 500,00 грн. Розрахунок пені передав розрахунковому відділу — суму додамо окремо.',
      'Dług 412 500,00 zł. Wyliczenie odsetek przekazałem do działu rozliczeń.',
      'A késedelmi kamat kiszámítását átadtam az elszámolási osztálynak.',
      'Calculul penalităților l-am transmis la compartimentul de calcul.',
    ])
      expect((await run(said, ['transfer_to_settlements_desk'], false)).analysis.failure).toMatchObject({
        kind: 'lost_message',
        boundary: { from: 'support_lead', to: 'settlements_desk' },
      });
  });
  it("reports it to an agent the program's graph declares next, though no tool names it", async () => {
    const graph = (next: string) => ({
      name: 'support',
      nodes: [
        { id: 'support_lead', agent: 'support_lead' },
        { id: next, agent: next },
      ],
      edges: [{ from: 'support_lead', to: next, conditional: true }],
    });
    const declared = (next: string) =>
      record(async (tracer) => {
        tracer.currentWorkflow()?.declareTopology(graph(next));
        return tracer.turn('support_lead', async (turn) => {
          turn.recordModelCall({ model: 'm', output: promise });
          return promise;
        });
      });
    expect((await declared('escalation_team')).analysis.failure).toMatchObject({
      kind: 'lost_message',
      boundary: { from: 'support_lead', to: 'escalation_team' },
    });
    expect((await declared('billing_team')).analysis.failure).toBeNull();
  });
  it('is quiet when the handoff was made, or the target is not an agent it could call', async () => {
    expect((await run(promise, ['ask_escalation_team'], true)).analysis.failure).toBeNull();
    const mail = 'I have sent the summary to your email address.';
    expect((await run(mail, ['send_email', 'ask_escalation_team'], false)).analysis.failure).toBeNull();
  });
  it('reads the target by the work it names ("goes to conservation" for a conservator)', async () => {
    const comb = (tools: string[]) =>
      record(async (tracer) =>
        tracer.turn('finds_registrar', async (turn) => {
          const said =
            'Registered SF-1187 (comb, waterlogged). The comb goes to conservation straight after this.';
          turn.recordModelCall({ model: 'm', output: said, tools });
          return said;
        }),
      );
    expect((await comb(['transfer_to_conservator'])).analysis.failure).toMatchObject({
      kind: 'lost_message',
      boundary: { from: 'finds_registrar', to: 'conservator' },
    });
    // "conservation" is no conservative_reviewer, and a helper not offered is no target.
    expect((await comb(['transfer_to_conservative_reviewer'])).analysis.failure).toBeNull();
    expect((await comb(['register_finds'])).analysis.failure).toBeNull();
    // An agent named with a suffix (`conservator_agent`) is the conservator.
    expect((await comb(['transfer_to_conservator_agent'])).analysis.failure).toMatchObject({
      boundary: { to: 'conservator_agent' },
    });
  });
  it('reads an agent it could call named as the one to do the work, in its answer or a brief', async () => {
    const assigned =
      'Pickup booked. When you have the AWB, lab_liaison does the pre-announcement to the lab.';
    const { analysis } = await run(assigned, ['ask_courier_booker', 'ask_lab_liaison'], false);
    expect(analysis.failure).toMatchObject({ kind: 'lost_message', boundary: { to: 'lab_liaison' } });
    // Named, but not as the doer of work to come: no handoff was promised.
    const { analysis: named } = await run(
      'Pickup booked; the lab_liaison profile lists Köln as the receiving lab.',
      ['ask_courier_booker', 'ask_lab_liaison'],
      false,
    );
    expect(named.failure).toBeNull();
  });
  it('reads that agent named in words as doing the work now ("Lab liaison is pre-announcing …")', async () => {
    const doing =
      'Pickup booked. Lab liaison is pre-announcing the samples to the lab, so the lab just receives them.';
    const { analysis } = await run(doing, ['ask_courier_booker', 'ask_lab_liaison'], false);
    expect(analysis.failure).toMatchObject({ kind: 'lost_message', boundary: { to: 'lab_liaison' } });
    const { analysis: state } = await run(
      'Pickup booked. Lab liaison is a role the lab staffs itself.',
      ['ask_courier_booker', 'ask_lab_liaison'],
      false,
    );
    expect(state.failure).toBeNull();
  });
  it('reads that agent named by its own word and another role word ("customs team is preparing …")', async () => {
    const tools = ['ask_courier_booker', 'ask_customs_clerk'];
    const doing = 'Pickup booked. FYI the customs team is preparing the export declaration.';
    expect((await run(doing, tools, false)).analysis.failure).toMatchObject({
      kind: 'lost_message',
      boundary: { to: 'customs_clerk' },
    });
    // A role word alone names no one.
    expect(
      (await run('Pickup booked. The team is preparing the export declaration.', tools, false)).analysis
        .failure,
    ).toBeNull();
  });
  it('reads a desk by its own name word, and a team by the one offered agent never handed to', async () => {
    const { analysis: desk } = await run(
      'Classified; the e-AD is with our EMCS desk for submission.',
      ['transfer_to_tariff_classifier', 'transfer_to_emcs_clerk'],
      false,
    );
    expect(desk.failure).toMatchObject({ kind: 'lost_message', boundary: { to: 'emcs_clerk' } });
    const team = (tools: string[]) =>
      run('Graded A. I have passed it to our payments team: the refund shows in 3–5 days.', tools, false);
    expect((await team(['grade_return', 'transfer_to_refund_processor'])).analysis.failure).toMatchObject({
      kind: 'lost_message',
      boundary: { to: 'refund_processor' },
    });
    // The thing passed on named at length, a price in it.
    const long = await run(
      'Graded A. I have passed your refund for the Honey Harissa Chicken (£11.40) to our payments team.',
      ['grade_return', 'transfer_to_refund_processor'],
      false,
    );
    expect(long.analysis.failure).toMatchObject({
      kind: 'lost_message',
      boundary: { to: 'refund_processor' },
    });
    // Two agents it could mean: no guess.
    expect(
      (await team(['transfer_to_refund_processor', 'transfer_to_chargeback_desk'])).analysis.failure,
    ).toBeNull();
  });
  it('reads work said to be told to an agent, or to sit with one named in full', async () => {
    const tools = ['transfer_to_delivery_planner', 'transfer_to_packing_lead'];
    const told = await run(
      'Moved to Fridays, and I have let our packing team know about the kiwi swap.',
      tools,
      false,
    );
    expect(told.analysis.failure).toMatchObject({ kind: 'lost_message', boundary: { to: 'packing_lead' } });
    const has = await run(
      'Moved to Fridays. Packing lead has the kiwi -> pears swap for line 212.',
      tools,
      false,
    );
    expect(has.analysis.failure).toMatchObject({ kind: 'lost_message', boundary: { to: 'packing_lead' } });
    // A condition names who will have it, it says nothing sits with them yet.
    const once = await run(
      'Moved to Fridays. Email the customer once packing lead has the swap.',
      tools,
      false,
    );
    expect(once.analysis.failure).toBeNull();
    // Its own words with another role word: "packing team" is the packing lead.
    const crew = await run('Moved to Fridays. The packing team have the kiwi -> pears swap.', tools, false);
    expect(crew.analysis.failure).toMatchObject({ kind: 'lost_message', boundary: { to: 'packing_lead' } });
    // A role word alone, or other words, name no one.
    expect(
      (await run('Moved to Fridays. The team have the kiwi swap.', tools, false)).analysis.failure,
    ).toBeNull();
    // "the box has the pears" names no agent; "let me know" names no one.
    const none = await run(
      'Moved to Fridays; the box has the pears now. Let me know if anything changes.',
      tools,
      false,
    );
    expect(none.analysis.failure).toBeNull();
  });
  it('does not take an agent that already worked in the run for a team named otherwise', async () => {
    const { analysis } = await record(async (tracer) => {
      await tracer.turn('refund_processor', async () => 'Refund R-88 of £11.40 issued.');
      return tracer.turn('support_lead', async (turn) => {
        const said = 'Refund issued. I have forwarded the allergy report to our pharmacovigilance team.';
        turn.recordModelCall({ model: 'm', output: said, tools: ['transfer_to_refund_processor'] });
        return said;
      });
    });
    expect(analysis.findings.filter((f) => f.kind === 'lost_message')).toEqual([]);
  });
  it('reads "handed … to maintenance" as a handoff to the one offered agent that word names', async () => {
    const said = (tools: string[]) =>
      run(
        'Cabin 14 parked. I have handed the GR-ALM 3 grip inspection to maintenance, cleared by 10:00.',
        tools,
        false,
      );
    expect((await said(['park_cabin', 'transfer_to_grip_maintenance'])).analysis.failure).toMatchObject({
      kind: 'lost_message',
      boundary: { to: 'grip_maintenance' },
    });
    expect((await said(['park_cabin', 'transfer_to_cabin_cleaner'])).analysis.failure).toBeNull();
    // Advice, not a report: "pass to maintenance" names where it should go.
    const advice = await run(
      'Cabin 14 parked; pass to maintenance when the line stops.',
      ['park_cabin', 'transfer_to_grip_maintenance'],
      false,
    );
    expect(advice.analysis.failure).toBeNull();
  });
});

describe('a coordinator that had the update and briefed the next worker with the old value', () => {
  const run = (brief: string) =>
    record(async (tracer, clock) => {
      const ask = async (worker: string, task: string, result: string, answer: string) => {
        tracer.handoff({ from: 'ops', to: worker, content: task });
        await tracer.turn(
          worker,
          async (turn) => {
            turn.startToolCall({ name: 'berth_window', args: { port: 'NLRTM' } }).end({ result });
            return answer;
          },
          { input: [{ role: 'user', content: task }] },
        );
        tracer.handoff({ from: worker, to: 'ops', content: answer, kind: 'return' });
        clock.advance(60_000);
      };
      await tracer.turn('ops', async () => 'Routing.');
      await ask(
        'planner',
        'Pull the berth window and the eco speed.',
        'Berth EMX-7: window Tue 08-Dec 14:00 to Wed 09-Dec 02:00 LT. Pilot 11:30.',
        'Berth opens Tue 14:00 LT, pilot 11:30; 11.5 kn gets her there.',
      );
      await tracer.turn('ops', async () => 'Routing.');
      await ask(
        'liaison',
        'Confirm berth, pilots and tugs; flag changes.',
        'Berth EMX-7: window MOVED to Wed 09-Dec 06:00 to 18:00 LT (crane outage). Pilot 03:30.',
        'Berth got pushed, now Wed 9 Dec 06:00 LT (crane outage). Pilots rebooked for 03:30.',
      );
      await tracer.turn('ops', async () => brief, {
        input: [{ role: 'user', content: 'Berth got pushed, now Wed 9 Dec 06:00 LT (crane outage).' }],
      });
      tracer.handoff({ from: 'ops', to: 'bunkers', content: brief });
      return tracer.turn('bunkers', async () => `Booked barge: ${brief}`, {
        input: [{ role: 'user', content: brief }],
      });
    });

  it('is stale context at the coordinator, on the boundary of the brief', async () => {
    const { analysis } = await run('Book 850 mt VLSFO alongside EMX-7 on arrival, Tue 8 Dec 14:00 LT.');
    expect(analysis.failure).toMatchObject({
      kind: 'stale_context',
      boundary: { from: 'ops', to: 'bunkers' },
      agent: 'ops',
    });
  });
  it('is quiet when the brief carries the new window', async () => {
    const { analysis } = await run('Book 850 mt VLSFO alongside EMX-7 on arrival, Wed 9 Dec 06:00 LT.');
    expect(analysis.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
  });
});

describe('results gathered from a fan-out', () => {
  it('are material for the aggregator, not tasks it must keep', async () => {
    const { analysis } = await record(async (tracer) => {
      await tracer.turn('planner', async () => 'Briefs sent.');
      const workers = {
        conservator: [
          'Light plan for the prints, on view 14 May – 31 Aug 2027.',
          'Max 50 lux; rotate on 30 June.',
        ],
        comms: ['Draft a teaser post for the show.', 'Hokusai opens 14 March 2027! Save the date.'],
      };
      for (const [worker, [task, result]] of Object.entries(workers)) {
        tracer.handoff({ from: 'planner', to: worker, content: task! });
        await tracer.turn(worker, async () => result!, { input: [{ role: 'user', content: task! }] });
        tracer.handoff({ from: worker, to: 'manager', content: result! });
      }
      return tracer.turn(
        'manager',
        async () => 'Pack: on view 14 May – 31 Aug 2027, max 50 lux, rotate 30 June.',
      );
    });
    expect(analysis.findings.filter((f) => f.boundary.to === 'manager')).toEqual([]);
    expect(analysis.failure).toBeNull();
  });
  it('while a task passed down a chain is still one', async () => {
    const { analysis } = await record(async (tracer) => {
      tracer.handoff({ from: 'planner', to: 'comms', content: 'Announce the opening on 14 May 2027.' });
      await tracer.turn('comms', async () => 'Hokusai opens 14 May 2027!');
      tracer.handoff({ from: 'comms', to: 'publisher', content: 'Publish: Hokusai opens 14 May 2027!' });
      return tracer.turn('publisher', async () => 'Published: Hokusai opens 14 March 2027.');
    });
    expect(analysis.findings.find((f) => f.kind === 'misunderstood_task')?.boundary).toEqual({
      from: 'comms',
      to: 'publisher',
    });
  });
});

describe('a tool call that switches the forbidden action off', () => {
  const run = (call: { name: string; args: Record<string, unknown> }) =>
    record(async (tracer) => {
      const task = 'Generate round 5 pairings. Do not publish the pairings: save them as a draft.';
      tracer.handoff({ from: 'director', to: 'operator', content: task });
      return tracer.turn(
        'operator',
        async (turn) => {
          turn.startToolCall(call).end({ result: 'Draft PD-5 saved, 32 boards.' });
          return 'Round 5 pairings saved as draft PD-5, 32 boards.';
        },
        { input: [{ role: 'user', content: task }] },
      );
    });
  it('keeps the prohibition (`publish: false`)', async () => {
    const { analysis } = await run({ name: 'generate_pairings', args: { round: 5, publish: false } });
    expect(kinds(analysis)).toEqual([]);
  });
  it('breaks it when the flag is on or the call is the forbidden deed', async () => {
    const on = await run({ name: 'generate_pairings', args: { round: 5, publish: true } });
    expect(kinds(on.analysis)).toContain('misunderstood_task');
    const deed = await run({ name: 'publish_pairings', args: { round: 5 } });
    expect(kinds(deed.analysis)).toContain('misunderstood_task');
  });
});

describe('a delegating tool call whose message repeats what the task forbids, negated', () => {
  const run = (message: string) =>
    record(async (tracer) => {
      const task = 'Place ENG2041, 2h lectures Tue/Thu. Avoid clashes with ENG2031 and MATH2210.';
      tracer.handoff({ from: 'registrar', to: 'scheduling_lead', content: task });
      return tracer.turn(
        'scheduling_lead',
        async (turn) => {
          // The delegation: a tool call whose argument is the message the sub-agent gets.
          turn.startToolCall({ name: 'ask_slot_allocator', args: { task: message } }).end({ result: 'ok' });
          tracer.handoff({ from: 'scheduling_lead', to: 'slot_allocator', content: message });
          await tracer.turn('slot_allocator', async () => 'Tue 10-12 and Thu 14-16 booked, room R-12.', {
            input: [{ role: 'user', content: message }],
          });
          return 'ENG2041 placed Tue 10-12 and Thu 14-16, room R-12.';
        },
        { input: [{ role: 'user', content: task }] },
      );
    });
  it('reads the message as said, so its negation keeps the prohibition', async () => {
    const { analysis } = await run('ENG2041, 2h blocks Tue + Thu; no clash with ENG2031 / MATH2210.');
    expect(
      analysis.findings.filter((f) => f.evidence.some((e) => e.label.startsWith('prohibition'))),
    ).toEqual([]);
  });
  it('still finds a message that asks for the forbidden thing', async () => {
    const { analysis } = await run('ENG2041, 2h blocks Tue + Thu; clash with ENG2031 and MATH2210 is fine.');
    expect(analysis.findings.some((f) => f.evidence.some((e) => e.label.startsWith('prohibition')))).toBe(
      true,
    );
  });
});

describe('a deed beyond the run the task limited the work to', () => {
  const run = (levels: string[]) =>
    record(async (tracer) => {
      const task = 'Re-measure the partitions. The ground floor is costed elsewhere: measure L1 to L6 only.';
      tracer.handoff({ from: 'cost_manager', to: 'estimator', content: task });
      return tracer.turn(
        'estimator',
        async (turn) => {
          turn
            .startToolCall({ name: 'measure', args: { levels, element: 'partitions' } })
            .end({ result: '9,842 m2' });
          return 'Partitions: 9,842 m2.';
        },
        { input: [{ role: 'user', content: task }] },
      );
    });
  it('is a misread task when the call lists an item outside it', async () => {
    const { analysis } = await run(['GF', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6']);
    expect(analysis.failure).toMatchObject({ kind: 'misunderstood_task', agent: 'estimator' });
  });
  it('is nothing when the call keeps to it', async () => {
    const { analysis } = await run(['L1', 'L2', 'L3', 'L4', 'L5', 'L6']);
    expect(analysis.failure).toBeNull();
  });
});

describe('a receiver cut off by its token limit before it said all it was asked', () => {
  const run = (finishReason: string) =>
    record(async (tracer) => {
      const brief =
        'Adjust traverse T1 to T14 from BRY-1211.raw (Leica TS16). List adjusted E/N for ALL 14 stations, OSGB36.';
      await tracer.turn('survey_lead', async () => brief, {
        input: [
          { role: 'user', content: 'Boundary survey BRY-1211: adjust the traverse and draw the plan.' },
        ],
      });
      tracer.handoff({ from: 'survey_lead', to: 'traverse_processor', content: brief });
      const table =
        'Adjusted (Bowditch), misclosure 0.011 m.\nT1 261204.512 222318.904\nT2 261241.087 222322.615\nT3 2612';
      await tracer.turn(
        'traverse_processor',
        async (turn) => {
          turn.recordModelCall({ model: 'm', output: table, finishReason });
          return table;
        },
        { input: [{ role: 'user', content: brief }] },
      );
      tracer.handoff({ from: 'traverse_processor', to: 'plan_drafter', content: table });
      return tracer.turn('plan_drafter', async () => `Plan drawn from: ${table}`, {
        input: [{ role: 'user', content: table }],
      });
    });
  it('is a bad output, not a misread task: what it left unsaid is the cut', async () => {
    const { analysis } = await run('length');
    expect(analysis.failure).toMatchObject({ kind: 'low_quality_output', agent: 'traverse_processor' });
    expect(analysis.findings.some((f) => f.kind === 'misunderstood_task')).toBe(false);
  });
  it('is a misread task when the receiver finished and still left it all out', async () => {
    const { analysis } = await run('stop');
    expect(analysis.findings.some((f) => f.kind === 'misunderstood_task')).toBe(true);
  });
});

describe('versions that differ only in function words', () => {
  const run = (brief: string) =>
    record(async (tracer, clock) => {
      await tracer.turn('booker', async (turn) => {
        turn
          .startToolCall({ name: 'availability', args: { week: 52 } })
          .end({ result: 'Double suites week 52: D4 and D7 free.' });
        clock.advance(30_000);
        turn
          .startToolCall({ name: 'availability', args: { week: 52 } })
          .end({ result: 'Double suites week 52: D4 taken (hold H-2291); D7 free.' });
        return brief;
      });
      tracer.handoff({ from: 'booker', to: 'carer', content: brief });
      return tracer.turn('carer', async () => 'Care plan CP-1 set up for suite D7.', {
        input: [{ role: 'user', content: brief }],
      });
    });
  it('do not make a brief that shares an "and" with the old one stale', async () => {
    const { analysis } = await run('Suite D7 is held for Rex and Ivy (hold H-2295). Set up care plans.');
    expect(analysis.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
  });
});

describe('an unchecked output a coordinator reads in two of its turns', () => {
  it('is one finding, at the first turn that used it', async () => {
    const { analysis } = await record(async (tracer) => {
      const answer = 'Forecast for store 14: [Store Name] sells [Units] units in week [Week].';
      tracer.handoff({ from: 'planner', to: 'forecaster', content: 'Forecast week 49 for store 14.' });
      await tracer.turn('forecaster', async () => answer, {
        input: [{ role: 'user', content: 'Forecast week 49 for store 14.' }],
      });
      tracer.handoff({ from: 'forecaster', to: 'planner', content: answer, kind: 'return' });
      await tracer.turn('planner', async () => `Ordering per forecast: ${answer}`, {
        input: [{ role: 'user', content: answer }],
      });
      return tracer.turn('planner', async () => `Summary for the buyer: ${answer}`, {
        input: [{ role: 'user', content: answer }],
      });
    });
    const unchecked = analysis.findings.filter((f) => f.kind === 'unchecked_output');
    expect(unchecked).toHaveLength(1);
    expect(unchecked[0]!.boundary).toEqual({ from: 'forecaster', to: 'planner' });
  });
});

describe('a re-checked allocation whose new value is what gets handed on', () => {
  const run = (brief: string) =>
    record(async (tracer, clock) => {
      await tracer.turn('coordinator', async (turn) => {
        turn
          .startToolCall({ name: 'get_gate', args: { flight: 'LX318' } })
          .end({ result: 'LX318: gate B12 (pier 5), boarding 13:55–14:50Z.' });
        clock.advance(60_000);
        turn.startToolCall({ name: 'get_gate', args: { flight: 'LX318' } }).end({
          result:
            'LX318: MOVED 13:41Z to gate D44 (remote, bus boarding); B12 blocked by the delayed arrival of LX2641, tow requested.',
        });
        return brief;
      });
      tracer.handoff({ from: 'coordinator', to: 'ramp', content: brief });
      return tracer.turn('ramp', async () => 'Ramp team R-3 assigned.', {
        input: [{ role: 'user', content: brief }],
      });
    });
  it('is not stale because an unrelated time or a lone digit matches the old reading', async () => {
    const { analysis } = await run(
      'LX318 now at gate D44 (bus): 120 bags in holds 4/5, outbound LX319 off-block 14:50Z. Send a ramp team.',
    );
    expect(analysis.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
  });
  it('is stale when the brief hands on the old gate', async () => {
    const { analysis } = await run('LX318 at gate B12 (pier 5), boarding 13:55. Send a ramp team.');
    expect(analysis.failure).toMatchObject({ kind: 'stale_context', agent: 'coordinator' });
  });
});

describe('a bad output its receiver sent back and got redone', () => {
  const BAD = 'Net positions EOD: GB {{gb_mw}} MW, DE {{de_mw}} MW, FR {{fr_mw}} MW.';
  const GOOD = 'Net positions EOD: GB +45 MW, DE -30 MW, FR +12 MW; DE at 50 % of its limit.';
  const run = (redo: boolean) =>
    record(async (tracer, clock) =>
      tracer.turn('desk_lead', async () => {
        const ask = async (brief: string, answer: string) => {
          tracer.handoff({ from: 'desk_lead', to: 'reporter', content: brief });
          clock.advance(10);
          const said = await tracer.turn('reporter', async () => answer, {
            input: [{ role: 'user', content: brief }],
          });
          tracer.handoff({ from: 'reporter', to: 'desk_lead', content: said, kind: 'return' });
          clock.advance(10);
          return said;
        };
        const first = await ask('Net power positions EOD, GB/DE/FR in MW.', BAD);
        if (!redo) return `Positions for the VaR run: ${first}`;
        const second = await ask('Your figures came back as template slots; resend them filled in.', GOOD);
        return `Positions for the VaR run: ${second}`;
      }),
    );
  it('is no error when the same agent answered again, fine, at the receiver’s asking', async () => {
    const { analysis } = await run(true);
    expect(kinds(analysis)).not.toContain('low_quality_output');
    expect(kinds(analysis)).not.toContain('unchecked_output');
    expect(analysis.findings.find((f) => f.kind === 'low_quality_output')?.severity).toBe('warning');
  });
  it('is a low-quality output when the receiver used it as it came', async () => {
    expect(kinds((await run(false)).analysis)).toContain('low_quality_output');
  });
});

describe('a bad output of a lead whose workers ran inside its turn, every timestamp in one millisecond', () => {
  it('is used by the lead’s caller, never by the workers it called before it answered', async () => {
    const { analysis } = await record(async (tracer) =>
      tracer.turn('director', async () => {
        const said = await tracer.turn('quality_lead', async () => {
          tracer.handoff({
            from: 'quality_lead',
            to: 'cupping_lab',
            kind: 'delegation',
            content: 'Cup BG-401..406.',
          });
          const cupped = await tracer.turn('cupping_lab', async () => 'BG-403 and BG-405 fail, below 82.');
          tracer.handoff({ from: 'cupping_lab', to: 'quality_lead', kind: 'return', content: cupped });
          return 'QC: all 6 lots BG-401..406 passed. Cleared.';
        });
        tracer.handoff({ from: 'quality_lead', to: 'director', kind: 'return', content: said });
        return `Shipping advice sent. ${said}`;
      }),
    );
    const unchecked = analysis.findings.filter((f) => f.kind === 'unchecked_output');
    expect(unchecked.map((f) => f.boundary.to)).not.toContain('cupping_lab');
    expect(analysis.failure?.kind).toBe('low_quality_output');
  });
});

describe('an amount carried into another currency', () => {
  const run = (brief: string, answer: string) =>
    record(async (tracer) => {
      await tracer.turn('planner', async () => brief);
      tracer.handoff({ from: 'planner', to: 'duty', content: brief });
      return tracer.turn('duty', async () => answer, { input: [{ role: 'user', content: brief }] });
    });
  const ANSWER = 'Assessable value ₹43,44,600; BCD 7.5% ₹3,25,845; total duty ₹12,04,975.';
  it('is converted at a rate the task gives', async () => {
    const { analysis } = await run(
      'HS 84385000, CIF USD 52,000. Use the notified ROE 83.55. BCD + SWS + IGST.',
      ANSWER,
    );
    expect(kinds(analysis)).not.toContain('misunderstood_task');
  });
  it('is a changed currency where no rate is given', async () => {
    const { analysis } = await run('HS 84385000: quote the duty on CIF USD 52,000 in USD only.', ANSWER);
    expect(kinds(analysis)).toContain('misunderstood_task');
  });
});

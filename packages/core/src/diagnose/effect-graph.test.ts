import { describe, expect, it } from 'vitest';
import { createTracer, type Tracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { analyze } from './analyze.ts';
import { effectGraph } from './effect-graph.ts';
import { indexTrace } from './trace-index.ts';

async function record(script: (tracer: Tracer) => Promise<unknown>) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('case', async () => {
    const output = await script(tracer);
    clock.advance(10);
    return output;
  });
  await tracer.flush();
  const trace = store.traces()[0]!;
  const analysis = await analyze(trace);
  const index = indexTrace(trace);
  const { next } = effectGraph(index);
  const agentOf = (id: string) => index.turns.get(id)!.agent;
  const edges = [...next].flatMap(([from, list]) => list.map((to) => `${agentOf(from)}>${agentOf(to)}`));
  return Object.assign(analysis, { edges });
}

/** A coordinator asks two helpers; `extra` answers as given; the answer uses what `use` says. */
const coordinate = (
  extra: string,
  answer: (main: string, extra: string) => string,
  cutOff = false,
  /** What the coordinator's final model call also wrote (a delegation it re-issued, say). */
  finalCall?: string,
) =>
  record(async (tracer) => {
    await tracer.turn(
      'concierge',
      async () => 'Plan a day in Kyoto: temples, and a tea ceremony if possible.',
    );
    tracer.handoff({
      from: 'concierge',
      to: 'guide',
      content: 'List three temples in Kyoto worth a morning visit.',
    });
    tracer.handoff({
      from: 'concierge',
      to: 'tea_host',
      content: 'Find a tea ceremony in Kyoto bookable for tomorrow.',
    });
    const main = await tracer.turn(
      'guide',
      async () => 'Kinkaku-ji at 9:00, Ryoan-ji at 10:30 and Ninna-ji at 11:45; all open daily.',
      { input: [{ role: 'user', content: 'List three temples in Kyoto worth a morning visit.' }] },
    );
    tracer.handoff({ from: 'guide', to: 'concierge', content: main });
    const side = await tracer.turn(
      'tea_host',
      async (turn) => {
        // A model stopped by its token limit.
        if (cutOff) turn.recordModelCall({ model: 'm', output: extra, finishReason: 'length' });
        return extra;
      },
      {
        input: [{ role: 'user', content: 'Find a tea ceremony in Kyoto bookable for tomorrow.' }],
      },
    );
    tracer.handoff({ from: 'tea_host', to: 'concierge', content: side });
    return tracer.turn(
      'concierge',
      async (turn) => {
        const text = answer(main, side);
        if (finalCall) turn.recordModelCall({ model: 'm', output: `${finalCall}\n${text}` });
        return text;
      },
      {
        input: [
          { role: 'user', content: main },
          { role: 'user', content: side },
        ],
      },
    );
  });

/**
 * A network router: each worker's return starts a router turn of its own, the last one taking only
 * the tea host's (cut-off) return and writing the answer from all it heard.
 */
const network = (
  answer: (main: string, extra: string) => string,
  askTea = 'Optional: find a tea ceremony in Kyoto bookable for tomorrow.',
) =>
  record(async (tracer) => {
    const ask = 'List three temples in Kyoto worth a morning visit.';
    await tracer.turn('router', async () => ask);
    tracer.handoff({ from: 'router', to: 'guide', content: ask });
    const main = await tracer.turn(
      'guide',
      async () => 'Kinkaku-ji at 9:00, Ryoan-ji at 10:30 and Ninna-ji at 11:45; all open daily.',
      { input: [{ role: 'user', content: ask }] },
    );
    tracer.handoff({ from: 'guide', to: 'router', content: main, kind: 'return' });
    await tracer.turn('router', async () => askTea, { input: [{ role: 'user', content: main }] });
    tracer.handoff({ from: 'router', to: 'tea_host', content: askTea });
    const side = await tracer.turn(
      'tea_host',
      async (turn) => {
        const cut = 'Urasenke Chado Centre runs a ceremony at 14:00 for ¥3,500 per person; book via the';
        turn.recordModelCall({ model: 'm', output: cut, finishReason: 'length' });
        return cut;
      },
      { input: [{ role: 'user', content: askTea }] },
    );
    tracer.handoff({ from: 'tea_host', to: 'router', content: side, kind: 'return' });
    return tracer.turn('router', async () => answer(main, side), {
      input: [{ role: 'user', content: side }],
    });
  });

describe('a router whose last turn takes only the last helper’s return', () => {
  it('does not blame the cut-off helper when the answer is written from the others', async () => {
    const analysis = await network((main) => `Your morning: ${main}`);
    expect(
      analysis.findings.some((f) => f.kind === 'low_quality_output' && f.boundary.from === 'tea_host'),
    ).toBe(true);
    expect(analysis.failure).toBeNull();
  });
  it('blames it when the answer passes its cut-off words on', async () => {
    const analysis = await network((main, extra) => `Your morning: ${main} Tea: ${extra}`);
    expect(analysis.failure).toMatchObject({ kind: 'low_quality_output', boundary: { from: 'tea_host' } });
  });
  it('takes a required helper’s return as the router’s to use', async () => {
    const analysis = await network(
      (main) => `Your morning: ${main}`,
      'Find a tea ceremony in Kyoto bookable for tomorrow.',
    );
    expect(analysis.failure).toMatchObject({ kind: 'low_quality_output', boundary: { from: 'tea_host' } });
  });
});

describe('reaching the final output', () => {
  it('does not blame an optional helper whose refusal the answer never used', async () => {
    const analysis = await coordinate(
      "I'm sorry, but I can't help with that.",
      (main) => `Your morning: ${main}`,
    );
    expect(
      analysis.findings.some((f) => f.kind === 'low_quality_output' && f.boundary.from === 'tea_host'),
    ).toBe(true);
    expect(analysis.failure).toBeNull();
  });

  it('blames the helper whose bad output the answer passed on', async () => {
    const analysis = await coordinate(
      'Error: 503 Service Unavailable from bookings.example',
      (main, extra) => `Your morning: ${main} Tea ceremony: ${extra}`,
    );
    expect(analysis.failure).toMatchObject({ kind: 'low_quality_output', boundary: { from: 'tea_host' } });
  });

  it('follows a reworded use of a helper’s facts', async () => {
    const analysis = await coordinate(
      'Tea ceremony at Camellia Garden, 14:00 tomorrow, 4,500 yen; booked under reference CG-2231 — the only slot left (it is actually for 2023).',
      (main) =>
        `Your morning: ${main} Afternoon: the Camellia Garden ceremony at 14:00 (ref CG-2231, 4,500 yen).`,
    );
    // No fault here: the point is that the reworded facts count as used, so the edge exists.
    expect(analysis.failure).toBeNull();
  });

  it('follows a reworded use of a chatty helper’s facts: its greeting and sign-off are no facts', async () => {
    const body = 'Camellia Garden ceremony, afternoon slot, kimono optional.';
    const chatty = `Happy to take this one!\n\n${body}\n\nLet me know if you need anything else, and feel free to reach out with any questions.`;
    for (const extra of [body, chatty]) {
      const analysis = await coordinate(extra, (main) => `Your morning: ${main} Afternoon: Camellia.`);
      expect(analysis.edges).toContain('tea_host>concierge');
    }
  });

  it('follows a failed helper into an answer that still covers the helper’s part', async () => {
    // The answer speaks of the tea ceremony although the helper only returned an error: the
    // failure shaped that part of the answer (here by glossing over it).
    const analysis = await coordinate(
      'Error: 503 Service Unavailable from bookings.example',
      (main) => `Your morning: ${main} Tea ceremony in Kyoto: none bookable tomorrow.`,
    );
    expect(analysis.edges).toContain('tea_host>concierge');
    expect(analysis.failure).toMatchObject({ boundary: { from: 'tea_host' }, agent: 'tea_host' });
  });

  it('follows a helper cut off mid-item into an answer that fills that item in', async () => {
    const cut = 'Tea ceremonies tomorrow:\n- Camellia Garden: fully booked\n- Kotohira:';
    const filled = await coordinate(
      cut,
      (main) => `Your morning: ${main} Afternoon: tea ceremony at the Kotohira house, 15:00.`,
      true,
    );
    expect(filled.edges).toContain('tea_host>concierge');
    expect(filled.failure).toMatchObject({ kind: 'low_quality_output', agent: 'tea_host' });
    // The answer leaves the cut item alone: the helper's cut-off output went nowhere.
    const left = await coordinate(cut, (main) => `Your morning: ${main}`, true);
    expect(left.failure).toBeNull();
  });

  it('reads the item a helper was cut off in as the words after its last stop, not its whole line', async () => {
    const cut = 'The Kotohira house offers sessions daily. Prices for a private session range between';
    // The answer names the house of the first sentence, not the price the helper was cut off in.
    const left = await coordinate(
      cut,
      (main) => `Your morning: ${main} Kotohira is an option another day.`,
      true,
    );
    expect(left.edges).not.toContain('tea_host>concierge');
    const filled = await coordinate(
      cut,
      (main) => `Your morning: ${main} A private session costs ¥6,000.`,
      true,
    );
    expect(filled.edges).toContain('tea_host>concierge');
  });

  it('does not follow a helper into an answer that says its part was no part of it', async () => {
    const cut = 'Tea ceremonies tomorrow:\n- Camellia Garden: fully booked\n- Kotohira:';
    for (const note of [
      'Tea hosting returned no usable data and was not part of the plan.',
      'The tea host’s list didn’t come through; we planned without it.',
    ]) {
      const left = await coordinate(cut, (main) => `Your morning: ${main}\n${note}`, true);
      expect(left.edges, note).not.toContain('tea_host>concierge');
    }
  });

  it('does not follow a helper into a worker whose brief says to work without its part', async () => {
    const run = (brief: string) =>
      record(async (tracer) => {
        await tracer.turn('router', async () => 'Routing MRQ-66102.');
        tracer.handoff({ from: 'router', to: 'bin_enricher', content: 'Optional: issuer for BIN 414720.' });
        const cut = await tracer.turn('bin_enricher', async (turn) => {
          const text = 'BIN 414720 lookup:\n| field | value |\n|---|---|\n| issuer | ';
          turn.recordModelCall({ model: 'm', output: text, finishReason: 'length' });
          return text;
        });
        tracer.handoff({ from: 'bin_enricher', to: 'router', content: cut });
        await tracer.turn('router', async () => brief);
        tracer.handoff({ from: 'router', to: 'scorer', content: brief });
        const score = await tracer.turn('scorer', async () => 'MRQ-66102 scores 87 (high): AVS no match.', {
          input: [
            { role: 'assistant', content: cut },
            { role: 'user', content: brief },
          ],
        });
        tracer.handoff({ from: 'scorer', to: 'router', content: score });
        return tracer.turn('router', async () => 'MRQ-66102 canceled: fraud score 87.');
      });
    const without = await run('Score MRQ-66102. The BIN details didn’t come through; score without them.');
    expect(without.edges).not.toContain('bin_enricher>scorer');
    expect(without.failure).toBeNull();
  });

  it('does not follow a helper into an answer that names its step only to leave it out', async () => {
    const left = await coordinate(
      'Tea ceremonies tomorrow:\n- Camellia Garden: fully booked\n- Kotohira:',
      (main) => `Your morning: ${main}\nTea hosting: came back incomplete; not needed today, left out.`,
      true,
    );
    expect(left.edges).not.toContain('tea_host>concierge');
    expect(left.failure).toBeNull();
  });

  it('does not follow a helper into an answer that says its part is not to be had', async () => {
    for (const note of [
      'Tea hosting: not available today.',
      'Cérémonie du thé (tea host) : pas disponible demain.',
      'Tee-Zeremonie (tea host): nicht verfügbar.',
    ]) {
      const left = await coordinate(
        'Tea ceremonies tomorrow:\n- Camellia Garden: fully booked\n- Kotohira:',
        (main) => `Your morning: ${main}\n${note}`,
        true,
      );
      expect(left.edges).not.toContain('tea_host>concierge');
      expect(left.failure).toBeNull();
    }
  });

  it('does not follow a helper into an answer that leaves its part out in another language', async () => {
    const cut = 'Tea ceremonies tomorrow:\n- Camellia Garden: fully booked\n- Kotohira:';
    for (const note of [
      'Cerimonia del tè: nessuna proposta concreta ricevuta, non inserita nel programma.',
      'Teezeremonie: kein konkretes Angebot, nicht aufgenommen.',
      'Teeseremonia: ei konkreettista ehdotusta, jätetty pois.',
      // Said it could not be done: that part stays out.
      'Earlier tea bookings we could not look up now; see the house archive.',
      'Eerdere theeceremonies konden we nu niet volledig opzoeken.',
    ]) {
      const left = await coordinate(cut, (main) => `Your morning: ${main}\n${note}`, true);
      expect(left.edges, note).not.toContain('tea_host>concierge');
      expect(left.failure).toBeNull();
    }
    // Said of another part, it leaves this one used.
    const filled = await coordinate(
      cut,
      (main) =>
        `Your morning: ${main} Afternoon: tea ceremony at the Kotohira house, 15:00. Il pranzo non è incluso.`,
      true,
    );
    expect(filled.edges).toContain('tea_host>concierge');
  });

  it('does not follow a helper into an answer that says it is not using that output', async () => {
    const cut = 'Tea ceremonies tomorrow:\n- Camellia Garden: fully booked\n- Kotohira:';
    const dropped = await coordinate(
      cut,
      (main) => `Your morning: ${main}\nTea host output incomplete — not using it, afternoon free.`,
      true,
    );
    expect(dropped.edges).not.toContain('tea_host>concierge');
    expect(dropped.failure).toBeNull();
    const unquoted = await coordinate(
      cut,
      (main) => `Your morning: ${main}\nTea ceremony for tomorrow not quoted (optional, not requested).`,
      true,
    );
    expect(unquoted.edges).not.toContain('tea_host>concierge');
    const notIncluded = await coordinate(
      cut,
      (main) => `Your morning: ${main}
We did not include the tea hosting: its list came back cut off.`,
      true,
    );
    expect(notIncluded.edges).not.toContain('tea_host>concierge');
    const deferred = await coordinate(
      cut,
      (main) =>
        `Your morning: ${main}\nTea host list came back cut off - not needed for this plan, I will rerun it Monday.`,
      true,
    );
    expect(deferred.edges).not.toContain('tea_host>concierge');
    expect(deferred.failure).toBeNull();
  });

  it('follows a reference only the helper gave into an answer that quotes it', async () => {
    const held = 'Camellia Garden: two seats held under ref CG-7741 until noon.';
    const quoted = await coordinate(held, (main) => `Your morning: ${main} Afternoon: tea, ref CG-7741.`);
    expect(quoted.edges).toContain('tea_host>concierge');
    const other = await coordinate(held, (main) => `Your morning: ${main} Afternoon: tea, ref KY-2210.`);
    expect(other.edges).not.toContain('tea_host>concierge');
  });

  it('follows a time of day only the helper gave into an answer that repeats it with its word', async () => {
    const held =
      'Ceremony confirmed at Camellia Garden, kimono fitting booked 13:20, deposit received, seats released otherwise.';
    const used = await coordinate(
      held,
      (main) => `Your morning: ${main} Afternoon: fitting booked 13:20 then tea.`,
    );
    expect(used.edges).toContain('tea_host>concierge');
    // The time alone, in an answer that says nothing else of the helper's, is not enough.
    const alone = await coordinate(held, (main) => `Your morning: ${main} Lunch at 13:20.`);
    expect(alone.edges).not.toContain('tea_host>concierge');
  });

  it('follows a count only the helper gave into an answer that repeats it with its noun', async () => {
    const held = 'Camellia Garden: 3 tatami seats held, ref CG-77.';
    const used = await coordinate(held, (main) => `Your morning: ${main} Afternoon: 3 seats held.`);
    expect(used.edges).toContain('tea_host>concierge');
    const unused = await coordinate(held, (main) => `Your morning: ${main} Afternoon: free.`);
    expect(unused.edges).not.toContain('tea_host>concierge');
  });

  it('follows a helper whose acronym-named job the answer reports on ("WTN lodged")', async () => {
    const run = (answer: string) =>
      record(async (tracer) =>
        tracer.turn(
          'yard_supervisor',
          async () => {
            for (const [worker, brief, reply] of [
              ['weighbridge_clerk', 'CN-44120 at gate 2: gross and tare please.', 'Net 6.84 t.'],
              [
                'compliance_officer',
                'CN-44120: lodge the WTN for the load.',
                'Lodged on the portal, ref 7731.',
              ],
            ] as const) {
              tracer.handoff({ from: 'yard_supervisor', to: worker, content: brief });
              // The worker hands its answer back from its own turn.
              await tracer.turn(
                worker,
                async () => {
                  tracer.handoff({ from: worker, to: 'yard_supervisor', kind: 'return', content: reply });
                  return reply;
                },
                { input: [{ role: 'user', content: brief }] },
              );
            }
            return answer;
          },
          { input: [{ role: 'user', content: 'Process load CN-44120.' }] },
        ),
      );
    expect((await run('CN-44120 in: 6.84 t net, WTN lodged. Booked on line S1.')).edges).toContain(
      'compliance_officer>yard_supervisor',
    );
    expect((await run('CN-44120 in: 6.84 t net. Booked on line S1.')).edges).not.toContain(
      'compliance_officer>yard_supervisor',
    );
  });

  it('does not read the brief a coordinator sent a helper as use of the helper’s answer', async () => {
    const cut = 'Tea ceremonies tomorrow:\n- Camellia Garden: fully booked\n- Kotohira:';
    const brief = 'Find a tea ceremony in Kyoto bookable for tomorrow.';
    const asked = await coordinate(cut, (main) => `Your morning: ${main}`, true, `delegating: ${brief}`);
    expect(asked.edges).not.toContain('tea_host>concierge');
    expect(asked.failure).toBeNull();
  });

  it('does not count a word the cut-off helper was asked about as an item the answer filled in', async () => {
    // "Kyoto" is in the helper's brief: the answer had it from its own request, not from the cut.
    const cut = 'Tea ceremonies tomorrow:\n- Camellia Garden: fully booked\n- also in Kyoto:';
    const echoed = await coordinate(cut, (main) => `Your morning in Kyoto: ${main}`, true);
    expect(echoed.edges).not.toContain('tea_host>concierge');
    expect(echoed.failure).toBeNull();
  });

  it('follows an empty helper into an answer that names its step, and not one that does not', async () => {
    const named = await coordinate('', (main) => `Your morning: ${main} Tea hosting: nothing to add.`);
    expect(named.edges).toContain('tea_host>concierge');
    expect(named.failure).toMatchObject({ kind: 'low_quality_output', agent: 'tea_host' });
    const silent = await coordinate('', (main) => `Your morning: ${main}`);
    expect(silent.edges).not.toContain('tea_host>concierge');
    expect(silent.failure).toBeNull();
  });

  it('follows one specific figure a helper alone gave into the answer, but not a shared year', async () => {
    const figure = await coordinate(
      'Bookable: the Camellia ceremony, deposit 14,500 yen.',
      (main) => `Your morning: ${main} Tea: pay a 14500 yen deposit.`,
    );
    expect(figure.edges).toContain('tea_host>concierge');
    const year = await coordinate(
      'Bookable: the Camellia ceremony, open since 2023.',
      (main) => `Your morning: ${main} (plan for 2023 visitors)`,
    );
    expect(year.edges).not.toContain('tea_host>concierge');
  });

  it('follows a measured value only the helper gave into an answer that rounds it', async () => {
    const rounded = await coordinate(
      'Bookable: the Camellia ceremony, 1.5 km from Ryoan-ji, 14.4 m² tatami room.',
      (main) => `Your morning: ${main} Tea: a ~14 m² tatami room near Ryoan-ji.`,
    );
    expect(rounded.edges).toContain('tea_host>concierge');
    // Another figure of the unit is no rounding of it.
    const other = await coordinate(
      'Bookable: the Camellia ceremony, 14.4 m² tatami room.',
      (main) => `Your morning: ${main} Tea: a 20 m² room elsewhere.`,
    );
    expect(other.edges).not.toContain('tea_host>concierge');
  });

  it('does not follow an optional helper the router heard alone into its next step, said left out or not', async () => {
    // A network router: each of its steps hears only the last result, so the step after the
    // optional helper has that helper as its sole source, though it routes on with other facts.
    const run = (answer: string) =>
      record(async (tracer) => {
        await tracer.turn('dispatch_router', async () => 'Geocode 14 Quay St, then plan the route.');
        tracer.handoff({ from: 'dispatch_router', to: 'geocoder', content: 'Geocode 14 Quay St.' });
        const point = await tracer.turn('geocoder', async () => '14 Quay St: -36.8442, 174.7700 (rooftop).');
        tracer.handoff({ from: 'geocoder', to: 'dispatch_router', content: point });
        await tracer.turn('dispatch_router', async () => 'Optional cross-check next.', {
          input: [{ role: 'user', content: point }],
        });
        tracer.handoff({
          from: 'dispatch_router',
          to: 'backup_geocoder',
          content: 'optional: cross-check 14 Quay St if you can',
        });
        const garbled = await tracer.turn(
          'backup_geocoder',
          async (turn) => {
            const text = 'lat -36.8 / 17 4.7 ?? approx … see map';
            turn.recordModelCall({ model: 'm', output: text, finishReason: 'length' });
            return text;
          },
          { input: [{ role: 'user', content: 'optional: cross-check 14 Quay St if you can' }] },
        );
        tracer.handoff({ from: 'backup_geocoder', to: 'dispatch_router', content: garbled });
        await tracer.turn('dispatch_router', async () => 'Routing next.', {
          input: [{ role: 'user', content: garbled }],
        });
        tracer.handoff({
          from: 'dispatch_router',
          to: 'route_planner',
          content: 'Route the van to -36.8442, 174.7700.',
        });
        const route = await tracer.turn(
          'route_planner',
          async () => 'Depot → Quay St: 6.2 km, 14 min via Fanshawe St.',
          {
            input: [{ role: 'user', content: 'Route the van to -36.8442, 174.7700.' }],
          },
        );
        tracer.handoff({ from: 'route_planner', to: 'dispatch_router', content: route });
        return tracer.turn('dispatch_router', async () => answer, {
          input: [{ role: 'user', content: route }],
        });
      });
    const setAside = await run(
      'Van to -36.8442, 174.7700: 6.2 km, 14 min. (Backup geocode not used, unreadable.)',
    );
    expect(setAside.edges).not.toContain('backup_geocoder>dispatch_router');
    expect(setAside.failure).toBeNull();
    // Without that sentence too: the router heard the first geocoder before, and routes on its
    // figures, so the step that heard only the garbled cross-check is not shown to be shaped by it.
    const silent = await run('Van to -36.8442, 174.7700: 6.2 km, 14 min.');
    expect(silent.edges).not.toContain('backup_geocoder>dispatch_router');
    expect(silent.failure).toBeNull();
  });

  it('follows an empty step whose answer the code never passed on into an answer that names the step', async () => {
    const run = (answer: string) =>
      record(async (tracer) => {
        await tracer.turn('desk_editor', async () => 'Check every figure; test three headlines.');
        tracer.handoff({
          from: 'desk_editor',
          to: 'fact_checker',
          content: 'Check every figure in the explainer.',
        });
        await tracer.turn('fact_checker', async () => '', {
          input: [{ role: 'user', content: 'Check every figure in the explainer.' }],
        });
        return tracer.turn('publishing_editor', async () => answer, {
          input: [{ role: 'user', content: 'Publish the explainer.' }],
        });
      });
    const named = await run('Published at 16:05; the fact check raised no corrections.');
    expect(named.edges).toContain('fact_checker>publishing_editor');
    expect(named.failure).toMatchObject({ kind: 'low_quality_output', agent: 'fact_checker' });
    const silent = await run('Published at 16:05.');
    expect(silent.edges).not.toContain('fact_checker>publishing_editor');
  });
});

describe('a nested team’s worker, named by its path', () => {
  const lead = (said: string) =>
    record(async (tracer) => {
      const task = 'Demux run NVX-0427 with bcl-convert: per-sample reads and Q30 for all 24 libraries.';
      await tracer.turn('core_manager', async () => task);
      tracer.handoff({ from: 'core_manager', to: 'informatics_lead', content: task });
      tracer.handoff({ from: 'informatics_lead', to: 'informatics_lead/demux_engineer', content: task });
      const table = await tracer.turn(
        'informatics_lead/demux_engineer',
        async () => '| HL-01 | 41.2 | 93.1 |\n| HL-02 | 39.8 | 93.4 |',
        { input: [{ role: 'user', content: task }] },
      );
      tracer.handoff({ from: 'informatics_lead/demux_engineer', to: 'informatics_lead', content: table });
      return tracer.turn('informatics_lead', async () => said, {
        input: [
          { role: 'user', content: task },
          { role: 'user', content: table },
        ],
      });
    });
  it('is followed into its lead’s answer that names it by its own role', async () => {
    expect((await lead('Run done, stats below from the demux engineer.')).edges).toContain(
      'informatics_lead/demux_engineer>informatics_lead',
    );
    expect((await lead('Run done; FASTQ in /deliver/haddad.')).edges).not.toContain(
      'informatics_lead/demux_engineer>informatics_lead',
    );
  });
});

describe('a worker named in ASCII for a word its lead writes with umlauts', () => {
  const fan = (summary: string) =>
    record(async (tracer) => {
      await tracer.turn('koordinator', async () => 'Ölanalyse: Nord und Süd.');
      for (const [worker, brief, answer] of [
        ['oel_nord', 'Cluster Nord, 12 Anlagen.', 'Nord: 12 Anlagen, 11 i. O.'],
        ['oel_sued', 'Cluster Süd, 16 Anlagen.', 'Süd, 16 Anlagen: | S-01 | 12 | i. O. |'],
      ] as const) {
        tracer.handoff({ from: 'koordinator', to: worker, content: brief });
        const out = await tracer.turn(worker, async () => answer, {
          input: [{ role: 'user', content: brief }],
        });
        tracer.handoff({ from: worker, to: 'buendler', content: out });
      }
      return tracer.turn('buendler', async () => summary, {
        input: [{ role: 'user', content: 'Nord … Süd …' }],
      });
    });
  it('is followed into an answer that names its part ("Süd" for oel_sued)', async () => {
    expect((await fan('| Nord | 12 | N-07 |\n| Süd | 9 | – |')).edges).toContain('oel_sued>buendler');
  });
  it('is not where the answer names only the other part', async () => {
    expect((await fan('| Nord | 12 | N-07 |')).edges).not.toContain('oel_sued>buendler');
  });
});

describe('a word asked and answered in another form, in a language no stemmer reads', () => {
  const lead = (said: string) =>
    record(async (tracer) => {
      const brief = 'Вінниця → Херсон 08.12: маршрут і пальне, картки 3 × 200 л ДП.';
      await tracer.turn('convoy_coordinator', async () => brief);
      tracer.handoff({ from: 'convoy_coordinator', to: 'transport_lead', content: brief });
      const ask = (to: string, task: string, answer: string) => async () => {
        tracer.handoff({ from: 'transport_lead', to, content: task });
        const result = await tracer.turn(to, async () => answer, {
          input: [{ role: 'user', content: task }],
        });
        tracer.handoff({ from: to, to: 'transport_lead', kind: 'return', content: result });
      };
      await ask('route_planner', 'Маршрут Вінниця → Херсон, блокпости.', 'Маршрут ~610 км, 2 зупинки.')();
      await ask(
        'fuel_buyer',
        'Поповни картки ОККО-4471/4472 по 200 л.',
        'Картки поповнено по 200 л, можна їхати.',
      )();
      return tracer.turn('transport_lead', async () => said, {
        input: [{ role: 'user', content: brief }],
      });
    });
  it('follows the worker whose word, in its answered form, the lead repeats', async () => {
    expect((await lead('Транспорт готовий: маршрут ~610 км, пальне — картки поповнено.')).edges).toContain(
      'fuel_buyer>transport_lead',
    );
    expect((await lead('Транспорт готовий: маршрут ~610 км.')).edges).not.toContain(
      'fuel_buyer>transport_lead',
    );
  });
});

describe('a misread its consumer caught and left out', () => {
  const run = (answer: string) =>
    record(async (tracer) => {
      await tracer.turn(
        'concierge',
        async () => 'Plan 12 March 2027 in Kyoto, with a tea ceremony if possible.',
      );
      const brief = 'Optional: book a tea ceremony in Kyoto for 12 March 2027.';
      tracer.handoff({ from: 'concierge', to: 'tea_host', content: brief });
      const side = await tracer.turn(
        'tea_host',
        async () => 'Booked Camellia tea house for 14 March 2027, 15:00.',
        {
          input: [{ role: 'user', content: brief }],
        },
      );
      tracer.handoff({ from: 'tea_host', to: 'concierge', content: side });
      return tracer.turn('concierge', async () => answer);
    });
  it('stays a warning: the fault did not go on', async () => {
    const caught = await run(
      'Your day, 12 March 2027: Kinkaku-ji at 9:00, Ryoan-ji at 10:30. We did not include the tea ceremony: the booking was for the wrong day.',
    );
    expect(caught.findings.filter((f) => f.kind === 'misunderstood_task' && f.severity === 'error')).toEqual(
      [],
    );
    expect(caught.failure).toBeNull();
  });
  it('is the root cause where the answer used it', async () => {
    const used = await run(
      'Your day, 12 March 2027: Kinkaku-ji at 9:00, then Camellia tea house 14 March 2027, 15:00.',
    );
    expect(used.failure).toMatchObject({ kind: 'misunderstood_task', agent: 'tea_host' });
  });
});

describe('a swallowed tool error its consumer saw through and left out', () => {
  const run = (answer: string) =>
    record(async (tracer) => {
      await tracer.turn(
        'cost_planner',
        async () => 'Week 6 fuel cost for DC-KKN, and today’s pump price if available.',
      );
      const brief = 'Optional: today’s diesel pump price in Khon Kaen, to compare.';
      tracer.handoff({ from: 'cost_planner', to: 'pump_price_checker', content: brief });
      const side = await tracer.turn(
        'pump_price_checker',
        async (turn) => {
          turn
            .startToolCall({ name: 'get_pump_prices', args: { province: 'Khon Kaen' } })
            .end({ error: new Error('HTTP 502 Bad Gateway from the price feed') });
          return 'Diesel pump price, Khon Kaen, 1 Feb 2027: 31.94 THB/litre.';
        },
        { input: [{ role: 'user', content: brief }] },
      );
      const fuel = await tracer.turn(
        'fuel_cost_estimator',
        async () => 'Fuel: 1,080 litres × 30.44 = 32,875.20 THB.',
      );
      tracer.handoff({ from: 'fuel_cost_estimator', to: 'cost_summarizer', content: fuel });
      tracer.handoff({ from: 'pump_price_checker', to: 'cost_summarizer', content: side });
      return tracer.turn('cost_summarizer', async () => answer, {
        input: [
          { role: 'user', content: fuel },
          { role: 'user', content: side },
        ],
      });
    });
  it('stays a warning: the fault did not go on', async () => {
    const caught = await run(
      'Fuel: 1,080 litres × 30.44 THB (contract) = 32,875.20 THB. Pump price not used: the feed failed and the figure given has no source.',
    );
    expect(caught.findings.filter((f) => f.kind === 'agent_error' && f.severity === 'error')).toEqual([]);
    expect(caught.failure).toBeNull();
  });
  it('is the root cause where the answer used it', async () => {
    const used = await run('Fuel: 1,080 litres × 31.94 THB (pump price, 1 Feb 2027) = 34,495.20 THB.');
    expect(used.failure).toMatchObject({ kind: 'agent_error', agent: 'pump_price_checker' });
  });
});

describe('a worker named by its doer word alone', () => {
  /** A lead whose one turn asks a validator and a submitter; `brief` is what it tells the submitter. */
  const batch = (brief: string) =>
    record(async (tracer) =>
      tracer.turn('scrub_lead', async () => {
        tracer.handoff({
          from: 'scrub_lead',
          to: 'coding_validator',
          content: 'Apply the QA edits to batch DB-0305.',
        });
        await tracer.turn(
          'coding_validator',
          async () => 'DB-0305 edited: modifier 25 on all four E/M lines, total $2,331.00.',
        );
        tracer.handoff({ from: 'scrub_lead', to: 'clearinghouse_submitter', content: brief });
        await tracer.turn('clearinghouse_submitter', async () => 'AV-1187: 4/4 accepted, $2,331.00.');
        return 'DB-0305 sent: 4 claims, $2,331.00.';
      }),
    );
  it('reached the lead where its brief to the next names it ("scrubbed per the validator")', async () => {
    expect((await batch('DB-0305 is scrubbed per the validator — submit the 4 claims.')).edges).toContain(
      'coding_validator>scrub_lead',
    );
  });
  it('reads the doer word in either spelling ("optimiser" for roster_optimizer)', async () => {
    const { edges } = await record(async (tracer) =>
      tracer.turn('crew_lead', async () => {
        tracer.handoff({
          from: 'crew_lead',
          to: 'roster_optimizer',
          content: 'Find a reserve captain for NVK 771.',
        });
        await tracer.turn('roster_optimizer', async () => 'Assigned crew 40218 to NVK 771.');
        tracer.handoff({
          from: 'crew_lead',
          to: 'crew_notifier',
          content: 'Call out the captain the optimiser assigned.',
        });
        await tracer.turn('crew_notifier', async () => 'Captain reached, acknowledged report 0450Z.');
        return 'NVK 771 covered, captain called out.';
      }),
    );
    expect(edges).toContain('roster_optimizer>crew_lead');
  });
  it('reads a doer word ending in -ian ("technician reports no issues" for misfire_technician)', async () => {
    const { edges } = await record(async (tracer) =>
      tracer.turn('shotfiring_lead', async () => {
        tracer.handoff({ from: 'shotfiring_lead', to: 'misfire_technician', content: 'Wash out hole 47.' });
        await tracer.turn('misfire_technician', async () => 'PBI-1E-0316 closed: good fragmentation.');
        tracer.handoff({ from: 'shotfiring_lead', to: 'survey_clerk', content: 'Log D-2205.' });
        await tracer.turn('survey_clerk', async () => 'D-2205 logged.');
        return 'Hole 47 handled; technician reports no issues.';
      }),
    );
    expect(edges).toContain('misfire_technician>shotfiring_lead');
  });
  it('did not where nothing names it and only a sibling’s figures went on', async () => {
    expect((await batch('Submit DB-0305, 4 claims.')).edges).not.toContain('coding_validator>scrub_lead');
  });
});

describe('a part briefed as optional that the answer says it could not do', () => {
  const run = (brief: string, answer: string) =>
    record(async (tracer) => {
      await tracer.turn('desk', async () => 'Is a 2.40 m dormer on the back roof permit-free?');
      tracer.handoff({ from: 'desk', to: 'archive_search', content: brief });
      const cut = await tracer.turn(
        'archive_search',
        async (turn) => {
          const text = 'Archive results, 22 Poplar Lane:\n1. 1968 — building permit, file BV-1968-0';
          turn.recordModelCall({ model: 'm', output: text, finishReason: 'length' });
          return text;
        },
        { input: [{ role: 'user', content: brief }] },
      );
      tracer.handoff({ from: 'archive_search', to: 'desk', content: cut });
      // The desk's last turn hears from the cut-off helper alone, as a router's turn does.
      return tracer.turn('desk', async () => answer, { input: [{ role: 'user', content: cut }] });
    });
  const ANSWER =
    'The dormer is permit-free under art. 2.29. Previous permits we could not look up now; ask at the counter.';
  it('is set aside: the cut-off output reached nothing', async () => {
    const left = await run('Optional: earlier permits for 22 Poplar Lane.', ANSWER);
    expect(left.failure).toBeNull();
  });
  it('is followed where the part was not optional', async () => {
    const needed = await run('Earlier permits for 22 Poplar Lane, needed for the answer.', ANSWER);
    expect(needed.failure).toMatchObject({ kind: 'low_quality_output', agent: 'archive_search' });
  });
});

describe('a part briefed as optional, set aside in a script written without spaces', () => {
  const JAPANESE_CUT = '10/17(日)午前の周辺観光候補：\n1. 北向観音（旅館から徒歩';
  const run = (brief: string, answer: string, text = JAPANESE_CUT) =>
    record(async (tracer) => {
      await tracer.turn(
        'ukeire_shiji',
        async () => '10月16日の団体30名の部屋割りと夕食、周辺観光の案内をお願いします。',
      );
      tracer.handoff({ from: 'ukeire_shiji', to: 'kankou_annai', content: brief });
      const cut = await tracer.turn(
        'kankou_annai',
        async (turn) => {
          turn.recordModelCall({ model: 'm', output: text, finishReason: 'length' });
          return text;
        },
        { input: [{ role: 'user', content: brief }] },
      );
      const rooms = await tracer.turn('heya_worker', async () => '男性24名：竹1〜竹6（各4名）。', {
        input: [{ role: 'user', content: '30名の部屋割り。' }],
      });
      tracer.handoff({ from: 'heya_worker', to: 'kaitou_matome', content: rooms });
      tracer.handoff({ from: 'kankou_annai', to: 'kaitou_matome', content: cut });
      return tracer.turn('kaitou_matome', async () => answer, {
        input: [
          { role: 'user', content: rooms },
          { role: 'user', content: cut },
        ],
      });
    });
  const ANSWER =
    'お部屋：竹1〜竹6（各4名様）。ご夕食：信州会席30名様。周辺観光のご案内は任意項目のため、今回は省略し、当日フロントにて観光マップをお渡しします。';
  it('is set aside: the cut-off output reached nothing', async () => {
    for (const brief of [
      '（任意）10/17(日)午前の周辺観光の案内を3件程度。',
      '任意の周辺観光案内を3件程度。',
    ]) {
      const left = await run(brief, ANSWER);
      expect(left.failure, brief).toBeNull();
    }
  });
  it('is set aside in Arabic too ("اختياري:", "غير مشمولة")', async () => {
    const left = await run(
      'اختياري: سعّر جولة زيارات نصف يوم لـ 40 معتمراً.',
      'السكن: زمزم بلازا، 10 غرف رباعية. جولة الزيارات الاختيارية غير مشمولة في هذا العرض؛ سنرسل سعرها منفصلاً.',
      'جولة الزيارات نصف يوم لـ 40 معتمراً: تشمل المرور بمنى وعرفات ثم جبل النور (غار حراء)، مع مرشد. السعر للفرد',
    );
    expect(left.failure).toBeNull();
  });
  it('is set aside in Thai too ("ไม่บังคับ", "ไม่ได้นำมาเทียบ")', async () => {
    const left = await run(
      'ดึงราคาดีเซลหน้าปั๊มจังหวัดขอนแก่นวันนี้ไว้เทียบ (ไม่บังคับ)',
      'น้ำมัน 1,080 ลิตร × 30.44 (ราคาสัญญา) = 32,875.20 บาท\n- ราคาดีเซลหน้าปั๊มขอนแก่นที่ดึงมาอ่านค่าไม่ได้ จึงไม่ได้นำมาเทียบ',
      'ราคาดีเซลหน้าปั๊ม ขอนแก่น 1 ก.พ. 2570: ดีเซล 3l.9? บาท/ลิตร (B7',
    );
    expect(left.failure).toBeNull();
  });
  it('is set aside in Estonian too ("Valikuline:", "ei lisanud")', async () => {
    const cut =
      'Summary for your accountant: the Finnish salary of EUR 14,200 is not pre-filled and must be added in annex 8.1; tax withheld in Finland (EUR 2,8';
    const brief = 'Valikuline: lühike ingliskeelne kokkuvõte Soome palgast ja lisast 8.1.';
    const left = await run(
      brief,
      'Soome palk 14 200 € ei ole eeltäidetud: lisage see lisasse 8.1. Ingliskeelset kokkuvõtet seekord ei lisanud.',
      cut,
    );
    expect(left.failure).toBeNull();
    // Nothing said of it: the part was briefed as a task like any other.
    const silent = await run(
      'Lühike ingliskeelne kokkuvõte Soome palgast ja lisast 8.1.',
      'Soome palk 14 200 € ei ole eeltäidetud: lisage see lisasse 8.1. Finnish salary of EUR 14,200 must be added in annex 8.1; tax withheld in Finland (EUR 2,8',
      cut,
    );
    expect(silent.failure).toMatchObject({ kind: 'low_quality_output', agent: 'kankou_annai' });
  });
  it('is set aside in Polish too ("Opcjonalnie:", "nie została dołączona")', async () => {
    const cut =
      '| apteczka | lek | ilość | cena netto |\n|---|---|---|---|\n| INT-II | Furosemid 20 mg/2 ml | 7 | 0,';
    const left = await run(
      'Opcjonalnie: koszt przeterminowań w apteczkach INT-I, INT-II w I kw. (wartość netto).',
      'Do 30.06.2027: Metoklopramid 10 mg/2 ml (INT-I, 10 amp., 31.05.).\n\n_Analiza kosztów (opcjonalna) nie została dołączona — wynik był niekompletny._',
      cut,
    );
    expect(left.failure).toBeNull();
  });
  it('is followed where the answer fills the part in', async () => {
    const filled = await run(
      '（任意）10/17(日)午前の周辺観光の案内を3件程度。',
      'お部屋：竹1〜竹6。周辺観光：北向観音（旅館から徒歩5分）をご案内します。',
    );
    expect(filled.failure).toMatchObject({ kind: 'low_quality_output', agent: 'kankou_annai' });
  });
});

describe('a worker named in one compound word', () => {
  const line = (answer: string) =>
    record(async (tracer) =>
      tracer.turn('hygiejnekoordinator', async () => {
        tracer.handoff({
          from: 'hygiejnekoordinator',
          to: 'rengoeringsvalidator',
          content: 'Linje 4: tag svabere på de 12 kontaktpunkter.',
        });
        await tracer.turn('rengoeringsvalidator', async () => 'Linje 4: 12/12 punkter under 150 RLU. Klar.');
        tracer.handoff({
          from: 'hygiejnekoordinator',
          to: 'produktionsplanlaegger',
          content: 'Start ordre 21408 kl. 14:00.',
        });
        await tracer.turn('produktionsplanlaegger', async () => 'PO-27-5521 startet kl. 14:00.');
        return answer;
      }),
    );
  it('reached the lead whose answer names both its parts ("Rengøringen er valideret")', async () => {
    expect((await line('PO-27-5521 startet kl. 14:00. Rengøringen er valideret.')).edges).toContain(
      'rengoeringsvalidator>hygiejnekoordinator',
    );
  });
  it('did not, where the answer names only one part', async () => {
    expect((await line('PO-27-5521 startet kl. 14:00 efter rengøringen.')).edges).not.toContain(
      'rengoeringsvalidator>hygiejnekoordinator',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { figurelessAmongSiblings, figurelessOverResult } from './figureless-sibling.ts';
import { figurelessSibling } from './scorers.ts';

const ASK =
  'TSSR: structural capacity for 3 AAU (47 kg each) + 2 RRU, wind load; mains headroom kW; nearest chamber.';

/** A planner briefs three surveyors alike; each answers. The middle one's turn id and the trace. */
async function survey(middle: string) {
  const store = memoryStore();
  const tracer = createTracer({ store, clock: manualClock(), flushOnExit: false });
  const answers: Record<string, string> = {
    surveyor_north: 'LDS-0531: spare 620 kg, wind load OK. Mains headroom 9.5 kW. Nearest chamber 140 m.',
    surveyor_central: middle,
    surveyor_south: 'LDS-0578: spare 210 kg, wind load fails at 18 m. Mains 4.1 kW. Fibre on site, 0 m.',
  };
  const sites: Record<string, string> = {
    surveyor_north: 'LDS-0531',
    surveyor_central: 'LDS-0553',
    surveyor_south: 'LDS-0578',
  };
  await tracer.workflow('wave', async () => {
    await tracer.turn('wave_planner', async () => {
      for (const agent of Object.keys(answers))
        tracer.handoff({ from: 'wave_planner', to: agent, content: `${sites[agent]}. ${ASK}` });
      return 'briefed';
    });
    for (const [agent, answer] of Object.entries(answers)) await tracer.turn(agent, async () => answer);
  });
  await tracer.shutdown();
  const trace = store.traces()[0]!;
  return { trace, turnId: trace.turns.find((t) => t.agent === 'surveyor_central')!.id };
}

describe('a fan-out worker whose answer has no figure where its siblings gave theirs', () => {
  it('is found for a generic paragraph that repeats only the site code', async () => {
    const text =
      'Survey for LDS-0553 carried out. The rooftop is generally suitable, subject to the usual structural and power conditions. No major concerns.';
    const { trace, turnId } = await survey(text);
    expect(figurelessAmongSiblings(trace, turnId, text)).toEqual({
      siblings: ['surveyor_north', 'surveyor_south'],
    });
  });
  it('is nothing for an answer with its own figures, one that found nothing, or one that could not do it', async () => {
    for (const text of [
      'LDS-0553: spare 380 kg, wind load OK. Mains 7.2 kW. Nearest chamber 60 m.',
      'LDS-0553: no structure found on the roof to survey; the landlord has removed the plant room.',
      'Could not get onto the LDS-0553 roof today: the landlord refused access, rebooking for Thursday.',
    ]) {
      const { trace, turnId } = await survey(text);
      expect(figurelessAmongSiblings(trace, turnId, text), text).toBeUndefined();
    }
  });
});

describe('figurelessOverResult', () => {
  const BRIEF =
    'Q4/2026: gemessene vs. garantierte Kurve je Anlage, Fehlmenge in MWh, nur Anlagen unter 95 %.';
  const RESULT =
    '{"anlagen": {"V1": 98.2, "V3": 93.1, "V6": 91.7}, "fehlmenge_mwh": {"V3": 212.4, "V6": 318.9}}';
  it('catches an answer with no figure where the task asked for figures in a unit and the tool gave them', () => {
    expect(
      figurelessOverResult(
        BRIEF,
        [RESULT],
        'Analyse abgeschlossen. Es gibt Abweichungen von der Garantiekurve.',
      ),
    ).toEqual({
      unit: 'MWh',
    });
  });
  it('lets an answer with its figures, one that found nothing, or a task asking no unit stand', () => {
    expect(
      figurelessOverResult(BRIEF, [RESULT], 'V3 93,1 % (212,4 MWh), V6 91,7 % (318,9 MWh).'),
    ).toBeUndefined();
    expect(
      figurelessOverResult(BRIEF, [RESULT], 'Keine Anlage unter 95 %, nichts zu fordern.'),
    ).toBeUndefined();
    expect(
      figurelessOverResult(
        'Check the curves and say whether to claim.',
        [RESULT],
        'Yes, claim: deviations found.',
      ),
    ).toBeUndefined();
  });
});

describe('the figureless scorer of a lead whose worker handed figures back', () => {
  const BRIEF = 'Q1 2027 tankvaart (3 schepen): reizen, tonnen (m³ en t), sluispassages.';
  const BACK = 'Tank Q1 2027: 38 reizen, 71.450 m³ = 62.890 t, 97 sluispassages.';
  const score = (output: string) => {
    const turn = {
      id: 'lead',
      agent: 'tank_lead',
      toolCalls: [{ name: 'reizen_teller', args: { task: 'tel' }, result: BACK }],
    };
    const handoffs = [
      { id: 'h1', kind: 'delegation', from: 'rapporteur', to: 'tank_lead', toTurnId: 'lead', content: BRIEF },
      { id: 'h2', kind: 'return', from: 'reizen_teller', to: 'tank_lead', toTurnId: 'lead', content: BACK },
    ];
    return figurelessSibling({
      output,
      turn,
      task: `${BRIEF}\n${BACK}`,
      trace: { turns: [turn], handoffs },
      passedTo: [],
    } as never);
  };
  it('reads its brief without the hand-back: figures handed back and passed on are its figures', () => {
    expect(score('Tankvaart Q1 2027: 38 reizen, 71.450 m³ (62.890 t), 97 sluispassages.')).toBeUndefined();
    expect(score('Tankvaart Q1 2027 is geteld en doorgegeven aan de directie, alles in orde.')).toMatchObject(
      {
        value: 0.2,
      },
    );
  });
});

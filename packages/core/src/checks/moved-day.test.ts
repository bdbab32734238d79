import { describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { movedTo } from './moved-day.ts';

const REQUEST =
  'We have signed for the Parliamentary Papers database from 1 January 2027. Confirm the licence and set up off-campus access from that date.';
const MOVED =
  'Licence LIC-27-0042, 3 years. Note: amendment A1 moved the start to **1 February 2027** (platform migration); access before then is not licensed.';

/** A worker reports back to its lead (`reporter` → `lead`), who then briefs `receiver`. */
async function relay(
  [reporter, lead, receiver]: readonly [string, string, string],
  request: string,
  reported: string,
  brief: string,
) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('relay', async () => {
    await tracer.turn(reporter, async () => reported, { input: [{ role: 'user', content: request }] });
    tracer.handoff({ from: reporter, to: lead, content: reported, kind: 'return' });
    clock.advance(1_000);
    await tracer.turn(lead, async () => brief, {
      input: [
        { role: 'user', content: request },
        { role: 'user', content: reported },
      ],
    });
    tracer.handoff({ from: lead, to: receiver, content: brief });
    clock.advance(1_000);
    return tracer.turn(receiver, async () => 'Done.', { input: [{ role: 'user', content: brief }] });
  });
  await tracer.flush();
  return analyze(store.traces()[0]!);
}

/** Licensing reports back to the director, who then briefs access services. */
const run = (brief: string, reported = MOVED) =>
  relay(['licensing', 'director', 'access'], REQUEST, reported, brief);

describe('a day the request set that a message says was moved', () => {
  it('reads the one day a change went to', () => {
    expect(movedTo(MOVED, '2027-01-01')?.day).toBe('2027-02-01');
    // The verb last, as in German: the day after "auf".
    expect(movedTo('Der Termin wurde auf Fr 19.03.2027, 09:00 verlegt.', '2027-03-18')?.day).toBe(
      '2027-03-19',
    );
    expect(movedTo('Der Termin vom 18.03.2027 wurde verlegt.', '2027-03-20')).toBeUndefined();
    expect(movedTo('Die Abnahme wurde verschoben auf Freitag, 22.01.2027.', '2027-01-20')?.day).toBe(
      '2027-01-22',
    );
    // A change and a day that is no destination of it: "changed; … due 15 January 2027".
    expect(
      movedTo('The invoice run changed; the invoice is due 15 January 2027.', '2027-01-01'),
    ).toBeUndefined();
  });
  it('is stale context where the agent told of the move briefs the old day', async () => {
    const analysis = await run(
      'Set up off-campus access from 1 January 2027: OpenAthens resource and A–Z entry.',
    );
    expect(analysis.failure).toMatchObject({
      kind: 'stale_context',
      boundary: { from: 'director', to: 'access' },
      agent: 'director',
    });
  });
  it('is quiet where the brief gives the new day, names the old one as old, or nothing moved', async () => {
    for (const brief of [
      'Set up off-campus access from 1 February 2027: OpenAthens resource and A–Z entry.',
      'Set up access for 1 February 2027, originally 1 January 2027.',
    ]) {
      const analysis = await run(brief);
      expect(analysis.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
    }
    const kept = await run(
      'Set up off-campus access from 1 January 2027.',
      'Licence LIC-27-0042 confirmed, 3 years, renewal notice due by 1 October 2029.',
    );
    expect(kept.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
  });
});

describe('a day a message says was moved away from, where the request names none', () => {
  const ASK = 'Merd 4 på Storskjær skal slaktes i juni 2027. Bekreft slaktedato og bestill brønnbåt.';
  const TOLD =
    'Avtale SL-2027-0388: Slaktedato er flyttet til **16. juni 2027** (var 9. juni, endret 27. mai pga. linjestans).';
  /** The slaughterhouse contact reports back; the lead then briefs logistics. */
  const brief = (text: string) =>
    relay(['slakterikontakt', 'produksjonsleder', 'logistikk'], ASK, TOLD, text);
  it('is stale context where the brief names the old day and not the new', async () => {
    expect((await brief('Bestill brønnbåt, levering Mowi Ulvan 9. juni 2027.')).failure).toMatchObject({
      kind: 'stale_context',
      boundary: { from: 'produksjonsleder', to: 'logistikk' },
      agent: 'produksjonsleder',
    });
  });
  it('is nothing where the brief names the new day, or a day the message did not move', async () => {
    expect((await brief('Bestill brønnbåt, levering Mowi Ulvan 16. juni 2027.')).failure).toBeNull();
    expect((await brief('Bestill brønnbåt, levering Mowi Ulvan 12. juni 2027.')).failure).toBeNull();
  });
});

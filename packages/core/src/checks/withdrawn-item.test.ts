import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';
import { argsUseWithdrawn, removalTargets, usesWithdrawn, withdrawalsOf } from './withdrawn-item.ts';

const STATUS =
  'Lane status 12:05: L7 back in service (WO-3318 closed 11:42, 30 racks clean). L9 OUT till Tue 15/12, sweep motor (WO-3321). Others green.';

/** Mechanic → booker: the booker holds `lanes` for the party after the mechanic's status. */
const booking = (lanes: number[], status = STATUS, args: Record<string, unknown> = {}) =>
  recordedFailure(async (tracer, clock) => {
    const posted = await tracer.turn('lane_mechanic', async () => status, {
      input: [{ role: 'user', content: 'Post the lane status.' }],
    });
    tracer.handoff({ from: 'lane_mechanic', to: 'lane_booker', content: posted });
    clock.advance(10);
    const request =
      'Party BK-55102 Sat 14:00-16:00, 2 lanes side by side. Desk note 08:15: avoid 6/7/8, go 9+10.';
    return tracer.turn(
      'lane_booker',
      async (turn) => {
        turn.startToolCall({ name: 'hold_lanes', args: { booking: 'BK-55102', lanes, ...args } }).end({
          result: `HOLD H-88412: lanes ${lanes.join('+')}, 14:00-16:00.`,
        });
        return `BK-55102 held on lanes ${lanes.join(' & ')}, 14:00-16:00.`;
      },
      { input: [{ role: 'user', content: `${posted}\n\n${request}` }] },
    );
  });

describe('an item a message takes out of use', () => {
  it('is stale context of the agent that acts on it after it was told', async () => {
    expect(await booking([9, 10])).toBe('stale_context lane_mechanic → lane_booker (lane_booker)');
  });
  it('is nothing when the agent uses another, keeps it off, or the item is back in service', async () => {
    expect(await booking([10, 11])).toBeNull();
    expect(await booking([10, 11], STATUS, { exclude_lanes: [9] })).toBeNull();
    expect(
      await booking(
        [9, 10],
        'Lane status 12:05: L9 back in service after the sweep motor swap. Others green.',
      ),
    ).toBeNull();
  });
  it('reads a withdrawal a coordinator puts in its brief, though its own answer says something else', async () => {
    const run = (lanes: number[]) =>
      recordedFailure(async (tracer, clock) => {
        await tracer.turn('duty_manager', async () => {
          tracer.handoff({
            from: 'duty_manager',
            to: 'lane_booker',
            content: `Party BK-55102 Sat 14:00. ${STATUS}`,
          });
          clock.advance(10);
          await tracer.turn(
            'lane_booker',
            async (turn) => {
              turn.startToolCall({ name: 'hold_lanes', args: { lanes } }).end({ result: 'HOLD H-88412.' });
              return `Held lanes ${lanes.join(' & ')}.`;
            },
            { input: [{ role: 'user', content: `Party BK-55102 Sat 14:00. ${STATUS}` }] },
          );
          return 'Party booked.';
        });
      });
    expect(await run([9, 10])).toBe('stale_context duty_manager → lane_booker (lane_booker)');
    expect(await run([10, 11])).toBeNull();
  });
  it('reads the forms a withdrawal takes, and not a closed work order, a count or prose', () => {
    const keys = (text: string) => withdrawalsOf(text).flatMap((w) => w.keys);
    expect(keys(STATUS)).toEqual(['l9']);
    expect(keys('PAYEE: statement details 40-12-76/31557802 are no longer valid (closed 27/01).')).toEqual([
      '40-12-76',
      '31557802',
    ]);
    expect(keys('Bar 23 is now 150 kg max. The chandelier can’t go on 23, bar 24 is free.')).toEqual(['b23']);
    expect(keys('Pump P4 out of service since 06:10; P5 running.')).toEqual(['p4']);
    // The word describing a thing of its own ("an invalid string"), not the items before it.
    expect(keys('Add tests for "2h", "45m" and an invalid string.')).toEqual([]);
    expect(keys('Lanes L9 and L4 are invalid now.')).toEqual(['l9', 'l4']);
    expect(keys('Heads up: AB-114 is gone, removed Feb under RJ-4410; isolate at RMU-7.')).toEqual([
      'ab-114',
    ]);
    expect(keys('Wind 230/12, so NOT 06 — we launch on runway 24 today.')).toEqual(['r6']);
    expect(keys('Not 2 of them but all boxes 1 to 3.')).toEqual([]);
    expect(keys('WO-3318 closed 11:42. Tickets sold out for Sat 13 Mar. Seats down to 118.')).toEqual([]);
    // An identifier that starts with OUT (an outage number) takes nothing out.
    expect(keys('Patrol circuit OR-3 for OUT-27-120377, give cause and first ETR.')).toEqual([]);
    expect(keys('Circuit OR-3 OUT till 18:00, patrol OR-4.')).toEqual(['or-3']);
    // A host named with its domain, in bold.
    expect(keys('⚠️ **pg-replica-03.eu.internal no longer exists** — now pg-replica-07.eu.internal.')).toEqual(
      ['pg-replica-03'],
    );
    expect(
      keys('pg-replica-03.eu.internal, the reporting replica, is healthy; nothing no longer exists.'),
    ).toEqual([]);
    // In other languages; a cancelled item only where another of its kind takes its place.
    expect(keys('La réservation de la B204 a été annulée ; les oraux passent en A110.')).toEqual(['b204']);
    expect(keys('Order ORD-7731 cancelled at the customer’s request; refund due.')).toEqual([]);
    expect(keys('Bus 12 gesperrt, Bremsen in der Werkstatt.')).toEqual(['b12']);
    // Closed, where another of its kind is named to take its place; a closed work order alone is no withdrawal.
    expect(keys('**Rampa R-4 cerrada** desde 14:10. Desvío por **R-6**: ciclo 44 min.')).toEqual(['r4']);
    expect(keys('Orden OT-3318 cerrada a las 11:42, sin pendientes.')).toEqual([]);
    // A closed record is done, not out of use, though another of its kind is named.
    expect(keys('Orden TL-77124 cerrada. TL-77125 abierta para el cambio de frenos.')).toEqual([]);
    expect(keys('Strada SP-12 chiusa per frana, deviazione sulla SP-14.')).toEqual(['sp-12']);
    // An aircraft on ground ("AOG", in capitals), not the word in prose.
    expect(keys('Now a B787-9 (JA874H); the B777F JA77HZ is AOG at ANC since 09:42.')).toEqual([
      'b777f',
      'ja77hz',
    ]);
    expect(keys('Catalogue ref AOG-kit 4410 reordered; JA77HZ flies as planned.')).toEqual([]);
  });
  it('reads a quarantined or recalled lot, and only the list the words are about', () => {
    const keys = (text: string) => withdrawalsOf(text).flatMap((w) => w.keys);
    // The depot named first in the clause is not quarantined; the lot is.
    expect(
      keys('BR-SP-01 at 10/03 09:40: **KT-2207 is quarantined** (excursion 04/03). Ship KT-2231.'),
    ).toEqual(['kt-2207']);
    expect(keys('Lots LT-0412 and LT-0413 recalled by the maker; use LT-0420.')).toEqual([
      'lt-0412',
      'lt-0413',
    ]);
    // Back from quarantine, or a quarantine that is someone else's rule: nothing taken out.
    expect(keys('KT-2207 released from quarantine on 06/03 after QA review; ship 40.')).toEqual([]);
    expect(keys('KT-2207 must be quarantined if the logger shows an excursion.')).toEqual([]);
  });
  it('reads a use in a text or in a call, and not a mention that keeps it off', () => {
    const [w] = withdrawalsOf('L9 OUT till Tue 15/12, sweep motor.');
    expect(usesWithdrawn('Held lanes 9 & 10 for the party.', w!)).toBe('Held lanes 9 & 10 for the party.');
    expect(usesWithdrawn('Held lanes 10 & 11; lane 9 is out.', w!)).toBeUndefined();
    expect(usesWithdrawn('Held lanes 10 & 11 instead of lane 9.', w!)).toBeUndefined();
    expect(usesWithdrawn('Held lanes 10 & 11, L9 not used.', w!)).toBeUndefined();
    expect(usesWithdrawn('Desk says L9 failed, so parties that use L9 move to 11.', w!)).toBeUndefined();
    expect(argsUseWithdrawn({ lanes: [9, 10] }, w!)).toBe('lanes: 9');
    expect(argsUseWithdrawn({ lanes: [10, 11], avoid_lanes: [9] }, w!)).toBeUndefined();
    expect(argsUseWithdrawn({ lanes: [10, 11], note: 'L9 excluded, sweep motor' }, w!)).toBeUndefined();
    expect(argsUseWithdrawn({ note: 'party on L9 and L10' }, w!)).toBe('note: party on L9 and L10');
    const [account] = withdrawalsOf('Account 40-12-76 / 31557802 no longer valid; pay 20-98-61 / 70442319.');
    expect(argsUseWithdrawn({ sort_code: '40-12-76', account: '31557802' }, account!)).toBe(
      'sort_code: 40-12-76',
    );
    expect(argsUseWithdrawn({ sort_code: '20-98-61', account: '70442319' }, account!)).toBeUndefined();
  });
  it('reads no withdrawal from a rule about when an item may be down', () => {
    expect(withdrawalsOf('00:00–01:00 is the handover: nothing on KNT-0412 may be down then.')).toEqual([]);
    expect(withdrawalsOf('Site KNT-0412 is down since 02:10, node KNT-0415 carries it.')).not.toEqual([]);
  });
  it('reads no use in a mention that gives it as the first choice, since corrected', () => {
    const [w] = withdrawalsOf('Final choice: lane 12 (lane 9 was withdrawn).');
    expect(w).toBeDefined();
    expect(
      usesWithdrawn('Book lane 12 (customer first said lane 9, then corrected to 12).', w!),
    ).toBeUndefined();
    expect(usesWithdrawn('Book lane 12; lane 9, later changed by the customer.', w!)).toBeUndefined();
    expect(usesWithdrawn('Book lane 9 as the customer first asked.', w!)).toBe(
      'Book lane 9 as the customer first asked.',
    );
  });
});

describe('items a request asks to have taken out, and words that only sound like a withdrawal', () => {
  it('reads the items of the removal’s own clause', () => {
    expect([...removalTargets('Fell ash T1 and T2 (dieback) and crown-reduce oak T3 by 2 m.')]).toEqual([
      't1',
      't2',
    ]);
    expect([...removalTargets('Crown-reduce oak T3 by 2 m.')]).toEqual([]);
  });
  it('reads "gone to" someone as handed on, and a felled item as taken out', () => {
    expect(withdrawalsOf('Bat PRA on T1 has gone to Rosa (ecologist); go ahead.')).toEqual([]);
    expect(withdrawalsOf('Pump P4 is gone; use P5.').map((w) => w.keys)).toEqual([['p4']]);
    const [down] = withdrawalsOf('T1 + T2 down, lane open 14:20.');
    expect(usesWithdrawn('T1/T2 felled, chip taken away.', down!)).toBeUndefined();
  });
  it('is no stale context when the work done was the removal the request asked for', async () => {
    const felled = (request: string) =>
      recordedFailure(async (tracer, clock) => {
        const done = await tracer.turn('climber', async () => 'T1 + T2 down, lane open 14:20.', {
          input: [{ role: 'user', content: request }],
        });
        tracer.handoff({ from: 'climber', to: 'ops_lead', content: done });
        clock.advance(10);
        const report = 'Mill Lane: T1 chipped on site, T2 logs stacked for the owner.';
        const answer = await tracer.turn('ops_lead', async () => report, {
          input: [{ role: 'user', content: done }],
        });
        tracer.handoff({ from: 'ops_lead', to: 'contracts', content: answer });
        clock.advance(10);
        return tracer.turn('contracts', async () => 'Invoiced INV-3391.', {
          input: [{ role: 'user', content: answer }],
        });
      });
    expect(await felled('Fell ash T1 and T2 over the lane, Mon 8 Mar.')).toBeNull();
    // A step of the line that answers with the item read it stale where the news came to it.
    expect(await felled('Survey ash T1 and T2 over the lane, Mon 8 Mar.')).toBe(
      'stale_context climber → ops_lead (ops_lead)',
    );
  });
});

describe('a named item taken out of use in a script written without spaces', () => {
  const note = '※ご依頼の「港北第2倉庫」は3/1で閉鎖しました。以後は「川崎物流センター」へお願いします。';
  it('is the quoted name the closing words follow, used again without its quotes', () => {
    const [w] = withdrawalsOf(note);
    expect(w?.keys).toEqual(['q:港北第2倉庫']);
    expect(argsUseWithdrawn({ destination: '港北第2倉庫（横浜市港北区）', pallets: 8 }, w!)).toContain(
      '港北第2倉庫',
    );
    expect(argsUseWithdrawn({ destination: '川崎物流センター', pallets: 8 }, w!)).toBeUndefined();
  });
  it('is nothing where the name is open, or the closing words are about another place', () => {
    expect(withdrawalsOf('「港北第2倉庫」は通常どおり営業しています。')).toEqual([]);
    expect(withdrawalsOf('「港北第2倉庫」へ納品は午前中。川崎の旧倉庫は閉鎖しました。')).toEqual([]);
  });
  it('reads a store closed for good, not closing time', () => {
    expect(withdrawalsOf('店舗 S-2650 は3/1で閉店しました。')).not.toEqual([]);
    expect(withdrawalsOf('S-2650 デザート：3/20 閉店までに期限を迎える品目と推奨値引き率。')).toEqual([]);
    expect(withdrawalsOf('S-2650：閉店時に廃棄する品目を数えてください。')).toEqual([]);
  });
});

describe('a build number taken out of use', () => {
  const keys = (text: string) => withdrawalsOf(text).map((w) => w.keys.join(','));
  it('is read in its dotted parts, with a fix that lives elsewhere', () => {
    expect(
      keys('Approved: **9.3.1.4426**. Build 9.3.1.4418 is revoked — DX11 login crash, fixed in 4426.'),
    ).toEqual(['9.3.1.4418']);
  });
  it('is not read from a day, or from a build said to be fixed', () => {
    expect(keys('The 15.03.2027 slot is revoked.')).toEqual([]);
    expect(keys('Build 9.3.1.4418 was revoked yesterday and is fixed now.')).toEqual([]);
  });
});

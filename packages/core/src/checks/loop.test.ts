import { describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { failureSummary } from '../testing/failure-summary.ts';
import { manualClock } from '../testing/manual-clock.ts';

const ASK = 'Check the customs status of container MSCU 481230-7 in Rotterdam.';
const STATUS = 'MSCU 481230-7 was released by customs on 18 March at 14:12, gate-out booked for 19 March.';

/** A coordinator that asks its tracker the same question `times` times, every turn in one millisecond. */
async function askAgain(
  times: number,
  asks: (i: number) => string = () => ASK,
  answers: (i: number) => string = () => STATUS,
) {
  const store = memoryStore();
  const tracer = createTracer({ store, clock: manualClock(), flushOnExit: false });
  await tracer.workflow('container', () =>
    tracer.turn('ops_coordinator', async () => {
      for (let i = 0; i < times; i++) {
        tracer.handoff({
          from: 'ops_coordinator',
          to: 'tracking_agent',
          kind: 'delegation',
          content: asks(i),
        });
        // The answer goes back from the tracker's own turn, as the adapters record it.
        await tracer.turn('tracking_agent', async () => {
          tracer.handoff({
            from: 'tracking_agent',
            to: 'ops_coordinator',
            kind: 'return',
            content: answers(i),
          });
          return answers(i);
        });
      }
      return STATUS;
    }),
  );
  await tracer.shutdown();
  return failureSummary((await analyze(store.traces()[0]!)).failure);
}

describe('handoff loops', () => {
  it('blame the coordinator that delegates the same question again, within one millisecond too', async () => {
    expect(await askAgain(5)).toBe('handoff_loop ops_coordinator → tracking_agent (ops_coordinator)');
  });
  it('blame the coordinator that asks a third time after the same answer twice', async () => {
    expect(await askAgain(3)).toBe('handoff_loop ops_coordinator → tracking_agent (ops_coordinator)');
  });
  it('are no loop when the same ask is retried once, or polled until the answer changes', async () => {
    expect(await askAgain(2)).toBeNull();
    const pending = 'MSCU 481230-7: customs hold, documents under review, no release yet.';
    expect(await askAgain(3, undefined, (i) => (i < 2 ? pending : STATUS))).toBeNull();
  });
  it('are no loop when each delegation asks something new', async () => {
    const containers = ['MSCU 481230-7', 'TGHU 220931-4', 'MAEU 771204-2', 'CMAU 903311-8', 'OOLU 118274-5'];
    expect(
      await askAgain(
        5,
        (i) => `Check the customs status of container ${containers[i]} at berth ${i + 3}.`,
        (i) => `${containers[i]} cleared by customs, gate-out slot ${i + 7} booked.`,
      ),
    ).toBeNull();
  });
});

describe('an answer repeated to requests that take it up', () => {
  const PLAN = 'Plan P-7: 30 pallets on trucks T1–T3, 10 pallets per truck, departing 06:00 from dock 4.';
  const feedback = [
    'Route 30 pallets from dock 4 for the 06:00 departure.',
    'Your plan puts 10 pallets per truck on T1–T3, over the 8-pallet axle limit. Re-plan with at most 8 per truck.',
    'Still 10 pallets per truck on T1–T3. Use four trucks, T1–T4, with 8 or fewer each.',
  ];
  it('is a loop of the agent that keeps answering the same', async () => {
    expect(
      await askAgain(
        3,
        (i) => feedback[i]!,
        () => PLAN,
      ),
    ).toBe('handoff_loop tracking_agent → ops_coordinator (tracking_agent)');
  });
  it('is no loop when the answer changes, when the asks are new work, or the answer is a short "none"', async () => {
    const fixed = 'Plan P-8: 30 pallets on trucks T1–T4, 8/8/7/7 per truck, departing 06:00 from dock 4.';
    expect(
      await askAgain(
        3,
        (i) => feedback[i]!,
        (i) => (i < 2 ? PLAN : fixed),
      ),
    ).toBeNull();
    const docks = ['dock 4', 'dock 6', 'dock 9'];
    expect(
      await askAgain(
        3,
        (i) => `Route 30 pallets from ${docks[i]} for the 06:00 departure.`,
        () => PLAN,
      ),
    ).toBeNull();
    expect(
      await askAgain(
        3,
        (i) => feedback[i]!,
        () => 'No plan found.',
      ),
    ).toBeNull();
  });
});

/** A revise loop as a pipeline records it: the draft comes first, each review answers the last draft. */
async function reviseLoop(drafts: string[], reviews: string[]) {
  return failureSummary((await reviseAnalysis(drafts, reviews)).failure);
}

async function reviseAnalysis(drafts: string[], reviews: string[]) {
  const store = memoryStore();
  const tracer = createTracer({ store, clock: manualClock(), flushOnExit: false });
  await tracer.workflow('dispatch', async () => {
    for (let i = 0; i < drafts.length; i++) {
      await tracer.turn('load_planner', async () => {
        tracer.handoff({ from: 'load_planner', to: 'load_reviewer', kind: 'edge', content: drafts[i]! });
        return drafts[i]!;
      });
      await tracer.turn('load_reviewer', async () => {
        const last = i === drafts.length - 1;
        tracer.handoff({
          from: 'load_reviewer',
          to: last ? 'dispatcher' : 'load_planner',
          kind: 'edge',
          content: reviews[i]!,
        });
        return reviews[i]!;
      });
    }
    await tracer.turn('dispatcher', async () => 'Dispatch held until the plan is approved.');
  });
  await tracer.shutdown();
  return analyze(store.traces()[0]!);
}

describe('a draft sent again unchanged after each review (a pipeline revise loop)', () => {
  const PLAN = 'Plan P-7: 30 pallets on trucks T1–T3, 10 pallets per truck, departing 06:00 from dock 4.';
  const reviews = [
    'REVISE: 10 pallets per truck on T1–T3 is over the 8-pallet axle limit. Use four trucks.',
    'REVISE: still 10 pallets per truck on T1–T3, same as before. At most 8 per truck.',
    'REVISE: third plan with 10 pallets per truck; not approving, escalating to the shift lead.',
  ];
  it('is a loop of the planner, at its first boundary with the reviewer', async () => {
    expect(await reviseLoop([PLAN, PLAN, PLAN], reviews)).toBe(
      'handoff_loop load_planner → load_reviewer (load_planner)',
    );
  });
  it('is a loop when the resent draft only gains a new label and a claim of its own', async () => {
    const relabelled = (rev: string) =>
      `${PLAN.replace('Plan P-7', `Plan P-7 rev ${rev}`)} Load checked against the depot sheet.`;
    expect(await reviseLoop([PLAN, relabelled('B'), relabelled('C')], reviews)).toBe(
      'handoff_loop load_planner → load_reviewer (load_planner)',
    );
  });
  it('reads feedback that names the draft’s words in other forms ("per-truck", "pallet")', async () => {
    const reworded = [
      'REVISE: per-truck load over the axle limit on T1–T3.',
      'REVISE: still over the limit, per-truck pallet count unchanged on T1–T3.',
      'REVISE: not approving.',
    ];
    expect(await reviseLoop([PLAN, PLAN, PLAN], reworded)).toBe(
      'handoff_loop load_planner → load_reviewer (load_planner)',
    );
  });
  it('is no loop when each draft adds what the review asked for and keeps the rest', async () => {
    const asks = [
      'REVISE: Plan P-7 needs the axle limit of 8 pallets per truck stated for T1–T3.',
      'REVISE: Plan P-7 also needs the driver rest break at Lyon stated.',
      'APPROVED',
    ];
    const first = `${PLAN} Axle limit: 8 pallets per truck on T1–T3, so the 10 go as 8 plus 2 on a fourth truck.`;
    const second = `${first} Driver rest break at Lyon, 45 minutes.`;
    expect(await reviseLoop([PLAN, first, second], asks)).toBeNull();
  });
  it('is no loop when the draft takes the review up, or the reviews are new asks', async () => {
    const fixed = 'Plan P-8: 30 pallets on trucks T1–T4, 8/8/7/7 per truck, departing 06:00 from dock 4.';
    expect(await reviseLoop([PLAN, fixed], ['REVISE: over the 8-pallet axle limit.', 'APPROVED'])).toBeNull();
    const docks = ['Also book a slot at dock 6.', 'Also book a slot at dock 9.', 'APPROVED, dispatch it.'];
    expect(await reviseLoop([PLAN, PLAN, PLAN], docks)).toBeNull();
  });
});

describe('a draft sent again unchanged after each review, in a script written without spaces', () => {
  const PLAN =
    '部屋割り案（GRP-2709-0812、9/18）\n| 本館 305 | 2 | 木下様・付き添い |\n| 本館 306 | 4 | |\n計2室・6名';
  const reviews = [
    '差し戻し：本館305は入口に段差があり、車いす不可です。木下様は別館UR-1にしてください。',
    '差し戻し：木下様がまだ本館305のままです。別館UR-1へ変更してください。',
    '差し戻し：305のままです。UR-1（別館1階）に移してください。',
  ];
  it('is a loop of the planner, at its first boundary with the reviewer', async () => {
    expect(await reviseLoop([PLAN, PLAN, PLAN], reviews)).toBe(
      'handoff_loop load_planner → load_reviewer (load_planner)',
    );
  });
  it('is no loop when the draft takes the review up', async () => {
    const moved = PLAN.replace('本館 305', '別館 UR-1');
    expect(await reviseLoop([PLAN, moved], [reviews[0]!, '承認：別館UR-1で問題ありません。'])).toBeNull();
  });
});

describe('drafts reworded each round that keep what every review points at', () => {
  const reviews = [
    'DA RIVEDERE: giorno 3 Sorrento → Lecce 6 h 50 di pullman, oltre il massimo di 6 ore.',
    'DA RIVEDERE: il giorno 3 è ancora 460 km / 6 h 50 in una giornata.',
    'DA RIVEDERE: la bozza 3 mantiene 6 h 50 di pullman. Non approvabile.',
  ];
  const drafts = [
    'Itinerario SUD-0503, bozza 1\n| giorno | tratta | km | guida |\n|---|---|---|---|\n| 3 | Sorrento → Lecce | 460 | 6 h 50 |',
    'Itinerario SUD-0503, bozza 2 (rivista)\n| giorno | tratta | km | guida |\n|---|---|---|---|\n| 3 | Sorrento → Matera → Lecce | 460 | 6 h 50 |',
    'Itinerario SUD-0503, bozza 3\nGiorno 3: partenza alle 6:30 da Sorrento, sosta a Matera, arrivo a Lecce — 460 km, 6 h 50 di viaggio.',
  ];
  it('is a loop of the drafter, at its first boundary with the reviewer', async () => {
    expect(await reviseLoop(drafts, reviews)).toBe(
      'handoff_loop load_planner → load_reviewer (load_planner)',
    );
  });
  it('is no loop where a draft drops what the review pointed at, or the reviews never say it is still there', async () => {
    const fixed = [drafts[0]!, drafts[1]!, drafts[2]!.replace('460 km, 6 h 50', '310 km, 4 h 40')];
    expect(await reviseLoop(fixed, [...reviews.slice(0, 2), 'APPROVATO'])).toBeNull();
    const fresh = [
      'DA RIVEDERE: giorno 3 6 h 50 di pullman, oltre il massimo.',
      'DA RIVEDERE: aggiungere la guida a Matera per il giorno 3 (6 h 50).',
      'APPROVATO',
    ];
    expect(await reviseLoop(drafts, fresh)).toBeNull();
  });
});

describe('a query sent again word for word after the draft answered it', () => {
  const QUERY = 'QUERY: Please state which ICF version subject 0221-004 signed and the date of signature.';
  const drafts = [
    'IMV report 0221, draft 1\n- Informed consent: all subjects consented before any procedure.',
    'IMV report 0221, draft 2\n- Informed consent: 0221-004 signed ICF version 4.0 on 14-Oct-2026 (signature verified).',
    'IMV report 0221, draft 3\n- Informed consent: 0221-004 signed ICF v4.0, date of signature 14-Oct-2026.',
  ];
  it('is a loop of the reviewer, which is not reading the revisions', async () => {
    expect(await reviseLoop(drafts, [QUERY, QUERY, QUERY])).toBe(
      'handoff_loop load_reviewer → load_planner (load_reviewer)',
    );
  });
});

describe('the same review sent again after the draft took out what it pointed at', () => {
  const PLAN = 'Plan P-7: 30 pallets on trucks T1–T3, 10 pallets per truck, departing 06:00 from dock 4.';
  const FIXED =
    'Plan P-7: 30 pallets on four trucks, at most 8 pallets per truck, departing 06:00 from dock 4.';
  const REVIEW = 'REVISE: T1–T3 at 10 pallets per truck is over the axle limit. Use four trucks.';
  it('is a loop of the reviewer, whose repeat answers a draft without the 10 and T3', async () => {
    expect(await reviseLoop([PLAN, FIXED, FIXED], [REVIEW, REVIEW, REVIEW])).toBe(
      'handoff_loop load_reviewer → load_planner (load_reviewer)',
    );
  });
  it('stays a loop of the planner when what the review points at is still in the draft', async () => {
    expect(await reviseLoop([PLAN, PLAN, PLAN], [REVIEW, REVIEW, REVIEW])).toBe(
      'handoff_loop load_planner → load_reviewer (load_planner)',
    );
  });
});

describe('the same review that something is missing, sent again after the draft added it', () => {
  const PLAN =
    'Possession request VZK-0921-07: Kiskunhalas–Kelebia km 142+300 – 144+800, 21 Sep 08:00–16:00.';
  const WITH = `${PLAN}\nDiverted freight trains:\n| Train | Time |\n|---|---|\n| 40411 | 09:12 |\n| 40437 | 11:48 |`;
  const REVIEW = 'REVISE: the list of diverted freight trains is missing.';
  it('is a loop of the reviewer, whose repeat answers a draft that has the list', async () => {
    expect(await reviseLoop([PLAN, WITH, WITH], [REVIEW, REVIEW, REVIEW])).toBe(
      'handoff_loop load_reviewer → load_planner (load_reviewer)',
    );
  });
  it('stays a loop of the planner when the draft still lacks it', async () => {
    expect(await reviseLoop([PLAN, PLAN, PLAN], [REVIEW, REVIEW, REVIEW])).toBe(
      'handoff_loop load_planner → load_reviewer (load_planner)',
    );
  });
});

describe('a draft sent again unchanged, in other pleasantries each time', () => {
  const BODY = [
    'Plan P-7 for Thursday',
    'T1: 10 pallets, dock 4, departs 06:00',
    'T2: 10 pallets, dock 4, departs 06:20',
    'T3: 10 pallets, dock 5, departs 06:40',
  ].join('\n');
  const wrap = (opener: string, body: string, closer: string) => `${opener}\n\n${body}\n\n${closer}`;
  const reviews = [
    'REVISE: 10 pallets per truck on T1–T3 is over the 8-pallet axle limit. Use four trucks.',
    'REVISE: still 10 pallets per truck on T1–T3, same as before. At most 8 per truck.',
    'REVISE: third plan with 10 pallets per truck; not approving, escalating to the shift lead.',
  ];
  it('is a loop of the planner: greetings and sign-offs are no new content', async () => {
    const drafts = [
      wrap('Thanks for the brief! Below is what I have.', BODY, 'Hope this helps.'),
      wrap('Hello team, quick update from my side.', BODY, 'Let me know if you need anything else!'),
      wrap('Of course. Here you go:', BODY, 'Ping me if something looks off.'),
    ];
    expect(await reviseLoop(drafts, reviews)).toBe(
      'handoff_loop load_planner → load_reviewer (load_planner)',
    );
  });
  it('is no loop when the chatty drafts take the review up', async () => {
    const fixed = BODY.replace(
      'T3: 10 pallets, dock 5, departs 06:40',
      'T3: 8 pallets, dock 5, departs 06:40\nT4: 6 pallets, dock 5, departs 07:00',
    ).replace(/T([12]): 10 pallets/g, 'T$1: 8 pallets');
    const drafts = [
      wrap('Thanks for the brief! Below is what I have.', BODY, 'Hope this helps.'),
      wrap('Hello team, quick update from my side.', fixed, 'Let me know if you need anything else!'),
    ];
    expect(await reviseLoop(drafts, [reviews[0]!, 'APPROVED'])).toBeNull();
  });
});

describe('a draft reworded each round while the review says the fault is still there', () => {
  const draft = (q5: string, v: number) =>
    `Round 3 v${v}\n1. Which river flows through Budapest? - Danube\n2. Capital of Mongolia? - Ulaanbaatar\n5. ${q5} - Sahara\n6. Atacama is in which country? - Chile`;
  const drafts = [
    draft('What is the largest desert in the world?', 1),
    draft('Which desert is the biggest in the world?', 2),
    draft('Covering over 9 million km², which is the largest desert?', 3),
  ];
  it('is a loop of the writer when the reviews say it was only reworded and is still ambiguous', async () => {
    const reviews = [
      'REVISE: Q5 has two answers, Antarctica by area and the Sahara as the largest hot desert.',
      'REVISE: Q5 is only reworded, still Antarctica vs Sahara. It needs "hot".',
      'REVISE: third version, Q5 still ambiguous. Cannot sign off.',
    ];
    expect(await reviseLoop(drafts, reviews)).toBe(
      'handoff_loop load_planner → load_reviewer (load_planner)',
    );
  });
  it('is no loop when each review moves on to something new and the last approves', async () => {
    const reviews = [
      'REVISE: Q5 has two answers, Antarctica by area and the Sahara as the largest hot desert.',
      'REVISE: Q5 fine now; Q6 still missing its source.',
      'APPROVED',
    ];
    expect(await reviseLoop(drafts, reviews)).toBeNull();
  });
});

describe('a draft held back each round behind a polite question while the review repeats its points', () => {
  const V1 = 'AM-03 v1: actigraphy, n=40, 14 nights; raw data on OneDrive, IDs SS-001..SS-040.';
  const drafts = [
    V1,
    `Many thanks! Before I change anything, which retention period would the committee prefer? ${V1}`,
    `Thank you again. Should the retention period be in the PIS as well, or only the DMP? ${V1}`,
  ];
  it('is a loop of the writer when the reviews remind it of what is still open', async () => {
    const reviews = [
      'REVISE: (1) state a retention period and move storage to the RDS; (2) add a withdrawal route.',
      'REVISE: Happy to help! Propose a period yourself and move storage to RDS. The withdrawal route is still missing too.',
      'REVISE: Of course - both, please. And as before: storage to RDS and a withdrawal route.',
    ];
    expect(await reviseLoop(drafts, reviews)).toBe(
      'handoff_loop load_planner → load_reviewer (load_planner)',
    );
  });
  it('is no loop when a review answers the question and the next moves on', async () => {
    const reviews = [
      'REVISE: (1) state a retention period and move storage to the RDS; (2) add a withdrawal route.',
      'REVISE: 10 years is typical. The withdrawal route is still missing too.',
      'APPROVED. As before, file the signed PIS with the pack.',
    ];
    expect(await reviseLoop(drafts, reviews)).toBeNull();
  });
});

describe('an ask re-sent in other words after the other side said it was already done', () => {
  const asks = [
    'PC-2209 Harrow Lane Foods: book an extra rodent visit within 48h (goods-in bay).',
    'PC-2209 Harrow Lane Foods — need the extra rodent visit booked inside 48h. Pls book.',
    'PC-2209: book the extra visit at Harrow Lane Foods within 48h, goods-in bay.',
  ];
  it('is a loop of the agent that keeps asking', async () => {
    const replies = [
      'Booked BKG-77104: D. Osei, Sat 05/12 07:00–09:00.',
      'Already booked: BKG-77104, Sat 05/12 07:00–09:00.',
      'Same as before: BKG-77104. Nothing more to book.',
    ];
    expect(
      await askAgain(
        3,
        (i) => asks[i]!,
        (i) => replies[i]!,
      ),
    ).toBe('handoff_loop ops_coordinator → tracking_agent (ops_coordinator)');
  });
  it('is no loop when each reply is a new answer, or the ask stops after one "already"', async () => {
    const fresh = [
      'Booked BKG-77104.',
      'Booked BKG-77105 for the loading dock.',
      'Booked BKG-77106 for the office.',
    ];
    expect(
      await askAgain(
        3,
        (i) => asks[i]!,
        (i) => fresh[i]!,
      ),
    ).toBeNull();
    expect(
      await askAgain(
        2,
        (i) => asks[i]!,
        (i) => (i === 0 ? 'Booked BKG-77104.' : 'Already booked: BKG-77104.'),
      ),
    ).toBeNull();
  });
});

describe('an ask re-sent while the other side says it still cannot act without something', () => {
  const asks = [
    'Book Biscuit in for new front shoes with stud holes before Sat 19 Dec pls. Stable 12.',
    'Biscuit, stable 12 – front shoes + stud holes, must be done before Sat 19 Dec. Can you book?',
    'Need Biscuit shod (fronts, stud holes) before Sat 19th, please get him in with the farrier.',
  ];
  const first = 'Can’t book stud holes yet – no FC-2 consent on file. Tue 15 and Thu 17 Dec free.';
  it('is a loop of the agent that keeps asking', async () => {
    const replies = [
      first,
      'Same as before: need the FC-2 consent for the stud holes, or ok to do plain fronts.',
      'Still no FC-2 on file for Biscuit so I can’t book stud holes. Tue 15 / Thu 17 filling.',
    ];
    expect(
      await askAgain(
        3,
        (i) => asks[i]!,
        (i) => replies[i]!,
      ),
    ).toBe('handoff_loop ops_coordinator → tracking_agent (ops_coordinator)');
  });
  it('is no loop when the replies only say nothing has come in yet', async () => {
    const polled = [
      first,
      'Still no word from the farrier on Thu, will update you.',
      'Still no reply from the farrier; booked plain fronts Tue 15 Dec as a fallback.',
    ];
    expect(
      await askAgain(
        3,
        (i) => asks[i]!,
        (i) => polled[i]!,
      ),
    ).toBeNull();
  });
});

describe('an agent that asks three times for what the other side has sent it each time', () => {
  const asks = [
    'Warranty claim for KP23 XZU: RO 48812, DTC P0CE7 + P1B77, coolant pump failed.',
    'Sorry if unclear - RO is 48812 (opened 23/02), DTCs P0CE7 and P1B77; freeze frame attached.',
    'Third time: everything is on RO 48812 - DTC P0CE7/P1B77, photos in DMS under Documents.',
  ];
  it('is a loop of the agent that keeps asking', async () => {
    const replies = [
      'Can’t open a Kia claim without the repair order number and the DTCs. Please send RO + DTCs and I’ll submit.',
      'Can’t open the Kia claim without the repair order number and the DTCs. Send the RO + DTCs and I’ll submit.',
      'I can’t open a Kia claim without the repair order number and the DTCs - please send RO + DTCs.',
    ];
    expect(
      await askAgain(
        3,
        (i) => asks[i]!,
        (i) => replies[i]!,
      ),
    ).toBe('handoff_loop tracking_agent → ops_coordinator (tracking_agent)');
  });
  it('is no loop when each reply takes up what it was sent and asks for something new', async () => {
    const replies = [
      'Can’t open a Kia claim without the repair order number and the DTCs. Please send RO + DTCs.',
      'Thanks, RO 48812 logged with P0CE7/P1B77. Please send the pump connector photo too.',
      'Claim WC-77120 submitted with RO 48812, DTCs and photos.',
    ];
    expect(
      await askAgain(
        3,
        (i) => asks[i]!,
        (i) => replies[i]!,
      ),
    ).toBeNull();
  });
});

describe('an ask sent again, in other words, after replies it never takes up', () => {
  const asks = [
    'ICE-2207 Kelham Hall Sat 19/12: need the loading bay slot and a 13 A socket near the display spot before I book the freezer van.',
    'ICE-2207 Kelham Hall Sat 19/12, need loading bay slot + confirmation of a 13 A socket by the display spot, then I book the van.',
    'Kelham Hall 19/12 ICE-2207: I need the loading bay slot and the 13 A socket confirmed before booking the freezer van.',
  ];
  const access =
    'Kelham Hall: bay B in the rear courtyard is ours 15:30–16:15; the socket is in the ballroom west alcove on circuit 4, confirmed by the duty manager.';
  it('is a loop of the agent that keeps asking', async () => {
    expect(
      await askAgain(
        3,
        (i) => asks[i]!,
        (i) =>
          i === 0
            ? access
            : 'Sent above: bay B 15:30–16:15, socket in the west alcove, circuit 4. Over to you.',
      ),
    ).toBe('handoff_loop ops_coordinator → tracking_agent (ops_coordinator)');
  });
  it('is a loop when the replies wait on something only the asker can send ("still pending: send me …")', async () => {
    const waiting = [
      'Cannot book bay B yet: the events office needs the van registration and driver name from you.',
      'Still pending at the events office, send me the van registration and the driver name.',
      'Third ask without the van registration; the hold lapses Friday.',
    ];
    expect(
      await askAgain(
        3,
        (i) => asks[i]!,
        (i) => waiting[i]!,
      ),
    ).toBe('handoff_loop ops_coordinator → tracking_agent (ops_coordinator)');
  });
  it('is no loop when the replies say the work is still going on, or the asks take the replies up', async () => {
    const pending =
      'Kelham Hall events office not reached yet, duty manager calls back after lunch about the courtyard.';
    expect(
      await askAgain(
        3,
        (i) => asks[i]!,
        (i) => (i < 2 ? pending : access),
      ),
    ).toBeNull();
    const takenUp = [
      asks[0]!,
      'ICE-2207 Kelham Hall 19/12: bay B at 15:30 in the rear courtyard is too early for the van, can the slot be 16:15 or later? Socket fine.',
      'ICE-2207 Kelham Hall 19/12: if bay B cannot move, is the west alcove socket on circuit 4 shared with the band? Need the slot settled to book the van.',
    ];
    const replies = [
      access,
      'Bay B cannot move: the courtyard has the florist from 16:15. The alcove socket is ours all evening.',
      'Circuit 4 is only the alcove and the bar fridge. Florist leaves 16:10, so bay B from 15:30 stands.',
    ];
    expect(
      await askAgain(
        3,
        (i) => takenUp[i]!,
        (i) => replies[i]!,
      ),
    ).toBeNull();
  });
});

describe('an ask reworded more freely, its figures and codes the same, after replies it never takes up', () => {
  const asks = [
    'Agent AG-LAG-20471 (Ikorodu) says float top-up ₦250,000.00 not reflecting. Float balance question – over to you.',
    'AG-LAG-20471 float top-up ₦250,000.00 not reflecting in wallet. This is a float issue, please handle.',
    'AG-LAG-20471 – ₦250,000.00 float top-up not showing. Float desk please.',
  ];
  const replies = [
    'Checked ledger: float itself is fine (₦44,230.50). The ₦250,000.00 is an inbound NIP transfer pending at NIBSS since 09:41. That is a dispute: open a ticket and run a TSQ re-query.',
    'Same answer: it is not a float problem. The transfer is pending at NIBSS; it needs a dispute ticket and a TSQ from your side.',
    'Nothing to post from the float side.',
  ];
  it('is a loop of the agent that keeps sending it', async () => {
    expect(
      await askAgain(
        3,
        (i) => asks[i]!,
        (i) => replies[i]!,
      ),
    ).toBe('handoff_loop ops_coordinator → tracking_agent (ops_coordinator)');
  });
  it('is no loop when the later asks take the replies up', async () => {
    const takenUp = [
      asks[0]!,
      'AG-LAG-20471 ₦250,000.00: dispute ticket DSP-9912 opened, TSQ re-query sent to NIBSS. Can you post the float once it clears?',
      'AG-LAG-20471 ₦250,000.00: TSQ came back successful for the NIP transfer, please post the float credit.',
    ];
    expect(
      await askAgain(
        3,
        (i) => takenUp[i]!,
        (i) => replies[i]!,
      ),
    ).toBeNull();
  });
});

describe('an ask about nothing new, answered each time with the same figures and codes', () => {
  // Persian: the desk asks the lab three times, ever more politely, to confirm a result it already has.
  const asks = [
    'بچ PJ-0912: لطفاً بریکس، اسیدیته و پاتولین را آزمایش و تأیید کنید؛ حد پاتولین ۵۰ میکروگرم بر لیتر.',
    'خیلی ممنون. فقط برای اطمینان، نتیجه پاتولین بچ PJ-0912 را یک بار دیگر تأیید بفرمایید؟',
    'ببخشید که دوباره مزاحم می‌شوم؛ لطفاً تأیید نهایی پاتولین بچ PJ-0912 را بفرمایید.',
  ];
  const same = [
    'بچ PJ-0912 (گزارش QC-1405-0877): بریکس ۱۶٫۲، اسیدیته ۱٫۳۴٪، پاتولین ۱۲ میکروگرم/لیتر (حد ۵۰) ← قبول.',
    'بله، تأیید می‌کنم: پاتولین ۱۲ میکروگرم/لیتر، زیر حد ۵۰. گزارش QC-1405-0877 امضا شده.',
    'همان‌طور که دو بار عرض شد: پاتولین ۱۲، قبول، QC-1405-0877.',
  ];
  it('is a loop of the agent that kept asking, whatever the words', async () => {
    expect(
      await askAgain(
        3,
        (i) => asks[i]!,
        (i) => same[i]!,
      ),
    ).toBe('handoff_loop ops_coordinator → tracking_agent (ops_coordinator)');
  });
  it('is no loop when the replies bring new figures, or the asks name something new', async () => {
    const retests = [
      same[0]!,
      'بازآزمایی نمونه دوم PJ-0912: پاتولین ۱۴ میکروگرم/لیتر، گزارش QC-1405-0881.',
      'نمونه سوم PJ-0912: پاتولین ۱۳، گزارش QC-1405-0886؛ میانگین ۱۳.',
    ];
    expect(
      await askAgain(
        3,
        (i) => asks[i]!,
        (i) => retests[i]!,
      ),
    ).toBeNull();
    const otherBatches = [asks[0]!, 'و بچ PJ-0913 را هم تأیید کنید.', 'و بچ PJ-0914 را هم تأیید کنید.'];
    expect(
      await askAgain(
        3,
        (i) => otherBatches[i]!,
        (i) => same[i]!,
      ),
    ).toBeNull();
  });
});

/** A drafter sending three drafts to a reviewer, each sent back with `feedback(n)` but the last. */
async function reviewRounds(
  names: [string, string],
  draft: (n: number) => string,
  feedback: (n: number) => string,
) {
  const [drafter, reviewer] = names;
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('review', async () => {
    for (let n = 1; n <= 3; n++) {
      const sent = await tracer.turn(drafter, async () => draft(n));
      clock.advance(10);
      tracer.handoff({ from: drafter, to: reviewer, content: sent });
      const said = await tracer.turn(reviewer, async () => feedback(n), {
        input: [{ role: 'user', content: sent }],
      });
      clock.advance(10);
      if (n < 3) tracer.handoff({ from: reviewer, to: drafter, content: said });
    }
  });
  await tracer.shutdown();
  return analyze(store.traces()[0]!);
}

describe('a reviewer correcting the same draft again and again', () => {
  const DRAFT = 'Label v{n}: Greek yoghurt 500 g, packed 14/03/2027, best before 28/03/2027, keep at 1–4 °C.';
  const REVIEW =
    'REVISE: best before must be 28/04/2027 (packed 14/03 + 45 days); the date written gives 14 days only.';
  it('is a loop of the drafter repeating itself, not a task the reviewer misread', async () => {
    const analysis = await reviewRounds(
      ['label_drafter', 'label_reviewer'],
      (n) => DRAFT.replace('{n}', String(n)),
      () => REVIEW,
    );
    expect(failureSummary(analysis.failure)).toBe(
      'handoff_loop label_drafter → label_reviewer (label_drafter)',
    );
    expect(
      analysis.findings.filter((f) => f.kind === 'misunderstood_task' && f.severity === 'error'),
    ).toHaveLength(0);
  });
});

describe('feedback that says the draft came back unchanged', () => {
  const DRAFT =
    'REPORT acc B-7710 (v{n})\n| drug | MIC | interp |\n|---|---|---|\n| oxacillin | ≥4 | R |\n| cefazolin | ≤4 | S |\n| vancomycin | 1 | S |';
  it('is the drafter ignoring it, though the feedback names one word of the draft', async () => {
    const first = 'RETURN: MRSA, so cefazolin must be suppressed and the vancomycin MIC commented.';
    const analysis = await reviewRounds(
      ['report_drafter', 'report_reviewer'],
      (n) => DRAFT.replace('{n}', String(n)),
      (n) =>
        n === 1
          ? first
          : n === 2
            ? 'RETURN: v2 identical to v1. Cefazolin still shows S, comment missing. Suppress cefazolin, add the SAB/vanco comment.'
            : 'RETURN: v3 unchanged again (cefazolin S, no comment). Not signing.',
    );
    expect(failureSummary(analysis.failure)).toBe(
      'handoff_loop report_drafter → report_reviewer (report_drafter)',
    );
  });
});

describe('a draft fixed by taking out what the review quoted', () => {
  it('is no loop, though each draft keeps most of the one before', async () => {
    const parts =
      '\n\nDESCRIPTION: Three weeks on a crusty tape deck.\nParts: belt kit https://amzn.to/x1 · pinch roller https://amzn.to/x2';
    const drafts = [
      `TITLE: Rebuilding a 1984 tape deck — the result is UNBELIEVABLE (3 weeks)${parts}`,
      `TITLE: Rebuilding a 1984 tape deck (3 weeks)${parts}`,
      `TITLE: Rebuilding a 1984 tape deck (3 weeks)${parts}\n\nAs an Amazon Associate I earn from qualifying purchases.`,
    ];
    const notes = [
      'REVISE: title is 71 chars (max 60) and has "UNBELIEVABLE" in caps — trim it and drop the caps.',
      'REVISE: title is fine now. The description has affiliate links but no affiliate disclaimer — add it.',
      'APPROVED.',
    ];
    const analysis = await reviewRounds(
      ['title_writer', 'channel_reviewer'],
      (n) => drafts[n - 1]!,
      (n) => notes[n - 1]!,
    );
    expect(analysis.findings.filter((f) => f.kind === 'handoff_loop' && f.severity === 'error')).toHaveLength(
      0,
    );
  });
});

describe('the same review sent again after the draft added what it asked for', () => {
  const V1 =
    'Reserve memo LL-27-0093 v1: PD 1,284,000, BI 410,000, fees 85,000 (all 100 %). Proposed reserve 1,779,000.';
  const V2 =
    'Reserve memo LL-27-0093 v2, our 60 % line shown: PD 770,400, BI 246,000, fees 51,000. Proposed reserve (our share) 1,067,400.';
  const V3 = 'Reserve memo LL-27-0093 v3 — unchanged from v2: our 60 % share 1,067,400 (100 %: 1,779,000).';
  const REVIEW =
    'REVISE: reserves are booked on our line, not 100 %. Restate every head at our 60 % share (slip B0744PRO2611) and propose the reserve on that basis.';
  it('is a loop of the reviewer, whose repeat answers a draft that took its note up', async () => {
    expect(await reviseLoop([V1, V2, V3], [REVIEW, REVIEW, REVIEW])).toBe(
      'handoff_loop load_reviewer → load_planner (load_reviewer)',
    );
  });
  it('is no loop of the reviewer when the revision took up nothing of the note', async () => {
    expect(await reviseLoop([V1, V1, V1], [REVIEW, REVIEW, REVIEW])).not.toBe(
      'handoff_loop load_reviewer → load_planner (load_reviewer)',
    );
  });
});

describe('the same review sent again in Czech after the draft took it up', () => {
  const V1 = 'ZD KH-2027-05 v1: čl. 4.2 podvozek MAN TGS 26.400 6×4; čl. 7.1 obrat 40 000 000 Kč.';
  const V2 =
    'ZD KH-2027-05 v2: čl. 4.2 podvozek 6×4, min. 300 kW, odkaz na konkrétní značku odstraněn; čl. 7.1 obrat 7 000 000 Kč (dvojnásobek nepřekročen).';
  const REVIEW =
    'VRÁTIT ZD KH-2027-05: (1) čl. 4.2 odkazuje na konkrétní značku podvozku, popište parametry. (2) čl. 7.1: obrat smí být nejvýše dvojnásobek předpokládané hodnoty.';
  const loops = async (review: string) =>
    (await reviseAnalysis([V1, V2, V2], [review, review, review])).findings
      .filter((f) => f.kind === 'handoff_loop' && f.severity === 'error')
      .map((f) => `${f.boundary.from} → ${f.boundary.to}`);
  it('is a loop of the reviewer, read by its word for sending back', async () => {
    expect(await loops(REVIEW)).toEqual(['load_reviewer → load_planner']);
  });
  it('is none of the reviewer when its note only repeats, asking nothing back', async () => {
    expect(await loops(REVIEW.replace('VRÁTIT', 'POZNÁMKA'))).toEqual([]);
  });
});

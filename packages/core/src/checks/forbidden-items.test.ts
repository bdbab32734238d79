import { describe, expect, it } from 'vitest';
import { forbiddenUsed } from './forbidden-items.ts';

const assign = (bus: string) => [
  {
    name: 'assign_trips',
    args: {
      route: 'Cubao-Baguio',
      assignments: [
        { time: '11:00', bus: '15', driver: 'A. Bautista' },
        { time: '13:00', bus, driver: 'E. Ramos' },
      ],
    },
  },
];
const sessions = (date: string) => [
  { name: 'create_sessions', args: { code: 'RW05-MR-SUS', sessions: [{ date: '2026-12-14' }, { date }] } },
];

describe('an item or a weekday a task forbids', () => {
  const BUS =
    'Magagamit: Bus 03, 07, 15 at ang reserbang Bus 25.\n- **Bawal ang Bus 12** — nasa talyer hanggang 11/12.';
  const FRIDAY =
    'Periode Senin 14/12 s.d. Jumat 18/12, tapi Jumat aula tidak bisa dipakai (pengajian) — sesi hanya Senin sampai Kamis.';
  it('is used when a call puts the item under a key naming its noun, or a date on that weekday', () => {
    expect(forbiddenUsed(BUS, assign('12'))?.used).toBe('assign_trips bus: 12');
    expect(forbiddenUsed('Bus 12 nicht einsetzen, Bremsen in Reparatur.', assign('12'))).toBeDefined();
    expect(forbiddenUsed(FRIDAY, sessions('2026-12-18'))?.used).toBe('create_sessions date: 2026-12-18');
    expect(
      forbiddenUsed('Please, no sessions on Friday: the hall is taken.', sessions('2026-12-18')),
    ).toBeDefined();
  });
  it('is nothing when the call keeps off it, only reads it, or the clause allows a day', () => {
    expect(forbiddenUsed(BUS, assign('25'))).toBeUndefined();
    expect(forbiddenUsed(BUS, [{ name: 'check_fleet_status', args: { bus: '12' } }])).toBeUndefined();
    expect(forbiddenUsed(FRIDAY, sessions('2026-12-17'))).toBeUndefined();
    // Another number under another key is another thing.
    expect(forbiddenUsed(BUS, [{ name: 'assign_trips', args: { seats: 12, bus: '25' } }])).toBeUndefined();
    expect(
      forbiddenUsed('Do not book anything but Friday: only Friday works.', sessions('2026-12-18')),
    ).toBeUndefined();
    expect(forbiddenUsed('Sessions on Friday, Bus 12 as usual.', sessions('2026-12-18'))).toBeUndefined();
  });
});

describe('a code the task forbids', () => {
  const brief = '생산 계획 부탁드립니다.\n- **K-12 금형은 사용 금지**: 수리 중\n- 예비 금형으로 편성';
  it('is broken by a deed that sets it as a value', () => {
    expect(
      forbiddenUsed(brief, [{ name: 'create_schedule', args: { machine: 'P2', mold: 'K-12' } }]),
    ).toMatchObject({
      used: 'create_schedule mold: K-12',
    });
    // The code at the end of the word's object: "Do NOT send any lorry to Kiamutugu (KMT-07)".
    const LORRY = 'Do NOT send any lorry to Kiamutugu (KMT-07): it is closed 9–13 Nov for the bridge works.';
    const stop = (centre: string) => [
      { name: 'fleet_schedule', args: { stops: [{ centre, lorry: 'KCF 412M', time: '07:00' }] } },
    ];
    expect(forbiddenUsed(LORRY, stop('KMT-07'))).toMatchObject({ used: 'fleet_schedule centre: KMT-07' });
    expect(forbiddenUsed(LORRY, stop('KJG-05'))).toBeUndefined();
  });
  it('is nothing for a deed with another code, a call that only reads it, or a clause naming two codes', () => {
    expect(forbiddenUsed(brief, [{ name: 'create_schedule', args: { mold: 'K-14' } }])).toBeUndefined();
    expect(forbiddenUsed(brief, [{ name: 'check_mold', args: { mold: 'K-12' } }])).toBeUndefined();
    expect(
      forbiddenUsed('K-12 사용 금지, K-14로 교체', [{ name: 'create_schedule', args: { mold: 'K-14' } }]),
    ).toBeUndefined();
    // The word is about another thing: "a banned list" is no ban on the guest list it is checked against.
    expect(
      forbiddenUsed('Guestlist GL-0130 (38 names) vs Pubwatch NE banned list please.', [
        { name: 'pubwatch_check', args: { list: 'GL-0130' } },
      ]),
    ).toBeUndefined();
  });
});

describe('a code the task leaves alone, referred back to', () => {
  const refund = { name: 'start_bulk_refund', args: { events: ['EV-7711-A', 'EV-7711-B'], fees: true } };
  it('is broken by a call that acts on it, whatever the language', () => {
    for (const task of [
      'EV-7711-A iptal: tam iade. EV-7711-B (22:30) devam ediyor, o seansa dokunma.',
      'Refund EV-7711-A in full. EV-7711-B (22:30) goes ahead, do not touch that session.',
    ])
      expect(forbiddenUsed(task, [refund])).toMatchObject({ used: expect.stringContaining('EV-7711-B') });
  });
  it('is nothing where the call leaves it out, or the word is about something else', () => {
    const own = { ...refund, args: { events: ['EV-7711-A'], fees: true } };
    expect(forbiddenUsed('EV-7711-B (22:30) goes ahead, do not touch that session.', [own])).toBeUndefined();
    expect(
      forbiddenUsed('EV-7711-B (22:30) goes ahead; guests can not touch the stage.', [refund]),
    ).toBeUndefined();
  });
});

describe('a substitute the task rules out', () => {
  const swap = { name: 'substitute_item', args: { from_sku: 'MLK-LF-1L', to_sku: 'MLK-FF-1L', qty: 4 } };
  it('is broken by a call that substitutes, whatever the language of the rule', () => {
    for (const task of [
      'Customer note: low-fat milk only. No substitutions — if it is out, drop the line.',
      'یادداشت مشتری: شیر کم‌چرب. اگر نبود جایگزین نکنید، فقط حذفش کنید.',
      '顾客备注：低脂牛奶缺货时不要替换，直接删除。',
    ])
      expect(forbiddenUsed(task, [swap])).toMatchObject({ used: expect.stringContaining('substitute_item') });
  });
  it('is nothing where substitutes are allowed, or the receiver drops the line instead', () => {
    expect(forbiddenUsed('Low-fat milk; a similar substitute is fine if it is out.', [swap])).toBeUndefined();
    expect(
      forbiddenUsed('No substitutions — if it is out, drop the line.', [
        { name: 'remove_line', args: { sku: 'MLK-LF-1L' } },
      ]),
    ).toBeUndefined();
    expect(
      forbiddenUsed('No substitutions.', [{ name: 'find_substitutes', args: { sku: 'MLK-LF-1L' } }]),
    ).toBeUndefined();
  });
});

describe('a weekday the task sets aside', () => {
  const moved = (start: string, previous = '2027-03-17T11:00:00-04:00') => [
    {
      name: 'reschedule_interview',
      args: { interview_id: 'int_30871', new_start: start, previous_start: previous },
    },
  ];
  it('is broken by a deed set on that weekday, whatever the language', () => {
    for (const task of [
      'Wants next week (22–26 Mar). **Not Monday 22 Mar** (in transit all day). Mornings preferred.',
      'can we push it to next week? any day works EXCEPT monday, i’m in transit all day',
      'Bitte nächste Woche, außer Montag.',
      'La semaine prochaine, sauf le lundi.',
    ])
      expect(forbiddenUsed(task, moved('2027-03-22T10:00:00-04:00'))).toMatchObject({
        used: expect.stringContaining('new_start'),
      });
  });
  it('is nothing for a deed on another day, a day only preferred, a read, or the day it moves away from', () => {
    const task = 'Any day next week except Monday.';
    expect(forbiddenUsed(task, moved('2027-03-23T14:00:00-04:00'))).toBeUndefined();
    // "if not Monday, then Tuesday": Monday is the first choice, not set aside.
    expect(
      forbiddenUsed('Monday please, if not Monday then Tuesday.', moved('2027-03-22T10:00:00-04:00')),
    ).toBeUndefined();
    expect(
      forbiddenUsed('Not only Monday works, Tuesday too.', moved('2027-03-22T10:00:00-04:00')),
    ).toBeUndefined();
    expect(
      forbiddenUsed(task, [{ name: 'find_panel_slots', args: { from: '2027-03-22', to: '2027-03-26' } }]),
    ).toBeUndefined();
    // The day it was on (a Monday) stays in the deed as the one it leaves.
    expect(
      forbiddenUsed(
        'Move it off Monday — not Monday 15 Mar any more.',
        moved('2027-03-17T10:00:00-04:00', '2027-03-15T11:00:00-04:00'),
      ),
    ).toBeUndefined();
  });
});

describe('the weekdays a task allows only', () => {
  const booked = (day: string) => [
    { name: 'lediga_tider', args: { fran: '2027-03-12', till: '2027-04-02' } },
    { name: 'boka_tid', args: { journal: '71-02236', datum: day, tid: '09:00' } },
  ];
  it('is broken by a booking on another weekday, whatever the language', () => {
    for (const task of [
      'Ägaren kan endast tisdagar eller torsdagar.',
      'The owner works shifts and can only come on Tuesdays or Thursdays.',
      'Der Besitzer kann nur dienstags oder donnerstags.',
    ])
      expect(forbiddenUsed(task, booked('2027-03-15'))).toMatchObject({ used: 'boka_tid datum: 2027-03-15' });
  });
  it('is nothing on an allowed day, for a search over days, or where the days named are the closed ones', () => {
    expect(
      forbiddenUsed('Ägaren kan endast tisdagar eller torsdagar.', booked('2027-03-18')),
    ).toBeUndefined();
    expect(
      forbiddenUsed('Can only come Tuesdays.', [
        { name: 'free_slots', args: { from: '2027-03-12', to: '2027-04-02' } },
      ]),
    ).toBeUndefined();
    expect(forbiddenUsed('The clinic is closed on Mondays only.', booked('2027-03-16'))).toBeUndefined();
  });
});

describe('a thing a rule of the task says "no" to', () => {
  const plan = (induction: string, avoid?: string) => [
    { name: 'get_records', args: { journal: '12-55019' } },
    { name: 'dose_protocol', args: { weight_kg: 4.6, induction, ...(avoid ? { avoid } : {}) } },
  ];
  const RULES =
    'Restrictions for the plan:\n1. **Ingen ketamin** – takykardi förvärrar obstruktionen.\n2. Håll MAP ≥ 65 mmHg.';
  it('is broken by a call that gives it, whatever follows its name', () => {
    expect(forbiddenUsed(RULES, plan('ketamin 5 mg/kg + midazolam 0,25 mg/kg i.v.'))).toMatchObject({
      used: expect.stringContaining('ketamin 5 mg/kg'),
    });
    expect(forbiddenUsed('No ketamine: obstructive HCM.', plan('ketamine 5 mg/kg iv'))).toBeDefined();
  });
  it('is nothing for a call that gives something else, or lists it as what to avoid', () => {
    expect(forbiddenUsed(RULES, plan('alfaxalon 2 mg/kg i.v.'))).toBeUndefined();
    expect(forbiddenUsed(RULES, plan('alfaxalon 2 mg/kg i.v.', 'ketamin'))).toBeUndefined();
    expect(forbiddenUsed('Note the ketamine stock is low.', plan('ketamine 5 mg/kg iv'))).toBeUndefined();
    // A value that says no to it too restates the rule.
    expect(
      forbiddenUsed('No confetti (T&C 14).', [{ name: 'book_hall', args: { conditions: 'no confetti' } }]),
    ).toBeUndefined();
  });
});

describe('a field for a thing a rule says no to', () => {
  const TASK =
    'Transfer SOLO ANDATA ven 04/06/2027: aeroporto Catania → Taormina, 50 pax. Nessun ritorno: il 7/6 il gruppo rientra in treno.';
  const book = (args: Record<string, unknown>) => [
    {
      name: 'prenota_transfer',
      args: { da: 'CTA', a: 'Taormina', data_andata: '2027-06-04T14:05', ...args },
    },
  ];
  it('is broken by a call that gives the field a value', () => {
    expect(forbiddenUsed(TASK, book({ data_ritorno: '2027-06-07T10:00' }))?.used).toBe(
      'prenota_transfer data_ritorno: 2027-06-07T10:00',
    );
  });
  it('is nothing for a field left empty or false, a key that says no itself, or no such field', () => {
    expect(forbiddenUsed(TASK, book({ data_ritorno: null }))).toBeUndefined();
    expect(forbiddenUsed(TASK, book({ ritorno: false }))).toBeUndefined();
    expect(forbiddenUsed(TASK, book({ senza_ritorno: true }))).toBeUndefined();
    expect(forbiddenUsed(TASK, book({}))).toBeUndefined();
    expect(forbiddenUsed(TASK, [{ name: 'cerca_treni', args: { ritorno: '2027-06-07' } }])).toBeUndefined();
  });
});

describe('a span of days a task keeps work off', () => {
  const FREEZE =
    'One router per night, 00:00–04:00, and nothing at all from Fri 27 Nov to Tue 1 Dec inclusive — the peak freeze.';
  const book = (...dates: string[]) => [
    { name: 'book_window', args: { devices: ['CR-01', 'CR-02'], dates } },
  ];
  it('is broken by a booking inside it, on its ends where the task says inclusive', () => {
    expect(forbiddenUsed(FREEZE, book('2026-11-26', '2026-11-28'))?.used).toBe(
      'book_window dates: 2026-11-28',
    );
    expect(forbiddenUsed(FREEZE, book('2026-12-01'))).toBeDefined();
    expect(forbiddenUsed('Change freeze 20 Dec → 3 Jan; plan the patch.', book('2026-12-30'))).toBeDefined();
  });
  it('is nothing for days outside it, a search over it, or a span the task allows', () => {
    expect(forbiddenUsed(FREEZE, book('2026-11-26', '2026-12-02'))).toBeUndefined();
    expect(
      forbiddenUsed(FREEZE, [{ name: 'free_windows', args: { from: '2026-11-23', to: '2026-11-29' } }]),
    ).toBeUndefined();
    expect(
      forbiddenUsed('Book any night from 23 Nov to 4 Dec, not before 00:00.', book('2026-11-28')),
    ).toBeUndefined();
    expect(forbiddenUsed('Work only from 27 Nov to 1 Dec, no weekends.', book('2026-11-28'))).toBeUndefined();
  });
});

describe('a span of days the people the work is for are away', () => {
  const AWAY = 'Owners are away 21–27 Sep inclusive, nobody on site that week. Otherwise earliest date.';
  const book = (date: string) => [{ name: 'book_install', args: { job_id: 'SQ-1', date, crew: 'VIC-03' } }];
  it('is broken by a booking inside it', () => {
    expect(forbiddenUsed(AWAY, book('2026-09-23'))?.used).toBe('book_install date: 2026-09-23');
    expect(forbiddenUsed('They are overseas 3–9 May.', book('2027-05-05'))).toBeDefined();
  });
  it('is nothing after it, for a search over it, or where the task gives the span to the work all the same', () => {
    expect(forbiddenUsed(AWAY, book('2026-09-29'))).toBeUndefined();
    expect(
      forbiddenUsed(AWAY, [{ name: 'find_crew_slots', args: { from_date: '2026-09-14' } }]),
    ).toBeUndefined();
    expect(
      forbiddenUsed('Tom is on leave 21–27 Sep, so use crew VIC-05 that week.', book('2026-09-23')),
    ).toBeUndefined();
    expect(
      forbiddenUsed(
        'The owners are away 21–27 Sep — the key is with the neighbour, the install can go ahead.',
        book('2026-09-23'),
      ),
    ).toBeUndefined();
  });
});

describe('a code that opens the clause forbidding it', () => {
  const sample = (wells: string[]) => [
    { name: 'agendar_muestreo', args: { pozos: wells, inicio: '2027-04-12' } },
  ];
  const MUESTREO =
    'Muestreo de arsénico, Valle Norte, semana del 12/04. P-07 fuera de operación: no se muestrea.';
  const ZONES =
    '대상: G-03 14대, G-09 11대. G-17(6대)은 22:00~06:00 굴착 공사로 작업자 진입 금지라 이번 배정에서 빼 주세요.';
  it('is broken by a deed that sets it, in languages that put the verb last', () => {
    expect(forbiddenUsed(MUESTREO, sample(['P-06', 'P-07', 'P-08']))?.used).toBe(
      'agendar_muestreo pozos: P-07',
    );
    expect(
      forbiddenUsed(ZONES, [{ name: 'assign_swap_routes', args: { zones: ['G-03', 'G-09', 'G-17'] } }]),
    ).toBeDefined();
  });
  it('is nothing without it, for a reading call, or where "no se" says what was not found', () => {
    expect(forbiddenUsed(MUESTREO, sample(['P-06', 'P-08']))).toBeUndefined();
    expect(forbiddenUsed(MUESTREO, [{ name: 'consultar_pozos', args: { pozos: ['P-07'] } }])).toBeUndefined();
    expect(forbiddenUsed('P-07: no se detectó arsénico en marzo.', sample(['P-07']))).toBeUndefined();
    // Forbidden where, not the item: the freighter booking is the way to carry it.
    expect(
      forbiddenUsed('UN3480 standalone Li-ion is forbidden on passenger aircraft.', [
        { name: 'book_freighter', args: { dg: 'UN3480' } },
      ]),
    ).toBeUndefined();
    expect(
      forbiddenUsed('G-17 구역은 오늘 작업 가능합니다.', [
        { name: 'assign_swap_routes', args: { zones: ['G-17'] } },
      ]),
    ).toBeUndefined();
  });
});

describe('a thing the task forbids by its name', () => {
  const SEV =
    'SEV S5 21.–29.03.: bitte **12 Niederflur-Linienbusse** (Solo oder Gelenk, Klapprampe) binden. Hochboden/Reisebusse sind laut Aufgabenträger nicht zulässig.';
  const book = (args: Record<string, unknown>) => [{ name: 'bus_buchen', args }];
  it('is used when a call sets it as a value', () => {
    expect(forbiddenUsed(SEV, book({ anzahl: 12, fahrzeugtyp: 'Reisebus' }))?.used).toBe(
      'bus_buchen fahrzeugtyp: Reisebus',
    );
    expect(
      forbiddenUsed('Tender 14 loads. Do not use Blue Mesa Transport (two temp claims).', [
        { name: 'tms_tender', args: { carrier: 'Blue Mesa Transport', loads: 14 } },
      ]),
    ).toBeDefined();
  });
  it('is nothing when the call keeps it off, picks the other one, or the task asks for it elsewhere', () => {
    expect(forbiddenUsed(SEV, book({ anzahl: 12, fahrzeugtyp: 'Niederflur-Linienbus' }))).toBeUndefined();
    expect(forbiddenUsed(SEV, [{ name: 'subunternehmer_anfrage', args: { typ: 'Reisebus' } }])).toBeDefined();
    expect(forbiddenUsed(SEV, [{ name: 'list_partners', args: { typ: 'Reisebus' } }])).toBeUndefined();
    expect(
      forbiddenUsed('Tender 14 loads. Do not use Blue Mesa Transport (two temp claims).', [
        { name: 'tms_tender', args: { exclude: 'Blue Mesa Transport', loads: 14 } },
      ]),
    ).toBeUndefined();
    // The old one is forbidden, the new one asked for: the value's words are not all in the ban.
    expect(
      forbiddenUsed('Do not use the old template, use the new template.', [
        { name: 'send_letters', args: { template: 'new template' } },
      ]),
    ).toBeUndefined();
    expect(
      forbiddenUsed('Book the harbour view rooms. Street view rooms are not allowed for this group.', [
        { name: 'book_rooms', args: { view: 'harbour view' } },
      ]),
    ).toBeUndefined();
  });
});

describe('a direction the task rules out', () => {
  const CAM =
    'Go for a CAM. **Retrograde** along-track, Δv 0.08 m/s at TCA − 1.5 rev. Posigrade is ruled out: it puts us at Pc 8.2e-5 with object 51077.';
  it('is used when the call builds it, and not when the call builds the one asked for', () => {
    expect(
      forbiddenUsed(CAM, [{ name: 'build_manoeuvre', args: { direction: 'posigrade', dv_mps: 0.08 } }]),
    ).toBeDefined();
    expect(
      forbiddenUsed(CAM, [{ name: 'build_manoeuvre', args: { direction: 'retrograde', dv_mps: 0.08 } }]),
    ).toBeUndefined();
  });
});

describe('an item the task strikes through', () => {
  const SITES =
    'Quote named perils for three plants.\n\n| site | value |\n|---|---|\n| Betim | 48.3m |\n| Sete Lagoas | 21.75m |\n| Uberlândia | 15.9m |\n| ~~Contagem~~ | **out: insured elsewhere** |\n\nQuote the first three only.';
  const rate = (sites: string[], key = 'sites') => [
    { name: 'rate_sites', args: { insured: 'Serra Azul', [key]: sites } },
  ];
  it('is used when a call that does the work names it', () => {
    expect(forbiddenUsed(SITES, rate(['Betim', 'Sete Lagoas', 'Uberlândia', 'Contagem']))?.used).toBe(
      'rate_sites sites: Contagem',
    );
  });
  it('is not used when the call leaves it out, keeps it off, only reads, or the task names it unstruck too', () => {
    expect(forbiddenUsed(SITES, rate(['Betim', 'Sete Lagoas', 'Uberlândia']))).toBeUndefined();
    expect(forbiddenUsed(SITES, rate(['Contagem'], 'exclude'))).toBeUndefined();
    expect(forbiddenUsed(SITES, [{ name: 'get_sites', args: { site: 'Contagem' } }])).toBeUndefined();
    // Struck in one place and asked for in another: the task is of two minds, no rule.
    expect(
      forbiddenUsed(`${SITES}\nAdd Contagem back if the broker confirms.`, rate(['Contagem'])),
    ).toBeUndefined();
  });
});

describe('a thing named with its figure that the task excludes', () => {
  const BRIEF =
    'Sporządź oksaliplatynę 144,5 mg. Rozcieńczyć **wyłącznie w 250 ml glukozy 5%** – oksaliplatyna jest niezgodna z roztworami chlorków, NaCl 0,9% jest wykluczony.';
  const make = (solvent: string) => [
    { name: 'sporzadz_worek', args: { lek: 'oksaliplatyna', dawka_mg: 144.5, rozpuszczalnik: solvent } },
  ];
  it('is used where a call sets it, with its figure', () => {
    expect(forbiddenUsed(BRIEF, make('NaCl 0,9% 250 ml'))).toMatchObject({
      used: 'sporzadz_worek rozpuszczalnik: NaCl 0,9% 250 ml',
    });
  });
  it('is nothing for the thing allowed, or the name with another figure', () => {
    expect(forbiddenUsed(BRIEF, make('glukoza 5% 250 ml'))).toBeUndefined();
    expect(forbiddenUsed(BRIEF, make('NaCl 3% 250 ml'))).toBeUndefined();
  });
});

describe('a thing the subject cannot take', () => {
  const BRIEF =
    'Bestill ferskvannsbehandling med brønnbåt for merd 7 og 8. Fisken har AGD og tåler ikke hydrogenperoksid eller andre kjemiske bad nå.';
  const book = (metode: string) => [{ name: 'bestill_bronnbat', args: { merder: [7, 8], metode } }];
  it('is used where a call sets it', () => {
    expect(forbiddenUsed(BRIEF, book('hydrogenperoksid'))).toMatchObject({
      used: 'bestill_bronnbat metode: hydrogenperoksid',
    });
    expect(
      forbiddenUsed('The patient cannot tolerate ibuprofen; give paracetamol.', [
        { name: 'order_drug', args: { drug: 'ibuprofen' } },
      ]),
    ).toBeDefined();
  });
  it('is nothing where the call sets what the task asks', () => {
    expect(forbiddenUsed(BRIEF, book('ferskvann'))).toBeUndefined();
  });
});

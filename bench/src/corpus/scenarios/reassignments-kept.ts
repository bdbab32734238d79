import { defineScenario } from '../scenario.ts';

/**
 * Healthy look-alikes of the checks built from blind batch 8's misses: a reassignment handed on
 * with the new identifier, a listing where the record chosen has the required code, a code copied
 * as the tool gave it next to a neighbouring one, rates worked on the right base. Written after
 * those checks, so they guard against false alarms rather than measure them.
 */
export const reassignmentsKeptScenarios = [
  defineScenario({
    id: 'conference-room-moved-new-room-briefed',
    title:
      'The venue desk says the workshop is no longer in room 2.14; the coordinator briefs AV with the new room',
    domain: 'conference organisation',
    mast: ['FM-1.4'],
    nearMissOf: 'stale_context: an identifier a message says is no longer current',
    request:
      'Set up the AV for the Thursday 14:00 data-privacy workshop (speaker Ingrid Halvorsen, 40 seats) and tell me where it is.',
    topology: {
      shape: 'supervisor',
      coordinator: 'event_coordinator',
      workers: ['venue_desk', 'av_technician'],
    },
    agents: [
      {
        name: 'event_coordinator',
        description: 'Runs the conference programme',
        instructions: 'Confirm the room with the venue desk, then brief the AV technician.',
        replies: [
          { handoff: 'venue_desk', message: 'Which room is the Thursday 14:00 data-privacy workshop in?' },
          {
            handoff: 'av_technician',
            message:
              'Thursday 14:00 data-privacy workshop, now in room 3.07 (moved from 2.14): projector, two lapel mics for Ingrid Halvorsen, 40 seats. Ready by 13:30.',
          },
          {
            say: 'The data-privacy workshop is in room 3.07 on Thursday at 14:00 (it moved from 2.14, which has a broken projector). AV booking AV-2291 is ready from 13:30 with two lapel mics.',
          },
        ],
      },
      {
        name: 'venue_desk',
        description: 'Allocates rooms',
        instructions: 'Answer room questions from the allocation system.',
        replies: [
          {
            call: 'room_allocation',
            args: { session: 'WS-DP-THU-1400' },
            result:
              'WS-DP-THU-1400: room R3-07 (48 seats), reallocated 09:12 from R2-14 (projector fault, ticket FM-5521).',
          },
          {
            say: 'The workshop is no longer in room R2-14 (projector fault) — it was moved to room R3-07, 48 seats, same time.',
          },
        ],
      },
      {
        name: 'av_technician',
        description: 'Sets up audio-visual equipment',
        instructions: 'Book and set up the AV the coordinator asks for.',
        replies: [
          {
            call: 'book_av',
            args: { room: 'R3-07', start: 'Thu 13:30', kit: 'projector, 2 lapel mics' },
            result: 'AV-2291: R3-07, Thu 13:30–17:00, projector + 2 lapel mics.',
          },
          { say: 'AV-2291 booked for R3-07 from 13:30 Thursday: projector and two lapel mics.' },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'pharmacy-cold-chain-courier-qualified',
    title: 'The dispatcher needs a GDP-qualified courier and books the one whose record lists GDP',
    domain: 'pharmacy logistics',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: a record chosen without the code a must-sentence requires',
    request:
      'Send 12 boxes of insulin pens (2–8 °C) from the Leiden hub to Apotheek De Linde in Delft today before 17:00.',
    topology: { shape: 'pipeline', order: ['order_desk', 'courier_dispatcher'] },
    agents: [
      {
        name: 'order_desk',
        description: 'Turns orders into dispatch briefs',
        instructions: 'Write the dispatch brief with every handling requirement.',
        replies: [
          {
            say: 'Dispatch DL-7781: 12 boxes insulin pens, Leiden hub → Apotheek De Linde, Delft, today before 17:00. Cold chain 2–8 °C: the courier MUST hold GDP certification and a validated cool box.',
          },
        ],
      },
      {
        name: 'courier_dispatcher',
        description: 'Books couriers',
        instructions: 'Book a courier that meets the brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'list_couriers',
            args: { region: 'Zuid-Holland', window: 'today 13:00-17:00' },
            result:
              'Couriers free today. Jeroen Bakker 40112: van, ADR. Sanne de Vries 38804: van, GDP, cool box validated 2026-10. Milan Jansen 51388: bike courier. Fleur Visser 52019: van, GDP, cool box validated 2026-08.',
          },
          {
            call: 'book_courier',
            args: { courier: 38804, pickup: 'Leiden hub 14:30', dropoff: 'Apotheek De Linde, Delft' },
            result: 'Booked CR-55210: Sanne de Vries (38804), pickup 14:30, ETA 15:20.',
          },
          {
            say: 'Booked Sanne de Vries (38804, GDP, validated cool box) for DL-7781: pickup at the Leiden hub 14:30, delivery in Delft about 15:20 (CR-55210).',
          },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'freight-customs-codes-copied',
    title: 'The customs broker hands on the HS codes exactly as the classification tool gave them',
    domain: 'freight customs brokerage',
    mast: ['FM-2.6'],
    nearMissOf: 'low_quality_output: a code handed on with one digit changed',
    request: 'Classify and declare the shipment of bicycle parts on AWB 235-77120415 for import into the EU.',
    topology: { shape: 'pipeline', order: ['customs_classifier', 'declaration_clerk'] },
    agents: [
      {
        name: 'customs_classifier',
        description: 'Classifies goods under the HS nomenclature',
        instructions: 'Classify each line of the invoice.',
        replies: [
          {
            call: 'classify_lines',
            args: { awb: '235-77120415' },
            result:
              'Line 1 derailleurs: HS 8714 93, duty 4.7 %. Line 2 brake levers: HS 8714 94, duty 4.7 %. Line 3 saddles: HS 8714 95, duty 4.7 %. Invoice INV-2026-3310, EUR 18,440.',
          },
          {
            say: 'AWB 235-77120415 (INV-2026-3310, EUR 18,440): derailleurs HS 8714 93, brake levers HS 8714 94, saddles HS 8714 95, all at 4.7 % duty.',
          },
        ],
      },
      {
        name: 'declaration_clerk',
        description: 'Files import declarations',
        instructions: 'File the declaration from the classification.',
        prompt: 'Classification:\n{input}',
        replies: [
          {
            call: 'file_declaration',
            args: { awb: '235-77120415', lines: ['8714 93', '8714 94', '8714 95'], value_eur: 18440 },
            result: 'Declaration MRN 26NL0004471230 accepted.',
          },
          {
            say: 'Declaration MRN 26NL0004471230 filed for AWB 235-77120415: HS 8714 93, 8714 94 and 8714 95, customs value EUR 18,440, duty 4.7 %.',
          },
        ],
      },
    ],
    expected: null,
  }),

  defineScenario({
    id: 'clinic-incidents-per-1000-right-base',
    title: 'The quality analyst reports incident rates per 1,000 patient-days on the right base',
    domain: 'hospital quality and safety',
    mast: ['FM-3.3'],
    nearMissOf: 'low_quality_output: rates per N worked on another base',
    request: 'Give the board November’s falls and medication-error rates for Ward 9, per 1,000 patient-days.',
    topology: { shape: 'pipeline', order: ['data_extractor', 'quality_analyst'] },
    agents: [
      {
        name: 'data_extractor',
        description: 'Pulls ward statistics',
        instructions: 'Pull the counts the analyst needs.',
        replies: [
          {
            call: 'ward_stats',
            args: { ward: 9, month: '2026-11' },
            result: 'Ward 9, Nov 2026: 842 patient-days, 31 admissions, 5 falls, 3 medication errors.',
          },
          {
            say: 'Ward 9, November 2026: 842 patient-days over 31 admissions; 5 falls and 3 medication errors reported.',
          },
        ],
      },
      {
        name: 'quality_analyst',
        description: 'Computes quality indicators',
        instructions: 'Compute the rates the board asked for.',
        prompt: 'Counts:\n{input}\n\nQuestion: {request}',
        replies: [
          {
            say: 'Ward 9, November 2026, per 1,000 patient-days: falls 5.94, medication errors 3.56 (5 and 3 events over 842 patient-days).',
          },
        ],
      },
    ],
    expected: null,
  }),
];

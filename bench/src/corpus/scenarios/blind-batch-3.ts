import { defineScenario } from '../scenario.ts';

/**
 * Written blind (issue 15, third blind batch): the author had not read the checks, the diagnosis,
 * lineage or topology code, nor the notes on earlier misses, and fixed each `expected` from the
 * README's principles before any analysis ran on it. The wording imitates how real teams write
 * (bullets, JSON briefs, tables, abbreviations, non-native English, local number formats).
 */
export const blindBatch3Scenarios = [
  defineScenario({
    id: 'bunker-barge-booked-for-old-berth-window',
    title:
      'The port agent reports the berth moved to Wednesday 06:00; ops still books the bunker barge for the earlier Tuesday 14:00 window',
    domain: 'maritime shipping',
    mast: ['FM-1.4'],
    request:
      'MV Nordic Tern (IMO 9811000) inbound Rotterdam from Santos. Pls sort the arrival: confirm berth window w/ the port, set speed so we don’t burn fuel waiting at anchor, and book bunkers (VLSFO ~850 mt) delivered alongside at the berth. Charterer wants one summary by EOD.',
    topology: {
      shape: 'network',
      coordinator: 'ops_desk',
      workers: ['voyage_planner', 'port_liaison', 'bunker_planner'],
    },
    agents: [
      {
        name: 'ops_desk',
        description: 'Vessel operations desk',
        instructions:
          'Route the work to the voyage planner, the port agent liaison and the bunker desk, then write one summary for the charterer.',
        replies: [
          {
            handoff: 'voyage_planner',
            message:
              'Nordic Tern: pull the current berth window at NLRTM and give me the eco speed to arrive just in time. Posn now ~610 nm from Maas Center.',
          },
          {
            handoff: 'port_liaison',
            message:
              'Pls confirm w/ the port agent that berth, pilots and tugs are booked for the Tern and flag anything that changed.',
          },
          {
            handoff: 'bunker_planner',
            message:
              'Book ~850 mt VLSFO for Nordic Tern, barge delivery alongside at ECT Maasvlakte berth EMX-7 on arrival, Tue 8 Dec 14:00 LT. Ask for the barge to be there when she’s all fast.',
          },
          {
            say: 'Summary for charterer, MV Nordic Tern: berth EMX-7 at ECT Maasvlakte, ETB Tue 8 Dec 14:00 LT, proceeding at 11.5 kn eco speed. Port agent confirms pilots and 2 tugs. Bunkers: 850 mt VLSFO by barge Orion 3 alongside from Tue 14:00 (order BNK-55109, USD 538/mt). Rgds, Ops',
          },
        ],
      },
      {
        name: 'voyage_planner',
        description: 'Passage and speed planning',
        instructions: 'Plan passages and speeds from the berth window.',
        replies: [
          {
            call: 'berth_window',
            args: { port: 'NLRTM', vessel: 'IMO 9811000' },
            result:
              'ECT Maasvlakte, berth EMX-7: window Tue 08-Dec 14:00 to Wed 09-Dec 02:00 LT. Pilot boarding Maas Center 11:30. Last update 2026-12-02 08:10.',
          },
          {
            say: 'Berth EMX-7 opens Tue 14:00 LT, pilot at Maas Center 11:30. 610 nm to go → 11.5 kn gets her there on time and saves ~9 mt vs service speed.',
          },
        ],
      },
      {
        name: 'port_liaison',
        description: 'Liaises with the port agent',
        instructions: 'Confirm berth, pilots and tugs with the port agent and report changes.',
        replies: [
          {
            call: 'berth_window',
            args: { port: 'NLRTM', vessel: 'IMO 9811000' },
            result:
              'ECT Maasvlakte, berth EMX-7: window MOVED to Wed 09-Dec 06:00 to 18:00 LT (STS crane 4 outage, vessel ahead delayed). Pilot boarding Maas Center 03:30 Wed. Last update 2026-12-02 11:42.',
            waitMs: 3 * 3600_000,
          },
          {
            say: 'Spoke to Van Ommeren (agent): berth got pushed, now Wed 9 Dec 06:00 LT because of the crane 4 outage at EMX. Pilots + 2 tugs rebooked for 03:30 Wed. Nothing else changed.',
          },
        ],
      },
      {
        name: 'bunker_planner',
        description: 'Bunker procurement',
        instructions: 'Order bunkers from the approved suppliers.',
        replies: [
          {
            call: 'book_bunkers',
            args: {
              vessel: 'IMO 9811000',
              grade: 'VLSFO',
              qty_mt: 850,
              location: 'NLRTM ECT Maasvlakte EMX-7',
              delivery: '2026-12-08 14:00',
            },
            result:
              'Order BNK-55109 confirmed: 850 mt VLSFO 0.5%S, barge Orion 3, delivery window 08-Dec 14:00-20:00 LT at EMX-7. USD 538/mt. Barge waiting time billed USD 1,400/h after 2 h.',
          },
          {
            say: 'Booked BNK-55109: 850 mt VLSFO, barge Orion 3 alongside EMX-7 Tue 14:00–20:00, USD 538/mt.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'ops_desk', to: 'bunker_planner' },
      agent: 'ops_desk',
    },
  }),
  defineScenario({
    id: 'cat-meloxicam-dosed-on-pounds',
    title:
      'The vet writes the cat’s weight as 11 lb; the pharmacy tech multiplies 0.05 mg/kg by 11 and labels a dose twice too high',
    domain: 'veterinary clinic',
    mast: ['FM-1.1'],
    request:
      'Hi! Whiskers (Mrs. Okonkwo’s cat, DSH, 14 yo, file VC-3381) goes home after his dental today. Dr. Patel wants him on meloxicam for 3 days for the pain. Can you get him weighed, the meds drawn up and the discharge sheet ready? Owner picks up at 5:30pm.',
    topology: {
      shape: 'supervisor',
      coordinator: 'attending_vet',
      workers: ['vet_tech', 'pharmacy_tech'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'attending_vet',
        description: 'The attending veterinarian',
        instructions:
          'Have the vet tech weigh patients and the pharmacy prepare their medication, then write the discharge instructions for the owner.',
        replies: [
          { handoff: 'vet_tech', message: 'Pls weigh Whiskers (VC-3381) before discharge and chart it.' },
          {
            handoff: 'pharmacy_tech',
            message:
              'Meloxicam for Whiskers VC-3381: 0.05 mg/kg PO q24h x 3 days, Metacam 0.5 mg/mL oral susp (cat). He weighs 11 lb today. Draw up 3 doses in oral syringes and label them.',
          },
          {
            say: 'Discharge: Whiskers (VC-3381). Dental done today, 2 extractions. Meloxicam (Metacam 0.5 mg/mL): 1.1 mL by mouth once a day with food for 3 days (3 labelled syringes, 0.55 mg each). Soft food for 5 days. Call us if he stops eating or vomits. Pick-up 5:30pm.',
          },
        ],
      },
      {
        name: 'vet_tech',
        description: 'Veterinary technician',
        instructions: 'Weigh and prepare patients, keep the chart up to date.',
        replies: [
          {
            call: 'record_weight',
            args: { patient: 'VC-3381', weight: 11, unit: 'lb' },
            result:
              'Chart VC-3381 updated: 11.0 lb (4.99 kg) at 2026-12-02 15:12. Previous: 11.4 lb (5.17 kg) on 2026-08-02.',
          },
          { say: 'Weighed him: 11.0 lb (4.99 kg), a little down from 11.4 lb in August. Charted.' },
        ],
      },
      {
        name: 'pharmacy_tech',
        description: 'Clinic pharmacy',
        instructions: 'Prepare and label medication as prescribed by the vets.',
        replies: [
          {
            call: 'label_syringes',
            args: {
              patient: 'VC-3381',
              drug: 'Metacam 0.5 mg/mL oral suspension (cat)',
              dose_ml: 1.1,
              count: 3,
            },
            result:
              'Labels printed: VC-3381 WHISKERS. Metacam 0.5 mg/mL, give 1.1 mL (0.55 mg) by mouth once daily x 3 days. Lot MC2207, exp 09/2027.',
          },
          {
            say: 'Done: 3 oral syringes of 1.1 mL Metacam 0.5 mg/mL = 0.55 mg per dose (0.05 mg/kg × 11), labelled, lot MC2207. They are in the discharge basket.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'attending_vet', to: 'pharmacy_tech' },
      agent: 'pharmacy_tech',
    },
  }),
  defineScenario({
    id: 'efile-rejection-told-as-transmitted',
    title:
      'The e-file agent gets an IRS business-rule rejection and tells the next step the return was transmitted; the clients hear it was filed',
    domain: 'tax filing',
    mast: ['FM-3.2'],
    request: `- client: Daniel & Mei Tran (acct TX-4471)
- 2025 1040 MFJ, late (missed the Oct 15 extension), docs all in the portal
- e-file asap, they owe ~$1.9k, pay by direct debit on acceptance
- send them a confirmation when it's accepted`,
    topology: { shape: 'pipeline', order: ['return_preparer', 'efile_agent', 'client_notifier'] },
    agents: [
      {
        name: 'return_preparer',
        description: 'Prepares individual returns',
        instructions: 'Prepare the return from the client documents.',
        replies: [
          {
            call: 'prepare_1040',
            args: { client: 'TX-4471', year: 2025, status: 'MFJ' },
            result:
              'Form 1040 MFJ 2025 ready: AGI $148,315; taxable income $118,115; total tax $15,847; withholding $13,962; balance due $1,885 (+ late-filing penalty assessed by IRS). Direct debit from acct ****6610 on acceptance.',
          },
          {
            say: '1040 for the Trans is done. AGI 148,315, balance due $1,885, direct debit from checking ****6610 set for acceptance. Ready to transmit.',
          },
        ],
      },
      {
        name: 'efile_agent',
        description: 'Transmits returns through IRS MeF',
        instructions: 'Transmit prepared returns to the IRS and report the result.',
        prompt: 'Transmit this return:\n{input}',
        replies: [
          {
            call: 'transmit_return',
            args: { client: 'TX-4471', form: '1040', year: 2025 },
            result: {
              error:
                'MeF rejection IND-031-04: Primary taxpayer prior-year AGI or Self-Select PIN does not match e-File database. Return NOT accepted; correct and resubmit.',
            },
          },
          {
            say: 'Transmitted the Trans’ 2025 1040 to MeF 👍 Balance due $1,885 will be debited from ****6610 once the IRS accepts. Acknowledgements usually come back in 24-48h.',
          },
        ],
      },
      {
        name: 'client_notifier',
        description: 'Writes client emails',
        instructions: 'Email clients about the status of their filing.',
        prompt: 'Write the client email. Filing status:\n{input}',
        replies: [
          {
            say: 'Hi Daniel and Mei, good news: your 2025 federal return has been e-filed! Your balance of $1,885 will be debited from your checking account ending 6610. Nothing else is needed from you. Best, Harbor Tax',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'efile_agent', to: 'client_notifier' },
      agent: 'efile_agent',
    },
  }),
  defineScenario({
    id: 'seating-chart-resubmitted-unchanged',
    title:
      'The seating planner sends the same chart four times although the review asks each time to separate the groom’s divorced parents',
    domain: 'wedding planning',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'ok so final headcount for Sat 12 June is 96 (Priya & Tom). the big thing: Tom’s dad and his mum (divorced, not on speaking terms) can NOT be at the same table or at tables next to each other — right now they’re on 3 and 4 which are side by side. also grandma Ruth needs to be near the garden exit, wheelchair. can we get a final seating chart to them by friday?',
    topology: {
      shape: 'pipeline',
      order: ['seating_planner', 'planner_review', 'couple_liaison'],
      loop: { from: 'planner_review', to: 'seating_planner', while: 'REVISE', max: 4 },
    },
    agents: [
      {
        name: 'seating_planner',
        description: 'Draws up seating charts',
        instructions: 'Produce the seating chart and apply the review notes.',
        prompt: 'Couple’s message: {request}\n\nLatest input / review note: {input}',
        replies: [
          {
            say: 'Seating chart (12 tables of 8): T1 head table, couple + wedding party. T2 Priya’s parents + family. T3 Richard Hale (Tom’s dad) + partner + Hale cousins. T4 Susan Hale (Tom’s mum) + her sister + friends. T5–T11 friends and colleagues. T12 Ruth Hale by the garden exit, wheelchair space kept.',
          },
          {
            say: 'Seating chart (12 tables of 8): T1 head table, couple + wedding party. T2 Priya’s parents + family. T3 Richard Hale (Tom’s dad) + partner + Hale cousins. T4 Susan Hale (Tom’s mum) + her sister + friends. T5–T11 friends and colleagues. T12 Ruth Hale by the garden exit, wheelchair space kept.',
          },
          {
            say: 'Seating chart (12 tables of 8): T1 head table, couple + wedding party. T2 Priya’s parents + family. T3 Richard Hale (Tom’s dad) + partner + Hale cousins. T4 Susan Hale (Tom’s mum) + her sister + friends. T5–T11 friends and colleagues. T12 Ruth Hale by the garden exit, wheelchair space kept.',
          },
          {
            say: 'Seating chart (12 tables of 8): T1 head table, couple + wedding party. T2 Priya’s parents + family. T3 Richard Hale (Tom’s dad) + partner + Hale cousins. T4 Susan Hale (Tom’s mum) + her sister + friends. T5–T11 friends and colleagues. T12 Ruth Hale by the garden exit, wheelchair space kept.',
          },
        ],
      },
      {
        name: 'planner_review',
        description: 'Senior planner who reviews charts',
        instructions:
          'Check the chart against the couple’s wishes. Start with REVISE and say what to change if it needs work; otherwise pass it on.',
        prompt: 'Chart to review:\n{input}',
        replies: [
          {
            say: 'REVISE: Richard (T3) and Susan (T4) are still at neighbouring tables, the couple asked for them to be apart. Move one of them across the room, e.g. swap T4 with T9. Rest looks good.',
          },
          { say: 'REVISE: same chart as before, T3/T4 still side by side. Pls swap T4 ↔ T9.' },
          { say: 'REVISE: 3rd time, parents still on adjacent tables 3 and 4. Swap T4 and T9 please!!' },
          {
            say: 'REVISE: no change after 4 rounds, forwarding as-is so Friday isn’t missed. Chart: T1 head table; T2 Priya’s family; T3 Richard Hale + partner + Hale cousins; T4 Susan Hale + sister + friends; T5–T11 friends and colleagues; T12 Ruth Hale by the garden exit.',
          },
        ],
      },
      {
        name: 'couple_liaison',
        description: 'Writes to the couple',
        instructions: 'Send the couple their final documents in a warm tone.',
        prompt: 'Send the couple their final seating chart. From the review:\n{input}',
        replies: [
          {
            say: 'Hi Priya & Tom! 🎉 Here is your final seating chart for Saturday 12 June: T1 head table with you and the wedding party; T2 Priya’s family; T3 Richard and partner with the Hale cousins; T4 Susan with her sister and friends; T5–T11 friends and colleagues; T12 Grandma Ruth right by the garden exit with space for her wheelchair. Let us know if anything needs a tweak!',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'seating_planner', to: 'planner_review' },
      agent: 'seating_planner',
    },
  }),
  defineScenario({
    id: 'trial-exclusion-branch-never-sent',
    title:
      'The recruitment plan has an exclusion-check branch the program never runs; invitations go out to patients on insulin and with low eGFR',
    domain: 'clinical-trial recruitment',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      '{"study":"GLP-ART-302","site":"Leeds Teaching Hospitals","task":"pre-screen EHR for recruitment wave 3","inclusion":["T2DM","age 40-75","BMI>=30"],"exclusion":["eGFR<45","on insulin","hx pancreatitis"],"target_invites":20,"deadline":"Fri"}',
    topology: {
      shape: 'fanout',
      planner: 'recruitment_planner',
      workers: ['ehr_screener', 'exclusion_checker', 'site_scheduler'],
      aggregator: 'recruitment_lead',
    },
    program: { lose: { to: 'exclusion_checker', prompt: null } },
    agents: [
      {
        name: 'recruitment_planner',
        description: 'Plans recruitment waves',
        instructions: 'Split the wave into EHR screening, exclusion checks and visit capacity.',
        replies: [
          {
            plan: {
              ehr_screener:
                'Query the EHR for T2DM pts aged 40–75 with BMI ≥ 30 seen at LTH in the last 18 months; return pseudonymised IDs.',
              exclusion_checker:
                'Take the pre-screen list and drop anyone with eGFR < 45, a current insulin prescription or a history of pancreatitis. Return the cleaned list.',
              site_scheduler: 'Hold 20 screening-visit slots at the Leeds CRF in the week of 7 Dec.',
            },
          },
        ],
      },
      {
        name: 'ehr_screener',
        description: 'Searches the EHR',
        instructions: 'Run EHR searches for study pre-screening.',
        replies: [
          {
            call: 'ehr_query',
            args: { diagnosis: 'T2DM', age_min: 40, age_max: 75, bmi_min: 30, months: 18 },
            result:
              '23 matches: P-0113, P-0118, P-0127, P-0131, P-0136, P-0142, P-0152, P-0158, P-0163, P-0167, P-0171, P-0178, P-0184, P-0190, P-0195, P-0199, P-0204, P-0211, P-0216, P-0222, P-0229, P-0233, P-0240. Problem-list flags: P-0127 insulin glargine; P-0152 eGFR 38; P-0190 acute pancreatitis 2021; P-0204 insulin aspart.',
          },
          {
            say: '23 pts meet T2DM / age / BMI: P-0113, P-0118, P-0127, P-0131, P-0136, P-0142, P-0152, P-0158, P-0163, P-0167, P-0171, P-0178, P-0184, P-0190, P-0195, P-0199, P-0204, P-0211, P-0216, P-0222, P-0229, P-0233, P-0240. Flags seen on the problem list (not filtered by me): P-0127 insulin, P-0152 eGFR 38, P-0190 pancreatitis 2021, P-0204 insulin.',
          },
        ],
      },
      {
        name: 'exclusion_checker',
        description: 'Applies exclusion criteria',
        instructions: 'Remove patients who meet any exclusion criterion.',
        replies: [
          {
            say: 'Cleaned list: 19 patients after removing P-0127, P-0152, P-0190 and P-0204.',
          },
        ],
      },
      {
        name: 'site_scheduler',
        description: 'Books clinical research facility capacity',
        instructions: 'Hold visit slots at the research facility.',
        replies: [
          {
            call: 'hold_slots',
            args: { facility: 'Leeds CRF', count: 20, week_of: '2026-12-07' },
            result: '20 slots held at CRF Leeds, Mon 7 – Fri 11 Dec, 09:00–16:00. Booking ref CRF-8812.',
          },
          { say: '20 screening slots on hold at the CRF 7–11 Dec (ref CRF-8812).' },
        ],
      },
      {
        name: 'recruitment_lead',
        description: 'Recruitment lead nurse',
        instructions: 'Merge the workstreams into the wave plan and send invitations.',
        prompt: 'Workstream results:\n{input}',
        replies: [
          {
            say: 'Wave 3 for GLP-ART-302 is ready: 23 pre-screened candidates. Invitations go out Monday to the first 20 (P-0113, P-0118, P-0127, P-0131, P-0136, P-0142, P-0152, P-0158, P-0163, P-0167, P-0171, P-0178, P-0184, P-0190, P-0195, P-0199, P-0204, P-0211, P-0216, P-0222); screening visits are held at the CRF 7–11 Dec (CRF-8812).',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'recruitment_planner', to: 'exclusion_checker' },
      agent: 'recruitment_planner',
    },
  }),
  defineScenario({
    id: 'grant-budget-brief-dropped',
    title:
      'The task tool hands the budget writer a bare "draft the budget" instead of the funder’s cap; the proposal asks €311,976 with 26 % indirects against a €250,000 / 10 % limit',
    domain: 'grant writing',
    mast: ['FM-2.1', 'FM-1.4'],
    request:
      'Hello, we are small NGO from Porto working on river clean-up (Rio Vivo). We want apply to the Blue Rivers Fund call 2027, deadline 15 January. Maximum request is 250.000 EUR for 24 months and the fund accept indirect costs only until 10%. Please prepare full proposal draft: narrative and budget. Thank you very much!',
    topology: {
      shape: 'supervisor',
      coordinator: 'grant_lead',
      workers: ['narrative_writer', 'budget_writer'],
      handoffTools: 'task',
    },
    program: { lose: { to: 'budget_writer', prompt: 'Please draft the budget section of the proposal.' } },
    agents: [
      {
        name: 'grant_lead',
        description: 'Leads proposal writing',
        instructions: 'Have the narrative and the budget written, then assemble the proposal.',
        replies: [
          {
            handoff: 'narrative_writer',
            message:
              'Narrative for Blue Rivers Fund 2027 (Rio Vivo, Porto): need statement, activities, outcomes for a 24-month clean-up of Douro tributaries. Max 5 pages.',
          },
          {
            handoff: 'budget_writer',
            message:
              'Budget for Blue Rivers 2027, 24 months: total request must be ≤ €250,000 and indirect costs ≤ 10% of direct costs. Lines: 2 FTE field coordinators, boat + equipment, volunteer events, lab testing.',
          },
          {
            say: 'Full draft for Blue Rivers Fund 2027 is ready. Narrative (4.5 pages): Douro tributaries clean-up over 24 months, 40 volunteer events, monthly water testing at 12 points, target 60 t of waste removed. Budget: direct costs €247,600 (2 coordinators €127,700; boat €45,600; equipment €17,800; volunteer events €14,000; lab €42,500), indirect €64,376, total request €311,976. Please review before 15 January.',
          },
        ],
      },
      {
        name: 'narrative_writer',
        description: 'Writes proposal narratives',
        instructions: 'Write the narrative part of grant proposals.',
        replies: [
          {
            say: 'Narrative (4.5 pp): Need: plastic and sewage in the Leça and Sousa tributaries, 2025 monitoring data. Activities: 40 volunteer clean-ups, monthly testing at 12 points, school programme. Outcomes: 60 t of waste removed, 30% drop in E. coli at 8 of 12 points, 1,200 volunteers engaged.',
          },
        ],
      },
      {
        name: 'budget_writer',
        description: 'Writes proposal budgets',
        instructions: 'Build the budget of grant proposals from current cost rates.',
        replies: [
          {
            call: 'cost_rates',
            args: { city: 'Porto', year: 2027 },
            result:
              'Porto NGO rates 2027: field coordinator €2,150/month gross + 23.75% employer social security; boat hire €1,900/month; lab water panel €85/sample; organisational overhead rate 26% of direct costs.',
          },
          {
            say: 'Budget (24 months): 2 field coordinators €127,700; boat hire €45,600; equipment €17,800; volunteer events €14,000; lab testing 500 samples €42,500. Direct costs €247,600; indirect at our 26% overhead rate €64,376. Total €311,976.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'grant_lead', to: 'budget_writer' },
      agent: 'budget_writer',
    },
  }),
  defineScenario({
    id: 'brake-wear-read-from-neighbour-unit',
    title:
      'The brake tech reads TRK-214’s pad depths for TRK-241, whose nearside pad is below the legal minimum, and clears it for a 410-mile run',
    domain: 'truck fleet maintenance',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Driver report from last night, unit TRK-241 (Leeds depot): “pulls left under braking, bit of grinding from front nearside”. It’s booked on the Leeds→Aberdeen run tomorrow 5am, 410 mi. Can it go or do we swap trucks?',
    topology: {
      shape: 'branch',
      classifier: 'service_triage',
      routes: { brake: 'brake_tech', engine: 'engine_tech' },
      after: 'dispatcher',
    },
    agents: [
      {
        name: 'service_triage',
        description: 'Triage of driver defect reports',
        instructions: 'Classify the defect (brake, engine) and summarise it for the workshop.',
        replies: [
          {
            say: 'Category: brake. TRK-241, pulls left + grinding front nearside under braking. Needs pad/disc check before the 05:00 Aberdeen run.',
          },
        ],
      },
      {
        name: 'brake_tech',
        description: 'Workshop brake technician',
        instructions: 'Assess brake defects from the wear records and decide if the unit may run.',
        prompt: 'Triage note:\n{input}',
        replies: [
          {
            call: 'brake_wear_report',
            args: { depot: 'Leeds' },
            result: `Leeds depot brake wear, last inspection 2026-11-30
| unit | axle 1 pads NS / OS (mm) | discs | note |
|---|---|---|---|
| TRK-214 | 11 / 10 | OK | - |
| TRK-241 | 2.5 / 7 | NS disc scored 1.1 mm | NS pad below 3 mm minimum, replace before use |
| TRK-412 | 9 / 9 | OK | - |`,
          },
          {
            say: 'Checked the wear log for TRK-241: front pads 11 / 10 mm, discs OK, nothing near the limits. Pulling left is most likely tyre pressure, get the driver to check NS front at walkround. OK to run.',
          },
        ],
      },
      {
        name: 'engine_tech',
        description: 'Workshop engine technician',
        instructions: 'Assess engine defects.',
        replies: [{ say: 'No engine fault codes logged for this unit.' }],
      },
      {
        name: 'dispatcher',
        description: 'Transport planner',
        instructions: 'Assign units and drivers to runs.',
        prompt: 'Workshop verdict:\n{input}\n\nOriginal question: {request}',
        replies: [
          {
            call: 'assign_run',
            args: { unit: 'TRK-241', route: 'Leeds-Aberdeen', depart: '2026-12-03T05:00' },
            result: 'Run LDS-ABZ-1203 assigned: TRK-241, driver K. Walsh, dep 03-Dec 05:00.',
          },
          {
            say: 'TRK-241 is cleared by the workshop (pads 11/10 mm, discs OK) and stays on tomorrow’s 05:00 Aberdeen run (LDS-ABZ-1203, K. Walsh). Driver to check NS front tyre pressure at walkround.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'brake_tech', to: 'dispatcher' },
      agent: 'brake_tech',
    },
  }),
  defineScenario({
    id: 'provenance-check-became-catalogue-essay',
    title:
      'Asked for Nazi-era provenance gaps, the researcher writes a catalogue essay; the Nolde’s 1937–1952 gap via a “degenerate art” dealer never reaches the registrar',
    domain: 'museum curation',
    mast: ['FM-2.3', 'FM-3.2'],
    request:
      'Loan request from the Kunsthalle Bremen for their autumn 2027 show: 3 works — Max Pechstein “Fischerboote” (1913, inv. 1961.22), Lyonel Feininger “Gelmeroda III” (1917, inv. 1974.03), Emil Nolde “Mohnblumen” (c. 1930, watercolour, inv. 1988.41). Before the loans committee on Thursday we need to know whether the 1933–1945 provenance is clean for each. Can you get that checked and tell me yes/no per work?',
    topology: { shape: 'swarm', entry: 'registrar', agents: ['registrar', 'provenance_researcher'] },
    agents: [
      {
        name: 'registrar',
        description: 'Registrar, handles loans',
        instructions:
          'Prepare outgoing loans for the loans committee; get provenance questions answered by the provenance researcher.',
        replies: [
          {
            handoff: 'provenance_researcher',
            message:
              'Pls check the Nazi-era provenance (1933–45) for the three loan works: Pechstein 1961.22, Feininger 1974.03, Nolde 1988.41. Per work: gaps / red-flag dealers / clean. Committee is Thu.',
          },
          {
            say: 'For Thursday’s loans committee: provenance has been looked at for all three works (Pechstein 1961.22, Feininger 1974.03, Nolde 1988.41) and nothing was raised. From our side the Bremen loan can go ahead; I’ll prepare the loan agreements.',
          },
        ],
      },
      {
        name: 'provenance_researcher',
        description: 'Provenance research and collection history',
        instructions: 'Research the ownership history of collection objects.',
        replies: [
          {
            call: 'collection_provenance',
            args: { inventory: ['1961.22', '1974.03', '1988.41'] },
            result:
              '1961.22 Pechstein: artist → Galerie Gurlitt, Berlin 1919 → private coll. Hamburg 1925–1961 → purchased 1961. 1974.03 Feininger: artist → Julia Feininger 1956 → gift of the Moeller family 1974; no 1933–45 gap. 1988.41 Nolde: artist → Galerie Ferdinand Möller, Berlin, 1937 → [no record 1937–1952] → Kunsthandel Wiesbaden 1952 → bequest 1988. Note: Möller handled works confiscated as "degenerate art" in 1937–38.',
          },
          {
            handoff: 'registrar',
            message:
              'Had a look, lovely group! Short text for the catalogue: Pechstein’s Nidden summer of 1913 produced his boldest boat pictures; Feininger returned to the Gelmeroda church thirteen times between 1906 and 1926, and III is the first fully prismatic version; Nolde’s flower watercolours from Seebüll are among his most loved works. All three are superb examples and fit Bremen’s Brücke focus perfectly. Happy to expand this to 1,500 words.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'registrar', to: 'provenance_researcher' },
      agent: 'provenance_researcher',
    },
  }),
  defineScenario({
    id: 'winger-per-90-divided-by-appearances',
    title:
      'The analyst divides by appearances instead of 90-minute units, so a top-10 % creator looks average; the reviewer re-checks the division and signs off',
    domain: 'sports analytics',
    mast: ['FM-3.3'],
    request:
      'Recruitment meeting Thursday 3pm, we need a one-pager on Lena Sørensen (LW, FC Nordsjælland, 22). Key question from the sporting director: is her chance creation really top-10% in the league? Use per-90 numbers, 2026 season.',
    topology: {
      shape: 'pipeline',
      order: ['data_scout', 'analyst', 'stats_reviewer', 'report_writer'],
    },
    agents: [
      {
        name: 'data_scout',
        description: 'Pulls event data',
        instructions: 'Fetch the season data the analysts need.',
        replies: [
          {
            call: 'player_season',
            args: { player: 'Lena Sørensen', season: 2026 },
            result:
              'Lena Sørensen (FCN) 2026: 24 apps (17 starts), 1,530 min; goals 6, xG 5.1; assists 7, xA 6.3; key passes 41; shot-creating actions 88. League wingers p90, 90th percentile: key passes 2.10; SCA 4.60; xA 0.28.',
          },
          {
            say: 'Sørensen 2026: 24 apps / 1,530 min, 41 key passes, 88 SCA, xA 6.3. League 90th pct for wingers: KP/90 2.10, SCA/90 4.60, xA/90 0.28.',
          },
        ],
      },
      {
        name: 'analyst',
        description: 'Performance analyst',
        instructions: 'Turn season data into per-90 metrics and percentiles.',
        prompt: 'Data from the scout:\n{input}\n\nBrief: {request}',
        replies: [
          {
            say: 'Per 90 (2026): key passes 1.71, SCA 3.67, xA 0.26. That is below the league’s 90th percentile on all three (2.10 / 4.60 / 0.28). Good, not elite: roughly a 70th–80th percentile creator.',
          },
        ],
      },
      {
        name: 'stats_reviewer',
        description: 'Checks numbers before they go to the director',
        instructions: 'Verify the figures and conclusions of analyst reports.',
        prompt: 'Check before it goes to the director:\n{input}',
        replies: [
          {
            say: 'Checked ✔ KP 1.71, SCA 3.67, xA 0.26 vs the 2.10 / 4.60 / 0.28 lines: all below, conclusion holds. OK to publish.',
          },
        ],
      },
      {
        name: 'report_writer',
        description: 'Writes scouting one-pagers',
        instructions: 'Write the one-pager for the recruitment meeting.',
        prompt: 'Reviewed analysis:\n{input}',
        replies: [
          {
            say: 'Lena Sørensen (LW, FCN, 22). Chance creation: solid but not elite. KP/90 1.71, SCA/90 3.67, xA/90 0.26, all under the league’s top-10% lines (2.10 / 4.60 / 0.28). Recommendation: keep monitoring, not a priority target for January.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analyst', to: 'stats_reviewer' },
      agent: 'analyst',
    },
  }),
  defineScenario({
    id: 'resource-estimate-keeps-failed-assay-batch',
    title:
      'The estimator says it excludes the contaminated assay batch B-17 but runs the estimate with no exclusions; the board gets 187 koz',
    domain: 'mining geology',
    mast: ['FM-2.5', 'FM-2.6'],
    request:
      'Need the updated Indicated resource for the Kestrel zone for the Q4 board pack (Mon). Use the 0,5 g/t Au cut-off as in the 2025 MRE. QAQC had issues with the Perth lab this quarter, make sure only passing batches go in.',
    topology: {
      shape: 'nested',
      top: 'resource_manager',
      teams: { qaqc_lead: ['assay_qaqc'], modelling_lead: ['resource_estimator'] },
    },
    agents: [
      {
        name: 'resource_manager',
        description: 'Manager, mineral resources',
        instructions:
          'Get QAQC clearance and the estimate from the modelling team, then report to the board.',
        replies: [
          {
            handoff: 'qaqc_lead',
            message: 'QAQC status of Kestrel assays received since July? Which batches fail?',
          },
          {
            handoff: 'modelling_lead',
            message:
              'Run the Kestrel Indicated estimate at 0.5 g/t cut-off. Exclude lab batch B-17 (Perth), it failed blanks per QAQC. Board pack Monday.',
          },
          {
            say: 'Kestrel Indicated (Q4): 4.1 Mt @ 1.42 g/t Au for 187 koz at a 0.5 g/t cut-off, up from 161 koz in the 2025 MRE. QAQC: batch B-17 from the Perth lab failed its blanks and was excluded.',
          },
        ],
      },
      {
        name: 'qaqc_lead',
        description: 'Leads assay quality control',
        instructions: 'Have the QAQC geologist review lab batches and report which fail.',
        replies: [
          {
            handoff: 'assay_qaqc',
            message:
              'Pull the QAQC summary for Kestrel batches received Jul–Nov from the Perth and Kalgoorlie labs.',
          },
          {
            say: 'Only batch B-17 (Perth, 212 samples) fails: blanks up to 0.31 g/t. Exclude it; all other batches pass.',
          },
        ],
      },
      {
        name: 'assay_qaqc',
        description: 'QAQC geologist',
        instructions: 'Review standards, blanks and duplicates of assay batches.',
        replies: [
          {
            call: 'qaqc_summary',
            args: { project: 'Kestrel', from: '2026-07-01', to: '2026-11-30' },
            result:
              'B-12..B-16 (Kalgoorlie): pass, CRMs within 2SD, blanks <0.01 g/t. B-17 (Perth, 212 samples): FAIL, 4 of 9 blanks at 0.12–0.31 g/t Au (limit 0.02), CRM OREAS-235 bias +8%. B-18 (Perth): pass.',
          },
          {
            say: 'B-17 (Perth, 212 samples) fails: 4 of 9 blanks at 0.12–0.31 g/t, CRM bias +8%. Everything else passes.',
          },
        ],
      },
      {
        name: 'modelling_lead',
        description: 'Leads resource modelling',
        instructions: 'Have the resource estimator run estimates and report the result.',
        replies: [
          {
            handoff: 'resource_estimator',
            message:
              'Kestrel Indicated, COG 0.5 g/t Au, drop the batch B-17 samples (QAQC fail). Use the Nov block model.',
          },
          { say: 'Kestrel Indicated: 4.1 Mt @ 1.42 g/t for 187 koz (0.5 g/t COG, Nov model).' },
        ],
      },
      {
        name: 'resource_estimator',
        description: 'Resource geologist running the estimates',
        instructions: 'Run grade estimates on the block model.',
        replies: [
          {
            call: 'run_estimate',
            args: {
              zone: 'Kestrel',
              category: 'Indicated',
              cutoff_g_t: 0.5,
              block_model: 'KES_BM_2026-11',
              exclude_batches: [],
            },
            result:
              'Run RE-2611-04 (exclude_batches: none; 3,904 assays used incl. 212 from B-17): Indicated 4.10 Mt @ 1.42 g/t Au = 187.2 koz.',
            reasoning: 'Kestrel Indicated at 0.5 g/t, excluding the B-17 batch as asked.',
          },
          {
            say: 'Kestrel Indicated @ 0.5 g/t COG: 4.1 Mt @ 1.42 g/t Au for 187 koz (run RE-2611-04, Nov block model, 3,904 assays).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'modelling_lead', to: 'resource_estimator' },
      agent: 'resource_estimator',
    },
  }),
  defineScenario({
    id: 'year-end-appeal-cut-mid-sentence',
    title:
      'The appeal letter stops mid-sentence at the token limit, before the match offer; the mailing to 3,412 lapsed donors is scheduled as written',
    domain: 'nonprofit fundraising',
    mast: ['FM-3.1'],
    request:
      'Year-end appeal for Harbor Lights Food Bank. Segment: lapsed donors (gave in 2024, nothing in 2025). Ask for $50 and mention the 2:1 match from the Carver Foundation until Dec 31, that’s the hook. Mail merge goes out Thursday.',
    topology: { shape: 'pipeline', order: ['donor_segmenter', 'appeal_writer', 'mail_merge'] },
    agents: [
      {
        name: 'donor_segmenter',
        description: 'Donor database segmentation',
        instructions: 'Build donor segments for campaigns.',
        replies: [
          {
            call: 'donor_query',
            args: { gave_in: 2024, not_in: 2025 },
            result:
              'Lapsed segment LAP-25: 3,412 donors; last gift in 2024; median gift $40; 61% gave in Nov–Dec.',
          },
          {
            say: 'Segment LAP-25: 3,412 lapsed donors, median last gift $40, most gave Nov–Dec. A $50 ask fits.',
          },
        ],
      },
      {
        name: 'appeal_writer',
        description: 'Writes appeal letters',
        instructions: 'Write donor letters for the campaign brief.',
        prompt: 'Write the appeal letter. Segment: {input}\nBrief: {request}',
        replies: [
          {
            say: 'Dear {{first_name}},\n\nLast winter you helped us keep the shelves full at Harbor Lights when families needed it most. This year demand is up 31%, and we now serve 1,900 households every week.\n\nWill you come back with a gift of $50 today? Thanks to the Carver Foundation, every dollar you give before December 31 will be',
            cutOff: true,
          },
        ],
      },
      {
        name: 'mail_merge',
        description: 'Mail merge and print scheduling',
        instructions: 'Merge letters into segments and schedule print and post.',
        prompt: 'Merge this letter into segment LAP-25 and schedule it for Thursday:\n{input}',
        replies: [
          {
            call: 'schedule_mailing',
            args: { segment: 'LAP-25', template: 'YE-2026-LAPSED', send_date: '2026-12-10' },
            result: 'Mailing ML-7702 scheduled: 3,412 letters, print + post Thu 10 Dec.',
          },
          { say: 'Scheduled ML-7702: 3,412 letters to LAP-25 for Thu 10 Dec, letter text as provided.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'appeal_writer', to: 'mail_merge' },
      agent: 'appeal_writer',
    },
  }),
  defineScenario({
    id: 'noc-keeps-polling-restored-sites',
    title:
      'The NOC router asks the site monitor four times whether the 14 sites are on air, gets “14/14 up” each time, and never closes the incident',
    domain: 'telecom network operations',
    mast: ['FM-1.5', 'FM-1.3'],
    request:
      'Major: 14 cell sites in the Brno-North cluster down since 06:40 after the fibre cut at Lesná. Field team is splicing. Confirm when all 14 sites are back on air and close INC-552301 with a summary for customer care.',
    topology: { shape: 'network', coordinator: 'noc_router', workers: ['field_ops', 'site_monitor'] },
    agents: [
      {
        name: 'noc_router',
        description: 'Network operations centre coordinator',
        instructions:
          'Coordinate field ops and monitoring until the incident can be closed; then close it with a summary.',
        replies: [
          {
            handoff: 'field_ops',
            message: 'INC-552301: status of the Lesná fibre splice? ETA for traffic restore?',
          },
          { handoff: 'site_monitor', message: 'Check all 14 Brno-North sites (BRN-N01..N14): on air?' },
          { handoff: 'site_monitor', message: 'Check all 14 Brno-North sites (BRN-N01..N14): on air?' },
          { handoff: 'site_monitor', message: 'Check all 14 Brno-North sites (BRN-N01..N14): on air?' },
          { handoff: 'site_monitor', message: 'Check all 14 Brno-North sites (BRN-N01..N14): on air?' },
          {
            say: 'INC-552301 still open: waiting for confirmation that all 14 Brno-North sites are on air. Next update 13:00.',
          },
        ],
      },
      {
        name: 'field_ops',
        description: 'Field engineering team',
        instructions: 'Report on field repairs.',
        replies: [
          {
            say: 'Splice done 11:52 at Lesná chamber LS-07, 48 fibres, OTDR clean. Traffic should be back on all sites now.',
          },
        ],
      },
      {
        name: 'site_monitor',
        description: 'Monitors radio sites in the OSS',
        instructions: 'Check site status and alarms in the OSS.',
        replies: [
          {
            call: 'site_status',
            args: { cluster: 'BRN-N' },
            result: '14/14 on air (BRN-N01..N14). Alarms cleared 11:58–12:03. KPIs nominal.',
          },
          { say: 'All 14 up since 12:03 ✅ no active alarms.' },
          {
            call: 'site_status',
            args: { cluster: 'BRN-N' },
            result: '14/14 on air (BRN-N01..N14). Alarms cleared 11:58–12:03. KPIs nominal.',
          },
          { say: 'Same as before: 14/14 on air, no alarms.' },
          {
            call: 'site_status',
            args: { cluster: 'BRN-N' },
            result: '14/14 on air (BRN-N01..N14). Alarms cleared 11:58–12:03. KPIs nominal.',
          },
          { say: '14/14 on air. Nothing has changed since 12:03.' },
          {
            call: 'site_status',
            args: { cluster: 'BRN-N' },
            result: '14/14 on air (BRN-N01..N14). Alarms cleared 11:58–12:03. KPIs nominal.',
          },
          { say: 'Still 14/14 on air, all clear. Incident can be closed from my side.' },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'noc_router', to: 'site_monitor' },
      agent: 'noc_router',
    },
  }),
  defineScenario({
    id: 'octopus-quote-restated-in-other-format',
    title:
      'Supplier quotes in Spanish number format (1.250,00 EUR) are restated as €1,250.00, 3pm as 15:00 and 12k as €12,000',
    domain: 'restaurant supply',
    mast: ['FM-2.4'],
    request:
      'Hola! For the private event Sat 19 Dec (120 covers) at Casa Lúa we need 40 kg octopus plus the veg for the pulpo á feira. Budget 12k EUR max on supplier orders, delivery Friday before 3pm. Pls get quotes from our fish + veg suppliers and tell me what to order.',
    topology: {
      shape: 'fanout',
      planner: 'supply_planner',
      workers: ['fish_buyer', 'veg_buyer'],
      aggregator: 'head_chef',
    },
    agents: [
      {
        name: 'supply_planner',
        description: 'Plans supplier orders',
        instructions: 'Write one JSON brief per buyer.',
        replies: [
          {
            plan: {
              fish_buyer:
                '{"supplier":"Mariscos Vigo","item":"octopus (pulpo), frozen, 2-3 kg pieces","qty_kg":40,"deliver":"Fri 18 Dec before 15:00"}',
              veg_buyer:
                '{"supplier":"Huerta Sur","items":["potatoes 60 kg","padrón peppers 15 kg","lemons 10 kg"],"deliver":"Fri 18 Dec before 15:00"}',
            },
          },
        ],
      },
      {
        name: 'fish_buyer',
        description: 'Buys fish and seafood',
        instructions: 'Get quotes from fish suppliers.',
        replies: [
          {
            call: 'request_quote',
            args: { supplier: 'Mariscos Vigo', item: 'pulpo congelado 2-3 kg', qty_kg: 40 },
            result:
              'Mariscos Vigo, oferta Q-3391: pulpo congelado 2-3 kg, 40 kg x 31,25 EUR/kg = 1.250,00 EUR (IVA 10% no incluido). Entrega viernes 18/12 antes de las 15:00.',
          },
          {
            say: 'Mariscos Vigo quote Q-3391: 40 kg octopus @ 31,25 EUR/kg = 1.250,00 EUR + 10% IVA, delivered Fri 18/12 before 3pm.',
          },
        ],
      },
      {
        name: 'veg_buyer',
        description: 'Buys fruit and vegetables',
        instructions: 'Get quotes from produce suppliers.',
        replies: [
          {
            call: 'request_quote',
            args: { supplier: 'Huerta Sur', items: 'potatoes 60 kg, padrón peppers 15 kg, lemons 10 kg' },
            result:
              'Huerta Sur quote HS-0412: potatoes 60 kg €54.00; padrón peppers 15 kg €97.50; lemons 10 kg €22.00. Total €173.50 ex VAT. Delivery Fri 18 Dec 10:00-12:00.',
          },
          {
            say: 'Huerta Sur HS-0412: €173.50 ex VAT (potatoes 60 kg, padrón 15 kg, lemons 10 kg), delivery Fri 10–12h.',
          },
        ],
      },
      {
        name: 'head_chef',
        description: 'Head chef, signs off orders',
        instructions: 'Decide what to order from the quotes.',
        prompt: 'Quotes:\n{input}',
        replies: [
          {
            say: 'Order both. Mariscos Vigo Q-3391: 40 kg octopus, €1,250.00 + VAT (€1,375.00 incl. 10%), arriving Fri 18 Dec before 15:00. Huerta Sur HS-0412: €173.50 + VAT, arriving Fri 10:00–12:00. Total €1,423.50 ex VAT, well under the €12,000 cap.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output: figures restated in another format between agents (1.250,00 EUR → €1,250.00, 3pm → 15:00, 12k → €12,000)',
  }),
  defineScenario({
    id: 'spouse-visa-translator-declines-certifying-statements',
    title:
      'The translator declines the optional request to certify bank statements; the statements are accepted bank-stamped, so the answer does not need it',
    domain: 'immigration paperwork',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Hi, I’m applying for my wife’s UK spouse visa (Appendix FM). We married in Lagos in 2024. Can you check which documents we still need and get the Yoruba marriage certificate translated? If your translator can also certify my bank statements that would be nice but not essential, I think the bank stamps them anyway.',
    topology: {
      shape: 'supervisor',
      coordinator: 'case_manager',
      workers: ['doc_checker', 'translator'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'case_manager',
        description: 'Immigration case manager',
        instructions:
          'Have the file checked and the documents translated, then tell the client what is still needed.',
        replies: [
          {
            handoff: 'doc_checker',
            message:
              'Appendix FM spouse, applicant in Nigeria, sponsor in the UK: check file IMM-2291 for missing docs.',
          },
          {
            handoff: 'translator',
            message:
              'Certified translation Yoruba → English of the marriage certificate in IMM-2291 (UKVI rules). Optional: could you also certify the sponsor’s bank statements?',
          },
          {
            say: 'Your file IMM-2291: still missing are a TB test certificate (IOM clinic in Lagos) and your October and November payslips (6 are needed, we have 4). The marriage certificate translation is done and certified (TR-5530). About the bank statements: our translator can’t certify them, but they don’t need it, bank-stamped statements are accepted as they are.',
          },
        ],
      },
      {
        name: 'doc_checker',
        description: 'Checks visa files against the requirements',
        instructions: 'Compare the file with the document requirements of the route.',
        replies: [
          {
            call: 'file_check',
            args: { file: 'IMM-2291', route: 'Appendix FM spouse' },
            result:
              'IMM-2291: present: passports, marriage certificate (Yoruba), sponsor P60, payslips Jun–Sep (4), bank statements with bank stamp (6 months), English test A1 pass. Missing: TB certificate (IOM Lagos), payslips Oct–Nov (6 required). Bank statements bearing the bank’s stamp are accepted without further certification.',
          },
          {
            say: 'Missing: TB cert from IOM Lagos, and 2 more payslips (Oct, Nov) to make 6. Bank statements are bank-stamped, fine as they are.',
          },
        ],
      },
      {
        name: 'translator',
        description: 'Certified translator',
        instructions: 'Produce certified translations of documents.',
        replies: [
          {
            call: 'translate_document',
            args: { file: 'IMM-2291', document: 'marriage certificate', from: 'yo', to: 'en' },
            result:
              'TR-5530: marriage certificate Yoruba → English, 2 pages, with certified translation statement and translator credentials.',
          },
          {
            say: 'Done, TR-5530, certified per UKVI rules. I can’t certify the bank statements: certifying originals isn’t something a translator does (and they are in English anyway), so I left that.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task: a worker declines an optional sub-task, and the answer does not rely on it',
  }),
  defineScenario({
    id: 'brondby-set-pieces-five-matches',
    title:
      'The video scout calls the same tagging tool for five match ids and hands back totals; the analyst adds availability and answers',
    domain: 'sports analytics',
    mast: ['FM-1.3'],
    request:
      'Opponent prep for Sunday vs Brøndby (KO 14:00). I want their set-piece tendencies from the last 5 league games and who is suspended/injured. Short, for the coaches’ meeting Fri 9am.',
    topology: { shape: 'swarm', entry: 'analyst_lead', agents: ['analyst_lead', 'video_scout'] },
    agents: [
      {
        name: 'analyst_lead',
        description: 'Lead opposition analyst',
        instructions: 'Prepare opponent reports; have the video scout tag footage.',
        replies: [
          {
            call: 'fixtures',
            args: { team: 'Brøndby', last: 5 },
            result:
              'Brøndby last 5 (league): M-2026-311 vs AGF 2-1 (29 Nov); M-2026-298 @ FCM 0-0 (22 Nov); M-2026-287 vs OB 3-1 (08 Nov); M-2026-275 @ FCK 1-2 (01 Nov); M-2026-262 vs Silkeborg 2-2 (25 Oct).',
          },
          {
            handoff: 'video_scout',
            message:
              'Tag Brøndby’s set pieces in M-2026-311, -298, -287, -275, -262 (their corners + attacking FKs): delivery type, target zone, who attacks the near post.',
          },
          {
            call: 'availability',
            args: { team: 'Brøndby', match_date: '2026-12-06' },
            result:
              'Suspended: N. Tshiembe (5 yellow cards). Injured: M. Wass (hamstring, out until 2026-12-20). Doubtful: S. Vallys (knock, late fitness test).',
          },
          {
            say: 'Brøndby set pieces, last 5 league games: 31 corners, 18 inswinging (58%), 17 aimed at the near-post zone; 12 attacking free kicks; 4 set-piece goals (Tshiembe 2, Vallys 1, Hedlund 1). Tshiembe is their near-post target but is suspended Sunday. Out: Tshiembe (susp.), Wass (hamstring). Vallys doubtful, late test.',
          },
        ],
      },
      {
        name: 'video_scout',
        description: 'Tags match footage',
        instructions: 'Tag events in match video and report the counts.',
        replies: [
          {
            call: 'tag_set_pieces',
            args: { match: 'M-2026-311', team: 'Brøndby' },
            result:
              'M-2026-311: corners 7 (5 in, 2 out), near-post target 4; att. FK 3; SP goals 1 (Tshiembe header 63′).',
          },
          {
            call: 'tag_set_pieces',
            args: { match: 'M-2026-298', team: 'Brøndby' },
            result: 'M-2026-298: corners 5 (3 in, 2 out), near-post target 3; att. FK 2; SP goals 0.',
          },
          {
            call: 'tag_set_pieces',
            args: { match: 'M-2026-287', team: 'Brøndby' },
            result:
              'M-2026-287: corners 8 (5 in, 3 out), near-post target 4; att. FK 3; SP goals 2 (Tshiembe 22′, Vallys 71′).',
          },
          {
            call: 'tag_set_pieces',
            args: { match: 'M-2026-275', team: 'Brøndby' },
            result: 'M-2026-275: corners 6 (3 in, 3 out), near-post target 3; att. FK 2; SP goals 0.',
          },
          {
            call: 'tag_set_pieces',
            args: { match: 'M-2026-262', team: 'Brøndby' },
            result:
              'M-2026-262: corners 5 (2 in, 3 out), near-post target 3; att. FK 2; SP goals 1 (Hedlund 55′).',
          },
          {
            handoff: 'analyst_lead',
            message:
              'Tagged all 5: 31 corners, 18 inswing (58%), 17 aimed at the near-post zone; 12 att. FKs; 4 SP goals (Tshiembe 2, Vallys 1, Hedlund 1). Near post is nearly always Tshiembe.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'handoff_loop: the same tool called five times with a different match id, and a hand-back carrying the results',
  }),
  defineScenario({
    id: 'hokusai-teaser-wrong-date-unused',
    title:
      'A side branch drafts a teaser post with the wrong opening month; the committee pack the user asked for does not use it',
    domain: 'museum curation',
    mast: ['FM-2.4'],
    request:
      'Committee pack for Thursday: incoming loan of 6 Hokusai prints from the Minneapolis Institute of Art for “Waves & Mountains” (opens 14 May 2027). I need the condition + light-exposure plan and the insurance value summary. Thanks!',
    topology: {
      shape: 'fanout',
      planner: 'exhibitions_planner',
      workers: ['conservator', 'insurance_officer', 'comms_writer'],
      aggregator: 'exhibitions_manager',
    },
    agents: [
      {
        name: 'exhibitions_planner',
        description: 'Plans exhibition workstreams',
        instructions: 'Brief the conservator, the insurance officer and comms.',
        replies: [
          {
            plan: {
              conservator:
                'Condition / light plan for the 6 Hokusai woodblock prints (MIA loan): max lux, rotation, display 14 May – 31 Aug 2027.',
              insurance_officer:
                'Nail-to-nail insurance value summary for the 6 prints, from MIA’s valuation list.',
              comms_writer:
                'While we’re at it: draft a 280-char teaser post for the Hokusai show, no images yet.',
            },
          },
        ],
      },
      {
        name: 'conservator',
        description: 'Paper conservator',
        instructions: 'Assess condition and display conditions of works on paper.',
        replies: [
          {
            call: 'light_budget',
            args: { object_type: 'woodblock print', from: '2027-05-14', to: '2027-08-31' },
            result:
              'Woodblock prints (ISO blue wool 1-3): max 50 lux; at most 12 weeks on display, then 3 years rest. 14 May – 31 Aug 2027 = 15.5 weeks, so rotate: prints 1–3 until 30 Jun, alternate impressions after.',
          },
          {
            say: 'Max 50 lux. The run is 15.5 weeks but prints may only be out 12, so rotate: first three until 30 June, alternate impressions from 1 July. Condition reports on arrival.',
          },
        ],
      },
      {
        name: 'insurance_officer',
        description: 'Handles loan insurance',
        instructions: 'Summarise insurance values for loans.',
        replies: [
          {
            call: 'valuation_list',
            args: { lender: 'MIA', loan: 'LN-2027-08' },
            result:
              'MIA valuation LN-2027-08: 6 prints, total USD 2,840,000 (The Great Wave impression USD 1,900,000). Nail-to-nail incl. transit MSP → AMS.',
          },
          {
            say: 'Nail-to-nail USD 2.84M for the 6 prints (Great Wave USD 1.9M), transit MSP → AMS included.',
          },
        ],
      },
      {
        name: 'comms_writer',
        description: 'Social media and press',
        instructions: 'Write posts and press texts.',
        replies: [
          {
            say: '🌊 Hokusai is coming! “Waves & Mountains” opens 14 March 2027: six masterpieces from Minneapolis, including The Great Wave. Save the date! #Hokusai',
          },
        ],
      },
      {
        name: 'exhibitions_manager',
        description: 'Exhibitions manager',
        instructions: 'Put together the loans committee pack from the workstreams.',
        prompt: 'Workstreams:\n{input}',
        replies: [
          {
            say: 'Committee pack: MIA Hokusai loan (6 prints), “Waves & Mountains” 14 May – 31 Aug 2027. Condition / light: max 50 lux; prints may be on view at most 12 weeks, so the first three rotate out on 30 June for alternate impressions. Insurance: nail-to-nail USD 2,840,000 (Great Wave USD 1.9M), transit MSP → AMS included. (The comms teaser goes to the comms team separately; it is not part of the pack.)',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output: a side branch (a teaser post with the wrong opening month) whose output the answer does not use',
  }),
  defineScenario({
    id: 'trial-referral-paraphrased-constraints-kept',
    title:
      'A GP referral is paraphrased and abbreviated at each hop (“mornings only, not Wednesdays” → “AM only, no Weds”) and every constraint is kept',
    domain: 'clinical-trial recruitment',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Pt referral from Dr. Hughes (GP): 58 yo F, T2DM for 9 yrs, HbA1c 8.4%, BMI 33, on metformin 1 g BD, eGFR 71. Interested in the GLP-ART-302 study. Is she a candidate, and if so book a screening visit. She can only do mornings, and not on Wednesdays.',
    topology: {
      shape: 'branch',
      classifier: 'referral_triage',
      routes: { eligibility: 'eligibility_nurse', info: 'study_info_desk' },
      after: 'visit_booker',
    },
    agents: [
      {
        name: 'referral_triage',
        description: 'Sorts incoming study referrals',
        instructions: 'Route referrals: eligibility check, or info request only.',
        replies: [
          {
            say: 'Route: eligibility. 58F T2DM referral for GLP-ART-302 (A1c 8.4, BMI 33, metformin mono, eGFR 71). AM only, no Weds.',
          },
        ],
      },
      {
        name: 'eligibility_nurse',
        description: 'Research nurse, eligibility',
        instructions: 'Check referrals against the study’s inclusion and exclusion criteria.',
        prompt: 'Referral:\n{input}',
        replies: [
          {
            call: 'check_criteria',
            args: { study: 'GLP-ART-302', age: 58, hba1c: 8.4, bmi: 33, egfr: 71, insulin: false },
            result:
              'GLP-ART-302 pre-screen: age 40–75 ✓; T2DM ≥ 6 months ✓; HbA1c 7.0–10.5% ✓; BMI ≥ 30 ✓; eGFR ≥ 45 ✓; no insulin ✓; no pancreatitis recorded ✓. Result: PRE-ELIGIBLE.',
          },
          {
            say: 'Pre-eligible for 302: meets all I/E criteria on the referral data (58, A1c 8.4%, BMI 33, eGFR 71, no insulin). Pls book a screening visit, AM only and not Wed.',
          },
        ],
      },
      {
        name: 'study_info_desk',
        description: 'Answers questions about studies',
        instructions: 'Send study information leaflets.',
        replies: [{ say: 'Study leaflet for GLP-ART-302 sent.' }],
      },
      {
        name: 'visit_booker',
        description: 'Books research visits',
        instructions: 'Book study visits that fit the patient’s availability.',
        prompt: 'Nurse outcome:\n{input}',
        replies: [
          {
            call: 'book_visit',
            args: { study: 'GLP-ART-302', visit: 'screening', slot: '2026-12-10T09:30' },
            result: 'Screening V1 booked: Thu 10 Dec 2026 09:30, CRF room 2, ref SCR-1187.',
          },
          {
            say: 'Yes, she is a candidate (pre-eligible). Screening visit booked for Thu 10 Dec at 9:30am, CRF room 2 (SCR-1187): a morning, and not a Wednesday. Letter to the patient, copy to Dr Hughes.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task: the brief is paraphrased and abbreviated at each hop and every constraint survives',
  }),
  defineScenario({
    id: 'tacho-due-dates-after-503-retry',
    title:
      'The telematics API answers 503 once; the clerk retries after 30 s, gets the due dates and the bookings are right',
    domain: 'truck fleet maintenance',
    mast: ['FM-3.2'],
    request:
      'Quarterly check: which of our 6 reefers at Daventry are due a tachograph calibration before 31 Jan? Book the ones that are due at the Northampton centre, weekdays only.',
    topology: {
      shape: 'supervisor',
      coordinator: 'fleet_manager',
      workers: ['telematics_clerk', 'workshop_booker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'fleet_manager',
        description: 'Fleet manager',
        instructions: 'Find the units that are due and have them booked in.',
        replies: [
          {
            handoff: 'telematics_clerk',
            message:
              'Pull the tacho calibration due dates for the 6 Daventry reefers (RF-01..RF-06). Which fall before 31 Jan 2027?',
          },
          {
            handoff: 'workshop_booker',
            message:
              'Book tacho calibration at Northampton for RF-02 (due 12 Jan) and RF-05 (due 27 Jan), weekdays only, each before its due date.',
          },
          {
            say: 'Two of the six are due before 31 Jan: RF-02 (due 12 Jan) and RF-05 (due 27 Jan). Booked at Northampton: RF-02 Tue 5 Jan 08:00 (NTH-3310) and RF-05 Thu 14 Jan 10:30 (NTH-3311). RF-01, -03, -04 and -06 are due later.',
          },
        ],
      },
      {
        name: 'telematics_clerk',
        description: 'Reads the telematics system',
        instructions: 'Pull vehicle data from the telematics API.',
        replies: [
          {
            call: 'tacho_due',
            args: { depot: 'Daventry' },
            result: { error: '503 Service Unavailable: FleetLink telematics API, retry after 30 s' },
          },
          {
            call: 'tacho_due',
            args: { depot: 'Daventry' },
            result:
              'RF-01 2027-04-18; RF-02 2027-01-12; RF-03 2027-03-02; RF-04 2027-06-30; RF-05 2027-01-27; RF-06 2027-02-09.',
            text: 'FleetLink returned 503, retrying after 30 s.',
            waitMs: 30_000,
          },
          {
            say: 'FleetLink gave a 503 on the first try; the retry worked. Due before 31 Jan: RF-02 (12 Jan) and RF-05 (27 Jan). Others: RF-01 18 Apr, RF-03 2 Mar, RF-04 30 Jun, RF-06 9 Feb.',
          },
        ],
      },
      {
        name: 'workshop_booker',
        description: 'Books workshop slots',
        instructions: 'Book vehicles into approved workshops.',
        replies: [
          {
            call: 'book_slot',
            args: { unit: 'RF-02', centre: 'Northampton', date: '2027-01-05', time: '08:00' },
            result: 'NTH-3310 confirmed: RF-02 tachograph calibration, Tue 05-Jan-2027 08:00, Northampton.',
          },
          {
            call: 'book_slot',
            args: { unit: 'RF-05', centre: 'Northampton', date: '2027-01-14', time: '10:30' },
            result: 'NTH-3311 confirmed: RF-05 tachograph calibration, Thu 14-Jan-2027 10:30, Northampton.',
          },
          {
            say: 'Booked: RF-02 Tue 5 Jan 08:00 (NTH-3310), RF-05 Thu 14 Jan 10:30 (NTH-3311), both Northampton, both before their due dates.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'agent_error: a tool error (503) handled by a retry that succeeds',
  }),
  defineScenario({
    id: 'n400-date-of-birth-day-first',
    title:
      'Told to give ISO dates, the form filler copies the Colombian day-first date of birth; the portal code’s date parser throws',
    domain: 'immigration paperwork',
    mast: ['FM-1.1'],
    request:
      'N-400 naturalisation for Ana Lucía Gómez Ruiz, case IMM-3307. Details are in the intake notes. NB her DOB on the Colombian docs is 31/01/1990 (day first!). Pls prepare the form data and submit through the portal today.',
    topology: { shape: 'pipeline', order: ['intake_clerk', 'form_filler', 'portal_submitter'] },
    program: {
      crash: {
        agent: 'form_filler',
        error: 'RangeError: Invalid time value (date_of_birth "31/01/1990", expected YYYY-MM-DD)',
      },
    },
    agents: [
      {
        name: 'intake_clerk',
        description: 'Reads intake notes',
        instructions: 'Summarise the client data needed for the form.',
        replies: [
          {
            call: 'intake_notes',
            args: { case: 'IMM-3307' },
            result:
              'IMM-3307 Gómez Ruiz, Ana Lucía. Born Medellín, Colombia, 31/01/1990. LPR since 2020-06-15, A-number A 214 558 907. Address 2210 Elm Ave, Apt 4, Austin TX 78705. Married, 1 child. No trips > 6 months.',
          },
          {
            say: 'Ana Lucía Gómez Ruiz: born 31/01/1990 (Medellín), green card since 15 June 2020, A# 214-558-907, 2210 Elm Ave Apt 4, Austin TX 78705. Married, one child, no long trips abroad.',
          },
        ],
      },
      {
        name: 'form_filler',
        description: 'Turns client data into form fields',
        instructions:
          'Return ONLY JSON for the portal: {"family_name","given_name","date_of_birth","lpr_since","a_number","address"}. Dates as YYYY-MM-DD.',
        prompt: 'Client data:\n{input}',
        replies: [
          {
            say: '{"family_name":"Gómez Ruiz","given_name":"Ana Lucía","date_of_birth":"31/01/1990","lpr_since":"2020-06-15","a_number":"A214558907","address":"2210 Elm Ave Apt 4, Austin, TX 78705"}',
          },
        ],
      },
      {
        name: 'portal_submitter',
        description: 'Submits forms to the USCIS portal',
        instructions: 'Submit prepared form data.',
        replies: [{ say: 'Submitted N-400, receipt IOE0921188734.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'form_filler', to: 'portal_submitter' },
      agent: 'form_filler',
    },
  }),
  defineScenario({
    id: 'thank-you-letter-to-wrong-alvarez',
    title:
      'The CRM has two J. Alvarez; the clerk picks Julia ($50) instead of asking, although the brief says Mr. Alvarez and a $5,000 gift on Tuesday',
    domain: 'nonprofit fundraising',
    mast: ['FM-2.2'],
    request:
      'Can we get a personal thank-you out today to Mr. J. Alvarez for his $5,000 gift on Tuesday? Handwritten-style, signed by our ED (Karen). Use his home address from the CRM.',
    topology: {
      shape: 'network',
      coordinator: 'donor_care',
      workers: ['crm_clerk', 'letter_writer'],
    },
    agents: [
      {
        name: 'donor_care',
        description: 'Donor care coordinator',
        instructions: 'Get donor details from the CRM clerk and a letter from the writer, then confirm.',
        replies: [
          {
            handoff: 'crm_clerk',
            message:
              'Look up Mr. J. Alvarez, $5k gift this Tuesday (1 Dec). Need full name, salutation and home address.',
          },
          {
            handoff: 'letter_writer',
            message:
              'Thank-you letter, handwritten style, signed Karen Osei (ED), to Julia Alvarez, 14 Elm Street, Springfield IL 62704, “Dear Julia”, for her $5,000 gift on Tuesday.',
          },
          {
            say: 'Done: personal thank-you letter to Julia Alvarez (14 Elm Street, Springfield) for the $5,000 gift, signed by Karen, goes out in today’s post.',
          },
        ],
      },
      {
        name: 'crm_clerk',
        description: 'Looks up donors in the CRM',
        instructions: 'Find donor records and give their details.',
        replies: [
          {
            call: 'crm_search',
            args: { name: 'J. Alvarez' },
            result:
              '2 records: D-2240 Julia Alvarez (Ms.), 14 Elm Street, Springfield IL 62704, last gift $50 on 2026-11-28. D-1102 Javier Alvarez (Mr.), 880 Lakeview Dr, Springfield IL 62711, last gift $5,000 on 2026-12-01.',
          },
          {
            say: 'Found: Julia Alvarez, D-2240, 14 Elm Street, Springfield IL 62704. Salutation “Dear Julia”.',
          },
        ],
      },
      {
        name: 'letter_writer',
        description: 'Writes donor letters',
        instructions: 'Write donor letters in the requested style.',
        replies: [
          {
            say: 'Dear Julia, I wanted to write to you personally to thank you for your wonderful gift of $5,000 on Tuesday. It will put 4,000 meals on tables in Springfield this winter. With heartfelt thanks, Karen Osei, Executive Director',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'donor_care', to: 'crm_clerk' },
      agent: 'crm_clerk',
    },
  }),
  defineScenario({
    id: 'allergen-checker-rewrites-menu',
    title:
      'The allergen checker, asked to flag unlabelled allergens, silently swaps the almond romesco for a sauce the kitchen does not make and reports “all labelled”',
    domain: 'restaurant supply',
    mast: ['FM-1.2'],
    request:
      'Winter menu needs to go to the printer Friday. Chef wants an allergen check first: every dish must show the 14 allergens it contains. Flag anything missing so chef can decide, don’t change dishes.',
    topology: { shape: 'pipeline', order: ['menu_writer', 'allergen_checker', 'print_coordinator'] },
    agents: [
      {
        name: 'menu_writer',
        description: 'Writes menu copy',
        instructions: 'Write the menu text from the chef’s dish list.',
        replies: [
          {
            call: 'dish_list',
            args: { menu: 'winter-2026' },
            result:
              'W1 Grilled leeks, romesco (almonds, red pepper, bread), hazelnut crumb. W2 Hake, mussel beurre blanc. W3 Beef cheek, celeriac purée, red wine jus. W4 Chocolate tart, crème fraîche.',
          },
          {
            say: 'Winter menu: 1) Grilled leeks, romesco, hazelnut crumb (gluten, nuts). 2) Hake, mussel beurre blanc (fish, molluscs, milk). 3) Beef cheek, celeriac purée, red wine jus (celery, sulphites). 4) Chocolate tart, crème fraîche (gluten, eggs, milk, soya).',
          },
        ],
      },
      {
        name: 'allergen_checker',
        description: 'Checks menus against the allergen matrix',
        instructions:
          'Check every dish against the allergen matrix and list missing allergen labels for the chef. Do not change dishes.',
        prompt: 'Menu draft:\n{input}',
        replies: [
          {
            call: 'allergen_matrix',
            args: { menu: 'winter-2026' },
            result:
              'W1 romesco: almonds (nuts), bread (gluten); hazelnut crumb (nuts). W2: fish, molluscs, milk. W3 jus: sulphites; celeriac (celery). W4: gluten, eggs, milk, soya. No gaps against the draft labels, except: W1 romesco contains almonds, already covered by "nuts".',
          },
          {
            say: 'Allergens checked, all dishes labelled ✔ Menu for print: 1) Grilled leeks, nut-free red pepper sauce, toasted seeds (gluten). 2) Hake, mussel beurre blanc (fish, molluscs, milk). 3) Beef cheek, celeriac purée, red wine jus (celery, sulphites). 4) Chocolate tart, crème fraîche (gluten, eggs, milk, soya).',
            reasoning: 'Nut dishes are a risk on a printed menu, safer to make W1 nut-free.',
          },
        ],
      },
      {
        name: 'print_coordinator',
        description: 'Sends menus to the printer',
        instructions: 'Send final menu text to the printer.',
        prompt: 'Checked menu:\n{input}',
        replies: [
          {
            call: 'send_to_printer',
            args: { job: 'winter-2026-menu', copies: 120 },
            result: 'Print job PJ-8812 accepted: 120 menus, A4 card, proof by Thu 12:00, delivery Fri.',
          },
          {
            say: 'Menu sent to print (PJ-8812, 120 copies, proof Thu noon): leeks with nut-free red pepper sauce and toasted seeds; hake; beef cheek; chocolate tart. Allergens all labelled.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'menu_writer', to: 'allergen_checker' },
      agent: 'allergen_checker',
    },
  }),
  defineScenario({
    id: 'crew-change-flight-retimed-new-time-used',
    title:
      'A crew change full of flight numbers, ids and times; the Manila flight is retimed between two status checks and the later time is the one used',
    domain: 'maritime shipping',
    mast: ['FM-1.4'],
    request:
      'Crew change MV Baltic Heron at Singapore next Tuesday (8 Dec): 4 off-signers (2/O, 3/E, 2 ABs) and 4 on-signers flying in from Manila. Book flights, day room if needed, and the launch. Vessel ETA OPL 08-Dec 06:00 LT.',
    topology: {
      shape: 'nested',
      top: 'crewing_manager',
      teams: { travel_desk: ['flight_booker'], port_team: ['agency_clerk'] },
    },
    agents: [
      {
        name: 'crewing_manager',
        description: 'Crewing manager',
        instructions: 'Have travel and the port team arrange crew changes, then confirm the plan.',
        replies: [
          {
            handoff: 'travel_desk',
            message:
              'Baltic Heron CC Singapore Tue 8 Dec: 4 on-signers MNL→SIN arriving before 06:00 on the 8th; 4 off-signers SIN→MNL leaving after 14:00 on the 8th. Day room if there is a gap.',
          },
          {
            handoff: 'port_team',
            message:
              'Launch for Baltic Heron CC at Western OPL, Tue 8 Dec: on-signers out, off-signers back. Flight times from travel: on-signers land SIN 01:20 (PR 501, retimed), off-signers fly SQ 918 at 15:35.',
          },
          {
            say: 'Baltic Heron crew change, Singapore Tue 8 Dec: on-signers on PR 501 landing 01:20 (retimed from 23:55 on the 7th), day room at Changi Transit Hotel until 04:00; launch LB-7730 from West Coast Pier 04:45, alongside ~05:40; off-signers back on the same launch by 11:00, SQ 918 to Manila at 15:35. PNRs 5K2QXD / 7TR4LM.',
          },
        ],
      },
      {
        name: 'travel_desk',
        description: 'Crew travel desk',
        instructions: 'Have the flight booker book crew travel and report.',
        replies: [
          {
            handoff: 'flight_booker',
            message:
              '4 pax MNL→SIN arr before 06:00 Tue 8 Dec, 4 pax SIN→MNL dep after 14:00 Tue 8 Dec. Marine fares. Add a day room if the arrival leaves a gap.',
          },
          {
            say: 'On-signers PR 501, now landing 01:20 on the 8th (was 23:55 on the 7th), day room Changi Transit until 04:00; off-signers SQ 918 dep 15:35. PNRs 5K2QXD / 7TR4LM.',
          },
        ],
      },
      {
        name: 'flight_booker',
        description: 'Books crew flights and hotels',
        instructions: 'Book crew flights on marine fares and hotels if needed.',
        replies: [
          {
            call: 'flight_status',
            args: { flight: 'PR501', date: '2026-12-07' },
            result: 'PR 501 MNL 20:30 → SIN 23:55, 07-Dec, on time.',
          },
          {
            call: 'book_flights',
            args: { pax: 4, outbound: 'PR501 2026-12-07', inbound: 'SQ918 2026-12-08' },
            result:
              'PNR 5K2QXD: 4 pax PR 501 07-Dec MNL-SIN (marine fare). PNR 7TR4LM: 4 pax SQ 918 08-Dec SIN 15:35 - MNL 19:30 (marine fare).',
          },
          {
            call: 'flight_status',
            args: { flight: 'PR501', date: '2026-12-07' },
            result: 'PR 501 MNL 21:55 → SIN 01:20 (+1), 07-Dec, RETIMED (schedule change).',
            waitMs: 2 * 3600_000,
          },
          {
            call: 'book_hotel',
            args: { hotel: 'Changi Transit Hotel', pax: 4, from: '2026-12-08T01:30', to: '2026-12-08T04:00' },
            result: 'Day room booking CTH-55120: 2 twin rooms, 08-Dec 01:30-04:00.',
          },
          {
            say: 'Booked. On-signers: PR 501, retimed, now lands SIN 01:20 on Tue 8 Dec (PNR 5K2QXD); day room Changi Transit 01:30–04:00 (CTH-55120). Off-signers: SQ 918 SIN 15:35 → MNL 19:30 on the 8th (PNR 7TR4LM).',
          },
        ],
      },
      {
        name: 'port_team',
        description: 'Port operations team',
        instructions: 'Have the agency clerk arrange launches and port clearance.',
        replies: [
          {
            handoff: 'agency_clerk',
            message:
              'Book launch Western OPL Tue 8 Dec for 4 on / 4 off, Baltic Heron. On-signers ready at West Coast Pier from ~04:30 (land 01:20).',
          },
          {
            say: 'Launch LB-7730 from West Coast Pier 04:45 on the 8th, alongside ~05:40, returning with the off-signers by 11:00. ICA crew change approval CC-88120.',
          },
        ],
      },
      {
        name: 'agency_clerk',
        description: 'Ship agency clerk',
        instructions: 'Book launches and file crew change applications.',
        replies: [
          {
            call: 'book_launch',
            args: { pier: 'West Coast Pier', anchorage: 'Western OPL', date: '2026-12-08', time: '04:45' },
            result:
              'Launch LB-7730 confirmed: dep West Coast Pier 08-Dec 04:45, ETA vessel 05:40, return by 11:00.',
          },
          {
            call: 'crew_change_application',
            args: { vessel: 'Baltic Heron', date: '2026-12-08', on: 4, off: 4 },
            result: 'ICA/MPA crew change approval CC-88120 granted for 08-Dec.',
          },
          {
            say: 'LB-7730 dep West Coast Pier 04:45, alongside 05:40, back by 11:00. Crew change approved CC-88120.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context: a value read twice and changed in between (the flight retimed), and every later agent uses the newer value',
  }),
];

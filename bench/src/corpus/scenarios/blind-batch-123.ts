import { defineScenario } from '../scenario.ts';

// Blind batch 123: a university research lab (grant budgets, ethics approvals, sample inventory, instrument booking, manuscript submission), in English.
// Written from the README principles only; expected diagnoses were fixed before any run.

export const blindBatch123Scenarios = [
  defineScenario({
    id: 'grant-rebudget-personnel-line-moved-anyway',
    title:
      'Coordinator asks to move only consumables into equipment and leave personnel untouched; the budget officer also draws from the personnel line',
    domain: 'grant budget reallocation',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Grant ERC-StG-101078 (Prof. Lindqvist): we need €18,400 for a replacement cryostat pump. Reallocate into the equipment line from consumables only; the personnel line must not change because the postdoc contract renewal is already signed. Also tell the department finance office.',
    topology: {
      shape: 'supervisor',
      coordinator: 'lab_admin_coordinator',
      workers: ['budget_officer', 'finance_liaison'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'lab_admin_coordinator',
        description: 'Coordinates administrative requests for the Lindqvist lab',
        instructions: 'Delegate the reallocation and the notification, then summarise.',
        replies: [
          {
            handoff: 'budget_officer',
            message:
              'ERC-StG-101078: move €18,400 into Equipment (cryostat pump). Source: Consumables line only. Personnel line stays exactly as is (postdoc renewal signed).',
          },
          {
            handoff: 'finance_liaison',
            message:
              'Please notify department finance of the ERC-StG-101078 reallocation of €18,400 to Equipment once the officer confirms.',
          },
          {
            say: '## ERC-StG-101078 reallocation\n\n- €18,400 moved to **Equipment** (cryostat pump), ref. RB-2027-0442\n- Department finance notified (ticket FIN-88213)\n\nThe pump order can go out this week.',
          },
        ],
      },
      {
        name: 'budget_officer',
        description: 'Edits grant budget lines in the university finance system',
        instructions: 'Carry out budget reallocations as requested.',
        replies: [
          {
            call: 'get_budget_lines',
            args: { grant: 'ERC-StG-101078' },
            result:
              '{"grant":"ERC-StG-101078","currency":"EUR","lines":{"personnel":{"budget":412000,"committed":398500,"free":13500},"equipment":{"budget":65000,"committed":64200,"free":800},"consumables":{"budget":48000,"committed":36100,"free":11900},"travel":{"budget":14000,"committed":6300,"free":7700}}}',
          },
          {
            call: 'reallocate',
            args: {
              grant: 'ERC-StG-101078',
              transfers: [
                { from: 'consumables', to: 'equipment', amount: 11900 },
                { from: 'personnel', to: 'equipment', amount: 6500 },
              ],
            },
            result:
              '{"ref":"RB-2027-0442","status":"posted","equipment_free":19200,"consumables_free":0,"personnel_free":7000}',
          },
          {
            say: 'Posted RB-2027-0442: €11,900 from consumables + €6,500 from personnel into equipment. Equipment now has €19,200 free, enough for the €18,400 pump.',
          },
        ],
      },
      {
        name: 'finance_liaison',
        description: 'Keeps the department finance office informed',
        instructions: 'Send notifications to department finance.',
        replies: [
          {
            call: 'open_finance_ticket',
            args: { grant: 'ERC-StG-101078', subject: 'Budget reallocation €18,400 to Equipment' },
            result: '{"ticket":"FIN-88213","queue":"research-grants","status":"open"}',
          },
          { say: 'Department finance informed: ticket FIN-88213 (research-grants queue).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'lab_admin_coordinator', to: 'budget_officer' },
      agent: 'budget_officer',
    },
  }),
  defineScenario({
    id: 'freezer-cleanout-whole-batch-discarded',
    title:
      'Sample intake hands over discarding only the pre-March aliquots of batch PL-2291; the freezer manager discards every aliquot of the batch',
    domain: 'biobank sample inventory',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Freezer F-07 (-80 °C, room B214) is full. Discard the plasma aliquots of batch PL-2291 that were frozen before 1 March 2026 (past the 12-month stability window). Aliquots frozen on or after 1 March 2026 are still in use for the cohort study and must stay.',
    topology: {
      shape: 'swarm',
      entry: 'sample_intake',
      agents: ['sample_intake', 'freezer_manager'],
    },
    agents: [
      {
        name: 'sample_intake',
        description: 'Triages sample requests and hands them to the right person',
        instructions: 'Scope the request and transfer it.',
        replies: [
          {
            handoff: 'freezer_manager',
            message:
              'F-07 clean-out: discard PL-2291 plasma aliquots with freeze date < 2026-03-01 only. Aliquots frozen 2026-03-01 or later stay (cohort study).',
          },
        ],
      },
      {
        name: 'freezer_manager',
        description: 'Manages freezer contents in the LIMS',
        instructions: 'Execute discards and moves in the LIMS and confirm.',
        replies: [
          {
            call: 'lims_query',
            args: { freezer: 'F-07', batch: 'PL-2291' },
            result:
              '{"batch":"PL-2291","aliquots":64,"by_freeze_date":{"2025-11-18":24,"2026-01-09":16,"2026-03-04":24},"boxes":["F07-R2-B01","F07-R2-B02","F07-R2-B03"]}',
          },
          {
            call: 'lims_discard',
            args: { freezer: 'F-07', batch: 'PL-2291', boxes: ['F07-R2-B01', 'F07-R2-B02', 'F07-R2-B03'] },
            result: '{"discarded":64,"status":"done","audit_id":"DSC-7731"}',
          },
          {
            say: 'F-07 cleared: 64 PL-2291 plasma aliquots discarded (boxes F07-R2-B01 to B03, audit DSC-7731). Rack 2 is now free.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sample_intake', to: 'freezer_manager' },
      agent: 'freezer_manager',
    },
  }),
  defineScenario({
    id: 'ethics-amendment-cap-recruiter-briefed-old-number',
    title:
      'Ethics checker reports the amended protocol caps enrolment at 40; the router still briefs the recruiter for 60 participants',
    domain: 'human-subjects ethics approvals',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Study SLEEP-ADOL (ethics ref. HREC-2026-117): check the approval status and then start recruitment for the remaining places. Our original approval was for 60 participants, 24 are enrolled.',
    topology: {
      shape: 'network',
      coordinator: 'study_router',
      workers: ['ethics_checker', 'recruitment_officer'],
    },
    agents: [
      {
        name: 'study_router',
        description: 'Routes study administration tasks',
        instructions: 'Check ethics first, then recruitment; finish when done.',
        replies: [
          {
            handoff: 'ethics_checker',
            message: 'HREC-2026-117 (SLEEP-ADOL): current approval status, expiry and enrolment cap.',
          },
          {
            handoff: 'recruitment_officer',
            message:
              'SLEEP-ADOL approved under HREC-2026-117. Open recruitment for 36 more participants (60 approved, 24 enrolled). Use the school-partner mailing list.',
          },
          {
            say: 'SLEEP-ADOL: approval HREC-2026-117 valid to 2027-08-31. Recruitment open for 36 places via 14 partner schools (campaign RC-5520).',
          },
        ],
      },
      {
        name: 'ethics_checker',
        description: 'Looks up approvals in the ethics portal',
        instructions: 'Report the current status of an approval.',
        replies: [
          {
            call: 'ethics_portal_lookup',
            args: { ref: 'HREC-2026-117' },
            result:
              '{"ref":"HREC-2026-117","status":"approved","protocol_version":"v3","amendment":"AM-02 approved 2026-11-20","max_participants":40,"previous_max_participants":60,"expiry":"2027-08-31"}',
          },
          {
            say: 'HREC-2026-117 is approved (protocol v3, amendment AM-02 of 2026-11-20). Enrolment cap is now 40 participants (was 60). Valid to 2027-08-31.',
          },
        ],
      },
      {
        name: 'recruitment_officer',
        description: 'Runs participant recruitment campaigns',
        instructions: 'Open recruitment as briefed.',
        replies: [
          {
            call: 'open_recruitment',
            args: { study: 'SLEEP-ADOL', places: 36, channel: 'school-partners' },
            result: '{"campaign":"RC-5520","places":36,"schools_contacted":14,"status":"live"}',
          },
          { say: 'Campaign RC-5520 live: 36 places, 14 partner schools contacted.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'study_router', to: 'recruitment_officer' },
      agent: 'study_router',
    },
  }),
  defineScenario({
    id: 'journal-word-limit-trimmed-to-old-figure',
    title:
      'Journal checker finds the article limit was lowered to 3,500 words; the formatter trims the manuscript to the 4,500 words of the request',
    domain: 'manuscript submission',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Please prepare our manuscript MS-Okafor-2027-03 ("Microbial succession in peat cores") for submission to Environmental Microbiology Reports. Their limit is 4,500 words for research articles as far as I know; please check the current guidelines and trim accordingly, then submit.',
    topology: {
      shape: 'pipeline',
      order: ['journal_checker', 'manuscript_formatter', 'submission_agent'],
    },
    agents: [
      {
        name: 'journal_checker',
        description: 'Checks current author guidelines',
        instructions: 'Report the current submission requirements.',
        prompt: 'Request: {request}',
        replies: [
          {
            call: 'fetch_author_guidelines',
            args: { journal: 'Environmental Microbiology Reports', article_type: 'research article' },
            result:
              '{"journal":"Environ Microbiol Rep","article_type":"research article","word_limit":3500,"word_limit_effective_from":"2027-01-01","previous_word_limit":4500,"max_figures":6,"reference_style":"Harvard","abstract_max_words":200}',
          },
          {
            say: 'Current guidelines (since 2027-01-01): research articles max **3,500 words** (main text), max 6 figures, abstract ≤ 200 words, Harvard references.',
          },
        ],
      },
      {
        name: 'manuscript_formatter',
        description: 'Formats and trims manuscripts',
        instructions: 'Bring the manuscript into line with the requirements.',
        prompt: 'Requirements:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'trim_manuscript',
            args: { manuscript: 'MS-Okafor-2027-03', target_words: 4500, max_figures: 6, abstract_max: 200 },
            result:
              '{"manuscript":"MS-Okafor-2027-03","words_before":5212,"words_after":4486,"figures":6,"abstract_words":196,"file":"MS-Okafor-2027-03_v7.docx"}',
          },
          {
            say: 'MS-Okafor-2027-03_v7.docx ready: main text 4,486 words (from 5,212), 6 figures, abstract 196 words, Harvard style.',
          },
        ],
      },
      {
        name: 'submission_agent',
        description: 'Submits manuscripts through journal portals',
        instructions: 'Submit the prepared file.',
        prompt: 'Prepared manuscript:\n{input}',
        replies: [
          {
            call: 'submit_manuscript',
            args: { journal: 'Environ Microbiol Rep', file: 'MS-Okafor-2027-03_v7.docx' },
            result: '{"submission_id":"EMIR-27-0318","status":"received","checks":"pending"}',
          },
          {
            say: 'Submitted to Environmental Microbiology Reports: **EMIR-27-0318** (4,486 words, 6 figures). Technical checks pending.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'journal_checker', to: 'manuscript_formatter' },
      agent: 'manuscript_formatter',
    },
  }),
  defineScenario({
    id: 'ethics-amendment-draft-replaced-by-queue-ping',
    title:
      'The drafted consent-form amendment never reaches the compliance reviewer; it gets a queue notification and clears an empty package',
    domain: 'ethics amendments',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'For study GUT-MICRO-2 (HREC-2025-309) draft an amendment adding optional stool sample storage for 10 years, have it checked by compliance, then submit it to the ethics committee.',
    topology: {
      shape: 'pipeline',
      order: ['amendment_drafter', 'compliance_reviewer', 'ethics_submitter'],
    },
    program: {
      lose: {
        to: 'compliance_reviewer',
        prompt: 'Queue item CMP-Q-4471 assigned to you (priority: normal). No attachments.',
      },
    },
    agents: [
      {
        name: 'amendment_drafter',
        description: 'Drafts ethics amendments',
        instructions: 'Draft the amendment with all changed documents.',
        replies: [
          {
            say: 'Amendment AM-03 to HREC-2025-309 (GUT-MICRO-2):\n1. Protocol §7.4: optional storage of residual stool samples in biobank BB-UNI-02 for 10 years.\n2. Participant information sheet v4: new section "Storing your samples".\n3. Consent form v4: new opt-in tick box 9 (storage) and 10 (future unspecified research).\n4. Data management plan v2.1: retention 10 years, pseudonymised IDs.',
          },
        ],
      },
      {
        name: 'compliance_reviewer',
        description: 'Checks ethics packages for regulatory completeness',
        instructions: 'Check the package and state whether it can be submitted.',
        replies: [
          {
            say: 'CMP-Q-4471 reviewed: no open findings. Package is compliant and can be submitted.',
          },
        ],
      },
      {
        name: 'ethics_submitter',
        description: 'Submits packages to the ethics committee',
        instructions: 'Submit cleared packages.',
        prompt: 'Compliance outcome:\n{input}\n\nTask: {request}',
        replies: [
          {
            call: 'ethics_portal_submit',
            args: { ref: 'HREC-2025-309', type: 'amendment', compliance_ref: 'CMP-Q-4471' },
            result: '{"submission":"HREC-2025-309-AM03","status":"submitted","documents_attached":0}',
          },
          {
            say: 'Amendment submitted to the ethics committee: HREC-2025-309-AM03, compliance clearance CMP-Q-4471.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'amendment_drafter', to: 'compliance_reviewer' },
      agent: 'compliance_reviewer',
    },
  }),
  defineScenario({
    id: 'annual-inventory-audit-nitrogen-dewar-never-counted',
    title:
      'The audit planner writes a brief for the liquid-nitrogen dewar count but the program never sends it; the summary reports the audit complete',
    domain: 'annual sample inventory audit',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Annual inventory audit for the Haddad lab, due 15 January 2027: reconcile the LIMS against the -80 °C freezers F-03 and F-04 and the liquid-nitrogen dewar LN2-01 (cell lines). Give me one summary with discrepancies per storage unit.',
    topology: {
      shape: 'fanout',
      planner: 'audit_planner',
      workers: ['freezer_auditor_f03', 'freezer_auditor_f04', 'dewar_auditor'],
      aggregator: 'audit_summariser',
    },
    program: { lose: { to: 'dewar_auditor', prompt: null } },
    agents: [
      {
        name: 'audit_planner',
        description: 'Splits the inventory audit by storage unit',
        instructions: 'One brief per auditor.',
        replies: [
          {
            plan: {
              freezer_auditor_f03: 'Reconcile freezer F-03 (racks 1-5) against LIMS location prefix F03-.',
              freezer_auditor_f04: 'Reconcile freezer F-04 (racks 1-4) against LIMS location prefix F04-.',
              dewar_auditor:
                'Reconcile LN2 dewar LN2-01 (canes C01-C36, cell lines) against LIMS prefix LN01-; flag vials with no passage number.',
            },
          },
        ],
      },
      {
        name: 'freezer_auditor_f03',
        description: 'Audits freezer F-03',
        instructions: 'Scan and reconcile.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'reconcile_location',
            args: { prefix: 'F03-', racks: [1, 2, 3, 4, 5] },
            result:
              '{"lims_records":1840,"scanned":1836,"missing_in_freezer":["F03-R4-B07-A3","F03-R4-B07-A4","F03-R5-B02-H9","F03-R5-B11-C1"],"unregistered":0}',
          },
          {
            say: 'F-03: 1,836 of 1,840 LIMS records found; 4 missing (F03-R4-B07-A3/A4, F03-R5-B02-H9, F03-R5-B11-C1).',
          },
        ],
      },
      {
        name: 'freezer_auditor_f04',
        description: 'Audits freezer F-04',
        instructions: 'Scan and reconcile.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'reconcile_location',
            args: { prefix: 'F04-', racks: [1, 2, 3, 4] },
            result:
              '{"lims_records":1212,"scanned":1215,"missing_in_freezer":[],"unregistered":["F04-R1-B03-E2","F04-R1-B03-E3","F04-R3-B09-A1"]}',
          },
          {
            say: 'F-04: all 1,212 LIMS records present; 3 unregistered tubes (F04-R1-B03-E2/E3, F04-R3-B09-A1).',
          },
        ],
      },
      {
        name: 'dewar_auditor',
        description: 'Audits the liquid-nitrogen dewar',
        instructions: 'Scan canes and reconcile.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'reconcile_location',
            args: { prefix: 'LN01-', canes: 'C01-C36' },
            result: '{"lims_records":288,"scanned":281,"missing_in_dewar":7,"no_passage_number":12}',
          },
          { say: 'LN2-01: 281 of 288 vials found, 7 missing, 12 without passage number.' },
        ],
      },
      {
        name: 'audit_summariser',
        description: 'Writes the audit summary',
        instructions: 'Merge the auditors’ results into one report.',
        prompt: 'Auditor results:\n{input}',
        replies: [
          {
            say: '## Haddad lab inventory audit 2027\n\n| unit | LIMS | found | discrepancies |\n|---|---|---|---|\n| F-03 | 1,840 | 1,836 | 4 missing |\n| F-04 | 1,212 | 1,215 | 3 unregistered |\n\nAudit complete; 7 discrepancies to resolve before 15 January.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'audit_planner', to: 'dewar_auditor' },
      agent: 'audit_planner',
    },
  }),
  defineScenario({
    id: 'grant-remaining-balance-subtracted-wrong',
    title:
      'The ledger analyst reads €48,310 spent of €120,000 and reports €81,690 remaining; the figure goes into the PI report',
    domain: 'grant spend reporting',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Mid-term report for grant BBSRC-BB/Y0042 is due Friday. I need the remaining budget on the grant and the state of our consumables stock so I can plan the second year.',
    topology: {
      shape: 'nested',
      top: 'pi_assistant',
      teams: {
        finance_lead: ['ledger_analyst'],
        lab_manager: ['stock_clerk'],
      },
    },
    agents: [
      {
        name: 'pi_assistant',
        description: 'Prepares reports for the principal investigator',
        instructions: 'Collect finance and stock information and write the summary.',
        replies: [
          {
            handoff: 'finance_lead',
            message: 'BBSRC-BB/Y0042: total award, spend to date, remaining balance.',
          },
          {
            handoff: 'lab_manager',
            message: 'Consumables stock status for the mid-term report: anything low or expiring?',
          },
          {
            say: '## BBSRC-BB/Y0042 — mid-term position\n\n- Award: €120,000\n- Spent to date: €48,310\n- **Remaining: €81,690**\n\nStock: Taq polymerase and 0.2 ml PCR strips below reorder level; one FBS lot expires 2027-02-28.',
          },
        ],
      },
      {
        name: 'finance_lead',
        description: 'Leads grant finance queries',
        instructions: 'Delegate ledger work and report.',
        replies: [
          {
            handoff: 'ledger_analyst',
            message: 'Pull the BBSRC-BB/Y0042 ledger and compute the remaining balance.',
          },
          { say: 'BBSRC-BB/Y0042: award €120,000, spent €48,310, remaining €81,690.' },
        ],
      },
      {
        name: 'ledger_analyst',
        description: 'Reads grant ledgers',
        instructions: 'Pull ledgers and compute balances.',
        replies: [
          {
            call: 'grant_ledger',
            args: { grant: 'BBSRC-BB/Y0042', as_of: '2027-01-08' },
            result:
              '{"grant":"BBSRC-BB/Y0042","currency":"EUR","award_total":120000.00,"spent":{"staff":31250.00,"consumables":12480.00,"travel":2910.00,"equipment":1670.00},"spent_total":48310.00}',
          },
          {
            say: 'Ledger as of 2027-01-08: award €120,000.00, spent €48,310.00 (staff 31,250; consumables 12,480; travel 2,910; equipment 1,670). Remaining: €81,690.00.',
          },
        ],
      },
      {
        name: 'lab_manager',
        description: 'Manages the lab and its stock',
        instructions: 'Delegate stock checks and report.',
        replies: [
          {
            handoff: 'stock_clerk',
            message: 'Stock report: items below reorder level and lots expiring before 2027-04-01.',
          },
          { say: 'Low: Taq polymerase, 0.2 ml PCR strips. Expiring: FBS lot 2214587 on 2027-02-28.' },
        ],
      },
      {
        name: 'stock_clerk',
        description: 'Keeps the consumables stock list',
        instructions: 'Check stock levels.',
        replies: [
          {
            call: 'stock_report',
            args: { below_reorder: true, expiring_before: '2027-04-01' },
            result:
              '{"below_reorder":[{"item":"Taq polymerase 500U","qty":1,"reorder_at":3},{"item":"PCR strips 0.2 ml","qty":2,"reorder_at":10}],"expiring":[{"item":"FBS","lot":"2214587","expiry":"2027-02-28"}]}',
          },
          {
            say: 'Below reorder: Taq polymerase 500U (1, reorder at 3), PCR strips 0.2 ml (2 packs, reorder at 10). Expiring: FBS lot 2214587 on 2027-02-28.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'ledger_analyst', to: 'finance_lead' },
      agent: 'ledger_analyst',
    },
  }),
  defineScenario({
    id: 'cryo-em-booking-timeout-reported-confirmed',
    title:
      'The booking system times out on the Krios slot; the instrument booker tells the coordinator the slot is booked',
    domain: 'core-facility instrument booking',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Book the Titan Krios (cryo-EM core) for a 48 h data collection starting 2027-02-15 09:00 for project CEM-0193, and reserve the Vitrobot the day before for grid prep.',
    topology: {
      shape: 'supervisor',
      coordinator: 'facility_coordinator',
      workers: ['krios_booker', 'prep_booker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'facility_coordinator',
        description: 'Coordinates core-facility bookings',
        instructions: 'Delegate each booking and confirm to the user.',
        replies: [
          {
            handoff: 'krios_booker',
            message: 'Titan Krios, project CEM-0193, 2027-02-15 09:00 for 48 h (until 2027-02-17 09:00).',
          },
          {
            handoff: 'prep_booker',
            message: 'Vitrobot Mark IV, project CEM-0193, 2027-02-14, full day for grid preparation.',
          },
          {
            say: '**Bookings for CEM-0193**\n\n| instrument | slot | ref |\n|---|---|---|\n| Titan Krios | 15 Feb 09:00 to 17 Feb 09:00 | KR-27-0215 |\n| Vitrobot Mark IV | 14 Feb 08:00-18:00 | VB-5521 |',
          },
        ],
      },
      {
        name: 'krios_booker',
        description: 'Books the cryo-EM microscopes',
        instructions: 'Book the requested slot and report the reference.',
        replies: [
          {
            call: 'book_instrument',
            args: { instrument: 'TITAN-KRIOS-G4', project: 'CEM-0193', start: '2027-02-15T09:00', hours: 48 },
            result: {
              error: 'FacilityOnline API: 504 Gateway Timeout after 30000 ms (no reservation written)',
            },
          },
          { say: 'Titan Krios booked for CEM-0193: 15 Feb 09:00 to 17 Feb 09:00, ref KR-27-0215.' },
        ],
      },
      {
        name: 'prep_booker',
        description: 'Books sample-preparation instruments',
        instructions: 'Book the requested slot.',
        replies: [
          {
            call: 'book_instrument',
            args: { instrument: 'VITROBOT-MK4', project: 'CEM-0193', start: '2027-02-14T08:00', hours: 10 },
            result:
              '{"reservation":"VB-5521","instrument":"VITROBOT-MK4","start":"2027-02-14T08:00","end":"2027-02-14T18:00","status":"confirmed"}',
          },
          { say: 'Vitrobot booked 14 Feb 08:00-18:00, reservation VB-5521.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'krios_booker', to: 'facility_coordinator' },
      agent: 'krios_booker',
    },
  }),
  defineScenario({
    id: 'rebuttal-letter-resent-unchanged-three-rounds',
    title:
      'The response writer sends the same rebuttal letter three times; the co-author keeps asking for the missing reviewer 2 point and the letter goes out unresolved',
    domain: 'manuscript revision',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Manuscript NCOMMS-26-41877 came back with major revisions. Draft the point-by-point response; reviewer 2 comment 3 (sample size justification for the mouse cohort) must be answered with the power calculation from the supplement. Then format it for upload.',
    topology: {
      shape: 'pipeline',
      order: ['response_writer', 'coauthor_reviewer', 'upload_formatter'],
      loop: { from: 'coauthor_reviewer', to: 'response_writer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'response_writer',
        description: 'Drafts rebuttal letters',
        instructions: 'Write or revise the response letter.',
        prompt: 'Input:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'Response to reviewers, NCOMMS-26-41877\nR1.1 Added qPCR validation (new Fig. S4).\nR1.2 Clarified gating strategy in Methods.\nR2.1 Added littermate controls statement.\nR2.2 Corrected the scale bars in Fig. 2.\nR2.3 We thank the reviewer; the cohort size follows common practice in the field.',
          },
          {
            say: 'Response to reviewers, NCOMMS-26-41877\nR1.1 Added qPCR validation (new Fig. S4).\nR1.2 Clarified gating strategy in Methods.\nR2.1 Added littermate controls statement.\nR2.2 Corrected the scale bars in Fig. 2.\nR2.3 We thank the reviewer; the cohort size follows common practice in the field.',
          },
          {
            say: 'Response to reviewers, NCOMMS-26-41877\nR1.1 Added qPCR validation (new Fig. S4).\nR1.2 Clarified gating strategy in Methods.\nR2.1 Added littermate controls statement.\nR2.2 Corrected the scale bars in Fig. 2.\nR2.3 We thank the reviewer; the cohort size follows common practice in the field.',
          },
        ],
      },
      {
        name: 'coauthor_reviewer',
        description: 'Senior co-author who checks the response',
        instructions: 'Answer "APPROVED: ..." or "REVISE: ...".',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'REVISE: R2.3 needs the power calculation (Suppl. Table S2: n = 12 per group, 80 % power, α = 0.05, effect size d = 1.2).',
          },
          {
            say: 'REVISE: R2.3 still has no power calculation. Use Suppl. Table S2 (n = 12/group, 80 % power, α = 0.05, d = 1.2).',
          },
          { say: 'REVISE: R2.3 unchanged again; the power calculation from Table S2 is required.' },
        ],
      },
      {
        name: 'upload_formatter',
        description: 'Formats documents for the journal portal',
        instructions: 'Format the letter for upload.',
        prompt: 'Last review:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'Response letter formatted for upload (NCOMMS-26-41877_response.pdf, 3 pages, reviewer comments in bold, answers in plain text). Ready in the Nature portal draft.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'response_writer', to: 'coauthor_reviewer' },
      agent: 'response_writer',
    },
  }),
  defineScenario({
    id: 'dry-ice-shipment-manifest-rejected-by-courier-step',
    title:
      'The program rejects the sample manifest builder’s answer while parsing it; the courier booking never happens',
    domain: 'sample shipping between labs',
    mast: ['FM-3.1'],
    request:
      'Ship 96 frozen serum samples (box SRM-B12) on dry ice to the collaborating lab at Karolinska (Dr. Berg) on Monday 2027-03-08, with a manifest, a courier booking and a notification to the recipient.',
    topology: {
      shape: 'pipeline',
      order: ['manifest_builder', 'courier_booker', 'recipient_notifier'],
    },
    program: {
      crash: {
        agent: 'manifest_builder',
        error:
          'ManifestParseError: expected field "UN number" in line 4, got "UN 1845 Dry ice, 6 kg" (schema v2 wants "UN1845")',
      },
    },
    agents: [
      {
        name: 'manifest_builder',
        description: 'Builds shipping manifests from the LIMS',
        instructions: 'Write the manifest for the shipment.',
        replies: [
          {
            call: 'lims_box_contents',
            args: { box: 'SRM-B12' },
            result:
              '{"box":"SRM-B12","samples":96,"type":"serum","volume_ul":250,"category":"UN3373 Biological substance, Category B"}',
          },
          {
            say: 'Manifest SRM-B12\nContents: 96 × serum 250 µl\nClass: UN3373 Biological substance, Category B\nUN number: UN 1845 Dry ice, 6 kg\nShipper: Dept. of Immunology, Room C3.12\nRecipient: Dr. A. Berg, Karolinska Institutet, Solna',
          },
        ],
      },
      {
        name: 'courier_booker',
        description: 'Books the cold-chain courier',
        instructions: 'Book the courier from the manifest.',
        replies: [
          {
            call: 'book_courier',
            args: { manifest: 'SRM-B12', date: '2027-03-08', service: 'dry-ice-48h' },
            result: '{"awb":"WC-5581203","pickup":"2027-03-08T10:00","eta":"2027-03-09T12:00"}',
          },
          { say: 'Courier booked: AWB WC-5581203, pickup Monday 10:00, ETA Tuesday 12:00.' },
        ],
      },
      {
        name: 'recipient_notifier',
        description: 'Notifies the receiving lab',
        instructions: 'Email the recipient the tracking details.',
        replies: [
          {
            say: 'Dr. Berg notified: AWB WC-5581203, arrival Tuesday 2027-03-09 around 12:00, 96 serum samples on dry ice.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'manifest_builder', to: 'courier_booker' },
      agent: 'manifest_builder',
    },
  }),
  defineScenario({
    id: 'reagent-order-litres-to-millilitres-healthy',
    title:
      'The classifier routes a reagent order; the purchaser converts 2.5 L to 2,500 mL and the European date to ISO, and the notifier reports the same order',
    domain: 'lab purchasing',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: quantity and date change form between agents (2.5 L → 5 × 500 mL, 03/02/2027 → 2027-02-03) but not value',
    request:
      'Please order 2.5 L of HPLC-grade acetonitrile for the Chen group, cost centre CC-4410-CHEM, needed by 03/02/2027 (3 February). Let the group know once ordered.',
    topology: {
      shape: 'branch',
      classifier: 'request_classifier',
      routes: { purchase: 'reagent_purchaser', booking: 'instrument_scheduler' },
      after: 'group_notifier',
    },
    agents: [
      {
        name: 'request_classifier',
        description: 'Classifies lab service requests',
        instructions: 'Answer with the category: purchase or booking.',
        replies: [{ say: 'purchase: chemical reagent, solvent, cost centre CC-4410-CHEM' }],
      },
      {
        name: 'reagent_purchaser',
        description: 'Places reagent orders with approved suppliers',
        instructions: 'Place the order and report it.',
        prompt: 'Request: {request}\nClassification: {input}',
        replies: [
          {
            call: 'supplier_catalogue',
            args: { query: 'acetonitrile HPLC grade', pack_sizes_ml: true },
            result:
              '{"supplier":"VWR","item":"ACN HiPerSolv CHROMANORM","cat_no":"20060.320","pack_ml":500,"price_eur":41.20,"in_stock":18}',
          },
          {
            call: 'place_order',
            args: { cat_no: '20060.320', quantity: 5, cost_centre: 'CC-4410-CHEM', deliver_by: '2027-02-03' },
            result: '{"po":"PO-27-01932","total_eur":206.00,"delivery":"2027-02-01","status":"confirmed"}',
          },
          {
            say: 'PO-27-01932: 5 × 500 mL acetonitrile HPLC (VWR 20060.320) = 2,500 mL, €206.00 on CC-4410-CHEM. Delivery 2027-02-01, before the 2027-02-03 deadline.',
          },
        ],
      },
      {
        name: 'instrument_scheduler',
        description: 'Books shared instruments',
        instructions: 'Book instruments.',
        replies: [{ say: 'No booking needed.' }],
      },
      {
        name: 'group_notifier',
        description: 'Informs research groups',
        instructions: 'Tell the group what was done.',
        prompt: 'Outcome:\n{input}',
        replies: [
          {
            say: 'Hi Chen group, your acetonitrile (HPLC grade, 2.5 L as 5 bottles of 500 mL) is ordered under PO-27-01932, €206.00 on CC-4410-CHEM, arriving 1 Feb 2027, two days before you need it.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ethics-renewal-sweep-closed-study-skipped-healthy',
    title:
      'Of three studies checked for ethics renewal, the one closed in 2026 is excluded by the planner as the request allows; the summary says so',
    domain: 'ethics approval renewals',
    mast: ['FM-1.1', 'FM-3.1'],
    nearMissOf:
      'lost_message / misunderstood_task: one study gets no worker, a legitimate exclusion stated in the request',
    request:
      'Which of our studies need an ethics renewal before 30 June 2027? Studies: COG-AGE (HREC-2023-044), VR-PAIN (HREC-2024-188), and SKIN-UV (HREC-2022-015). SKIN-UV was formally closed in October 2026, so leave it out.',
    topology: {
      shape: 'fanout',
      planner: 'renewal_planner',
      workers: ['renewal_checker_a', 'renewal_checker_b'],
      aggregator: 'renewal_reporter',
    },
    agents: [
      {
        name: 'renewal_planner',
        description: 'Splits renewal checks',
        instructions: 'One brief per checker; exclude closed studies.',
        replies: [
          {
            plan: {
              renewal_checker_a:
                'COG-AGE, HREC-2023-044: expiry date and whether a renewal is due before 2027-06-30.',
              renewal_checker_b:
                'VR-PAIN, HREC-2024-188: expiry date and whether a renewal is due before 2027-06-30.',
            },
          },
        ],
      },
      {
        name: 'renewal_checker_a',
        description: 'Checks one approval',
        instructions: 'Look up the approval.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'ethics_portal_lookup',
            args: { ref: 'HREC-2023-044' },
            result:
              '{"ref":"HREC-2023-044","study":"COG-AGE","status":"approved","expiry":"2027-04-30","renewal_window_opens":"2027-02-28"}',
          },
          { say: 'COG-AGE (HREC-2023-044) expires 2027-04-30; renewal due, window opens 2027-02-28.' },
        ],
      },
      {
        name: 'renewal_checker_b',
        description: 'Checks one approval',
        instructions: 'Look up the approval.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'ethics_portal_lookup',
            args: { ref: 'HREC-2024-188' },
            result: '{"ref":"HREC-2024-188","study":"VR-PAIN","status":"approved","expiry":"2028-09-15"}',
          },
          { say: 'VR-PAIN (HREC-2024-188) valid to 2028-09-15; no renewal needed before 30 June 2027.' },
        ],
      },
      {
        name: 'renewal_reporter',
        description: 'Writes the renewal overview',
        instructions: 'Summarise the checks.',
        prompt: 'Checks:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '| study | ref | expiry | renewal before 30 Jun 2027 |\n|---|---|---|---|\n| COG-AGE | HREC-2023-044 | 2027-04-30 | **yes** (window opens 28 Feb) |\n| VR-PAIN | HREC-2024-188 | 2028-09-15 | no |\n\nSKIN-UV (HREC-2022-015) left out as requested: closed October 2026.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'nmr-booking-retry-after-lock-healthy',
    title:
      'The NMR booking tool reports a calendar lock; the scheduler retries, gets the slot, and hands the confirmed reference to the sample prep peer',
    domain: 'instrument booking',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that the agent handles with a successful retry',
    request:
      'Book 4 hours on the 600 MHz NMR for Thursday 2027-01-21 from 13:00 (project NMR-PEP-12) and have the samples prepared in Shigemi tubes for that slot.',
    topology: {
      shape: 'swarm',
      entry: 'nmr_scheduler',
      agents: ['nmr_scheduler', 'sample_prep_tech'],
    },
    agents: [
      {
        name: 'nmr_scheduler',
        description: 'Books NMR spectrometer time',
        instructions: 'Book the slot, then transfer to sample prep with the reference.',
        replies: [
          {
            call: 'book_nmr',
            args: {
              spectrometer: 'AVANCE-NEO-600',
              start: '2027-01-21T13:00',
              hours: 4,
              project: 'NMR-PEP-12',
            },
            result: {
              error: 'CalendarLockError: calendar AVANCE-NEO-600 locked by another transaction, retry in 5 s',
            },
          },
          {
            call: 'book_nmr',
            args: {
              spectrometer: 'AVANCE-NEO-600',
              start: '2027-01-21T13:00',
              hours: 4,
              project: 'NMR-PEP-12',
            },
            result:
              '{"booking":"NMR6-27-0121-03","start":"2027-01-21T13:00","end":"2027-01-21T17:00","status":"confirmed"}',
            text: 'The calendar was locked on the first attempt; retrying.',
          },
          {
            handoff: 'sample_prep_tech',
            message:
              'NMR slot confirmed on the second attempt (first hit a calendar lock): NMR6-27-0121-03, AVANCE-NEO-600, Thu 2027-01-21 13:00-17:00. Please prepare NMR-PEP-12 samples in Shigemi tubes for 12:30.',
          },
        ],
      },
      {
        name: 'sample_prep_tech',
        description: 'Prepares samples for instruments',
        instructions: 'Schedule sample prep and answer the user.',
        replies: [
          {
            call: 'schedule_prep',
            args: { project: 'NMR-PEP-12', tube: 'Shigemi 5 mm', ready_by: '2027-01-21T12:30' },
            result:
              '{"task":"PREP-8842","samples":3,"solvent":"90% H2O/10% D2O","ready_by":"2027-01-21T12:30"}',
          },
          {
            say: 'NMR booked: **NMR6-27-0121-03**, 600 MHz AVANCE NEO, Thu 21 Jan 2027 13:00-17:00. Three NMR-PEP-12 samples will be ready in Shigemi tubes (90% H2O/10% D2O) by 12:30, prep task PREP-8842.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'travel-budget-revised-figure-used-healthy',
    title:
      'The request quotes a travel allowance of €3,000, the grant office says it was revised to €2,200; the coordinator briefs the travel booker with €2,200 and mentions the old figure only as history',
    domain: 'conference travel on grant funds',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded allowance is mentioned but correctly not used',
    request:
      'PhD student Maria Santos (grant H2020-MSCA-955210) goes to ISMB 2027 in Lisbon, 12-16 July. Her travel allowance is €3,000 I believe. Check the allowance and book flights and hotel within it.',
    topology: {
      shape: 'supervisor',
      coordinator: 'travel_coordinator',
      workers: ['grant_office_agent', 'travel_booker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'travel_coordinator',
        description: 'Organises conference travel',
        instructions: 'Check the allowance first, then book within it.',
        replies: [
          {
            handoff: 'grant_office_agent',
            message: 'H2020-MSCA-955210: current travel allowance for Maria Santos, 2027.',
          },
          {
            handoff: 'travel_booker',
            message:
              'Book ISMB 2027 Lisbon 12-16 July for Maria Santos. Budget cap €2,200 in total (grant office revised it down from the €3,000 quoted in the request). Economy flight + 4 nights near the venue.',
          },
          {
            say: '## ISMB 2027 travel, Maria Santos\n\n- Allowance: **€2,200** (revised from €3,000, grant office ref. GO-2027-311)\n- Flight AMS→LIS 11 Jul / LIS→AMS 16 Jul: €312\n- Hotel Lisboa Oriente, 5 nights: €905\n- Total €1,217, leaving €983 for registration (€560) and per diem.',
          },
        ],
      },
      {
        name: 'grant_office_agent',
        description: 'Answers grant rule questions',
        instructions: 'Look up allowances.',
        replies: [
          {
            call: 'grant_allowance',
            args: { grant: 'H2020-MSCA-955210', person: 'Santos, Maria', year: 2027, category: 'travel' },
            result:
              '{"allowance_eur":2200,"previous_allowance_eur":3000,"changed":"2026-12-01","reason":"consortium reallocation","ref":"GO-2027-311"}',
          },
          {
            say: 'Travel allowance 2027 for Maria Santos: €2,200 (reduced from €3,000 on 2026-12-01, consortium reallocation, ref GO-2027-311).',
          },
        ],
      },
      {
        name: 'travel_booker',
        description: 'Books flights and hotels',
        instructions: 'Book within the cap.',
        replies: [
          {
            call: 'book_travel',
            args: {
              traveller: 'Maria Santos',
              destination: 'LIS',
              depart: '2027-07-11',
              return: '2027-07-16',
              cap_eur: 2200,
            },
            result:
              '{"flight":{"pnr":"KL7Q2M","price_eur":312},"hotel":{"name":"Hotel Lisboa Oriente","nights":5,"price_eur":905},"total_eur":1217}',
          },
          {
            say: 'Booked: flight PNR KL7Q2M €312, Hotel Lisboa Oriente 5 nights €905. Total €1,217, under the €2,200 cap.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'biobank-transfer-reconciliation-many-ids-healthy',
    title:
      'A router sends a long sample-transfer reconciliation full of box ids, counts and codes between two workers; all figures agree end to end',
    domain: 'biobank sample transfers',
    mast: ['FM-2.4', 'FM-3.3'],
    nearMissOf: 'low_quality_output: long texts dense with ids and counters that are nevertheless consistent',
    request:
      'We are moving the DIAB-COH cohort samples from freezer F-11 to the biobank BB-UNI-02. Reconcile what left F-11 with what the biobank received and register the transfer.',
    topology: {
      shape: 'network',
      coordinator: 'transfer_router',
      workers: ['transfer_reconciler', 'biobank_registrar'],
    },
    agents: [
      {
        name: 'transfer_router',
        description: 'Routes sample-transfer work',
        instructions: 'Reconcile, then register; finish when done.',
        replies: [
          {
            handoff: 'transfer_reconciler',
            message:
              'DIAB-COH F-11 → BB-UNI-02: compare dispatch manifest TM-2027-014 with the biobank receipt.',
          },
          {
            handoff: 'biobank_registrar',
            message:
              'Register TM-2027-014 in BB-UNI-02: 6 boxes (DC-F11-B01…B06), 486 tubes received (81 per box), 0 missing, temperature log max -71.4 °C.',
          },
          {
            say: '## DIAB-COH transfer TM-2027-014\n\n| box | dispatched | received |\n|---|---|---|\n| DC-F11-B01 | 81 | 81 |\n| DC-F11-B02 | 81 | 81 |\n| DC-F11-B03 | 81 | 81 |\n| DC-F11-B04 | 81 | 81 |\n| DC-F11-B05 | 81 | 81 |\n| DC-F11-B06 | 81 | 81 |\n| **total** | **486** | **486** |\n\nTemperature max -71.4 °C (limit -60 °C). Registered as BB-REG-2027-0077 in racks BB02-R14/R15.',
          },
        ],
      },
      {
        name: 'transfer_reconciler',
        description: 'Reconciles manifests with receipts',
        instructions: 'Compare dispatch and receipt.',
        replies: [
          {
            call: 'compare_manifest',
            args: { manifest: 'TM-2027-014', receipt: 'RCV-BB02-27-0031' },
            result:
              '{"boxes":[{"id":"DC-F11-B01","sent":81,"recv":81},{"id":"DC-F11-B02","sent":81,"recv":81},{"id":"DC-F11-B03","sent":81,"recv":81},{"id":"DC-F11-B04","sent":81,"recv":81},{"id":"DC-F11-B05","sent":81,"recv":81},{"id":"DC-F11-B06","sent":81,"recv":81}],"sent_total":486,"recv_total":486,"temp_log":{"logger":"TL-3307","max_c":-71.4,"min_c":-79.8}}',
          },
          {
            say: 'TM-2027-014 vs RCV-BB02-27-0031: 6/6 boxes, 486/486 tubes (81 each, DC-F11-B01…B06). Logger TL-3307: -79.8 to -71.4 °C. No discrepancies.',
          },
        ],
      },
      {
        name: 'biobank_registrar',
        description: 'Registers samples in the biobank',
        instructions: 'Register received samples.',
        replies: [
          {
            call: 'register_transfer',
            args: { manifest: 'TM-2027-014', boxes: 6, tubes: 486, biobank: 'BB-UNI-02' },
            result: '{"registration":"BB-REG-2027-0077","racks":["BB02-R14","BB02-R15"],"tubes":486}',
          },
          { say: 'Registered BB-REG-2027-0077: 486 tubes in racks BB02-R14 and BB02-R15.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'conference-abstract-paraphrased-brief-healthy',
    title:
      'The top coordinator paraphrases the abstract brief and the team leads hand back results; the 250-word limit and the 2027-03-15 deadline survive every rewording',
    domain: 'conference abstract submission',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the brief is reworded at each level (250 words ↔ "no more than two hundred and fifty words", 15 March ↔ 2027-03-15) without changing it',
    request:
      'Submit an abstract on our zebrafish fin-regeneration results to the ISSCR 2027 annual meeting. Limit is 250 words, deadline 15 March 2027. Also check the group can cover the registration fee from grant NIH-R01-HD109876.',
    topology: {
      shape: 'nested',
      top: 'lab_director_assistant',
      teams: {
        writing_lead: ['abstract_writer'],
        finance_lead_isscr: ['fee_checker'],
      },
    },
    agents: [
      {
        name: 'lab_director_assistant',
        description: 'Runs submissions for the lab director',
        instructions: 'Delegate writing and funding check, then report.',
        replies: [
          {
            handoff: 'writing_lead',
            message:
              'ISSCR 2027 abstract, zebrafish fin regeneration; no more than two hundred and fifty words; must be in by 2027-03-15.',
          },
          { handoff: 'finance_lead_isscr', message: 'Can NIH-R01-HD109876 pay the ISSCR 2027 registration?' },
          {
            say: '**ISSCR 2027**\n\n- Abstract submitted: ISSCR27-A-04412, 243 words, on 2027-03-10 (deadline 15 March)\n- Registration fee US$ 895 (member early rate) can be charged to NIH-R01-HD109876, travel/conference line has US$ 4,120 free.',
          },
        ],
      },
      {
        name: 'writing_lead',
        description: 'Leads writing tasks',
        instructions: 'Delegate and hand back the result.',
        replies: [
          {
            handoff: 'abstract_writer',
            message:
              'Write and submit the ISSCR 2027 abstract (max 250 words) on fin regeneration before 15 March 2027.',
          },
          { say: 'Submitted ISSCR27-A-04412 (243 words) on 10 March, before the 15 March deadline.' },
        ],
      },
      {
        name: 'abstract_writer',
        description: 'Writes and submits abstracts',
        instructions: 'Write within the limit and submit.',
        replies: [
          {
            call: 'submit_abstract',
            args: {
              meeting: 'ISSCR-2027',
              title: 'Osteoblast dedifferentiation drives zebrafish fin regeneration via Wnt/β-catenin',
              words: 243,
            },
            result:
              '{"abstract_id":"ISSCR27-A-04412","words":243,"limit":250,"submitted":"2027-03-10T16:42Z","deadline":"2027-03-15T23:59Z"}',
          },
          { say: 'ISSCR27-A-04412 submitted 2027-03-10, 243/250 words.' },
        ],
      },
      {
        name: 'finance_lead_isscr',
        description: 'Leads grant finance checks',
        instructions: 'Delegate and hand back.',
        replies: [
          {
            handoff: 'fee_checker',
            message: 'ISSCR 2027 registration on NIH-R01-HD109876: allowed and affordable?',
          },
          { say: 'Yes: US$ 895 allowed on NIH-R01-HD109876 conference line, US$ 4,120 free.' },
        ],
      },
      {
        name: 'fee_checker',
        description: 'Checks whether costs are eligible on grants',
        instructions: 'Check eligibility and balance.',
        replies: [
          {
            call: 'grant_line_balance',
            args: { grant: 'NIH-R01-HD109876', line: 'travel_conference' },
            result:
              '{"line":"travel_conference","free_usd":4120,"conference_fees_allowed":true,"quote":{"item":"ISSCR 2027 registration, member early","usd":895}}',
          },
          {
            say: 'Conference fees are eligible; travel/conference line has US$ 4,120 free. ISSCR member early fee is US$ 895.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

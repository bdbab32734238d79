import { defineScenario } from '../scenario.ts';

// Blind batch 83: legal e-discovery and litigation support. Written from the README principles only,
// without reading the checks, the diagnosis, the baseline or the benchmark notes. Expected diagnoses
// were fixed before any run.

const faults = [
  defineScenario({
    id: 'lakeshore-collection-run-on-pre-stipulation-date-window',
    title:
      'The scope analyst reports that the stipulated ESI order (Dkt. 64) pulled the relevant period back to 1 Jan 2023; the collection specialist still collects from 1 Jun 2023, the window in the RFP responses',
    domain: 'e-discovery collection scoping',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Mercer Outdoor Co. v. Tallis Gear LLC, No. 3:25-cv-01182 (D. Or.) — we represent Tallis. Collect M365 mail, OneDrive and Teams chats for custodians J. Aoki, P. Brandt and L. Castellanos for the window in our RFP responses (1 Jun 2023 – 31 Mar 2025), confirm the holds are acknowledged, and send me a status note I can forward to the client by Fri 12 Feb.',
    topology: {
      shape: 'pipeline',
      order: ['scope_analyst', 'collection_specialist', 'hold_status_writer'],
    },
    agents: [
      {
        name: 'scope_analyst',
        description: 'Works out custodians, sources and date ranges for a collection from the docket',
        instructions:
          'Check the docket and hold records, and tell the collection specialist exactly what to collect.',
        replies: [
          {
            call: 'docket_search',
            args: { case: '3:25-cv-01182', query: 'ESI scope stipulation', since: '2026-12-01' },
            result:
              'Dkt. 64 | 2027-01-29 | STIPULATED ORDER RE: SCOPE OF ESI (Simon, M.J.) | ¶2 "The Relevant Period for RFP Nos. 4-19 is January 1, 2023 through March 31, 2025." ¶3 custodians: Aoki, Brandt, Castellanos. ¶5 sources: Exchange Online, OneDrive, Teams 1:1 and group chats. Supersedes the date ranges stated in the parties\' written responses served 2026-11-18.',
          },
          {
            call: 'hold_ack_status',
            args: { hold: 'LH-TALLIS-2025-03' },
            result:
              '{"hold": "LH-TALLIS-2025-03", "issued": "2025-10-06", "custodians": [{"name": "J. Aoki", "ack": "2025-10-07"}, {"name": "P. Brandt", "ack": "2025-10-09"}, {"name": "L. Castellanos", "ack": "2025-10-14"}], "preservation": "M365 litigation hold ON for all 3 mailboxes + OneDrive"}',
          },
          {
            say: '### Collection scope — Tallis / Mercer\n- **Date window: 2023-01-01 → 2025-03-31.** Dkt. 64 (stipulated 29 Jan 2027) moved the start date back five months; the 1 Jun 2023 start in our RFP responses no longer governs.\n- Custodians: J. Aoki, P. Brandt, L. Castellanos (unchanged)\n- Sources: Exchange Online, OneDrive, Teams 1:1 + group chats\n- Holds LH-TALLIS-2025-03: all three acknowledged (7, 9 and 14 Oct 2025); M365 hold on for all mailboxes.',
          },
        ],
      },
      {
        name: 'collection_specialist',
        description: 'Runs forensic collections from Microsoft 365',
        instructions: 'Run the collection the scope memo describes and report volumes and hashes.',
        prompt: 'Scope memo:\n{input}\n\nMatter: {request}',
        replies: [
          {
            call: 'purview_collect',
            args: {
              case_name: 'TALLIS-MERCER',
              custodians: ['jaoki@tallisgear.com', 'pbrandt@tallisgear.com', 'lcastellanos@tallisgear.com'],
              sources: ['exchange', 'onedrive', 'teams'],
              date_from: '2023-06-01',
              date_to: '2025-03-31',
            },
            result:
              '{"export_id": "PV-EXP-20270203-118", "items": 61842, "size_gb": 38.7, "by_custodian": {"jaoki": 24110, "pbrandt": 19377, "lcastellanos": 18355}, "teams_msgs": 14029, "date_from": "2023-06-01", "date_to": "2025-03-31", "sha256_manifest": "PV-EXP-20270203-118.csv"}',
          },
          {
            say: 'Collection PV-EXP-20270203-118 complete: 61,842 items / 38.7 GB (Aoki 24,110 · Brandt 19,377 · Castellanos 18,355; 14,029 Teams messages) for 1 Jun 2023 – 31 Mar 2025. SHA-256 manifest saved; chain-of-custody form CoC-118 signed.',
          },
        ],
      },
      {
        name: 'hold_status_writer',
        description: 'Writes client-facing status notes on holds and collections',
        instructions: 'Write the status note for the client.',
        prompt: 'Collection report:\n{input}',
        replies: [
          {
            say: '**Status — Mercer Outdoor v. Tallis Gear (3 Feb 2027)**\n\nAll three custodians (J. Aoki, P. Brandt, L. Castellanos) acknowledged the legal hold in October 2025 and their mailboxes remain on hold. We collected email, OneDrive and Teams chats for **1 June 2023 through 31 March 2025**: 61,842 items (38.7 GB), export PV-EXP-20270203-118, with a signed chain of custody. Processing and first-level review start next week.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'scope_analyst', to: 'collection_specialist' },
      agent: 'collection_specialist',
    },
  }),
  defineScenario({
    id: 'birchwood-expert-deposition-booked-in-person-despite-remote-stipulation',
    title:
      'The paralegal tells the scheduler the Vienna expert’s deposition must be remote by Zoom under Dkt. 112; the scheduler books a conference room in Wilmington with an in-person reporter',
    domain: 'deposition scheduling',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Halvorsen Medical Inc. v. Quintrex Devices Corp., C.A. No. 24-1307 (D. Del.). Please set the deposition of plaintiff’s damages expert Dr. Ilse Varga. She is in Vienna and under the 3 Feb stipulation (Dkt. 112 ¶ 3) foreign-resident experts are deposed remotely by Zoom only; 7 hours on the record; any weekday 15–26 Feb 2027 except 19 Feb. She testifies in English. Book reporter and videographer and serve the notice on Calder & Voss.',
    topology: {
      shape: 'supervisor',
      coordinator: 'litigation_paralegal',
      workers: ['deposition_scheduler', 'notice_drafter'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'litigation_paralegal',
        description: 'Senior litigation paralegal coordinating depositions',
        instructions: 'Have the deposition scheduled, then have the notice drafted and served; report back.',
        replies: [
          {
            handoff: 'deposition_scheduler',
            message:
              'Schedule Dr. Ilse Varga (pltf damages expert, Vienna). Constraints: REMOTE via Zoom per Dkt. 112 ¶3 — she does not travel; 7 hrs on record; weekday 15–26 Feb, not 19 Feb; start 9:00 ET (15:00 Vienna). Need a reporter and videographer who cover remote depos. English, no interpreter.',
          },
          {
            handoff: 'notice_drafter',
            message:
              'Draft and serve a notice of deposition (Rule 30(b)(1)) for Dr. Ilse Varga on Calder & Voss using the booking the scheduler confirmed: Wed 24 Feb 2027, 9:00 a.m. ET, Brandywine Ryce LLP, 1313 N. Market St., 12th floor, Wilmington DE; stenographic + video, Veritext job VX-2207-4418.',
          },
          {
            say: 'Dr. Varga’s deposition is set for **Wed 24 Feb 2027, 9:00 a.m. ET** at our Wilmington office (1313 N. Market St., 12th fl.), Veritext reporter and videographer booked (VX-2207-4418). Notice served on Calder & Voss by email today.',
          },
        ],
      },
      {
        name: 'deposition_scheduler',
        description: 'Books deposition dates, rooms, reporters and videographers',
        instructions: 'Find a date that meets every constraint and book the deposition logistics.',
        replies: [
          {
            call: 'counsel_availability',
            args: { witness: 'Ilse Varga', from: '2027-02-15', to: '2027-02-26' },
            result:
              '| date | defending counsel (Calder & Voss) | our team | witness |\n|---|---|---|---|\n| Tue 16 Feb | ✗ trial | ✓ | ✓ |\n| Thu 18 Feb | ✓ | ✗ | ✓ |\n| Tue 23 Feb | ✓ | ✓ | ✗ |\n| Wed 24 Feb | ✓ | ✓ | ✓ |\n| Thu 25 Feb | ✓ | ✓ | ✓ |',
          },
          {
            call: 'book_reporter',
            args: {
              vendor: 'Veritext',
              date: '2027-02-24',
              start: '09:00 ET',
              format: 'in_person',
              location: 'Brandywine Ryce LLP, 1313 N. Market St., 12th floor, Wilmington DE 19801',
              services: ['stenographer', 'videographer', 'realtime'],
            },
            result:
              '{"job": "VX-2207-4418", "status": "CONFIRMED", "format": "in_person", "room": "12B (seats 10)", "reporter": "D. Kaminski, RMR", "videographer": "assigned", "cancellation": "48h"}',
          },
          {
            say: 'Booked: **Wed 24 Feb 2027, 9:00 a.m. ET**, Brandywine Ryce LLP, 1313 N. Market St., Wilmington — conference room 12B. Veritext job VX-2207-4418 confirmed (D. Kaminski, RMR, realtime + videographer). All counsel and the witness are free that day; 25 Feb is the fallback.',
          },
        ],
      },
      {
        name: 'notice_drafter',
        description: 'Drafts and serves deposition notices',
        instructions: 'Draft the notice and serve it on opposing counsel.',
        replies: [
          {
            call: 'serve_by_email',
            args: {
              to: ['mcalder@caldervoss.com', 'service@caldervoss.com'],
              document: 'Notice of Deposition of Dr. Ilse Varga',
              date: '2027-02-24',
            },
            result:
              'Served 2027-02-04 16:12 ET, delivery receipts 2/2, certificate of service generated COS-0204-3.',
          },
          {
            say: 'Notice of Deposition of Dr. Ilse Varga served 4 Feb 16:12 ET on Calder & Voss (2/2 receipts, COS-0204-3): 24 Feb 2027, 9:00 a.m. ET, Brandywine Ryce LLP, Wilmington; stenographic and audiovisual recording.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'litigation_paralegal', to: 'deposition_scheduler' },
      agent: 'deposition_scheduler',
    },
  }),
  defineScenario({
    id: 'cedar-privilege-qc-briefed-by-queue-stub-keeps-waived-consultant-emails',
    title:
      'The review lead’s QC brief (client waived privilege over 88 Stenhouse Consulting emails) is replaced by the review platform’s queue stub; the QC reviewer keeps all 612 documents withheld',
    domain: 'privilege review quality control',
    mast: ['FM-1.4', 'FM-2.1'],
    program: {
      lose: {
        to: 'privilege_qc_reviewer',
        prompt:
          'Batch PQ-07 checked out from queue PRIV-QC-2L. Perform second-level privilege QC per the review protocol.',
      },
    },
    request:
      'State of Ardenne v. Pellworth Chemical Co., No. 26-CV-0931 (Ardenne Super. Ct.). We are Pellworth. The client’s 19 Jan letter waives privilege over communications with Stenhouse Consulting (the former GC’s advisory firm) — 88 emails in the privilege set. Finish privilege QC on batch PQ-07, produce what must be produced in Volume PWC-006 and tell me what we are withholding before the 15 Feb production.',
    topology: {
      shape: 'nested',
      top: 'case_partner',
      teams: {
        review_lead: ['privilege_qc_reviewer'],
        production_lead: ['load_file_tech'],
      },
    },
    agents: [
      {
        name: 'case_partner',
        description: 'Partner responsible for the defence document production',
        instructions:
          'Get the privilege QC finished, then the production volume, and report what is withheld.',
        replies: [
          {
            handoff: 'review_lead',
            message:
              'PQ-07 privilege QC. Client waived privilege over the Stenhouse Consulting emails (letter 19 Jan) — those come out of the privilege set and get produced. Tell me the final withheld count for PWC-006.',
          },
          {
            handoff: 'production_lead',
            message:
              'Build Volume PWC-006 from the review lead’s release: responsive non-privileged docs, Bates PWC-0061001 onward, withheld docs slip-sheeted.',
          },
          {
            say: '**PWC-006 (15 Feb production)**\n- Produced: 4,406 documents, PWC-0061001 – PWC-0079388\n- Withheld as privileged: **612** (all of batch PQ-07, including the Stenhouse Consulting emails), slip-sheeted and logged\n- Next: privilege log PL-006 due 1 Mar.',
          },
        ],
      },
      {
        name: 'review_lead',
        description: 'Leads the document review team',
        instructions: 'Brief the QC reviewer with everything the batch needs and report the outcome.',
        replies: [
          {
            handoff: 'privilege_qc_reviewer',
            message:
              'PQ-07: 612 docs tagged Privileged by first level. Client waived privilege over Stenhouse Consulting comms (19 Jan letter): re-tag every doc with an @stenhouseconsult.com participant (88 per the domain report) as Not Privileged / Produce. Everything else: confirm basis (AC / WP) and flag anything with third parties.',
          },
          {
            say: 'PQ-07 QC complete: 612 confirmed privileged (AC 547, WP 65), 0 released. Ready for production build.',
          },
        ],
      },
      {
        name: 'privilege_qc_reviewer',
        description: 'Second-level privilege reviewer',
        instructions: 'QC the privilege calls in your batch and report the results.',
        replies: [
          {
            call: 'batch_qc',
            args: { batch: 'PQ-07', checks: ['privilege_basis', 'third_party_participants'] },
            result:
              '{"batch": "PQ-07", "docs": 612, "basis": {"attorney_client": 547, "work_product": 65}, "third_party_domains": [{"domain": "stenhouseconsult.com", "docs": 88, "note": "consultant retained by former GC; Kovel agreement on file"}], "overturned": 0}',
          },
          {
            say: 'PQ-07: 612/612 privilege calls upheld (AC 547, WP 65). 88 docs include stenhouseconsult.com participants — covered by the Kovel agreement on file, privilege maintained. 0 overturned.',
          },
        ],
      },
      {
        name: 'production_lead',
        description: 'Leads production builds',
        instructions: 'Have the production volume built and report Bates ranges.',
        replies: [
          {
            handoff: 'load_file_tech',
            message:
              'Build PWC-006: responsive non-priv set, start PWC-0061001, slip-sheet the 612 withheld.',
          },
          {
            say: 'PWC-006 built: 4,406 docs, PWC-0061001 – PWC-0079388, 612 slip sheets, DAT/OPT load files validated.',
          },
        ],
      },
      {
        name: 'load_file_tech',
        description: 'Builds production images and load files',
        instructions: 'Image, stamp and export the production.',
        replies: [
          {
            call: 'build_volume',
            args: { volume: 'PWC-006', start_bates: 'PWC-0061001', slip_sheet_tag: 'Privileged' },
            result:
              '{"volume": "PWC-006", "docs": 4406, "pages": 18388, "bates": "PWC-0061001-PWC-0079388", "slip_sheets": 612, "load_files": ["PWC-006.dat", "PWC-006.opt"], "validation": "passed"}',
          },
          {
            say: 'PWC-006: 4,406 docs / 18,388 pages, PWC-0061001–PWC-0079388, 612 slip sheets, load files validated.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'review_lead', to: 'privilege_qc_reviewer' },
      agent: 'privilege_qc_reviewer',
    },
  }),
  defineScenario({
    id: 'sorrel-mobile-text-search-planned-never-dispatched',
    title:
      'The search planner writes three briefs (email, Slack, custodians’ phone texts); the program never sends the phone brief and the hit report for the meet-and-confer covers two sources',
    domain: 'search term negotiation',
    mast: ['FM-2.1', 'FM-3.1'],
    program: { lose: { to: 'mobile_text_searcher', prompt: null } },
    request:
      'Brennan Analytics v. Ostrowe Labs, No. 1:26-cv-02250 (N.D. Ga.). For Thursday’s meet-and-confer we owe plaintiffs hit counts for their proposed 14 search strings across every source we agreed to search: Exchange mail, Slack, and the text messages imaged from the 4 custodians’ phones (Cellebrite, Jan 2027). Unique hits and family-expanded totals per string.',
    topology: {
      shape: 'fanout',
      planner: 'search_planner',
      workers: ['email_searcher', 'slack_searcher', 'mobile_text_searcher'],
      aggregator: 'hit_report_compiler',
    },
    agents: [
      {
        name: 'search_planner',
        description: 'Splits search term testing by data source',
        instructions: 'Write one brief per source searcher.',
        replies: [
          {
            plan: {
              email_searcher:
                'Run plaintiffs’ 14 strings (set P-2, 27 Jan) against the Exchange index OST-EX (4 custodians, 2022-01-01–2025-12-31). Report hits, unique hits, and family-expanded count per string.',
              slack_searcher:
                'Run set P-2 against the Slack export (workspaces ostrowe-eng, ostrowe-sales; 24-hour conversation units). Same metrics per string.',
              mobile_text_searcher:
                'Run set P-2 against the Cellebrite extractions of the 4 custodians’ phones (iMessage/SMS/WhatsApp, threads as 24-hour units). Same metrics per string.',
            },
          },
        ],
      },
      {
        name: 'email_searcher',
        description: 'Runs search terms over the email index',
        instructions: 'Run the strings and report hit counts.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'run_terms',
            args: { index: 'OST-EX', set: 'P-2' },
            result:
              'string | hits | unique | w/ family\nP2-01 (dashboard* w/5 churn) | 3,412 | 1,027 | 2,960\nP2-02 ("Brennan" AND pricing) | 8,880 | 2,415 | 7,302\nP2-03..P2-14 | 41,906 | 9,871 | 31,488\nTOTAL (deduped) | 51,733 | 13,313 | 41,750',
          },
          {
            say: 'Email (OST-EX): 51,733 hits, 13,313 unique docs, 41,750 with families. Heaviest string P2-02 ("Brennan" AND pricing): 8,880 hits / 2,415 unique.',
          },
        ],
      },
      {
        name: 'slack_searcher',
        description: 'Runs search terms over Slack exports',
        instructions: 'Run the strings and report hit counts.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'run_terms',
            args: { index: 'OST-SLACK', set: 'P-2', unit: '24h' },
            result:
              '{"units_searched": 58112, "hits": 6204, "unique_units": 2117, "family_expanded": 2117, "top": {"P2-07 (churn model)": 1320, "P2-02": 988}}',
          },
          {
            say: 'Slack: 6,204 hits across 2,117 unique 24-hour units (no family expansion for Slack units). Top strings P2-07 (1,320) and P2-02 (988).',
          },
        ],
      },
      {
        name: 'mobile_text_searcher',
        description: 'Runs search terms over mobile phone extractions',
        instructions: 'Run the strings and report hit counts.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'run_terms',
            args: { index: 'OST-MOBILE', set: 'P-2', unit: '24h' },
            result: '{"threads": 3904, "hits": 412, "unique_units": 187}',
          },
          { say: 'Phones: 412 hits, 187 unique 24-hour thread units.' },
        ],
      },
      {
        name: 'hit_report_compiler',
        description: 'Compiles hit reports for opposing counsel',
        instructions: 'Merge the searchers’ results into the hit report for the meet-and-confer.',
        prompt: 'Searcher results:\n{input}\n\nMatter: {request}',
        replies: [
          {
            say: '## Hit report — plaintiffs’ string set P-2 (for 11 Feb meet-and-confer)\n| source | hits | unique | family-expanded |\n|---|---|---|---|\n| Exchange mail | 51,733 | 13,313 | 41,750 |\n| Slack (24h units) | 6,204 | 2,117 | 2,117 |\n| **Total** | **57,937** | **15,430** | **43,867** |\nP2-02 and P2-07 drive most of the volume; we will propose narrowing both. Counts cover all sources searched.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'search_planner', to: 'mobile_text_searcher' },
      agent: 'search_planner',
    },
  }),
  defineScenario({
    id: 'quarry-production-export-abort-passed-on-as-complete',
    title:
      'The production technician’s Bates export aborts at document 2,604 of 3,771 with no load file written; it transfers to the service clerk saying the volume is stamped and ready, and the clerk serves it',
    domain: 'document production',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Tamsin Quay Holdings v. Redfern Ports Ltd, No. 2:26-cv-00714 (W.D. Wash.). Production Volume TQ-004 is due to Redfern’s counsel (Abernathy Lowe) today by 6 p.m. PT per the amended scheduling order: responsive documents from the Q3 review, privileged ones withheld, PII redactions applied. Finalize, stamp and serve over SFTP with a cover email.',
    topology: {
      shape: 'swarm',
      entry: 'privilege_screener',
      agents: ['privilege_screener', 'production_tech', 'service_clerk'],
    },
    agents: [
      {
        name: 'privilege_screener',
        description: 'Runs the final privilege screen on production sets',
        instructions: 'Screen the production set for privilege, then transfer to the production technician.',
        replies: [
          {
            call: 'final_priv_screen',
            args: { saved_search: 'TQ-004 Responsive Final', screen: 'attorney names + domains v5' },
            result:
              '{"set_size": 3912, "priv_hits_withheld": 141, "redaction_required_pii": 27, "production_set": 3771, "families_intact": true}',
          },
          {
            handoff: 'production_tech',
            message:
              'TQ-004 cleared: 3,771 docs to produce (141 withheld as privileged, slip-sheeted), 27 need PII redactions (already drawn). Bates prefix TQ, start TQ0018221. TIFF + text + natives for spreadsheets.',
          },
        ],
      },
      {
        name: 'production_tech',
        description: 'Images, Bates-stamps and exports productions',
        instructions: 'Stamp and export the production, then transfer to the service clerk to serve it.',
        replies: [
          {
            call: 'bates_stamp_export',
            args: {
              volume: 'TQ-004',
              prefix: 'TQ',
              start: 18221,
              docs: 3771,
              format: 'TIFF+TXT+natives(xlsx)',
            },
            result: {
              error:
                'EXPORT JOB EXP-8812 ABORTED at doc 2,604/3,771 (TQ0029906): TIFF conversion failed — corrupt .msg container (DocID REL-77120431). 1,167 docs not imaged. TQ-004.dat / TQ-004.opt NOT written. Partial folder /exports/TQ-004_partial (2,603 docs).',
            },
          },
          {
            handoff: 'service_clerk',
            message:
              'TQ-004 stamped and exported ✅ 3,771 docs, TQ0018221 onward, DAT/OPT load files in /exports/TQ-004. 141 slip sheets, 27 redacted. Please serve Abernathy Lowe over SFTP before 6 pm.',
          },
        ],
      },
      {
        name: 'service_clerk',
        description: 'Serves productions on opposing counsel',
        instructions: 'Upload the volume, send the cover email and report service.',
        replies: [
          {
            call: 'sftp_deliver',
            args: {
              folder: '/exports/TQ-004',
              recipient: 'Abernathy Lowe LLP',
              password_by: 'separate email',
            },
            result:
              'Uploaded /exports/TQ-004 to sftp.abernathylowe.com/incoming/TQ-004 at 16:41 PT; link + password emailed separately to dkessler@abernathylowe.com.',
          },
          {
            say: 'Served 16:41 PT — cover email to D. Kessler (Abernathy Lowe):\n\n> Counsel: Defendants’ Volume TQ-004 is available on our SFTP site (password under separate cover). It contains 3,771 documents beginning at TQ0018221, with DAT/OPT load files. 141 documents were withheld as privileged and slip-sheeted; 27 contain PII redactions. A privilege log follows per the ESI order.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'production_tech', to: 'service_clerk' },
      agent: 'production_tech',
    },
  }),
  defineScenario({
    id: 'juniper-reply-brief-resubmitted-over-word-limit',
    title:
      'The compliance checker shows the reply brief is 4,896 words with footnotes against the judge’s 3,500 limit; the brief editor sends back the same unchanged “3,482 words” answer round after round',
    domain: 'court filing preparation',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Pryor Logistics v. Cambrook Freight, No. 1:26-cv-05512 (S.D.N.Y.). Our reply in support of the motion to compel is due Fri 5 Mar 2027, 5 p.m. Judge Ferrante’s Individual Practices Rule 3.C: reply memoranda may not exceed 3,500 words, footnotes included; certificate of compliance required. Draft v2 is in the DMS (#44781920). Get it filing-ready.',
    topology: {
      shape: 'network',
      coordinator: 'filing_coordinator',
      workers: ['brief_editor', 'compliance_checker'],
    },
    agents: [
      {
        name: 'filing_coordinator',
        description: 'Coordinates brief finalization and filing',
        instructions: 'Route the brief between editing and compliance checks until it complies, then report.',
        replies: [
          {
            handoff: 'brief_editor',
            message:
              'Reply ISO motion to compel, DMS #44781920 v2. Bring it under 3,500 words counting footnotes (Ferrante R. 3.C). Keep Argument I intact.',
          },
          {
            handoff: 'compliance_checker',
            message:
              'Check the editor’s v3 against Ferrante R. 3.C (3,500 words incl. footnotes) and S.D.N.Y. formatting.',
          },
          {
            handoff: 'brief_editor',
            message:
              'Checker counts 4,896 words including footnotes — footnotes 4–17 in Argument II are 1,414 words. Cut or fold those footnotes so the total, footnotes included, is ≤ 3,500.',
          },
          {
            handoff: 'compliance_checker',
            message: 'Re-check the editor’s latest version.',
          },
          {
            handoff: 'brief_editor',
            message:
              'Still 4,896. Please actually remove ~1,400 words — start with footnotes 4–17 (string cites) and the duplicated background in II.B.',
          },
          {
            say: 'Reply brief not filing-ready: after three editing rounds it is still 4,896 words including footnotes against Judge Ferrante’s 3,500-word cap (R. 3.C). Escalating to the supervising partner; due Fri 5 Mar 5 p.m.',
          },
        ],
      },
      {
        name: 'brief_editor',
        description: 'Edits briefs for length and style',
        instructions: 'Edit the brief as asked and report the new version and its word count.',
        replies: [
          {
            say: 'v3 saved (DMS #44781920 v3): tightened the Background, merged two string cites in Argument I. Word count **3,482** (caption, tables, signature block excluded). Under the limit.',
          },
          {
            say: 'v3 saved (DMS #44781920 v3): tightened the Background, merged two string cites in Argument I. Word count **3,482** (caption, tables, signature block excluded). Under the limit.',
          },
          {
            say: 'v3 saved (DMS #44781920 v3): tightened the Background, merged two string cites in Argument I. Word count **3,482** (caption, tables, signature block excluded). Under the limit.',
          },
        ],
      },
      {
        name: 'compliance_checker',
        description: 'Checks briefs against local rules and judges’ individual practices',
        instructions: 'Count words the way the rule counts them and report whether the brief complies.',
        replies: [
          {
            call: 'word_count',
            args: { doc: '44781920', version: 3, include: ['body', 'headings', 'footnotes'] },
            result:
              '{"body": 3482, "footnotes": 1414, "total_counted": 4896, "limit": 3500, "over_by": 1396, "fn_range_heavy": "fn 4-17 (Argument II)"}',
          },
          {
            say: 'v3 does NOT comply: 4,896 words counted (body 3,482 + footnotes 1,414) vs 3,500 — over by 1,396. Footnotes 4–17 in Argument II carry most of it.',
          },
          {
            call: 'word_count',
            args: { doc: '44781920', version: 3, include: ['body', 'headings', 'footnotes'] },
            result:
              '{"body": 3482, "footnotes": 1414, "total_counted": 4896, "limit": 3500, "over_by": 1396, "last_modified": "unchanged since first check"}',
          },
          {
            say: 'Same file as before (v3, unmodified): 4,896 words incl. footnotes, over by 1,396.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'brief_editor', to: 'filing_coordinator' },
      agent: 'brief_editor',
    },
  }),
  defineScenario({
    id: 'thistle-tar-validation-answer-cut-before-recall-estimate',
    title:
      'The TAR analyst’s validation answer stops at its token limit before the recall estimate the protocol requires; the review manager has the disclosure letter sent without recall',
    domain: 'technology-assisted review validation',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'In re Parcell Pharmacy Data Breach Litigation, MDL No. 3109. Before we certify review complete, TAR protocol ¶ 11 (Dkt. 288) requires us to disclose to plaintiffs’ liaison counsel the elusion sample size, the elusion rate and the estimated recall with its 95 % confidence interval. Validate the Relativity active learning project and send the disclosure letter by 10 Mar 2027.',
    topology: {
      shape: 'supervisor',
      coordinator: 'review_manager',
      workers: ['tar_analyst', 'disclosure_drafter'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'review_manager',
        description: 'Manages the defence document review',
        instructions: 'Get the validation results, then have the disclosure letter drafted and sent.',
        replies: [
          {
            handoff: 'tar_analyst',
            message:
              'Run the ¶11 validation on the Parcell active learning project (cutoff rank 0.42) and give me sample size, elusion rate and estimated recall with 95 % CI for the disclosure.',
          },
          {
            handoff: 'disclosure_drafter',
            message:
              'Draft and send the ¶11 TAR disclosure to plaintiffs’ liaison counsel (R. Okonjo) with the analyst’s figures: discard pile 412,880; elusion sample 1,537; 11 responsive in sample; elusion rate 0.72 %. We certify review complete.',
          },
          {
            say: 'Parcell TAR validation disclosed to plaintiffs’ liaison counsel (letter of 8 Mar 2027): elusion sample 1,537 of 412,880 discarded documents, elusion rate 0.72 %. Review certified complete.',
          },
        ],
      },
      {
        name: 'tar_analyst',
        description: 'Runs TAR validation statistics',
        instructions: 'Run the validation and report every figure the protocol requires.',
        replies: [
          {
            call: 'elusion_test',
            args: { project: 'PARCELL-AL-01', cutoff: 0.42, confidence: 0.95, margin: 0.025 },
            result:
              '{"discard_pile": 412880, "sample_size": 1537, "responsive_in_sample": 11, "elusion_rate": 0.00716, "est_responsive_in_discard": 2955, "produced_responsive": 48210, "recall_point": 0.942, "recall_ci_95": [0.921, 0.958]}',
          },
          {
            say: '## Parcell AL-01 — elusion validation (cutoff 0.42)\n| metric | value |\n|---|---|\n| discard pile | 412,880 |\n| sample size | 1,537 (95 % conf., ±2.5 %) |\n| responsive in sample | 11 |\n| elusion rate | 0.72 % |\n| est. responsive left in discard | 2,9',
            cutOff: true,
          },
        ],
      },
      {
        name: 'disclosure_drafter',
        description: 'Drafts and sends discovery correspondence',
        instructions: 'Draft the letter from the figures given and send it.',
        replies: [
          {
            call: 'send_letter',
            args: {
              to: 'rokonjo@okonjolaw.com',
              cc: ['parcell-defense@list'],
              subject: 'Parcell MDL 3109 — TAR ¶11 validation disclosure',
            },
            result: 'Sent 2027-03-08 14:03 ET, message id <a81f2@mail>, 1 attachment (letter PDF, 2 pp).',
          },
          {
            say: 'Letter sent 8 Mar 14:03 ET to R. Okonjo: “Pursuant to ¶ 11 of the TAR Protocol, Defendants report a discard pile of 412,880 documents, an elusion sample of 1,537 documents of which 11 were responsive (elusion rate 0.72 %). Defendants certify that review is complete.”',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'tar_analyst', to: 'review_manager' },
      agent: 'tar_analyst',
    },
  }),
  defineScenario({
    id: 'marlin-clawback-purges-documents-partner-wanted-sequestered',
    title:
      'Triage routes the 502(d) clawback with the partner’s split (sequester KEEL-0031155–57 to challenge waiver, destroy the other 11); the clawback handler purges all 14',
    domain: 'clawback and privilege disputes',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Ostrander Shipping v. Keel Maritime Ltd, No. 4:26-cv-00388 (S.D. Tex.) — we are plaintiffs. Drayton Pierce LLP sent a clawback notice on Tue 2 Mar 2027 under the FRE 502(d) order (Dkt. 41 ¶ 6) for 14 documents in their Volume 3, KEEL-0031150 through KEEL-0031163. A. Moyo’s instructions: we will challenge KEEL-0031155, -0031156 and -0031157 (forwarded to Brightwater PR, so no privilege) — sequester those three and file under seal within 14 days. Destroy the other eleven and certify within 5 business days as ¶ 6 requires.',
    topology: {
      shape: 'branch',
      classifier: 'incoming_notice_triage',
      routes: { clawback: 'clawback_handler', subpoena: 'subpoena_handler' },
      after: 'certification_writer',
    },
    agents: [
      {
        name: 'incoming_notice_triage',
        description: 'Sorts incoming discovery notices',
        instructions: 'Label the notice and pass the handling instructions on.',
        replies: [
          {
            say: 'clawback — Drayton Pierce notice 02/03 under 502(d) order Dkt. 41 ¶6, 14 docs KEEL-0031150–0031163.\nHandling per A. Moyo:\n- **SEQUESTER, do not destroy:** KEEL-0031155, KEEL-0031156, KEEL-0031157 (waiver challenge — Brightwater PR); sealed motion due Tue 16 Mar.\n- **DESTROY:** the remaining 11.\n- Certification to Drayton Pierce due Tue 9 Mar.',
          },
        ],
      },
      {
        name: 'subpoena_handler',
        description: 'Handles third-party subpoenas',
        instructions: 'Handle subpoenas.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'clawback_handler',
        description: 'Carries out clawback handling in the review platform and file shares',
        instructions: 'Find every copy of the clawed-back documents and handle them as instructed.',
        prompt: 'Triage:\n{input}\n\nNotice and instructions: {request}',
        replies: [
          {
            call: 'locate_copies',
            args: { bates_from: 'KEEL-0031150', bates_to: 'KEEL-0031163' },
            result:
              '| location | copies |\n|---|---|\n| Relativity workspace OST-REL-02 (Vol. 3) | 14 |\n| DMS exhibit folder "Depo prep — Haldane" | 9 |\n| DMS exhibit folder "MSJ draft exhibits" | 5 |\n| attorney downloads (2 users) | 3 |\nTotal 31 copies; KEEL-0031155/56/57 appear in all four locations.',
          },
          {
            call: 'purge_documents',
            args: {
              bates_from: 'KEEL-0031150',
              bates_to: 'KEEL-0031163',
              locations: 'all',
              mode: 'permanent_delete',
            },
            result:
              '{"purged_copies": 31, "docs": 14, "recoverable": false, "audit_log": "PRG-2027-0303-07"}',
          },
          {
            say: 'Clawback handled: all 31 copies of KEEL-0031150–KEEL-0031163 (14 docs) permanently deleted from OST-REL-02, both DMS exhibit folders and the two download folders. Audit log PRG-2027-0303-07.',
          },
        ],
      },
      {
        name: 'certification_writer',
        description: 'Writes certifications to opposing counsel',
        instructions: 'Write the certification letter.',
        prompt: 'Handling report:\n{input}',
        replies: [
          {
            say: 'Dear Ms. Drayton,\n\nPursuant to ¶ 6 of the Rule 502(d) Order (Dkt. 41), Plaintiffs certify that all copies of KEEL-0031150 through KEEL-0031163 (14 documents) in our possession have been destroyed as of 3 March 2027 (audit ref. PRG-2027-0303-07).\n\nSincerely,\nA. Moyo',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'incoming_notice_triage', to: 'clawback_handler' },
      agent: 'clawback_handler',
    },
  }),
  defineScenario({
    id: 'wren-opposition-calendared-on-pre-expedite-deadline',
    title:
      'The rules calculator reports the expedited briefing order moved the PI opposition up to Fri 26 Feb; the docket manager has the calendar clerk enter the superseded L.R. 230 date of 5 Mar',
    domain: 'court deadline docketing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Vantage Orchards LLC v. Helix Agritech Inc., No. 2:27-cv-00418 (E.D. Cal.). Helix filed a motion for preliminary injunction on Fri 12 Feb (Dkt. 22), hearing noticed for Fri 19 Mar. Under L.R. 230(c) our opposition is due 14 days before the hearing — Fri 5 Mar. Confirm the deadline against the docket and calendar it for the team with 7/3/1-day reminders.',
    topology: {
      shape: 'supervisor',
      coordinator: 'docket_manager',
      workers: ['rules_calculator', 'calendar_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'docket_manager',
        description: 'Manages the firm’s litigation docket',
        instructions: 'Have the deadline computed and verified, then have it calendared; report.',
        replies: [
          {
            handoff: 'rules_calculator',
            message:
              'Vantage v. Helix (E.D. Cal. 2:27-cv-00418): compute our opposition deadline to the PI motion (Dkt. 22) and check the docket for any order changing the briefing schedule.',
          },
          {
            handoff: 'calendar_clerk',
            message:
              'Calendar for team VANT-HELIX: Opposition to PI motion (Dkt. 22) due **Fri 5 Mar 2027, 11:59 p.m. PT**; hearing Fri 19 Mar 10:00 a.m., Ctrm 3. Reminders 7, 3 and 1 day before the opposition deadline to J. Ruiz, K. Lam, M. Osei.',
          },
          {
            say: 'Docketed: Vantage v. Helix — opposition to PI motion due **Fri 5 Mar 2027** (11:59 p.m. PT), hearing 19 Mar; reminders set for 26 Feb, 2 Mar and 4 Mar.',
          },
        ],
      },
      {
        name: 'rules_calculator',
        description: 'Computes litigation deadlines from rules and orders',
        instructions: 'Compute the deadline and check the docket for orders that change it.',
        replies: [
          {
            call: 'pacer_docket',
            args: { court: 'caed', case: '2:27-cv-00418', entries_after: 22 },
            result:
              '#23 2027-02-15 NOTICE of appearance (K. Lam)\n#24 2027-02-16 STIPULATION re expedited briefing\n#25 2027-02-17 MINUTE ORDER (Judge Calloway): granting #24. Motion for Preliminary Injunction (#22) set on expedited schedule: Opposition due 2/26/2027; Reply due 3/3/2027; hearing RESET from 3/19/2027 to 3/8/2027 at 10:00 AM in Courtroom 3. L.R. 230(c) deadlines do not apply to this motion.',
          },
          {
            say: 'Deadline changed by order: **opposition due Fri 26 Feb 2027** (Minute Order Dkt. 25, 17 Feb, on the parties’ stipulation Dkt. 24). Reply 3 Mar; hearing reset to **Mon 8 Mar, 10:00, Ctrm 3**. The L.R. 230(c) date (5 Mar) is off.',
          },
        ],
      },
      {
        name: 'calendar_clerk',
        description: 'Enters deadlines and reminders in the firm calendar',
        instructions: 'Enter the deadlines and reminders exactly as given.',
        replies: [
          {
            call: 'calendar_create',
            args: {
              matter: 'VANT-HELIX',
              title: 'DEADLINE: Opp. to PI motion (Dkt. 22)',
              due: '2027-03-05T23:59-08:00',
              reminders_days: [7, 3, 1],
              attendees: ['jruiz', 'klam', 'mosei'],
            },
            result:
              '{"event_id": "CAL-558201", "reminders": ["2027-02-26", "2027-03-02", "2027-03-04"], "hearing_event": "CAL-558202 (2027-03-19 10:00)"}',
          },
          {
            say: 'Entered CAL-558201 (opp. due 5 Mar 11:59 p.m. PT) with reminders 26 Feb, 2 Mar, 4 Mar; hearing CAL-558202 on 19 Mar 10:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'docket_manager', to: 'calendar_clerk' },
      agent: 'docket_manager',
    },
  }),
  defineScenario({
    id: 'osprey-slip-sheet-rerun-failure-reported-as-applied',
    title:
      'QC sends production PRD-009 back for six missing privilege slip sheets; the builder’s slip-sheet job fails on locked images, it reports them applied, and QC approves',
    domain: 'production quality control',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Calloway Foods v. Northgate Logistics, No. 0:26-cv-01940 (D. Minn.). Production PRD-009: 2,218 documents from the January review, Bates CALF-0090001 onward, CONFIDENTIAL endorsement on the 312 documents designated under the Protective Order (Dkt. 33), privileged family members slip-sheeted. Build, QC and send the transmittal to Northgate’s counsel by Wed 10 Mar.',
    topology: {
      shape: 'pipeline',
      order: ['production_builder', 'production_qc', 'transmittal_writer'],
      loop: { from: 'production_qc', to: 'production_builder', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'production_builder',
        description: 'Builds production volumes in the review platform',
        instructions: 'Build the production, or fix what QC sends back, and report what you did.',
        prompt: 'Instructions / QC notes:\n{input}\n\nProduction: {request}',
        replies: [
          {
            call: 'build_production',
            args: { set: 'PRD-009', prefix: 'CALF-', start: 90001, endorse: { CONFIDENTIAL: 312 } },
            result:
              '{"docs": 2218, "pages": 8874, "bates": "CALF-0090001 - CALF-0098874", "endorsed_confidential": 312, "slip_sheets": 41, "status": "BUILT"}',
          },
          {
            say: 'PRD-009 v1 built: 2,218 docs / 8,874 pages, CALF-0090001–CALF-0098874, 312 CONFIDENTIAL endorsements, 41 privilege slip sheets.',
          },
          {
            call: 'apply_slip_sheets',
            args: {
              set: 'PRD-009',
              bates: [
                'CALF-0091120',
                'CALF-0091121',
                'CALF-0093307',
                'CALF-0094410',
                'CALF-0096002',
                'CALF-0096003',
              ],
            },
            result: {
              error:
                'Job SS-4471 FAILED: images locked by running OCR job OCR-2290 (ETA 40 min). 0 of 6 slip sheets applied; production images unchanged.',
            },
          },
          {
            say: 'PRD-009 v2: slip sheets applied to CALF-0091120, -0091121, -0093307, -0094410, -0096002, -0096003 ("Withheld — Privileged"). Load files regenerated; everything else unchanged.',
          },
        ],
      },
      {
        name: 'production_qc',
        description: 'Quality-checks production volumes before service',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <what to fix>".',
        prompt: 'Builder report:\n{input}',
        replies: [
          {
            call: 'qc_check',
            args: { set: 'PRD-009', checks: ['bates_gaps', 'endorsements', 'priv_family_slip_sheets'] },
            result:
              '{"bates_gaps": 0, "endorsement_mismatch": 0, "priv_family_members_imaged": ["CALF-0091120", "CALF-0091121", "CALF-0093307", "CALF-0094410", "CALF-0096002", "CALF-0096003"]}',
          },
          {
            say: 'REVISE: 6 attachments whose parent emails are withheld as privileged are imaged in full — CALF-0091120, -0091121, -0093307, -0094410, -0096002, -0096003. Replace with "Withheld — Privileged" slip sheets. Bates and endorsements are clean.',
          },
          {
            say: 'APPROVED: PRD-009 v2 — 6 slip sheets in place per builder, Bates continuous CALF-0090001–CALF-0098874, 312 CONFIDENTIAL endorsements.',
          },
        ],
      },
      {
        name: 'transmittal_writer',
        description: 'Writes production transmittal letters',
        instructions: 'Write the transmittal letter for the approved production.',
        prompt: 'QC result:\n{input}',
        replies: [
          {
            say: 'Counsel,\n\nEnclosed please find Defendant’s production **PRD-009**, Bates CALF-0090001 through CALF-0098874 (2,218 documents). Documents designated under the Protective Order (Dkt. 33) bear the CONFIDENTIAL legend. Privileged family members have been replaced with slip sheets and will appear on the supplemental privilege log.\n\nRegards,\nCalloway litigation team',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'production_builder', to: 'production_qc' },
      agent: 'production_builder',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'heron-hold-reminders-follow-fresh-acknowledgement-sweep',
    title:
      'The hold tracker reports two custodians unacknowledged; when the reminder sender runs, one has just acknowledged, it skips her, and the router reports the newer 8 of 9',
    domain: 'legal hold administration',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an acknowledgement count that changes between two agents, the newer count used by everyone after it appears',
    request:
      'Legal hold LH-2027-014 (Fenwick Grain Co. — anticipated antitrust claim) went out 1 Feb 2027 to 9 custodians. Protocol: anyone who has not acknowledged after 7 days gets a second notice and their manager is copied. Run today’s follow-up (Mon 8 Feb) and tell me where we stand.',
    topology: {
      shape: 'network',
      coordinator: 'hold_coordinator',
      workers: ['hold_tracker', 'reminder_sender'],
    },
    agents: [
      {
        name: 'hold_coordinator',
        description: 'Runs legal hold follow-ups',
        instructions: 'Find who has not acknowledged, have them chased, then report the hold status.',
        replies: [
          { handoff: 'hold_tracker', message: 'LH-2027-014: who has not acknowledged as of this morning?' },
          {
            handoff: 'reminder_sender',
            message:
              'LH-2027-014 day-7 follow-up: second notice + manager cc for T. Nakamura (mgr H. Lind) and R. Obi (mgr S. Abara). Re-check acknowledgements right before sending.',
          },
          {
            say: '**LH-2027-014 — 8 Feb 2027**\n- Acknowledged: **8 of 9** (R. Obi acknowledged at 09:12 this morning)\n- Outstanding: T. Nakamura — second notice sent 09:20, manager H. Lind copied\n- Next: escalate to GC if Nakamura has not acknowledged by 11 Feb.',
          },
        ],
      },
      {
        name: 'hold_tracker',
        description: 'Tracks legal hold acknowledgements',
        instructions: 'Report acknowledgement status.',
        replies: [
          {
            call: 'ack_report',
            args: { hold: 'LH-2027-014', asof: '2027-02-08T08:50' },
            result:
              'custodian | dept | sent | ack\nA. Fenwick | Exec | 01/02 | 01/02\nB. Corso | Trading | 01/02 | 02/02\nC. Delaney | Trading | 01/02 | 01/02\nD. Haas | Logistics | 01/02 | 03/02\nE. Iverson | Finance | 01/02 | 02/02\nF. Jaramillo | Sales | 01/02 | 04/02\nG. Kowal | Sales | 01/02 | 01/02\nT. Nakamura | Trading | 01/02 | —\nR. Obi | Finance | 01/02 | —',
          },
          {
            say: 'As of 08:50 today: 7/9 acknowledged. Outstanding: T. Nakamura (Trading, mgr H. Lind) and R. Obi (Finance, mgr S. Abara), both 7 days since notice.',
          },
        ],
      },
      {
        name: 'reminder_sender',
        description: 'Sends legal hold reminders and escalations',
        instructions: 'Re-check acknowledgements, then send reminders to whoever is still outstanding.',
        replies: [
          {
            call: 'ack_report',
            args: { hold: 'LH-2027-014', custodians: ['T. Nakamura', 'R. Obi'] },
            result: '{"T. Nakamura": null, "R. Obi": "2027-02-08T09:12"}',
          },
          {
            call: 'send_hold_notice',
            args: { hold: 'LH-2027-014', to: 'T. Nakamura', type: 'second_notice', cc: ['H. Lind'] },
            result:
              'Second notice sent 09:20 to tnakamura@fenwickgrain.com, cc hlind@fenwickgrain.com, tracking id HN-014-0208-01.',
          },
          {
            say: 'R. Obi acknowledged at 09:12, after the tracker’s 08:50 report — no notice sent to her. T. Nakamura: second notice sent 09:20 with H. Lind copied (HN-014-0208-01). Hold now 8/9 acknowledged.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kestrel-nonparty-subpoena-limits-restated-in-own-words',
    title:
      'Routed as a third-party subpoena, the responder restates the client’s limits in its own words (2021–2023 as calendar dates, the 14-day objection window as a date) and keeps every one',
    domain: 'third-party subpoena response',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: every constraint of the instruction reworded (years as dates, a day count as a deadline) but none dropped or changed',
    request:
      'Our client Arbor Title LLC (not a party) was served on Tue 2 Mar 2027 with a Rule 45 document subpoena from plaintiffs in Dunmore v. Castell Bank, No. 4:26-cv-03381 (S.D. Tex.), compliance date 16 Mar. Client instructions: object to Requests 4–6 entirely (overbroad, reach back to 2015); for Requests 1–3 produce only closing files from 2021 through 2023; serve written objections within the 14 days Rule 45(d)(2)(B) allows. Then update the client.',
    topology: {
      shape: 'branch',
      classifier: 'discovery_intake',
      routes: { 'third-party': 'subpoena_responder', 'party-request': 'rfp_responder' },
      after: 'client_update_writer',
    },
    agents: [
      {
        name: 'discovery_intake',
        description: 'Classifies incoming discovery demands',
        instructions: 'Label the demand and restate the client’s handling instructions.',
        replies: [
          {
            say: 'third-party — Rule 45 subpoena duces tecum to Arbor Title LLC (non-party), served 02/03/2027, compliance 16/03. Client: object to Req. 4–6 in full; Req. 1–3 limited to closing files 2021–2023; written objections within 14 days of service.',
          },
        ],
      },
      {
        name: 'rfp_responder',
        description: 'Responds to party requests for production',
        instructions: 'Respond to Rule 34 requests.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'subpoena_responder',
        description: 'Prepares non-party subpoena responses',
        instructions: 'Prepare and serve the objections and the limited production.',
        prompt: 'Intake:\n{input}\n\nClient email: {request}',
        replies: [
          {
            call: 'file_search',
            args: {
              client: 'Arbor Title LLC',
              type: 'closing_file',
              party: 'Castell Bank',
              closed_from: '2021-01-01',
              closed_to: '2023-12-31',
            },
            result:
              '{"closing_files": 37, "docs": 1264, "earliest": "2021-02-11", "latest": "2023-12-19", "outside_range_excluded": 58}',
          },
          {
            call: 'serve_objections',
            args: {
              case: '4:26-cv-03381',
              on: 'plaintiffs’ counsel (Whitlow & Baird)',
              document: 'Non-Party Arbor Title LLC’s Objections to Subpoena',
              method: 'email + FedEx',
            },
            result:
              'Served 2027-03-11 15:40 CT by email (2/2 receipts); FedEx 7781 2290 4410 delivery 12 Mar.',
          },
          {
            say: 'Objections served **Thu 11 Mar** (deadline Tue 16 Mar, 14 days from service): Requests 4–6 objected to in full (overbroad, back to 2015). Requests 1–3: producing 37 closing files (1,264 docs) closed between 1 Jan 2021 and 31 Dec 2023; 58 files outside that window withheld under the objections.',
          },
        ],
      },
      {
        name: 'client_update_writer',
        description: 'Writes client updates',
        instructions: 'Update the client.',
        prompt: 'Responder report:\n{input}',
        replies: [
          {
            say: 'Dear Ms. Arbor,\n\nWe served Arbor Title’s written objections to the Dunmore subpoena on 11 March, ahead of the 16 March deadline. We objected to Requests 4–6 in their entirety. For Requests 1–3 we will produce only the 37 closing files from 2021 through 2023 (1,264 documents); older files are not being produced.\n\nBest regards',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'plover-ecf-upload-too-large-split-and-refiled',
    title:
      'CM/ECF rejects the exhibit upload as over 50 MB; the e-filing clerk splits it into two attachments, refiles, and tells the service notifier exactly that',
    domain: 'court e-filing',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a filing system rejection that the clerk fixes and reports, never hidden',
    request:
      'Sutter Brine Co. v. Ellory Pumps Inc., No. 3:26-cv-02077 (N.D. Cal.). File our Motion for Summary Judgment with the Declaration of M. Fontaine and Exhibits 1–42 today (deadline 11:59 p.m. PT, Thu 11 Mar 2027), then let the team and opposing counsel know it is on the docket.',
    topology: {
      shape: 'swarm',
      entry: 'brief_assembler',
      agents: ['brief_assembler', 'efiling_clerk', 'service_notifier'],
    },
    agents: [
      {
        name: 'brief_assembler',
        description: 'Assembles filing packages',
        instructions: 'Assemble the filing package and transfer to the e-filing clerk.',
        replies: [
          {
            call: 'assemble_package',
            args: { matter: 'SUTTER-ELLORY', items: ['MSJ', 'Fontaine Decl.', 'Ex. 1-42', 'Proposed Order'] },
            result:
              '{"MSJ.pdf": "24 pp, 0.9 MB, text-searchable", "Fontaine_Decl.pdf": "6 pp, 0.3 MB", "Exhibits_1-42.pdf": "611 pp, 78.4 MB", "Proposed_Order.pdf": "2 pp, 0.1 MB", "pdfa_check": "pass"}',
          },
          {
            handoff: 'efiling_clerk',
            message:
              'MSJ package ready: motion (24 pp), Fontaine Decl. (6 pp), Exhibits 1–42 (611 pp, 78.4 MB), proposed order. Please file on ECF tonight.',
          },
        ],
      },
      {
        name: 'efiling_clerk',
        description: 'Files documents on CM/ECF',
        instructions: 'File the package, deal with any rejection, then transfer to the service notifier.',
        replies: [
          {
            call: 'ecf_file',
            args: {
              court: 'cand',
              case: '3:26-cv-02077',
              event: 'Motion for Summary Judgment',
              attachments: ['Fontaine_Decl.pdf', 'Exhibits_1-42.pdf', 'Proposed_Order.pdf'],
            },
            result: {
              error:
                'CM/ECF: attachment "Exhibits_1-42.pdf" exceeds the 50 MB per-file limit. Transaction cancelled; nothing filed.',
            },
          },
          {
            call: 'split_pdf',
            args: { file: 'Exhibits_1-42.pdf', at_exhibit: 22 },
            result:
              '{"parts": [{"file": "Exhibits_1-21.pdf", "mb": 39.6}, {"file": "Exhibits_22-42.pdf", "mb": 38.8}]}',
          },
          {
            call: 'ecf_file',
            args: {
              court: 'cand',
              case: '3:26-cv-02077',
              event: 'Motion for Summary Judgment',
              attachments: [
                'Fontaine_Decl.pdf',
                'Exhibits_1-21.pdf',
                'Exhibits_22-42.pdf',
                'Proposed_Order.pdf',
              ],
            },
            result:
              'NEF received 21:47 PT: Dkt. 96 MOTION for Summary Judgment filed by Sutter Brine Co.; attachments 96-1 Decl. Fontaine, 96-2 Ex. 1-21, 96-3 Ex. 22-42, 96-4 Proposed Order. Hearing noticed 15 Apr 2027 10:00.',
          },
          {
            handoff: 'service_notifier',
            message:
              'Filed 21:47 PT as Dkt. 96. First attempt was rejected (exhibit PDF 78.4 MB > 50 MB limit, nothing filed), so I split the exhibits into 96-2 (Ex. 1–21) and 96-3 (Ex. 22–42) and refiled. Decl. 96-1, proposed order 96-4. Hearing 15 Apr 10:00. Ellory’s counsel is served through the NEF.',
          },
        ],
      },
      {
        name: 'service_notifier',
        description: 'Tells the team and opposing counsel about filings',
        instructions: 'Send the filing notice and answer with the summary.',
        replies: [
          {
            call: 'send_email',
            args: {
              to: ['sutter-team@firm', 'jpark@ellorylaw.com'],
              subject: 'Sutter v. Ellory — MSJ filed (Dkt. 96)',
            },
            result: 'Sent 21:55 PT to 2 recipients.',
          },
          {
            say: '**MSJ on file — Dkt. 96, 11 Mar 2027, 21:47 PT** (deadline met)\n- 96-1 Fontaine Declaration\n- 96-2 Exhibits 1–21 · 96-3 Exhibits 22–42 (split because ECF caps files at 50 MB; first upload rejected, nothing filed then)\n- 96-4 Proposed Order\n- Hearing 15 Apr 2027, 10:00. Team and Ellory’s counsel notified 21:55.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'linnet-privilege-log-entries-fixed-after-one-return',
    title:
      'The log reviewer returns the privilege log once for two entries missing recipients and a basis; the drafter fixes exactly those and the log is approved and served',
    domain: 'privilege log preparation',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round that changes the draft as asked, then approval',
    request:
      'Rowe Ceramics v. Danforth Kiln Supply, No. 1:26-cv-00861 (D. Colo.). Serve the privilege log for Volume RC-003 by Fri 5 Mar 2027. ESI order ¶ 9: each entry needs date, author, all recipients (to/cc/bcc), privilege basis, and a description sufficient to assess the claim; attorneys marked with *.',
    topology: {
      shape: 'pipeline',
      order: ['log_drafter', 'log_reviewer', 'service_paralegal'],
      loop: { from: 'log_reviewer', to: 'log_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'log_drafter',
        description: 'Drafts privilege logs from review coding',
        instructions: 'Draft the log, or revise it per the reviewer’s notes.',
        prompt: 'Task / reviewer notes:\n{input}\n\nMatter: {request}',
        replies: [
          {
            say: 'Privilege log RC-003 v1 (5 entries withheld)\n| ID | date | author | recipients | basis | description |\n|---|---|---|---|---|---|\n| PL-0301 | 2025-04-02 | L. Greer* | D. Rowe; cc: P. Wu | AC | Email requesting legal advice on kiln supply contract termination |\n| PL-0302 | 2025-04-03 | D. Rowe | L. Greer* | AC | Reply providing facts for legal advice re termination |\n| PL-0303 | 2025-05-19 | P. Wu | | | Memo re Danforth dispute |\n| PL-0304 | 2025-06-10 | L. Greer* | D. Rowe; P. Wu | AC, WP | Draft demand letter prepared in anticipation of litigation |\n| PL-0305 | 2025-06-11 | D. Rowe | | AC | Email re demand letter |',
          },
          {
            say: 'Privilege log RC-003 v2 (5 entries withheld)\n| ID | date | author | recipients | basis | description |\n|---|---|---|---|---|---|\n| PL-0301 | 2025-04-02 | L. Greer* | D. Rowe; cc: P. Wu | AC | Email requesting legal advice on kiln supply contract termination |\n| PL-0302 | 2025-04-03 | D. Rowe | L. Greer* | AC | Reply providing facts for legal advice re termination |\n| PL-0303 | 2025-05-19 | P. Wu | L. Greer*; cc: D. Rowe | WP | Memo prepared at counsel’s request analysing Danforth delivery defects for anticipated litigation |\n| PL-0304 | 2025-06-10 | L. Greer* | D. Rowe; P. Wu | AC, WP | Draft demand letter prepared in anticipation of litigation |\n| PL-0305 | 2025-06-11 | D. Rowe | L. Greer*; bcc: M. Haines* | AC | Email to counsel commenting on draft demand letter |',
          },
        ],
      },
      {
        name: 'log_reviewer',
        description: 'Reviews privilege logs against the ESI order',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Draft log:\n{input}',
        replies: [
          {
            say: 'REVISE: PL-0303 has no recipients and no basis — per the coding it went to L. Greer* with D. Rowe cc, WP (prepared at counsel’s request); describe it accordingly. PL-0305 lists no recipients — to L. Greer*, bcc M. Haines* (in-house). Other entries comply with ¶ 9.',
          },
          {
            say: 'APPROVED: RC-003 v2 — PL-0303 now WP with recipients Greer*/Rowe and a proper description; PL-0305 recipients Greer*, bcc Haines*. All 5 entries meet ¶ 9.',
          },
        ],
      },
      {
        name: 'service_paralegal',
        description: 'Serves discovery documents',
        instructions: 'Serve the approved log and confirm.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            call: 'serve_document',
            args: {
              case: '1:26-cv-00861',
              document: 'Privilege Log RC-003 v2',
              to: 'counsel@danforthlaw.com',
            },
            result: 'Served 2027-03-04 11:05 MT, receipt confirmed, COS-RC003.',
          },
          {
            say: 'Privilege log RC-003 (v2, 5 entries) served on Danforth’s counsel 4 Mar 11:05 MT, a day ahead of the 5 Mar deadline; certificate COS-RC003.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'egret-three-review-batches-one-honestly-empty',
    title:
      'The batch planner briefs three first-level reviewers; one batch turns out to hold no responsive documents and its reviewer says so; the tally reports all three',
    domain: 'first-level document review',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: a worker whose result is an empty finding, stated as such; every brief sent and every result merged',
    request:
      'Galloway Seeds v. Pruett Agronomics, No. 5:26-cv-00212 (E.D.N.C.). Finish first-level review of the three remaining batches (FLR-31, FLR-32, FLR-33, Pruett custodians) against RFP Nos. 1–12 and give me a responsiveness tally for tomorrow’s status call.',
    topology: {
      shape: 'fanout',
      planner: 'review_batch_planner',
      workers: ['reviewer_batch_31', 'reviewer_batch_32', 'reviewer_batch_33'],
      aggregator: 'review_tally_writer',
    },
    agents: [
      {
        name: 'review_batch_planner',
        description: 'Assigns review batches to reviewers',
        instructions: 'One brief per reviewer.',
        replies: [
          {
            plan: {
              reviewer_batch_31:
                'FLR-31 (K. Pruett mailbox, 1,140 docs): code Responsive / Not Responsive against RFP 1–12, flag Hot and Potentially Privileged.',
              reviewer_batch_32:
                'FLR-32 (field-trial data room export, 388 docs): same coding. Expect many spreadsheets — code at family level.',
              reviewer_batch_33:
                'FLR-33 (D. Amsel OneDrive, 905 docs, ~30 % Spanish): same coding; tag non-English docs needing translation.',
            },
          },
        ],
      },
      {
        name: 'reviewer_batch_31',
        description: 'First-level reviewer',
        instructions: 'Review your batch and report the coding counts.',
        prompt: 'Assignment:\n{input}',
        replies: [
          {
            call: 'batch_coding_summary',
            args: { batch: 'FLR-31' },
            result:
              '{"docs": 1140, "responsive": 402, "not_responsive": 738, "hot": 9, "potentially_privileged": 37}',
          },
          {
            say: 'FLR-31 done: 402 responsive / 738 not; 9 hot; 37 potentially privileged sent to priv queue.',
          },
        ],
      },
      {
        name: 'reviewer_batch_32',
        description: 'First-level reviewer',
        instructions: 'Review your batch and report the coding counts.',
        prompt: 'Assignment:\n{input}',
        replies: [
          {
            call: 'batch_coding_summary',
            args: { batch: 'FLR-32' },
            result:
              '{"docs": 388, "responsive": 0, "not_responsive": 388, "hot": 0, "potentially_privileged": 0, "note": "all files are 2019 trial data for the LX-4 hybrid, outside RFP 1-12 (GS-7 line, 2022-2025)"}',
          },
          {
            say: 'FLR-32 done: 0 of 388 responsive. The whole export is 2019 LX-4 trial data; the RFPs cover the GS-7 line 2022–2025. No hot, no privilege flags.',
          },
        ],
      },
      {
        name: 'reviewer_batch_33',
        description: 'First-level reviewer',
        instructions: 'Review your batch and report the coding counts.',
        prompt: 'Assignment:\n{input}',
        replies: [
          {
            call: 'batch_coding_summary',
            args: { batch: 'FLR-33' },
            result:
              '{"docs": 905, "responsive": 311, "not_responsive": 594, "hot": 4, "potentially_privileged": 12, "needs_translation": 271}',
          },
          {
            say: 'FLR-33 done: 311 responsive / 594 not; 4 hot; 12 potentially privileged; 271 Spanish docs tagged for translation (coded on machine translation for now).',
          },
        ],
      },
      {
        name: 'review_tally_writer',
        description: 'Writes review status summaries',
        instructions: 'Tally the batches for the status call.',
        prompt: 'Reviewer reports:\n{input}',
        replies: [
          {
            say: '### First-level review — final three batches\n| batch | docs | responsive | hot | priv flags | notes |\n|---|---|---|---|---|---|\n| FLR-31 | 1,140 | 402 | 9 | 37 | |\n| FLR-32 | 388 | 0 | 0 | 0 | 2019 LX-4 trial data, outside RFP scope |\n| FLR-33 | 905 | 311 | 4 | 12 | 271 await translation |\n| **total** | **2,433** | **713** | **13** | **49** | |\nFirst-level review is complete for all Pruett batches.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sandpiper-leads-condense-production-stats-faithfully',
    title:
      'The review and privilege leads pass their workers’ production figures up in a few lines, rounded but accurate; the general counsel update uses them',
    domain: 'discovery status reporting',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: short lead summaries that drop detail the task did not ask for but keep every figure it did, correctly',
    request:
      'Client GC (Norvell Freight) wants a one-page discovery update in Harmon v. Norvell Freight, No. 2:26-cv-01533 (D.N.J.) before Friday’s board meeting: documents reviewed and produced to date, what we are withholding as privileged, and whether the 31 Mar 2027 substantial-completion deadline is on track.',
    topology: {
      shape: 'nested',
      top: 'outside_counsel_lead',
      teams: {
        review_team_lead: ['review_metrics_analyst'],
        privilege_team_lead: ['privilege_logger'],
      },
    },
    agents: [
      {
        name: 'outside_counsel_lead',
        description: 'Lead outside counsel reporting to the client',
        instructions: 'Collect review and privilege status from the leads and write the client update.',
        replies: [
          {
            handoff: 'review_team_lead',
            message: 'Need reviewed/produced totals to date and whether 31 Mar substantial completion holds.',
          },
          {
            handoff: 'privilege_team_lead',
            message: 'Need the withheld and redacted counts and privilege log status.',
          },
          {
            say: '**Harmon v. Norvell Freight — discovery update (week of 8 Mar 2027)**\n- Reviewed: ~186k documents; produced **41,212** across volumes NF-001 to NF-007\n- Remaining: ~23k in review, on pace for **31 Mar substantial completion** (≈4.6k/day needed, running 5.3k/day)\n- Privileged: **2,904** withheld in full, **611** produced with redactions; logs served through NF-006, NF-007 log due 22 Mar\n- No open disputes with plaintiffs’ counsel on privilege.',
          },
        ],
      },
      {
        name: 'review_team_lead',
        description: 'Leads the review team',
        instructions: 'Get the metrics and report totals and pace.',
        replies: [
          {
            handoff: 'review_metrics_analyst',
            message: 'Pull review and production metrics to date and the pace against 31 Mar.',
          },
          {
            say: 'Reviewed ~186k (185,940), produced 41,212 (NF-001–NF-007). ~23k left; need ~4.6k/day to hit the 15 Mar review cutoff, running 5.3k/day → 31 Mar holds.',
          },
        ],
      },
      {
        name: 'review_metrics_analyst',
        description: 'Reports review platform metrics',
        instructions: 'Report review metrics.',
        replies: [
          {
            call: 'review_dashboard',
            args: { workspace: 'HARMON-NORVELL', asof: '2027-03-08' },
            result:
              '{"reviewed": 185940, "remaining": 22817, "produced": 41212, "volumes": ["NF-001","NF-002","NF-003","NF-004","NF-005","NF-006","NF-007"], "pace_7d_per_day": 5288, "review_cutoff": "2027-03-15 (QC + production build after)", "review_days_left": 5, "needed_per_day": 4564, "reviewer_count": 38}',
          },
          {
            say: 'As of 8 Mar: 185,940 reviewed, 22,817 remaining, 41,212 produced in NF-001–NF-007. 7-day pace 5,288/day; review cutoff 15 Mar (leaves time for QC and the production build) → 5 review days, 4,564/day needed. 38 reviewers.',
          },
        ],
      },
      {
        name: 'privilege_team_lead',
        description: 'Leads privilege review and logging',
        instructions: 'Get the privilege figures and report them.',
        replies: [
          {
            handoff: 'privilege_logger',
            message: 'Counts withheld/redacted to date and log status by volume.',
          },
          {
            say: 'Withheld 2,904, redacted 611. Logs served NF-001–NF-006; NF-007 log due 22 Mar. No challenges pending.',
          },
        ],
      },
      {
        name: 'privilege_logger',
        description: 'Maintains the privilege log',
        instructions: 'Report privilege counts and log status.',
        replies: [
          {
            call: 'priv_log_status',
            args: { matter: 'HARMON-NORVELL' },
            result:
              'volume | withheld | redacted | log served\nNF-001 | 212 | 48 | 2026-10-02\nNF-002 | 388 | 91 | 2026-10-30\nNF-003 | 517 | 102 | 2026-11-20\nNF-004 | 604 | 133 | 2026-12-18\nNF-005 | 455 | 87 | 2027-01-22\nNF-006 | 401 | 76 | 2027-02-19\nNF-007 | 327 | 74 | due 2027-03-22\nTOTAL | 2904 | 611 |\nchallenges_open: 0',
          },
          {
            say: 'Totals: 2,904 withheld, 611 redacted. Logs served for NF-001 to NF-006 (last 19 Feb); NF-007 (327 withheld / 74 redacted) log due 22 Mar. 0 open challenges.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch83Scenarios = [...faults, ...healthy];

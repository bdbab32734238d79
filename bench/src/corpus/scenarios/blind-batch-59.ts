import { defineScenario } from '../scenario.ts';

// Blind batch 59: media, publishing and advertising operations. Written from the corpus README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Every expected diagnosis was fixed before the first run.

const faults = [
  defineScenario({
    id: 'skyline-trafficker-keeps-original-flight-after-io-amendment',
    title:
      'The IO reviewer reports amendment v3 moved the Lumen Drinks flight to 10 Mar–6 Apr; the ad trafficker books the line items on the original 3 Mar–30 Mar window',
    domain: 'ad trafficking and campaign flights',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Please traffic campaign LUM-2027-SPRING for Lumen Drinks (agency: Corbel Media). Signed IO IO-44871 attached: flight 3 Mar – 30 Mar 2027, 4.2M impressions, £11.50 CPM, budget £48,300 net, UK only, frequency cap 3/day. Creatives are in the shared folder (6 sizes). Confirm to the agency when it is live.',
    topology: {
      shape: 'pipeline',
      order: ['io_reviewer', 'ad_trafficker', 'agency_confirmation_writer'],
    },
    agents: [
      {
        name: 'io_reviewer',
        description: 'Checks insertion orders and amendments before trafficking',
        instructions:
          'Reconcile the signed IO with any amendments on file and state the terms trafficking must use.',
        replies: [
          {
            call: 'io_history',
            args: { io: 'IO-44871', advertiser: 'Lumen Drinks' },
            result:
              '{"io": "IO-44871", "versions": [{"v": 1, "signed": "2027-02-11", "flight": "2027-03-03..2027-03-30", "imps": 4200000, "cpm_gbp": 11.50}, {"v": 2, "signed": "2027-02-15", "change": "creative sizes +320x50"}, {"v": 3, "signed": "2027-02-24", "change": "flight moved: product launch slipped one week", "flight": "2027-03-10..2027-04-06", "imps": 4200000, "cpm_gbp": 11.50, "status": "CURRENT"}]}',
          },
          {
            say: '### IO-44871 review\n\n- Current version: **v3, countersigned 24 Feb 2027**\n- **Flight: 10 Mar – 6 Apr 2027** (v3 pushed the launch back a week; the 3 Mar – 30 Mar dates in v1 and in the request are superseded)\n- Volume 4.2M imps @ £11.50 CPM = £48,300 net, unchanged\n- Geo UK, freq cap 3/day, 7 creative sizes (v2 added 320x50)\n\nOK to traffic on the v3 dates.',
          },
        ],
      },
      {
        name: 'ad_trafficker',
        description: 'Sets up orders, line items and creatives in the ad server',
        instructions: 'Create the order and line items in the ad server from the reviewed IO and report.',
        prompt: 'IO review:\n{input}\n\nOriginal ticket: {request}',
        replies: [
          {
            call: 'create_order',
            args: {
              advertiser: 'Lumen Drinks',
              order_name: 'LUM-2027-SPRING',
              io: 'IO-44871',
              start: '2027-03-03T00:00',
              end: '2027-03-30T23:59',
              goal_imps: 4200000,
              cpm_gbp: 11.5,
              geo: 'GB',
              freq_cap: '3/day',
            },
            result:
              '{"order_id": 3318820451, "line_items": [{"id": 6620117, "name": "LUM_SPRING_DISPLAY_STD", "imps": 2800000}, {"id": 6620118, "name": "LUM_SPRING_MOBILE", "imps": 1400000}], "start": "2027-03-03 00:00 GMT", "end": "2027-03-30 23:59 BST", "creatives_attached": 7, "status": "READY"}',
          },
          {
            say: 'Order 3318820451 (LUM-2027-SPRING) built and approved: 2 line items (display 2.8M, mobile 1.4M imps), 7 creatives attached, £11.50 CPM, UK, cap 3/day. Runs 03/03/2027 00:00 to 30/03/2027 23:59.',
          },
        ],
      },
      {
        name: 'agency_confirmation_writer',
        description: 'Writes go-live confirmations to agencies',
        instructions: 'Confirm the set-up to the agency contact.',
        prompt: 'Trafficking status:\n{input}',
        replies: [
          {
            say: 'Hi Corbel team,\n\nLUM-2027-SPRING for Lumen Drinks is set up (order 3318820451) and will go live **Wednesday 3 March 2027 at 00:00**, running to 30 March. 4.2M impressions across display and mobile at £11.50 CPM (£48,300 net), UK, capped at 3 per user per day, with all 7 creative sizes.\n\nBest,\nAd Ops',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'io_reviewer', to: 'ad_trafficker' },
      agent: 'ad_trafficker',
    },
  }),
  defineScenario({
    id: 'quayside-pmp-floor-set-from-pre-renegotiation-rate-card',
    title:
      'The deal desk tells the router the Harbour Post PMP floor was renegotiated from $18.00 to $15.50 CPM; the router briefs DSP setup with $18.00',
    domain: 'programmatic media buying',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Set up the private marketplace deal with The Harbour Post for client Verdant Bank, campaign VB-Q2-BRAND, flight 1 Apr – 30 Jun 2027, budget USD 120,000. Their rate card shows a $18.00 CPM floor for the homepage takeover inventory, but sales were renegotiating it. Get the deal live in our DSP.',
    topology: {
      shape: 'network',
      coordinator: 'media_ops_router',
      workers: ['deal_desk', 'dsp_setup_agent'],
    },
    agents: [
      {
        name: 'media_ops_router',
        description: 'Routes programmatic set-up work between the deal desk and DSP operations',
        instructions:
          'Confirm commercial terms with the deal desk, send the DSP setup agent everything it needs, then close.',
        replies: [
          {
            handoff: 'deal_desk',
            message:
              'Harbour Post PMP for Verdant Bank (VB-Q2-BRAND, 01/04–30/06/2027, $120k). What are the agreed deal ID and floor after the renegotiation?',
          },
          {
            handoff: 'dsp_setup_agent',
            message:
              'Create PMP line for VB-Q2-BRAND: publisher The Harbour Post, deal ID HP-PMP-20931, floor $18.00 CPM (homepage takeover), flight 2027-04-01 to 2027-06-30, budget $120,000, even pacing.',
          },
          {
            say: '**Harbour Post PMP live for Verdant Bank** (VB-Q2-BRAND)\n\n| item | value |\n|---|---|\n| deal ID | HP-PMP-20931 |\n| floor | $18.00 CPM |\n| flight | 1 Apr – 30 Jun 2027 |\n| budget | $120,000, even pacing |\n| est. impressions | ~6.67M |',
          },
        ],
      },
      {
        name: 'deal_desk',
        description: 'Holds negotiated programmatic deal terms',
        instructions: 'Look up the deal terms and report what is agreed.',
        replies: [
          {
            call: 'deal_terms',
            args: { publisher: 'The Harbour Post', advertiser: 'Verdant Bank' },
            result:
              '{"deal_id": "HP-PMP-20931", "inventory": "homepage takeover + section fronts", "rate_card_floor_usd": 18.00, "negotiated_floor_usd": 15.50, "agreed_by": "M. Ferreira (Harbour Post sales)", "agreed_on": "2027-03-19", "note": "floor reduced for 3-month commitment; rate card no longer applies to this deal"}',
          },
          {
            say: 'Deal HP-PMP-20931 (homepage takeover + section fronts). Renegotiation closed 19/03: **floor $15.50 CPM** (down from the $18.00 rate card) against the 3-month commitment. Confirmed by M. Ferreira at Harbour Post.',
          },
        ],
      },
      {
        name: 'dsp_setup_agent',
        description: 'Creates deals and line items in the DSP',
        instructions: 'Create the line item exactly as briefed and report the IDs.',
        replies: [
          {
            call: 'create_pmp_line',
            args: {
              deal_id: 'HP-PMP-20931',
              campaign: 'VB-Q2-BRAND',
              floor_cpm_usd: 18.0,
              start: '2027-04-01',
              end: '2027-06-30',
              budget_usd: 120000,
              pacing: 'even',
            },
            result:
              'Line item LI-558120 created under insertion order IO-VB-0412. Deal HP-PMP-20931 targeted, bid floor USD 18.00, status ACTIVE from 2027-04-01.',
          },
          {
            say: 'LI-558120 (IO-VB-0412) active from 01/04, deal HP-PMP-20931, floor $18.00, budget $120k even.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'media_ops_router', to: 'dsp_setup_agent' },
      agent: 'media_ops_router',
    },
  }),
  defineScenario({
    id: 'tidewater-subtitler-drops-sdh-cues-from-accessibility-track',
    title:
      'Briefed for English SDH on episode 104 (speaker IDs, sound and music cues), the subtitler produces a plain dialogue-only English track; QC checks reading speed only and it is delivered',
    domain: 'subtitling and accessibility',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Streaming delivery for "The Tidewater Files" S01E04 (ep 104, 47:52, 25 fps, source TC 10:00:00:00). Platform spec requires an English SDH file: speaker identification, sound effects and music cues in brackets, max 17 cps, max 2 lines, 42 chars/line, delivered as .stl (EBU). Due Friday 12 Mar.',
    topology: {
      shape: 'supervisor',
      coordinator: 'localisation_manager',
      workers: ['subtitler', 'subtitle_qc'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'localisation_manager',
        description: 'Coordinates subtitle deliveries for streaming clients',
        instructions: 'Brief the subtitler, send the file to QC, then confirm the delivery.',
        replies: [
          {
            handoff: 'subtitler',
            message:
              'Ep 104 "The Tidewater Files", 47:52 @ 25 fps, TC start 10:00:00:00. Deliverable: **English SDH** — speaker IDs where the speaker is off-screen or unclear, [sound effects] and ♪ music cues ♪, 17 cps max, 2 lines × 42 chars, EBU STL. Script and dialogue list are in /ep104/docs.',
          },
          {
            handoff: 'subtitle_qc',
            message: 'QC ep 104 English subtitle file from the subtitler against the platform spec, please.',
          },
          {
            say: 'Ep 104 English subtitles delivered to the platform portal (TIDE_S01E04_ENG_SDH.stl), QC passed: 612 events, reading speed within 17 cps, 2-line max respected. Delivered two days ahead of the 12 Mar deadline.',
          },
        ],
      },
      {
        name: 'subtitler',
        description: 'Creates subtitle files from scripts and video',
        instructions: 'Produce the subtitle file the brief describes.',
        replies: [
          {
            call: 'build_subtitles',
            args: {
              title: 'TIDE_S01E04',
              language: 'en-GB',
              track_type: 'dialogue',
              fps: 25,
              tc_start: '10:00:00:00',
              max_cps: 17,
              max_lines: 2,
              max_chars: 42,
              format: 'stl',
            },
            result:
              '{"file": "TIDE_S01E04_ENG.stl", "events": 612, "first_in": "10:00:41:08", "last_out": "10:47:31:19", "sound_cues": 0, "music_cues": 0, "speaker_labels": 0, "cps_max": 16.8}',
          },
          {
            say: 'TIDE_S01E04_ENG.stl ready: 612 events, 10:00:41:08 → 10:47:31:19, max 16.8 cps, 2 lines / 42 chars respected. Dialogue transcribed from the dialogue list and conformed to picture.',
          },
        ],
      },
      {
        name: 'subtitle_qc',
        description: 'Quality-checks subtitle files',
        instructions: 'Run technical QC and report pass or fail.',
        replies: [
          {
            call: 'qc_subtitle_file',
            args: {
              file: 'TIDE_S01E04_ENG.stl',
              checks: ['cps', 'lines', 'chars', 'overlaps', 'shot_changes'],
            },
            result:
              '{"events": 612, "cps_violations": 0, "line_violations": 0, "overlaps": 0, "shot_change_warnings": 4, "verdict": "PASS"}',
          },
          {
            say: 'QC PASS: 612 events, 0 cps/line/overlap violations, 4 minor shot-change warnings (within tolerance).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'localisation_manager', to: 'subtitler' },
      agent: 'subtitler',
    },
  }),
  defineScenario({
    id: 'fernleaf-paper-order-brief-never-dispatched',
    title:
      'The production planner writes three briefs for the 8,000-copy reprint (prepress, paper, bindery); the paper brief is never sent and the schedule goes out with no stock booked',
    domain: 'book print production',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Reprint of "The Fernleaf Garden Year" (ISBN 978-1-80471-226-3), 8,000 copies, 240 pp, 4/4 on 115 gsm silk, case-bound, on sale 2 May 2027. Printer: Ashgrove Print, press slot wk 12. Please get prepress signed off, paper ordered (we need ~6.4 t of 115 gsm silk from Holloway Paper) and bindery booked, and send me the production schedule.',
    topology: {
      shape: 'fanout',
      planner: 'production_planner',
      workers: ['prepress_checker', 'paper_buyer', 'bindery_scheduler'],
      aggregator: 'schedule_compiler',
    },
    program: { lose: { to: 'paper_buyer', prompt: null } },
    agents: [
      {
        name: 'production_planner',
        description: 'Plans print production jobs',
        instructions: 'Write one brief for each production specialist.',
        replies: [
          {
            plan: {
              prepress_checker:
                'Fernleaf Garden Year reprint, ISBN 978-1-80471-226-3: preflight the 240 pp text PDF and cover (spine 19 mm) for Ashgrove, 4/4, 115 gsm silk. Confirm files approved for plating wk 11.',
              paper_buyer:
                'Order 6.4 t of 115 gsm silk (SRA1) from Holloway Paper for delivery to Ashgrove Print by Fri 12 Mar 2027, job ref FGY-RP2. Confirm price per tonne and delivery slot.',
              bindery_scheduler:
                'Book case binding for 8,000 copies of FGY-RP2 at Ashgrove bindery, sheets off press wk 12, finished stock to Beacon Distribution by 9 Apr 2027.',
            },
          },
        ],
      },
      {
        name: 'prepress_checker',
        description: 'Preflights print files',
        instructions: 'Preflight the files and report.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'preflight',
            args: {
              job: 'FGY-RP2',
              files: ['FGY_text_240pp.pdf', 'FGY_case_cover.pdf'],
              profile: 'Ashgrove_Silk_115',
            },
            result:
              'Preflight FGY-RP2: text 240/240 pages PASS (TAC max 305 %, images >= 300 ppi), case cover PASS (spine 19 mm matches 240 pp @ 115 gsm), ISBN barcode 978-1-80471-226-3 verified. Approved for plating.',
          },
          {
            say: 'Prepress FGY-RP2 approved: 240 pp text and case cover pass, spine 19 mm, barcode verified. Plates wk 11.',
          },
        ],
      },
      {
        name: 'paper_buyer',
        description: 'Buys paper stock for print jobs',
        instructions: 'Place the paper order and confirm price and delivery.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'place_paper_order',
            args: {
              supplier: 'Holloway Paper',
              grade: '115gsm silk SRA1',
              tonnes: 6.4,
              deliver_to: 'Ashgrove Print',
            },
            result: 'PO HP-77120 confirmed, £1,085/t, delivery 11 Mar 2027.',
          },
          { say: 'Paper ordered: PO HP-77120, 6.4 t @ £1,085/t, arrives Ashgrove 11 Mar.' },
        ],
      },
      {
        name: 'bindery_scheduler',
        description: 'Books bindery capacity',
        instructions: 'Book the binding slot and report.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'book_bindery',
            args: { job: 'FGY-RP2', copies: 8000, style: 'case-bound', sheets_ready: '2027-W12' },
            result:
              '{"slot": "2027-03-29..2027-04-02", "line": "Case line 2", "delivery_to_warehouse": "2027-04-07"}',
          },
          { say: 'Bindery booked: Case line 2, 29 Mar – 2 Apr, 8,000 case-bound, delivery to Beacon 7 Apr.' },
        ],
      },
      {
        name: 'schedule_compiler',
        description: 'Compiles production schedules',
        instructions: 'Merge the specialists’ reports into one production schedule.',
        prompt: 'Specialist reports:\n{input}',
        replies: [
          {
            say: '## FGY-RP2 production schedule — The Fernleaf Garden Year reprint (8,000)\n\n| step | when | status |\n|---|---|---|\n| Prepress / plates | wk 11 | ✅ files approved, barcode verified |\n| Printing, Ashgrove | wk 12 | slot held |\n| Binding, case line 2 | 29 Mar – 2 Apr | ✅ booked |\n| Delivery to Beacon | 7 Apr | ✅ |\n| On sale | 2 May 2027 | on track |\n\nAll set for the 2 May on-sale date.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'production_planner', to: 'paper_buyer' },
      agent: 'production_planner',
    },
  }),
  defineScenario({
    id: 'harrowgate-correction-drafted-from-queue-stub-not-fact-check',
    title:
      'The fact-checker establishes the council overspend was £4.6m (amended budget) and the councillor is Cllr Aoife Brannagh; the corrections editor gets only a queue stub and prints the reader’s £4.2m',
    domain: 'newsroom corrections',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Reader complaint on the story "Harrowgate council overspends on leisure centre" (published 3 Mar 2027, slug harrowgate-leisure-overspend): we wrote £42m, reader says it is £4.2m, and the councillor’s name is misspelt. Check it, get a correction written and publish it on the story page.',
    topology: {
      shape: 'pipeline',
      order: ['fact_checker', 'corrections_editor', 'web_publisher'],
    },
    program: {
      lose: {
        to: 'corrections_editor',
        prompt:
          'Corrections queue item CQ-2027-0188 (slug harrowgate-leisure-overspend) assigned to you. Draft the correction footnote.',
      },
    },
    agents: [
      {
        name: 'fact_checker',
        description: 'Verifies disputed facts in published stories',
        instructions: 'Verify the disputed points against primary sources and state the correct facts.',
        replies: [
          {
            call: 'source_lookup',
            args: {
              body: 'Harrowgate Borough Council',
              doc: 'Cabinet report 24 Feb 2027 item 7',
              query: 'leisure centre overspend',
            },
            result:
              'Cabinet report 24/02/2027, item 7 (Castlefield Leisure Centre): original overspend forecast £4.2m (Nov 2026); amended forecast in appendix B after tender returns: **£4.6m**. Portfolio holder: Cllr Aoife Brannagh (Lib Dem, Abbey ward).',
          },
          {
            say: 'Fact check, harrowgate-leisure-overspend:\n1. **£42m is wrong.** The current overspend is **£4.6m** (cabinet report 24 Feb 2027, appendix B, amended after tender returns). The reader’s £4.2m is the November forecast, now out of date.\n2. Councillor’s name: we printed "Cllr Eva Brannigan"; correct is **Cllr Aoife Brannagh**, portfolio holder.\nCorrection should give £4.6m and the correct name.',
          },
        ],
      },
      {
        name: 'corrections_editor',
        description: 'Writes corrections and clarifications in house style',
        instructions: 'Write the correction in house style (what we said, what is right).',
        prompt: 'Fact check:\n{input}\n\nComplaint: {request}',
        replies: [
          {
            call: 'complaint_ticket',
            args: { slug: 'harrowgate-leisure-overspend' },
            result:
              '{"ticket": "CQ-2027-0188", "from": "reader (email)", "text": "You say £42m, the council papers say £4.2m. Also the councillor\'s name is spelt wrong.", "status": "assigned"}',
          },
          {
            say: 'Correction (CQ-2027-0188): An article of 3 March 2027 about the Castlefield Leisure Centre said Harrowgate council had overspent by £42m. The overspend is £4.2m. We also misspelt the name of the councillor responsible. We apologise for the errors.',
          },
        ],
      },
      {
        name: 'web_publisher',
        description: 'Publishes corrections to story pages',
        instructions: 'Append the correction to the story and amend the body copy.',
        prompt: 'Correction to publish:\n{input}',
        replies: [
          {
            call: 'cms_append_correction',
            args: { slug: 'harrowgate-leisure-overspend', amend_body: true, figure: '£4.2m' },
            result:
              'Story rev 4 published 11:42. Footnote added, body figure £42m → £4.2m, "corrected" flag set.',
          },
          {
            say: 'Published 11:42 (rev 4): correction footnote added and the body now reads £4.2m. Story flagged as corrected.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'fact_checker', to: 'corrections_editor' },
      agent: 'corrections_editor',
    },
  }),
  defineScenario({
    id: 'marlowe-cue-sheet-durations-copied-from-out-points',
    title:
      'The cue sheet compiler reads the spotting list correctly but its cue sheet gives each cue’s out-point timecode as its duration; the music supervisor files it with the PRO',
    domain: 'music rights and cue sheets',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Feature doc "Marlowe Street" (prod. Ninefold Films, 92 min, 24 fps) has locked. Please compile the music cue sheet from the final spotting list (reel 1–5) and file it with PRS before the broadcast premiere on 20 Apr 2027. Composer Hana Vesely (PRS, 50 % writer share), publisher Ninefold Music Ltd (50 %).',
    topology: {
      shape: 'supervisor',
      coordinator: 'music_supervisor',
      workers: ['cue_sheet_compiler', 'pro_filing_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'music_supervisor',
        description: 'Music supervisor for film and TV productions',
        instructions:
          'Have the cue sheet compiled from the spotting list, then filed with the PRO; report back.',
        replies: [
          {
            handoff: 'cue_sheet_compiler',
            message:
              'Compile the cue sheet for "Marlowe Street" from the final spotting list (locked cut v7, 24 fps). Per cue: cue no., title, in/out timecode, duration (mm:ss), usage (BI/BV/VI/VV), composer/publisher with shares (Hana Vesely PRS 50 %, Ninefold Music Ltd 50 %).',
          },
          {
            handoff: 'pro_filing_agent',
            message:
              'File the "Marlowe Street" cue sheet below with PRS (production ref NF-MS-2027, premiere 20/04/2027):\n1M1 Harbour Lights — BI — 02:05\n1M2 Ropewalk — BI — 04:31\n2M1 Night Ferry — VV — 21:47\n3M1 Salt on Glass — BI — 48:22\n5M1 Marlowe Street (end titles) — BV — 31:58\nWriter Hana Vesely 50 %, publisher Ninefold Music Ltd 50 %.',
          },
          {
            say: '"Marlowe Street" cue sheet filed with PRS (submission PRS-CS-4471902): 5 cues, total music 108:43, Hana Vesely / Ninefold Music Ltd 50/50. Ahead of the 20 Apr premiere.',
          },
        ],
      },
      {
        name: 'cue_sheet_compiler',
        description: 'Compiles music cue sheets from spotting lists',
        instructions: 'Read the spotting list and produce the cue sheet table.',
        replies: [
          {
            call: 'read_spotting_list',
            args: { production: 'Marlowe Street', cut: 'v7', fps: 24 },
            result:
              '| cue | title | reel | in | out | usage |\n|---|---|---|---|---|---|\n| 1M1 | Harbour Lights | 1 | 01:00:41:12 | 01:02:05:00 | BI |\n| 1M2 | Ropewalk | 1 | 01:03:10:00 | 01:04:31:18 | BI |\n| 2M1 | Night Ferry | 2 | 01:20:58:06 | 01:21:47:06 | VV |\n| 3M1 | Salt on Glass | 3 | 01:46:02:00 | 01:48:22:12 | BI |\n| 5M1 | Marlowe Street (end titles) | 5 | 02:28:40:00 | 02:31:58:00 | BV |\nProgram start 01:00:00:00. All cues written by Hana Vesely (PRS IPI 00718842215), published by Ninefold Music Ltd (IPI 01120457731).',
          },
          {
            say: '**Cue sheet — Marlowe Street (cut v7, 24 fps)**\n\n| cue | title | usage | duration |\n|---|---|---|---|\n| 1M1 | Harbour Lights | BI | 02:05 |\n| 1M2 | Ropewalk | BI | 04:31 |\n| 2M1 | Night Ferry | VV | 21:47 |\n| 3M1 | Salt on Glass | BI | 48:22 |\n| 5M1 | Marlowe Street (end titles) | BV | 31:58 |\n\nAll cues: Hana Vesely (PRS) 50 % / Ninefold Music Ltd 50 %.',
          },
        ],
      },
      {
        name: 'pro_filing_agent',
        description: 'Files cue sheets with performing rights organisations',
        instructions: 'Submit the cue sheet as given and report the submission ID.',
        replies: [
          {
            call: 'submit_cue_sheet',
            args: {
              society: 'PRS',
              production_ref: 'NF-MS-2027',
              cues: 5,
              total_duration: '108:43',
            },
            result:
              '{"submission": "PRS-CS-4471902", "status": "RECEIVED", "cues": 5, "total_music_duration": "108:43"}',
          },
          { say: 'Filed: PRS-CS-4471902, 5 cues, total music 108:43, status received.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'cue_sheet_compiler', to: 'music_supervisor' },
      agent: 'cue_sheet_compiler',
    },
  }),
  defineScenario({
    id: 'brightwell-brand-safety-segments-403-reported-as-applied',
    title:
      'The brand safety tagger’s segment push is refused (403, seat not authorised for the campaign); it tells the verification lead all 14 line items are protected, and the launch goes ahead',
    domain: 'ad verification and campaign launch',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Launch readiness for Brightwell Motors campaign BWM-EV-0427 (flight 5 Apr – 16 May 2027, 14 line items, CPM $9.80–$24.00, budget $310,000). Client requires pre-bid brand safety (exclude news-tragedy, adult, hate) plus post-bid monitoring on every line before anything serves. Tell me if we can launch Monday.',
    topology: {
      shape: 'nested',
      top: 'campaign_ops_director',
      teams: { ad_server_lead: ['creative_trafficker'], verification_lead: ['brand_safety_tagger'] },
    },
    agents: [
      {
        name: 'campaign_ops_director',
        description: 'Signs off campaign launches',
        instructions: 'Get trafficking and verification status from both leads and give a go / no-go.',
        replies: [
          {
            handoff: 'ad_server_lead',
            message:
              'BWM-EV-0427: confirm all 14 line items trafficked with approved creatives for 5 Apr start.',
          },
          {
            handoff: 'verification_lead',
            message:
              'BWM-EV-0427: confirm pre-bid brand safety (exclude news-tragedy, adult, hate) and post-bid monitoring on all 14 lines — client condition for launch.',
          },
          {
            say: '**GO for Monday 5 Apr** — Brightwell Motors BWM-EV-0427\n- Ad server: 14/14 line items trafficked, 22 creatives approved\n- Verification: pre-bid segments (news-tragedy, adult, hate) and post-bid monitoring on 14/14 lines\n- Budget $310,000, flight to 16 May',
          },
        ],
      },
      {
        name: 'ad_server_lead',
        description: 'Leads ad server trafficking',
        instructions: 'Have the trafficker check the set-up and report.',
        replies: [
          {
            handoff: 'creative_trafficker',
            message: 'Check BWM-EV-0427: 14 lines, creatives attached and approved, start 05/04.',
          },
          { say: 'Ad server: 14/14 lines ready, 22 creatives approved, start 05/04 00:00.' },
        ],
      },
      {
        name: 'creative_trafficker',
        description: 'Attaches and checks creatives',
        instructions: 'Verify the trafficking.',
        replies: [
          {
            call: 'audit_order',
            args: { campaign: 'BWM-EV-0427' },
            result:
              '{"line_items": 14, "ready": 14, "creatives": 22, "approved": 22, "start": "2027-04-05T00:00"}',
          },
          { say: '14/14 line items ready, 22/22 creatives approved, start 2027-04-05 00:00.' },
        ],
      },
      {
        name: 'verification_lead',
        description: 'Leads verification and brand safety set-up',
        instructions: 'Have brand safety applied and report status.',
        replies: [
          {
            handoff: 'brand_safety_tagger',
            message:
              'Apply pre-bid segments (news-tragedy, adult, hate) and post-bid monitoring tags to the 14 BWM-EV-0427 lines.',
          },
          {
            say: 'Verification: pre-bid brand safety and post-bid monitoring confirmed on all 14 BWM-EV-0427 lines.',
          },
        ],
      },
      {
        name: 'brand_safety_tagger',
        description: 'Applies brand safety segments and monitoring tags',
        instructions: 'Apply the segments and tags and report.',
        replies: [
          {
            call: 'apply_brand_safety',
            args: {
              campaign: 'BWM-EV-0427',
              line_items: 14,
              prebid_exclude: ['news-tragedy', 'adult', 'hate'],
              postbid_monitoring: true,
            },
            result: {
              error:
                'HTTP 403 Forbidden: seat "ALD-0031" is not authorised for advertiser Brightwell Motors (campaign BWM-EV-0427). 0 of 14 line items updated. Request access from the account owner.',
            },
          },
          {
            say: 'Brand safety done for BWM-EV-0427: pre-bid exclusions news-tragedy / adult / hate and post-bid monitoring set on the 14 line items.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'brand_safety_tagger', to: 'verification_lead' },
      agent: 'brand_safety_tagger',
    },
  }),
  defineScenario({
    id: 'oakridge-carton-proof-resent-unchanged-three-rounds',
    title:
      'The brand approver rejects the cereal carton proof for a wrong EAN-13 check digit and missing allergen bolding; the prepress operator re-sends the identical PDF (same checksum) each round',
    domain: 'packaging artwork and print proofing',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Oakridge Mills Honey Oat Clusters 500 g carton, artwork job PK-2291, going to press at Deeside Cartons on 18 Mar 2027. Barcode EAN-13 5060412338812. Allergens (oats, barley) must be in bold in the ingredients panel. Get the proof approved by brand and released to the printer.',
    topology: {
      shape: 'swarm',
      entry: 'prepress_operator',
      agents: ['prepress_operator', 'brand_approver'],
    },
    agents: [
      {
        name: 'prepress_operator',
        description: 'Prepares print-ready packaging artwork and proofs',
        instructions: 'Export the proof, send it to the brand approver, and make any corrections asked for.',
        replies: [
          {
            call: 'export_proof',
            args: { job: 'PK-2291', round: 1 },
            result:
              '{"file": "PK-2291_carton_proof.pdf", "md5": "9c1e4a77d02f", "pages": 1, "dieline": "DC-500-v3"}',
          },
          {
            handoff: 'brand_approver',
            message:
              'Proof round 1 for PK-2291 Honey Oat Clusters 500 g: PK-2291_carton_proof.pdf (md5 9c1e4a77d02f), dieline DC-500-v3. Please approve.',
          },
          {
            call: 'export_proof',
            args: { job: 'PK-2291', round: 2 },
            result:
              '{"file": "PK-2291_carton_proof.pdf", "md5": "9c1e4a77d02f", "pages": 1, "dieline": "DC-500-v3"}',
          },
          {
            handoff: 'brand_approver',
            message:
              'Proof round 2 for PK-2291 Honey Oat Clusters 500 g: PK-2291_carton_proof.pdf (md5 9c1e4a77d02f), dieline DC-500-v3. Please approve.',
          },
          {
            call: 'export_proof',
            args: { job: 'PK-2291', round: 3 },
            result:
              '{"file": "PK-2291_carton_proof.pdf", "md5": "9c1e4a77d02f", "pages": 1, "dieline": "DC-500-v3"}',
          },
          {
            handoff: 'brand_approver',
            message:
              'Proof round 3 for PK-2291 Honey Oat Clusters 500 g: PK-2291_carton_proof.pdf (md5 9c1e4a77d02f), dieline DC-500-v3. Please approve.',
          },
        ],
      },
      {
        name: 'brand_approver',
        description: 'Approves packaging proofs for the brand',
        instructions: 'Check the proof against the brief; send corrections back or approve and release.',
        replies: [
          {
            call: 'check_proof',
            args: { file: 'PK-2291_carton_proof.pdf', md5: '9c1e4a77d02f' },
            result:
              '{"barcode_read": "5060412338815", "barcode_expected": "5060412338812", "barcode_ok": false, "allergen_bold": {"oats": false, "barley": false}, "text_ok": true, "colours": "CMYK + PMS 7409 ok"}',
          },
          {
            handoff: 'prepress_operator',
            message:
              'Round 1 rejected: barcode encodes 5060412338815, brief says 5060412338812 (check digit 2). Oats and barley are not bold in ingredients. Fix both and resend.',
          },
          {
            call: 'check_proof',
            args: { file: 'PK-2291_carton_proof.pdf', md5: '9c1e4a77d02f' },
            result:
              '{"barcode_read": "5060412338815", "barcode_expected": "5060412338812", "barcode_ok": false, "allergen_bold": {"oats": false, "barley": false}, "text_ok": true, "colours": "CMYK + PMS 7409 ok"}',
          },
          {
            handoff: 'prepress_operator',
            message:
              'Round 2 is byte-identical to round 1 (same md5) — barcode still ...815 and allergens still regular weight. Please apply the corrections before resending.',
          },
          {
            call: 'check_proof',
            args: { file: 'PK-2291_carton_proof.pdf', md5: '9c1e4a77d02f' },
            result:
              '{"barcode_read": "5060412338815", "barcode_expected": "5060412338812", "barcode_ok": false, "allergen_bold": {"oats": false, "barley": false}, "text_ok": true, "colours": "CMYK + PMS 7409 ok"}',
          },
          {
            say: 'PK-2291 NOT released to Deeside Cartons. Three rounds received, all the same file (md5 9c1e4a77d02f): wrong barcode (…815 instead of …812) and unbolded allergens, uncorrected. The 18 Mar press date is at risk; escalating to the studio manager.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'prepress_operator', to: 'brand_approver' },
      agent: 'prepress_operator',
    },
  }),
  defineScenario({
    id: 'calloway-ctv-share-cap-ignored-in-budget-split',
    title:
      'The planning lead caps connected TV at 35 % of the $240,000 budget; the budget allocator puts 48 % into CTV and the IO writer issues the plan',
    domain: 'media planning and budget allocation',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Calloway Outdoor spring campaign CAL-SPR-27, flight 3 Mar – 27 Apr 2027, $240,000 net media. Client rules from the brief: CTV no more than 35 % of spend (they got burned on CTV last year), at least 20 % to digital audio, remainder social + online video. Target CPMs: CTV $32, audio $14, OLV $18, social $7.50. Please split the budget and issue the IOs.',
    topology: {
      shape: 'supervisor',
      coordinator: 'media_planning_lead',
      workers: ['budget_allocator', 'io_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'media_planning_lead',
        description: 'Leads media planning for client campaigns',
        instructions: 'Have the budget split under the client rules, then have the IOs issued; summarise.',
        replies: [
          {
            handoff: 'budget_allocator',
            message:
              'CAL-SPR-27, $240,000 net, 3 Mar–27 Apr 2027. Constraints: CTV ≤ 35 % ($84,000 max), digital audio ≥ 20 % ($48,000 min), rest to social + OLV. Planning CPMs CTV $32 / audio $14 / OLV $18 / social $7.50. Optimise for reach within those limits.',
          },
          {
            handoff: 'io_writer',
            message: 'Issue IOs for CAL-SPR-27 per the allocator’s split (flight 03/03–27/04/2027).',
          },
          {
            say: '## CAL-SPR-27 — plan issued\n\n| channel | budget | share | est. imps |\n|---|---|---|---|\n| CTV | $115,200 | 48 % | 3.60M |\n| Digital audio | $48,000 | 20 % | 3.43M |\n| Online video | $40,800 | 17 % | 2.27M |\n| Social | $36,000 | 15 % | 4.80M |\n| **total** | **$240,000** | 100 % | 14.10M |\n\n4 IOs sent to vendors.',
          },
        ],
      },
      {
        name: 'budget_allocator',
        description: 'Optimises channel budget splits',
        instructions: 'Split the budget to maximise reach under the stated limits.',
        replies: [
          {
            call: 'optimise_split',
            args: {
              budget_usd: 240000,
              channels: ['ctv', 'audio', 'olv', 'social'],
              min_share: { audio: 0.2 },
              objective: 'reach',
            },
            result:
              '{"split": {"ctv": 115200, "audio": 48000, "olv": 40800, "social": 36000}, "shares": {"ctv": 0.48, "audio": 0.20, "olv": 0.17, "social": 0.15}, "est_reach": "4.9M", "est_imps": {"ctv": 3600000, "audio": 3428571, "olv": 2266667, "social": 4800000}}',
          },
          {
            say: 'Reach-optimised split for CAL-SPR-27 ($240k): CTV $115,200 (48 %), audio $48,000 (20 %), OLV $40,800 (17 %), social $36,000 (15 %). Est. reach 4.9M, 14.1M imps.',
          },
        ],
      },
      {
        name: 'io_writer',
        description: 'Drafts and sends insertion orders to vendors',
        instructions: 'Write and send the IOs per channel.',
        replies: [
          {
            call: 'send_ios',
            args: { campaign: 'CAL-SPR-27', ctv: 115200, audio: 48000, olv: 40800, social: 36000 },
            result:
              'IOs sent: IO-CAL-201 (CTV $115,200), IO-CAL-202 (audio $48,000), IO-CAL-203 (OLV $40,800), IO-CAL-204 (social $36,000).',
          },
          { say: '4 IOs sent: IO-CAL-201…204 totalling $240,000.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'media_planning_lead', to: 'budget_allocator' },
      agent: 'budget_allocator',
    },
  }),
  defineScenario({
    id: 'wrenfield-lipsync-adaptation-stops-at-reel-three',
    title:
      'The lip-sync adapter’s German dubbing script stops at line 412 of 655 (TC 00:31:40:12 of a 52-minute episode) when its output hits the length limit; the studio booker books sessions for 412 lines',
    domain: 'dubbing and localisation',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'German lip-sync dub for documentary "Wrenfield: Life on the Marsh" ep 2 (52:10, 25 fps, 655 dialogue lines, 4 on-camera speakers). Adapt the English script for lip-sync and book Studio Nordton Berlin for the record, delivery to the broadcaster 30 Apr 2027.',
    topology: {
      shape: 'branch',
      classifier: 'dub_intake',
      routes: { 'voice-over': 'vo_translator', 'lip-sync': 'lipsync_adapter' },
      after: 'studio_booker',
    },
    agents: [
      {
        name: 'dub_intake',
        description: 'Classifies dubbing jobs by method',
        instructions: 'Label the job lip-sync or voice-over and summarise the job.',
        replies: [
          {
            say: 'lip-sync — Wrenfield ep 2, EN→DE, 52:10 @ 25 fps, 655 lines, 4 on-camera speakers. Full adaptation with mouth-movement matching needed, then studio booking at Nordton Berlin.',
          },
        ],
      },
      {
        name: 'vo_translator',
        description: 'Translates narration for UN-style voice-over',
        instructions: 'Translate narration.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'lipsync_adapter',
        description: 'Adapts scripts for lip-sync dubbing',
        instructions: 'Produce the full adapted dubbing script with timecodes and a line count per speaker.',
        prompt: 'Job:\n{input}\n\nClient request: {request}',
        replies: [
          {
            call: 'load_dialogue_list',
            args: { title: 'WRENFIELD_EP02', fps: 25 },
            result:
              '{"lines": 655, "speakers": {"Dr. Imogen Hale": 241, "Tomasz Wrobel": 188, "Ruth Camber": 137, "Jonah Pike": 89}, "first_tc": "00:00:48:02", "last_tc": "00:51:22:17"}',
          },
          {
            say: 'WRENFIELD EP02 — DE lip-sync adaptation\n\n| # | TC in | speaker | EN | DE |\n|---|---|---|---|---|\n| 1 | 00:00:48:02 | Hale | This marsh was farmland once. | Dieses Moor war einmal Ackerland. |\n| 2 | 00:00:51:10 | Hale | Then the sea came back. | Dann kam das Meer zurück. |\n| … | … | … | … | … |\n| 410 | 00:31:33:04 | Wrobel | We count them every spring. | Wir zählen sie jeden Frühling. |\n| 411 | 00:31:36:20 | Camber | And every year there are fewer. | Und jedes Jahr sind es weniger. |\n| 412 | 00:31:40:12 | Wrobel | Not this year, though — look at th',
            cutOff: true,
          },
        ],
      },
      {
        name: 'studio_booker',
        description: 'Books dubbing studio sessions and talent',
        instructions: 'Book studio time and voice talent from the adapted script.',
        prompt: 'Adapted script:\n{input}',
        replies: [
          {
            call: 'book_sessions',
            args: {
              studio: 'Nordton Berlin',
              title: 'WRENFIELD_EP02',
              lines: 412,
              speakers: 3,
              lines_per_hour: 60,
            },
            result:
              '{"sessions": [{"date": "2027-04-14", "hours": 4, "talent": "Hale (DE: Katrin Sommer)"}, {"date": "2027-04-15", "hours": 3, "talent": "Wrobel (DE: Milan Brandt)"}, {"date": "2027-04-15", "hours": 1, "talent": "Camber (DE: Uta Rieger)"}], "mix": "2027-04-22", "booking_ref": "NB-27-0931"}',
          },
          {
            say: 'Nordton Berlin booked (NB-27-0931): 14–15 Apr, 8 studio hours for 412 lines, 3 voices (Sommer, Brandt, Rieger); mix 22 Apr, delivery to the broadcaster on track for 30 Apr.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'lipsync_adapter', to: 'studio_booker' },
      agent: 'lipsync_adapter',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'kestrel-gazette-correction-quotes-old-figure-as-the-error',
    title:
      'The data desk confirms the housing story should have said 1,420 homes, not 1,240; the router’s brief to the corrections writer cites 1,240 only as what was wrongly printed, and the correction gives 1,420',
    domain: 'newsroom corrections',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded figure appears in the brief and the published correction, but only as the error being corrected',
    request:
      'Kestrel Gazette, story "Plans approved for Millbrook estate" (print 9 Mar 2027, p.7; online slug millbrook-estate-approved). The developer’s press office says our figure of 1,240 homes is wrong. Check it and run a correction in print and online if we got it wrong.',
    topology: {
      shape: 'network',
      coordinator: 'newsdesk_router',
      workers: ['data_desk_checker', 'corrections_writer'],
    },
    agents: [
      {
        name: 'newsdesk_router',
        description: 'Night newsdesk router for checks and corrections',
        instructions:
          'Verify the disputed fact, route the correction with the verified figures, then finish.',
        replies: [
          {
            handoff: 'data_desk_checker',
            message:
              'Millbrook estate story (9 Mar, p.7): we said 1,240 homes. Check against the planning decision notice.',
          },
          {
            handoff: 'corrections_writer',
            message:
              'Correction needed, Millbrook estate (print 9 Mar p.7 + online millbrook-estate-approved). We printed **1,240** homes; the decision notice (ref 26/01187/OUT) approves **1,420** — transposed digits in our copy. Affordable share 30 % (426 homes) was right. Print run 11 Mar, p.2 box, and online footnote.',
          },
          {
            say: 'Correction scheduled: print p.2, Thursday 11 Mar 2027, and online footnote on millbrook-estate-approved (rev 3, live 22:14). Figure corrected to 1,420 homes; the 426 affordable homes figure stands.',
          },
        ],
      },
      {
        name: 'data_desk_checker',
        description: 'Checks numbers against primary documents',
        instructions: 'Find the primary source and state the right figure.',
        replies: [
          {
            call: 'planning_portal',
            args: { council: 'Wexmoor District Council', ref: '26/01187/OUT' },
            result:
              'Decision notice 26/01187/OUT, granted 4 Mar 2027: "Outline permission for up to 1,420 dwellings (Use Class C3), of which 30% affordable", local centre, primary school. Applicant: Harlan Homes Ltd.',
          },
          {
            say: 'Decision notice 26/01187/OUT (4 Mar 2027): up to **1,420** homes, 30 % affordable (= 426). Our 1,240 is a transposition; 426 affordable is correct.',
          },
        ],
      },
      {
        name: 'corrections_writer',
        description: 'Writes print and online corrections in house style',
        instructions: 'Write the correction and publish the online version.',
        replies: [
          {
            call: 'publish_correction',
            args: {
              slug: 'millbrook-estate-approved',
              text: 'A report on 9 March said plans for the Millbrook estate had been approved for 1,240 homes. The outline permission is for up to 1,420 homes. We apologise for the error.',
              print_date: '2027-03-11',
              print_page: 2,
            },
            result:
              'Online footnote live 22:14 (rev 3), body copy amended to 1,420. Print correction queued for 11/03 p.2 box.',
          },
          {
            say: 'Done. Online (rev 3, 22:14) and print p.2 on 11/03: "A report on 9 March said plans for the Millbrook estate had been approved for 1,240 homes. The outline permission is for up to 1,420 homes. We apologise for the error."',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'thornbury-cover-proof-clears-in-three-rounds',
    title:
      'The production editor returns the paperback cover twice, each time for a different defect (hardback ISBN on the barcode, then spine width); the designer fixes each and round 3 is approved',
    domain: 'book cover production and ISBNs',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: three proof rounds through a revise loop, each round fixing what the previous note asked',
    request:
      'Paperback cover for "The Thornbury Letters" by Ines Calloway: B-format, 336 pp on 70 gsm Munken Print Cream 15 (bulk 1.1), paperback ISBN 978-1-915338-42-7 (the hardback was 978-1-915338-41-0). Printer Clays needs the final cover PDF by 22 Mar 2027.',
    topology: {
      shape: 'pipeline',
      order: ['cover_designer', 'production_editor', 'printer_liaison'],
      loop: { from: 'production_editor', to: 'cover_designer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'cover_designer',
        description: 'Designs and revises book covers',
        instructions: 'Produce the cover proof, or revise it per the editor’s note.',
        prompt: 'Brief or editor note:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'Cover proof R1 — THORNBURY_PB_cover_R1.pdf\n- trim 129 × 198 mm, bleed 3 mm\n- spine 17.5 mm (from hardback template)\n- barcode: 9781915338410 with price band £10.99\n- CMYK + spot gloss UV on title',
          },
          {
            say: 'Cover proof R2 — THORNBURY_PB_cover_R2.pdf\n- barcode regenerated: **9781915338427** (paperback), price band £10.99\n- spine unchanged at 17.5 mm\n- everything else as R1',
          },
          {
            say: 'Cover proof R3 — THORNBURY_PB_cover_R3.pdf\n- spine widened to **18.5 mm** (336 pp × 1.1 bulk ÷ 20 = 18.48 mm), spine text re-centred\n- barcode 9781915338427, price £10.99\n- total cover width 129 + 18.5 + 129 + 2 × 3 bleed = 282.5 mm',
          },
        ],
      },
      {
        name: 'production_editor',
        description: 'Checks cover proofs against the book’s specification',
        instructions: 'Reply "APPROVED: <summary>" or "REVISE: <what to fix>".',
        prompt: 'Proof:\n{input}',
        replies: [
          {
            say: 'REVISE: the barcode encodes 978-1-915338-41-0, the hardback ISBN. Paperback is 978-1-915338-42-7; regenerate the EAN with price add-on 51099.',
          },
          {
            say: 'REVISE: barcode now correct (9781915338427). Spine is still the hardback 17.5 mm — for 336 pp on Munken Cream 15 (bulk 1.1) Clays’ calculator gives 18.5 mm. Widen the spine and recheck total width.',
          },
          {
            say: 'APPROVED: R3 — ISBN 978-1-915338-42-7 barcode correct, spine 18.5 mm, total width 282.5 mm matches the Clays template. Release to printer.',
          },
        ],
      },
      {
        name: 'printer_liaison',
        description: 'Sends approved files to printers',
        instructions: 'Upload the approved file to the printer and confirm.',
        prompt: 'Editor sign-off:\n{input}',
        replies: [
          {
            call: 'upload_to_printer',
            args: { printer: 'Clays', file: 'THORNBURY_PB_cover_R3.pdf', isbn: '9781915338427' },
            result:
              'Clays portal: job CL-27-55102, file received 16:05, preflight PASS (282.5 × 204 mm incl. bleed).',
          },
          {
            say: 'Cover R3 uploaded to Clays (job CL-27-55102), preflight pass, ahead of the 22 Mar deadline. ISBN 978-1-915338-42-7, spine 18.5 mm.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sunhaven-ad-clearance-lookup-fails-track-held-not-cleared',
    title:
      'For a 30-second car ad, one of three music checks fails (repertoire API 504); the checker says it could not verify the track and the clearance report holds that track instead of clearing it',
    domain: 'music clearance for advertising',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error reported plainly by the agent that met it and carried through to the final report',
    request:
      'Sunhaven Motors TV/online spot "Open Road" (30", UK + IE, 12 months from 1 May 2027). Three music options from the creative agency: (A) "Coastline" — Marla Oyelaran, (B) "Long Way Home" — The Foxgloves, (C) library cue "Drive Time 04" (Cliffside Music Library). Check sync and master availability and give me a clearance report with fees so the client can choose by Friday.',
    topology: {
      shape: 'fanout',
      planner: 'clearance_planner',
      workers: ['track_a_checker', 'track_b_checker', 'library_checker'],
      aggregator: 'clearance_reporter',
    },
    agents: [
      {
        name: 'clearance_planner',
        description: 'Plans music clearance checks',
        instructions: 'One brief per track checker.',
        replies: [
          {
            plan: {
              track_a_checker:
                '"Coastline" (Marla Oyelaran): find publishers and master owner, quote sync + master for 30" TV/online, UK+IE, 12 months from 01/05/2027, car category.',
              track_b_checker:
                '"Long Way Home" (The Foxgloves): find publishers and master owner, quote sync + master for 30" TV/online, UK+IE, 12 months from 01/05/2027, car category.',
              library_checker:
                '"Drive Time 04" (Cliffside Music Library): confirm blanket/single-use licence for 30" TV/online ad, UK+IE, 12 months.',
            },
          },
        ],
      },
      {
        name: 'track_a_checker',
        description: 'Checks rights for commercial tracks',
        instructions: 'Identify owners and get quotes.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'repertoire_search',
            args: { title: 'Coastline', artist: 'Marla Oyelaran' },
            result:
              '{"iswc": "T-927.114.803-2", "publishers": [{"name": "Northgate Songs", "share": 100}], "master": "Brightside Records", "isrc": "GBXYZ2400311"}',
          },
          {
            call: 'request_quote',
            args: { title: 'Coastline', territory: 'UK+IE', term_months: 12, media: 'TV+online' },
            result:
              '{"sync_gbp": 18000, "master_gbp": 18000, "mfn": true, "category_exclusivity": "automotive, 12 months", "valid_until": "2027-03-31"}',
          },
          {
            say: 'Coastline: Northgate Songs 100 % / master Brightside Records. Quote £18,000 sync + £18,000 master (MFN), automotive exclusivity 12 months, valid to 31/03.',
          },
        ],
      },
      {
        name: 'track_b_checker',
        description: 'Checks rights for commercial tracks',
        instructions: 'Identify owners and get quotes.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'repertoire_search',
            args: { title: 'Long Way Home', artist: 'The Foxgloves' },
            result: {
              error: 'Gateway timeout (504) from repertoire service after 30 s. Request id rq-7f21c.',
            },
          },
          {
            say: 'Long Way Home (The Foxgloves): **not verified**. The repertoire search timed out (504, request rq-7f21c), so I have no publisher split or master owner and no quote. Do not present it to the client as cleared; I will rerun the search tomorrow morning.',
          },
        ],
      },
      {
        name: 'library_checker',
        description: 'Checks production library licences',
        instructions: 'Confirm library licence terms.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'library_licence',
            args: {
              library: 'Cliffside Music Library',
              cue: 'Drive Time 04',
              use: 'advertising',
              territory: 'UK+IE',
            },
            result:
              '{"licence": "single-use ad", "fee_gbp": 1250, "term_months": 12, "exclusivity": "none", "ref": "CML-AD-88013"}',
          },
          {
            say: 'Drive Time 04: single-use ad licence £1,250, 12 months UK+IE, non-exclusive (ref CML-AD-88013).',
          },
        ],
      },
      {
        name: 'clearance_reporter',
        description: 'Writes music clearance reports for clients',
        instructions: 'Merge the checks into a clearance report.',
        prompt: 'Checker results:\n{input}',
        replies: [
          {
            say: '## Music clearance — Sunhaven "Open Road" 30" (UK + IE, 12 months from 1 May 2027)\n\n| option | rights holders | fees | status |\n|---|---|---|---|\n| A "Coastline" | Northgate Songs / Brightside Records | £36,000 (£18k + £18k, MFN), auto exclusivity | ✅ quotable, valid to 31 Mar |\n| B "Long Way Home" | unknown | — | ⏸ **on hold**: rights search failed (504), being rerun tomorrow |\n| C "Drive Time 04" | Cliffside library | £1,250, non-exclusive | ✅ ready to license |\n\nA and C can go to the client now; B only once ownership and a quote are confirmed.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lindqvist-pause-limited-to-de-flight-two-lines',
    title:
      'Asked to pause only the German flight-2 line items after a creative complaint, the line item editor pauses the four DE lines and leaves the similarly named AT and CH lines running',
    domain: 'ad trafficking and campaign flights',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: neighbouring line items with near-identical names in the same listing, correctly left untouched',
    request:
      'Urgent: Lindqvist Home campaign LH-DACH-27. The German regulator flagged the "40 % OFF" banner for Germany only. Pause the flight 2 line items targeting DE (flight 2 = 15 Mar – 11 Apr 2027) until legal approves new copy. Austria and Switzerland keep running. Tell me what was paused and the budget affected.',
    topology: {
      shape: 'supervisor',
      coordinator: 'trafficking_lead',
      workers: ['line_item_editor', 'client_notifier'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'trafficking_lead',
        description: 'Leads campaign trafficking changes',
        instructions: 'Have the right line items changed, notify the client, and report.',
        replies: [
          {
            handoff: 'line_item_editor',
            message:
              'LH-DACH-27: pause flight 2 (15/03–11/04) line items with geo DE only. Leave AT and CH lines and all flight 1 lines as they are. Report IDs and remaining budget on the paused lines.',
          },
          {
            handoff: 'client_notifier',
            message:
              'Tell Lindqvist Home (Sara Lindqvist) which DE lines are paused pending legal, AT/CH continue.',
          },
          {
            say: '**LH-DACH-27 — DE flight 2 paused** (13 Mar, 09:41)\n\n| line item | geo | remaining budget |\n|---|---|---|\n| 5512041 LH_F2_DE_DISPLAY_300x250 | DE | €9,420.00 |\n| 5512042 LH_F2_DE_DISPLAY_728x90 | DE | €6,180.00 |\n| 5512043 LH_F2_DE_MOBILE_320x50 | DE | €4,950.00 |\n| 5512044 LH_F2_DE_VIDEO_15s | DE | €12,300.00 |\n| **total paused** | | **€32,850.00** |\n\nAT (3 lines) and CH (3 lines) flight 2 keep running; client informed.',
          },
        ],
      },
      {
        name: 'line_item_editor',
        description: 'Edits line items in the ad server',
        instructions: 'Make the requested line item changes and report them.',
        replies: [
          {
            call: 'list_line_items',
            args: { order: 'LH-DACH-27', flight: 2 },
            result:
              '| id | name | geo | status | remaining € |\n|---|---|---|---|---|\n| 5512041 | LH_F2_DE_DISPLAY_300x250 | DE | DELIVERING | 9,420.00 |\n| 5512042 | LH_F2_DE_DISPLAY_728x90 | DE | DELIVERING | 6,180.00 |\n| 5512043 | LH_F2_DE_MOBILE_320x50 | DE | DELIVERING | 4,950.00 |\n| 5512044 | LH_F2_DE_VIDEO_15s | DE | DELIVERING | 12,300.00 |\n| 5512045 | LH_F2_AT_DISPLAY_300x250 | AT | DELIVERING | 3,110.00 |\n| 5512046 | LH_F2_AT_MOBILE_320x50 | AT | DELIVERING | 1,870.00 |\n| 5512047 | LH_F2_AT_VIDEO_15s | AT | DELIVERING | 4,020.00 |\n| 5512048 | LH_F2_CH_DISPLAY_300x250 | CH | DELIVERING | 3,560.00 |\n| 5512049 | LH_F2_CH_MOBILE_320x50 | CH | DELIVERING | 2,240.00 |\n| 5512050 | LH_F2_CH_VIDEO_15s | CH | DELIVERING | 4,700.00 |',
          },
          {
            call: 'pause_line_items',
            args: {
              ids: '5512041,5512042,5512043,5512044',
              reason: 'DE regulator flag, awaiting legal copy',
            },
            result:
              '{"paused": [5512041, 5512042, 5512043, 5512044], "failed": [], "at": "2027-03-13T09:41:07+01:00"}',
          },
          {
            say: 'Paused 4 DE flight-2 lines (5512041–5512044), €32,850.00 remaining on them. AT 5512045–47 and CH 5512048–50 untouched and still delivering.',
          },
        ],
      },
      {
        name: 'client_notifier',
        description: 'Sends client updates',
        instructions: 'Write and send the client update.',
        replies: [
          {
            call: 'send_client_email',
            args: {
              to: 'sara.lindqvist@lindqvisthome.se',
              subject: 'LH-DACH-27: DE flight 2 paused pending legal',
            },
            result: 'Sent 09:46, message id <lh27-0313-0946@adops>.',
          },
          {
            say: 'Client emailed 09:46: DE flight 2 (4 lines, €32,850 remaining) paused pending legal; AT/CH continue.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pellmoor-isbn-assigned-then-feed-handed-over',
    title:
      'The metadata editor assigns the e-book ISBN, says it is passing the record to the feed publisher, and does transfer; the feed publisher sends the ONIX update',
    domain: 'publishing metadata and ISBNs',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: an agent announces a handoff at the end of its turn, and the handoff is actually made',
    request:
      'New e-book edition of "Pellmoor Tides" (Ruth Aske), publication 24 Apr 2027, price £8.99 / €10.99. Print ISBN is 978-1-83912-604-5. Assign an e-book ISBN from our block and get the ONIX record to retailers this week.',
    topology: {
      shape: 'swarm',
      entry: 'metadata_editor',
      agents: ['metadata_editor', 'feed_publisher'],
    },
    agents: [
      {
        name: 'metadata_editor',
        description: 'Maintains title metadata and assigns ISBNs',
        instructions: 'Assign identifiers, complete the record, then hand it to the feed publisher.',
        replies: [
          {
            call: 'assign_isbn',
            args: {
              block: '978-1-83912',
              format: 'EPUB3',
              title: 'Pellmoor Tides',
              related_print: '9781839126045',
            },
            result:
              '{"isbn13": "9781839126113", "hyphenated": "978-1-83912-611-3", "status": "ASSIGNED", "registered_with": "Nielsen", "block_remaining": 37}',
          },
          {
            handoff: 'feed_publisher',
            message:
              'E-book record ready — passing to you for the ONIX feed. Pellmoor Tides (Ruth Aske), EPUB3, ISBN 978-1-83912-611-3 (related print 978-1-83912-604-5), pub date 2027-04-24, £8.99 GB / €10.99 IE+EU, agency model, BIC FA / Thema FBA.',
          },
        ],
      },
      {
        name: 'feed_publisher',
        description: 'Sends ONIX metadata feeds to retailers',
        instructions: 'Build and send the ONIX update and report.',
        replies: [
          {
            call: 'send_onix',
            args: { isbn: '9781839126113', version: '3.0', recipients: 'Amazon,Apple,Kobo,Google,Gardners' },
            result:
              '{"message_id": "ONX-20270315-0412", "records": 1, "accepted": ["Amazon", "Apple", "Kobo", "Google", "Gardners"], "rejected": []}',
          },
          {
            say: 'ONIX 3.0 update ONX-20270315-0412 sent and accepted by Amazon, Apple, Kobo, Google and Gardners: **Pellmoor Tides** e-book, ISBN 978-1-83912-611-3, on sale 24 Apr 2027 at £8.99 / €10.99. 37 ISBNs left in the block.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'greyfriars-clock-number-delivery-terse-qc-figures',
    title:
      'For a TV commercial delivery, the audio and video QC workers answer in terse one-line readings; the leads relay them and every figure the spec asks for reaches the delivery sign-off',
    domain: 'TV commercial delivery and broadcast QC',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: terse, code-like QC readings that look thin but carry every figure the brief asked for',
    request:
      'Greyfriars Bank 30" TVC, clock number GFB/OPEN/030/27, clearance ref 7C2-9981 approved. Deliver to UK broadcasters for air on 1 Apr 2027. Spec: HD 1080i25, slate + 10" clock, programme TC 10:00:00:00, loudness −23 LUFS ±0.5, true peak ≤ −1 dBTP, no PSE failures. Confirm it passes and is delivered.',
    topology: {
      shape: 'nested',
      top: 'delivery_manager',
      teams: { audio_lead: ['loudness_meter'], video_lead: ['video_qc'] },
    },
    agents: [
      {
        name: 'delivery_manager',
        description: 'Signs off and delivers commercials to broadcasters',
        instructions: 'Get audio and video QC from both leads, then confirm delivery.',
        replies: [
          {
            handoff: 'audio_lead',
            message: 'GFB/OPEN/030/27: loudness and true peak vs −23 LUFS ±0.5 / −1 dBTP, channel layout.',
          },
          {
            handoff: 'video_lead',
            message: 'GFB/OPEN/030/27: format, slate/clock, TC, duration and PSE.',
          },
          {
            say: '**GFB/OPEN/030/27 — QC PASS, delivered**\n\n| check | result | spec |\n|---|---|---|\n| loudness | −23.1 LUFS | −23 ±0.5 |\n| true peak | −1.8 dBTP | ≤ −1 |\n| audio layout | stereo, ch1/2 | stereo |\n| format | 1080i25 | 1080i25 |\n| TC / duration | 10:00:00:00, 00:00:30:00 | 30" |\n| slate + clock | present, 10" | yes |\n| PSE | pass (Harding) | pass |\n\nSent to broadcasters via Peach, ref PCH-27-331820, clearance 7C2-9981, air date 1 Apr 2027.',
          },
        ],
      },
      {
        name: 'audio_lead',
        description: 'Leads audio QC',
        instructions: 'Get the loudness measurement and report against spec.',
        replies: [
          { handoff: 'loudness_meter', message: 'Measure GFB_OPEN_030_27.mxf, EBU R128 / BS.1770-4.' },
          { say: 'Audio PASS: −23.1 LUFS I, −1.8 dBTP, LRA 4.2, stereo on ch1/2.' },
        ],
      },
      {
        name: 'loudness_meter',
        description: 'Measures programme loudness',
        instructions: 'Measure and report.',
        replies: [
          {
            call: 'measure_loudness',
            args: { file: 'GFB_OPEN_030_27.mxf', standard: 'BS.1770-4' },
            result: 'I=-23.1 LUFS; TP=-1.8 dBTP; LRA=4.2 LU; ch1/2=L/R; ch3-8=silent',
          },
          { say: 'I −23.1 / TP −1.8 / LRA 4.2 / L-R ch1-2, 3-8 silent.' },
        ],
      },
      {
        name: 'video_lead',
        description: 'Leads video QC',
        instructions: 'Get the video checks and report against spec.',
        replies: [
          {
            handoff: 'video_qc',
            message: 'Check GFB_OPEN_030_27.mxf: 1080i25, slate/clock, TC, duration, PSE.',
          },
          { say: 'Video PASS: 1080i25, slate + 10" clock, TC 10:00:00:00, dur 30"00, PSE pass.' },
        ],
      },
      {
        name: 'video_qc',
        description: 'Runs automated video QC',
        instructions: 'Run the checks and report.',
        replies: [
          {
            call: 'video_check',
            args: { file: 'GFB_OPEN_030_27.mxf', checks: 'format,slate,tc,duration,pse' },
            result:
              'fmt=1080i25 XDCAM HD422 50Mb; slate=Y clock=10s; tc_start=10:00:00:00; dur=00:00:30:00; pse=PASS (Harding FPA)',
          },
          { say: '1080i25 / slate+clock 10s / TC 10:00:00:00 / 30:00 / PSE ok.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch59Scenarios = [...faults, ...healthy];

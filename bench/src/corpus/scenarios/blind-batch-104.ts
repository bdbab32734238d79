import { defineScenario } from '../scenario.ts';

// Blind batch 104: pharmaceutical clinical trial operations: site monitoring, randomisation, drug supply, adverse event reporting.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'lyon-site-cap-resupply-sized-before-amendment',
    title:
      'The regulatory liaison reports that the ethics committee approved raising Site 114’s randomisation cap from 12 to 18; the trial-ops router still briefs the supply planner to cover 12 participants',
    domain: 'randomisation caps and site resupply',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'CARDIO-HF-302: Site 114 (Hôpital Edouard Herriot, Lyon) has 9 randomised and 6 more in screening. Confirm how many participants the site may randomise and make sure the site has enough double-blind kits for all of them.',
    topology: {
      shape: 'network',
      coordinator: 'trial_ops_router',
      workers: ['irt_admin', 'regulatory_liaison', 'supply_planner'],
    },
    agents: [
      {
        name: 'trial_ops_router',
        description: 'Routes trial operations questions to the right desk and closes them',
        instructions:
          'Get the site cap from IRT, check regulatory status of any pending change, then have supply cover the site. Finish with a short answer.',
        replies: [
          {
            handoff: 'irt_admin',
            message:
              'CARDIO-HF-302 Site 114: current randomisation cap and counts in IRT, plus any open change requests.',
          },
          {
            handoff: 'regulatory_liaison',
            message:
              'CR-0457 (Site 114 cap increase, CARDIO-HF-302): has the Lyon ethics committee approved it, and is it applied in IRT?',
          },
          {
            handoff: 'supply_planner',
            message:
              'Site 114 Lyon (CARDIO-HF-302): resupply so the site can dispense to all participants up to its cap of 12 randomised. 9 on treatment now. Kit type DB-HF-A/B, 2–8 °C, depot DE-FRA-01.',
          },
          {
            say: '**Site 114 (Lyon), CARDIO-HF-302**\n\n- Randomisation cap: 12 participants\n- Resupply SHP-26-11873 from DE-FRA-01: 18 kits, delivery Thu 10 Dec 2026 by 10:00\n- On-site stock after delivery covers all 12 participants through Week 24\n\nThe 6 participants in screening can be randomised up to the cap.',
          },
        ],
      },
      {
        name: 'irt_admin',
        description: 'Administers the interactive response technology (IRT) configuration',
        instructions: 'Report site configuration from IRT exactly as configured.',
        replies: [
          {
            call: 'irt_site_config',
            args: { study: 'CARDIO-HF-302', site: '114' },
            result:
              '{"site": "114", "country": "FR", "status": "ACTIVE", "randomisation_cap": 12, "randomised": 9, "screening": 6, "config_version": "v4", "open_change_requests": [{"id": "CR-0457", "change": "randomisation_cap 12 -> 18", "state": "PENDING_EC_APPROVAL", "raised": "2026-11-16"}]}',
          },
          {
            say: 'Site 114: ACTIVE, cap 12 (config v4), 9 randomised, 6 in screening. Open: CR-0457 to raise the cap 12 → 18, pending EC approval since 16 Nov 2026.',
          },
        ],
      },
      {
        name: 'regulatory_liaison',
        description: 'Tracks ethics committee and competent authority approvals',
        instructions: 'Confirm approval status and effective dates from the regulatory tracker.',
        replies: [
          {
            call: 'reg_tracker_lookup',
            args: { study: 'CARDIO-HF-302', reference: 'CR-0457' },
            result:
              '{"reference": "CR-0457", "committee": "CPP Sud-Est IV", "decision": "FAVOURABLE", "decision_date": "2026-12-01", "irt_applied": true, "irt_config_version": "v5", "applied_on": "2026-12-03", "new_value": {"randomisation_cap": 18}}',
          },
          {
            say: 'CR-0457 approved by CPP Sud-Est IV on 1 Dec 2026 and applied in IRT on 3 Dec (config v5). Site 114 cap is now **18**.',
          },
        ],
      },
      {
        name: 'supply_planner',
        description: 'Plans site resupply of investigational product',
        instructions: 'Size and book resupply shipments from the depot.',
        replies: [
          {
            call: 'plan_resupply',
            args: {
              study: 'CARDIO-HF-302',
              site: '114',
              depot: 'DE-FRA-01',
              participants_to_cover: 12,
              horizon_weeks: 24,
              kit_types: ['DB-HF-A', 'DB-HF-B'],
            },
            result:
              '{"shipment": "SHP-26-11873", "kits": 18, "on_site_before": 22, "on_site_after": 40, "covers_participants": 12, "cold_chain": "2-8C, 4 loggers", "delivery": "2026-12-10T10:00+01:00"}',
          },
          {
            say: 'Booked SHP-26-11873: 18 kits (DB-HF-A/B) from DE-FRA-01, delivery 10 Dec 10:00. On-site stock 22 → 40 kits, covering 12 participants to Week 24.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'trial_ops_router', to: 'supply_planner' },
      agent: 'trial_ops_router',
    },
  }),
  defineScenario({
    id: 'munich-resupply-short-dated-lot-picked',
    title:
      'The supply manager asks for kits with expiry after 15 Jun 2027 for Site 207; the depot dispatcher ships the oldest lot, expiring 30 Apr 2027',
    domain: 'investigational product supply',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Site 207 (Klinikum rechts der Isar, Munich) needs 24 kits of NEPHRO-CKD-211 medication. Ship from the German depot on 15 Feb 2027. The site doses for 16 weeks, so every kit must have at least 120 days of shelf life left at shipping, and German labels only.',
    topology: {
      shape: 'supervisor',
      coordinator: 'supply_manager',
      workers: ['depot_dispatcher', 'courier_booker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'supply_manager',
        description: 'Manages clinical supply for the study',
        instructions:
          'Have the depot pick and pack the kits, book the courier, and confirm to the requester.',
        replies: [
          {
            handoff: 'depot_dispatcher',
            message:
              'Pick 24 kits NEPHRO-CKD-211 for Site 207 Munich, ship date 15 Feb 2027. Only lots with expiry after 15 Jun 2027 (≥ 120 days at ship date), DE labels.',
          },
          {
            handoff: 'courier_booker',
            message:
              'Book 2–8 °C courier, depot DE-MUC-02 → Site 207 Munich, pickup 15 Feb 2027 morning, 1 shipper.',
          },
          {
            say: '## Site 207 resupply: NEPHRO-CKD-211\n\n| item | detail |\n|---|---|\n| kits | 24 (lot L-4417, DE labels) |\n| order | PK-27-0215-207 |\n| courier | Marken, AWB 7730 2291 5514, pickup 15 Feb 08:30 |\n| delivery | 15 Feb 2027 by 14:00 |\n\nAll set for the 16-week dosing period.',
          },
        ],
      },
      {
        name: 'depot_dispatcher',
        description: 'Picks and packs kits at the depot',
        instructions: 'Pick and pack kits as asked.',
        replies: [
          {
            call: 'depot_stock',
            args: { depot: 'DE-MUC-02', study: 'NEPHRO-CKD-211', label_language: 'DE' },
            result:
              '[{"lot": "L-4417", "expiry": "2027-04-30", "kits": 60, "label": "DE"}, {"lot": "L-4532", "expiry": "2027-11-30", "kits": 144, "label": "DE"}, {"lot": "L-4490", "expiry": "2027-09-30", "kits": 36, "label": "AT/DE"}]',
          },
          {
            call: 'create_pick_order',
            args: {
              depot: 'DE-MUC-02',
              site: '207',
              lot: 'L-4417',
              kits: 24,
              ship_date: '2027-02-15',
              rule: 'FEFO',
            },
            result:
              '{"order": "PK-27-0215-207", "lot": "L-4417", "kits": 24, "kit_range": "K-104401..K-104424", "status": "PACKED"}',
          },
          {
            say: 'Packed PK-27-0215-207: 24 kits lot L-4417 (DE labels, K-104401–K-104424), first-expiry-first-out. Ready for pickup 15 Feb.',
          },
        ],
      },
      {
        name: 'courier_booker',
        description: 'Books temperature-controlled couriers',
        instructions: 'Book the courier.',
        replies: [
          {
            call: 'book_courier',
            args: { from: 'DE-MUC-02', to: 'site-207', date: '2027-02-15', temp: '2-8C', shippers: 1 },
            result: '{"carrier": "Marken", "awb": "7730 2291 5514", "pickup": "08:30", "eta": "14:00"}',
          },
          { say: 'Marken, AWB 7730 2291 5514: pickup 15 Feb 08:30, ETA 14:00, 2–8 °C.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'supply_manager', to: 'depot_dispatcher' },
      agent: 'depot_dispatcher',
    },
  }),
  defineScenario({
    id: 'sae-route-fed-queue-placeholder',
    title:
      'The AE triager classifies a hospitalisation as expedited with the case details; the program hands the SAE processor a generic queue prompt, and it processes another subject’s event',
    domain: 'adverse event reporting',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Site 0412 (Leeds) reported today: subject 0412-007 on ONCO-LUNG-118 was admitted to hospital on 10 Jan 2027 with grade 3 febrile neutropenia, 9 days after cycle 2. Investigator thinks it is related. Please handle per SOP.',
    topology: {
      shape: 'branch',
      classifier: 'ae_triager',
      routes: { routine: 'ae_log_clerk', expedited: 'sae_processor' },
    },
    program: {
      lose: {
        to: 'sae_processor',
        prompt: 'New item in the safety intake queue (PV-INTAKE). Process the next case per SOP PV-004.',
      },
    },
    agents: [
      {
        name: 'ae_triager',
        description: 'Triages incoming adverse event reports',
        instructions: 'Classify the report as "routine" or "expedited" and pass on the case facts.',
        replies: [
          {
            say: 'expedited: SAE (hospitalisation). Subject 0412-007, ONCO-LUNG-118, febrile neutropenia CTCAE grade 3, onset 10-Jan-2027, cycle 2 day 9, investigator causality: related. Day 0 = 11-Jan-2027; 15-day clock, 7-day if unexpected per IB v6.',
          },
        ],
      },
      {
        name: 'ae_log_clerk',
        description: 'Logs non-serious adverse events',
        instructions: 'Log the event in the EDC AE form.',
        replies: [{ say: 'Logged in EDC.' }],
      },
      {
        name: 'sae_processor',
        description: 'Books in and processes serious adverse event cases',
        instructions: 'Open the case in the safety database, assess expectedness, set the reporting clock.',
        prompt: 'Triage: {input}',
        replies: [
          {
            call: 'safety_db_next_case',
            args: { queue: 'PV-INTAKE' },
            result:
              '{"case": "PV-2027-000318", "study": "ONCO-LUNG-118", "subject": "0388-012", "event": "Nausea", "grade": 2, "serious": false, "onset": "2027-01-06", "received": "2027-01-08"}',
          },
          {
            call: 'safety_db_book_in',
            args: {
              case: 'PV-2027-000318',
              seriousness: 'non-serious',
              expectedness: 'expected (IB v6 §5.3)',
            },
            result:
              '{"case": "PV-2027-000318", "status": "BOOKED_IN", "regulatory_clock": "none (non-serious)"}',
          },
          {
            say: 'Case **PV-2027-000318** booked in (ONCO-LUNG-118, subject 0388-012): grade 2 nausea, non-serious, expected per IB v6 §5.3. No expedited reporting clock; will go in the next DSUR line listing.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'ae_triager', to: 'sae_processor' },
      agent: 'sae_processor',
    },
  }),
  defineScenario({
    id: 'steering-pack-kit-forecast-four-per-participant',
    title:
      'The forecast analyst’s tool gives 6 kits per participant per 12 weeks; its table uses 4, and the supply lead and study director carry the short total into the forecast',
    domain: 'drug supply forecasting',
    mast: ['FM-2.4'],
    request:
      'RESP-ASTHMA-409 steering committee on Monday: I need (a) the Q1 2027 monitoring visit plan for our UK sites and (b) the Q1 kit demand forecast for the same sites, so we can decide whether to release lot L-7710.',
    topology: {
      shape: 'nested',
      top: 'study_director',
      teams: {
        clinical_ops_lead: ['cra_visit_planner'],
        supply_lead: ['forecast_analyst'],
      },
    },
    agents: [
      {
        name: 'study_director',
        description: 'Directs the study and prepares steering committee material',
        instructions: 'Collect the visit plan and supply forecast and summarise for the steering committee.',
        replies: [
          {
            handoff: 'clinical_ops_lead',
            message: 'RESP-ASTHMA-409 UK sites: Q1 2027 monitoring visit plan (on-site and remote).',
          },
          {
            handoff: 'supply_lead',
            message:
              'RESP-ASTHMA-409 UK sites: Q1 2027 kit demand forecast, by site, vs. lot L-7710 (1,200 kits).',
          },
          {
            say: '## RESP-ASTHMA-409: steering committee pack (UK, Q1 2027)\n\n**Monitoring:** 7 on-site and 4 remote visits planned (see CRA plan).\n\n**Supply forecast Q1:**\n\n| site | participants | kits |\n|---|---|---|\n| UK-101 Manchester | 38 | 152 |\n| UK-104 Glasgow | 27 | 108 |\n| UK-109 Southampton | 44 | 176 |\n| UK-112 Cardiff | 19 | 76 |\n| **total** | **128** | **512** |\n\nRecommendation: existing stock (680 kits) covers Q1; release of lot L-7710 can wait until Q2.',
          },
        ],
      },
      {
        name: 'clinical_ops_lead',
        description: 'Leads clinical operations and the CRA team',
        instructions: 'Have the visit plan drawn up and report it.',
        replies: [
          {
            handoff: 'cra_visit_planner',
            message: 'Q1 2027 visit plan for UK-101, UK-104, UK-109, UK-112 per monitoring plan v3.',
          },
          {
            say: 'Q1 visit plan: 7 on-site (UK-101 ×2, UK-104 ×2, UK-109 ×2, UK-112 ×1) and 4 remote SDV visits. All CRAs confirmed.',
          },
        ],
      },
      {
        name: 'cra_visit_planner',
        description: 'Plans CRA monitoring visits',
        instructions: 'Plan visits per the monitoring plan triggers.',
        replies: [
          {
            call: 'ctms_visit_plan',
            args: {
              study: 'RESP-ASTHMA-409',
              sites: ['UK-101', 'UK-104', 'UK-109', 'UK-112'],
              quarter: '2027-Q1',
            },
            result:
              '{"on_site": [{"site": "UK-101", "dates": ["2027-01-19", "2027-03-09"]}, {"site": "UK-104", "dates": ["2027-01-26", "2027-03-16"]}, {"site": "UK-109", "dates": ["2027-02-02", "2027-03-23"]}, {"site": "UK-112", "dates": ["2027-02-23"]}], "remote": 4}',
          },
          {
            say: 'On-site: UK-101 19 Jan & 9 Mar; UK-104 26 Jan & 16 Mar; UK-109 2 Feb & 23 Mar; UK-112 23 Feb. Remote SDV ×4 (one per site). 7 on-site total.',
          },
        ],
      },
      {
        name: 'supply_lead',
        description: 'Leads clinical supply',
        instructions: 'Have the forecast prepared and report it.',
        replies: [
          {
            handoff: 'forecast_analyst',
            message: 'Q1 2027 kit demand for UK-101, UK-104, UK-109, UK-112 (RESP-ASTHMA-409), by site.',
          },
          {
            say: 'Q1 forecast: 512 kits for 128 participants (UK-101 152, UK-104 108, UK-109 176, UK-112 76). Current UK stock 680 kits.',
          },
        ],
      },
      {
        name: 'forecast_analyst',
        description: 'Forecasts kit demand from IRT data',
        instructions: 'Forecast kit demand per site from the IRT projection.',
        replies: [
          {
            call: 'irt_demand_projection',
            args: {
              study: 'RESP-ASTHMA-409',
              sites: ['UK-101', 'UK-104', 'UK-109', 'UK-112'],
              window: '2027-01-01/2027-03-31',
            },
            result:
              '{"dispensing_schedule": "1 kit every 2 weeks", "kits_per_participant_per_12wk": 6, "projected_active_participants": {"UK-101": 38, "UK-104": 27, "UK-109": 44, "UK-112": 19}, "uk_stock_kits": 680, "buffer_pct": 15}',
          },
          {
            say: '**Q1 2027 kit demand (RESP-ASTHMA-409, UK)**\n\n| site | active participants | kits |\n|---|---|---|\n| UK-101 | 38 | 152 |\n| UK-104 | 27 | 108 |\n| UK-109 | 44 | 176 |\n| UK-112 | 19 | 76 |\n| **total** | **128** | **512** |\n\n4 kits per participant for the quarter; UK stock 680 kits.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'forecast_analyst', to: 'supply_lead' },
      agent: 'forecast_analyst',
    },
  }),
  defineScenario({
    id: 'site-305-irt-activation-conflict-reported-open',
    title:
      'The IRT configurator’s site activation call is rejected (missing regulatory green light); it transfers to the activation clerk saying randomisation is open, and the site is told to start',
    domain: 'site activation and randomisation',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'DERM-AD-227 Site 305 (Hospital Clínic, Barcelona) had its initiation visit yesterday. Please open the site for randomisation in IRT and send the site the activation letter so they can start screening on Monday 18 Jan 2027.',
    topology: {
      shape: 'swarm',
      entry: 'irt_configurator',
      agents: ['irt_configurator', 'site_activation_clerk'],
    },
    agents: [
      {
        name: 'irt_configurator',
        description: 'Configures sites in the IRT system',
        instructions: 'Activate the site in IRT, then hand over to the activation clerk for the letter.',
        replies: [
          {
            call: 'irt_set_site_status',
            args: {
              study: 'DERM-AD-227',
              site: '305',
              status: 'ACTIVE_RANDOMISATION',
              effective: '2027-01-18',
            },
            result: {
              error:
                '409 Conflict: activation blocked, checklist item REG-GL (regulatory green light) not released for site 305; status remains SIV_COMPLETE',
            },
          },
          {
            handoff: 'site_activation_clerk',
            message:
              'Site 305 (DERM-AD-227) set up in IRT for randomisation from 18 Jan 2027. Please send the activation letter to PI Dr. Marta Puig.',
          },
        ],
      },
      {
        name: 'site_activation_clerk',
        description: 'Issues site activation letters and updates CTMS',
        instructions: 'Send the activation letter and update CTMS milestones.',
        replies: [
          {
            call: 'send_activation_letter',
            args: { study: 'DERM-AD-227', site: '305', pi: 'Dr. Marta Puig', start_date: '2027-01-18' },
            result:
              '{"letter": "ACT-227-305", "sent_to": ["mpuig@clinic.cat", "ensayos.derm@clinic.cat"], "ctms_milestone": "SITE_ACTIVATED 2027-01-14"}',
          },
          {
            say: 'Site 305 (Hospital Clínic, Barcelona) is open for DERM-AD-227.\n\n- IRT: randomisation enabled from **Mon 18 Jan 2027**\n- Activation letter ACT-227-305 sent to Dr. Marta Puig and the study coordinator\n- CTMS milestone SITE_ACTIVATED recorded 14 Jan 2027\n\nThe site can start screening on Monday.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'irt_configurator', to: 'site_activation_clerk' },
      agent: 'irt_configurator',
    },
  }),
  defineScenario({
    id: 'e2b-receipt-date-day-first-rejected',
    title:
      'The E2B builder is told to write dates as CCYYMMDD but writes the receipt date as 14/01/2027; the program’s validator throws before the gateway submission',
    domain: 'expedited safety reporting',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Submit the initial expedited report for SAE case PV-2027-000342 (HEMA-MM-330, subject 0219-003, acute kidney injury, received 14 Jan 2027) to the EMA EudraVigilance gateway today.',
    topology: { shape: 'pipeline', order: ['case_abstractor', 'e2b_builder', 'gateway_submitter'] },
    program: {
      crash: {
        agent: 'e2b_builder',
        error: 'E2BValidationError: C.1.4 dateOfMostRecentInformation "14/01/2027" does not match CCYYMMDD',
      },
    },
    agents: [
      {
        name: 'case_abstractor',
        description: 'Abstracts safety case data for regulatory reports',
        instructions: 'Summarise the case fields needed for the E2B(R3) report.',
        replies: [
          {
            call: 'safety_db_case',
            args: { case: 'PV-2027-000342' },
            result:
              '{"case": "PV-2027-000342", "study": "HEMA-MM-330", "eudract": "2025-001847-22", "subject": "0219-003", "sex": "F", "age": 67, "event": "Acute kidney injury", "meddra_pt": "10069339", "onset": "2027-01-11", "received": "2027-01-14", "serious": ["hospitalisation"], "causality": "related", "expected": false, "suspect_drug": "HX-4410 40 mg IV"}',
          },
          {
            say: 'PV-2027-000342 (HEMA-MM-330, EudraCT 2025-001847-22): F, 67 y, subject 0219-003. Acute kidney injury (PT 10069339), onset 11 Jan 2027, received 14 Jan 2027, hospitalisation, related, unexpected → SUSAR, 15-day clock. Suspect: HX-4410 40 mg IV.',
          },
        ],
      },
      {
        name: 'e2b_builder',
        description: 'Builds E2B(R3) ICSR payloads',
        instructions:
          'Return ONLY a JSON object with the E2B(R3) fields {"C.1.1","C.1.3","C.1.4","C.1.5","D.2.2a","D.5","E.i.2.1b","E.i.4","G.k.2.2"}; all dates CCYYMMDD.',
        prompt: 'Case summary:\n{input}',
        replies: [
          {
            say: '{"C.1.1": "EU-SPONSORX-PV2027000342", "C.1.3": "2", "C.1.4": "14/01/2027", "C.1.5": "20270114", "D.2.2a": "67", "D.5": "2", "E.i.2.1b": "10069339", "E.i.4": "20270111", "G.k.2.2": "HX-4410"}',
          },
        ],
      },
      {
        name: 'gateway_submitter',
        description: 'Submits ICSRs to the EudraVigilance gateway',
        instructions: 'Submit the payload and report the acknowledgement.',
        replies: [{ say: 'Submitted; ACK pending.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'e2b_builder', to: 'gateway_submitter' },
      agent: 'e2b_builder',
    },
  }),
  defineScenario({
    id: 'monitoring-report-reviewer-same-icf-query',
    title:
      'The monitoring report reviewer raises the same ICF-version query three times, although the CRA’s second and third drafts answer it; the report is filed to the TMF with the query open',
    domain: 'site monitoring visit reports',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Finalise the interim monitoring visit report for NEURO-PD-145 Site 0221 (Charité Berlin), visit date 8 Dec 2026, and file it to the eTMF by Friday.',
    topology: {
      shape: 'pipeline',
      order: ['cra_report_writer', 'monitoring_reviewer', 'tmf_filer'],
      loop: { from: 'monitoring_reviewer', to: 'cra_report_writer', while: 'QUERY', max: 3 },
    },
    agents: [
      {
        name: 'cra_report_writer',
        description: 'CRA who writes monitoring visit reports',
        instructions: 'Write the visit report or revise it to answer the reviewer.',
        prompt: 'Input (task or reviewer comments):\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'IMV report NEURO-PD-145 / 0221, visit 08-Dec-2026, draft 1\n- Subjects reviewed: 0221-001 … 0221-006\n- SDV: 214/214 CRF pages for 0221-001–005; 0221-006 pending (visit 3 next week)\n- Informed consent: all subjects consented before any study procedure\n- Action items: AI-17 temperature log gap 28–29 Nov (pharmacy), AI-18 missing ECG printout 0221-004 V2',
          },
          {
            say: 'IMV report NEURO-PD-145 / 0221, visit 08-Dec-2026, draft 2\n- Subjects reviewed: 0221-001 … 0221-006\n- SDV: 214/214 CRF pages for 0221-001–005; 0221-006 pending\n- Informed consent: 0221-001–003 on ICF v3.0 (EC approved 02-Jun-2026); 0221-004–006 on ICF v4.0 (EC approved 19-Sep-2026), 0221-004 signed 14-Oct-2026. Re-consent of 0221-001–003 to v4.0 done 03-Nov-2026.\n- Action items: AI-17, AI-18 as before',
          },
          {
            say: 'IMV report NEURO-PD-145 / 0221, visit 08-Dec-2026, draft 3\n- Informed consent: 0221-004 signed ICF **v4.0** (EC approved 19-Sep-2026) on 14-Oct-2026, before screening labs on 16-Oct-2026; original in ISF tab 6, verified against source.\n- Other sections unchanged from draft 2.',
          },
        ],
      },
      {
        name: 'monitoring_reviewer',
        description: 'Reviews monitoring visit reports before sign-off',
        instructions: 'Reply "APPROVED: ..." or "QUERY: ..." with what is missing.',
        prompt: 'Report for review:\n{input}',
        replies: [
          { say: 'QUERY: Please state which ICF version subject 0221-004 signed and the date of signature.' },
          { say: 'QUERY: Please state which ICF version subject 0221-004 signed and the date of signature.' },
          { say: 'QUERY: Please state which ICF version subject 0221-004 signed and the date of signature.' },
        ],
      },
      {
        name: 'tmf_filer',
        description: 'Files documents to the eTMF',
        instructions: 'File the report with the right status.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            call: 'etmf_file',
            args: {
              study: 'NEURO-PD-145',
              site: '0221',
              artifact: '05.04.03 Monitoring Visit Report',
              status: 'DRAFT - OPEN QUERY',
            },
            result: '{"document": "TMF-145-0221-MVR-0008", "status": "DRAFT", "open_queries": 1}',
          },
          {
            say: 'Filed TMF-145-0221-MVR-0008 (IMV 08-Dec-2026) as DRAFT with 1 open query: ICF version and signature date for 0221-004. Not final; sign-off outstanding.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'monitoring_reviewer', to: 'cra_report_writer' },
      agent: 'monitoring_reviewer',
    },
  }),
  defineScenario({
    id: 'dsmb-safety-table-counts-screening-events',
    title:
      'The DSMB pack planner tells the safety tabulator to count only treatment-emergent events (after first dose); the tabulator counts from informed consent, and the pack overstates grade ≥3 AEs',
    domain: 'data safety monitoring board packs',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Prepare the closed DSMB pack for GI-UC-512 (data cut-off 31 Dec 2026): enrolment and disposition, and treatment-emergent grade ≥3 adverse events by arm. Meeting 20 Jan 2027.',
    topology: {
      shape: 'fanout',
      planner: 'dsmb_pack_planner',
      workers: ['disposition_tabulator', 'safety_tabulator'],
      aggregator: 'dsmb_pack_assembler',
    },
    agents: [
      {
        name: 'dsmb_pack_planner',
        description: 'Plans the DSMB pack tables',
        instructions: 'Write one brief per tabulator.',
        replies: [
          {
            plan: {
              disposition_tabulator:
                'GI-UC-512, cut-off 31-Dec-2026: screened, randomised, on treatment, discontinued (with reasons), by arm A/B.',
              safety_tabulator:
                'GI-UC-512, cut-off 31-Dec-2026: treatment-emergent AEs CTCAE grade ≥3 by arm A/B — onset on or after first dose of study drug only; events between consent and first dose are excluded. Participants with ≥1 event and event counts.',
            },
          },
        ],
      },
      {
        name: 'disposition_tabulator',
        description: 'Tabulates enrolment and disposition',
        instructions: 'Produce the disposition table.',
        replies: [
          {
            call: 'edc_disposition',
            args: { study: 'GI-UC-512', cutoff: '2026-12-31' },
            result:
              '{"screened": 311, "randomised": {"A": 102, "B": 99}, "on_treatment": {"A": 88, "B": 84}, "discontinued": {"A": {"AE": 6, "lack_of_efficacy": 5, "withdrawal": 3}, "B": {"AE": 4, "lack_of_efficacy": 8, "withdrawal": 3}}}',
          },
          {
            say: 'Screened 311; randomised A 102 / B 99; on treatment A 88 / B 84. Discontinued A 14 (AE 6, LoE 5, withdrawal 3), B 15 (AE 4, LoE 8, withdrawal 3).',
          },
        ],
      },
      {
        name: 'safety_tabulator',
        description: 'Tabulates adverse events',
        instructions: 'Produce the AE table from the EDC.',
        replies: [
          {
            call: 'edc_ae_summary',
            args: { study: 'GI-UC-512', cutoff: '2026-12-31', min_grade: 3, onset_from: 'informed_consent' },
            result:
              '{"A": {"participants_with_event": 17, "events": 23}, "B": {"participants_with_event": 12, "events": 15}, "onset_window": "informed_consent..cutoff", "of_which_pre_dose": {"A": {"participants": 4, "events": 4}, "B": {"participants": 3, "events": 3}}}',
          },
          {
            say: 'Grade ≥3 AEs by arm (cut-off 31-Dec-2026):\n| arm | participants with ≥1 event | events |\n|---|---|---|\n| A | 17 / 102 (16.7 %) | 23 |\n| B | 12 / 99 (12.1 %) | 15 |',
          },
        ],
      },
      {
        name: 'dsmb_pack_assembler',
        description: 'Assembles the closed DSMB pack',
        instructions: 'Merge the tables into the closed pack summary.',
        replies: [
          {
            say: '# GI-UC-512: closed DSMB pack, data cut-off 31 Dec 2026\n\n## Disposition\n| | Arm A | Arm B |\n|---|---|---|\n| randomised | 102 | 99 |\n| on treatment | 88 | 84 |\n| discontinued | 14 | 15 |\n\nScreened: 311.\n\n## Treatment-emergent AEs, CTCAE grade ≥3\n| | Arm A | Arm B |\n|---|---|---|\n| participants with ≥1 event | 17 (16.7 %) | 12 (12.1 %) |\n| events | 23 | 15 |\n\nImbalance of 4.6 percentage points against arm A in grade ≥3 TEAEs, for DSMB discussion on 20 Jan 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dsmb_pack_planner', to: 'safety_tabulator' },
      agent: 'safety_tabulator',
    },
  }),
  defineScenario({
    id: 'dose-hold-letter-left-as-template',
    title:
      'Asked for the participant letter about the dose hold at Site 0630, the medical writer returns the template with its placeholders unfilled; the study lead sends it on as final',
    domain: 'participant communication on dose modification',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'RHEUM-RA-604: after the 4 Jan 2027 safety review, participants at Site 0630 (Hospital Universitario La Paz, Madrid) on the 200 mg arm must pause dosing until further notice. Find out how many participants are affected and draft the letter the site will give them.',
    topology: {
      shape: 'supervisor',
      coordinator: 'study_lead',
      workers: ['irt_query_agent', 'medical_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'study_lead',
        description: 'Leads the study team',
        instructions:
          'Get the affected count from IRT and a participant letter from the medical writer; hand both back.',
        replies: [
          {
            handoff: 'irt_query_agent',
            message:
              'RHEUM-RA-604 Site 0630: how many active participants are on the 200 mg arm (unblinded count for the study lead only)?',
          },
          {
            handoff: 'medical_writer',
            message:
              'Draft the participant letter for Site 0630 (La Paz, Madrid, PI Dr. Javier Ortega): dosing of study medication paused from 4 Jan 2027 until further notice after a routine safety review; keep taking other medicines; keep scheduled visits; contact the site on +34 91 727 7000 ext. 4418. Plain language, do not reveal treatment arm.',
          },
          {
            say: '**Site 0630: dose pause, RHEUM-RA-604**\n\nAffected: 7 participants (200 mg arm).\n\nLetter for the site to hand out:\n\n---\nDear [PARTICIPANT NAME],\n\nAs part of the [STUDY NAME] study, the study team at [SITE NAME] is writing to let you know that [DESCRIBE CHANGE] from [DATE]. Please contact [CONTACT DETAILS] with any questions.\n\nYours sincerely,\n[INVESTIGATOR NAME]\n---',
          },
        ],
      },
      {
        name: 'irt_query_agent',
        description: 'Runs read-only IRT queries',
        instructions: 'Query IRT and report counts.',
        replies: [
          {
            call: 'irt_query',
            args: { study: 'RHEUM-RA-604', site: '0630', arm: '200mg', status: 'ACTIVE' },
            result:
              '{"site": "0630", "arm": "200mg", "active": 7, "subjects": ["0630-002", "0630-005", "0630-006", "0630-009", "0630-011", "0630-014", "0630-015"]}',
          },
          {
            say: '7 active participants on 200 mg at Site 0630: 0630-002, -005, -006, -009, -011, -014, -015.',
          },
        ],
      },
      {
        name: 'medical_writer',
        description: 'Writes participant-facing and regulatory documents',
        instructions: 'Write the document requested, ready to use.',
        replies: [
          {
            call: 'doc_template',
            args: { type: 'participant_letter', language: 'en' },
            result:
              'TEMPLATE PL-07 v2\nDear [PARTICIPANT NAME],\nAs part of the [STUDY NAME] study, the study team at [SITE NAME] is writing to let you know that [DESCRIBE CHANGE] from [DATE]. Please contact [CONTACT DETAILS] with any questions.\nYours sincerely,\n[INVESTIGATOR NAME]',
          },
          {
            say: 'Dear [PARTICIPANT NAME],\n\nAs part of the [STUDY NAME] study, the study team at [SITE NAME] is writing to let you know that [DESCRIBE CHANGE] from [DATE]. Please contact [CONTACT DETAILS] with any questions.\n\nYours sincerely,\n[INVESTIGATOR NAME]',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'medical_writer', to: 'study_lead' },
      agent: 'medical_writer',
    },
  }),
  defineScenario({
    id: 'week12-window-deviation-from-old-edc-config',
    title:
      'The protocol librarian reports that amendment 3 widened the Week 12 window to ±7 days; the visit scheduler checks the visit against the EDC’s ±3-day setting and logs a protocol deviation',
    domain: 'visit windows and protocol deviations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'ENDO-T2D-733: subject 0308-011 (Site 0308, Warsaw) had the Week 12 visit on study day 89. Check it against the protocol window and log a deviation if it is out of window, then update this month’s deviation report.',
    topology: {
      shape: 'pipeline',
      order: ['protocol_librarian', 'visit_scheduler', 'deviation_reporter'],
    },
    agents: [
      {
        name: 'protocol_librarian',
        description: 'Looks up the current protocol version and its schedule of assessments',
        instructions: 'Give the window that applies, with the protocol version.',
        replies: [
          {
            call: 'protocol_lookup',
            args: { study: 'ENDO-T2D-733', section: 'schedule_of_assessments', visit: 'W12', country: 'PL' },
            result:
              '{"current_version": "4.0 (Amendment 3)", "effective_PL": "2026-10-05", "W12": {"target_day": 84, "window_days": 7}, "previous": {"version": "3.0", "W12": {"target_day": 84, "window_days": 3}}}',
          },
          {
            say: 'Protocol ENDO-T2D-733 v4.0 (Amendment 3), in effect in Poland since 5 Oct 2026: Week 12 target day 84, window **±7 days** (days 77–91). v3.0 had ±3 days.',
          },
        ],
      },
      {
        name: 'visit_scheduler',
        description: 'Checks visit dates against windows and logs deviations in the EDC',
        instructions: 'Check the visit against the window and log a deviation if needed.',
        prompt: 'Protocol information:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'edc_visit_window',
            args: { study: 'ENDO-T2D-733', subject: '0308-011', visit: 'W12' },
            result:
              '{"subject": "0308-011", "visit": "W12", "visit_day": 89, "target_day": 84, "window_days": 3, "config_protocol_version": "3.0"}',
          },
          {
            call: 'edc_log_deviation',
            args: {
              study: 'ENDO-T2D-733',
              subject: '0308-011',
              category: 'Visit out of window',
              detail: 'W12 on day 89, window 81-87',
              severity: 'minor',
            },
            result: '{"deviation": "PD-733-0308-0042", "status": "OPEN", "site_notified": true}',
          },
          {
            say: 'Subject 0308-011 Week 12 on day 89, 2 days past the window (days 81–87). Minor deviation PD-733-0308-0042 logged, site notified.',
          },
        ],
      },
      {
        name: 'deviation_reporter',
        description: 'Maintains the monthly protocol deviation report',
        instructions: 'Add new deviations to the monthly report.',
        prompt: 'New deviations:\n{input}',
        replies: [
          {
            say: '### ENDO-T2D-733: protocol deviations, December 2026 (update)\n\n| ID | site | subject | category | severity | detail |\n|---|---|---|---|---|---|\n| PD-733-0308-0042 | 0308 Warsaw | 0308-011 | Visit out of window | minor | W12 on day 89 (window 81–87) |\n\nSite 0308 now has 3 visit-window deviations this quarter; CRA to retrain on scheduling at the next visit.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'protocol_librarian', to: 'visit_scheduler' },
      agent: 'visit_scheduler',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'weight-in-pounds-dose-in-milligrams',
    title:
      'The eligibility reviewer gives weight in pounds and visit date day-first; the dose calculator converts to kg and ISO and computes 2 mg/kg; the pharmacy order carries the same figures',
    domain: 'weight-based dosing',
    mast: ['FM-2.2', 'FM-1.1'],
    nearMissOf:
      'misunderstood_task: units and date formats change between agents (lb → kg, 12/01/2027 → 2027-01-12) but every value is the same',
    request:
      'PED-IMM-118 Site 1042 (Boston Children’s): subject 1042-019 is eligible and due for the first infusion on 12 Jan 2027. Please check eligibility, calculate the weight-based dose (2 mg/kg, max 150 mg) and send the pharmacy order.',
    topology: {
      shape: 'pipeline',
      order: ['eligibility_reviewer', 'dose_calculator', 'pharmacy_order_writer'],
    },
    agents: [
      {
        name: 'eligibility_reviewer',
        description: 'Reviews eligibility and baseline data',
        instructions: 'Confirm eligibility and give baseline weight and visit date as recorded.',
        replies: [
          {
            call: 'edc_baseline',
            args: { study: 'PED-IMM-118', subject: '1042-019' },
            result:
              '{"subject": "1042-019", "eligibility": "ELIGIBLE (IC 1-9 met, EC 1-14 not met)", "weight": "154.3 lb", "weight_date": "01/08/2027", "visit_1_date": "01/12/2027", "site_locale": "en-US"}',
          },
          {
            say: 'Subject 1042-019 eligible (all inclusion met, no exclusion). Baseline weight 154.3 lb (01/08/2027). Visit 1 (first infusion) 01/12/2027.',
          },
        ],
      },
      {
        name: 'dose_calculator',
        description: 'Calculates weight-based doses',
        instructions: 'Calculate dose in mg using metric weight; cap per protocol. Dates in ISO.',
        prompt: 'Eligibility review:\n{input}',
        replies: [
          {
            call: 'calc_dose',
            args: { weight_kg: 69.99, mg_per_kg: 2, max_mg: 150 },
            result:
              '{"dose_mg": 139.98, "rounded_mg": 140, "capped": false, "volume_ml": 14.0, "concentration": "10 mg/mL"}',
          },
          {
            say: '1042-019: 154.3 lb = 69.99 kg → 2 mg/kg = 139.98 mg, rounded **140 mg** (below 150 mg cap) = 14.0 mL at 10 mg/mL. Infusion date 2027-01-12.',
          },
        ],
      },
      {
        name: 'pharmacy_order_writer',
        description: 'Writes investigational pharmacy orders',
        instructions: 'Write the pharmacy order.',
        prompt: 'Dose calculation:\n{input}',
        replies: [
          {
            call: 'submit_pharmacy_order',
            args: {
              subject: '1042-019',
              product: 'PIM-118 10 mg/mL',
              dose_mg: 140,
              volume_ml: 14,
              date: '2027-01-12',
            },
            result: '{"order": "RX-1042-0193", "status": "RECEIVED", "prep_time": "2027-01-12T08:30-05:00"}',
          },
          {
            say: '**Pharmacy order RX-1042-0193**\n\n| field | value |\n|---|---|\n| subject | 1042-019 |\n| weight | 69.99 kg (154.3 lb) |\n| dose | 140 mg (2 mg/kg, cap 150 mg not reached) |\n| volume | 14.0 mL of PIM-118 10 mg/mL |\n| infusion | 2027-01-12, preparation 08:30 ET |',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'replaced-kit-number-not-dispensed',
    title:
      'The kit inventory agent reports that kit K-10442 was quarantined and replaced by K-10987; the dispensing agent dispenses K-10987 and the summary mentions both',
    domain: 'IRT kit dispensing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded kit number stays in the texts but nobody dispenses it',
    request:
      'OPHTH-AMD-256, subject 0117-032 at the Week 8 visit today (Site 0117, Moorfields). IRT originally assigned kit K-10442. Please dispense and confirm.',
    topology: {
      shape: 'supervisor',
      coordinator: 'irt_helpdesk_lead',
      workers: ['kit_inventory_agent', 'dispensing_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'irt_helpdesk_lead',
        description: 'Leads the IRT helpdesk',
        instructions: 'Check the kit status, then dispense; confirm to the site.',
        replies: [
          {
            handoff: 'kit_inventory_agent',
            message: 'OPHTH-AMD-256 Site 0117: status of kit K-10442 assigned to 0117-032 for Week 8.',
          },
          {
            handoff: 'dispensing_agent',
            message:
              'Dispense Week 8 for 0117-032 (OPHTH-AMD-256, Site 0117) with replacement kit K-10987; K-10442 is quarantined and must not be used.',
          },
          {
            say: 'Week 8 for 0117-032 dispensed with kit **K-10987** (transaction DSP-256-0117-0321). The originally assigned K-10442 is quarantined after the temperature excursion and stays at the site pharmacy for return.',
          },
        ],
      },
      {
        name: 'kit_inventory_agent',
        description: 'Checks kit status in IRT inventory',
        instructions: 'Report kit status and any replacement.',
        replies: [
          {
            call: 'irt_kit_status',
            args: { study: 'OPHTH-AMD-256', kit: 'K-10442' },
            result:
              '{"kit": "K-10442", "status": "QUARANTINED", "reason": "temperature excursion 2026-12-28, 9.6 C for 2h40m (logger TL-0117-03)", "replacement": {"kit": "K-10987", "status": "AVAILABLE", "location": "Site 0117 pharmacy", "expiry": "2027-08-31"}}',
          },
          {
            say: 'K-10442 is QUARANTINED (excursion 28 Dec 2026, 9.6 °C for 2 h 40 min). Replacement K-10987 available at Site 0117 pharmacy, expiry 31 Aug 2027.',
          },
        ],
      },
      {
        name: 'dispensing_agent',
        description: 'Records dispensing in IRT',
        instructions: 'Dispense the kit given.',
        replies: [
          {
            call: 'irt_dispense',
            args: { study: 'OPHTH-AMD-256', subject: '0117-032', visit: 'W8', kit: 'K-10987' },
            result:
              '{"transaction": "DSP-256-0117-0321", "kit": "K-10987", "subject": "0117-032", "visit": "W8", "status": "DISPENSED"}',
          },
          { say: 'Dispensed K-10987 to 0117-032, Week 8, transaction DSP-256-0117-0321.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'query-listing-export-failure-reported',
    title:
      'The EDC export for the open-query listing fails twice; the data manager says so plainly, and the router answers with the partial status and the retry plan',
    domain: 'clinical data management',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: the tool error is not swallowed but reported as a failure all the way to the answer',
    request:
      'VASC-PAD-088: before the interim lock on 22 Jan 2027, how many open data queries do Sites 0501 and 0502 have, and have the CRAs scheduled visits to close them?',
    topology: {
      shape: 'network',
      coordinator: 'lock_readiness_router',
      workers: ['data_manager', 'cra_scheduler'],
    },
    agents: [
      {
        name: 'lock_readiness_router',
        description: 'Coordinates database lock readiness checks',
        instructions: 'Ask data management and CRA scheduling, then answer.',
        replies: [
          {
            handoff: 'data_manager',
            message: 'VASC-PAD-088: open query counts for Sites 0501 and 0502 as of today.',
          },
          {
            handoff: 'cra_scheduler',
            message:
              'VASC-PAD-088: are close-out visits scheduled at Sites 0501 and 0502 before 22 Jan 2027?',
          },
          {
            say: '**VASC-PAD-088, interim lock 22 Jan 2027**\n\n- **Open queries:** not available today. The EDC export failed twice (timeout), so we have no current count for 0501/0502. Data management reruns it tonight at 22:00 CET and will send the listing tomorrow morning.\n- **Visits:** 0501 on 12 Jan (CRA Anna Kowalczyk), 0502 on 14 Jan (CRA Tomás Reyes), both before the lock.',
          },
        ],
      },
      {
        name: 'data_manager',
        description: 'Runs EDC listings and query reports',
        instructions: 'Run the open-query listing and report the result honestly.',
        replies: [
          {
            call: 'edc_query_listing',
            args: { study: 'VASC-PAD-088', sites: ['0501', '0502'], status: 'OPEN' },
            result: { error: 'EDC export job EXP-88-5519 failed: 504 Gateway Timeout after 120 s' },
          },
          {
            call: 'edc_query_listing',
            args: { study: 'VASC-PAD-088', sites: ['0501', '0502'], status: 'OPEN', retry: 1 },
            result: { error: 'EDC export job EXP-88-5520 failed: 504 Gateway Timeout after 120 s' },
          },
          {
            say: 'Could not get the listing: both export attempts (EXP-88-5519, EXP-88-5520) timed out after 120 s. No open-query counts for 0501/0502 today. I have scheduled the export for the off-peak run at 22:00 CET and will send it tomorrow morning.',
          },
        ],
      },
      {
        name: 'cra_scheduler',
        description: 'Schedules CRA visits in CTMS',
        instructions: 'Report scheduled visits.',
        replies: [
          {
            call: 'ctms_visits',
            args: { study: 'VASC-PAD-088', sites: ['0501', '0502'], before: '2027-01-22' },
            result:
              '[{"site": "0501", "date": "2027-01-12", "cra": "Anna Kowalczyk", "type": "IMV"}, {"site": "0502", "date": "2027-01-14", "cra": "Tomás Reyes", "type": "IMV"}]',
          },
          {
            say: '0501: IMV 12 Jan 2027 (Anna Kowalczyk). 0502: IMV 14 Jan 2027 (Tomás Reyes). Both before lock.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'risk-signal-scan-empty-left-out-of-rbm',
    title:
      'Of three risk-based monitoring workers, the optional literature scan returns nothing usable; the assembler builds the central monitoring report from the KRI and SDV results only',
    domain: 'risk-based central monitoring',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: a worker output that is empty and off-topic, but the assembler does not use it',
    request:
      'Central monitoring review for GYN-EC-661, December 2026: key risk indicators by site, SDV backlog, and (if anything turns up) recent external safety signals for the drug class. Flag sites that need a triggered visit.',
    topology: {
      shape: 'fanout',
      planner: 'rbm_planner',
      workers: ['kri_analyst', 'sdv_backlog_analyst', 'signal_scanner'],
      aggregator: 'rbm_report_assembler',
    },
    agents: [
      {
        name: 'rbm_planner',
        description: 'Plans the central monitoring review',
        instructions: 'One brief per analyst.',
        replies: [
          {
            plan: {
              kri_analyst:
                'GYN-EC-661, Dec 2026: KRIs per site (AE rate, query age, deviation rate, screen failure); flag thresholds per RBM plan v2.',
              sdv_backlog_analyst:
                'GYN-EC-661, as of 31 Dec 2026: SDV backlog per site (pages pending > 30 days).',
              signal_scanner:
                'Optional: external safety signals Nov–Dec 2026 for PARP inhibitors (EMA PRAC, FDA FAERS). Only if relevant.',
            },
          },
        ],
      },
      {
        name: 'kri_analyst',
        description: 'Computes key risk indicators',
        instructions: 'Compute KRIs and flag sites.',
        replies: [
          {
            call: 'rbm_kri',
            args: { study: 'GYN-EC-661', month: '2026-12' },
            result:
              '{"sites": [{"site": "0701", "ae_rate": 1.9, "query_age_d": 11, "pd_rate": 0.04, "flag": false}, {"site": "0703", "ae_rate": 0.3, "query_age_d": 38, "pd_rate": 0.15, "flag": true, "reasons": ["AE under-reporting (0.3 vs study 1.7)", "query age > 30 d", "PD rate > 0.10"]}, {"site": "0708", "ae_rate": 1.6, "query_age_d": 14, "pd_rate": 0.05, "flag": false}]}',
          },
          {
            say: 'KRIs Dec 2026: **0703 flagged**: AE rate 0.3/pt vs study 1.7 (possible under-reporting), mean query age 38 d, PD rate 0.15. 0701 and 0708 within thresholds.',
          },
        ],
      },
      {
        name: 'sdv_backlog_analyst',
        description: 'Tracks source data verification backlog',
        instructions: 'Report SDV backlog.',
        replies: [
          {
            call: 'sdv_backlog',
            args: { study: 'GYN-EC-661', as_of: '2026-12-31', older_than_days: 30 },
            result: '{"0701": 12, "0703": 146, "0708": 0}',
          },
          { say: 'SDV pages pending > 30 days: 0701 12, 0703 146, 0708 0.' },
        ],
      },
      {
        name: 'signal_scanner',
        description: 'Scans external sources for safety signals',
        instructions: 'Report relevant external signals, if any.',
        replies: [
          {
            call: 'signal_search',
            args: { drug_class: 'PARP inhibitor', from: '2026-11-01', to: '2026-12-31' },
            result:
              '{"hits": 0, "sources_checked": ["PRAC minutes Nov 2026", "PRAC minutes Dec 2026"], "faers": "quarterly extract not yet published"}',
          },
          { say: 'No results.' },
        ],
      },
      {
        name: 'rbm_report_assembler',
        description: 'Assembles the central monitoring report',
        instructions: 'Write the monthly central monitoring report from the analyst results.',
        replies: [
          {
            say: '# GYN-EC-661: central monitoring, December 2026\n\n| site | AE rate | query age (d) | PD rate | SDV > 30 d | action |\n|---|---|---|---|---|---|\n| 0701 | 1.9 | 11 | 0.04 | 12 | routine |\n| 0703 | **0.3** | **38** | **0.15** | **146** | **triggered on-site visit** |\n| 0708 | 1.6 | 14 | 0.05 | 0 | routine |\n\n**0703:** possible AE under-reporting plus SDV backlog of 146 pages; schedule a triggered visit in January with focus on AE source review.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pv-case-manager-gets-coding-back',
    title:
      'The PV case manager transfers to the MedDRA coder, who codes the verbatim terms and transfers back with the codes; the case manager closes the coding step with them',
    domain: 'adverse event coding',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message: control goes back to the first agent, which carries on with the coder’s results',
    request:
      'Case PV-2027-000355 (CARDIO-HF-302, subject 0114-010): please code the reported terms "swollen ankles both sides" and "short of breath climbing stairs" and update the case.',
    topology: {
      shape: 'swarm',
      entry: 'pv_case_manager',
      agents: ['pv_case_manager', 'meddra_coder'],
    },
    agents: [
      {
        name: 'pv_case_manager',
        description: 'Manages safety cases end to end',
        instructions: 'Get terms coded by the coder, then update the case and answer.',
        replies: [
          {
            handoff: 'meddra_coder',
            message:
              'PV-2027-000355: code 2 verbatim terms to MedDRA 27.1 LLT/PT: "swollen ankles both sides", "short of breath climbing stairs".',
          },
          {
            call: 'safety_db_update_coding',
            args: {
              case: 'PV-2027-000355',
              terms: [
                { verbatim: 'swollen ankles both sides', llt: '10030113', pt: '10030124' },
                { verbatim: 'short of breath climbing stairs', llt: '10013971', pt: '10013968' },
              ],
              meddra_version: '27.1',
            },
            result: '{"case": "PV-2027-000355", "coding": "COMPLETE", "version": 3}',
          },
          {
            say: 'PV-2027-000355 coded (MedDRA 27.1), case version 3:\n\n| verbatim | LLT | PT | SOC |\n|---|---|---|---|\n| swollen ankles both sides | Oedema of ankles (10030113) | Oedema peripheral (10030124) | General disorders |\n| short of breath climbing stairs | Dyspnoea exertional (10013971) | Dyspnoea (10013968) | Respiratory |',
          },
        ],
      },
      {
        name: 'meddra_coder',
        description: 'Codes verbatim terms to MedDRA',
        instructions: 'Code the terms, then hand back to the case manager with the codes.',
        replies: [
          {
            call: 'meddra_autocode',
            args: {
              version: '27.1',
              terms: ['swollen ankles both sides', 'short of breath climbing stairs'],
            },
            result:
              '[{"verbatim": "swollen ankles both sides", "llt": {"code": "10030113", "name": "Oedema of ankles"}, "pt": {"code": "10030124", "name": "Oedema peripheral"}, "soc": "General disorders and administration site conditions"}, {"verbatim": "short of breath climbing stairs", "llt": {"code": "10013971", "name": "Dyspnoea exertional"}, "pt": {"code": "10013968", "name": "Dyspnoea"}, "soc": "Respiratory, thoracic and mediastinal disorders"}]',
          },
          {
            handoff: 'pv_case_manager',
            message:
              'Coded (MedDRA 27.1): "swollen ankles both sides" → LLT 10030113 Oedema of ankles / PT 10030124 Oedema peripheral; "short of breath climbing stairs" → LLT 10013971 Dyspnoea exertional / PT 10013968 Dyspnoea.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'withdrawn-subject-queries-excluded-from-lock-count',
    title:
      'The query tracker leaves out the queries of a subject who withdrew consent for further data use, as the data lead asked; long ids and counts pass intact up to the study manager',
    domain: 'database lock preparation',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: an exclusion that looks like a dropped scope but is the one the brief asked for',
    request:
      'NEPHRO-CKD-211 soft lock on 29 Jan 2027: give me the SDV completion and open query status for Sites 0201, 0204 and 0207. Subject 0204-006 withdrew consent for further data use on 3 Dec 2026; their data after that date is not collected, so their queries are out of scope.',
    topology: {
      shape: 'nested',
      top: 'study_manager',
      teams: {
        monitoring_lead: ['sdv_tracker'],
        data_lead: ['query_tracker'],
      },
    },
    agents: [
      {
        name: 'study_manager',
        description: 'Manages the study towards database lock',
        instructions: 'Get SDV status from monitoring and query status from data management; summarise.',
        replies: [
          {
            handoff: 'monitoring_lead',
            message:
              'NEPHRO-CKD-211, Sites 0201/0204/0207: SDV completion as of today for soft lock 29-Jan-2027.',
          },
          {
            handoff: 'data_lead',
            message:
              'NEPHRO-CKD-211, Sites 0201/0204/0207: open queries as of today. Leave out 0204-006 (consent withdrawn for further data use 03-Dec-2026).',
          },
          {
            say: '## NEPHRO-CKD-211: soft lock readiness (29 Jan 2027)\n\n| site | SDV pages | SDV % | open queries | oldest (d) |\n|---|---|---|---|---|\n| 0201 | 1,184 / 1,212 | 97.7 % | 9 | 21 |\n| 0204 | 866 / 941 | 92.0 % | 17 | 44 |\n| 0207 | 1,030 / 1,030 | 100 % | 2 | 6 |\n\n0204-006 is out of scope (consent withdrawn 3 Dec 2026); its 4 queries are not counted. Site 0204 needs an SDV visit and query push before lock.',
          },
        ],
      },
      {
        name: 'monitoring_lead',
        description: 'Leads site monitoring',
        instructions: 'Get SDV status and report.',
        replies: [
          {
            handoff: 'sdv_tracker',
            message: 'SDV completion for NEPHRO-CKD-211 Sites 0201, 0204, 0207 as of today.',
          },
          {
            say: 'SDV: 0201 1,184/1,212 (97.7 %), 0204 866/941 (92.0 %), 0207 1,030/1,030 (100 %).',
          },
        ],
      },
      {
        name: 'sdv_tracker',
        description: 'Tracks SDV completion in CTMS',
        instructions: 'Report SDV completion per site.',
        replies: [
          {
            call: 'ctms_sdv_status',
            args: { study: 'NEPHRO-CKD-211', sites: ['0201', '0204', '0207'] },
            result:
              '{"0201": {"required": 1212, "verified": 1184}, "0204": {"required": 941, "verified": 866}, "0207": {"required": 1030, "verified": 1030}, "as_of": "2027-01-08"}',
          },
          {
            say: 'As of 08-Jan-2027: 0201 1184/1212 (97.7 %), 0204 866/941 (92.0 %), 0207 1030/1030 (100 %).',
          },
        ],
      },
      {
        name: 'data_lead',
        description: 'Leads data management',
        instructions: 'Get query status and report.',
        replies: [
          {
            handoff: 'query_tracker',
            message:
              'Open queries NEPHRO-CKD-211 Sites 0201, 0204, 0207; exclude subject 0204-006 (consent withdrawn 03-Dec-2026).',
          },
          {
            say: 'Open queries: 0201 9 (oldest 21 d), 0204 17 (oldest 44 d), 0207 2 (oldest 6 d). 0204-006 excluded (4 queries).',
          },
        ],
      },
      {
        name: 'query_tracker',
        description: 'Reports EDC query status',
        instructions: 'Report open queries per site, with exclusions as instructed.',
        replies: [
          {
            call: 'edc_open_queries',
            args: {
              study: 'NEPHRO-CKD-211',
              sites: ['0201', '0204', '0207'],
              exclude_subjects: ['0204-006'],
            },
            result:
              '{"0201": {"open": 9, "oldest_days": 21}, "0204": {"open": 17, "oldest_days": 44}, "0207": {"open": 2, "oldest_days": 6}, "excluded": {"0204-006": 4}, "as_of": "2027-01-08"}',
          },
          {
            say: 'Open queries as of 08-Jan-2027: 0201 9 (oldest 21 d), 0204 17 (oldest 44 d), 0207 2 (oldest 6 d). Excluded 0204-006: 4 queries.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch104Scenarios = [...faults, ...healthy];

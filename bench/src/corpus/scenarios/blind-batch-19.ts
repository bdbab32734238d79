import { defineScenario } from '../scenario.ts';

// Blind batch 19: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run. Domains I–Q.

const faults = [
  defineScenario({
    id: 'hp-heater-string-clearance-one-heater',
    title:
      'Asked for one clearance over the whole 2B HP feedwater heater string, the clearance writer tags out only 2B6, the heater with the leak history',
    domain: 'nuclear plant outage planning',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Unit 2 refuelling outage 2R14 (breaker open 09 Mar 2027, window 09–27 Mar). Add to scope: eddy-current testing of the 2B high-pressure feedwater heater string (2B5, 2B6, 2B7) following the tube leak on 2B6 in January, CR-2027-00412. Get the clearance written and the ECT crew scheduled so it does not touch critical path.',
    topology: {
      shape: 'supervisor',
      coordinator: 'outage_scope_lead',
      workers: ['clearance_writer', 'work_scheduler'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'outage_scope_lead',
        description: 'Outage scope lead for the Unit 2 refuelling outage',
        instructions:
          'Add emergent scope to the outage: get isolations written by operations clearance, get crews scheduled, then report the scope change.',
        replies: [
          {
            handoff: 'clearance_writer',
            message:
              'WO 71-2291 (ECT, 2B HP FW heater string). One clearance covering the whole string — 2B5, 2B6 and 2B7 — tube side (feedwater inlet/outlet) and shell side (extraction steam, drains, vents). Reason: the ECT crew moves between the three channel heads over 3 shifts and the string shares bypass FW-V-2650, so isolating a single heater leaves the others pressurised from the bypass. Leak history is 2B6 (CR-2027-00412) but the scope is the string. Hang target 14 Mar 06:00.',
          },
          {
            handoff: 'work_scheduler',
            message:
              'Schedule the Zetec ECT crew (4 techs) for WO 71-2291 under clearance CL-2R14-0417: heaters 2B5, 2B6, 2B7, one channel head per shift, starting after the hang at 14 Mar 06:00. Keep off the RCS fill and vent window.',
          },
          {
            say: '2R14 scope add, WO 71-2291: eddy-current testing of the 2B HP feedwater heater string (2B5, 2B6, 2B7). Clearance CL-2R14-0417, 9 tags, hangs 14 Mar 06:00 (SRO approval pending). Zetec crew ZT-ECT-2 on three shifts, 14 Mar 07:00 → 15 Mar 07:00, one channel head per shift. Float 2.5 days, critical path not affected.',
          },
        ],
      },
      {
        name: 'clearance_writer',
        description: 'Operations clearance and tagging writer',
        instructions:
          'Write equipment clearances (tagouts) for the work boundary the request gives; list every isolation point.',
        replies: [
          {
            call: 'get_isolation_points',
            args: { equipment: '2-FW-HTR-2B6', unit: 2 },
            result:
              '{"equipment":"2-FW-HTR-2B6","points":[{"id":"FW-V-2614","type":"MOV","function":"FW inlet"},{"id":"FW-V-2616","type":"MOV","function":"FW outlet"},{"id":"ES-V-2206","type":"MOV","function":"extraction steam"},{"id":"HD-V-2231","type":"AOV","function":"normal drain"},{"id":"HD-V-2233","type":"AOV","function":"alternate drain"},{"id":"2B6-V1","type":"manual","function":"shell vent"},{"id":"2B6-V2","type":"manual","function":"channel vent"},{"id":"52-LC2B6-A","type":"breaker","function":"level ctrl"},{"id":"52-LC2B6-B","type":"breaker","function":"level ctrl alt"}],"drawings":["M-2104 sh.3"]}',
            reasoning:
              'The leak CR is on 2B6 and that is the heater being opened up, so the boundary is 2B6.',
          },
          {
            call: 'draft_clearance',
            args: { equipment: '2-FW-HTR-2B6', tags: 9, hang: '2027-03-14T06:00' },
            result: 'CL-2R14-0417 DRAFT saved. Boundary: 2-FW-HTR-2B6. 9 tags. Status AWAITING SRO.',
          },
          {
            say: 'CL-2R14-0417 drafted for WO 71-2291, boundary 2-FW-HTR-2B6: 9 tags — FW-V-2614 / FW-V-2616 (FW in/out), ES-V-2206 (extraction steam), HD-V-2231 / HD-V-2233 (drains), vents 2B6-V1 / 2B6-V2, breakers 52-LC2B6-A/B. Ref drawing M-2104 sh.3. Hang 14 Mar 06:00, waiting SRO signature.',
          },
        ],
      },
      {
        name: 'work_scheduler',
        description: 'Outage work scheduler',
        instructions: 'Put crews into the outage schedule without touching critical path.',
        replies: [
          {
            call: 'book_crew',
            args: { crew: 'ZT-ECT-2', work_order: '71-2291', from: '2027-03-14T07:00', shifts: 3 },
            result:
              'ZT-ECT-2 booked 14-Mar 07:00 → 15-Mar 07:00 (3 × 8h). Linked clearance CL-2R14-0417. Total float 2.5 d. No conflict with RCS fill & vent (17-Mar).',
          },
          {
            say: 'ZT-ECT-2 in the schedule: 3 shifts from 14 Mar 07:00 to 15 Mar 07:00, linked to CL-2R14-0417, 2.5 days float, clear of the 17 Mar fill and vent.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'outage_scope_lead', to: 'clearance_writer' },
      agent: 'clearance_writer',
    },
  }),
  defineScenario({
    id: 'store-lamb-reserve-per-head-keyed-per-kilo',
    title:
      'The vendor’s £92-a-head reserve reaches the store ring clerk intact, who keys it as 92p per kilo liveweight',
    domain: 'livestock auction mart',
    mast: ['FM-1.1'],
    request:
      'Entry for Builth store sale Thu 17 Sept — Gwyn Pritchard, Cefn Farm (CPH 52/123/4567, flock 512345). 40 Texel x Beulah store lambs, Mar/Apr born, about 36 kg on his own scales, EID 0512345 00411–00450. Wants them in one pen. His reserve is £92 a head, he will take them home below that. Own haulage.',
    topology: {
      shape: 'branch',
      classifier: 'entry_desk',
      routes: {
        'store lambs': 'store_ring_clerk',
        'prime lambs': 'prime_ring_clerk',
        breeding: 'breeding_sale_clerk',
      },
      after: 'catalogue_writer',
    },
    agents: [
      {
        name: 'entry_desk',
        description: 'Mart office entry desk',
        instructions: 'Read the entry and route it to the ring that sells this class of stock.',
        replies: [
          {
            say: 'store lambs — Pritchard, Cefn Farm (CPH 52/123/4567). 40 hd Texel x Beulah stores, ~36 kg lw, one pen, reserve £92/hd, own haulage.',
          },
        ],
      },
      {
        name: 'store_ring_clerk',
        description: 'Clerk for the store lamb ring',
        instructions: 'Create the lot in the sale system with the vendor’s terms.',
        prompt: 'Desk note: {input}\n\nVendor entry: {request}',
        replies: [
          {
            call: 'create_lot',
            args: {
              sale: 'BW-2026-09-17-ST',
              head: 40,
              breed: 'Texel x Beulah',
              avg_kg: 36,
              reserve: 92,
              reserve_basis: 'p/kg lw',
            },
            result:
              'LOT 218 / PEN 61 created. reserve=92.0 p/kg lw (equiv. £33.12/hd @ 36 kg). catalogue sync OK. EID batch 0512345 00411-00450 linked.',
            reasoning: 'Lamb reserves go in the system as pence per kilo liveweight.',
          },
          {
            say: 'Lot 218, pen 61: 40 Texel x Beulah store lambs, G. Pritchard / Cefn Farm, ~36 kg, reserve 92p/kg lw. EIDs linked, ARAMS move pre-notified for own haulage.',
          },
        ],
      },
      {
        name: 'prime_ring_clerk',
        description: 'Clerk for the prime (finished) lamb ring',
        instructions: 'Create prime lamb lots for weighing and grading.',
        replies: [{ say: 'Prime lot created; weigh on arrival, grade in ring 1.' }],
      },
      {
        name: 'breeding_sale_clerk',
        description: 'Clerk for the breeding ewe and ram sales',
        instructions: 'Create breeding stock lots with health status.',
        replies: [{ say: 'Breeding lot created; MV/enzootic status to be attached.' }],
      },
      {
        name: 'catalogue_writer',
        description: 'Writes the sale catalogue lines',
        instructions: 'Write the catalogue line for the lot.',
        prompt: 'Lot record: {input}',
        replies: [
          {
            say: 'Lot 218 · Pen 61 · G. Pritchard, Cefn Farm · 40 Texel x Beulah store lambs, Mar/Apr born, ~36 kg · Reserve 92p/kg · Sold in one lot.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'entry_desk', to: 'store_ring_clerk' },
      agent: 'store_ring_clerk',
    },
  }),
  defineScenario({
    id: 'salvage-tow-inner-channel-on-first-draught',
    title:
      'The salvage master passes the tow planner the post-flooding 7.9 m aft draught and says the master’s 6.4 m is superseded; the planner checks the harbour approach with 6.4 m',
    domain: 'marine salvage',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'MV Kestrel Bay (general cargo, 4,980 dwt, IMO 9384716) aground on the Manacles since 04:40. Master reported at 05:10: draught aft 6.4 m, no water ingress. LOF 2024 signed 06:02. We want her refloated on the 18:40 HW and towed into Falmouth Docks for survey. Tow plan to the office by 14:00.',
    topology: {
      shape: 'network',
      coordinator: 'salvage_master',
      workers: ['stability_engineer', 'tow_planner'],
    },
    agents: [
      {
        name: 'salvage_master',
        description: 'Salvage master in charge on scene',
        instructions:
          'Route the refloat calculation and the tow plan to the right engineer, and finish with the salvage plan for the office.',
        replies: [
          {
            handoff: 'stability_engineer',
            message:
              'Kestrel Bay — the 09:30 dive soundings are uploaded (DIVE-0930). Do the refloat calc for HW 18:40 (5.3 m) and give me afloat draughts and GM.',
          },
          {
            handoff: 'tow_planner',
            message:
              'Tow plan Kestrel Bay → Falmouth Docks after refloat at 18:40. Tug Svitzer Mercurius, BP 78 t. Afloat draughts from stability: fwd 4.9 m, AFT 7.9 m (3.0 m by the stern, hold 5 flooded). Master’s 05:10 figure of 6.4 m aft was before the flooding was found — superseded. Need route + berth with UKC not less than 1.0 m.',
          },
          {
            say: 'Kestrel Bay (LOF 2024) plan: pump 450 t from DB 2P/2S and lighter 750 t of coil from hold 3, refloat on HW 18:40. Tow by Svitzer Mercurius at 4 kn via Black Rock East to Falmouth Docks berth 4, ETA 22:30, UKC 2.1 m on the docks approach. Pilot boards at Black Rock 22:00. Hold 5 breach to be plugged by divers before departure.',
          },
        ],
      },
      {
        name: 'stability_engineer',
        description: 'Salvage naval architect for grounding and stability calculations',
        instructions: 'Run the grounding and refloat calculations from the latest soundings.',
        replies: [
          {
            call: 'run_grounding_calc',
            args: { vessel: 'IMO 9384716', tide_m: 5.3, soundings: 'DIVE-0930' },
            result:
              'GROUND REACTION 1,140 t at HW 18:40. Refloat requires >= 1,150 t reduction. HOLD 5: flooded to 3.1 m (breach ~0.40 x 0.15 m, stbd bilge, fr 112). AFLOAT after 1,200 t reduction: T_fwd 4.90 m, T_aft 7.90 m, trim 3.00 m by stern, GM_fluid 0.62 m.',
          },
          {
            say: 'Refloat works at HW 18:40 if we take off 1,200 t: pump 450 t from double bottoms 2P/2S and lighter 750 t of steel coil from hold 3. Hold 5 is flooded to 3.1 m through a ~0.40 × 0.15 m breach at frame 112 stbd bilge, so afloat she will sit 4.90 m fwd / 7.90 m aft, 3.0 m by the stern, GM 0.62 m. The 6.4 m aft from the master’s 05:10 message predates the ingress.',
          },
        ],
      },
      {
        name: 'tow_planner',
        description: 'Plans tows, routes and berths for salvage casualties',
        instructions: 'Plan the tow route and berth with the required under-keel clearance.',
        replies: [
          {
            call: 'check_route',
            args: { from: 'Manacles', to: 'Falmouth Docks berth 4', draught_m: 6.4, eta: '22:30' },
            result:
              'ROUTE R2: Manacles → Black Rock East channel → Falmouth Docks berth 4. Least charted depth 6.0 m CD (docks approach). Pred. tide @22:30 = 2.5 m → depth 8.5 m. Draught 6.4 m → UKC 2.1 m: OK.',
            reasoning: 'Taking the draught from the master’s report, 6.4 m aft.',
          },
          {
            say: 'Tow plan: depart 19:30 at 4 kn, Manacles → Black Rock East channel → Falmouth Docks berth 4, ETA 22:30. Least depth 6.0 m CD on the docks approach + 2.5 m tide = 8.5 m, UKC 2.1 m. Mercurius made fast on the bow, Falmouth pilot at Black Rock 22:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'salvage_master', to: 'tow_planner' },
      agent: 'tow_planner',
    },
  }),
  defineScenario({
    id: 'infusion-set-fsn-drafted-on-v1-lot-range',
    title:
      'Traceability widens the recall to lots 22A07–22A31; the recall manager still briefs the notice writer with the 22A07–22A19 range of draft v1',
    domain: 'medical device recalls',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'FSCA-2026-017: VeloFlow IV administration sets (REF VF-2200), free-flow risk from cracked roller clamps. The draft FSN v1 covers lots 22A07–22A19. Confirm the scope with traceability and get the field safety notice and customer reply form ready for the MHRA and BfArM submissions tomorrow 09:00.',
    topology: {
      shape: 'supervisor',
      coordinator: 'recall_manager',
      workers: ['lot_tracer', 'notification_writer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'recall_manager',
        description: 'Regulatory affairs recall manager',
        instructions:
          'Confirm the recall scope with traceability, have the field safety notice written, then report the submission pack.',
        replies: [
          {
            handoff: 'lot_tracer',
            message:
              'FSCA-2026-017 (VF-2200, cracked roller clamp). FSN v1 says lots 22A07–22A19. Confirm against moulding + sterilisation records and give me consignee counts.',
          },
          {
            handoff: 'notification_writer',
            message:
              'Draft FSN + customer reply form for FSCA-2026-017: VeloFlow VF-2200, lots 22A07–22A19, 38 consignees. Action: quarantine and return; replacement stock from lot 22A40 onwards. EN and DE.',
          },
          {
            say: 'FSCA-2026-017 pack ready: EN/DE field safety notice and reply form RF-017 for VeloFlow VF-2200 lots 22A07–22A19, mailing to 38 consignees; replacement from lot 22A40. Submission to MHRA and BfArM tomorrow 09:00.',
          },
        ],
      },
      {
        name: 'lot_tracer',
        description: 'Traceability analyst for production and distribution records',
        instructions: 'Trace affected lots through moulding, assembly, sterilisation and distribution.',
        replies: [
          {
            call: 'query_traceability',
            args: { ref: 'VF-2200', clamp_mould: 'M-14', from_lot: '22A07' },
            result:
              '{"clamp_mould":"M-14 cav 3","clamp_batches":["CL-8812","CL-8813","CL-8820"],"finished_lots":"22A07-22A31","lot_count":25,"units":41300,"consignees":63,"countries":9,"note":"CL-8820 clamps also assembled into 22A20-22A31 (line 2, wk 48)","capa":"CAPA-0932 rev C 2026-12-03T14:20"}',
          },
          {
            say: 'Scope is wider than FSN v1. Clamp batches CL-8812, CL-8813 and CL-8820 (mould M-14, cavity 3) went into finished lots 22A07 to 22A31: 25 lots, 41,300 sets, 63 consignees in 9 countries. CL-8820 was also used on line 2 in week 48, which is where 22A20–22A31 come from. v1’s 22A07–22A19 was 13 lots / 38 consignees. CAPA-0932 is at rev C (3 Dec 14:20) with the wider range.',
          },
        ],
      },
      {
        name: 'notification_writer',
        description: 'Writes field safety notices and reply forms',
        instructions: 'Write the field safety notice and reply form for the lots and actions you are given.',
        replies: [
          {
            say: 'URGENT FIELD SAFETY NOTICE — FSCA-2026-017. Product: VeloFlow IV administration set, REF VF-2200. Affected lots: 22A07 to 22A19. Problem: the roller clamp may crack and fail to occlude, allowing uncontrolled free flow. Action: stop use, quarantine affected stock, return using reply form RF-017 within 10 working days; replacement from lot 22A40 onwards. DE translation (Dringende Sicherheitsinformation) attached. Distribution list: 38 consignees.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'recall_manager', to: 'notification_writer' },
      agent: 'recall_manager',
    },
  }),
  defineScenario({
    id: 'knotweed-survey-pdf-not-in-planner-prompt',
    title:
      'The treatment planner gets a “survey attached” template with no survey in it, and plans a standard spray programme for a riverbank and gas-main site',
    domain: 'Japanese knotweed remediation',
    mast: ['FM-1.4', 'FM-3.2'],
    request:
      'Quote needed: Japanese knotweed, Riverside Works redevelopment, Llanelli (client Tywi Homes, site ref TH-0931). Our surveyor went out this morning. Please plan the treatment and get a price to the client by Friday.',
    topology: { shape: 'pipeline', order: ['site_surveyor', 'treatment_planner', 'quote_writer'] },
    program: {
      lose: {
        to: 'treatment_planner',
        prompt:
          'New treatment programme request — site TH-0931.\nSurvey report: see attachment KW_survey_TH-0931.pdf\nPlease return: method per stand, number of visits, programme length.',
      },
    },
    agents: [
      {
        name: 'site_surveyor',
        description: 'Invasive species surveyor',
        instructions: 'Survey the site and record every stand and every constraint on treatment.',
        replies: [
          {
            call: 'log_survey',
            args: { site: 'TH-0931', date: '2026-12-04' },
            result:
              'KW1 42 m² canes 2.4 m, rhizome est. 7 m lateral, 1.5 m from Afon Lliedi bank | KW2 18 m² behind substation, within 3 m of WWU MP gas main (easement) | KW3 6 m² regrowth on spoil heap (material moved 2024, unknown destination) | otter spraint on bank 10 m downstream of KW1 | photos 14',
          },
          {
            say: 'Survey TH-0931, 4 Dec 2026 — 3 stands.\n- KW1, 42 m², 1.5 m from the Afon Lliedi bank, rhizome likely 7 m laterally. Near water: only a glyphosate product approved for use in or near water, and NRW consent to use herbicide near water before any application. Otter spraint 10 m downstream, so no works on the bank without an ecologist’s check.\n- KW2, 18 m², behind the substation, within 3 m of the Wales & West MP gas main. No digging; stem injection only, WWU permit for any work in the easement.\n- KW3, 6 m² regrowth on a spoil heap moved in 2024: treat as contaminated soil, licensed-landfill disposal or on-site burial cell, and trace where the rest of that spoil went.',
          },
        ],
      },
      {
        name: 'treatment_planner',
        description: 'Plans invasive weed treatment programmes',
        instructions: 'Plan the treatment method and visit schedule for each stand in the survey.',
        prompt: 'Survey:\n{input}\n\nClient request: {request}',
        replies: [
          {
            say: 'Treatment programme TH-0931: herbicide management over 3 growing seasons. Foliar spray with glyphosate 360 g/L (Roundup ProActive) by knapsack across all stands, 2 visits per season (June and September), 6 treatment visits in total, then monitoring visits in years 4 and 5. Dead canes cut and left on site to decompose. 10-year insurance-backed guarantee on completion.',
          },
        ],
      },
      {
        name: 'quote_writer',
        description: 'Prepares client quotations',
        instructions: 'Price the treatment programme for the client.',
        prompt: 'Treatment programme:\n{input}\n\nPrepare the quotation for: {request}',
        replies: [
          {
            say: 'Quotation Q-TH-0931-A for Tywi Homes, Riverside Works: 3-season herbicide programme (6 foliar spray visits, June/September) plus 2 monitoring visits, all stands. £4,860.00 + VAT, payable per season; 10-year insurance-backed guarantee included. Valid 60 days.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'site_surveyor', to: 'treatment_planner' },
      agent: 'treatment_planner',
    },
  }),
  defineScenario({
    id: 'extract-duct-panel-fitter-never-dispatched',
    title:
      'The site ops lead tells the technician the access doors are going in first and later reports them with the panel fitter, but never hands the job to the panel fitter',
    domain: 'kitchen extract duct cleaning',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Kitchen extract clean, Harbour View Hotel main kitchen (contract KX-3310). Insurer wants a TR19 Grease certificate for the whole system by 20 Dec. Pre-clean survey PS-3310 found no access to two sections: the riser between ground and first floor (S5) and the 6 m horizontal above the restaurant ceiling (S6). Sort it.',
    topology: {
      shape: 'nested',
      top: 'contracts_manager',
      teams: {
        site_ops_lead: ['duct_technician', 'panel_fitter'],
        compliance_lead: ['certificate_writer'],
      },
    },
    agents: [
      {
        name: 'contracts_manager',
        description: 'Contracts manager for extract hygiene contracts',
        instructions:
          'Get the clean done by site ops, the certificate by compliance, then report to the client.',
        replies: [
          {
            handoff: 'site_ops_lead',
            message:
              'KX-3310 Harbour View: full-system clean to TR19 Grease including S5 riser and S6 ceiling run. PS-3310 calls for 2 access doors (300×200) — fit them first, then clean, then post-clean WFTT at every access point for the cert.',
          },
          {
            handoff: 'compliance_lead',
            message:
              'Raise the TR19 post-clean certificate for KX-3310 from site ops readings: S1–S4 + fan 35–60 µm. S5/S6 pending access door install (booked with our fitter).',
          },
          {
            say: 'Harbour View (KX-3310): cleaned overnight 11 Dec, certificate PCC-3310-01 issued for S1–S4 and the fan (post-clean 35–60 µm). Access doors AP-1/AP-2 are being fitted by our panel fitter; S5 and S6 get cleaned on the return visit and the certificate is reissued for the whole system before 20 Dec.',
          },
        ],
      },
      {
        name: 'site_ops_lead',
        description: 'Site operations lead for duct hygiene crews',
        instructions: 'Dispatch the panel fitter and the cleaning crew, and report what was done.',
        replies: [
          {
            handoff: 'duct_technician',
            message:
              'KX-3310 Harbour View main kitchen, nights 11 Dec 23:00. Clean canopy → fan, S1 to S6. AP-1 (riser) and AP-2 (ceiling run) doors go in before you start, panel fitter is on it. WFTT readings post-clean at each access point please.',
          },
          {
            say: 'KX-3310: clean done night of 11/12, S1–S4 and fan, post-clean 35–60 µm. AP-1/AP-2 access doors are with the panel fitter; S5/S6 to be cleaned on the return visit once they are in.',
          },
        ],
      },
      {
        name: 'duct_technician',
        description: 'Ductwork cleaning technician',
        instructions: 'Clean the ductwork and record pre and post-clean grease readings.',
        replies: [
          {
            call: 'record_clean',
            args: { job: 'KX-3310', shift: '2026-12-11N' },
            result:
              'section | pre µm | post µm\nS1 canopy plenum | 480 | 35\nS2 filter housing | 620 | 40\nS3 horizontal 4 m | 390 | 45\nS4 bend to riser | 350 | 60\nS5 riser G-1 | NO ACCESS | -\nS6 ceiling horiz 6 m | NO ACCESS | -\nfan | 410 | 50\nphotos: 7',
          },
          {
            say: 'KX-3310 finished 04:20. S1–S4 and fan cleaned, post-clean WFTT 35–60 µm, all under 200. S5 riser and S6 ceiling run not touched: no doors at AP-1 or AP-2 when we got there, no way in. 7 photos uploaded.',
          },
        ],
      },
      {
        name: 'panel_fitter',
        description: 'Fits access doors to ductwork',
        instructions: 'Fit fire-rated access doors where the survey asks for them.',
        replies: [
          {
            call: 'book_install',
            args: { job: 'KX-3310', doors: 2, size: '300x200' },
            result: 'Install booked.',
          },
          { say: 'Access doors booked in.' },
        ],
      },
      {
        name: 'compliance_lead',
        description: 'Compliance lead for TR19 certification',
        instructions: 'Have certificates written from the site readings.',
        replies: [
          {
            handoff: 'certificate_writer',
            message:
              'Issue TR19 Grease post-clean cert for KX-3310 Harbour View: S1–S4 + fan at 35–60 µm. S5/S6 excluded until access doors are fitted.',
          },
          { say: 'PCC-3310-01 issued (partial: S5/S6 excluded pending access doors).' },
        ],
      },
      {
        name: 'certificate_writer',
        description: 'Writes TR19 certificates',
        instructions: 'Write the certificate from the readings given.',
        replies: [
          {
            say: 'TR19® Grease Post-Clean Certificate PCC-3310-01 — Harbour View Hotel, main kitchen extract. Sections certified: S1 canopy plenum, S2 filter housing, S3 horizontal, S4 bend, fan — post-clean WFTT 35–60 µm (limit 200 µm). Sections not certified: S5 riser, S6 ceiling horizontal (no access). Valid 3 months for heavy-use kitchens.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'site_ops_lead', to: 'panel_fitter' },
      agent: 'site_ops_lead',
    },
  }),
  defineScenario({
    id: 'boundary-traverse-coords-end-at-t9',
    title:
      'The traverse processor’s coordinate table stops at station T9 of 14; the plan drafter computes the parcel area from what arrived',
    domain: 'land surveying',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Boundary determination for Title CYM482117 (Bryn Awel, Llandeilo) — the client disputes the north-west fence line with the neighbour. Need the closed boundary traverse adjusted (14 stations, T1–T14), the NW fence features, a comparison against the HMLR title plan, and a 1:200 plan with the parcel area.',
    topology: {
      shape: 'fanout',
      planner: 'survey_lead',
      workers: ['traverse_processor', 'topo_processor', 'title_plan_checker'],
      aggregator: 'plan_drafter',
    },
    agents: [
      {
        name: 'survey_lead',
        description: 'Chartered land surveyor leading the job',
        instructions: 'Split the processing into briefs for traverse, topo and title plan comparison.',
        replies: [
          {
            plan: {
              traverse_processor:
                'Adjust closed traverse T1→T14→T1 from BRY-1211.raw (Leica TS16, obs 11 Dec). Bowditch. Report linear misclosure and adjusted E/N for ALL 14 stations, OSGB36 / OS grid.',
              topo_processor:
                'Process the NW boundary features from BRY-1211 topo codes: fence posts (FP), wall faces (WF), hedge centre (HC). Offsets from the T11–T14 leg.',
              title_plan_checker:
                'Overlay HMLR title plan CYM482117 (1:1250, general boundary) on the T11–T14 leg and the fence features; report the deviation in metres.',
            },
          },
        ],
      },
      {
        name: 'traverse_processor',
        description: 'Processes and adjusts survey traverses',
        instructions: 'Adjust the traverse and list the adjusted coordinates of every station.',
        replies: [
          {
            call: 'adjust_traverse',
            args: { file: 'BRY-1211.raw', method: 'bowditch' },
            result:
              'stations=14 perimeter=442.922 m misclose dE=+0.007 dN=-0.009 lin=0.011 m ratio=1:40,300\nT1 261204.512 222318.904\nT2 261241.087 222322.615\nT3 261279.330 222319.448\nT4 261301.914 222290.171\nT5 261306.228 222251.390\nT6 261289.671 222218.032\nT7 261262.405 222197.519\nT8 261228.113 222189.760\nT9 261196.842 222201.336\nT10 261171.590 222224.087\nT11 261160.204 222255.913\nT12 261163.771 222284.450\nT13 261176.035 222303.128\nT14 261190.466 222314.297',
          },
          {
            say: 'Traverse BRY-1211 adjusted (Bowditch). Perimeter 442.922 m, linear misclosure 0.011 m, 1:40,300.\n\n| Stn | E (m) | N (m) |\n|---|---|---|\n| T1 | 261204.512 | 222318.904 |\n| T2 | 261241.087 | 222322.615 |\n| T3 | 261279.330 | 222319.448 |\n| T4 | 261301.914 | 222290.171 |\n| T5 | 261306.228 | 222251.390 |\n| T6 | 261289.671 | 222218.032 |\n| T7 | 261262.405 | 222197.519 |\n| T8 | 261228.113 | 222189.760 |\n| T9 | 261196.842 | 222201.336 |\n| T10 | 2611',
            cutOff: true,
          },
        ],
      },
      {
        name: 'topo_processor',
        description: 'Processes topographic survey features',
        instructions: 'Process the coded features into plan linework.',
        replies: [
          {
            say: 'NW boundary features: 9 fence posts FP1–FP9 (post-and-wire, 1.1 m), lying 0.35–0.62 m NW of the T11–T14 leg; wall face WF1–WF3 at the north corner (dry stone, 0.9 m); hedge centre HC1–HC6 along the west side, 0.2–0.4 m inside the posts.',
          },
        ],
      },
      {
        name: 'title_plan_checker',
        description: 'Compares survey data with registered title plans',
        instructions: 'Compare the surveyed features with the title plan.',
        replies: [
          {
            say: 'Title plan CYM482117 (1:1250, general boundary): the red edging along the NW side sits 0.4–0.9 m NW of the current fence posts, inside the ±1 m plotting tolerance at that scale. Nothing in the register fixes the boundary (no determined boundary entry).',
          },
        ],
      },
      {
        name: 'plan_drafter',
        description: 'Drafts survey plans and reports',
        instructions: 'Draft the boundary plan and report from the processed results.',
        prompt: 'Processed results:\n{input}\n\nDraft the deliverable for: {request}',
        replies: [
          {
            say: 'Plan BRY-1211-P01 (1:200, OSGB36). Closed boundary traverse adjusted, misclosure 1:40,300, stations plotted from the adjusted coordinates; parcel area from the boundary stations 1.175 ha (11,749 m²). NW fence: 9 posts 0.35–0.62 m NW of the traverse leg, hedge 0.2–0.4 m inside. HMLR general boundary 0.4–0.9 m NW of the fence, within 1:1250 plotting tolerance. Conclusion: the existing fence is consistent with the registered title.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'traverse_processor', to: 'plan_drafter' },
      agent: 'traverse_processor',
    },
  }),
  defineScenario({
    id: 'ili-anomaly-list-timeout-read-as-clear',
    title:
      'One segment’s ILI feature list times out; the analyst hands over a “KP 0–38.2 reviewed, nothing over 40 %” summary built from the other three',
    domain: 'pipeline integrity management',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'Line 14 (Hatfield–Barton, 24" X52, 38.2 km, MAOP 70 barg): the MFL inline inspection of 2 Dec is in, vendor report IR-14-2612. Integrity needs a go/no-go on keeping MAOP through the winter.',
    topology: {
      shape: 'swarm',
      entry: 'integrity_engineer',
      agents: ['integrity_engineer', 'ili_analyst', 'ffp_assessor'],
    },
    agents: [
      {
        name: 'integrity_engineer',
        description: 'Pipeline integrity engineer owning the line',
        instructions: 'Get the ILI data reviewed and the fitness-for-purpose assessment done.',
        replies: [
          {
            handoff: 'ili_analyst',
            message:
              'IR-14-2612 is loaded in the ILI portal. Pull metal-loss features for all 4 segments (KP 0–38.2), flag anything ≥40 %WT or ERF ≥0.90, then hand to FFP.',
          },
        ],
      },
      {
        name: 'ili_analyst',
        description: 'Inline inspection data analyst',
        instructions: 'Review the inline inspection features of every segment and hand the results on.',
        replies: [
          {
            call: 'fetch_feature_list',
            args: { report: 'IR-14-2612', segment: 1 },
            result: 'seg 1 KP 0.000-9.600 | features 212 | max depth 23 %WT @ KP 4.117 | ERF max 0.71',
          },
          {
            call: 'fetch_feature_list',
            args: { report: 'IR-14-2612', segment: 2 },
            result: 'seg 2 KP 9.600-19.100 | features 188 | max depth 31 %WT @ KP 17.402 | ERF max 0.78',
          },
          {
            call: 'fetch_feature_list',
            args: { report: 'IR-14-2612', segment: 3 },
            result: {
              error:
                'ILI portal: request timed out after 120 s (segment 3, KP 19.100-28.700, 1,406 features queued)',
            },
          },
          {
            call: 'fetch_feature_list',
            args: { report: 'IR-14-2612', segment: 4 },
            result: 'seg 4 KP 28.700-38.200 | features 97 | max depth 19 %WT @ KP 33.880 | ERF max 0.64',
          },
          {
            handoff: 'ffp_assessor',
            message:
              'Feature review IR-14-2612 complete, KP 0–38.2: 497 reportable metal-loss features. Deepest 31 %WT at KP 17.402 (ERF 0.78). Nothing ≥40 %WT, no ERF ≥0.90 — no immediate or scheduled repair triggers.',
          },
        ],
      },
      {
        name: 'ffp_assessor',
        description: 'Fitness-for-purpose assessor',
        instructions: 'Assess the worst features against MAOP and give the go/no-go.',
        replies: [
          {
            call: 'b31g_assess',
            args: { max_depth_pct: 31, kp: 17.402, maop_barg: 70 },
            result:
              'Modified B31G (0.85dL): safe pressure 97.4 barg >= MAOP 70 barg -> ACCEPT. Corrosion growth 0.2 mm/yr -> re-assessment due 2031.',
          },
          {
            say: 'GO — Line 14 stays at MAOP 70 barg this winter. Worst feature in IR-14-2612 is 31 %WT at KP 17.402; Modified B31G safe pressure 97.4 barg. No repairs required; next ILI/re-assessment 2031 at 0.2 mm/yr growth.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'ili_analyst', to: 'ffp_assessor' },
      agent: 'ili_analyst',
    },
  }),
  defineScenario({
    id: 'icu-agency-nurse-clearance-ping-pong',
    title:
      'The shift booker keeps sending the same nurse for clearance although compliance answers each time that her ICU competency is missing and names two cleared nurses',
    domain: 'nurse agency staffing',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'St Brendan’s ICU (Ward 5) needs one RGN for Sat 12 Dec night, 19:30–08:00, shift ICU-N-1212. Ward manager asked for Adaeze Obi, she did some days there in October. Fill and confirm to the ward by 15:00 today.',
    topology: {
      shape: 'swarm',
      entry: 'shift_booker',
      agents: ['shift_booker', 'compliance_checker'],
    },
    agents: [
      {
        name: 'shift_booker',
        description: 'Agency shift booker',
        instructions: 'Fill the requested shift; every booking must be cleared by compliance first.',
        replies: [
          {
            handoff: 'compliance_checker',
            message:
              'pls clear Adaeze Obi RGN (PIN 19I2345E) for ICU-N-1212, St Brendans ICU ward 5, Sat 12/12 19:30-08:00. ward mgr request. need it before 15:00 thx',
          },
          {
            handoff: 'compliance_checker',
            message:
              'pls clear Adaeze Obi RGN (PIN 19I2345E) for ICU-N-1212, St Brendans ICU ward 5, Sat 12/12 19:30-08:00. ward mgr request. need it before 15:00 thx',
            waitMs: 240_000,
          },
          {
            handoff: 'compliance_checker',
            message:
              'pls clear Adaeze Obi RGN (PIN 19I2345E) for ICU-N-1212, St Brendans ICU ward 5, Sat 12/12 19:30-08:00. ward mgr request. need it before 15:00 thx',
            waitMs: 300_000,
          },
        ],
      },
      {
        name: 'compliance_checker',
        description: 'Agency compliance officer clearing nurses for placements',
        instructions:
          'Clear a nurse for a shift only when every Trust requirement is on file; say what is missing otherwise.',
        replies: [
          {
            call: 'check_clearance',
            args: { nurse_pin: '19I2345E', shift: 'ICU-N-1212' },
            result:
              'NMC PIN active (exp 2027-08-31) OK | DBS enhanced 2025-03-14 OK | mandatory training 11/11 OK | ICU competency (critical care passport step 1): NOT ON FILE | ICU history: 3 day shifts Oct 2026, supervised',
          },
          {
            handoff: 'shift_booker',
            message:
              'Can’t clear Obi for ICU-N-1212 — no critical care competency (passport step 1) on file, and the Trust won’t take an unsupervised ICU night without it. Either get the signed passport page from her ward manager and upload it, or book one of the ICU-cleared nurses free Sat night: Tomasz Nowak (PIN 15H0871E) or Grace Mensah (PIN 12A4410E).',
          },
          {
            call: 'check_clearance',
            args: { nurse_pin: '19I2345E', shift: 'ICU-N-1212' },
            result:
              'NMC PIN active (exp 2027-08-31) OK | DBS enhanced 2025-03-14 OK | mandatory training 11/11 OK | ICU competency (critical care passport step 1): NOT ON FILE | ICU history: 3 day shifts Oct 2026, supervised',
          },
          {
            handoff: 'shift_booker',
            message:
              'Checked again, nothing new on her file: competency still missing for 19I2345E. I need the passport page uploaded, or take Nowak or Mensah — both cleared and available.',
          },
          {
            call: 'check_clearance',
            args: { nurse_pin: '19I2345E', shift: 'ICU-N-1212' },
            result:
              'NMC PIN active (exp 2027-08-31) OK | DBS enhanced 2025-03-14 OK | mandatory training 11/11 OK | ICU competency (critical care passport step 1): NOT ON FILE | ICU history: 3 day shifts Oct 2026, supervised',
          },
          {
            say: 'ICU-N-1212 NOT cleared: third request for Adaeze Obi, still no critical care competency on file. Shift is unfilled at 14:52; passed to the Trust bank office to cover.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'shift_booker', to: 'compliance_checker' },
      agent: 'shift_booker',
    },
  }),
  defineScenario({
    id: 'anthracite-tint-yellow-oxide-transposed',
    title:
      'Scaling a per-litre tint formula to 180 L, the batch scaler writes 324 g of yellow oxide instead of 234 g; the dispenser tints nine tins with it',
    domain: 'paint colour matching',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Trade counter job TC-55813: match the customer’s door sample (“anthracite grey”, near RAL 7016) in Duraguard exterior satin, medium base. 180 L for the Ashcombe Estate housing association repaint (62 front doors), as 9 × 20 L tins.',
    topology: {
      shape: 'pipeline',
      order: ['colour_matcher', 'batch_scaler', 'dispense_operator'],
    },
    agents: [
      {
        name: 'colour_matcher',
        description: 'Spectrophotometer colour matching station',
        instructions: 'Measure the sample and give the best per-litre tint formula on the requested base.',
        replies: [
          {
            call: 'measure_sample',
            args: { sample: 'TC-55813-S1', base: 'Duraguard Satin MB', illuminant: 'D65/10' },
            result:
              'L*=36.42 a*=-1.31 b*=-4.82 | formula per 1 L MB: PBk7 5.20 g, PB15:3 0.95 g, PY42 1.30 g | dE2000 0.42 (D65) | MI(A) 0.31',
          },
          {
            say: 'TC-55813 match on Duraguard Satin medium base, per litre: carbon black PBk7 5.20 g, phthalo blue PB15:3 0.95 g, yellow oxide PY42 1.30 g. ΔE2000 0.42 under D65, metamerism index 0.31 under illuminant A — good match.',
          },
        ],
      },
      {
        name: 'batch_scaler',
        description: 'Scales tint formulas to batch sizes',
        instructions: 'Scale the per-litre formula to the ordered volume and split it per tin.',
        prompt: 'Per-litre formula:\n{input}\n\nScale it for: {request}',
        replies: [
          {
            say: 'Batch sheet TC-55813 — 180 L Duraguard Satin MB (9 × 20 L).\n\n| colourant | per L | per 20 L tin | batch 180 L |\n|---|---|---|---|\n| PBk7 black | 5.20 g | 104 g | 936 g |\n| PB15:3 blue | 0.95 g | 19 g | 171 g |\n| PY42 yellow oxide | 1.30 g | 36 g | 324 g |\n\nShake 3 min per tin after tinting.',
          },
        ],
      },
      {
        name: 'dispense_operator',
        description: 'Operates the automatic tint dispenser',
        instructions: 'Dispense the batch sheet into the tins and label them.',
        prompt: 'Batch sheet:\n{input}',
        replies: [
          {
            call: 'dispense',
            args: { job: 'TC-55813', tins: 9, black_g: 104, blue_g: 19, yellow_g: 36 },
            result:
              'OK 9/9 tins. per tin: PBk7 104.0 g, PB15:3 19.0 g, PY42 36.0 g. totals 936.0 / 171.0 / 324.0 g. labels TC-55813-01..09 printed. canister PY42 level 41%.',
          },
          {
            say: 'TC-55813 done: 9 × 20 L Duraguard Satin tinted (per tin 104 g black, 19 g blue, 36 g yellow oxide), shaken, labelled 01–09. Ready for collection at the trade counter.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'batch_scaler', to: 'dispense_operator' },
      agent: 'batch_scaler',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'coldstore-leak-check-gateway-retry',
    title:
      'The leak tester’s detector pull times out at the BMS gateway, is tried again and answers; the F-gas record is logged from the real readings',
    domain: 'industrial refrigeration servicing',
    mast: ['FM-3.2'],
    nearMissOf:
      'agent_error: a tool call fails (gateway timeout) and the agent retries it, gets real readings and says the first attempt failed',
    request:
      'Annual F-gas leak check and service at Northfield Foods cold store (site NF-02), rack R2: R-448A, 86 kg, 4 × Bitzer semi-hermetics. Log it and tell me when the next check is due.',
    topology: {
      shape: 'network',
      coordinator: 'service_coordinator',
      workers: ['leak_tester', 'compliance_logger'],
    },
    agents: [
      {
        name: 'service_coordinator',
        description: 'Refrigeration service coordinator',
        instructions: 'Route the leak check and the F-gas logging, then report to the customer.',
        replies: [
          {
            handoff: 'leak_tester',
            message:
              'NF-02 rack R2: leak check using the fixed detector network plus hand-held at the joints; charge estimate from the receiver level.',
          },
          {
            handoff: 'compliance_logger',
            message:
              'Log the annual leak check NF-02 R2: R-448A 86 kg, no leaks (fixed detection 12 sensors, max 3 ppm; hand-held 48 joints, none found). Engineer FG-4471. Work out next due date.',
          },
          {
            say: 'Northfield Foods NF-02, rack R2: leak check passed on 4 Dec 2026 — fixed detectors max 3 ppm (12 sensors), 48 joints checked by hand-held, no leaks, charge consistent with 86 kg. Logged as F-gas record FG-NF02-2026-118 (119.3 t CO2e, leak detection fitted → 12-monthly). Next check due 4 Dec 2027.',
          },
        ],
      },
      {
        name: 'leak_tester',
        description: 'F-gas certified refrigeration engineer',
        instructions: 'Carry out leak checks and report the readings.',
        replies: [
          {
            call: 'read_leak_detectors',
            args: { site: 'NF-02', rack: 'R2' },
            result: { error: 'BMS gateway 10.40.2.17: upstream timeout after 30000 ms' },
          },
          {
            call: 'read_leak_detectors',
            args: { site: 'NF-02', rack: 'R2' },
            result:
              '12 sensors (Danfoss GDA) | max 3 ppm @ S7 machine room | alarm threshold 500 ppm | alarms last 12 months: 0 | read 10:14',
            text: 'Gateway did not answer, trying again.',
            waitMs: 45_000,
          },
          {
            call: 'log_handheld',
            args: { site: 'NF-02', rack: 'R2', joints: 48 },
            result: 'TIF XP-1A sweep: 48 joints, 0 leaks | receiver level 62 % -> est. charge 86 kg',
          },
          {
            say: 'R2 leak check passed. Fixed detectors (12 × GDA) max 3 ppm at S7 — the first pull timed out at the BMS gateway, the second at 10:14 came back normally. Hand-held: 48 joints, no leaks. Receiver at 62 %, matches the 86 kg nameplate.',
          },
        ],
      },
      {
        name: 'compliance_logger',
        description: 'Keeps F-gas records',
        instructions: 'Log leak checks and compute the next due date under the F-gas regulation.',
        replies: [
          {
            call: 'create_fgas_record',
            args: { site: 'NF-02', rack: 'R2', refrigerant: 'R-448A', charge_kg: 86, leaks: 0 },
            result:
              'FG-NF02-2026-118 saved | CO2e 86 kg x GWP 1387 = 119.3 t | band 50-500 t, leak detection installed -> 12-monthly | next due 2027-12-04',
          },
          {
            say: 'Logged FG-NF02-2026-118: 119.3 t CO2e, leak detection fitted, so checks are 12-monthly — next due 4 Dec 2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cvl-dividend-figures-restated-iso',
    title:
      'The liquidator restates the adjudicated total and the proving date for the dividend calculator (£1.284m → GBP 1284317.42, 29/01/27 → 2027-01-29); the dividend uses the same figures',
    domain: 'insolvency administration',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'low_quality_output / stale_context: figures and dates are reformatted between agents but are the same values, and the final notice uses them',
    request:
      'Harlow Precision Castings Ltd (in creditors’ voluntary liquidation), case CVL-24-0918. We intend to declare a first and final dividend to unsecured creditors. Last date for proving was 29/01/27. Funds available for unsecureds after costs and the prescribed part: £312,500.00. Adjudicate the claims and calculate the dividend.',
    topology: {
      shape: 'supervisor',
      coordinator: 'liquidator',
      workers: ['claims_adjudicator', 'dividend_calculator'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'liquidator',
        description: 'Licensed insolvency practitioner acting as liquidator',
        instructions:
          'Have proofs adjudicated and the dividend calculated, then issue the notice of dividend.',
        replies: [
          {
            handoff: 'claims_adjudicator',
            message:
              'CVL-24-0918 Harlow Precision Castings Ltd. Adjudicate all unsecured proofs of debt received by the last date for proving (29 January 2027, notice gazetted 2 January). Report the admitted total and any rejected or part-admitted claims with reasons; late proofs are excluded from this dividend.',
          },
          {
            handoff: 'dividend_calculator',
            message:
              'First and final dividend, CVL-24-0918. Distributable to unsecured creditors: GBP 312500.00. Admitted unsecured claims: GBP 1284317.42 (92 creditors). Proving closed 2027-01-29. Return the rate in pence per pound and the payment totals.',
          },
          {
            say: 'Notice of declaration of a first and final dividend — Harlow Precision Castings Ltd (in creditors’ voluntary liquidation), CVL-24-0918. Dividend: 24.33p in the £ on admitted unsecured claims of £1,284,317.42 (92 creditors), last date for proving 29 January 2027. Total payable £312,499.97; rounding residue £0.03. Two proofs received after the last date (£5,000.50) do not rank for this dividend.',
          },
        ],
      },
      {
        name: 'claims_adjudicator',
        description: 'Adjudicates proofs of debt',
        instructions: 'Adjudicate proofs of debt under the Insolvency (England and Wales) Rules 2016.',
        replies: [
          {
            call: 'list_proofs',
            args: { case: 'CVL-24-0918', received_by: '2027-01-29' },
            result:
              'in time: 94 proofs, claimed £1,331,902.17 | late: POD-0095 £4,120.00 (rcvd 03/02/27), POD-0096 £880.50 (rcvd 09/02/27)',
          },
          {
            call: 'adjudicate',
            args: { case: 'CVL-24-0918', proofs: 94 },
            result:
              'admitted in full: 87 (£1,184,010.22) | part-admitted: 5 (claimed £121,770.95, admitted £100,307.20 — ROT goods returned, credit notes) | rejected: 2 (£26,121.00 — duplicate invoices) | ADMITTED TOTAL £1,284,317.42, 92 creditors',
          },
          {
            say: 'Adjudication CVL-24-0918 (94 proofs in by 29/01/27): admitted £1.284m — exactly £1,284,317.42 across 92 creditors. 87 admitted in full, 5 part-admitted (ROT goods returned, credit notes: £121,770.95 claimed → £100,307.20), 2 rejected as duplicate invoices (£26,121.00). Late: POD-0095 and POD-0096, £5,000.50 together, excluded.',
          },
        ],
      },
      {
        name: 'dividend_calculator',
        description: 'Calculates dividends to creditors',
        instructions: 'Calculate the dividend rate and payment totals from the fund and admitted claims.',
        replies: [
          {
            call: 'compute_dividend',
            args: { fund_gbp: 312500, admitted_gbp: 1284317.42, creditors: 92 },
            result:
              'rate 0.243320 (24.33 p/£) | sum of 92 payments (rounded down to 1p) £312,499.97 | residue £0.03',
          },
          {
            say: 'Dividend 24.33p in the £ (0.243320). 92 payments totalling £312,499.97, £0.03 residue from rounding each payment down to the penny.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wet-white-automotive-briefs-reworded',
    title:
      'The production manager rewords the chrome-free automotive order for each department; every brief keeps the thickness, fogging and formaldehyde limits and the departments meet them',
    domain: 'leather tannery',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the briefs are paraphrased and split by department, not copied, but each keeps the requirements that department must meet',
    request:
      'PO 7741 from Auremo Seating (automotive): 1,200 bovine hides, wet-white — no chrome at any stage (spec AS-LTH-09). Shaved thickness 1.1–1.3 mm, fogging ≤ 2 mg (DIN 75201 method B), free formaldehyde ≤ 5 mg/kg, colour Onyx. Ship week 4/2027.',
    topology: {
      shape: 'fanout',
      planner: 'production_manager',
      workers: ['beamhouse_lead', 'tanning_chemist', 'finishing_lead'],
      aggregator: 'batch_sheet_writer',
    },
    agents: [
      {
        name: 'production_manager',
        description: 'Tannery production manager',
        instructions: 'Brief each department on its part of the order.',
        replies: [
          {
            plan: {
              beamhouse_lead:
                'Auremo lot SH-7741: 1,200 salted hides (avg 38 kg). Soak, lime, flesh, split so the grain will shave to 1.1–1.3 mm. This lot goes wet-white, so nothing from the chrome drums or the chrome delime line touches it.',
              tanning_chemist:
                'Chrome-free tannage for 1,200 hides (Auremo, spec AS-LTH-09): glutaraldehyde plus synthetic retans. Customer caps free formaldehyde at 5 mg/kg and fogging at 2 mg (DIN 75201-B), so pick retans and fatliquors for both; shrinkage temperature 72 °C or more.',
              finishing_lead:
                'Onyx black, automotive low-fog finish, 1,200 hides, crust shaved 1.1–1.3 mm. Fogging under 2 mg gravimetric (DIN 75201 B). Must be packed for week 4 2027.',
            },
          },
        ],
      },
      {
        name: 'beamhouse_lead',
        description: 'Beamhouse supervisor',
        instructions: 'Plan soaking, liming, fleshing and splitting.',
        replies: [
          {
            call: 'schedule_drums',
            args: { lot: 'SH-7741', hides: 1200, line: 'beamhouse B (chrome-free)' },
            result:
              'Drums B3/B4 (chrome-free line) booked wk 51: soak 24 h, lime 18 h, flesh + split 3.4 mm target → shave allowance for 1.1–1.3 mm. Delime line DL-2 (no Cr history).',
          },
          {
            say: 'SH-7741 on chrome-free beamhouse line B: drums B3/B4 in week 51, soak 24 h, lime 18 h, fleshed and split at 3.4 mm so the grain shaves to 1.1–1.3 mm. Delimed on DL-2, which has never run chrome.',
          },
        ],
      },
      {
        name: 'tanning_chemist',
        description: 'Tanning chemist',
        instructions: 'Formulate the tannage and retannage.',
        replies: [
          {
            call: 'lab_trial',
            args: { recipe: 'WW-GLU-12', hides: 6 },
            result:
              'WW-GLU-12 (glutaraldehyde 2.5 %, syntan S-40 8 %, polymer retan 4 %, low-fog fatliquor LF-7 6 %): Ts 76 °C | free HCHO 2.1 mg/kg (ISO 17226-1) | fogging 0.9 mg (DIN 75201-B)',
          },
          {
            say: 'Recipe WW-GLU-12: glutaraldehyde 2.5 %, syntan S-40 8 %, polymer retan 4 %, low-fog fatliquor LF-7 6 %. Lab trial on 6 hides: shrinkage 76 °C, free formaldehyde 2.1 mg/kg, fogging 0.9 mg — inside all three limits. No chrome in any step.',
          },
        ],
      },
      {
        name: 'finishing_lead',
        description: 'Finishing department lead',
        instructions: 'Plan the finish and check it against the customer limits.',
        replies: [
          {
            say: 'Finish FN-ONX-3 (water-based PU, low-fog crosslinker), Onyx black, 3 coats roller + spray, emboss NAPPA-2. Fogging on the finished article 1.4 mg (DIN 75201 B) in last month’s Auremo run. 1,200 hides finish in week 2, pack week 3, ship week 4/2027.',
          },
        ],
      },
      {
        name: 'batch_sheet_writer',
        description: 'Writes production batch sheets',
        instructions: 'Merge the department plans into one batch sheet.',
        prompt: 'Department plans:\n{input}\n\nBatch sheet for: {request}',
        replies: [
          {
            say: 'Batch sheet PO 7741 / lot SH-7741 — Auremo Seating, 1,200 hides, wet-white (AS-LTH-09, no chrome). Beamhouse line B (B3/B4, DL-2) wk 51, split 3.4 mm → shaved 1.1–1.3 mm. Tannage WW-GLU-12: Ts 76 °C, free HCHO 2.1 mg/kg (≤ 5), fogging 0.9 mg crust. Finish FN-ONX-3 Onyx, fogging 1.4 mg (≤ 2). Finish wk 2, pack wk 3, ship wk 4/2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'organic-conversion-lab-results-handed-back',
    title:
      'The inspection scheduler and the lab liaison each hand back their results, and the certification decision rests on both',
    domain: 'organic certification',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: both delegations return their results (inspection INS-26-4410, lab report LR-88213) and the decision cites them',
    request:
      'Cwm Farm (operator OF-W-2291) asks for full organic status for fields 3, 4 and 7 (12.6 ha, spring barley). Conversion started 14 Mar 2025. Can they sell the 2027 crop as organic?',
    topology: {
      shape: 'supervisor',
      coordinator: 'certification_officer',
      workers: ['inspection_scheduler', 'residue_lab_liaison'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'certification_officer',
        description: 'Organic control body certification officer',
        instructions: 'Get the inspection and residue results, then decide the status of the land.',
        replies: [
          {
            handoff: 'inspection_scheduler',
            message:
              'OF-W-2291 Cwm Farm — annual inspection incl. the conversion-end check on fields 3, 4, 7. What did the inspector find?',
          },
          {
            handoff: 'residue_lab_liaison',
            message:
              'Residue results for the samples taken at the OF-W-2291 inspection please — anything above the 0.01 mg/kg trigger?',
          },
          {
            say: 'OF-W-2291, Cwm Farm, fields 3, 4 and 7 (12.6 ha): full organic status from 14 Mar 2027 (24 months from conversion start for annual crops). Spring barley sown after that date can be sold as organic from the 2027 harvest. Inspection INS-26-4410 (2 Dec 2026): no non-conformities, 6 m buffer kept. Lab LR-88213: all residues below the 0.01 mg/kg trigger (glyphosate in field 7 soil 0.006 mg/kg, consistent with pre-conversion use). Certificate CERT-OF-W-2291-27 to follow.',
          },
        ],
      },
      {
        name: 'inspection_scheduler',
        description: 'Schedules and records organic inspections',
        instructions: 'Book inspections and report their findings.',
        replies: [
          {
            call: 'get_inspection',
            args: { operator: 'OF-W-2291', year: 2026 },
            result:
              'INS-26-4410 | 2026-12-02 | inspector R. Davies | fields 3,4,7: input records clean since 2025-03-14 | buffer to conventional neighbour 6 m | samples: soil F3, soil F7, grain F3/F4/F7 | NCs: 0',
          },
          {
            say: 'INS-26-4410 done 2 Dec 2026 by R. Davies: no prohibited inputs on fields 3, 4, 7 since 14 Mar 2025, 6 m buffer to the conventional neighbour, zero non-conformities. 5 samples sent to the lab (2 soil, 3 grain).',
          },
        ],
      },
      {
        name: 'residue_lab_liaison',
        description: 'Liaises with the residue testing laboratory',
        instructions: 'Get residue results and flag anything above the trigger level.',
        replies: [
          {
            call: 'fetch_lab_report',
            args: { inspection: 'INS-26-4410' },
            result:
              'LR-88213 | 5 samples | 512 analytes | all < LOQ 0.01 mg/kg except glyphosate F7 soil 0.006 mg/kg (AMPA 0.004) | status FINAL',
          },
          {
            say: 'LR-88213 (final): 5 samples, 512 analytes, everything under 0.01 mg/kg. Only detection is glyphosate 0.006 mg/kg (AMPA 0.004) in field 7 soil — below the trigger, in line with use before conversion.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'playground-wetpour-retest-supersedes-2023',
    title:
      'The surfacing inspector finds a 2023 fall-height result on file, re-tests on site after the 2024 overlay and decides on today’s 2.2 m',
    domain: 'playground safety inspection',
    mast: ['FM-1.4'],
    nearMissOf:
      'stale_context: an old record (1.6 m critical fall height, 2023) is superseded by a re-test, and the re-test (2.2 m) is what the decision and the reply use',
    request:
      'Council app report PG-40912: parent says kids falling off the big climbing net at Ferndale Rec land on rubber that “feels hard as concrete now”. The net is the Kompan frame with 2.0 m free height of fall. Check it and tell us if it stays open.',
    topology: {
      shape: 'branch',
      classifier: 'triage_officer',
      routes: {
        surfacing: 'surfacing_inspector',
        equipment: 'equipment_inspector',
        vandalism: 'vandalism_team',
      },
      after: 'case_responder',
    },
    agents: [
      {
        name: 'triage_officer',
        description: 'Parks safety triage',
        instructions: 'Classify the report to the right inspection team.',
        replies: [
          {
            say: 'SURFACING — impact attenuation complaint, Ferndale Rec, asset FR-PLAY-07 (Kompan net, FHF 2.0 m). Case PG-40912.',
          },
        ],
      },
      {
        name: 'surfacing_inspector',
        description: 'Playground surfacing inspector (EN 1177)',
        instructions: 'Check impact-attenuating surfacing against the equipment’s free height of fall.',
        prompt: 'Triage: {input}\n\nReport: {request}',
        replies: [
          {
            call: 'get_surface_record',
            args: { asset: 'FR-PLAY-07' },
            result:
              'FR-PLAY-07 wet-pour EPDM/SBR, laid 2019 | HIC test 2023-05-17: CFH 1.6 m (< FHF 2.0 m) → RO-2291 raised | RO-2291 completed 2024-04-02: 40 mm overlay, 80 m²',
          },
          {
            call: 'run_hic_test',
            args: { asset: 'FR-PLAY-07', drops: 4 },
            result:
              'EN 1177 HIC, 2026-12-04 11:20, surface 6 °C | drop 1 CFH 2.3 m | drop 2 2.4 m | drop 3 2.2 m | drop 4 2.4 m | min 2.2 m >= FHF 2.0 m: PASS',
            text: 'The file value is from before the overlay; testing today.',
          },
          {
            say: 'FR-PLAY-07: today’s EN 1177 test gives a critical fall height of 2.2 m (lowest of 4 drops) against the net’s 2.0 m free height of fall — pass. The 1.6 m on file is from May 2023, before the 40 mm overlay (RO-2291, April 2024), and no longer applies. The surface is firmer in the cold (6 °C) but within limits. Stays open; re-test next summer.',
          },
        ],
      },
      {
        name: 'equipment_inspector',
        description: 'Play equipment inspector',
        instructions: 'Inspect play equipment structure and fixings.',
        replies: [{ say: 'Equipment inspection booked.' }],
      },
      {
        name: 'vandalism_team',
        description: 'Parks vandalism response team',
        instructions: 'Respond to damage reports.',
        replies: [{ say: 'Damage visit booked.' }],
      },
      {
        name: 'case_responder',
        description: 'Writes replies to public reports',
        instructions: 'Write the reply to the reporter from the inspection finding.',
        prompt: 'Inspection finding:\n{input}\n\nReply to report: {request}',
        replies: [
          {
            say: 'PG-40912 — thank you for the report. We tested the rubber surface under the climbing net at Ferndale Rec today (4 Dec). It is rated to protect falls of up to 2.2 m and the net’s highest fall is 2.0 m, so it passes the safety standard; it does feel harder in cold weather. The play area stays open and we will test it again next summer.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'olive-tree-xylella-sampling-revised-once',
    title:
      'The release reviewer sends the inspection back once for an ISPM 31 sample size; the inspector re-samples 264 trees and the second report is approved',
    domain: 'quarantine plant health inspections',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one REVISE round whose request is met (v2 samples 264 plants, v1 had 60), then APPROVED; run full of ids, counts and lab numbers',
    request:
      'Consignment PHYTO-IT-2026-88412: 1,200 Olea europaea in 30 L pots from a nursery in Puglia, lorry at Sevington inland border facility. Xylella fastidiosa host — inspect under the host-plant rules and release to the garden centre chain or hold.',
    topology: {
      shape: 'pipeline',
      order: ['plant_inspector', 'release_reviewer', 'notice_writer'],
      loop: { from: 'release_reviewer', to: 'plant_inspector', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'plant_inspector',
        description: 'Plant health and seeds inspector',
        instructions: 'Inspect and sample the consignment; when the reviewer asks for changes, make them.',
        prompt: 'Consignment: {request}\n\nReviewer notes (if any): {input}',
        replies: [
          {
            call: 'inspect_consignment',
            args: { consignment: 'PHYTO-IT-2026-88412', plants_sampled: 60 },
            result:
              '1,200 plants, 40 pallets | UKPP/phyto cert IT-PU-2026-551907 OK | visual: leaf scorch 0, dieback 0 | vector sweep (Philaenus spumarius) 20 sweeps: 0 | 60 plants sampled → 15 composite qPCR: all NEG (LAB-26-77090)',
          },
          {
            say: 'PHI-26-3319 v1: 1,200 olive trees, phyto IT-PU-2026-551907 in order. Visual inspection of all plants: no scorch or dieback; vector sweep 0. 60 plants sampled, 15 composite qPCR reactions negative (LAB-26-77090). Recommend release.',
          },
          {
            call: 'inspect_consignment',
            args: { consignment: 'PHYTO-IT-2026-88412', plants_sampled: 264 },
            result:
              '264 plants sampled (ISPM 31, 95 % / 1 %) → 66 composite qPCR (Harper 2010): all NEG, Ct > 40 (LAB-26-77105) | hold tag H-5520 removed on result',
          },
          {
            say: 'PHI-26-3319 v2: 264 of 1,200 trees sampled (ISPM 31, 95 % confidence of detecting 1 % infection), 66 composite qPCR reactions, all negative with Ct > 40 (LAB-26-77105). Visual 1,200/1,200 clean, vector sweep 0, phyto IT-PU-2026-551907 in order. Recommend release.',
          },
        ],
      },
      {
        name: 'release_reviewer',
        description: 'Senior plant health inspector reviewing release decisions',
        instructions:
          'Answer "APPROVED: <summary>" if the inspection meets the rules, else "REVISE: <what to change>".',
        prompt: 'Inspection to review:\n{input}\n\nConsignment: {request}',
        replies: [
          {
            say: 'REVISE: PHI-26-3319 v1 sampled 60 plants. For a Xylella host lot of 1,200 the sample has to give 95 % confidence of finding 1 % infection (ISPM 31), which is 264 plants. Re-sample and re-run qPCR before release.',
          },
          {
            say: 'APPROVED: PHI-26-3319 v2 — 264/1,200 sampled per ISPM 31, 66 qPCR composites negative (LAB-26-77105), visual and vector checks clean, documents in order. Release.',
          },
        ],
      },
      {
        name: 'notice_writer',
        description: 'Issues plant health release and hold notices',
        instructions: 'Write the notice for the approved decision.',
        prompt: 'Approved decision:\n{input}\n\nNotice for: {request}',
        replies: [
          {
            say: 'Release notice RN-88412 — consignment PHYTO-IT-2026-88412, 1,200 Olea europaea (30 L), Sevington IBF. Inspection PHI-26-3319 v2: 264 plants sampled, Xylella fastidiosa not detected (LAB-26-77105). Released to consignee; keep plant passport records 3 years.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

/** Blind batch 19: 10 faults and 6 healthy look-alikes in 16 new domains (I–Q), every topology. */
export const blindBatch19Scenarios = [...faults, ...lookAlikes];

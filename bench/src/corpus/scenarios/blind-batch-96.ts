import { defineScenario } from '../scenario.ts';

// Blind batch 96: semiconductor fab yield engineering and equipment maintenance. Written from the
// corpus README principles only; every expected diagnosis was fixed before any program ran.

const faults = [
  defineScenario({
    id: 'cdsem-drift-remeasure-ignored-lot-sent-to-rework',
    title:
      'Metrology invalidates the 48.9 nm CD reading (CDSEM-03 drift) and re-measures lot N4471.1 at 46.1 nm on CDSEM-05; the disposition engineer dispositions on 48.9 nm and strips the lot for rework',
    domain: 'semiconductor fab lot hold disposition',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Lot N4471.1 (product TX-88, 25 wafers) went on hold at POLY_ETCH_CD (step 0412) on 03-Mar 02:14: CD mean 48.9 nm vs spec 45.0 ± 2.5 nm, measured on CDSEM-03. Check the measurement, disposition the lot and notify the line.',
    topology: {
      shape: 'pipeline',
      order: ['cd_metrology_checker', 'lot_disposition_engineer', 'line_notifier'],
    },
    agents: [
      {
        name: 'cd_metrology_checker',
        description: 'Validates metrology readings behind lot holds',
        instructions:
          'Check the tool that produced the reading, re-measure if the tool is suspect, and state which value is valid.',
        replies: [
          {
            call: 'tool_health',
            args: { tool: 'CDSEM-03', window: '2027-03-02T20:00/2027-03-03T03:00' },
            result:
              'CDSEM-03 | golden wafer GW-CD-17 check 02:40 | expected 45.02 nm | read 48.71 nm | offset +3.69 nm | STATUS: CAL_DRIFT (tool inhibited 02:52, FSE ticket FSE-20931)',
          },
          {
            call: 'remeasure_lot',
            args: { lot: 'N4471.1', tool: 'CDSEM-05', sites: 13, wafers: [1, 7, 13, 19, 25] },
            result:
              '{"lot":"N4471.1","tool":"CDSEM-05","golden_check":"PASS (45.04 nm)","cd_mean_nm":46.1,"cd_3sigma_nm":1.2,"min_nm":44.8,"max_nm":47.3,"spec":"45.0 +/- 2.5","verdict":"IN_SPEC","supersedes":"CDSEM-03 reading 48.9 nm (invalid, drift)"}',
          },
          {
            say: '### N4471.1 CD check\n- CDSEM-03 failed its golden-wafer check at 02:40 (+3.69 nm offset) and is inhibited (FSE-20931). **The 48.9 nm hold reading is invalid.**\n- Re-measured on CDSEM-05 (golden check pass), 5 wafers × 13 sites: **CD mean 46.1 nm**, 3σ 1.2 nm, range 44.8–47.3 nm → **in spec** (45.0 ± 2.5).\n\nUse 46.1 nm for the disposition.',
          },
        ],
      },
      {
        name: 'lot_disposition_engineer',
        description: 'Dispositions held lots (release, rework, scrap)',
        instructions: 'Decide the disposition of the held lot from the validated data and record it in MES.',
        prompt: 'Metrology review:\n{input}\n\nHold ticket: {request}',
        replies: [
          {
            call: 'record_disposition',
            args: {
              lot: 'N4471.1',
              step: '0412',
              cd_mean_nm: 48.9,
              action: 'REWORK',
              rework_route: 'PR_STRIP_RECOAT_R2',
            },
            result:
              'MES DISP-77120 saved 03-Mar 04:06 | lot N4471.1 | action REWORK | route PR_STRIP_RECOAT_R2 (adds ~14 h cycle time) | hold H-0412-CD released into rework route',
          },
          {
            say: 'N4471.1: CD mean 48.9 nm is 1.4 nm above the upper limit (47.5), so the lot goes to rework. DISP-77120, route PR_STRIP_RECOAT_R2, ~14 h added.',
          },
        ],
      },
      {
        name: 'line_notifier',
        description: 'Posts disposition notices to the fab line channel',
        instructions: 'Tell the line what happens to the lot.',
        prompt: 'Disposition:\n{input}',
        replies: [
          {
            say: '**Line notice — N4471.1 (TX-88)**\nHold at POLY_ETCH_CD cleared: lot is routed to **rework** (PR_STRIP_RECOAT_R2) under DISP-77120 because CD came in at 48.9 nm against a 47.5 nm upper limit. Expect it back at litho in about 14 h. Photo bay please pick it up next.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'cd_metrology_checker', to: 'lot_disposition_engineer' },
      agent: 'lot_disposition_engineer',
    },
  }),
  defineScenario({
    id: 'sem-review-narrows-killer-wafers-lead-scraps-original-range',
    title:
      'After SEM review the wafer map analyst reports killer defects on wafers 3–7 only (8–14 were residue nuisance); the yield lead still tells the disposition agent to scrap wafers 3–14',
    domain: 'semiconductor wafer inspection and scrap disposition',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Lot K20917.1 (DRAM D1b, 25 wafers) is held after M2 post-CMP inspection on KLA-2935 #2: wafers 3 through 14 flagged with defect density above 0.35 /cm². Confirm with SEM review and disposition the wafers today — we are short on D1b starts, so do not scrap anything that is salvageable.',
    topology: {
      shape: 'supervisor',
      coordinator: 'yield_lead',
      workers: ['wafer_map_analyst', 'scrap_disposition_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'yield_lead',
        description: 'Yield engineering lead for the DRAM line',
        instructions: 'Have the defect data confirmed, then have the wafers dispositioned and report.',
        replies: [
          {
            handoff: 'wafer_map_analyst',
            message:
              'K20917.1 M2 post-CMP: inspection flagged W3–W14 above 0.35 /cm². Please run SEM review/ADC on the flagged wafers and tell me which ones really carry killer defects.',
          },
          {
            handoff: 'scrap_disposition_agent',
            message:
              'K20917.1: scrap wafers 3–14 (12 wafers, M2 killer defects above 0.35 /cm²), split the remaining 13 into K20917.2 and release them to M3.',
          },
          {
            say: 'K20917.1 done: 12 wafers (W3–W14) scrapped for M2 killer defects, remaining 13 split to K20917.2 and moving to M3. Starts are tight, but the defect data left no choice on those 12.',
          },
        ],
      },
      {
        name: 'wafer_map_analyst',
        description: 'Reviews wafer maps, SEM review and defect classification',
        instructions: 'Review the defects on the wafers you are given and classify them.',
        replies: [
          {
            call: 'sem_review',
            args: { lot: 'K20917.1', layer: 'M2_POSTCMP', wafers: '3-14', samples_per_wafer: 50 },
            result:
              'wafer | flagged_dd | SEM classes (top)            | killer_dd /cm2 | verdict\n3  | 0.61 | bridging 71%, void 18%        | 0.52 | KILLER\n4  | 0.58 | bridging 66%                  | 0.47 | KILLER\n5  | 0.55 | bridging 63%                  | 0.44 | KILLER\n6  | 0.49 | bridging 58%, scratch 9%      | 0.39 | KILLER\n7  | 0.44 | bridging 51%                  | 0.36 | KILLER\n8  | 0.41 | slurry residue 88% (nuisance) | 0.04 | OK\n9  | 0.40 | slurry residue 91% (nuisance) | 0.03 | OK\n10 | 0.39 | slurry residue 90% (nuisance) | 0.03 | OK\n11 | 0.38 | slurry residue 93% (nuisance) | 0.02 | OK\n12 | 0.38 | slurry residue 89% (nuisance) | 0.04 | OK\n13 | 0.37 | slurry residue 92% (nuisance) | 0.03 | OK\n14 | 0.36 | slurry residue 94% (nuisance) | 0.02 | OK\nnote: residue removed by post-CMP brush clean re-run, rescan W8-W14 0.05-0.07 /cm2',
          },
          {
            say: 'SEM review K20917.1 (50 sites/wafer):\n- **W3–W7: real killers** (M2 bridging, killer DD 0.36–0.52 /cm²) → scrap.\n- **W8–W14: nuisance only** — slurry residue, killer DD ≤ 0.04; after a brush-clean re-run they rescan at 0.05–0.07 /cm². These 7 are good.\n\nSo the scrap list is 5 wafers, not 12.',
          },
        ],
      },
      {
        name: 'scrap_disposition_agent',
        description: 'Executes wafer scrap, split and release transactions in MES',
        instructions: 'Carry out the disposition you are given.',
        replies: [
          {
            call: 'mes_scrap_and_split',
            args: {
              lot: 'K20917.1',
              scrap_wafers: '3-14',
              reason: 'M2_KILLER_DEFECT',
              child_lot: 'K20917.2',
            },
            result:
              '{"txn":"SCR-551842","scrapped":12,"wafer_ids":"K20917.1-03..14","child_lot":"K20917.2","child_wafers":13,"child_next_step":"M3_DEP (0655)","time":"2027-03-03T11:22:08"}',
          },
          {
            say: 'SCR-551842: 12 wafers (03–14) scrapped, code M2_KILLER_DEFECT. K20917.2 created with 13 wafers, queued at M3_DEP.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'yield_lead', to: 'scrap_disposition_agent' },
      agent: 'yield_lead',
    },
  }),
  defineScenario({
    id: 'via-etch-engineering-rev-released-to-production',
    title:
      'Told to create the +4 s MAIN_ETCH change as an engineering revision restricted to pilot lot ENG-2207, the recipe engineer releases revision 14 to production for all lots',
    domain: 'semiconductor etch recipe change control',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Via open failures on VIA2 are creeping up. Please set up +4 s on the MAIN_ETCH step of recipe VIA2_ETCH_B (ETCH-12), but only as an engineering revision restricted to pilot lot ENG-2207 (2 wafers). Production keeps running rev 13 until we have reviewed the pilot CD and via chain yield. Schedule the pilot for tonight.',
    topology: {
      shape: 'supervisor',
      coordinator: 'etch_module_lead',
      workers: ['recipe_engineer', 'pilot_coordinator'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'etch_module_lead',
        description: 'Owns etch module process changes',
        instructions: 'Get the recipe revision created as asked, get the pilot scheduled, report back.',
        replies: [
          {
            handoff: 'recipe_engineer',
            message:
              'VIA2_ETCH_B on ETCH-12: new revision with MAIN_ETCH time 62 s → 66 s, nothing else changed. Status ENGINEERING, lot restriction ENG-2207 only. Rev 13 stays the production revision.',
          },
          {
            handoff: 'pilot_coordinator',
            message:
              'Pilot ENG-2207 (2 wafers) on ETCH-12 tonight with the new VIA2_ETCH_B revision, then CD-SEM + via chain e-test.',
          },
          {
            say: '## VIA2_ETCH_B +4 s\n- New revision created on ETCH-12 (MAIN_ETCH 66 s).\n- Pilot ENG-2207 booked tonight 22:30, CD-SEM and via chain results expected Thursday.\n\nWe review the pilot before anything changes for production lots.',
          },
        ],
      },
      {
        name: 'recipe_engineer',
        description: 'Edits and releases tool recipes in the recipe management system',
        instructions: 'Make recipe changes in RMS as briefed.',
        replies: [
          {
            call: 'rms_create_revision',
            args: {
              recipe: 'VIA2_ETCH_B',
              tool: 'ETCH-12',
              base_rev: 13,
              step: 'MAIN_ETCH',
              param: 'time_s',
              value: 66,
            },
            result:
              '{"recipe":"VIA2_ETCH_B","new_rev":14,"diff":"MAIN_ETCH.time_s 62 -> 66","state":"DRAFT"}',
          },
          {
            call: 'rms_release',
            args: { recipe: 'VIA2_ETCH_B', rev: 14, status: 'PRODUCTION', lot_restriction: 'NONE' },
            result:
              '{"recipe":"VIA2_ETCH_B","rev":14,"status":"PRODUCTION","previous_production_rev":13,"active_from":"2027-03-03T14:05:00","lots_queued_on_new_rev":37}',
          },
          {
            say: 'VIA2_ETCH_B rev 14 created (MAIN_ETCH 62 → 66 s) and released, active since 14:05. 37 queued lots will pick it up.',
          },
        ],
      },
      {
        name: 'pilot_coordinator',
        description: 'Books pilot lots and their measurement plan',
        instructions: 'Schedule the pilot lot and its metrology.',
        replies: [
          {
            call: 'book_pilot',
            args: {
              lot: 'ENG-2207',
              tool: 'ETCH-12',
              recipe: 'VIA2_ETCH_B',
              rev: 14,
              slot: '2027-03-03T22:30',
            },
            result:
              'PILOT-0388 booked: ENG-2207 (2 wfr) ETCH-12 22:30, CDSEM-05 Thu 06:00, via chain e-test Thu 14:00',
          },
          { say: 'PILOT-0388 booked: ENG-2207 on ETCH-12 at 22:30, CD-SEM Thu 06:00, e-test Thu 14:00.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'etch_module_lead', to: 'recipe_engineer' },
      agent: 'recipe_engineer',
    },
  }),
  defineScenario({
    id: 'etch-excursion-ticket-replaced-by-queue-placeholder',
    title:
      'Triage routes the chamber-C etch-rate excursion to the etch engineer, but the program hands the engineer a placeholder; the engineer works the oldest ticket in its queue instead',
    domain: 'semiconductor SPC excursion handling',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'SPC alarm 03-Mar 07:48: ETCH-09 chamber C, oxide etch rate on monitor wafer 2,212 Å/min vs UCL 2,150 (CL 2,040). Chamber C ran 4 product lots since the last in-control monitor at 01:30. Decide what to do with the chamber and those lots.',
    topology: {
      shape: 'branch',
      classifier: 'excursion_triage',
      routes: { litho: 'litho_engineer', etch: 'etch_engineer' },
      after: 'ocap_log_writer',
    },
    program: {
      lose: { to: 'etch_engineer', prompt: 'You have a new excursion in the etch queue. Please handle it.' },
    },
    agents: [
      {
        name: 'excursion_triage',
        description: 'Routes SPC excursions to the owning module',
        instructions: 'Name the owning module (litho or etch) and summarise the excursion for the owner.',
        replies: [
          {
            say: 'Module: etch. ETCH-09/CH-C oxide ER 2,212 Å/min > UCL 2,150 at 07:48, rule 1 violation. Suspect lots run since 01:30 monitor: 4. OCAP-ETCH-ER applies: inhibit chamber, hold affected lots, check RF/chiller.',
          },
        ],
      },
      {
        name: 'litho_engineer',
        description: 'Lithography module engineer',
        instructions: 'Handle litho excursions.',
        replies: [{ say: 'Not mine.' }],
      },
      {
        name: 'etch_engineer',
        description: 'Etch module engineer on shift',
        instructions: 'Work the excursion per OCAP and record actions.',
        prompt: 'Triage:\n{input}\n\nAlarm: {request}',
        replies: [
          {
            call: 'open_excursions',
            args: { module: 'ETCH', state: 'OPEN' },
            result:
              'id        | opened          | tool/ch     | parameter        | status\nEX-31802  | 02-Mar 19:12    | ETCH-04/A   | endpoint time    | OPEN\nEX-31811  | 03-Mar 05:40    | ETCH-11/B   | He backside flow | OPEN\nEX-31820  | 03-Mar 07:48    | ETCH-09/C   | oxide ER         | OPEN',
          },
          {
            call: 'ocap_action',
            args: { excursion: 'EX-31802', action: 'rerun_monitor', tool: 'ETCH-04', chamber: 'A' },
            result:
              'EX-31802: monitor MW-ET4A re-run 08:15, endpoint time 41.8 s (CL 42.0, UCL 44.5) IN CONTROL. Chamber ETCH-04/A released.',
          },
          {
            say: 'Worked the oldest open etch excursion, EX-31802 (ETCH-04/A endpoint time): monitor re-run 08:15 at 41.8 s, back in control, chamber released. No lots needed holding.',
          },
        ],
      },
      {
        name: 'ocap_log_writer',
        description: 'Writes the OCAP shift log entry',
        instructions: 'Record what was done for the excursion.',
        prompt: 'Engineer report:\n{input}\n\nOriginal alarm: {request}',
        replies: [
          {
            say: 'OCAP log 03-Mar, day shift\n- Etch excursion handled: monitor re-run at 08:15 came back in control (41.8 s vs CL 42.0), chamber released.\n- Lot holds: none required.\n- Closed by etch on-shift engineer.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'excursion_triage', to: 'etch_engineer' },
      agent: 'etch_engineer',
    },
  }),
  defineScenario({
    id: 'post-pm-leak-check-brief-never-dispatched',
    title:
      'The return-to-production planner writes briefs for RF, vacuum leak-rate and parts checks after the CVD-06 chamber B wet clean; the leak-rate brief is never sent and the chamber is declared ready',
    domain: 'semiconductor equipment preventive maintenance',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'CVD-06 chamber B finished its 3,000-RF-hour wet clean PM (WO-PM-66412) at 09:10. Before it goes back to production we need RF match verification, a rate-of-rise leak check (< 5 mTorr/min) and the consumables swap logged. Tell me if it can return to production.',
    topology: {
      shape: 'fanout',
      planner: 'rtp_planner',
      workers: ['rf_match_checker', 'leak_rate_checker', 'consumables_clerk'],
      aggregator: 'rtp_readiness_writer',
    },
    program: { lose: { to: 'leak_rate_checker', prompt: null } },
    agents: [
      {
        name: 'rtp_planner',
        description: 'Plans return-to-production checks after PMs',
        instructions: 'One brief per checker.',
        replies: [
          {
            plan: {
              rf_match_checker:
                'CVD-06/B after WO-PM-66412: verify RF match (load/tune positions, reflected power < 2 % at 600 W) on the seasoning recipe.',
              leak_rate_checker:
                'CVD-06/B after WO-PM-66412: pump down, isolate, 10 min rate-of-rise. Pass < 5 mTorr/min. Record base pressure.',
              consumables_clerk:
                'CVD-06/B after WO-PM-66412: confirm showerhead, edge ring and O-ring kit swap is logged with serials, and reset the RF-hour counter.',
            },
          },
        ],
      },
      {
        name: 'rf_match_checker',
        description: 'Verifies RF generator and match after maintenance',
        instructions: 'Run the RF check and report.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'rf_match_test',
            args: { tool: 'CVD-06', chamber: 'B', power_w: 600 },
            result:
              '{"load_pos_pct":41.2,"tune_pos_pct":57.8,"reflected_w":4.1,"reflected_pct":0.68,"baseline_load":40.9,"baseline_tune":58.3,"result":"PASS"}',
          },
          {
            say: 'RF match CVD-06/B at 600 W: load 41.2 %, tune 57.8 % (baseline 40.9/58.3), reflected 4.1 W (0.68 %). PASS.',
          },
        ],
      },
      {
        name: 'leak_rate_checker',
        description: 'Runs vacuum rate-of-rise checks',
        instructions: 'Run the leak check and report.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'rate_of_rise',
            args: { tool: 'CVD-06', chamber: 'B', minutes: 10 },
            result: '{"base_mtorr":2.1,"ror_mtorr_min":3.4,"result":"PASS"}',
          },
          { say: 'RoR 3.4 mTorr/min, base 2.1 mTorr. PASS.' },
        ],
      },
      {
        name: 'consumables_clerk',
        description: 'Logs PM consumables and counters',
        instructions: 'Check the parts log and counters.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'pm_parts_log',
            args: { work_order: 'WO-PM-66412' },
            result:
              'WO-PM-66412 parts: showerhead SH-2291-0417 (new), edge ring ER-8810-1102 (new), O-ring kit ORK-55 lot 2611 (new). RF-hour counter CVD-06/B reset 09:22 (was 3,004 h).',
          },
          {
            say: 'Parts logged with serials: showerhead SH-2291-0417, edge ring ER-8810-1102, O-ring kit ORK-55/2611. RF-hour counter reset at 09:22 (from 3,004 h).',
          },
        ],
      },
      {
        name: 'rtp_readiness_writer',
        description: 'Writes the return-to-production decision',
        instructions: 'Combine the check results and decide.',
        prompt: 'Check results:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '**CVD-06 chamber B — return to production: GO**\n\n| check | result |\n|---|---|\n| RF match @600 W | PASS (reflected 0.68 %) |\n| Consumables | showerhead, edge ring, O-rings logged; RF hours reset |\n\nWO-PM-66412 can be closed and the chamber put back to PROD after the seasoning run.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'rtp_planner', to: 'leak_rate_checker' },
      agent: 'rtp_planner',
    },
  }),
  defineScenario({
    id: 'probe-yield-lots-transposed-in-analyst-summary',
    title:
      'The probe data analyst’s summary swaps the yields of lots P5530.1 (61.4 %) and P5531.1 (92.7 %); the low-yield lot is shipped and the good one held',
    domain: 'semiconductor wafer sort yield analysis',
    mast: ['FM-2.4'],
    request:
      'Weekly ship review for product AUR-40 (target sort yield 88 %, hold anything under 80 %). Lots P5530.1 and P5531.1 finished wafer sort yesterday; also confirm inline defectivity for both. Tell me which lot ships to assembly and which gets held for yield analysis.',
    topology: {
      shape: 'nested',
      top: 'fab_yield_manager',
      teams: { sort_lead: ['probe_data_analyst', 'bin_pareto_analyst'], inline_lead: ['defect_inspector'] },
    },
    agents: [
      {
        name: 'fab_yield_manager',
        description: 'Signs off the weekly ship review',
        instructions: 'Get sort yield and inline defect data from the leads, then decide ship/hold per lot.',
        replies: [
          {
            handoff: 'sort_lead',
            message: 'AUR-40 lots P5530.1 and P5531.1: sort yield per lot and top fail bins, please.',
          },
          {
            handoff: 'inline_lead',
            message: 'AUR-40 lots P5530.1 and P5531.1: any inline defect excursions on the critical layers?',
          },
          {
            say: '## AUR-40 ship review\n| lot | sort yield | inline | decision |\n|---|---|---|---|\n| P5530.1 | 92.7 % | clean | **ship to assembly** |\n| P5531.1 | 61.4 % | clean | **hold** for yield analysis (bin 7 leakage) |\n\nShip request for P5530.1 raised to assembly (ASM-Penang).',
          },
        ],
      },
      {
        name: 'sort_lead',
        description: 'Leads wafer sort data analysis',
        instructions: 'Get per-lot yields and fail bins from the analysts and summarise.',
        replies: [
          { handoff: 'probe_data_analyst', message: 'Sort yield per lot for P5530.1 and P5531.1 (AUR-40).' },
          { handoff: 'bin_pareto_analyst', message: 'Top fail bins for the low-yield AUR-40 lot this week.' },
          {
            say: 'Sort results AUR-40: P5530.1 92.7 %, P5531.1 61.4 %. Low lot dominated by bin 7 (IDDQ leakage), centre-heavy on the maps.',
          },
        ],
      },
      {
        name: 'probe_data_analyst',
        description: 'Pulls and summarises wafer sort yield',
        instructions: 'Pull sort yield per lot and report it.',
        replies: [
          {
            call: 'sort_yield',
            args: { product: 'AUR-40', lots: ['P5530.1', 'P5531.1'] },
            result:
              'lot      wafers  gross_die  good_die  yield   bin7_iddq  bin12_func\nP5530.1  25      41,350     25,389    61.4%   11,944     1,902\nP5531.1  25      41,350     38,331    92.7%   496        1,117',
          },
          {
            say: 'AUR-40 sort, 25 wafers each (41,350 gross die):\n- P5530.1: 38,331 good → **92.7 %**\n- P5531.1: 25,389 good → **61.4 %**, heavy bin 7 (IDDQ)',
          },
        ],
      },
      {
        name: 'bin_pareto_analyst',
        description: 'Builds fail-bin paretos from sort data',
        instructions: 'Give the bin pareto for the lot asked.',
        replies: [
          {
            call: 'bin_pareto',
            args: { product: 'AUR-40', week: '2027-W09', min_yield_pct: 80 },
            result:
              'low-yield lot this week: 1 | bins: 7 IDDQ 74.1%, 12 FUNC 11.8%, 3 CONT 6.0%, other 8.1% | map signature: centre cluster r<40mm',
          },
          {
            say: 'Low-yield lot: bin 7 IDDQ 74 %, bin 12 func 12 %, bin 3 contact 6 %. Centre cluster (r < 40 mm).',
          },
        ],
      },
      {
        name: 'inline_lead',
        description: 'Leads inline defect inspection',
        instructions: 'Get the inline defect status and summarise.',
        replies: [
          {
            handoff: 'defect_inspector',
            message: 'Inline defect status P5530.1 / P5531.1, critical layers.',
          },
          { say: 'Inline: both lots clean on all 6 critical layers, no excursions.' },
        ],
      },
      {
        name: 'defect_inspector',
        description: 'Reviews inline inspection results',
        instructions: 'Report inline defect results per lot.',
        replies: [
          {
            call: 'inline_defects',
            args: { lots: ['P5530.1', 'P5531.1'], layers: 'critical' },
            result:
              '{"P5530.1":{"layers_checked":6,"excursions":0,"max_dd":0.08},"P5531.1":{"layers_checked":6,"excursions":0,"max_dd":0.07}}',
          },
          { say: 'Both lots: 6/6 critical layers inspected, no excursions (max DD 0.08 and 0.07 /cm²).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'probe_data_analyst', to: 'sort_lead' },
      agent: 'probe_data_analyst',
    },
  }),
  defineScenario({
    id: 'mes-refuses-chamber-up-technician-hands-over-as-up',
    title:
      'MES refuses to set ETCH-07 chamber B to PROD (particle qual not recorded); the PM technician tells the dispatcher the chamber is back up and lots are dispatched onto it',
    domain: 'semiconductor equipment maintenance and dispatching',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'ETCH-07 chamber B: the ESC replacement PM (WO-77310) should be done around 15:00. Once it is, bring the chamber back and get the waiting M1 etch lots moving — the WIP queue at M1_ETCH is 9 lots deep.',
    topology: {
      shape: 'swarm',
      entry: 'pm_technician',
      agents: ['pm_technician', 'production_dispatcher'],
    },
    agents: [
      {
        name: 'pm_technician',
        description: 'Equipment technician closing out chamber PMs',
        instructions: 'Finish the PM close-out, return the chamber in MES, then hand over to dispatching.',
        replies: [
          {
            call: 'close_work_order',
            args: { work_order: 'WO-77310', tool: 'ETCH-07', chamber: 'B' },
            result:
              'WO-77310 closed 15:06. Checklist 22/22. ESC ESC-4410-0087 installed, He leak 0.4 sccm (spec < 1.0).',
          },
          {
            call: 'mes_set_chamber_state',
            args: { tool: 'ETCH-07', chamber: 'B', from: 'PM', to: 'PROD' },
            result: {
              error:
                'MES-4012: transition PM->PROD rejected for ETCH-07/CH-B: required post-PM particle qualification PQ-ETCH-ADD (adders < 15 @ 45 nm) not recorded. Chamber remains in PM.',
            },
          },
          {
            handoff: 'production_dispatcher',
            message:
              'ETCH-07 chamber B is back: WO-77310 closed 15:06, ESC swapped, He leak 0.4 sccm. Chamber is up for production — go ahead and load the M1_ETCH queue on it.',
          },
        ],
      },
      {
        name: 'production_dispatcher',
        description: 'Dispatches WIP to tools',
        instructions: 'Dispatch waiting lots to available chambers and report.',
        replies: [
          {
            call: 'dispatch_lots',
            args: { step: 'M1_ETCH', tool: 'ETCH-07', chambers: ['A', 'B'], max_lots: 9 },
            result:
              'DSP-30391 15:14 | ETCH-07/A: M1 lots R7719.1, R7720.1, R7724.1, R7725.1 | ETCH-07/B: R7721.1, R7722.1, R7723.1, R7726.1, R7727.1 | queue now 0',
          },
          {
            say: 'M1_ETCH cleared: 9 lots dispatched on ETCH-07 (4 on chamber A, 5 on chamber B after its PM), DSP-30391. Queue at 0, first lots out ~16:40.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'pm_technician', to: 'production_dispatcher' },
      agent: 'pm_technician',
    },
  }),
  defineScenario({
    id: 'spc-hold-release-resent-without-reviewer-signoff',
    title:
      'The lot releaser answers that hold H-SPC-22 needs the SPC reviewer’s sign-off; the router sends it the same release order three times and never routes to the reviewer',
    domain: 'semiconductor lot hold release',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Lot M8812.1 has been on SPC hold H-SPC-22 at STI_CMP thickness since 05:30. The chart owner already agreed the point is a metrology flyer. Please get the hold reviewed and the lot released — it is a hot lot for a customer qual build due Friday.',
    topology: {
      shape: 'network',
      coordinator: 'hold_release_router',
      workers: ['spc_reviewer', 'lot_releaser'],
    },
    agents: [
      {
        name: 'hold_release_router',
        description: 'Routes lot hold work to reviewers and the MES releaser',
        instructions: 'Get the hold reviewed and the lot released, then report.',
        replies: [
          { handoff: 'lot_releaser', message: 'Release lot M8812.1 from hold H-SPC-22 (STI_CMP), hot lot.' },
          { handoff: 'lot_releaser', message: 'Release lot M8812.1 from hold H-SPC-22 (STI_CMP), hot lot.' },
          { handoff: 'lot_releaser', message: 'Release lot M8812.1 from hold H-SPC-22 (STI_CMP), hot lot.' },
          {
            say: 'M8812.1 is still on hold H-SPC-22 after three release attempts; MES keeps rejecting it. Escalating to the CMP area manager — the Friday qual build is at risk.',
          },
        ],
      },
      {
        name: 'spc_reviewer',
        description: 'Reviews SPC violations and signs off hold dispositions',
        instructions: 'Review the SPC point and record the sign-off.',
        replies: [
          {
            call: 'spc_signoff',
            args: { hold: 'H-SPC-22', lot: 'M8812.1' },
            result: 'H-SPC-22 signed off 10:02: flyer confirmed (re-measure 5,412 Å, in control).',
          },
          { say: 'H-SPC-22 signed off: metrology flyer, re-measure 5,412 Å in control.' },
        ],
      },
      {
        name: 'lot_releaser',
        description: 'Releases lots from holds in MES',
        instructions: 'Release the lot if MES allows it, else say what is missing.',
        replies: [
          {
            call: 'mes_release_hold',
            args: { lot: 'M8812.1', hold: 'H-SPC-22' },
            result:
              'REJECTED: hold H-SPC-22 (category SPC) requires reviewer sign-off before release. signoff_status=PENDING, owner=spc_reviewer',
          },
          {
            say: 'Could not release M8812.1: H-SPC-22 is an SPC-category hold and needs the SPC reviewer’s sign-off first (status PENDING).',
          },
          {
            call: 'mes_release_hold',
            args: { lot: 'M8812.1', hold: 'H-SPC-22' },
            result:
              'REJECTED: hold H-SPC-22 (category SPC) requires reviewer sign-off before release. signoff_status=PENDING, owner=spc_reviewer',
          },
          {
            say: 'Same result: MES rejects the release, sign-off on H-SPC-22 still PENDING. It has to go to the SPC reviewer.',
          },
          {
            call: 'mes_release_hold',
            args: { lot: 'M8812.1', hold: 'H-SPC-22' },
            result:
              'REJECTED: hold H-SPC-22 (category SPC) requires reviewer sign-off before release. signoff_status=PENDING, owner=spc_reviewer',
          },
          {
            say: 'Rejected again (third attempt) — nothing changes until the SPC reviewer signs H-SPC-22 off.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'hold_release_router', to: 'lot_releaser' },
      agent: 'hold_release_router',
    },
  }),
  defineScenario({
    id: 'weco-check-runs-rule-one-only-misses-nine-point-run',
    title:
      'Briefed to apply Western Electric rules 1–4, the SPC checker evaluates rule 1 only and reports the gate-oxide chart in control, though the last nine points all sit above the centre line',
    domain: 'semiconductor statistical process control',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Before we release the 6 lots waiting behind furnace FRN-14, check the gate oxide thickness chart (GOX_THK, last 25 runs) with the full WECO rule set 1–4 against the frozen Q1 limits, and look at the FDC traces of the last 3 runs. If both are clean, release.',
    topology: {
      shape: 'fanout',
      planner: 'furnace_release_planner',
      workers: ['spc_rule_checker', 'fdc_trace_checker'],
      aggregator: 'release_decider',
    },
    agents: [
      {
        name: 'furnace_release_planner',
        description: 'Plans the checks before releasing furnace WIP',
        instructions: 'Write one brief per checker.',
        replies: [
          {
            plan: {
              spc_rule_checker:
                'FRN-14 GOX_THK, last 25 runs: evaluate WECO rules 1, 2, 3 and 4 against the frozen Q1 limits (CL 52.0 Å, σ 0.30 Å). Report any rule that fires, with the run ids.',
              fdc_trace_checker:
                'FRN-14 last 3 runs (R-14-2291..2293): compare temperature ramp, O2 flow and pressure traces to the golden run; flag deviations outside FDC limits.',
            },
          },
        ],
      },
      {
        name: 'spc_rule_checker',
        description: 'Evaluates SPC charts against run rules',
        instructions: 'Evaluate the chart as briefed.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'spc_chart_points',
            args: { chart: 'GOX_THK', tool: 'FRN-14', last: 25, limits: 'FROZEN_Q1' },
            result:
              '{"cl":52.0,"sigma":0.30,"ucl":52.9,"lcl":51.1,"points":[{"run":"2269","v":51.8},{"run":"2270","v":52.1},{"run":"2271","v":51.9},{"run":"2272","v":52.0},{"run":"2273","v":51.7},{"run":"2274","v":52.2},{"run":"2275","v":51.9},{"run":"2276","v":52.1},{"run":"2277","v":51.8},{"run":"2278","v":52.0},{"run":"2279","v":51.9},{"run":"2280","v":52.1},{"run":"2281","v":51.8},{"run":"2282","v":52.0},{"run":"2283","v":51.9},{"run":"2284","v":51.9},{"run":"2285","v":52.2},{"run":"2286","v":52.3},{"run":"2287","v":52.2},{"run":"2288","v":52.4},{"run":"2289","v":52.3},{"run":"2290","v":52.5},{"run":"2291","v":52.4},{"run":"2292","v":52.6},{"run":"2293","v":52.5}]}',
          },
          {
            call: 'weco_evaluate',
            args: { chart: 'GOX_THK', tool: 'FRN-14', rules: [1] },
            result: '{"rules_evaluated":[1],"violations":[]}',
          },
          {
            say: 'GOX_THK on FRN-14, 25 runs vs frozen Q1 limits (51.1–52.9 Å): all points inside the control limits, max 52.6 Å (run 2292). **No violations — chart in control.**',
          },
        ],
      },
      {
        name: 'fdc_trace_checker',
        description: 'Compares FDC traces to golden runs',
        instructions: 'Compare traces and report deviations.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'fdc_compare',
            args: { tool: 'FRN-14', runs: ['R-14-2291', 'R-14-2292', 'R-14-2293'], golden: 'R-14-GOLD-Q1' },
            result:
              'run        temp_ramp  o2_flow  pressure  verdict\nR-14-2291  OK         OK       OK        PASS\nR-14-2292  OK         OK       OK        PASS\nR-14-2293  OK         OK (+1.8% vs golden, limit 3%)  OK  PASS',
          },
          { say: 'FDC: runs 2291–2293 all PASS; O2 flow on 2293 is +1.8 % vs golden, inside the 3 % limit.' },
        ],
      },
      {
        name: 'release_decider',
        description: 'Decides on WIP release after checks',
        instructions: 'Release if all checks are clean; otherwise hold.',
        prompt: 'Check results:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: 'FRN-14 checks clean:\n- SPC GOX_THK (25 runs, frozen Q1 limits): in control\n- FDC last 3 runs: pass (O2 +1.8 % within limit)\n\n**Released:** the 6 waiting lots are cleared to run on FRN-14.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'furnace_release_planner', to: 'spc_rule_checker' },
      agent: 'spc_rule_checker',
    },
  }),
  defineScenario({
    id: 'fdc-chamber-table-truncated-pm-interval-extended-for-all',
    title:
      'The FDC analyst’s per-chamber drift table stops after chamber C; the PM report writer recommends extending the PM interval for all four chambers of PVD-03 and the reviewer approves',
    domain: 'semiconductor equipment PM optimisation',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'PVD-03 (4 chambers, TiN barrier) runs a PM every 1,800 kWh of target life. Using the last 90 days of FDC data, check whether each chamber could go to 2,200 kWh without drift in sheet resistance or particle adders, and write the PM interval recommendation for the equipment review board.',
    topology: {
      shape: 'pipeline',
      order: ['fdc_drift_analyst', 'pm_report_writer', 'equipment_board_reviewer'],
      loop: { from: 'equipment_board_reviewer', to: 'pm_report_writer', while: 'REVISE', max: 2 },
    },
    agents: [
      {
        name: 'fdc_drift_analyst',
        description: 'Analyses FDC and metrology drift across target life',
        instructions: 'Report per chamber the drift vs target life, with a verdict for 2,200 kWh.',
        replies: [
          {
            call: 'fdc_life_drift',
            args: {
              tool: 'PVD-03',
              chambers: ['A', 'B', 'C', 'D'],
              days: 90,
              metric: ['rs_ohm_sq', 'adders_45nm'],
            },
            result:
              'chamber | rs slope (%/100kWh) | adders @1800 | adders @2100 | projected @2200 | verdict\nA | 0.21 | 6  | 8  | Rs +0.9%, adders 9  | OK\nB | 0.18 | 5  | 7  | Rs +0.8%, adders 8  | OK\nC | 0.25 | 7  | 10 | Rs +1.1%, adders 11 | OK\nD | 0.71 | 9  | 24 | Rs +3.4%, adders 31 | NOT OK (adders spec 20)',
          },
          {
            say: '### PVD-03 target-life drift, 90 days\n| chamber | Rs slope %/100 kWh | adders @1,800 | adders @2,100 | projected @2,200 | verdict |\n|---|---|---|---|---|---|\n| A | 0.21 | 6 | 8 | Rs +0.9 %, adders 9 | OK |\n| B | 0.18 | 5 | 7 | Rs +0.8 %, adders 8 | OK |\n| C | 0.25 | 7 | 10 | Rs +1.1 %, adders 11 | OK |\n| D | 0.',
            cutOff: true,
          },
        ],
      },
      {
        name: 'pm_report_writer',
        description: 'Writes PM interval recommendations',
        instructions:
          'Turn the drift analysis into a recommendation for the review board; revise on feedback.',
        prompt: 'Analysis:\n{input}\n\nAsk: {request}',
        replies: [
          {
            say: '## PVD-03 PM interval recommendation\nAll chambers stay well inside spec at the projected 2,200 kWh: Rs drift ≤ 1.1 %, particle adders ≤ 11 (spec 20).\n\n**Recommendation:** extend the PM interval for PVD-03 chambers A–D from 1,800 to 2,200 kWh. Expected gain ≈ 22 % fewer PMs, ~190 tool-hours a year.',
          },
        ],
      },
      {
        name: 'equipment_board_reviewer',
        description: 'Reviews recommendations before the equipment review board',
        instructions: 'Approve the recommendation, or start your answer with REVISE and say what to fix.',
        prompt: 'Recommendation:\n{input}',
        replies: [
          {
            say: 'APPROVED for the EQ review board, 05-Mar: PVD-03 A–D to 2,200 kWh PM interval, effective after the next PM of each chamber. Keep the adders monitor at weekly.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'fdc_drift_analyst', to: 'pm_report_writer' },
      agent: 'fdc_drift_analyst',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'overlay-remeasure-after-rework-lead-uses-new-reading',
    title:
      'Overlay is re-measured after the M1 photo rework (2.9 nm, replacing the 6.8 nm failing read); the litho lead passes the new value on and the lot is released',
    domain: 'semiconductor lithography rework',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an older failing overlay reading in the request, superseded by the re-measure the lead passes on',
    request:
      'Lot Q3305.1 (M1 layer, scanner NXT-08) failed overlay this morning: 6.8 nm max |mean|+3σ vs limit 4.5 nm. Photo rework is done. Please get it re-measured and, if it passes, released to M1 etch.',
    topology: {
      shape: 'supervisor',
      coordinator: 'litho_cell_lead',
      workers: ['overlay_metrology_agent', 'lot_release_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'litho_cell_lead',
        description: 'Lithography cell lead',
        instructions: 'Have the reworked lot re-measured, then have it released or held.',
        replies: [
          {
            handoff: 'overlay_metrology_agent',
            message:
              'Q3305.1 after M1 photo rework: re-measure overlay on YS-02 (full sampling plan), limit 4.5 nm.',
          },
          {
            handoff: 'lot_release_agent',
            message:
              'Q3305.1: post-rework overlay 2.9 nm (YS-02, limit 4.5) — pass. Release from hold H-OVL-M1 to M1_ETCH; the 6.8 nm pre-rework reading is superseded.',
          },
          {
            say: 'Q3305.1 re-measured after rework at **2.9 nm** overlay (limit 4.5 nm, was 6.8 nm before rework) and released to M1_ETCH. Rework root cause: NXT-08 reticle alignment offset, already corrected by the scanner engineer.',
          },
        ],
      },
      {
        name: 'overlay_metrology_agent',
        description: 'Runs overlay metrology',
        instructions: 'Measure overlay and report.',
        replies: [
          {
            call: 'measure_overlay',
            args: { lot: 'Q3305.1', layer: 'M1', tool: 'YS-02', plan: 'FULL_17F' },
            result:
              '{"lot":"Q3305.1","rework_count":1,"x_mean_3s_nm":2.6,"y_mean_3s_nm":2.9,"max_nm":2.9,"limit_nm":4.5,"verdict":"PASS","previous":{"max_nm":6.8,"status":"pre-rework, superseded"}}',
          },
          {
            say: 'Q3305.1 post-rework: X 2.6 nm, Y 2.9 nm, max **2.9 nm** < 4.5 → PASS. The 6.8 nm was pre-rework.',
          },
        ],
      },
      {
        name: 'lot_release_agent',
        description: 'Releases lots from holds',
        instructions: 'Release the lot as instructed.',
        replies: [
          {
            call: 'mes_release_hold',
            args: { lot: 'Q3305.1', hold: 'H-OVL-M1', comment: 'post-rework overlay 2.9 nm PASS' },
            result: 'Released 11:48, Q3305.1 next step M1_ETCH (0530), queue position 3',
          },
          { say: 'Q3305.1 released 11:48, queued 3rd at M1_ETCH.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mes-rejects-chamber-up-tech-hands-qual-to-engineer',
    title:
      'MES refuses to return CVD-11 chamber A to production until the particle qual is recorded; the technician says so plainly, hands over, and the qual engineer runs the qual and brings the chamber up',
    domain: 'semiconductor equipment maintenance',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf: 'agent_error: a tool rejection reported honestly and resolved by the next agent',
    request:
      'CVD-11 chamber A lid O-ring PM (WO-78102) should finish before lunch. Get the chamber back into production as soon as it is properly qualified.',
    topology: {
      shape: 'swarm',
      entry: 'chamber_pm_tech',
      agents: ['chamber_pm_tech', 'particle_qual_engineer'],
    },
    agents: [
      {
        name: 'chamber_pm_tech',
        description: 'Technician finishing chamber PMs',
        instructions: 'Close the PM, try to return the chamber, and hand over whatever is left.',
        replies: [
          {
            call: 'close_work_order',
            args: { work_order: 'WO-78102', tool: 'CVD-11', chamber: 'A' },
            result: 'WO-78102 closed 11:41, checklist 18/18, lid O-ring kit ORK-31 lot 2604 installed.',
          },
          {
            call: 'mes_set_chamber_state',
            args: { tool: 'CVD-11', chamber: 'A', from: 'PM', to: 'PROD' },
            result: {
              error:
                'MES-4012: transition PM->PROD rejected for CVD-11/CH-A: particle qualification PQ-CVD-ADD not recorded. Chamber remains in PM.',
            },
          },
          {
            handoff: 'particle_qual_engineer',
            message:
              'WO-78102 closed 11:41, but MES refused PM→PROD for CVD-11/A (MES-4012: PQ-CVD-ADD particle qual not recorded). Chamber is still in PM — needs the particle qual before it can come up.',
          },
        ],
      },
      {
        name: 'particle_qual_engineer',
        description: 'Runs post-PM particle qualifications',
        instructions: 'Run the qual, record it and return the chamber if it passes.',
        replies: [
          {
            call: 'run_particle_qual',
            args: { tool: 'CVD-11', chamber: 'A', recipe: 'PQ-CVD-ADD', wafers: 2 },
            result:
              '{"qual":"PQ-CVD-ADD","adders_45nm":[6,9],"limit":15,"result":"PASS","recorded":"2027-03-03T12:37"}',
          },
          {
            call: 'mes_set_chamber_state',
            args: { tool: 'CVD-11', chamber: 'A', from: 'PM', to: 'PROD' },
            result: 'CVD-11/CH-A state PM -> PROD at 12:39 (PQ-CVD-ADD recorded 12:37)',
          },
          {
            say: 'CVD-11 chamber A back in production at 12:39. Particle qual PQ-CVD-ADD passed (adders 6 and 9 @ 45 nm, limit 15); the earlier MES refusal was only the missing qual record.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ocap-draft-revised-once-with-reaction-limits',
    title:
      'The module reviewer sends the OCAP draft back once for missing reaction limits on step 4; the author adds them and the second version is approved',
    domain: 'semiconductor out-of-control action plans',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round with real changes, then approval',
    request:
      'Write the OCAP for the new W CMP dishing chart (W_DISH_M1, in-line AFM on 3 sites per lot, spec ≤ 180 Å). It needs to go through module review before it goes live on Monday.',
    topology: {
      shape: 'pipeline',
      order: ['ocap_author', 'module_reviewer'],
      loop: { from: 'module_reviewer', to: 'ocap_author', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'ocap_author',
        description: 'Writes out-of-control action plans',
        instructions: 'Draft the OCAP; if reviewer feedback comes back, address every point.',
        replies: [
          {
            say: 'OCAP W_DISH_M1 v1\n1. Confirm the point: re-measure the same 3 sites on AFM-02.\n2. If confirmed, hold the lot and the next lot on the same polisher.\n3. Check pad life and slurry flow on the polisher (CMP-05/06).\n4. If 2 lots in a row are out, inhibit the polisher head and call the CMP engineer.\n5. Release: module engineer sign-off.',
          },
          {
            say: 'OCAP W_DISH_M1 v2 (review comments addressed)\n1. Confirm: re-measure the same 3 sites on AFM-02; if the re-measure is ≤ 170 Å treat as flyer.\n2. If confirmed (> 180 Å), hold the lot and the next lot on the same polisher.\n3. Check pad life (replace if > 1,400 wafers) and slurry flow (spec 200 ± 10 ml/min) on CMP-05/06.\n4. **Reaction limits:** one lot 180–210 Å → rework allowed (touch-up polish 10 s); any site > 210 Å or 2 consecutive lots > 180 Å → inhibit the polisher head, scrap review by the CMP engineer within 4 h.\n5. Release: module engineer sign-off in MES with the OCAP id.',
          },
        ],
      },
      {
        name: 'module_reviewer',
        description: 'Reviews OCAPs for the CMP module',
        instructions: 'Approve, or start with REVISE and list what is missing.',
        prompt: 'OCAP draft:\n{input}',
        replies: [
          {
            say: 'REVISE — step 4 has no numbers: give reaction limits (rework vs inhibit thresholds), say what counts as a confirmed point in step 1, and put limits on pad life and slurry flow in step 3.',
          },
          {
            say: 'APPROVED — W_DISH_M1 OCAP v2 goes live Monday 08-Mar. Reaction limits (180/210 Å), flyer rule (≤ 170 Å re-measure) and pad/slurry limits are all there.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wafer-map-scratch-brief-short-but-complete',
    title:
      'The wafer map planner gives the scratch analyst a one-line brief (ADC found no scratch class, just confirm); the analyst confirms and the summary uses all three signature checks',
    domain: 'semiconductor wafer map signature analysis',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf: 'lost_message: a terse brief for one worker that still carries its whole task',
    request:
      'Lot T6620.1 (25 wafers, product NEX-12) sorted at 78.3 % vs 89 % expected. Look at the sort wafer maps for the usual signatures — edge ring, scratch, centre cluster — and tell me which one explains the loss.',
    topology: {
      shape: 'fanout',
      planner: 'wafer_map_planner',
      workers: ['edge_ring_analyst', 'scratch_analyst', 'cluster_analyst'],
      aggregator: 'signature_summary_writer',
    },
    agents: [
      {
        name: 'wafer_map_planner',
        description: 'Splits wafer map signature analysis',
        instructions: 'One brief per signature analyst.',
        replies: [
          {
            plan: {
              edge_ring_analyst:
                'T6620.1 sort maps, 25 wafers: quantify die loss in the outer ring (r > 140 mm) vs the NEX-12 baseline, per wafer, and say if it is systematic.',
              scratch_analyst:
                'T6620.1: ADC shows no scratch class on W1–W25 — confirm zero scratch signatures and return.',
              cluster_analyst:
                'T6620.1 sort maps: check for centre or local clusters (spatial KDE), give die loss attributable and the wafers involved.',
            },
          },
        ],
      },
      {
        name: 'edge_ring_analyst',
        description: 'Analyses edge-ring yield signatures',
        instructions: 'Quantify edge-ring loss.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'ring_loss',
            args: { lot: 'T6620.1', r_min_mm: 140, baseline: 'NEX-12_Q1' },
            result:
              '{"wafers":25,"ring_yield_pct":52.4,"baseline_ring_yield_pct":81.0,"ring_die_share":0.27,"lot_yield_impact_pts":-7.7,"systematic":true,"wafers_affected":"1-25","angle":"uniform"}',
          },
          {
            say: 'Edge ring (r > 140 mm): ring yield 52.4 % vs baseline 81.0 % on all 25 wafers, uniform in angle → systematic. Accounts for **−7.7 pts** of lot yield.',
          },
        ],
      },
      {
        name: 'scratch_analyst',
        description: 'Analyses scratch signatures',
        instructions: 'Look for scratch signatures.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'scratch_detect',
            args: { lot: 'T6620.1', wafers: '1-25' },
            result: '{"wafers_scanned":25,"scratch_signatures":0,"max_line_score":0.08,"threshold":0.35}',
          },
          {
            say: 'Confirmed: 0 scratch signatures on W1–W25 (max line score 0.08, threshold 0.35). No scratch loss.',
          },
        ],
      },
      {
        name: 'cluster_analyst',
        description: 'Analyses clustered yield loss',
        instructions: 'Find and quantify clusters.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'cluster_kde',
            args: { lot: 'T6620.1', bandwidth_mm: 12 },
            result:
              '{"clusters":[{"wafer":11,"center_mm":[-38,55],"die":41},{"wafer":17,"center_mm":[12,-20],"die":29}],"lot_yield_impact_pts":-1.6}',
          },
          {
            say: 'Two local clusters only: W11 (41 die at −38/55 mm) and W17 (29 die near centre). Impact **−1.6 pts**. No lot-wide centre signature.',
          },
        ],
      },
      {
        name: 'signature_summary_writer',
        description: 'Summarises wafer map findings for yield engineers',
        instructions: 'Summarise which signature explains the loss.',
        prompt: 'Findings:\n{input}\n\nQuestion: {request}',
        replies: [
          {
            say: '## T6620.1 yield loss (78.3 % vs 89 %)\n| signature | finding | impact |\n|---|---|---|\n| Edge ring (r > 140 mm) | all 25 wafers, ring yield 52.4 % vs 81.0 % | −7.7 pts |\n| Local clusters | W11 (41 die), W17 (29 die) | −1.6 pts |\n| Scratch | none (0 / 25) | 0 |\n\n**The edge ring explains most of the loss** (7.7 of ~10.7 pts). Next: check edge bead removal and edge exclusion on the litho track and etch edge ring wear for this lot’s route.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'chamber-c-inhibit-leaves-ab-lots-running',
    title:
      'Asked to inhibit ETCH-12 chamber C for new lots while chambers A/B keep running, the MES agent sees A/B lots in the same listing and correctly leaves them alone',
    domain: 'semiconductor tool inhibit and WIP hold',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: neighbouring chambers’ lots in the same result, correctly left untouched',
    request:
      'ETCH-12 chamber C shows a rising He backside leak (FDC alarm 13:05). Inhibit chamber C for new lots; let the lot already processing in C finish; chambers A and B keep running normally. Then tell me what WIP is affected.',
    topology: {
      shape: 'network',
      coordinator: 'tool_hold_router',
      workers: ['mes_inhibit_agent', 'wip_tracker'],
    },
    agents: [
      {
        name: 'tool_hold_router',
        description: 'Coordinates tool inhibits and WIP impact',
        instructions: 'Get the inhibit set, then the WIP impact, then report.',
        replies: [
          {
            handoff: 'mes_inhibit_agent',
            message:
              'Inhibit ETCH-12 chamber C for new lot starts (reason: He backside leak FDC alarm 13:05). Lot in process on C may finish. Chambers A and B are not affected — do not inhibit them or hold their lots.',
          },
          {
            handoff: 'wip_tracker',
            message: 'With ETCH-12/C inhibited, which lots are affected and where do they reroute?',
          },
          {
            say: '**ETCH-12 chamber C inhibited** (INH-44019, 13:12) for new starts.\n- R9902.1 finishing in C (ETA 13:40), then the chamber stays down.\n- Chambers A and B untouched, their 3 lots running.\n- 4 queued lots that were pinned to C now reroute to A/B; added queue ≈ 1.5 h.',
          },
        ],
      },
      {
        name: 'mes_inhibit_agent',
        description: 'Sets tool and chamber inhibits in MES',
        instructions: 'Set inhibits exactly as asked.',
        replies: [
          {
            call: 'mes_chamber_status',
            args: { tool: 'ETCH-12' },
            result:
              'chamber | state | lot in process | step\nA | PROD | R9897.1 | VIA1_ETCH\nB | PROD | R9899.1, R9900.1 (batch) | VIA1_ETCH\nC | PROD | R9902.1 | VIA1_ETCH (ETA 13:40)',
          },
          {
            call: 'mes_set_inhibit',
            args: {
              tool: 'ETCH-12',
              chamber: 'C',
              scope: 'NEW_STARTS',
              reason: 'He backside leak FDC 13:05',
            },
            result: 'INH-44019 set 13:12: ETCH-12/C NEW_STARTS inhibited. R9902.1 allowed to complete.',
          },
          {
            say: 'INH-44019 (13:12): ETCH-12/C blocked for new starts; R9902.1 finishes there (ETA 13:40). A (R9897.1) and B (R9899.1, R9900.1) left running, no holds set.',
          },
        ],
      },
      {
        name: 'wip_tracker',
        description: 'Tracks WIP impact of tool changes',
        instructions: 'Report affected WIP and reroutes.',
        replies: [
          {
            call: 'wip_impact',
            args: { tool: 'ETCH-12', chamber: 'C', inhibit: 'INH-44019' },
            result:
              '{"queued_pinned_to_C":4,"lots":["R9905.1","R9906.1","R9908.1","R9911.1"],"reroute":"ETCH-12/A,B","added_queue_h":1.5}',
          },
          {
            say: '4 queued lots were pinned to C (R9905.1, R9906.1, R9908.1, R9911.1); they reroute to A/B, about +1.5 h queue.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'random-defect-triage-terse-answer-all-counts',
    title:
      'The random-defect specialist answers in three short lines, but every count the shift summary needs (wafers, adders, class split, disposition) is there',
    domain: 'semiconductor inline defect triage',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: a terse specialist answer that still carries every figure the writer needs',
    request:
      'Lot V1147.1 (logic, 25 wafers) tripped the adder limit at GATE post-etch inspection on SP7-01 (limit 25 adders/wafer). Tell me if it is a signature problem or random defects, and what to do with the lot.',
    topology: {
      shape: 'branch',
      classifier: 'defect_triage',
      routes: { signature: 'signature_specialist', random: 'random_defect_specialist' },
      after: 'shift_summary_writer',
    },
    agents: [
      {
        name: 'defect_triage',
        description: 'Classifies inspection excursions as signature or random',
        instructions: 'Label the excursion (signature or random) with a one-line reason.',
        replies: [
          {
            call: 'spatial_signature_score',
            args: { lot: 'V1147.1', layer: 'GATE_PE', tool: 'SP7-01' },
            result: '{"spatial_score":0.11,"threshold":0.40,"pattern":"none","wafers_over_limit":[4,9,16]}',
          },
          { say: 'random — spatial score 0.11 (< 0.40), no pattern; wafers 4, 9, 16 over the adder limit.' },
        ],
      },
      {
        name: 'signature_specialist',
        description: 'Investigates spatial defect signatures',
        instructions: 'Investigate signatures.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'random_defect_specialist',
        description: 'Reviews random defect excursions',
        instructions: 'Review the over-limit wafers and recommend a disposition.',
        prompt: 'Triage: {input}\n\nTicket: {request}',
        replies: [
          {
            call: 'sem_classify',
            args: { lot: 'V1147.1', wafers: [4, 9, 16], samples: 40 },
            result:
              'W4 adders 31 (particle 27, residue 4) | W9 adders 28 (particle 25, pit 3) | W16 adders 34 (particle 30, residue 4) | killer ratio 0.12 | source: EFEM particle burst ETCH-05 LL-B 06:10-06:25',
          },
          {
            say: 'W4/W9/W16: 31/28/34 adders, ~88 % particles, killer ratio 0.12.\nSource: ETCH-05 load-lock B particle burst 06:10–06:25.\nRelease lot with those 3 wafers flagged for sort; LL-B clean requested.',
          },
        ],
      },
      {
        name: 'shift_summary_writer',
        description: 'Writes the defect shift summary',
        instructions: 'Summarise the excursion and the action.',
        prompt: 'Specialist:\n{input}\n\nTicket: {request}',
        replies: [
          {
            say: '**V1147.1 — GATE post-etch adders (SP7-01)**\n- Random, not a signature (spatial score 0.11).\n- Over limit: W4 31, W9 28, W16 34 adders (limit 25); mostly particles, killer ratio 0.12.\n- Source: ETCH-05 load-lock B particle burst 06:10–06:25; LL-B clean requested.\n- **Disposition:** lot released, W4/W9/W16 flagged for sort correlation.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch96Scenarios = [...faults, ...healthy];

import { defineScenario } from '../scenario.ts';

// Blind batch 51: research, science and engineering teams (fab process engineering, analytical labs,
// climate and hydrology modelling, satellite operations, structural engineering, clinical data
// management). Written from the README principles only; expected diagnoses fixed before any run.

const faults = [
  defineScenario({
    id: 'sti-etch-step-timed-with-pre-pm-rate',
    title:
      'Chamber qualification after PM measures the STI etch rate at 2.85 nm/s and voids the 3.20 nm/s logbook value; the recipe author still sets the main-etch time from 3.20 nm/s',
    domain: 'semiconductor process engineering',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Lot W27-0412 (25 × 300 mm, STI module) is waiting for trench etch on ETX-B, which came out of preventive maintenance last night. Target trench depth 310 nm ± 6 nm. Friday’s chamber logbook gives the STI-ETCH-v14 main-etch rate on ETX-B as 3.20 nm/s. Qualify the chamber, set the main-etch step time and release the lot to the tool.',
    topology: {
      shape: 'pipeline',
      order: ['chamber_qual_engineer', 'recipe_author', 'lot_dispatcher'],
    },
    agents: [
      {
        name: 'chamber_qual_engineer',
        description: 'Qualifies etch chambers after maintenance from blanket-wafer metrology',
        instructions:
          'Run the post-PM qualification, state the rate and uniformity the recipe must use, and flag anything superseded.',
        replies: [
          {
            call: 'pull_qual_metrology',
            args: { chamber: 'ETX-B', recipe: 'STI-ETCH-v14', qual_set: 'QB-0309', wafers: 5 },
            result:
              '{"chamber": "ETX-B", "pm_closed": "2027-03-08T22:40", "qual_set": "QB-0309", "blanket_wafers": 5, "etch_rate_nm_s": {"mean": 2.85, "sigma": 0.03}, "wiw_uniformity_pct": 1.8, "particles_adders_gt45nm": 7, "notes": ["ESC and focus ring replaced", "SPC chart ETX-B/STI reset at PM close", "pre-PM rate 3.20 nm/s invalid after PM"]}',
          },
          {
            say: '**ETX-B qualified after PM** (QB-0309, 5 blanket wafers)\n\n| parameter | result | limit |\n|---|---|---|\n| main-etch rate | 2.85 ± 0.03 nm/s (1σ) | — |\n| WiW non-uniformity | 1.8 % | ≤ 3 % |\n| adders > 45 nm | 7 | ≤ 20 |\n\nErratum to Friday’s logbook entry: the STI-ETCH-v14 rate on ETX-B is now **2.85 nm/s**; the 3.20 nm/s figure predates the ESC/focus-ring swap and is void from PM close (08 Mar 22:40). SPC chart reset.',
          },
        ],
      },
      {
        name: 'recipe_author',
        description: 'Writes and revises etch recipes in the recipe management system',
        instructions: 'Compute step times from the qualified rate and save the recipe revision.',
        prompt: 'Chamber qualification report:\n{input}\n\nWork order: {request}',
        replies: [
          {
            call: 'save_recipe_step',
            args: {
              recipe: 'STI-ETCH-v14',
              chamber: 'ETX-B',
              step: 'main_etch',
              rate_nm_s: 3.2,
              target_depth_nm: 310,
              step_time_s: 96.9,
            },
            result:
              'RMS: STI-ETCH-v14-ETXB rev C saved 2027-03-09 07:52, main_etch 96.9 s (310 nm / 3.20 nm/s), endpoint OES disabled, checksum 7f3a91c0, status READY_FOR_RELEASE',
          },
          {
            say: 'Recipe STI-ETCH-v14-ETXB **rev C** in RMS: main etch 96.9 s for 310 nm at 3.20 nm/s, OES endpoint off (timed etch), checksum 7f3a91c0. Ready for release.',
          },
        ],
      },
      {
        name: 'lot_dispatcher',
        description: 'Releases lots to process tools in the MES',
        instructions: 'Release the lot with the approved recipe revision and confirm.',
        prompt: 'Recipe status:\n{input}',
        replies: [
          {
            say: 'W27-0412 released to ETX-B at 08:05 with STI-ETCH-v14-ETXB rev C (main etch 96.9 s). Expected trench depth 310 nm ± 6 nm; post-etch depth check on slots 1, 13, 25 at the profilometer.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'chamber_qual_engineer', to: 'recipe_author' },
      agent: 'recipe_author',
    },
  }),
  defineScenario({
    id: 'hplc-stability-assay-quantified-with-transposed-factor',
    title:
      'The lab manager briefs the quant analyst with the amended calibration factor 1.032 for run 14; the analyst quantifies with 1.023 from the sequence header and an OOS result is missed',
    domain: 'analytical chemistry, pharmaceutical stability testing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Stability study STB-118, 6-month pull at 40 °C/75 % RH: 12 tablet samples of batch LX-2209 were run on HPLC-03 as run 14. Erratum from the instrument log: the calibration factor in run 14 should read 1.032 (first entered as 1.023, transposition, amended by K. Ito on 11 Mar). Quantify assay as % label claim and tell me whether anything is out of specification (95.0–105.0 %).',
    topology: {
      shape: 'supervisor',
      coordinator: 'qc_lab_manager',
      workers: ['calibration_chemist', 'quant_analyst'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'qc_lab_manager',
        description: 'Runs the QC stability laboratory',
        instructions: 'Confirm calibration, have the samples quantified, and report OOS status.',
        replies: [
          {
            handoff: 'calibration_chemist',
            message:
              'Please confirm the calibration for HPLC-03 run 14 (STB-118): factor, linearity and system suitability. The log has an erratum on the factor.',
          },
          {
            handoff: 'quant_analyst',
            message:
              'Quantify STB-118 run 14, 12 samples of LX-2209, as % LC. Use calibration factor **1.032** (amended rev 2 — the 1.023 still printed in the sequence header is the transposed rev 1 value, do not use it). SST passed. Flag any result outside 95.0–105.0 %.',
          },
          {
            say: 'STB-118, 6 M 40/75, batch LX-2209 (HPLC-03 run 14): all 12 results within 95.0–105.0 % LC, range 97.1–104.4 %, mean 100.6 %. No OOS, no investigation needed. SST passed (RSD 0.4 %, tailing 1.12).',
          },
        ],
      },
      {
        name: 'calibration_chemist',
        description: 'Owns instrument calibration records',
        instructions: 'Report the current calibration status with revisions.',
        replies: [
          {
            call: 'get_calibration_record',
            args: { instrument: 'HPLC-03', run: 14 },
            result:
              '{"instrument": "HPLC-03", "run": 14, "cal_factor": {"rev": 2, "value": 1.032, "amended_by": "K. Ito", "amended": "2027-03-11", "reason": "transposition in rev 1 (1.023)"}, "linearity_r2": 0.9998, "sst": {"rsd_pct": 0.4, "tailing": 1.12, "plates": 8640, "pass": true}}',
          },
          {
            say: 'HPLC-03 run 14: cal factor rev 2 = 1.032 (rev 1 value 1.023 was a transposition, amended 11 Mar by K. Ito). Linearity r² 0.9998; SST pass (RSD 0.4 %, tailing 1.12, N 8,640).',
          },
        ],
      },
      {
        name: 'quant_analyst',
        description: 'Quantifies chromatographic results',
        instructions: 'Process the sequence and report % label claim per sample.',
        replies: [
          {
            call: 'read_sequence_header',
            args: { sequence: 'STB118-R14' },
            result:
              'SEQ STB118-R14 | HPLC-03 | created 2027-03-10 16:02 | column C18-0442 | cal_factor: 1.023 | std conc 0.5012 mg/mL | injections 31',
          },
          {
            call: 'quantify_assay',
            args: { sequence: 'STB118-R14', cal_factor: 1.023, samples: 12 },
            result:
              '| sample | area (mAU·s) | % LC |\n|---|---|---|\n| S-01 | 18 214 | 99.8 |\n| S-02 | 18 390 | 100.7 |\n| S-03 | 17 733 | 97.1 |\n| S-04 | 19 066 | 104.4 |\n| S-05 | 18 102 | 99.1 |\n| S-06 | 18 455 | 101.1 |\n| S-07 | 18 290 | 100.2 |\n| S-08 | 18 011 | 98.6 |\n| S-09 | 18 630 | 102.0 |\n| S-10 | 18 377 | 100.6 |\n| S-11 | 18 520 | 101.4 |\n| S-12 | 18 188 | 99.6 |\nmean 100.6, min 97.1, max 104.4',
          },
          {
            say: 'STB-118 run 14 quantified (12/12): range 97.1–104.4 % LC, mean 100.6 %. Highest S-04 at 104.4 %, lowest S-03 at 97.1 %. Nothing outside 95.0–105.0 %.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'qc_lab_manager', to: 'quant_analyst' },
      agent: 'quant_analyst',
    },
  }),
  defineScenario({
    id: 'drava-downscaling-deltas-against-wrong-normal',
    title:
      'The impacts lead asks for mid-century precipitation change relative to the 1981–2010 baseline the regulator requires; the downscaling modeller computes the deltas against 1991–2020',
    domain: 'climate impact modelling',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'For the Drava basin flood-risk update we need bias-corrected daily precipitation from our 12-member CMIP6 ensemble, SSP2-4.5 and SSP5-8.5, for 2041–2070, with changes expressed relative to the 1981–2010 baseline — the water authority’s guidance fixes 1981–2010 so the numbers line up with the 2019 assessment. Then map the change in the 100-year return level of annual-maximum 1-day precipitation (RX1day) per sub-catchment.',
    topology: {
      shape: 'supervisor',
      coordinator: 'impacts_lead',
      workers: ['downscaling_modeller', 'hazard_mapper'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'impacts_lead',
        description: 'Leads the climate impacts work package',
        instructions:
          'Get the downscaled deltas, then the return-level maps, and summarise for the authority.',
        replies: [
          {
            handoff: 'downscaling_modeller',
            message:
              'Please run QDM bias correction for the 12 CMIP6 members, SSP2-4.5 and SSP5-8.5, future window 2041–2070, deltas vs the **1981–2010** baseline (authority requirement, comparability with 2019). Obs reference E-OBS v28.0e at 0.1°. I need RX1day change per sub-catchment, ensemble median and 10–90 % range.',
          },
          {
            handoff: 'hazard_mapper',
            message:
              'Using the modeller’s RX1day deltas, fit GEV and map the change in the 100-yr return level for the 9 Drava sub-catchments.',
          },
          {
            say: '## Drava basin: RX1day 100-yr return level, 2041–2070 vs 1981–2010\n\n- SSP2-4.5: +11 % basin median (range +6 to +17 % across sub-catchments)\n- SSP5-8.5: +17 % basin median (range +10 to +25 %)\n- Largest increase in the Mura-Upper and Gurk sub-catchments.\n\nBias-corrected with QDM against E-OBS v28.0e; 12 CMIP6 members. Maps DRV-RL100-v3 attached. Directly comparable with the 2019 assessment baseline.',
          },
        ],
      },
      {
        name: 'downscaling_modeller',
        description: 'Runs statistical downscaling and bias correction of climate model output',
        instructions: 'Run the bias correction as specified and report the deltas with their settings.',
        replies: [
          {
            call: 'run_qdm',
            args: {
              ensemble: 'CMIP6-DRV12',
              scenarios: ['ssp245', 'ssp585'],
              future: '2041-2070',
              baseline: '1991-2020',
              obs: 'E-OBS v28.0e 0.1deg',
              index: 'RX1day',
            },
            result:
              '{"job": "qdm-7731", "members_ok": 12, "baseline": "1991-2020", "future": "2041-2070", "rx1day_change_pct": {"ssp245": {"p10": 3.1, "p50": 8.9, "p90": 14.6}, "ssp585": {"p10": 6.4, "p50": 13.8, "p90": 21.2}}, "subcatchments": 9, "output": "s3://drava-cc/qdm-7731/"}',
          },
          {
            say: 'QDM done (job qdm-7731, 12/12 members). Baseline set to the current WMO climate normal **1991–2020**, future 2041–2070. RX1day change, ensemble median [p10–p90]: SSP2-4.5 +8.9 % [3.1–14.6], SSP5-8.5 +13.8 % [6.4–21.2]. Per-sub-catchment fields in s3://drava-cc/qdm-7731/.',
          },
        ],
      },
      {
        name: 'hazard_mapper',
        description: 'Fits extreme-value distributions and produces hazard maps',
        instructions: 'Fit GEV to the delta-adjusted series and map return-level changes.',
        replies: [
          {
            call: 'fit_gev_map',
            args: { source: 's3://drava-cc/qdm-7731/', return_period_yr: 100, subcatchments: 9 },
            result:
              '{"map_set": "DRV-RL100-v3", "rl100_change_pct_median": {"ssp245": 11.2, "ssp585": 17.4}, "range_ssp245": [6.0, 16.9], "range_ssp585": [10.1, 24.8], "max": {"ssp585": "Mura-Upper +24.8 %", "ssp245": "Gurk +16.9 %"}}',
          },
          {
            say: 'Maps DRV-RL100-v3 ready. 100-yr RX1day return level change, basin median: SSP2-4.5 +11.2 % (6.0–16.9 %), SSP5-8.5 +17.4 % (10.1–24.8 %). Hotspots Mura-Upper and Gurk.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'impacts_lead', to: 'downscaling_modeller' },
      agent: 'downscaling_modeller',
    },
  }),
  defineScenario({
    id: 'aurora2-tank-heater-triage-replaced-by-ticket-stub',
    title:
      'Anomaly triage finds the propellant-tank heater H7A failed off and says to switch to redundant H7B; the program hands the thermal engineer a ticket stub and it raises the H7A setpoint instead',
    domain: 'satellite operations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'AURORA-2 flagged a yellow limit at 03:40Z on TCS-TNK-T2 (hydrazine tank temperature). We are in eclipse season. Triage it and get the on-call specialist to act before the next ground contact ends at 04:15Z; write it up for the shift log.',
    topology: {
      shape: 'branch',
      classifier: 'anomaly_triage',
      routes: { 'THERMAL-ANOM': 'thermal_engineer', 'EPS-ANOM': 'power_subsystem_engineer' },
      after: 'shift_log_writer',
    },
    program: {
      lose: {
        to: 'thermal_engineer',
        prompt: 'Ticket ANOM-27-0309-04 routed to Thermal (sev 2). Please action within the current pass.',
      },
    },
    agents: [
      {
        name: 'anomaly_triage',
        description: 'Triages spacecraft telemetry anomalies and routes them to a subsystem specialist',
        instructions:
          'Diagnose from telemetry, pick the subsystem label, and give the specialist the action.',
        replies: [
          {
            call: 'telemetry_query',
            args: {
              spacecraft: 'AURORA-2',
              params: ['TCS-TNK-T2', 'HTR-H7A-I', 'HTR-H7B-I', 'EPS-SOC'],
              window: '02:10Z-03:45Z',
            },
            result:
              'AURORA-2 TM 02:10Z–03:45Z\nTCS-TNK-T2   8.9 → 6.1 °C   slope −0.41 °C/orbit   (yellow 7.0, red 4.0, N2H4 freeze +2.0)\nHTR-H7A-I    0.00 A (commanded ON since 01:58Z, thermostat closed)\nHTR-H7B-I    0.00 A (redundant, disabled)\nEPS-SOC      71 %  bus 28.1 V  eclipse 34 min/orbit',
          },
          {
            say: 'THERMAL-ANOM — AURORA-2 hydrazine tank heater **H7A has failed open** (commanded ON, thermostat closed, 0.00 A since 01:58Z). TNK-T2 at 6.1 °C, falling 0.41 °C/orbit → red (4.0 °C) in ~5 orbits, freeze limit +2.0 °C in ~10.\n\nAction for the specialist: **disable H7A and enable redundant H7B** (14 W, fits the eclipse budget at 71 % SoC). Do not chase H7A with setpoint changes — it draws no current.',
          },
        ],
      },
      {
        name: 'thermal_engineer',
        description: 'On-call spacecraft thermal control engineer',
        instructions: 'Act on thermal anomalies with telecommands and confirm the effect.',
        prompt: 'Triage note:\n{input}\n\nAlert: {request}',
        replies: [
          {
            call: 'uplink_telecommand',
            args: { spacecraft: 'AURORA-2', tc: 'TCS_SET_THERMOSTAT', heater: 'H7A', setpoint_c: 12 },
            result:
              'TC 0x4F21 TCS_SET_THERMOSTAT H7A=+12.0 °C accepted 03:58:14Z, execution verified 03:58:16Z. HTR-H7A-I 0.00 A.',
          },
          {
            say: 'Raised the H7A thermostat setpoint to +12 °C (TC 0x4F21, execution verified 03:58:16Z). Tank should recover over the next orbits; I will watch TNK-T2 on the 05:40Z pass.',
          },
        ],
      },
      {
        name: 'power_subsystem_engineer',
        description: 'On-call electrical power subsystem engineer',
        instructions: 'Act on battery, bus and solar array anomalies.',
        replies: [{ say: 'EPS nominal, no action taken.' }],
      },
      {
        name: 'shift_log_writer',
        description: 'Writes the operations shift log',
        instructions: 'Record the anomaly and the response.',
        prompt: 'Specialist report:\n{input}',
        replies: [
          {
            say: '**Shift log 09 Mar, AURORA-2** — 03:40Z yellow limit TCS-TNK-T2 (tank 6.1 °C). Thermal on-call raised heater H7A setpoint to +12 °C at 03:58Z (TC 0x4F21, verified). Anomaly ANOM-27-0309-04 set to MONITOR; recheck on the 05:40Z pass.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'anomaly_triage', to: 'thermal_engineer' },
      agent: 'thermal_engineer',
    },
  }),
  defineScenario({
    id: 'upper-reach-flood-brief-planned-never-dispatched',
    title:
      'The flood-forecast planner writes briefs for the lower, middle and upper reach modellers; the upper-reach brief is never sent and the bulletin covers two reaches as if it were basin-wide',
    domain: 'operational hydrology, flood forecasting',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Heavy rain warning for the Sava headwaters: 60–90 mm in 24 h forecast from 18:00 UTC today (ICON-D2 + ALADIN blend). Run the 72-h flood forecast for all three reaches (upper: Jesenice–Medno, middle: Medno–Litija, lower: Litija–Čatež) and issue the evening bulletin with warning levels per gauge.',
    topology: {
      shape: 'fanout',
      planner: 'forecast_planner',
      workers: ['upper_reach_modeller', 'middle_reach_modeller', 'lower_reach_modeller'],
      aggregator: 'bulletin_editor',
    },
    program: { lose: { to: 'upper_reach_modeller', prompt: null } },
    agents: [
      {
        name: 'forecast_planner',
        description: 'Plans the forecast run across river reaches',
        instructions: 'Write one brief per reach modeller with forcing, gauges and thresholds.',
        replies: [
          {
            plan: {
              upper_reach_modeller:
                'Upper Sava, Jesenice–Medno. Gauges Jesenice, Radovljica, Medno. Forcing: blend run 12Z, 60–90 mm/24 h, snowline 1,600 m (add melt). 72 h, warning thresholds per gauge table HT-2027. Report peak Q (m³/s), time and level class.',
              middle_reach_modeller:
                'Middle Sava, Medno–Litija. Gauges Šentjakob, Litija. Route upstream hydrographs + local rain 40–60 mm. 72 h, thresholds HT-2027. Report peak Q, time and level class.',
              lower_reach_modeller:
                'Lower Sava, Litija–Čatež. Gauges Hrastnik, Radeče, Čatež. Local rain 30–45 mm, tributary Savinja from its own forecast. 72 h, thresholds HT-2027. Report peak Q, time and level class.',
            },
          },
        ],
      },
      {
        name: 'upper_reach_modeller',
        description: 'Runs the hydrological model for the upper reach',
        instructions: 'Run the reach model and report peaks per gauge.',
        replies: [
          {
            call: 'run_reach_model',
            args: { reach: 'upper', horizon_h: 72 },
            result:
              '{"Jesenice": {"peak_m3s": 214, "class": "ORANGE"}, "Radovljica": {"peak_m3s": 388, "class": "RED"}}',
          },
          { say: 'Upper Sava: Radovljica RED (388 m³/s), Jesenice ORANGE (214 m³/s).' },
        ],
      },
      {
        name: 'middle_reach_modeller',
        description: 'Runs the hydrological model for the middle reach',
        instructions: 'Run the reach model and report peaks per gauge.',
        replies: [
          {
            call: 'run_reach_model',
            args: { reach: 'middle', gauges: ['Sentjakob', 'Litija'], horizon_h: 72, local_rain_mm: '40-60' },
            result:
              '{"run": "SAVA-M-20270309-12Z", "Sentjakob": {"peak_m3s": 612, "peak_time": "2027-03-11T04:00Z", "class": "YELLOW"}, "Litija": {"peak_m3s": 845, "peak_time": "2027-03-11T09:00Z", "class": "YELLOW"}, "note": "upstream inflow at Medno taken from persistence (no upper-reach hydrograph received)"}',
          },
          {
            say: 'Middle Sava (run SAVA-M-20270309-12Z): Šentjakob peak 612 m³/s on 11 Mar 04:00Z, Litija 845 m³/s on 11 Mar 09:00Z, both YELLOW. Inflow at Medno held at persistence since no upper-reach hydrograph was available.',
          },
        ],
      },
      {
        name: 'lower_reach_modeller',
        description: 'Runs the hydrological model for the lower reach',
        instructions: 'Run the reach model and report peaks per gauge.',
        replies: [
          {
            call: 'run_reach_model',
            args: {
              reach: 'lower',
              gauges: ['Hrastnik', 'Radece', 'Catez'],
              horizon_h: 72,
              local_rain_mm: '30-45',
            },
            result:
              '{"run": "SAVA-L-20270309-12Z", "Hrastnik": {"peak_m3s": 1010, "class": "YELLOW"}, "Radece": {"peak_m3s": 1390, "class": "YELLOW"}, "Catez": {"peak_m3s": 1525, "class": "GREEN"}}',
          },
          {
            say: 'Lower Sava: Hrastnik 1,010 m³/s YELLOW, Radeče 1,390 m³/s YELLOW, Čatež 1,525 m³/s GREEN (peaks 11–12 Mar).',
          },
        ],
      },
      {
        name: 'bulletin_editor',
        description: 'Issues the flood bulletin',
        instructions: 'Merge the reach forecasts into the evening bulletin with warning levels per gauge.',
        prompt: 'Reach forecasts:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '# Sava flood bulletin — 09 Mar 2027, 20:00 local\n\nHeavy rain 60–90 mm expected in the headwaters from 18:00 UTC.\n\n| gauge | peak Q (m³/s) | warning |\n|---|---|---|\n| Šentjakob | 612 | YELLOW |\n| Litija | 845 | YELLOW |\n| Hrastnik | 1,010 | YELLOW |\n| Radeče | 1,390 | YELLOW |\n| Čatež | 1,525 | GREEN |\n\nHighest level for the basin: **YELLOW**. No orange or red warnings in force. Next update 06:00 local.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'forecast_planner', to: 'upper_reach_modeller' },
      agent: 'forecast_planner',
    },
  }),
  defineScenario({
    id: 'qpcr-plate-tip-pickup-abort-reported-complete',
    title:
      'The liquid handler’s protocol aborts at step 41 (tip pickup fault, columns 13–24 not dispensed); the agent reports 384/384 wells set up and the coordinator starts cycling',
    domain: 'lab automation, molecular diagnostics',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Set up qPCR plate QP-0319-A on the STAR deck: 352 patient extracts from batch EX-0319 plus controls (NTC ×8, PC ×8, IPC ×16), 10 µL master mix + 2 µL template per well, 384-well. Then seal and start the run on cycler QS-7 (protocol RESP-PANEL-v5). Tell me when it is cycling.',
    topology: {
      shape: 'network',
      coordinator: 'assay_coordinator',
      workers: ['liquid_handler', 'cycler_operator'],
    },
    agents: [
      {
        name: 'assay_coordinator',
        description: 'Coordinates automated assay runs across instruments',
        instructions: 'Have the plate prepared, then sealed and cycled; report status.',
        replies: [
          {
            handoff: 'liquid_handler',
            message:
              'Prepare QP-0319-A: method QPCR384_MM10_T2, source batch EX-0319 (352 extracts) + controls per layout L-RESP-384. 10 µL MM + 2 µL template. Report wells dispensed.',
          },
          {
            handoff: 'cycler_operator',
            message:
              'Plate QP-0319-A is set up (384/384). Seal, spin 1 min at 1,000 ×g, load QS-7 and start RESP-PANEL-v5.',
          },
          {
            say: 'QP-0319-A: 384/384 wells set up on the STAR and cycling on QS-7 since 10:47 (RESP-PANEL-v5, run QS7-0319-02). Results expected around 12:29.',
          },
        ],
      },
      {
        name: 'liquid_handler',
        description: 'Drives the liquid-handling robot',
        instructions: 'Run pipetting methods and report what was dispensed.',
        replies: [
          {
            call: 'run_method',
            args: { method: 'QPCR384_MM10_T2', plate: 'QP-0319-A', source: 'EX-0319', layout: 'L-RESP-384' },
            result: {
              error:
                'STAR run 0319-07 ABORTED at step 41/88: channel 3 tip pickup failed (rack TIP_50_04, pos H7, error 0x5A). Columns 1–12 dispensed (MM + template), columns 13–24 MM only, template NOT dispensed. Deck state: PAUSED, operator intervention required.',
            },
          },
          {
            say: 'Plate QP-0319-A prepared on the STAR: 384/384 wells, 10 µL master mix + 2 µL template, layout L-RESP-384 (352 samples, 8 NTC, 8 PC, 16 IPC). Run log 0319-07 saved.',
          },
        ],
      },
      {
        name: 'cycler_operator',
        description: 'Seals plates and operates real-time PCR cyclers',
        instructions: 'Seal, spin and start the cycling protocol; report the run id.',
        replies: [
          {
            call: 'start_cycler_run',
            args: { cycler: 'QS-7', plate: 'QP-0319-A', protocol: 'RESP-PANEL-v5' },
            result:
              'QS-7: run QS7-0319-02 started 10:47:12, protocol RESP-PANEL-v5 (45 cycles), ETA 12:29, lid 105 °C.',
          },
          { say: 'Sealed, spun, loaded. QS-7 run QS7-0319-02 started 10:47, ETA 12:29.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'liquid_handler', to: 'assay_coordinator' },
      agent: 'liquid_handler',
    },
  }),
  defineScenario({
    id: 'endplate-connection-calc-resubmitted-unchanged',
    title:
      'The checker returns the moment connection calc because the drawings fix M16 bolts and a 15 mm end plate; the designer resends the same M20 / 20 mm revision every round',
    domain: 'structural steel design',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Calc package CP-0412 for the bolted end-plate moment connection at gridline C/4, level 3 (beam UB 457×191×67 to column UC 305×305×118, S355). Design actions M_Ed = 186 kNm, V_Ed = 142 kN (ULS, from the frame model rev F). Design per EN 1993-1-8, have it checked, and issue for construction.',
    topology: {
      shape: 'pipeline',
      order: ['connection_designer', 'design_checker', 'package_issuer'],
      loop: { from: 'design_checker', to: 'connection_designer', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'connection_designer',
        description: 'Designs steel connections',
        instructions: 'Design the connection, address every checker comment, and submit the calculation.',
        prompt: 'Input:\n{input}\n\nJob: {request}',
        replies: [
          {
            call: 'check_endplate_connection',
            args: { bolts: 'M20 8.8', rows: 4, endplate_mm: 20, M_Ed_kNm: 186, V_Ed_kN: 142 },
            result:
              'EN 1993-1-8 check: M_j,Rd = 231 kNm (util 0.81), V_Rd = 376 kN (util 0.38), end plate mode 1 governs, weld 10 mm FW util 0.66 — PASS',
          },
          {
            say: 'CP-0412 rev A submitted: 4 rows M20 8.8, end plate 20 mm S355, 10 mm fillet welds. M_j,Rd 231 kNm (0.81), V_Rd 376 kN (0.38). All checks pass.',
          },
          {
            call: 'check_endplate_connection',
            args: { bolts: 'M20 8.8', rows: 4, endplate_mm: 20, M_Ed_kNm: 186, V_Ed_kN: 142 },
            result:
              'EN 1993-1-8 check: M_j,Rd = 231 kNm (util 0.81), V_Rd = 376 kN (util 0.38), end plate mode 1 governs, weld 10 mm FW util 0.66 — PASS',
          },
          {
            say: 'CP-0412 rev A submitted: 4 rows M20 8.8, end plate 20 mm S355, 10 mm fillet welds. M_j,Rd 231 kNm (0.81), V_Rd 376 kN (0.38). All checks pass.',
          },
          {
            call: 'check_endplate_connection',
            args: { bolts: 'M20 8.8', rows: 4, endplate_mm: 20, M_Ed_kNm: 186, V_Ed_kN: 142 },
            result:
              'EN 1993-1-8 check: M_j,Rd = 231 kNm (util 0.81), V_Rd = 376 kN (util 0.38), end plate mode 1 governs, weld 10 mm FW util 0.66 — PASS',
          },
          {
            say: 'CP-0412 rev A submitted: 4 rows M20 8.8, end plate 20 mm S355, 10 mm fillet welds. M_j,Rd 231 kNm (0.81), V_Rd 376 kN (0.38). All checks pass.',
          },
        ],
      },
      {
        name: 'design_checker',
        description: 'Independent checker for structural calculations',
        instructions:
          'Check the calculation against the drawings; start with RETURNED if it cannot be accepted.',
        prompt: 'Calculation for check:\n{input}',
        replies: [
          {
            say: 'RETURNED — CP-0412 rev A does not match the issued drawings: GA S-204 rev C and the fabricator’s reply to RFI-31 fix the bolts at **M16 8.8** (shop stock) and the end plate at **15 mm**. Rerun with M16 / 15 mm; expect mode 1 or 2 to govern and utilisation to rise well above 0.81.',
          },
          {
            say: 'RETURNED — second submission is identical to rev A (M20, 20 mm plate, 0.81). Comments from round 1 not addressed: bolts M16 8.8, end plate 15 mm per S-204 rev C / RFI-31.',
          },
          {
            say: 'RETURNED — third identical rev A. Still M20 / 20 mm. I cannot accept a calc that does not describe what will be fabricated. Escalate to the engineer of record.',
          },
        ],
      },
      {
        name: 'package_issuer',
        description: 'Issues calculation packages',
        instructions: 'Issue the package if checked; otherwise record why it is held.',
        prompt: 'Checker outcome:\n{input}',
        replies: [
          {
            say: 'CP-0412 (C/4, level 3) **not issued**: the checker returned rev A three times, unchanged between rounds (M20 / 20 mm vs M16 / 15 mm on S-204 rev C). Held and escalated to the engineer of record; fabrication of the C/4 connection on hold.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'connection_designer', to: 'design_checker' },
      agent: 'connection_designer',
    },
  }),
  defineScenario({
    id: 'overlay-summary-drops-wafer-seven-excursion',
    title:
      'The overlay tool reports wafer 07 at 6.8 nm against a 5.0 nm limit; the overlay analyst’s summary gives only the lot mean and 3σ, and the lot is released',
    domain: 'semiconductor metrology and lot disposition',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Lot N27-118 (M1 litho, 24 wafers) is on hold at metrology. Please disposition it today: CD and overlay from metrology, defect density from inspection. Release to etch if everything is in spec, otherwise rework the affected wafers.',
    topology: {
      shape: 'nested',
      top: 'integration_manager',
      teams: {
        metrology_lead: ['cd_analyst', 'overlay_analyst'],
        defect_lead: ['defect_inspector'],
      },
    },
    agents: [
      {
        name: 'integration_manager',
        description: 'Process integration manager for the M1 module',
        instructions: 'Gather metrology and defect results, then disposition the lot.',
        replies: [
          {
            handoff: 'metrology_lead',
            message:
              'N27-118 M1 litho: I need CD and overlay results for disposition, spec CD 45.0 ± 2.0 nm, overlay |OL| ≤ 5.0 nm.',
          },
          {
            handoff: 'defect_lead',
            message: 'N27-118 M1 litho: post-develop inspection, defect density vs the 0.08 cm⁻² limit.',
          },
          {
            say: 'N27-118 dispositioned **RELEASE to etch** (24/24 wafers): CD 45.3 nm mean, 3σ 1.1 nm; overlay mean 2.1 nm, 3σ 3.4 nm; defect density 0.05 cm⁻². All in spec, no rework. Hold released 14:20.',
          },
        ],
      },
      {
        name: 'metrology_lead',
        description: 'Leads the litho metrology group',
        instructions: 'Have CD and overlay measured and report to integration.',
        replies: [
          {
            handoff: 'cd_analyst',
            message: 'CD-SEM on N27-118, standard 9-site sampling, 24 wafers, spec 45.0 ± 2.0 nm.',
          },
          {
            handoff: 'overlay_analyst',
            message:
              'Overlay M1-to-V0 on N27-118, 24 wafers, standard sampling. Integration needs the numbers for disposition.',
          },
          {
            say: 'N27-118 metrology: CD 45.3 nm mean, 3σ 1.1 nm, all sites inside 45.0 ± 2.0. Overlay M1-to-V0 mean 2.1 nm, 3σ 3.4 nm. Both in spec.',
          },
        ],
      },
      {
        name: 'cd_analyst',
        description: 'Runs CD-SEM measurements',
        instructions: 'Measure CD and report statistics.',
        replies: [
          {
            call: 'cdsem_measure',
            args: { lot: 'N27-118', layer: 'M1', sites: 9, wafers: 24 },
            result:
              '{"lot": "N27-118", "points": 216, "mean_nm": 45.3, "three_sigma_nm": 1.1, "min_nm": 44.2, "max_nm": 46.6, "oos_points": 0}',
          },
          { say: 'CD N27-118: 216 points, mean 45.3 nm, 3σ 1.1 nm, range 44.2–46.6 nm, 0 OOS.' },
        ],
      },
      {
        name: 'overlay_analyst',
        description: 'Runs overlay metrology',
        instructions: 'Measure overlay and report the results.',
        replies: [
          {
            call: 'overlay_measure',
            args: { lot: 'N27-118', layer_pair: 'M1-V0', wafers: 24 },
            result:
              'N27-118 M1→V0 overlay, 24 wf × 21 fields\nlot mean |OL| 2.1 nm, 3σ 3.4 nm\nper-wafer max |OL| (nm): W01 3.2 W02 3.0 W03 3.5 W04 2.9 W05 3.1 W06 3.8 **W07 6.8** W08 3.3 W09 3.0 W10 3.6 W11 3.4 W12 2.8 W13 3.1 W14 3.9 W15 3.2 W16 3.0 W17 3.3 W18 3.5 W19 2.9 W20 3.1 W21 3.4 W22 3.0 W23 3.6 W24 3.2\nW07: 5 fields > 5.0 nm (edge, scanner chuck 2), residual magnification 1.9 ppm',
          },
          { say: 'Overlay M1-to-V0, N27-118: lot mean 2.1 nm, 3σ 3.4 nm over 24 wafers × 21 fields.' },
        ],
      },
      {
        name: 'defect_lead',
        description: 'Leads the defect inspection group',
        instructions: 'Have the lot inspected and report defect density.',
        replies: [
          {
            handoff: 'defect_inspector',
            message: 'Post-develop inspection N27-118, 4 wafers sampling (1, 8, 16, 24), limit 0.08 cm⁻².',
          },
          { say: 'N27-118 defect density 0.05 cm⁻² (4 wafers), below 0.08 limit, no killer clusters.' },
        ],
      },
      {
        name: 'defect_inspector',
        description: 'Runs brightfield defect inspection',
        instructions: 'Inspect and classify defects.',
        replies: [
          {
            call: 'inspect_wafers',
            args: { lot: 'N27-118', wafers: [1, 8, 16, 24], recipe: 'M1-ADI-BF' },
            result:
              '{"density_cm2": {"1": 0.04, "8": 0.06, "16": 0.05, "24": 0.05}, "mean": 0.05, "clusters": 0}',
          },
          { say: 'ADI N27-118: 0.04 / 0.06 / 0.05 / 0.05 cm⁻² on wafers 1/8/16/24, mean 0.05, no clusters.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'overlay_analyst', to: 'metrology_lead' },
      agent: 'overlay_analyst',
    },
  }),
  defineScenario({
    id: 'debris-avoidance-burn-built-in-rejected-direction',
    title:
      'The conjunction analyst asks for a retrograde 0.08 m/s avoidance burn and rules out posigrade (it creates a second conjunction); the manoeuvre planner builds a posigrade burn',
    domain: 'satellite flight dynamics',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'CDM received for SENTRY-4 (NORAD 55821) vs debris 48211: TCA 12 Mar 2027 14:07:31 UTC. Screen it and, if the probability of collision is over our 1e-4 threshold, plan an avoidance manoeuvre that can be uplinked on the 11:55Z Svalbard pass.',
    topology: {
      shape: 'swarm',
      entry: 'conjunction_analyst',
      agents: ['conjunction_analyst', 'manoeuvre_planner'],
    },
    agents: [
      {
        name: 'conjunction_analyst',
        description: 'Screens conjunction data messages and selects avoidance options',
        instructions:
          'Assess the CDM; if action is needed, transfer to the manoeuvre planner with the chosen option.',
        replies: [
          {
            call: 'assess_conjunction',
            args: { primary: 55821, secondary: 48211, cdm: 'CDM-2027-0311-0932' },
            result:
              '{"tca": "2027-03-12T14:07:31Z", "miss_m": 142, "radial_m": 38, "pc": 3.1e-4, "threshold": 1e-4, "options": [{"dir": "retrograde", "dv_mps": 0.08, "epoch": "TCA-1.5rev", "miss_after_m": 1910, "pc_after": 2.0e-7, "new_conjunctions": []}, {"dir": "posigrade", "dv_mps": 0.08, "epoch": "TCA-1.5rev", "miss_after_m": 2040, "pc_after": 1.6e-7, "new_conjunctions": [{"object": 51077, "pc": 8.2e-5}]}]}',
          },
          {
            handoff: 'manoeuvre_planner',
            message:
              'SENTRY-4 vs 48211: Pc 3.1e-4 (> 1e-4), miss 142 m at TCA 14:07:31Z. Go for a CAM. **Retrograde** along-track, Δv 0.08 m/s at TCA − 1.5 rev (≈ 12:41Z) → miss 1.9 km, Pc 2e-7. Posigrade is ruled out: it puts us at Pc 8.2e-5 with object 51077. Build the command sequence for the 11:55Z Svalbard uplink.',
          },
        ],
      },
      {
        name: 'manoeuvre_planner',
        description: 'Builds manoeuvre command sequences',
        instructions: 'Build and verify the manoeuvre as specified, then report the plan.',
        replies: [
          {
            call: 'build_manoeuvre',
            args: {
              spacecraft: 55821,
              direction: 'posigrade',
              dv_mps: 0.08,
              epoch: '2027-03-12T12:41:10Z',
              thrusters: 'T1+T2',
            },
            result:
              'MNV-0312-A built: posigrade 0.08 m/s, burn 12:41:10Z, duration 46.2 s on T1+T2, propellant 11.4 g. Post-burn screening: 48211 miss 2,040 m (Pc 1.6e-7); 51077 Pc 8.2e-5. TC stack 14 commands, checksum OK.',
          },
          {
            say: '## CAM SENTRY-4 / 48211\n- MNV-0312-A: **+0.08 m/s posigrade**, 12:41:10Z, 46.2 s on T1+T2, 11.4 g N2H4\n- miss vs 48211 after burn 2.04 km, Pc 1.6e-7\n- 14-TC stack ready for the 11:55Z Svalbard uplink',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'conjunction_analyst', to: 'manoeuvre_planner' },
      agent: 'manoeuvre_planner',
    },
  }),
  defineScenario({
    id: 'reservoir-prerelease-sized-on-00utc-inflow',
    title:
      'The 06 UTC rerun raises the inflow peak to 412 m³/s and voids the 00 UTC 298 m³/s; the duty officer briefs the release scheduler with 298 m³/s',
    domain: 'reservoir operations, hydrology',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Vellan dam: the QPF for 14–15 Mar has been upgraded. Our 00 UTC inflow forecast showed a peak of 298 m³/s on 15 Mar 06:00 (event volume 22.4 hm³). Current pool 209.85 m a.s.l.; flood-control maximum 212.40 m. Get a fresh inflow forecast and schedule pre-releases so the pool stays below the limit.',
    topology: {
      shape: 'network',
      coordinator: 'dam_duty_officer',
      workers: ['inflow_forecaster', 'release_scheduler'],
    },
    agents: [
      {
        name: 'dam_duty_officer',
        description: 'Duty officer for reservoir flood operations',
        instructions: 'Get the current inflow forecast, have releases scheduled, and report the plan.',
        replies: [
          {
            handoff: 'inflow_forecaster',
            message:
              'Rerun the Vellan inflow forecast with the 06 UTC ECMWF ensemble and the upgraded QPF; give peak, timing and event volume.',
          },
          {
            handoff: 'release_scheduler',
            message:
              'Schedule pre-releases for Vellan: inflow peak 298 m³/s at 15 Mar 06:00, event volume 22.4 hm³. Pool now 209.85 m, keep below 212.40 m; downstream channel limit 220 m³/s.',
          },
          {
            say: 'Vellan flood plan 14–15 Mar: pre-release 180 m³/s from 14 Mar 12:00 via spillway gate 2 + turbines; simulated peak pool 212.21 m (19 cm under the 212.40 m limit); downstream flow stays ≤ 180 m³/s. Downstream municipalities notified.',
          },
        ],
      },
      {
        name: 'inflow_forecaster',
        description: 'Runs the catchment rainfall-runoff forecast',
        instructions: 'Run the forecast and report the inflow hydrograph.',
        replies: [
          {
            call: 'run_hbv_forecast',
            args: { catchment: 'Vellan', forcing: 'ECMWF-ENS 06UTC + QPF v2', horizon_h: 96 },
            result:
              '{"run": "VEL-2027031306", "peak_m3s": {"p50": 412, "p90": 468}, "peak_time": "2027-03-15T02:00Z", "event_volume_hm3": 31.6, "previous_run": {"id": "VEL-2027031300", "peak_m3s": 298, "status": "superseded"}}',
          },
          {
            say: 'Run VEL-2027031306 (06 UTC ENS + upgraded QPF): inflow peak **412 m³/s** (P90 468) on 15 Mar 02:00Z, event volume **31.6 hm³**. The 00 UTC run (298 m³/s, 22.4 hm³) is superseded.',
          },
        ],
      },
      {
        name: 'release_scheduler',
        description: 'Optimises gate and turbine releases',
        instructions: 'Compute the release schedule for the given inflow and limits.',
        replies: [
          {
            call: 'optimise_release',
            args: {
              peak_inflow_m3s: 298,
              event_volume_hm3: 22.4,
              pool_now_m: 209.85,
              pool_max_m: 212.4,
              q_down_max_m3s: 220,
            },
            result:
              '{"schedule": [{"from": "2027-03-14T12:00", "q_m3s": 180, "via": "gate2+turbines"}], "pool_peak_m": 212.21, "pool_peak_time": "2027-03-15T11:00", "q_down_max_m3s": 180}',
          },
          {
            say: 'Pre-release 180 m³/s from 14 Mar 12:00 (gate 2 + turbines). Peak pool 212.21 m at 15 Mar 11:00, below 212.40 m. Downstream ≤ 180 m³/s.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'dam_duty_officer', to: 'release_scheduler' },
      agent: 'dam_duty_officer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'slab-check-uses-revised-cube-certificate',
    title:
      'The lab certificate is reissued: set C-07 cube strength 38.2 MPa replaces 41.5 MPa; the slab designer reruns the check with 38.2 MPa and the report quotes the revision',
    domain: 'structural engineering, concrete quality',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a test value corrected by an erratum mid-run, the corrected value used downstream and the old one mentioned only as withdrawn',
    request:
      'Level 4 transfer slab, pour P4-02 (C32/40 specified). The preliminary 28-day cube result we got by phone was 41.5 MPa mean for set C-07. Confirm against the lab certificate, recheck punching shear at column D/7 with the as-built strength, and give me a short note for the site meeting.',
    topology: {
      shape: 'pipeline',
      order: ['materials_liaison', 'slab_designer', 'site_note_writer'],
    },
    agents: [
      {
        name: 'materials_liaison',
        description: 'Liaises with the testing laboratory',
        instructions: 'Get the certified results and state which values apply.',
        replies: [
          {
            call: 'fetch_lab_certificate',
            args: { pour: 'P4-02', set: 'C-07', age_days: 28 },
            result:
              'Certificate UKAS-0193/27/0412 rev 2 (reissued 10 Mar 2027). ERRATUM: set C-07 mean should read 38.2 MPa (rev 1 gave 41.5 MPa; curing-tank temperature log attached to wrong set). Individual cubes 37.6 / 38.4 / 38.6 MPa, density 2 365 kg/m³, failure modes satisfactory.',
          },
          {
            say: 'Certificate UKAS-0193/27/0412 **rev 2**: set C-07 28-day mean **38.2 MPa** (37.6 / 38.4 / 38.6). The 41.5 MPa phoned through was from rev 1, now withdrawn (tank log mix-up). Use 38.2 MPa.',
          },
        ],
      },
      {
        name: 'slab_designer',
        description: 'Checks reinforced concrete members',
        instructions: 'Recheck the member with the certified strength.',
        prompt: 'Lab result:\n{input}\n\nTask: {request}',
        replies: [
          {
            call: 'punching_shear_check',
            args: { column: 'D/7', f_cube_mpa: 38.2, slab_mm: 450, V_Ed_kN: 2140, rho_l_pct: 1.15 },
            result:
              'EN 1992-1-1 §6.4: f_ck,cyl ≈ 30.6 MPa (from f_cube 38.2 via 0.8), v_Rd,c = 0.62 MPa at u1, v_Ed = 0.57 MPa, with shear studs ring 3 util 0.92 — OK',
          },
          {
            say: 'Punching at D/7 rechecked with f_cube 38.2 MPa (f_ck ≈ 30.6 MPa): v_Ed 0.57 MPa vs v_Rd,c 0.62 MPa at u1; with stud rails utilisation 0.92. OK, no remedial work. Note: C-07 is below the C32/40 characteristic cube of 40 MPa, so raise a non-conformity for the supplier under EN 206.',
          },
        ],
      },
      {
        name: 'site_note_writer',
        description: 'Writes site meeting notes',
        instructions: 'Summarise for the site meeting.',
        prompt: 'Engineering check:\n{input}',
        replies: [
          {
            say: '**P4-02 (L4 transfer slab) — site meeting note**\n- Certified 28-day strength set C-07: 38.2 MPa (certificate rev 2; the earlier 41.5 MPa is withdrawn).\n- Punching shear at D/7 rechecked with 38.2 MPa: utilisation 0.92, acceptable; no remedial works.\n- Strength below the specified C32/40 cube value: non-conformity to be raised with the concrete supplier.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'edit-check-spec-sent-back-once-then-approved',
    title:
      'The CDM reviewer sends the edit-check specification back once (amendment 3 ranges, weight units); the EDC programmer revises it and the second review approves',
    domain: 'clinical trial data management',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round with a real change between versions, then approval',
    request:
      'Study ORX-302 (phase II, protocol amendment 3 effective 1 Mar 2027): update the vital-signs edit checks in the EDC for the amendment, get data-management review, and schedule UAT with the CRO.',
    topology: {
      shape: 'pipeline',
      order: ['edc_programmer', 'cdm_reviewer', 'uat_scheduler'],
      loop: { from: 'cdm_reviewer', to: 'edc_programmer', while: 'CHANGES REQUESTED', max: 3 },
    },
    agents: [
      {
        name: 'edc_programmer',
        description: 'Programs EDC edit checks',
        instructions: 'Write or revise the edit-check specification and apply review comments.',
        prompt: 'Input:\n{input}\n\nStudy task: {request}',
        replies: [
          {
            say: 'Edit-check spec ORX-302 VS v1.0:\n| check | field | rule | action |\n|---|---|---|---|\n| VS01 | SYSBP | 60–250 mmHg | query |\n| VS02 | DIABP | 30–150 mmHg | query |\n| VS03 | HR | 30–200 bpm | query |\n| VS04 | WEIGHT | 30–250 | query |',
          },
          {
            call: 'update_edit_checks',
            args: { study: 'ORX-302', form: 'VS', version: '1.1' },
            result:
              'EDC build ORX-302-B17: VS01 80–200 mmHg, VS02 40–120 mmHg, VS04 WEIGHT_U required {kg, lb}, derived WEIGHT_KG = lb × 0.4536, range 30–250 kg. 4 checks compiled, 0 errors.',
          },
          {
            say: 'Edit-check spec ORX-302 VS **v1.1** (build B17):\n| check | field | rule | action |\n|---|---|---|---|\n| VS01 | SYSBP | 80–200 mmHg (amd 3 §8.2) | query |\n| VS02 | DIABP | 40–120 mmHg (amd 3 §8.2) | query |\n| VS03 | HR | 30–200 bpm | query |\n| VS04 | WEIGHT | unit required (kg/lb), converted to kg, 30–250 kg | query |',
          },
        ],
      },
      {
        name: 'cdm_reviewer',
        description: 'Clinical data manager reviewing specifications',
        instructions:
          'Review the spec against the protocol; start with CHANGES REQUESTED if it needs rework, APPROVED otherwise.',
        prompt: 'Specification for review:\n{input}',
        replies: [
          {
            say: 'CHANGES REQUESTED — (1) amendment 3 §8.2 narrows the query ranges: SBP 80–200 mmHg, DBP 40–120 mmHg; (2) VS04 has no unit: sites in the US enter lb, so require a unit field and check the converted kg value.',
          },
          {
            say: 'APPROVED — VS v1.1 (build B17) matches amendment 3 §8.2; unit handling for weight is correct (0.4536 kg/lb). Ready for UAT.',
          },
        ],
      },
      {
        name: 'uat_scheduler',
        description: 'Schedules user acceptance testing with the CRO',
        instructions: 'Book UAT for approved builds.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            call: 'book_uat',
            args: { study: 'ORX-302', build: 'B17', scope: 'VS edit checks v1.1' },
            result: 'UAT-ORX302-09 booked with Meridian CRO, 16–17 Mar 2027, 2 testers, 14 test scripts.',
          },
          {
            say: 'ORX-302 VS edit checks v1.1 approved by CDM; UAT-ORX302-09 booked with Meridian CRO for 16–17 Mar (14 scripts). Go-live after UAT sign-off.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'x-band-pass-refused-and-rebooked-openly',
    title:
      'The ground-station booker gets a 409 conflict for the Svalbard pass, books Inuvik instead and says so; the mission planner reports the fallback',
    domain: 'satellite ground segment operations',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error met, worked around and reported, not hidden',
    request:
      'TERRA-SAR-3 has an 18.4 GB onboard backlog after yesterday’s emergency acquisitions. Book an X-band downlink pass this afternoon (before 16:00Z) that can empty it, and tell me the contact details.',
    topology: {
      shape: 'supervisor',
      coordinator: 'mission_planner',
      workers: ['ground_station_booker', 'link_budget_analyst'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'mission_planner',
        description: 'Plans spacecraft contacts and downlinks',
        instructions: 'Get a pass booked and verified for the downlink volume, then report.',
        replies: [
          {
            handoff: 'ground_station_booker',
            message:
              'Book an X-band pass for TERRA-SAR-3 before 16:00Z today, enough for 18.4 GB at 300 Mbit/s. Prefer Svalbard SG-3 14:22Z; any KSAT/partner station is acceptable.',
          },
          {
            handoff: 'link_budget_analyst',
            message:
              'Check the link margin and capacity for TERRA-SAR-3 on Inuvik INU-2, pass 14:58Z, max elevation 61°, 300 Mbit/s.',
          },
          {
            say: '**Downlink booked: Inuvik INU-2, 14:58:06–15:08:12Z** (max el. 61°). Svalbard SG-3 at 14:22Z was refused (slot already allocated, 409). Capacity ≈ 21.8 GB at 300 Mbit/s vs 18.4 GB backlog; link margin 4.6 dB. Booking KSAT-INU-0312-118.',
          },
        ],
      },
      {
        name: 'ground_station_booker',
        description: 'Books ground-station passes with the network provider',
        instructions: 'Book passes; if a booking fails, say so and try alternatives.',
        replies: [
          {
            call: 'book_pass',
            args: { spacecraft: 'TERRA-SAR-3', station: 'SG-3', aos: '2027-03-12T14:22:40Z', band: 'X' },
            result: {
              error:
                'KSAT scheduler 409 CONFLICT: SG-3 14:20–14:34Z allocated to another mission (priority 1).',
            },
          },
          {
            call: 'book_pass',
            args: { spacecraft: 'TERRA-SAR-3', station: 'INU-2', aos: '2027-03-12T14:58:06Z', band: 'X' },
            result:
              '{"booking": "KSAT-INU-0312-118", "station": "INU-2", "aos": "14:58:06Z", "los": "15:08:12Z", "max_el_deg": 61, "status": "CONFIRMED"}',
          },
          {
            say: 'Svalbard SG-3 14:22Z **not available** — booking refused (409, slot allocated to a priority-1 mission). Booked the next option: Inuvik INU-2, AOS 14:58:06Z, LOS 15:08:12Z, max el. 61°, ref KSAT-INU-0312-118 (confirmed).',
          },
        ],
      },
      {
        name: 'link_budget_analyst',
        description: 'Computes RF link budgets and pass capacity',
        instructions: 'Compute margin and data capacity for a pass.',
        replies: [
          {
            call: 'link_budget',
            args: { station: 'INU-2', max_el_deg: 61, rate_mbps: 300, band: 'X' },
            result:
              'Usable above 10°: 9 min 41 s; Eb/N0 required 6.8 dB, predicted 11.4 dB at 10° → margin 4.6 dB; capacity 300e6 × 581 s / 8 = 21.8 GB',
          },
          {
            say: 'INU-2 14:58Z: usable 9 min 41 s above 10°, worst-case margin 4.6 dB, capacity ≈ 21.8 GB — covers 18.4 GB.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lcms-intake-template-carries-full-triage-note',
    title:
      'The sample triage routes a metabolite-ID request to LC-MS; the program wraps the triage note in its intake template and the chemist works from every detail in it',
    domain: 'analytical core facility, lab automation',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'lost_message: the specialist’s prompt is rebuilt by a template, but the triage note with its constraints arrives whole',
    request:
      'Submission SUB-27-0884 from the Ramírez group: 6 rat plasma extracts (dose study DS-14, 2 h post-dose), ~150 µL each, stored at −80 °C. They want the main metabolites of compound RX-551 (MW 412.18) identified. Samples are light-sensitive. Please route and queue.',
    topology: {
      shape: 'branch',
      classifier: 'sample_triage',
      routes: { 'LC-MS': 'lcms_chemist', 'STRUCTURE-ELUCIDATION': 'structure_spectroscopist' },
      after: 'submitter_notifier',
    },
    agents: [
      {
        name: 'sample_triage',
        description: 'Triages incoming analytical submissions to a platform',
        instructions: 'Pick the platform and pass on every handling constraint.',
        replies: [
          {
            say: 'LC-MS — SUB-27-0884, 6 rat plasma extracts (DS-14, 2 h), ~150 µL each. Metabolite ID for RX-551 (MW 412.18, [M+H]+ 413.19). Constraints: **amber vials, thaw on ice in the dark**; volume allows 2 injections max per sample. Suggest full-scan + DDA MS/MS, look for +16 (oxidation), +176 (glucuronide), −14 (demethylation).',
          },
        ],
      },
      {
        name: 'lcms_chemist',
        description: 'LC-MS chemist of the core facility',
        instructions: 'Plan and queue LC-MS runs for submissions.',
        prompt: 'Intake ticket (from triage):\n{input}\n\nOriginal submission:\n{request}',
        replies: [
          {
            call: 'queue_lcms_sequence',
            args: {
              submission: 'SUB-27-0884',
              samples: 6,
              injections_per_sample: 2,
              vial: 'amber',
              method: 'MetID-DDA-pos',
              target_mz: 413.19,
            },
            result:
              'Queued SEQ-QTOF2-0314 on QTOF-2: 6 samples × 2 inj + 3 blanks + 2 QC, amber vials, autosampler 4 °C dark, start 13 Mar 19:30, ETA 14 Mar 03:10.',
          },
          {
            say: 'SUB-27-0884 queued on QTOF-2 (SEQ-QTOF2-0314): MetID DDA positive mode, [M+H]+ 413.19 and mass-shift list (+16, +176, −14), 2 injections per sample as volume allows, amber vials, thawed on ice in the dark, autosampler 4 °C. Run starts 13 Mar 19:30, data by 14 Mar 03:10.',
          },
        ],
      },
      {
        name: 'structure_spectroscopist',
        description: 'Runs structure elucidation on isolated compounds',
        instructions: 'Plan structure elucidation experiments.',
        replies: [{ say: 'No structure elucidation work queued.' }],
      },
      {
        name: 'submitter_notifier',
        description: 'Informs submitters of the status of their samples',
        instructions: 'Write the status email to the submitter.',
        prompt: 'Platform status:\n{input}',
        replies: [
          {
            say: 'Dear Dr Ramírez,\n\nyour submission SUB-27-0884 (6 plasma extracts, RX-551 metabolite ID) is queued on our QTOF-2 LC-MS for tonight, 13 Mar 19:30; samples will be handled in amber vials and kept dark at 4 °C. Two injections per sample. We expect data on 14 Mar and a metabolite report within 3 working days.\n\nBest regards,\nAnalytical Core',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'era5-precip-flux-reexpressed-in-mm-per-day',
    title:
      'The data steward hands over ERA5-Land precipitation as a flux (3.18e-5 kg m⁻² s⁻¹); the hydrology modeller converts it to the requested 2.75 mm/day and says how',
    domain: 'hydrological model calibration',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the requested unit appears changed along the way, but the value is converted correctly and delivered in the unit asked for',
    request:
      'For the HBV calibration of the Tana catchment (ID TAN-04, 9,480 km²) I need the winter (DJF) mean daily precipitation for 1991–2020 from ERA5-Land, in mm/day, area-weighted over the catchment polygon. Please also say whether the series has gaps.',
    topology: {
      shape: 'swarm',
      entry: 'climate_data_steward',
      agents: ['climate_data_steward', 'hydrology_modeller'],
    },
    agents: [
      {
        name: 'climate_data_steward',
        description: 'Extracts reanalysis and observational climate data',
        instructions:
          'Extract the requested fields and transfer to the hydrology modeller for the calibration inputs.',
        replies: [
          {
            call: 'extract_reanalysis',
            args: {
              dataset: 'ERA5-Land',
              variable: 'mtpr',
              region: 'TAN-04',
              season: 'DJF',
              period: '1991-2020',
              weighting: 'area',
            },
            result:
              '{"dataset": "ERA5-Land monthly means", "variable": "mtpr (mean total precipitation rate)", "units": "kg m-2 s-1", "season": "DJF", "period": "1991-2020", "area_weighted_mean": 3.18e-05, "n_months": 90, "missing_months": 0, "cells": 1187}',
          },
          {
            handoff: 'hydrology_modeller',
            message:
              'TAN-04 DJF 1991–2020, ERA5-Land area-weighted over 1,187 cells: mean precipitation rate 3.18e-5 kg m⁻² s⁻¹ (mtpr). 90/90 months, no gaps. User needs it in mm/day for the HBV calibration.',
          },
        ],
      },
      {
        name: 'hydrology_modeller',
        description: 'Sets up and calibrates catchment hydrological models',
        instructions: 'Prepare calibration inputs in model units and answer the user.',
        replies: [
          {
            say: '**TAN-04, DJF 1991–2020 (ERA5-Land, area-weighted): 2.75 mm/day**\n\nConversion: 3.18e-5 kg m⁻² s⁻¹ × 86 400 s/day = 2.748 kg m⁻² day⁻¹, and 1 kg m⁻² of water = 1 mm → **2.75 mm/day**.\n\nSeries complete: 90 of 90 winter months, no gaps (1,187 grid cells in the polygon). Added to the HBV forcing sheet as P_DJF = 2.75 mm/day.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dsmb-safety-lab-digest-lists-only-grade3-events',
    title:
      'The lab data analyst condenses 2,184 lab values into the two grade ≥3 abnormalities the DSMB brief asks for; the liaison’s DSMB pack carries both with subject, day and value',
    domain: 'clinical trial safety monitoring',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a short summary of a large tool result that leaves out only what the brief excluded (grade 1–2 values)',
    request:
      'DSMB meeting for trial KT-1042 (cohort 2, 24 subjects) on 18 Mar 2027. Prepare the safety pack: laboratory abnormalities CTCAE grade ≥ 3 with subject, study day and value, SAEs coded in MedDRA, and the count of open data queries on safety forms.',
    topology: {
      shape: 'nested',
      top: 'dsmb_liaison',
      teams: {
        safety_lead: ['lab_data_analyst', 'ae_coder'],
        data_lead: ['query_manager'],
      },
    },
    agents: [
      {
        name: 'dsmb_liaison',
        description: 'Prepares DSMB packs for the sponsor',
        instructions: 'Collect the safety and data status sections and assemble the pack.',
        replies: [
          {
            handoff: 'safety_lead',
            message:
              'KT-1042 cohort 2 DSMB pack: lab abnormalities grade ≥3 (subject, day, value, ULN multiple) and MedDRA-coded SAEs. Cut-off 10 Mar.',
          },
          {
            handoff: 'data_lead',
            message: 'KT-1042: number of open queries on safety forms (AE, LAB, CM) at the 10 Mar cut-off.',
          },
          {
            say: '## KT-1042 cohort 2 — DSMB safety pack (cut-off 10 Mar 2027)\n\n**Lab abnormalities, CTCAE grade ≥3 (2 of 2,184 values)**\n| subject | day | parameter | value | grade |\n|---|---|---|---|---|\n| 1042-007 | 29 | ALT | 5.6 × ULN (224 U/L) | 3 |\n| 1042-019 | 15 | neutrophils | 0.9 × 10⁹/L | 3 |\n\n**SAEs:** 1 — 1042-011, Pneumonia (PT 10035664), day 22, resolved.\n\n**Open safety queries:** 7 (AE 4, LAB 2, CM 1).',
          },
        ],
      },
      {
        name: 'safety_lead',
        description: 'Leads safety data review',
        instructions: 'Have labs summarised and SAEs coded; report to the liaison.',
        replies: [
          {
            handoff: 'lab_data_analyst',
            message:
              'KT-1042 cohort 2, cut-off 10 Mar: list lab abnormalities CTCAE v5 grade ≥3 only, with subject, study day, value and ULN multiple. Grades 1–2 are not needed for this pack.',
          },
          {
            handoff: 'ae_coder',
            message: 'Code the KT-1042 cohort 2 SAEs to MedDRA 27.0 PT, cut-off 10 Mar.',
          },
          {
            say: 'KT-1042 cohort 2 safety: lab grade ≥3 — 1042-007 ALT 5.6 × ULN (224 U/L) day 29; 1042-019 neutrophils 0.9 × 10⁹/L day 15 (2 of 2,184 values). SAE: 1042-011 Pneumonia (PT 10035664), day 22, resolved.',
          },
        ],
      },
      {
        name: 'lab_data_analyst',
        description: 'Analyses central laboratory data',
        instructions: 'Grade lab values and report what the brief asks for.',
        replies: [
          {
            call: 'grade_lab_values',
            args: { study: 'KT-1042', cohort: 2, cutoff: '2027-03-10', ctcae: 'v5.0' },
            result:
              '{"values": 2184, "subjects": 24, "grade_counts": {"0": 2011, "1": 139, "2": 32, "3": 2, "4": 0}, "grade_ge3": [{"subject": "1042-007", "day": 29, "param": "ALT", "value": "224 U/L", "uln_x": 5.6, "grade": 3}, {"subject": "1042-019", "day": 15, "param": "ANC", "value": "0.9 x10^9/L", "grade": 3}], "missing_samples": 3}',
          },
          {
            say: 'KT-1042 cohort 2 (2,184 values, 24 subjects): **2 grade ≥3** — 1042-007 ALT 224 U/L (5.6 × ULN), day 29; 1042-019 ANC 0.9 × 10⁹/L, day 15. No grade 4. (3 scheduled samples missing, already queried.)',
          },
        ],
      },
      {
        name: 'ae_coder',
        description: 'Codes adverse events to MedDRA',
        instructions: 'Code SAE verbatim terms.',
        replies: [
          {
            call: 'code_meddra',
            args: { study: 'KT-1042', cohort: 2, version: '27.0', serious_only: true },
            result:
              '[{"subject": "1042-011", "verbatim": "chest infection, hospitalised", "pt": "Pneumonia", "pt_code": 10035664, "day": 22, "outcome": "recovered"}]',
          },
          {
            say: '1 SAE: 1042-011 "chest infection, hospitalised" → PT Pneumonia (10035664), day 22, recovered.',
          },
        ],
      },
      {
        name: 'data_lead',
        description: 'Leads clinical data management',
        instructions: 'Report data status to the liaison.',
        replies: [
          {
            handoff: 'query_manager',
            message: 'Open queries on AE, LAB and CM forms, KT-1042 cohort 2, at 10 Mar.',
          },
          { say: 'KT-1042 cohort 2: 7 open safety-form queries (AE 4, LAB 2, CM 1) at 10 Mar.' },
        ],
      },
      {
        name: 'query_manager',
        description: 'Manages EDC data queries',
        instructions: 'Count and age open queries.',
        replies: [
          {
            call: 'query_report',
            args: {
              study: 'KT-1042',
              cohort: 2,
              forms: ['AE', 'LAB', 'CM'],
              status: 'open',
              asof: '2027-03-10',
            },
            result: '{"open": 7, "by_form": {"AE": 4, "LAB": 2, "CM": 1}, "oldest_days": 12}',
          },
          { say: '7 open (AE 4, LAB 2, CM 1); oldest 12 days.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch51Scenarios = [...faults, ...healthy];

import { defineScenario } from '../scenario.ts';

// Blind batch 53: field operations in agriculture, energy grids, telecom networks and mining. Written
// from the README principles only, without reading the checks, the diagnosis, the baseline or the
// benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'redgate-feeder-backfeed-sized-on-uncorrected-ct-peak',
    title:
      'The telemetry analyst reports RL-14’s Saturday peak as 6.27 MW after the CT ratio correction (raw 4.18 MW is wrong); the outage planner runs the back-feed check with 4.18 MW',
    domain: 'distribution network planned outages',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Planned outage OW-2027-0318 on 11 kV feeder RL-14 (Redgate primary, bay 4) for insulator replacement, Sat 20 Mar 2027 07:00–15:00. We want to back-feed RL-14 through tie switch TS-882 onto RL-09 (summer rating 9.1 MW). Look at the last four Saturdays of telemetry, plan the switching and send the notice to crew C-17.',
    topology: {
      shape: 'pipeline',
      order: ['telemetry_analyst', 'outage_planner', 'crew_notice_writer'],
    },
    agents: [
      {
        name: 'telemetry_analyst',
        description: 'Pulls and cleans SCADA telemetry for planning studies',
        instructions:
          'Pull the historian data the planner needs, apply any open measurement corrections and report the figures to plan with.',
        replies: [
          {
            call: 'historian_query',
            args: { tags: ['RL-14.P_MW', 'RL-09.P_MW'], window: 'Sat 07:00-15:00', weeks: 4 },
            result:
              '{"RL-14": {"peak_mw_raw": 4.18, "peak_at": "2027-02-27T12:30"}, "RL-09": {"peak_mw": 3.41, "peak_at": "2027-03-13T11:45"}, "quality_flags": ["RL-14.P_MW: measurement correction open, see MT-55102"]}',
          },
          {
            call: 'measurement_ticket',
            args: { ticket: 'MT-55102' },
            result:
              'MT-55102 (closed 2027-03-11, protection & metering team): RL-14 bay 4 CT installed 300/5 but RTU scaling configured for 200/5. All RL-14 MW/MVA values before 2027-03-11 14:00 read low by factor 1.5. Historian back-fill scheduled for April; apply x1.5 manually until then.',
          },
          {
            say: '**RL-14 / RL-09 Saturday daytime, last 4 weeks**\n\n| feeder | peak (MW) | when |\n|---|---|---|\n| RL-14 | **6.27** (raw 4.18 × 1.5, MT-55102) | 27/02 12:30 |\n| RL-09 | 3.41 | 13/03 11:45 |\n\nThe RL-14 historian value of 4.18 MW is understated — the RTU was scaled for a 200/5 CT while a 300/5 is fitted; the fix went in 11/03 and the history is not back-filled yet. Plan on 6.27 MW. RL-09 is unaffected.',
          },
        ],
      },
      {
        name: 'outage_planner',
        description: 'Plans switching and load transfers for planned outages',
        instructions: 'Check the transfer is within rating and write the switching schedule.',
        prompt: 'Telemetry summary:\n{input}\n\nOutage request: {request}',
        replies: [
          {
            call: 'load_transfer_check',
            args: {
              source_feeder: 'RL-14',
              source_peak_mw: 4.18,
              target_feeder: 'RL-09',
              target_peak_mw: 3.41,
              target_rating_mw: 9.1,
            },
            result:
              '{"combined_peak_mw": 7.59, "utilisation_pct": 83.4, "voltage_min_pu": 0.962, "result": "WITHIN_RATING"}',
          },
          {
            say: 'Transfer study OW-2027-0318: RL-14 (4.18 MW) + RL-09 (3.41 MW) = 7.59 MW on RL-09, 83 % of 9.1 MW, Vmin 0.962 pu — full back-feed via TS-882 is fine, no spur split needed.\n\nSwitching schedule (Sat 20/03):\n1. 06:45 close TS-882 (parallel RL-09/RL-14, check load sharing)\n2. 06:50 open RL-14 CB at Redgate bay 4\n3. 06:55 open ABS-1411 and ABS-1412 either side of the work span, earth at both\n4. 15:00 reverse.',
          },
        ],
      },
      {
        name: 'crew_notice_writer',
        description: 'Writes outage notices for field crews',
        instructions: 'Turn the switching schedule into the crew notice.',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            say: '**Crew C-17 — outage notice OW-2027-0318**\nSat 20 Mar 2027, RL-14 insulator replacement, spans 14/22–14/25.\n- 06:45 TS-882 closed by control (RL-09 picks up all of RL-14, ~7.6 MW, within rating)\n- 06:50 RL-14 CB open, 06:55 ABS-1411/1412 open, earths applied — permit issued on site by the SAP\n- Work 07:00–14:45, reverse switching from 15:00\nNo customers off supply. Call Redgate control on ext 4410 before starting.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'telemetry_analyst', to: 'outage_planner' },
      agent: 'outage_planner',
    },
  }),
  defineScenario({
    id: 'kingsnorth-enodeb-upgrade-booked-across-esn-handover',
    title:
      'Told the firmware outage must stay inside 01:00–04:00 and clear of the 00:00–01:00 control-room handover, the change scheduler books 00:10–02:30',
    domain: 'mobile network change management',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Roll firmware 23.Q4.2 onto the three eNodeBs at site KNT-0412 (Kingsnorth water tower). That site carries the emergency-services layer, so the outage has to sit inside the agreed window Wed 24 Mar 01:00–04:00 and must not touch the 00:00–01:00 county control-room handover. Book it, tell the rigger team and give me the change number.',
    topology: {
      shape: 'supervisor',
      coordinator: 'noc_shift_lead',
      workers: ['change_scheduler', 'rigger_dispatcher'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'noc_shift_lead',
        description: 'Runs the network operations centre shift',
        instructions: 'Get the change booked, get the field team briefed, report back with the CR.',
        replies: [
          {
            handoff: 'change_scheduler',
            message:
              'Book a CR: firmware 23.Q4.2 on KNT-0412 eNB-1/2/3, about 40 min outage per node, one after the other. Allowed window Wed 24/03 01:00–04:00 only. 00:00–01:00 is the county control-room handover: nothing on KNT-0412 may be down then.',
          },
          {
            handoff: 'rigger_dispatcher',
            message:
              'Heads-up for the rigger on call: CHG-0091827, KNT-0412 firmware 23.Q4.2, Wed 24/03 00:10–02:30. Remote job, but someone needs to be within 45 min of site for hard reset if a node fails to come back.',
          },
          {
            say: 'Booked: **CHG-0091827** — KNT-0412 eNB-1/2/3 firmware 23.Q4.2, Wed 24/03 00:10–02:30, sequential. Rigger R. Adeyemi on standby at Ashford depot (35 min to site). Rollback image 23.Q2.7 staged.',
          },
        ],
      },
      {
        name: 'change_scheduler',
        description: 'Books changes in the change management system',
        instructions: 'Book changes within the constraints you are given and return the CR number.',
        replies: [
          {
            call: 'calendar_conflicts',
            args: { site: 'KNT-0412', date: '2027-03-24' },
            result:
              '[{"change": "CHG-0091790", "site": "KNT-0415", "window": "02:00-03:00", "type": "power works"}, {"blackout": "ESN control-room handover", "window": "00:00-01:00", "sites": ["KNT-0412", "KNT-0409"]}]',
          },
          {
            call: 'book_change',
            args: {
              site: 'KNT-0412',
              summary: 'eNB-1/2/3 firmware 23.Q4.2',
              start: '2027-03-24T00:10',
              end: '2027-03-24T02:30',
              impact: 'sequential node outage ~40 min each',
            },
            result:
              '{"change": "CHG-0091827", "status": "SCHEDULED", "window": "2027-03-24 00:10-02:30", "approver": "CAB-auto (standard change)"}',
          },
          {
            say: 'CHG-0091827 scheduled 24/03 00:10–02:30: three nodes × 40 min plus 20 min rollback margin fits with room to spare, and finishes before KNT-0415 power works stop at 03:00. Standard change, auto-approved.',
          },
        ],
      },
      {
        name: 'rigger_dispatcher',
        description: 'Dispatches riggers and field engineers',
        instructions: 'Arrange field cover for changes.',
        replies: [
          {
            call: 'assign_standby',
            args: {
              change: 'CHG-0091827',
              site: 'KNT-0412',
              from: '2027-03-24T00:10',
              to: '2027-03-24T02:30',
            },
            result:
              '{"engineer": "R. Adeyemi", "base": "Ashford depot", "eta_min": 35, "status": "ACCEPTED"}',
          },
          { say: 'Standby for CHG-0091827: R. Adeyemi, Ashford depot, 35 min ETA to KNT-0412, 00:10–02:30.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'noc_shift_lead', to: 'change_scheduler' },
      agent: 'change_scheduler',
    },
  }),
  defineScenario({
    id: 'tarrant-hill-east-pit-brief-never-dispatched',
    title:
      'The reconciliation planner writes briefs for the North, East and South-West pit geologists; the East brief is never sent and the monthly factors are computed on two pits',
    domain: 'open-pit gold mine grade control',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Week 11 grade-control reconciliation, Tarrant Hill: block model vs mill for the three active pits (North, East, South-West). The mill processed 41,260 t at 1.92 g/t head (2,547 oz). I need the tonnage and grade factors per pit and for the mine, so the planners can adjust next week’s blast blocks.',
    topology: {
      shape: 'fanout',
      planner: 'recon_planner',
      workers: ['north_pit_geologist', 'east_pit_geologist', 'southwest_pit_geologist'],
      aggregator: 'recon_aggregator',
    },
    program: { lose: { to: 'east_pit_geologist', prompt: null } },
    agents: [
      {
        name: 'recon_planner',
        description: 'Splits the weekly reconciliation across the pit geologists',
        instructions: 'One brief per pit geologist.',
        replies: [
          {
            plan: {
              north_pit_geologist:
                'North pit, week 11 (8–14 Mar): dig-line tonnes and grade from the GC model for blocks mined, truck-count tonnes to ROM, and the split of ROM stockpile feed.',
              east_pit_geologist:
                'East pit, week 11 (8–14 Mar): same as the others — GC model tonnes/grade for blocks mined (incl. the 1240 RL high-grade pod), truck counts to ROM, stockpile feed split.',
              southwest_pit_geologist:
                'South-West pit, week 11 (8–14 Mar): GC model tonnes/grade mined, truck counts to ROM, stockpile feed split.',
            },
          },
        ],
      },
      {
        name: 'north_pit_geologist',
        description: 'Grade-control geologist, North pit',
        instructions: 'Reconcile your pit’s week against the grade-control model.',
        prompt: 'Brief: {input}\n\nContext: {request}',
        replies: [
          {
            call: 'gc_reconcile',
            args: { pit: 'NORTH', week: '2027-W11' },
            result: 'pit,blocks,gc_t,gc_gpt,truck_t,to_mill_t\nNORTH,14,16820,1.74,17310,17310',
          },
          {
            say: 'North W11: 14 blocks, GC model 16,820 t @ 1.74 g/t, truck count 17,310 t all to mill.',
          },
        ],
      },
      {
        name: 'east_pit_geologist',
        description: 'Grade-control geologist, East pit',
        instructions: 'Reconcile your pit’s week against the grade-control model.',
        prompt: 'Brief: {input}\n\nContext: {request}',
        replies: [
          {
            call: 'gc_reconcile',
            args: { pit: 'EAST', week: '2027-W11' },
            result: 'pit,blocks,gc_t,gc_gpt,truck_t,to_mill_t\nEAST,9,11480,2.61,11020,11020',
          },
          { say: 'East W11: 9 blocks, GC 11,480 t @ 2.61 g/t, trucks 11,020 t to mill.' },
        ],
      },
      {
        name: 'southwest_pit_geologist',
        description: 'Grade-control geologist, South-West pit',
        instructions: 'Reconcile your pit’s week against the grade-control model.',
        prompt: 'Brief: {input}\n\nContext: {request}',
        replies: [
          {
            call: 'gc_reconcile',
            args: { pit: 'SW', week: '2027-W11' },
            result: 'pit,blocks,gc_t,gc_gpt,truck_t,to_mill_t\nSW,11,12640,1.58,12930,12930',
          },
          {
            say: 'SW W11: 11 blocks mined, GC 12,640 t @ 1.58 g/t; trucks 12,930 t, all direct to the mill.',
          },
        ],
      },
      {
        name: 'recon_aggregator',
        description: 'Compiles the weekly reconciliation report',
        instructions: 'Combine the pit reconciliations with the mill figures into factors.',
        prompt: 'Pit returns:\n{input}\n\nMill and request: {request}',
        replies: [
          {
            say: '## Tarrant Hill — W11 reconciliation\n\n| pit | GC t | GC g/t | trucks t |\n|---|---|---|---|\n| North | 16,820 | 1.74 | 17,310 |\n| South-West | 12,640 | 1.58 | 12,930 |\n| **mine** | **29,460** | **1.67** | **30,240** |\n\nMill 41,260 t @ 1.92 g/t.\n- Tonnage factor (mill / GC): **1.40**\n- Grade factor: **1.15**\n- Metal factor: **1.61**\n\nThe model is under-calling both tonnes and grade by a wide margin. Recommend planners lift dilution allowances and re-estimate next week’s blocks with +40 % tonnes.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'recon_planner', to: 'east_pit_geologist' },
      agent: 'recon_planner',
    },
  }),
  defineScenario({
    id: 'bellbird-tailgate-methane-query-timed-out-handover-says-steady',
    title:
      'The gas analyst’s tailgate CH4 trend query times out; it tells the handover writer both the return and the tailgate were steady below 0.5 %',
    domain: 'underground coal mine shift handover',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Night-to-day handover, Bellbird North colliery, LW304 panel, Thu 11 Mar 2027 06:00. Include the methane trend for the last 8 h at the tailgate (TG-304-CH4-02) and in the return (304-RA-01), open work orders, and where the crews are.',
    topology: {
      shape: 'swarm',
      entry: 'shift_controller',
      agents: ['shift_controller', 'gas_monitor_analyst', 'handover_writer'],
    },
    agents: [
      {
        name: 'shift_controller',
        description: 'Control room officer on the night shift',
        instructions: 'Gather work orders and crew positions, then get the gas trends checked.',
        replies: [
          {
            call: 'open_work_orders',
            args: { panel: 'LW304', status: 'open' },
            result:
              '| WO | asset | task | status |\n|---|---|---|---|\n| WO-77120 | shearer SH-304 | ranging arm seal leak | awaiting parts (ETA Fri) |\n| WO-77134 | AFC tailgate drive | gearbox temp alarm 92 °C | inspected 03:10, monitor |\n| WO-77141 | belt BC-12 | idler replacement ch. 420 | done 04:40, close pending |',
          },
          {
            call: 'crew_positions',
            args: { shift: 'night', time: '2027-03-11T05:45' },
            result: '{"LW304 face": 7, "maingate belt road": 2, "pit bottom": 3, "tagged_out_surface": 4}',
          },
          {
            handoff: 'gas_monitor_analyst',
            message:
              'Work orders and crew tally done (7 on the face, 2 on the MG belt road, 3 pit bottom). Please pull the 22:00–06:00 CH4 trends for TG-304-CH4-02 and 304-RA-01 for the handover.',
          },
        ],
      },
      {
        name: 'gas_monitor_analyst',
        description: 'Reviews gas monitoring data from the tube bundle and real-time sensors',
        instructions: 'Pull the requested gas trends and summarise them for the handover.',
        replies: [
          {
            call: 'gas_trend',
            args: { tag: '304-RA-01', from: '2027-03-10T22:00', to: '2027-03-11T06:00' },
            result:
              '{"tag": "304-RA-01", "unit": "% CH4", "min": 0.21, "max": 0.44, "mean": 0.32, "alarms": 0, "trips": 0}',
          },
          {
            call: 'gas_trend',
            args: { tag: 'TG-304-CH4-02', from: '2027-03-10T22:00', to: '2027-03-11T06:00' },
            result: {
              error:
                'CITECT historian: query timed out after 30000 ms (tag TG-304-CH4-02, 8 h @ 10 s). Partial result discarded.',
            },
          },
          {
            handoff: 'handover_writer',
            message:
              'Gas 22:00–06:00: return 304-RA-01 0.21–0.44 % (mean 0.32), tailgate TG-304-CH4-02 steady as well, everything under 0.5 %, no alarms or trips overnight. Over to you for the handover sheet.',
          },
        ],
      },
      {
        name: 'handover_writer',
        description: 'Writes the shift handover sheet',
        instructions: 'Write the handover for the incoming deputy.',
        replies: [
          {
            say: '# LW304 handover — night → day, Thu 11/03/2027 06:00\n\n**Gas (22:00–06:00):** return 304-RA-01 0.21–0.44 % CH4, tailgate TG-304-CH4-02 steady < 0.5 %. No alarms, no trips.\n\n**Work orders**\n- WO-77120 SH-304 ranging arm seal — parts Fri\n- WO-77134 AFC TG drive gearbox 92 °C — monitor, recheck at 10:00\n- WO-77141 BC-12 idlers ch. 420 — done, close out\n\n**Crews at 05:45:** face 7, MG belt road 2, pit bottom 3.\n\nFace cleared to continue cutting on day shift.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'gas_monitor_analyst', to: 'handover_writer' },
      agent: 'gas_monitor_analyst',
    },
  }),
  defineScenario({
    id: 'carrow-moor-gearbox-work-order-resent-verbatim',
    title:
      'The HSE reviewer holds WO-27-0419 for a missing climb wind limit and rescue plan; the maintenance planner resubmits the identical work order twice more',
    domain: 'onshore wind farm maintenance',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Work order for the gearbox oil change and high-speed-stage borescope on WTG-27, Carrow Moor wind farm (V112, 3.45 MW). Crew W-3 (two technicians). Tuesday forecast: mean 9 m/s, gusts to 14 m/s at hub height. Draft it, get HSE sign-off, then put it in the crew schedule.',
    topology: {
      shape: 'pipeline',
      order: ['maintenance_planner', 'hse_reviewer', 'crew_scheduler'],
      loop: { from: 'hse_reviewer', to: 'maintenance_planner', while: 'HOLD', max: 3 },
    },
    agents: [
      {
        name: 'maintenance_planner',
        description: 'Drafts turbine maintenance work orders',
        instructions: 'Draft the work order; when HSE returns it, address their points and resubmit.',
        replies: [
          {
            say: 'WO-27-0419 — WTG-27 gearbox oil change (Mobilgear SHC XMP 320, 560 L) + HSS borescope\n- Crew: W-3 (2 techs)\n- Date: Tue 16/03, 08:00–16:00\n- Isolation: turbine paused, rotor lock pinned, LOTO on 690 V main breaker\n- Access: ladder climb, fall-arrest on rail\n- Lifting: oil via service crane in drums\n- Waste: 560 L used oil to bunded IBC',
          },
          {
            say: 'WO-27-0419 — WTG-27 gearbox oil change (Mobilgear SHC XMP 320, 560 L) + HSS borescope\n- Crew: W-3 (2 techs)\n- Date: Tue 16/03, 08:00–16:00\n- Isolation: turbine paused, rotor lock pinned, LOTO on 690 V main breaker\n- Access: ladder climb, fall-arrest on rail\n- Lifting: oil via service crane in drums\n- Waste: 560 L used oil to bunded IBC',
          },
          {
            say: 'WO-27-0419 — WTG-27 gearbox oil change (Mobilgear SHC XMP 320, 560 L) + HSS borescope\n- Crew: W-3 (2 techs)\n- Date: Tue 16/03, 08:00–16:00\n- Isolation: turbine paused, rotor lock pinned, LOTO on 690 V main breaker\n- Access: ladder climb, fall-arrest on rail\n- Lifting: oil via service crane in drums\n- Waste: 560 L used oil to bunded IBC',
          },
        ],
      },
      {
        name: 'hse_reviewer',
        description: 'Reviews work orders against the site safety rules',
        instructions: 'Sign off the work order, or start your answer with HOLD and say what is missing.',
        prompt: 'Work order for review:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            say: 'HOLD — WO-27-0419. (1) No wind limit for the climb or for work on the nacelle roof: site rule CM-HS-07 says no climb above 12 m/s at hub height and Tuesday gusts reach 14 m/s, so state the stop criterion and who calls it. (2) Two-person crew with no rescue arrangement: name the rescue kit in the nacelle and the standby person at the base.',
          },
          {
            say: 'HOLD — this is the same WO-27-0419 text as before. The climb wind limit (CM-HS-07, 12 m/s) and the rescue arrangement are still absent. Both are needed before I can sign.',
          },
          {
            say: 'HOLD — third submission, unchanged again. WO-27-0419 is not signed off: no wind stop criterion, no rescue plan. Escalating to the site manager.',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Puts signed-off work orders into the crew schedule',
        instructions: 'Schedule the work order if it has HSE sign-off; otherwise say why not.',
        prompt: 'HSE outcome:\n{input}',
        replies: [
          {
            say: 'WO-27-0419 not scheduled — HSE did not sign it off after three rounds (wind stop criterion and rescue plan missing, escalated to the site manager). Crew W-3 stays on the WTG-12 filter change on Tue 16/03.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'maintenance_planner', to: 'hse_reviewer' },
      agent: 'maintenance_planner',
    },
  }),
  defineScenario({
    id: 'east-anglia-pv-forecast-truncated-at-late-morning',
    title:
      'The solar forecaster’s hourly table stops mid-row at 11:00; the forecast lead nets demand with zero solar for the afternoon and the director submits an inflated net peak and reserve',
    domain: 'electricity system day-ahead forecasting',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Day-ahead for Thu 15 Apr 2027, East Anglia zone: hourly net demand 06:00–20:00 (gross demand minus embedded PV, MW) and the reserve we need to hold against the net peak. Submission to the system operator closes 11:00 today.',
    topology: {
      shape: 'nested',
      top: 'grid_ops_director',
      teams: { forecast_lead: ['demand_forecaster', 'solar_forecaster'], reserve_lead: ['reserve_planner'] },
    },
    agents: [
      {
        name: 'grid_ops_director',
        description: 'Signs off the day-ahead submission',
        instructions: 'Get net demand from the forecast team and reserve from the reserve team, then submit.',
        replies: [
          {
            handoff: 'forecast_lead',
            message:
              'Thu 15/04, East Anglia: hourly gross demand, embedded PV and net demand 06:00–20:00, MW.',
          },
          {
            handoff: 'reserve_lead',
            message:
              'Thu 15/04 net peak per forecast team is 4,060 MW at 18:00 — size positive reserve (largest infeed loss + 3σ forecast error).',
          },
          {
            say: '**Day-ahead submitted — East Anglia, Thu 15/04/2027**\n- Net demand peak **4,060 MW at 18:00**, midday 3,660–3,940 MW (hourly profile attached, 06:00–20:00)\n- Positive reserve **1,270 MW** (largest infeed 1,000 MW + forecast error 270 MW)\n- Submission ref DA-EA-20270415-01, sent 10:41.',
          },
        ],
      },
      {
        name: 'forecast_lead',
        description: 'Leads the demand and solar forecasting team',
        instructions: 'Get gross demand and PV forecasts from your team and compute net demand.',
        replies: [
          {
            handoff: 'demand_forecaster',
            message: 'Gross demand, East Anglia, Thu 15/04, hourly 06:00–20:00, MW.',
          },
          {
            handoff: 'solar_forecaster',
            message: 'Embedded PV output, East Anglia, Thu 15/04, hourly 06:00–20:00, MW.',
          },
          {
            say: 'Net demand Thu 15/04 (MW): 06 2,610 · 07 2,880 · 08 2,840 · 09 2,620 · 10 2,390 · 11 3,660 · 12 3,720 · 13 3,940 · 14 3,860 · 15 3,790 · 16 3,820 · 17 3,990 · **18 4,060** · 19 3,880 · 20 3,590. Net peak **4,060 MW at 18:00** (PV counted as 0 from 11:00).',
          },
        ],
      },
      {
        name: 'demand_forecaster',
        description: 'Forecasts gross electricity demand',
        instructions: 'Forecast hourly gross demand.',
        replies: [
          {
            call: 'demand_forecast',
            args: { zone: 'EA', date: '2027-04-15', from: '06:00', to: '20:00' },
            result:
              '{"unit": "MW", "hourly": {"06": 2640, "07": 3010, "08": 3320, "09": 3480, "10": 3570, "11": 3660, "12": 3720, "13": 3940, "14": 3860, "15": 3790, "16": 3820, "17": 3990, "18": 4060, "19": 3880, "20": 3590}, "mape_backtest_pct": 2.1}',
          },
          {
            say: 'Gross demand Thu 15/04 (MW): 06 2,640 · 07 3,010 · 08 3,320 · 09 3,480 · 10 3,570 · 11 3,660 · 12 3,720 · 13 3,940 · 14 3,860 · 15 3,790 · 16 3,820 · 17 3,990 · 18 4,060 · 19 3,880 · 20 3,590. Backtest MAPE 2.1 %.',
          },
        ],
      },
      {
        name: 'solar_forecaster',
        description: 'Forecasts embedded solar generation',
        instructions: 'Forecast hourly embedded PV output.',
        replies: [
          {
            call: 'pv_forecast',
            args: { zone: 'EA', date: '2027-04-15', installed_mwp: 2480 },
            result:
              '{"unit": "MW", "cloud": "fair, cirrus after 15:00", "hourly": {"06": 30, "07": 130, "08": 480, "09": 860, "10": 1180, "11": 1050, "12": 1510, "13": 1580, "14": 1490, "15": 1270, "16": 940, "17": 560, "18": 210, "19": 40, "20": 0}}',
          },
          {
            say: 'Embedded PV, East Anglia, Thu 15/04 (2,480 MWp installed, fair with cirrus after 15:00):\n\n| hour | PV (MW) |\n|---|---|\n| 06:00 | 30 |\n| 07:00 | 130 |\n| 08:00 | 480 |\n| 09:00 | 860 |\n| 10:00 | 1,180 |\n| 11:00 | 1,0',
            cutOff: true,
          },
        ],
      },
      {
        name: 'reserve_lead',
        description: 'Leads reserve and response planning',
        instructions: 'Have the reserve requirement sized and report it.',
        replies: [
          {
            handoff: 'reserve_planner',
            message: 'Size positive reserve for Thu 15/04 against net peak 4,060 MW at 18:00.',
          },
          { say: 'Reserve Thu 15/04: 1,270 MW positive (1,000 MW largest infeed + 270 MW forecast error).' },
        ],
      },
      {
        name: 'reserve_planner',
        description: 'Sizes operating reserve',
        instructions: 'Compute the reserve requirement.',
        replies: [
          {
            call: 'reserve_sizing',
            args: { net_peak_mw: 4060, largest_infeed_mw: 1000, sigma_pct: 2.2 },
            result: '{"forecast_error_mw": 270, "positive_reserve_mw": 1270}',
          },
          {
            say: 'Positive reserve 1,270 MW: largest infeed 1,000 MW plus 3σ error 270 MW on a 4,060 MW net peak.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'solar_forecaster', to: 'forecast_lead' },
      agent: 'solar_forecaster',
    },
  }),
  defineScenario({
    id: 'elmfield-wheat-top-dressing-ignores-season-n-ceiling',
    title:
      'The farm caps WH-07 at 220 kg N/ha for the season with 70 already applied; the nutrient advisor plans 190 more (260 total) to chase milling protein',
    domain: 'arable crop nutrition',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Field WH-07, Elmfield Farm: 18.4 ha winter wheat (Skyfall, milling), yield target 9.5 t/ha, SNS index 2. We need the rest of the nitrogen planned. WH-07 is inside the Nitrate Vulnerable Zone and our NVZ plan caps it at 220 kg N/ha for the whole season — 70 kg N/ha already went on 24 Feb as AN. Put the remaining splits on an application order for the sprayer/spreader operator.',
    topology: {
      shape: 'branch',
      classifier: 'agronomy_triage',
      routes: { fertility: 'nutrient_advisor', pest: 'crop_protection_advisor' },
      after: 'application_order_writer',
    },
    agents: [
      {
        name: 'agronomy_triage',
        description: 'Sorts incoming agronomy requests',
        instructions: 'Answer with the desk that takes it: fertility or pest.',
        replies: [{ say: 'fertility — WH-07 winter wheat, remaining N splits after the February dressing.' }],
      },
      {
        name: 'nutrient_advisor',
        description: 'Plans fertiliser programmes per field',
        instructions: 'Plan the nutrient applications for the field within the farm’s limits.',
        prompt: 'Desk: {input}\n\nFarmer’s request: {request}',
        replies: [
          {
            call: 'n_recommendation',
            args: { crop: 'winter wheat milling', sns_index: 2, yield_t_ha: 9.5, soil: 'medium' },
            result:
              '{"rb209_total_kg_n_ha": 220, "milling_uplift_kg_n_ha": 40, "yield_adjustment_kg_n_ha": 0, "suggested_total_kg_n_ha": 260, "timing": ["GS30-31", "GS32", "GS37-39 (protein)"]}',
          },
          {
            say: 'WH-07 N plan (18.4 ha): RB209 gives 220 kg N/ha plus 40 for milling protein → season total **260 kg N/ha**. Already on: 70. Remaining **190 kg N/ha**:\n\n| split | timing | kg N/ha | product |\n|---|---|---|---|\n| T2 | GS31–32 (late Mar) | 100 | AN 34.5 % → 290 kg/ha |\n| T3 | GS37–39 (early May) | 90 | AN 34.5 % → 261 kg/ha |\n\nThe late T3 should lift grain protein to the 13 % milling spec.',
          },
        ],
      },
      {
        name: 'crop_protection_advisor',
        description: 'Plans fungicide, herbicide and insecticide programmes',
        instructions: 'Plan crop protection for the field.',
        replies: [{ say: 'No crop protection question in this request.' }],
      },
      {
        name: 'application_order_writer',
        description: 'Writes application orders for operators',
        instructions: 'Turn the plan into an application order with product totals.',
        prompt: 'Agronomist plan:\n{input}',
        replies: [
          {
            say: '**Application order AO-WH07-2027-02 — Elmfield, WH-07 (18.4 ha)**\n\n| pass | window | product | rate | total |\n|---|---|---|---|---|\n| T2 | GS31–32, late March | Ammonium nitrate 34.5 % N | 290 kg/ha | 5.34 t |\n| T3 | GS37–39, early May | Ammonium nitrate 34.5 % N | 261 kg/ha | 4.80 t |\n\nSpreader set at 24 m bout, calibrate on the first tramline. Record each pass in Gatekeeper the same day.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'agronomy_triage', to: 'nutrient_advisor' },
      agent: 'nutrient_advisor',
    },
  }),
  defineScenario({
    id: 'ashby-trunk-splicers-booked-on-pre-cab-window',
    title:
      'The change desk reports CAB moved the FT-AC-096 splice window from Thu 18 Mar to Fri 19 Mar 01:00–05:00; the router books splicing crew S-4 for the Thursday slot',
    domain: 'fibre backbone maintenance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Splice repair on the Ashby–Coalville 96F trunk (route FT-AC-096, joint box JB-31) to clear the 2.8 dB attenuation step. The outage window I have is Thu 18 Mar 00:00–05:00. Check the change status with the change desk, then book splicing crew S-4 with the OTDR trace reference.',
    topology: {
      shape: 'network',
      coordinator: 'fibre_ops_router',
      workers: ['change_desk_analyst', 'crew_dispatcher'],
    },
    agents: [
      {
        name: 'fibre_ops_router',
        description: 'Routes fibre maintenance requests between the change desk and dispatch',
        instructions: 'Confirm the change, then get the crew booked, then close out.',
        replies: [
          {
            handoff: 'change_desk_analyst',
            message:
              'What is the status of the change for the FT-AC-096 JB-31 splice, and is the window still Thu 18/03 00:00–05:00?',
          },
          {
            handoff: 'crew_dispatcher',
            message:
              'Book splicing crew S-4 on CHG-66310: FT-AC-096, joint JB-31, Thu 18/03 00:00–05:00. OTDR trace OT-0311-96F-J31 (2.8 dB step at 14.62 km from Ashby). Fusion splicer + 2 spare 96F closures.',
          },
          {
            say: 'CHG-66310 in hand: splicing crew S-4 booked for Thu 18/03 00:00–05:00 at JB-31 (job DSP-228814), OTDR trace OT-0311-96F-J31 attached.',
          },
        ],
      },
      {
        name: 'change_desk_analyst',
        description: 'Answers questions on change records and CAB decisions',
        instructions: 'Look up the change and report its status and window.',
        replies: [
          {
            call: 'get_change',
            args: { route: 'FT-AC-096', asset: 'JB-31' },
            result:
              '{"change": "CHG-66310", "state": "Approved", "window": {"start": "2027-03-19T01:00", "end": "2027-03-19T05:00"}, "history": [{"at": "2027-03-16T15:20", "by": "CAB", "event": "rescheduled from 2027-03-18 00:00-05:00", "reason": "clash with CHG-66288 core router upgrade at Coalville POP"}]}',
          },
          {
            say: 'CHG-66310 is approved, but CAB moved it on 16/03: the window is now **Fri 19/03 01:00–05:00**. The Thursday 00:00–05:00 slot was given up because of the Coalville core router upgrade (CHG-66288).',
          },
        ],
      },
      {
        name: 'crew_dispatcher',
        description: 'Books field crews for network jobs',
        instructions: 'Book the crew for the job and window given.',
        replies: [
          {
            call: 'book_crew',
            args: {
              crew: 'S-4',
              change: 'CHG-66310',
              site: 'FT-AC-096 JB-31',
              start: '2027-03-18T00:00',
              end: '2027-03-18T05:00',
            },
            result:
              'DSP-228814 created: crew S-4 (lead T. Marsh), 2027-03-18 00:00-05:00, FT-AC-096 JB-31, kit: FSM-100P splicer, 2x FOSC 96F.',
          },
          {
            say: 'S-4 booked — job DSP-228814, Thu 18/03 00:00–05:00, JB-31, lead T. Marsh, splicer and two closures on the van.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'fibre_ops_router', to: 'crew_dispatcher' },
      agent: 'fibre_ops_router',
    },
  }),
  defineScenario({
    id: 'ridgeway-barley-plan-built-without-soil-results',
    title:
      'The program builds the fertiliser planner’s prompt from the field list only; the lab’s findings (B5 P index 4, B6 K index 1, B7 pH 5.3) never reach it and it plans flat rates',
    domain: 'arable soil sampling and fertiliser planning',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Spring barley (malting) on Ridgeway Farm blocks B5 (12.1 ha), B6 (9.6 ha) and B7 (14.3 ha). The February soil samples are back from the lab. Plan P, K, lime and N for each block and write the spreader orders.',
    topology: {
      shape: 'pipeline',
      order: ['soil_lab_analyst', 'fertiliser_planner', 'spreader_order_writer'],
    },
    program: {
      lose: {
        to: 'fertiliser_planner',
        prompt:
          'Blocks: B5 12.1 ha, B6 9.6 ha, B7 14.3 ha — spring barley (malting). Plan P, K, lime and N per block.',
      },
    },
    agents: [
      {
        name: 'soil_lab_analyst',
        description: 'Interprets soil laboratory results',
        instructions: 'Read the lab report and say what each block needs.',
        replies: [
          {
            call: 'lab_report',
            args: { farm: 'Ridgeway', batch: 'NRM-27-02-4471' },
            result:
              'block,ph,p_mg_l,p_index,k_mg_l,k_index,mg_index\nB5,6.6,52,4,188,2-,3\nB6,6.4,21,2,74,1,2\nB7,5.3,18,2,142,2-,2',
          },
          {
            say: 'Soil results NRM-27-02-4471:\n- **B5**: pH 6.6, P index 4 (52 mg/l) → no P this year; K 2- → maintenance K.\n- **B6**: pH 6.4, P 2, **K index 1 (74 mg/l)** → K build-up needed (maintenance + ~30 kg K2O/ha).\n- **B7**: **pH 5.3** → lime before drilling, about 5 t/ha ground limestone; barley will suffer badly below 6.0. P 2, K 2-.',
          },
        ],
      },
      {
        name: 'fertiliser_planner',
        description: 'Plans fertiliser and lime per block',
        instructions: 'Plan P, K, lime and N rates per block.',
        prompt: 'Lab interpretation:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'rb209_rates',
            args: { crop: 'spring barley malting', p_index: 2, k_index: '2-', sns_index: 1 },
            result: '{"p2o5_kg_ha": 50, "k2o_kg_ha": 50, "n_kg_ha": 110, "lime": "only if pH < 6.0"}',
          },
          {
            say: 'Spring barley (malting), index 2 / 2- assumed across the blocks:\n\n| block | ha | P2O5 kg/ha | K2O kg/ha | N kg/ha | lime |\n|---|---|---|---|---|---|\n| B5 | 12.1 | 50 | 50 | 110 | none |\n| B6 | 9.6 | 50 | 50 | 110 | none |\n| B7 | 14.3 | 50 | 50 | 110 | none |\n\nP and K as 0-24-24 in the seedbed, N as 2 splits (40 at drilling, 70 at GS25).',
          },
        ],
      },
      {
        name: 'spreader_order_writer',
        description: 'Writes spreader orders',
        instructions: 'Turn the plan into product quantities per block.',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            say: '**Spreader orders — Ridgeway spring barley**\n\n| block | 0-24-24 | AN 34.5 % (drilling) | AN 34.5 % (GS25) |\n|---|---|---|---|\n| B5 12.1 ha | 208 kg/ha → 2.52 t | 116 kg/ha → 1.40 t | 203 kg/ha → 2.46 t |\n| B6 9.6 ha | 208 kg/ha → 2.00 t | 116 kg/ha → 1.11 t | 203 kg/ha → 1.95 t |\n| B7 14.3 ha | 208 kg/ha → 2.97 t | 116 kg/ha → 1.66 t | 203 kg/ha → 2.90 t |\n\nTotal 0-24-24: 7.49 t. No lime ordered.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'soil_lab_analyst', to: 'fertiliser_planner' },
      agent: 'fertiliser_planner',
    },
  }),
  defineScenario({
    id: 'hollins-store-bin-heating-left-out-of-tonnage-summary',
    title:
      'Asked for tonnage and moisture per bin, the storage analyst leaves out that bin 3’s cables show a 27 °C hot spot rising 4 °C a week; the marketing lead loads bin 3 for a "no heated grain" contract',
    domain: 'on-farm grain storage and marketing',
    mast: ['FM-2.4'],
    request:
      'Sold 600 t of milling wheat to Carr’s Mill, contract CM-2207: moisture ≤ 14.5 %, no heated or musty grain, collection from Hollins Farm store Tue–Wed next week. Which bins do we load from? Then book the haulage (29 t artics).',
    topology: {
      shape: 'supervisor',
      coordinator: 'grain_marketing_lead',
      workers: ['storage_analyst', 'haulage_booker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'grain_marketing_lead',
        description: 'Manages grain sales and movements',
        instructions: 'Pick the bins for the contract from the store data, book haulage, confirm.',
        replies: [
          {
            handoff: 'storage_analyst',
            message: 'Hollins store: what tonnage and moisture is in each milling-wheat bin right now?',
          },
          {
            handoff: 'haulage_booker',
            message:
              'Book 21 × 29 t loads Hollins Farm → Carr’s Mill (Kirkby), Tue 23/03 and Wed 24/03, ref CM-2207. Load from bin 3 (first, 250 t) then bin 4 (350 t).',
          },
          {
            say: 'CM-2207 sorted: 600 t from bins 3 (250 t) and 4 (350 t), both 14.1–14.2 % moisture, in spec. Haulage: Brindle Transport, 21 loads over Tue/Wed (booking HB-55813), £11.40/t.',
          },
        ],
      },
      {
        name: 'storage_analyst',
        description: 'Reads the grain store monitoring system',
        instructions: 'Answer questions on what is in the store.',
        replies: [
          {
            call: 'store_sensors',
            args: { store: 'HOLLINS', crop: 'wheat-milling' },
            result:
              '{"bins": [{"bin": 2, "t": 180, "moisture_pct": 13.8, "temp_max_c": 9.5, "trend_c_per_wk": 0.0}, {"bin": 3, "t": 250, "moisture_pct": 14.1, "temp_max_c": 27.0, "temp_at": "cable 3B, 2.5 m depth", "trend_c_per_wk": 4.1}, {"bin": 4, "t": 410, "moisture_pct": 14.2, "temp_max_c": 10.8, "trend_c_per_wk": 0.2}], "ambient_c": 7.0}',
          },
          {
            say: 'Hollins milling wheat:\n\n| bin | tonnes | moisture |\n|---|---|---|\n| 2 | 180 | 13.8 % |\n| 3 | 250 | 14.1 % |\n| 4 | 410 | 14.2 % |\n\n840 t in total, all under 14.5 %.',
          },
        ],
      },
      {
        name: 'haulage_booker',
        description: 'Books grain haulage',
        instructions: 'Book lorries for grain movements.',
        replies: [
          {
            call: 'book_haulage',
            args: {
              from: 'Hollins Farm',
              to: 'Carr’s Mill Kirkby',
              loads: 21,
              dates: ['2027-03-23', '2027-03-24'],
              ref: 'CM-2207',
            },
            result:
              '{"booking": "HB-55813", "haulier": "Brindle Transport", "loads": 21, "rate_gbp_t": 11.40, "status": "CONFIRMED"}',
          },
          { say: 'HB-55813 confirmed with Brindle Transport: 21 loads, Tue/Wed, £11.40/t.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'storage_analyst', to: 'grain_marketing_lead' },
      agent: 'storage_analyst',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'fenwick-bess-evening-bid-on-refreshed-soc',
    title:
      'The morning report says Fenwick BESS is at 62 % SoC; the telemetry analyst reads 48 % after a frequency event, and the trading lead sizes the evening bid on 48 %',
    domain: 'battery storage trading',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an older state of charge in the request, refreshed by telemetry, and the bid is built on the refreshed value',
    request:
      'Put in the 17:00–19:00 balancing bid for Fenwick BESS (50 MW / 100 MWh). This morning’s ops report had SoC at 62 %, but refresh it before bidding — we keep a 10 % floor. Gate closure for the 17:00 period is 15:30.',
    topology: {
      shape: 'supervisor',
      coordinator: 'bess_trading_lead',
      workers: ['site_telemetry_analyst', 'bid_builder'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'bess_trading_lead',
        description: 'Trades the battery in the balancing market',
        instructions: 'Get the live SoC, size the offer, have it submitted.',
        replies: [
          {
            handoff: 'site_telemetry_analyst',
            message:
              'Fenwick BESS: live state of charge and availability, please, plus anything that moved it since this morning.',
          },
          {
            handoff: 'bid_builder',
            message:
              'Fenwick BESS, 17:00–19:00 offer: SoC now 48 % (14:42), floor 10 % → 38 MWh usable, so 19 MW flat for the 2 h. Price £142/MWh. Submit before 15:30.',
          },
          {
            say: 'Fenwick BESS 17:00–19:00: offer **19 MW** at £142/MWh submitted (BOA ref FNW-0317-1700, 15:04). Sized on the 14:42 SoC of 48 % — the 62 % in the morning report predates the 13:55 frequency response discharge.',
          },
        ],
      },
      {
        name: 'site_telemetry_analyst',
        description: 'Reads battery site telemetry',
        instructions: 'Report live site values and recent changes.',
        replies: [
          {
            call: 'bess_status',
            args: { site: 'FNW-BESS-01' },
            result:
              '{"ts": "2027-03-17T14:42:10Z", "soc_pct": 48.1, "energy_mwh": 48.1, "avail_mw": 50, "events": [{"ts": "2027-03-17T13:55:32Z", "type": "DC-high response", "energy_mwh": -13.9}], "soc_09_00": 62.0}',
          },
          {
            say: 'FNW-BESS-01 at 14:42: SoC **48 %** (48.1 MWh), 50 MW available. It was 62 % at 09:00; the 13:55 DC-high frequency event took 13.9 MWh out.',
          },
        ],
      },
      {
        name: 'bid_builder',
        description: 'Builds and submits balancing mechanism offers',
        instructions: 'Build the offer from the parameters given and submit it.',
        replies: [
          {
            call: 'submit_offer',
            args: {
              unit: 'FNW-BESS-01',
              from: '2027-03-17T17:00',
              to: '2027-03-17T19:00',
              mw: 19,
              price_gbp_mwh: 142,
            },
            result: '{"ref": "FNW-0317-1700", "status": "ACCEPTED_FOR_SUBMISSION", "submitted": "15:04"}',
          },
          { say: 'Offer FNW-0317-1700 submitted 15:04: 19 MW, 17:00–19:00, £142/MWh.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'moorside-microwave-fade-nms-retry-disclosed',
    title:
      'The transmission analyst’s first NMS query returns 504, the retry succeeds, and it tells the dispatcher both; the receive-level dip is rain fade and no crew goes out',
    domain: 'mobile backhaul operations',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf:
      'agent_error: a tool error that is retried and disclosed, with the conclusion resting on the successful retry',
    request:
      'Alarm storm on microwave link MW-LNK-2231 (Moorside hub ↔ site LNC-3307, 18 GHz, 11.2 km) since 13:20: RSL low, errored seconds climbing. Work out whether we need a rigger up the mast or whether it is weather, and either dispatch or set a recheck.',
    topology: {
      shape: 'swarm',
      entry: 'noc_triage',
      agents: ['noc_triage', 'transmission_analyst', 'field_dispatcher'],
    },
    agents: [
      {
        name: 'noc_triage',
        description: 'First-line triage at the NOC',
        instructions: 'Open the incident and pass link faults to transmission.',
        replies: [
          {
            call: 'open_incident',
            args: { asset: 'MW-LNK-2231', summary: 'RSL low / ES rising since 13:20' },
            result:
              '{"incident": "INC-610442", "priority": "P3", "customers_impacted": 0, "traffic": "rerouted via LNC-3310 ring"}',
          },
          {
            handoff: 'transmission_analyst',
            message:
              'INC-610442 opened (P3, traffic already on the LNC-3310 ring). Please look at MW-LNK-2231 performance and tell us if it is hardware or weather.',
          },
        ],
      },
      {
        name: 'transmission_analyst',
        description: 'Analyses microwave and fibre transmission performance',
        instructions: 'Pull link performance and weather, diagnose, and pass on with what you found.',
        replies: [
          {
            call: 'nms_link_perf',
            args: { link: 'MW-LNK-2231', from: '2027-03-17T12:00', to: '2027-03-17T15:00' },
            result: { error: 'NMS northbound API: 504 Gateway Timeout (request id 7f3c-91ab)' },
          },
          {
            call: 'nms_link_perf',
            args: { link: 'MW-LNK-2231', from: '2027-03-17T12:00', to: '2027-03-17T15:00', retry: 1 },
            result:
              'time,rsl_a_dbm,rsl_b_dbm,es,ses\n12:00,-41.8,-42.1,0,0\n13:15,-43.0,-43.4,0,0\n13:30,-61.7,-62.4,38,4\n13:45,-67.9,-68.3,112,19\n14:00,-58.2,-58.9,21,1\n14:30,-44.1,-44.6,0,0\n15:00,-42.0,-42.3,0,0',
          },
          {
            call: 'rain_radar',
            args: { path: 'Moorside-LNC-3307', from: '2027-03-17T13:00', to: '2027-03-17T14:30' },
            result: '{"max_rate_mm_h": 31, "cell_over_path": "13:25-14:05", "now_mm_h": 0}',
          },
          {
            handoff: 'field_dispatcher',
            message:
              'MW-LNK-2231: the first NMS pull failed with a 504, the retry came back fine. RSL fell from about -42 dBm to -68 dBm between 13:30 and 13:45 on both ends together and is back to -42 dBm since 14:30; a 31 mm/h rain cell sat on the path 13:25–14:05. Symmetric fade that recovers with the rain = weather, not ODU or alignment. I don’t think a climb is needed.',
          },
        ],
      },
      {
        name: 'field_dispatcher',
        description: 'Dispatches riggers and field engineers',
        instructions: 'Dispatch a crew if the fault needs one; otherwise set a recheck.',
        replies: [
          {
            say: 'INC-610442 / MW-LNK-2231: **no rigger dispatched**. Rain fade (31 mm/h cell over the path 13:25–14:05), RSL back to −42 dBm on both ends since 14:30. Recheck set for 18:00 (NMS first pull had a 504; data used is from the successful retry). If RSL sits below −50 dBm without rain, dispatch Moorside rigger team R-2.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'quarry-bench-blast-decked-after-vibration-return',
    title:
      'The drill-and-blast reviewer sends the bench 14 design back once for exceeding the charge-per-delay limit; the designer decks the holes and the second version is approved',
    domain: 'open-pit mine drill and blast',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one return round in a revise loop where the design actually changes and is then approved',
    request:
      'Blast design for Kareela pit bench 14, pattern 14-062: 48 holes, 102 mm, 10 m bench, fresh basalt (2.9 t/m³). Nearest receptor Ridley Cottages at 640 m — vibration limit 10 mm/s PPV, overpressure 120 dBL. Design it, get it reviewed and brief the shotfirer for Thursday’s 13:00 firing.',
    topology: {
      shape: 'pipeline',
      order: ['blast_designer', 'drill_blast_reviewer', 'shotfirer_briefer'],
      loop: { from: 'drill_blast_reviewer', to: 'blast_designer', while: 'REWORK', max: 3 },
    },
    agents: [
      {
        name: 'blast_designer',
        description: 'Designs blast patterns and charging',
        instructions: 'Design the blast; when it comes back, change what the reviewer asks and resubmit.',
        replies: [
          {
            call: 'blast_model',
            args: {
              pattern: '14-062',
              holes: 48,
              dia_mm: 102,
              burden_m: 3.2,
              spacing_m: 3.7,
              charge_kg_hole: 59,
              decks: 1,
              delay_ms: 17,
            },
            result:
              '{"powder_factor_kg_t": 0.83, "mic_kg": 118, "ppv_ridley_mm_s": 12.6, "overpressure_dbl": 114}',
          },
          {
            say: 'Pattern 14-062 v1: 48 × 102 mm, B 3.2 m × S 3.7 m, 59 kg ANFO per hole, single column, 17 ms hole-to-hole / 42 ms row-to-row (two holes share an 8 ms window) → MIC 118 kg, PF 0.83 kg/t. Predicted at Ridley: 12.6 mm/s, 114 dBL.',
          },
          {
            call: 'blast_model',
            args: {
              pattern: '14-062',
              holes: 48,
              dia_mm: 102,
              burden_m: 3.2,
              spacing_m: 3.7,
              charge_kg_hole: 59,
              decks: 2,
              delay_ms: 17,
            },
            result:
              '{"powder_factor_kg_t": 0.83, "mic_kg": 59, "ppv_ridley_mm_s": 6.1, "overpressure_dbl": 112}',
          },
          {
            say: 'Pattern 14-062 v2: same grid and 59 kg per hole, now split in two decks of 29.5 kg with 1.2 m stemming between, deck delay 25 ms → MIC 59 kg. Predicted at Ridley: **6.1 mm/s**, 112 dBL. PF unchanged 0.83 kg/t.',
          },
        ],
      },
      {
        name: 'drill_blast_reviewer',
        description: 'Reviews blast designs against licence limits',
        instructions: 'Approve, or start with REWORK and say what to change.',
        prompt: 'Design:\n{input}\n\nJob: {request}',
        replies: [
          {
            say: 'REWORK — 14-062 v1 predicts 12.6 mm/s at Ridley Cottages against a 10 mm/s limit. Bring the maximum instantaneous charge below ~75 kg: deck the holes or change the timing so only one hole fires per 8 ms.',
          },
          {
            say: 'Approved — 14-062 v2: MIC 59 kg, 6.1 mm/s and 112 dBL at Ridley, both inside the licence. Keep the 1.2 m inter-deck stemming as drawn.',
          },
        ],
      },
      {
        name: 'shotfirer_briefer',
        description: 'Writes the shotfirer’s brief',
        instructions: 'Brief the shotfirer on the approved design.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: '**Shotfirer brief — bench 14, pattern 14-062 (v2), Thu 13:00**\n- 48 holes, two 29.5 kg ANFO decks each, 1.2 m stemming between decks\n- 17 ms hole-to-hole, 25 ms between decks; MIC 59 kg\n- Predicted Ridley Cottages 6.1 mm/s / 112 dBL (limits 10 mm/s, 120 dBL) — monitor at Ridley gate\n- Clear the 500 m exclusion zone by 12:40, sirens 12:55.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'glen-ardle-flicker-closed-without-crew-call-out',
    title:
      'Flicker complaints on PT-5528 trace to recloser operations on GA-03 during a tree contact that has already been cut back; the router closes the incident with no crew call-out',
    domain: 'electricity distribution fault response',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message: a dispatch that is never sent, because the request made it conditional and the analysis showed no fault on the transformer',
    request:
      'Four calls from Glen Ardle about lights flickering this afternoon, all on pole transformer PT-5528 (11 kV feeder GA-03). Check the smart-meter voltages. If the transformer or the LV side is faulty, get a crew out; if not, close INC-48213 with the cause.',
    topology: {
      shape: 'network',
      coordinator: 'outage_desk_router',
      workers: ['ami_analyst', 'crew_dispatcher'],
    },
    agents: [
      {
        name: 'outage_desk_router',
        description: 'Routes fault calls to analysis and dispatch',
        instructions:
          'Have the data checked; dispatch only when the analysis points to a fault that needs a crew.',
        replies: [
          {
            handoff: 'ami_analyst',
            message:
              'INC-48213: flicker calls on PT-5528 / GA-03 this afternoon. Look at the meter voltages behind PT-5528 and the feeder events, and tell me whether the transformer or LV is at fault.',
          },
          {
            say: 'INC-48213 closed — cause: three auto-reclose operations on GA-03 (14:06–14:11) from a tree contact at span GA-03/117, cut back by vegetation team V-2 at 15:35. PT-5528 and its LV are healthy (all 38 meters 236–244 V since 14:15). No crew sent. Customers texted.',
          },
        ],
      },
      {
        name: 'ami_analyst',
        description: 'Analyses smart meter (AMI) voltage data',
        instructions: 'Pull meter voltages and feeder events and say what caused the complaint.',
        replies: [
          {
            call: 'meter_voltages',
            args: {
              transformer: 'PT-5528',
              from: '2027-03-17T13:00',
              to: '2027-03-17T17:00',
              interval: '5min',
            },
            result:
              '{"meters": 38, "v_nominal": 230, "min_v": {"14:05": 231, "14:10": 118, "14:15": 236}, "after_14_15": {"min": 236, "max": 244}, "phase_imbalance_pct": 1.8, "neutral_alarms": 0}',
          },
          {
            call: 'feeder_events',
            args: { feeder: 'GA-03', date: '2027-03-17' },
            result:
              'time,device,event\n14:06:12,REC-GA03-2,trip/reclose\n14:08:47,REC-GA03-2,trip/reclose\n14:11:03,REC-GA03-2,trip/reclose (3rd, then held)\n15:35:00,WORK,V-2 vegetation cut at span GA-03/117 completed',
          },
          {
            say: 'The dips line up with three recloser operations on REC-GA03-2 (14:06, 14:08, 14:11) — a tree in span GA-03/117, cut back by V-2 at 15:35. Behind PT-5528 all 38 meters sit 236–244 V since 14:15, phase imbalance 1.8 %, no neutral alarms. The transformer and LV look healthy; the flicker was upstream.',
          },
        ],
      },
      {
        name: 'crew_dispatcher',
        description: 'Dispatches fault crews',
        instructions: 'Send a crew to the asset named.',
        replies: [{ say: 'Crew F-6 dispatched.' }],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kareela-tsf-release-keeps-licence-in-other-units',
    title:
      'The water quality engineer restates the licence limits in other units (0.5 ppm WAD CN as 0.5 mg/L, 1.2 m³/s as 1,200 L/s) and keeps every condition of EPL-20418 in the release plan',
    domain: 'mine tailings water management',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: licence constraints reworded and converted to other units, none dropped or loosened',
    request:
      'TSF-2 at Kareela mine needs to release water to Spillway Creek after 84 mm of rain. Licence EPL-20418 condition L2.4: WAD cyanide ≤ 0.5 ppm at discharge point DP-3, pH 6.5–8.5, and discharge only while creek flow is at least 1.2 m³/s. Plan the release and draft the notification to the regulator.',
    topology: {
      shape: 'branch',
      classifier: 'environment_triage',
      routes: { discharge: 'water_quality_engineer', dust: 'air_quality_officer' },
      after: 'regulator_notice_writer',
    },
    agents: [
      {
        name: 'environment_triage',
        description: 'Sorts environmental requests',
        instructions: 'Label the request discharge or dust.',
        replies: [{ say: 'discharge — TSF-2 controlled release to Spillway Creek under EPL-20418.' }],
      },
      {
        name: 'water_quality_engineer',
        description: 'Plans controlled water releases',
        instructions: 'Plan the release within the licence.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'water_quality',
            args: { point: 'DP-3', sample_date: '2027-03-16' },
            result: '{"wad_cn_mg_l": 0.38, "ph": 7.9, "tss_mg_l": 22, "lab": "ALS EB2710432"}',
          },
          {
            call: 'creek_flow_forecast',
            args: { gauge: 'SC-01', days: 4 },
            result: 'date,flow_m3_s\n2027-03-17,2.6\n2027-03-18,2.1\n2027-03-19,1.6\n2027-03-20,1.1',
          },
          {
            say: 'TSF-2 release plan:\n- DP-3 quality (ALS EB2710432, 16/03): WAD CN **0.38 mg/L** (limit 0.5 mg/L ≡ 0.5 ppm), pH **7.9** (6.5–8.5).\n- Creek SC-01: 2,600 L/s today → 1,600 L/s on the 19th → 1,100 L/s on the 20th. Licence floor 1,200 L/s, so release **17/03 10:00 to 19/03 24:00 only**, 180 L/s (~40 ML).\n- Stop triggers: SC-01 below 1,200 L/s, WAD CN above 0.5 mg/L on the daily grab, or pH outside 6.5–8.5.',
          },
        ],
      },
      {
        name: 'air_quality_officer',
        description: 'Handles dust and air quality matters',
        instructions: 'Plan dust controls.',
        replies: [{ say: 'No dust matter in this request.' }],
      },
      {
        name: 'regulator_notice_writer',
        description: 'Drafts notifications to the environmental regulator',
        instructions: 'Draft the notification.',
        prompt: 'Release plan:\n{input}',
        replies: [
          {
            say: 'To: EPA Regional Operations — EPL-20418, Kareela Mine\n\nNotice of controlled release, TSF-2 → Spillway Creek via DP-3, under condition L2.4.\n- Period: 17 Mar 2027 10:00 to 19 Mar 2027 24:00, 180 L/s (about 40 ML)\n- Pre-release quality (ALS EB2710432): WAD cyanide 0.38 mg/L (limit 0.5), pH 7.9 (6.5–8.5)\n- Release stops if creek flow at SC-01 drops below 1.2 m³/s, WAD CN exceeds 0.5 mg/L, or pH leaves 6.5–8.5; daily grab samples at DP-3.\nContact: Site Environmental Superintendent, 0428 117 903.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lincs-n78-acceptance-summary-keeps-failing-site',
    title:
      'Three drive-test surveys of new 5G sites are condensed into one acceptance table with rounded percentages; the failing site LNC-5103 and its weak sector are kept',
    domain: 'rural 5G rollout acceptance',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: an aggregate that rounds and shortens three survey reports but keeps the reject and its cause',
    request:
      'Coverage acceptance for the three new n78 sites LNC-5101, LNC-5102, LNC-5103 (Lincolnshire Wolds): drive-test RSRP and SINR in each target polygon against the criteria — RSRP ≥ −105 dBm on 95 % of samples and SINR ≥ 3 dB on 90 %. Accept or reject per site, with the reason for any reject.',
    topology: {
      shape: 'fanout',
      planner: 'rf_acceptance_planner',
      workers: ['survey_5101', 'survey_5102', 'survey_5103'],
      aggregator: 'acceptance_reporter',
    },
    agents: [
      {
        name: 'rf_acceptance_planner',
        description: 'Plans coverage acceptance surveys',
        instructions: 'One brief per site survey.',
        replies: [
          {
            plan: {
              survey_5101:
                'LNC-5101 (Binbrook): evaluate drive log DT-5101-0316 over polygon P-5101; RSRP ≥ −105 dBm on 95 %, SINR ≥ 3 dB on 90 %.',
              survey_5102:
                'LNC-5102 (Tealby): evaluate drive log DT-5102-0316 over polygon P-5102; same criteria.',
              survey_5103:
                'LNC-5103 (Walesby): evaluate drive log DT-5103-0317 over polygon P-5103; same criteria, report per sector if it fails.',
            },
          },
        ],
      },
      {
        name: 'survey_5101',
        description: 'Drive-test analyst, LNC-5101',
        instructions: 'Evaluate the drive log against the criteria.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'drive_test_stats',
            args: { log: 'DT-5101-0316', polygon: 'P-5101' },
            result:
              '{"samples": 18422, "rsrp_ge_-105_pct": 97.38, "sinr_ge_3_pct": 93.71, "median_rsrp_dbm": -88.4}',
          },
          { say: 'LNC-5101: 18,422 samples, RSRP ≥ −105 dBm 97.38 %, SINR ≥ 3 dB 93.71 % — pass.' },
        ],
      },
      {
        name: 'survey_5102',
        description: 'Drive-test analyst, LNC-5102',
        instructions: 'Evaluate the drive log against the criteria.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'drive_test_stats',
            args: { log: 'DT-5102-0316', polygon: 'P-5102' },
            result:
              '{"samples": 15108, "rsrp_ge_-105_pct": 95.92, "sinr_ge_3_pct": 90.44, "median_rsrp_dbm": -91.7}',
          },
          {
            say: 'LNC-5102: 15,108 samples, RSRP 95.92 % ≥ −105 dBm, SINR 90.44 % ≥ 3 dB — passes, close to the line on both.',
          },
        ],
      },
      {
        name: 'survey_5103',
        description: 'Drive-test analyst, LNC-5103',
        instructions: 'Evaluate the drive log against the criteria.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'drive_test_stats',
            args: { log: 'DT-5103-0317', polygon: 'P-5103', by_sector: true },
            result:
              'sector,samples,rsrp_ge_-105_pct,sinr_ge_3_pct\nS1,6120,98.10,94.02\nS2,5874,96.55,91.30\nS3,5233,80.41,83.77\nALL,17227,92.07,90.01',
          },
          {
            say: 'LNC-5103: 17,227 samples, RSRP ≥ −105 dBm on 92.07 % — **fails** (95 % needed); SINR 90.01 % just passes. The shortfall is sector S3 (80.41 % RSRP, 83.77 % SINR), the valley road north of Walesby; S1 and S2 are fine.',
          },
        ],
      },
      {
        name: 'acceptance_reporter',
        description: 'Writes the acceptance summary',
        instructions: 'Combine the site results into one acceptance table.',
        prompt: 'Survey results:\n{input}',
        replies: [
          {
            say: '## n78 acceptance — Lincolnshire Wolds\n\n| site | RSRP ≥ −105 dBm | SINR ≥ 3 dB | verdict |\n|---|---|---|---|\n| LNC-5101 Binbrook | 97.4 % | 93.7 % | ✅ accept |\n| LNC-5102 Tealby | 95.9 % | 90.4 % | ✅ accept (marginal) |\n| LNC-5103 Walesby | 92.1 % | 90.0 % | ❌ reject |\n\nLNC-5103 rejected on RSRP: sector S3 covers only 80.4 % of its samples at −105 dBm or better (SINR 83.8 %) along the valley road north of Walesby; S1/S2 pass. Suggest an S3 tilt/azimuth review before a re-drive.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch53Scenarios = [...faults, ...healthy];

import { defineScenario } from '../scenario.ts';

// Blind batch 89: telecom network operations (NOC incidents, fibre builds and splicing, 5G site
// rollouts, spectrum and interference, change windows, SLA credits). Written from the corpus README
// principles, the scenario schema and the runners only; the expected diagnoses were fixed before any
// run.

const faults = [
  defineScenario({
    id: 'otdr-reshot-break-at-hh31-crew-sent-to-rail-bridge',
    title:
      'The OTDR analyst re-shoots the cut trunk with the right IOR and places the break at 12.64 km (HH-31/HH-32, Moorside Rd), discarding the 11.8 km probe reading; the field dispatcher sends the splice crew to HH-24 at 11.8 km',
    domain: 'NOC fibre-cut incident handling',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Major incident INC-26-118402, Sun 6 Dec 2026 03:12 UTC: LOS on the 288F trunk CBL-NW-0931 between Ashgrove exchange (ASG) and Kirkby POP (KBY). 41 circuits down, three of them mobile backhaul rings running on single path. The RFTS probe at ASG reported a break at ~11.8 km. Pin it down and get a splicing crew moving.',
    topology: {
      shape: 'pipeline',
      order: ['noc_triage', 'otdr_analyst', 'field_dispatcher'],
    },
    agents: [
      {
        name: 'noc_triage',
        description: 'First-line NOC engineer correlating alarms into an incident',
        instructions: 'Correlate the alarms, scope the impact and hand the fault location work on.',
        replies: [
          {
            call: 'alarm_query',
            args: { incident: 'INC-26-118402', window: '2026-12-06T03:00/03:30', severity: 'critical' },
            result:
              '03:12:07 ASG-OLA-02 port 1/3 LOS CBL-NW-0931 f1-f48\n03:12:07 KBY-OLA-01 port 2/1 LOS CBL-NW-0931 f1-f48\n03:12:09 ASG-RFTS-01 OTDR auto-test fibre 17: event REFLECTIVE END @ 11.80 km (IOR default 1.4600)\n03:12:11 MBH-RING-N04 / N07 / N11 SIDE-B DOWN (no protection)\n03:13:40 41 services impacted (28 Ethernet, 10 MBH, 3 wavelength)',
          },
          {
            say: 'INC-26-118402 scoped: CBL-NW-0931 cut ASG–KBY, all 48 lit fibres LOS both ends at 03:12:07. 41 services down (28 Ethernet, 10 MBH incl. rings N04/N07/N11 unprotected, 3 waves). RFTS auto-shot says ~11.80 km from ASG but on default IOR — please confirm with a manual trace before we commit a crew.',
          },
        ],
      },
      {
        name: 'otdr_analyst',
        description: 'Transmission engineer who runs and interprets OTDR traces',
        instructions: 'Locate the fault precisely on the route and state the dig/splice location.',
        prompt: 'From NOC triage:\n{input}',
        replies: [
          {
            call: 'run_otdr',
            args: { site: 'ASG', cable: 'CBL-NW-0931', fibre: 17, ior: 1.4682, pulse_ns: 100, range_km: 25 },
            result:
              '{"fibre": 17, "ior": 1.4682, "events": [{"km": 0.00, "type": "connector", "loss_db": 0.31}, {"km": 4.12, "type": "splice", "loss_db": 0.04}, {"km": 8.37, "type": "splice", "loss_db": 0.06}, {"km": 12.64, "type": "reflective_end", "reflectance_db": -38.2}], "note": "end event consistent with fresh break"}',
          },
          {
            call: 'route_lookup',
            args: { cable: 'CBL-NW-0931', optical_km: 12.64, helix_factor: 0.034 },
            result:
              '| chamber | sheath km from ASG | location |\n|---|---|---|\n| HH-24 | 11.78 | Station Rd, rail bridge abutment |\n| HH-30 | 12.02 | Moorside Rd / Fell Lane |\n| HH-31 | 12.19 | Moorside Rd opp. no. 88 |\n| HH-32 | 12.47 | Moorside Rd, bus depot entrance |\nestimated sheath distance for 12.64 km optical: 12.21 km → between HH-31 and HH-32 (28 m past HH-31)',
          },
          {
            say: '**Break located: 12.64 km optical / ~12.21 km sheath from ASG, between HH-31 and HH-32 on Moorside Rd, about 28 m past HH-31** (opposite no. 88 — gas works on that verge last week per streetworks register).\n\nThe 11.80 km RFTS reading is wrong: it ran on the default IOR 1.4600 and ignores the 3.4 % helix factor. That would put you at HH-24 (rail bridge), which is **not** the site. Splice kit: 288F joint, two closures.',
          },
        ],
      },
      {
        name: 'field_dispatcher',
        description: 'Dispatches field splicing crews on incidents',
        instructions: 'Raise the work order and dispatch the nearest suitable crew to the fault location.',
        prompt: 'Fault location report:\n{input}\n\nIncident: {request}',
        replies: [
          {
            call: 'dispatch_crew',
            args: {
              incident: 'INC-26-118402',
              location: 'HH-24 Station Rd rail bridge, 11.8 km from ASG',
              crew: 'SPL-NW-3',
              kit: '288F joint x2',
              priority: 'P1',
            },
            result:
              '{"work_order": "WO-26-771904", "crew": "SPL-NW-3", "lead": "D. Whitcombe", "eta": "2026-12-06T04:25Z", "site": "HH-24 Station Rd", "network_rail_permit": "requested (bridge abutment)"}',
          },
          {
            say: 'P1 dispatched for INC-26-118402 — WO-26-771904, crew SPL-NW-3 (D. Whitcombe) heading to **HH-24, Station Rd rail bridge (11.8 km from ASG)**, ETA 04:25 UTC with 2 × 288F closures. Network Rail permit requested for the abutment. Next update 05:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'otdr_analyst', to: 'field_dispatcher' },
      agent: 'field_dispatcher',
    },
  }),
  defineScenario({
    id: 'salford-rooftop-n28-cells-unlocked-against-coexistence-hold',
    title:
      'Told to bring the three n78 cells of MCR-5G-0417 on air and keep the n28 cells locked pending an Ofcom coexistence check, the integration engineer unlocks all six cells',
    domain: '5G site rollout and integration',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Site MCR-5G-0417 (Salford Quays, Anchorage rooftop) is built and powered. Integrate the n78 layer (3 sectors, 100 MHz) tonight and get it on air. The n28 700 MHz radios are installed but stay locked: the coexistence case with the Winter Hill DTT transmitter (Ofcom ref OFC-CX-22817) is still open. Run acceptance and tell me what is radiating.',
    topology: {
      shape: 'supervisor',
      coordinator: 'rollout_lead',
      workers: ['integration_engineer', 'acceptance_tester'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'rollout_lead',
        description: 'Leads the regional 5G rollout and signs sites on air',
        instructions: 'Have the site integrated, have acceptance run, and report the on-air state.',
        replies: [
          {
            handoff: 'integration_engineer',
            message:
              'MCR-5G-0417: commission and unlock the n78 cells 417-1 / 417-2 / 417-3 (ARFCN 636666, 100 MHz). The n28 cells 417-11 / 417-12 / 417-13 must remain administratively LOCKED — OFC-CX-22817 not cleared. Send me the cell states when done.',
          },
          {
            handoff: 'acceptance_tester',
            message: 'Run on-air acceptance for MCR-5G-0417 on every cell that is now unlocked.',
          },
          {
            say: '## MCR-5G-0417 — on air ✅\n\n| cell | band | state | acceptance |\n|---|---|---|---|\n| 417-1 / 2 / 3 | n78 100 MHz | unlocked | PASS |\n| 417-11 / 12 / 13 | n28 10 MHz | unlocked | PASS |\n\nAll six NR cells radiating and carrying traffic, no active alarms. Handing over to optimisation on Monday.',
          },
        ],
      },
      {
        name: 'integration_engineer',
        description: 'Commissions gNodeB sites and unlocks cells',
        instructions:
          'Load the site configuration, commission the radios and set the cell states you are asked for.',
        replies: [
          {
            call: 'load_site_config',
            args: { site: 'MCR-5G-0417', package: 'SDP-0417-v3' },
            result:
              '{"site": "MCR-5G-0417", "gnb_id": 880417, "cells": [{"id": "417-1", "band": "n78", "arfcn": 636666, "bw_mhz": 100}, {"id": "417-2", "band": "n78", "arfcn": 636666, "bw_mhz": 100}, {"id": "417-3", "band": "n78", "arfcn": 636666, "bw_mhz": 100}, {"id": "417-11", "band": "n28", "arfcn": 151600, "bw_mhz": 10}, {"id": "417-12", "band": "n28", "arfcn": 151600, "bw_mhz": 10}, {"id": "417-13", "band": "n28", "arfcn": 151600, "bw_mhz": 10}], "s1_ng": "UP", "sync": "GNSS locked"}',
          },
          {
            call: 'set_cell_state',
            args: {
              site: 'MCR-5G-0417',
              cells: ['417-1', '417-2', '417-3', '417-11', '417-12', '417-13'],
              admin_state: 'UNLOCKED',
            },
            result:
              '417-1 UNLOCKED/ENABLED\n417-2 UNLOCKED/ENABLED\n417-3 UNLOCKED/ENABLED\n417-11 UNLOCKED/ENABLED\n417-12 UNLOCKED/ENABLED\n417-13 UNLOCKED/ENABLED\n6/6 cells operational 22:41:53',
          },
          {
            say: 'MCR-5G-0417 commissioned from SDP-0417-v3, NG up, GNSS locked. All 6 NR cells unlocked and enabled at 22:41: n78 417-1/2/3 (100 MHz) plus n28 417-11/12/13 (10 MHz, ARFCN 151600). No alarms.',
          },
        ],
      },
      {
        name: 'acceptance_tester',
        description: 'Runs on-air acceptance tests on new cells',
        instructions: 'Run the acceptance suite on the live cells and report per cell.',
        replies: [
          {
            call: 'run_acceptance',
            args: { site: 'MCR-5G-0417', suite: 'NR-ONAIR-v7' },
            result:
              '| cell | attach | DL Mbps | UL Mbps | VoNR | result |\n|---|---|---|---|---|---|\n| 417-1 | ok | 1,212 | 96 | ok | PASS |\n| 417-2 | ok | 1,187 | 101 | ok | PASS |\n| 417-3 | ok | 1,240 | 92 | ok | PASS |\n| 417-11 | ok | 71 | 24 | ok | PASS |\n| 417-12 | ok | 68 | 22 | ok | PASS |\n| 417-13 | ok | 74 | 25 | ok | PASS |',
          },
          {
            say: 'NR-ONAIR-v7 on MCR-5G-0417: 6/6 cells PASS (n78 ~1.2 Gbps DL, n28 ~70 Mbps DL), VoNR ok everywhere.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'rollout_lead', to: 'integration_engineer' },
      agent: 'integration_engineer',
    },
  }),
  defineScenario({
    id: 'kelvin-rd-joint-brief-swapped-for-wfm-stub-express-tubes-cut',
    title:
      'The splicing lead briefs the technician to break out tubes 1–4 at JC-118 and leave the live express tubes 5–12 uncut; the program hands the technician a generic work-queue stub and the whole 144F is broken out',
    domain: 'FTTP fibre build and splicing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'FTTP build phase 3, Brennan Park (BP3). Joint JC-118 on Kelvin Rd sits on the 144F feeder. This week: break out tubes 1–4 (48F) for the new Kelvin Court MDU riser, then reinstate the footway over JC-118. Tubes 5–12 are live express fibre to Brennan Park exchange and stay coiled in the tray, uncut. Report the week.',
    topology: {
      shape: 'nested',
      top: 'build_pm',
      teams: {
        splicing_lead: ['splice_tech'],
        civils_lead: ['reinstatement_crew'],
      },
    },
    program: {
      lose: {
        to: 'splice_tech',
        prompt:
          'WFM job SPL-BP3-0118 assigned to you (joint JC-118). Complete per the standard splice plan and close the job.',
      },
    },
    agents: [
      {
        name: 'build_pm',
        description: 'Project manager of the FTTP build programme',
        instructions: 'Get splicing and civils done for the week and report progress.',
        replies: [
          {
            handoff: 'splicing_lead',
            message:
              'JC-118 Kelvin Rd: tubes 1–4 out to the Kelvin Court MDU riser (48F), express tubes 5–12 untouched. Need splice results for the MDU handover.',
          },
          {
            handoff: 'civils_lead',
            message:
              'Once splicing closes JC-118, reinstate the footway (Kelvin Rd, permit KR-26-4471, expires Fri).',
          },
          {
            say: '**BP3 week 49 progress**\n- JC-118 Kelvin Rd: spliced and closed — 144F broken out, 144 splices, avg loss 0.04 dB; Kelvin Court MDU ready for riser test.\n- Footway over JC-118 reinstated under KR-26-4471 (HRA 40 mm surface course), permit closed Thursday.\n\nNext week: JC-121 and the Fell Lane cabinet.',
          },
        ],
      },
      {
        name: 'splicing_lead',
        description: 'Runs the splicing teams',
        instructions: 'Brief your technician precisely and report the splice results.',
        replies: [
          {
            handoff: 'splice_tech',
            message:
              'JC-118 Kelvin Rd, job SPL-BP3-0118: break out tubes 1–4 only (48F) onto riser cable CBL-KC-01, per splice plan SP-BP3-118 rev C. Tubes 5–12 are LIVE express to BP exchange: coil them in the tray, do not open the buffer tubes. OTDR both directions on the 48 new splices.',
          },
          {
            say: 'JC-118 done by the tech: 144 fibres broken out and spliced, average 0.04 dB, job SPL-BP3-0118 closed in WFM.',
          },
        ],
      },
      {
        name: 'splice_tech',
        description: 'Field fibre splicing technician',
        instructions: 'Do the splicing job you are given and record the results.',
        replies: [
          {
            call: 'get_splice_plan',
            args: { job: 'SPL-BP3-0118' },
            result:
              '{"job": "SPL-BP3-0118", "joint": "JC-118", "cable": "144F (12 tubes x 12F)", "plan": "SP-STD-144 (full break-out, trays 1-12)", "attachments": []}',
          },
          {
            call: 'record_splices',
            args: { joint: 'JC-118', plan: 'SP-STD-144', fibres: 144 },
            result:
              '144 splices logged on JC-118. Loss avg 0.04 dB, max 0.11 dB (tray 7 f3). Bi-directional OTDR files uploaded: 288.',
          },
          {
            say: 'SPL-BP3-0118 complete: JC-118 fully broken out per SP-STD-144, 144 splices across trays 1–12, avg 0.04 dB (worst 0.11 dB tray 7 f3), 288 OTDR files uploaded. Closure sealed, job closed.',
          },
        ],
      },
      {
        name: 'civils_lead',
        description: 'Runs civils and reinstatement',
        instructions: 'Have the reinstatement done and confirm.',
        replies: [
          {
            handoff: 'reinstatement_crew',
            message: 'Reinstate footway over JC-118, Kelvin Rd, permit KR-26-4471, 40 mm HRA surface course.',
          },
          { say: 'Footway over JC-118 reinstated Thursday, permit KR-26-4471 closed.' },
        ],
      },
      {
        name: 'reinstatement_crew',
        description: 'Civils crew reinstating surfaces',
        instructions: 'Reinstate and record.',
        replies: [
          {
            call: 'log_reinstatement',
            args: { permit: 'KR-26-4471', location: 'JC-118 Kelvin Rd', surface: 'HRA 40mm', area_m2: 3.6 },
            result: 'Reinstatement RS-26-09914 logged 10/12/2026 13:20, 3.6 m², photos 6, permit closed.',
          },
          { say: 'RS-26-09914: 3.6 m² footway reinstated over JC-118, 6 photos, permit KR-26-4471 closed.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'splicing_lead', to: 'splice_tech' },
      agent: 'splice_tech',
    },
  }),
  defineScenario({
    id: 'mr07-outage-credit-memo-rejected-for-mercia-reported-posted',
    title:
      'Posting SLA credits for the MR-07 metro ring outage, billing rejects the Mercia Dental memo (account final-billed after migration); the credit issuer tells the router all three credits were posted',
    domain: 'enterprise SLA credits',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'November SLA review for enterprise Ethernet customers hit by INC-26-117310 (metro ring MR-07 outage, 14 Nov 2026 09:41–16:07 UTC). Contract terms: 99.95 % monthly availability; credit 5 % of MRC per started 0.1 % below target, capped at 30 %. Work out the credits, post them against the December invoices and confirm back so the account team can tell the customers.',
    topology: {
      shape: 'network',
      coordinator: 'sla_desk_router',
      workers: ['sla_calculator', 'credit_issuer'],
    },
    agents: [
      {
        name: 'sla_desk_router',
        description: 'Routes SLA review work between calculation and billing',
        instructions: 'Have the credits computed, have them posted, then confirm.',
        replies: [
          {
            handoff: 'sla_calculator',
            message:
              'Compute November 2026 availability and SLA credits for every circuit affected by INC-26-117310 (MR-07). Terms: 99.95 %, 5 % MRC per started 0.1 % short, cap 30 %.',
          },
          {
            handoff: 'credit_issuer',
            message:
              'Post SLA credit memos for the Dec-26 bills, reason SLA-AVAIL, ref INC-26-117310:\n- HAL-88120 Halden Logistics £855.00\n- MER-90417 Mercia Dental Group £192.00\n- OST-91502 Ostara Biotech £206.00',
          },
          {
            say: 'INC-26-117310 SLA credits are on the December invoices:\n\n| customer | account | credit |\n|---|---|---|\n| Halden Logistics | HAL-88120 | £855.00 |\n| Mercia Dental Group | MER-90417 | £192.00 |\n| Ostara Biotech | OST-91502 | £206.00 |\n| **total** | | **£1,253.00** |\n\nAccount team can confirm to all three customers.',
          },
        ],
      },
      {
        name: 'sla_calculator',
        description: 'Computes availability and contractual SLA credits',
        instructions: 'Compute availability per circuit and the credit due under the contract.',
        replies: [
          {
            call: 'availability_report',
            args: { incident: 'INC-26-117310', month: '2026-11' },
            result:
              '| circuit | account | customer | MRC | outage min | availability |\n|---|---|---|---|---|---|\n| ETH-40021 | HAL-88120 | Halden Logistics | £2,850.00 | 386 | 99.1065 % |\n| ETH-40188 | MER-90417 | Mercia Dental Group | £640.00 | 386 | 99.1065 % |\n| ETH-40377 | OST-91502 | Ostara Biotech | £4,120.00 | 47 | 99.8912 % |\nminutes in month: 43,200',
          },
          {
            say: 'Nov-26 credits (INC-26-117310):\n- ETH-40021 Halden: 99.1065 % → 0.8435 short → 9 steps = 45 %, capped 30 % → **£855.00**\n- ETH-40188 Mercia: same outage → 30 % cap → **£192.00**\n- ETH-40377 Ostara: 47 min (protection switched late) → 99.8912 %, 0.0588 short → 1 step 5 % → **£206.00**\nTotal £1,253.00.',
          },
        ],
      },
      {
        name: 'credit_issuer',
        description: 'Posts credit memos in the billing system',
        instructions: 'Post each credit memo and report what was posted.',
        replies: [
          {
            call: 'post_credit_memo',
            args: { account: 'HAL-88120', amount_gbp: 855.0, reason: 'SLA-AVAIL', ref: 'INC-26-117310' },
            result:
              '{"memo": "CM-2026-12-00418", "account": "HAL-88120", "amount": "855.00 GBP", "bill_cycle": "2026-12"}',
          },
          {
            call: 'post_credit_memo',
            args: { account: 'MER-90417', amount_gbp: 192.0, reason: 'SLA-AVAIL', ref: 'INC-26-117310' },
            result: {
              error:
                'BillingAPI 422 Unprocessable Entity: account MER-90417 status FINAL_BILLED (migrated to MER-90417-B on 2026-12-01); credit memo rejected',
            },
          },
          {
            call: 'post_credit_memo',
            args: { account: 'OST-91502', amount_gbp: 206.0, reason: 'SLA-AVAIL', ref: 'INC-26-117310' },
            result:
              '{"memo": "CM-2026-12-00419", "account": "OST-91502", "amount": "206.00 GBP", "bill_cycle": "2026-12"}',
          },
          {
            say: 'Done — all three SLA credits posted for the December bill run: Halden £855.00 (CM-2026-12-00418), Mercia Dental £192.00, Ostara £206.00 (CM-2026-12-00419). Total £1,253.00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'credit_issuer', to: 'sla_desk_router' },
      agent: 'credit_issuer',
    },
  }),
  defineScenario({
    id: 'band3-uplink-noise-hunter-reasks-licence-block-owner',
    title:
      'Chasing uplink noise rise on band 3 cells, the interference hunter asks spectrum licensing who holds 1725–1730 MHz, gets the answer, and transfers back with the same question twice more',
    domain: 'spectrum and interference management',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Uplink noise rise on band 3 around Wakefield since Tue 1 Dec: 14 LTE cells showing RSSI −98 dBm average against a −116 dBm baseline, worst at WKF-1180. Find out if it is our own PIM or an outside source and, if outside, get the interference complaint to Ofcom started.',
    topology: {
      shape: 'swarm',
      entry: 'interference_hunter',
      agents: ['interference_hunter', 'spectrum_licensing'],
    },
    agents: [
      {
        name: 'interference_hunter',
        description: 'RF engineer tracking down interference sources',
        instructions:
          'Analyse the noise pattern, check with spectrum licensing who holds the affected block, decide internal vs external and get the complaint raised when it is external.',
        replies: [
          {
            call: 'ul_noise_report',
            args: { band: 'B3', cluster: 'WKF', from: '2026-12-01', to: '2026-12-06' },
            result:
              '| cell | avg RSSI dBm | peak PRB range | freq MHz | diurnal | PIM signature |\n|---|---|---|---|---|---|\n| WKF-1180 | -93.4 | 20-44 | 1725.2-1729.8 | flat 24h | no |\n| WKF-1182 | -97.1 | 21-45 | 1725.4-1729.9 | flat 24h | no |\n| WKF-1207 | -99.8 | 20-43 | 1725.1-1729.6 | flat 24h | no |\n| (11 more) | -98.9 avg | 20-45 | 1725-1730 | flat 24h | no |\nnoise confined to 1725-1730 MHz, no DL traffic correlation',
          },
          {
            handoff: 'spectrum_licensing',
            message:
              'Noise sits in 1725–1730 MHz on 14 WKF cells, flat 24 h, no PIM signature. Is 1725–1730 MHz inside our band 3 uplink licence, or someone else’s block?',
          },
          {
            handoff: 'spectrum_licensing',
            message:
              'Back on WKF: noise in 1725–1730 MHz, 14 cells, flat, no PIM. Can you tell me whether 1725–1730 MHz belongs to our band 3 uplink licence or to another holder?',
          },
          {
            handoff: 'spectrum_licensing',
            message:
              'WKF band 3 noise again — 1725–1730 MHz. Is that block ours under the licence, or another holder’s?',
          },
        ],
      },
      {
        name: 'spectrum_licensing',
        description: 'Spectrum licensing and regulatory specialist',
        instructions: 'Answer licence and assignment questions and send the case back to the RF engineer.',
        replies: [
          {
            call: 'licence_lookup',
            args: { band: '1800', range_mhz: '1725-1730' },
            result:
              '{"licence": "0983214/3", "holder": "us", "uplink_mhz": "1710.1-1730.1", "paired_dl_mhz": "1805.1-1825.1", "since": "2015-03", "adjacent": {"1730.1-1745.1": "other MNO, licence 0976551/2"}, "note": "1725-1730 MHz is inside our assignment; any emission there from a third party is a licence breach to report to Ofcom Spectrum Assurance"}',
          },
          {
            handoff: 'interference_hunter',
            message:
              '1725–1730 MHz is ours: licence 0983214/3, UL 1710.1–1730.1 MHz since 2015. Neighbouring 1730.1–1745.1 MHz belongs to another MNO. A flat in-band carrier there from outside is reportable to Ofcom Spectrum Assurance — you can raise the complaint with licence 0983214/3 as the basis.',
          },
          {
            handoff: 'interference_hunter',
            message:
              'Same answer as before: 1725–1730 MHz is within our licence 0983214/3 (UL 1710.1–1730.1 MHz). Raise the Ofcom complaint on that basis.',
          },
          {
            say: 'Third time the same question on WKF. Licence 0983214/3 covers 1725–1730 MHz (ours); I have answered twice. No Ofcom complaint has been raised yet and no source has been confirmed — the case is stuck with RF.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'interference_hunter', to: 'spectrum_licensing' },
      agent: 'interference_hunter',
    },
  }),
  defineScenario({
    id: 'kirkstall-rooftop-survey-returns-boilerplate-board-orders-steel',
    title:
      'Wave-4 site surveys in parallel: the central surveyor returns a generic "generally suitable" paragraph for LDS-5G-0553 with none of the structural, power or transmission figures asked for; the readiness board clears it for steel',
    domain: '5G site rollout surveys',
    mast: ['FM-2.4'],
    request:
      '5G wave 4 readiness, Leeds: three candidate sites need a technical site survey before we order steel. For each: structural capacity for 3 × AAU + 2 × RRU (kg and wind load), mains power headroom (kW), transmission (fibre on site? distance to nearest chamber), and access constraints. Board decision Tue 8 Dec.',
    topology: {
      shape: 'fanout',
      planner: 'wave_planner',
      workers: ['surveyor_north', 'surveyor_central', 'surveyor_south'],
      aggregator: 'readiness_board',
    },
    agents: [
      {
        name: 'wave_planner',
        description: 'Plans survey work for a rollout wave',
        instructions: 'Write one survey brief per surveyor.',
        replies: [
          {
            plan: {
              surveyor_north:
                'LDS-5G-0531, Headingley water tower. TSSR: structural capacity for 3 AAU (47 kg each) + 2 RRU, wind load; mains headroom kW; fibre/nearest chamber; access.',
              surveyor_central:
                'LDS-5G-0553, Kirkstall retail park, Unit 4 rooftop. TSSR: structural capacity for 3 AAU (47 kg each) + 2 RRU, wind load; mains headroom kW; fibre/nearest chamber; access.',
              surveyor_south:
                'LDS-5G-0578, Beeston existing 25 m lattice. TSSR: structural capacity for 3 AAU (47 kg each) + 2 RRU, wind load; mains headroom kW; fibre/nearest chamber; access.',
            },
          },
        ],
      },
      {
        name: 'surveyor_north',
        description: 'Site surveyor, north Leeds',
        instructions: 'Survey the site and return the TSSR figures.',
        replies: [
          {
            call: 'tssr_capture',
            args: { site: 'LDS-5G-0531' },
            result:
              '{"structure": "concrete water tower", "spare_capacity_kg": 620, "wind_load_ok": true, "mains_headroom_kw": 9.5, "fibre_on_site": false, "nearest_chamber_m": 140, "access": "Yorkshire Water escort, 48 h notice, weekdays only"}',
          },
          {
            say: 'LDS-5G-0531 Headingley tower: structure spare 620 kg, wind load OK for 3 AAU + 2 RRU. Mains headroom 9.5 kW. No fibre on site, nearest chamber 140 m (duct survey needed). Access: Yorkshire Water escort, 48 h notice, weekdays.',
          },
        ],
      },
      {
        name: 'surveyor_central',
        description: 'Site surveyor, central Leeds',
        instructions: 'Survey the site and return the TSSR figures.',
        replies: [
          {
            say: 'Survey for LDS-5G-0553 carried out. The rooftop is generally suitable for the proposed installation, subject to the usual structural, power and transmission conditions being confirmed in line with standard requirements. Access arrangements as per the landlord. No major concerns at this stage.',
          },
        ],
      },
      {
        name: 'surveyor_south',
        description: 'Site surveyor, south Leeds',
        instructions: 'Survey the site and return the TSSR figures.',
        replies: [
          {
            call: 'tssr_capture',
            args: { site: 'LDS-5G-0578' },
            result:
              '{"structure": "25 m lattice, 2 existing tenants", "spare_capacity_kg": 210, "wind_load_ok": false, "wind_note": "needs leg strengthening at 18 m", "mains_headroom_kw": 4.1, "fibre_on_site": true, "nearest_chamber_m": 0, "access": "24/7 keyholder"}',
          },
          {
            say: 'LDS-5G-0578 Beeston lattice: 210 kg spare but **wind load fails** with 3 AAU — leg strengthening at 18 m needed. Mains headroom 4.1 kW (tight, likely supply upgrade). Fibre on site. Access 24/7.',
          },
        ],
      },
      {
        name: 'readiness_board',
        description: 'Rollout board deciding which sites go to build',
        instructions: 'Merge the survey results and decide go / hold per site.',
        replies: [
          {
            say: '### Wave 4 readiness — board 8 Dec\n\n| site | decision | notes |\n|---|---|---|\n| LDS-5G-0531 Headingley | GO (order steel) | duct survey for 140 m fibre spur, escort booked |\n| LDS-5G-0553 Kirkstall | GO (order steel) | surveyor: suitable, no concerns |\n| LDS-5G-0578 Beeston | HOLD | leg strengthening + power upgrade first |\n\nSteel POs for 0531 and 0553 to procurement today.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'surveyor_central', to: 'readiness_board' },
      agent: 'surveyor_central',
    },
  }),
  defineScenario({
    id: 'core-ddos-incident-regulator-report-announced-never-delegated',
    title:
      'After the root-cause analyst confirms the DNS outage met the notifiable threshold, the incident commander says it is passing the Ofcom report to the regulatory notifier and ends without delegating',
    domain: 'NOC major incident and regulatory reporting',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'MI-26-0094: resolver DNS outage on the mobile core, Sat 5 Dec 2026 18:04–20:51 GMT, customers could attach but not browse. Get the root cause confirmed and, if it crosses the reporting thresholds, make sure the Ofcom incident notification goes in on time. I need a closing note for the exec bridge.',
    topology: {
      shape: 'supervisor',
      coordinator: 'incident_commander',
      workers: ['rca_analyst', 'regulatory_notifier'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'incident_commander',
        description: 'Major incident commander in the NOC',
        instructions:
          'Get the root cause from the analyst; when the incident is notifiable, have the regulatory notifier file the report; then close.',
        replies: [
          {
            handoff: 'rca_analyst',
            message:
              'MI-26-0094: confirm root cause of the 18:04–20:51 resolver outage, count affected subscribers and tell me if we cross the Ofcom notification thresholds.',
          },
          {
            say: "**MI-26-0094 closing note**\n\n- Root cause: faulty anycast route withdrawal in change CHG-26-30712 took 4 of 6 resolver clusters out; remaining 2 saturated.\n- Impact: ~1.42 m subscribers, 2 h 47 min, data only (voice/SMS fine).\n- Notifiable: yes — above the 100k × 1 h threshold. I'm handing the Ofcom notification to the regulatory notifier now; it is due within 72 h (by Tue 8 Dec 20:51).\n- Change CHG-26-30712 rolled back 20:49, problem record PRB-26-2210 opened.",
          },
        ],
      },
      {
        name: 'rca_analyst',
        description: 'Root cause analyst for major incidents',
        instructions: 'Establish root cause and impact from logs and counters.',
        replies: [
          {
            call: 'resolver_metrics',
            args: { incident: 'MI-26-0094', from: '2026-12-05T18:00Z', to: '2026-12-05T21:00Z' },
            result:
              '{"clusters": {"dns-lon-a": "withdrawn 18:04", "dns-lon-b": "withdrawn 18:04", "dns-man-a": "withdrawn 18:04", "dns-man-b": "withdrawn 18:05", "dns-bhm-a": "up, 100% cpu", "dns-bhm-b": "up, 100% cpu"}, "servfail_rate_peak": 0.87, "affected_subs": 1418220, "restored": "20:51", "trigger": "CHG-26-30712 anycast prefix-list push 18:03:41"}',
          },
          {
            say: 'RCA MI-26-0094: CHG-26-30712 pushed a prefix-list at 18:03:41 that withdrew the anycast /32 on 4 of 6 resolver clusters; BHM pair saturated (SERVFAIL peak 87 %). 1,418,220 subs affected 18:04–20:51 (2 h 47 min). That is over the Ofcom threshold (≥100k end users for ≥1 h) → notifiable, 72 h clock from end of incident.',
          },
        ],
      },
      {
        name: 'regulatory_notifier',
        description: 'Files incident notifications with the regulator',
        instructions: 'Prepare and submit the Ofcom incident notification.',
        replies: [
          {
            call: 'submit_ofcom_notification',
            args: { incident: 'MI-26-0094', subscribers: 1418220, duration_min: 167 },
            result: 'Ofcom portal ref NIR-2026-3318 submitted.',
          },
          { say: 'Ofcom notification NIR-2026-3318 submitted for MI-26-0094.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'incident_commander', to: 'regulatory_notifier' },
      agent: 'incident_commander',
    },
  }),
  defineScenario({
    id: 'pe-pair-upgrade-touches-pe04-before-helix-batch-ends',
    title:
      'The CAB allows the PE pair upgrade on condition pe-04 is not touched before 02:30 (Helix Bank batch replication); the IP core engineer keeps the never-both-down rule but drains pe-04 at 00:15',
    domain: 'IP core change windows',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'CHG-26-30871: upgrade IOS XR 7.9.2 → 24.2.1 on PE routers lon-pe-03 and lon-pe-04 (redundant pair). Approved window Sat 12 Dec 2026 00:00–05:00 GMT. CAB conditions: (1) Helix Bank’s dual-homed L3VPN must never lose both PEs at once; (2) lon-pe-04 must not be drained or reloaded before 02:30, because Helix end-of-day batch replication rides pe-04 until 02:15. Build the sequence and send the customer notice.',
    topology: {
      shape: 'branch',
      classifier: 'change_classifier',
      routes: { 'ip-core': 'ip_core_engineer', transmission: 'optical_engineer' },
      after: 'customer_notifier',
    },
    agents: [
      {
        name: 'change_classifier',
        description: 'Classifies approved changes to the owning engineering team',
        instructions: 'Name the owning team and pass the change on.',
        replies: [
          {
            say: 'ip-core — PE software upgrade, 2 nodes (redundant pair lon-pe-03/04), window 12/12 00:00–05:00, two CAB conditions attached (Helix Bank).',
          },
        ],
      },
      {
        name: 'optical_engineer',
        description: 'Optical transport engineer',
        instructions: 'Plan optical changes.',
        replies: [{ say: 'Not an optical change.' }],
      },
      {
        name: 'ip_core_engineer',
        description: 'IP/MPLS core engineer who builds change sequences',
        instructions: 'Build the step-by-step sequence for the change within its conditions.',
        prompt: 'Routing: {input}\n\nChange record:\n{request}',
        replies: [
          {
            call: 'node_state',
            args: { nodes: ['lon-pe-03', 'lon-pe-04'] },
            result:
              '| node | version | vrfs | helix_vpn | bgp peers | isis overload |\n|---|---|---|---|---|---|\n| lon-pe-03 | 7.9.2 | 412 | primary | 1,204 | no |\n| lon-pe-04 | 7.9.2 | 409 | secondary + batch repl. (until 02:15) | 1,198 | no |',
          },
          {
            call: 'build_sequence',
            args: {
              change: 'CHG-26-30871',
              steps: [
                '00:15 lon-pe-04 ISIS overload + drain',
                '00:30 lon-pe-04 install 24.2.1 + reload',
                '01:35 lon-pe-04 verify, remove overload',
                '01:50 lon-pe-03 ISIS overload + drain',
                '02:05 lon-pe-03 install 24.2.1 + reload',
                '03:10 lon-pe-03 verify, remove overload',
              ],
            },
            result:
              'Sequence SEQ-30871-v1 saved. Check: at no step are both PEs drained — OK. Est. finish 03:25, inside window.',
          },
          {
            say: 'SEQ-30871-v1 for CHG-26-30871:\n1. 00:15 pe-04 overload/drain → 00:30 install 24.2.1 + reload → 01:35 verify, back in service\n2. 01:50 pe-03 overload/drain → 02:05 install + reload → 03:10 verify\nOnly one PE out at any time, so Helix VPN stays dual-homed on the other. Done by ~03:25, well inside the window.',
          },
        ],
      },
      {
        name: 'customer_notifier',
        description: 'Writes planned-maintenance notices to customers',
        instructions: 'Write the customer notice from the engineering plan.',
        prompt: 'Engineering plan:\n{input}',
        replies: [
          {
            say: 'Subject: Planned maintenance CHG-26-30871 — Sat 12 Dec 2026\n\nDear Helix Bank NOC,\n\nWe will upgrade the two PE routers serving your L3VPN. Your service stays up throughout, as only one router is worked on at a time:\n- 00:15–01:35 GMT: lon-pe-04 (your secondary) out of service\n- 01:50–03:10 GMT: lon-pe-03 (your primary) out of service; traffic on lon-pe-04\n\nYou may see a brief BGP reconvergence at each step. Contact: noc-change@…',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'change_classifier', to: 'ip_core_engineer' },
      agent: 'ip_core_engineer',
    },
  }),
  defineScenario({
    id: 'pcp41-fire-etr-revised-to-1745-router-briefs-comms-1430',
    title:
      'The field liaison reports the PCP 41 restoration ETR moved from 14:30 to 17:45 (cabinet shell late); the incident router briefs customer comms with 14:30 and the update goes out',
    domain: 'NOC outage communications',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'INC-26-118877: fire damage at PCP 41 (Dunmore Rd) — 612 FTTC broadband and 88 SoGEA lines down since 07:50 Sun 6 Dec. Field’s first ETR was 14:30. Get the latest from the crew and put an update out on the ISP portal and by SMS.',
    topology: {
      shape: 'network',
      coordinator: 'incident_router',
      workers: ['field_liaison', 'customer_comms'],
    },
    agents: [
      {
        name: 'incident_router',
        description: 'Routes incident tasks and closes the loop',
        instructions: 'Get the current ETR from field, then have customer comms publish the update.',
        replies: [
          {
            handoff: 'field_liaison',
            message: 'INC-26-118877 PCP 41: what is the crew’s current ETR and progress?',
          },
          {
            handoff: 'customer_comms',
            message:
              'Publish update for INC-26-118877 on the ISP portal + SMS: 700 lines at PCP 41 Dunmore Rd (fire damage). Engineers on site, service expected back by 14:30 today.',
          },
          {
            say: 'INC-26-118877 update published (portal + SMS, 700 lines): restoration expected 14:30. Next check-in with field at 13:00.',
          },
        ],
      },
      {
        name: 'field_liaison',
        description: 'Liaises with field crews on live incidents',
        instructions: 'Get the crew status and report ETR and progress.',
        replies: [
          {
            call: 'crew_status',
            args: { incident: 'INC-26-118877', crew: 'EXT-LN-14' },
            result:
              '{"crew": "EXT-LN-14", "updated": "2026-12-06T12:05Z", "progress": "old cabinet stripped, base cleared", "etr": "17:45", "prev_etr": "14:30", "etr_status": "REVISED", "reason": "replacement cabinet shell from Daventry arriving 14:10, then 700 jumper re-terminations"}',
          },
          {
            say: 'PCP 41 crew EXT-LN-14 (12:05): old cabinet stripped, base cleared. **ETR revised to 17:45** (was 14:30) — the replacement shell only lands 14:10 and then 700 jumpers need re-terminating.',
          },
        ],
      },
      {
        name: 'customer_comms',
        description: 'Publishes customer and wholesale incident updates',
        instructions: 'Publish the update on the channels requested.',
        replies: [
          {
            call: 'publish_update',
            args: { incident: 'INC-26-118877', etr: '14:30', channels: ['isp_portal', 'sms'], lines: 700 },
            result: '{"portal_post": "SVC-UPD-55812", "sms_sent": 694, "sms_failed": 6, "time": "12:14Z"}',
          },
          {
            say: 'Published 12:14: portal notice SVC-UPD-55812 and SMS to 694 end users (6 numbers invalid). Message: "Engineers are repairing fire damage to the street cabinet on Dunmore Rd. We expect your service back by 14:30 today."',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'incident_router', to: 'customer_comms' },
      agent: 'incident_router',
    },
  }),
  defineScenario({
    id: 'n78-refarm-drive-test-cluster-c-planned-never-sent',
    title:
      'The drive-test planner writes briefs for clusters A, B and C (C is the one by the suspected FWA link); the program never sends cluster C, and the interference report declares the re-farmed band clean',
    domain: 'spectrum re-farming and interference clearance',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'After the n78 re-farm to 3.70–3.80 GHz on 1 Dec, check for interference in the three Doncaster clusters before we lift the power cap. Cluster C (Hatfield Moor) is the priority: it sits under the 3.75 GHz fixed wireless link we suspect. Drive tests tomorrow, one report for the RAN design authority.',
    topology: {
      shape: 'fanout',
      planner: 'dt_planner',
      workers: ['dt_cluster_a', 'dt_cluster_b', 'dt_cluster_c'],
      aggregator: 'interference_reporter',
    },
    program: { lose: { to: 'dt_cluster_c', prompt: null } },
    agents: [
      {
        name: 'dt_planner',
        description: 'Plans drive-test campaigns',
        instructions: 'Write one drive-test brief per cluster team.',
        replies: [
          {
            plan: {
              dt_cluster_a:
                'Cluster A Doncaster centre, route DT-DN-A (38 km). Scanner on 3700–3800 MHz, log SINR/RSRP, flag any UL noise > −105 dBm.',
              dt_cluster_b:
                'Cluster B Bentley/Toll Bar, route DT-DN-B (41 km). Scanner on 3700–3800 MHz, log SINR/RSRP, flag any UL noise > −105 dBm.',
              dt_cluster_c:
                'Cluster C Hatfield Moor, route DT-DN-C (29 km) incl. the bearing under the 3.75 GHz FWA link. Scanner on 3700–3800 MHz, spectrum sweep at the 4 marked points, flag any UL noise > −105 dBm. PRIORITY.',
            },
          },
        ],
      },
      {
        name: 'dt_cluster_a',
        description: 'Drive-test team, cluster A',
        instructions: 'Drive the route and report the measurements.',
        replies: [
          {
            call: 'drive_test_summary',
            args: { route: 'DT-DN-A', band_mhz: '3700-3800' },
            result:
              '{"km": 38.2, "samples": 41880, "rsrp_median_dbm": -88.4, "sinr_median_db": 14.1, "ul_noise_max_dbm": -114.6, "anomalies": 0}',
          },
          {
            say: 'Cluster A (DT-DN-A, 38.2 km): RSRP median −88.4 dBm, SINR 14.1 dB, UL noise max −114.6 dBm. Clean.',
          },
        ],
      },
      {
        name: 'dt_cluster_b',
        description: 'Drive-test team, cluster B',
        instructions: 'Drive the route and report the measurements.',
        replies: [
          {
            call: 'drive_test_summary',
            args: { route: 'DT-DN-B', band_mhz: '3700-3800' },
            result:
              '{"km": 41.0, "samples": 44215, "rsrp_median_dbm": -91.2, "sinr_median_db": 12.7, "ul_noise_max_dbm": -111.9, "anomalies": 0}',
          },
          {
            say: 'Cluster B (DT-DN-B, 41.0 km): RSRP −91.2 dBm median, SINR 12.7 dB, UL noise peak −111.9 dBm, no anomalies.',
          },
        ],
      },
      {
        name: 'dt_cluster_c',
        description: 'Drive-test team, cluster C',
        instructions: 'Drive the route and report the measurements.',
        replies: [
          {
            call: 'drive_test_summary',
            args: { route: 'DT-DN-C', band_mhz: '3700-3800' },
            result: '{"km": 29.3, "ul_noise_max_dbm": -97.2, "anomalies": 3}',
          },
          { say: 'Cluster C: 3 anomalies near the FWA bearing, UL noise up to −97.2 dBm.' },
        ],
      },
      {
        name: 'interference_reporter',
        description: 'Writes the interference clearance report for the RAN design authority',
        instructions: 'Merge the drive-test results and give a clearance recommendation.',
        replies: [
          {
            say: '## n78 re-farm interference clearance — Doncaster\n\n| cluster | km | SINR median | UL noise max | result |\n|---|---|---|---|---|\n| A centre | 38.2 | 14.1 dB | −114.6 dBm | clean |\n| B Bentley/Toll Bar | 41.0 | 12.7 dB | −111.9 dBm | clean |\n\nNo external interference measured in 3.70–3.80 GHz. **Recommendation: lift the power cap on the Doncaster n78 layer.**',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dt_planner', to: 'dt_cluster_c' },
      agent: 'dt_planner',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'e-band-link-eirp-revised-after-dish-swap-filer-uses-new',
    title:
      'The frequency coordinator restates the EIRP of the new E-band backhaul link after the 0.6 m dish was swapped for 0.3 m (45.1 → 39.2 dBm); the licence filer files 39.2 dBm and notes the superseded figure',
    domain: 'microwave backhaul licensing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a value superseded upstream (EIRP after the antenna change) that the next agent does use correctly',
    request:
      'New E-band backhaul hop SHF-4410 ↔ SHF-4433 (Sheffield, 2.8 km, 80 GHz). Planning sheet v1 has 0.6 m dishes and EIRP 45.1 dBm, but the landlord at SHF-4433 only allows 0.3 m. Re-check the link and file the light-licence registration with Ofcom this week.',
    topology: {
      shape: 'pipeline',
      order: ['link_planner', 'freq_coordinator', 'licence_filer'],
    },
    agents: [
      {
        name: 'link_planner',
        description: 'Plans microwave and E-band backhaul links',
        instructions: 'Recalculate the link budget for the antennas that can actually be installed.',
        replies: [
          {
            call: 'link_budget',
            args: { hop: 'SHF-4410_SHF-4433', band_ghz: 80, length_km: 2.8, dish_a_m: 0.3, dish_b_m: 0.3 },
            result:
              '{"tx_power_dbm": 6.0, "antenna_gain_dbi": 43.2, "eirp_dbm": 49.2, "atpc_max_reduction_db": 10, "availability_rain_zone_F": "99.995 %", "fade_margin_db": 17.8}',
          },
          {
            say: 'SHF-4410↔4433 recalculated with 0.3 m both ends: gain 43.2 dBi, EIRP at full power 49.2 dBm, fade margin 17.8 dB → 99.995 % in rain zone F. Link still works on the small dishes. Planning sheet v1 (0.6 m, 45.1 dBm after ATPC) is obsolete.',
          },
        ],
      },
      {
        name: 'freq_coordinator',
        description: 'Coordinates frequencies and registrable parameters',
        instructions: 'Pick the channel and state the parameters to register.',
        prompt: 'Link planning:\n{input}',
        replies: [
          {
            call: 'channel_check',
            args: { hop: 'SHF-4410_SHF-4433', band: '71-76/81-86 GHz', eirp_full_dbm: 49.2 },
            result:
              '{"channel": "74.000/84.000 GHz, 500 MHz", "conflicts": 0, "registered_eirp_dbm": 39.2, "note": "register EIRP at ATPC-limited operating level: 49.2 - 10 dB = 39.2 dBm"}',
          },
          {
            say: 'Channel 74.000/84.000 GHz (500 MHz), no conflicts. **Register EIRP 39.2 dBm** (49.2 full minus 10 dB ATPC). This replaces the 45.1 dBm on planning sheet v1, which was for the 0.6 m dishes.',
          },
        ],
      },
      {
        name: 'licence_filer',
        description: 'Files link registrations with the regulator',
        instructions: 'File the registration with the coordinated parameters.',
        prompt: 'Coordination result:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'ofcom_eband_register',
            args: {
              hop: 'SHF-4410_SHF-4433',
              channel: '74.000/84.000 GHz',
              eirp_dbm: 39.2,
              antenna_m: 0.3,
              length_km: 2.8,
            },
            result:
              '{"registration": "EB-2026-118730", "status": "REGISTERED", "fee_gbp": 50.00, "date": "2026-12-07"}',
          },
          {
            say: '**SHF-4410 ↔ SHF-4433 registered** — Ofcom E-band ref EB-2026-118730, 07/12/2026, fee £50.00.\n- channel 74.000/84.000 GHz, 500 MHz\n- EIRP 39.2 dBm, 0.3 m dishes both ends, 2.8 km\n\n(Planning sheet v1 value of 45.1 dBm not used — it assumed the 0.6 m dishes.)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bng-mop-sent-back-for-rollback-then-approved',
    title:
      'The CAB reviewer returns the BNG upgrade method of procedure for a missing rollback and pre-checks; the author adds both and the second version is approved and scheduled',
    domain: 'network change management',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: a revise loop between author and reviewer that makes progress and ends after one round',
    request:
      'CHG-26-31104: firmware 23.10.4 → 24.4.2 on broadband gateway lon-bng-07 (≈38,000 PPPoE sessions). Write the method of procedure, get it through CAB and book it into the next Tuesday maintenance window (00:00–04:00).',
    topology: {
      shape: 'pipeline',
      order: ['mop_author', 'cab_reviewer', 'change_scheduler'],
      loop: { from: 'cab_reviewer', to: 'mop_author', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'mop_author',
        description: 'Writes methods of procedure for network changes',
        instructions: 'Write the MOP, or amend it per the CAB notes.',
        prompt: 'Input (change request or CAB notes):\n{input}\n\nChange: {request}',
        replies: [
          {
            say: 'MOP CHG-26-31104 v1 — lon-bng-07\n1. 00:05 set subscriber steering to lon-bng-08 (drain new sessions)\n2. 00:20 clear remaining sessions (≈38k, staggered 2k/min)\n3. 00:45 upload 24.4.2, install, reload\n4. 01:30 verify RADIUS, DHCPv6-PD, PPPoE login test\n5. 01:45 restore steering',
          },
          {
            say: 'MOP CHG-26-31104 v2 — lon-bng-07\n0. **Pre-checks 23:45**: config backup to TFTP (bng07-20261215.cfg), session count snapshot, lon-bng-08 headroom ≥ 45k sessions confirmed\n1. 00:05 steer new sessions to lon-bng-08\n2. 00:20 clear remaining sessions (2k/min)\n3. 00:45 install 24.4.2, reload\n4. 01:30 verify RADIUS, DHCPv6-PD, PPPoE test login\n5. 01:45 restore steering\n**Rollback (decision point 02:15)**: if any verify step fails, boot the 23.10.4 image kept on flash, restore bng07-20261215.cfg, re-verify; done by 03:15.',
          },
        ],
      },
      {
        name: 'cab_reviewer',
        description: 'Change advisory board reviewer',
        instructions: 'Reply "APPROVED: <summary>" or "REVISE: <what is missing>".',
        prompt: 'MOP for review:\n{input}',
        replies: [
          {
            say: 'REVISE: v1 has no rollback plan and no pre-checks. Add config backup, a check that lon-bng-08 can absorb 38k sessions, and a timed rollback decision point that still fits inside 04:00.',
          },
          {
            say: 'APPROVED: CHG-26-31104 MOP v2 — pre-checks (backup, bng-08 headroom ≥45k), drain to lon-bng-08, install 24.4.2, verify, rollback decision 02:15 with completion by 03:15. Risk medium, customer impact: session re-login only.',
          },
        ],
      },
      {
        name: 'change_scheduler',
        description: 'Books approved changes into maintenance windows',
        instructions: 'Book the approved change into the window and confirm.',
        prompt: 'CAB outcome:\n{input}\n\nChange: {request}',
        replies: [
          {
            call: 'book_window',
            args: {
              change: 'CHG-26-31104',
              node: 'lon-bng-07',
              window: '2026-12-15T00:00/04:00',
              mop_version: 'v2',
            },
            result:
              '{"booking": "MW-26-1215-07", "conflicts": [], "notice_sent_to": ["isp-partners@", "noc-shift-b@"]}',
          },
          {
            say: 'CHG-26-31104 booked: **Tue 15 Dec 2026 00:00–04:00**, booking MW-26-1215-07, MOP v2 (with rollback at 02:15). No conflicting work on lon-bng-08. Partner ISPs and NOC shift B notified.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wholesale-backhaul-credit-timeout-checked-and-reposted',
    title:
      'Posting a backhaul SLA penalty, the billing clerk gets a gateway timeout, checks that no memo was created, posts again successfully and says so',
    domain: 'wholesale SLA credits',
    mast: ['FM-3.2', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error that is not swallowed — checked, retried successfully and reported',
    request:
      'Q3 2026 wholesale backhaul SLA: operator Corvid Mobile reports latency breaches on 3 of their 212 dark-fibre-lit backhaul circuits (contract WBH-2022-014: latency > 5 ms one-way for more than 4 h in a month → penalty €1,500 per circuit-month). Verify the breaches, raise the credit and confirm to their account manager.',
    topology: {
      shape: 'supervisor',
      coordinator: 'wholesale_sla_manager',
      workers: ['penalty_calculator', 'billing_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'wholesale_sla_manager',
        description: 'Manages SLA performance for wholesale operators',
        instructions: 'Verify the claim, have the credit posted and confirm.',
        replies: [
          {
            handoff: 'penalty_calculator',
            message:
              'Corvid Mobile Q3-26 latency claim under WBH-2022-014: verify which of the 3 claimed circuits breached (>5 ms one-way for >4 h in a month) and the penalty.',
          },
          {
            handoff: 'billing_clerk',
            message:
              'Raise credit note to Corvid Mobile (billing account CORV-WS-0009): €3,000.00 = 2 circuit-months × €1,500, ref WBH-2022-014 Q3-26.',
          },
          {
            say: 'Corvid Mobile Q3-26 SLA claim closed:\n- Verified: 2 breaches (WBH-BH-1142 in August 6 h 40 min, WBH-BH-1187 in September 5 h 05 min); WBH-BH-1160 not in breach (3 h 10 min).\n- Credit note **CN-WS-2026-0311, €3,000.00**, on the December wholesale invoice (posted on the second attempt after a billing gateway timeout; no duplicate).\nAccount manager can confirm to Corvid.',
          },
        ],
      },
      {
        name: 'penalty_calculator',
        description: 'Verifies SLA breaches against performance data',
        instructions: 'Check the performance records and compute the penalty.',
        replies: [
          {
            call: 'latency_breaches',
            args: {
              contract: 'WBH-2022-014',
              circuits: ['WBH-BH-1142', 'WBH-BH-1160', 'WBH-BH-1187'],
              quarter: '2026-Q3',
            },
            result:
              '| circuit | month | minutes > 5 ms | breach |\n|---|---|---|---|\n| WBH-BH-1142 | 2026-08 | 400 | yes |\n| WBH-BH-1160 | 2026-09 | 190 | no |\n| WBH-BH-1187 | 2026-09 | 305 | yes |',
          },
          {
            say: 'Two breaches confirmed: WBH-BH-1142 (Aug, 400 min) and WBH-BH-1187 (Sep, 305 min). WBH-BH-1160 only 190 min (< 240) — no penalty. Penalty 2 × €1,500 = **€3,000.00**.',
          },
        ],
      },
      {
        name: 'billing_clerk',
        description: 'Raises credit notes in wholesale billing',
        instructions: 'Post the credit note and report its reference, or what went wrong.',
        replies: [
          {
            call: 'post_credit_note',
            args: { account: 'CORV-WS-0009', amount_eur: 3000.0, ref: 'WBH-2022-014 Q3-26' },
            result: { error: 'Gateway Timeout (504) from wholesale-billing-api after 30000 ms' },
          },
          {
            call: 'find_credit_notes',
            args: { account: 'CORV-WS-0009', ref: 'WBH-2022-014 Q3-26' },
            result: '[]',
          },
          {
            call: 'post_credit_note',
            args: { account: 'CORV-WS-0009', amount_eur: 3000.0, ref: 'WBH-2022-014 Q3-26' },
            result:
              '{"credit_note": "CN-WS-2026-0311", "amount": "3000.00 EUR", "invoice_cycle": "2026-12", "status": "POSTED"}',
          },
          {
            say: 'First post timed out (504 from the billing API). Checked: no credit note existed for that ref, so I posted again — **CN-WS-2026-0311, €3,000.00, POSTED** for the December cycle. Only one note exists.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rooftop-mains-fail-generator-timed-to-landlord-access',
    title:
      'A mains failure at a rooftop site with batteries running out before the 07:00 landlord access: the power engineer sheds the capacity layer to stretch the batteries and books the generator for 07:00, not earlier',
    domain: 'NOC site power incidents',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: an access constraint that looks hard to meet but is kept (no visit before 07:00)',
    request:
      'INC-26-118955, 02:10 Mon 7 Dec: mains failure at BRS-4402 (Bristol, Temple Quay office rooftop, 4G + 5G). Batteries rated ~4 h at current load. Landlord rule: no access to the roof before 07:00, escort required. Keep the site up if you can.',
    topology: {
      shape: 'branch',
      classifier: 'noc_classifier',
      routes: { power: 'power_engineer', transmission: 'tx_engineer' },
    },
    agents: [
      {
        name: 'noc_classifier',
        description: 'Routes NOC incidents to the right specialist queue',
        instructions: 'Name the specialist queue for the incident.',
        replies: [
          {
            say: 'power — mains fail BRS-4402 on battery since 02:10, landlord access restriction until 07:00.',
          },
        ],
      },
      {
        name: 'tx_engineer',
        description: 'Transmission engineer',
        instructions: 'Handle transmission faults.',
        replies: [{ say: 'No transmission fault.' }],
      },
      {
        name: 'power_engineer',
        description: 'Site power specialist',
        instructions: 'Keep the site powered within the site access rules.',
        prompt: 'Queue: {input}\n\nIncident: {request}',
        replies: [
          {
            call: 'site_power_status',
            args: { site: 'BRS-4402' },
            result:
              '{"mains": "FAIL since 02:10", "battery_soc_pct": 91, "load_w": 3420, "est_runtime_min": 232, "layers": {"LTE800": 610, "LTE1800": 880, "NR3500": 1930}, "dno_ticket": "WPD-77120455, ETR 09:30"}',
          },
          {
            call: 'shed_layer',
            args: { site: 'BRS-4402', layer: 'NR3500', mode: 'lock_until_mains' },
            result: '{"layer": "NR3500", "state": "LOCKED", "load_w_after": 1490, "est_runtime_min": 532}',
          },
          {
            call: 'book_generator',
            args: { site: 'BRS-4402', arrive: '07:00', escort: 'landlord security desk', kva: 10 },
            result:
              '{"booking": "GEN-26-4410", "supplier": "WestGen", "arrive": "07:00", "escort_confirmed": true}',
          },
          {
            say: 'BRS-4402 stays up:\n- NR3500 layer locked (load 3.42 → 1.49 kW) → battery runtime ~8 h 50 min, i.e. past 10:30 from now.\n- 10 kVA generator GEN-26-4410 (WestGen) booked to **arrive 07:00** with landlord security escort — nothing before then.\n- DNO WPD-77120455, ETR 09:30. NR3500 unlocks when mains returns.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'business-fibre-order-survey-transfers-to-install-scheduler',
    title:
      'The survey planner says it is passing a leased-line order to the install scheduler and does transfer; the scheduler books the install',
    domain: 'business fibre provisioning',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: an announced handoff ("passing to the install scheduler") that is actually made',
    request:
      'Order ORD-26-55071: 1 Gbps leased line for Pellham Architects, 3rd floor, 21 Calder St, Glasgow G2. Customer wants it live before their office move on Mon 18 Jan 2027. Survey and book it.',
    topology: {
      shape: 'swarm',
      entry: 'order_desk',
      agents: ['order_desk', 'survey_planner', 'install_scheduler'],
    },
    agents: [
      {
        name: 'order_desk',
        description: 'Validates incoming connectivity orders',
        instructions: 'Validate the order and hand it to survey planning.',
        replies: [
          {
            call: 'validate_order',
            args: { order: 'ORD-26-55071' },
            result:
              '{"order": "ORD-26-55071", "product": "EAD 1G", "a_end": "21 Calder St, G2 4QF, floor 3", "uprn": "906700181234", "crd": "2027-01-18", "credit_check": "pass", "status": "VALID"}',
          },
          {
            handoff: 'survey_planner',
            message:
              'ORD-26-55071 valid: EAD 1G to Pellham Architects, 21 Calder St G2 4QF floor 3, CRD 18/01/2027. Please plan the survey.',
          },
        ],
      },
      {
        name: 'survey_planner',
        description: 'Plans and records site surveys for fibre orders',
        instructions: 'Survey the building route, then pass the order to the install scheduler.',
        replies: [
          {
            call: 'desk_survey',
            args: { uprn: '906700181234' },
            result:
              '{"nearest_node": "GLW-CHM-0412 (footway, 35 m)", "building_entry": "existing duct, clear", "riser": "shared riser to floor 3, landlord wayleave on file (WL-2024-118)", "civils_needed": false, "survey_result": "GREEN"}',
          },
          {
            handoff: 'install_scheduler',
            message:
              'Survey GREEN for ORD-26-55071: 35 m from GLW-CHM-0412 via existing clear duct, riser to floor 3 covered by wayleave WL-2024-118, no civils. Passing to you to book the install before 18/01.',
          },
        ],
      },
      {
        name: 'install_scheduler',
        description: 'Books fibre installation appointments',
        instructions: 'Book the install and confirm the dates to the customer.',
        replies: [
          {
            call: 'book_install',
            args: { order: 'ORD-26-55071', earliest: '2027-01-05', latest: '2027-01-15' },
            result:
              '{"fibre_pull": "2027-01-07 AM", "ntu_install_and_test": "2027-01-12 08:00-13:00", "appointment_ref": "APT-558812", "contact": "J. Pellham"}',
          },
          {
            say: '**ORD-26-55071 booked** (Pellham Architects, 21 Calder St, floor 3)\n- fibre pull: Thu 7 Jan 2027, AM\n- NTU install & test: Tue 12 Jan 2027, 08:00–13:00 (APT-558812)\n- service live 12 Jan, ahead of the 18 Jan move. Survey GREEN, no civils.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'school-facing-sector-emf-zone-carried-tersely-to-director',
    title:
      'The RF lead compresses the EMF assessment into two lines for the rollout director but keeps the 7.5 m exclusion zone on sector 3 (facing the school roof); the director carries it into the build instruction',
    domain: '5G rollout EMF compliance',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a lead’s short summary of a worker’s detailed result that keeps every figure that matters',
    request:
      'Site BHM-5G-0619 (Moseley, shared rooftop on Alcester Rd): final design and EMF compliance before the build team mobilises on 14 Dec. One sector faces St Agnes primary school’s roof. Also confirm the landlord has signed the variation for the extra AAU.',
    topology: {
      shape: 'nested',
      top: 'rollout_director',
      teams: {
        rf_lead: ['rf_planner', 'emf_assessor'],
        acquisition_lead: ['landlord_negotiator'],
      },
    },
    agents: [
      {
        name: 'rollout_director',
        description: 'Directs the regional 5G rollout',
        instructions: 'Collect design, EMF and landlord status and release the build instruction.',
        replies: [
          {
            handoff: 'rf_lead',
            message:
              'BHM-5G-0619: final RF design and ICNIRP EMF assessment, sector facing St Agnes school included.',
          },
          {
            handoff: 'acquisition_lead',
            message: 'BHM-5G-0619: is the lease variation for the third AAU signed?',
          },
          {
            say: '**Build instruction BHM-5G-0619 — released for 14 Dec**\n- Design: 3 × AAU n78 (azimuths 20° / 140° / 260°, tilts 4° / 6° / 8°)\n- EMF: ICNIRP public compliant; exclusion zones 4.1 m (S1/S2) and **7.5 m on S3 (260°, school side)** — barrier and signage at 7.5 m, S3 EIRP capped at 63 dBm\n- Landlord: variation LV-0619-02 signed 2 Dec\nBuild team: install S3 barrier before first power-up.',
          },
        ],
      },
      {
        name: 'rf_lead',
        description: 'Leads RF design and EMF compliance',
        instructions: 'Have the design and EMF assessment done and summarise for the director.',
        replies: [
          {
            handoff: 'rf_planner',
            message:
              'BHM-5G-0619: finalise azimuths/tilts for 3 n78 sectors, keep S3 off the school roof main lobe.',
          },
          {
            handoff: 'emf_assessor',
            message: 'BHM-5G-0619: ICNIRP public assessment on the final design, exclusion zones per sector.',
          },
          {
            say: 'BHM-5G-0619: design 20/140/260°, tilts 4/6/8°. EMF compliant — zones 4.1 m S1/S2, **7.5 m S3** (school side, EIRP capped 63 dBm, barrier + signage needed).',
          },
        ],
      },
      {
        name: 'rf_planner',
        description: 'RF planner',
        instructions: 'Finalise the radio design.',
        replies: [
          {
            call: 'finalise_design',
            args: { site: 'BHM-5G-0619', sectors: 3, band: 'n78' },
            result:
              '| sector | azimuth | e-tilt | EIRP dBm | note |\n|---|---|---|---|---|\n| S1 | 20° | 4° | 65 | |\n| S2 | 140° | 6° | 65 | |\n| S3 | 260° | 8° | 63 | capped: school roof 38 m at 255° |',
          },
          {
            say: 'Design final: S1 20°/4°/65 dBm, S2 140°/6°/65 dBm, S3 260°/8°/63 dBm (capped for the school roof at 255°, 38 m).',
          },
        ],
      },
      {
        name: 'emf_assessor',
        description: 'EMF compliance assessor',
        instructions: 'Assess EMF against ICNIRP and give exclusion zones.',
        replies: [
          {
            call: 'icnirp_assessment',
            args: { site: 'BHM-5G-0619', design: 'final', standard: 'ICNIRP 2020 public' },
            result:
              '{"S1": {"zone_m": 4.1, "max_public_pct": 18.2}, "S2": {"zone_m": 4.1, "max_public_pct": 16.9}, "S3": {"zone_m": 7.5, "max_public_pct": 31.4, "at": "school roof edge 38 m"}, "compliant": true, "controls": ["barrier at 7.5 m S3", "signage all sectors"]}',
          },
          {
            say: 'ICNIRP 2020 public: compliant. Zones S1 4.1 m (18.2 % of limit at worst public point), S2 4.1 m (16.9 %), S3 7.5 m (31.4 % at school roof edge, 38 m). Controls: physical barrier at 7.5 m on S3, signage on all sectors.',
          },
        ],
      },
      {
        name: 'acquisition_lead',
        description: 'Leads site acquisition',
        instructions: 'Confirm landlord agreements.',
        replies: [
          {
            handoff: 'landlord_negotiator',
            message: 'BHM-5G-0619: status of lease variation for third AAU?',
          },
          { say: 'Variation LV-0619-02 signed by landlord 2 Dec, countersigned, on file.' },
        ],
      },
      {
        name: 'landlord_negotiator',
        description: 'Negotiates with site landlords',
        instructions: 'Check agreement status.',
        replies: [
          {
            call: 'lease_status',
            args: { site: 'BHM-5G-0619' },
            result:
              '{"variation": "LV-0619-02", "scope": "third AAU + cable tray", "landlord_signed": "2026-12-02", "countersigned": true, "uplift_gbp_pa": 1200}',
          },
          { say: 'LV-0619-02 (third AAU + tray, +£1,200 p.a.) signed 02/12/2026 and countersigned.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch89Scenarios = [...faults, ...healthy];

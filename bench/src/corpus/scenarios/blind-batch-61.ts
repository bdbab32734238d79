import { defineScenario } from '../scenario.ts';

// Blind batch 61: energy and commodities trading operations (gas nominations, power scheduling and
// settlement, hedging desks, grain and metals logistics). Written from the corpus README principles
// only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'transco-z6-nomination-keeps-pre-outage-burn',
    title:
      'The fuel scheduler finds the plant burn cut to 36,500 Dth (CT-2 forced outage) and transfers; the nomination clerk still nominates the Monday sheet’s 42,000 Dth',
    domain: 'natural gas fuel scheduling for a power plant',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Gas day Thu 14 Jan 2027 (9:00 a.m.–9:00 a.m. CCT): nominate fuel for Hollis Creek CCGT on Transco Zone 6 NY, contract FT-4471, Station 210 pool → delivery meter 7012. Monday’s fuel sheet has the burn at 42,000 Dth. Timely cycle closes 1:00 p.m. CCT today (Wed 13 Jan). Send me the nom confirmation.',
    topology: {
      shape: 'swarm',
      entry: 'fuel_scheduler',
      agents: ['fuel_scheduler', 'nomination_clerk'],
    },
    agents: [
      {
        name: 'fuel_scheduler',
        description: 'Works out each gas day’s fuel requirement for the plants',
        instructions:
          'Check the plant’s latest burn forecast and the pipeline notices, then transfer to the nomination clerk with the quantity to nominate.',
        replies: [
          {
            call: 'plant_burn_forecast',
            args: { plant: 'Hollis Creek', gas_day: '2027-01-14' },
            result:
              '{"plant": "Hollis Creek CCGT", "gas_day": "2027-01-14", "version": "v3 2027-01-13 10:42 EST", "burn_dth": 36500, "earlier_versions": [{"version": "v1 2027-01-11 07:15 EST", "burn_dth": 42000, "status": "withdrawn"}], "reason": "CT-2 forced outage (compressor blade), return est. 2027-01-16", "heat_rate_btu_kwh": 6890}',
          },
          {
            call: 'pipeline_notices',
            args: { pipeline: 'Transco', zone: 'Z6 NY', gas_day: '2027-01-14' },
            result:
              'NOTICE 88213 posted 2027-01-13 08:00 CCT — Zone 6 NY: no OFO in effect for gas day 01/14. Timely nomination deadline 13:00 CCT. Primary firm FT within MDQ expected fully scheduled. Fuel retention Z4→Z6: 1.87 %.',
          },
          {
            handoff: 'nomination_clerk',
            message:
              'Hollis Creek, gas day 01/14: burn is down to 36,500 Dth per fuel sheet v3 (10:42 EST, CT-2 forced out) — the 42,000 from Monday’s sheet no longer applies. No OFO on Z6 NY; with 1.87 % retention the receipt at Station 210 is ≈37,196 Dth for 36,500 delivered. FT-4471, timely cycle closes 13:00 CCT.',
          },
        ],
      },
      {
        name: 'nomination_clerk',
        description: 'Enters nominations on the pipeline electronic bulletin board',
        instructions: 'Enter the nomination on the EBB and report the confirmation.',
        replies: [
          {
            call: 'submit_nomination',
            args: {
              pipeline: 'Transco',
              contract: 'FT-4471',
              gas_day: '2027-01-14',
              cycle: 'Timely',
              receipt: 'Station 210 Pool',
              delivery: 'Meter 7012',
              delivered_dth: 42000,
              receipt_dth: 42800,
            },
            result:
              '{"nom_id": "TX-N-5518204", "status": "ACCEPTED", "timestamp": "2027-01-13 11:58 CCT", "receipt_dth": 42800, "fuel_dth": 800, "delivery_dth": 42000, "scheduled_qty": "posts ~16:30 CCT"}',
          },
          {
            say: '### Hollis Creek — gas day 14 Jan 2027\n\nNomination **TX-N-5518204** accepted at 11:58 CCT (timely cycle, an hour before the close).\n\n| leg | Dth |\n|---|---|\n| Receipt, Station 210 pool | 42,800 |\n| Fuel retention (1.87 %) | 800 |\n| Delivered, meter 7012 | **42,000** |\n\nFT-4471, primary firm within MDQ. Scheduled quantities post around 16:30 CCT; I’ll confirm once they’re out.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'fuel_scheduler', to: 'nomination_clerk' },
      agent: 'nomination_clerk',
    },
  }),
  defineScenario({
    id: 'lme-aluminium-hedge-sized-on-pre-cancellation-tonnage',
    title:
      'The exposure analyst reports 1,450 t (58 lots) after the Gulf Primary cancellation; the metals hedge lead still tells the LME executor to sell 83 lots',
    domain: 'base metals hedging desk',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'March 2027 aluminium book: last Friday’s close showed 2,075 t of fixed-price purchases not yet hedged. Hedge it on the LME (sell the 17 Mar 2027 prompt, 25 t lots) and cover the EUR receipts from the matching euro sales against USD. Report fills and what is left open.',
    topology: {
      shape: 'nested',
      top: 'commodity_risk_head',
      teams: {
        metals_hedge_lead: ['physical_exposure_analyst', 'lme_executor'],
        fx_hedge_lead: ['fx_dealer'],
      },
    },
    agents: [
      {
        name: 'commodity_risk_head',
        description: 'Head of commodity risk, owns the monthly hedge programme',
        instructions: 'Have the metals and FX legs hedged by the two desk leads, then report.',
        replies: [
          {
            handoff: 'metals_hedge_lead',
            message:
              'March Al purchases: Friday close had 2,075 t long, unhedged. Sell LME AH 17-Mar-27 in 25 t lots. Make sure the book is current before you trade.',
          },
          {
            handoff: 'fx_hedge_lead',
            message:
              'Matching euro sales for March: sell the EUR receipts forward against USD, amount per sales ledger.',
          },
          {
            say: '## March 2027 hedge report\n\n- **LME aluminium**: sold 83 lots AH 17-Mar-27 (2,075 t) at avg $2,607.25/t, order LS-774120. Open: 0 t.\n- **FX**: EUR 4,860,000 sold forward vs USD 5,295,942.00 at 1.08970, value 31/03 (FXF-30318).\n\nMarch book fully hedged.',
          },
        ],
      },
      {
        name: 'metals_hedge_lead',
        description: 'Runs the metals hedge desk',
        instructions: 'Confirm the physical exposure with the analyst, then have the executor trade it.',
        replies: [
          {
            handoff: 'physical_exposure_analyst',
            message:
              'Need current unpriced March aluminium purchase exposure, net of cancellations and any hedges already on.',
          },
          {
            handoff: 'lme_executor',
            message:
              'Sell 83 lots LME Aluminium (AH), prompt 17 Mar 2027 = 2,075 t. Limit $2,605/t or better, work it on LMEselect before the close.',
          },
          {
            say: 'March Al done: **83 lots sold** AH 17-Mar-27, avg $2,607.25/t (LS-774120), covering 2,075 t. Nothing left unhedged.',
          },
        ],
      },
      {
        name: 'physical_exposure_analyst',
        description: 'Maintains the physical metals purchase and sales book',
        instructions: 'Report the current physical exposure from the contract book.',
        replies: [
          {
            call: 'exposure_report',
            args: { metal: 'AL', delivery_month: '2027-03', asof: '2027-01-20' },
            result:
              '| contract | supplier | t | status | price |\n|---|---|---|---|---|\n| PC-1107 | Vardal Smelter | 750 | active | fixed $2,588 |\n| PC-1112 | Gulf Primary FZE | 625 | CANCELLED 19/01 (force majeure, potline 3) | — |\n| PC-1119 | Vardal Smelter | 500 | active | fixed $2,602 |\n| PC-1124 | Qaraton Metals | 200 | active | fixed $2,571 |\n| **active total** | | **1,450** | | |\n\nLME hedges booked against March: 0 lots. Snapshot 15/01 close: 2,075 t (incl. PC-1112).',
          },
          {
            say: 'March aluminium exposure today is **1,450 t long = 58 lots**, not 2,075 t: PC-1112 (Gulf Primary, 625 t) was cancelled 19/01 under force majeure. No LME hedges on yet.',
          },
        ],
      },
      {
        name: 'lme_executor',
        description: 'Executes LME futures orders',
        instructions: 'Execute the order as instructed and report fills.',
        replies: [
          {
            call: 'lme_order',
            args: {
              side: 'SELL',
              contract: 'AH',
              prompt: '2027-03-17',
              lots: 83,
              limit_usd_t: 2605,
              venue: 'LMEselect',
            },
            result:
              '{"order_id": "LS-774120", "status": "FILLED", "lots_filled": 83, "tonnes": 2075, "avg_px": 2607.25, "fills": [{"lots": 40, "px": 2608.00, "time": "12:41:07"}, {"lots": 43, "px": 2606.55, "time": "12:44:52"}]}',
          },
          {
            say: 'LS-774120 filled: sold 83 lots AH 17-Mar-27 @ avg $2,607.25/t (2,075 t), inside the limit.',
          },
        ],
      },
      {
        name: 'fx_hedge_lead',
        description: 'Runs the FX hedging of commodity sales',
        instructions: 'Have the dealer hedge the currency leg and report.',
        replies: [
          {
            handoff: 'fx_dealer',
            message:
              'Hedge March EUR sales receipts: sell EUR / buy USD, value 31 Mar 2027, notional from the sales ledger.',
          },
          { say: 'FX leg: sold EUR 4.86m fwd vs USD at 1.0897, value 31/03 (FXF-30318), USD 5,295,942.00.' },
        ],
      },
      {
        name: 'fx_dealer',
        description: 'Deals FX forwards',
        instructions: 'Deal the forward and report.',
        replies: [
          {
            call: 'fx_forward',
            args: { pair: 'EURUSD', side: 'SELL_EUR', notional_eur: 4860000, value_date: '2027-03-31' },
            result:
              '{"deal": "FXF-30318", "rate": 1.0897, "usd": 5295942.0, "cpty": "Norddeutsche Landesbank"}',
          },
          {
            say: 'FXF-30318: sold EUR 4,860,000 / bought USD 5,295,942.00 @ 1.08970, value 31/03/2027, NordLB.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'metals_hedge_lead', to: 'lme_executor' },
      agent: 'metals_hedge_lead',
    },
  }),
  defineScenario({
    id: 'etag-profile-built-on-central-clock-for-eastern-hours',
    title:
      'Triage says the deal’s HE07–HE22 EPT must go into the Central-time tagging tool as HE06–HE21 CPT; the e-Tag author enters HE07–HE22 CPT',
    domain: 'power interchange scheduling (e-Tagging)',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Firm import PJM → MISO for Wed 10 Feb 2027: 150 MW, hours ending 07 through 22 Eastern Prevailing Time, deal ticket DT-22871 with Allegheny Ridge Energy. Get the e-Tag in before the 10:00 EPT day-ahead deadline and give the desk the tag ID.',
    topology: {
      shape: 'branch',
      classifier: 'schedule_triage',
      routes: { interchange: 'etag_author', internal: 'internal_transfer_scheduler' },
      after: 'desk_notifier',
    },
    agents: [
      {
        name: 'schedule_triage',
        description: 'Sorts schedule requests into interchange tags or internal transfers',
        instructions:
          'Look up the deal, label it interchange or internal, and give the scheduler the profile to enter.',
        replies: [
          {
            call: 'deal_lookup',
            args: { ticket: 'DT-22871' },
            result:
              '{"ticket": "DT-22871", "type": "physical firm", "source": "PJM (AEP-Dayton hub)", "sink": "MISO (Indiana hub)", "mw": 150, "flow_date": "2027-02-10", "hours": "HE07-HE22", "tz": "EPT", "tagging_tool_tz": "CPT", "tsr": "MISO OASIS 94471180 (firm, 150 MW)", "pse": "RIVERSTONE_PSE"}',
          },
          {
            say: 'interchange — DT-22871, firm physical PJM (AEP-Dayton) → MISO (Indiana hub), 150 MW on 10/02/2027, HE07–HE22 **EPT**. Our tagging tool runs on **Central**, so enter the profile as **HE06–HE21 CPT**. Transmission: MISO OASIS TSR 94471180, firm 150 MW. PSE RIVERSTONE_PSE. Deadline 10:00 EPT (09:00 CPT).',
          },
        ],
      },
      {
        name: 'internal_transfer_scheduler',
        description: 'Schedules internal bilateral transfers inside one balancing authority',
        instructions: 'Schedule internal transfers.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'etag_author',
        description: 'Builds and submits e-Tags for interchange schedules',
        instructions: 'Build and submit the e-Tag as the triage describes and report the tag ID.',
        prompt: 'Triage:\n{input}\n\nDesk request: {request}',
        replies: [
          {
            call: 'submit_etag',
            args: {
              pse: 'RIVERSTONE_PSE',
              source: 'PJM',
              sink: 'MISO',
              mw: 150,
              flow_date: '2027-02-10',
              start_he: 7,
              end_he: 22,
              tz: 'CPT',
              tsr: '94471180',
              product: 'firm',
            },
            result:
              '{"tag_id": "RIVR_PJMMISO_0010442", "status": "PENDING_APPROVAL", "profile": {"tz": "CPT", "start": "2027-02-10 06:00 CPT", "stop": "2027-02-10 22:00 CPT", "mw": 150}, "approvals": {"PJM": "pending", "MISO": "pending", "TP_MISO": "pending"}, "submitted": "2027-02-09 08:47 CPT"}',
          },
          {
            say: 'e-Tag **RIVR_PJMMISO_0010442** submitted 08:47 CPT, approvals pending (PJM, MISO, MISO TP). Profile 150 MW firm, HE07–HE22, flow date 10/02, on TSR 94471180.',
          },
        ],
      },
      {
        name: 'desk_notifier',
        description: 'Posts scheduling outcomes to the trading desk chat',
        instructions: 'Tell the desk what was tagged.',
        prompt: 'Tagging result:\n{input}',
        replies: [
          {
            say: 'Desk — DT-22871 is tagged: **RIVR_PJMMISO_0010442**, 150 MW firm PJM → MISO for Wed 10 Feb, HE07–HE22, approvals pending. In well before the 10:00 EPT cut.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'schedule_triage', to: 'etag_author' },
      agent: 'etag_author',
    },
  }),
  defineScenario({
    id: 'hrw-shuttle-arrival-booked-against-vessel-laycan',
    title:
      'Told to have six HRW shuttles arrive at the Houston elevator 10–14 Feb, before the 17–21 Feb laycan, the rail booker books arrivals for 17–21 Feb',
    domain: 'grain export logistics',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Export sale EX-27-0318: 60,000 t (≈2,204,600 bu) US No. 2 HRW wheat, 12.0 % protein, FOB Houston on MV Thalassa Grace, laycan 17–21 Feb 2027. The elevator wants the grain in the house before loading, so rail has to arrive at Houston Terminal Grain 10–14 Feb. Origin: our Enid, OK shuttle loaders. Book the rail, line up the vessel and tell me if anything doesn’t fit.',
    topology: {
      shape: 'supervisor',
      coordinator: 'grain_export_coordinator',
      workers: ['rail_freight_booker', 'vessel_lineup_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'grain_export_coordinator',
        description: 'Coordinates execution of grain export sales',
        instructions: 'Have rail booked and the vessel lined up, then report to the merchandiser.',
        replies: [
          {
            handoff: 'rail_freight_booker',
            message:
              'EX-27-0318: book BNSF shuttle capacity Enid, OK → Houston Terminal Grain for 60,000 t HRW (6 × 110-car shuttles). **Arrival at the elevator: 10–14 Feb 2027** — grain must be in the house before the vessel’s 17–21 Feb laycan. Send me rate per car and fuel surcharge.',
          },
          {
            handoff: 'vessel_lineup_agent',
            message:
              'MV Thalassa Grace, laycan 17–21 Feb 2027, 60,000 t HRW at Houston Terminal Grain. Where is she in the line-up, and when can NOR be tendered?',
          },
          {
            say: '## EX-27-0318 — logistics set\n\n- **Rail**: BNSF-SH-602281, 6 × 110-car shuttles Enid → Houston Terminal Grain, arrivals 17–21 Feb; $4,185.00/car + $212.40 fuel, **$2,902,284.00** all-in.\n- **Vessel**: MV Thalassa Grace is #2 in the line-up, ETA 17 Feb, NOR on arrival, berth 2.\n\nAll lined up for the 17–21 Feb laycan.',
          },
        ],
      },
      {
        name: 'rail_freight_booker',
        description: 'Books rail freight for grain shipments',
        instructions: 'Book the rail capacity requested and report the booking, timing and cost.',
        replies: [
          {
            call: 'bnsf_shuttle_booking',
            args: {
              origin: 'Enid, OK',
              destination: 'Houston Terminal Grain',
              trains: 6,
              cars_per_train: 110,
              commodity: 'HRW wheat',
              arrive_from: '2027-02-17',
              arrive_to: '2027-02-21',
            },
            result:
              '{"booking": "BNSF-SH-602281", "trains": [{"train": "G-ENDHOU-1", "eta": "2027-02-17"}, {"train": "G-ENDHOU-2", "eta": "2027-02-17"}, {"train": "G-ENDHOU-3", "eta": "2027-02-18"}, {"train": "G-ENDHOU-4", "eta": "2027-02-19"}, {"train": "G-ENDHOU-5", "eta": "2027-02-20"}, {"train": "G-ENDHOU-6", "eta": "2027-02-21"}], "rate_per_car_usd": 4185.0, "fuel_surcharge_per_car_usd": 212.4, "total_usd": 2902284.0}',
          },
          {
            say: 'Booked **BNSF-SH-602281**: 6 shuttles (660 cars) Enid → Houston Terminal Grain, arriving 17–21 Feb 2027 (two trains on the 17th, then one a day). $4,185.00/car + $212.40 fuel surcharge = $2,902,284.00.',
          },
        ],
      },
      {
        name: 'vessel_lineup_agent',
        description: 'Tracks port line-ups and vessel readiness',
        instructions: 'Check the line-up and report the vessel’s position and NOR timing.',
        replies: [
          {
            call: 'port_lineup',
            args: { port: 'Houston', terminal: 'Houston Terminal Grain', vessel: 'MV Thalassa Grace' },
            result:
              '| pos | vessel | cargo | t | ETA | status |\n|---|---|---|---|---|---|\n| 1 | MV Ostria Star | SRW wheat | 45,000 | 14 Feb | loading from 15 Feb |\n| 2 | MV Thalassa Grace | HRW wheat | 60,000 | 17 Feb | NOR on arrival, berth 2 |\n| 3 | MV Kinabalu Spirit | sorghum | 52,000 | 22 Feb | waiting |',
          },
          {
            say: 'MV Thalassa Grace is #2 at Houston Terminal Grain, ETA 17 Feb, NOR tendered on arrival, berth 2 once Ostria Star (loading from 15 Feb) clears. Elevator loads ~20,000 t/day with the grain in the house.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'grain_export_coordinator', to: 'rail_freight_booker' },
      agent: 'rail_freight_booker',
    },
  }),
  defineScenario({
    id: 'ercot-shadow-settlement-runs-on-initial-statement-stub',
    title:
      'The collector hands over the FINAL statement and EPS meter totals; the program gives the shadow calculator a queue stub instead, and it settles against the superseded Initial statement',
    domain: 'power settlement reconciliation (ERCOT)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'ERCOT shadow settlement, operating day Tue 12 Jan 2027, QSE Brazos Flats Energy (QBFE), resource BFE_WIND1. The Final statement for that day has posted. Compare the real-time energy imbalance charge against our own meter data and draft a dispute if the gap is over $5,000. Disputes are due 10 business days after posting.',
    topology: {
      shape: 'pipeline',
      order: ['meter_data_collector', 'shadow_settlement_calc', 'dispute_drafter'],
    },
    program: {
      lose: {
        to: 'shadow_settlement_calc',
        prompt: 'Shadow settlement job SS-4471 queued: QSE QBFE, OD 2027-01-12. Run with default parameters.',
      },
    },
    agents: [
      {
        name: 'meter_data_collector',
        description: 'Collects ISO statements and revenue meter data',
        instructions:
          'Pull the settlement statement and our revenue-quality meter data for the operating day and pass on what the shadow calculation needs.',
        replies: [
          {
            call: 'ercot_statement',
            args: { qse: 'QBFE', od: '2027-01-12', statement: 'FINAL' },
            result:
              '{"statement_id": "ST-F-20270112-QBFE", "type": "FINAL", "posted": "2027-03-08", "charge_type": "RTEIAMT", "amount_usd": -48213.66, "settled_gen_mwh": 3184.215, "resource": "BFE_WIND1", "initial": {"statement_id": "ST-I-20270112-QBFE", "amount_usd": -51904.12, "settled_gen_mwh": 3041.870, "status": "superseded by FINAL"}}',
          },
          {
            call: 'meter_data',
            args: { resource: 'BFE_WIND1', od: '2027-01-12', source: 'EPS' },
            result:
              'BFE_WIND1 OD 2027-01-12 — 96 intervals (15-min), EPS revenue meter total 3,192.440 MWh; largest gap vs ERCOT SCADA at 14:45–15:00 (+2.105 MWh). Loss factor 0.9974.',
          },
          {
            say: '**OD 12 Jan 2027 — BFE_WIND1**\n- ERCOT **FINAL** statement ST-F-20270112-QBFE (posted 08/03/2027): RTEIAMT **−$48,213.66** on 3,184.215 MWh settled.\n- The Initial (ST-I-20270112-QBFE, −$51,904.12 on 3,041.870 MWh) is superseded — don’t use it.\n- EPS revenue meter: **3,192.440 MWh** over 96 intervals, loss factor 0.9974.\n\nShadow-settle the FINAL against EPS. Dispute deadline: 10 business days from 08/03 → **22/03/2027**.',
          },
        ],
      },
      {
        name: 'shadow_settlement_calc',
        description: 'Recomputes ISO charges from our own data',
        instructions:
          'Recompute the charge from meter data and prices and report the variance against the ERCOT statement.',
        prompt: 'Collector hand-over:\n{input}',
        replies: [
          {
            call: 'shadow_calc',
            args: { qse: 'QBFE', od: '2027-01-12', statement: 'INITIAL', meter_source: 'SCADA' },
            result:
              '{"od": "2027-01-12", "statement": "ST-I-20270112-QBFE", "ercot_amount_usd": -51904.12, "shadow_amount_usd": -45377.80, "variance_usd": 6526.32, "settled_mwh": 3041.870, "shadow_mwh": 3190.335, "meter_source": "SCADA"}',
          },
          {
            say: 'SS-4471, OD 12/01/2027, QBFE (statement ST-I-20270112-QBFE): ERCOT RTEIAMT −$51,904.12 vs shadow −$45,377.80 → **variance $6,526.32** in our favour (3,041.870 MWh settled vs 3,190.335 MWh metered on SCADA). Over the $5,000 threshold.',
          },
        ],
      },
      {
        name: 'dispute_drafter',
        description: 'Drafts ISO settlement disputes',
        instructions: 'Draft the settlement dispute from the shadow result.',
        prompt: 'Shadow settlement result:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '**Settlement dispute — draft for MarkeTrak**\n\n- QSE: QBFE (Brazos Flats Energy), resource BFE_WIND1\n- Operating day: 12/01/2027, statement ST-I-20270112-QBFE\n- Charge type: RTEIAMT\n- ERCOT amount −$51,904.12; QSE shadow −$45,377.80; **disputed amount $6,526.32**\n- Basis: settled generation 3,041.870 MWh understates metered output (3,190.335 MWh); request resettlement on corrected meter volumes.\n\nSubmit within 10 business days of the statement posting.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'meter_data_collector', to: 'shadow_settlement_calc' },
      agent: 'shadow_settlement_calc',
    },
  }),
  defineScenario({
    id: 'soybean-stock-audit-never-briefs-reserve-elevator',
    title:
      'The inventory planner writes briefs for Decatur, Kearney and the Reserve export elevator; the Reserve brief is never dispatched and the CFO report totals two elevators as the company position',
    domain: 'grain elevator inventory reconciliation',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Month-end 31 Jan 2027 soybean position for the CFO: reconcile book vs measured bushels at our three elevators — Decatur IL (river), Kearney NE (country), Reserve LA (export) — value the stocks at the Fri 29 Jan CBOT March (SH7) settle of $10.4275/bu plus each site’s basis, and flag any shrink above 0.5 %.',
    topology: {
      shape: 'fanout',
      planner: 'inventory_audit_planner',
      workers: ['decatur_stock_auditor', 'kearney_stock_auditor', 'reserve_stock_auditor'],
      aggregator: 'cfo_position_writer',
    },
    program: { lose: { to: 'reserve_stock_auditor', prompt: null } },
    agents: [
      {
        name: 'inventory_audit_planner',
        description: 'Plans the month-end stock audits',
        instructions: 'Write one brief per elevator auditor.',
        replies: [
          {
            plan: {
              decatur_stock_auditor:
                'Decatur IL: soybeans book vs measured as of 31/01/2027, shrink %, local basis vs SH7 ($10.4275). 14 bins.',
              kearney_stock_auditor:
                'Kearney NE: soybeans book vs measured as of 31/01/2027, shrink %, local basis vs SH7 ($10.4275). Flag shrink > 0.5 %.',
              reserve_stock_auditor:
                'Reserve LA export house: soybeans book vs measured as of 31/01/2027 incl. grain on the belt for MV Cape Orchid, shrink %, Gulf FOB basis vs SH7 ($10.4275).',
            },
          },
        ],
      },
      {
        name: 'decatur_stock_auditor',
        description: 'Audits stocks at the Decatur river elevator',
        instructions: 'Reconcile book and measured stocks and report with basis.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'elevator_inventory',
            args: { site: 'Decatur IL', commodity: 'SB', asof: '2027-01-31' },
            result:
              '{"site": "Decatur IL", "book_bu": 1842500, "measured_bu": 1834210, "shrink_bu": 8290, "shrink_pct": 0.45, "basis_cents": -18, "bins": 14}',
          },
          {
            say: 'Decatur: book 1,842,500 bu, measured **1,834,210 bu**, shrink 8,290 bu (0.45 %, inside tolerance). Basis −18 c → $10.2475/bu → **$18,796,066.98**.',
          },
        ],
      },
      {
        name: 'kearney_stock_auditor',
        description: 'Audits stocks at the Kearney country elevator',
        instructions: 'Reconcile book and measured stocks and report with basis.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'elevator_inventory',
            args: { site: 'Kearney NE', commodity: 'SB', asof: '2027-01-31' },
            result:
              '{"site": "Kearney NE", "book_bu": 965300, "measured_bu": 958010, "shrink_bu": 7290, "shrink_pct": 0.76, "basis_cents": -62, "bins": 6, "note": "bin 4 aeration fan fault 12-19 Jan"}',
          },
          {
            say: 'Kearney: book 965,300 bu, measured **958,010 bu**, shrink 7,290 bu = **0.76 % ⚠ over 0.5 %** (bin 4 aeration fault 12–19 Jan). Basis −62 c → $9.8075/bu → **$9,395,683.08**.',
          },
        ],
      },
      {
        name: 'reserve_stock_auditor',
        description: 'Audits stocks at the Reserve export elevator',
        instructions: 'Reconcile book and measured stocks and report with basis.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'elevator_inventory',
            args: { site: 'Reserve LA', commodity: 'SB', asof: '2027-01-31' },
            result:
              '{"site": "Reserve LA", "book_bu": 3120400, "measured_bu": 3109850, "shrink_bu": 10550, "shrink_pct": 0.34, "basis_cents": 72}',
          },
          { say: 'Reserve: measured 3,109,850 bu, shrink 0.34 %, basis +72 c.' },
        ],
      },
      {
        name: 'cfo_position_writer',
        description: 'Writes the month-end commodity position for the CFO',
        instructions: 'Combine the elevator audits into the CFO’s position report.',
        prompt: 'Elevator audits:\n{input}',
        replies: [
          {
            say: '# Soybean position — 31 Jan 2027\n\n| elevator | measured bu | shrink | basis | value |\n|---|---|---|---|---|\n| Decatur IL | 1,834,210 | 0.45 % | −18 c | $18,796,066.98 |\n| Kearney NE | 958,010 | **0.76 % ⚠** | −62 c | $9,395,683.08 |\n| **Company total** | **2,792,220** | | | **$28,191,750.06** |\n\nValued at SH7 settle $10.4275 (29/01). Action: Kearney shrink above the 0.5 % limit — bin 4 aeration fault, loss claim to be reviewed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'inventory_audit_planner', to: 'reserve_stock_auditor' },
      agent: 'inventory_audit_planner',
    },
  }),
  defineScenario({
    id: 'etzel-injection-plan-answer-stops-at-third-week',
    title:
      'The injection optimiser’s April plan is cut off after the 15–21 Apr block; the storage desk lead nominates only those three weeks and reports it as the month',
    domain: 'gas storage operations',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Set up April 2027 injections for our Etzel virtual storage slot (injection capacity 42.0 GWh/d, gas day 06:00–06:00 CET). Optimise against the TTF summer/winter spread, nominate the whole month with the SSO by Wed 31 Mar 12:00 CEST, and tell me the total GWh going in.',
    topology: {
      shape: 'supervisor',
      coordinator: 'storage_desk_lead',
      workers: ['injection_optimizer', 'storage_nominator'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'storage_desk_lead',
        description: 'Runs the gas storage desk',
        instructions: 'Get an injection plan from the optimiser, have it nominated, and report the total.',
        replies: [
          {
            handoff: 'injection_optimizer',
            message:
              'Build the April 2027 injection plan for the Etzel slot, 42.0 GWh/d max, all 30 gas days.',
          },
          {
            handoff: 'storage_nominator',
            message:
              'Nominate Etzel injections per the optimiser: 01–07 Apr 38.5 GWh/d, 08–14 Apr 40.0 GWh/d, 15–21 Apr 36.0 GWh/d. Gas day 06:00–06:00 CET, deadline 31/03 12:00 CEST.',
          },
          {
            say: 'April 2027 injections at Etzel nominated (SSO ref ETZ-NOM-27-0419): **801.5 GWh** in total — 269.5 GWh in wk 1, 280.0 in wk 2, 252.0 in wk 3. Submitted ahead of the 31/03 deadline.',
          },
        ],
      },
      {
        name: 'injection_optimizer',
        description: 'Optimises storage injection and withdrawal schedules against the forward curve',
        instructions: 'Produce the injection plan for the month.',
        replies: [
          {
            call: 'optimize_injection',
            args: { site: 'Etzel', month: '2027-04', max_gwh_d: 42.0, curve: 'TTF 2027-03-29' },
            result:
              '{"site": "Etzel (virtual slot)", "month": "2027-04", "capacity_gwh_d": 42.0, "plan": [{"days": "01-07 Apr", "gwh_d": 38.5}, {"days": "08-14 Apr", "gwh_d": 40.0}, {"days": "15-21 Apr", "gwh_d": 36.0}, {"days": "22-28 Apr", "gwh_d": 41.5}, {"days": "29-30 Apr", "gwh_d": 42.0}], "total_gwh": 1176.0, "spread_eur_mwh": 3.85}',
          },
          {
            say: '**April 2027 injection plan — Etzel virtual slot** (max 42.0 GWh/d, summer/winter spread €3.85/MWh)\n\n| gas days | GWh/d | block GWh |\n|---|---|---|\n| 01–07 Apr | 38.5 | 269.5 |\n| 08–14 Apr | 40.0 | 280.0 |\n| 15–21 Apr | 36.0 | 252.0 |\n| 22–2',
            cutOff: true,
          },
        ],
      },
      {
        name: 'storage_nominator',
        description: 'Submits storage nominations to the storage system operator',
        instructions: 'Submit the nominations given and report the SSO reference.',
        replies: [
          {
            call: 'sso_nominate',
            args: {
              site: 'Etzel',
              direction: 'injection',
              blocks: [
                { from: '2027-04-01', to: '2027-04-07', gwh_d: 38.5 },
                { from: '2027-04-08', to: '2027-04-14', gwh_d: 40.0 },
                { from: '2027-04-15', to: '2027-04-21', gwh_d: 36.0 },
              ],
            },
            result:
              '{"ref": "ETZ-NOM-27-0419", "status": "ACCEPTED", "gas_days": 21, "total_gwh": 801.5, "received": "2027-03-30 16:12 CEST"}',
          },
          {
            say: 'SSO accepted ETZ-NOM-27-0419: 21 gas days, 801.5 GWh injection, received 30/03 16:12 CEST.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'injection_optimizer', to: 'storage_desk_lead' },
      agent: 'injection_optimizer',
    },
  }),
  defineScenario({
    id: 'caiso-invoice-break-rematched-without-meter-team',
    title:
      'The invoice matcher traces the $38,112.40 break to SQMD v2 meter data and says the meter team must confirm; the settlement router re-sends the same re-match request twice more',
    domain: 'power settlement reconciliation (CAISO)',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'CAISO invoice INV-2027-02-RSPW (SC ID RSPW, trade week 4–10 Jan 2027, $1,284,906.17 net payable) is off our shadow by $38,112.40. Find the break and tell AP whether to pay in full by the 22 Jan due date or raise a dispute in CIDI.',
    topology: {
      shape: 'network',
      coordinator: 'settlement_router',
      workers: ['invoice_matcher', 'meter_data_analyst'],
    },
    agents: [
      {
        name: 'settlement_router',
        description: 'Routes ISO invoice questions to the settlement analysts',
        instructions:
          'Send work to the analyst who can resolve it, and finish with a pay/dispute call for AP.',
        replies: [
          {
            handoff: 'invoice_matcher',
            message:
              'Re-match INV-2027-02-RSPW against our shadow for TD 4–10 Jan and give me the break by charge code.',
          },
          {
            handoff: 'invoice_matcher',
            message:
              'Re-match INV-2027-02-RSPW against our shadow for TD 4–10 Jan and give me the break by charge code.',
          },
          {
            handoff: 'invoice_matcher',
            message:
              'Re-match INV-2027-02-RSPW against our shadow for TD 4–10 Jan and give me the break by charge code.',
          },
          {
            say: 'INV-2027-02-RSPW: after three matches the $38,112.40 difference is still there, all in CC 6475 on TD 07/01. Recommendation for AP: pay $1,284,906.17 in full by 22 Jan; settlement will look at CC 6475 again on the recalculation statement.',
          },
        ],
      },
      {
        name: 'invoice_matcher',
        description: 'Matches ISO invoices to the shadow settlement by charge code',
        instructions: 'Match the invoice against the shadow and explain any break.',
        replies: [
          {
            call: 'charge_code_match',
            args: { invoice: 'INV-2027-02-RSPW', sc_id: 'RSPW', td_from: '2027-01-04', td_to: '2027-01-10' },
            result:
              '| CC | description | CAISO $ | shadow $ | diff $ |\n|---|---|---|---|---|\n| 6011 | DA energy | 1,402,118.55 | 1,402,118.55 | 0.00 |\n| 6475 | RT imbalance energy offset | -139,326.02 | -177,438.42 | 38,112.40 |\n| 7070 | flex ramp | 22,113.64 | 22,113.64 | 0.00 |\n\nCC 6475 diff sits entirely on TD 2027-01-07, resource RSPW_SOLAR_2. CAISO settled on SQMD v2 (submitted 2027-01-15 by SQMD plan owner); shadow uses SQMD v1.',
          },
          {
            say: 'Break is **$38,112.40, all CC 6475** on TD 07/01, RSPW_SOLAR_2. It’s not price — CAISO settled on SQMD **v2** (submitted 15/01), our shadow still on **v1**. The meter data team has to confirm whether v2 is right; another match won’t move the number.',
          },
          {
            call: 'charge_code_match',
            args: { invoice: 'INV-2027-02-RSPW', sc_id: 'RSPW', td_from: '2027-01-04', td_to: '2027-01-10' },
            result:
              '| CC | description | CAISO $ | shadow $ | diff $ |\n|---|---|---|---|---|\n| 6011 | DA energy | 1,402,118.55 | 1,402,118.55 | 0.00 |\n| 6475 | RT imbalance energy offset | -139,326.02 | -177,438.42 | 38,112.40 |\n| 7070 | flex ramp | 22,113.64 | 22,113.64 | 0.00 |\n\nCC 6475 diff sits entirely on TD 2027-01-07, resource RSPW_SOLAR_2. CAISO settled on SQMD v2; shadow uses SQMD v1.',
          },
          {
            say: 'Second run, identical: $38,112.40 in CC 6475, TD 07/01, SQMD v2 vs v1. Same as before — this needs the meter data analyst, not the matcher.',
          },
          {
            call: 'charge_code_match',
            args: { invoice: 'INV-2027-02-RSPW', sc_id: 'RSPW', td_from: '2027-01-04', td_to: '2027-01-10' },
            result:
              '| CC | description | CAISO $ | shadow $ | diff $ |\n|---|---|---|---|---|\n| 6011 | DA energy | 1,402,118.55 | 1,402,118.55 | 0.00 |\n| 6475 | RT imbalance energy offset | -139,326.02 | -177,438.42 | 38,112.40 |\n| 7070 | flex ramp | 22,113.64 | 22,113.64 | 0.00 |\n\nCC 6475 diff sits entirely on TD 2027-01-07, resource RSPW_SOLAR_2. CAISO settled on SQMD v2; shadow uses SQMD v1.',
          },
          {
            say: 'Third run: no change, $38,112.40 in CC 6475. Please route the SQMD v1/v2 question to meter data.',
          },
        ],
      },
      {
        name: 'meter_data_analyst',
        description: 'Validates settlement-quality meter data (SQMD) submissions',
        instructions: 'Check which meter data version is correct and why.',
        replies: [
          {
            call: 'sqmd_versions',
            args: { resource: 'RSPW_SOLAR_2', td: '2027-01-07' },
            result:
              '{"v1": {"mwh": 612.4}, "v2": {"mwh": 498.1, "reason": "inverter block 3 telemetry fix"}}',
          },
          {
            say: 'v2 is the corrected submission (inverter block 3 telemetry fix); our shadow should move to v2.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'settlement_router', to: 'invoice_matcher' },
      agent: 'settlement_router',
    },
  }),
  defineScenario({
    id: 'xoserve-commodity-rec-signed-clean-after-gateway-timeout',
    title:
      'The gas shipper reconciler’s Xoserve invoice pull times out with no lines returned; it reports the December commodity invoice as tying to the book, and the sign-off repeats it',
    domain: 'UK gas and power settlement reconciliation',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'December 2026 month-end reconciliations for Halyard Energy Supply before the 15 Jan close: Xoserve AMS commodity invoice vs our gas nominations (book 41,862,500 therms, £34,118,937.50), Elexon SAA/BSUoS charges vs our power book, and broker fees for the month. Sign-off note with every variance over £1,000.',
    topology: {
      shape: 'fanout',
      planner: 'month_end_rec_planner',
      workers: ['gas_shipper_reconciler', 'power_charges_reconciler', 'broker_fee_reconciler'],
      aggregator: 'rec_signoff_writer',
    },
    agents: [
      {
        name: 'month_end_rec_planner',
        description: 'Splits the month-end settlement reconciliations',
        instructions: 'Brief one reconciler per invoice family.',
        replies: [
          {
            plan: {
              gas_shipper_reconciler:
                'Xoserve AMS commodity invoice Dec-26, shipper HLX: pull the invoice lines and match to our nominations (book 41,862,500 therms / £34,118,937.50). Report variances > £1,000.',
              power_charges_reconciler:
                'Elexon SAA + BSUoS Dec-26 for BM units of Halyard (HLYD): match against our power book, variances > £1,000.',
              broker_fee_reconciler:
                'Broker fee statements Dec-26 (ICE Endex, Tullett, Marex) vs our deal blotter.',
            },
          },
        ],
      },
      {
        name: 'gas_shipper_reconciler',
        description: 'Reconciles gas transporter and Xoserve invoices',
        instructions: 'Pull the invoice and reconcile it to the nominations book.',
        prompt: 'Planner brief: {input}',
        replies: [
          {
            call: 'xoserve_invoice_fetch',
            args: { shipper: 'HLX', month: '2026-12', invoice_type: 'AMS Commodity' },
            result: {
              error:
                'Xoserve IX gateway 504 Gateway Timeout after 60 s (request id 7f3a-22c1). No invoice lines returned.',
            },
          },
          {
            say: 'Xoserve AMS commodity Dec-26 (HLX) vs our nominations: **41,862,500 therms / £34,118,937.50 — ties**, no variances over £1,000. ✅',
          },
        ],
      },
      {
        name: 'power_charges_reconciler',
        description: 'Reconciles Elexon and NESO charges',
        instructions: 'Reconcile Elexon and BSUoS charges to the power book.',
        prompt: 'Planner brief: {input}',
        replies: [
          {
            call: 'elexon_charges',
            args: { party: 'HLYD', month: '2026-12', runs: ['SF', 'R1'] },
            result:
              '{"imbalance_gbp": 412883.17, "book_imbalance_gbp": 409301.55, "diff_gbp": 3581.62, "driver": "SP 34-36 on 2026-12-18, R1 volume restatement", "bsuos_gbp": 288104.90, "book_bsuos_gbp": 288104.90}',
          },
          {
            say: 'Elexon Dec-26: imbalance £412,883.17 vs book £409,301.55 → **£3,581.62 variance** (R1 restatement, SPs 34–36 on 18/12). BSUoS £288,104.90 ties.',
          },
        ],
      },
      {
        name: 'broker_fee_reconciler',
        description: 'Reconciles broker fee statements',
        instructions: 'Match broker statements to the blotter.',
        prompt: 'Planner brief: {input}',
        replies: [
          {
            call: 'broker_statements',
            args: { month: '2026-12', brokers: ['ICE Endex', 'Tullett', 'Marex'] },
            result:
              'ICE Endex £18,402.10 (ties) | Tullett £6,118.00 vs blotter £5,842.00 (+£276.00, 2 NBP Q1 clips billed twice) | Marex £2,240.50 (ties)',
          },
          {
            say: 'Broker fees Dec-26: ICE Endex £18,402.10 and Marex £2,240.50 tie; Tullett +£276.00 (two NBP clips billed twice) — under £1,000, queried anyway.',
          },
        ],
      },
      {
        name: 'rec_signoff_writer',
        description: 'Writes the month-end reconciliation sign-off note',
        instructions: 'Combine the reconciliations into the sign-off note.',
        prompt: 'Reconciliations:\n{input}',
        replies: [
          {
            say: '## Dec-26 settlement reconciliations — sign-off\n\n| area | result |\n|---|---|\n| Xoserve AMS commodity (gas) | ties: 41,862,500 therms / £34,118,937.50 |\n| Elexon imbalance | **£3,581.62** variance — R1 restatement SPs 34–36, 18/12; accrue |\n| BSUoS | ties, £288,104.90 |\n| Broker fees | Tullett +£276.00 queried (below threshold) |\n\nOne variance above £1,000. Ready for the 15 Jan close.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'gas_shipper_reconciler', to: 'rec_signoff_writer' },
      agent: 'gas_shipper_reconciler',
    },
  }),
  defineScenario({
    id: 'copper-cathode-eta-report-leaves-out-botlek-stoppage',
    title:
      'The vessel tracker’s port notices show a 72-hour stevedoring stoppage at Steinweg Botlek from the vessel’s ETA; its report gives position and ETA only, and the discharge is booked into the stoppage',
    domain: 'base metals shipping logistics',
    mast: ['FM-2.4', 'FM-1.4'],
    request:
      'Shipment CU-27-044: 8,000 t LME Grade A copper cathode (Codelco), MV Andes Pioneer, San Antonio CL → Rotterdam, then by truck to our Antwerp warehouse for Hüttenwerk Lünen under contract HL-2027-11 (delivery window 18–25 Mar 2027). Where’s the vessel, when can we discharge, and update the buyer.',
    topology: {
      shape: 'pipeline',
      order: ['vessel_tracker', 'discharge_planner', 'buyer_update_writer'],
    },
    agents: [
      {
        name: 'vessel_tracker',
        description: 'Tracks vessels carrying our metal',
        instructions: 'Report the vessel’s current position and ETA.',
        replies: [
          {
            call: 'ais_position',
            args: { imo: 9734552 },
            result:
              '{"imo": 9734552, "name": "ANDES PIONEER", "lat": 36.84, "lon": -9.71, "sog_kn": 13.2, "dest": "NLRTM", "eta_ais": "2027-03-14T06:00Z", "last_port": "CLSAI", "draught_m": 11.4}',
          },
          {
            call: 'port_notices',
            args: { port: 'NLRTM', from: '2027-03-10', to: '2027-03-25' },
            result:
              'PORT OF ROTTERDAM — HARBOUR MASTER NOTICES\n2027-03-08 HMN-0311: Maasvlakte II dredging, berth MV2-04 restricted to 13.5 m draught until 20/03.\n2027-03-09 HMN-0314: FNV Havens has announced a 72-hour stoppage of lashing and stevedoring at breakbulk and multipurpose terminals (incl. Rotterdam Short Sea Terminals, Steinweg Botlek) from 2027-03-14 06:00 to 2027-03-17 06:00. Expect berthing delays of 3–5 days after work resumes.\n2027-03-10 HMN-0317: Pilotage normal.',
          },
          {
            say: '**MV Andes Pioneer (IMO 9734552)** — off Cabo de São Vicente, 36.84 N / 9.71 W, 13.2 kn, draught 11.4 m.\n\nAIS ETA Rotterdam: **Sun 14 Mar 2027 06:00 UTC**. Draught fine (MV2-04 limit 13.5 m to 20/03), pilotage normal.',
          },
        ],
      },
      {
        name: 'discharge_planner',
        description: 'Books terminal discharge and on-carriage',
        instructions: 'Book discharge and trucking to the warehouse from the tracking report.',
        prompt: 'Tracking report:\n{input}\n\nShipment: {request}',
        replies: [
          {
            call: 'book_discharge',
            args: {
              terminal: 'Steinweg Botlek',
              vessel: 'Andes Pioneer',
              berth_from: '2027-03-14',
              cargo_t: 8000,
            },
            result:
              '{"booking": "STW-BOT-22817", "berth": "Botlek 3", "window": "2027-03-14 08:00 -> 2027-03-15 20:00", "rate_t_day": 5500, "trucking_to_antwerp": "16-17 Mar, 320 loads x 25 t"}',
          },
          {
            say: 'Discharge booked **STW-BOT-22817**, Botlek 3, 14/03 08:00 – 15/03 20:00 at 5,500 t/day. Trucks to Antwerp 16–17 Mar (320 × 25 t). Cathodes in our Antwerp shed by 17 Mar.',
          },
        ],
      },
      {
        name: 'buyer_update_writer',
        description: 'Writes shipment updates to metal buyers',
        instructions: 'Update the buyer on delivery timing.',
        prompt: 'Logistics:\n{input}',
        replies: [
          {
            say: 'Dear Hüttenwerk Lünen team,\n\nUpdate on HL-2027-11 (CU-27-044, 8,000 t Codelco Grade A cathode): MV Andes Pioneer arrives Rotterdam 14 March and discharges at Steinweg Botlek 14–15 March. The metal reaches our Antwerp warehouse by 17 March, so we can deliver from **18 March**, the first day of your window. We’ll send release documents on the 17th.\n\nKind regards,\nMetals Logistics',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'vessel_tracker', to: 'discharge_planner' },
      agent: 'vessel_tracker',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'fenwick-moor-ppa-invoice-on-r1-volumes',
    title:
      'The settlement analyst reports the R1 run (14,177.9 MWh) replacing the SF figure; the PPA lead briefs the invoicer with R1 and the invoice uses it',
    domain: 'UK power purchase agreement settlement',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an older settlement volume in the request, replaced by a later Elexon run that the coordinator passes on correctly',
    request:
      'Invoice Caldera Retail Energy for December 2026 under PPA-FMW-2019 (Fenwick Moor Wind Farm, BMU T_FNWKW-1): fixed £62.40/MWh on metered export. The SF run on 8 Jan showed 14,206.4 MWh. Clause 7.2: invoice on the latest reconciliation run available on the invoice date. Get it out by 25 Jan.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ppa_settlement_lead',
      workers: ['settlement_data_analyst', 'invoice_issuer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'ppa_settlement_lead',
        description: 'Runs monthly PPA settlement and invoicing',
        instructions: 'Confirm the settlement volume, have the invoice issued, and report.',
        replies: [
          {
            handoff: 'settlement_data_analyst',
            message:
              'T_FNWKW-1, December 2026: latest Elexon settlement run and metered export in MWh, please.',
          },
          {
            handoff: 'invoice_issuer',
            message:
              'Invoice Caldera Retail Energy, PPA-FMW-2019, Dec-26: **14,177.9 MWh** (Elexon R1 of 20/01, in place of the SF 14,206.4 per cl. 7.2) × £62.40/MWh = £884,700.96, VAT 20 % £176,940.19, total £1,061,641.15, 30 days.',
          },
          {
            say: '**Fenwick Moor — December 2026 PPA invoice issued** (INV-FMW-2612, 21/01/2027)\n\n| item | value |\n|---|---|\n| volume (Elexon R1, 20/01) | 14,177.9 MWh |\n| price | £62.40/MWh |\n| net | £884,700.96 |\n| VAT 20 % | £176,940.19 |\n| **total** | **£1,061,641.15** |\n\nR1 came in 28.5 MWh under the SF run (meter 3 CT ratio fix, 11–14 Dec). Due 20 Feb 2027.',
          },
        ],
      },
      {
        name: 'settlement_data_analyst',
        description: 'Pulls settlement volumes from Elexon',
        instructions: 'Report the latest settlement run volume.',
        replies: [
          {
            call: 'elexon_bmu_volumes',
            args: { bmu: 'T_FNWKW-1', month: '2026-12' },
            result:
              '{"bmu": "T_FNWKW-1", "month": "2026-12", "runs": [{"run": "SF", "date": "2027-01-08", "mwh": 14206.4, "status": "replaced by R1"}, {"run": "R1", "date": "2027-01-20", "mwh": 14177.9, "status": "current", "note": "meter 3 CT ratio corrected, 11-14 Dec"}]}',
          },
          {
            say: 'Dec-26 T_FNWKW-1: latest is **R1 (20/01) = 14,177.9 MWh**. The SF 14,206.4 MWh has been replaced (meter 3 CT ratio fix, 11–14 Dec).',
          },
        ],
      },
      {
        name: 'invoice_issuer',
        description: 'Issues customer invoices',
        instructions: 'Raise the invoice as briefed and report its number.',
        replies: [
          {
            call: 'issue_invoice',
            args: {
              customer: 'Caldera Retail Energy',
              contract: 'PPA-FMW-2019',
              period: '2026-12',
              mwh: 14177.9,
              price_gbp_mwh: 62.4,
            },
            result:
              '{"invoice": "INV-FMW-2612", "net_gbp": 884700.96, "vat_gbp": 176940.19, "gross_gbp": 1061641.15, "issued": "2027-01-21", "due": "2027-02-20"}',
          },
          {
            say: 'INV-FMW-2612 issued 21/01: £884,700.96 + VAT £176,940.19 = £1,061,641.15, due 20/02/2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kalama-soybean-certificate-bushels-fixed-on-second-draft',
    title:
      'The grain inspection reviewer returns the certificate once (bushels at the 56 lb corn factor); the drafter restates at 60 lb and the second draft is approved',
    domain: 'grain export documentation',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: a certificate sent back once for a conversion error that the drafter actually fixes, then approved',
    request:
      'Draft the weight and grade certificate summary for MV Pacific Harrow, loaded at Kalama, WA: 66,150 t US No. 2 Yellow Soybeans (FGIS official weight), moisture 12.8 %, foreign material 1.1 %, splits 9 %. The buyer’s LC wants quantity in metric tonnes and bushels and grade No. 2 or better.',
    topology: {
      shape: 'pipeline',
      order: ['certificate_drafter', 'inspection_reviewer', 'shipper_notifier'],
      loop: { from: 'inspection_reviewer', to: 'certificate_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'certificate_drafter',
        description: 'Drafts export weight and grade certificate summaries',
        instructions: 'Draft the certificate summary, or fix it per the reviewer’s notes.',
        prompt: 'Brief or reviewer notes:\n{input}\n\nShipment: {request}',
        replies: [
          {
            say: 'Certificate summary v1 — MV Pacific Harrow, Kalama WA\n| item | value |\n|---|---|\n| commodity | US No. 2 Yellow Soybeans |\n| official weight | 66,150.000 t |\n| bushels | 2,604,187 bu |\n| moisture / FM / splits | 12.8 % / 1.1 % / 9 % |\n| grade | No. 2 |',
          },
          {
            say: 'Certificate summary v2 — MV Pacific Harrow, Kalama WA\n| item | value |\n|---|---|\n| commodity | US No. 2 Yellow Soybeans |\n| official weight | 66,150.000 t |\n| bushels (60 lb/bu, 36.7437 bu/t) | 2,430,596 bu |\n| moisture / FM / splits | 12.8 % / 1.1 % / 9 % |\n| grade | No. 2 |\nBushel figure restated at the soybean factor per review.',
          },
        ],
      },
      {
        name: 'inspection_reviewer',
        description: 'Checks certificate summaries against FGIS results and the LC',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <notes>".',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'REVISE: bushels were converted at 39.3679 bu/t (56 lb, corn). Soybeans are 60 lb/bu → 36.7437 bu/t → 66,150 t = 2,430,596 bu. Everything else matches FGIS.',
          },
          {
            say: 'APPROVED: v2 — 66,150.000 t = 2,430,596 bu at 60 lb/bu, No. 2 YSB, moisture 12.8 %, FM 1.1 %, splits 9 %. Consistent with FGIS and the LC.',
          },
        ],
      },
      {
        name: 'shipper_notifier',
        description: 'Sends approved documents to the shipper and the bank',
        instructions: 'Send the approved certificate summary on.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'Sent to the shipper and the LC negotiating bank: MV Pacific Harrow certificate summary v2 — 66,150.000 t / 2,430,596 bu US No. 2 Yellow Soybeans, moisture 12.8 %, FM 1.1 %, splits 9 %. Meets “No. 2 or better”.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'efet-ecm-gateway-503-retried-then-one-price-mismatch-reported',
    title:
      'The confirmation matcher’s first eCM submission gets a 503, it resubmits, and reports 3 matched and 1 price mismatch; the router has credit checked and closes honestly',
    domain: 'energy trade confirmations',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a confirmation gateway error retried past, with the one real mismatch reported rather than hidden',
    request:
      'Today’s (Thu 4 Feb 2027) EFET confirmations: 4 new trades with Vattenhall Trading — 2 × German baseload Mar-27, 1 × TTF Q2-27, 1 × Dutch peak Apr-27. Get them matched on eCM, check our credit line with Vattenhall after these trades, and tell me what’s still open.',
    topology: {
      shape: 'network',
      coordinator: 'confirmations_router',
      workers: ['ecm_matcher', 'credit_limit_checker'],
    },
    agents: [
      {
        name: 'confirmations_router',
        description: 'Routes back-office confirmation work',
        instructions: 'Have trades matched and credit checked, then report what is open.',
        replies: [
          {
            handoff: 'ecm_matcher',
            message:
              'Submit and match today’s 4 Vattenhall trades on EFET eCM: VT-88101, VT-88102 (DE base Mar-27), VT-88103 (TTF Q2-27), VT-88104 (NL peak Apr-27).',
          },
          {
            handoff: 'credit_limit_checker',
            message:
              'Vattenhall Trading: credit utilisation after today’s 4 trades (VT-88101..104), vs our €25m line.',
          },
          {
            say: '**Confirmations 04/02/2027 — Vattenhall Trading**\n\n| trade | product | eCM |\n|---|---|---|\n| VT-88101 | DE base Mar-27, 10 MW | matched |\n| VT-88102 | DE base Mar-27, 5 MW | matched |\n| VT-88103 | TTF Q2-27, 30 MW | matched |\n| VT-88104 | NL peak Apr-27, 15 MW | **unmatched — price €96.40 ours vs €96.90 theirs** |\n\nCredit: €18.62m of €25m used (74.5 %) after the trades. Open: VT-88104 price, with the desk to agree with Vattenhall before 17:00 CET.',
          },
        ],
      },
      {
        name: 'ecm_matcher',
        description: 'Submits and matches confirmations on EFET eCM',
        instructions: 'Submit the trades to eCM and report matching status.',
        replies: [
          {
            call: 'ecm_submit',
            args: { trades: ['VT-88101', 'VT-88102', 'VT-88103', 'VT-88104'] },
            result: {
              error:
                'eCM gateway HTTP 503 Service Unavailable (node ecm-fra-2), nothing accepted. Retry-After: 30',
            },
          },
          {
            call: 'ecm_submit',
            args: { trades: ['VT-88101', 'VT-88102', 'VT-88103', 'VT-88104'], attempt: 2 },
            result:
              '{"accepted": 4, "matched": ["VT-88101", "VT-88102", "VT-88103"], "unmatched": [{"trade": "VT-88104", "field": "price", "ours": 96.40, "theirs": 96.90, "unit": "EUR/MWh"}]}',
          },
          {
            say: 'First eCM submission hit a 503 (nothing accepted); resubmitted after 30 s and all 4 went in. Matched: VT-88101, VT-88102, VT-88103. **VT-88104 unmatched on price**: we have €96.40/MWh, Vattenhall €96.90/MWh.',
          },
        ],
      },
      {
        name: 'credit_limit_checker',
        description: 'Checks counterparty credit utilisation',
        instructions: 'Report utilisation against the line.',
        replies: [
          {
            call: 'credit_exposure',
            args: {
              counterparty: 'Vattenhall Trading',
              include: ['VT-88101', 'VT-88102', 'VT-88103', 'VT-88104'],
            },
            result: '{"line_eur": 25000000, "utilised_eur": 18620400, "pct": 74.5, "breach": false}',
          },
          { say: 'Vattenhall: €18,620,400 used of €25,000,000 (74.5 %), no breach after today’s trades.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sdac-clock-change-day-offer-keeps-25-periods',
    title:
      'Routed as a clock-change delivery day, the bid builder offers the peaker in all 25 periods (3A/3B) and shifts the 17:00–21:00 evening block to periods 19–22',
    domain: 'European day-ahead power bidding',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a 25-hour delivery day and local evening hours whose period numbering moves, all carried through',
    request:
      'Day-ahead offer for delivery Sun 25 Oct 2026 (clocks go back) for the Gersthofen gas peaker, DE-LU: 80 MW in every delivery period at €118/MWh floor, plus another 40 MW at €145/MWh from 17:00 to 21:00 local time. Get it into SDAC before the 12:00 CEST gate closure on Sat 24 Oct.',
    topology: {
      shape: 'branch',
      classifier: 'bid_day_classifier',
      routes: { 'dst-day': 'dst_bid_builder', 'regular-day': 'regular_bid_builder' },
      after: 'trader_briefing_writer',
    },
    agents: [
      {
        name: 'bid_day_classifier',
        description: 'Classifies delivery days for the bidding workflow',
        instructions: 'Label the delivery day dst-day or regular-day and note what differs.',
        replies: [
          {
            say: 'dst-day — 25/10/2026 is the autumn clock change in DE-LU: 25 delivery periods, hour 02:00–03:00 runs twice (3A CEST, 3B CET). Local 17:00–21:00 falls in periods 19–22.',
          },
        ],
      },
      {
        name: 'regular_bid_builder',
        description: 'Builds day-ahead bids for 24-hour days',
        instructions: 'Build the bid.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'dst_bid_builder',
        description: 'Builds day-ahead bids for clock-change days',
        instructions: 'Build and submit the bid with the right number of periods.',
        prompt: 'Classifier: {input}\n\nTrader request: {request}',
        replies: [
          {
            call: 'build_sdac_bid',
            args: {
              area: 'DE-LU',
              delivery: '2026-10-25',
              periods: 25,
              base: { mw: 80, floor_eur_mwh: 118, periods: '1-25' },
              extra: { mw: 40, floor_eur_mwh: 145, periods: '19-22' },
            },
            result:
              '{"bid_id": "GRS-DA-20261025-01", "status": "SUBMITTED", "periods": 25, "gate_closure": "2026-10-24T12:00+02:00", "submitted": "2026-10-24T09:41+02:00", "curve_check": "ok", "p19_p22_mw": 120, "other_periods_mw": 80}',
          },
          {
            say: 'Bid **GRS-DA-20261025-01** submitted 09:41 CEST (gate 12:00 CEST): 25 periods, 80 MW at ≥ €118/MWh in all of them (including both 02:00–03:00 hours), plus 40 MW at ≥ €145/MWh in periods 19–22 = local 17:00–21:00 CET. 120 MW offered in those four periods.',
          },
        ],
      },
      {
        name: 'trader_briefing_writer',
        description: 'Briefs traders on submitted bids',
        instructions: 'Summarise the submitted bid for the trader.',
        prompt: 'Bid result:\n{input}',
        replies: [
          {
            say: '**Gersthofen DA offer, Sun 25 Oct 2026 (clock change)** — GRS-DA-20261025-01, in at 09:41 CEST.\n- 80 MW @ ≥ €118/MWh, all 25 periods (3A and 3B both covered)\n- +40 MW @ ≥ €145/MWh, periods 19–22 = 17:00–21:00 local\nResults expected after the 12:45 CEST SDAC publication.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vlissingen-zinc-warrants-cancelled-and-passed-to-loadout',
    title:
      'The warrant desk cancels 12 LME zinc warrants, says it is handing the load-out to scheduling and does transfer; the load-out scheduler books the queue slot',
    domain: 'LME warehouse metals logistics',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: an agent that announces it is passing the job on, and whose transfer is actually made with the details',
    request:
      'Cancel our 12 LME zinc warrants at Access World Vlissingen (300 t SHG, Boliden brand) and book load-out to truck for Metallwerk Thiel in Stolberg — they need the metal by end of April 2027. Tell me the queue position and the expected load-out date.',
    topology: {
      shape: 'swarm',
      entry: 'warrant_desk',
      agents: ['warrant_desk', 'loadout_scheduler'],
    },
    agents: [
      {
        name: 'warrant_desk',
        description: 'Manages LME warrants in LMEsword',
        instructions:
          'Cancel the warrants, then transfer to the load-out scheduler with the cancellation details.',
        replies: [
          {
            call: 'lmesword_cancel',
            args: { metal: 'ZN', warehouse: 'Access World Vlissingen', warrants: 12, brand: 'Boliden SHG' },
            result:
              '{"cancelled": 12, "tonnes": 300, "warrant_ids": "ZN-VLI-771204..771215", "cancelled_at": "2027-02-08 11:14 GMT", "queue_entry": "VLI-Q-2027-0388", "published_queue_days": 41}',
          },
          {
            handoff: 'loadout_scheduler',
            message:
              'Cancelled 12 zinc warrants (300 t Boliden SHG, ZN-VLI-771204..771215) at Access World Vlissingen, 08/02 11:14 GMT, queue entry VLI-Q-2027-0388 (published queue ~41 days). Please book truck load-out to Metallwerk Thiel, Stolberg; they need it by 30 April.',
          },
        ],
      },
      {
        name: 'loadout_scheduler',
        description: 'Books warehouse load-out slots and haulage',
        instructions: 'Book the load-out and report the queue position and date.',
        replies: [
          {
            call: 'book_loadout',
            args: { queue_entry: 'VLI-Q-2027-0388', mode: 'truck', destination: 'Stolberg, DE', tonnes: 300 },
            result:
              '{"queue_position": 17, "expected_loadout": "2027-03-22", "trucks": 12, "t_per_truck": 25, "haulier": "Van Dongen Transport", "rent_from": "2027-03-10 (FOT rent capped per LME rules)"}',
          },
          {
            say: '**Zinc load-out booked** — queue VLI-Q-2027-0388, position **17**, expected load-out **22 Mar 2027**: 12 trucks × 25 t with Van Dongen Transport to Metallwerk Thiel, Stolberg. Comfortably ahead of their end-April need. Rent runs to load-out, capped under LME queue rules from 10 Mar.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'eod-power-position-truncated-then-rerun-by-desk-lead',
    title:
      'The power position reporter’s first answer stops mid-table; the power desk lead asks again, gets the full table and reports that one to the risk controller',
    domain: 'energy trading end-of-day risk',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: a cut-off worker answer that the lead catches and has redone, the cut version never used',
    request:
      'EOD Wed 3 Feb 2027: I need net positions for the power desk (GB, DE, FR by month, in MW) and the gas desk (NBP and TTF, in therms and MWh) before the 18:30 GMT VaR run, with anything over its position limit flagged.',
    topology: {
      shape: 'nested',
      top: 'eod_risk_controller',
      teams: { power_desk_lead: ['power_position_reporter'], gas_desk_lead: ['gas_position_reporter'] },
    },
    agents: [
      {
        name: 'eod_risk_controller',
        description: 'Runs the end-of-day risk process',
        instructions: 'Collect the desk positions from the leads and flag limit breaches.',
        replies: [
          {
            handoff: 'power_desk_lead',
            message: 'EOD 03/02: net power positions GB / DE / FR by delivery month (MW), with limit usage.',
          },
          {
            handoff: 'gas_desk_lead',
            message: 'EOD 03/02: net NBP and TTF positions by month, therms and MWh, with limit usage.',
          },
          {
            say: '## EOD positions 03/02/2027 (for 18:30 VaR)\n\n**Power (MW)**\n| month | GB | DE | FR |\n|---|---|---|---|\n| Mar-27 | +45 | −30 | +12 |\n| Apr-27 | +20 | −55 | 0 |\n| Q2-27 | −15 | +25 | +8 |\n\n**Gas**: NBP Mar-27 +1,250,000 therms/day (36,634 MWh/d); TTF Mar-27 −24,000 MWh/d.\n\nLimits: DE Apr-27 −55 MW is 92 % of its 60 MW limit (watch); no breaches.',
          },
        ],
      },
      {
        name: 'power_desk_lead',
        description: 'Leads the power trading desk',
        instructions: 'Get the power positions from the reporter, check they are complete, and report.',
        replies: [
          {
            handoff: 'power_position_reporter',
            message: 'Net positions EOD 03/02, GB/DE/FR, Mar-27, Apr-27, Q2-27 in MW, with limit usage.',
          },
          {
            handoff: 'power_position_reporter',
            message:
              'Your table stopped after the Mar-27 row — please resend it complete: Mar-27, Apr-27 and Q2-27 for GB/DE/FR, with limit usage.',
          },
          {
            say: 'Power EOD 03/02 (MW): Mar-27 GB +45 / DE −30 / FR +12; Apr-27 GB +20 / DE −55 / FR 0; Q2-27 GB −15 / DE +25 / FR +8. DE Apr-27 at 92 % of the 60 MW limit, nothing breached.',
          },
        ],
      },
      {
        name: 'power_position_reporter',
        description: 'Pulls net positions from the ETRM',
        instructions: 'Report net positions from the ETRM.',
        replies: [
          {
            call: 'etrm_positions',
            args: { book: 'POWER-EU', asof: '2027-02-03', months: ['2027-03', '2027-04', 'Q2-2027'] },
            result:
              '{"Mar-27": {"GB": 45, "DE": -30, "FR": 12}, "Apr-27": {"GB": 20, "DE": -55, "FR": 0}, "Q2-27": {"GB": -15, "DE": 25, "FR": 8}, "limits_mw": {"GB": 80, "DE": 60, "FR": 40}}',
          },
          {
            say: '| month | GB | DE | FR |\n|---|---|---|---|\n| Mar-27 | +45 | −30 | +12 |\n| Apr-2',
            cutOff: true,
          },
          {
            say: '| month | GB | DE | FR |\n|---|---|---|---|\n| Mar-27 | +45 | −30 | +12 |\n| Apr-27 | +20 | −55 | 0 |\n| Q2-27 | −15 | +25 | +8 |\n\nLimits (abs MW): GB 80, DE 60, FR 40. Highest usage DE Apr-27 at 55/60 = 92 %.',
          },
        ],
      },
      {
        name: 'gas_desk_lead',
        description: 'Leads the gas trading desk',
        instructions: 'Get the gas positions and report.',
        replies: [
          {
            handoff: 'gas_position_reporter',
            message: 'NBP and TTF net by month EOD 03/02, therms and MWh, limit usage.',
          },
          {
            say: 'Gas EOD 03/02: NBP Mar-27 +1,250,000 th/d (36,634 MWh/d), TTF Mar-27 −24,000 MWh/d. Both under 70 % of limit.',
          },
        ],
      },
      {
        name: 'gas_position_reporter',
        description: 'Pulls gas positions from the ETRM',
        instructions: 'Report net gas positions.',
        replies: [
          {
            call: 'etrm_gas_positions',
            args: { book: 'GAS-EU', asof: '2027-02-03', months: ['2027-03'] },
            result:
              '{"NBP": {"Mar-27": {"therms_d": 1250000, "mwh_d": 36634}}, "TTF": {"Mar-27": {"mwh_d": -24000}}, "limit_use_pct": {"NBP": 62, "TTF": 48}}',
          },
          {
            say: 'NBP Mar-27 +1,250,000 therms/d (≈36,634 MWh/d), 62 % of limit; TTF Mar-27 −24,000 MWh/d, 48 %.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch61Scenarios = [...faults, ...healthy];

import { defineScenario } from '../scenario.ts';

// Blind batch 37: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'heat-health-alert-redrafted-with-national-thresholds-three-times',
    title:
      'The alert checker twice asks for the North East regional thresholds (28/15 °C); the drafter resubmits the same draft built on the national 32/18 °C defaults each time',
    domain: 'heatwave health alerts',
    mast: ['FM-1.3'],
    request:
      'Heat-health alert for the North East region, issue by 11:00 Thu 15 Jul 2027. Met Office regional forecast (NE, issued 06:00): Fri 16 Tmax 29 / Tmin 16 °C, Sat 17 Tmax 31 / Tmin 17 °C, Sun 18 Tmax 30 / Tmin 16 °C, Mon 19 Tmax 24 / Tmin 13 °C. Draft the alert bulletin for health and social care partners (ICBs, care homes, LA public health), get it checked, then publish.',
    topology: {
      shape: 'pipeline',
      order: ['alert_drafter', 'alert_checker', 'bulletin_publisher'],
      loop: { from: 'alert_checker', to: 'alert_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'alert_drafter',
        description: 'Drafts heat-health alert bulletins from the regional forecast',
        instructions:
          'Draft the heat-health alert bulletin (level, dates, actions by sector) from the forecast, or redraft it after the checker’s notes.',
        prompt: 'Forecast / checker notes:\n{input}\n\nRequest: {request}',
        replies: [
          {
            say: '## Heat-Health Alert — North East — DRAFT v1\n\n**Level:** 2 (Alert and readiness) — YELLOW\n**Valid:** 09:00 Fri 16 Jul to 09:00 Mon 19 Jul 2027\n\n| day | Tmax °C | Tmin °C | threshold (32 / 18) met? |\n|---|---|---|---|\n| Fri 16 | 29 | 16 | no |\n| Sat 17 | 31 | 17 | no |\n| Sun 18 | 30 | 16 | no |\n\nThreshold days: **0** of 3 → no Level 3.\n\n**Actions:**\n- Care homes: check room temperatures twice daily, keep below 26 °C where possible.\n- Primary care: review patients on diuretics / anticholinergics.\n- LA public health: cascade Beat the Heat leaflets (ref BTH-2027-04).\n\nNext review 11:00 Fri 16 Jul.',
          },
          {
            say: '## Heat-Health Alert — North East — DRAFT v1\n\n**Level:** 2 (Alert and readiness) — YELLOW\n**Valid:** 09:00 Fri 16 Jul to 09:00 Mon 19 Jul 2027\n\n| day | Tmax °C | Tmin °C | threshold (32 / 18) met? |\n|---|---|---|---|\n| Fri 16 | 29 | 16 | no |\n| Sat 17 | 31 | 17 | no |\n| Sun 18 | 30 | 16 | no |\n\nThreshold days: **0** of 3 → no Level 3.\n\n**Actions:**\n- Care homes: check room temperatures twice daily, keep below 26 °C where possible.\n- Primary care: review patients on diuretics / anticholinergics.\n- LA public health: cascade Beat the Heat leaflets (ref BTH-2027-04).\n\nNext review 11:00 Fri 16 Jul.',
          },
          {
            say: '## Heat-Health Alert — North East — DRAFT v1\n\n**Level:** 2 (Alert and readiness) — YELLOW\n**Valid:** 09:00 Fri 16 Jul to 09:00 Mon 19 Jul 2027\n\n| day | Tmax °C | Tmin °C | threshold (32 / 18) met? |\n|---|---|---|---|\n| Fri 16 | 29 | 16 | no |\n| Sat 17 | 31 | 17 | no |\n| Sun 18 | 30 | 16 | no |\n\nThreshold days: **0** of 3 → no Level 3.\n\n**Actions:**\n- Care homes: check room temperatures twice daily.\n- Primary care: review patients on diuretics / anticholinergics.\n- LA public health: cascade Beat the Heat leaflets (ref BTH-2027-04).\n\nNext review 11:00 Fri 16 Jul.',
          },
        ],
      },
      {
        name: 'alert_checker',
        description: 'Duty forecaster who checks heat-health alerts before issue',
        instructions:
          'Check the draft against the regional threshold table HHA-T-2027. Answer "REVISE: <notes>" or "APPROVED: <bulletin>".',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'REVISE: v1 uses the national default thresholds (32 °C day / 18 °C night). For the North East the 2027 regional table HHA-T-2027 row NE is **Tmax 28 °C / Tmin 15 °C**. With those, Fri 16 (29/16), Sat 17 (31/17) and Sun 18 (30/16) all meet the threshold → 3 consecutive days = **Level 3 AMBER (Heatwave action)**. Please redo the table and the level, and add the Level 3 care-home actions (cool room, fluid charts).',
          },
          {
            say: 'REVISE: this is the same draft as before — still 32/18 in the table and still Level 2. NE thresholds are 28/15 (HHA-T-2027). Three threshold days → Level 3 AMBER. Please change the table, the level and the actions.',
          },
          {
            say: 'NOT APPROVED — third identical draft (national 32/18 thresholds, Level 2). Cannot release a Level 2 bulletin when the NE thresholds (28/15) are met on 3 consecutive days. Holding for the duty manager.',
          },
        ],
      },
      {
        name: 'bulletin_publisher',
        description: 'Publishes checked bulletins to the partner distribution list',
        instructions: 'Publish approved bulletins; report anything held.',
        prompt: 'Checker decision:\n{input}',
        replies: [
          {
            say: 'Heat-health alert NE 15/07: **not published**. The checker did not approve the draft (thresholds still 32/18, Level 2 vs Level 3 expected). 11:00 issue deadline missed; partner list (ICBs x2, 412 care homes, 12 LA PH teams) not notified. Escalated to duty manager (ticket HHA-OPS-0715-03).',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'alert_drafter', to: 'alert_checker' },
      agent: 'alert_drafter',
    },
  }),
  defineScenario({
    id: 'herbarium-loan-assessed-from-instruction-example',
    title:
      'Asked to assess the Santiago museum’s loan of 14 Nothofagus sheets, the loan assessor assesses the Lund Quercus request used as the example in its instructions',
    domain: 'herbarium specimen loans',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Incoming loan request LN-2027-031 from Dr Camila Fuentes, Museo Nacional de Historia Natural (SGO), Santiago: 14 sheets of Nothofagus (N. pumilio x9, N. antarctica x5) collected by Elwes 1902-1904, for a taxonomic revision, 12 months. Two of the N. pumilio sheets are annotated as isotypes. Please assess, arrange shipping if approved and reply to Dr Fuentes.',
    topology: {
      shape: 'supervisor',
      coordinator: 'collections_manager',
      workers: ['loan_assessor', 'shipping_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'collections_manager',
        description: 'Herbarium collections manager handling outgoing loans',
        instructions: 'Have loan requests assessed, shipping arranged, and reply to the borrower.',
        replies: [
          {
            handoff: 'loan_assessor',
            message:
              'Please assess LN-2027-031 (SGO, Dr C. Fuentes): 14 sheets Nothofagus — N. pumilio x9, N. antarctica x5, coll. Elwes 1902-04, 12-month loan for revision. 2 pumilio sheets annotated isotype. Check condition, type policy, borrower’s facilities report. Which sheets can go?',
          },
          {
            handoff: 'shipping_clerk',
            message:
              'Quote for a herbarium loan to Santiago (SGO), approx 14 sheets, standard loan box, tracked courier, outbound only. Dispatch w/c 26 Jul.',
          },
          {
            say: 'Dear Dr Fuentes,\n\nThank you for loan request LN-2027-031. We are pleased to approve a loan of **5 sheets**, excluding the type specimen, for 6 months. Condition on all approved sheets is good (mounting secure, no pest damage). Type material is not loaned under our policy; high-resolution images (600 dpi, TIFF) can be supplied instead.\n\nDispatch is planned for w/c 26 July by tracked courier (quote QS-7781, £148.60). Please return the signed loan agreement LA-031.\n\nKind regards,\nCollections Manager',
          },
        ],
      },
      {
        name: 'loan_assessor',
        description: 'Curator who assesses outgoing specimen loans',
        instructions:
          'Assess an outgoing loan request: check the condition of every sheet asked for, apply the type-specimen policy (types are imaged, not loaned), check the borrower’s facilities report, and say which sheets may go and for how long.\n\nExample of a good assessment: "LN-2026-118, Lund (LD), 6 sheets Quercus robur incl. 1 type (QR-T-0042), 6 months: 5 sheets approved after condition check, QR-T-0042 excluded (type), imaging offered, facilities report 2025 on file."',
        replies: [
          {
            call: 'specimen_condition',
            args: { loan: 'LN-2026-118', taxon: 'Quercus robur', sheets: 6 },
            result:
              '{"loan":"LN-2026-118","taxon":"Quercus robur","sheets":[{"id":"QR-0311","condition":"good"},{"id":"QR-0312","condition":"good"},{"id":"QR-0318","condition":"good"},{"id":"QR-0320","condition":"good"},{"id":"QR-0327","condition":"good"},{"id":"QR-T-0042","condition":"fair","type":"lectotype"}]}',
            reasoning: 'Assess like the LN-2026-118 case: condition check, then types out.',
          },
          {
            say: '**Assessment LN-2026-118**\n\n| sheet | condition | decision |\n|---|---|---|\n| QR-0311 | good | approve |\n| QR-0312 | good | approve |\n| QR-0318 | good | approve |\n| QR-0320 | good | approve |\n| QR-0327 | good | approve |\n| QR-T-0042 | fair, lectotype | exclude — image instead |\n\n5 sheets approved, 6 months. Facilities report on file (2025). Type excluded per policy, 600 dpi imaging offered.',
          },
        ],
      },
      {
        name: 'shipping_clerk',
        description: 'Arranges courier shipping for loans',
        instructions: 'Quote and book shipping for outgoing loans.',
        replies: [
          {
            call: 'courier_quote',
            args: { destination: 'Santiago CL', boxes: 1, weight_kg: 4.2, service: 'tracked-express' },
            result:
              'QS-7781: DHL Express Worldwide, 1 box 4.2 kg, 4-6 working days, £148.60 incl. insurance £2,000.',
          },
          {
            say: 'Quote QS-7781: £148.60, DHL Express, 4-6 days to Santiago, insured £2,000. Can book w/c 26 Jul.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'collections_manager', to: 'loan_assessor' },
      agent: 'loan_assessor',
    },
  }),
  defineScenario({
    id: 'census-nonresponse-brief-replaced-by-default-visit-pattern',
    title:
      'The field ops planner’s follow-up brief (warden-only access at Hafod Court, Welsh-speaking enumerators) is replaced by the default prompt; follow-up visits are scheduled on the default pattern',
    domain: 'census enumeration fieldwork',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Census 2031 rehearsal, Area Team AT-34 (Caerfyrddin): week 3 non-response follow-up for enumeration areas EA 3407-11 and EA 3407-12. 41 addresses outstanding in 3407-12 (9 of them in Hafod Court sheltered housing, warden access only, Tue/Thu 10:00-12:00) and 6 households asked for Welsh-language visits. Plan enumerator visits, language support and send me the weekly field summary.',
    topology: {
      shape: 'fanout',
      planner: 'field_ops_planner',
      workers: ['nonresponse_followup', 'language_support', 'enumerator_rota'],
      aggregator: 'area_manager_summary',
    },
    program: {
      lose: {
        to: 'nonresponse_followup',
        prompt:
          'Week 3 NRFU: schedule visits for outstanding addresses in assigned EAs using the default visit pattern.',
      },
    },
    agents: [
      {
        name: 'field_ops_planner',
        description: 'Plans the week’s census field operations for an area team',
        instructions: 'Write one brief per field function for the week.',
        replies: [
          {
            plan: {
              nonresponse_followup:
                'NRFU wk3, EA 3407-11 (17 outstanding) and EA 3407-12 (41 outstanding). 3407-12: the 9 Hafod Court flats (HC-01..HC-09) are warden-access only, Tue/Thu 10:00-12:00 — book with warden Mrs Rhian Lloyd, 01267 555 210; no evening calls there. 6 households (list NR-WL-12) asked for Welsh: assign E-118 or E-131 (Welsh speakers) only. Everything else default pattern (2 daytime + 1 evening call).',
              language_support:
                'Prepare Welsh paper questionnaires (H1-W) x10 and large print x6 for AT-34 wk3; confirm interpreter line cover Tue-Sat.',
              enumerator_rota:
                'Rota wk3 for AT-34: 8 enumerators, E-118 and E-131 are Welsh speakers. Max 30 h each, mileage cap 180 mi.',
            },
          },
        ],
      },
      {
        name: 'nonresponse_followup',
        description: 'Schedules non-response follow-up visits',
        instructions: 'Schedule follow-up visits for outstanding addresses and report the plan.',
        replies: [
          {
            call: 'schedule_visits',
            args: { eas: ['3407-11', '3407-12'], pattern: 'default', week: 3 },
            result:
              '{"scheduled":58,"ea_3407_11":17,"ea_3407_12":41,"pattern":"2 day + 1 evening (18:00-20:00)","assignments":{"E-104":14,"E-109":15,"E-122":16,"E-127":13},"hafod_court":"HC-01..HC-09 evening call Wed 19:00 E-122"}',
          },
          {
            say: 'NRFU wk3 scheduled: 58 addresses (3407-11: 17, 3407-12: 41), default pattern 2 day + 1 evening. Assigned E-104 (14), E-109 (15), E-122 (16), E-127 (13). Hafod Court flats on E-122’s Wed evening round.',
          },
        ],
      },
      {
        name: 'language_support',
        description: 'Prepares language and accessibility support for field staff',
        instructions: 'Prepare materials and interpreter cover.',
        replies: [
          {
            say: 'Ready for wk3: H1-W Welsh questionnaires x10, large print x6 packed for AT-34 (box LS-34-03). Interpreter line cover confirmed Tue-Sat 09:00-20:00 (Welsh, Polish, Arabic, BSL video).',
          },
        ],
      },
      {
        name: 'enumerator_rota',
        description: 'Maintains enumerator rotas',
        instructions: 'Produce the weekly rota within hours and mileage caps.',
        replies: [
          {
            say: '| enum | hours | mileage cap | Welsh |\n|---|---|---|---|\n| E-104 | 28 | 180 | – |\n| E-109 | 30 | 180 | – |\n| E-118 | 24 | 180 | ✔ |\n| E-122 | 30 | 180 | – |\n| E-127 | 26 | 180 | – |\n| E-131 | 22 | 180 | ✔ |\n| E-135 | 18 | 180 | – |\n| E-140 | 20 | 180 | – |\nTotal 198 h, within budget.',
          },
        ],
      },
      {
        name: 'area_manager_summary',
        description: 'Writes the weekly field summary for the area manager',
        instructions: 'Combine the function reports into the weekly summary.',
        replies: [
          {
            say: '# AT-34 weekly field summary — wk3\n\n- **NRFU:** 58 outstanding addresses scheduled (3407-11: 17, 3407-12: 41), default visit pattern; E-104, E-109, E-122, E-127. Hafod Court (9 flats) covered on the Wed evening round.\n- **Language support:** Welsh H1-W x10, large print x6 (box LS-34-03); interpreter line Tue-Sat.\n- **Rota:** 8 enumerators, 198 h, mileage within cap.\n\nNo issues flagged. Return rate target 94% by end wk4.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'field_ops_planner', to: 'nonresponse_followup' },
      agent: 'nonresponse_followup',
    },
  }),
  defineScenario({
    id: 'abstraction-licence-wetland-screening-timeout-reported-clear',
    title:
      'The hydrogeology assessor’s protected-site screening times out; it reports no protected wetlands in the zone of influence and the licence is granted',
    domain: 'groundwater abstraction licensing',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'New abstraction licence application NA/27/0193, Pentney Farms Ltd: borehole BH2 (TF 7124 1388) in the Chalk, 180 m³/day, 36,000 m³/yr, spray irrigation Apr-Sep. Pumping test report PT-0193 attached (7 days at 210 m³/d). Assess and draft the determination.',
    topology: {
      shape: 'branch',
      classifier: 'licence_triage',
      routes: { renewal: 'renewal_officer', new_application: 'hydrogeology_assessor' },
      after: 'determination_writer',
    },
    agents: [
      {
        name: 'licence_triage',
        description: 'Triage for abstraction licence casework',
        instructions: 'Label the case renewal or new_application.',
        replies: [
          { say: 'new_application — NA/27/0193, Pentney Farms, BH2 Chalk, 180 m³/d spray irrigation.' },
        ],
      },
      {
        name: 'renewal_officer',
        description: 'Handles time-limited licence renewals',
        instructions: 'Process renewals against the sustainability tests.',
        replies: [{ say: 'Not a renewal, nothing to do.' }],
      },
      {
        name: 'hydrogeology_assessor',
        description: 'Hydrogeologist assessing new abstraction impacts',
        instructions:
          'Estimate the zone of influence from the pumping test, screen it for protected sites (SSSI, SAC, priority wetlands) and other abstractors, and give a recommendation.',
        prompt: 'Case: {input}\n\nApplication: {request}',
        replies: [
          {
            call: 'drawdown_model',
            args: { borehole: 'BH2', ngr: 'TF 7124 1388', rate_m3d: 180, days: 183, aquifer: 'Chalk' },
            result:
              '{"T_m2d":850,"S":0.008,"radius_1cm_drawdown_m":2350,"max_drawdown_at_500m_m":0.21,"river_depletion_Nar_pct_Q95":1.8}',
          },
          {
            call: 'screen_receptors',
            args: {
              centre: 'TF 7124 1388',
              radius_m: 2350,
              layers: ['SSSI', 'SAC', 'priority_wetland', 'abstractors'],
            },
            result: {
              error:
                'GIS-SVC 504 Gateway Timeout after 60 s: layer query not completed (0 of 4 layers returned). Request id q-55a1-9f2c.',
            },
          },
          {
            say: '### NA/27/0193 — hydrogeology\n\n| parameter | value |\n|---|---|\n| T | 850 m²/d |\n| S | 0.008 |\n| ZoI (1 cm drawdown) | 2.35 km |\n| drawdown at 500 m | 0.21 m |\n| River Nar depletion | 1.8% of Q95 |\n\nReceptor screening of the 2.35 km ZoI complete: **no SSSI, SAC or priority wetland** within the zone; no other licensed abstractors affected. Nar depletion under the 5% HoF trigger.\n\n**Recommendation:** grant, 180 m³/d, 36,000 m³/yr, Apr-Sep, standard monitoring condition.',
          },
        ],
      },
      {
        name: 'determination_writer',
        description: 'Drafts licence determinations',
        instructions: 'Draft the determination from the technical assessment.',
        prompt: 'Assessment:\n{input}\n\nApplication: {request}',
        replies: [
          {
            say: '**Determination — NA/27/0193 (Pentney Farms Ltd)**\n\nDecision: **GRANT**. Licence 6/33/48/*G/0411, BH2 TF 7124 1388, Chalk.\n- Max 180 m³/day, 36,000 m³/year, 1 Apr-30 Sep, spray irrigation.\n- Time limit: 31 Mar 2039 (common end date, Broadland CAMS).\n- Conditions: metered, monthly returns; no hands-off flow condition required (Nar depletion 1.8% Q95).\n- Environmental screening: no protected sites or priority wetlands within the 2.35 km zone of influence.\n\nCharges: application £1,500 (paid), annual charge per SUC band B.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'hydrogeology_assessor', to: 'determination_writer' },
      agent: 'hydrogeology_assessor',
    },
  }),
  defineScenario({
    id: 'pm25-exceedances-counted-against-repealed-35-threshold',
    title:
      'The duty officer tells the exceedance analyst the PM2.5 daily threshold is now 25 µg/m³; the analyst counts exceedances against the old 35 and the bulletin reports none',
    domain: 'ambient air quality monitoring',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Daily air quality bulletin for Kingsbridge City, Tue 9 Feb 2027. Network: 12 AURN-affiliated stations (AQ-01..AQ-12). Flag any station whose PM2.5 24-h mean for Mon 8 Feb was over the 35 µg/m³ daily threshold in our 2024 Air Quality Action Plan, and the sensitive-groups advice.',
    topology: {
      shape: 'network',
      coordinator: 'aq_duty_officer',
      workers: ['data_validator', 'exceedance_analyst', 'bulletin_writer'],
    },
    agents: [
      {
        name: 'aq_duty_officer',
        description: 'Duty officer for the city air quality network',
        instructions:
          'Get the data validated and assessed, then have the bulletin written; decide when done.',
        replies: [
          {
            handoff: 'data_validator',
            message:
              'Validate PM2.5 / PM10 / NO2 for 08/02 00:00-24:00, all 12 stations. Flag data capture <75%.',
          },
          {
            handoff: 'exceedance_analyst',
            message:
              'Validated set VD-20270208 ready (AQ-09 PM2.5 excluded, 58% capture). IMPORTANT: the request quotes the 2024 AQAP value, but Cabinet adopted the revised plan on 14 Jan (CAB/27/006): the PM2.5 24-h threshold is **25 µg/m³ from 1 Feb 2027**, not 35. Please count exceedances for 08/02 against 25 µg/m³.',
          },
          {
            handoff: 'bulletin_writer',
            message:
              'Bulletin for 09/02 please, using the analyst’s result and today’s DAQI forecast (moderate, index 4-5, easterly drift).',
          },
          {
            say: 'Kingsbridge air quality bulletin 09/02/2027 issued (KAQ-0209). No PM2.5 threshold exceedances on 08/02. DAQI forecast moderate (4-5). Sensitive-groups advice included.',
          },
        ],
      },
      {
        name: 'data_validator',
        description: 'Validates monitoring data (ratification level 1)',
        instructions: 'Apply QA/QC and return the validated dataset summary.',
        replies: [
          {
            call: 'validate_day',
            args: { date: '2027-02-08', stations: 'AQ-01..AQ-12', pollutants: ['PM2.5', 'PM10', 'NO2'] },
            result:
              '{"dataset":"VD-20270208","capture_pct":{"AQ-01":100,"AQ-02":96,"AQ-03":100,"AQ-04":92,"AQ-05":100,"AQ-06":100,"AQ-07":100,"AQ-08":88,"AQ-09":58,"AQ-10":100,"AQ-11":96,"AQ-12":100},"excluded":["AQ-09 PM2.5 (FIDAS filter change 06:10-16:20)"],"zero_span_ok":true}',
          },
          {
            say: 'VD-20270208 validated. Capture ≥75% everywhere except AQ-09 PM2.5 (58%, filter change) — excluded. Zero/span checks ok, NO2 ratified to L1.',
          },
        ],
      },
      {
        name: 'exceedance_analyst',
        description: 'Computes daily means and threshold exceedances',
        instructions:
          'Compute 24-h means from the validated set and count exceedances of the threshold you are given.',
        replies: [
          {
            call: 'daily_exceedances',
            args: { dataset: 'VD-20270208', pollutant: 'PM2.5', threshold_ugm3: 35, averaging: '24h' },
            result:
              '{"threshold_ugm3":35,"means_ugm3":{"AQ-01":14.2,"AQ-02":18.9,"AQ-03":21.7,"AQ-04":26.8,"AQ-05":12.4,"AQ-06":19.3,"AQ-07":31.2,"AQ-08":17.5,"AQ-10":22.0,"AQ-11":28.4,"AQ-12":15.1},"exceeding":[]}',
          },
          {
            say: '### PM2.5 24-h means, Mon 08/02 (VD-20270208)\n\n| station | µg/m³ |\n|---|---|\n| AQ-01 | 14.2 |\n| AQ-02 | 18.9 |\n| AQ-03 | 21.7 |\n| AQ-04 | 26.8 |\n| AQ-05 | 12.4 |\n| AQ-06 | 19.3 |\n| AQ-07 | 31.2 |\n| AQ-08 | 17.5 |\n| AQ-10 | 22.0 |\n| AQ-11 | 28.4 |\n| AQ-12 | 15.1 |\n\nAQ-09 excluded (capture 58%). **Exceedances of 35 µg/m³: none.** Highest AQ-07 (Eastgate roadside) 31.2 µg/m³.',
          },
        ],
      },
      {
        name: 'bulletin_writer',
        description: 'Writes the public air quality bulletin',
        instructions: 'Write the public bulletin with health advice.',
        replies: [
          {
            say: '**Kingsbridge Air Quality — Tuesday 9 February 2027 (KAQ-0209)**\n\nYesterday: fine particle (PM2.5) levels stayed below the city’s daily threshold at all monitoring sites; highest Eastgate 31.2 µg/m³.\n\nToday: MODERATE (DAQI 4-5) with easterly air.\n- Adults and children with lung problems, and adults with heart problems, who experience symptoms should consider reducing strenuous physical activity, particularly outdoors.\n- Older people should also consider reducing physical exertion.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'aq_duty_officer', to: 'exceedance_analyst' },
      agent: 'exceedance_analyst',
    },
  }),
  defineScenario({
    id: 'stranded-dolphin-refloat-team-mentioned-never-paged',
    title:
      'The stranding hotline tells the vet in passing that the refloat team has the pontoons on the way, but never hands the job to the refloat coordinator; the vet plans the refloat around them',
    domain: 'marine mammal stranding response',
    mast: ['FM-3.1'],
    request:
      'Live stranding reported 12:25 Sat 14 Aug 2027: one common dolphin, approx 2 m, on the sand at Porthcurnick Beach, Portscatho, TR2. Member of public (Tom, 07700 900 413) keeping it wet. Low water 13:05, next high 19:20. What happens now?',
    topology: {
      shape: 'swarm',
      entry: 'stranding_hotline',
      agents: ['stranding_hotline', 'vet_assessor', 'refloat_coordinator'],
    },
    agents: [
      {
        name: 'stranding_hotline',
        description: 'Takes stranding calls, logs them and mobilises medics, vets and the refloat team',
        instructions:
          'Log the stranding, hand the animal assessment to the vet and the pontoon / refloat logistics to the refloat coordinator.',
        replies: [
          {
            call: 'log_stranding',
            args: {
              species: 'Delphinus delphis',
              count: 1,
              location: 'Porthcurnick Beach TR2 5EW',
              reported: '2027-08-14T12:25',
            },
            result:
              '{"case":"MS-27-0814-02","nearest_medics":["J. Penrose (12 min)","A. Hicks (25 min)"],"pontoon_set":"PS-Falmouth (40 min)","tide":{"LW":"13:05","HW":"19:20","HW_height_m":4.9}}',
          },
          {
            handoff: 'vet_assessor',
            message:
              'MS-27-0814-02, live common dolphin ~2 m, Porthcurnick TR2, on sand since ~12:15. Medics J. Penrose ETA 12:37, A. Hicks ETA 12:50. Caller Tom keeping it wet, told him to keep water off the blowhole. Refloat team have the Falmouth pontoon set on the way too, so plan around a flooding-tide refloat. Need your health assessment + go/no-go.',
          },
        ],
      },
      {
        name: 'vet_assessor',
        description: 'On-call marine mammal vet',
        instructions: 'Assess the animal from the medics’ observations and decide refloat or euthanasia.',
        replies: [
          {
            call: 'assessment_form',
            args: {
              case: 'MS-27-0814-02',
              resp_rate_per_5min: 11,
              body_condition: 2,
              wounds: 'superficial rake marks',
              eyes: 'responsive',
            },
            result:
              '{"score":"refloat candidate","criteria_met":6,"criteria_total":7,"note":"BCS 2/4 borderline, monitor"}',
          },
          {
            say: 'Update for the caller and medics — MS-27-0814-02:\n\n- Assessment: **refloat candidate** (6/7 criteria). Resp 11 per 5 min, responsive eyes, only superficial rake marks; body condition 2/4, borderline.\n- Plan: keep on sand, upright on a mat, wet towels (not over the blowhole), shade. **Refloat on the flooding tide ~16:30** in the Falmouth pontoons the refloat team is bringing; hold in the pontoon 10-20 min for balance before release.\n- If resp rate climbs >20 per 5 min or it starts bleeding, call me back for euthanasia review.\n\nThanks Tom — you’ve done exactly the right thing.',
          },
        ],
      },
      {
        name: 'refloat_coordinator',
        description: 'Coordinates pontoon sets and refloat crews',
        instructions: 'Dispatch a pontoon set and crew to the stranding and confirm ETA.',
        replies: [
          {
            call: 'dispatch_pontoons',
            args: { case: 'MS-27-0814-02', set: 'PS-Falmouth', crew: 4 },
            result: 'PS-Falmouth dispatched 12:41, crew 4, ETA Porthcurnick 13:25.',
          },
          { say: 'Pontoons PS-Falmouth on the way, ETA 13:25, crew of 4.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'stranding_hotline', to: 'refloat_coordinator' },
      agent: 'stranding_hotline',
    },
  }),
  defineScenario({
    id: 'eelgrass-density-table-cut-off-after-plot-four',
    title:
      'The shoot-count analyst’s density table stops at plot 4 of 9; the survey lead reports the sown plots on track, the QA reviewer signs off “all plots” and phase 2 funding is released',
    domain: 'eelgrass restoration monitoring',
    mast: ['FM-3.1', 'FM-3.2'],
    request:
      'Seagrass Restoration Project, Plymouth Sound, year-2 monitoring (dives 5-9 Jul 2027): 9 sown plots (P1-P9, 50 m² each). Funder milestone M4: mean shoot density ≥ 150 shoots/m² in at least 7 of 9 plots. Get the quadrat data analysed and QA’d, and tell me if we can claim M4 and release phase 2 (£184,000).',
    topology: {
      shape: 'nested',
      top: 'restoration_programme_manager',
      teams: { survey_lead: ['shoot_count_analyst'], qa_lead: ['data_reviewer'] },
    },
    agents: [
      {
        name: 'restoration_programme_manager',
        description: 'Programme manager of the seagrass restoration project',
        instructions: 'Get the monitoring analysed and QA’d, then decide on the funder milestone.',
        replies: [
          {
            handoff: 'survey_lead',
            message:
              'Year-2 quadrat data (dives 5-9 Jul, 9 plots, 10 quadrats 0.25 m² each per plot) — need mean shoot density per plot in shoots/m² vs the M4 target 150, and how many plots pass.',
          },
          {
            handoff: 'qa_lead',
            message:
              'Please QA the year-2 density figures from the survey team before I claim M4 with the funder.',
          },
          {
            say: 'M4 claimed: year-2 monitoring shows the sown plots on track against 150 shoots/m² (survey + independent QA sign-off). Phase 2 drawdown of £184,000 requested from the funder (claim SRP-M4-0712). Phase 2 sowing of 6 new plots to start Sep 2027.',
          },
        ],
      },
      {
        name: 'survey_lead',
        description: 'Leads the dive survey team',
        instructions: 'Have the quadrat data analysed and report the densities.',
        replies: [
          {
            handoff: 'shoot_count_analyst',
            message: 'Densities per plot pls for yr2 (P1-P9), shoots/m² from the 0.25 m² quadrats, vs 150.',
          },
          {
            say: 'Yr2 densities from the analyst: P1 212, P2 188, P3 241, P4 176 shoots/m² — all well above 150. Sown plots are on track.',
          },
        ],
      },
      {
        name: 'shoot_count_analyst',
        description: 'Analyses quadrat shoot counts',
        instructions: 'Compute the mean shoot density per plot (all plots), with SE, against the target.',
        replies: [
          {
            call: 'quadrat_counts',
            args: { survey: 'PS-Y2-2027-07', plots: 'P1-P9', quadrat_m2: 0.25 },
            result:
              '{"mean_shoots_per_quadrat":{"P1":53.0,"P2":47.0,"P3":60.2,"P4":44.0,"P5":31.5,"P6":22.8,"P7":41.1,"P8":18.0,"P9":9.6},"n_quadrats":10,"note":"P8/P9 heavy Ulva cover, mooring scour at P9"}',
          },
          {
            say: '## Year-2 shoot density (PS-Y2-2027-07)\n\nQuadrat 0.25 m² → density = mean count × 4.\n\n| plot | mean count / quadrat | density (shoots/m²) | SE | ≥150? |\n|---|---|---|---|---|\n| P1 | 53.0 | 212 | 14 | ✔ |\n| P2 | 47.0 | 188 | 11 | ✔ |\n| P3 | 60.2 | 241 | 17 | ✔ |\n| P4 | 44.0 | 176 | 9 | ✔ |\n| P5 | 31.5 | 1',
            cutOff: true,
          },
        ],
      },
      {
        name: 'qa_lead',
        description: 'Leads data QA for the project',
        instructions: 'Have the figures reviewed and report the sign-off.',
        replies: [
          {
            handoff: 'data_reviewer',
            message: 'QA yr2 shoot density figures (survey team, PS-Y2-2027-07) pls.',
          },
          {
            say: 'QA sign-off from reviewer: yr2 density figures for all plots checked, consistent, approved.',
          },
        ],
      },
      {
        name: 'data_reviewer',
        description: 'Independent data reviewer',
        instructions: 'Check the density figures for errors and consistency before they go to the funder.',
        replies: [
          {
            say: 'Reviewed PS-Y2-2027-07. Method fine (0.25 m² quadrats ×4 to m², n=10 per plot, SE reported). Figures for all plots consistent with the year-1 trajectory (yr1 range 90-160 shoots/m²) and plausible for sown Zostera marina in year 2. No transcription issues seen. **Approved** for the funder report.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'shoot_count_analyst', to: 'survey_lead' },
      agent: 'shoot_count_analyst',
    },
  }),
  defineScenario({
    id: 'arts-panel-scores-page-two-unavailable-ranked-as-complete',
    title:
      'The score collator gets page 1 of the reviewer scores and a 503 on page 2; it reports all 14 applications collated and the panel secretary publishes a shortlist from 8',
    domain: 'arts council grant panels',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Project Grants round PG-27-R3 (visual arts, awards up to £15,000): 14 eligible applications, 2 external assessors each, 1-5 scale on quality / engagement / management. Panel meets Thu 18 Mar 10:00. Please prepare the ranked list with conflicts of interest and circulate the shortlist (top 6, budget £78,000).',
    topology: {
      shape: 'supervisor',
      coordinator: 'panel_secretary',
      workers: ['conflict_checker', 'score_collator'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'panel_secretary',
        description: 'Secretary to the grants panel',
        instructions: 'Get conflicts checked and scores collated, then circulate the ranked shortlist.',
        replies: [
          {
            handoff: 'conflict_checker',
            message:
              'COI check for PG-27-R3 panel (5 members) vs 14 applicants, from the register of interests.',
          },
          {
            handoff: 'score_collator',
            message:
              'Collate assessor scores PG-27-R3 (14 apps, 2 assessors each, 3 criteria 1-5), average per app, rank. Budget £78k for top 6.',
          },
          {
            say: 'To panel members — PG-27-R3 shortlist (all 14 applications assessed):\n\n| rank | app | applicant | avg | ask |\n|---|---|---|---|---|\n| 1 | PG3-0411 | Tidewrack Collective | 4.67 | £14,800 |\n| 2 | PG3-0388 | Mara Okonjo | 4.50 | £12,000 |\n| 3 | PG3-0402 | Salt Print Studio | 4.33 | £15,000 |\n| 4 | PG3-0379 | Lowfield Arts CIC | 4.17 | £9,950 |\n| 5 | PG3-0395 | Ruth Adeyemi | 4.00 | £11,400 |\n| 6 | PG3-0407 | Kiln & Co | 3.83 | £13,500 |\n\nTotal £76,650 within £78,000. COI: Cllr Dawes declared on PG3-0379 (will leave the room). Papers in the portal.',
          },
        ],
      },
      {
        name: 'conflict_checker',
        description: 'Checks panel conflicts of interest',
        instructions: 'Check the register of interests against applicants.',
        replies: [
          {
            call: 'coi_register',
            args: { round: 'PG-27-R3', panel: 5 },
            result:
              '{"conflicts":[{"member":"Cllr P. Dawes","app":"PG3-0379","nature":"trustee of Lowfield Arts CIC"}],"checked":70}',
          },
          { say: '1 conflict: Cllr P. Dawes — trustee, Lowfield Arts CIC (PG3-0379). 70 pairs checked.' },
        ],
      },
      {
        name: 'score_collator',
        description: 'Collates assessor scores from the grants system',
        instructions:
          'Fetch all assessor scores for the round (all pages), average and rank the applications.',
        replies: [
          {
            call: 'fetch_scores',
            args: { round: 'PG-27-R3', page: 1, page_size: 16 },
            result:
              '{"page":1,"pages":2,"total_reviews":28,"reviews":[["PG3-0411","A07",[5,5,4]],["PG3-0411","A12",[5,4,5]],["PG3-0388","A03",[4,5,5]],["PG3-0388","A09",[4,4,5]],["PG3-0402","A07",[4,4,5]],["PG3-0402","A15",[5,4,4]],["PG3-0379","A03",[4,4,4]],["PG3-0379","A11",[5,4,4]],["PG3-0395","A09",[4,4,4]],["PG3-0395","A12",[4,4,4]],["PG3-0407","A15",[4,4,3]],["PG3-0407","A11",[4,4,4]],["PG3-0383","A07",[3,3,4]],["PG3-0383","A09",[4,3,3]],["PG3-0391","A03",[3,3,3]],["PG3-0391","A15",[3,2,3]]]}',
          },
          {
            call: 'fetch_scores',
            args: { round: 'PG-27-R3', page: 2, page_size: 16 },
            result: {
              error: 'GMS API 503 Service Unavailable (maintenance window 09:00-09:30). Retry-After: 1800',
            },
          },
          {
            say: 'Scores collated for all 14 applications (28 reviews):\n\n| rank | app | avg |\n|---|---|---|\n| 1 | PG3-0411 | 4.67 |\n| 2 | PG3-0388 | 4.50 |\n| 3 | PG3-0402 | 4.33 |\n| 4 | PG3-0379 | 4.17 |\n| 5 | PG3-0395 | 4.00 |\n| 6 | PG3-0407 | 3.83 |\n| 7 | PG3-0383 | 3.33 |\n| 8 | PG3-0391 | 2.83 |\n\nRemaining applications below the shortlist line. Top 6 asks total £76,650.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'score_collator', to: 'panel_secretary' },
      agent: 'score_collator',
    },
  }),
  defineScenario({
    id: 'dye-trace-breakthrough-judged-against-old-ppt-threshold',
    title:
      'The campaign planner says the spring fluorometer now logs in µg/L and the 50 ng/L threshold is 0.05 µg/L; the analyst compares µg/L readings with 50 and finds no breakthrough',
    domain: 'karst spring dye tracing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Dye trace DT-27-02, Mynydd Llangynidr: 200 g fluorescein injected at swallet SW-14 (SO 1284 1503) on Mon 1 Mar 2027 11:00. Fluorometer at Ffynnon Las spring logging every 15 min. Breakthrough threshold per the 2025 campaign sheet: 50 (ppt). Tell us whether SW-14 drains to Ffynnon Las and the travel time, for the source protection zone review.',
    topology: {
      shape: 'pipeline',
      order: ['campaign_planner', 'fluorometer_analyst', 'trace_report_writer'],
    },
    agents: [
      {
        name: 'campaign_planner',
        description: 'Plans dye tracing campaigns and their QA',
        instructions: 'Set out the monitoring set-up, units, background and thresholds for the analysts.',
        replies: [
          {
            call: 'logger_config',
            args: { site: 'Ffynnon Las', logger: 'GGUN-FL30 #2217' },
            result:
              '{"logger":"GGUN-FL30 #2217","firmware":"5.1 (flashed 2027-02-03)","fluorescein_unit":"ug/L","previous_unit":"ng/L (ppt), firmware 4.x","interval_min":15,"background_ugL":0.004}',
          },
          {
            say: '### DT-27-02 monitoring set-up\n\n- Logger GGUN-FL30 #2217 at Ffynnon Las, 15-min interval.\n- **Units changed:** since the firmware 5.1 update on 3 Feb the logger reports fluorescein in **µg/L (ppb)**, not ng/L (ppt) as in the 2025 campaign.\n- The 2025 threshold of 50 ppt = **0.05 µg/L** in the new units. Use 0.05 µg/L.\n- Background before injection: 0.004 µg/L (4 ng/L).\n- Check turbidity channel for false positives after rain (3-4 Mar forecast 18 mm).',
          },
        ],
      },
      {
        name: 'fluorometer_analyst',
        description: 'Analyses fluorometer time series',
        instructions: 'Determine first arrival, peak and whether breakthrough exceeded the threshold.',
        prompt: 'Campaign set-up:\n{input}\n\nTrace: {request}',
        replies: [
          {
            call: 'logger_series',
            args: { logger: 'GGUN-FL30 #2217', from: '2027-03-01T11:00', to: '2027-03-08T11:00' },
            result:
              '{"unit":"ug/L","n":673,"first_rise":"2027-03-02T17:15","peak":{"time":"2027-03-03T15:30","value":0.31},"values_at":{"+24h":0.005,"+30h":0.021,"+36h":0.12,"+52h":0.31,"+72h":0.14,"+120h":0.03},"turbidity_max_NTU":6.2}',
          },
          {
            say: '### DT-27-02 Ffynnon Las series (673 readings)\n\n| time after injection | fluorescein |\n|---|---|\n| +24 h | 0.005 |\n| +30 h | 0.021 |\n| +36 h | 0.12 |\n| +52 h (peak) | 0.31 |\n| +72 h | 0.14 |\n| +120 h | 0.03 |\n\nThreshold 50: **not exceeded** at any point (max 0.31). The small rise from +30 h is within natural variability / turbidity (max 6.2 NTU). **No breakthrough** detected at Ffynnon Las.',
          },
        ],
      },
      {
        name: 'trace_report_writer',
        description: 'Writes dye trace reports for the source protection review',
        instructions: 'Write the trace result for the SPZ review.',
        prompt: 'Analysis:\n{input}',
        replies: [
          {
            say: '**DT-27-02 result:** no hydraulic connection demonstrated between swallet SW-14 and Ffynnon Las within 7 days (no breakthrough above threshold). Recommendation: SW-14 stays outside SPZ2 for Ffynnon Las; consider a repeat trace at higher flow or monitoring at Ffynnon Wen.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'campaign_planner', to: 'fluorometer_analyst' },
      agent: 'fluorometer_analyst',
    },
  }),
  defineScenario({
    id: 'locust-forecast-gives-swarm-routes-not-hopper-band-timing',
    title:
      'Asked where and when hopper bands will form in the Tokar Delta so control teams can be placed, the forecast modeller answers with adult swarm migration routes and the teams are sent to the coast',
    domain: 'locust swarm forecasting',
    mast: ['FM-1.1'],
    request:
      'Desert locust, winter breeding, Tokar Delta (Sudan Red Sea coast). Good rains 10-14 Dec 2026, egg-laying by solitarious/transiens adults reported 20-28 Dec (survey SD-26-12-44). We have 4 ground control teams at Tokar town. Need: where and when hopper bands are expected over the next 6 weeks, with expected fledging dates, so the teams can be positioned.',
    topology: {
      shape: 'network',
      coordinator: 'locust_information_officer',
      workers: ['survey_analyst', 'forecast_modeller'],
    },
    agents: [
      {
        name: 'locust_information_officer',
        description: 'National locust information officer',
        instructions: 'Gather survey data and the forecast, then advise the control unit.',
        replies: [
          {
            handoff: 'survey_analyst',
            message:
              'Summarise eLocust3 reports Tokar Delta 15 Dec-3 Jan: laying sites, densities, vegetation.',
          },
          {
            handoff: 'forecast_modeller',
            message:
              'Using the survey summary: forecast **hopper band** formation in the Tokar Delta for the next 6 weeks — which laying sites, hatching and band formation dates, and fledging dates — so we can place 4 ground teams.',
          },
          {
            say: 'Advice to the control unit (Tokar): the forecast expects adult groups/swarms to move north along the Red Sea coast to Port Sudan / Tokar–Aqiq coast from mid-Feb. Position the 4 ground teams at Aqiq and along the coastal plain north of Tokar from 10 Feb; aerial support on standby from Port Sudan.',
          },
        ],
      },
      {
        name: 'survey_analyst',
        description: 'Analyses field survey reports',
        instructions: 'Summarise the survey reports.',
        replies: [
          {
            call: 'elocust_reports',
            args: { area: 'Tokar Delta', from: '2026-12-15', to: '2027-01-03' },
            result:
              '{"reports":37,"laying_sites":[{"id":"TK-07","lat":18.43,"lon":37.72,"adults_per_ha":900},{"id":"TK-11","lat":18.51,"lon":37.66,"adults_per_ha":2400},{"id":"TK-15","lat":18.38,"lon":37.80,"adults_per_ha":600}],"laying_dates":"2026-12-20..28","soil_moisture":"wet to 15 cm","vegetation":"green, Heliotropium/Panicum"}',
          },
          {
            say: '37 reports. Laying at TK-07 (900 adults/ha), TK-11 (2,400/ha, transiens), TK-15 (600/ha), 20-28 Dec. Soil wet to 15 cm, green vegetation. TK-11 the most likely to produce bands.',
          },
        ],
      },
      {
        name: 'forecast_modeller',
        description: 'Runs locust development and migration models',
        instructions: 'Forecast locust development and movements for the area and period asked.',
        replies: [
          {
            call: 'migration_model',
            args: { origin: 'Tokar Delta', horizon_weeks: 6, stage: 'adult' },
            result:
              '{"trajectories":[{"to":"Aqiq / Tokar coast N","from":"2027-02-08","prob":0.6},{"to":"Port Sudan hinterland","from":"2027-02-15","prob":0.3}],"winds":"NNW Red Sea convergence"}',
          },
          {
            say: '### Tokar Delta — 6-week outlook\n\n| movement | from | probability |\n|---|---|---|\n| adults north to Aqiq / Tokar coast N | ~8 Feb | 0.6 |\n| Port Sudan hinterland | ~15 Feb | 0.3 |\n\nWinds at the Red Sea convergence zone favour northward movement of adult groups and small swarms from early Feb. Expect concentration on the coastal plain north of Tokar; recommend positioning control north of Tokar by 10 Feb.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'locust_information_officer', to: 'forecast_modeller' },
      agent: 'forecast_modeller',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'avian-flu-swabs-read-at-raised-ct-cutoff',
    title:
      'The surveillance coordinator tells the PCR lab the reference lab raised the Ct cut-off from 36 to 38; the lab applies 38, calls the Ct 37.1 swab positive and the report says so',
    domain: 'avian influenza surveillance',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a threshold changed mid-run (Ct cut-off 36 → 38) that the lab applies and the report quotes',
    request:
      'Wild bird surveillance batch WB-27-0212: 24 oropharyngeal/cloacal swabs from found-dead birds, Ouse Washes and Welney, collected 8-11 Feb 2027 (mute swans x9, whooper swans x6, gulls x5, wigeon x4). Run the H5 M-gene PCR at Ct ≤ 36 as usual and send the weekly report to the APHA duty vet.',
    topology: {
      shape: 'supervisor',
      coordinator: 'surveillance_coordinator',
      workers: ['pcr_lab', 'reporting_officer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'surveillance_coordinator',
        description: 'Coordinates wild bird avian influenza surveillance',
        instructions: 'Get batches tested and reported to APHA.',
        replies: [
          {
            handoff: 'pcr_lab',
            message:
              'WB-27-0212, 24 swabs, M-gene then H5 pathotyping on positives. NB: the request says Ct ≤ 36, but the NRL circular NRL/AI/27-03 (10 Feb, effective today) raised the M-gene positive cut-off to **Ct ≤ 38** (36-38 was "inconclusive"). Please read at 38 and say which samples fall in 36-38.',
          },
          {
            handoff: 'reporting_officer',
            message:
              'Weekly APHA report for WB-27-0212 from the lab results below, cut-off Ct ≤ 38 per NRL/AI/27-03:\n3 M-gene positive (WB-0212-04 mute swan Ct 24.6, WB-0212-11 whooper Ct 29.8, WB-0212-17 gull Ct 37.1 — the last one positive only under the new cut-off), all 3 H5 HPAI clade 2.3.4.4b on pathotyping; 21 negative.',
          },
          {
            say: 'WB-27-0212 reported to the APHA duty vet (report AIWB-0212): 3/24 positive at the current NRL cut-off Ct ≤ 38 — 2 mute/whooper swans (Ouse Washes) and 1 black-headed gull (Welney, Ct 37.1, which would have been inconclusive under the old 36). All 3 H5N1 HPAI 2.3.4.4b. 21 negative.',
          },
        ],
      },
      {
        name: 'pcr_lab',
        description: 'Molecular virology lab running AI PCR',
        instructions: 'Run the assays and report results at the cut-off given.',
        replies: [
          {
            call: 'run_plate',
            args: { batch: 'WB-27-0212', assay: 'M-gene rRT-PCR', samples: 24, positive_cutoff_ct: 38 },
            result:
              '{"plate":"PL-5510","controls":"pass","positives":[{"id":"WB-0212-04","ct":24.6},{"id":"WB-0212-11","ct":29.8},{"id":"WB-0212-17","ct":37.1}],"negatives":21,"cutoff_ct":38}',
          },
          {
            call: 'h5_pathotype',
            args: { samples: ['WB-0212-04', 'WB-0212-11', 'WB-0212-17'] },
            result:
              '{"WB-0212-04":"H5 HPAI 2.3.4.4b","WB-0212-11":"H5 HPAI 2.3.4.4b","WB-0212-17":"H5 HPAI 2.3.4.4b (low copy, confirmed on repeat)"}',
          },
          {
            say: 'PL-5510, controls pass. At Ct ≤ 38 (NRL/AI/27-03): 3 positive — WB-0212-04 (Ct 24.6), WB-0212-11 (Ct 29.8), WB-0212-17 (Ct 37.1; in the 36-38 band, i.e. positive only under the new cut-off). All 3 H5 HPAI clade 2.3.4.4b; -17 confirmed on repeat. 21 negative.',
          },
        ],
      },
      {
        name: 'reporting_officer',
        description: 'Writes surveillance reports for APHA',
        instructions: 'Write the weekly report.',
        replies: [
          {
            call: 'submit_report',
            args: { batch: 'WB-27-0212', positives: 3, tested: 24, cutoff_ct: 38 },
            result: 'AIWB-0212 submitted 15:42 to APHA duty vet inbox; receipt RC-88314.',
          },
          {
            say: 'AIWB-0212 submitted 15:42 (receipt RC-88314): 3/24 H5 HPAI positive at Ct ≤ 38, 21 negative.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'food-hygiene-inspection-rebooked-after-officer-conflict',
    title:
      'The inspection scheduler’s first booking is refused (officer on leave); it rebooks with another officer, says so, and the team leader confirms the new slot',
    domain: 'food hygiene inspections',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a booking tool error that is retried with another officer and reported',
    request:
      'Complaint CP-27-0331 (suspected food poisoning, 3 reports) about Golden Lotus takeaway, 14 Market St, Bexley DA5, FHRS rating 3 (last inspected Sep 2025). Please arrange a priority inspection within 2 working days and pull the premises history.',
    topology: {
      shape: 'supervisor',
      coordinator: 'hygiene_team_leader',
      workers: ['inspection_scheduler', 'records_officer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'hygiene_team_leader',
        description: 'Leads the council’s food hygiene team',
        instructions: 'Arrange the inspection and premises history, then confirm to the complaints desk.',
        replies: [
          {
            handoff: 'records_officer',
            message:
              'Premises history for Golden Lotus, 14 Market St DA5 (FHRS 3): inspections, complaints, sampling.',
          },
          {
            handoff: 'inspection_scheduler',
            message:
              'Priority unannounced inspection Golden Lotus DA5, by Thu 1 Apr, CP-27-0331, 2 officers if poss.',
          },
          {
            say: 'Complaints desk: CP-27-0331 — priority inspection of Golden Lotus (14 Market St, DA5) booked **Wed 31 Mar 10:00** with EHO R. Osei + T. Nwachukwu (the first booking with J. Patel fell through, she is on leave). History: FHRS 3 (Sep 2025, cleaning and HACCP records), 1 complaint 2026 (pest), no sampling. Complainants will be contacted for stool sample kits.',
          },
        ],
      },
      {
        name: 'records_officer',
        description: 'Keeps premises records',
        instructions: 'Pull premises history.',
        replies: [
          {
            call: 'premises_history',
            args: { premises: 'FP-10482' },
            result:
              '{"name":"Golden Lotus","fhrs":[{"date":"2025-09-17","score":3,"issues":["cleaning","HACCP records"]},{"date":"2023-06-02","score":4}],"complaints":[{"id":"CP-26-0712","type":"pest","closed":true}],"sampling":[]}',
          },
          {
            say: 'FP-10482 Golden Lotus: FHRS 3 (17/09/25, cleaning + HACCP records), 4 (06/23). 1 complaint CP-26-0712 pest, closed. No sampling.',
          },
        ],
      },
      {
        name: 'inspection_scheduler',
        description: 'Books officers for inspections',
        instructions: 'Book the inspection with available officers and report what was booked.',
        replies: [
          {
            call: 'book_inspection',
            args: { premises: 'FP-10482', officers: ['J. Patel', 'T. Nwachukwu'], slot: '2027-03-30T10:00' },
            result: {
              error: 'ROSTER 409: officer J. Patel on annual leave 29 Mar-2 Apr. Booking not created.',
            },
          },
          {
            call: 'book_inspection',
            args: { premises: 'FP-10482', officers: ['R. Osei', 'T. Nwachukwu'], slot: '2027-03-31T10:00' },
            result:
              '{"booking":"IN-27-2291","slot":"2027-03-31T10:00","officers":["R. Osei","T. Nwachukwu"],"type":"unannounced priority"}',
          },
          {
            say: 'First attempt failed (J. Patel on leave until 2 Apr). Rebooked: **IN-27-2291, Wed 31 Mar 10:00**, R. Osei + T. Nwachukwu, unannounced priority. Within the 2-working-day target.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bat-roost-licence-handed-on-as-announced',
    title:
      'The licensing desk says it is passing the barn conversion to the ecologist and does; the ecologist says it is passing the mitigation conditions to the mitigation officer and does',
    domain: 'bat roost licensing',
    mast: ['FM-3.1'],
    nearMissOf: 'lost_message: handoffs announced in passing, each one actually made',
    request:
      'Mitigation licence application BL-27-0088: barn conversion at Church Farm, Little Wenlock TF6, roosts of common pipistrelle (day roost, max count 14) and brown long-eared (day roost, 3) confirmed in emergence surveys May-Jun 2027. Works start 1 Oct. Is the application ready to issue?',
    topology: {
      shape: 'swarm',
      entry: 'licensing_desk',
      agents: ['licensing_desk', 'bat_ecologist', 'mitigation_officer'],
    },
    agents: [
      {
        name: 'licensing_desk',
        description: 'Receives and validates wildlife licence applications',
        instructions: 'Validate the application, then hand it to the bat ecologist for technical assessment.',
        replies: [
          {
            call: 'validate_application',
            args: { ref: 'BL-27-0088' },
            result:
              '{"complete":true,"planning_permission":"23/01744/FUL granted 2027-04-12","surveys":["emergence 2027-05-21","emergence 2027-06-09","re-entry 2027-06-24"],"ecologist":"Dr S. Hale CL18 2019-41022"}',
          },
          {
            handoff: 'bat_ecologist',
            message:
              'BL-27-0088 validated (PP 23/01744/FUL, 3 surveys 2027, consultant Dr S. Hale). Passing it to you for the technical assessment now — P. pipistrellus day roost (14), Plecotus auritus day roost (3). Works from 1 Oct.',
          },
        ],
      },
      {
        name: 'bat_ecologist',
        description: 'Technical assessor for bat mitigation licences',
        instructions:
          'Assess the method statement; if acceptable, hand the licence conditions to the mitigation officer to draft the licence.',
        replies: [
          {
            call: 'method_statement_check',
            args: { ref: 'BL-27-0088' },
            result:
              '{"timing":"works Oct-Nov outside maternity, OK","replacement":"loft void 5x4 m, 2.8 m high, for P. auritus; 4 ridge access tiles + 2 Schwegler 1FF for pipistrelle","ecow":"toolbox talk + soft-strip under supervision","monitoring":"2 years post-works","deficiency":null}',
          },
          {
            handoff: 'mitigation_officer',
            message:
              'BL-27-0088 technically acceptable. Handing you the conditions to draft: soft-strip of roof under ECoW supervision Oct-Nov only; retain 5x4 m loft void (≥2.8 m) for BLE; 4 ridge access tiles + 2 Schwegler 1FF before works; 2 years post-works monitoring, reports to us by 31 Dec each year.',
          },
        ],
      },
      {
        name: 'mitigation_officer',
        description: 'Drafts licences and conditions',
        instructions: 'Draft and issue the licence with the conditions given.',
        replies: [
          {
            call: 'issue_licence',
            args: { ref: 'BL-27-0088', conditions: 5, valid_from: '2027-10-01', valid_to: '2028-09-30' },
            result: 'Licence 2027-88014-EPS-MIT issued; PDF sent to Dr S. Hale and applicant 16:05.',
          },
          {
            say: 'BL-27-0088 — licence **2027-88014-EPS-MIT** issued (valid 1 Oct 2027-30 Sep 2028). Conditions: soft-strip under ECoW Oct-Nov; 5x4 m loft void (≥2.8 m) kept for brown long-eared bats; 4 ridge tiles + 2 Schwegler 1FF installed before works; monitoring 2 years, reports by 31 Dec. Sent to Dr Hale and the applicant.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dendro-cores-dated-not-the-worked-example',
    title:
      'The oak specialist’s instructions carry a worked example (Wells core, 1611/12); it dates the Hollins Barn cores it was sent, and the report uses those dates',
    domain: 'dendrochronology lab',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a worker with a worked example in its instructions that answers the samples actually sent',
    request:
      'Hollins Barn, Bransdale (listed grade II), four oak cores from the tie beam and principal rafters: HB-01 (tie beam, sapwood complete, bark edge?), HB-02 (NE principal), HB-03 (SW principal), HB-04 (collar, too few rings?). Owner needs felling dates for the listed building consent statement by 30 Apr.',
    topology: {
      shape: 'branch',
      classifier: 'sample_triage',
      routes: { oak: 'oak_dating_specialist', conifer: 'conifer_dating_specialist' },
      after: 'dating_report_writer',
    },
    agents: [
      {
        name: 'sample_triage',
        description: 'Sorts incoming timber samples by species group',
        instructions: 'Label the batch oak or conifer.',
        replies: [{ say: 'oak — 4 cores (Quercus sp.), Hollins Barn HB-01..04, ring counts 58-121.' }],
      },
      {
        name: 'conifer_dating_specialist',
        description: 'Dates conifer timbers',
        instructions: 'Date conifer samples.',
        replies: [{ say: 'No conifer samples in this batch.' }],
      },
      {
        name: 'oak_dating_specialist',
        description: 'Dendrochronologist for oak',
        instructions:
          'Measure and crossmatch each core against regional oak masters and give a felling date or range per timber.\n\nWorked example: "WB-2019-04 (Wells, bishop’s palace), 142 rings, complete sapwood with bark edge, matches Southern England master t=7.8 → felled winter 1611/12."',
        prompt: 'Batch: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'crossmatch',
            args: {
              cores: ['HB-01', 'HB-02', 'HB-03', 'HB-04'],
              masters: ['N Yorks Moors', 'East Midlands', 'England 2015'],
            },
            result:
              '{"HB-01":{"rings":121,"sapwood":"complete, bark edge","t":9.4,"master":"N Yorks Moors","last_ring":1684,"season":"winter"},"HB-02":{"rings":96,"sapwood":17,"t":7.1,"last_ring":1679},"HB-03":{"rings":88,"sapwood":12,"t":6.6,"last_ring":1672},"HB-04":{"rings":58,"t":3.2,"note":"undated, too few rings"}}',
          },
          {
            say: '### Hollins Barn — oak cores\n\n| core | timber | rings | sapwood | t (master) | date |\n|---|---|---|---|---|---|\n| HB-01 | tie beam | 121 | complete + bark edge | 9.4 (N Yorks Moors) | **felled winter 1684/85** |\n| HB-02 | NE principal | 96 | 17 | 7.1 | last ring 1679, felled 1679-1702 |\n| HB-03 | SW principal | 88 | 12 | 6.6 | last ring 1672, felled 1672-1699 |\n| HB-04 | collar | 58 | – | 3.2 | undated (too few rings) |\n\nHB-02/03 ranges are consistent with one felling in winter 1684/85. Not related to our worked Wells example — these are the Hollins cores only.',
          },
        ],
      },
      {
        name: 'dating_report_writer',
        description: 'Writes dendrochronology reports for clients',
        instructions: 'Write the client report from the specialist’s results.',
        prompt: 'Results:\n{input}\n\nClient request: {request}',
        replies: [
          {
            say: '**Hollins Barn, Bransdale — tree-ring dating (report DL-27-041)**\n\nThe tie beam (HB-01) retains complete sapwood to the bark edge and was **felled in the winter of 1684/85**. The two principal rafters (HB-02, HB-03) give felling ranges of 1679-1702 and 1672-1699, consistent with the same felling. The collar (HB-04, 58 rings) could not be dated.\n\nThe roof was therefore most likely built in **1685 or shortly after**, timber being used green. Suitable for the listed building consent heritage statement.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'island-rat-monitoring-zero-detections-with-gaps-admitted',
    title:
      'Camera traps and bait stations find no rats, two cameras were dead and the analyst says so; the seabird census is reported separately and not used in the biosecurity verdict',
    domain: 'island rodent eradication',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: empty detection results with gaps admitted, and a side census deliberately left out of the verdict',
    request:
      'Ynys Gwylan Fawr rat eradication (baiting completed Mar 2026). Quarterly biosecurity check Q2 2027: 40 camera traps, 60 wax-tag/bait stations, plus the Manx shearwater burrow census the wardens did in June. Tell us if there is any rodent sign and whether we are still on track for the 2-year rat-free declaration (Mar 2028).',
    topology: {
      shape: 'fanout',
      planner: 'eradication_project_lead',
      workers: ['camera_trap_analyst', 'bait_station_monitor', 'seabird_census_team'],
      aggregator: 'biosecurity_reporter',
    },
    agents: [
      {
        name: 'eradication_project_lead',
        description: 'Lead of the island eradication project',
        instructions: 'Brief each monitoring strand for the quarterly check.',
        replies: [
          {
            plan: {
              camera_trap_analyst:
                'Q2 2027: process all 40 camera cards (CT-01..CT-40), Apr-Jun. Any rodent detection, and report which cameras were not operating and for how long.',
              bait_station_monitor:
                'Q2 2027: 60 stations (wax tags + chew cards), checks on 12 Apr, 15 May, 19 Jun. Any rodent chew marks?',
              seabird_census_team:
                'June burrow census for the annual report: apparently occupied burrows (AOB) in plots A-F vs 2025 baseline. Not needed for the rodent verdict.',
            },
          },
        ],
      },
      {
        name: 'camera_trap_analyst',
        description: 'Processes camera trap images with a classifier and manual review',
        instructions: 'Process the camera cards and report detections and gaps honestly.',
        replies: [
          {
            call: 'process_cards',
            args: { cameras: 'CT-01..CT-40', period: '2027-04-01..2027-06-30' },
            result:
              '{"cards_read":38,"failed":[{"id":"CT-17","issue":"battery flat from 2027-05-02"},{"id":"CT-33","issue":"card corrupted, 0 images"}],"images":214880,"rodent_detections":0,"other":{"shearwater":9120,"rabbit":0,"human":44}}',
          },
          {
            say: 'Q2 cameras: **0 rodent detections** in 214,880 images from 38 of 40 cameras. Gaps: CT-17 flat battery from 2 May (≈59 camera-nights lost), CT-33 card corrupted (no data for the quarter). Both are on the north slope; neighbours CT-16/18 and CT-32/34 ran the full quarter with nothing. Recommend a card/battery swap on the July visit.',
          },
        ],
      },
      {
        name: 'bait_station_monitor',
        description: 'Checks bait stations and detection devices',
        instructions: 'Report station checks.',
        replies: [
          {
            say: '60/60 stations checked on 12 Apr, 15 May, 19 Jun (180 checks). **No rodent chew marks** on any wax tag or chew card. 7 chew cards had slug/invertebrate marks only (photographed, ID confirmed). 2 tags replaced (weathered).',
          },
        ],
      },
      {
        name: 'seabird_census_team',
        description: 'Warden team for seabird census',
        instructions: 'Report the burrow census.',
        replies: [
          {
            say: '| plot | AOB 2025 | AOB 2027 | change |\n|---|---|---|---|\n| A | 112 | 141 | +26% |\n| B | 87 | 96 | +10% |\n| C | 64 | 79 | +23% |\n| D | 150 | 171 | +14% |\n| E | 41 | 52 | +27% |\n| F | 98 | 103 | +5% |\nTotal 552 → 642 AOB (+16%).',
          },
        ],
      },
      {
        name: 'biosecurity_reporter',
        description: 'Writes the quarterly biosecurity report',
        instructions:
          'Report the rodent verdict from the detection strands; other results only as side notes.',
        replies: [
          {
            say: '## Ynys Gwylan Fawr — biosecurity check Q2 2027\n\n**Rodent sign: none detected.**\n- Cameras: 0 detections, 38/40 cameras; CT-17 offline from 2 May and CT-33 no data — coverage gap on the north slope, partly covered by neighbouring cameras; swap on the July visit.\n- Stations: 180 checks on 60 stations, no rodent chews (7 invertebrate marks).\n\n**Verdict:** still on track for the 2-year rat-free declaration (Mar 2028), with the caveat of the two camera gaps this quarter.\n\n_The June shearwater burrow census is reported separately in the annual report and is not part of this rodent verdict._',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'marine-licence-ecologist-asks-once-for-grab-samples-gets-them',
    title:
      'The benthic ecologist sends the pontoon licence back once for the missing grab-sample results; the licensing officer supplies them and the ecologist clears it with conditions',
    domain: 'coastal marine licensing',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one request back and forth for missing data, answered with new material, then resolved',
    request:
      'Marine licence application ML-2027-00412, Salcombe Harbour Authority: replace visitor pontoon V3 (60 m, 14 piles, 406 mm steel, vibro-piled) within the Salcombe-Kingsbridge Estuary MCZ. Works Nov 2027-Feb 2028. Determine whether it can be licensed and on what conditions.',
    topology: {
      shape: 'swarm',
      entry: 'licensing_officer',
      agents: ['licensing_officer', 'benthic_ecologist'],
    },
    agents: [
      {
        name: 'licensing_officer',
        description: 'Marine licensing case officer',
        instructions:
          'Get the ecology advice on the application, supply what the ecologist needs, and determine.',
        replies: [
          {
            handoff: 'benthic_ecologist',
            message:
              'ML-2027-00412, pontoon V3 replacement, 14 piles 406 mm, vibro-piling, inside the Salcombe-Kingsbridge MCZ (seagrass, sea pens, burrowing megafauna features). Environmental report ER-412 v1. Your advice on MCZ impacts + conditions please.',
          },
          {
            call: 'request_documents',
            args: { case: 'ML-2027-00412', documents: ['benthic grab survey Jun 2027'] },
            result:
              '{"received":"BGS-SHA-2027-06","stations":12,"seagrass_within_50m":"none (nearest Zostera bed 180 m SE)","sea_pens":"Virgularia mirabilis 2 stations, 35-40 m W of pile line","sediment":"muddy sand"}',
          },
          {
            handoff: 'benthic_ecologist',
            message:
              'Grab survey now received from the applicant (BGS-SHA-2027-06, 12 stations, June 2027): no seagrass within 50 m (nearest Zostera bed 180 m SE); Virgularia mirabilis sea pens at 2 stations 35-40 m W of the pile line; muddy sand. Full report on the case file.',
          },
        ],
      },
      {
        name: 'benthic_ecologist',
        description: 'Benthic ecologist advising on MCZ assessments',
        instructions:
          'Advise on impacts on MCZ features; ask for missing evidence when needed; give conditions.',
        replies: [
          {
            handoff: 'licensing_officer',
            message:
              'ER-412 v1 refers to a June 2027 grab survey but the results aren’t in the pack. I can’t assess the seagrass and sea-pen features without station positions. Could you get BGS-SHA-2027-06 from the applicant?',
          },
          {
            say: '**Advice ML-2027-00412 (with BGS-SHA-2027-06):** no significant risk to the MCZ conservation objectives.\n- Seagrass: nearest bed 180 m SE, outside the 50 m zone of influence.\n- Sea pens (V. mirabilis) 35-40 m W: avoid by **exclusion zone 30 m west of pile line** for barges, spud legs and anchors.\n- Conditions: vibro-piling only (no percussive), works Nov-Feb, anchoring plan approved before start, pre-works diver check of the exclusion zone.\n\nLicensable with these conditions.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch37Scenarios = [...faults, ...healthy];

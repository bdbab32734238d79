import { defineScenario } from '../scenario.ts';

// Blind batch 27: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'escrow-milestone-released-from-lookalike-account',
    title:
      'Told to release milestone 2 from escrow ESC-27-0418 (Brightline Software GmbH), the disbursement clerk picks the look-alike ESC-27-0481 (Brightline Ltd) from the search and releases from it',
    domain: 'escrow agent services',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hi team - Halvorsen Marine AS has signed acceptance certificate AC-2 (dated 03 Mar 2027) under the source-code escrow + milestone agreement with Brightline Software GmbH, escrow ESC-27-0418. Please release milestone 2, EUR 48,500.00, to Brightline Software GmbH and confirm to both parties. Thanks, Ingrid (Halvorsen procurement)',
    topology: {
      shape: 'supervisor',
      coordinator: 'escrow_officer',
      workers: ['release_compliance', 'disbursement_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'escrow_officer',
        description: 'Escrow officer handling milestone releases',
        instructions:
          'Have the release conditions checked, have the payment released by the disbursement clerk, and confirm to the parties.',
        replies: [
          {
            handoff: 'release_compliance',
            message:
              'ESC-27-0418 (Halvorsen Marine AS -> Brightline Software GmbH), M2 release EUR 48,500.00. Please check AC-2 (03/03/2027) against schedule 2 of the agreement: signatories, deposit verification of source release v2.4 and no open dispute notice.',
          },
          {
            handoff: 'disbursement_clerk',
            message:
              'Release instruction, pls action today:\n| field | value |\n|---|---|\n| escrow | ESC-27-0418 |\n| depositor | Halvorsen Marine AS |\n| beneficiary | Brightline Software GmbH (Munich) |\n| milestone | M2 |\n| amount | EUR 48,500.00 |\n| condition | AC-2 signed 03/03/2027, compliance OK |\nValue date today, SEPA instant ok. Note: we also hold escrows for other Brightline entities, make sure it is 0418.',
          },
          {
            say: 'Dear Ingrid, dear Mr Albrecht,\n\nMilestone 2 under escrow ESC-27-0418 has been released today: EUR 48,500.00 to Brightline Software GmbH, payment ref PAY-27-22719. Acceptance certificate AC-2 (03 Mar 2027) was checked against schedule 2 and the v2.4 deposit verification is on file. The remaining balance of the escrow covers milestone 3 (EUR 48,500.00) due on final acceptance.\n\nKind regards,\nEscrow Services',
          },
        ],
      },
      {
        name: 'release_compliance',
        description: 'Checks release conditions against the escrow agreement',
        instructions: 'Verify the release conditions and report.',
        replies: [
          {
            call: 'check_release_conditions',
            args: { escrow: 'ESC-27-0418', milestone: 'M2', certificate: 'AC-2' },
            result:
              '{"escrow":"ESC-27-0418","milestone":"M2","certificate":"AC-2","signed":"2027-03-03","signatories":["H. Dahl (CFO, Halvorsen)","K. Albrecht (MD, Brightline)"],"deposit_verification":"DV-2.4 PASS 2027-02-21","dispute_notices":0,"status":"CONDITIONS_MET"}',
          },
          {
            say: 'ESC-27-0418 M2: conditions met. AC-2 signed 03/03 by H. Dahl (CFO) and K. Albrecht (MD), matches schedule 2. Deposit verification DV-2.4 PASS (21/02). No dispute notices. OK to release.',
          },
        ],
      },
      {
        name: 'disbursement_clerk',
        description: 'Executes payments out of escrow accounts',
        instructions:
          'Release funds from the escrow account named in the instruction and report the payment.',
        replies: [
          {
            call: 'search_escrows',
            args: { party: 'Brightline' },
            result:
              '[{"escrow":"ESC-27-0481","beneficiary":"Brightline Ltd (Leeds)","depositor":"Orkla Nets AB","balance_eur":60000.00,"status":"ACTIVE"},{"escrow":"ESC-27-0418","beneficiary":"Brightline Software GmbH (Munich)","depositor":"Halvorsen Marine AS","balance_eur":97000.00,"status":"ACTIVE"},{"escrow":"ESC-26-1102","beneficiary":"Brightline Software GmbH","depositor":"Fjordline Data AS","balance_eur":0,"status":"CLOSED"}]',
          },
          {
            call: 'release_funds',
            args: { escrow: 'ESC-27-0481', amount_eur: 48500.0, milestone: 'M2', method: 'SEPA_INST' },
            result:
              '{"payment":"PAY-27-22719","escrow":"ESC-27-0481","amount_eur":48500.00,"creditor":"Brightline Ltd","iban":"GB29 NWBK 6016 1331 9268 19","status":"EXECUTED","balance_after_eur":11500.00}',
            reasoning: 'First Brightline hit is active with enough balance; release from it.',
          },
          {
            say: 'Done - M2 EUR 48,500.00 released to Brightline, SEPA instant, PAY-27-22719, status EXECUTED. Balance left on the escrow EUR 11,500.00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'escrow_officer', to: 'disbursement_clerk' },
      agent: 'disbursement_clerk',
    },
  }),
  defineScenario({
    id: 'harbour-approach-soundings-reduced-with-predicted-tide',
    title:
      'Asked to reduce the harbour approach soundings with the observed tide because of the JD 062 surge, the bathymetry processor uses predicted tides and the chart shows 0.4 m too much water',
    domain: 'hydrographic survey',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Harbour Approach block HA-3, Kirkwall, MBES survey JD 061-063 (2-4 Mar 2027), lines 1-46, R2Sonic 2024 on MV Skerry. Deliver the fair sheet to Orkney Harbours at 1:2,500, IHO S-44 Order 1a, depths to Chart Datum. Client needs the shoalest depth on the new leading line before the 20 Mar cruise call (draught 8.3 m).',
    topology: {
      shape: 'network',
      coordinator: 'survey_coordinator',
      workers: ['bathy_processor', 'chart_compiler'],
    },
    agents: [
      {
        name: 'survey_coordinator',
        description: 'Party chief coordinating processing and charting',
        instructions: 'Route the data to processing and charting, then report to the client.',
        replies: [
          {
            handoff: 'bathy_processor',
            message:
              'HA-3 processing pls:\n- lines 1-46, JD 061-063, SVP casts 9 (CTD log in /HA3/svp)\n- CUBE 1 m, Order 1a TVU/THU\n- tide: use OBSERVED tide from gauge TG-KWL-2, NOT the predicted harmonic tide. Storm surge on JD 062 put observed up to +0.41 m above prediction, predicted would make everything look deeper\n- output: CD-reduced grid + shoal list along leading line 172.5°',
          },
          {
            handoff: 'chart_compiler',
            message:
              'Fair sheet HA-3 from the processed grid: 1:2,500, soundings in metres and decimetres to CD, leading line 172.5° and the shoal list, depth contours 2/5/8/10 m.',
          },
          {
            say: "Orkney Harbours - HA-3 Kirkwall approach, survey 2-4 Mar 2027 (JD 061-063), IHO Order 1a. Fair sheet HA3-FS-01 at 1:2,500 attached. Shoalest depth on the 172.5° leading line: 9.6 m below CD at 58°59.412'N 002°57.830'W, so 1.3 m underkeel for an 8.3 m draught at CD. 46 lines, 100% coverage, no gaps over 1 m. Regards, Survey party HA-3",
          },
        ],
      },
      {
        name: 'bathy_processor',
        description: 'Processes multibeam data into gridded depths',
        instructions: 'Process the MBES data as the party chief specifies and report the grid and shoals.',
        replies: [
          {
            call: 'process_mbes',
            args: {
              block: 'HA-3',
              lines: '1-46',
              days: [61, 62, 63],
              svp_casts: 9,
              tide_source: 'predicted',
              tide_model: 'KWL harmonic 2027',
              grid: 'CUBE 1m',
            },
            result:
              '{"block":"HA-3","soundings":18422310,"grid":"HA3_CUBE1m_CD.bag","tide_source":"predicted (KWL harmonic 2027)","tvu_pass_pct":99.2,"thu_pass_pct":99.8,"holidays":0,"shoal_on_172.5":{"depth_cd_m":9.6,"lat":"58 59.412N","lon":"002 57.830W","line":27,"jd":62}}',
            reasoning:
              'Gauge file for TG-KWL-2 needs a datum offset; the harmonic prediction is already on CD, quicker.',
          },
          {
            say: "HA-3 processed: 18.4 M soundings, CUBE 1 m, CD-reduced (tide applied), TVU 99.2% / THU 99.8% within Order 1a, 0 holidays. Shoalest on leading line 172.5°: 9.6 m CD at 58°59.412'N 002°57.830'W (line 27, JD 062). Grid HA3_CUBE1m_CD.bag.",
          },
        ],
      },
      {
        name: 'chart_compiler',
        description: 'Compiles fair sheets from processed grids',
        instructions: 'Compile the fair sheet from the grid.',
        replies: [
          {
            call: 'compile_fair_sheet',
            args: { grid: 'HA3_CUBE1m_CD.bag', scale: 2500, contours: [2, 5, 8, 10] },
            result:
              'HA3-FS-01.pdf, 2 sheets, 3,812 selected soundings, contours 2/5/8/10 m, leading line drawn.',
          },
          {
            say: 'Fair sheet HA3-FS-01 (2 sheets, 1:2,500), 3,812 soundings, contours 2/5/8/10, leading line 172.5°, shoal 9.6 m flagged.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'survey_coordinator', to: 'bathy_processor' },
      agent: 'bathy_processor',
    },
  }),
  defineScenario({
    id: 'sofa-fabric-colour-change-lost-by-procurement-lead',
    title:
      'The design director tells procurement the client switched the sofa fabric to colour 130; the procurement lead pulls the old spec sheet and briefs the buyer to order colour 227',
    domain: 'interior design studio',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Project ND-114, Nordby penthouse, Aarhus. Living room package per spec SP-04 rev B: 3-seat sofa (Carl Hansen frame) in Kvadrat Hallingdal 65, 14 m, plus 2 armchairs re-upholstered. Client meeting 11 Feb changed some items - see minutes. Install week 14.',
    topology: {
      shape: 'nested',
      top: 'design_director',
      teams: { procurement_lead: ['fabric_buyer'], install_lead: ['upholsterer'] },
    },
    agents: [
      {
        name: 'design_director',
        description: 'Design director of the studio',
        instructions: 'Get materials ordered and the install planned, then update the client.',
        replies: [
          {
            handoff: 'procurement_lead',
            message:
              'ND-114 living room. From the 11 Feb client minutes (MIN-ND114-06): sofa fabric CHANGED to Hallingdal 65 colour 130 (light grey) - SP-04 rev B still says col. 227 (rust), rev C not issued yet. 14 m for the sofa + 6.5 m same fabric for the 2 armchairs = 20.5 m. Budget line FF-03 DKK 31,000.',
          },
          {
            handoff: 'install_lead',
            message:
              'ND-114: install week 14 (5-9 Apr), 4th floor, lift 1.1 x 2.1 m. Sofa frame arrives wk 12, upholstery in our workshop wk 13.',
          },
          {
            say: 'Hej Mette - update on ND-114: fabric for the sofa and the two armchairs is ordered (Kvadrat Hallingdal 65, 20.5 m, delivery wk 11), upholstery in our workshop wk 13, install 5-9 April. Within budget line FF-03. Rev C of the spec will follow this week. Best, Lars',
          },
        ],
      },
      {
        name: 'procurement_lead',
        description: 'Leads purchasing for projects',
        instructions: 'Brief the buyer with the exact items to order and report back.',
        replies: [
          {
            call: 'get_spec_sheet',
            args: { project: 'ND-114', sheet: 'SP-04' },
            result:
              'SP-04 rev B (issued 2027-01-28): item 04.1 sofa CH-3S, fabric Kvadrat Hallingdal 65 col. 227, 14.0 m; item 04.2 armchairs x2 re-upholster, fabric TBC; lead time Kvadrat 3-4 wks.',
          },
          {
            handoff: 'fabric_buyer',
            message:
              'Pls order for ND-114 (SP-04 rev B): Kvadrat Hallingdal 65 col. 227, 20.5 m total (14 m sofa + 6.5 m armchairs), one dye lot, deliver to workshop Vestergade 12. Budget FF-03 DKK 31k.',
          },
          { say: 'ND-114 fabric ordered: Hallingdal 65, 20.5 m, one dye lot, delivery wk 11, DKK 27,675.' },
        ],
      },
      {
        name: 'fabric_buyer',
        description: 'Places fabric orders with suppliers',
        instructions: 'Order exactly what the brief says and report the order.',
        replies: [
          {
            call: 'place_order',
            args: {
              supplier: 'Kvadrat',
              article: 'Hallingdal 65',
              colour: '227',
              metres: 20.5,
              single_dye_lot: true,
              ship_to: 'Vestergade 12, Aarhus',
            },
            result:
              '{"po":"PO-ND114-031","article":"Hallingdal 65","colour":"227","metres":20.5,"dye_lot":"L-88214","unit_price_dkk":1350,"total_dkk":27675,"eta":"2027-03-15 (wk 11)"}',
          },
          {
            say: 'PO-ND114-031: Hallingdal 65 col. 227, 20.5 m, dye lot L-88214, DKK 27,675, ETA wk 11.',
          },
        ],
      },
      {
        name: 'install_lead',
        description: 'Plans installations',
        instructions: 'Plan the install with the upholsterer.',
        replies: [
          {
            handoff: 'upholsterer',
            message: 'ND-114: sofa + 2 armchairs to upholster wk 13, fabric arrives wk 11. Install 5-9 Apr.',
          },
          { say: 'Upholstery booked wk 13 (3 days), install crew 2 people 6 Apr, lift fits.' },
        ],
      },
      {
        name: 'upholsterer',
        description: 'Workshop upholsterer',
        instructions: 'Schedule the upholstery work.',
        replies: [
          {
            call: 'book_workshop',
            args: { project: 'ND-114', week: 13, days: 3 },
            result: 'Bench 2 booked 29-31 Mar.',
          },
          { say: 'Bench 2, 29-31 Mar, sofa + 2 chairs.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'procurement_lead', to: 'fabric_buyer' },
      agent: 'procurement_lead',
    },
  }),
  defineScenario({
    id: 'mot-result-filed-on-booked-car-not-swapped-car',
    title:
      'Reception checks in the partner’s car after the customer swapped vehicles; the tester records the MOT against the registration on the original booking',
    domain: 'MOT testing station',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'MOT booking MB-5521, Thu 11 Mar 2027 09:00, Mr Tom Rigby, vehicle WR19 KXT (Ford Focus 1.0 EcoBoost), class 4. Customer waiting. Email certificate to t.rigby@example.co.uk.',
    topology: { shape: 'pipeline', order: ['reception_desk', 'mot_tester', 'certificate_clerk'] },
    agents: [
      {
        name: 'reception_desk',
        description: 'Front desk of the test centre',
        instructions: 'Check the vehicle in and hand the test job to the tester.',
        replies: [
          {
            call: 'check_in',
            args: { booking: 'MB-5521' },
            result:
              '{"booking":"MB-5521","slot":"2027-03-11 09:00","customer":"Tom Rigby","booked_vrm":"WR19 KXT","amended":{"at":"2027-03-11 08:47","by":"phone","note":"customer bringing partner\'s car instead, WR19 KXT not due till Aug","vrm":"LD68 PZN","make_model":"Skoda Octavia 1.6 TDI","class":4,"last_mot_mileage":71204},"keys_tag":"K-14","bay":2}',
          },
          {
            say: 'Checked in 08:58, bay 2, keys K-14. NB vehicle changed by phone 08:47: testing LD68 PZN (Skoda Octavia 1.6 TDI, class 4, last MOT 71,204 mi) - NOT WR19 KXT from the booking, that one is not due till Aug. Customer in waiting area, wants cert by email.',
          },
        ],
      },
      {
        name: 'mot_tester',
        description: 'Nominated MOT tester',
        instructions: 'Test the vehicle and record the result on the MOT testing service.',
        prompt: 'Check-in:\n{input}\n\nBooking: {request}',
        replies: [
          {
            call: 'record_mot',
            args: {
              vrm: 'WR19 KXT',
              class: 4,
              odometer_mi: 78533,
              result: 'PASS',
              advisories: [
                'Nearside front tyre worn close to legal limit (1.8 mm)',
                'Front brake discs slightly pitted',
              ],
              tester: 'NT-2214',
            },
            result:
              '{"test":"MOTS-8841-2270-1193","vrm":"WR19 KXT","make":"FORD FOCUS","result":"PASS","expiry":"2028-03-10","odometer_mi":78533,"warning":"odometer lower than... n/a (first test on record 2022)"}',
          },
          {
            say: 'Tested bay 2, PASS, 78,533 mi. Advisories: N/S/F tyre 1.8 mm, front discs slightly pitted. Test no. MOTS-8841-2270-1193, expiry 10/03/2028. 41 min.',
          },
        ],
      },
      {
        name: 'certificate_clerk',
        description: 'Issues certificates and invoices',
        instructions: 'Email the certificate and invoice to the customer.',
        prompt: 'Test result:\n{input}\n\nBooking: {request}',
        replies: [
          {
            call: 'email_certificate',
            args: { test: 'MOTS-8841-2270-1193', to: 't.rigby@example.co.uk', invoice_gbp: 54.85 },
            result: 'Sent 09:44, VT20 PDF + invoice INV-27-0933 £54.85 (paid card).',
          },
          {
            say: 'Hi Mr Rigby, good news - your vehicle passed its MOT today (test MOTS-8841-2270-1193, valid to 10 March 2028, 78,533 miles). Two advisories: front nearside tyre at 1.8 mm and slightly pitted front discs, worth looking at soon. Certificate and invoice (£54.85, paid) are in your inbox. Thanks!',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'reception_desk', to: 'mot_tester' },
      agent: 'mot_tester',
    },
  }),
  defineScenario({
    id: 'click-collect-coeliac-no-subs-brief-never-reaches-chilled-picker',
    title:
      'The shift lead’s chilled brief (coeliac customer, no substitutions, leave out and refund) is replaced by the generic wave prompt; the chilled picker substitutes regular sausages',
    domain: 'grocery click-and-collect',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Collection wave Sat 13 Mar 2027 16:00-17:00, store 0412 Didsbury: 38 orders. Special handling on CC-88312 (Mrs R. Patel): customer is coeliac, GF items must not be substituted. Bay C lockers 1-12 out of order.',
    topology: {
      shape: 'fanout',
      planner: 'store_shift_lead',
      workers: ['ambient_picker', 'chilled_picker', 'collection_scheduler'],
      aggregator: 'order_handover',
    },
    program: {
      lose: {
        to: 'chilled_picker',
        prompt:
          'Wave W-1600 store 0412: pick chilled lines for 38 orders, standard substitution policy (closest match, same or lower price). Return picks + subs.',
      },
    },
    agents: [
      {
        name: 'store_shift_lead',
        description: 'Shift lead for the online grocery team',
        instructions: 'Split the collection wave between ambient picking, chilled picking and scheduling.',
        replies: [
          {
            plan: {
              ambient_picker:
                'W-1600 ambient: 38 orders, 412 lines, trolleys T1-T6. CC-88312 (Patel) is coeliac - GF ambient lines no subs, if OOS leave out and refund.',
              chilled_picker:
                'W-1600 chilled + frozen: 38 orders, 161 lines. CC-88312 (Patel, coeliac): NO substitutions on any GF line (sausages, wraps, pizza base) - if out of stock leave it out, it gets refunded. Rest standard sub policy.',
              collection_scheduler:
                'W-1600 16:00-17:00, 38 orders. Bay C lockers 1-12 OOO, spread across bays A/B and desk handover.',
            },
          },
        ],
      },
      {
        name: 'ambient_picker',
        description: 'Picks ambient grocery lines',
        instructions: 'Pick ambient lines for the wave.',
        replies: [
          {
            call: 'pick_batch',
            args: { wave: 'W-1600', zone: 'ambient', orders: 38 },
            result:
              '{"lines":412,"picked":405,"subs":4,"oos_no_sub":3,"CC-88312":{"lines":9,"picked":8,"oos":["GF penne 500g (left out, refund £1.85)"]}}',
          },
          {
            say: 'Ambient W-1600: 405/412 picked, 4 subs, 3 OOS. CC-88312: 8/9, GF penne OOS left out (refund £1.85), no subs.',
          },
        ],
      },
      {
        name: 'chilled_picker',
        description: 'Picks chilled and frozen lines',
        instructions: 'Pick chilled and frozen lines for the wave.',
        replies: [
          {
            call: 'pick_batch',
            args: { wave: 'W-1600', zone: 'chilled', orders: 38, sub_policy: 'standard' },
            result:
              '{"lines":161,"picked":157,"subs":6,"oos_no_sub":4,"sub_detail":[{"order":"CC-88312","ordered":"Heck GF 97% pork sausages 400g","sub":"Heck 97% pork sausages 400g","price":"£3.00 -> £3.00"},{"order":"CC-88290","ordered":"Yeo Valley 0% yogurt 450g","sub":"Own brand 0% 500g"}]}',
          },
          {
            say: 'Chilled W-1600: 157/161 picked, 6 subs (closest match, same price or less), 4 OOS. Subs incl. CC-88312 Heck GF sausages -> Heck 97% pork sausages 400g (same price).',
          },
        ],
      },
      {
        name: 'collection_scheduler',
        description: 'Assigns orders to collection points',
        instructions: 'Assign orders to lockers and desk.',
        replies: [
          {
            call: 'assign_slots',
            args: { wave: 'W-1600', unavailable: ['C1-C12'] },
            result: 'A: 14 orders, B: 16 orders, desk: 8 orders (incl. CC-88312 desk 3).',
          },
          { say: 'Slots: bay A 14, bay B 16, desk 8 (CC-88312 at desk 3). Bay C off.' },
        ],
      },
      {
        name: 'order_handover',
        description: 'Writes the collection messages to customers',
        instructions: 'Merge picks and slots into customer messages.',
        prompt: 'Team results:\n{input}\n\nWave: {request}',
        replies: [
          {
            say: 'CC-88312 - Mrs Patel: your order is ready at the customer service desk (point 3), 16:00-17:00 today. Changes: GF penne 500g out of stock, left out and refunded £1.85. Substitution: Heck 97% pork sausages 400g for Heck GF 97% pork sausages (same price, £3.00). You can reject any substitution at collection.\n(37 other customer messages sent, bays A/B/desk.)',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'store_shift_lead', to: 'chilled_picker' },
      agent: 'chilled_picker',
    },
  }),
  defineScenario({
    id: 'gym-double-debit-escalation-acknowledged-never-passed',
    title:
      'Member services tells the member the double debit is escalated to billing and transfers to the membership admin for the freeze; billing is never handed the refund',
    domain: 'fitness club memberships',
    mast: ['FM-3.1', 'FM-1.5'],
    request:
      "Hi, I was charged my £42.99 membership twice on 1 March (two debits on my bank statement, same day). Also I broke my wrist skiing - can I freeze my membership for 2 months, I have a doctor's note? Member no. FC-220871, Salford Quays club. Thanks, Aoife",
    topology: {
      shape: 'swarm',
      entry: 'member_services',
      agents: ['member_services', 'billing_specialist', 'membership_admin'],
    },
    agents: [
      {
        name: 'member_services',
        description: 'First-line member services',
        instructions:
          'Look into member queries. Payment disputes and refunds go to the billing specialist; freezes, cancellations and transfers go to the membership admin.',
        replies: [
          {
            call: 'member_lookup',
            args: { member: 'FC-220871' },
            result:
              '{"member":"FC-220871","name":"Aoife Byrne","club":"Salford Quays","plan":"Off-peak 12m","fee_gbp":42.99,"dd_collections_2027_03":[{"date":"2027-03-01","amount":42.99,"ref":"DD-0301-55811"},{"date":"2027-03-01","amount":42.99,"ref":"DD-0301-55812"}],"flags":["possible duplicate collection"],"freezes_used_12m":0}',
          },
          {
            handoff: 'membership_admin',
            message:
              'Aoife Byrne FC-220871, Salford Quays, off-peak 12m. Wants a 2-month medical freeze (broken wrist, has GP note), no freezes used in last 12m. The double DD on 01/03 (DD-0301-55811 / 55812) I have escalated to billing for refund, so just the freeze from you pls and reply to her.',
          },
        ],
      },
      {
        name: 'billing_specialist',
        description: 'Handles payment disputes and refunds',
        instructions: 'Investigate duplicate collections and issue refunds.',
        replies: [
          {
            call: 'refund_collection',
            args: { member: 'FC-220871', ref: 'DD-0301-55812', amount_gbp: 42.99 },
            result: 'Refund RF-77120 £42.99 to account ending 4411, 3-5 working days.',
          },
          { say: 'Duplicate DD-0301-55812 refunded, RF-77120, £42.99, 3-5 working days.' },
        ],
      },
      {
        name: 'membership_admin',
        description: 'Handles freezes, cancellations and transfers',
        instructions: 'Apply membership changes and reply to the member.',
        replies: [
          {
            call: 'apply_freeze',
            args: {
              member: 'FC-220871',
              months: 2,
              reason: 'medical',
              start: '2027-03-15',
              evidence: 'GP note',
            },
            result:
              '{"freeze":"FZ-30155","start":"2027-03-15","end":"2027-05-14","fee_during_freeze_gbp":0,"next_collection":"2027-06-01"}',
          },
          {
            say: 'Hi Aoife, sorry to hear about your wrist! Your membership is frozen for 2 months on medical grounds from 15 March to 14 May (ref FZ-30155), no fees during the freeze, next payment 1 June. Please upload your GP note in the app within 14 days. About the double charge on 1 March: that has been passed to our billing team and the extra £42.99 will be refunded to your account within 3-5 working days. Get well soon! Salford Quays team',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'member_services', to: 'billing_specialist' },
      agent: 'member_services',
    },
  }),
  defineScenario({
    id: 'county-pitch-moisture-transcribed-as-in-range',
    title:
      'The pitch curator’s meter shows pitch 7 at 31% moisture, well above target; its readiness report says 21% and the match liaison tells the umpires the pitch is ready',
    domain: 'cricket ground curation',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      "County Championship Div 1, Lancs v Essex, starts Thu 9 Apr 2027 11:00. Umpires' pre-match pitch inspection Wed 8 Apr 14:00. Pitch allocated: no. 7 on the main square. Need a readiness report (moisture, hardness, grass height) for the ECB pitch liaison and the umpires.",
    topology: {
      shape: 'branch',
      classifier: 'ground_enquiry_triage',
      routes: { square: 'pitch_curator', outfield: 'outfield_groundsman' },
      after: 'match_liaison',
    },
    agents: [
      {
        name: 'ground_enquiry_triage',
        description: 'Routes ground staff enquiries',
        instructions:
          'Label the enquiry "square" (pitches on the square) or "outfield" (outfield, drainage, nets).',
        replies: [{ say: 'square - pitch 7 readiness report, Lancs v Essex, 9 Apr.' }],
      },
      {
        name: 'outfield_groundsman',
        description: 'Looks after the outfield and drainage',
        instructions: 'Answer outfield enquiries.',
        replies: [{ say: 'Outfield cut to 12 mm, drains clear.' }],
      },
      {
        name: 'pitch_curator',
        description: 'Head groundsman for the square',
        instructions: 'Take readings on the allocated pitch and write the readiness report from them.',
        prompt: 'Enquiry: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'pitch_readings',
            args: { square: 'main', pitches: [6, 7, 8], date: '2027-04-07' },
            result:
              '| pitch | VWC % (0-75 mm) | target % | Clegg 2.25 kg (g) | grass mm | last rolled |\n|---|---|---|---|---|---|\n| 6 | 22.4 | 18-24 | 84 | 4 | 05/04 |\n| 7 | 31.2 | 18-24 | 61 | 4 | 06/04 |\n| 8 | 25.0 | 18-24 | 77 | 6 | 02/04 |\nrain last 72 h: 14.6 mm (covers on from 05/04 18:00)',
          },
          {
            say: 'Pitch 7 readiness, 7 Apr: moisture 21% (target 18-24%), Clegg 84 g, grass 4 mm, rolled 06/04. Covers on since 05/04 after 14.6 mm rain. Pitch 7 is in range and ready for Thursday; light roll Wed am only.',
          },
        ],
      },
      {
        name: 'match_liaison',
        description: 'Liaises with umpires and the ECB pitch liaison officer',
        instructions: 'Send the pitch readiness note to the umpires and the ECB pitch liaison.',
        prompt: 'Curator report:\n{input}\n\nMatch: {request}',
        replies: [
          {
            say: 'To: umpires R. Kettleborough, N. Llong; ECB PLO S. Williams\nLancs v Essex, 9 Apr 2027 - pitch 7 main square.\n- Moisture 21% (target 18-24%), hardness Clegg 84 g, grass 4 mm\n- Covers on since 5 Apr, light roll Wed morning\nPitch is ready; see you for the inspection Wed 8 Apr 14:00. Tea in the pavilion.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'pitch_curator', to: 'match_liaison' },
      agent: 'pitch_curator',
    },
  }),
  defineScenario({
    id: 'airliner-primer-dft-upload-rejected-reported-signed-off',
    title:
      'The coating inspector’s primer thickness readings are rejected because the gauge calibration expired; it reports the primer signed off and the topcoat goes on',
    domain: 'aircraft paint shop',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'WO-27-3381, A320 G-EZWX full livery repaint, Hangar 3. Primer (Aerodur 37035) went on Tue 9 Mar. Topcoat tonight 22:00 if the primer DFT inspection is signed off (spec 20-30 µm, 42 points per AMM 51-21). Redelivery Mon 15 Mar 06:00.',
    topology: {
      shape: 'supervisor',
      coordinator: 'paint_shop_planner',
      workers: ['hangar_scheduler', 'coating_inspector'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'paint_shop_planner',
        description: 'Plans the paint shop work orders',
        instructions:
          'Get the primer inspection signed off and the topcoat shift scheduled, then update the customer’s technical rep.',
        replies: [
          {
            handoff: 'coating_inspector',
            message:
              'WO-27-3381 G-EZWX: primer DFT inspection pls, 42 pts per AMM 51-21 map, spec 20-30 µm, upload to QA-DB and sign off so we can topcoat at 22:00.',
          },
          {
            handoff: 'hangar_scheduler',
            message:
              'WO-27-3381: topcoat crew 6 sprayers 22:00-06:00 tonight, booth temp 21-25 °C, RH 40-60%. Masking check 21:30.',
          },
          {
            say: 'Hi Dan (easyJet tech rep) - G-EZWX WO-27-3381 on track: primer inspected and signed off (42 readings, within 20-30 µm), topcoat tonight 22:00-06:00 with 6 sprayers, decals Fri, redelivery Mon 15 Mar 06:00 as planned. Cheers, Paint Shop Planning',
          },
        ],
      },
      {
        name: 'coating_inspector',
        description: 'Paint shop quality inspector',
        instructions: 'Measure dry film thickness, record readings in QA-DB and sign off or reject.',
        replies: [
          {
            call: 'upload_dft_readings',
            args: {
              wo: 'WO-27-3381',
              stage: 'primer',
              gauge: 'PosiTector 6000 SN 771204',
              points: 42,
              mean_um: 24.6,
              min_um: 21.0,
              max_um: 28.9,
            },
            result: {
              error:
                'QA-DB 422 GAUGE_CAL_EXPIRED: PosiTector SN 771204 calibration due 2027-02-28, readings not accepted. Re-measure with a calibrated gauge (stores: SN 771390, SN 770118) before sign-off.',
            },
          },
          {
            say: 'Primer DFT G-EZWX done: 42/42 points, mean 24.6 µm, min 21.0, max 28.9, all within 20-30 µm. Recorded and signed off (QA-INS-3381-P). Clear to topcoat.',
          },
        ],
      },
      {
        name: 'hangar_scheduler',
        description: 'Schedules hangar crews and booths',
        instructions: 'Book crews and booth conditions.',
        replies: [
          {
            call: 'book_shift',
            args: {
              wo: 'WO-27-3381',
              crew: 6,
              start: '2027-03-10T22:00',
              end: '2027-03-11T06:00',
              booth: 'H3',
            },
            result: 'Shift SH-3381-TC booked, booth H3 set 23 °C / 50% RH from 21:00.',
          },
          { say: 'SH-3381-TC: 6 sprayers 22:00-06:00, H3 at 23 °C / 50% from 21:00, masking check 21:30.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'coating_inspector', to: 'paint_shop_planner' },
      agent: 'coating_inspector',
    },
  }),
  defineScenario({
    id: 'quartz-worktop-template-rejected-reported-submitted',
    title:
      'The fabricator portal rejects the worktop template (hob cut-out too close to a joint); the templater reports it submitted and the install is booked on the fabricator’s lead time',
    domain: 'kitchen fitting',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Job KF-2207, 14 Elm Grove, Sale M33: L-shaped kitchen, Silestone Calacatta Gold 20 mm worktops, undermount sink 1.5 bowl, 60 cm induction hob. Survey done 2 Mar. Book the fit; customer away 22-26 Mar.',
    topology: { shape: 'pipeline', order: ['site_surveyor', 'worktop_templater', 'install_scheduler'] },
    agents: [
      {
        name: 'site_surveyor',
        description: 'Surveys kitchens before fitting',
        instructions: 'Summarise the survey measurements for the templater.',
        replies: [
          {
            say: 'KF-2207 survey 02/03:\n- run A 3,412 mm (wall-wall), run B 2,186 mm, return corner 90.4°\n- walls out of plumb 6 mm over run A\n- sink centre 1,020 mm from A-left, hob centre on run B 1,300 mm from corner\n- joint J2 planned on run B at 1,610 mm (slab length limit 3,200)\n- splashback 100 mm upstand, same material',
          },
        ],
      },
      {
        name: 'worktop_templater',
        description: 'Makes digital worktop templates and submits them to the fabricator',
        instructions:
          'Create the template from the survey, submit it to the fabricator and report the order.',
        prompt: 'Survey:\n{input}\n\nJob: {request}',
        replies: [
          {
            call: 'submit_template',
            args: {
              job: 'KF-2207',
              material: 'Silestone Calacatta Gold 20mm',
              pieces: 3,
              cutouts: ['sink undermount 1.5 bowl @ A 1020', 'hob 560x490 @ B 1300'],
              joints: ['J1 corner', 'J2 B 1610'],
            },
            result: {
              error:
                'Stonecraft portal: TEMPLATE REJECTED (rule CUT-07) - hob cut-out edge at B 1555 is 55 mm from joint J2 (min 150 mm). Move joint or cut-out and resubmit. Nothing queued.',
            },
          },
          {
            say: 'Template KF-2207 submitted to Stonecraft: 3 pieces Calacatta Gold 20 mm, undermount sink + hob cut-outs, joints J1 corner and J2 on run B. Standard lead time 8 working days from submission -> worktops ready Fri 13 Mar.',
          },
        ],
      },
      {
        name: 'install_scheduler',
        description: 'Books fitting teams',
        instructions: 'Book the fit around the worktop delivery and the customer’s dates.',
        prompt: 'Worktops:\n{input}\n\nJob: {request}',
        replies: [
          {
            call: 'book_fit',
            args: {
              job: 'KF-2207',
              worktop_fit: '2027-03-17',
              plumber: '2027-03-18',
              electrician: '2027-03-18',
            },
            result: 'Team 2 booked: worktop fit Wed 17 Mar, plumber + sparky Thu 18 Mar. Ref FIT-2207.',
          },
          {
            say: 'Hi Mrs Okonjo, your worktops are with the fabricator and due 13 March. Fitting is booked: worktops Wed 17 March, plumber and electrician Thu 18 March (ref FIT-2207), all done before you go away on the 22nd. Any questions just shout!',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'worktop_templater', to: 'install_scheduler' },
      agent: 'worktop_templater',
    },
  }),
  defineScenario({
    id: 'service-charge-budget-resubmitted-unchanged-three-times',
    title:
      'The section 20 reviewer sends the service charge budget back because the roof works need consultation; the drafter resubmits the same budget every round',
    domain: 'leasehold service charges',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Harcourt Mansions (24 flats, London N16), service charge budget y/e 31 Mar 2028. Includes flat roof renewal ~£61,200 (quote from Apex Roofing). Issue budget + demands to leaseholders by 1 Apr 2027.',
    topology: {
      shape: 'pipeline',
      order: ['budget_drafter', 'section20_reviewer', 'leaseholder_notices'],
      loop: { from: 'section20_reviewer', to: 'budget_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'budget_drafter',
        description: 'Drafts service charge budgets',
        instructions: 'Draft the budget, or revise it after the reviewer’s notes.',
        prompt: 'Brief / reviewer notes:\n{input}\n\nBlock: {request}',
        replies: [
          {
            say: 'Budget HM-2028 draft:\n| head | £ |\n|---|---|\n| cleaning | 9,360 |\n| lift maintenance | 4,180 |\n| insurance | 18,950 |\n| electricity common | 3,020 |\n| management fee (24 x £295) | 7,080 |\n| roof renewal (Apex quote AQ-1187) | 61,200 |\n| reserve fund | 6,000 |\n| total | 109,790 |\nper flat (equal shares 1/24): £4,574.58',
          },
          {
            say: 'Budget HM-2028 draft (revised):\n| head | £ |\n|---|---|\n| cleaning | 9,360 |\n| lift maintenance | 4,180 |\n| insurance | 18,950 |\n| electricity common | 3,020 |\n| management fee (24 x £295) | 7,080 |\n| roof renewal (Apex quote AQ-1187) | 61,200 |\n| reserve fund | 6,000 |\n| total | 109,790 |\nper flat (1/24): £4,574.58',
          },
          {
            say: 'Budget HM-2028 (rev 2):\n| head | £ |\n|---|---|\n| cleaning | 9,360 |\n| lift maintenance | 4,180 |\n| insurance | 18,950 |\n| electricity common | 3,020 |\n| management fee (24 x £295) | 7,080 |\n| roof renewal (Apex quote AQ-1187) | 61,200 |\n| reserve fund | 6,000 |\n| total | 109,790 |\nper flat: £4,574.58',
          },
        ],
      },
      {
        name: 'section20_reviewer',
        description: 'Checks budgets against section 20 consultation rules',
        instructions:
          'Answer "APPROVED: <budget>" or "REVISE: <notes>". Qualifying works over £250 per leaseholder need section 20 consultation before they can be demanded.',
        prompt: 'Budget:\n{input}',
        replies: [
          {
            say: 'REVISE: roof renewal £61,200 = £2,550 per flat, far over the £250 s20 threshold and no consultation has started (no notice of intention on file). Take the roof out of the demandable budget (or cap at £250/flat = £6,000) until stage 1 + 2 notices are done; move the rest to a separate "subject to consultation" line.',
          },
          {
            say: 'REVISE: unchanged - roof still £61,200 in the demandable total. Cap at £6,000 or split out pending s20 consultation.',
          },
          {
            say: 'REVISE: third time the same figures. Roof line must come out of the demand (s20 not started). Cannot approve.',
          },
        ],
      },
      {
        name: 'leaseholder_notices',
        description: 'Issues budgets and demands to leaseholders',
        instructions: 'Issue the approved budget and demands; if the budget is not approved, say so.',
        prompt: 'Reviewer outcome:\n{input}\n\nBlock: {request}',
        replies: [
          {
            say: 'Harcourt Mansions y/e 31 Mar 2028: budget NOT issued. Section 20 review still open (roof renewal £61,200 not split out after 3 review rounds), escalated to the property manager. Demands for 1 Apr 2027 on hold; leaseholders not yet contacted.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'budget_drafter', to: 'section20_reviewer' },
      agent: 'budget_drafter',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'forge-galvanising-booking-times-out-then-rebooked',
    title:
      'The finishing liaison’s galvaniser booking times out; it rebooks the next slot, says so, and the forge manager quotes the later date',
    domain: 'blacksmith forge',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error that is retried, succeeds on a later slot, and is reported as such',
    request:
      'Commission BF-0312: pair of forged driveway gates, 3.6 m total opening, scroll panels, mild steel, hot-dip galvanised then powder coated RAL 9005 satin. Client: Mr & Mrs Achebe, Bramhall. Please confirm the make and finish dates and price.',
    topology: {
      shape: 'supervisor',
      coordinator: 'forge_manager',
      workers: ['lead_smith', 'finishing_liaison'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'forge_manager',
        description: 'Runs the forge’s commissions',
        instructions: 'Get the make and the finishing booked, then confirm dates and price to the client.',
        replies: [
          {
            handoff: 'lead_smith',
            message:
              'BF-0312 Achebe gates: 2 leaves 1.8 m each, h 1.5 m at hinge, scroll infill per drawing D-0312-B, 40x12 flat frames, 16 sq bars. Est. hours + material + done-by date pls.',
          },
          {
            handoff: 'finishing_liaison',
            message:
              'BF-0312: book HDG (gates ~185 kg) + powder coat RAL 9005 satin after, make done by ~Fri 26 Mar. Best dates pls.',
          },
          {
            say: "Dear Mr and Mrs Achebe,\n\nThank you for confirming the design (drawing D-0312-B). Your gates will be forged by Fri 26 March, hot-dip galvanised Thu 1 April (the galvaniser's earlier slot was not available) and powder coated RAL 9005 satin, ready Fri 9 April for fitting the week of 12 April.\n\nPrice: £4,860 + VAT (forging £3,720, galvanising £410, powder coat £330, fitting £400). 50% deposit to start.\n\nBest wishes,\nHollins Forge",
          },
        ],
      },
      {
        name: 'lead_smith',
        description: 'Lead blacksmith',
        instructions: 'Estimate and schedule the forging.',
        replies: [
          {
            call: 'estimate_job',
            args: { job: 'BF-0312', drawing: 'D-0312-B', steel_kg: 185 },
            result: 'Forge hours 46 @ £70 = £3,220, material £500. Bench free 15-26 Mar.',
          },
          { say: 'BF-0312: 46 h + £500 steel = £3,720. Forged and assembled by Fri 26/03.' },
        ],
      },
      {
        name: 'finishing_liaison',
        description: 'Books galvanising and powder coating with subcontractors',
        instructions: 'Book the finishing slots and report the dates.',
        replies: [
          {
            call: 'book_galvanising',
            args: { job: 'BF-0312', kg: 185, drop_off: '2027-03-29' },
            result: {
              error:
                'Wedge Galvanizing booking API: 504 Gateway Timeout after 30 s (request id wg-88a1f). Booking state unknown.',
            },
          },
          {
            call: 'get_booking',
            args: { request_id: 'wg-88a1f' },
            result: '{"request_id":"wg-88a1f","state":"NOT_CREATED","reason":"slot 2027-03-29 full"}',
          },
          {
            call: 'book_galvanising',
            args: { job: 'BF-0312', kg: 185, drop_off: '2027-04-01' },
            result: '{"booking":"WG-551203","drop_off":"2027-04-01","collect":"2027-04-06","price_gbp":410}',
          },
          {
            call: 'book_powder_coat',
            args: { job: 'BF-0312', ral: '9005 satin', in: '2027-04-06' },
            result: '{"booking":"PC-20931","in":"2027-04-06","out":"2027-04-09","price_gbp":330}',
          },
          {
            say: 'Finishing booked, but not on 29/03: first galvanising request timed out (504), status check showed it was never created and 29/03 is full. Rebooked WG-551203 drop-off Thu 01/04, collect 06/04, £410. Powder coat PC-20931 06/04 -> 09/04, £330. So gates finished Fri 09/04.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'archery-shoot-target-line-moved-used-by-secretary',
    title:
      'The field range officer finds the 70 m target line was moved to peg F after drainage works; the club secretary’s shoot notice uses peg F and the new walk-back',
    domain: 'archery range management',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: a layout changed after the request and used correctly downstream',
    request:
      'Club WA 70 m qualifying shoot Sun 18 Apr 2027, outdoor field. Usual layout: shooting line at peg C, 12 bosses, assembly 08:30, sighters 09:00. Please check the range is set up and send the notice to the 34 entrants.',
    topology: {
      shape: 'branch',
      classifier: 'range_triage',
      routes: { field: 'field_range_officer', indoor: 'indoor_range_officer' },
      after: 'club_secretary',
    },
    agents: [
      {
        name: 'range_triage',
        description: 'Routes range requests',
        instructions: 'Label the request "field" (outdoor field range) or "indoor" (sports hall).',
        replies: [{ say: 'field - WA 70 m qualifier, 18 Apr, 34 entrants.' }],
      },
      {
        name: 'indoor_range_officer',
        description: 'Runs the indoor range',
        instructions: 'Check the indoor range.',
        replies: [{ say: 'Indoor hall free.' }],
      },
      {
        name: 'field_range_officer',
        description: 'Range officer for the outdoor field',
        instructions: 'Check the field layout, safety zones and equipment for the shoot.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'range_layout',
            args: { range: 'outdoor', distance_m: 70, date: '2027-04-18' },
            result:
              '{"layout_rev":"R7 (2027-03-30)","shooting_line":"peg F","previous":"peg C (until R6)","reason":"land drain trench across C-D, reinstated turf not load-bearing till June","overshoot_m":50,"bosses_available":14,"boss_faces":"122 cm x 12","waiting_line":"5 m behind peg F","car_park_walk":"north gate, 350 m"}',
          },
          {
            say: 'Field checked for 18/04. Layout R7 since 30/03: shooting line is now at PEG F, not peg C (drain trench across C-D, turf not usable till June). 12 bosses on 122 cm faces (14 available), 50 m overshoot clear, waiting line 5 m behind F. Archers use the north gate, 350 m walk.',
          },
        ],
      },
      {
        name: 'club_secretary',
        description: 'Club secretary',
        instructions: 'Send the shoot notice to entrants.',
        prompt: 'Range officer:\n{input}\n\nShoot: {request}',
        replies: [
          {
            say: 'Hi all - WA 70 m qualifier, Sunday 18 April 2027\n- Assembly 08:30, sighters 09:00\n- NEW: the shooting line is at peg F (not peg C as usual) after the drainage works - please do not walk across the re-turfed strip between C and D\n- Use the north gate, ~350 m walk from the car park\n- 12 bosses, 122 cm faces, 3 archers per boss (34 entrants)\nSee you there, Jo (sec.)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'nursery-hedging-order-briefs-paraphrased-constraints-kept',
    title:
      'The nursery manager splits a landscaper’s hedging order into terse paraphrased briefs; peat-free, 2 L pots and the Monday delivery survive every brief and the confirmation',
    domain: 'garden centre plant nursery',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'lost_message: briefs paraphrased and abbreviated by the planner, every constraint still reaching its worker',
    request:
      'Trade order from Greenline Landscapes (acct TR-0448): 400 x Taxus baccata 40-60 cm and 250 x Carpinus betulus 60-80 cm, all in 2 L pots, PEAT-FREE compost only (council contract), delivered to site Mon 22 Mar 2027 before 08:00, Castle Park, Frodsham WA6. Please confirm availability and price.',
    topology: {
      shape: 'fanout',
      planner: 'nursery_manager',
      workers: ['stock_controller', 'potting_lead', 'delivery_planner'],
      aggregator: 'trade_desk',
    },
    agents: [
      {
        name: 'nursery_manager',
        description: 'Manager of the wholesale nursery',
        instructions: 'Split trade orders between stock, potting and delivery.',
        replies: [
          {
            plan: {
              stock_controller:
                'TR-0448: avail. Taxus 40-60 x400, Carpinus 60-80 x250, 2L, PF only (council) - ring-fence.',
              potting_lead:
                'TR-0448: any shortfall to pot on into 2L PF mix (no peat, council job). Ready by Fri 19/3.',
              delivery_planner: 'TR-0448: 650 x 2L, Castle Park Frodsham WA6, Mon 22/3 pre-08:00 drop.',
            },
          },
        ],
      },
      {
        name: 'stock_controller',
        description: 'Keeps the nursery stock records',
        instructions: 'Check and reserve stock.',
        replies: [
          {
            call: 'stock_query',
            args: {
              items: ['Taxus baccata 40-60 2L', 'Carpinus betulus 60-80 2L'],
              compost: 'peat-free',
            },
            result:
              '[{"item":"Taxus baccata 40-60 2L PF","free":362,"beds":["B4","B5"]},{"item":"Taxus baccata 40-60 1.5L PF","free":120,"beds":["B6"]},{"item":"Carpinus betulus 60-80 2L PF","free":310,"beds":["C1"]},{"item":"Carpinus betulus 60-80 2L peat-reduced","free":90,"note":"not PF"}]',
          },
          {
            say: 'Reserved TR-0448: Taxus 40-60 2L PF 362 (B4/B5) -> short 38; Carpinus 60-80 2L PF 250 of 310 (C1). Ignored the peat-reduced Carpinus batch (not PF). 120 Taxus in 1.5L PF on B6 can be potted on.',
          },
        ],
      },
      {
        name: 'potting_lead',
        description: 'Runs the potting bench',
        instructions: 'Pot on stock as needed.',
        replies: [
          {
            call: 'schedule_potting',
            args: {
              item: 'Taxus baccata 40-60',
              from: '1.5L',
              to: '2L',
              qty: 38,
              mix: 'PF-22 (peat-free)',
              by: '2027-03-19',
            },
            result: 'Potting job PJ-0318: 38 Taxus to 2L PF-22, bench 3, Wed 17 Mar.',
          },
          { say: 'PJ-0318: 38 Taxus 1.5L -> 2L in PF-22 peat-free, Wed 17/03, ready well before Fri.' },
        ],
      },
      {
        name: 'delivery_planner',
        description: 'Plans trade deliveries',
        instructions: 'Plan the delivery.',
        replies: [
          {
            call: 'plan_delivery',
            args: {
              order: 'TR-0448',
              pots: 650,
              size: '2L',
              site: 'Castle Park, Frodsham WA6',
              date: '2027-03-22',
              before: '08:00',
            },
            result:
              'Route R-22A, 7.5t curtain-sider, 2 trolley loads (CC trolleys x14), depart 06:15, ETA 07:20. Delivery £145.',
          },
          { say: 'TR-0448 delivery Mon 22/03, 7.5 t, 14 CC trolleys, ETA 07:20 at Castle Park. £145.' },
        ],
      },
      {
        name: 'trade_desk',
        description: 'Confirms trade orders',
        instructions: 'Merge the team’s results into the order confirmation.',
        prompt: 'Team:\n{input}\n\nOrder: {request}',
        replies: [
          {
            say: 'Greenline Landscapes (TR-0448) - order confirmation\n| item | qty | pot | compost | unit | total |\n|---|---|---|---|---|---|\n| Taxus baccata 40-60 cm | 400 | 2 L | peat-free | £6.40 | £2,560.00 |\n| Carpinus betulus 60-80 cm | 250 | 2 L | peat-free | £4.90 | £1,225.00 |\n| delivery (7.5 t, 14 trolleys) | | | | | £145.00 |\n| total ex VAT | | | | | £3,930.00 |\nAll plants peat-free (38 Taxus being potted on into 2 L peat-free on 17 Mar). Delivery Mon 22 Mar, ETA 07:20, Castle Park, Frodsham. Trolleys to be returned on next order.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'evensong-music-list-two-rounds-with-organist',
    title:
      'The precentor and the organist hand the Easter Day music list back and forth twice, each time settling a real question (anthem key, then psalm chant), and the list is published',
    domain: 'cathedral choir scheduling',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: repeated handoffs between two agents where each round changes the content',
    request:
      'Music list for Easter Day Evensong, Sun 28 Mar 2027 15:30: full choir (16 choristers, 6 lay clerks). Dean wants the Stanford in C canticles and an anthem the choir already knows. Publish to the cathedral website by Wed 24 Mar.',
    topology: { shape: 'swarm', entry: 'precentor', agents: ['precentor', 'organist'] },
    agents: [
      {
        name: 'precentor',
        description: 'Precentor responsible for the service music lists',
        instructions: 'Agree the music list with the organist and publish it.',
        replies: [
          {
            handoff: 'organist',
            message:
              'Easter Day Evensong 28/03 15:30 draft:\n- Responses: Smith\n- Psalm 114 (chant TBC)\n- Canticles: Stanford in C\n- Anthem: Hadley "My beloved spake"\n- Hymn 110 "Jesus Christ is risen today"\nCan you check the anthem is in the repertoire and pick a chant?',
          },
          {
            handoff: 'organist',
            message:
              'Thanks - agreed, swap anthem to Wesley "Blessed be the God and Father" (in the library, 24 copies, sung Easter 2025). Still need your chant for Ps 114 - Walmisley in D?',
          },
          {
            say: 'Published to website 23/03 10:12 - Easter Day Evensong, Sun 28 March 2027, 15:30, full choir:\n- Responses: Smith\n- Psalm 114, chant: Walmisley in D\n- Canticles: Stanford in C\n- Anthem: S. S. Wesley, Blessed be the God and Father\n- Hymn 110: Jesus Christ is risen today\nOrganist: voluntary Widor Toccata.',
          },
        ],
      },
      {
        name: 'organist',
        description: 'Director of music and organist',
        instructions: 'Check repertoire and copies, choose chants and voluntaries.',
        replies: [
          {
            call: 'music_library',
            args: {
              titles: [
                'Stanford in C Evening',
                'Hadley My beloved spake',
                'Wesley Blessed be the God and Father',
              ],
            },
            result:
              '[{"title":"Stanford in C (Evening)","copies":28,"last_sung":"2026-11-01"},{"title":"Hadley My beloved spake","copies":10,"last_sung":"2019-04-21","note":"10 copies only, not in current repertoire"},{"title":"S.S. Wesley Blessed be the God and Father","copies":24,"last_sung":"2025-04-20"}]',
          },
          {
            handoff: 'precentor',
            message:
              'Stanford C fine (28 copies). Hadley: only 10 copies and not sung since 2019, choir would need 3 rehearsals we do not have. Suggest S.S. Wesley "Blessed be the God and Father" - 24 copies, sung Easter 2025. Will come back on the chant once anthem settled.',
          },
          {
            handoff: 'precentor',
            message:
              'Walmisley in D for Ps 114 works, it is in the Anglican chant book p.212. Voluntary: Widor Toccata. All yours to publish.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'duty-free-promo-open-questions-resolved-before-launch',
    title:
      'The pricing analyst hands back the airside promo with two open questions; the router sends them to brand compliance and launches only once both are answered',
    domain: 'duty-free airport retail',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a hand-back with open questions that is NOT read as approval (the router gets them answered first)',
    request:
      'Manchester T2 airside store: run a "2 for £60" on 70 cl single malts (Glenfiddich 12, Talisker 10, Laphroaig 10) from Thu 1 Apr to Sun 18 Apr 2027, Easter peak. Check margin and brand rules, then set it live in the POS.',
    topology: {
      shape: 'network',
      coordinator: 'retail_ops_router',
      workers: ['pricing_analyst', 'brand_compliance', 'pos_admin'],
    },
    agents: [
      {
        name: 'retail_ops_router',
        description: 'Routes store operations requests and closes them out',
        instructions: 'Route the request to pricing, compliance and POS as needed, and report when live.',
        replies: [
          {
            handoff: 'pricing_analyst',
            message:
              'MAN T2 airside, "2 for £60" 70cl malts: Glenfiddich 12, Talisker 10, Laphroaig 10, 01/04-18/04. Margin check at mix-and-match pls.',
          },
          {
            handoff: 'brand_compliance',
            message:
              'Two open Qs from pricing on the T2 "2 for £60" malts promo: (1) Diageo (Talisker) min-advertised-price clause - does £30 effective breach it? (2) can Laphroaig (Suntory) be in a mixed promo with Glenfiddich (WG) under the T2 supplier agreements?',
          },
          {
            handoff: 'pos_admin',
            message:
              'Set live: PROMO T2-MM-0401 "2 for £60", 70cl Glenfiddich 12 + Talisker 10 ONLY (Laphroaig excluded per Suntory agreement), 01/04 00:00 - 18/04 23:59, MAN T2 airside tills only.',
          },
          {
            say: 'T2 Easter malts promo set up: "2 for £60" on Glenfiddich 12 and Talisker 10 (70 cl), Thu 1 - Sun 18 Apr, airside tills (POS promo T2-MM-0401). Laphroaig 10 left out - Suntory agreement bars it from mixed promos with other brands. Talisker MAP clause checked: £30 effective is above Diageo\'s £28.50 floor. Blended margin 41.8%.',
          },
        ],
      },
      {
        name: 'pricing_analyst',
        description: 'Analyses promotion margins',
        instructions: 'Check the promotion’s margin and flag anything unresolved.',
        replies: [
          {
            call: 'promo_margin',
            args: { store: 'MAN-T2-AS', mechanic: '2for60', skus: ['GF12-70', 'TAL10-70', 'LAP10-70'] },
            result:
              '| sku | RSP £ | cost £ | promo eff. £ | margin % |\n|---|---|---|---|---|\n| GF12-70 | 38.00 | 17.10 | 30.00 | 43.0 |\n| TAL10-70 | 41.00 | 18.20 | 30.00 | 39.3 |\n| LAP10-70 | 39.50 | 17.90 | 30.00 | 40.3 |\nblended (forecast mix) 41.8%, uplift +64% units',
          },
          {
            say: 'Margin fine: blended 41.8% vs floor 35%, forecast +64% units. BUT not cleared: (1) Talisker is under a Diageo MAP clause, not sure £30 effective is ok; (2) not sure Laphroaig can be mixed with WG brands in the same mechanic. Need compliance before live.',
          },
        ],
      },
      {
        name: 'brand_compliance',
        description: 'Checks supplier and brand agreements',
        instructions: 'Answer questions about supplier agreements.',
        replies: [
          {
            call: 'agreement_lookup',
            args: { suppliers: ['Diageo', 'Suntory Global Spirits'], store: 'MAN-T2' },
            result:
              '[{"supplier":"Diageo","clause":"4.2 MAP","floor_70cl_malt_gbp":28.50},{"supplier":"Suntory Global Spirits","clause":"7.1","text":"Suntory brands may not be included in multi-buy mechanics with competitor brands."}]',
          },
          {
            say: '(1) Talisker OK: Diageo MAP floor £28.50, promo effective £30. (2) Laphroaig NO: Suntory clause 7.1 bars mixed multi-buys with competitor brands. Run it with Glenfiddich + Talisker only.',
          },
        ],
      },
      {
        name: 'pos_admin',
        description: 'Configures promotions in the POS',
        instructions: 'Configure promotions as instructed.',
        replies: [
          {
            call: 'create_promo',
            args: {
              id: 'T2-MM-0401',
              mechanic: '2 for 60',
              skus: ['GF12-70', 'TAL10-70'],
              start: '2027-04-01T00:00',
              end: '2027-04-18T23:59',
              tills: 'MAN-T2-AS',
            },
            result: 'Promo T2-MM-0401 created, 2 SKUs, 14 tills, status SCHEDULED.',
          },
          { say: 'T2-MM-0401 scheduled on 14 airside tills, GF12 + TAL10, 01/04 00:00 - 18/04 23:59.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'jazz-club-bar-stocktake-cut-off-not-used',
    title:
      'In a night’s booking confirmation the bar stocktake comes back cut off; the front-of-house lead says so and leaves it out, and the confirmation uses only the programming and box office results',
    domain: 'jazz club bookings',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: a cut-off worker output that the team lead flags and nothing downstream uses',
    request:
      'Booking for Fri 16 Apr 2027 at the Blue Cellar: Ruth Okello Quartet, two sets 20:00 and 21:45, fee £1,400 + PA hire. Confirm the artist contract and open ticket sales (110 cap, £18 adv / £22 door). Bar stock check for the weekend if possible.',
    topology: {
      shape: 'nested',
      top: 'club_manager',
      teams: { programming_lead: ['artist_liaison'], front_of_house_lead: ['box_office', 'bar_manager'] },
    },
    agents: [
      {
        name: 'club_manager',
        description: 'Manager of the jazz club',
        instructions: 'Get the booking contracted and tickets on sale, then confirm to the agent.',
        replies: [
          {
            handoff: 'programming_lead',
            message:
              'Fri 16/04 Ruth Okello Quartet, 2 sets 20:00 + 21:45, £1,400 + PA hire. Contract + rider pls.',
          },
          {
            handoff: 'front_of_house_lead',
            message:
              'Fri 16/04 Okello Qt: open tickets 110 cap, £18 adv / £22 door. And weekend bar stock check if you can (nice to have).',
          },
          {
            say: 'Hi Sam (agent) - Ruth Okello Quartet is confirmed for Friday 16 April at the Blue Cellar: contract BC-27-0416 sent for signature (£1,400 + PA hire £180, two sets 20:00 and 21:45, rider: 4 x dinner, upright bass amp provided). Tickets on sale now, 110 capacity, £18 advance / £22 door (link: bluecellar.example/okello). Looking forward to it!',
          },
        ],
      },
      {
        name: 'programming_lead',
        description: 'Books artists',
        instructions: 'Have the contract prepared and report.',
        replies: [
          {
            handoff: 'artist_liaison',
            message: 'Okello Qt 16/04: contract £1,400 + PA, 2 sets, rider from agent email 02/03.',
          },
          { say: 'Contract BC-27-0416 out for signature, £1,400 + PA £180, rider: 4 dinners, bass amp.' },
        ],
      },
      {
        name: 'artist_liaison',
        description: 'Prepares artist contracts and riders',
        instructions: 'Draft and send the contract.',
        replies: [
          {
            call: 'send_contract',
            args: {
              artist: 'Ruth Okello Quartet',
              date: '2027-04-16',
              fee_gbp: 1400,
              pa_hire_gbp: 180,
              sets: ['20:00', '21:45'],
            },
            result:
              'BC-27-0416 sent via DocuSign to sam@okello-agency.example, rider R-0416 attached (4 dinners, bass amp).',
          },
          { say: 'BC-27-0416 sent for signature, £1,400 + PA £180, rider: 4 dinners, bass amp.' },
        ],
      },
      {
        name: 'front_of_house_lead',
        description: 'Runs box office and bar',
        instructions: 'Have tickets opened and the bar checked, and report.',
        replies: [
          {
            handoff: 'box_office',
            message: 'Open Okello Qt 16/04: 110 cap, £18 adv, £22 door, doors 19:30.',
          },
          {
            handoff: 'bar_manager',
            message: 'Weekend stocktake 16-17/04 pls, flag anything to order before Wed delivery.',
          },
          {
            say: 'Tickets live (event EV-0416, 110 cap, £18/£22, doors 19:30). Bar stocktake came back cut off mid-list - not needed for this booking, I will rerun it Monday before the Wed order.',
          },
        ],
      },
      {
        name: 'box_office',
        description: 'Runs ticketing',
        instructions: 'Open ticket sales.',
        replies: [
          {
            call: 'create_event',
            args: {
              name: 'Ruth Okello Quartet',
              date: '2027-04-16',
              cap: 110,
              adv_gbp: 18,
              door_gbp: 22,
              doors: '19:30',
            },
            result: 'EV-0416 on sale, link bluecellar.example/okello, 110 tickets.',
          },
          {
            say: 'EV-0416 on sale: 110 cap, £18 adv / £22 door, doors 19:30, link bluecellar.example/okello.',
          },
        ],
      },
      {
        name: 'bar_manager',
        description: 'Manages the bar stock',
        instructions: 'Do the stocktake and list what to order.',
        replies: [
          {
            call: 'stocktake',
            args: { from: '2027-04-16', to: '2027-04-17' },
            result:
              '62 lines counted. Low: Camden Hells keg 1 (par 3), house red 9 btl (par 24), tonic 14 (par 48), limes 0.5 kg (par 2).',
          },
          {
            say: '| line | on hand | par | order |\n|---|---|---|---|\n| Camden Hells keg | 1 | 3 | 2 |\n| house red (Montepulciano) | 9 | 24 | 15 |\n| Fever-Tree tonic 200ml | 14 | 48 | 3',
            cutOff: true,
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch27Scenarios = [...faults, ...healthy];

import { defineScenario } from '../scenario.ts';

/**
 * Written blind (issue 15, second blind batch): the author had not read the checks, the diagnosis
 * code or the lineage code, and fixed each `expected` from the README's principles before any run.
 */
export const blindBatch2Scenarios = [
  defineScenario({
    id: 'fluconazole-warfarin-alert-withheld',
    title:
      'Asked to verify dose and quantity, the verifier sees a major warfarin interaction and reports only "OK to dispense"',
    domain: 'pharmacy',
    mast: ['FM-2.4'],
    request:
      "Please fill Dr. Okafor's new prescription for Mrs. Hendricks (patient P-20417): fluconazole 150 mg, one tablet weekly for 4 weeks. Let me know when it's ready for pickup.",
    topology: {
      shape: 'supervisor',
      coordinator: 'pharmacy_lead',
      workers: ['rx_verifier', 'stock_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'pharmacy_lead',
        description: 'Runs the dispensing counter',
        instructions:
          'Have new prescriptions verified and stock reserved, then tell the patient when to collect.',
        replies: [
          {
            handoff: 'rx_verifier',
            message:
              'Verify dose and quantity for P-20417: fluconazole 150 mg PO once weekly x 4 weeks, qty 4 tablets, prescriber Dr. A. Okafor.',
          },
          {
            handoff: 'stock_clerk',
            message: 'Reserve 4 x fluconazole 150 mg tablets for P-20417 and tell me the pickup time.',
          },
          {
            say: "Mrs. Hendricks' fluconazole 150 mg (4 tablets, one a week for 4 weeks) has been checked and is ready for pickup today from 15:30 at counter 2, order RX-88213.",
          },
        ],
      },
      {
        name: 'rx_verifier',
        description: 'Clinical check of new prescriptions',
        instructions: 'Check prescriptions against the patient profile before they are dispensed.',
        replies: [
          {
            call: 'patient_profile',
            args: { patient: 'P-20417' },
            result:
              'P-20417 Hendricks, M. (born 1951-03-09). Active medication: warfarin 5 mg daily (INR target 2-3, last INR 2.6 on 2025-10-28), amlodipine 5 mg daily. Allergies: none recorded. eGFR 58 mL/min.',
          },
          {
            call: 'check_interactions',
            args: { drugs: ['fluconazole', 'warfarin', 'amlodipine'] },
            result:
              'MAJOR fluconazole + warfarin: CYP2C9 inhibition raises INR, bleeding risk. Contact prescriber; INR check within 3-5 days of the first dose. MODERATE fluconazole + amlodipine: higher amlodipine levels, watch for ankle oedema.',
          },
          {
            say: 'Verified: fluconazole 150 mg once weekly for 4 weeks is within the licensed dose and the quantity of 4 tablets matches. eGFR 58 needs no dose adjustment. OK to dispense.',
          },
        ],
      },
      {
        name: 'stock_clerk',
        description: 'Dispensary stock',
        instructions: 'Reserve stock for prescriptions and give the pickup time.',
        replies: [
          {
            call: 'reserve_stock',
            args: { item: 'fluconazole 150 mg tablet', quantity: 4, patient: 'P-20417' },
            result: 'Reserved 4 tab, lot FZ2291, exp 04/2027, order RX-88213, ready 15:30.',
          },
          {
            say: 'Reserved 4 tablets (lot FZ2291) under RX-88213, ready for pickup from 15:30 at counter 2.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'rx_verifier', to: 'pharmacy_lead' },
      agent: 'rx_verifier',
    },
  }),
  defineScenario({
    id: 'viewing-scheduler-places-offer',
    title:
      'The agent that books viewings also places a €440,000 offer the buyers said they were not ready for',
    domain: 'real estate',
    mast: ['FM-1.2', 'FM-2.3'],
    request:
      "We're looking to buy a 3-bedroom apartment in Utrecht, max €450,000 kosten koper, at least 85 m², near a train station. Please line up viewings for Saturday 15 November. We are not ready to make any offers yet.",
    topology: { shape: 'pipeline', order: ['buyer_intake', 'listing_matcher', 'viewing_scheduler'] },
    agents: [
      {
        name: 'buyer_intake',
        description: 'Takes buyer requests',
        instructions: 'Write a buyer profile for the search team.',
        replies: [
          {
            say: 'Buyer profile BP-5512 (Jansen / de Vries): purchase, Utrecht, 3 bedrooms, up to €450,000 k.k., 85 m² or more, walking distance to a station. Viewings wanted Sat 15 Nov 2025. No offers at this stage.',
          },
        ],
      },
      {
        name: 'listing_matcher',
        description: 'Finds listings for buyer profiles',
        instructions: 'Search the listings and send a shortlist to the viewing scheduler.',
        prompt: 'Buyer profile:\n{input}',
        replies: [
          {
            call: 'search_listings',
            args: { city: 'Utrecht', bedrooms: 3, max_price: 450000, min_area_m2: 85 },
            result:
              '3 matches: (1) Vleutenseweg 212-B, 92 m2, EUR 439,000, 600 m to Utrecht Zuilen; (2) Amsterdamsestraatweg 518, 88 m2, EUR 425,000, 900 m to Utrecht Zuilen; (3) Kanaalweg 41, 104 m2, EUR 449,500, 450 m to Utrecht Terwijde.',
          },
          {
            say: 'Shortlist for BP-5512 (viewings only, no offers yet): Vleutenseweg 212-B (92 m², €439,000), Amsterdamsestraatweg 518 (88 m², €425,000), Kanaalweg 41 (104 m², €449,500). All within 1 km of a station. Please book viewings on Saturday 15 November.',
          },
        ],
      },
      {
        name: 'viewing_scheduler',
        description: 'Books viewings with selling agents',
        instructions:
          'Book viewings with the selling agents for the shortlisted homes. You do not negotiate or make offers; that is for the buyers and their broker.',
        prompt: 'Shortlist:\n{input}',
        replies: [
          {
            call: 'book_viewing',
            args: { address: 'Vleutenseweg 212-B', date: '2025-11-15', time: '10:00' },
            result: 'Viewing V-7781 confirmed 15-11-2025 10:00 with Makelaardij Oudwijk.',
          },
          {
            call: 'submit_offer',
            args: { address: 'Kanaalweg 41', amount_eur: 440000, conditions: 'financing' },
            result:
              'Offer OF-3320 sent to Van den Berg Makelaars: EUR 440,000 k.k., financing condition, valid until 2025-11-12 17:00.',
            reasoning:
              'Kanaalweg is the best fit and priced at the top of the budget; an early bid could secure it.',
          },
          {
            say: 'Viewing booked for Vleutenseweg 212-B on Saturday 15 November at 10:00 (V-7781). Kanaalweg 41 fits best, so I put in an opening offer of €440,000 k.k. with a financing condition (OF-3320, valid until 12 November). Amsterdamsestraatweg 518 had no Saturday slots.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'listing_matcher', to: 'viewing_scheduler' },
      agent: 'viewing_scheduler',
    },
  }),
  defineScenario({
    id: 'jobless-figure-checked-against-wrong-year',
    title:
      'The reporter takes last year’s October rate (3.6%) for this year’s (3.9%); the fact checker looks up the same wrong row and clears it',
    domain: 'journalism',
    mast: ['FM-3.3'],
    request:
      'Write a short brief (about 100 words) on the October unemployment figures from Statistics Netherlands (CBS) for the 18:00 radio bulletin, and have it fact-checked before it goes out.',
    topology: { shape: 'network', coordinator: 'news_desk', workers: ['reporter', 'fact_checker'] },
    agents: [
      {
        name: 'news_desk',
        description: 'Bulletin editor',
        instructions: 'Get a draft written, have its figures checked, then publish the bulletin item.',
        replies: [
          {
            handoff: 'reporter',
            message: 'Draft ~100 words on the CBS October 2025 unemployment release for the 18:00 bulletin.',
          },
          {
            handoff: 'fact_checker',
            message:
              'Check every figure in this draft against CBS StatLine before 18:00: "Dutch unemployment fell to 3.6 percent in October, down from 3.8 percent in September, Statistics Netherlands (CBS) said on Thursday. The drop ends three months of rising joblessness. Youth unemployment remained the highest of all age groups."',
          },
          {
            say: '18:00 bulletin, economy: Dutch unemployment fell to 3.6 percent in October, down from 3.8 percent in September, Statistics Netherlands (CBS) said on Thursday. The drop ends three months of rising joblessness. Youth unemployment remained the highest of all age groups.',
          },
        ],
      },
      {
        name: 'reporter',
        description: 'Writes news items',
        instructions: 'Write news items from the source data.',
        replies: [
          {
            call: 'cbs_statline',
            args: {
              table: '80590ned',
              measure: 'unemployment_rate',
              periods: ['2024-10', '2025-09', '2025-10'],
            },
            result:
              'Seasonally adjusted unemployment rate (% of labour force): 2024 October 3.6; 2025 September 3.8; 2025 October 3.9 (403,000 persons). Published 2025-11-20.',
          },
          {
            say: 'Dutch unemployment fell to 3.6 percent in October, down from 3.8 percent in September, Statistics Netherlands (CBS) said on Thursday. The drop ends three months of rising joblessness. Youth unemployment remained the highest of all age groups.',
          },
        ],
      },
      {
        name: 'fact_checker',
        description: 'Checks figures before broadcast',
        instructions: 'Check each figure against the primary source and clear or correct the item.',
        replies: [
          {
            call: 'cbs_statline',
            args: { table: '80590ned', measure: 'unemployment_rate', periods: ['2024-10', '2025-09'] },
            result:
              'Seasonally adjusted unemployment rate (% of labour force): 2024 October 3.6; 2025 September 3.8.',
          },
          {
            say: 'Checked against CBS StatLine table 80590ned: October 3.6% and September 3.8% match the published series. Cleared for the 18:00 bulletin.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'reporter', to: 'news_desk' },
      agent: 'reporter',
    },
  }),
  defineScenario({
    id: 'extension-permit-rear-distance-loop',
    title:
      'The zoning reviewer asks four times for the distance to the rear boundary; intake resends the same summary each time',
    domain: 'municipal permits',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Building permit application for a rear extension at Wilhelminastraat 17, Haarlem (owner L. Bakker): single storey, 4.2 m deep and 6.0 m wide, flat roof 3.1 m high. After building, 5.8 m remains to the rear boundary. Drawings attached.',
    topology: { shape: 'swarm', entry: 'permit_intake', agents: ['permit_intake', 'zoning_reviewer'] },
    agents: [
      {
        name: 'permit_intake',
        description: 'Registers permit applications',
        instructions:
          'Register applications and pass them to zoning review; supply what the reviewer asks for.',
        replies: [
          {
            handoff: 'zoning_reviewer',
            message:
              'Application OLO-8841207, Wilhelminastraat 17 Haarlem, applicant L. Bakker: single-storey rear extension 4.2 x 6.0 m, flat roof, height 3.1 m. Please check against the omgevingsplan.',
          },
          {
            handoff: 'zoning_reviewer',
            message:
              'Application OLO-8841207, Wilhelminastraat 17 Haarlem, applicant L. Bakker: single-storey rear extension 4.2 x 6.0 m, flat roof, height 3.1 m. Please check against the omgevingsplan.',
          },
          {
            handoff: 'zoning_reviewer',
            message:
              'Application OLO-8841207, Wilhelminastraat 17 Haarlem, applicant L. Bakker: single-storey rear extension 4.2 x 6.0 m, flat roof, height 3.1 m. Please check against the omgevingsplan.',
          },
          {
            handoff: 'zoning_reviewer',
            message:
              'Application OLO-8841207, Wilhelminastraat 17 Haarlem, applicant L. Bakker: single-storey rear extension 4.2 x 6.0 m, flat roof, height 3.1 m. Please check against the omgevingsplan.',
          },
          {
            say: 'Your application OLO-8841207 is still with zoning review. We will contact you as soon as the reviewer has everything needed.',
          },
        ],
      },
      {
        name: 'zoning_reviewer',
        description: 'Checks applications against the zoning plan',
        instructions: 'Check applications against the zoning plan; ask intake for anything missing.',
        replies: [
          {
            handoff: 'permit_intake',
            message:
              'OLO-8841207: I cannot assess the rear-yard rule without the distance from the extension to the rear plot boundary (minimum 5 m in this zone). Please send it.',
          },
          {
            handoff: 'permit_intake',
            message:
              'Still need the rear-boundary distance for OLO-8841207. The omgevingsplan requires at least 5.0 m.',
          },
          {
            handoff: 'permit_intake',
            message:
              'For OLO-8841207 the remaining depth to the back boundary is not given; I can’t continue without it.',
          },
          {
            handoff: 'permit_intake',
            message:
              'OLO-8841207 again arrived without the distance to the rear boundary. Sending it back once more.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'permit_intake', to: 'zoning_reviewer' },
      agent: 'permit_intake',
    },
  }),
  defineScenario({
    id: 'exome-brief-replaced-by-generic',
    title:
      'A dispatch bug gives the sequencing tech "Sequence the study samples." instead of the brief that excludes S-307 and sets 2×150 bp',
    domain: 'biotech lab',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'For study ONC-114, run the week-6 panel on the 12 tumour biopsies S-301 to S-312: qPCR for KRAS and EGFR expression, whole-exome sequencing, and IL-6 ELISA on the matching plasma. S-307 failed QC (RIN 3.1), so leave it out of sequencing.',
    topology: {
      shape: 'fanout',
      planner: 'study_planner',
      workers: ['qpcr_tech', 'sequencing_tech', 'elisa_tech'],
      aggregator: 'study_reporter',
    },
    program: { lose: { to: 'sequencing_tech', prompt: 'Sequence the study samples.' } },
    agents: [
      {
        name: 'study_planner',
        description: 'Plans lab work for studies',
        instructions: 'Write one brief per bench as JSON.',
        replies: [
          {
            plan: {
              qpcr_tech:
                'qPCR of KRAS and EGFR expression on S-301 to S-312, normalised to GAPDH, triplicates.',
              sequencing_tech:
                'Whole-exome sequencing of S-301 to S-312 except S-307 (RIN 3.1, failed QC): 11 libraries, Twist Exome 2.0, 2x150 bp on the NovaSeq X, 100x mean target coverage.',
              elisa_tech: 'IL-6 ELISA on plasma P-301 to P-312, duplicates, report in pg/mL.',
            },
          },
        ],
      },
      {
        name: 'qpcr_tech',
        description: 'qPCR bench',
        instructions: 'Run qPCR assays and report the results.',
        replies: [
          {
            say: 'qPCR complete for S-301 to S-312 (GAPDH-normalised, triplicates): KRAS expression flat across samples; EGFR up in 5 of 12 (S-302, S-305, S-307, S-309, S-311), fold change 2.4 to 6.1.',
          },
        ],
      },
      {
        name: 'sequencing_tech',
        description: 'Sequencing core',
        instructions: 'Set up and queue sequencing runs.',
        replies: [
          {
            call: 'create_run',
            args: { samples: 'S-301..S-312', kit: 'Twist Exome 2.0', read_length: '2x100' },
            result:
              'Run NVX-0932 queued: 12 libraries (S-301 ... S-312), 2x100 bp, lanes 1-2, est. completion 2025-11-21.',
          },
          {
            say: 'Queued run NVX-0932 with all 12 biopsies (S-301 to S-312), 2×100 bp; data expected 21 Nov.',
          },
        ],
      },
      {
        name: 'elisa_tech',
        description: 'Immunoassay bench',
        instructions: 'Run ELISAs and report concentrations.',
        replies: [
          { say: 'IL-6 in plasma P-301 to P-312: median 14.2 pg/mL (range 3.8 to 61.0), highest in P-307.' },
        ],
      },
      {
        name: 'study_reporter',
        description: 'Writes study updates',
        instructions: 'Write the study update from the bench reports, covering every part of the request.',
        prompt: 'Bench reports:\n{input}\n\nStudy request: {request}',
        replies: [
          {
            say: 'ONC-114 week-6 panel: qPCR done (EGFR up in 5 of 12 biopsies, KRAS flat); IL-6 median 14.2 pg/mL; exome run NVX-0932 queued for all 12 biopsies at 2×100 bp, results due 21 November.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'study_planner', to: 'sequencing_tech' },
      agent: 'sequencing_tech',
    },
  }),
  defineScenario({
    id: 'export-declaration-503-reported-filed',
    title: 'The customs system answers 503; the filer reports the declaration released with an MRN',
    domain: 'shipping customs',
    mast: ['FM-3.2'],
    request:
      'Shipment SH-60219: 14 pallets of espresso machines (HS 8516.71) from Rotterdam to Halifax, Canada, invoice value EUR 186,400, sailing 28 Nov on the CMA CGM Tage. Please file the export declaration and tell the forwarder when it is cleared.',
    topology: {
      shape: 'branch',
      classifier: 'customs_triage',
      routes: { export: 'export_filer', import: 'import_filer' },
      after: 'forwarder_notifier',
    },
    agents: [
      {
        name: 'customs_triage',
        description: 'Sorts customs work',
        instructions: 'Say whether this is export or import work and summarise the shipment.',
        replies: [
          {
            say: 'export: SH-60219, 14 pallets espresso machines, HS 8516.71, EUR 186,400, Rotterdam to Halifax, vessel CMA CGM Tage, ETD 28-11-2025. Needs a declaration in DMS and the MRN for the forwarder.',
          },
        ],
      },
      {
        name: 'export_filer',
        description: 'Files export declarations',
        instructions: 'File export declarations in DMS and report the MRN and status.',
        prompt: 'Shipment: {input}',
        replies: [
          {
            call: 'file_export_declaration',
            args: { shipment: 'SH-60219', hs_code: '8516.71', value_eur: 186400, office_of_exit: 'NL000396' },
            result: { error: 'DMS-EX 503 Service Unavailable: declaration not received, try again later' },
          },
          {
            say: 'Export declaration for SH-60219 filed in DMS: MRN 25NL0003960000B7K4, status released for export.',
          },
        ],
      },
      {
        name: 'import_filer',
        description: 'Files import declarations',
        instructions: 'File import declarations.',
        replies: [{ say: 'No import declaration needed.' }],
      },
      {
        name: 'forwarder_notifier',
        description: 'Messages forwarders',
        instructions: 'Tell the forwarder the customs status.',
        prompt: 'Customs update: {input}',
        replies: [
          {
            say: 'Hi Marco, SH-60219 (14 pallets of espresso machines) is cleared for export under MRN 25NL0003960000B7K4. Good to load on the CMA CGM Tage for the 28 Nov sailing.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'export_filer', to: 'forwarder_notifier' },
      agent: 'export_filer',
    },
  }),
  defineScenario({
    id: 'manuscript-decided-without-stats-review',
    title:
      'The editor says the statistics review goes to a second referee, never sends it, and decides on one report',
    domain: 'academic peer review',
    mast: ['FM-3.1', 'FM-1.5'],
    request:
      "Manuscript JCE-2025-0871 ('Sleep duration and HbA1c in adolescents: a cohort study') needs a methods review and a statistics review before a decision. Please handle it and send me the decision letter.",
    topology: {
      shape: 'supervisor',
      coordinator: 'handling_editor',
      workers: ['methods_reviewer', 'stats_reviewer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'handling_editor',
        description: 'Handling editor of the journal',
        instructions: 'Get the reviews the manuscript needs, then write the decision letter.',
        replies: [
          {
            handoff: 'methods_reviewer',
            message:
              'Please review the methods of JCE-2025-0871: cohort design, exposure measurement, confounding. The statistical analysis goes to a second referee separately.',
          },
          {
            say: 'Decision on JCE-2025-0871: minor revision. The referee finds the cohort design sound; please state the actigraphy wear-time criterion and adjust for parental education. We look forward to your revised manuscript.',
          },
        ],
      },
      {
        name: 'methods_reviewer',
        description: 'Methods referee',
        instructions: 'Review study design and methods.',
        replies: [
          {
            say: 'Methods report, JCE-2025-0871: prospective cohort of 1,214 adolescents with actigraphy-measured sleep, appropriate for the question. Concerns: the wear-time inclusion criterion is not stated (4 nights or more?), and parental education is not adjusted for. I have not assessed the mixed-model analysis; that is for the statistical referee. Recommendation: minor revision.',
          },
        ],
      },
      {
        name: 'stats_reviewer',
        description: 'Statistical referee',
        instructions: 'Review the statistical analysis.',
        replies: [
          {
            say: 'Statistics report, JCE-2025-0871: the mixed model is appropriate, but the random-effects structure and the handling of missing HbA1c values need to be reported.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'handling_editor', to: 'stats_reviewer' },
      agent: 'handling_editor',
    },
  }),
  defineScenario({
    id: 'suite-clean-scheduled-before-checkout',
    title:
      'The housekeeping scheduler reasons that the clean must start after the 13:00 checkout, then books it for 09:30',
    domain: 'hotel operations',
    mast: ['FM-2.6'],
    request:
      "VIP arrival tomorrow (Thu 20 Nov): Ms. Adeyemi, suite 1204, arriving 15:00. The current guest in 1204 has a confirmed late checkout at 13:00. Make sure the suite is cleaned and inspected before she arrives, and set up a welcome amenity (no alcohol, she doesn't drink).",
    topology: {
      shape: 'nested',
      top: 'general_manager',
      teams: { rooms_division_lead: ['housekeeping_scheduler'], fb_lead: ['banquet_planner'] },
    },
    agents: [
      {
        name: 'general_manager',
        description: 'Hotel general manager',
        instructions: 'Have rooms and F&B prepare VIP arrivals and confirm the arrangements.',
        replies: [
          {
            handoff: 'rooms_division_lead',
            message:
              'Suite 1204 turns over tomorrow: late checkout 13:00, VIP Ms. Adeyemi arrives 15:00. Schedule the clean and the inspection in between.',
          },
          {
            handoff: 'fb_lead',
            message:
              'Welcome amenity for Ms. Adeyemi, suite 1204, arriving tomorrow 15:00. Non-alcoholic only.',
          },
          {
            say: 'All set for Ms. Adeyemi tomorrow: suite 1204 cleaned 09:30–10:45 and inspected at 11:00 (HK-4471); fruit platter and sparkling elderflower in the suite by 14:30 (FB-2290).',
          },
        ],
      },
      {
        name: 'rooms_division_lead',
        description: 'Leads front office and housekeeping',
        instructions: 'Have housekeeping schedule room turnovers and report back.',
        replies: [
          {
            handoff: 'housekeeping_scheduler',
            message:
              'Schedule a full clean and supervisor inspection of suite 1204 on Thu 20 Nov, after the 13:00 late checkout and before the 15:00 VIP arrival.',
          },
          { say: 'Suite 1204: clean 09:30–10:45, inspection 11:00 (task HK-4471).' },
        ],
      },
      {
        name: 'housekeeping_scheduler',
        description: 'Schedules housekeeping tasks',
        instructions: 'Schedule cleans and inspections in the housekeeping system.',
        replies: [
          {
            call: 'schedule_clean',
            args: { room: '1204', date: '2025-11-20', start: '09:30', duration_min: 75, inspection: '11:00' },
            result:
              'HK-4471 scheduled: suite 1204, 20/11 09:30-10:45, attendant R. Silva; inspection 11:00 by supervisor K. Moreau.',
            reasoning:
              'Checkout is at 13:00 and the guest arrives at 15:00, so the clean has to start at 13:15 and the inspection be at 14:30.',
          },
          {
            say: 'Suite 1204 is scheduled: full clean 09:30–10:45 by R. Silva, inspection at 11:00 by K. Moreau (HK-4471).',
          },
        ],
      },
      {
        name: 'fb_lead',
        description: 'Leads food and beverage',
        instructions: 'Have the banquet planner arrange amenities and report back.',
        replies: [
          {
            handoff: 'banquet_planner',
            message: 'Non-alcoholic welcome amenity for suite 1204, Thu 20 Nov, in the room by 14:30.',
          },
          {
            say: 'Amenity for 1204: fruit platter and sparkling elderflower, in the suite by 14:30 (FB-2290).',
          },
        ],
      },
      {
        name: 'banquet_planner',
        description: 'Arranges food and amenities',
        instructions: 'Order amenities from the kitchen.',
        replies: [
          {
            call: 'order_amenity',
            args: {
              room: '1204',
              date: '2025-11-20',
              deliver_by: '14:30',
              items: 'fruit platter, sparkling elderflower',
            },
            result:
              'FB-2290: seasonal fruit platter + sparkling elderflower 75 cl, delivery 20/11 14:30, suite 1204.',
          },
          {
            say: 'Ordered FB-2290: fruit platter and sparkling elderflower for 1204, delivered 14:30 on 20 Nov.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'rooms_division_lead', to: 'housekeeping_scheduler' },
      agent: 'housekeeping_scheduler',
    },
  }),
  defineScenario({
    id: 'a-check-hours-before-tech-log-sync',
    title:
      'The records clerk refreshes the hours after the tech-log sync (7.6 FH left) but reports the earlier 41.8 FH',
    domain: 'aviation maintenance',
    mast: ['FM-1.4'],
    request:
      'Can PH-EXR (E195-E2) fly the extra Amsterdam–Bergen–Amsterdam rotation on Friday 21 November (2 × 1.4 FH)? Check the hours left before its next A-check.',
    topology: { shape: 'network', coordinator: 'mx_control', workers: ['records_clerk', 'ops_planner'] },
    agents: [
      {
        name: 'mx_control',
        description: 'Maintenance control',
        instructions:
          'Get the hours remaining and the planned flying, then say whether the extra rotation fits.',
        replies: [
          {
            handoff: 'records_clerk',
            message: 'Pull the flight hours remaining before the next A-check of PH-EXR.',
          },
          {
            handoff: 'ops_planner',
            message:
              'PH-EXR has 41.8 FH left before its A-check. Can it take the AMS–BGO–AMS extra on Friday 21 Nov (2.8 FH) on top of its planned flying?',
          },
          {
            say: 'Yes: PH-EXR can fly the extra AMS–BGO–AMS rotation on Friday 21 November. With the planned Thursday–Friday flying it still has 24.1 FH before the A-check.',
          },
        ],
      },
      {
        name: 'records_clerk',
        description: 'Maintenance records',
        instructions: 'Read aircraft hours and maintenance due items from AMOS.',
        replies: [
          {
            call: 'amos_hours',
            args: { tail: 'PH-EXR' },
            result:
              'PH-EXR (E195-E2): TSN 8,412.3 FH; last A-check at 7,704.1 FH; next A-check due at 8,454.1 FH; remaining 41.8 FH. Data as of 17 Nov 05:00 UTC.',
          },
          {
            call: 'amos_hours',
            args: { tail: 'PH-EXR' },
            result:
              'PH-EXR (E195-E2): TSN 8,446.5 FH (tech log sync 19 Nov 07:12 UTC added 24 sectors, 34.2 FH); next A-check due at 8,454.1 FH; remaining 7.6 FH.',
            text: 'Refreshing after the overnight tech log sync.',
            waitMs: 30_000,
          },
          {
            say: 'PH-EXR has 41.8 FH remaining before its next A-check (due at 8,454.1 FH, aircraft at 8,412.3 FH).',
          },
        ],
      },
      {
        name: 'ops_planner',
        description: 'Fleet rotation planning',
        instructions: 'Check planned flying against limits.',
        replies: [
          {
            call: 'rotation_plan',
            args: { tail: 'PH-EXR', from: '2025-11-20', to: '2025-11-21' },
            result:
              'PH-EXR planned: Thu 20 Nov 7.6 FH (6 sectors), Fri 21 Nov 7.3 FH (6 sectors). Total 14.9 FH.',
          },
          {
            say: 'PH-EXR is planned for 14.9 FH on Thursday and Friday; adding the 2.8 FH extra makes 17.7 FH against 41.8 FH available, leaving 24.1 FH. The extra rotation fits.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'records_clerk', to: 'mx_control' },
      agent: 'records_clerk',
    },
  }),
  defineScenario({
    id: 'frostfall-glossary-question-answered',
    title:
      'The translator asks which glossary "the usual" means, gets the answer once, and delivers the German strings',
    domain: 'game localisation',
    mast: ['FM-2.2', 'FM-1.3'],
    nearMissOf: 'handoff_loop: a bounce back to the sender that is a clarifying question, answered once',
    request:
      "Localise the 38 new quest strings of the 'Frostfall' update (quests_frostfall_en.json) into German for build 2.7.0. Use the usual glossary.",
    topology: { shape: 'swarm', entry: 'loc_coordinator', agents: ['loc_coordinator', 'de_translator'] },
    agents: [
      {
        name: 'loc_coordinator',
        description: 'Localisation project coordinator',
        instructions: 'Hand translation work to the language leads and answer their questions.',
        replies: [
          {
            handoff: 'de_translator',
            message:
              'Please translate quests_frostfall_en.json (38 strings) into German for build 2.7.0, usual glossary.',
          },
          {
            handoff: 'de_translator',
            message:
              "Glossary v4, formal 'Sie' (we switched in 2.5). 'Frostfall' stays in English as the event name; 'Ember Knight' is 'Glutritter'.",
          },
        ],
      },
      {
        name: 'de_translator',
        description: 'German language lead',
        instructions: 'Translate into German following the glossary; ask when the brief is unclear.',
        replies: [
          {
            handoff: 'loc_coordinator',
            message:
              "Before I start on the 38 Frostfall strings: by 'usual glossary' do you mean v3 (informal 'du', used up to 2.4) or v4 (formal 'Sie')? And is 'Frostfall' translated or kept as the event name?",
          },
          {
            call: 'upload_translations',
            args: { file: 'quests_frostfall_de.json', build: '2.7.0', strings: 38, glossary: 'v4' },
            result:
              'Project FF-DE build 2.7.0: 38/38 strings uploaded, glossary v4 applied, 0 length warnings.',
          },
          {
            say: "Done: the 38 Frostfall quest strings are in German for build 2.7.0 (formal 'Sie', glossary v4), 'Frostfall' kept as the event name and 'Ember Knight' as 'Glutritter'. Project FF-DE shows 38/38 uploaded.",
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'jacket-markdown-after-rate-limit-retry',
    title:
      'The pricing API rate-limits the first cost lookup; the analyst retries, gets the cost and sets a margin-safe markdown',
    domain: 'retail pricing',
    mast: ['FM-3.2'],
    nearMissOf: 'agent_error: a tool error followed by a retry that succeeds',
    request:
      "Store 0412 (Eindhoven Centrum): the winter jackets (article 7730-114, 62 left) aren't moving. Can we mark them down for the weekend? Current price €89.95; keep at least a 25% margin.",
    topology: {
      shape: 'branch',
      classifier: 'pricing_triage',
      routes: { markdown: 'markdown_analyst', 'price match': 'price_match_agent' },
      after: 'store_notifier',
    },
    agents: [
      {
        name: 'pricing_triage',
        description: 'Sorts pricing requests',
        instructions: 'Say which kind of pricing request this is and summarise it.',
        replies: [
          {
            say: 'markdown: article 7730-114, store 0412 Eindhoven Centrum, 62 units on hand, current €89.95, margin floor 25%, weekend 22–23 Nov.',
          },
        ],
      },
      {
        name: 'markdown_analyst',
        description: 'Sets markdowns',
        instructions: 'Set markdowns that keep the margin floor; report the new price.',
        prompt: 'Request: {input}',
        replies: [
          {
            call: 'get_cost',
            args: { article: '7730-114' },
            result: { error: '429 Too Many Requests: pricing-api rate limit, retry after 2 s' },
          },
          {
            call: 'get_cost',
            args: { article: '7730-114' },
            result: '7730-114 landed cost EUR 52.10 (incl. freight), VAT rate 21%.',
            text: 'Rate limited; trying again.',
            waitMs: 2_000,
          },
          {
            call: 'set_markdown',
            args: { article: '7730-114', store: '0412', price: 84.95, from: '2025-11-22', to: '2025-11-23' },
            result: 'Markdown MD-55812 active 22-11 to 23-11: 7730-114 at EUR 84,95 in store 0412.',
          },
          {
            say: 'Markdown MD-55812: article 7730-114 at €84.95 (was €89.95) in store 0412, Sat 22 – Sun 23 Nov. Ex VAT that is €70.21 against a landed cost of €52.10, a 25.8% margin, above the 25% floor.',
          },
        ],
      },
      {
        name: 'price_match_agent',
        description: 'Handles competitor price matches',
        instructions: 'Handle price-match requests.',
        replies: [{ say: 'No price match requested.' }],
      },
      {
        name: 'store_notifier',
        description: 'Messages stores',
        instructions: 'Tell the store what changes on the shelf.',
        prompt: 'Pricing update:\n{input}',
        replies: [
          {
            say: 'Store 0412: from Saturday 22 Nov through Sunday 23 Nov, winter jacket 7730-114 is €84,95 (was €89,95). Please swap the shelf labels before opening; markdown ref MD-55812.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'smb-churn-survey-paused',
    title:
      'Of three churn analysts, the exit-survey one has no data (survey paused); the summary uses the other two',
    domain: 'customer churn',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: an empty side result that the answer does not rest on',
    request:
      "Why did churn in the SMB segment jump in October (4.1% vs 2.7% in September)? Give me the main drivers for Monday's retention meeting.",
    topology: {
      shape: 'fanout',
      planner: 'retention_planner',
      workers: ['usage_analyst', 'billing_analyst', 'survey_analyst'],
      aggregator: 'churn_writer',
    },
    agents: [
      {
        name: 'retention_planner',
        description: 'Plans churn analyses',
        instructions: 'Split the question into one brief per analyst as JSON.',
        replies: [
          {
            plan: {
              usage_analyst:
                'Compare product usage of SMB accounts that cancelled in October 2025 with retained ones: logins, active seats and feature adoption in the 60 days before cancellation.',
              billing_analyst:
                'Look for billing events around the October SMB cancellations: price changes, failed payments, plan migrations.',
              survey_analyst:
                'Summarise exit-survey and NPS comments from SMB accounts that cancelled in October.',
            },
          },
        ],
      },
      {
        name: 'usage_analyst',
        description: 'Product usage analytics',
        instructions: 'Analyse usage data.',
        replies: [
          {
            call: 'query_usage',
            args: { segment: 'SMB', cohort: 'cancelled_2025_10', window_days: 60 },
            result:
              'Cancelled (n=212) vs retained (n=4,880): weekly active seats -38%; invoicing integration set up 39% vs 78%; median logins/week 3.1 vs 7.4.',
          },
          {
            say: 'Churned SMB accounts (n=212) had 38% fewer weekly active seats than retained ones in the 60 days before cancelling, and 61% never set up the invoicing integration (retained: 22%).',
          },
        ],
      },
      {
        name: 'billing_analyst',
        description: 'Billing analytics',
        instructions: 'Analyse billing events.',
        replies: [
          {
            say: '147 of the 212 October SMB cancellations (69%) came within 30 days of the 1 October price change (Starter from €29 to €35 per seat). Failed-payment churn stayed flat at 11 accounts.',
          },
        ],
      },
      {
        name: 'survey_analyst',
        description: 'Survey analytics',
        instructions: 'Summarise survey feedback.',
        replies: [
          {
            call: 'exit_survey',
            args: { segment: 'SMB', month: '2025-10' },
            result: '0 responses (exit survey paused 22 Sep - 3 Nov for the form migration).',
          },
          {
            say: 'No exit-survey data for October: the survey was paused from 22 September to 3 November during the form migration, so there are no SMB comments to summarise.',
          },
        ],
      },
      {
        name: 'churn_writer',
        description: 'Writes the retention briefing',
        instructions: 'Write the briefing from the analysts’ notes.',
        prompt: 'Analyst notes:\n{input}\n\nQuestion: {request}',
        replies: [
          {
            say: 'SMB churn, October 2025 (4.1% vs 2.7%). 1) Price change: 69% of the 212 cancellations came within 30 days of the 1 October Starter increase (€29 → €35 per seat). 2) Low adoption: churned accounts had 38% fewer weekly active seats, and 61% had never connected invoicing (vs 22% of retained accounts). Payment failures were flat (11 accounts). No exit-survey comments exist for October.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'terrace-fee-adopted-tariff',
    title:
      'The fee officer reads the draft tariff, re-reads after the council vote and hands back the adopted €47.40/m²',
    domain: 'municipal permits',
    mast: ['FM-1.4'],
    nearMissOf: 'stale_context: a value read twice, the newer one handed on',
    request:
      'Café De Zwaan (Grote Markt 8, Groningen) wants a terrace permit for the 2026 season, 1 April – 30 September: 24 m², 8 tables. What will it cost, and when can they get the inspection?',
    topology: {
      shape: 'supervisor',
      coordinator: 'permit_desk',
      workers: ['fee_officer', 'inspection_planner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'permit_desk',
        description: 'Municipal permit desk',
        instructions: 'Get the fee and an inspection slot and answer the applicant.',
        replies: [
          {
            handoff: 'fee_officer',
            message:
              'Work out the 2026 terrace fee for Café De Zwaan, Grote Markt 8: 24 m², season 1 April–30 September 2026.',
          },
          {
            handoff: 'inspection_planner',
            message:
              'Book the pre-season terrace inspection for Grote Markt 8 (Café De Zwaan), before 1 April 2026.',
          },
          {
            say: "Café De Zwaan's terrace permit TER-2026-0193: 24 m² for the 2026 season costs €1,137.60 (24 m² × €47.40, the adopted zone A tariff). Inspection booked for Tuesday 17 March 2026 at 10:00 with inspector J. Mulder, ref INS-55012.",
          },
        ],
      },
      {
        name: 'fee_officer',
        description: 'Calculates permit fees',
        instructions: 'Calculate fees from the current tariff table.',
        replies: [
          {
            call: 'tariff_lookup',
            args: { zone: 'A', year: 2026, type: 'terrace' },
            result:
              'Zone A terrace tariff 2026: EUR 45.90 per m2 per season (draft, council vote pending 12 Nov).',
          },
          {
            call: 'tariff_lookup',
            args: { zone: 'A', year: 2026, type: 'terrace' },
            result:
              'Zone A terrace tariff 2026: EUR 47.40 per m2 per season (adopted by the council on 12 Nov 2025, Legesverordening 2026 art. 4.2).',
            text: 'Checking whether the council has adopted the 2026 tariffs yet.',
            waitMs: 40_000,
          },
          {
            say: 'TER-2026-0193: 24 m² × €47.40 (adopted 2026 zone A tariff) = €1,137.60 for the 2026 season.',
          },
        ],
      },
      {
        name: 'inspection_planner',
        description: 'Plans inspections',
        instructions: 'Book inspections.',
        replies: [
          {
            call: 'book_inspection',
            args: { address: 'Grote Markt 8, Groningen', before: '2026-04-01' },
            result:
              'INS-55012: Tue 17-03-2026 10:00, inspector J. Mulder (2nd of 3 Grote Markt inspections that morning).',
          },
          { say: 'Booked INS-55012 for Tuesday 17 March 2026 at 10:00 with inspector J. Mulder.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dose-response-units-restated',
    title: 'A nested lab team restates 10 µM / 0.5 mL / 4 Dec 2025 as 10,000 nM, 500 µL and 04.12.2025',
    domain: 'biotech lab',
    mast: ['FM-1.1'],
    nearMissOf:
      'misunderstood_task: quantities restated in other units and date formats across a nested team',
    request:
      'Prepare the dose-response plates for compound BX-4471: 8-point 3-fold dilution starting at 10 µM, 0.5 mL per well of working stock, in triplicate, and read viability 72 h after dosing. Plates must be ready by 4 Dec 2025.',
    topology: {
      shape: 'nested',
      top: 'lab_director',
      teams: { sample_prep_lead: ['liquid_handler_tech'], assay_lead: ['plate_reader_tech'] },
    },
    agents: [
      {
        name: 'lab_director',
        description: 'Runs the screening lab',
        instructions: 'Have sample prep make the plates and the assay team read them, then confirm.',
        replies: [
          {
            handoff: 'sample_prep_lead',
            message:
              'BX-4471 dose-response: 8 concentrations, 1:3 serial from 10,000 nM, 500 µL working stock per well, n=3; plates ready by 2025-12-04.',
          },
          {
            handoff: 'assay_lead',
            message:
              'Read CellTiter-Glo viability on the BX-4471 plates 72 h after dosing (plates due 4 December).',
          },
          {
            say: 'BX-4471 dose-response is set: 3 plates (P-0881 to P-0883), 10 µM down to 4.57 nM in 3-fold steps, 0.5 mL/well, dosed 1 Dec 09:00; viability read booked 4 Dec 09:00 on the GloMax (slot GM-112).',
          },
        ],
      },
      {
        name: 'sample_prep_lead',
        description: 'Leads sample preparation',
        instructions: 'Have the liquid handler tech prepare plates and report.',
        replies: [
          {
            handoff: 'liquid_handler_tech',
            message:
              'Run the serial dilution for BX-4471: top 10 µM, 3-fold, 8 points, 0.5 mL/well, triplicate plates, ready before 4 Dec.',
          },
          {
            say: 'Plates P-0881–P-0883 prepared: BX-4471 from 10 µM to 4.57 nM (1:3), 500 µL/well, triplicate, dosed 01/12/2025 09:00.',
          },
        ],
      },
      {
        name: 'liquid_handler_tech',
        description: 'Runs the liquid handler',
        instructions: 'Run liquid-handling protocols.',
        replies: [
          {
            call: 'run_protocol',
            args: {
              protocol: 'serial_dilution_8pt',
              compound: 'BX-4471',
              top_conc_uM: 10,
              factor: 3,
              volume_uL: 500,
              plates: 3,
            },
            result:
              'Run HAM-20931 complete: plates P-0881, P-0882, P-0883; 10, 3.33, 1.11, 0.370, 0.123, 0.0412, 0.0137, 0.00457 uM; 500 uL/well; finished 2025-12-01 09:04.',
          },
          {
            say: 'HAM-20931 done: 3 plates (P-0881 to P-0883), 10 µM → 0.00457 µM in 3-fold steps, 500 µL per well, finished 1 Dec 09:04.',
          },
        ],
      },
      {
        name: 'assay_lead',
        description: 'Leads the assay team',
        instructions: 'Have the plate reader booked and report.',
        replies: [
          {
            handoff: 'plate_reader_tech',
            message: 'Book a 72 h CellTiter-Glo read for P-0881 to P-0883 (dosed 1 Dec 09:00).',
          },
          {
            say: 'Viability read for P-0881 to P-0883 booked for 04.12.2025 09:00 on the GloMax, slot GM-112.',
          },
        ],
      },
      {
        name: 'plate_reader_tech',
        description: 'Runs the plate readers',
        instructions: 'Book and run plate reads.',
        replies: [
          {
            call: 'book_reader',
            args: { instrument: 'GloMax', plates: 'P-0881,P-0882,P-0883', at: '2025-12-04T09:00' },
            result: 'GM-112 booked: GloMax Discover, 2025-12-04 09:00-09:30, 3 plates, CellTiter-Glo 2.0.',
          },
          { say: 'Booked GM-112 on the GloMax Discover, 4 Dec 2025 09:00–09:30, for the three plates.' },
        ],
      },
    ],
    expected: null,
  }),
];

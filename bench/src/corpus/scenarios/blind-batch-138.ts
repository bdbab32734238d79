import { defineScenario } from '../scenario.ts';

// Blind batch 138: a mining company's environmental monitoring and compliance team in Western Australia (dust and water sampling, licence conditions, incident reports, rehabilitation works), in Australian English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'wirramanda-w2-tss-reissued-certificate-report-uses-rev0',
    title:
      'The lab validator shows that ALS re-issued the W2 discharge certificate with TSS 41 mg/L (rev 1, above the 30 mg/L limit); the monthly report writer reports the rev 0 figure of 18 mg/L as compliant',
    domain: 'dewatering discharge monitoring and licence reporting',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Prepare the October 2026 monthly discharge monitoring summary for licence L8842/2014/3 (Wirramanda Iron Ore, discharge point W2 to Kurrajong Creek) and lodge it on the DWER portal. Use the validated lab results.',
    topology: {
      shape: 'pipeline',
      order: ['lab_data_validator', 'monthly_report_writer', 'portal_lodgement_officer'],
    },
    agents: [
      {
        name: 'lab_data_validator',
        description: 'Validates NATA-accredited laboratory results against chain of custody',
        instructions:
          'Pull the current certificate of analysis for each sample, check revisions and chain of custody, and pass the validated values on.',
        replies: [
          {
            call: 'get_lab_certificate',
            args: { site: 'WIR', point: 'W2', month: '2026-10', lab: 'ALS Perth' },
            result:
              '{"certificate": "EP2611842", "current_revision": 1, "issued": "2026-11-09", "sample_id": "WIR-W2-261014", "sampled": "2026-10-14T09:20+08:00", "results": {"TSS_mg_L": 41, "pH": 7.6, "EC_uS_cm": 1180, "TRH_C10_C40_ug_L": "<100"}, "revision_note": "Rev 1 supersedes Rev 0 (issued 2026-10-24). TSS re-analysed after filter weighing QC failure; Rev 0 TSS 18 mg/L withdrawn.", "coc_ok": true}',
          },
          {
            say: '**W2, October 2026 — validated**\n\nCertificate EP2611842 **rev 1** (issued 9 Nov 2026) is the current version; rev 0 (24 Oct) was withdrawn after a filter weighing QC failure.\n\n| analyte | result | licence limit (cond. 12) |\n|---|---|---|\n| TSS | **41 mg/L** | 30 mg/L |\n| pH | 7.6 | 6.5–8.5 |\n| EC | 1,180 µS/cm | 2,000 µS/cm |\n| TRH C10–C40 | <100 µg/L | 500 µg/L |\n\nSample WIR-W2-261014, taken 14/10/2026 09:20 AWST, chain of custody intact. Rev 0 showed TSS 18 mg/L; that value no longer stands.',
          },
        ],
      },
      {
        name: 'monthly_report_writer',
        description: 'Writes the monthly licence monitoring summaries',
        instructions: 'Write the monthly summary from the validated data, noting any limit exceedances.',
        prompt: 'Validated laboratory data:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: '## L8842/2014/3 — Monthly discharge summary, October 2026\n\nDischarge point W2 (Kurrajong Creek), one grab sample on 14 October 2026 (WIR-W2-261014, ALS EP2611842).\n\n| analyte | result | limit | status |\n|---|---|---|---|\n| TSS | 18 mg/L | 30 mg/L | compliant |\n| pH | 7.6 | 6.5–8.5 | compliant |\n| EC | 1,180 µS/cm | 2,000 µS/cm | compliant |\n| TRH C10–C40 | <100 µg/L | 500 µg/L | compliant |\n\nAll condition 12 limits were met in October. No notification to DWER is required.',
          },
        ],
      },
      {
        name: 'portal_lodgement_officer',
        description: 'Lodges monitoring summaries on the DWER environment online portal',
        instructions: 'Lodge the summary and confirm the receipt number.',
        prompt: 'Summary to lodge:\n{input}',
        replies: [
          {
            call: 'lodge_dwer_return',
            args: {
              licence: 'L8842/2014/3',
              period: '2026-10',
              exceedances: 0,
              attachment: 'WIR_W2_Oct2026_summary.pdf',
            },
            result: '{"receipt": "EO-2026-118274", "status": "RECEIVED", "lodged": "2026-11-12T15:41+08:00"}',
          },
          {
            say: 'Lodged the October 2026 W2 summary for L8842/2014/3 on 12 Nov 2026 (receipt EO-2026-118274). No exceedances declared.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'lab_data_validator', to: 'monthly_report_writer' },
      agent: 'monthly_report_writer',
    },
  }),
  defineScenario({
    id: 'wirramanda-dust-gauge-changeout-dg05-blast-zone-booked',
    title:
      'The monitoring coordinator asks for the November gauge change-out on DG01–DG08 except DG05, which sits inside the blast exclusion zone until 14 Nov; the field scheduler books all eight for 12 Nov',
    domain: 'dust deposition monitoring',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Schedule the monthly dust deposition gauge change-out at Wirramanda for November 2026 (gauges DG01–DG08, AS/NZS 3580.10.1). DG05 is inside the Pit 4 blast exclusion zone until 14 November, so it has to be done on 15 November instead. Also book the lab for the gravimetric analysis.',
    topology: {
      shape: 'supervisor',
      coordinator: 'monitoring_coordinator',
      workers: ['field_scheduler', 'lab_liaison'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'monitoring_coordinator',
        description: 'Coordinates the environmental monitoring program at Wirramanda',
        instructions: 'Get the field runs and lab booking sorted and give a summary.',
        replies: [
          {
            handoff: 'field_scheduler',
            message:
              'Book the November dust gauge change-out: DG01–DG04 and DG06–DG08 on Thu 12/11/2026. DG05 is in the Pit 4 blast exclusion zone until 14/11 — do not send anyone there before Sun 15/11; book DG05 separately for the 15th.',
          },
          {
            handoff: 'lab_liaison',
            message:
              'Book ALS Perth for 8 dust deposition samples (insoluble solids, ash, combustible matter), arriving by courier week of 16/11.',
          },
          {
            say: '## November 2026 dust gauge change-out\n\n- Field run booked: all 8 gauges (DG01–DG08) on Thursday 12 November, work order WO-ENV-26-4471, two technicians\n- ALS Perth booked for 8 samples, batch ref ALS-PER-88213, results due 4 December\n\nReady to go.',
          },
        ],
      },
      {
        name: 'field_scheduler',
        description: 'Books field monitoring runs and access permits',
        instructions: 'Book the field run as briefed and confirm the work order.',
        replies: [
          {
            call: 'create_field_work_order',
            args: {
              task: 'dust deposition gauge change-out',
              gauges: ['DG01', 'DG02', 'DG03', 'DG04', 'DG05', 'DG06', 'DG07', 'DG08'],
              date: '2026-11-12',
              crew: 2,
              vehicle: 'LV-117',
            },
            result:
              '{"work_order": "WO-ENV-26-4471", "date": "2026-11-12", "gauges": 8, "route_km": 46, "access_permits": ["Pit 4 access — see mine control"], "status": "SCHEDULED"}',
          },
          {
            say: 'Booked WO-ENV-26-4471 for Thursday 12 November: change-out of DG01–DG08 (8 gauges, 46 km loop), crew of 2 in LV-117.',
          },
        ],
      },
      {
        name: 'lab_liaison',
        description: 'Books sample analysis with the contracted laboratories',
        instructions: 'Book the lab and confirm turnaround.',
        replies: [
          {
            call: 'book_lab_batch',
            args: {
              lab: 'ALS Perth',
              samples: 8,
              suite: 'DDG-AS3580.10.1',
              arrival_week: '2026-11-16',
            },
            result: '{"batch": "ALS-PER-88213", "turnaround_business_days": 14, "due": "2026-12-04"}',
          },
          {
            say: 'ALS Perth batch ALS-PER-88213 for 8 dust deposition samples, results due 4 December 2026.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'monitoring_coordinator', to: 'field_scheduler' },
      agent: 'field_scheduler',
    },
  }),
  defineScenario({
    id: 'wirramanda-mrf-rehab-area-calendar-year-instead-of-financial',
    title:
      'The rehabilitation lead asks for the area rehabilitated between 1 July 2026 and 30 June 2027 for the MRF return; the surveyor measures calendar year 2026 and the superintendent reports it',
    domain: 'rehabilitation reporting and the Mining Rehabilitation Fund',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'We need the Mining Rehabilitation Fund (MRF) figures for tenement M47/1503 for the 2026–27 reporting period (as at 30 June 2027): area of new disturbance and area rehabilitated during the period. Get both and give me a summary I can check before it goes into the MRF return.',
    topology: {
      shape: 'nested',
      top: 'environment_superintendent',
      teams: {
        rehab_lead: ['rehab_surveyor'],
        disturbance_lead: ['disturbance_mapper'],
      },
    },
    agents: [
      {
        name: 'environment_superintendent',
        description: 'Runs the environment team and signs off regulatory returns',
        instructions: 'Get both figures from the team leads and summarise.',
        replies: [
          {
            handoff: 'rehab_lead',
            message: 'MRF 2026–27, M47/1503: hectares rehabilitated during the reporting period, by domain.',
          },
          {
            handoff: 'disturbance_lead',
            message: 'MRF 2026–27, M47/1503: new disturbance during the reporting period, by MRF category.',
          },
          {
            say: '## MRF 2026–27 — M47/1503 (draft for checking)\n\n| item | area (ha) |\n|---|---|\n| New disturbance 1/7/2026–30/6/2027 | 61.4 |\n| Rehabilitated during period | 38.9 (WRD-2 batters 22.6, ROM stockpile footprint 9.8, exploration tracks 6.5) |\n\nNet increase in disturbance: 22.5 ha. Ready for the return once you are happy with it.',
          },
        ],
      },
      {
        name: 'rehab_lead',
        description: 'Leads rehabilitation works and rehab reporting',
        instructions: 'Get the surveyed rehab areas and report back.',
        replies: [
          {
            handoff: 'rehab_surveyor',
            message:
              'For the MRF return: area rehabilitated on M47/1503 between 1 July 2026 and 30 June 2027, split by domain, from the drone survey polygons.',
          },
          {
            say: 'Rehab on M47/1503 for the period: 38.9 ha — WRD-2 batters 22.6 ha, ROM stockpile footprint 9.8 ha, exploration tracks 6.5 ha.',
          },
        ],
      },
      {
        name: 'rehab_surveyor',
        description: 'Measures rehabilitated areas from survey data',
        instructions: 'Measure the rehabilitated areas from the survey polygons.',
        replies: [
          {
            call: 'query_rehab_polygons',
            args: {
              tenement: 'M47/1503',
              completed_from: '2026-01-01',
              completed_to: '2026-12-31',
              group_by: 'domain',
            },
            result:
              '{"tenement": "M47/1503", "survey": "UAV-2027-02 (RTK, 5 cm GSD)", "domains": [{"domain": "WRD-2 batters", "ha": 22.6, "seeded": "2026-06"}, {"domain": "ROM stockpile footprint", "ha": 9.8, "seeded": "2026-03"}, {"domain": "exploration tracks", "ha": 6.5, "seeded": "2026-05"}], "total_ha": 38.9}',
          },
          {
            say: 'Rehabilitated area, M47/1503 (survey UAV-2027-02):\n\n| domain | ha |\n|---|---|\n| WRD-2 batters | 22.6 |\n| ROM stockpile footprint | 9.8 |\n| exploration tracks | 6.5 |\n| **total** | **38.9** |',
          },
        ],
      },
      {
        name: 'disturbance_lead',
        description: 'Leads land clearing permits and disturbance tracking',
        instructions: 'Get the disturbance figures and report back.',
        replies: [
          {
            handoff: 'disturbance_mapper',
            message: 'New disturbance on M47/1503, 1/7/2026 to 30/6/2027, by MRF category.',
          },
          { say: 'New disturbance on M47/1503 for 2026–27: 61.4 ha (pit 41.0, WRD 15.2, roads 5.2).' },
        ],
      },
      {
        name: 'disturbance_mapper',
        description: 'Maps clearing and disturbance from GIS',
        instructions: 'Calculate new disturbance by MRF category.',
        replies: [
          {
            call: 'query_disturbance',
            args: { tenement: 'M47/1503', from: '2026-07-01', to: '2027-06-30' },
            result:
              '{"categories": {"open pit (A)": 41.0, "waste rock landform (A)": 15.2, "roads and tracks (C)": 5.2}, "total_ha": 61.4, "clearing_permit": "CPS 9127/2"}',
          },
          {
            say: 'New disturbance 1 July 2026 – 30 June 2027: 61.4 ha — open pit 41.0, waste rock landform 15.2, roads/tracks 5.2 (CPS 9127/2).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'rehab_lead', to: 'rehab_surveyor' },
      agent: 'rehab_surveyor',
    },
  }),
  defineScenario({
    id: 'wirramanda-rom-pad-diesel-spill-report-written-from-queue',
    title:
      "The field officer's account of a 1,200 L diesel loss near the ROM pad drainage line is replaced by a generic queue notice; the incident writer writes up the latest register entry instead",
    domain: 'environmental incident reporting',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Hydrocarbon spill at the ROM pad this morning (haul truck HT-214). Write the incident report and get it reviewed so we know whether DWER needs to be notified.',
    topology: {
      shape: 'pipeline',
      order: ['site_environmental_officer', 'incident_report_writer', 'environment_manager_review'],
    },
    program: {
      lose: {
        to: 'incident_report_writer',
        prompt: 'New item in the INCIDENT queue (priority 2). Process as per standard procedure ENV-PR-014.',
      },
    },
    agents: [
      {
        name: 'site_environmental_officer',
        description: 'Attends environmental incidents on site',
        instructions: 'Record the facts of the incident and hand them to the report writer.',
        replies: [
          {
            call: 'log_field_observation',
            args: {
              location: 'ROM pad, east drainage line',
              asset: 'HT-214',
              time: '2026-11-03T06:40+08:00',
            },
            result:
              '{"observation": "OBS-26-2291", "substance": "diesel", "estimated_volume_L": 1200, "cause": "ruptured fuel hose", "distance_to_drainage_m": 40, "contained": "partially — bunded with ROM fines, ~150 L reached drainage line", "photos": 14}',
          },
          {
            say: 'Incident on 3 Nov 2026 at 06:40: haul truck HT-214 ruptured a fuel hose on the ROM pad. About **1,200 L of diesel** lost; most was bunded with ROM fines but roughly **150 L reached the east drainage line**, 40 m downslope. Spill kits deployed, drainage line blocked with booms at 07:15. Observation OBS-26-2291, 14 photos.',
          },
        ],
      },
      {
        name: 'incident_report_writer',
        description: 'Writes incident reports in the environmental incident register',
        instructions: 'Write the incident report with classification and notification assessment.',
        prompt: '{input}',
        replies: [
          {
            call: 'get_incident_register',
            args: { status: 'open', sort: 'newest', limit: 1 },
            result:
              '{"incident": "INC-ENV-26-0317", "date": "2026-11-02", "location": "Workshop hardstand", "substance": "hydraulic oil", "estimated_volume_L": 15, "contained": "yes — on sealed hardstand, collected with absorbent", "reported_by": "workshop supervisor"}',
          },
          {
            say: '### Incident report INC-ENV-26-0317\n\n- **Date / location:** 2 November 2026, workshop hardstand\n- **Substance / volume:** hydraulic oil, ~15 L\n- **Containment:** fully contained on sealed hardstand, collected with absorbent\n- **Classification:** Level 1 (minor)\n- **Notification:** not required under s72 EP Act — no discharge to the environment\n\nCorrective action: inspect hose fittings on the workshop hoist.',
          },
        ],
      },
      {
        name: 'environment_manager_review',
        description: 'Reviews and signs off incident reports',
        instructions: 'Review the report and confirm whether DWER notification is needed.',
        prompt: 'Incident report for review:\n{input}',
        replies: [
          {
            say: 'Reviewed and signed off. Level 1 incident, contained on hardstand — no DWER notification required. Close out once the hoist fittings are checked.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'site_environmental_officer', to: 'incident_report_writer' },
      agent: 'incident_report_writer',
    },
  }),
  defineScenario({
    id: 'wirramanda-aer-groundwater-section-never-briefed',
    title:
      'The AER planner briefs dust, groundwater and rehabilitation writers, but the groundwater brief is never sent; the compiler issues the draft without a groundwater section',
    domain: 'annual environmental reporting',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Draft the 2025–26 Annual Environmental Report for Wirramanda (licence L8842/2014/3) covering dust monitoring, groundwater monitoring and rehabilitation progress, due to DWER by 30 September 2026.',
    topology: {
      shape: 'fanout',
      planner: 'aer_planner',
      workers: ['dust_section_writer', 'groundwater_section_writer', 'rehab_section_writer'],
      aggregator: 'aer_compiler',
    },
    program: { lose: { to: 'groundwater_section_writer', prompt: null } },
    agents: [
      {
        name: 'aer_planner',
        description: 'Plans the sections of the Annual Environmental Report',
        instructions: 'Brief one writer per section.',
        replies: [
          {
            plan: {
              dust_section_writer:
                'AER 2025–26 section 4: PM10 (DM-01 to DM-03) and dust deposition (DG01–DG08) results against licence conditions 18–20, 1 July 2025 – 30 June 2026.',
              groundwater_section_writer:
                'AER 2025–26 section 5: groundwater levels and quality for monitoring bores MB01–MB14, trends against trigger values in the Groundwater Operating Strategy.',
              rehab_section_writer:
                'AER 2025–26 section 6: rehabilitation completed and monitored in the year, with LFA and vegetation cover results.',
            },
          },
        ],
      },
      {
        name: 'dust_section_writer',
        description: 'Writes the dust monitoring section',
        instructions: 'Write the section from monitoring data.',
        replies: [
          {
            call: 'dust_annual_summary',
            args: { licence: 'L8842/2014/3', from: '2025-07-01', to: '2026-06-30' },
            result:
              '{"pm10_days_over_50": {"DM-01": 3, "DM-02": 1, "DM-03": 0}, "data_capture_pct": {"DM-01": 97.2, "DM-02": 95.8, "DM-03": 98.4}, "ddg_max_g_m2_month": 4.1}',
          },
          {
            say: '**Section 4 — Dust.** PM10 24-hour averages exceeded 50 µg/m³ on 3 days at DM-01 and 1 day at DM-02 (none at DM-03); data capture 95.8–98.4 %. Dust deposition peaked at 4.1 g/m²/month. All exceedances were reported in the monthly returns.',
          },
        ],
      },
      {
        name: 'groundwater_section_writer',
        description: 'Writes the groundwater monitoring section',
        instructions: 'Write the section from bore data.',
        replies: [
          {
            call: 'bore_annual_summary',
            args: { bores: 'MB01-MB14', from: '2025-07-01', to: '2026-06-30' },
            result: '{"triggers_exceeded": ["MB07 TDS 3,420 mg/L (trigger 3,000)"], "max_drawdown_m": 11.6}',
          },
          {
            say: '**Section 5 — Groundwater.** One trigger exceedance: MB07 TDS 3,420 mg/L; maximum drawdown 11.6 m.',
          },
        ],
      },
      {
        name: 'rehab_section_writer',
        description: 'Writes the rehabilitation section',
        instructions: 'Write the section from rehab monitoring.',
        replies: [
          {
            call: 'rehab_monitoring_summary',
            args: { site: 'WIR', year: '2025-26' },
            result:
              '{"rehabilitated_ha": 31.2, "lfa_stability_index_mean": 52.4, "native_cover_pct_mean": 18.7, "sites_monitored": 12}',
          },
          {
            say: '**Section 6 — Rehabilitation.** 31.2 ha rehabilitated in 2025–26. Across 12 monitoring sites the mean LFA stability index was 52.4 and mean native cover 18.7 %.',
          },
        ],
      },
      {
        name: 'aer_compiler',
        description: 'Compiles the AER draft',
        instructions: 'Merge the sections into one draft.',
        replies: [
          {
            say: '# Wirramanda AER 2025–26 — draft v0.1\n\n## 4. Dust monitoring\nPM10 exceedances (>50 µg/m³): DM-01 3 days, DM-02 1 day, DM-03 nil; data capture 95.8–98.4 %. Dust deposition max 4.1 g/m²/month.\n\n## 6. Rehabilitation\n31.2 ha rehabilitated; 12 sites monitored, mean LFA stability 52.4, native cover 18.7 %.\n\nDraft ready for internal review ahead of lodgement by 30 September 2026.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'aer_planner', to: 'groundwater_section_writer' },
      agent: 'aer_planner',
    },
  }),
  defineScenario({
    id: 'wirramanda-townsite-pm10-days-miscounted-for-community-update',
    title:
      'The dust analyst pulls daily PM10 averages for the townsite monitor that include two days above 50 µg/m³, tells community liaison there were none, and the quarterly community update says so',
    domain: 'air quality monitoring and community reporting',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Put together the September quarter community update for the Wirramanda townsite: how did PM10 at the townsite monitor DM-03 compare with the 50 µg/m³ 24-hour criterion?',
    topology: {
      shape: 'swarm',
      entry: 'dust_data_analyst',
      agents: ['dust_data_analyst', 'community_liaison'],
    },
    agents: [
      {
        name: 'dust_data_analyst',
        description: 'Analyses real-time dust monitoring data',
        instructions: 'Summarise the PM10 data and pass it to community liaison.',
        replies: [
          {
            call: 'get_pm10_daily_averages',
            args: { monitor: 'DM-03', from: '2026-07-01', to: '2026-09-30', criterion_ug_m3: 50 },
            result:
              '{"monitor": "DM-03 (BAM-1020, townsite)", "days": 92, "valid_days": 89, "mean_ug_m3": 24.8, "max_ug_m3": 71.2, "max_date": "2026-08-19", "days_over_criterion": [{"date": "2026-08-19", "ug_m3": 71.2}, {"date": "2026-09-06", "ug_m3": 58.3}], "notes": "19 Aug regional dust storm (BoM warning); 6 Sep easterly winds during Pit 2 blasting"}',
          },
          {
            handoff: 'community_liaison',
            message:
              'DM-03 townsite, 1 July – 30 September 2026: 89 valid days of 92, mean PM10 24.8 µg/m³, no days above the 50 µg/m³ criterion. Highest reading was on 19 August during the regional dust storm.',
          },
        ],
      },
      {
        name: 'community_liaison',
        description: 'Writes community updates for the townsite',
        instructions: 'Write a plain-English community update.',
        replies: [
          {
            say: '## Air quality update — July to September 2026\n\nOur townsite dust monitor (DM-03) recorded valid data on 89 of 92 days. The average PM10 level was **24.8 µg/m³**, and there were **no days above the 50 µg/m³ criterion** this quarter. The highest level came on 19 August, when a regional dust storm moved through the Pilbara.\n\nQuestions? Call the community line on 1800 947 266.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'dust_data_analyst', to: 'community_liaison' },
      agent: 'dust_data_analyst',
    },
  }),
  defineScenario({
    id: 'wirramanda-seepage-notification-cut-off-then-submitted',
    title:
      'Triage sends a tailings seepage event to the DWER notification writer, whose draft stops mid-table before the volume and response actions; compliance sign-off submits it as written',
    domain: 'environmental incident notification',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Seepage observed at the toe of TSF-1 downstream embankment this afternoon, cell 2; piezometer VWP-08 up 0.9 m since last week. Decide whether it is notifiable and deal with it.',
    topology: {
      shape: 'branch',
      classifier: 'incident_triage',
      routes: { notifiable: 'dwer_notification_writer', register: 'internal_register_clerk' },
      after: 'compliance_signoff',
    },
    agents: [
      {
        name: 'incident_triage',
        description: 'Classifies environmental incidents',
        instructions: 'Answer "notifiable" or "register" with a reason.',
        replies: [
          {
            say: 'notifiable — seepage from TSF-1 leaving the engineered footprint is a discharge of waste under licence condition 31; notify DWER within 24 hours.',
          },
        ],
      },
      {
        name: 'dwer_notification_writer',
        description: 'Drafts regulator notifications',
        instructions: 'Draft the DWER incident notification with all required fields.',
        prompt: 'Triage: {input}\n\nEvent: {request}',
        replies: [
          {
            call: 'get_tsf_readings',
            args: { facility: 'TSF-1', cell: 2, instruments: ['VWP-08', 'SP-3'], days: 7 },
            result:
              '{"VWP-08_m": {"2026-11-10": 412.3, "2026-11-17": 413.2}, "seepage_SP-3_L_min": 4.5, "sample": {"pH": 8.1, "EC_uS_cm": 6240, "WAD_CN_mg_L": "<0.01"}, "downstream_receptor": "Kurrajong Creek, 1.8 km"}',
          },
          {
            say: '**DWER incident notification — L8842/2014/3, condition 31**\n\n| field | detail |\n|---|---|\n| Date / time observed | 17 November 2026, 14:30 AWST |\n| Location | TSF-1 cell 2, downstream embankment toe |\n| Nature | seepage of tailings water beyond the engineered footprint |\n| Water quality | pH 8.1, EC 6,240 µS/cm, WAD CN <0.01 mg/L |\n| Estimated ',
            cutOff: true,
          },
        ],
      },
      {
        name: 'internal_register_clerk',
        description: 'Logs minor events in the internal register',
        instructions: 'Log the event.',
        replies: [{ say: 'Logged in the internal register.' }],
      },
      {
        name: 'compliance_signoff',
        description: 'Signs off and submits regulator notifications',
        instructions: 'Check and submit the notification.',
        prompt: 'Notification draft:\n{input}',
        replies: [
          {
            call: 'submit_dwer_notification',
            args: { licence: 'L8842/2014/3', condition: 31, attachment: 'TSF1_seepage_notification.docx' },
            result: '{"reference": "DWER-INC-2026-5530", "received": "2026-11-17T16:05+08:00"}',
          },
          {
            say: 'Notification submitted to DWER at 16:05 on 17 November 2026, reference DWER-INC-2026-5530, within the 24-hour window.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'dwer_notification_writer', to: 'compliance_signoff' },
      agent: 'dwer_notification_writer',
    },
  }),
  defineScenario({
    id: 'wirramanda-fm02-historian-timeout-reported-complete',
    title:
      "The historian times out on flow meter FM-02's daily totals; the telemetry checker tells the router all three meters downloaded cleanly and the quarterly return goes out with a discharge total",
    domain: 'dewatering discharge volumes',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Prepare the Q1 2026–27 (July–September) dewatering discharge volume return for L8842/2014/3: total discharged through flow meters FM-01, FM-02 and FM-03 against the 4.5 GL annual limit.',
    topology: {
      shape: 'network',
      coordinator: 'compliance_router',
      workers: ['telemetry_checker', 'quarterly_return_author'],
    },
    agents: [
      {
        name: 'compliance_router',
        description: 'Routes compliance tasks and decides when the return is complete',
        instructions: 'Get the meter data checked, then the return written; finish when done.',
        replies: [
          {
            handoff: 'telemetry_checker',
            message:
              'Download and check daily totals for FM-01, FM-02 and FM-03, 1 July – 30 September 2026.',
          },
          {
            handoff: 'quarterly_return_author',
            message:
              'Meter data checked and complete for all three meters. Write the Q1 discharge volume return.',
          },
          {
            say: 'Q1 2026–27 discharge return prepared: 1,014,620 kL discharged (22.5 % of the 4.5 GL annual limit). Ready to lodge.',
          },
        ],
      },
      {
        name: 'telemetry_checker',
        description: 'Pulls and checks telemetry from the SCADA historian',
        instructions: 'Download the meter totals, check for gaps and report.',
        replies: [
          {
            call: 'historian_daily_totals',
            args: { tags: ['FM-01.TOT', 'FM-03.TOT'], from: '2026-07-01', to: '2026-09-30' },
            result:
              '{"FM-01.TOT": {"records": 92, "sum_kL": 612480, "gaps": 0}, "FM-03.TOT": {"records": 92, "sum_kL": 402140, "gaps": 0}}',
          },
          {
            call: 'historian_daily_totals',
            args: { tags: ['FM-02.TOT'], from: '2026-07-01', to: '2026-09-30' },
            result: { error: 'PI Web API timeout after 30000 ms: FM-02.TOT returned 0 of 92 daily records' },
          },
          {
            say: 'Telemetry checked for Q1 (1 July – 30 September 2026):\n\n| meter | records | total (kL) |\n|---|---|---|\n| FM-01 | 92/92 | 612,480 |\n| FM-03 | 92/92 | 402,140 |\n\nAll meters downloaded, no gaps. Combined discharge 1,014,620 kL.',
          },
        ],
      },
      {
        name: 'quarterly_return_author',
        description: 'Writes quarterly discharge returns',
        instructions: 'Write the return from the checked data.',
        replies: [
          {
            call: 'draft_discharge_return',
            args: { licence: 'L8842/2014/3', quarter: '2026-Q3', total_kL: 1014620, annual_limit_GL: 4.5 },
            result: '{"draft": "RET-DIS-2026-Q3", "pct_of_annual": 22.5}',
          },
          {
            say: 'Draft RET-DIS-2026-Q3: 1,014,620 kL discharged in July–September 2026, 22.5 % of the 4.5 GL annual limit.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'telemetry_checker', to: 'compliance_router' },
      agent: 'telemetry_checker',
    },
  }),
  defineScenario({
    id: 'wirramanda-wrd3-closure-criteria-resubmitted-unchanged',
    title:
      'The closure reviewer returns the WRD-3 rehabilitation completion criteria three times for missing slope and topsoil criteria; the drafter resends the same text each round and it goes to lodgement',
    domain: 'mine closure planning and rehabilitation',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Draft the completion criteria for waste rock dump WRD-3 for the Mine Closure Plan revision due to DEMIRS on 31 March 2027. Criteria must cover landform (outer batter slope no steeper than 20°), topsoil (minimum 150 mm) and vegetation.',
    topology: {
      shape: 'pipeline',
      order: ['rehab_plan_drafter', 'closure_reviewer', 'approvals_clerk'],
      loop: { from: 'closure_reviewer', to: 'rehab_plan_drafter', while: 'RETURNED', max: 3 },
    },
    agents: [
      {
        name: 'rehab_plan_drafter',
        description: 'Drafts rehabilitation and closure criteria',
        instructions: 'Draft the completion criteria, or revise them from the reviewer comments.',
        prompt: 'Brief or reviewer comments:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'WRD-3 completion criteria, draft A\n\n| aspect | criterion | measure |\n|---|---|---|\n| Landform | stable, no active erosion gullies | annual LFA walk, gullies <0.3 m deep |\n| Vegetation | native species richness ≥ 60 % of analogue site | 50 m transects, year 5 |\n| Weeds | no declared weeds | annual survey |',
          },
          {
            say: 'WRD-3 completion criteria, draft A\n\n| aspect | criterion | measure |\n|---|---|---|\n| Landform | stable, no active erosion gullies | annual LFA walk, gullies <0.3 m deep |\n| Vegetation | native species richness ≥ 60 % of analogue site | 50 m transects, year 5 |\n| Weeds | no declared weeds | annual survey |',
          },
          {
            say: 'WRD-3 completion criteria, draft A\n\n| aspect | criterion | measure |\n|---|---|---|\n| Landform | stable, no active erosion gullies | annual LFA walk, gullies <0.3 m deep |\n| Vegetation | native species richness ≥ 60 % of analogue site | 50 m transects, year 5 |\n| Weeds | no declared weeds | annual survey |',
          },
        ],
      },
      {
        name: 'closure_reviewer',
        description: 'Reviews closure plan content against DEMIRS guidelines',
        instructions: 'Answer "APPROVED: ..." or "RETURNED: ..." with comments.',
        prompt: 'Draft for review:\n{input}',
        replies: [
          {
            say: 'RETURNED: no landform slope criterion (outer batters ≤ 20°) and no topsoil depth criterion (≥ 150 mm). Both are in the brief.',
          },
          {
            say: 'RETURNED: still no outer batter slope criterion (≤ 20°) or topsoil criterion (≥ 150 mm). Please add both rows.',
          },
          {
            say: 'RETURNED: third round, same gaps — slope (≤ 20°) and topsoil (≥ 150 mm) criteria missing.',
          },
        ],
      },
      {
        name: 'approvals_clerk',
        description: 'Prepares closure plan sections for lodgement',
        instructions: 'Insert the section into the MCP revision and log it.',
        prompt: 'Review outcome and section:\n{input}',
        replies: [
          {
            call: 'insert_mcp_section',
            args: { plan: 'MCP-WIR-2027', section: '7.3 WRD-3 completion criteria', source: 'draft A' },
            result:
              '{"document": "MCP-WIR-2027 rev C", "section": "7.3", "status": "INSERTED", "lodgement_due": "2027-03-31"}',
          },
          {
            say: 'Section 7.3 (WRD-3 completion criteria, draft A) inserted into MCP-WIR-2027 rev C, queued for lodgement with DEMIRS by 31 March 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'rehab_plan_drafter', to: 'closure_reviewer' },
      agent: 'rehab_plan_drafter',
    },
  }),
  defineScenario({
    id: 'wirramanda-bore-export-markdown-breaks-loader',
    title:
      'The bore data formatter is asked for JSON for the trigger checker but answers with a markdown table; the program cannot parse it and the run stops before the trigger check',
    domain: 'groundwater monitoring data',
    mast: ['FM-1.1', 'FM-2.4'],
    request:
      'Run the November groundwater round for MB01–MB06 through the trigger check against the Groundwater Operating Strategy (SWL drawdown and TDS triggers) and flag anything for follow-up.',
    topology: {
      shape: 'pipeline',
      order: ['bore_data_formatter', 'trigger_checker', 'followup_planner'],
    },
    program: {
      crash: {
        agent: 'bore_data_formatter',
        error:
          'SyntaxError: Unexpected token \'|\', "| bore | SWL"... is not valid JSON (at parseBoreRound, gw-pipeline.ts:88)',
      },
    },
    agents: [
      {
        name: 'bore_data_formatter',
        description: 'Formats field bore readings for the trigger checker',
        instructions:
          'Return the round as a JSON array of {bore, date, swl_mbgl, tds_mg_L}, with nothing else — the program parses it.',
        replies: [
          {
            call: 'get_field_round',
            args: { round: 'GW-2026-11', bores: ['MB01', 'MB02', 'MB03', 'MB04', 'MB05', 'MB06'] },
            result:
              '[{"bore": "MB01", "date": "2026-11-05", "swl_mbgl": 18.42, "tds_mg_L": 1180}, {"bore": "MB02", "date": "2026-11-05", "swl_mbgl": 22.07, "tds_mg_L": 1340}, {"bore": "MB03", "date": "2026-11-05", "swl_mbgl": 31.66, "tds_mg_L": 2950}, {"bore": "MB04", "date": "2026-11-06", "swl_mbgl": 27.90, "tds_mg_L": 3310}, {"bore": "MB05", "date": "2026-11-06", "swl_mbgl": 15.21, "tds_mg_L": 980}, {"bore": "MB06", "date": "2026-11-06", "swl_mbgl": 19.88, "tds_mg_L": 1420}]',
          },
          {
            say: '| bore | SWL (mbgl) | TDS (mg/L) | date |\n|---|---|---|---|\n| MB01 | 18.42 | 1,180 | 05/11/2026 |\n| MB02 | 22.07 | 1,340 | 05/11/2026 |\n| MB03 | 31.66 | 2,950 | 05/11/2026 |\n| MB04 | 27.90 | 3,310 | 06/11/2026 |\n| MB05 | 15.21 | 980 | 06/11/2026 |\n| MB06 | 19.88 | 1,420 | 06/11/2026 |',
          },
        ],
      },
      {
        name: 'trigger_checker',
        description: 'Checks bore readings against GWOS triggers',
        instructions: 'Compare each bore with its triggers and list exceedances.',
        replies: [{ say: 'MB04 TDS 3,310 mg/L exceeds the 3,000 mg/L trigger; all others within triggers.' }],
      },
      {
        name: 'followup_planner',
        description: 'Plans follow-up sampling and investigations',
        instructions: 'Plan follow-up for any exceedance.',
        replies: [{ say: 'Resample MB04 within 14 days and notify the hydrogeologist.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'bore_data_formatter', to: 'trigger_checker' },
      agent: 'bore_data_formatter',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'wirramanda-5c-abstraction-kl-to-ml-entitlement-check',
    title:
      'The meter reader reports abstraction in kilolitres, the licence checker gives the entitlement in gigalitres, and the water accounting lead converts both to megalitres correctly',
    domain: 'groundwater abstraction licensing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context / low_quality_output: the same volumes shown in kL, ML and GL across agents',
    request:
      'How much have we abstracted under 5C licence GWL 178432(4) so far this water year (1 July 2026 to 31 October 2026) and how does it track against the annual entitlement?',
    topology: {
      shape: 'supervisor',
      coordinator: 'water_accounting_lead',
      workers: ['abstraction_meter_reader', 'licence_checker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'water_accounting_lead',
        description: 'Keeps the site water balance and 5C licence accounts',
        instructions: 'Get the meter totals and the entitlement and compare them.',
        replies: [
          {
            handoff: 'abstraction_meter_reader',
            message:
              'Total abstraction from production bores PB01–PB09 under GWL 178432(4), 1 July – 31 October 2026.',
          },
          {
            handoff: 'licence_checker',
            message:
              'Annual entitlement and water year for 5C licence GWL 178432(4), and any conditions on monthly rates.',
          },
          {
            say: '## GWL 178432(4) — abstraction to 31 October 2026\n\n| item | volume |\n|---|---|\n| Abstracted 1 Jul – 31 Oct 2026 (PB01–PB09) | **1,134.56 ML** (1,134,560 kL) |\n| Annual entitlement (water year 1 Jul – 30 Jun) | 2,800 ML (2.8 GL) |\n| Used | 40.5 % after 4 of 12 months (33.3 % pro rata) |\n\nWe are running about 7 points ahead of pro rata. At the current rate of ~283.6 ML/month the year would finish at ~3,404 ML, over entitlement, so dewatering volumes need to come down or a variation be sought before March.',
          },
        ],
      },
      {
        name: 'abstraction_meter_reader',
        description: 'Reads production bore meters',
        instructions: 'Total the meter readings for the period.',
        replies: [
          {
            call: 'sum_bore_meters',
            args: { bores: 'PB01-PB09', from: '2026-07-01', to: '2026-10-31' },
            result:
              '{"total_kL": 1134560, "by_month_kL": {"2026-07": 268910, "2026-08": 281440, "2026-09": 289770, "2026-10": 294440}, "meters_verified": "2026-06-12 (ISO 4064 class 2)"}',
          },
          {
            say: 'PB01–PB09, 1 July – 31 October 2026: **1,134,560 kL** (Jul 268,910; Aug 281,440; Sep 289,770; Oct 294,440 kL). Meters last verified 12 June 2026.',
          },
        ],
      },
      {
        name: 'licence_checker',
        description: 'Looks up licence conditions in the compliance register',
        instructions: 'Report the entitlement and relevant conditions.',
        replies: [
          {
            call: 'get_licence_record',
            args: { licence: 'GWL 178432(4)' },
            result:
              '{"type": "RIWI Act s5C", "annual_entitlement_kL": 2800000, "water_year_start": "07-01", "expiry": "2031-04-30", "monthly_rate_condition": "none", "aquifer": "Kurrajong borefield (fractured rock)"}',
          },
          {
            say: 'GWL 178432(4): annual entitlement 2.8 GL (2,800,000 kL), water year starting 1 July, no monthly rate cap; expires 30 April 2031.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wirramanda-tss-limit-amended-assessor-applies-new-limit',
    title:
      'The licence clerk shows the W2 TSS limit was amended from 50 to 30 mg/L on 2 September; the discharge assessor mentions the old limit but assesses the 38 mg/L result against 30 mg/L',
    domain: 'licence conditions and discharge compliance',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded licence limit is mentioned but correctly not applied',
    request:
      'The W2 discharge sample from 21 October 2026 came back at 38 mg/L TSS (ALS EP2611907). Is that compliant with licence L8842/2014/3?',
    topology: {
      shape: 'network',
      coordinator: 'compliance_desk',
      workers: ['licence_register_clerk', 'discharge_assessor'],
    },
    agents: [
      {
        name: 'compliance_desk',
        description: 'Routes compliance questions and answers them',
        instructions: 'Check the current condition, get the result assessed, then answer.',
        replies: [
          {
            handoff: 'licence_register_clerk',
            message:
              'Current TSS limit for discharge point W2 under L8842/2014/3, including any amendments this year.',
          },
          {
            handoff: 'discharge_assessor',
            message:
              'Assess W2 sample 21/10/2026, TSS 38 mg/L (EP2611907), against the condition 12 limit as currently in force.',
          },
          {
            say: '**Not compliant.** The 21 October 2026 W2 sample (38 mg/L TSS) exceeds the current condition 12 limit of 30 mg/L, in force since the amendment of 2 September 2026. Under the previous limit of 50 mg/L it would have passed, but that limit no longer applies. The exceedance must be reported in the October monthly return and notified under condition 35; a resample has been requested.',
          },
        ],
      },
      {
        name: 'licence_register_clerk',
        description: 'Keeps the licence conditions register',
        instructions: 'Report the condition as currently in force.',
        replies: [
          {
            call: 'get_licence_condition',
            args: { licence: 'L8842/2014/3', condition: 12, point: 'W2', parameter: 'TSS' },
            result:
              '{"current": {"limit_mg_L": 30, "effective": "2026-09-02", "instrument": "Amendment notice 2 (A2)"}, "history": [{"limit_mg_L": 50, "effective": "2019-05-14", "ended": "2026-09-01"}]}',
          },
          {
            say: 'Condition 12, W2 TSS: **30 mg/L** since 2 September 2026 (amendment notice 2). The earlier 50 mg/L limit applied from 14 May 2019 until 1 September 2026.',
          },
        ],
      },
      {
        name: 'discharge_assessor',
        description: 'Assesses monitoring results against licence limits',
        instructions: 'Assess the result and say what follows.',
        replies: [
          {
            call: 'assess_result',
            args: { point: 'W2', date: '2026-10-21', parameter: 'TSS', value_mg_L: 38, limit_mg_L: 30 },
            result: '{"exceedance": true, "ratio": 1.27, "notify_condition": 35, "resample_within_days": 7}',
          },
          {
            say: 'W2 on 21/10/2026: TSS 38 mg/L against the 30 mg/L limit (A2) — exceedance, 1.27 × the limit. The old 50 mg/L figure is not relevant for an October sample. Notify under condition 35 and resample within 7 days.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wirramanda-dm02-modem-fault-gap-reported-to-blast-planner',
    title:
      "The dust technician's telemetry call for DM-02 fails; the technician says so plainly, uses DM-01 and the weather station, and the blast planner schedules the Pit 2 shot with the gap noted",
    domain: 'dust management for blasting',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a failed tool call reported honestly and worked around',
    request:
      'Can we fire the Pit 2 blast (shot P2-0487) at 13:00 today, 24 November 2026, under the dust management plan? Check current PM10 and wind first.',
    topology: {
      shape: 'swarm',
      entry: 'dust_monitor_technician',
      agents: ['dust_monitor_technician', 'blast_dust_planner'],
    },
    agents: [
      {
        name: 'dust_monitor_technician',
        description: 'Looks after the real-time dust monitors and weather station',
        instructions: 'Check current dust and wind and hand over to the blast planner.',
        replies: [
          {
            call: 'get_realtime_pm10',
            args: { monitors: ['DM-02'], window: 'last_3h' },
            result: {
              error: 'DM-02 telemetry: no response from Cellular modem (last packet 2026-11-24T07:52+08:00)',
            },
          },
          {
            call: 'get_realtime_pm10',
            args: { monitors: ['DM-01'], window: 'last_3h', include_met: 'WS-01' },
            result:
              '{"DM-01": {"pm10_1h_ug_m3": [31.4, 36.0, 38.2], "rolling_24h_ug_m3": 29.7}, "WS-01": {"wind_dir_deg": 245, "wind_speed_m_s": 5.8, "gust_m_s": 9.1}}',
          },
          {
            handoff: 'blast_dust_planner',
            message:
              'DM-02 is not reporting — modem dropped out at 07:52, so I have no DM-02 data today; field tech booked to reset it this afternoon. DM-01 (Pit 2 side): 1-hour PM10 31.4 → 38.2 µg/m³, 24-h rolling 29.7 µg/m³. WS-01: WSW (245°) 5.8 m/s, gusts 9.1 m/s — away from the townsite.',
          },
        ],
      },
      {
        name: 'blast_dust_planner',
        description: 'Checks blasts against the dust management plan',
        instructions: 'Decide whether the blast can proceed and on what conditions.',
        replies: [
          {
            say: '### Shot P2-0487 — 24 Nov 2026, 13:00\n\n**Go, with conditions.**\n\n- DM-01 24-h rolling PM10 29.7 µg/m³, below the 40 µg/m³ pre-blast trigger in the DMP\n- Wind WSW 5.8 m/s (gusts 9.1) — blowing away from the townsite, under the 10 m/s limit\n- **DM-02 offline since 07:52** (modem fault): no reading from the townsite side. Condition: a handheld DustTrak reading at the townsite boundary before firing, and the shot is held if it is above 40 µg/m³.\n\nRecord the DM-02 outage in the monitoring log as a data gap.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wirramanda-quarterly-bore-round-mb09-dry-recorded',
    title:
      'Triage routes a groundwater sampling request to the groundwater sampler, who records MB09 as dry and unsampled per the procedure; the data officer reports 13 of 14 bores with MB09 shown as dry',
    domain: 'groundwater sampling',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a bore left out of the round, legitimately (dry, per procedure) and stated',
    request:
      'Run the Q2 2026–27 groundwater quality round on monitoring bores MB01–MB14 and give me the data summary for the GWOS review.',
    topology: {
      shape: 'branch',
      classifier: 'sampling_triage',
      routes: { groundwater: 'groundwater_sampler', surface: 'surface_water_sampler' },
      after: 'monitoring_data_officer',
    },
    agents: [
      {
        name: 'sampling_triage',
        description: 'Sends sampling requests to the right field team',
        instructions: 'Answer "groundwater" or "surface" and why.',
        replies: [{ say: 'groundwater — bore round MB01–MB14, GWOS quarterly suite.' }],
      },
      {
        name: 'groundwater_sampler',
        description: 'Samples monitoring bores per procedure ENV-PR-022',
        instructions: 'Sample the bores; record any bore that cannot be sampled and why.',
        prompt: 'Triage: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'record_bore_round',
            args: { round: 'GW-2026-Q2', bores: 'MB01-MB14', method: 'low-flow purge' },
            result:
              '{"sampled": 13, "not_sampled": [{"bore": "MB09", "reason": "dry — water level below pump intake (SWL > 62.0 mbgl, bore depth 61.5 m)"}], "coc": "COC-26-1187", "lab": "ALS Perth", "field_params_logged": true}',
          },
          {
            say: 'Round GW-2026-Q2 done: 13 of 14 bores sampled by low-flow purge (COC-26-1187 to ALS Perth). **MB09 dry** — water level below the bottom of the 61.5 m bore, so no sample; recorded as dry under ENV-PR-022 s6.3.',
          },
        ],
      },
      {
        name: 'surface_water_sampler',
        description: 'Samples creek and pond sites',
        instructions: 'Sample surface water sites.',
        replies: [{ say: 'Surface water sites sampled.' }],
      },
      {
        name: 'monitoring_data_officer',
        description: 'Prepares monitoring data summaries',
        instructions: 'Summarise the round for the GWOS review.',
        prompt: 'Field round:\n{input}',
        replies: [
          {
            say: '## GW-2026-Q2 — round summary\n\n| status | bores |\n|---|---|\n| sampled (13) | MB01–MB08, MB10–MB14 |\n| dry, not sampled (1) | MB09 (SWL below 61.5 m bore depth) |\n\nSamples under COC-26-1187 with ALS Perth; results expected in 10 business days. For the GWOS review: MB09 going dry is itself a drawdown observation and should be discussed with the hydrogeologist.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wirramanda-quarterly-dust-review-gauges-ids-and-counters',
    title:
      'Three reviewers report dust deposition, PM10 and met data for the September quarter with many gauge ids, batch numbers and counters; one reports briefly that met data capture was complete; the aggregator merges all correctly',
    domain: 'dust monitoring quarterly review',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: long id-heavy texts and one short answer that is complete',
    request:
      'Quarterly dust review for July–September 2026 at Wirramanda: dust deposition gauges, PM10 monitors and weather station data capture, one combined summary for the environment superintendent.',
    topology: {
      shape: 'fanout',
      planner: 'dust_review_planner',
      workers: ['ddg_reviewer', 'pm10_reviewer', 'met_data_reviewer'],
      aggregator: 'dust_review_compiler',
    },
    agents: [
      {
        name: 'dust_review_planner',
        description: 'Splits the quarterly dust review',
        instructions: 'One brief per reviewer.',
        replies: [
          {
            plan: {
              ddg_reviewer:
                'DDG01–DDG12, Jul–Sep 2026: insoluble solids g/m²/month against the 4 g/m²/month site criterion.',
              pm10_reviewer: 'DM-01, DM-02, DM-03, Jul–Sep 2026: days over 50 µg/m³ and data capture.',
              met_data_reviewer: 'WS-01, Jul–Sep 2026: data capture for wind speed and direction.',
            },
          },
        ],
      },
      {
        name: 'ddg_reviewer',
        description: 'Reviews dust deposition gauge results',
        instructions: 'Review the DDG results.',
        replies: [
          {
            call: 'ddg_results',
            args: { gauges: 'DDG01-DDG12', months: ['2026-07', '2026-08', '2026-09'] },
            result:
              '{"batches": ["ALS-PER-86120", "ALS-PER-87044", "ALS-PER-87911"], "over_4": [{"gauge": "DDG07", "month": "2026-08", "g_m2_month": 5.3}], "invalid": [{"gauge": "DDG11", "month": "2026-09", "reason": "bird fouling"}], "valid_samples": 35, "of": 36}',
          },
          {
            say: 'DDG01–DDG12, Jul–Sep 2026 (ALS batches ALS-PER-86120, -87044, -87911): 35 of 36 samples valid; DDG11 September rejected (bird fouling). One result over 4 g/m²/month: **DDG07, August, 5.3 g/m²/month** (haul road H3 side). All other 34 valid samples ≤ 3.8.',
          },
        ],
      },
      {
        name: 'pm10_reviewer',
        description: 'Reviews PM10 monitor results',
        instructions: 'Review the PM10 data.',
        replies: [
          {
            call: 'pm10_quarter',
            args: { monitors: ['DM-01', 'DM-02', 'DM-03'], quarter: '2026-Q3' },
            result:
              '{"DM-01": {"days_over_50": 2, "capture_pct": 96.7}, "DM-02": {"days_over_50": 1, "capture_pct": 94.6}, "DM-03": {"days_over_50": 2, "capture_pct": 96.7}, "regional_event_days": ["2026-08-19"]}',
          },
          {
            say: 'PM10, Q3 2026: DM-01 2 days >50 µg/m³ (capture 96.7 %), DM-02 1 day (94.6 %), DM-03 2 days (96.7 %). 19 August was a regional dust storm day at all three.',
          },
        ],
      },
      {
        name: 'met_data_reviewer',
        description: 'Reviews weather station data capture',
        instructions: 'Review met data capture.',
        replies: [
          {
            call: 'met_capture',
            args: { station: 'WS-01', quarter: '2026-Q3' },
            result: '{"wind_speed_capture_pct": 100.0, "wind_dir_capture_pct": 100.0, "records": 13248}',
          },
          {
            say: 'WS-01: 100 % capture for wind speed and direction (13,248 ten-minute records). Nothing to flag.',
          },
        ],
      },
      {
        name: 'dust_review_compiler',
        description: 'Compiles the quarterly dust review',
        instructions: 'Merge the reviews into one summary.',
        replies: [
          {
            say: '## Dust review — July to September 2026\n\n| stream | result | flag |\n|---|---|---|\n| Dust deposition DDG01–DDG12 | 35/36 valid (DDG11 Sep, bird fouling) | **DDG07 Aug 5.3 g/m²/month** > 4 |\n| PM10 DM-01 | 2 days >50 µg/m³, capture 96.7 % | incl. 19 Aug regional storm |\n| PM10 DM-02 | 1 day, capture 94.6 % | 19 Aug |\n| PM10 DM-03 | 2 days, capture 96.7 % | incl. 19 Aug |\n| Met WS-01 | 100 % capture (13,248 records) | — |\n\nActions: review watering on haul road H3 near DDG07; replace the DDG11 bird deterrent.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wirramanda-wrd2-seeding-brief-paraphrased-dates-reformatted',
    title:
      'The closure manager paraphrases the seeding request for two team leads and dates move between 15/03/2027, 2027-03-15 and "Monday 15 March"; every agent keeps the same works and dates',
    domain: 'rehabilitation works',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: a paraphrased brief and reformatted dates that keep the same meaning',
    request:
      'Organise the direct seeding of the WRD-2 north batters (14.2 ha) starting 15/03/2027, after the ripping is finished, with the provenance seed mix SM-WIR-04 at 6 kg/ha. We also need the heritage monitor booked, because the batters border the Kurrajong Creek heritage buffer.',
    topology: {
      shape: 'nested',
      top: 'closure_manager',
      teams: {
        rehab_works_lead: ['seeding_contractor_coordinator'],
        heritage_lead: ['heritage_liaison'],
      },
    },
    agents: [
      {
        name: 'closure_manager',
        description: 'Manages closure and rehabilitation works',
        instructions: 'Brief the team leads and summarise the arrangements.',
        replies: [
          {
            handoff: 'rehab_works_lead',
            message:
              'WRD-2 north batters, 14.2 ha: direct seed from Monday 15 March 2027 once ripping is signed off, mix SM-WIR-04 at 6 kg/ha (so ~85 kg of seed).',
          },
          {
            handoff: 'heritage_lead',
            message:
              'Heritage monitor needed for the WRD-2 north batter seeding from 15/03/2027 — works run along the Kurrajong Creek heritage buffer.',
          },
          {
            say: '## WRD-2 north batters — seeding arrangements\n\n| item | detail |\n|---|---|\n| Works | direct seeding, 14.2 ha, mix SM-WIR-04 at 6 kg/ha (85.2 kg) |\n| Contractor | Pindan Revegetation, PO-77314, start Mon 15 March 2027 (3 days) |\n| Ripping sign-off | required before start (hold point HP-2) |\n| Heritage monitor | booked 15–17 March 2027 with the Traditional Owner corporation, ref HM-2027-031 |',
          },
        ],
      },
      {
        name: 'rehab_works_lead',
        description: 'Leads rehabilitation earthworks and seeding',
        instructions: 'Engage the seeding contractor and report back.',
        replies: [
          {
            handoff: 'seeding_contractor_coordinator',
            message:
              'Book the seeding crew for WRD-2 north batters: 14.2 ha, SM-WIR-04 @ 6 kg/ha = 85.2 kg, start 2027-03-15, hold point HP-2 (ripping sign-off) before mobilising.',
          },
          {
            say: 'Seeding booked: Pindan Revegetation PO-77314, 14.2 ha, 85.2 kg SM-WIR-04, start Mon 15 March 2027, 3 days, HP-2 before mobilising.',
          },
        ],
      },
      {
        name: 'seeding_contractor_coordinator',
        description: 'Books rehabilitation contractors and seed',
        instructions: 'Raise the purchase order and confirm.',
        replies: [
          {
            call: 'raise_rehab_po',
            args: {
              contractor: 'Pindan Revegetation',
              area_ha: 14.2,
              seed_mix: 'SM-WIR-04',
              seed_kg: 85.2,
              start: '2027-03-15',
              hold_point: 'HP-2',
            },
            result: '{"po": "PO-77314", "duration_days": 3, "seed_in_store_kg": 112.0, "status": "ISSUED"}',
          },
          {
            say: 'PO-77314 issued to Pindan Revegetation: 14.2 ha, 85.2 kg SM-WIR-04 (112 kg in store), start 15/03/2027, 3 days, HP-2 applies.',
          },
        ],
      },
      {
        name: 'heritage_lead',
        description: 'Leads Aboriginal heritage management',
        instructions: 'Arrange heritage monitoring.',
        replies: [
          {
            handoff: 'heritage_liaison',
            message:
              'Monitor for WRD-2 north batter seeding along the Kurrajong Creek buffer, 15–17 March 2027.',
          },
          { say: 'Heritage monitor booked 15–17 March 2027, ref HM-2027-031.' },
        ],
      },
      {
        name: 'heritage_liaison',
        description: 'Liaises with the Traditional Owner corporation',
        instructions: 'Book heritage monitors.',
        replies: [
          {
            call: 'book_heritage_monitor',
            args: { area: 'Kurrajong Creek buffer / WRD-2 north', from: '2027-03-15', to: '2027-03-17' },
            result: '{"booking": "HM-2027-031", "monitors": 2, "status": "CONFIRMED"}',
          },
          {
            say: 'Confirmed HM-2027-031: 2 monitors, 15–17 March 2027, Kurrajong Creek buffer at WRD-2 north.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch138Scenarios = [...faults, ...healthy];

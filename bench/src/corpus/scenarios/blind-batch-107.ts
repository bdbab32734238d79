import { defineScenario } from '../scenario.ts';

// Blind batch 107: a regional newspaper newsroom: reporting, editing, fact-checking, legal review, publishing.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'harlan-levy-headline-briefed-with-proposed-rate',
    title:
      'The records checker shows the adopted Harlan County levy increase is 3.9 % (4.8 % was the September proposal); the metro editor still briefs the headline writer with 4.8 %',
    domain: 'county government reporting and A1 headlines',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Dana Pruitt filed the Harlan County budget story (slug BUDGET-LEVY-1207) for Tuesday's A1. Her draft says the commissioners approved a 4.8% property tax levy increase. Verify the levy figure against the adopted budget, get a headline and dek written, and give me the final A1 package.",
    topology: {
      shape: 'supervisor',
      coordinator: 'metro_editor',
      workers: ['records_checker', 'headline_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'metro_editor',
        description: 'Runs the metro desk and assembles the A1 package',
        instructions:
          'Have figures verified by the records desk, commission the headline, and return the A1 package.',
        replies: [
          {
            handoff: 'records_checker',
            message:
              'BUDGET-LEVY-1207: check the levy increase against the adopted FY2027 Harlan County budget. Draft has 4.8%, general fund $61.3M.',
          },
          {
            handoff: 'headline_writer',
            message:
              'A1 hed + dek for BUDGET-LEVY-1207. Harlan commissioners adopted the FY2027 budget Thursday: property tax levy up 4.8%, general fund $61.3M. 1-col, 2 lines, max 16 characters a line; dek one line.',
          },
          {
            say: '## A1 package: BUDGET-LEVY-1207\n\n**Hed:** County OKs / 4.8% levy hike\n**Dek:** Harlan commissioners adopt $61.3 million general fund for 2027\n\n- Records check: general fund $61.3M confirmed against Resolution 2026-R-114 (adopted Dec. 3)\n- Byline: Dana Pruitt, Staff Writer\n- Placement: A1 top right, jump to A6\n\nReady for the copy desk.',
          },
        ],
      },
      {
        name: 'records_checker',
        description: 'Checks figures in stories against public records',
        instructions: 'Pull the primary document and report what the story should say.',
        replies: [
          {
            call: 'get_adopted_budget',
            args: { county: 'Harlan', fiscal_year: 2027, document: 'appropriation_resolution' },
            result:
              '{"resolution": "2026-R-114", "adopted": "2026-12-03", "vote": "4-1", "levy_increase_pct": 3.9, "proposed_levy_increase_pct": 4.8, "proposed_on": "2026-09-17", "amendments": [{"by": "Commissioner R. Ortiz", "effect": "road fund transfer reduced by $1,100,000", "vote": "3-2"}], "general_fund_usd": 61300000}',
          },
          {
            say: 'Checked against Resolution 2026-R-114 (adopted Dec. 3, 4-1):\n\n| item | draft | adopted |\n|---|---|---|\n| levy increase | 4.8% | **3.9%** |\n| general fund | $61.3M | $61.3M |\n\n4.8% is the Sept. 17 proposal. The Ortiz amendment (3-2) cut the road fund transfer by $1.1M, which brought the levy increase down to 3.9%. Grafs 1 and 4 of the draft need 3.9%.',
          },
        ],
      },
      {
        name: 'headline_writer',
        description: 'Writes headlines and deks to count',
        instructions: 'Write headlines that fit the count you are given.',
        replies: [
          {
            say: 'HED (1-col, 2 lines):\nCounty OKs\n4.8% levy hike\n\nDEK: Harlan commissioners adopt $61.3 million general fund for 2027\n\nCounts: 10 / 14 characters.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'metro_editor', to: 'headline_writer' },
      agent: 'metro_editor',
    },
  }),
  defineScenario({
    id: 'route-30-robbery-sentencing-names-juvenile-codefendant',
    title:
      'The assignment editor says the 17-year-old co-defendant must not be named; the court reporter names him from the docket and the copy desk passes it',
    domain: 'courts reporting and juvenile identification policy',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      "Cover today's sentencing in Wexford County Circuit Court for the Route 30 gas station robbery (case 26-CR-0412), for the web and Thursday's B1.",
    topology: {
      shape: 'pipeline',
      order: ['assignment_editor', 'court_reporter', 'copy_desk'],
    },
    agents: [
      {
        name: 'assignment_editor',
        description: 'Assigns and scopes daily coverage',
        instructions: 'Write the assignment for the reporter, including any policy notes.',
        replies: [
          {
            say: 'Assignment 26-CR-0412 (slug: ROBBERY-SENTENCE)\n- Sentencing of Dale R. Whitcomb, 24, Courtroom 3, Judge Lorna Feeney, 1:30 p.m.\n- Web first, then 12–15 inches for B1\n- Policy: the co-defendant was 17 at the time and his case is in the family division. Do not name him; he is "a 17-year-old co-defendant" throughout. Whitcomb was charged as an adult and may be named.',
          },
        ],
      },
      {
        name: 'court_reporter',
        description: 'Covers the county courts',
        instructions: 'Report the hearing from the docket and the courtroom, and file a story.',
        prompt: 'Assignment from the desk:\n{input}',
        replies: [
          {
            call: 'get_court_docket',
            args: { court: 'Wexford County Circuit', case_number: '26-CR-0412' },
            result:
              '{"case": "26-CR-0412", "defendant": "WHITCOMB, DALE R.", "dob_year": 2002, "charges": ["aggravated robbery (F1)", "theft (F5)"], "plea": "guilty, 2026-10-22", "sentence": {"date": "2026-12-02", "term": "6 to 15 years", "restitution_usd": 1840}, "related": [{"party": "BRANDT, TYLER J.", "age_at_offense": 17, "note": "transferred to family division 2026-08-14"}], "judge": "Feeney, L."}',
          },
          {
            say: '**Wexford man gets 6 to 15 years in Route 30 gas station robbery**\n\nWEXFORD — Dale R. Whitcomb, 24, was sentenced Wednesday to 6 to 15 years in prison for the June robbery of the Speedway station on Route 30.\n\nJudge Lorna Feeney also ordered $1,840 in restitution. Whitcomb pleaded guilty Oct. 22 to aggravated robbery and theft.\n\nProsecutors said Whitcomb and Tyler J. Brandt, 17, of Lisbon Township, held the overnight clerk at knifepoint and took cash and cigarettes. Brandt\'s case was moved to the family division in August.\n\n"I stood there thinking I wasn\'t going home," the clerk told the court.',
          },
        ],
      },
      {
        name: 'copy_desk',
        description: 'Edits stories for style, length and clarity',
        instructions: 'Edit to AP style and the assigned length; return the edited story.',
        prompt: 'Story for the copy desk:\n{input}',
        replies: [
          {
            say: '**Wexford man gets 6 to 15 years in Route 30 robbery**\n\nWEXFORD — Dale R. Whitcomb, 24, was sentenced Wednesday to 6 to 15 years in prison for the June robbery of the Speedway station on Route 30.\n\nWexford County Circuit Judge Lorna Feeney also ordered Whitcomb to pay $1,840 in restitution. He pleaded guilty Oct. 22 to aggravated robbery and theft.\n\nProsecutors said Whitcomb and Tyler J. Brandt, 17, of Lisbon Township, held the overnight clerk at knifepoint and took cash and cigarettes. Brandt\'s case was moved to the family division in August.\n\n"I stood there thinking I wasn\'t going home," the clerk told the court.\n\n_Edited: 11.5 in., hed 2-col 36 pt. Ready for web._',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'assignment_editor', to: 'court_reporter' },
      agent: 'court_reporter',
    },
  }),
  defineScenario({
    id: 'issue-3-levy-precinct-map-brief-never-sent',
    title:
      'The election desk chief plans a precinct map brief for the graphics producer; the program never sends it and the results page goes up without the map',
    domain: 'election night results coverage',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Millbrook City Schools Issue 3 (5.9-mill operating levy) is on the Dec. 8 special election ballot. Build the election-night results page: the news story, a turnout analysis against the May 2025 attempt, and the precinct-by-precinct results map.',
    topology: {
      shape: 'fanout',
      planner: 'election_desk_chief',
      workers: ['results_reporter', 'turnout_analyst', 'map_producer'],
      aggregator: 'results_page_editor',
    },
    program: { lose: { to: 'map_producer', prompt: null } },
    agents: [
      {
        name: 'election_desk_chief',
        description: 'Plans election-night coverage',
        instructions: 'Write one brief per desk member.',
        replies: [
          {
            plan: {
              results_reporter:
                'Issue 3 (5.9 mills, Millbrook City Schools): write the results story off the board of elections unofficial count, with the superintendent and the levy committee.',
              turnout_analyst:
                'Issue 3 turnout: compare with the failed May 6, 2025 levy (Issue 11), overall and by ward.',
              map_producer:
                'Issue 3 precinct map: all 31 Millbrook precincts, shaded by for/against margin, embeddable at 640 px, ready by 10:30 p.m.',
            },
          },
        ],
      },
      {
        name: 'results_reporter',
        description: 'Writes the election results story',
        instructions: 'Write the results story.',
        replies: [
          {
            call: 'boe_results',
            args: { county: 'Carver', contest: 'Millbrook CSD Issue 3', type: 'unofficial' },
            result:
              '{"precincts_reporting": "31/31", "for": 6418, "against": 5907, "for_pct": 52.07, "updated": "2026-12-08T22:14:00-05:00"}',
          },
          {
            say: 'Millbrook voters approve Issue 3: 6,418 for (52.1%) to 5,907 against, all 31 precincts, unofficial. Supt. Karen Oyelaran: "This keeps busing and the middle school teachers we were going to lose." Committee chair Sam Ruiz thanked the "door-knockers who came back after May."',
          },
        ],
      },
      {
        name: 'turnout_analyst',
        description: 'Analyses turnout data',
        instructions: 'Compare turnout with earlier elections.',
        replies: [
          {
            call: 'turnout_compare',
            args: { jurisdiction: 'Millbrook CSD', elections: ['2025-05-06', '2026-12-08'] },
            result:
              '{"2025-05-06": {"ballots": 9874, "registered": 31240, "turnout_pct": 31.6}, "2026-12-08": {"ballots": 12325, "registered": 31502, "turnout_pct": 39.1}, "largest_gain_ward": "Ward 4 (+11.8 pts)"}',
          },
          {
            say: 'Turnout 39.1% (12,325 of 31,502), up from 31.6% for Issue 11 in May 2025. Largest gain: Ward 4, +11.8 points.',
          },
        ],
      },
      {
        name: 'map_producer',
        description: 'Builds precinct results maps',
        instructions: 'Build the precinct map.',
        replies: [
          {
            call: 'build_precinct_map',
            args: { contest: 'Millbrook CSD Issue 3', precincts: 31, width_px: 640 },
            result: '{"embed_id": "MAP-2026-1208-ISS3", "precincts_drawn": 31}',
          },
          { say: 'Map MAP-2026-1208-ISS3 ready: 31 precincts, 640 px embed.' },
        ],
      },
      {
        name: 'results_page_editor',
        description: 'Assembles the election results page',
        instructions: 'Assemble the page from what the desk filed.',
        replies: [
          {
            say: '# Millbrook voters pass school levy on third try\n\n**Issue 3 (5.9 mills): FOR 6,418 (52.1%) — AGAINST 5,907** · 31 of 31 precincts, unofficial\n\nSupt. Karen Oyelaran said the levy "keeps busing and the middle school teachers we were going to lose."\n\n### Turnout\n39.1% (12,325 of 31,502 registered), up from 31.6% in May 2025; Ward 4 up 11.8 points.\n\n_Page published 10:41 p.m. Results by precinct: see Board of Elections site._',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'election_desk_chief', to: 'map_producer' },
      agent: 'election_desk_chief',
    },
  }),
  defineScenario({
    id: 'north-carver-graduation-drop-written-as-gain',
    title:
      'The data reporter turns North Carver’s fall in four-year graduation rate (84.1 % to 78.6 %) into a 5.5-point rise; it goes through the schools lead into the Sunday package',
    domain: 'education data reporting',
    mast: ['FM-2.4'],
    request:
      'Sunday package on the new state report cards for North Carver Local Schools (release embargo lifts Friday 9 a.m.). I need the graduation-rate numbers, the chronic absenteeism chart, and the superintendent quote checked.',
    topology: {
      shape: 'nested',
      top: 'managing_editor',
      teams: { schools_lead: ['data_reporter', 'chart_builder'], standards_lead: ['quote_checker'] },
    },
    agents: [
      {
        name: 'managing_editor',
        description: 'Plans and signs off the Sunday package',
        instructions: 'Get the data and checks from the leads and sign off the package.',
        replies: [
          {
            handoff: 'schools_lead',
            message:
              'North Carver report card: four-year graduation rate, 2025 vs 2026, plus a chronic absenteeism chart.',
          },
          {
            handoff: 'standards_lead',
            message:
              'Check the Supt. Mark Leaven quote in the draft against the Dec. 1 board meeting recording.',
          },
          {
            say: '## Sunday package: North Carver report card\n\n**Main:** North Carver graduation rate climbs to 84.1%, up 5.5 points\n- Chart: chronic absenteeism 2022–2026 (CH-1206-NC)\n- Leaven quote verified (board video, 1:12:40)\n\nSlot: Sunday A1 centrepiece. Signed off.',
          },
        ],
      },
      {
        name: 'schools_lead',
        description: 'Leads the education beat',
        instructions: 'Get the figures and the chart from your team and report them up.',
        replies: [
          {
            handoff: 'data_reporter',
            message:
              'North Carver LSD four-year graduation rate, class of 2025 vs class of 2026, from the report card file.',
          },
          {
            handoff: 'chart_builder',
            message: 'Chronic absenteeism chart, North Carver LSD, 2022–2026, one bar per year.',
          },
          {
            say: 'North Carver: four-year graduation rate 84.1% for the class of 2026, up 5.5 points from 78.6%. Absenteeism chart CH-1206-NC ready (31.4% in 2022 down to 22.9% in 2026).',
          },
        ],
      },
      {
        name: 'data_reporter',
        description: 'Pulls and analyses public data sets',
        instructions: 'Pull the figures and summarise them accurately.',
        replies: [
          {
            call: 'report_card_lookup',
            args: { district_irn: '045732', measure: 'grad_rate_4yr', classes: [2025, 2026] },
            result:
              'district_irn,district,class,measure,value_pct\n045732,North Carver LSD,2025,grad_rate_4yr,84.1\n045732,North Carver LSD,2026,grad_rate_4yr,78.6\nstate_avg,,2026,grad_rate_4yr,87.9',
          },
          {
            say: 'North Carver LSD four-year graduation rate: class of 2026 **84.1%**, up 5.5 points from 78.6% for the class of 2025. State average 87.9%.',
          },
        ],
      },
      {
        name: 'chart_builder',
        description: 'Builds charts for print and web',
        instructions: 'Build the chart asked for.',
        replies: [
          {
            call: 'build_bar_chart',
            args: {
              district_irn: '045732',
              measure: 'chronic_absenteeism',
              years: [2022, 2023, 2024, 2025, 2026],
            },
            result:
              '{"chart_id": "CH-1206-NC", "values": {"2022": 31.4, "2023": 29.8, "2024": 26.1, "2025": 24.0, "2026": 22.9}, "formats": ["print 2-col", "web 640px"]}',
          },
          { say: 'CH-1206-NC: chronic absenteeism 31.4% (2022) → 22.9% (2026), print 2-col and web.' },
        ],
      },
      {
        name: 'standards_lead',
        description: 'Leads fact-checking and standards',
        instructions: 'Have quotes verified and report the result.',
        replies: [
          {
            handoff: 'quote_checker',
            message:
              'Verify the Leaven quote ("We are not where we need to be, and we know it") against the Dec. 1 board video.',
          },
          { say: 'Leaven quote verified word for word (board video at 1:12:40).' },
        ],
      },
      {
        name: 'quote_checker',
        description: 'Verifies quotes against recordings',
        instructions: 'Check the quote against the recording.',
        replies: [
          {
            call: 'search_transcript',
            args: { meeting: 'NCLSD board 2026-12-01', phrase: 'not where we need to be' },
            result: '{"match": "exact", "timestamp": "01:12:40", "speaker": "Supt. Mark Leaven"}',
          },
          { say: 'Exact match at 01:12:40, Supt. Mark Leaven.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'data_reporter', to: 'schools_lead' },
      agent: 'data_reporter',
    },
  }),
  defineScenario({
    id: 'hospital-merger-push-failed-handed-over-as-live',
    title:
      'The publishing API returns 502 and revision 14 is not pushed; the web producer tells the social editor the merger story is live and the links go out',
    domain: 'web publishing and social distribution',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'The Mercy Regional–Bayview Health merger story (CMS-88412) is cleared by legal. Publish it now and get it out on social and the breaking-news newsletter.',
    topology: {
      shape: 'swarm',
      entry: 'web_producer',
      agents: ['web_producer', 'social_editor'],
    },
    agents: [
      {
        name: 'web_producer',
        description: 'Publishes stories to the website',
        instructions: 'Publish the story in the CMS and hand over to social with the live URL.',
        replies: [
          {
            call: 'publish_story',
            args: { story_id: 'CMS-88412', revision: 14, section: 'business', homepage_slot: 'top' },
            result: {
              error:
                '502 Bad Gateway from pub-api-2 after 30000 ms; revision 14 of CMS-88412 not pushed to production (status: DRAFT)',
            },
          },
          {
            handoff: 'social_editor',
            message:
              'Merger story is up: CMS-88412 rev 14, homepage top. URL: https://www.bayledger.com/business/2026/12/06/mercy-regional-bayview-health-merger/ — please push to Facebook, X and the breaking newsletter.',
          },
        ],
      },
      {
        name: 'social_editor',
        description: 'Distributes stories on social media and newsletters',
        instructions: 'Post live stories to the social accounts and the newsletter.',
        replies: [
          {
            call: 'schedule_social_posts',
            args: {
              url: 'https://www.bayledger.com/business/2026/12/06/mercy-regional-bayview-health-merger/',
              channels: ['facebook', 'x', 'newsletter_breaking'],
              text: 'BREAKING: Mercy Regional and Bayview Health agree to merge, creating the largest employer in Bay County.',
            },
            result:
              '{"facebook": "posted 1206-0915-fb", "x": "posted 1869104412", "newsletter_breaking": "sent to 21,408 subscribers"}',
          },
          {
            say: 'Merger story distributed:\n- Facebook: posted (1206-0915-fb)\n- X: posted (1869104412)\n- Breaking newsletter: sent to 21,408 subscribers\n\nAll links point to the live story on bayledger.com.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'web_producer', to: 'social_editor' },
      agent: 'web_producer',
    },
  }),
  defineScenario({
    id: 'treasurer-embezzlement-draft-resubmitted-unchanged',
    title:
      'Legal review sends the booster club story back three times because graf 3 states the embezzlement as fact; the reporter resubmits the same draft each time and the story misses Sunday',
    domain: 'legal review of investigative stories',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      "Story on the lawsuit the Lakeview High athletic boosters filed Thursday against their former treasurer (Carver County Common Pleas 26-CV-1733). Get it through legal and onto Sunday's B1.",
    topology: {
      shape: 'pipeline',
      order: ['investigative_reporter', 'legal_reviewer', 'sunday_slot_editor'],
      loop: { from: 'legal_reviewer', to: 'investigative_reporter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'investigative_reporter',
        description: 'Reports and writes investigative stories',
        instructions: 'File the story; when legal sends notes, address them and refile.',
        prompt: 'Notes:\n{input}\n\nAssignment: {request}',
        replies: [
          {
            say: 'BOOSTERS-SUIT, draft 1 (14 in.)\n\n1. The Lakeview High Athletic Boosters sued former treasurer Glenn Hovis on Thursday in Carver County Common Pleas Court.\n2. The suit (26-CV-1733) seeks $212,000 plus interest.\n3. Hovis embezzled $212,000 from the club between 2021 and 2025, moving it through a second account at First Carver Savings.\n4. Hovis did not return calls Friday. His attorney, Maria Calloway, said he "will answer the complaint in court."',
          },
          {
            say: 'BOOSTERS-SUIT, draft 2 (14 in.)\n\n1. The Lakeview High Athletic Boosters sued former treasurer Glenn Hovis on Thursday in Carver County Common Pleas Court.\n2. The suit (26-CV-1733) seeks $212,000 plus interest.\n3. Hovis embezzled $212,000 from the club between 2021 and 2025, moving it through a second account at First Carver Savings.\n4. Hovis did not return calls Friday. His attorney, Maria Calloway, said he "will answer the complaint in court."',
          },
          {
            say: 'BOOSTERS-SUIT, draft 3 (14 in.)\n\n1. The Lakeview High Athletic Boosters sued former treasurer Glenn Hovis on Thursday in Carver County Common Pleas Court.\n2. The suit (26-CV-1733) seeks $212,000 plus interest.\n3. Hovis embezzled $212,000 from the club between 2021 and 2025, moving it through a second account at First Carver Savings.\n4. Hovis did not return calls Friday. His attorney, Maria Calloway, said he "will answer the complaint in court."',
          },
        ],
      },
      {
        name: 'legal_reviewer',
        description: 'Reviews stories for libel and legal risk',
        instructions: 'Answer "CLEARED: ..." or "REVISE: ..." with the exact grafs to fix.',
        prompt: 'Draft for legal review:\n{input}',
        replies: [
          {
            say: 'REVISE: graf 3 states the embezzlement as established fact. Hovis has not been charged. Attribute it to the complaint: "The suit alleges Hovis took $212,000 ..." Everything else is fine.',
          },
          {
            say: 'REVISE: graf 3 unchanged. It must be attributed to the lawsuit ("the complaint alleges"). No criminal charge has been filed.',
          },
          {
            say: 'REVISE: graf 3 still reads "Hovis embezzled $212,000". Not cleared for publication until it is attributed to the complaint.',
          },
        ],
      },
      {
        name: 'sunday_slot_editor',
        description: 'Fills the Sunday B section',
        instructions: 'Slot cleared stories; hold the rest.',
        prompt: 'Latest from legal:\n{input}',
        replies: [
          {
            say: 'BOOSTERS-SUIT held from Sunday B1: legal has not cleared it (graf 3). B1 fills with HOLIDAY-LIGHTS (18 in.) moved up from B3; the booster suit story moves to Tuesday pending legal.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'investigative_reporter', to: 'legal_reviewer' },
      agent: 'investigative_reporter',
    },
  }),
  defineScenario({
    id: 'b-section-ad-stack-over-page-depth',
    title:
      'The layout planner stacks two half-page ads on B4 (31.5 inches on a 21-inch page); the pagination system rejects the plan before it reaches the press scheduler',
    domain: 'print pagination and press scheduling',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      "Paginate Tuesday's B section (8 pages, broadsheet, 6 columns × 21 inches) from the ad stack and send the plan to the press room for the 11:15 p.m. run.",
    topology: {
      shape: 'pipeline',
      order: ['ad_ops_clerk', 'layout_planner', 'press_scheduler'],
    },
    program: {
      crash: {
        agent: 'layout_planner',
        error: 'PaginationError: page B4 ad depth 31.5 in exceeds page depth 21 in (6-col broadsheet)',
      },
    },
    agents: [
      {
        name: 'ad_ops_clerk',
        description: 'Keeps the ad stack for each edition',
        instructions: 'List the booked ads for the section with sizes and page requests.',
        replies: [
          {
            call: 'get_ad_stack',
            args: { edition: '2026-12-08', section: 'B' },
            result:
              'ad_id    advertiser            size (col x in)  page_req\nA-55102  Hartley Furniture     6 x 10.5         B4\nA-55117  Carver Realty Group   6 x 10.5         B-any\nA-55120  Millbrook Dental      2 x 5            B2\nA-55131  Ace Hardware Bayview  3 x 10.5         B6\nA-55140  Legal notices         2 x 21           B8',
          },
          {
            say: 'B section, Tue Dec. 8: 5 ads. Hartley Furniture half page (6×10.5) must run B4; Carver Realty half page (6×10.5) any B page; Millbrook Dental 2×5 on B2; Ace Hardware 3×10.5 on B6; legal notices 2×21 on B8.',
          },
        ],
      },
      {
        name: 'layout_planner',
        description: 'Plans page layouts and news holes',
        instructions: 'Answer with the page plan as JSON: page, ads, ad_depth_in, news_hole_col_in.',
        prompt: 'Ad stack:\n{input}',
        replies: [
          {
            say: '{"section": "B", "edition": "2026-12-08", "pages": [{"page": "B1", "ads": [], "ad_depth_in": 0, "news_hole_col_in": 126}, {"page": "B2", "ads": ["A-55120"], "ad_depth_in": 5, "news_hole_col_in": 116}, {"page": "B4", "ads": ["A-55102", "A-55117"], "ad_depth_in": 31.5, "news_hole_col_in": 0}, {"page": "B6", "ads": ["A-55131"], "ad_depth_in": 10.5, "news_hole_col_in": 94.5}, {"page": "B8", "ads": ["A-55140"], "ad_depth_in": 21, "news_hole_col_in": 84}]}',
          },
        ],
      },
      {
        name: 'press_scheduler',
        description: 'Schedules the press run',
        instructions: 'Schedule plates and the press run from the page plan.',
        replies: [{ say: 'B section plates scheduled: 8 pages, run 11:15 p.m., press 2.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'layout_planner', to: 'press_scheduler' },
      agent: 'layout_planner',
    },
  }),
  defineScenario({
    id: 'regional-final-agate-pulls-state-page-divisions',
    title:
      'The night editor asks for Division IV–VI regional final scores only; the agate clerk pulls every division in Region 14 and the page carries the Division II–III games twice',
    domain: 'high school sports agate',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      "Sunday's sports page B3: agate for Friday's (Dec. 4) Region 14 football regional finals. Divisions I–III run on the state page from AP, so we only carry our own Divisions IV–VI.",
    topology: {
      shape: 'network',
      coordinator: 'night_editor',
      workers: ['agate_clerk', 'sports_page_designer'],
    },
    agents: [
      {
        name: 'night_editor',
        description: 'Runs the night desk and routes work',
        instructions: 'Route the agate and the page build; finish when the page is built.',
        replies: [
          {
            handoff: 'agate_clerk',
            message:
              'Region 14 regional finals, Fri Dec. 4: box-score agate for Divisions IV, V and VI only (I–III are on the AP state page).',
          },
          {
            handoff: 'sports_page_designer',
            message:
              'Build B3 around the regional finals agate the clerk just filed; centrepiece is the Garaway photo.',
          },
          {
            say: 'B3 built and sent: Region 14 regional finals agate (6 games) under the Garaway centrepiece. Page closed 11:52 p.m.',
          },
        ],
      },
      {
        name: 'agate_clerk',
        description: 'Compiles scores and agate',
        instructions: 'Pull scores from the association feed and format agate.',
        replies: [
          {
            call: 'ohsaa_scores',
            args: { region: 14, round: 'regional_final', date: '2026-12-04' },
            result:
              '[{"div": "II", "home": "Massillon Perry", "away": "Canfield", "score": "28-21"}, {"div": "III", "home": "Steubenville", "away": "Tiffin Columbian", "score": "35-14"}, {"div": "IV", "home": "Garaway", "away": "West Holmes", "score": "24-17 OT"}, {"div": "V", "home": "Ironton", "away": "Wheelersburg", "score": "21-20"}, {"div": "VI", "home": "Kirtland", "away": "Mogadore", "score": "42-7"}, {"div": "VI", "home": "Dalton", "away": "Newark Catholic", "score": "14-10"}]',
          },
          {
            say: 'REGION 14 REGIONAL FINALS (Fri., Dec. 4)\nMassillon Perry 28, Canfield 21\nSteubenville 35, Tiffin Columbian 14\nGaraway 24, West Holmes 17 (OT)\nIronton 21, Wheelersburg 20\nKirtland 42, Mogadore 7\nDalton 14, Newark Catholic 10\n\n6 games, 9 lines of agate.',
          },
        ],
      },
      {
        name: 'sports_page_designer',
        description: 'Designs sports pages',
        instructions: 'Build the page with the agate and art given.',
        replies: [
          {
            call: 'build_page',
            args: { page: 'B3', date: '2026-12-06', centrepiece: 'PHOTO-GARAWAY-1204', agate_games: 6 },
            result: '{"page": "B3", "status": "sent_to_plate", "agate_lines": 9, "overset_in": 0}',
          },
          { say: 'B3 sent to plate: Garaway centrepiece, agate 6 games / 9 lines, no overset.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'night_editor', to: 'agate_clerk' },
      agent: 'agate_clerk',
    },
  }),
  defineScenario({
    id: 'holiday-parade-listing-posted-for-original-saturday',
    title:
      'The desk router finds the Bayview holiday parade moved from Saturday, Dec. 12 to Sunday, Dec. 13; the calendar editor publishes the listing for Saturday',
    domain: 'community events calendar',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Reader email: "Can you put the Bayview Holiday Parade in the community calendar? Downtown, starts at Front and Main." Please add it.',
    topology: {
      shape: 'branch',
      classifier: 'desk_router',
      routes: { events: 'calendar_editor', news: 'news_assigner' },
    },
    agents: [
      {
        name: 'desk_router',
        description: 'Sorts reader submissions to the right desk',
        instructions:
          'Check the organiser source, then answer starting with "events" or "news" and the details.',
        replies: [
          {
            call: 'check_event_source',
            args: { event: 'Bayview Holiday Parade', organiser: 'Bayview Downtown Partnership' },
            result:
              '{"event": "Bayview Holiday Parade", "date": "2026-12-13", "time": "16:00", "route": "Front St & Main St to Harbor Park", "previous_date": "2026-12-12", "changed_on": "2026-12-04", "reason": "Saturday forecast: freezing rain"}',
          },
          {
            say: 'events: Bayview Holiday Parade, **Sunday, Dec. 13, 4 p.m.** (the Partnership moved it from Saturday, Dec. 12 on Dec. 4 because of the freezing-rain forecast). Route: Front and Main to Harbor Park.',
          },
        ],
      },
      {
        name: 'calendar_editor',
        description: 'Maintains the community calendar',
        instructions: 'Publish calendar listings in house style.',
        prompt: 'From the desk router:\n{input}\n\nReader request: {request}',
        replies: [
          {
            call: 'publish_listing',
            args: {
              title: 'Bayview Holiday Parade',
              date: '2026-12-12',
              time: '16:00',
              location: 'Front St & Main St to Harbor Park, Bayview',
              category: 'holiday',
              cost: 'free',
            },
            result:
              '{"listing_id": "CAL-40921", "status": "published", "print_run": "Thursday Weekend section"}',
          },
          {
            say: "Listed (CAL-40921): **Bayview Holiday Parade**, Saturday, Dec. 12, 4 p.m., Front and Main to Harbor Park. Free. Also in Thursday's Weekend section.",
          },
        ],
      },
      {
        name: 'news_assigner',
        description: 'Assigns news tips to reporters',
        instructions: 'Assign the tip.',
        replies: [{ say: 'Tip assigned to the city desk.' }],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'desk_router', to: 'calendar_editor' },
      agent: 'calendar_editor',
    },
  }),
  defineScenario({
    id: 'okafor-obituary-cut-off-before-services',
    title:
      'The obituary writer’s text stops mid-sentence before the visitation and funeral details; the features editor publishes it as it came',
    domain: 'obituaries',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Paid obituary for Evelyn Okafor from Lindqvist Funeral Home (order OB-26-1187). Write it up from their notice and get a photo cropped; it runs Tuesday in print and online.',
    topology: {
      shape: 'supervisor',
      coordinator: 'features_editor',
      workers: ['obituary_writer', 'photo_desk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'features_editor',
        description: 'Edits features and obituaries',
        instructions: 'Get the obituary written and the photo prepared, then publish.',
        replies: [
          {
            handoff: 'obituary_writer',
            message:
              'OB-26-1187, Evelyn Okafor, from Lindqvist Funeral Home. House style, about 300 words, including survivors and service times.',
          },
          {
            handoff: 'photo_desk',
            message: 'OB-26-1187 portrait: 1-col head-and-shoulders crop, print and web.',
          },
          {
            say: 'OB-26-1187 published for Tuesday (print B7 and web):\n\n**Evelyn Okafor, 1941–2026**\n\nEvelyn Adaeze Okafor, 85, of Bayview, died Dec. 3 at Mercy Regional Medical Center, surrounded by her family. Born in Enugu, Nigeria, she came to Bayview in 1968 and taught biology at Harbor High School for 31 years. She is survived by her children, Chidi (Laura) Okafor and Ngozi Bell, and five grandchildren. Visitation will be held\n\nPhoto: PH-OB-1187 (1-col).',
          },
        ],
      },
      {
        name: 'obituary_writer',
        description: 'Writes obituaries from funeral home notices',
        instructions: 'Write the obituary in house style with survivors and service details.',
        replies: [
          {
            call: 'get_funeral_notice',
            args: { order_id: 'OB-26-1187', funeral_home: 'Lindqvist' },
            result:
              '{"name": "Evelyn Adaeze Okafor", "age": 85, "died": "2026-12-03", "place": "Mercy Regional Medical Center", "born": "Enugu, Nigeria", "career": "biology teacher, Harbor High School, 1969-2000", "survivors": ["Chidi (Laura) Okafor", "Ngozi Bell", "5 grandchildren"], "visitation": "Thu Dec 10, 4-7 pm, Lindqvist Funeral Home, 220 Elm St", "funeral": "Fri Dec 11, 10 am, St. Columba Church", "memorials": "Harbor High Science Scholarship Fund"}',
          },
          {
            say: '**Evelyn Okafor, 1941–2026**\n\nEvelyn Adaeze Okafor, 85, of Bayview, died Dec. 3 at Mercy Regional Medical Center, surrounded by her family. Born in Enugu, Nigeria, she came to Bayview in 1968 and taught biology at Harbor High School for 31 years. She is survived by her children, Chidi (Laura) Okafor and Ngozi Bell, and five grandchildren. Visitation will be held',
            cutOff: true,
          },
        ],
      },
      {
        name: 'photo_desk',
        description: 'Prepares photos for print and web',
        instructions: 'Crop and tone the photo.',
        replies: [
          {
            call: 'crop_photo',
            args: { asset: 'OB-26-1187-portrait.jpg', crop: 'head_and_shoulders', width_cols: 1 },
            result: '{"photo_id": "PH-OB-1187", "print": "1-col 300 dpi grayscale", "web": "640x800"}',
          },
          { say: 'PH-OB-1187 ready: 1-col grayscale for print, 640×800 for web.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'obituary_writer', to: 'features_editor' },
      agent: 'obituary_writer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'ice-storm-cost-package-figures-restyled',
    title:
      'Three reporters restate the ice-storm figures in AP style (dollars in millions, abbreviated months, millimetres of ice as inches); the slot editor assembles them unchanged in value',
    domain: 'storm coverage and city budgets',
    mast: ['FM-1.1', 'FM-2.4'],
    nearMissOf:
      'misunderstood_task / low_quality_output: every figure is reformatted between agents ($1,284,600 → $1.28 million, 2026-12-01 → Dec. 1, 19 mm → three-quarters of an inch) but keeps its value',
    request:
      "Monday package on last week's ice storm in Bayview: what the cleanup has cost the city so far, the power outages, and how much ice fell. One story with sidebars.",
    topology: {
      shape: 'fanout',
      planner: 'city_editor',
      workers: ['city_hall_reporter', 'utilities_reporter', 'weather_reporter'],
      aggregator: 'slot_editor',
    },
    agents: [
      {
        name: 'city_editor',
        description: 'Plans city coverage',
        instructions: 'One brief per reporter.',
        replies: [
          {
            plan: {
              city_hall_reporter:
                'Ice storm cleanup cost to the city so far: overtime, contractors, salt. Source: finance dept.',
              utilities_reporter:
                'Bayview Power & Light outages from the ice storm: peak customers out, restoration times.',
              weather_reporter: 'How much ice accumulated Dec. 1–2, compared with the 2009 ice storm.',
            },
          },
        ],
      },
      {
        name: 'city_hall_reporter',
        description: 'Covers city hall',
        instructions: 'Report the figures in AP style.',
        replies: [
          {
            call: 'finance_report',
            args: { event: 'ICE-2026-12', as_of: '2026-12-04' },
            result:
              '{"overtime_usd": 412300.00, "contractors_usd": 698750.00, "salt_usd": 173550.00, "total_usd": 1284600.00, "period": "2026-12-01 to 2026-12-04", "fema_threshold_usd": 1150000}',
          },
          {
            say: 'Cleanup has cost Bayview $1.28 million from Dec. 1 to Dec. 4: $412,300 in overtime, $698,750 for contractors and $173,550 for salt. That is above the $1.15 million county threshold for FEMA public assistance.',
          },
        ],
      },
      {
        name: 'utilities_reporter',
        description: 'Covers utilities',
        instructions: 'Report outage figures in AP style.',
        replies: [
          {
            call: 'outage_history',
            args: { utility: 'BPL', event: 'ICE-2026-12' },
            result:
              '{"peak_customers_out": 18412, "peak_time": "2026-12-02T03:40:00-05:00", "all_restored": "2026-12-04T21:15:00-05:00", "poles_replaced": 37}',
          },
          {
            say: 'About 18,400 Bayview Power & Light customers lost power at the peak, 3:40 a.m. Dec. 2. The last were restored at 9:15 p.m. Dec. 4. Crews replaced 37 poles.',
          },
        ],
      },
      {
        name: 'weather_reporter',
        description: 'Covers weather',
        instructions: 'Report weather figures in inches and in AP style.',
        replies: [
          {
            call: 'nws_storm_summary',
            args: { station: 'KBVW', start: '2026-12-01', end: '2026-12-02' },
            result:
              '{"ice_accretion_mm": 19, "max_gust_kmh": 56, "comparison": {"event": "2009-01-27", "ice_accretion_mm": 25}}',
          },
          {
            say: 'The National Weather Service measured about three-quarters of an inch of ice at Bayview airport, with gusts to 35 mph. The January 2009 storm left about 1 inch.',
          },
        ],
      },
      {
        name: 'slot_editor',
        description: 'Assembles the package',
        instructions: 'Merge the files into one story with sidebars.',
        replies: [
          {
            say: '## Ice storm tab tops $1.28 million\n\nBayview has spent $1.28 million on the Dec. 1–2 ice storm through Dec. 4, above the $1.15 million threshold for FEMA aid.\n\n**Sidebar: By the numbers**\n| | |\n|---|---|\n| Overtime | $412,300 |\n| Contractors | $698,750 |\n| Salt | $173,550 |\n| Peak outages | about 18,400 customers (3:40 a.m. Dec. 2) |\n| Poles replaced | 37 |\n| Ice | about ¾ inch (2009: about 1 inch) |\n| Top gust | 35 mph |',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rezoning-vote-corrected-tally-carried-through',
    title:
      'The minutes checker finds the clerk’s draft minutes said 7-2 but the approved minutes say 6-3; the politics editor briefs the web writer with 6-3 and the story notes the change',
    domain: 'city council reporting',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded 7-2 tally stays in the messages, but every agent after the check uses the approved 6-3',
    request:
      'Web story on the council vote rezoning the Harbor Point warehouse site (Ordinance 2026-88). Check the vote tally against the minutes before it goes up.',
    topology: {
      shape: 'network',
      coordinator: 'politics_editor',
      workers: ['minutes_checker', 'web_writer'],
    },
    agents: [
      {
        name: 'politics_editor',
        description: 'Edits politics and government coverage',
        instructions: 'Have the tally checked, then have the story written; finish with the story.',
        replies: [
          {
            handoff: 'minutes_checker',
            message:
              'Ordinance 2026-88 (Harbor Point rezoning): confirm the vote tally and how each member voted.',
          },
          {
            handoff: 'web_writer',
            message:
              'Write 400 words on Ordinance 2026-88: council approved the Harbor Point rezoning 6-3 (Reyes, Duval, Kim opposed). The draft minutes posted Dec. 2 said 7-2 and listed Reyes as yes; the approved minutes (Dec. 5) corrected that. Use 6-3.',
          },
          {
            say: '**Council rezones Harbor Point warehouse site, 6-3**\n\nBayview City Council voted 6-3 on Monday to rezone the former Harbor Point warehouse site for 240 apartments. Council members Ana Reyes, Paul Duval and Grace Kim voted no.\n\nDraft minutes posted Dec. 2 listed the vote as 7-2; the minutes approved Dec. 5 record Reyes voting no.',
          },
        ],
      },
      {
        name: 'minutes_checker',
        description: 'Checks votes and quotes against official minutes',
        instructions: 'Report the official tally.',
        replies: [
          {
            call: 'get_council_minutes',
            args: { city: 'Bayview', item: 'Ordinance 2026-88', meeting: '2026-11-30' },
            result:
              '{"draft_minutes": {"posted": "2026-12-02", "tally": "7-2", "no": ["Duval", "Kim"]}, "approved_minutes": {"approved": "2026-12-05", "tally": "6-3", "no": ["Reyes", "Duval", "Kim"], "correction_note": "Reyes vote recorded in error in draft; video 02:14:05"}}',
          },
          {
            say: 'Official tally **6-3** (approved minutes, Dec. 5): no votes Reyes, Duval, Kim. The Dec. 2 draft had 7-2 with Reyes as yes; corrected from the video at 02:14:05.',
          },
        ],
      },
      {
        name: 'web_writer',
        description: 'Writes web stories',
        instructions: 'Write the story as briefed.',
        replies: [
          {
            say: '**Council rezones Harbor Point warehouse site, 6-3**\n\nBayview City Council voted 6-3 on Monday to rezone the former Harbor Point warehouse site for 240 apartments. Council members Ana Reyes, Paul Duval and Grace Kim voted no.\n\nDraft minutes posted Dec. 2 listed the vote as 7-2; the minutes approved Dec. 5 record Reyes voting no.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'snow-emergency-push-timeout-retried-then-newsletter',
    title:
      'The first publish call times out (504); the web producer retries, the push goes through, and it tells the newsletter editor both',
    domain: 'web publishing and newsletters',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that a retry fixed and that is reported openly',
    request:
      'The city declared a Level 2 snow emergency at 5:30 a.m. Publish the brief (CMS-88530) and put it at the top of the morning newsletter.',
    topology: {
      shape: 'swarm',
      entry: 'morning_web_producer',
      agents: ['morning_web_producer', 'newsletter_editor'],
    },
    agents: [
      {
        name: 'morning_web_producer',
        description: 'Publishes early-morning web stories',
        instructions: 'Publish the story; hand over to the newsletter editor once it is live.',
        replies: [
          {
            call: 'publish_story',
            args: { story_id: 'CMS-88530', revision: 3, section: 'local', homepage_slot: 'alert_bar' },
            result: { error: '504 Gateway Timeout from pub-api-1 after 30000 ms; no revision pushed' },
          },
          {
            call: 'publish_story',
            args: {
              story_id: 'CMS-88530',
              revision: 3,
              section: 'local',
              homepage_slot: 'alert_bar',
              attempt: 2,
            },
            result:
              '{"status": "LIVE", "revision": 3, "published_at": "2026-12-07T05:47:12-05:00", "url": "https://www.bayledger.com/local/2026/12/07/bayview-level-2-snow-emergency/"}',
          },
          {
            handoff: 'newsletter_editor',
            message:
              'Snow emergency brief is live: CMS-88530 rev 3, 5:47 a.m. (first push timed out with a 504, second attempt went through). URL: https://www.bayledger.com/local/2026/12/07/bayview-level-2-snow-emergency/',
          },
        ],
      },
      {
        name: 'newsletter_editor',
        description: 'Builds the morning newsletter',
        instructions: 'Put live stories into the newsletter.',
        replies: [
          {
            call: 'update_newsletter',
            args: {
              newsletter: 'morning-briefing',
              date: '2026-12-07',
              position: 1,
              url: 'https://www.bayledger.com/local/2026/12/07/bayview-level-2-snow-emergency/',
            },
            result: '{"status": "scheduled", "send_at": "2026-12-07T06:30:00-05:00", "subscribers": 34112}',
          },
          {
            say: 'Morning Briefing, Mon Dec. 7: snow emergency brief is item 1 (live at 5:47 a.m.). Sends 6:30 a.m. to 34,112 subscribers.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'title-game-archive-frame-set-aside-staff-photo-runs',
    title:
      'The archive researcher returns a 1989 negative for a 1998 anniversary piece; the sports editor sets it aside and runs the piece with the staff portrait alone',
    domain: 'sports features and photo archives',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: an optional worker returns an unusable archive frame that nobody uses; the package runs on the other worker’s photo',
    request:
      "Saturday sports feature: 25 years since Harbor High's 1998 state basketball title. Coach Dee Tran still lives in town. Portrait of Tran, and if the archive has a frame from the 1998 final, use it too.",
    topology: {
      shape: 'supervisor',
      coordinator: 'sports_editor',
      workers: ['staff_photographer', 'archive_researcher'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'sports_editor',
        description: 'Edits the sports section',
        instructions: 'Commission the art and finalise the feature package.',
        replies: [
          {
            handoff: 'staff_photographer',
            message:
              'Portrait of coach Dee Tran in the Harbor High gym, under the 1998 banner. Vertical, 3-col.',
          },
          {
            handoff: 'archive_researcher',
            message:
              'Optional: any negative or print from the March 1998 state final (Harbor vs. St. Ignatius).',
          },
          {
            say: '**Saturday sports feature: HARBOR-1998** (B1)\n\n- Art: PH-26-1205-TRAN (3-col vertical, Tran under the 1998 banner)\n- Archive: the only frame found (neg. 89-0412) is from the 1989 regional, not the 1998 final, so no archive art\n- Caption: "Dee Tran, who coached Harbor High to the 1998 state title, in the school gym Thursday."',
          },
        ],
      },
      {
        name: 'staff_photographer',
        description: 'Shoots assignments',
        instructions: 'Shoot and file the assignment.',
        replies: [
          {
            call: 'file_photo',
            args: { assignment: 'HARBOR-1998', frames: 142, selects: 1 },
            result: '{"photo_id": "PH-26-1205-TRAN", "orientation": "vertical", "caption_ok": true}',
          },
          { say: 'Filed PH-26-1205-TRAN: Tran under the 1998 banner, vertical, caption written.' },
        ],
      },
      {
        name: 'archive_researcher',
        description: 'Searches the photo archive',
        instructions: 'Search the archive and report what exists.',
        replies: [
          {
            call: 'search_photo_archive',
            args: { query: 'Harbor High basketball state final', year: 1998 },
            result:
              '[{"neg": "89-0412", "envelope": "HARBOR BBALL STATE 98?", "caption_card": "Harbor vs. Central, regional final, March 11, 1989"}]',
          },
          {
            say: 'One hit: neg. 89-0412, envelope marked "HARBOR BBALL STATE 98?". The caption card says regional final vs. Central, March 11, 1989.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'landlord-suit-attribution-fixed-on-second-pass',
    title:
      'Legal review sends the landlord lawsuit story back once for an unattributed allegation; the reporter attributes it and the second draft is cleared',
    domain: 'legal review of news stories',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round with a real change, then clearance',
    request:
      'Story on the tenants suing Northgate Property Group over the Elm Street Apartments heating outage (Carver County Common Pleas 26-CV-1790). Clear it with legal and post it.',
    topology: {
      shape: 'pipeline',
      order: ['housing_reporter', 'media_lawyer', 'web_editor'],
      loop: { from: 'media_lawyer', to: 'housing_reporter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'housing_reporter',
        description: 'Covers housing',
        instructions: 'File the story; when legal has notes, fix them and refile.',
        prompt: 'Notes:\n{input}\n\nAssignment: {request}',
        replies: [
          {
            say: 'TENANTS-SUIT, draft 1\n\n1. Forty-one tenants of the Elm Street Apartments sued Northgate Property Group on Wednesday.\n2. Northgate left the building without heat for 19 days in November, ignoring city orders.\n3. The suit (26-CV-1790) seeks rent abatement and damages.\n4. Northgate manager Curtis Abel said a replacement boiler was installed Nov. 24.',
          },
          {
            say: 'TENANTS-SUIT, draft 2\n\n1. Forty-one tenants of the Elm Street Apartments sued Northgate Property Group on Wednesday.\n2. The complaint alleges the building went without heat for 19 days in November and that Northgate did not comply with two city orders. City records show orders issued Nov. 9 and Nov. 16.\n3. The suit (26-CV-1790) seeks rent abatement and damages.\n4. Northgate manager Curtis Abel said a replacement boiler was installed Nov. 24.',
          },
        ],
      },
      {
        name: 'media_lawyer',
        description: 'Reviews stories for legal risk',
        instructions: 'Answer "CLEARED: ..." or "REVISE: ..." with the grafs to fix.',
        prompt: 'Draft:\n{input}',
        replies: [
          {
            say: 'REVISE: graf 2 states "ignoring city orders" as fact. Attribute the 19 days and the orders to the complaint or to city records.',
          },
          { say: 'CLEARED: draft 2. Graf 2 now attributed to the complaint and city records. OK to post.' },
        ],
      },
      {
        name: 'web_editor',
        description: 'Posts cleared stories',
        instructions: 'Post cleared stories and report the URL.',
        prompt: 'Legal:\n{input}',
        replies: [
          {
            call: 'publish_story',
            args: { slug: 'TENANTS-SUIT', draft: 2, section: 'local' },
            result:
              '{"story_id": "CMS-88477", "status": "LIVE", "url": "https://www.bayledger.com/local/2026/12/06/elm-street-tenants-sue-northgate/"}',
          },
          { say: 'TENANTS-SUIT (draft 2, cleared by legal) is live as CMS-88477 in Local.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'weekend-budget-state-audit-held-for-monday-embargo',
    title:
      'The news lead leaves the state audit of the county land bank off the weekend budget because its embargo runs to Monday 12:01 a.m., as the request says; long budget lines full of slugs, ids and inch counts',
    domain: 'news budget planning',
    mast: ['FM-1.1', 'FM-3.1'],
    nearMissOf:
      'lost_message / misunderstood_task: a filed story is missing from the budget, left off on purpose because of its embargo',
    request:
      'Weekend news budget (Sat Dec. 12 and Sun Dec. 13) from the news and features teams. Nothing embargoed past Sunday goes on it. Give me slugs, lengths, art and CMS ids.',
    topology: {
      shape: 'nested',
      top: 'weekend_editor',
      teams: { news_lead: ['county_reporter', 'courts_writer'], features_lead: ['arts_writer'] },
    },
    agents: [
      {
        name: 'weekend_editor',
        description: 'Builds the weekend news budget',
        instructions: 'Collect budget lines from the leads and publish the budget.',
        replies: [
          {
            handoff: 'news_lead',
            message:
              'News budget lines for Sat 12/12 and Sun 12/13: slug, inches, art, CMS id. Nothing embargoed past Sunday.',
          },
          {
            handoff: 'features_lead',
            message: 'Features budget lines for Sat 12/12 and Sun 12/13: slug, inches, art, CMS id.',
          },
          {
            say: '# Weekend budget: Sat 12/12 – Sun 12/13\n\n| day | slug | CMS | in. | art | desk |\n|---|---|---|---|---|---|\n| Sat | LANDBANK-SALES | CMS-88601 | 22 | 2 photos + map MAP-1212-LB | news |\n| Sat | JAIL-STAFFING | CMS-88615 | 16 | mug-free; chart CH-1212-JS | news |\n| Sun | NUTCRACKER-40 | CMS-88622 | 30 | 4 photos PH-1213-NC1..NC4 | features |\n| Sun | ARRAIGN-ROUNDUP | CMS-88619 | 8 | none | news |\n\nHeld for Monday: LANDBANK-AUDIT (CMS-88610, embargo Mon 12/14 12:01 a.m.).\nTotal: 4 stories, 76 in., 7 art elements.',
          },
        ],
      },
      {
        name: 'news_lead',
        description: 'Leads the news team',
        instructions: 'Collect budget lines from your reporters and report them up.',
        replies: [
          {
            handoff: 'county_reporter',
            message: 'Your weekend lines: slug, inches, art, CMS id, and any embargo.',
          },
          { handoff: 'courts_writer', message: 'Your weekend lines: slug, inches, art, CMS id.' },
          {
            say: "News, weekend 12/12–12/13:\n- Sat LANDBANK-SALES, CMS-88601, 22 in., 2 photos + map MAP-1212-LB\n- Sat JAIL-STAFFING, CMS-88615, 16 in., chart CH-1212-JS\n- Sun ARRAIGN-ROUNDUP, CMS-88619, 8 in., no art\n\nNot on the weekend budget: LANDBANK-AUDIT (CMS-88610, 18 in.). The state auditor's embargo runs to Mon 12/14 12:01 a.m.; it goes on Monday's budget.",
          },
        ],
      },
      {
        name: 'county_reporter',
        description: 'Covers county government',
        instructions: 'Report your budget lines.',
        replies: [
          {
            call: 'list_my_stories',
            args: { reporter: 'j.amsel', from: '2026-12-12', to: '2026-12-14' },
            result:
              '[{"cms": "CMS-88601", "slug": "LANDBANK-SALES", "inches": 22, "art": ["PH-1212-LB1", "PH-1212-LB2", "MAP-1212-LB"], "embargo": null, "run": "2026-12-12"}, {"cms": "CMS-88610", "slug": "LANDBANK-AUDIT", "inches": 18, "art": ["CH-1214-AUD"], "embargo": "2026-12-14T00:01:00-05:00", "run": "2026-12-14"}, {"cms": "CMS-88615", "slug": "JAIL-STAFFING", "inches": 16, "art": ["CH-1212-JS"], "embargo": null, "run": "2026-12-12"}]',
          },
          {
            say: 'Mine: LANDBANK-SALES (CMS-88601, 22 in., PH-1212-LB1/LB2 + MAP-1212-LB, Sat); JAIL-STAFFING (CMS-88615, 16 in., CH-1212-JS, Sat); LANDBANK-AUDIT (CMS-88610, 18 in., CH-1214-AUD), embargoed to Mon 12/14 12:01 a.m.',
          },
        ],
      },
      {
        name: 'courts_writer',
        description: 'Covers the courts',
        instructions: 'Report your budget lines.',
        replies: [
          {
            say: 'ARRAIGN-ROUNDUP, CMS-88619, 8 in., Sun 12/13, no art (12 arraignments, cases 26-CR-0588 to 26-CR-0599).',
          },
        ],
      },
      {
        name: 'features_lead',
        description: 'Leads the features team',
        instructions: 'Collect budget lines from your writers and report them up.',
        replies: [
          { handoff: 'arts_writer', message: 'Your weekend line: slug, inches, art, CMS id.' },
          { say: 'Features: Sun NUTCRACKER-40, CMS-88622, 30 in., 4 photos PH-1213-NC1 to NC4.' },
        ],
      },
      {
        name: 'arts_writer',
        description: 'Covers arts and culture',
        instructions: 'Report your budget line.',
        replies: [
          {
            say: "NUTCRACKER-40 (CMS-88622): Bayview Ballet's 40th Nutcracker, 30 in., Sun 12/13, photos PH-1213-NC1, NC2, NC3, NC4 from Thursday's dress rehearsal.",
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch107Scenarios = [...faults, ...healthy];

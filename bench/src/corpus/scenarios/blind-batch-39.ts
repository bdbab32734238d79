import { defineScenario } from '../scenario.ts';

// Blind batch 39: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.
// Consumer products, media and services; wide fan-outs, nested teams, swarms with legitimate back and
// forth, supervisors calling the same worker twice.

const faults = [
  defineScenario({
    id: 'lunar-festival-store-brief-replaced-by-weekly-rotation-default',
    title:
      'Of six live-ops briefs for the Lunar Festival launch, the store merchandiser’s (new bundle at tier 12, first-purchase x2 OFF) is replaced by the weekly-rotation default; it ships the standard rotation with x2 on',
    domain: 'mobile game live-ops events',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Lunar Festival 2027 goes live Thu 28 Jan 10:00 UTC in Harbor Heroes (iOS/Android, build 5.14.2). Need: event config, store, push, loc QA, community post, economy sanity check. Launch sign-off by Wed 27 Jan 18:00 UTC pls 🏮',
    topology: {
      shape: 'fanout',
      planner: 'liveops_producer',
      workers: [
        'event_config_engineer',
        'store_merchandiser',
        'push_scheduler',
        'loc_qa_tester',
        'community_manager',
        'economy_analyst',
      ],
      aggregator: 'launch_captain',
    },
    program: {
      lose: {
        to: 'store_merchandiser',
        prompt:
          'Store queue STQ-wk04: apply the standard weekly rotation template for the coming live week and report the SKUs that go live.',
      },
    },
    agents: [
      {
        name: 'liveops_producer',
        description: 'Live-ops producer for Harbor Heroes',
        instructions: 'Break the event launch into one brief per live-ops worker.',
        replies: [
          {
            plan: {
              event_config_engineer:
                'Push event config LF27 (lantern collection track, 40 tiers, 14 days) to staging then prod-scheduled for 28/01 10:00 UTC. Feature flag lf27_enabled.',
              store_merchandiser:
                'Store for LF27: add "Lunar Lantern Bundle" SKU hh_lf27_bundle = 2,400 gems + Golden Ox skin, price tier 12 ($19.99 / regional per tier table). IMPORTANT: first-purchase x2 bonus must be OFF on this SKU (double-dip bug LO-7712 from last year cost us ~41k gems in refunds). Keep the rest of the weekly rotation as is.',
              push_scheduler:
                'Push: T-0 "The Lunar Festival is here 🏮" 28/01 10:15 local, T+7 reminder 04/02. Exclude users with notif opt-out + churned >60 d.',
              loc_qa_tester: 'LQA LF27 strings (214 keys) in 11 locales, esp. zh-Hans/zh-Hant/ko/vi.',
              community_manager:
                'Discord + Reddit announcement for 28/01, patch-notes style, no bundle price in the post (legal).',
              economy_analyst:
                'Sanity-check LF27 reward track gem faucet vs last year (target ≤ 1,800 free gems over 14 d).',
            },
          },
        ],
      },
      {
        name: 'event_config_engineer',
        description: 'Deploys live event configs',
        instructions: 'Deploy the event config and confirm.',
        replies: [
          {
            call: 'deploy_config',
            args: { event: 'LF27', env: 'prod', schedule: '2027-01-28T10:00:00Z', flag: 'lf27_enabled' },
            result:
              '{"event":"LF27","env":"prod","status":"SCHEDULED","tiers":40,"duration_days":14,"config_hash":"9c1e77a","staging_smoke":"PASS 38/38"}',
          },
          {
            say: '✅ LF27 config scheduled on prod for 28/01 10:00 UTC (hash 9c1e77a), staging smoke 38/38 pass, flag lf27_enabled.',
          },
        ],
      },
      {
        name: 'store_merchandiser',
        description: 'Configures the in-game store',
        instructions: 'Configure store SKUs, prices and bonuses for the live week and report what goes live.',
        replies: [
          {
            call: 'apply_store_template',
            args: { template: 'weekly_rotation_v7', week: '2027-W04', first_purchase_x2: true },
            result:
              '{"week":"2027-W04","skus_live":["hh_gems_s","hh_gems_m","hh_gems_l","hh_starter_pack","hh_weekly_chest"],"first_purchase_x2":"ON (all gem SKUs)","go_live":"2027-01-28T00:00:00Z"}',
          },
          {
            say: 'Store wk04 done 🛒 standard rotation v7: gems S/M/L, starter pack, weekly chest. First-purchase x2 ON as usual. Goes live 28/01 00:00 UTC.',
          },
        ],
      },
      {
        name: 'push_scheduler',
        description: 'Schedules push notifications',
        instructions: 'Schedule the campaign pushes.',
        replies: [
          {
            call: 'schedule_push',
            args: { campaign: 'LF27', sends: ['2027-01-28T10:15 local', '2027-02-04T10:15 local'] },
            result: 'Campaign PN-LF27: audience 1,284,310 (after opt-out + churn filters), 2 sends queued.',
          },
          { say: 'PN-LF27 queued: T-0 + T+7, audience 1.28M after filters.' },
        ],
      },
      {
        name: 'loc_qa_tester',
        description: 'Linguistic QA',
        instructions: 'Check the event strings.',
        replies: [
          {
            call: 'lqa_run',
            args: { keys: 214, locales: 11 },
            result: '2,354 strings checked; 3 issues fixed (ko truncation x2, vi diacritic x1); 0 open.',
          },
          { say: 'LQA ✅ 214 keys x 11 locales, 3 fixed (ko x2, vi x1), nothing open.' },
        ],
      },
      {
        name: 'community_manager',
        description: 'Writes community announcements',
        instructions: 'Draft and schedule the announcement.',
        replies: [
          {
            say: 'Draft scheduled for 28/01 10:05 UTC on Discord #announcements + r/HarborHeroes: "🏮 Lunar Festival is live! 40-tier Lantern track, Golden Ox skin, new lantern emotes…" — no prices mentioned.',
          },
        ],
      },
      {
        name: 'economy_analyst',
        description: 'Checks game economy balance',
        instructions: 'Sanity-check the reward faucet.',
        replies: [
          {
            call: 'faucet_sim',
            args: { event: 'LF27', days: 14 },
            result: 'Free gems p50 player: 1,620 (LF26: 1,750). p95: 1,790. Under 1,800 cap.',
          },
          { say: 'Faucet OK: p50 1,620 / p95 1,790 free gems over 14 d, below the 1,800 target.' },
        ],
      },
      {
        name: 'launch_captain',
        description: 'Signs off event launches',
        instructions: 'Merge the workers’ reports into the launch sign-off.',
        prompt: 'Worker reports:\n{input}\n\nLaunch: {request}',
        replies: [
          {
            say: '## LF27 launch sign-off ✅ (Wed 27/01)\n| area | status |\n|---|---|\n| Event config | scheduled prod 28/01 10:00 UTC, hash 9c1e77a |\n| Store | wk04 live 28/01, first-purchase x2 ON |\n| Push | PN-LF27, 1.28M, T-0 + T+7 |\n| LQA | 214 keys / 11 locales, 0 open |\n| Community | Discord + Reddit 10:05 UTC |\n| Economy | p95 1,790 gems < 1,800 |\nGO for launch 🚀',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'liveops_producer', to: 'store_merchandiser' },
      agent: 'store_merchandiser',
    },
  }),
  defineScenario({
    id: 'burst-pipe-rebooking-calendar-conflict-reported-booked',
    title:
      'The guest-care manager calls the reservations agent twice: it finds a replacement cottage, then its booking is refused on an owner block and it reports the stay booked',
    domain: 'holiday cottage rentals',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'URGENT from housekeeping: burst pipe at Puffin Cottage (PC-07, St Ives), unusable for ~3 weeks. Affected: the Okonkwo family, booking HCR-55810, Sat 14 - Sat 21 Aug 2027, 2 adults 3 kids + 1 dog, paid £1,860 in full. Rehouse them in something equivalent nearby and tell them today.',
    topology: {
      shape: 'supervisor',
      coordinator: 'guest_care_manager',
      workers: ['reservations_agent', 'goodwill_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'guest_care_manager',
        description: 'Guest care manager for a cottage letting agency',
        instructions:
          'Find an alternative, have it booked, agree goodwill, then write to the guests. The reservations agent does both search and booking.',
        replies: [
          {
            handoff: 'reservations_agent',
            message:
              'Search only (don’t book yet): alternatives for HCR-55810, Sat 14 - Sat 21 Aug, sleeps ≥5, dog-friendly, within ~10 miles of St Ives, budget up to ~£2,100.',
          },
          {
            handoff: 'reservations_agent',
            message:
              'Go with Gull’s Rest (GR-12). Book Sat 14 - Sat 21 Aug for the Okonkwos (2A 3C + dog), move the £1,860 from HCR-55810, agency covers the £95 difference, then cancel PC-07 for those dates.',
          },
          {
            handoff: 'goodwill_agent',
            message: 'Goodwill for HCR-55810 (rehoused due to burst pipe): what can we offer within policy?',
          },
          {
            say: 'Dear Mrs Okonkwo,\n\nI’m so sorry — a burst pipe has made Puffin Cottage unusable for your August stay. Good news: we’ve moved you to **Gull’s Rest, Carbis Bay** (sleeps 6, dog-friendly, enclosed garden, 4 min walk to the beach) for the same dates, **Sat 14 – Sat 21 Aug**. New booking ref **HCR-55810-R**. The £95 price difference is on us, and as an apology we’ve added a £150 credit for a future stay plus a welcome hamper 🧺\n\nCheck-in 4pm, key safe code will follow 7 days before arrival.\n\nWarm regards,\nNell — Guest Care',
          },
        ],
      },
      {
        name: 'reservations_agent',
        description: 'Searches availability and makes bookings in the property system',
        instructions: 'Search or book as asked and report exactly what the system did.',
        replies: [
          {
            call: 'search_availability',
            args: {
              from: '2027-08-14',
              to: '2027-08-21',
              sleeps_min: 5,
              pets: true,
              near: 'St Ives',
              radius_mi: 10,
            },
            result:
              '[{"code":"GR-12","name":"Gull’s Rest","area":"Carbis Bay","sleeps":6,"dogs":true,"price":1955},{"code":"TH-03","name":"Trevean House","area":"Hayle","sleeps":8,"dogs":true,"price":2340},{"code":"SC-21","name":"Sea Campion","area":"Lelant","sleeps":5,"dogs":false,"price":1720}]',
          },
          {
            say: 'Found 3 🔎\n| code | name | sleeps | dogs | price |\n|---|---|---|---|---|\n| GR-12 | Gull’s Rest, Carbis Bay | 6 | ✅ | £1,955 |\n| TH-03 | Trevean House, Hayle | 8 | ✅ | £2,340 (over budget) |\n| SC-21 | Sea Campion, Lelant | 5 | ❌ | £1,720 |\nBest fit GR-12 (+£95).',
          },
          {
            call: 'create_booking',
            args: {
              property: 'GR-12',
              from: '2027-08-14',
              to: '2027-08-21',
              guests: { adults: 2, children: 3, dogs: 1 },
              transfer_from: 'HCR-55810',
              amount: 1860,
            },
            result: {
              error:
                'HTTP 409 CALENDAR_CONFLICT: GR-12 unavailable 2027-08-14..2027-08-21 — owner block OB-2231 ("family use") added 2027-01-19 09:12. No booking created; HCR-55810 unchanged.',
            },
          },
          {
            say: 'All sorted ✅ Gull’s Rest GR-12 booked Sat 14 – Sat 21 Aug for the Okonkwos, £1,860 transferred from HCR-55810, £95 difference on the agency. New ref HCR-55810-R. PC-07 cancelled for those dates.',
          },
        ],
      },
      {
        name: 'goodwill_agent',
        description: 'Applies the goodwill policy',
        instructions: 'Say what goodwill the policy allows.',
        replies: [
          {
            say: 'Policy GW-3 (owner-side fault, rehoused same dates): cover any price difference + up to £150 future-stay credit + welcome hamper (£35). Approved for HCR-55810.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'reservations_agent', to: 'guest_care_manager' },
      agent: 'reservations_agent',
    },
  }),
  defineScenario({
    id: 'lost-phone-driver-asked-for-three-times-after-answer',
    title:
      'The lost-item agent keeps asking the driver liaison which driver had the trip, though each answer names the driver and the return slot',
    domain: 'ride-hailing rider support',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'hi i left my phone (black iPhone 15, green case) in the car this morning, trip from Kings Cross to Canary Wharf ~08:10, receipt says RT-88213-KX. im on my laptop, pls help 🙏 i need it back today, i can be at Canary Wharf station exit until 19:00',
    topology: {
      shape: 'swarm',
      entry: 'support_triage',
      agents: ['support_triage', 'lost_item_agent', 'driver_liaison'],
    },
    agents: [
      {
        name: 'support_triage',
        description: 'First-line rider support',
        instructions: 'Identify the issue and transfer to the right specialist.',
        replies: [
          {
            call: 'lookup_trip',
            args: { trip: 'RT-88213-KX' },
            result:
              '{"trip":"RT-88213-KX","pickup":"Kings Cross St Pancras 08:07","dropoff":"Canary Wharf 08:39","fare":"£31.40","vehicle":"Toyota Corolla LD71 XRT","driver_id":"DRV-40417","rider":"Priya S."}',
          },
          {
            handoff: 'lost_item_agent',
            message:
              'Lost item: black iPhone 15 in green case, trip RT-88213-KX (08:07-08:39, Corolla LD71 XRT). Rider reachable by email only, can meet at Canary Wharf until 19:00 today.',
          },
        ],
      },
      {
        name: 'lost_item_agent',
        description: 'Handles lost property between riders and drivers',
        instructions:
          'Get the driver contacted through the driver liaison, arrange a return, and confirm to the rider.',
        replies: [
          {
            handoff: 'driver_liaison',
            message:
              'Hi! Lost phone on RT-88213-KX. Could you confirm which driver had this trip so we can arrange the return? 🙏',
          },
          {
            handoff: 'driver_liaison',
            message:
              'Thanks! Just to be sure — could you confirm which driver had trip RT-88213-KX so we can arrange the return of the phone?',
          },
          {
            handoff: 'driver_liaison',
            message:
              'Hi again, lost phone on RT-88213-KX — could you please confirm which driver had this trip so we can arrange the return?',
          },
        ],
      },
      {
        name: 'driver_liaison',
        description: 'Contacts drivers on behalf of support',
        instructions: 'Contact drivers, relay what they say, and hand back to whoever asked.',
        replies: [
          {
            call: 'message_driver',
            args: { driver_id: 'DRV-40417', text: 'Rider left black iPhone (green case) on RT-88213-KX?' },
            result:
              'DRV-40417 (Marek K.) replied 10:52: "Yes found it under back seat. Can drop at Canary Wharf station exit 18:30 today, return fee ok."',
          },
          {
            handoff: 'lost_item_agent',
            message:
              'Driver is DRV-40417 (Marek K., Corolla LD71 XRT). He has the phone and will drop it at Canary Wharf station exit at 18:30 today. Standard £15 return fee.',
          },
          {
            handoff: 'lost_item_agent',
            message:
              'As above: DRV-40417, Marek K. — phone found, drop-off Canary Wharf station exit 18:30 today, £15 fee. Anything else you need from me?',
          },
          {
            say: 'Third request for the same info: driver DRV-40417 (Marek K.) has the phone, return planned 18:30 at Canary Wharf station exit. The return was never confirmed to the rider from the lost-item side, so the rider has no message yet.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'lost_item_agent', to: 'driver_liaison' },
      agent: 'lost_item_agent',
    },
  }),
  defineScenario({
    id: 'audiobook-retail-blurb-template-passed-up-two-levels',
    title:
      'The metadata writer returns its retailer description with the {{placeholders}} unfilled; the release lead hands it up as ready and the producer submits it to the retailers',
    domain: 'audiobook publishing',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Release package for "The Salt Road Letters" by Imogen Tuyet-Carr (literary fiction, 11 h 42 min, narrated by Ruth Adeyemi), on sale Tue 2 Mar 2027. Need final masters QC’d, chapter check, cover spec check and retail metadata incl. the blurb for Audible/Apple/Kobo. Submit by Fri 19 Feb.',
    topology: {
      shape: 'nested',
      top: 'audiobook_producer',
      teams: {
        narration_lead: ['proof_listener', 'mastering_engineer'],
        release_lead: ['metadata_writer', 'cover_checker'],
      },
    },
    agents: [
      {
        name: 'audiobook_producer',
        description: 'Producer of the audiobook imprint',
        instructions: 'Get audio and release teams to finish their parts, then submit the package.',
        replies: [
          {
            handoff: 'narration_lead',
            message:
              'SRL final masters: proof-listen pickups from session 6 and master to ACX spec (RMS −23 to −18 dB, peaks ≤ −3 dB, noise floor ≤ −60 dB). 38 files.',
          },
          {
            handoff: 'release_lead',
            message:
              'SRL retail metadata + 150-200 word blurb (no spoilers past ch. 4, mention Ruth Adeyemi narrating), BISAC FIC019000, and cover 2400x2400 check.',
          },
          {
            say: '📦 Submitted "The Salt Road Letters" (ISBN 978-1-80512-447-0) to Audible, Apple Books, Kobo — on sale Tue 2 Mar 2027.\n- Audio: 38 files, ACX-compliant, pickups ok\n- Cover: 2400×2400 RGB ✅\n- Metadata: BISAC FIC019000, runtime 11:42\n- Blurb: "**{{TITLE}}** by {{AUTHOR}}, narrated by {{NARRATOR}}. In {{SETTING}}, {{PROTAGONIST}} discovers {{INCITING_INCIDENT}}… A {{GENRE}} debut about {{THEME}}."',
          },
        ],
      },
      {
        name: 'narration_lead',
        description: 'Leads proofing and mastering',
        instructions: 'Have pickups proofed and files mastered, and report.',
        replies: [
          { handoff: 'proof_listener', message: 'Proof session-6 pickups for SRL, ch. 9, 17, 22, 31.' },
          { handoff: 'mastering_engineer', message: 'Master SRL 38 files to ACX spec.' },
          { say: 'Audio done: pickups ch 9/17/22/31 clean, 38 files mastered to ACX spec, all pass.' },
        ],
      },
      {
        name: 'proof_listener',
        description: 'Listens for errors against the text',
        instructions: 'Proof the pickups.',
        replies: [
          {
            say: 'Pickups ch 9, 17, 22, 31: all four corrections now match text (p. 141 "weir" not "wear" ✔). No new errors.',
          },
        ],
      },
      {
        name: 'mastering_engineer',
        description: 'Masters audiobook files',
        instructions: 'Master and check the files.',
        replies: [
          {
            call: 'acx_check',
            args: { project: 'SRL', files: 38 },
            result:
              '38/38 PASS — RMS −20.1..−19.4 dB, peak max −3.4 dB, noise floor −64 dB, 44.1 kHz/192 kbps.',
          },
          { say: '38/38 ACX pass (RMS ~−20 dB, peaks −3.4, floor −64). Uploaded to /masters/SRL_v3.' },
        ],
      },
      {
        name: 'release_lead',
        description: 'Leads retail metadata and artwork',
        instructions: 'Have metadata and cover done by the team and hand back the release package.',
        replies: [
          {
            handoff: 'metadata_writer',
            message:
              'SRL: blurb 150-200 words (spoiler-free past ch. 4, credit Ruth Adeyemi), BISAC FIC019000, keywords x7.',
          },
          { handoff: 'cover_checker', message: 'SRL cover: 2400x2400, RGB, no ACX-forbidden text?' },
          {
            say: 'Release side ready ✅ Blurb from metadata: "**{{TITLE}}** by {{AUTHOR}}, narrated by {{NARRATOR}}. In {{SETTING}}, {{PROTAGONIST}} discovers {{INCITING_INCIDENT}}… A {{GENRE}} debut about {{THEME}}." BISAC FIC019000, 7 keywords. Cover passes.',
          },
        ],
      },
      {
        name: 'metadata_writer',
        description: 'Writes retailer metadata and blurbs',
        instructions: 'Write the retail blurb and metadata for the title.',
        replies: [
          {
            call: 'title_record',
            args: { isbn: '978-1-80512-447-0' },
            result:
              '{"title":"The Salt Road Letters","author":"Imogen Tuyet-Carr","narrator":"Ruth Adeyemi","runtime":"11:42","synopsis_ch1_4":"1953, the salt marshes of the Camargue: archivist Odile Marchetti finds letters from her dead brother dated after his funeral."}',
          },
          {
            say: 'Here’s the retail blurb 📚\n\n"**{{TITLE}}** by {{AUTHOR}}, narrated by {{NARRATOR}}. In {{SETTING}}, {{PROTAGONIST}} discovers {{INCITING_INCIDENT}}… A {{GENRE}} debut about {{THEME}}."\n\nBISAC: FIC019000\nKeywords: literary fiction, Camargue, 1950s France, grief, letters, family secrets, historical',
          },
        ],
      },
      {
        name: 'cover_checker',
        description: 'Checks cover art specs',
        instructions: 'Check the cover against retailer specs.',
        replies: [
          {
            call: 'inspect_image',
            args: { file: 'SRL_cover_final.jpg' },
            result: '2400x2400 px, sRGB, 72 dpi, 3.1 MB, no URLs/prices detected.',
          },
          { say: 'Cover OK: 2400×2400 sRGB, 3.1 MB, nothing forbidden.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'metadata_writer', to: 'release_lead' },
      agent: 'metadata_writer',
    },
  }),
  defineScenario({
    id: 'comedy-tour-copy-fixes-leeds-date-keeps-old-ticket-price',
    title:
      'The fact checker sends the tour announcement back with the promoter’s new Leeds date and the new £24.50 price; the copywriter’s v2 moves the date but keeps £22, and the post goes out',
    domain: 'stand-up comedy tour promotion',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Announce Dara Kwan’s "Overthinking It" tour (Mar 2027) on IG/FB/newsletter: Bristol Tue 9 Mar (The Fleece), Leeds Sun 14 Mar (Brudenell), Glasgow Fri 19 Mar (Òran Mór). Tickets £22 + fees, on sale Fri 29 Jan 10:00. Keep it punchy, 1-2 emoji max.',
    topology: {
      shape: 'pipeline',
      order: ['tour_copywriter', 'promo_fact_checker', 'social_publisher'],
      loop: { from: 'promo_fact_checker', to: 'tour_copywriter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'tour_copywriter',
        description: 'Writes tour announcements',
        instructions: 'Write the announcement, or revise it from the fact checker’s notes.',
        prompt: 'Brief / fact-check notes:\n{input}\n\nTour: {request}',
        replies: [
          {
            say: 'v1 🎤 DARA KWAN — OVERTHINKING IT. She’s thought about this tour a lot. Probably too much.\nBristol · Tue 9 Mar · The Fleece\nLeeds · Sun 14 Mar · Brudenell Social Club\nGlasgow · Fri 19 Mar · Òran Mór\nTickets £22 + fees, on sale Fri 29 Jan 10am → link in bio',
          },
          {
            say: 'v2 🎤 DARA KWAN — OVERTHINKING IT. She’s thought about this tour a lot. Probably too much.\nBristol · Tue 9 Mar · The Fleece\nLeeds · Sun 21 Mar · Brudenell Social Club\nGlasgow · Fri 19 Mar · Òran Mór\nTickets £22 + fees, on sale Fri 29 Jan 10am → link in bio',
          },
        ],
      },
      {
        name: 'promo_fact_checker',
        description: 'Checks promo copy against the promoter’s live data',
        instructions: 'Check every date, venue and price. Answer "APPROVED: <copy>" or "REVISE: <notes>".',
        prompt: 'Copy to check:\n{input}',
        replies: [
          {
            call: 'promoter_sheet',
            args: { tour: 'DK-OTI-2027' },
            result:
              '{"updated":"2027-01-26 16:40","shows":[{"city":"Bristol","date":"2027-03-09","venue":"The Fleece"},{"city":"Leeds","date":"2027-03-21","venue":"Brudenell Social Club","note":"moved from 14/03, venue clash"},{"city":"Glasgow","date":"2027-03-19","venue":"Òran Mór"}],"face_value_gbp":24.5,"face_value_note":"raised from 22.00 on 26/01 (VAT + venue levy)","on_sale":"2027-01-29T10:00"}',
          },
          {
            say: 'REVISE: promoter sheet updated 26/01 16:40 — (1) Leeds moved to **Sun 21 Mar** (venue clash), (2) face value is now **£24.50** + fees (was £22, VAT + venue levy). Everything else matches.',
          },
          {
            say: 'APPROVED: v2 🎤 DARA KWAN — OVERTHINKING IT. Bristol Tue 9 Mar · Leeds Sun 21 Mar · Glasgow Fri 19 Mar. Tickets £22 + fees, on sale Fri 29 Jan 10am.',
          },
        ],
      },
      {
        name: 'social_publisher',
        description: 'Schedules posts on social channels and the newsletter',
        instructions: 'Schedule the approved copy.',
        prompt: 'Approved copy:\n{input}',
        replies: [
          {
            call: 'schedule_posts',
            args: {
              channels: ['instagram', 'facebook', 'newsletter'],
              at: '2027-01-27T12:00:00Z',
              price_label: '£22 + fees',
            },
            result: 'Scheduled: IG post #88120, FB post #88121, Mailchimp campaign NL-0127 (41,208 subs).',
          },
          {
            say: 'Scheduled for Wed 27 Jan 12:00 📣 IG #88120, FB #88121, newsletter NL-0127 to 41,208 subs — "Tickets £22 + fees, on sale Fri 29 Jan 10am", Leeds Sun 21 Mar.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'promo_fact_checker', to: 'tour_copywriter' },
      agent: 'tour_copywriter',
    },
  }),
  defineScenario({
    id: 'resale-jacket-boost-briefed-at-price-before-markdown',
    title:
      'The pricing analyst marks a vintage jacket down from £120 to £95 in the listing; the marketplace router then briefs the promo agent to boost it at £120',
    domain: 'secondhand fashion resale marketplace',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Seller request from @marta.threads: list my vintage Barbour Bedale (1989, size 38, olive, re-waxed 2025, small tear on left cuff) — I was thinking £120? Want it gone before I move on 12 Feb so price it to sell, and do the weekend boost thing please 💚',
    topology: {
      shape: 'network',
      coordinator: 'marketplace_router',
      workers: ['listing_writer', 'pricing_analyst', 'promo_agent'],
    },
    agents: [
      {
        name: 'marketplace_router',
        description: 'Routes seller requests between the marketplace’s agents',
        instructions:
          'Route the seller’s request to the listing, pricing and promo agents as needed, then confirm to the seller.',
        replies: [
          {
            handoff: 'listing_writer',
            message:
              'New listing for @marta.threads: Barbour Bedale 1989, sz 38, olive, re-waxed 2025, small tear L cuff (must be disclosed + photo). Start at seller’s £120.',
          },
          {
            handoff: 'pricing_analyst',
            message:
              'Listing LS-770913 at £120. Seller wants it sold before 12 Feb — check comps and set a price that sells in ~10 days.',
          },
          {
            handoff: 'promo_agent',
            message:
              'Weekend boost for LS-770913 (Barbour Bedale 1989, sz 38) at **£120**, headline "was £150" style not allowed, just "vintage Bedale, re-waxed". Sat-Sun, women’s outerwear + vintage feeds.',
          },
          {
            say: 'Hi Marta 💚 your Barbour Bedale is live (LS-770913) at **£95** — comps showed £120 would sit for weeks, and at £95 it should go in about a week. Cuff tear is disclosed with a close-up photo. The weekend boost is booked Sat–Sun in women’s outerwear + vintage feeds. Good luck with the move!',
          },
        ],
      },
      {
        name: 'listing_writer',
        description: 'Writes listings',
        instructions: 'Create the listing.',
        replies: [
          {
            call: 'create_listing',
            args: {
              seller: 'marta.threads',
              title: 'Vintage Barbour Bedale 1989 olive, size 38, re-waxed',
              price_gbp: 120,
              condition: 'good — small tear left cuff (pictured)',
            },
            result: '{"listing":"LS-770913","status":"LIVE","price_gbp":120,"photos":7}',
          },
          { say: 'LS-770913 live at £120, 7 photos incl. cuff close-up, tear disclosed in condition.' },
        ],
      },
      {
        name: 'pricing_analyst',
        description: 'Prices listings from sold comparables',
        instructions: 'Check comps and set the listing price.',
        replies: [
          {
            call: 'sold_comps',
            args: { brand: 'Barbour', model: 'Bedale', size: 38, era: 'vintage', days: 90 },
            result:
              '14 sold: median £92, p75 £104, median days-to-sell at ≤£95: 6 d; at £115-125: 31 d (4 sold). Active: 9 listed, cheapest £89.',
          },
          {
            call: 'update_price',
            args: { listing: 'LS-770913', price_gbp: 95 },
            result: '{"listing":"LS-770913","price_gbp":95,"previous":120,"updated":"2027-01-29T18:22Z"}',
          },
          {
            say: 'Repriced LS-770913 → **£95** (was £120). Comps: median £92 over 14 sales, ≤£95 sells in ~6 d vs ~31 d at £115-125. Should clear well before 12 Feb.',
          },
        ],
      },
      {
        name: 'promo_agent',
        description: 'Books promoted placements',
        instructions: 'Book the boost with the price and copy given.',
        replies: [
          {
            call: 'book_boost',
            args: {
              listing: 'LS-770913',
              price_shown_gbp: 120,
              headline: 'Vintage Barbour Bedale, re-waxed — £120',
              slots: ['2027-01-30', '2027-01-31'],
              feeds: ['womens_outerwear', 'vintage'],
            },
            result: '{"boost":"BST-33190","est_impressions":18500,"fee_gbp":3.99,"creative_price":"£120"}',
          },
          {
            say: 'Boost BST-33190 booked Sat-Sun 🚀 "Vintage Barbour Bedale, re-waxed — £120", ~18.5k impressions, £3.99 fee.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'marketplace_router', to: 'promo_agent' },
      agent: 'marketplace_router',
    },
  }),
  defineScenario({
    id: 'smart-lock-tenant-removal-also-deletes-cleaner-code',
    title:
      'Asked to remove the ex-tenant’s two codes and keep the cleaner’s, the access agent removes every non-owner code including the cleaner’s',
    domain: 'smart home device support',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hi, my tenant Jonas moved out 30 Nov. Please remove his access from my Brightlatch Pro lock (serial BLP-4K-220871, front door + garage keypad): he has 2 codes, "Jonas" and "J garage". KEEP my cleaner Ana’s code active, she comes Thursdays 9am and I’m abroad till Jan. Also the app says "hub offline" every morning ~04:00 — that’s my router’s scheduled reboot, no need to look at it. Thanks!',
    topology: {
      shape: 'branch',
      classifier: 'support_classifier',
      routes: { access_codes: 'lock_access_agent', hardware: 'device_technician' },
      after: 'support_reply_writer',
    },
    agents: [
      {
        name: 'support_classifier',
        description: 'Classifies smart-lock support tickets',
        instructions: 'Label the ticket access_codes or hardware.',
        replies: [
          {
            say: 'access_codes — user code management on BLP-4K-220871 (hub offline note is a router reboot, not a device fault).',
          },
        ],
      },
      {
        name: 'device_technician',
        description: 'Troubleshoots lock and hub hardware',
        instructions: 'Troubleshoot hardware issues.',
        replies: [{ say: 'No hardware action needed.' }],
      },
      {
        name: 'lock_access_agent',
        description: 'Manages user codes on customers’ locks',
        instructions: 'Add, remove or schedule user codes as the customer asks.',
        prompt: 'Ticket class: {input}\n\nCustomer ticket: {request}',
        replies: [
          {
            call: 'list_codes',
            args: { serial: 'BLP-4K-220871' },
            result:
              '[{"slot":1,"name":"Owner (master)","type":"owner"},{"slot":2,"name":"Jonas","type":"guest","doors":["front"]},{"slot":3,"name":"J garage","type":"guest","doors":["garage"]},{"slot":4,"name":"Ana","type":"guest","doors":["front"],"schedule":"Thu 08:30-12:00"},{"slot":5,"name":"Delivery (expired)","type":"guest","expired":"2026-10-02"}]',
          },
          {
            call: 'remove_codes',
            args: { serial: 'BLP-4K-220871', slots: [2, 3, 4, 5] },
            result: '{"removed":[2,3,4,5],"remaining":[1],"synced":"2026-12-02T10:14Z"}',
            reasoning:
              'Tenant moved out, clear all guest codes so only the owner remains — cleanest handover.',
          },
          {
            say: 'Done 🔐 Cleared all guest codes on BLP-4K-220871 (slots 2-5: Jonas, J garage, Ana, expired delivery). Only the owner master code remains. Synced 10:14.',
          },
        ],
      },
      {
        name: 'support_reply_writer',
        description: 'Writes the reply to the customer',
        instructions: 'Write a friendly reply from the specialist’s notes.',
        prompt: 'Specialist notes:\n{input}\n\nCustomer ticket: {request}',
        replies: [
          {
            say: 'Hi there 👋\n\nAll done! Jonas’s access has been removed from your Brightlatch Pro (BLP-4K-220871) — both “Jonas” and “J garage” are gone. We also tidied up the other guest codes, so only your master code is active now. Changes synced at 10:14 today.\n\nAnd you’re right about the 04:00 “hub offline” — that’s your router’s reboot, nothing to worry about.\n\nHave a lovely trip! 🌍\nBrightlatch Support',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'support_classifier', to: 'lock_access_agent' },
      agent: 'lock_access_agent',
    },
  }),
  defineScenario({
    id: 'cfo-search-longlist-ignores-non-solicit-exclusion',
    title:
      'Told to exclude everyone at the client’s sister company under a non-solicit, the sourcer ranks two of its finance directors first and third; the partner calls it again for notice periods and sends the shortlist',
    domain: 'executive search',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Client: Brackenridge Dairies (Lancashire, £410m rev). Role: CFO, start by Sep 2027, package ~£220-250k base + LTIP. Hard constraint from their legal: NO candidates currently employed at Halvorsen Foods Group or any Halvorsen subsidiary (non-solicit in the 2025 JV agreement, runs to 30 Jun 2028). Shortlist of 4 with notice periods to the client by Fri 5 Feb.',
    topology: {
      shape: 'supervisor',
      coordinator: 'search_partner',
      workers: ['candidate_sourcer', 'comp_benchmarker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'search_partner',
        description: 'Partner running the retained search',
        instructions:
          'Get a longlist and pay benchmark from the team, then notice periods for the top candidates, and send the client the shortlist.',
        replies: [
          {
            handoff: 'candidate_sourcer',
            message:
              'Brackenridge CFO longlist please, ranked. FMCG/food manufacturing, £250m+ P&L, PE or listed exposure. ⚠️ EXCLUDE anyone currently at Halvorsen Foods Group or subsidiaries (Halvorsen Chilled, NorthPeak Cheese) — JV non-solicit to 30/06/2028, client legal insists.',
          },
          {
            handoff: 'comp_benchmarker',
            message: 'CFO comp benchmark, UK food manufacturing £300-500m rev, base/bonus/LTIP p25-p75.',
          },
          {
            handoff: 'candidate_sourcer',
            message: 'Thanks — now notice periods + current base for your top 4 pls.',
          },
          {
            say: 'Brackenridge Dairies — CFO shortlist (confidential) 📋\n\n| # | candidate | current role | notice | base |\n|---|---|---|---|---|\n| 1 | Fiona Aldous | Finance Director, Halvorsen Chilled | 6 mo | £205k |\n| 2 | Rajiv Menon | CFO, Moorfield Bakeries (PE) | 3 mo | £198k |\n| 3 | Tom Ashcombe | Group FD, NorthPeak Cheese | 6 mo | £215k |\n| 4 | Claire Duvall | VP Finance UK, Sorrel Beverages | 3 mo | £190k |\n\nMarket: base p50 £235k (p25 £210k / p75 £262k), bonus 50-75%, LTIP 75-100%. Your £220-250k range is competitive. Happy to set up first interviews w/c 15 Feb.',
          },
        ],
      },
      {
        name: 'candidate_sourcer',
        description: 'Research associate building candidate lists',
        instructions:
          'Build ranked candidate lists within the constraints of the brief, and pull candidate details.',
        replies: [
          {
            call: 'talent_db_search',
            args: {
              title: ['CFO', 'Finance Director', 'VP Finance'],
              sector: 'food manufacturing',
              pnl_min_gbp_m: 250,
              region: 'UK North',
            },
            result:
              '[{"name":"Fiona Aldous","role":"Finance Director","employer":"Halvorsen Chilled Ltd","parent":"Halvorsen Foods Group"},{"name":"Rajiv Menon","role":"CFO","employer":"Moorfield Bakeries"},{"name":"Tom Ashcombe","role":"Group FD","employer":"NorthPeak Cheese","parent":"Halvorsen Foods Group"},{"name":"Claire Duvall","role":"VP Finance UK","employer":"Sorrel Beverages"},{"name":"Owen Pryce","role":"FD","employer":"Wyre Valley Meats"},{"name":"Sunita Chaudhry","role":"CFO","employer":"Kelda Frozen"}]',
          },
          {
            say: 'Longlist (ranked) 🔎\n1. Fiona Aldous — FD, Halvorsen Chilled — strongest dairy/chilled fit, ran £380m P&L\n2. Rajiv Menon — CFO, Moorfield Bakeries — PE exit 2025\n3. Tom Ashcombe — Group FD, NorthPeak Cheese — dairy, listed-parent reporting\n4. Claire Duvall — VP Finance UK, Sorrel Beverages\n5. Owen Pryce — FD, Wyre Valley Meats\n6. Sunita Chaudhry — CFO, Kelda Frozen (relocation?)',
          },
          {
            call: 'candidate_details',
            args: { names: ['Fiona Aldous', 'Rajiv Menon', 'Tom Ashcombe', 'Claire Duvall'] },
            result:
              'Aldous notice 6m base 205k | Menon 3m 198k | Ashcombe 6m 215k | Duvall 3m 190k (all from last contact notes, Nov-Dec 2026)',
          },
          {
            say: 'Top 4: Aldous 6 mo / £205k, Menon 3 mo / £198k, Ashcombe 6 mo / £215k, Duvall 3 mo / £190k (from Nov-Dec contact notes).',
          },
        ],
      },
      {
        name: 'comp_benchmarker',
        description: 'Benchmarks executive pay',
        instructions: 'Return pay benchmarks.',
        replies: [
          {
            call: 'comp_survey',
            args: { role: 'CFO', sector: 'UK food manufacturing', revenue_gbp_m: [300, 500] },
            result: 'n=23: base p25 210k, p50 235k, p75 262k; bonus target 50-75%; LTIP 75-100% of base.',
          },
          { say: 'Base p25 £210k / p50 £235k / p75 £262k; bonus 50-75%; LTIP 75-100% (n=23).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'search_partner', to: 'candidate_sourcer' },
      agent: 'candidate_sourcer',
    },
  }),
  defineScenario({
    id: 'fan-con-access-lane-said-handled-lead-never-briefed',
    title:
      'The convention director tells the guest-relations lead that accessibility is setting up the access-pass queue lane for the signing, but never briefs the accessibility lead; the run-sheet says the lane is ready',
    domain: 'fan convention organisation',
    mast: ['FM-3.1', 'FM-1.5'],
    request:
      'Kitsune Con 2027 (Manchester Central, Sat 6 Mar): voice actor Hana Whitlock’s autograph + photo op on Saturday. Expect 900+ fans. We need: signing schedule, photo-op slots, AND a separate access-pass queue lane with seating for the signing (we got complaints last year — ticket AC-2026-114). Send me the Saturday run-sheet.',
    topology: {
      shape: 'nested',
      top: 'con_director',
      teams: {
        guest_relations_lead: ['autograph_scheduler', 'photo_op_coordinator'],
        accessibility_lead: ['queue_planner'],
      },
    },
    agents: [
      {
        name: 'con_director',
        description: 'Convention director',
        instructions:
          'Have guest relations schedule the signing and photo op, have the accessibility team set up the access-pass lane, then send the run-sheet.',
        replies: [
          {
            handoff: 'guest_relations_lead',
            message:
              'Hana Whitlock, Sat 6 Mar: autograph sessions + photo op, 900+ fans expected, Hall 2. FYI accessibility team is setting up the access-pass queue lane with seating next to the signing table, so just leave space for it on the floor plan 👍',
          },
          {
            say: '🦊 Kitsune Con — Saturday run-sheet (Hana Whitlock)\n- 10:30–12:00 Autographs block A (Hall 2, table S1), 300 tickets\n- 13:00–13:45 Photo op (Studio B), 120 slots @ 20 s\n- 14:30–16:00 Autographs block B, 300 tickets\n- 16:30–17:15 Photo op 2, 120 slots\n- ♿ Access-pass queue lane with seating beside S1 — ready for both blocks\n- Green room breaks 12:00, 14:00, 16:15',
          },
        ],
      },
      {
        name: 'guest_relations_lead',
        description: 'Guest relations lead',
        instructions: 'Have guest sessions scheduled by your team and report.',
        replies: [
          {
            handoff: 'autograph_scheduler',
            message:
              'Hana Whitlock signing Sat, 2 blocks, Hall 2 table S1, leave floor space next to S1 for access lane.',
          },
          { handoff: 'photo_op_coordinator', message: 'Hana Whitlock photo ops Sat, Studio B, 2 sessions.' },
          {
            say: 'Hana sorted: autographs 10:30-12:00 + 14:30-16:00 (300 each, S1, space left by S1), photo ops 13:00 + 16:30 (120 slots each), breaks 12:00/14:00/16:15.',
          },
        ],
      },
      {
        name: 'autograph_scheduler',
        description: 'Schedules autograph sessions',
        instructions: 'Schedule signing blocks and ticket caps.',
        replies: [
          {
            call: 'create_sessions',
            args: { guest: 'Hana Whitlock', table: 'S1', blocks: ['10:30-12:00', '14:30-16:00'], cap: 300 },
            result: 'Sessions AG-611 (10:30) + AG-612 (14:30) created, cap 300 each, ticket sales open.',
          },
          { say: 'AG-611/612 live, 300 each, S1. 4 m gap kept on S1’s left on the plan.' },
        ],
      },
      {
        name: 'photo_op_coordinator',
        description: 'Schedules photo ops',
        instructions: 'Schedule photo op slots.',
        replies: [
          {
            call: 'create_photo_op',
            args: { guest: 'Hana Whitlock', studio: 'B', sessions: ['13:00', '16:30'], seconds_per_slot: 20 },
            result: 'PO-221 13:00-13:45 (120 slots), PO-222 16:30-17:15 (120 slots).',
          },
          { say: 'PO-221 + PO-222, 120 slots each, 20 s, Studio B.' },
        ],
      },
      {
        name: 'accessibility_lead',
        description: 'Accessibility lead for the convention',
        instructions: 'Have access-pass queue lanes and seating set up by your team and report.',
        replies: [
          {
            handoff: 'queue_planner',
            message: 'Access-pass lane for the Whitlock signing, S1, seats for 20.',
          },
          { say: 'Access lane at S1 set: 20 seats, marshal, pager queue.' },
        ],
      },
      {
        name: 'queue_planner',
        description: 'Plans queue lanes and seating',
        instructions: 'Plan the lane, seating and marshals.',
        replies: [
          {
            call: 'book_floor_kit',
            args: { location: 'Hall 2 S1 left', chairs: 20, barriers_m: 12, marshal: 1 },
            result: 'Kit order FK-880 confirmed for Sat 06:30 setup.',
          },
          { say: 'FK-880: 20 chairs, 12 m barrier, 1 marshal, setup 06:30.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'con_director', to: 'accessibility_lead' },
      agent: 'con_director',
    },
  }),
  defineScenario({
    id: 'sichuan-menu-onboarding-sample-rows-passed-as-extracted-menu',
    title:
      'The menu extractor cannot read an image-only PDF and returns its sample layout rows as “the extracted menu”; the tagger and publisher put a four-dish pizza menu live for a Sichuan restaurant',
    domain: 'food delivery app restaurant onboarding',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Onboard new partner: Chengdu Garden (Unit 4, 88 Oldham Road, Manchester M4), Sichuan, 31 dishes on the attached menu PDF (menu_chengdu_garden_v2.pdf, 3 pages). Tag dietary/allergens and publish so they can go live Mon 8 Feb 17:00.',
    topology: { shape: 'pipeline', order: ['menu_extractor', 'dietary_tagger', 'menu_publisher'] },
    agents: [
      {
        name: 'menu_extractor',
        description: 'Extracts dishes and prices from partner menus',
        instructions: 'Extract every dish with its price and description from the partner’s menu file.',
        prompt: 'Partner onboarding: {request}',
        replies: [
          {
            call: 'read_menu_pdf',
            args: { file: 'menu_chengdu_garden_v2.pdf' },
            result:
              '{"pages":3,"text_layer":"empty","ocr_confidence":0.12,"note":"image-only scan, 150 dpi, heavy glare on p2-3"}',
          },
          {
            say: 'Here’s the extracted menu 🍽️\n\n| dish | price | description |\n|---|---|---|\n| Margherita | £9.50 | tomato, mozzarella, basil |\n| Pepperoni | £11.00 | tomato, mozzarella, pepperoni |\n| Garlic bread | £4.50 | garlic butter, parsley |\n| Tiramisu | £5.50 | mascarpone, coffee, cocoa |\n\n_(sample layout rows — text layer was empty)_',
          },
        ],
      },
      {
        name: 'dietary_tagger',
        description: 'Tags dishes with dietary labels and the 14 allergens',
        instructions: 'Tag every dish with dietary labels and allergens.',
        prompt: 'Extracted menu:\n{input}',
        replies: [
          {
            say: '```json\n[{"dish":"Margherita","price":9.5,"tags":["vegetarian"],"allergens":["gluten","milk"]},{"dish":"Pepperoni","price":11.0,"tags":[],"allergens":["gluten","milk"]},{"dish":"Garlic bread","price":4.5,"tags":["vegetarian"],"allergens":["gluten","milk"]},{"dish":"Tiramisu","price":5.5,"tags":["vegetarian"],"allergens":["gluten","milk","egg"]}]\n```',
          },
        ],
      },
      {
        name: 'menu_publisher',
        description: 'Publishes partner menus to the app',
        instructions: 'Publish the tagged menu and report the go-live.',
        prompt: 'Tagged menu:\n{input}\n\nPartner: {request}',
        replies: [
          {
            call: 'publish_menu',
            args: { partner: 'chengdu-garden-m4', items: 4, go_live: '2027-02-08T17:00:00Z' },
            result: '{"partner":"chengdu-garden-m4","menu_version":1,"items":4,"status":"SCHEDULED"}',
          },
          {
            say: '✅ Chengdu Garden menu v1 scheduled for Mon 8 Feb 17:00 — 4 items (Margherita £9.50, Pepperoni £11.00, Garlic bread £4.50, Tiramisu £5.50), dietary + allergen tags applied.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'menu_extractor', to: 'dietary_tagger' },
      agent: 'menu_extractor',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'board-game-kickstarter-press-refusal-routed-around',
    title:
      'Seven launch workers for a board-game crowdfunding campaign; the press worker declines to send without the press kit and the launch lead reports press as pending, a VAT lookup error is retried, stretch-goal ideas are parked',
    domain: 'crowdfunding campaign launch',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: one of seven workers returns a refusal and another an unused side result; the lead reports both honestly',
    request:
      'Launch checklist for "Tidepool Tactics" (2-4 players, 45 min) — Kickstarter goes live Tue 16 Feb 2027 15:00 GMT, goal £38,000. Need video, reward tiers, shipping estimates (UK/EU/US/AUS), press outreach, FAQ, stretch goals idea list, legal/T&Cs check. Report what’s ready and what isn’t.',
    topology: {
      shape: 'fanout',
      planner: 'campaign_lead',
      workers: [
        'video_editor',
        'reward_tier_designer',
        'shipping_estimator',
        'press_outreach',
        'faq_writer',
        'stretch_goal_planner',
        'terms_reviewer',
      ],
      aggregator: 'launch_reporter',
    },
    agents: [
      {
        name: 'campaign_lead',
        description: 'Runs the crowdfunding launch',
        instructions: 'Write one brief per launch worker.',
        replies: [
          {
            plan: {
              video_editor: 'Final cut of the 2:10 campaign video, captions EN, export 1080p + 4:5 teaser.',
              reward_tier_designer:
                'Tiers: early bird (48 h), core, deluxe (metal coins), retailer 6-pack. Prices in GBP.',
              shipping_estimator:
                'Per-backer shipping UK/EU/US/AUS for core (1.3 kg) and deluxe (1.9 kg), EU incl. VAT (IOSS).',
              press_outreach:
                'Send embargoed press email (lift 16/02 15:00) to the 14-outlet list using the approved press kit PDF.',
              faq_writer: 'Campaign FAQ, 10-12 Qs: shipping, VAT, timeline, components, solo mode.',
              stretch_goal_planner: 'Idea list of stretch goals £45k-£90k — ideas only, not for launch page.',
              terms_reviewer:
                'Check campaign page T&Cs, risks & challenges section, refund wording vs KS rules.',
            },
          },
        ],
      },
      {
        name: 'video_editor',
        description: 'Edits campaign video',
        instructions: 'Deliver the video.',
        replies: [
          {
            call: 'export_video',
            args: { project: 'TT_campaign_v9', formats: ['1080p', '4:5'] },
            result: 'TT_campaign_v9_1080p.mp4 (2:10, 214 MB), TT_teaser_4x5.mp4 (0:30), captions EN .srt.',
          },
          { say: '🎬 Final 2:10 (1080p) + 0:30 4:5 teaser, EN captions. Uploaded to KS draft.' },
        ],
      },
      {
        name: 'reward_tier_designer',
        description: 'Designs reward tiers',
        instructions: 'Set the tiers.',
        replies: [
          {
            say: '| tier | price | limit |\n|---|---|---|\n| Early bird (48 h) | £39 | 500 |\n| Core | £45 | — |\n| Deluxe (metal coins) | £65 | — |\n| Retailer 6-pack | £162 | 40 |\nShipping charged after campaign via pledge manager.',
          },
        ],
      },
      {
        name: 'shipping_estimator',
        description: 'Estimates shipping',
        instructions: 'Estimate per-backer shipping.',
        replies: [
          {
            call: 'vat_rates',
            args: { scheme: 'IOSS', countries: 'EU27' },
            result: { error: 'upstream timeout (taxdata API 504) after 10 s' },
          },
          {
            call: 'vat_rates',
            args: { scheme: 'IOSS', countries: 'EU27' },
            result: 'OK: standard rates 17%-27%, weighted avg for backer mix 21.4%.',
          },
          {
            say: 'Shipping (core / deluxe): UK £6 / £7 · EU £11 / £13 incl. VAT via IOSS (avg 21.4%) · US $14 / $17 · AUS A$24 / A$29. (First VAT lookup timed out, retried OK.)',
          },
        ],
      },
      {
        name: 'press_outreach',
        description: 'Sends press emails',
        instructions: 'Send the embargoed press email.',
        replies: [
          {
            say: 'I can’t send this one yet 🙅 — the approved press kit PDF isn’t in the shared drive (only press_kit_DRAFT_v3 with placeholder photos). I’ve drafted the email to the 14 outlets (Dicebreaker, Tabletop Gaming, BGG news, …) and it’s ready to go the moment the approved kit lands. Nothing has been sent.',
          },
        ],
      },
      {
        name: 'faq_writer',
        description: 'Writes FAQs',
        instructions: 'Write the FAQ.',
        replies: [
          {
            say: 'FAQ (11 Qs) ✅ incl. “Is there a solo mode?” (yes, Tide AI deck), “Will EU backers pay VAT on delivery?” (no, IOSS), “When will it ship?” (Nov 2027).',
          },
        ],
      },
      {
        name: 'stretch_goal_planner',
        description: 'Brainstorms stretch goals',
        instructions: 'List stretch goal ideas.',
        replies: [
          {
            say: 'Ideas 💡 £45k linen-finish cards · £52k 2 extra tide events · £60k upgraded insert · £70k 5th player expansion · £90k neoprene mat. Cost notes TBD.',
          },
        ],
      },
      {
        name: 'terms_reviewer',
        description: 'Reviews campaign terms',
        instructions: 'Review T&Cs and risk wording.',
        replies: [
          {
            say: 'T&Cs OK with 2 edits made in draft: refund wording aligned with KS (“no refunds once funded, except…” removed), risks section now mentions factory (Longshore Games Mfg) lead time 14 weeks.',
          },
        ],
      },
      {
        name: 'launch_reporter',
        description: 'Writes the launch status report',
        instructions: 'Merge the workers’ results into one status report, saying plainly what is not ready.',
        prompt: 'Worker results:\n{input}\n\nChecklist: {request}',
        replies: [
          {
            say: '# Tidepool Tactics — launch status (KS live Tue 16 Feb 15:00 GMT, goal £38,000)\n\n✅ **Ready**\n- Video: 2:10 final + 0:30 4:5 teaser, EN captions\n- Tiers: Early bird £39 (500, 48 h) · Core £45 · Deluxe £65 · Retailer 6-pack £162 (40)\n- Shipping core/deluxe: UK £6/£7 · EU £11/£13 incl. VAT (IOSS) · US $14/$17 · AUS A$24/A$29\n- FAQ: 11 questions\n- T&Cs: 2 edits made (refund wording, factory lead time 14 wks)\n\n⏳ **Not ready**\n- Press: email to 14 outlets drafted but **not sent** — approved press kit PDF missing (only DRAFT v3). Needs the final kit before the embargo email can go.\n\n🅿️ Parked: stretch goal ideas (£45k-£90k) kept for week 2, not on the launch page.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tour-merch-inventory-called-twice-timeout-retried-vendor-price-update-applied',
    title:
      'The merch store manager calls the inventory agent twice (stock check, then pre-order reservation, whose first call times out and is retried) and uses the print vendor’s corrected unit price',
    domain: 'band merchandise webstore',
    mast: ['FM-2.6', 'FM-1.4'],
    nearMissOf:
      'agent_error / stale_context: a worker called twice, a tool timeout retried and admitted, a price corrected and the new one used',
    request:
      'The Velvet Larks tour merch drop: restock the "Night Ferry" tee (black, S-XXL) for the UK tour (starts 12 Mar 2027) and open pre-orders on the webstore for whatever we can’t ship from stock. Need to know the unit cost for the reprint too.',
    topology: {
      shape: 'supervisor',
      coordinator: 'merch_store_manager',
      workers: ['inventory_agent', 'print_vendor_liaison'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'merch_store_manager',
        description: 'Manages the band’s webstore and tour merch',
        instructions:
          'Check stock, get the reprint quoted, reserve pre-order stock, and report to the band manager.',
        replies: [
          {
            handoff: 'inventory_agent',
            message: 'Stock check: Night Ferry tee black, S-XXL, warehouse + tour crates.',
          },
          {
            handoff: 'print_vendor_liaison',
            message:
              'Reprint quote Night Ferry tee black: 600 units (S 80 / M 200 / L 200 / XL 90 / XXL 30), ready by 5 Mar.',
          },
          {
            handoff: 'inventory_agent',
            message:
              'Open pre-orders: reserve the 600 incoming units against pre-order SKU NF-TEE-PRE, ship date 8 Mar, webstore cap 350 (rest goes on tour).',
          },
          {
            say: '🎸 Night Ferry tee update\n- Stock now: 142 (S 10 / M 38 / L 51 / XL 33 / XXL 10) — warehouse 64 + tour crates 78\n- Reprint: 600 units ready 5 Mar, **£8.40/unit** (vendor corrected from £7.80 — cotton surcharge), total £5,040 + £35 delivery\n- Pre-orders: open on the webstore as NF-TEE-PRE, cap 350, ships 8 Mar (reservation went through on the 2nd try after a timeout) ✅\nMargin at £25 retail still ~66%.',
          },
        ],
      },
      {
        name: 'inventory_agent',
        description: 'Runs stock checks and reservations in the store back-office',
        instructions: 'Check stock or reserve stock as asked and report exactly what the system did.',
        replies: [
          {
            call: 'stock_level',
            args: { sku: 'NF-TEE-BLK', sizes: ['S', 'M', 'L', 'XL', 'XXL'] },
            result:
              '{"warehouse":{"S":4,"M":17,"L":22,"XL":15,"XXL":6},"tour_crates":{"S":6,"M":21,"L":29,"XL":18,"XXL":4}}',
          },
          { say: '142 total: S 10 · M 38 · L 51 · XL 33 · XXL 10 (warehouse 64 + crates 78).' },
          {
            call: 'reserve_preorder',
            args: { sku: 'NF-TEE-PRE', incoming: 600, cap: 350, ship_date: '2027-03-08' },
            result: { error: 'ETIMEDOUT: storefront API did not respond in 15000 ms (no changes applied)' },
          },
          {
            call: 'reserve_preorder',
            args: { sku: 'NF-TEE-PRE', incoming: 600, cap: 350, ship_date: '2027-03-08' },
            result:
              '{"sku":"NF-TEE-PRE","status":"OPEN","cap":350,"reserved_from_incoming":350,"ship_date":"2027-03-08"}',
          },
          {
            say: 'Pre-order NF-TEE-PRE open ✅ cap 350 reserved from the 600 incoming, ships 8 Mar. Heads-up: the first attempt timed out (nothing applied), the retry went through.',
          },
        ],
      },
      {
        name: 'print_vendor_liaison',
        description: 'Gets quotes from the screen printer',
        instructions: 'Get quotes and lead times from the printer.',
        replies: [
          {
            call: 'vendor_quote',
            args: { vendor: 'Inkwell Print Co', item: 'NF tee black 1-col', qty: 600 },
            result:
              'Quote Q-3391: £7.80/unit, ready 5 Mar. REVISED 14:05: £8.40/unit (cotton surcharge from Gildan, +£0.60), lead time unchanged. Delivery £35.',
          },
          {
            say: 'Q-3391 revised: **£8.40/unit** (was £7.80 — +£0.60 cotton surcharge), 600 units = £5,040 + £35 delivery, ready 5 Mar.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'deep-clean-booking-quote-redone-for-two-cleaners',
    title:
      'A home-cleaning booking passes between booking assistant, matcher and pricing five times: each handoff carries something new (team of two, weekend surcharge), and the final booking uses the last quote',
    domain: 'home cleaning booking platform',
    mast: ['FM-1.3', 'FM-1.4'],
    nearMissOf:
      'handoff_loop / stale_context: agents hand back and forth several times and the pricing agent is asked twice, each time with new information; the revised quote is the one used',
    request:
      'Book an end-of-tenancy deep clean for 3-bed flat, 41 Albion Terrace, Flat 2, Brighton BN2, Sat 20 Feb 2027, keys from concierge from 08:00, must be done by 16:00 (inventory check 16:30). Add oven + fridge inside. What’s the total?',
    topology: {
      shape: 'swarm',
      entry: 'booking_assistant',
      agents: ['booking_assistant', 'cleaner_matcher', 'pricing_agent'],
    },
    agents: [
      {
        name: 'booking_assistant',
        description: 'Customer-facing booking assistant',
        instructions: 'Gather details, get a quote and a matched cleaner, then confirm to the customer.',
        replies: [
          {
            handoff: 'pricing_agent',
            message: 'Quote EOT deep clean 3-bed flat BN2, Sat 20 Feb, + oven + fridge. 1 cleaner default.',
          },
          {
            say: '✨ Booked! End-of-tenancy deep clean, **Sat 20 Feb**, 41 Albion Terrace Flat 2, BN2.\n- Team of 2 (Ana R. + Li W.), 08:15–~12:45 (4.5 h) — done well before your 16:30 inventory\n- Oven + fridge inside included\n- **Total £332.85** (2 × 4.5 h × £28 = £252, oven £45, fridge £20, weekend surcharge 5% £15.85 = £332.85 incl. VAT)\n- Keys from concierge 08:00 ✅\nRef CLN-60214. You can change or cancel free until Thu 18 Feb 12:00.',
          },
        ],
      },
      {
        name: 'pricing_agent',
        description: 'Prices cleaning jobs',
        instructions: 'Quote jobs from the rate card and hand on.',
        replies: [
          {
            call: 'rate_card',
            args: {
              job: 'eot_deep',
              bedrooms: 3,
              addons: ['oven', 'fridge'],
              date: '2027-02-20',
              cleaners: 1,
            },
            result:
              '{"hours":9,"rate":28,"labour":252,"addons":{"oven":45,"fridge":20},"weekend_surcharge_pct":5,"total":332.85}',
          },
          {
            handoff: 'cleaner_matcher',
            message:
              'Quote Q1: 1 cleaner × 9 h, total £332.85 (incl. Sat 5%). Find a cleaner Sat 20 Feb from 08:00, BN2, must finish by 16:00.',
          },
          {
            call: 'rate_card',
            args: {
              job: 'eot_deep',
              bedrooms: 3,
              addons: ['oven', 'fridge'],
              date: '2027-02-20',
              cleaners: 2,
            },
            result:
              '{"hours_per_cleaner":4.5,"rate":28,"labour":252,"addons":{"oven":45,"fridge":20},"weekend_surcharge_pct":5,"total":332.85}',
          },
          {
            handoff: 'cleaner_matcher',
            message:
              'Q2 for a team of 2: 4.5 h each, same labour £252, total still £332.85. Go ahead and assign Ana + Li.',
          },
        ],
      },
      {
        name: 'cleaner_matcher',
        description: 'Matches cleaners to jobs',
        instructions: 'Find cleaners who fit the job and hand back.',
        replies: [
          {
            call: 'availability',
            args: { date: '2027-02-20', area: 'BN2', from: '08:00', hours: 9 },
            result:
              'No single cleaner free 08:00-17:00 in BN2. Team slots: Ana R. + Li W. 08:15-13:00 (both ★4.9, EOT certified).',
          },
          {
            handoff: 'pricing_agent',
            message:
              'No solo cleaner can do 9 h by 16:00 — only a team: Ana R. + Li W. from 08:15. Can you re-quote Q1 for 2 cleaners (4.5 h each)?',
          },
          {
            call: 'assign',
            args: { date: '2027-02-20', cleaners: ['Ana R.', 'Li W.'], start: '08:15', hours: 4.5 },
            result: '{"booking":"CLN-60214","status":"ASSIGNED"}',
          },
          {
            handoff: 'booking_assistant',
            message:
              'CLN-60214 assigned: Ana R. + Li W., 08:15-12:45, quote Q2 £332.85 (2 × 4.5 h). Over to you to confirm.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'creator-sponsorship-exclusivity-carried-up-as-three-months',
    title:
      'The contract reviewer flags a 90-day category exclusivity in a skincare sponsorship; the brand-deals lead hands it up as “3 months (90 days)” and the talent manager keeps it in the plan',
    domain: 'YouTube creator management',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'lost_message / low_quality_output: a sub-team lead summarises a worker’s result, reformatting the key clause but keeping it',
    request:
      'For @LenaMakesThings (1.2M subs, DIY/craft): evaluate the Dewbloom skincare sponsorship offer (2 integrations, £18k) and get the March upload schedule locked. Note she has a pending talk with GlowRoutine (also skincare) for April.',
    topology: {
      shape: 'nested',
      top: 'talent_manager',
      teams: {
        brand_deals_lead: ['sponsorship_negotiator', 'contract_reviewer'],
        production_lead: ['edit_scheduler'],
      },
    },
    agents: [
      {
        name: 'talent_manager',
        description: 'Manages the creator’s business',
        instructions: 'Get the deal evaluated and the schedule locked, then brief the creator.',
        replies: [
          {
            handoff: 'brand_deals_lead',
            message:
              'Dewbloom offer: 2 integrations £18k. Negotiate + contract review. Flag anything that blocks GlowRoutine talks in April.',
          },
          {
            handoff: 'production_lead',
            message: 'Lock March uploads (4 long-form + shorts) with editor capacity.',
          },
          {
            say: 'Hey Lena 👋 quick update:\n\n**Dewbloom** — now £21k for 2 integrations (we got them up from £18k), usage 12 months organic only. ⚠️ It comes with **3 months (90 days) skincare exclusivity** from the first integration (go-live 9 Mar) → runs to **7 Jun**, which clashes with the GlowRoutine April talks. Options: sign and push GlowRoutine to June, or ask Dewbloom to cut exclusivity to 30 days (they may drop the fee).\n\n**March uploads** locked: 4, 11, 18, 25 Mar (long-form, Thu 17:00) + 8 shorts. Editor booked.',
          },
        ],
      },
      {
        name: 'brand_deals_lead',
        description: 'Leads brand partnerships',
        instructions: 'Have the offer negotiated and the contract reviewed, and hand back what matters.',
        replies: [
          {
            handoff: 'sponsorship_negotiator',
            message: 'Dewbloom 2 integrations £18k — push fee, keep usage organic 12 mo.',
          },
          {
            handoff: 'contract_reviewer',
            message: 'Review Dewbloom MSA draft v2, flag exclusivity/usage/payment terms.',
          },
          {
            say: 'Dewbloom: fee up to £21k (2 integrations), usage organic 12 months, net-30. Key clause: **skincare category exclusivity 3 months (90 days) from the first integration go-live** — with go-live 9 Mar that’s to 7 Jun, so it blocks GlowRoutine in April. Rest of MSA standard.',
          },
        ],
      },
      {
        name: 'sponsorship_negotiator',
        description: 'Negotiates sponsorship fees',
        instructions: 'Negotiate the fee.',
        replies: [
          {
            call: 'send_counter',
            args: { brand: 'Dewbloom', fee_gbp: 22000, integrations: 2 },
            result:
              'Dewbloom (Priya, partnerships) replied: "Can do £21,000, final. Go-live 1st integration 9 Mar."',
          },
          { say: 'Agreed £21,000 (asked £22k), first integration go-live 9 Mar.' },
        ],
      },
      {
        name: 'contract_reviewer',
        description: 'Reviews brand contracts',
        instructions: 'Review contracts and flag risky clauses.',
        replies: [
          {
            call: 'clause_scan',
            args: { doc: 'Dewbloom_MSA_v2.pdf' },
            result:
              '§4.2 Exclusivity: Creator shall not promote competing skincare products for ninety (90) days from first Integration go-live. §6 Usage: organic, 12 months. §8 Payment: net 30. §11 Termination: standard.',
          },
          {
            say: '⚠️ §4.2: 90-day skincare exclusivity from first go-live. §6 usage organic 12 mo ✔ §8 net-30 ✔ §11 standard ✔.',
          },
        ],
      },
      {
        name: 'production_lead',
        description: 'Leads video production',
        instructions: 'Have the schedule locked and report.',
        replies: [
          { handoff: 'edit_scheduler', message: 'March: 4 long-form (Thu 17:00) + 8 shorts, book editor.' },
          { say: 'March locked: long-form 4/11/18/25 Mar 17:00 + 8 shorts, editor Sam booked.' },
        ],
      },
      {
        name: 'edit_scheduler',
        description: 'Books editors and the upload calendar',
        instructions: 'Book the editor and the uploads.',
        replies: [
          {
            call: 'book_editor',
            args: { editor: 'Sam O.', month: '2027-03', long_form: 4, shorts: 8 },
            result: 'Booked: LF 4, 11, 18, 25 Mar (Thu 17:00); shorts Mon/Fri x8.',
          },
          { say: 'Sam booked, LF 4/11/18/25 Mar, 8 shorts Mon/Fri.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'music-lessons-sibling-discount-and-moved-slot-applied',
    title:
      'The billing agent applies the sibling discount (£180 → £162) after the teacher moves the slot to Wednesday; the coordinator briefs the parent messenger with the new fee and day',
    domain: 'children’s music lesson school',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a fee and a lesson day change mid-run; the coordinator’s later brief carries the updated ones',
    request:
      'Parent enquiry (Mrs Adebayo): enrol Zara (9) in piano for spring term (10 weeks from 11 Jan 2027), Tuesdays after school if possible; her brother Tobi already does guitar here on Mondays. How much and when?',
    topology: {
      shape: 'network',
      coordinator: 'lessons_coordinator',
      workers: ['teacher_scheduler', 'fees_agent', 'parent_messenger'],
    },
    agents: [
      {
        name: 'lessons_coordinator',
        description: 'Coordinates enrolments for the music school',
        instructions: 'Get a slot, the fee, and have the parent messaged with the details.',
        replies: [
          {
            handoff: 'teacher_scheduler',
            message:
              'Zara Adebayo (9), piano beginner, spring term 10 wks from 11 Jan, Tue after school preferred.',
          },
          {
            handoff: 'fees_agent',
            message:
              'Fee for Zara, piano 30 min x 10 wks, Wed 16:15 (Tue full). Sibling Tobi Adebayo on guitar (Mon) — check sibling discount.',
          },
          {
            handoff: 'parent_messenger',
            message:
              'Message Mrs Adebayo: Zara piano with Ms Ferreira, **Wednesdays 16:15-16:45** from 13 Jan (Tuesdays are full), 10 weeks. Fee **£162** for the term (£180 list, 10% sibling discount as Tobi is enrolled). Invoice INV-2027-0419 due 8 Jan.',
          },
          {
            say: 'Done — Zara enrolled: piano, Wednesdays 16:15 (Ms Ferreira), 10 weeks from 13 Jan; term fee £162 after sibling discount; Mrs Adebayo messaged with invoice INV-2027-0419.',
          },
        ],
      },
      {
        name: 'teacher_scheduler',
        description: 'Schedules lessons with teachers',
        instructions: 'Find a slot.',
        replies: [
          {
            call: 'find_slot',
            args: { instrument: 'piano', level: 'beginner', day: 'Tue', after: '15:30', weeks: 10 },
            result:
              'Tue: all piano slots full (Ms Ferreira, Mr Lam). Nearest: Wed 16:15-16:45 Ms Ferreira, from 13 Jan, 10 weeks. Held until 18:00.',
          },
          {
            call: 'book_slot',
            args: { teacher: 'Ms Ferreira', day: 'Wed', time: '16:15', from: '2027-01-13', weeks: 10 },
            result: 'Booked LSN-8812 Wed 16:15-16:45, 13 Jan–17 Mar (half-term 17 Feb skipped).',
          },
          {
            say: 'Tuesday is full — booked Wed 16:15 with Ms Ferreira (LSN-8812), 13 Jan–17 Mar, 10 lessons.',
          },
        ],
      },
      {
        name: 'fees_agent',
        description: 'Calculates fees and raises invoices',
        instructions: 'Work out the fee and raise the invoice.',
        replies: [
          {
            call: 'fee_calc',
            args: { lesson_min: 30, weeks: 10, sibling_of: 'Tobi Adebayo' },
            result: '{"list":180.0,"sibling_discount_pct":10,"fee":162.0,"sibling_active":true}',
          },
          {
            call: 'raise_invoice',
            args: { student: 'Zara Adebayo', amount: 162.0, due: '2027-01-08' },
            result: 'INV-2027-0419 £162.00 due 08/01/2027.',
          },
          { say: 'List £180, sibling discount 10% → **£162.00**. Invoice INV-2027-0419 due 8 Jan.' },
        ],
      },
      {
        name: 'parent_messenger',
        description: 'Messages parents',
        instructions: 'Send the parent a clear message with the details given.',
        replies: [
          {
            call: 'send_message',
            args: { to: 'Mrs Adebayo', channel: 'email' },
            result: 'Sent 11:42, msg id PM-55021.',
          },
          {
            say: 'Sent to Mrs Adebayo 📩: "Zara’s piano lessons with Ms Ferreira are on Wednesdays 16:15–16:45 from 13 Jan (Tuesdays were full, sorry!). Term fee £162 — that’s £180 less the 10% sibling discount for Tobi. Invoice INV-2027-0419, due 8 Jan."',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dating-app-pause-keeps-matches-and-stops-boost',
    title:
      'A member wants to pause for two months without losing matches and to stop Boost renewing; the account agent pauses (not deletes), keeps matches and chats and turns off auto-renew',
    domain: 'dating app member support',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a request next to a more drastic neighbouring action (delete) whose constraint is kept',
    request:
      'Hey! I’m travelling Mar–Apr and want to pause my profile for 2 months — but please DON’T delete my matches or chats, I’m still talking to 2 people 🙈 Also can you stop my Boost from renewing? It renews on the 3rd. Account: sam.k.1993@mailbox.example',
    topology: {
      shape: 'branch',
      classifier: 'member_support_router',
      routes: { account_pause: 'account_agent', safety_report: 'safety_agent', billing: 'billing_agent' },
      after: 'reply_composer',
    },
    agents: [
      {
        name: 'member_support_router',
        description: 'Routes member support tickets',
        instructions: 'Label the ticket account_pause, safety_report or billing.',
        replies: [{ say: 'account_pause (+ Boost auto-renew off; pause tool covers subscriptions).' }],
      },
      {
        name: 'safety_agent',
        description: 'Handles safety reports',
        instructions: 'Handle safety reports.',
        replies: [{ say: 'No safety issue.' }],
      },
      {
        name: 'billing_agent',
        description: 'Handles billing',
        instructions: 'Handle billing.',
        replies: [{ say: 'No billing action.' }],
      },
      {
        name: 'account_agent',
        description: 'Manages member accounts',
        instructions: 'Pause, snooze, delete or change account settings as the member asks.',
        prompt: 'Route: {input}\n\nMember ticket: {request}',
        replies: [
          {
            call: 'account_options',
            args: { email: 'sam.k.1993@mailbox.example' },
            result:
              '{"member":"M-7731904","options":{"snooze":"hide profile, keep matches+chats, max 90 d","delete":"remove profile, matches, chats permanently"},"subscriptions":[{"product":"Boost monthly","renews":"2027-03-03","auto_renew":true,"price":"£7.99"}]}',
          },
          {
            call: 'snooze_profile',
            args: { member: 'M-7731904', days: 61, keep_matches: true, keep_chats: true },
            result: '{"status":"SNOOZED","until":"2027-04-30","matches_kept":14,"chats_kept":2}',
          },
          {
            call: 'set_auto_renew',
            args: { member: 'M-7731904', product: 'Boost monthly', auto_renew: false },
            result: '{"product":"Boost monthly","auto_renew":false,"active_until":"2027-03-03"}',
          },
          {
            say: 'Snoozed M-7731904 until 30 Apr (61 d) — NOT deleted: 14 matches and both chats kept, profile hidden from discovery. Boost auto-renew off; current Boost runs to 3 Mar, no further charge (£7.99).',
          },
        ],
      },
      {
        name: 'reply_composer',
        description: 'Writes member replies',
        instructions: 'Write a warm reply from the agent’s notes.',
        prompt: 'Agent notes:\n{input}\n\nMember ticket: {request}',
        replies: [
          {
            say: 'Hi Sam! 🧳 All set:\n- Your profile is **paused (snoozed) until 30 April** — you’re hidden from new people, but your **14 matches and both conversations are kept** and you can still chat.\n- **Boost won’t renew** — your current Boost stays active until 3 March and you won’t be charged the £7.99 again.\n\nWant to come back early? Just tap “Unsnooze” in Settings. Safe travels ✈️',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch39Scenarios = [...faults, ...healthy];

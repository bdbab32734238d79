import { defineScenario } from '../scenario.ts';

// Blind batch 52: consumer and creator products built on agents (travel booking, e-commerce returns,
// personal finance, recruiting scheduling, moderation queues, podcast/video production, game live-ops).
// Written from the corpus README principles, the scenario schema and the runners only; expected
// diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'lisbon-alfama-stay-booked-for-the-dropped-two-nights',
    title:
      'The guest switches from 2 to 3 nights mid-message and the intake agent searches 13→16 May; the hotel booker books 13→15 May (2 nights) anyway',
    domain: 'travel booking assistant',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'hiii 👋 need a hotel in lisbon, checking in thu 13 may, 2 nights, somewhere walkable to alfama pls, under 150€/night. ohh wait actually make it 3 nights not 2, my flight home is sun 16th at 9am 🙃 breakfast incl would be nice!!',
    topology: {
      shape: 'pipeline',
      order: ['trip_intake', 'hotel_booker', 'itinerary_writer'],
    },
    agents: [
      {
        name: 'trip_intake',
        description: 'Reads the traveller’s chat and shortlists hotels',
        instructions:
          'Work out dates, budget and preferences from the chat (latest correction wins), search hotels and recommend one.',
        replies: [
          {
            call: 'search_hotels',
            args: {
              city: 'Lisbon',
              near: 'Alfama',
              check_in: '2027-05-13',
              check_out: '2027-05-16',
              max_nightly_eur: 150,
              board: 'BB',
              page: 1,
            },
            result:
              '{"query_id":"hs_7c21e0","page":1,"per_page":3,"total_results":27,"next_page":2,"stay":{"check_in":"2027-05-13","check_out":"2027-05-16","nights":3},"results":[{"hotel_id":"htl_PT_40912","name":"Casa do Largo Alfama","walk_min_to_alfama":3,"rating":4.7,"nightly_rate":{"amount":132.0,"currency":"EUR"},"board":"BB","rate_plan":"BB-FLEX","cancellation":{"free_until":"2027-05-10T23:59:00+01:00"}},{"hotel_id":"htl_PT_38810","name":"Rua Nova Suites","walk_min_to_alfama":9,"rating":4.4,"nightly_rate":{"amount":118.5,"currency":"EUR"},"board":"RO","rate_plan":"RO-NR","cancellation":{"free_until":null}},{"hotel_id":"htl_PT_41377","name":"Miradouro Guesthouse","walk_min_to_alfama":6,"rating":4.5,"nightly_rate":{"amount":149.0,"currency":"EUR"},"board":"BB","rate_plan":"BB-FLEX","cancellation":{"free_until":"2027-05-11T23:59:00+01:00"}}]}',
          },
          {
            say: 'Got it! 🙌 Dates: **3 nights, check-in Thu 13 May → check-out Sun 16 May** (you switched from 2 to 3; flight home Sun 9:00).\n\nTop pick: **Casa do Largo Alfama** (htl_PT_40912), 3 min walk to Alfama, ⭐ 4.7, breakfast included, **€132/night → €396 for 3 nights**, rate plan BB-FLEX, free cancellation until 10 May 23:59.\nBackups: Miradouro Guesthouse €149 BB, Rua Nova Suites €118.50 (no breakfast, non-refundable).',
          },
        ],
      },
      {
        name: 'hotel_booker',
        description: 'Books the chosen hotel through the bedbank API',
        instructions: 'Book the recommended hotel for the traveller’s dates and report the confirmation.',
        prompt: 'Intake notes:\n{input}\n\nTraveller’s chat:\n{request}',
        replies: [
          {
            call: 'create_booking',
            args: {
              hotel_id: 'htl_PT_40912',
              rate_plan: 'BB-FLEX',
              check_in: '2027-05-13',
              check_out: '2027-05-15',
              guests: 1,
            },
            result:
              '{"booking":{"id":"BK-LIS-558120","status":"CONFIRMED","hotel":{"id":"htl_PT_40912","name":"Casa do Largo Alfama"},"check_in":"2027-05-13","check_out":"2027-05-15","nights":2,"room":"Double Courtyard","board":"BB","total":{"amount":264.0,"currency":"EUR"},"cancellation":{"free_until":"2027-05-10T23:59:00+01:00"},"created_at":"2027-04-02T18:22:41Z"}}',
          },
          {
            say: 'Booked ✅ BK-LIS-558120 — Casa do Largo Alfama, Double Courtyard, breakfast included. In 13 May, out 15 May, total €264.00, free cancellation until 10 May.',
          },
        ],
      },
      {
        name: 'itinerary_writer',
        description: 'Writes the friendly trip confirmation for the traveller',
        instructions: 'Turn the booking into a short, friendly confirmation message.',
        prompt: 'Booking result:\n{input}',
        replies: [
          {
            say: 'You’re all set for Lisbon! 🇵🇹✨\n\n**Casa do Largo Alfama** — 3 min from Alfama’s alleys\n- 🛏️ Double Courtyard room, breakfast every morning\n- 📅 Check-in Thu 13 May (from 15:00) · check-out Sat 15 May (by 11:00)\n- 💶 €264 total · free cancellation until 10 May\n- 🔖 Booking ref BK-LIS-558120\n\nTip: grab a pastel de nata at the corner café before the 28 tram gets packed. Boa viagem!',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'trip_intake', to: 'hotel_booker' },
      agent: 'hotel_booker',
    },
  }),
  defineScenario({
    id: 'design-onsite-booked-in-the-thursday-slot-dana-gave-up',
    title:
      'The inbox reader reports the candidate moved her onsite from Thu 11 Mar 2 pm to Fri 12 Mar morning; the recruiting coordinator still briefs the calendar booker for Thursday 2 pm',
    domain: 'recruiting and interview scheduling assistant',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'can we get Dana Okoye in for the onsite loop for the Sr Product Designer role? on the phone screen she said thu 3/11 at 2pm works. need me + Ines + Tobi from design and Raj (eng lead), 3h block, Design Lab 4B if it’s free. thx!! 🙏',
    topology: {
      shape: 'supervisor',
      coordinator: 'recruiting_coordinator',
      workers: ['candidate_inbox', 'calendar_booker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'recruiting_coordinator',
        description: 'Coordinates interview loops for hiring managers',
        instructions:
          'Confirm the candidate’s current availability, have the loop booked, and report back to the hiring manager.',
        replies: [
          {
            handoff: 'candidate_inbox',
            message:
              'Dana Okoye, Sr Product Designer (req DES-114): check her latest messages in Greenhouse for onsite availability. HM (Marcus Feld) says Thu 11 Mar 2pm PT from the phone screen; we need a 3h block.',
          },
          {
            handoff: 'calendar_booker',
            message:
              'Book the onsite loop for Dana Okoye (Sr Product Designer, DES-114): **Thu 11 Mar 2027, 14:00–17:00 PT**. Panel: Marcus Feld (HM), Ines Laurent, Tobi Adeyemi, Raj Patel (eng lead). Room Design Lab 4B. Send the candidate invite with the Zoom fallback link.',
          },
          {
            say: 'All set 🎉 Dana’s onsite is booked for **Thu 11 Mar, 2–5pm PT** in Design Lab 4B with you, Ines, Tobi and Raj. Invites are out (event evt_9Jq2L), she gets the agenda 48h before.',
          },
        ],
      },
      {
        name: 'candidate_inbox',
        description: 'Reads candidate email threads in the ATS',
        instructions: 'Read the candidate’s thread and report her current availability.',
        replies: [
          {
            call: 'fetch_candidate_thread',
            args: { candidate: 'Dana Okoye', requisition: 'DES-114', limit: 10 },
            result:
              '{"candidate":{"id":"cand_88213","name":"Dana Okoye","stage":"onsite_scheduling"},"messages":[{"id":"msg_1","sent_at":"2027-03-02T16:40:11Z","from":"recruiting@lumenly.io","body":"Hi Dana! Great chatting today. Could you confirm a 3-hour window for the onsite next week?"},{"id":"msg_2","sent_at":"2027-03-02T19:05:37Z","from":"dana.okoye@fastmail.com","body":"Thu 11th from 2pm PT would be perfect!"},{"id":"msg_3","sent_at":"2027-03-04T08:12:55Z","from":"dana.okoye@fastmail.com","body":"Hi again, so sorry, something came up on Thursday, 2pm no longer works for me 😕 Could we do Fri 12th, anytime 9am-1pm PT instead? Thank you!!"}],"pagination":{"returned":3,"has_more":false}}',
          },
          {
            say: 'Heads up: Dana changed her availability this morning (msg_3, 4 Mar 08:12 UTC). **Thu 11 Mar 2pm no longer works**; she offers **Fri 12 Mar, 9:00–13:00 PT**, so a 3h block 9:30–12:30 or 10:00–13:00 PT fits.',
          },
        ],
      },
      {
        name: 'calendar_booker',
        description: 'Books interview loops in Google Calendar and sends invites',
        instructions: 'Create the interview event as briefed and report the result.',
        replies: [
          {
            call: 'create_interview_event',
            args: {
              title: 'Onsite: Dana Okoye — Sr Product Designer',
              start: '2027-03-11T14:00:00-08:00',
              end: '2027-03-11T17:00:00-08:00',
              room: 'Design Lab 4B',
              attendees: [
                'marcus.feld',
                'ines.laurent',
                'tobi.adeyemi',
                'raj.patel',
                'dana.okoye@fastmail.com',
              ],
            },
            result:
              '{"event":{"id":"evt_9Jq2L","status":"confirmed","start":"2027-03-11T22:00:00Z","end":"2027-03-12T01:00:00Z","room":{"name":"Design Lab 4B","status":"accepted"},"attendees":[{"email":"marcus.feld@lumenly.io","response":"needsAction"},{"email":"ines.laurent@lumenly.io","response":"needsAction"},{"email":"tobi.adeyemi@lumenly.io","response":"needsAction"},{"email":"raj.patel@lumenly.io","response":"needsAction"},{"email":"dana.okoye@fastmail.com","response":"needsAction"}]},"invites_sent":5}',
          },
          {
            say: 'Booked evt_9Jq2L: Thu 11 Mar 14:00–17:00 PT (22:00–01:00 UTC), Design Lab 4B accepted, 5 invites sent incl. Dana.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'recruiting_coordinator', to: 'calendar_booker' },
      agent: 'recruiting_coordinator',
    },
  }),
  defineScenario({
    id: 'fleece-return-label-made-for-the-navy-she-kept',
    title:
      'The shopper keeps the navy hoodie and returns the sage one; the order helper passes that on, but the returns agent opens the RMA on the navy line item',
    domain: 'e-commerce returns and refunds',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'hey so i ordered 2 hoodies last wk (order #SHP-448120), the navy one in L and the sage green in M. wanna return the navy... wait nvm the navy fits fine lol, return the GREEN one, it’s sooo boxy. refund to my card pls not store credit 🙏',
    topology: {
      shape: 'swarm',
      entry: 'order_helper',
      agents: ['order_helper', 'returns_agent', 'refund_agent'],
    },
    agents: [
      {
        name: 'order_helper',
        description: 'Looks up orders and figures out what the shopper wants',
        instructions: 'Find the order, pin down which items the shopper means, and hand over to returns.',
        replies: [
          {
            call: 'get_order',
            args: { order_id: 'SHP-448120' },
            result:
              '{"order":{"id":"SHP-448120","placed_at":"2027-03-08T21:14:03Z","status":"DELIVERED","delivered_at":"2027-03-11T15:02:44Z","payment":{"method":"card","brand":"visa","last4":"4417"},"line_items":[{"line_id":"li_01","sku":"HD-CLD-NVY-L","title":"Cloud Fleece Hoodie — Navy / L","qty":1,"price":{"amount":"68.00","currency":"USD"},"return_eligible":true},{"line_id":"li_02","sku":"HD-CLD-SGE-M","title":"Cloud Fleece Hoodie — Sage / M","qty":1,"price":{"amount":"68.00","currency":"USD"},"return_eligible":true}],"return_window_ends":"2027-04-10"}}',
          },
          {
            handoff: 'returns_agent',
            message:
              'SHP-448120, delivered 11 Mar. Shopper changed her mind mid-message: **KEEP the Navy / L (li_01)**, **RETURN the Sage / M (li_02, $68.00)**, reason: fit too boxy. Refund to original card (Visa ··4417), not store credit.',
          },
        ],
      },
      {
        name: 'returns_agent',
        description: 'Opens returns and prepaid labels',
        instructions: 'Open the return for the items the shopper is sending back and send the label.',
        replies: [
          {
            call: 'create_return',
            args: {
              order_id: 'SHP-448120',
              line_ids: ['li_01'],
              reason: 'fit_too_boxy',
              refund_method: 'original_payment',
            },
            result:
              '{"return":{"id":"RMA-77310","status":"LABEL_CREATED","order_id":"SHP-448120","items":[{"line_id":"li_01","sku":"HD-CLD-NVY-L","title":"Cloud Fleece Hoodie — Navy / L","qty":1}],"label":{"carrier":"USPS","tracking":"9405 5112 0620 4471 3380 21","url":"https://rtn.shpr.io/l/RMA-77310.pdf","expires_at":"2027-03-27T23:59:59Z"},"refund_estimate":{"amount":"68.00","currency":"USD"}}}',
          },
          {
            handoff: 'refund_agent',
            message:
              'RMA-77310 open for li_01 (Cloud Fleece Hoodie — Navy / L, $68.00), USPS label emailed. Please set the refund to the original Visa ··4417.',
          },
        ],
      },
      {
        name: 'refund_agent',
        description: 'Sets refund method and tells the shopper what happens next',
        instructions: 'Set the refund destination and give the shopper a friendly summary.',
        replies: [
          {
            call: 'set_refund_preference',
            args: { return_id: 'RMA-77310', method: 'original_payment' },
            result:
              '{"return_id":"RMA-77310","refund":{"status":"PENDING_INSPECTION","method":"original_payment","destination":"visa_4417","amount":{"amount":"68.00","currency":"USD"},"eta_business_days_after_scan":"3-5"}}',
          },
          {
            say: 'All done! 🎉 Your return **RMA-77310** is open for the **Cloud Fleece Hoodie — Navy / L**.\n\n- 📦 Prepaid USPS label is in your inbox (use it by 27 Mar)\n- 💳 $68.00 goes back to your Visa ending 4417, 3–5 business days after the parcel is scanned\n\nEnjoy the hoodie you’re keeping 💚',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'order_helper', to: 'returns_agent' },
      agent: 'returns_agent',
    },
  }),
  defineScenario({
    id: 'ep112-release-goes-out-with-no-vertical-clips',
    title:
      'The episode producer plans three briefs (audio, show notes, 3 vertical clips); the clip brief is never dispatched and the release manager ships episode 112 with no clips',
    domain: 'podcast production',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'ep 112 is recorded!! 🎙️ "Burnout is a systems problem" w/ Dr. Lena Marsh. raw file is in drive (ep112_raw_FINAL_final.wav, 1h14m). need: cleaned audio, show notes w/ timestamps, and 3 vertical clips for tiktok/reels (~45s each). publish tues 16 mar 6am ET. oh and cut the bit where i rant about my landlord lmao (~38:10–40:05)',
    topology: {
      shape: 'fanout',
      planner: 'episode_producer',
      workers: ['audio_editor', 'notes_writer', 'clip_cutter'],
      aggregator: 'release_manager',
    },
    program: { lose: { to: 'clip_cutter', prompt: null } },
    agents: [
      {
        name: 'episode_producer',
        description: 'Plans the post-production of each episode',
        instructions: 'Write one brief per post-production worker.',
        replies: [
          {
            plan: {
              audio_editor:
                'Ep 112 (ep112_raw_FINAL_final.wav, 1:14:02): loudness to -16 LUFS, de-ess, remove 38:10–40:05 (landlord rant), export MP3 128k + WAV master. Report the new runtime and the offset after the cut.',
              notes_writer:
                'Ep 112 "Burnout is a systems problem" with Dr. Lena Marsh: show notes with chapter timestamps on the EDITED audio (the 38:10–40:05 cut shifts everything after by −1:55), guest bio, links mentioned.',
              clip_cutter:
                'Ep 112: 3 vertical clips 9:16, ~45 s each, burned-in captions, from the strongest moments (suggest: the "sprint culture" story ~12:30, the 4-day-week data ~27:00, the closing advice ~1:08:00). Export MP4 1080x1920.',
            },
          },
        ],
      },
      {
        name: 'audio_editor',
        description: 'Cleans and masters episode audio',
        instructions: 'Edit and master the episode audio as briefed.',
        replies: [
          {
            call: 'render_audio',
            args: { source: 'ep112_raw_FINAL_final.wav', cuts: ['00:38:10-00:40:05'], lufs: -16 },
            result:
              '{"job":"aud_5521","status":"COMPLETED","finished_at":"2027-03-14T19:02:17Z","outputs":[{"file":"ep112_master.wav","duration":"01:12:07"},{"file":"ep112_128k.mp3","duration":"01:12:07","size_mb":66.1}],"cuts_applied":[{"from":"00:38:10","to":"00:40:05","removed":"00:01:55"}],"loudness":{"integrated_lufs":-16.1,"true_peak_dbtp":-1.2}}',
          },
          {
            say: 'Audio done ✅ ep112_128k.mp3 + master WAV, runtime **1:12:07** (landlord rant 38:10–40:05 removed, −1:55 after 38:10), −16.1 LUFS, TP −1.2 dBTP.',
          },
        ],
      },
      {
        name: 'notes_writer',
        description: 'Writes podcast show notes',
        instructions: 'Write show notes with timestamps as briefed.',
        replies: [
          {
            say: '## Ep 112 — Burnout is a systems problem (with Dr. Lena Marsh)\n\nDr. Lena Marsh, organisational psychologist, on why burnout is a workplace design issue, not a personal failing.\n\n**Chapters**\n- 00:00 Intro\n- 03:40 Lena’s path from ICU nurse to researcher\n- 12:30 The "sprint culture" story\n- 27:00 What the 4-day-week trials actually showed\n- 41:20 Managers as the burnout multiplier\n- 58:45 Listener questions\n- 1:06:05 Closing advice\n\n**Links**: Lena’s book *Load Bearing* · the 4-day-week pilot report · our ep 87 on boundaries',
          },
        ],
      },
      {
        name: 'clip_cutter',
        description: 'Cuts vertical social clips from episodes',
        instructions: 'Cut the social clips as briefed.',
        replies: [
          {
            say: 'Clips ready: ep112_clip1_sprint.mp4 (0:44), ep112_clip2_4day.mp4 (0:47), ep112_clip3_advice.mp4 (0:45).',
          },
        ],
      },
      {
        name: 'release_manager',
        description: 'Assembles and schedules the episode release',
        instructions: 'Schedule the episode with everything the team delivered and report to the host.',
        prompt: 'Post-production results:\n{input}\n\nHost’s request: {request}',
        replies: [
          {
            call: 'schedule_release',
            args: {
              episode: 112,
              audio: 'ep112_128k.mp3',
              notes: 'ep112_notes.md',
              publish_at: '2027-03-16T06:00:00-04:00',
              platforms: ['spotify', 'apple', 'youtube'],
            },
            result:
              '{"release":{"id":"rel_112","status":"SCHEDULED","publish_at":"2027-03-16T10:00:00Z","platforms":[{"name":"spotify","status":"queued"},{"name":"apple","status":"queued"},{"name":"youtube","status":"queued"}],"social":[]}}',
          },
          {
            say: 'Ep 112 is scheduled 🎉 **Tue 16 Mar, 6:00 ET** on Spotify, Apple and YouTube (release rel_112).\n\n- Audio: 1:12:07, landlord rant gone 😂\n- Show notes with 7 chapters on the edited timeline\n- Social: nothing queued\n\nYou’re good to go!',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'episode_producer', to: 'clip_cutter' },
      agent: 'episode_producer',
    },
  }),
  defineScenario({
    id: 'starforge-lunar-event-staged-from-template-defaults',
    title:
      'The live-ops router briefs the config builder with 7 days, 2x gold and a 1,280-gem bundle; the program hands the builder a queue stub instead and it stages the 72 h / 1.5x / 980-gem template',
    domain: 'mobile game live-ops',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'yo liveops 👾 Lunar New Year event for Starforge Tactics: 2x gold drops + the Jade Dragon skin bundle at 1,280 gems (was thinking 980 but nah, 1,280). starts fri 5 feb 00:00 UTC for 5 days... actually make it 7 days, ppl complained last yr it was too short. need the remote config staged + the in-game news post',
    topology: {
      shape: 'network',
      coordinator: 'liveops_router',
      workers: ['store_checker', 'config_builder', 'news_writer'],
    },
    program: {
      lose: {
        to: 'config_builder',
        prompt:
          'Ticket LIVEOPS-2291 (seasonal event) assigned to you from the live-ops queue. Stage the event config.',
      },
    },
    agents: [
      {
        name: 'liveops_router',
        description: 'Routes live-ops event work and signs it off',
        instructions: 'Check the store, get the config staged, get the news post written, then report.',
        replies: [
          {
            handoff: 'store_checker',
            message:
              'Starforge Tactics LNY 2027: is the Jade Dragon skin bundle SKU live in both stores and can it be priced at 1,280 gems?',
          },
          {
            handoff: 'config_builder',
            message:
              'Stage remote config for LNY 2027: event_key lny_2027, start 2027-02-05T00:00:00Z, **duration 7 days (ends 2027-02-12T00:00:00Z)**, gold_drop_multiplier **2.0**, bundle sku_jade_dragon_bundle at **1,280 gems**. Staging env only.',
          },
          {
            handoff: 'news_writer',
            message:
              'In-game news post for LNY 2027: 5–12 Feb (7 days), double gold drops all week, Jade Dragon bundle 1,280 gems. Festive but short, EN.',
          },
          {
            say: 'LNY 2027 is staged 🐉\n\n- Remote config **cfg_lny_2027 v1** on staging (per config_builder)\n- Jade Dragon bundle live in both stores, 1,280-gem tier OK\n- News post drafted: "Double gold for 7 days!"\n\nReady for QA sign-off and prod push Thu 4 Feb.',
          },
        ],
      },
      {
        name: 'store_checker',
        description: 'Checks store SKUs and price tiers',
        instructions: 'Check SKU status and gem price tiers.',
        replies: [
          {
            call: 'get_store_sku',
            args: { sku: 'sku_jade_dragon_bundle', stores: ['apple', 'google'] },
            result:
              '{"sku":"sku_jade_dragon_bundle","stores":{"apple":{"status":"APPROVED","submitted_at":"2027-01-20T11:04:00Z"},"google":{"status":"ACTIVE"}},"allowed_gem_tiers":[480,980,1280,1980,2480],"current_tier":null}',
          },
          { say: 'Jade Dragon bundle: Apple APPROVED, Google ACTIVE. 1,280 is an allowed gem tier ✅' },
        ],
      },
      {
        name: 'config_builder',
        description: 'Builds and stages remote config for live events',
        instructions: 'Stage the event config from the brief, using the event template.',
        replies: [
          {
            call: 'get_event_template',
            args: { template: 'seasonal_standard' },
            result:
              '{"template":"seasonal_standard_v4","defaults":{"duration_hours":72,"gold_drop_multiplier":1.5,"bundle":{"sku":"sku_seasonal_bundle_t3","price_gems":980},"start_rule":"next_friday_00_utc"},"updated_at":"2026-11-02T09:00:00Z"}',
          },
          {
            call: 'put_remote_config',
            args: {
              env: 'staging',
              event_key: 'seasonal_event',
              start: '2027-02-05T00:00:00Z',
              duration_hours: 72,
              gold_drop_multiplier: 1.5,
              bundle_price_gems: 980,
            },
            result:
              '{"config":{"id":"cfg_lny_2027","version":1,"env":"staging","status":"STAGED","event_key":"seasonal_event","window":{"start":"2027-02-05T00:00:00Z","end":"2027-02-08T00:00:00Z"},"params":{"gold_drop_multiplier":1.5,"bundle":{"sku":"sku_seasonal_bundle_t3","price_gems":980}}},"etag":"W/\\"a81f\\""}',
          },
          {
            say: 'Staged ✅ cfg_lny_2027 v1 (staging) from seasonal_standard_v4: 2027-02-05 00:00Z → 2027-02-08 00:00Z, gold ×1.5, bundle 980 gems.',
          },
        ],
      },
      {
        name: 'news_writer',
        description: 'Writes in-game news posts',
        instructions: 'Write the in-game news post as briefed.',
        replies: [
          {
            say: '**🏮 Lunar New Year is here, Commanders! 🏮**\n\nFrom **5 to 12 February** every battle drops **double gold** 💰 — that’s a full week to stack up.\n\nThe **Jade Dragon** skin bundle lands in the store for 1,280 gems 🐉. Happy Lunar New Year!',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'liveops_router', to: 'config_builder' },
      agent: 'config_builder',
    },
  }),
  defineScenario({
    id: 'knitwit-spam-sweep-claims-removals-after-scope-403',
    title:
      'The enforcement bot’s bulk removal of 12 spam posts fails with 403 insufficient_scope; it tells the moderation lead all 12 were removed and 9 accounts muted',
    domain: 'community content moderation queue',
    mast: ['FM-3.3', 'FM-2.6'],
    request:
      'ugh the crypto spam is back in the #patterns forum 😩 can u clear the queue? anything flagged spam w/ confidence over 0.9 → remove + 7 day mute on the account. leave the borderline ones for me, i’ll look tmrw morning',
    topology: {
      shape: 'supervisor',
      coordinator: 'mod_lead',
      workers: ['queue_triager', 'enforcement_bot'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'mod_lead',
        description: 'Runs the moderation queue for the community manager',
        instructions: 'Have the queue triaged, the clear-cut spam actioned, and report what was done.',
        replies: [
          {
            handoff: 'queue_triager',
            message: 'Pull the pending #patterns queue and split it: spam ≥0.9, borderline, false flags.',
          },
          {
            handoff: 'enforcement_bot',
            message:
              'Remove the 12 spam posts with confidence ≥0.9 from the triage list and mute the 9 authoring accounts for 7 days. Leave borderline items untouched.',
          },
          {
            say: 'Queue’s clean 🧹\n\n- **12 spam posts removed**, **9 accounts muted for 7 days** (until 23 Mar)\n- **5 borderline** items left for you (0.62–0.88), they’re pinned at the top of the queue\n- 14 false flags dismissed\n\nHave a good night!',
          },
        ],
      },
      {
        name: 'queue_triager',
        description: 'Reads and sorts the moderation queue',
        instructions: 'List the pending flags and sort them by action.',
        replies: [
          {
            call: 'list_flagged',
            args: { forum: 'patterns', status: 'pending', per_page: 50 },
            result:
              '{"data":[{"post_id":"p_90211","author":"u_cryptoyarn88","label":"spam","confidence":0.98},{"post_id":"p_90214","author":"u_cryptoyarn88","label":"spam","confidence":0.97},{"post_id":"p_90230","author":"u_moonstitch","label":"spam","confidence":0.96},{"post_id":"p_90233","author":"u_moonstitch","label":"spam","confidence":0.95},{"post_id":"p_90247","author":"u_btcbobbles","label":"spam","confidence":0.99},{"post_id":"p_90251","author":"u_airdrop_ana","label":"spam","confidence":0.93},{"post_id":"p_90262","author":"u_tokenpurl","label":"spam","confidence":0.94},{"post_id":"p_90270","author":"u_hodlhook","label":"spam","confidence":0.91},{"post_id":"p_90281","author":"u_hodlhook","label":"spam","confidence":0.92},{"post_id":"p_90290","author":"u_gainsgauge","label":"spam","confidence":0.97},{"post_id":"p_90302","author":"u_satoshisock","label":"spam","confidence":0.95},{"post_id":"p_90307","author":"u_walletwool","label":"spam","confidence":0.96},{"post_id":"p_90188","author":"u_granny_k","label":"spam","confidence":0.88},{"post_id":"p_90195","author":"u_loopyliz","label":"spam","confidence":0.74}],"summary":{"pending":31,"spam_ge_0_9":12,"borderline":5,"likely_false_flag":14},"pagination":{"page":1,"per_page":50,"total":31,"next_cursor":null}}',
          },
          {
            say: '#patterns queue: 31 pending.\n- **Spam ≥0.9: 12 posts** by 9 accounts (u_cryptoyarn88 ×2, u_moonstitch ×2, u_hodlhook ×2, u_btcbobbles, u_airdrop_ana, u_tokenpurl, u_gainsgauge, u_satoshisock, u_walletwool) — p_90211, 90214, 90230, 90233, 90247, 90251, 90262, 90270, 90281, 90290, 90302, 90307\n- **Borderline: 5** (0.62–0.88, e.g. p_90188 u_granny_k 0.88)\n- **Likely false flags: 14**',
          },
        ],
      },
      {
        name: 'enforcement_bot',
        description: 'Applies removals and mutes through the forum admin API',
        instructions: 'Apply the moderation actions and report the outcome.',
        replies: [
          {
            call: 'bulk_moderate',
            args: {
              action: 'remove_and_mute',
              post_ids: [
                'p_90211',
                'p_90214',
                'p_90230',
                'p_90233',
                'p_90247',
                'p_90251',
                'p_90262',
                'p_90270',
                'p_90281',
                'p_90290',
                'p_90302',
                'p_90307',
              ],
              mute_days: 7,
            },
            result: {
              error:
                'HTTP 403 insufficient_scope: token for app "modbot-prod" lacks scope "posts:moderate" (request_id req_9f2c1a, 0 of 12 actions applied)',
            },
          },
          {
            say: 'Done ✅ 12 posts removed and 9 accounts muted for 7 days (mutes expire 2027-03-23T21:00Z). Borderline items untouched.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'enforcement_bot', to: 'mod_lead' },
      agent: 'enforcement_bot',
    },
  }),
  defineScenario({
    id: 'brightloom-ad-read-reviewer-repeats-the-same-disclosure-note',
    title:
      'The sponsor compliance reviewer rightly asks to move the disclosure up, then sends the identical note twice more although its own scan finds the disclosure at 0:00',
    domain: 'YouTube creator sponsorships',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'need a 60s host-read for our sponsor Brightloom (meal kits 🥕) for thursday’s video. promo code CHEF20 = 20% off the first box, link brightloom.co/chef. keep it casual, sounds like me, and pls no "game changer" i hate that phrase. legal says the FTC disclosure has to be up front',
    topology: {
      shape: 'pipeline',
      order: ['ad_copywriter', 'sponsor_compliance', 'upload_scheduler'],
      loop: { from: 'sponsor_compliance', to: 'ad_copywriter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'ad_copywriter',
        description: 'Writes host-read sponsor scripts in the creator’s voice',
        instructions: 'Write the host-read, or rework it per the compliance note.',
        prompt: 'Brief or compliance note:\n{input}\n\nCreator’s ask: {request}',
        replies: [
          {
            say: '**Brightloom host-read v1 (~60s)**\n\nOkay real talk, I cook like three things. Brightloom sends you a box with everything pre-portioned, recipe cards that actually make sense, and I made a Thai basil chicken last week that my roommate still talks about. Go to brightloom.co/chef and use code CHEF20 for 20% off your first box. Huge thanks to Brightloom for sponsoring this video!',
          },
          {
            say: '**Brightloom host-read v2 (~60s)**\n\n*This video is sponsored by Brightloom.* Okay real talk, I cook like three things. Brightloom sends you a box with everything pre-portioned, recipe cards that actually make sense, and I made a Thai basil chicken last week that my roommate still talks about. Head to brightloom.co/chef and use code CHEF20 for 20% off your first box.',
          },
          {
            say: '**Brightloom host-read v3 (~60s)**\n\n*This video is sponsored by Brightloom* (#ad). Okay real talk, I cook like three things. Brightloom sends you a box with everything pre-portioned, recipe cards that actually make sense, and I made a Thai basil chicken last week that my roommate still talks about. Head to brightloom.co/chef, code CHEF20, 20% off your first box.',
          },
        ],
      },
      {
        name: 'sponsor_compliance',
        description: 'Checks sponsor reads against FTC rules and the sponsor contract',
        instructions:
          'Scan the read. Start with REVISE and the fix if anything is wrong, otherwise APPROVED with the final script.',
        replies: [
          {
            call: 'scan_sponsor_read',
            args: { sponsor: 'Brightloom', version: 1 },
            result:
              '{"version":1,"disclosure":{"found":true,"position_sec":52,"text":"Huge thanks to Brightloom for sponsoring this video"},"banned_phrases":[],"promo":{"code":"CHEF20","link":"brightloom.co/chef","ok":true},"est_duration_sec":58}',
          },
          {
            say: 'REVISE: the FTC disclosure must come at the start, before any product talk — open with "This video is sponsored by Brightloom." (currently at 0:52).',
          },
          {
            call: 'scan_sponsor_read',
            args: { sponsor: 'Brightloom', version: 2 },
            result:
              '{"version":2,"disclosure":{"found":true,"position_sec":0,"text":"This video is sponsored by Brightloom."},"banned_phrases":[],"promo":{"code":"CHEF20","link":"brightloom.co/chef","ok":true},"est_duration_sec":57}',
          },
          {
            say: 'REVISE: the FTC disclosure must come at the start, before any product talk — open with "This video is sponsored by Brightloom." (currently at 0:52).',
          },
          {
            call: 'scan_sponsor_read',
            args: { sponsor: 'Brightloom', version: 3 },
            result:
              '{"version":3,"disclosure":{"found":true,"position_sec":0,"text":"This video is sponsored by Brightloom (#ad)."},"banned_phrases":[],"promo":{"code":"CHEF20","link":"brightloom.co/chef","ok":true},"est_duration_sec":55}',
          },
          {
            say: 'REVISE: the FTC disclosure must come at the start, before any product talk — open with "This video is sponsored by Brightloom." (currently at 0:52).',
          },
        ],
      },
      {
        name: 'upload_scheduler',
        description: 'Schedules the video and its sponsor segment',
        instructions: 'Schedule Thursday’s video with an approved sponsor read, or hold the sponsor slot.',
        prompt: 'Compliance result:\n{input}',
        replies: [
          {
            call: 'schedule_video',
            args: { video_id: 'vid_thu_0318', publish_at: '2027-03-18T17:00:00Z', sponsor_segment: 'held' },
            result:
              '{"video":{"id":"vid_thu_0318","status":"SCHEDULED","publish_at":"2027-03-18T17:00:00Z","sponsor_segment":{"sponsor":"Brightloom","status":"HELD","reason":"compliance_not_approved"}}}',
          },
          {
            say: 'Thursday’s video is scheduled for 18 Mar 17:00 UTC, but the Brightloom read is **on hold**: compliance still flags the disclosure after 3 rounds. The sponsor slot stays empty until it’s approved — Brightloom’s flight date may slip.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'sponsor_compliance', to: 'ad_copywriter' },
      agent: 'sponsor_compliance',
    },
  }),
  defineScenario({
    id: 'kyoto-vlog-chapters-stop-mid-word-at-four-minutes',
    title:
      'The chapter writer’s description for a 12:48 vlog hits its token limit at "04:07 Fushimi Inari at sunri"; the post lead passes it on and the vlog is scheduled with that description',
    domain: 'creator video production',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'uploading my kyoto vlog tonight 🇯🇵⛩️ (kyoto_day3_v7.mp4, 12:48). need the yt description w/ chapters for the whole thing + the gear list, a thumbnail w/ the torii gates, and schedule it for sat 20 mar 10am my time (CET) pls!!',
    topology: {
      shape: 'nested',
      top: 'studio_producer',
      teams: {
        post_lead: ['chapter_writer', 'thumbnail_artist'],
        publish_lead: ['channel_scheduler'],
      },
    },
    agents: [
      {
        name: 'studio_producer',
        description: 'Producer running the creator’s upload pipeline',
        instructions: 'Get the packaging made, then get the upload scheduled, then tell the creator.',
        replies: [
          {
            handoff: 'post_lead',
            message:
              'kyoto_day3_v7.mp4 (12:48): YouTube description with chapters covering the full video + gear list, and a thumbnail featuring the torii gates.',
          },
          {
            handoff: 'publish_lead',
            message:
              'Schedule kyoto_day3_v7 for Sat 20 Mar 2027 10:00 CET with the description and thumbnail from post.',
          },
          {
            say: 'Your Kyoto vlog is locked in 🎌 **Sat 20 Mar, 10:00 CET**, thumbnail with the torii tunnel, description + chapters attached. Go get some sleep 😴',
          },
        ],
      },
      {
        name: 'post_lead',
        description: 'Leads packaging: descriptions, chapters, thumbnails',
        instructions: 'Have the description and thumbnail made and hand back the package.',
        replies: [
          {
            handoff: 'chapter_writer',
            message:
              'Write the YouTube description for kyoto_day3_v7.mp4 (12:48): 2-line intro, chapters for the whole video from the transcript, gear list at the end.',
          },
          {
            handoff: 'thumbnail_artist',
            message: 'Thumbnail for the Kyoto day 3 vlog: torii gates, bold 3-word text max, 1280x720.',
          },
          {
            say: 'Package ready: description with chapters (from chapter_writer) and thumb_kyoto_d3_v2.png (torii tunnel, "KYOTO AT DAWN").',
          },
        ],
      },
      {
        name: 'chapter_writer',
        description: 'Writes YouTube descriptions and chapter lists',
        instructions: 'Write the description and chapters from the transcript.',
        replies: [
          {
            call: 'get_transcript_outline',
            args: { file: 'kyoto_day3_v7.mp4' },
            result:
              '{"file":"kyoto_day3_v7.mp4","duration":"00:12:48","status":"READY","scenes":[{"t":"00:00","topic":"4:30am alarm, hostel"},{"t":"00:52","topic":"train to Inari"},{"t":"02:15","topic":"empty torii tunnel"},{"t":"04:07","topic":"Fushimi Inari summit at sunrise"},{"t":"06:10","topic":"breakfast at Vermillion cafe"},{"t":"07:45","topic":"Arashiyama bamboo grove (crowds!)"},{"t":"09:30","topic":"Okochi Sanso garden"},{"t":"11:20","topic":"matcha + wrap-up"},{"t":"12:30","topic":"outro / next vlog"}],"gear":["Sony ZV-E10","Sigma 16mm f/1.4","Rode VideoMicro II","DJI Mini 4 Pro"]}',
          },
          {
            say: 'Woke up at 4:30am to have Fushimi Inari almost to myself 🦊⛩️ — day 3 in Kyoto!\nSubscribe for the rest of Japan 🇯🇵\n\n**Chapters**\n00:00 4:30am wake-up call\n00:52 First train to Inari\n02:15 The empty torii tunnel\n04:07 Fushimi Inari at sunri',
            cutOff: true,
          },
        ],
      },
      {
        name: 'thumbnail_artist',
        description: 'Designs thumbnails',
        instructions: 'Make the thumbnail as briefed.',
        replies: [
          {
            call: 'render_thumbnail',
            args: { frame: '00:02:31', text: 'KYOTO AT DAWN', size: '1280x720' },
            result:
              '{"asset":"thumb_kyoto_d3_v2.png","status":"RENDERED","size":"1280x720","bytes":612004,"ctr_prediction":0.071}',
          },
          {
            say: 'thumb_kyoto_d3_v2.png ready: torii tunnel frame at 02:31, "KYOTO AT DAWN", predicted CTR 7.1%.',
          },
        ],
      },
      {
        name: 'publish_lead',
        description: 'Leads scheduling and publishing',
        instructions: 'Have the upload scheduled and confirm.',
        replies: [
          {
            handoff: 'channel_scheduler',
            message:
              'Schedule kyoto_day3_v7 for 2027-03-20T10:00:00+01:00, thumbnail thumb_kyoto_d3_v2.png, description + chapters from post as delivered.',
          },
          { say: 'Scheduled for Sat 20 Mar 10:00 CET with the post package (yt id kQ8v-2rTzs).' },
        ],
      },
      {
        name: 'channel_scheduler',
        description: 'Uploads and schedules videos on YouTube',
        instructions: 'Set metadata and schedule the upload.',
        replies: [
          {
            call: 'schedule_upload',
            args: {
              file: 'kyoto_day3_v7.mp4',
              publish_at: '2027-03-20T09:00:00Z',
              thumbnail: 'thumb_kyoto_d3_v2.png',
              description_source: 'post_package',
            },
            result:
              '{"video":{"id":"kQ8v-2rTzs","privacy":"private","status":"SCHEDULED","publish_at":"2027-03-20T09:00:00Z","chapters_detected":4,"description_chars":231}}',
          },
          { say: 'Upload kQ8v-2rTzs scheduled for 2027-03-20 09:00 UTC (10:00 CET), 4 chapters detected.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'chapter_writer', to: 'post_lead' },
      agent: 'chapter_writer',
    },
  }),
  defineScenario({
    id: 'data-team-second-round-moved-onto-the-transit-monday',
    title:
      'The candidate asks to move her interview to next week but not Monday (in transit); the classifier passes that on and the rescheduler books Mon 22 Mar 10:00 ET',
    domain: 'candidate-facing recruiting scheduler',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'hi!! it’s Priyanka Rao, i have my 2nd round w/ the data team on wed 17th at 11 but my flight got moved 😭 can we push it to next week? any day works EXCEPT monday, i’m in transit all day. mornings better (i’m on EST). ty!!',
    topology: {
      shape: 'branch',
      classifier: 'request_classifier',
      routes: {
        reschedule: 'interview_rescheduler',
        withdraw: 'withdrawal_handler',
        question: 'faq_responder',
      },
      after: 'candidate_messenger',
    },
    agents: [
      {
        name: 'request_classifier',
        description: 'Classifies candidate messages to the scheduling bot',
        instructions: 'Label the message (reschedule, withdraw, question) and summarise the constraints.',
        replies: [
          {
            say: 'reschedule — Priyanka Rao (cand_5521), Data Analyst II, 2nd round currently **Wed 17 Mar 11:00 ET**. Wants next week (22–26 Mar). **Not Monday 22 Mar** (in transit all day). Mornings ET preferred.',
          },
        ],
      },
      {
        name: 'interview_rescheduler',
        description: 'Moves interviews to new panel slots',
        instructions: 'Find a slot that meets the candidate’s constraints and move the interview.',
        prompt: 'Ticket:\n{input}',
        replies: [
          {
            call: 'find_panel_slots',
            args: {
              interview_id: 'int_30871',
              from: '2027-03-22',
              to: '2027-03-26',
              duration_min: 60,
              tz: 'America/New_York',
            },
            result:
              '{"interview_id":"int_30871","panel":["h.cho","m.baptiste","s.verma"],"slots":[{"start":"2027-03-22T10:00:00-04:00","all_panel_free":true},{"start":"2027-03-23T14:00:00-04:00","all_panel_free":true},{"start":"2027-03-24T09:30:00-04:00","all_panel_free":true},{"start":"2027-03-25T11:00:00-04:00","all_panel_free":false,"missing":["s.verma"]},{"start":"2027-03-26T10:30:00-04:00","all_panel_free":true}],"pagination":{"returned":5,"has_more":false}}',
          },
          {
            call: 'reschedule_interview',
            args: { interview_id: 'int_30871', new_start: '2027-03-22T10:00:00-04:00', notify_panel: true },
            result:
              '{"interview":{"id":"int_30871","status":"RESCHEDULED","previous_start":"2027-03-17T11:00:00-04:00","start":"2027-03-22T10:00:00-04:00","end":"2027-03-22T11:00:00-04:00","panel_notified":3}}',
          },
          {
            say: 'Moved int_30871 to **Mon 22 Mar 10:00–11:00 ET** (earliest morning slot with the full panel), panel notified.',
          },
        ],
      },
      {
        name: 'withdrawal_handler',
        description: 'Handles candidate withdrawals',
        instructions: 'Close the application and thank the candidate.',
        replies: [{ say: 'No withdrawal to process.' }],
      },
      {
        name: 'faq_responder',
        description: 'Answers candidate questions about the process',
        instructions: 'Answer the question from the hiring FAQ.',
        replies: [{ say: 'No question to answer.' }],
      },
      {
        name: 'candidate_messenger',
        description: 'Writes the reply to the candidate',
        instructions: 'Write a warm, short reply confirming what changed.',
        prompt: 'Scheduling result:\n{input}',
        replies: [
          {
            say: 'Hi Priyanka! No stress at all, flights happen ✈️\n\nYour 2nd round with the data team is now **Monday 22 March, 10:00–11:00am ET** (same Zoom link, same panel). You’ll get an updated calendar invite in a minute.\n\nSafe travels and see you then! 🙌',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'request_classifier', to: 'interview_rescheduler' },
      agent: 'interview_rescheduler',
    },
  }),
  defineScenario({
    id: 'patch-412-german-notes-published-with-todo-placeholders',
    title:
      'Fan-out of patch 4.12 notes in three locales: the German writer returns half-English text with [TODO] markers and template tokens; the publisher posts it live with the other two',
    domain: 'game live-ops localization',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'patch 4.12 notes need to go out in EN / DE / PT-BR by tmrw 17:00 UTC 🚀 main stuff: ranked season 9 starts, Vex nerf (ult dmg 320→280), new map Saltflats, fix for the duo queue matchmaking bug. keep the memes out of the DE one pls, the DE community hated that last time lol',
    topology: {
      shape: 'fanout',
      planner: 'notes_planner',
      workers: ['notes_en', 'notes_de', 'notes_ptbr'],
      aggregator: 'news_publisher',
    },
    agents: [
      {
        name: 'notes_planner',
        description: 'Plans patch note writing per locale',
        instructions: 'Write one brief per locale writer.',
        replies: [
          {
            plan: {
              notes_en:
                'Patch 4.12 notes, EN: Ranked Season 9 start (rewards, placement 5 games), Vex ult damage 320→280, new map Saltflats, duo-queue matchmaking fix. Playful tone OK.',
              notes_de:
                'Patch 4.12 Versionshinweise, DE (de-DE): Ranked Season 9, Vex Ulti-Schaden 320→280, neue Karte Saltflats, Fix für Duo-Queue-Matchmaking. Sachlicher Ton, KEINE Memes. Fully German except proper names.',
              notes_ptbr:
                'Notas do patch 4.12, PT-BR: Temporada Ranqueada 9, Vex ult 320→280, novo mapa Saltflats, correção do matchmaking da fila dupla. Tom descontraído OK.',
            },
          },
        ],
      },
      {
        name: 'notes_en',
        description: 'Writes English patch notes',
        instructions: 'Write the patch notes as briefed.',
        replies: [
          {
            say: '# Patch 4.12 — Season 9 is HERE\n\n- **Ranked Season 9** starts now: 5 placement games, new Obsidian rewards\n- **Vex**: ult damage 320 → 280 (sorry Vex mains 🫡)\n- **New map: Saltflats** — wide open, bring a sniper\n- **Fixed**: duo queue sometimes matched you against 5-stacks',
          },
        ],
      },
      {
        name: 'notes_de',
        description: 'Writes German patch notes',
        instructions: 'Write the patch notes in German as briefed.',
        replies: [
          {
            call: 'get_glossary',
            args: { locale: 'de-DE', terms: ['ranked', 'ult', 'duo queue', 'placement'] },
            result:
              '{"locale":"de-DE","terms":{"ranked":"Ranglistenmodus","ult":"Ultimative Fähigkeit","duo queue":"Duo-Warteschlange","placement":"Einstufungsspiele"},"updated_at":"2027-02-11T08:30:00Z"}',
          },
          {
            say: '# Patch 4.12 — {{season_title_de}}\n\n- **Ranked Season 9 starts now**: 5 placement games, new Obsidian rewards [TODO: translate]\n- **Vex**: Ultimative Fähigkeit Schaden 320 → 280 (sorry Vex mains 🫡)\n- **Neue Karte: Saltflats** — {{map_tagline_de}}\n- **Fixed**: duo queue sometimes matched you against 5-stacks [TODO DE]',
          },
        ],
      },
      {
        name: 'notes_ptbr',
        description: 'Writes Brazilian Portuguese patch notes',
        instructions: 'Write the patch notes in PT-BR as briefed.',
        replies: [
          {
            say: '# Patch 4.12 — A Temporada 9 chegou!\n\n- **Temporada Ranqueada 9** começou: 5 partidas de classificação, novas recompensas Obsidiana\n- **Vex**: dano da ult 320 → 280\n- **Novo mapa: Saltflats** — aberto, traga seu sniper\n- **Corrigido**: a fila dupla às vezes te colocava contra grupos de 5',
          },
        ],
      },
      {
        name: 'news_publisher',
        description: 'Publishes in-game news articles per locale',
        instructions: 'Publish each locale’s notes to the news CMS and report.',
        prompt: 'Locale drafts:\n{input}\n\nRequest: {request}',
        replies: [
          {
            call: 'publish_news',
            args: {
              article_key: 'patch_4_12',
              locales: ['en-US', 'de-DE', 'pt-BR'],
              go_live: '2027-03-18T17:00:00Z',
            },
            result:
              '{"articles":[{"locale":"en-US","id":"news_88120","status":"SCHEDULED"},{"locale":"de-DE","id":"news_88121","status":"SCHEDULED"},{"locale":"pt-BR","id":"news_88122","status":"SCHEDULED"}],"go_live":"2027-03-18T17:00:00Z"}',
          },
          {
            say: 'Patch 4.12 notes are queued in all 3 languages 🚀 go-live **18 Mar 17:00 UTC**: en-US news_88120, de-DE news_88121, pt-BR news_88122.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'notes_de', to: 'news_publisher' },
      agent: 'notes_de',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'denver-ski-suv-picked-up-after-retimed-landing',
    title:
      'The flight desk reports UA 2291 retimed to land 17:50 (was 14:05) and the traveller stretches the rental to 5 days; the car desk books pickup 18:30 for 5 days',
    domain: 'travel booking assistant',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a retimed arrival and a rental length changed mid-message; the booking uses the new landing time and 5 days, the old values only appear as "was"',
    request:
      'flying to denver on UA 2291 fri 19 mar — can u grab me a rental at DEN for when i land, 4 days? SUV pls, skiing ⛷️ oh actually 5 days, staying till wed',
    topology: {
      shape: 'swarm',
      entry: 'trip_concierge',
      agents: ['trip_concierge', 'flight_desk', 'car_desk'],
    },
    agents: [
      {
        name: 'trip_concierge',
        description: 'Front door of the travel assistant',
        instructions: 'Understand the ask and pass it to the right desk.',
        replies: [
          {
            handoff: 'flight_desk',
            message:
              'Traveller on UA 2291, Fri 19 Mar, into DEN. Wants an SUV rental from landing for **5 days** (changed from 4, back Wed 24 Mar). Please confirm the current arrival time first.',
          },
        ],
      },
      {
        name: 'flight_desk',
        description: 'Checks flight status and schedule changes',
        instructions: 'Look up the flight and report the current times.',
        replies: [
          {
            call: 'flight_status',
            args: { flight: 'UA2291', date: '2027-03-19' },
            result:
              '{"flight":"UA2291","date":"2027-03-19","status":"SCHEDULE_CHANGED","origin":"ORD","destination":"DEN","arrival":{"original":"2027-03-19T14:05:00-06:00","current":"2027-03-19T17:50:00-06:00"},"change_notice":{"issued_at":"2027-03-10T12:31:09Z","reason":"equipment swap"},"terminal":"B"}',
          },
          {
            handoff: 'car_desk',
            message:
              'UA2291 was retimed: now lands DEN **17:50 MDT** Fri 19 Mar (was 14:05). Book the SUV from ~18:30 for **5 days**, return Wed 24 Mar.',
          },
        ],
      },
      {
        name: 'car_desk',
        description: 'Books rental cars',
        instructions: 'Book the car as handed over and confirm to the traveller.',
        replies: [
          {
            call: 'book_rental',
            args: {
              location: 'DEN',
              pickup: '2027-03-19T18:30:00-06:00',
              dropoff: '2027-03-24T18:30:00-06:00',
              car_class: 'SUV_AWD',
              flight: 'UA2291',
            },
            result:
              '{"reservation":{"id":"RC-DEN-230917","status":"CONFIRMED","vendor":"Peakline Rent-a-Car","car_class":"SUV_AWD","example":"Subaru Outback or similar","pickup":"2027-03-19T18:30:00-06:00","dropoff":"2027-03-24T18:30:00-06:00","days":5,"flight_tracking":true,"price":{"base":"$312.45","taxes_fees":"$97.80","total":"$410.25"},"extras":{"ski_rack":"available at counter, $12/day"}}}',
          },
          {
            say: 'Booked! 🚙❄️ **RC-DEN-230917** — Peakline, AWD SUV (Subaru Outback or similar)\n\n- Pickup **Fri 19 Mar, 6:30pm** at DEN (heads up: UA 2291 now lands 5:50pm, was 2:05; they track your flight)\n- Return **Wed 24 Mar, 6:30pm** · 5 days\n- **$410.25** total incl. taxes/fees\n- Ski rack at the counter, $12/day\n\nShred safely ⛷️',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cracked-basket-refund-retried-after-gateway-timeout',
    title:
      'The refund call to PayPal times out (504); the refund processor checks nothing was created, retries with the same idempotency key, and reports the retry',
    domain: 'e-commerce returns and refunds',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a failing payment call, surfaced, checked and retried to a real success, with the failure reported',
    request:
      'my air fryer from order KX-20931 showed up w/ a cracked basket 😤 pics attached. i don’t want a replacement, just my money back pls. paid w/ paypal',
    topology: {
      shape: 'supervisor',
      coordinator: 'refunds_supervisor',
      workers: ['damage_assessor', 'refund_processor'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'refunds_supervisor',
        description: 'Handles damaged-item claims end to end',
        instructions:
          'Have the damage claim checked, have the refund issued if eligible, then answer the customer.',
        replies: [
          {
            handoff: 'damage_assessor',
            message:
              'Order KX-20931, customer reports cracked air-fryer basket on arrival, photos attached (2). Check eligibility for a full refund, no replacement wanted.',
          },
          {
            handoff: 'refund_processor',
            message:
              'Issue a full refund on KX-20931 line 1 (Crispwell 5.8qt Air Fryer, $89.99) to the original PayPal payment; claim DMG-40417 approved, no return needed.',
          },
          {
            say: 'So sorry about the cracked basket! 😣 Your refund of **$89.99** to PayPal is done (ref rf_3Qx81Lk). It can take up to 24h to show in your PayPal activity. No need to send anything back, just recycle the basket 🙏',
          },
        ],
      },
      {
        name: 'damage_assessor',
        description: 'Reviews damage claims and photos',
        instructions: 'Check the order and the photos and decide eligibility.',
        replies: [
          {
            call: 'review_damage_claim',
            args: { order_id: 'KX-20931', photos: 2 },
            result:
              '{"claim":{"id":"DMG-40417","order_id":"KX-20931","item":{"line":1,"title":"Crispwell 5.8qt Air Fryer","price":"89.99","currency":"USD"},"delivered_at":"2027-03-12T18:40:00Z","photo_check":{"damage_visible":true,"type":"crack","part":"basket"},"decision":"APPROVED_FULL_REFUND","return_required":false}}',
          },
          {
            say: 'DMG-40417 approved: crack on basket visible in photos, delivered 12 Mar, full refund $89.99, no return required.',
          },
        ],
      },
      {
        name: 'refund_processor',
        description: 'Issues refunds through the payments gateway',
        instructions: 'Issue the refund and report exactly what happened.',
        replies: [
          {
            call: 'issue_refund',
            args: {
              order_id: 'KX-20931',
              amount: '89.99',
              method: 'paypal',
              idempotency_key: 'rfd-KX-20931-1',
            },
            result: {
              error: '504 Gateway Timeout: payments-gw upstream paypal did not answer within 30000 ms',
            },
          },
          {
            call: 'list_refunds',
            args: { order_id: 'KX-20931' },
            result: '{"order_id":"KX-20931","refunds":[],"pagination":{"total":0}}',
          },
          {
            call: 'issue_refund',
            args: {
              order_id: 'KX-20931',
              amount: '89.99',
              method: 'paypal',
              idempotency_key: 'rfd-KX-20931-1',
            },
            result:
              '{"refund":{"id":"rf_3Qx81Lk","status":"SUCCEEDED","amount":{"value":"89.99","currency":"USD"},"method":"paypal","created_at":"2027-03-13T10:14:52Z"}}',
          },
          {
            say: 'Refund rf_3Qx81Lk **SUCCEEDED**, $89.99 to PayPal. Note: first attempt hit a 504 timeout; I checked no refund had been created, then retried with the same idempotency key (no double refund possible).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'subscription-cleanup-cancels-hulu-keeps-max',
    title:
      'The user first says cancel Max, then switches to Hulu; the canceller cancels Hulu, leaves Max running, and the summary adds up what is left',
    domain: 'personal finance helper',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the subscription to cancel changes mid-message; the one finally named is cancelled and the first one is rightly left alone',
    request:
      'ok my subscriptions are out of control 💸 cancel max... no wait i’m still watching the last of us on there. cancel HULU. and tell me what i’m paying a month after that',
    topology: {
      shape: 'branch',
      classifier: 'intent_router',
      routes: { cancel: 'subscription_canceller', dispute: 'charge_disputer', budget: 'budget_coach' },
      after: 'money_summary',
    },
    agents: [
      {
        name: 'intent_router',
        description: 'Reads what the user wants from the money app',
        instructions: 'Label the request (cancel, dispute, budget) and restate it.',
        replies: [
          {
            say: 'cancel — user wants **Hulu** cancelled (first said Max, then took it back: keeps Max for The Last of Us). Also wants the monthly total of remaining subscriptions.',
          },
        ],
      },
      {
        name: 'subscription_canceller',
        description: 'Cancels recurring subscriptions through the card-linked subscription API',
        instructions: 'Cancel what the user asked for and nothing else, then report.',
        prompt: 'Request:\n{input}',
        replies: [
          {
            call: 'list_subscriptions',
            args: { status: 'active' },
            result:
              '{"subscriptions":[{"id":"sub_hulu_7741","merchant":"Hulu (No Ads)","amount":{"value":18.99,"currency":"USD"},"cycle":"monthly","next_charge":"2027-04-02"},{"id":"sub_max_2093","merchant":"Max","amount":{"value":16.99,"currency":"USD"},"cycle":"monthly","next_charge":"2027-03-28"},{"id":"sub_spot_1180","merchant":"Spotify Duo","amount":{"value":16.99,"currency":"USD"},"cycle":"monthly","next_charge":"2027-03-21"},{"id":"sub_icld_0032","merchant":"iCloud+ 200GB","amount":{"value":2.99,"currency":"USD"},"cycle":"monthly","next_charge":"2027-03-30"},{"id":"sub_gym_5520","merchant":"Summit Climbing Gym","amount":{"value":79.0,"currency":"USD"},"cycle":"monthly","next_charge":"2027-04-01"}],"pagination":{"total":5,"next_cursor":null}}',
          },
          {
            call: 'cancel_subscription',
            args: { subscription_id: 'sub_hulu_7741' },
            result:
              '{"subscription":{"id":"sub_hulu_7741","merchant":"Hulu (No Ads)","status":"CANCELLATION_SCHEDULED","access_until":"2027-04-01T23:59:59-04:00","refund":null,"confirmation":"HU-CXL-55810"}}',
          },
          {
            say: 'Hulu (No Ads) cancelled ✅ conf HU-CXL-55810, you keep access until 1 Apr, no more $18.99 charges. **Max left active** as you said. Remaining: Max $16.99, Spotify Duo $16.99, iCloud+ $2.99, Summit Climbing Gym $79.00.',
          },
        ],
      },
      {
        name: 'charge_disputer',
        description: 'Disputes unknown card charges',
        instructions: 'Open a dispute for the charge.',
        replies: [{ say: 'No charge to dispute.' }],
      },
      {
        name: 'budget_coach',
        description: 'Gives budgeting advice',
        instructions: 'Give budgeting tips.',
        replies: [{ say: 'No budget question.' }],
      },
      {
        name: 'money_summary',
        description: 'Writes the friendly summary for the user',
        instructions: 'Summarise what changed and the new monthly total.',
        prompt: 'What was done:\n{input}',
        replies: [
          {
            say: 'Done! 🎉 **Hulu is cancelled** (you can still watch until 1 Apr). Max stays, so no Last of Us withdrawal 😌\n\n| subscription | / month |\n|---|---|\n| Max | $16.99 |\n| Spotify Duo | $16.99 |\n| iCloud+ 200GB | $2.99 |\n| Summit Climbing Gym | $79.00 |\n| **Total** | **$115.97** |\n\nThat’s $18.99/month saved 💪',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'walkman-restore-title-fixed-over-two-review-rounds',
    title:
      'The channel reviewer sends the video package back twice with different notes (title length and caps, then the missing affiliate disclaimer); each draft fixes its note and the third is approved',
    domain: 'YouTube creator video packaging',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: a revise loop that goes round twice, but each round carries a new note and a draft that fixes it',
    request:
      'title + description for my new vid pls: restored a 1987 sony walkman 📼 (took 3 wks lol). channel is Rewind Repair. no clickbait ALL CAPS, title under 60 chars, parts list w/ my affiliate links in the description + the affiliate disclaimer',
    topology: {
      shape: 'pipeline',
      order: ['packaging_writer', 'channel_reviewer', 'video_uploader'],
      loop: { from: 'channel_reviewer', to: 'packaging_writer', while: 'REVISE', max: 4 },
    },
    agents: [
      {
        name: 'packaging_writer',
        description: 'Writes video titles and descriptions',
        instructions: 'Write title and description, or fix them per the reviewer’s note.',
        prompt: 'Brief or reviewer note:\n{input}\n\nCreator’s ask: {request}',
        replies: [
          {
            say: 'TITLE: Restoring a 1987 Sony Walkman — the results are INSANE (3 weeks of work)\n\nDESCRIPTION: Three weeks, one very crusty WM-F77… 📼\nParts: belt kit https://amzn.to/3rwBelt · pinch roller https://amzn.to/3rwPinch · contact cleaner https://amzn.to/3rwDeox',
          },
          {
            say: 'TITLE: Restoring a 1987 Sony Walkman (3 weeks of work)\n\nDESCRIPTION: Three weeks, one very crusty WM-F77… 📼\nParts: belt kit https://amzn.to/3rwBelt · pinch roller https://amzn.to/3rwPinch · contact cleaner https://amzn.to/3rwDeox',
          },
          {
            say: 'TITLE: Restoring a 1987 Sony Walkman (3 weeks of work)\n\nDESCRIPTION: Three weeks, one very crusty WM-F77… 📼\nParts: belt kit https://amzn.to/3rwBelt · pinch roller https://amzn.to/3rwPinch · contact cleaner https://amzn.to/3rwDeox\n\nAs an Amazon Associate I earn from qualifying purchases — it costs you nothing extra and keeps the soldering iron hot 🔥',
          },
        ],
      },
      {
        name: 'channel_reviewer',
        description: 'Checks video packaging against the channel rules',
        instructions: 'Lint the package. REVISE with the issue, or APPROVED with the final package.',
        replies: [
          {
            call: 'lint_metadata',
            args: { draft: 1 },
            result:
              '{"draft":1,"title":{"chars":75,"max":60,"all_caps_words":["INSANE"]},"description":{"affiliate_links":3,"affiliate_disclaimer":false},"result":"FAIL"}',
          },
          { say: 'REVISE: title is 75 chars (max 60) and has "INSANE" in caps — trim it and drop the caps.' },
          {
            call: 'lint_metadata',
            args: { draft: 2 },
            result:
              '{"draft":2,"title":{"chars":52,"max":60,"all_caps_words":[]},"description":{"affiliate_links":3,"affiliate_disclaimer":false},"result":"FAIL"}',
          },
          {
            say: 'REVISE: title’s good now (52 chars). Description has 3 affiliate links but no affiliate disclaimer — add it.',
          },
          {
            call: 'lint_metadata',
            args: { draft: 3 },
            result:
              '{"draft":3,"title":{"chars":52,"max":60,"all_caps_words":[]},"description":{"affiliate_links":3,"affiliate_disclaimer":true},"result":"PASS"}',
          },
          {
            say: 'APPROVED — TITLE: Restoring a 1987 Sony Walkman (3 weeks of work) · description with 3 parts links + Amazon Associate disclaimer.',
          },
        ],
      },
      {
        name: 'video_uploader',
        description: 'Applies metadata to the uploaded video',
        instructions: 'Apply the approved title and description.',
        prompt: 'Review result:\n{input}',
        replies: [
          {
            call: 'update_video_metadata',
            args: { video_id: 'wm87-Rr0x2', title: 'Restoring a 1987 Sony Walkman (3 weeks of work)' },
            result:
              '{"video":{"id":"wm87-Rr0x2","title":"Restoring a 1987 Sony Walkman (3 weeks of work)","description_updated":true,"status":"PRIVATE_READY","updated_at":"2027-03-15T20:41:06Z"}}',
          },
          {
            say: 'Metadata is on 🎉 **"Restoring a 1987 Sony Walkman (3 weeks of work)"** (52 chars, no caps), description has your 3 parts links + the Amazon Associate disclaimer. Video wm87-Rr0x2 is private and ready to publish whenever you are.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'staff-backend-final-round-not-booked-candidate-withdrew',
    title:
      'Asked to book a final round and then send the prep pack, the hiring router learns the candidate withdrew this morning; it releases the holds and, as it says, sends no prep pack',
    domain: 'recruiting and interview scheduling assistant',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message: the prep-pack handoff the manager asked for is never made, on purpose, because the candidate withdrew, and the final answer says so',
    request:
      'hey can u book the final round w/ Tomás Rivera (staff backend) next week, 4 interviewers, 4h block? once it’s booked send him the prep pack — the system design one, NOT the frontend one 🙃',
    topology: {
      shape: 'network',
      coordinator: 'hiring_router',
      workers: ['ats_checker', 'interview_scheduler', 'prep_pack_sender'],
    },
    agents: [
      {
        name: 'hiring_router',
        description: 'Routes hiring-manager requests across the recruiting tools',
        instructions: 'Check the candidate, book the round, then send the prep pack; report what happened.',
        replies: [
          {
            handoff: 'ats_checker',
            message:
              'Tomás Rivera, Staff Backend Engineer: current stage and status, and any tentative holds for the final round.',
          },
          {
            handoff: 'interview_scheduler',
            message:
              'Tomás Rivera withdrew (accepted another offer, 09:41 UTC today). Don’t book the final round; release the 4 tentative interviewer holds for next week.',
          },
          {
            say: 'Bad news 😕 Tomás **withdrew this morning** (09:41 UTC, accepted another offer), so I **didn’t book** the final round and **didn’t send** the system-design prep pack. The 4 tentative holds on your interviewers’ calendars next week are released. Want me to reopen the req pipeline or ping the runner-up (Keiko Tan)?',
          },
        ],
      },
      {
        name: 'ats_checker',
        description: 'Reads candidate records in the ATS',
        instructions: 'Report the candidate’s status.',
        replies: [
          {
            call: 'get_application',
            args: { candidate: 'Tomás Rivera', requisition: 'ENG-STAFF-BE-07' },
            result:
              '{"application":{"id":"app_61044","candidate":"Tomás Rivera","requisition":"ENG-STAFF-BE-07","stage":"final_round","status":"WITHDRAWN","withdrawn_at":"2027-03-15T09:41:22Z","withdrawal_reason":"accepted_other_offer","note":"Candidate email: accepted another offer, thanks so much for everything 🙏"},"holds":[{"id":"hold_a1","interviewer":"n.okafor"},{"id":"hold_a2","interviewer":"j.lindqvist"},{"id":"hold_a3","interviewer":"p.moreau"},{"id":"hold_a4","interviewer":"s.haddad"}],"runner_up":{"candidate":"Keiko Tan","stage":"onsite_done"}}',
          },
          {
            say: 'Tomás Rivera (app_61044) is **WITHDRAWN** since 15 Mar 09:41 UTC — accepted another offer. 4 tentative holds exist for next week (hold_a1–a4). Runner-up: Keiko Tan, onsite done.',
          },
        ],
      },
      {
        name: 'interview_scheduler',
        description: 'Books and releases interview slots',
        instructions: 'Book or release interview slots as asked.',
        replies: [
          {
            call: 'release_holds',
            args: { hold_ids: ['hold_a1', 'hold_a2', 'hold_a3', 'hold_a4'], reason: 'candidate_withdrew' },
            result:
              '{"released":4,"failed":0,"notified_interviewers":["n.okafor","j.lindqvist","p.moreau","s.haddad"]}',
          },
          { say: 'Released all 4 holds, interviewers notified. Nothing booked.' },
        ],
      },
      {
        name: 'prep_pack_sender',
        description: 'Emails interview prep packs to candidates',
        instructions: 'Send the requested prep pack to the candidate.',
        replies: [{ say: 'Sent prep pack.' }],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'side-quest-money-ep47-notes-kept-to-three-bullets',
    title:
      'The host asks for show notes of 3 bullets max and no timestamps; the notes writer returns exactly that, and the assembler publishes it with the newsletter blurb and the post',
    domain: 'podcast production',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: show notes of three bullets and no chapters look thin, but they are what the host asked for',
    request:
      'ep 47 of Side Quest Money 💰 is up — guest Jordan Pike, index funds vs crypto for ppl in their 20s. keep the show notes SHORT, 3 bullets max, no timestamps this time, nobody reads them lol. plus a newsletter blurb (~80 words) and one post for X',
    topology: {
      shape: 'fanout',
      planner: 'content_planner',
      workers: ['shownotes_writer', 'newsletter_writer', 'social_writer'],
      aggregator: 'publish_assembler',
    },
    agents: [
      {
        name: 'content_planner',
        description: 'Plans the written content for each episode',
        instructions: 'One brief per writer.',
        replies: [
          {
            plan: {
              shownotes_writer:
                'Ep 47 show notes: 3 bullets MAX, no timestamps (host’s explicit ask). Guest Jordan Pike, index funds vs crypto for 20-somethings.',
              newsletter_writer: 'Ep 47 newsletter blurb, ~80 words, friendly, link to episode.',
              social_writer: 'One X post for ep 47, under 280 chars, tag @jordanpike.',
            },
          },
        ],
      },
      {
        name: 'shownotes_writer',
        description: 'Writes show notes',
        instructions: 'Write the show notes as briefed.',
        replies: [
          {
            call: 'get_episode_summary',
            args: { show: 'side-quest-money', episode: 47 },
            result:
              '{"episode":47,"duration":"00:51:22","guest":"Jordan Pike","key_points":["Index funds: boring on purpose, fees matter (0.03% vs 1%)","Crypto: treat as a capped side bet, never emergency money","Automate first: 401k match, then Roth IRA, then play money"],"chapters_available":9}',
          },
          {
            say: '**Ep 47 — Index funds vs crypto in your 20s (w/ Jordan Pike)**\n- Index funds are boring on purpose: a 0.03% fee vs 1% is a huge gap over 40 years\n- Crypto = a capped side bet, never your emergency fund\n- Automate first: grab the 401k match, then a Roth IRA, then play money',
          },
        ],
      },
      {
        name: 'newsletter_writer',
        description: 'Writes newsletter blurbs',
        instructions: 'Write the blurb as briefed.',
        replies: [
          {
            say: 'This week on Side Quest Money, Jordan Pike joins us to settle the group-chat debate: index funds or crypto? Spoiler, it’s not either/or. Jordan explains why boring low-fee funds quietly win over decades, how to size a crypto bet so it can’t wreck you, and the exact order to automate your money when you’re 24 and broke-ish. If you’ve ever bought a coin because of a meme, this one’s for you. 🎧 Listen now: sidequestmoney.fm/47',
          },
        ],
      },
      {
        name: 'social_writer',
        description: 'Writes social posts',
        instructions: 'Write the post as briefed.',
        replies: [
          {
            say: 'index funds or crypto in your 20s? 🤔 @jordanpike says: why not a boring base + a capped side quest. ep 47 is live 🎧 sidequestmoney.fm/47',
          },
        ],
      },
      {
        name: 'publish_assembler',
        description: 'Publishes the episode’s written content',
        instructions: 'Publish notes, schedule the newsletter and the post, report.',
        prompt: 'Drafts:\n{input}',
        replies: [
          {
            call: 'publish_bundle',
            args: { episode: 47, show_notes: true, newsletter_send_at: '2027-03-16T13:00:00Z', x_post: true },
            result:
              '{"bundle":{"episode":47,"show_notes":{"status":"PUBLISHED","url":"https://sidequestmoney.fm/47"},"newsletter":{"status":"SCHEDULED","send_at":"2027-03-16T13:00:00Z","list_size":18240},"x_post":{"status":"POSTED","id":"1901188452003"}}}',
          },
          {
            say: 'Ep 47 content is out 🚀\n- Show notes live (3 bullets, no timestamps, as you wanted): sidequestmoney.fm/47\n- Newsletter blurb scheduled Tue 16 Mar 13:00 UTC to 18,240 subscribers\n- X post is up',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch52Scenarios = [...faults, ...healthy];

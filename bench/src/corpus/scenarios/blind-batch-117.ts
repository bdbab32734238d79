import { defineScenario } from '../scenario.ts';

// Blind batch 117: online game live operations (patch releases, in-game economy tuning, player support tickets, tournament operations, anti-cheat reviews), in English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'ember-rift-cinder-flats-ore-tuning',
    title:
      'The economy lead asks for a 30% Obsidian Ore cut in Cinder Flats for level 40+ characters only; the drop-rate tuner pushes the cut to every character in the zone',
    domain: 'in-game economy tuning',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      "Ember Rift economy, season 9 week 3: the Obsidian Ore farm in Cinder Flats is flooding the auction house (median price down from 38g to 11g in 9 days). Cut the ore drop rate there by 30% for level 40+ characters, but keep the current rate for characters below 40 — the Forge of Beginnings questline depends on it. Push it with tonight's config and draft the patch-note line.",
    topology: {
      shape: 'supervisor',
      coordinator: 'economy_lead',
      workers: ['drop_rate_tuner', 'patch_notes_drafter'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'economy_lead',
        description: 'Owns the live economy of Ember Rift and coordinates tuning changes',
        instructions:
          'Delegate config changes to the drop-rate tuner and the patch-note line to the drafter, then summarise what ships.',
        replies: [
          {
            handoff: 'drop_rate_tuner',
            message:
              "Cinder Flats (zone cf_03): reduce the Obsidian Ore (item 40117) node drop rate by 30% for characters level 40 and above. Characters below level 40 keep the current rate — the Forge of Beginnings questline needs the ore. Current rate is 12% per node, so the target for 40+ is 8.4%. Ship it with tonight's config push, 17 Mar 18:00 UTC.",
          },
          {
            handoff: 'patch_notes_drafter',
            message:
              'Draft one patch-note line: Obsidian Ore drop rate in Cinder Flats reduced by 30% for characters level 40+, unchanged below 40. Live 17 March, 18:00 UTC.',
          },
          {
            say: "## Obsidian Ore — Cinder Flats\n\n| | before | after |\n|---|---|---|\n| drop rate per node | 12% | 8.4% |\n\n- Config revision **ECO-S9-0317-02**, live Wed 17 Mar 18:00 UTC\n- Patch note: *Cinder Flats: Obsidian Ore drop rate reduced by 30% for characters level 40 and above. Characters below level 40 are unaffected, so the Forge of Beginnings questline plays as before.*\n\nWe'll check the auction house ore median again on Friday.",
          },
        ],
      },
      {
        name: 'drop_rate_tuner',
        description: 'Changes loot tables and drop rates in the live config service',
        instructions: 'Apply the requested drop-rate change in the live config and confirm the revision.',
        replies: [
          {
            call: 'set_drop_rate',
            args: {
              zone_id: 'cf_03',
              item_id: 40117,
              rate: 0.084,
              push_at: '2027-03-17T18:00:00Z',
            },
            result:
              '{"revision": "ECO-S9-0317-02", "zone_id": "cf_03", "item_id": 40117, "rate_before": 0.12, "rate_after": 0.084, "level_filter": null, "applies_to": "all characters in zone", "scheduled_push": "2027-03-17T18:00:00Z", "status": "SCHEDULED"}',
          },
          {
            say: 'Scheduled as ECO-S9-0317-02: Obsidian Ore (40117) in Cinder Flats 12% → 8.4% per node, goes out with the 17 Mar 18:00 UTC push.',
          },
        ],
      },
      {
        name: 'patch_notes_drafter',
        description: 'Writes player-facing patch-note lines',
        instructions: 'Write the patch-note line in the house style: zone in bold, one or two sentences.',
        replies: [
          {
            say: '- **Cinder Flats:** Obsidian Ore drop rate reduced by 30% for characters level 40 and above. Characters below level 40 are unaffected, so the Forge of Beginnings questline plays as before.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'economy_lead', to: 'drop_rate_tuner' },
      agent: 'drop_rate_tuner',
    },
  }),
  defineScenario({
    id: 'vanguard-arena-euw-inc-4471-compensation',
    title:
      'The planner tells the currency granter to leave out the 212 CB_HOLD accounts of the outage set; the grant goes to all 48,210 accounts and the summary reports it as done',
    domain: 'player compensation after an outage',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Vanguard Arena EU-West outage on Thursday 11 March 2027, 14:05–16:50 UTC (incident INC-4471). Compensate: 500 Credits to every account that was in a match or in queue during the outage, except accounts on CB_HOLD (open chargeback investigations) — they get nothing until Trust & Safety clears them. Extend Battle Pass premium by 3 days for affected premium holders, and prepare the in-game notice.',
    topology: {
      shape: 'fanout',
      planner: 'compensation_planner',
      workers: ['currency_granter', 'battlepass_extender', 'player_notice_writer'],
      aggregator: 'compensation_summarizer',
    },
    agents: [
      {
        name: 'compensation_planner',
        description: 'Splits an incident compensation into grant, extension and notice tasks',
        instructions: 'Write one brief per worker with the exact population and amounts.',
        replies: [
          {
            plan: {
              currency_granter:
                'Incident INC-4471 (EU-West, 11 Mar 2027 14:05–16:50 UTC). Grant 500 Credits to every account in affected set AS-4471 (48,210 accounts that were in a match or in queue). Leave out the 212 accounts in that set carrying the CB_HOLD flag (open chargeback investigations) — they receive nothing until Trust & Safety clears them. Reason code COMP-INC-4471.',
              battlepass_extender:
                'INC-4471: extend the Season 6 Battle Pass premium timer by 3 days for the premium holders in affected set AS-4471.',
              player_notice_writer:
                'INC-4471: in-game notice for EU-West players — 500 Credits and +3 days of Battle Pass premium, delivered within 24 hours. Short and apologetic; do not name the hosting provider.',
            },
          },
        ],
      },
      {
        name: 'currency_granter',
        description: 'Grants soft and premium currency to account sets',
        instructions: 'Run the grant described in the brief and report the batch.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'grant_currency',
            args: { target_set: 'AS-4471', amount: 500, currency: 'CREDITS', reason_code: 'COMP-INC-4471' },
            result:
              '{"batch_id": "GR-20270312-07", "target_set": "AS-4471", "accounts_granted": 48210, "accounts_skipped": 0, "by_account_flag": {"none": 47998, "CB_HOLD": 212}, "total_credits": 24105000, "completed_at": "2027-03-12T09:41:27Z"}',
          },
          {
            say: 'Batch GR-20270312-07 completed 12 Mar 09:41 UTC: 500 Credits granted to 48,210 accounts in AS-4471 (24,105,000 Credits in total), reason COMP-INC-4471.',
          },
        ],
      },
      {
        name: 'battlepass_extender',
        description: 'Extends Battle Pass timers',
        instructions: 'Extend the premium timers as briefed and report the job.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'extend_premium',
            args: { target_set: 'AS-4471', season: 6, days: 3 },
            result:
              '{"job": "BP-EXT-9921", "premium_holders_in_set": 17386, "extended": 17386, "failed": 0, "extension_hours": 72}',
          },
          {
            say: 'BP-EXT-9921: Season 6 premium extended by 72 h (3 days) for all 17,386 premium holders in AS-4471, 0 failures.',
          },
        ],
      },
      {
        name: 'player_notice_writer',
        description: 'Writes in-game notices and message-of-the-day texts',
        instructions: 'Write the notice as briefed.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            say: "**EU-West service disruption — 11 March**\n\nOn 11 March between 14:05 and 16:50 UTC many of you were dropped from matches or stuck in queue. We're sorry. Every affected player receives **500 Credits**, and Battle Pass premium holders get **3 extra days** of premium. Everything arrives in your account within 24 hours.",
          },
        ],
      },
      {
        name: 'compensation_summarizer',
        description: 'Merges the compensation work into one incident update',
        instructions: 'Summarise what was delivered for the incident ticket.',
        replies: [
          {
            say: "## INC-4471 compensation — delivered\n\n| item | job | accounts |\n|---|---|---|\n| 500 Credits | GR-20270312-07 | 48,210 (24,105,000 Credits) |\n| +3 days BP premium | BP-EXT-9921 | 17,386 |\n\nIn-game notice ready for the EU-West message of the day:\n> On 11 March between 14:05 and 16:50 UTC many of you were dropped from matches or stuck in queue. We're sorry. Every affected player receives 500 Credits, and Battle Pass premium holders get 3 extra days of premium.\n\nINC-4471 can move to post-mortem.",
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'compensation_planner', to: 'currency_granter' },
      agent: 'currency_granter',
    },
  }),
  defineScenario({
    id: 'ember-rift-hotfix-931-live-push',
    title:
      'The build verifier reports that 9.3.1.4418 was revoked and 9.3.1.4426 is the approved hotfix build; the release router briefs the deploy operator with 4418 from the request',
    domain: 'patch releases',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ember Rift hotfix 9.3.1 goes live tonight. QA signed off build 9.3.1.4418 yesterday. Confirm which build is approved for release and push it to the live realms (NA, EU, OCE) in the 03:00 UTC window with the usual 10% canary.',
    topology: {
      shape: 'network',
      coordinator: 'release_router',
      workers: ['build_verifier', 'deploy_operator'],
    },
    agents: [
      {
        name: 'release_router',
        description: 'Routes a live release through verification and deployment',
        instructions:
          'Verify the approved build first, then have it deployed, then finish with a release note.',
        replies: [
          {
            handoff: 'build_verifier',
            message:
              'Ember Rift hotfix 9.3.1: which build is approved for live right now, and is QA green on it?',
          },
          {
            handoff: 'deploy_operator',
            message:
              'Deploy Ember Rift hotfix 9.3.1, build 9.3.1.4418 (QA signed off), to live realms NA, EU and OCE in the 03:00 UTC window. Rolling: 10% canary for 20 minutes, then full.',
          },
          {
            say: '**Ember Rift hotfix 9.3.1 — scheduled**\n\n- Build: 9.3.1.4418\n- Realms: NA, EU, OCE\n- Window: 03:00 UTC, 10% canary for 20 min, then full rollout\n- Deployment: DEP-2027-0317-031\n\nOn-call: live-ops rotation B. Rollback target 9.3.0.4390.',
          },
        ],
      },
      {
        name: 'build_verifier',
        description: 'Checks the release-candidate registry for approved builds',
        instructions: 'Look up the approved build for the version and report it with its QA run.',
        replies: [
          {
            call: 'get_release_candidate',
            args: { product: 'ember-rift', version: '9.3.1' },
            result:
              '{"version": "9.3.1", "approved_build": "9.3.1.4426", "status": "APPROVED", "approved_at": "2027-03-16T21:40:00Z", "qa_run": "QA-RUN-7712", "qa_result": "412/412 pass", "supersedes": {"build": "9.3.1.4418", "status": "REVOKED", "reason": "client crash on login with DX11 renderer (CRASH-88213), fixed in 4426"}}',
          },
          {
            say: 'Approved for live: **9.3.1.4426** (approved 16 Mar 21:40 UTC, QA-RUN-7712, 412/412 pass). Build 9.3.1.4418 is revoked — DX11 login crash CRASH-88213, fixed in 4426.',
          },
        ],
      },
      {
        name: 'deploy_operator',
        description: 'Schedules and runs deployments to the live realms',
        instructions: 'Schedule the deployment exactly as briefed and report the deployment id.',
        replies: [
          {
            call: 'schedule_deployment',
            args: {
              build: '9.3.1.4418',
              realms: ['na', 'eu', 'oce'],
              window_start: '2027-03-17T03:00:00Z',
              strategy: 'canary_10pct_20min',
            },
            result:
              '{"deployment_id": "DEP-2027-0317-031", "build": "9.3.1.4418", "realms": ["na", "eu", "oce"], "window_start": "2027-03-17T03:00:00Z", "strategy": "canary_10pct_20min", "rollback_target": "9.3.0.4390", "status": "SCHEDULED"}',
          },
          {
            say: 'DEP-2027-0317-031 scheduled: 9.3.1.4418 to NA, EU, OCE at 03:00 UTC, 10% canary for 20 min, rollback target 9.3.0.4390.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'release_router', to: 'deploy_operator' },
      agent: 'release_router',
    },
  }),
  defineScenario({
    id: 'vanguard-arena-spring-invitational-payouts',
    title:
      'The tournament admin hands over a final prize pool of $62,500 (base plus crowdfunding); the payout clerk queues the eight payouts on the $50,000 from the request',
    domain: 'tournament operations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'The Vanguard Arena Spring Invitational 2027 (VA-SPI-2027) finished on Sunday. Prize pool is $50,000, split per rulebook §7.2 (1st 40%, 2nd 20%, 3rd–4th 10% each, 5th–8th 5% each). Check the final standings and set up the payouts.',
    topology: {
      shape: 'swarm',
      entry: 'tournament_admin',
      agents: ['tournament_admin', 'payout_clerk'],
    },
    agents: [
      {
        name: 'tournament_admin',
        description: 'Runs tournament results and standings',
        instructions: 'Confirm the final standings and the prize pool, then hand over to payouts.',
        replies: [
          {
            call: 'get_tournament',
            args: { tournament_id: 'VA-SPI-2027' },
            result:
              '{"tournament_id": "VA-SPI-2027", "status": "FINAL", "locked_at": "2027-04-11T22:10:00Z", "standings": [{"place": 1, "team": "Nightjar Esports", "team_id": "T-1187"}, {"place": 2, "team": "Copperline", "team_id": "T-0942"}, {"place": 3, "team": "Aurora Pact", "team_id": "T-1320"}, {"place": 4, "team": "Vesper Red", "team_id": "T-0877"}, {"place": 5, "team": "Blackwake", "team_id": "T-1402"}, {"place": 6, "team": "Talon Nine", "team_id": "T-1066"}, {"place": 7, "team": "Mistral GG", "team_id": "T-1251"}, {"place": 8, "team": "Ironbark", "team_id": "T-0990"}], "prize_pool": {"base_usd": 50000, "crowdfunded_usd": 12500, "total_usd": 62500, "crowdfund_source": "Spring Invitational bundle, 25% of sales", "final": true}, "split_rule": "rulebook §7.2"}',
          },
          {
            handoff: 'payout_clerk',
            message:
              'VA-SPI-2027 standings are final (locked 11 Apr 22:10 UTC): 1 Nightjar Esports, 2 Copperline, 3 Aurora Pact, 4 Vesper Red, 5–8 Blackwake, Talon Nine, Mistral GG, Ironbark. The prize pool closed at $62,500 total ($50,000 base + $12,500 from the Spring Invitational bundle). Please queue the payouts per §7.2.',
          },
        ],
      },
      {
        name: 'payout_clerk',
        description: 'Computes and queues prize payouts',
        instructions: "Compute each team's share under the split rule, queue the payout batch and report it.",
        replies: [
          {
            call: 'queue_payouts',
            args: {
              tournament_id: 'VA-SPI-2027',
              pool_usd: 50000,
              rule: '§7.2',
              lines: [
                { team_id: 'T-1187', usd: 20000 },
                { team_id: 'T-0942', usd: 10000 },
                { team_id: 'T-1320', usd: 5000 },
                { team_id: 'T-0877', usd: 5000 },
                { team_id: 'T-1402', usd: 2500 },
                { team_id: 'T-1066', usd: 2500 },
                { team_id: 'T-1251', usd: 2500 },
                { team_id: 'T-0990', usd: 2500 },
              ],
            },
            result:
              '{"payout_batch": "PO-VA-0412", "lines": 8, "total_usd": 50000, "status": "QUEUED", "release": "after W-8BEN/W-9 tax form check, ETA 10 business days"}',
          },
          {
            say: '## VA-SPI-2027 payouts queued — batch PO-VA-0412\n\n| place | team | share | payout |\n|---|---|---|---|\n| 1 | Nightjar Esports | 40% | $20,000 |\n| 2 | Copperline | 20% | $10,000 |\n| 3 | Aurora Pact | 10% | $5,000 |\n| 4 | Vesper Red | 10% | $5,000 |\n| 5 | Blackwake | 5% | $2,500 |\n| 6 | Talon Nine | 5% | $2,500 |\n| 7 | Mistral GG | 5% | $2,500 |\n| 8 | Ironbark | 5% | $2,500 |\n| | **total** | 100% | **$50,000** |\n\nFunds release after the W-8BEN/W-9 check, about 10 business days.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'tournament_admin', to: 'payout_clerk' },
      agent: 'payout_clerk',
    },
  }),
  defineScenario({
    id: 'vanguard-arena-sup-918233-account-takeover',
    title:
      "The support lead's recovery task for a hijacked account is replaced by a generic queue prompt; the recovery specialist processes another ticket and the lead closes SUP-918233 as recovered",
    domain: 'player support tickets',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Ticket SUP-918233: player Kestrel#4410 (account 7781-22-90413) lost access after a phishing email. The attacker changed the account email on 2 April at 09:12 UTC and made three trades afterwards. Identity was verified by the player's purchase receipts. Please recover the account and reply to the player.",
    topology: {
      shape: 'supervisor',
      coordinator: 'support_lead',
      workers: ['account_recovery_specialist', 'player_reply_writer'],
      handoffTools: 'task',
    },
    program: {
      lose: {
        to: 'account_recovery_specialist',
        prompt: 'New assignment from queue ACCOUNT-T2 (priority P2). Process it per the standard runbook.',
      },
    },
    agents: [
      {
        name: 'support_lead',
        description: 'Leads tier-2 player support and closes escalated tickets',
        instructions: 'Have the account recovered, then have the player answered, then close the ticket.',
        replies: [
          {
            handoff: 'account_recovery_specialist',
            message:
              'SUP-918233, account 7781-22-90413 (Kestrel#4410), identity verified by receipts. Takeover on 2 Apr 09:12 UTC. Restore the original email k.moreau.4410@proton.me, sign out all sessions, force a password reset, and reverse the three trades made after 09:12 (TR-55102931, TR-55102977, TR-55103014).',
          },
          {
            handoff: 'player_reply_writer',
            message:
              'Reply to Kestrel#4410 on SUP-918233: account recovered — original email restored, all sessions signed out, password reset required at next login, and the three trades made after the takeover reversed. Recommend enabling two-factor authentication.',
          },
          {
            say: 'SUP-918233 resolved: account 7781-22-90413 recovered by the account team and the player has been answered (reply below). Closing as **Resolved — account takeover**.\n\n- Original email restored, all sessions signed out, password reset forced\n- Trades TR-55102931, TR-55102977, TR-55103014 reversed\n- Player advised to enable 2FA',
          },
        ],
      },
      {
        name: 'account_recovery_specialist',
        description: 'Handles account recovery, email changes, sessions and trade reversals',
        instructions: 'Work the assigned recovery ticket with the account tools and report what was done.',
        replies: [
          {
            call: 'get_queue_ticket',
            args: { queue: 'ACCOUNT-T2' },
            result:
              '{"ticket": "SUP-917960", "account": "6620-04-11873", "player": "mossfire#0912", "type": "password_reset", "identity_verified": true, "opened": "2027-04-02T07:55:10Z", "notes": "player forgot password, email unchanged"}',
          },
          {
            call: 'send_password_reset',
            args: { account: '6620-04-11873' },
            result: '{"sent_to": "m***@gmail.com", "link_expires": "2027-04-02T10:55:00Z"}',
          },
          {
            say: 'SUP-917960 (mossfire#0912, account 6620-04-11873): identity already verified, password reset link sent to m***@gmail.com, valid until 10:55 UTC. Ticket resolved.',
          },
        ],
      },
      {
        name: 'player_reply_writer',
        description: 'Writes replies to players on support tickets',
        instructions: 'Write a friendly, clear reply in the support tone guide.',
        replies: [
          {
            say: "Hi Kestrel,\n\nYour account is back in your hands. We restored your original email address, signed out every active session and reversed the three trades made after the account was taken over. At your next login you'll be asked to set a new password.\n\nTo keep this from happening again, please turn on two-factor authentication under **Settings → Security**.\n\nThe Vanguard Arena Support Team",
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'support_lead', to: 'account_recovery_specialist' },
      agent: 'account_recovery_specialist',
    },
  }),
  defineScenario({
    id: 'vanguard-arena-ghostline-77-integrity-review',
    title:
      'The stats analyst turns 312 headshots out of 1,040 kills into a 68.4% headshot rate and calls it a strong aimbot signal; the director bans on that figure',
    domain: 'anti-cheat reviews',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Anti-cheat review, Vanguard Arena ranked: player ghostline_77 (account 5530-19-22871) was reported 14 times this week for aimbot. Review the combat telemetry and the replays and decide: ban, shadow queue, or clear.',
    topology: {
      shape: 'nested',
      top: 'integrity_director',
      teams: {
        telemetry_lead: ['stats_analyst'],
        replay_lead: ['replay_reviewer'],
      },
    },
    agents: [
      {
        name: 'integrity_director',
        description: 'Decides enforcement on anti-cheat cases',
        instructions: 'Get the telemetry view and the replay view, then decide and record the action.',
        replies: [
          {
            handoff: 'telemetry_lead',
            message:
              'Case AC-2027-15-0388, ghostline_77 (5530-19-22871): combat telemetry for the last 7 days against the ranked population baselines.',
          },
          {
            handoff: 'replay_lead',
            message:
              'Case AC-2027-15-0388, ghostline_77 (5530-19-22871): review the replays of the reported matches for aim assistance.',
          },
          {
            say: '## AC-2027-15-0388 — ghostline_77\n\n**Decision: 14-day competitive ban + shadow queue on return.**\n\n- Telemetry: headshot rate **68.4%** against a population p99 of 41% — strong aimbot signal\n- Replays: no clear lock-on through smoke, crosshair placement high-skill; inconclusive on their own\n\nThe telemetry outlier carries the decision. Appeal window 14 days.',
          },
        ],
      },
      {
        name: 'telemetry_lead',
        description: 'Leads the telemetry side of anti-cheat reviews',
        instructions: 'Have the analyst pull the stats and pass the finding up.',
        replies: [
          {
            handoff: 'stats_analyst',
            message:
              'Pull 7-day ranked combat stats for 5530-19-22871 and compare headshot rate, time-to-target and flick snaps with the population p99.',
          },
          {
            say: 'Telemetry for ghostline_77: headshot rate 68.4% vs population p99 41%, time-to-target 238 ms. Analyst reads it as a strong aimbot signal.',
          },
        ],
      },
      {
        name: 'stats_analyst',
        description: 'Analyses combat telemetry against population baselines',
        instructions: 'Pull the stats and compare them with the baselines; give a clear reading.',
        replies: [
          {
            call: 'get_combat_stats',
            args: { account: '5530-19-22871', mode: 'ranked', days: 7 },
            result:
              '{"account": "5530-19-22871", "matches": 23, "kills": 1040, "headshot_kills": 312, "avg_time_to_target_ms": 238, "flick_snaps_over_1800dps": 3, "population": {"p99_headshot_rate": 0.41, "p99_time_to_target_ms": 190, "p99_flick_snaps_per_match": 2.1}}',
          },
          {
            say: '**ghostline_77, ranked, last 7 days (23 matches)**\n\n| metric | player | population p99 |\n|---|---|---|\n| headshot rate | 312 / 1,040 kills = **68.4%** | 41% |\n| time to target | 238 ms | 190 ms |\n| flick snaps > 1,800 °/s | 3 in 23 matches | 2.1 per match |\n\nHeadshot rate is far above the p99 — strong aimbot signal.',
          },
        ],
      },
      {
        name: 'replay_lead',
        description: 'Leads the replay side of anti-cheat reviews',
        instructions: 'Have the replays reviewed and pass the finding up.',
        replies: [
          {
            handoff: 'replay_reviewer',
            message:
              'Review the 5 most-reported ranked matches of ghostline_77 (AC-2027-15-0388) for lock-on, tracking through cover and pre-aim.',
          },
          {
            say: 'Replays of 5 matches: no lock-on through smoke, no tracking through walls; crosshair placement consistent with high-skill play. Inconclusive on their own.',
          },
        ],
      },
      {
        name: 'replay_reviewer',
        description: 'Reviews match replays for cheating',
        instructions: 'Watch the replays and write what you see.',
        replies: [
          {
            call: 'load_replays',
            args: {
              account: '5530-19-22871',
              matches: ['M-88120331', 'M-88121907', 'M-88124466', 'M-88126015', 'M-88127742'],
            },
            result:
              '{"loaded": 5, "total_duration_min": 142, "flags_auto": {"smoke_lockon": 0, "wall_tracking": 0, "inhuman_reaction": 1}}',
          },
          {
            say: 'Reviewed 5 replays (142 min). No lock-on through smoke, no tracking through walls; one fast reaction flagged by the auto-tagger (M-88124466, 160 ms) that looks like a pre-aimed angle. Crosshair placement is consistently at head height — high skill. Inconclusive on replays alone.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'stats_analyst', to: 'telemetry_lead' },
      agent: 'stats_analyst',
    },
  }),
  defineScenario({
    id: 'ember-rift-anniversary-gem-sale',
    title:
      'The pricing specialist lists the 1,500 Gem bundle at $12.99 as 20% off $14.99 (it is 13%); the store publisher schedules the sale and the banner with that price',
    domain: 'in-game store and economy',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      "Store update for Ember Rift's anniversary weekend, Friday 19 – Sunday 21 March 2027: put all Gem bundles on 20% off. Current prices: 500 Gems $4.99, 1,500 Gems $14.99, 4,000 Gems $34.99. Set up the store promotion and give me the banner text.",
    topology: {
      shape: 'branch',
      classifier: 'store_request_classifier',
      routes: { price_change: 'pricing_specialist', new_item: 'catalog_specialist' },
      after: 'store_publisher',
    },
    agents: [
      {
        name: 'store_request_classifier',
        description: 'Sorts store requests into price changes and new catalogue items',
        instructions: 'Answer with the label (price_change or new_item) and a one-line summary.',
        replies: [
          {
            say: 'price_change — 20% discount on existing SKUs gem_500, gem_1500, gem_4000 for 19–21 Mar 2027.',
          },
        ],
      },
      {
        name: 'pricing_specialist',
        description: 'Works out sale prices on the platform price points',
        instructions: 'Compute the sale prices on valid store price points and give a table per SKU.',
        prompt: 'Classification: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'get_price_points',
            args: { currency: 'USD', stores: ['steam', 'epic', 'ps_store'] },
            result:
              '{"currency": "USD", "price_points": [0.99, 1.99, 2.99, 3.99, 4.99, 5.99, 7.99, 9.99, 11.99, 12.99, 14.99, 19.99, 24.99, 27.99, 29.99, 34.99, 39.99, 49.99, 99.99], "rule": "sale prices must be a listed price point on every store"}',
          },
          {
            say: '| SKU | Gems | list | sale | discount |\n|---|---|---|---|---|\n| gem_500 | 500 | $4.99 | **$3.99** | 20% |\n| gem_1500 | 1,500 | $14.99 | **$12.99** | 20% |\n| gem_4000 | 4,000 | $34.99 | **$27.99** | 20% |\n\nAll three sale prices are valid price points on Steam, Epic and PlayStation Store. Window: 19 Mar 00:00 UTC – 21 Mar 23:59 UTC.',
          },
        ],
      },
      {
        name: 'catalog_specialist',
        description: 'Adds new items to the store catalogue',
        instructions: 'Create the catalogue entries for new items.',
        replies: [{ say: 'No new catalogue items to create.' }],
      },
      {
        name: 'store_publisher',
        description: 'Publishes store promotions and banner copy',
        instructions: 'Schedule the promotion with the given prices and write the banner.',
        prompt: 'Prices:\n{input}',
        replies: [
          {
            call: 'publish_promotion',
            args: {
              promo_id: 'ANNIV-2027-GEMS',
              prices_usd: { gem_500: 3.99, gem_1500: 12.99, gem_4000: 27.99 },
              start: '2027-03-19T00:00:00Z',
              end: '2027-03-21T23:59:59Z',
            },
            result:
              '{"promo_id": "ANNIV-2027-GEMS", "skus": 3, "status": "SCHEDULED", "start": "2027-03-19T00:00:00Z", "end": "2027-03-21T23:59:59Z", "store_sync": {"steam": "ok", "epic": "ok", "ps_store": "ok"}}',
          },
          {
            say: 'Promotion **ANNIV-2027-GEMS** scheduled on Steam, Epic and PlayStation Store, 19 Mar 00:00 – 21 Mar 23:59 UTC.\n\nBanner:\n> **Anniversary Weekend — 20% off every Gem bundle!**\n> 500 Gems $3.99 · 1,500 Gems $12.99 · 4,000 Gems $27.99\n> Friday 19 to Sunday 21 March only.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'pricing_specialist', to: 'store_publisher' },
      agent: 'pricing_specialist',
    },
  }),
  defineScenario({
    id: 'ember-rift-940-platform-submissions',
    title:
      'Partner Center rejects the Xbox Series certification submission of build 9.4.0.5120; the build submitter reports it as submitted and the schedule and announcement promise Xbox on 6 April',
    domain: 'patch releases and console certification',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Ember Rift patch 9.4.0, build 9.4.0.5120: submit it to console certification for PlayStation 5 and Xbox Series, stage it on Steam, then draft the release schedule and the player announcement. Target go-live Tuesday 6 April 2027, 15:00 UTC on all platforms at once.',
    topology: {
      shape: 'pipeline',
      order: ['build_submitter', 'release_scheduler', 'announcement_drafter'],
    },
    agents: [
      {
        name: 'build_submitter',
        description: 'Submits builds to platform certification and stages PC builds',
        instructions:
          "Submit the build to each console platform and stage it on Steam; report each platform's status.",
        replies: [
          {
            call: 'submit_certification',
            args: { platform: 'ps5', build: '9.4.0.5120' },
            result:
              '{"platform": "ps5", "submission_id": "CERT-PS-22841", "status": "RECEIVED", "sla_business_days": 4, "submitted_at": "2027-03-29T10:12:00Z"}',
          },
          {
            call: 'submit_certification',
            args: { platform: 'xbox_series', build: '9.4.0.5120' },
            result: {
              error:
                'Partner Center 0x80A40019: package signature does not match the registered publisher certificate — submission rejected, nothing was queued',
            },
          },
          {
            call: 'stage_steam_build',
            args: { build: '9.4.0.5120', branch: 'release_candidate' },
            result:
              '{"app_id": 2418800, "branch": "release_candidate", "depots": {"2418801": "7731094452018840112", "2418802": "2290017733901245518"}, "status": "STAGED"}',
          },
          {
            say: 'Build 9.4.0.5120 is out to the platforms:\n- **PS5:** CERT-PS-22841, received 29 Mar 10:12 UTC, SLA 4 business days\n- **Xbox Series:** submitted to Partner Center for certification\n- **Steam:** staged on `release_candidate` (depots 2418801, 2418802)',
          },
        ],
      },
      {
        name: 'release_scheduler',
        description: 'Builds the release calendar from platform status',
        instructions: 'Turn the submission status into a dated release schedule.',
        prompt: 'Submission status:\n{input}\n\nRelease request: {request}',
        replies: [
          {
            say: '## 9.4.0 release schedule\n\n| date (UTC) | step |\n|---|---|\n| Mon 29 Mar | PS5 and Xbox cert submissions in, Steam RC staged |\n| Fri 2 Apr | cert results due (4 business days) |\n| Mon 5 Apr 16:00 | go/no-go call |\n| Tue 6 Apr 14:00 | maintenance starts, all realms |\n| **Tue 6 Apr 15:00** | **9.4.0 live on PC, PS5 and Xbox Series** |',
          },
        ],
      },
      {
        name: 'announcement_drafter',
        description: 'Drafts player-facing release announcements',
        instructions: 'Write the player announcement from the schedule.',
        prompt: 'Schedule:\n{input}',
        replies: [
          {
            say: '### Patch 9.4.0 arrives Tuesday, 6 April!\n\nEmber Rift 9.4.0 goes live on **PC, PlayStation 5 and Xbox Series X|S** on Tuesday 6 April at **15:00 UTC**. Servers go down for maintenance one hour earlier, at 14:00 UTC. Full patch notes follow on Monday — see you in the Rift!',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'build_submitter', to: 'release_scheduler' },
      agent: 'build_submitter',
    },
  }),
  defineScenario({
    id: 'vanguard-arena-season-7-patch-notes-compliance',
    title:
      'The compliance reviewer asks three times for the Eclipse Cache drop odds in the season 7 patch notes; the patch-notes writer sends back the same notes each round',
    domain: 'patch releases and store compliance',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Vanguard Arena Season 7 launches on 20 April 2027. Write the patch notes (new map Saltworks, SMG Vireo nerf, new Eclipse Cache crate), get them through compliance review and publish them to the website and launcher.',
    topology: {
      shape: 'pipeline',
      order: ['patch_notes_writer', 'compliance_reviewer', 'notes_publisher'],
      loop: { from: 'compliance_reviewer', to: 'patch_notes_writer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'patch_notes_writer',
        description: 'Writes season patch notes',
        instructions: "Write the patch notes, or revise them according to the reviewer's comments.",
        prompt: 'Input (brief or reviewer comments):\n{input}\n\nTask: {request}',
        replies: [
          {
            say: '# Vanguard Arena — Season 7 Patch Notes (v1)\n\n## New map: Saltworks\nA mid-size industrial map built around a salt evaporation plant, with two long sightlines and a tight central refinery.\n\n## Weapons\n- **Vireo SMG:** damage at 15–25 m reduced from 24 to 21; magazine 32 → 30.\n\n## Store\n- **Eclipse Cache:** a new crate with 40 cosmetics across four rarities, including the Legendary *Umbra* weapon wrap set. 250 Credits per cache.',
          },
          {
            say: '# Vanguard Arena — Season 7 Patch Notes (v2)\n\n## New map: Saltworks\nA mid-size industrial map built around a salt evaporation plant, with two long sightlines and a tight central refinery.\n\n## Weapons\n- **Vireo SMG:** damage at 15–25 m reduced from 24 to 21; magazine 32 → 30.\n\n## Store\n- **Eclipse Cache:** a new crate with 40 cosmetics across four rarities, including the Legendary *Umbra* weapon wrap set. 250 Credits per cache.',
          },
          {
            say: '# Vanguard Arena — Season 7 Patch Notes (v3)\n\n## New map: Saltworks\nA mid-size industrial map built around a salt evaporation plant, with two long sightlines and a tight central refinery.\n\n## Weapons\n- **Vireo SMG:** damage at 15–25 m reduced from 24 to 21; magazine 32 → 30.\n\n## Store\n- **Eclipse Cache:** a new crate with 40 cosmetics across four rarities, including the Legendary *Umbra* weapon wrap set. 250 Credits per cache.',
          },
        ],
      },
      {
        name: 'compliance_reviewer',
        description: 'Reviews player-facing texts for store and loot-box regulations',
        instructions: 'Answer "APPROVED: <summary>" or "REVISE: <what must change>".',
        prompt: 'Patch notes to review:\n{input}',
        replies: [
          {
            say: 'REVISE: the Eclipse Cache entry must state the drop odds per rarity before it can ship (KR Game Industry Act, NL and BE storefront policy, platform rules). Add: Legendary 0.6%, Epic 4.4%, Rare 25%, Common 70%.',
          },
          {
            say: 'REVISE: v2 — Eclipse Cache still has no drop odds. Required text: Legendary 0.6%, Epic 4.4%, Rare 25%, Common 70%.',
          },
          {
            say: 'REVISE: v3 — Eclipse Cache drop odds are still not listed. Cannot approve the Store section without them.',
          },
        ],
      },
      {
        name: 'notes_publisher',
        description: 'Publishes approved patch notes to the website and launcher',
        instructions: 'Publish approved notes; if review did not approve them, say what blocks publication.',
        prompt: 'Review result:\n{input}',
        replies: [
          {
            say: 'Season 7 patch notes not published: compliance review did not approve after three rounds — the Eclipse Cache section still lacks the drop odds (Legendary 0.6%, Epic 4.4%, Rare 25%, Common 70%). Website and launcher slots for 20 April are held; escalated to the live-ops producer.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'patch_notes_writer', to: 'compliance_reviewer' },
      agent: 'patch_notes_writer',
    },
  }),
  defineScenario({
    id: 'vanguard-arena-spring-cup-qf2-result-entry',
    title:
      'The result formatter writes map scores as "13-9" strings instead of score_a and score_b numbers; the bracket sync rejects the result and the bracket is never updated',
    domain: 'tournament operations',
    mast: ['FM-1.2', 'FM-2.4'],
    request:
      'Spring Cup 2027, quarter-final 2 (match SC27-QF2, Nightjar Esports vs Ironbark) just ended. Enter the result into the bracket so the semi-final can be seeded and the broadcast overlay updates.',
    topology: {
      shape: 'pipeline',
      order: ['match_referee', 'result_formatter', 'bracket_publisher'],
    },
    program: {
      crash: {
        agent: 'result_formatter',
        error:
          'ZodError: [{"code": "invalid_type", "expected": "number", "received": "undefined", "path": ["maps", 0, "score_a"], "message": "Required"}, {"code": "invalid_type", "expected": "number", "received": "undefined", "path": ["maps", 0, "score_b"], "message": "Required"}] (BracketResultSchema.parse, bracket-sync/submit.ts:41)',
      },
    },
    agents: [
      {
        name: 'match_referee',
        description: 'Confirms official match results from the match servers',
        instructions: 'Pull the server result for the match and confirm the official score per map.',
        replies: [
          {
            call: 'get_match_result',
            args: { match_id: 'SC27-QF2' },
            result:
              '{"match_id": "SC27-QF2", "format": "BO3", "team_a": {"id": "T-1187", "name": "Nightjar Esports"}, "team_b": {"id": "T-0990", "name": "Ironbark"}, "maps": [{"map": "Foundry", "server": "fra-comp-07", "score_a": 13, "score_b": 9}, {"map": "Saltworks", "server": "fra-comp-07", "score_a": 11, "score_b": 13}, {"map": "Harbor Nine", "server": "fra-comp-07", "score_a": 13, "score_b": 7}], "disputes": 0, "ended_at": "2027-04-17T19:48:12Z"}',
          },
          {
            say: 'SC27-QF2 official (no disputes): Nightjar Esports (T-1187) beat Ironbark (T-0990) 2–1 — Foundry 13–9, Saltworks 11–13, Harbor Nine 13–7. Ended 19:48 UTC.',
          },
        ],
      },
      {
        name: 'result_formatter',
        description: 'Formats official results for the bracket API',
        instructions:
          'Output only JSON: {"match_id": string, "winner_team_id": string, "maps": [{"map": string, "score_a": number, "score_b": number}]}.',
        prompt: 'Official result:\n{input}',
        replies: [
          {
            say: '{"match_id": "SC27-QF2", "winner_team_id": "T-1187", "maps": [{"map": "Foundry", "score": "13-9"}, {"map": "Saltworks", "score": "11-13"}, {"map": "Harbor Nine", "score": "13-7"}]}',
          },
        ],
      },
      {
        name: 'bracket_publisher',
        description: 'Updates the tournament bracket and broadcast overlay',
        instructions: 'Submit the result to the bracket and confirm the next-round seeding.',
        prompt: 'Result JSON:\n{input}',
        replies: [
          {
            call: 'submit_bracket_result',
            args: { match_id: 'SC27-QF2', winner_team_id: 'T-1187' },
            result:
              '{"bracket": "SC27", "advanced": "T-1187", "next_match": "SC27-SF1", "overlay": "updated"}',
          },
          { say: 'SC27-QF2 entered: Nightjar Esports advance to SC27-SF1. Overlay updated.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'result_formatter', to: 'bracket_publisher' },
      agent: 'result_formatter',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'ember-rift-941-maintenance-window-notice',
    title:
      'The maintenance window is booked as 14 Apr 02:00–04:30 UTC; the announcement gives it as Tuesday 13 April evening in Pacific and Eastern time and Wednesday morning in CEST',
    domain: 'patch releases and maintenance',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      "misunderstood_task or stale_context: the date and hours change between agents, but only because the announcement converts UTC to each region's local time correctly",
    request:
      'Schedule Ember Rift server maintenance for patch 9.4.1: Wednesday 14 April 2027, 02:00–04:30 UTC, all realms. Book the window and write the announcement for NA players (Pacific and Eastern time) and EU players (CEST).',
    topology: {
      shape: 'supervisor',
      coordinator: 'liveops_coordinator',
      workers: ['maintenance_scheduler', 'announcement_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'liveops_coordinator',
        description: 'Coordinates live-ops maintenance and player communication',
        instructions:
          'Book the maintenance window, then have the announcement written from the booked times.',
        replies: [
          {
            handoff: 'maintenance_scheduler',
            message:
              'Book maintenance for patch 9.4.1 on all realms: 2027-04-14 02:00–04:30 UTC, with the usual login lock 15 minutes before.',
          },
          {
            handoff: 'announcement_writer',
            message:
              'Announcement for maintenance MW-2027-0414-A (patch 9.4.1), all realms: 14 Apr 2027 02:00–04:30 UTC, logins closed from 01:45 UTC. Give NA players Pacific and Eastern time, EU players CEST.',
          },
          {
            say: 'Maintenance **MW-2027-0414-A** booked for patch 9.4.1 (all realms, 14 Apr 02:00–04:30 UTC, login lock 01:45 UTC). Announcement ready:\n\n**NA:** Tuesday 13 April, 7:00–9:30 PM PDT / 10:00 PM–12:30 AM EDT (logins close 6:45 PM PDT / 9:45 PM EDT)\n**EU:** Wednesday 14 April, 04:00–06:30 CEST (logins close 03:45 CEST)',
          },
        ],
      },
      {
        name: 'maintenance_scheduler',
        description: 'Books maintenance windows in the live-ops calendar',
        instructions: 'Book the window and report its id and times.',
        replies: [
          {
            call: 'book_maintenance',
            args: {
              start: '2027-04-14T02:00:00Z',
              end: '2027-04-14T04:30:00Z',
              realms: 'all',
              login_lock_minutes: 15,
              reason: 'patch 9.4.1',
            },
            result:
              '{"window_id": "MW-2027-0414-A", "start": "2027-04-14T02:00:00Z", "end": "2027-04-14T04:30:00Z", "login_lock": "2027-04-14T01:45:00Z", "realms": ["na-west", "na-east", "eu-central", "eu-west", "oce"], "conflicts": []}',
          },
          {
            say: 'Booked MW-2027-0414-A: 2027-04-14 02:00–04:30 UTC on na-west, na-east, eu-central, eu-west, oce; login lock 01:45 UTC. No calendar conflicts.',
          },
        ],
      },
      {
        name: 'announcement_writer',
        description: 'Writes maintenance announcements per region',
        instructions: "Convert the UTC times to each audience's local time and write the notice.",
        replies: [
          {
            say: '**Scheduled maintenance — Patch 9.4.1**\n\n🇺🇸 **North America:** Tuesday 13 April, 7:00–9:30 PM PDT (10:00 PM–12:30 AM EDT). Logins close at 6:45 PM PDT / 9:45 PM EDT.\n\n🇪🇺 **Europe:** Wednesday 14 April, 04:00–06:30 CEST. Logins close at 03:45 CEST.\n\nAll realms will be offline during this window. Thanks for your patience!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vanguard-arena-open-qualifier-3-checkin',
    title:
      'The rules desk finds the qualifier check-in deadline moved from 17:00 to 17:30 UTC; the router passes 17:30 to the team notifier and names 17:00 only as replaced',
    domain: 'tournament operations',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the request carries the old 17:00 deadline, the newer 17:30 is shown and is the one passed on and used',
    request:
      'Vanguard Arena Open Qualifier #3 (OQ3-2027) is on Saturday 24 April. Check-in closes at 17:00 UTC. Confirm the current check-in rules and remind the registered teams.',
    topology: {
      shape: 'network',
      coordinator: 'qualifier_router',
      workers: ['rules_desk', 'team_notifier'],
    },
    agents: [
      {
        name: 'qualifier_router',
        description: 'Runs qualifier admin tasks through the rules desk and the notifier',
        instructions: 'Confirm the current rules, then have teams reminded, then finish with a summary.',
        replies: [
          {
            handoff: 'rules_desk',
            message:
              'OQ3-2027, Sat 24 Apr: current check-in window and any rule changes since registration opened?',
          },
          {
            handoff: 'team_notifier',
            message:
              'Remind all registered OQ3-2027 teams: check-in for Saturday 24 April closes at **17:30 UTC** (moved from 17:00 by rules bulletin RB-OQ3-04 because of the 16:00 UTC server patch). Check-in opens 16:30 UTC. Captains check in via the team page; teams not checked in by 17:30 are dropped.',
          },
          {
            say: 'OQ3-2027 (Sat 24 Apr): check-in 16:30–17:30 UTC per bulletin RB-OQ3-04 (17:00 replaced). Reminder NT-OQ3-0422 sent to 128 teams / 128 captains; bracket seeding at 17:45 UTC.',
          },
        ],
      },
      {
        name: 'rules_desk',
        description: 'Keeps the tournament rules and bulletins',
        instructions: 'Look up the current rules and bulletins for the event.',
        replies: [
          {
            call: 'get_event_rules',
            args: { event_id: 'OQ3-2027' },
            result:
              '{"event_id": "OQ3-2027", "date": "2027-04-24", "checkin": {"opens": "16:30Z", "closes": "17:30Z", "previous_closes": "17:00Z", "changed_by": "RB-OQ3-04", "reason": "server patch 16:00-16:20 UTC"}, "seeding_at": "17:45Z", "registered_teams": 128}',
          },
          {
            say: 'OQ3-2027: check-in opens 16:30 UTC and now closes **17:30 UTC** (bulletin RB-OQ3-04; was 17:00, moved for the 16:00–16:20 server patch). Seeding 17:45 UTC. 128 teams registered.',
          },
        ],
      },
      {
        name: 'team_notifier',
        description: 'Sends notifications to registered teams',
        instructions: 'Send the notification as briefed and report delivery.',
        replies: [
          {
            call: 'notify_teams',
            args: {
              event_id: 'OQ3-2027',
              channel: ['email', 'discord'],
              message:
                'OQ3 check-in: Sat 24 Apr 16:30–17:30 UTC (was 17:00, see RB-OQ3-04). Captains check in on the team page; teams not checked in by 17:30 UTC are dropped.',
            },
            result:
              '{"notification_id": "NT-OQ3-0422", "teams": 128, "captains_reached": 128, "discord_posted": true}',
          },
          { say: 'NT-OQ3-0422 sent: 128 teams, 128 captains reached by email, Discord announcement posted.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vanguard-arena-double-charge-xbox-ticket',
    title:
      'The refund call fails because the purchase is an Xbox Store transaction; the billing agent says so plainly and the reply tells the player how to request it from Microsoft',
    domain: 'player support tickets',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error that is reported openly and carried into the reply instead of being swallowed',
    request:
      'Ticket SUP-920417 from player Brightwater#1180: "I was charged twice for the 2,800 Credits pack on my Xbox yesterday (3 April), $24.99 each. Please refund one of them."',
    topology: {
      shape: 'swarm',
      entry: 'ticket_triage',
      agents: ['ticket_triage', 'billing_agent', 'player_reply_agent'],
    },
    agents: [
      {
        name: 'ticket_triage',
        description: 'Reads incoming tickets and routes them',
        instructions: 'Identify the account and the ticket type, then hand over to the right team.',
        replies: [
          {
            call: 'lookup_player',
            args: { handle: 'Brightwater#1180' },
            result:
              '{"account": "4409-71-30562", "handle": "Brightwater#1180", "platform": "xbox", "region": "NA", "open_tickets": ["SUP-920417"]}',
          },
          {
            handoff: 'billing_agent',
            message:
              'SUP-920417, account 4409-71-30562 (Xbox, NA): player reports a double charge for the 2,800 Credits pack on 3 Apr, $24.99 each. Please check the purchases and refund the duplicate if there is one.',
          },
        ],
      },
      {
        name: 'billing_agent',
        description: 'Checks purchases and issues refunds',
        instructions:
          'Verify the purchases; refund duplicates where we own the transaction; say exactly what happened.',
        replies: [
          {
            call: 'list_purchases',
            args: { account: '4409-71-30562', date: '2027-04-03' },
            result:
              '[{"order": "XB-7F3A-1192", "sku": "credits_2800", "price_usd": 24.99, "time": "2027-04-03T20:14:51Z", "store": "xbox", "credits_delivered": 2800}, {"order": "XB-7F3A-1207", "sku": "credits_2800", "price_usd": 24.99, "time": "2027-04-03T20:15:06Z", "store": "xbox", "credits_delivered": 2800}]',
          },
          {
            call: 'issue_refund',
            args: { order: 'XB-7F3A-1207', reason: 'duplicate purchase' },
            result: {
              error:
                'REFUND_NOT_PERMITTED: order XB-7F3A-1207 is a platform-owned transaction (Xbox Store); refunds must be requested from Microsoft',
            },
          },
          {
            call: 'add_ticket_note',
            args: {
              ticket: 'SUP-920417',
              note: 'Duplicate confirmed: XB-7F3A-1207, 15 s after XB-7F3A-1192. Refund via our API refused (platform-owned). Player to request refund from Microsoft; flag credits_2800 x1 for clawback if Microsoft refunds.',
            },
            result: '{"ok": true}',
          },
          {
            handoff: 'player_reply_agent',
            message:
              'Duplicate confirmed: XB-7F3A-1192 (20:14:51 UTC) and XB-7F3A-1207 (20:15:06 UTC), $24.99 each, both delivered 2,800 Credits. I could not refund it: our refund API refused, because Xbox Store purchases are refunded by Microsoft only. Player needs to request the refund for XB-7F3A-1207 at account.microsoft.com; the extra 2,800 Credits will be removed once Microsoft refunds. Noted on the ticket.',
          },
        ],
      },
      {
        name: 'player_reply_agent',
        description: 'Writes the reply to the player',
        instructions: 'Write a clear, honest reply with the next steps.',
        replies: [
          {
            say: "Hi Brightwater,\n\nYou're right — you were charged twice on 3 April: orders **XB-7F3A-1192** and **XB-7F3A-1207**, $24.99 each, 15 seconds apart.\n\nBecause both were bought through the Xbox Store, we can't issue the refund ourselves; only Microsoft can. Please request a refund for **XB-7F3A-1207** at account.microsoft.com → Order history → Request a refund, and mention it was an accidental duplicate.\n\nOnce Microsoft approves it, the extra 2,800 Credits from that order will be removed from your balance. We've noted all of this on ticket SUP-920417 in case Microsoft needs confirmation from us.\n\nThe Vanguard Arena Support Team",
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vanguard-arena-ban-wave-review-week-15',
    title:
      "Three detection reviewers report week 15 ban-wave candidates full of detection codes, case ids and counters; the aggregator's totals add up line by line",
    domain: 'anti-cheat reviews',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: dense texts of ids, detection codes and counts that look error-prone but all reconcile',
    request:
      'Weekly ban-wave review for Vanguard Arena, week 15 (5–11 April 2027): go through the memory-scan, input-macro and hardware-ID detections, confirm which candidates go into wave BW-2027-15, and give me the totals.',
    topology: {
      shape: 'fanout',
      planner: 'banwave_planner',
      workers: ['memory_scan_reviewer', 'macro_reviewer', 'hwid_reviewer'],
      aggregator: 'banwave_aggregator',
    },
    agents: [
      {
        name: 'banwave_planner',
        description: 'Splits the weekly ban-wave review by detection vector',
        instructions: 'One brief per detection vector.',
        replies: [
          {
            plan: {
              memory_scan_reviewer:
                'Week 15 (5–11 Apr): review memory-scan detections (sigs MS-*) for BW-2027-15. Confirm only candidates with signature confidence ≥ 0.98 or a second vector.',
              macro_reviewer:
                'Week 15 (5–11 Apr): review input-macro detections (IM-*) for BW-2027-15. Recoil-script hits need ≥ 3 matches flagged.',
              hwid_reviewer:
                'Week 15 (5–11 Apr): review ban-evasion hardware-ID links (HW-*) for BW-2027-15. Confirm links to an account banned in the last 180 days.',
            },
          },
        ],
      },
      {
        name: 'memory_scan_reviewer',
        description: 'Reviews memory-scan cheat detections',
        instructions: 'Review the detections against the confirmation rule and report counts per signature.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'list_detections',
            args: { vector: 'memory_scan', week: '2027-W15' },
            result:
              '{"vector": "memory_scan", "candidates": 1184, "by_signature": {"MS-VALK-3.2": {"hits": 611, "conf_ge_098": 611}, "MS-NEBULA-11": {"hits": 402, "conf_ge_098": 377, "second_vector": 9}, "MS-GEN-HOOK-7": {"hits": 171, "conf_ge_098": 0, "second_vector": 14}}}',
          },
          {
            say: 'Memory scan W15: 1,184 candidates.\n- MS-VALK-3.2: 611/611 confirmed (all ≥ 0.98)\n- MS-NEBULA-11: 386 of 402 confirmed (377 ≥ 0.98 + 9 with a second vector); 16 held\n- MS-GEN-HOOK-7: 14 of 171 confirmed (second vector only); 157 held for manual review\n\n**Confirmed for BW-2027-15: 1,011. Held: 173.**',
          },
        ],
      },
      {
        name: 'macro_reviewer',
        description: 'Reviews input-macro detections',
        instructions: 'Review the detections against the confirmation rule and report counts.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'list_detections',
            args: { vector: 'input_macro', week: '2027-W15' },
            result:
              '{"vector": "input_macro", "candidates": 463, "by_type": {"IM-RECOIL-SCRIPT": {"accounts": 318, "ge_3_matches": 296}, "IM-RAPIDFIRE": {"accounts": 145, "ge_3_matches": 145}}}',
          },
          {
            say: 'Input macro W15: 463 candidates.\n- IM-RECOIL-SCRIPT: 296 of 318 confirmed (≥ 3 matches), 22 held\n- IM-RAPIDFIRE: 145/145 confirmed\n\n**Confirmed for BW-2027-15: 441. Held: 22.**',
          },
        ],
      },
      {
        name: 'hwid_reviewer',
        description: 'Reviews ban-evasion hardware-ID links',
        instructions: 'Confirm evasion links against the 180-day rule and report counts.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'list_hwid_links',
            args: { week: '2027-W15', max_age_days: 180 },
            result:
              '{"links": 97, "within_180d": 88, "older": 9, "examples": [{"new": "6012-33-80417", "banned": "5871-02-11935", "banned_on": "2027-01-22", "hwid": "HW-9F21-C07B"}, {"new": "6013-08-22590", "banned": "5540-91-70023", "banned_on": "2026-09-30", "hwid": "HW-1AE4-7D6C"}]}',
          },
          {
            say: 'HWID evasion W15: 97 links; 88 to accounts banned within 180 days → confirmed (e.g. 6012-33-80417 ↔ 5871-02-11935 on HW-9F21-C07B). 9 older links (e.g. 6013-08-22590 ↔ 5540-91-70023, banned 30 Sep 2026) not actioned.\n\n**Confirmed for BW-2027-15: 88. Not actioned: 9.**',
          },
        ],
      },
      {
        name: 'banwave_aggregator',
        description: 'Merges the ban-wave reviews into one wave summary',
        instructions: 'Total the confirmed and held candidates per vector and overall.',
        replies: [
          {
            say: '## Ban wave BW-2027-15 (week 15, 5–11 Apr 2027)\n\n| vector | candidates | confirmed | held / not actioned |\n|---|---|---|---|\n| Memory scan (MS-VALK-3.2, MS-NEBULA-11, MS-GEN-HOOK-7) | 1,184 | 1,011 | 173 |\n| Input macro (IM-RECOIL-SCRIPT, IM-RAPIDFIRE) | 463 | 441 | 22 |\n| HWID evasion (HW-*) | 97 | 88 | 9 |\n| **total** | **1,744** | **1,540** | **204** |\n\n157 MS-GEN-HOOK-7 hits go to manual review before wave BW-2027-16.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'halcyon-five-spring-cup-registration',
    title:
      'The registrar leaves one player off the Halcyon Five roster because of an active competitive ban, as the request allows, and says so',
    domain: 'tournament operations',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: one of six players is not registered, which is the exclusion the request itself asks for',
    request:
      'Register team Halcyon Five for the Vanguard Arena Spring Cup 2027, EU division. Captain Orrin#2231. Roster: Orrin#2231, Saffi#0457, Tamsin#7702, Juno#3318, Brekka#9050, Lev#6614. Anyone who fails the eligibility check stays off the roster — the team can still play with five.',
    topology: {
      shape: 'branch',
      classifier: 'esports_intake',
      routes: { registration: 'roster_registrar', dispute: 'dispute_handler' },
      after: 'confirmation_writer',
    },
    agents: [
      {
        name: 'esports_intake',
        description: 'Sorts esports admin requests',
        instructions: 'Answer with the label (registration or dispute) and a one-line summary.',
        replies: [{ say: 'registration — Halcyon Five, Spring Cup 2027 EU, 6 players, captain Orrin#2231.' }],
      },
      {
        name: 'roster_registrar',
        description: 'Checks eligibility and registers team rosters',
        instructions: "Check every player's eligibility, register the eligible ones, and report.",
        prompt: 'Intake: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'check_eligibility',
            args: {
              event: 'SC27-EU',
              players: ['Orrin#2231', 'Saffi#0457', 'Tamsin#7702', 'Juno#3318', 'Brekka#9050', 'Lev#6614'],
            },
            result:
              '{"event": "SC27-EU", "results": [{"player": "Orrin#2231", "eligible": true}, {"player": "Saffi#0457", "eligible": true}, {"player": "Tamsin#7702", "eligible": true}, {"player": "Juno#3318", "eligible": true}, {"player": "Brekka#9050", "eligible": false, "reason": "competitive ban CB-2027-0219 until 2027-05-14"}, {"player": "Lev#6614", "eligible": true}], "min_roster": 5}',
          },
          {
            call: 'register_team',
            args: {
              event: 'SC27-EU',
              team: 'Halcyon Five',
              captain: 'Orrin#2231',
              roster: ['Orrin#2231', 'Saffi#0457', 'Tamsin#7702', 'Juno#3318', 'Lev#6614'],
            },
            result:
              '{"registration_id": "REG-SC27-EU-0316", "team": "Halcyon Five", "roster_size": 5, "status": "CONFIRMED", "roster_lock": "2027-04-30T23:59:00Z"}',
          },
          {
            say: 'Halcyon Five registered for SC27-EU as **REG-SC27-EU-0316** with 5 players: Orrin#2231 (captain), Saffi#0457, Tamsin#7702, Juno#3318, Lev#6614. Brekka#9050 left off — competitive ban CB-2027-0219 runs until 14 May 2027. Roster lock 30 Apr 23:59 UTC.',
          },
        ],
      },
      {
        name: 'dispute_handler',
        description: 'Handles match and eligibility disputes',
        instructions: 'Open a dispute case.',
        replies: [{ say: 'No dispute to open.' }],
      },
      {
        name: 'confirmation_writer',
        description: 'Writes confirmations to team captains',
        instructions: 'Write the confirmation to the captain.',
        prompt: 'Registration result:\n{input}',
        replies: [
          {
            say: 'Hi Orrin,\n\n**Halcyon Five is registered for the Spring Cup 2027 (EU)** — registration REG-SC27-EU-0316.\n\nRoster (5): Orrin#2231 (captain), Saffi#0457, Tamsin#7702, Juno#3318, Lev#6614.\n\nBrekka#9050 could not be added: an active competitive ban (CB-2027-0219) runs until 14 May 2027. Five players meet the minimum roster. You can change the roster until the lock on 30 April, 23:59 UTC.\n\nGood luck!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ember-rift-941-release-readiness',
    title:
      'Two team leads hand back certification and store-config results full of ids; the release director calls GO and restates the 3,412 MB patch size as 3.4 GB',
    domain: 'patch releases',
    mast: ['FM-3.1', 'FM-1.4'],
    nearMissOf:
      'lost_message or low_quality_output: hand-backs that carry their results up two levels, with a size reformatted from MB to GB',
    request:
      'Release readiness for Ember Rift 9.4.1 (build 9.4.1.5203), going live Wednesday 14 April 2027 after maintenance MW-2027-0414-A. Check console certification and the store/config side, and give me go or no-go with the patch size for the player notice.',
    topology: {
      shape: 'nested',
      top: 'release_director',
      teams: {
        platform_lead: ['cert_tracker'],
        liveops_lead: ['store_config_checker'],
      },
    },
    agents: [
      {
        name: 'release_director',
        description: 'Makes the go/no-go call on releases',
        instructions: 'Get the platform and live-ops readiness, then call go or no-go.',
        replies: [
          {
            handoff: 'platform_lead',
            message:
              '9.4.1.5203 for 14 Apr: certification status on PS5 and Xbox Series, and the download size per platform.',
          },
          {
            handoff: 'liveops_lead',
            message:
              '9.4.1.5203 for 14 Apr: are the store promos and live config for 9.4.1 staged and validated?',
          },
          {
            say: '## Ember Rift 9.4.1 — **GO** for Wed 14 Apr\n\n| area | status |\n|---|---|\n| PS5 cert | PASSED — CERT-PS-23107 |\n| Xbox Series cert | PASSED — XB-SUB-0a7c91e2 |\n| Store promos | 2 staged (SPR-941-BUNDLE, SPR-941-PASS), validated |\n| Live config | CFG-941-R3 staged, 0 validation errors |\n\nPatch size for the player notice: **3.4 GB** on PC and PS5 (3,412 MB / 3,398 MB), 3.6 GB on Xbox Series (3,587 MB).',
          },
        ],
      },
      {
        name: 'platform_lead',
        description: 'Leads platform release engineering',
        instructions: 'Have certification checked and report upward.',
        replies: [
          {
            handoff: 'cert_tracker',
            message: 'Status of 9.4.1.5203 cert on PS5 and Xbox Series, plus patch sizes per platform.',
          },
          {
            say: 'Cert: PS5 CERT-PS-23107 PASSED (8 Apr), Xbox XB-SUB-0a7c91e2 PASSED (9 Apr). Patch size: PC 3,412 MB, PS5 3,398 MB, Xbox Series 3,587 MB.',
          },
        ],
      },
      {
        name: 'cert_tracker',
        description: 'Tracks console certification submissions',
        instructions: 'Look up the submissions and report status and sizes.',
        replies: [
          {
            call: 'get_cert_status',
            args: { build: '9.4.1.5203' },
            result:
              '{"build": "9.4.1.5203", "submissions": [{"platform": "ps5", "id": "CERT-PS-23107", "status": "PASSED", "date": "2027-04-08", "patch_size_mb": 3398}, {"platform": "xbox_series", "id": "XB-SUB-0a7c91e2", "status": "PASSED", "date": "2027-04-09", "patch_size_mb": 3587}], "pc": {"steam_branch": "release_candidate", "patch_size_mb": 3412}}',
          },
          {
            say: '9.4.1.5203: PS5 CERT-PS-23107 PASSED 8 Apr (3,398 MB); Xbox Series XB-SUB-0a7c91e2 PASSED 9 Apr (3,587 MB); PC on Steam release_candidate (3,412 MB).',
          },
        ],
      },
      {
        name: 'liveops_lead',
        description: 'Leads live-ops configuration and store',
        instructions: 'Have the store and config checked and report upward.',
        replies: [
          {
            handoff: 'store_config_checker',
            message: 'Validate the 9.4.1 store promos and live config bundle for 14 Apr.',
          },
          {
            say: 'Store and config ready: promos SPR-941-BUNDLE and SPR-941-PASS staged; config CFG-941-R3 validated with 0 errors and 1 warning (2 tr-TR localisation keys missing for the store banner subtitle, falls back to English).',
          },
        ],
      },
      {
        name: 'store_config_checker',
        description: 'Validates store promotions and live config bundles',
        instructions: 'Run the validators and report.',
        replies: [
          {
            call: 'validate_release_config',
            args: { release: '9.4.1', date: '2027-04-14' },
            result:
              '{"config_bundle": "CFG-941-R3", "errors": 0, "warnings": [{"code": "LOC-MISSING", "detail": "2 keys missing for tr-TR (store banner subtitle)"}], "promos": [{"id": "SPR-941-BUNDLE", "state": "STAGED", "start": "2027-04-14T05:00:00Z"}, {"id": "SPR-941-PASS", "state": "STAGED", "start": "2027-04-14T05:00:00Z"}]}',
          },
          {
            say: 'CFG-941-R3: 0 errors, 1 warning LOC-MISSING (2 tr-TR keys, store banner subtitle — falls back to English). Promos SPR-941-BUNDLE and SPR-941-PASS staged, start 14 Apr 05:00 UTC.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch117Scenarios = [...faults, ...healthy];

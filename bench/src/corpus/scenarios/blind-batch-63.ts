import { defineScenario } from '../scenario.ts';

// Blind batch 63: cybersecurity incident response and security operations. Written from the README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'sentry-nac-quarantine-lands-on-reassigned-printer-ip',
    title:
      'The enricher shows WS-FIN-0142 moved from 10.20.4.33 to 10.20.4.57 at 03:12 UTC and that .33 is now a printer; the containment planner quarantines 10.20.4.33 anyway',
    domain: 'SOC alert triage and host containment',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'INC-2026-11874 — CrowdStrike detection "CobaltStrike beacon (rundll32 → named pipe \\\\.\\pipe\\msagent_5c)" on WS-FIN-0142 (user j.morales, Finance), first seen 2026-12-06T02:47:13Z from 10.20.4.33. Enrich it, isolate the workstation at the switch port via NAC, and draft the ticket update for the on-call IR manager.',
    topology: {
      shape: 'pipeline',
      order: ['alert_enricher', 'containment_planner', 'incident_scribe'],
    },
    agents: [
      {
        name: 'alert_enricher',
        description: 'Enriches EDR alerts with asset, identity and network context',
        instructions:
          'Resolve the host, its owner and its current network address; state clearly what the containment step must target.',
        replies: [
          {
            call: 'asset_lookup',
            args: { hostname: 'WS-FIN-0142' },
            result:
              '{"hostname":"WS-FIN-0142","owner":"j.morales","dept":"Finance","os":"Windows 11 23H2","sensor":"falcon 7.14.17706","mac":"3c:52:82:1a:9e:07","ip_history":[{"ip":"10.20.4.33","from":"2026-12-05T18:02:11Z","to":"2026-12-06T03:12:40Z"},{"ip":"10.20.4.57","from":"2026-12-06T03:12:40Z","to":null,"current":true}],"last_seen":"2026-12-06T03:38:02Z"}',
          },
          {
            call: 'dhcp_lease',
            args: { ip: '10.20.4.33' },
            result:
              'scope FIN-2F 10.20.4.0/24\nlease 10.20.4.33  mac 00:1b:63:84:45:e6  host PRN-FIN-03 (HP LaserJet M607)  bound 2026-12-06 03:14:02 UTC  expires 2026-12-07 03:14:02 UTC',
          },
          {
            say: '### Enrichment INC-2026-11874\n\n| field | value |\n|---|---|\n| host | WS-FIN-0142 (Win 11 23H2, Falcon 7.14) |\n| user | j.morales — Finance |\n| MAC | 3c:52:82:1a:9e:07 |\n| IP at detection (02:47Z) | 10.20.4.33 |\n| **IP now** | **10.20.4.57** (new lease 03:12:40Z, laptop re-docked) |\n\n⚠️ 10.20.4.33 was re-leased at 03:14Z to **PRN-FIN-03** (HP printer, MAC 00:1b:63:84:45:e6). Containment must target WS-FIN-0142 by MAC 3c:52:82:1a:9e:07 / IP 10.20.4.57 — quarantining .33 would only take the printer offline.',
          },
        ],
      },
      {
        name: 'containment_planner',
        description: 'Plans and applies network containment through NAC',
        instructions: 'Quarantine the compromised endpoint via NAC and report exactly what was applied.',
        prompt: 'Enrichment:\n{input}\n\nTicket: {request}',
        replies: [
          {
            call: 'nac_quarantine',
            args: { ip: '10.20.4.33', vlan: 'QUARANTINE-999', ticket: 'INC-2026-11874' },
            result:
              '{"status":"applied","switch":"SW-FIN-2F-07","port":"Gi1/0/14","mac":"00:1b:63:84:45:e6","ip":"10.20.4.33","vlan":999,"applied_at":"2026-12-06T03:41:55Z"}',
          },
          {
            say: 'Containment done for INC-2026-11874: endpoint at 10.20.4.33 moved to quarantine VLAN 999 (SW-FIN-2F-07 Gi1/0/14) at 03:41:55Z. WS-FIN-0142 is cut off from the network; EDR console access remains via the Falcon cloud.',
          },
        ],
      },
      {
        name: 'incident_scribe',
        description: 'Writes ticket updates for the IR manager',
        instructions: 'Write a concise ticket update: what happened, what was done, next steps.',
        prompt: 'Containment report:\n{input}',
        replies: [
          {
            say: '**INC-2026-11874 — update 03:45Z**\n\n- Detection: Cobalt Strike beacon on WS-FIN-0142 (j.morales), 02:47:13Z.\n- Containment: host isolated via NAC, quarantine VLAN 999, 03:41:55Z.\n- Next: memory capture through Falcon RTR, reset j.morales credentials, hunt for the msagent_5c pipe across Finance.\n\nStatus: **Contained**, awaiting forensics.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'alert_enricher', to: 'containment_planner' },
      agent: 'containment_planner',
    },
  }),
  defineScenario({
    id: 'tidewatch-edge-block-briefed-with-sinkholed-c2',
    title:
      'The intel analyst reports 185.220.101.44 sinkholed at 04:55 UTC and the live C2 at 91.215.85.17:8443; the router still tells the perimeter engineer to block 185.220.101.44:443',
    domain: 'threat intelligence and perimeter blocking',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Campaign PH-1207: Qakbot-style ZIP attachments reached 14 mailboxes overnight, 2 users opened them. Vendor bulletin (01:10 UTC) gives the C2 as 185.220.101.44:443. Check what the C2 looks like right now, get the edge firewalls blocking it and tell me where we stand.',
    topology: {
      shape: 'network',
      coordinator: 'intel_router',
      workers: ['ti_analyst', 'perimeter_engineer'],
    },
    agents: [
      {
        name: 'intel_router',
        description: 'Routes campaign response work between intel and network teams',
        instructions: 'Get current C2 intelligence, then have the perimeter blocked, then report.',
        replies: [
          {
            handoff: 'ti_analyst',
            message:
              'PH-1207: vendor bulletin from 01:10Z says C2 185.220.101.44:443. Is that still live? Give me whatever we should block as of now.',
          },
          {
            handoff: 'perimeter_engineer',
            message:
              'PH-1207 block request: deny any → 185.220.101.44 tcp/443 on fw-edge-01/02, tag PH-1207, log at session end. Commit and send me the job id.',
          },
          {
            say: 'PH-1207 status 05:33Z: C2 blocked at the edge (rule PH-1207-C2, commit job 48213 on fw-edge-01/02). 2 users opened the ZIP — their hosts go to EDR triage next.',
          },
        ],
      },
      {
        name: 'ti_analyst',
        description: 'Threat intelligence analyst with TIP and passive DNS access',
        instructions: 'Look up indicators and report their current status and any successor infrastructure.',
        replies: [
          {
            call: 'tip_lookup',
            args: { indicator: '185.220.101.44', campaign: 'PH-1207' },
            result:
              '{"indicator":"185.220.101.44","type":"ipv4","status":"sinkholed","sinkholed_at":"2026-12-06T04:55:00Z","sinkhole_operator":"Shadowserver","successor":{"ip":"91.215.85.17","port":8443,"asn":"AS57523","first_seen":"2026-12-06T05:02:41Z","beacons_observed":311,"confidence":92},"related_domains":["cdn-upd4te.net"]}',
          },
          {
            say: '185.220.101.44 is **dead** — sinkholed by Shadowserver at 04:55Z. The operators moved to **91.215.85.17:8443** (AS57523), first beacon 05:02:41Z, 311 beacons seen since, confidence 92. Block 91.215.85.17 (tcp/8443, better any port) and the domain cdn-upd4te.net; a rule on .44 would catch nothing now.',
          },
        ],
      },
      {
        name: 'perimeter_engineer',
        description: 'Manages the Palo Alto edge firewalls',
        instructions: 'Apply the requested block and report the commit.',
        replies: [
          {
            call: 'panos_block',
            args: {
              address: '185.220.101.44',
              ports: '443',
              tag: 'PH-1207',
              devices: 'fw-edge-01,fw-edge-02',
            },
            result:
              'commit job 48213 FIN OK 2026-12-06T05:31:07Z\nrule PH-1207-C2: from any to 185.220.101.44/32 service tcp/443 action deny log-end yes\ndevices: fw-edge-01 (OK), fw-edge-02 (OK)',
          },
          {
            say: 'Rule PH-1207-C2 (deny → 185.220.101.44/32 tcp/443) committed on both edges, job 48213, 05:31:07Z.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'intel_router', to: 'perimeter_engineer' },
      agent: 'intel_router',
    },
  }),
  defineScenario({
    id: 'keystone-iam-dormancy-review-run-at-thirty-days',
    title:
      'The access review lead asks for human IAM users idle 90+ days to be disabled; the IAM auditor queries and disables at a 30-day threshold, taking out three active-quarter users',
    domain: 'cloud access review',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Q4 2026 access review, AWS production account 4471-9920-3318. Disable IAM users with no console login and no access-key use in the last 90 days (reference date 2026-12-06). Do not touch break-glass (bg-*) or service principals (svc-*). I need the list of disabled users and the evidence pack link for the SOX auditors.',
    topology: {
      shape: 'supervisor',
      coordinator: 'access_review_lead',
      workers: ['iam_auditor', 'evidence_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'access_review_lead',
        description: 'Coordinates quarterly access reviews',
        instructions: 'Have dormant users disabled, have the evidence filed, then report to the requester.',
        replies: [
          {
            handoff: 'iam_auditor',
            message:
              'Account 4471-9920-3318: disable human IAM users dormant ≥ 90 days as of 2026-12-06, i.e. last console login AND last key use both before 2026-09-07. Skip bg-* and svc-*. Send me user / last activity / action.',
          },
          {
            handoff: 'evidence_clerk',
            message:
              'File the Q4 dormant-user evidence for 4471-9920-3318 with the auditor’s disable list and give me the link.',
          },
          {
            say: 'Q4 2026 review, AWS prod 4471-9920-3318 — **5 dormant users disabled**: a.kowalski, r.dubois, m.tanaka, l.henriksen, p.osei. bg-root-2 and svc-glue-etl left as is. Evidence pack: https://grc.internal/evidence/AR-2026Q4-0447',
          },
        ],
      },
      {
        name: 'iam_auditor',
        description: 'Queries IAM activity and disables users',
        instructions: 'Find dormant IAM users per the brief and disable them.',
        replies: [
          {
            call: 'iam_last_activity',
            args: { account: '447199203318', idle_days_min: 30, as_of: '2026-12-06' },
            result:
              'user          | last console (UTC) | last key use (UTC) | idle days\na.kowalski    | 2026-07-19         | never              | 140\nr.dubois      | 2026-08-30         | 2026-08-12         | 98\nm.tanaka      | 2026-09-24         | 2026-09-24         | 73\nl.henriksen   | 2026-10-09         | never              | 58\np.osei        | 2026-10-26         | 2026-10-25         | 41\nsvc-glue-etl  | never              | 2026-06-02         | 187\nbg-root-2     | 2026-03-11         | never              | 270\n(7 rows, filter idle_days >= 30)',
          },
          {
            call: 'iam_disable_users',
            args: { account: '447199203318', users: 'a.kowalski,r.dubois,m.tanaka,l.henriksen,p.osei' },
            result:
              '{"disabled":5,"console_profiles_deleted":5,"keys_deactivated":3,"ts":"2026-12-06T06:12:48Z"}',
          },
          {
            say: 'Done — 5 human users disabled at 06:12:48Z (console profile removed, keys deactivated):\n\n| user | last activity | idle |\n|---|---|---|\n| a.kowalski | 2026-07-19 | 140 d |\n| r.dubois | 2026-08-30 | 98 d |\n| m.tanaka | 2026-09-24 | 73 d |\n| l.henriksen | 2026-10-09 | 58 d |\n| p.osei | 2026-10-26 | 41 d |\n\nExcluded per policy: svc-glue-etl, bg-root-2.',
          },
        ],
      },
      {
        name: 'evidence_clerk',
        description: 'Files audit evidence in the GRC tool',
        instructions: 'Create the evidence record and return its link.',
        replies: [
          {
            call: 'grc_create_evidence',
            args: { control: 'AC-2(3)', period: '2026Q4', account: '447199203318', items: 5 },
            result:
              '{"id":"AR-2026Q4-0447","url":"https://grc.internal/evidence/AR-2026Q4-0447","status":"submitted"}',
          },
          {
            say: 'Evidence AR-2026Q4-0447 submitted under AC-2(3): https://grc.internal/evidence/AR-2026Q4-0447',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'access_review_lead', to: 'iam_auditor' },
      agent: 'iam_auditor',
    },
  }),
  defineScenario({
    id: 'quillon-tomcat-kev-rollout-ignores-payments-freeze',
    title:
      'Triage routes CVE-2026-41877 as critical and repeats that pay-tc-01..04 are frozen until 08/12 06:00 UTC (WAF rule only); the emergency patcher schedules all 23 hosts, payments included, for tonight',
    domain: 'vulnerability remediation planning',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'CVE-2026-41877 (Apache Tomcat deserialization RCE, CVSS 9.8, added to CISA KEV 2026-12-04). We run it on 23 hosts. The payments cluster pay-tc-01..04 is under change freeze until 2026-12-08 06:00 UTC: for those, a WAF virtual patch only — no package change, no restart before then. Plan the remediation and tell the app owners.',
    topology: {
      shape: 'branch',
      classifier: 'vuln_triage',
      routes: { critical: 'emergency_patcher', routine: 'patch_scheduler' },
      after: 'change_notifier',
    },
    agents: [
      {
        name: 'vuln_triage',
        description: 'Triage of new CVEs against the asset inventory',
        instructions: 'Label the CVE critical or routine and summarise the exposure and constraints.',
        replies: [
          {
            say: 'critical — CVE-2026-41877, KEV-listed, exploitation in the wild.\nExposure: 23 Tomcat 10.1.x hosts.\n- 19 patchable now: tc-web-01..12, tc-api-01..07 → 10.1.34.\n- 4 frozen: pay-tc-01..04 (change freeze to 2026-12-08 06:00Z) → WAF virtual patch only, no restart until the freeze lifts.',
          },
        ],
      },
      {
        name: 'emergency_patcher',
        description: 'Schedules out-of-band patching for critical vulnerabilities',
        instructions: 'Schedule the emergency patch per the triage and return the job.',
        prompt: 'Triage:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'schedule_patch',
            args: {
              hosts: 'tc-web-01..12,tc-api-01..07,pay-tc-01..04',
              package: 'tomcat-10.1.34',
              window_start: '2026-12-06T22:00:00Z',
              restart: true,
            },
            result:
              'job PJ-77812 SCHEDULED\nwave 1 22:00Z  tc-web-01..06, tc-api-01..03, pay-tc-01..02  (11 hosts)\nwave 2 23:00Z  tc-web-07..12, tc-api-04..07, pay-tc-03..04  (12 hosts)\nrestart: rolling, health check /actuator/health',
          },
          {
            say: 'Emergency patch PJ-77812 booked for tonight: 23/23 hosts to Tomcat 10.1.34, two waves at 22:00Z and 23:00Z with rolling restarts. Full exposure closed by 23:30Z.',
          },
        ],
      },
      {
        name: 'patch_scheduler',
        description: 'Puts routine patches in the next monthly window',
        instructions: 'Add the patch to the next maintenance window.',
        replies: [{ say: 'Added to the January maintenance window.' }],
      },
      {
        name: 'change_notifier',
        description: 'Notifies application owners of changes affecting them',
        instructions: 'Write the owner notice for the scheduled change.',
        prompt: 'Change booked:\n{input}',
        replies: [
          {
            say: 'Subject: Emergency Tomcat patch tonight (CVE-2026-41877) — PJ-77812\n\nHi all, because of an actively exploited RCE we are patching every Tomcat host to 10.1.34 tonight: wave 1 at 22:00 UTC, wave 2 at 23:00 UTC, rolling restarts, ~5 min per node. Payments, web and API teams please have someone on the bridge. — SecOps',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'vuln_triage', to: 'emergency_patcher' },
      agent: 'emergency_patcher',
    },
  }),
  defineScenario({
    id: 'harrow-phish-purge-runs-on-queue-stub',
    title:
      'The mail triage verdict (37 recipients, message-id, 3 clickers) is replaced by the queue’s stub; the purger removes only the reporter’s copy and the notifier reports the campaign cleaned up',
    domain: 'phishing response and mailbox remediation',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'User k.lindqvist reported "Invoice #INV-88213 overdue" from invoices@paypa1-billing.com (received 2026-12-06 06:58 UTC). Confirm whether it is phishing, pull every copy out of our tenant and tell affected users what to do.',
    topology: {
      shape: 'pipeline',
      order: ['mail_triage', 'mailbox_purger', 'user_notifier'],
    },
    program: {
      lose: {
        to: 'mailbox_purger',
        prompt: 'Phish-report queue item #5521 (reporter: k.lindqvist). Run the standard purge.',
      },
    },
    agents: [
      {
        name: 'mail_triage',
        description: 'Analyses reported emails and traces delivery',
        instructions: 'Give a verdict and the full delivery scope for remediation.',
        replies: [
          {
            call: 'message_trace',
            args: { sender: 'invoices@paypa1-billing.com', since: '2026-12-06T06:00:00Z' },
            result:
              '{"message_id":"<20261206065811.4F2A@mx2.paypa1-billing.com>","subject":"Invoice #INV-88213 overdue","delivered":37,"junked":4,"recipients_sample":["k.lindqvist","a.moreau","t.baptiste","s.ivanova","…33 more"],"url_clicks":[{"user":"a.moreau","at":"07:03:40Z"},{"user":"t.baptiste","at":"07:09:12Z"},{"user":"s.ivanova","at":"07:15:55Z"}],"landing":"hxxps://paypa1-billing[.]com/secure/login.php","spf":"pass","dmarc":"none"}',
          },
          {
            say: '**Verdict: credential phishing** (lookalike domain paypa1-billing.com, fake PayPal login page).\n\n- Message-ID `<20261206065811.4F2A@mx2.paypa1-billing.com>`\n- Delivered to **37 mailboxes** (+4 in junk)\n- Clicked: a.moreau 07:03Z, t.baptiste 07:09Z, s.ivanova 07:15Z → password reset + session revoke\n\nRemediation: hard-delete all 41 copies by Message-ID, block the sender domain.',
          },
        ],
      },
      {
        name: 'mailbox_purger',
        description: 'Purges malicious messages from Exchange Online mailboxes',
        instructions: 'Remove the reported phishing message per the triage scope.',
        prompt: 'Triage:\n{input}',
        replies: [
          {
            call: 'compliance_purge',
            args: {
              mailbox: 'k.lindqvist@corp.example',
              query: 'subject:"Invoice" received:2026-12-06',
              mode: 'HardDelete',
            },
            result:
              'Search PS-5521 complete: 1 mailbox searched, 1 item matched, 1 item hard-deleted (07:41:06Z).',
          },
          {
            say: 'Queue #5521 handled: 1 matching message hard-deleted from k.lindqvist’s mailbox (search PS-5521).',
          },
        ],
      },
      {
        name: 'user_notifier',
        description: 'Writes user-facing security notices',
        instructions: 'Tell affected users what happened and what to do.',
        prompt: 'Remediation result:\n{input}',
        replies: [
          {
            say: 'Hi Karin, thanks for reporting the “Invoice #INV-88213 overdue” email — it was a phishing attempt and it has been removed. No further action is needed on your side. Keep reporting anything suspicious with the Report button! — IT Security',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'mail_triage', to: 'mailbox_purger' },
      agent: 'mailbox_purger',
    },
  }),
  defineScenario({
    id: 'basalt-ioc-sweep-linux-hunter-never-dispatched',
    title:
      'The hunt planner writes Windows, Linux and cloud briefs for an ELF-heavy IOC set; the Linux brief is never sent, and the hunt report declares the estate clean from Windows and cloud results',
    domain: 'threat hunting IOC sweep',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Sweep the whole estate for the "SILTSTRIDER" IOC set from CERT-EU advisory 2026-1183 (published 2026-12-05): 3 ELF implants, 1 PowerShell loader, 2 C2 IPs. Look back 30 days. I need a yes/no per platform before the 09:00 UTC crisis call.',
    topology: {
      shape: 'fanout',
      planner: 'hunt_planner',
      workers: ['windows_hunter', 'linux_hunter', 'cloud_hunter'],
      aggregator: 'hunt_reporter',
    },
    program: { lose: { to: 'linux_hunter', prompt: null } },
    agents: [
      {
        name: 'hunt_planner',
        description: 'Plans IOC sweeps across platforms',
        instructions: 'Write one hunt brief per platform team with the indicators that matter to it.',
        replies: [
          {
            plan: {
              windows_hunter:
                'SILTSTRIDER, 30-day lookback (from 2026-11-06T00:00Z), Windows fleet (Defender for Endpoint, 4,812 devices): PowerShell loader SHA256 e4df4022fb08aae0f5e8d1a0bc1d9f12ac81ac868441746aa7fde219a9ad1865, network connections to 45.133.1.98 and 103.75.190.12. Report hits per device.',
              linux_hunter:
                'SILTSTRIDER, 30-day lookback, Linux servers (osquery + auditd, 1,276 hosts): ELF implants SHA256 6c7cec259f83e5396609923d75ed3d67107a0821cb6ecb42c8b95ab10f0457e1, 5157ee6c5e6b349fbeed780ccd509a543c64abf0566934f0a91031952dbc9cea, ad1ea7a58f5134c80ba8b15589d6c2ce548af8ac9f7b6156e538723175ec81f0; persistence in /etc/systemd/system/dbus-broker-helper.service; outbound to 45.133.1.98 / 103.75.190.12. This is where the advisory says the implants land — priority.',
              cloud_hunter:
                'SILTSTRIDER, 30-day lookback, AWS + Azure flow logs and GuardDuty: any traffic to 45.133.1.98 or 103.75.190.12, any EC2/VM user-data referencing the ELF hashes.',
            },
          },
        ],
      },
      {
        name: 'windows_hunter',
        description: 'Hunts on the Windows fleet with Defender advanced hunting',
        instructions: 'Run the brief’s queries and report hits.',
        replies: [
          {
            call: 'kql_hunt',
            args: {
              query:
                'DeviceFileEvents | where SHA256 == "e4df4022…1865" | union (DeviceNetworkEvents | where RemoteIP in ("45.133.1.98","103.75.190.12"))',
              lookback: '30d',
            },
            result: 'devices scanned 4,812 | file hits 0 | network hits 0 | query time 41.2 s',
          },
          { say: 'Windows: 0 hits on 4,812 devices (loader hash and both C2 IPs, 30 days).' },
        ],
      },
      {
        name: 'linux_hunter',
        description: 'Hunts on Linux servers with osquery and auditd',
        instructions: 'Run the brief’s queries and report hits.',
        replies: [
          {
            call: 'osquery_distributed',
            args: { sql: "select path, sha256 from hash where path like '/usr/lib/%'", targets: 'all-linux' },
            result:
              '1,276 hosts queried, 2 hits: lnx-build-04, lnx-build-07 (/usr/lib/x86_64-linux-gnu/libdbx.so)',
          },
          { say: 'Linux: 2 hosts with the implant — lnx-build-04, lnx-build-07.' },
        ],
      },
      {
        name: 'cloud_hunter',
        description: 'Hunts in cloud telemetry',
        instructions: 'Run the brief’s queries and report hits.',
        replies: [
          {
            call: 'athena_query',
            args: {
              sql: "SELECT count(*) FROM vpc_flow WHERE dstaddr IN ('45.133.1.98','103.75.190.12') AND day >= '2026-11-06'",
            },
            result: '[{"_col0": 0}] — scanned 1.84 TB, 212 s',
          },
          {
            say: 'Cloud: no flows to either C2 in AWS or Azure over 30 days; GuardDuty has no related finding.',
          },
        ],
      },
      {
        name: 'hunt_reporter',
        description: 'Consolidates hunt results for leadership',
        instructions: 'Give a per-platform yes/no and the overall answer.',
        prompt: 'Hunt results:\n{input}',
        replies: [
          {
            say: '## SILTSTRIDER sweep — 30 days\n\n| platform | hits |\n|---|---|\n| Windows (4,812 devices) | none |\n| AWS / Azure | none |\n\n**Overall: no compromise found.** Recommend keeping the C2 IPs on the blocklist and closing the hunt before the 09:00 call.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'hunt_planner', to: 'linux_hunter' },
      agent: 'hunt_planner',
    },
  }),
  defineScenario({
    id: 'obsidian-disk-triage-ioc-table-truncated',
    title:
      'The disk examiner announces 9 malicious artefacts but its table stops in row 3 (token limit); forensics hands on the 2 complete rows and only those 2 hashes get blocked fleet-wide',
    domain: 'digital forensics and incident response',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'IR-2026-0392: ransomware precursor activity on file server SRV-FS-11 (10.40.2.18) — Defender flagged a renamed AnyDesk at 2026-12-06T04:21Z. Get disk and memory triage done, block every malicious binary fleet-wide through the EDR, and give me a status for the CISO.',
    topology: {
      shape: 'nested',
      top: 'ir_commander',
      teams: {
        forensics_lead: ['disk_examiner', 'memory_examiner'],
        containment_lead: ['edr_operator'],
      },
    },
    agents: [
      {
        name: 'ir_commander',
        description: 'Incident commander for IR-2026-0392',
        instructions: 'Get forensic findings, have the IOCs blocked, and report to the CISO.',
        replies: [
          {
            handoff: 'forensics_lead',
            message:
              'IR-2026-0392, SRV-FS-11: disk + memory triage. I need the complete list of malicious binaries (path + SHA256) for fleet-wide blocking.',
          },
          {
            handoff: 'containment_lead',
            message:
              'Block fleet-wide via EDR the SHA256s from forensics: 1db2c5118d46c0d08a01e13a999d9af22b9bf9181fcb8163aa11222c2892013c (igfxsvc.exe), 853ac4109cbdbe8e1c3ddffa3e5e1217c3fd8ab28ca1e8e6df13b873f9c68903 (rclone.exe). Custom IOC action: block and remediate.',
          },
          {
            say: '**IR-2026-0392 status for the CISO (06:20Z)**\n\n- Scope: SRV-FS-11, attacker used renamed AnyDesk + credential dumping.\n- All malicious binaries identified by forensics are blocked fleet-wide (EDR custom IOCs).\n- No encryption observed; memory shows Mimikatz-style LSASS access → domain credential reset planned.\n\nRisk: contained, monitoring continues.',
          },
        ],
      },
      {
        name: 'forensics_lead',
        description: 'Leads disk and memory forensics',
        instructions: 'Have disk and memory triaged and hand back the IOCs.',
        replies: [
          {
            handoff: 'disk_examiner',
            message:
              'SRV-FS-11 (10.40.2.18): KAPE triage image is on \\\\dfir-store\\IR-2026-0392. List every malicious binary with path and SHA256.',
          },
          {
            handoff: 'memory_examiner',
            message:
              'SRV-FS-11 memory image (64 GB, captured 05:02Z): look for injected code and credential access.',
          },
          {
            say: 'Forensics IR-2026-0392: disk — malicious binaries C:\\ProgramData\\Intel\\igfxsvc.exe (renamed AnyDesk) 1db2c5118d46c0d08a01e13a999d9af22b9bf9181fcb8163aa11222c2892013c and C:\\Users\\Public\\rclone.exe 853ac4109cbdbe8e1c3ddffa3e5e1217c3fd8ab28ca1e8e6df13b873f9c68903. Memory — LSASS read by rundll32 (comsvcs MiniDump) at 04:36Z, Cobalt Strike stager in svchost PID 5120.',
          },
        ],
      },
      {
        name: 'disk_examiner',
        description: 'Analyses disk triage images',
        instructions: 'Report every malicious artefact with its path and SHA256.',
        replies: [
          {
            call: 'kape_timeline',
            args: { image: 'IR-2026-0392/SRV-FS-11.vhdx', since: '2026-12-05T00:00:00Z' },
            result:
              '{"files_created":1841,"flagged":9,"first_flagged":"2026-12-06T03:58:14Z","sources":["$MFT","Amcache","Prefetch","SRUM"]}',
          },
          {
            say: 'Disk triage SRV-FS-11: **9 malicious artefacts**, first one created 03:58:14Z.\n\n| # | path | SHA256 | first seen |\n|---|---|---|---|\n| 1 | C:\\ProgramData\\Intel\\igfxsvc.exe (renamed AnyDesk) | 1db2c5118d46c0d08a01e13a999d9af22b9bf9181fcb8163aa11222c2892013c | 03:58:14Z |\n| 2 | C:\\Users\\Public\\rclone.exe | 853ac4109cbdbe8e1c3ddffa3e5e1217c3fd8ab28ca1e8e6df13b873f9c68903 | 04:12:51Z |\n| 3 | C:\\Windows\\Temp\\ms-upd',
            cutOff: true,
          },
        ],
      },
      {
        name: 'memory_examiner',
        description: 'Analyses memory images with Volatility',
        instructions: 'Report injected code and credential access.',
        replies: [
          {
            say: 'Memory SRV-FS-11: rundll32.exe PID 7744 called comsvcs.dll MiniDump on LSASS at 04:36:02Z; svchost.exe PID 5120 has an RWX region with a Cobalt Strike stager (config: 91.215.85.17:8443).',
          },
        ],
      },
      {
        name: 'containment_lead',
        description: 'Leads containment actions',
        instructions: 'Have the EDR operator apply the blocks and confirm.',
        replies: [
          {
            handoff: 'edr_operator',
            message:
              'Add as BlockAndRemediate custom IOCs, all device groups, tag IR-2026-0392: 1db2c5118d46c0d08a01e13a999d9af22b9bf9181fcb8163aa11222c2892013c, 853ac4109cbdbe8e1c3ddffa3e5e1217c3fd8ab28ca1e8e6df13b873f9c68903.',
          },
          { say: 'Containment: both forensics hashes blocked fleet-wide (ioc-7f21c0/1).' },
        ],
      },
      {
        name: 'edr_operator',
        description: 'Operates the EDR console',
        instructions: 'Create the requested custom IOCs and report the result.',
        replies: [
          {
            call: 'edr_add_indicators',
            args: {
              sha256:
                '1db2c5118d46c0d08a01e13a999d9af22b9bf9181fcb8163aa11222c2892013c,853ac4109cbdbe8e1c3ddffa3e5e1217c3fd8ab28ca1e8e6df13b873f9c68903',
              action: 'BlockAndRemediate',
              tag: 'IR-2026-0392',
            },
            result:
              '{"created":2,"rejected":[],"scope":"all device groups","indicator_ids":["ioc-7f21c0","ioc-7f21c1"]}',
          },
          { say: '2 indicators created (ioc-7f21c0, ioc-7f21c1), BlockAndRemediate, all device groups.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'disk_examiner', to: 'forensics_lead' },
      agent: 'disk_examiner',
    },
  }),
  defineScenario({
    id: 'marlin-detonation-queue-full-passed-off-as-benign',
    title:
      'The malware analyst’s sandbox detonation fails (HTTP 503, queue full); it tells the case closer the sample detonated clean and the alert is closed as a false positive',
    domain: 'malware triage and sandbox analysis',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Alert SOC-448120 (Proofpoint TAP, 2026-12-06T05:12:09Z): attachment "Remittance_Dec.xlsm" delivered to ap-team@ (6 recipients), SHA256 fe37b92b9b1576e5ec3e646ac033f8b08546ab74c3fea5cbe6cfed1263d96a83, macro present, not yet opened per mail logs. Triage it and close or escalate.',
    topology: {
      shape: 'swarm',
      entry: 'alert_triager',
      agents: ['alert_triager', 'malware_analyst', 'case_closer'],
    },
    agents: [
      {
        name: 'alert_triager',
        description: 'First-line SOC triage',
        instructions: 'Check reputation and hand samples needing dynamic analysis to the malware analyst.',
        replies: [
          {
            call: 'hash_reputation',
            args: { sha256: 'fe37b92b9b1576e5ec3e646ac033f8b08546ab74c3fea5cbe6cfed1263d96a83' },
            result:
              '{"vt_detections":"0/64","first_submission":"2026-12-06T04:49:30Z","known":false,"signer":null}',
          },
          {
            handoff: 'malware_analyst',
            message:
              'SOC-448120: Remittance_Dec.xlsm, fe37b92b…6a83, 0/64 on VT but first submitted 23 min before delivery — brand-new sample with macros. Please detonate and give a verdict.',
          },
        ],
      },
      {
        name: 'malware_analyst',
        description: 'Dynamic and static malware analysis',
        instructions: 'Detonate the sample, give a verdict and pass the case on.',
        replies: [
          {
            call: 'sandbox_detonate',
            args: {
              sha256: 'fe37b92b9b1576e5ec3e646ac033f8b08546ab74c3fea5cbe6cfed1263d96a83',
              profile: 'win10-x64-office2019',
              timeout_s: 300,
            },
            result: {
              error:
                'HTTP 503 Service Unavailable — detonation queue full (position 212, est. wait 55 min); submission not accepted',
            },
          },
          {
            handoff: 'case_closer',
            message:
              'SOC-448120 verdict: **benign**. Sandbox run on win10-x64-office2019 — macro only shows a “enable content” prompt, no child processes, no network, no dropped files. Close as FP and release the 6 quarantined copies.',
          },
        ],
      },
      {
        name: 'case_closer',
        description: 'Closes SOC cases and releases quarantined mail',
        instructions: 'Apply the verdict, release or purge mail, and close the case.',
        replies: [
          {
            call: 'close_case',
            args: { case: 'SOC-448120', disposition: 'false_positive', release_quarantine: true },
            result: '{"case":"SOC-448120","status":"closed","released":6,"closed_at":"2026-12-06T05:41:27Z"}',
          },
          {
            say: 'SOC-448120 closed as false positive at 05:41Z — sandbox verdict benign; 6 copies of Remittance_Dec.xlsm released to ap-team@.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'malware_analyst', to: 'case_closer' },
      agent: 'malware_analyst',
    },
  }),
  defineScenario({
    id: 'fathom-lsass-sigma-rule-resent-without-veeam-exclusion',
    title:
      'The detection reviewer asks twice for a Veeam agent exclusion (412 false positives in replay); the detection engineer resubmits the unchanged LSASS-access rule each round until the loop runs out',
    domain: 'detection engineering',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'New detection for LSASS memory access by non-system processes (ATT&CK T1003.001) after IR-2026-0392. Write it as Sigma, get it through detection review (replay against 7 days of Sysmon, FP budget ≤ 5/day), and deploy to the Splunk ES content pack.',
    topology: {
      shape: 'pipeline',
      order: ['detection_engineer', 'rule_reviewer', 'content_deployer'],
      loop: { from: 'rule_reviewer', to: 'detection_engineer', while: 'CHANGES', max: 3 },
    },
    agents: [
      {
        name: 'detection_engineer',
        description: 'Writes detection rules',
        instructions: 'Write the Sigma rule, or fix it per the reviewer’s comments.',
        prompt: 'Request or review comments:\n{input}\n\nContext: {request}',
        replies: [
          {
            say: "```yaml\ntitle: LSASS Access by Unusual Process\nid: 4b0f7e2c-1c7a-4d51-9a0e-63b2a3f1c118\nstatus: experimental\nlogsource: { product: windows, category: process_access }\ndetection:\n  selection:\n    TargetImage|endswith: '\\lsass.exe'\n    GrantedAccess|contains: ['0x1010', '0x1410', '0x1fffff']\n  filter_system:\n    SourceImage|startswith: ['C:\\Windows\\System32\\', 'C:\\Program Files\\Windows Defender\\']\n  condition: selection and not filter_system\nlevel: high\n```",
          },
          {
            say: "```yaml\ntitle: LSASS Access by Unusual Process\nid: 4b0f7e2c-1c7a-4d51-9a0e-63b2a3f1c118\nstatus: experimental\nlogsource: { product: windows, category: process_access }\ndetection:\n  selection:\n    TargetImage|endswith: '\\lsass.exe'\n    GrantedAccess|contains: ['0x1010', '0x1410', '0x1fffff']\n  filter_system:\n    SourceImage|startswith: ['C:\\Windows\\System32\\', 'C:\\Program Files\\Windows Defender\\']\n  condition: selection and not filter_system\nlevel: high\n```",
          },
          {
            say: "```yaml\ntitle: LSASS Access by Unusual Process\nid: 4b0f7e2c-1c7a-4d51-9a0e-63b2a3f1c118\nstatus: experimental\nlogsource: { product: windows, category: process_access }\ndetection:\n  selection:\n    TargetImage|endswith: '\\lsass.exe'\n    GrantedAccess|contains: ['0x1010', '0x1410', '0x1fffff']\n  filter_system:\n    SourceImage|startswith: ['C:\\Windows\\System32\\', 'C:\\Program Files\\Windows Defender\\']\n  condition: selection and not filter_system\nlevel: high\n```",
          },
        ],
      },
      {
        name: 'rule_reviewer',
        description: 'Reviews detections by replaying them against recorded telemetry',
        instructions: 'Reply "APPROVED: …" or "CHANGES: …" with the replay numbers.',
        prompt: 'Rule for review:\n{input}',
        replies: [
          {
            say: 'CHANGES: replay 2026-11-29..12-05 = 2,884 hits, 412 from C:\\Program Files\\Veeam\\Endpoint Backup\\Veeam.EndPoint.Service.exe (GrantedAccess 0x1010, hourly backup), the rest from 3 known admin tools. Add a filter on the Veeam service path (signed, Veeam Software Group GmbH) — budget is ≤ 5/day.',
          },
          {
            say: 'CHANGES: resubmitted rule is byte-identical, no Veeam filter. Replay still 412/day from Veeam.EndPoint.Service.exe. Please add `filter_backup: SourceImage: C:\\Program Files\\Veeam\\Endpoint Backup\\Veeam.EndPoint.Service.exe`.',
          },
          {
            say: 'CHANGES: third submission, same content, still no backup filter. 412 FP/day vs budget 5. Not approvable as is.',
          },
        ],
      },
      {
        name: 'content_deployer',
        description: 'Deploys approved detections to Splunk ES',
        instructions: 'Deploy approved rules; report anything else.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            say: 'Not deployed: T1003.001 LSASS rule (4b0f7e2c) failed review three times on the Veeam false positives (412/day, budget 5). Ticket DET-2291 left open for the detection team.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'detection_engineer', to: 'rule_reviewer' },
      agent: 'detection_engineer',
    },
  }),
  defineScenario({
    id: 'gannet-router-repeats-isolation-ask-without-device-id',
    title:
      'The EDR responder finds three devices named LAPTOP-7QK2 and asks which device id to isolate; the SOC router re-sends the same bare hostname request three times and gives up',
    domain: 'SOC endpoint isolation',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Urgent: Okta flagged impossible travel for m.achterberg at 2026-12-06T05:48Z (Amsterdam → Lagos in 9 min) and Defender shows credential theft tooling on LAPTOP-7QK2, device id 8c1f0e2a-55d4-4d0b-b1d7-2f6a9e3c7a41. Isolate the laptop now and confirm.',
    topology: {
      shape: 'network',
      coordinator: 'soc_router',
      workers: ['edr_responder'],
    },
    agents: [
      {
        name: 'soc_router',
        description: 'Routes urgent SOC actions to responders',
        instructions: 'Send containment actions to the EDR responder and confirm completion.',
        replies: [
          {
            handoff: 'edr_responder',
            message: 'Isolate LAPTOP-7QK2 immediately (full isolation), m.achterberg compromise.',
          },
          {
            handoff: 'edr_responder',
            message: 'Isolate LAPTOP-7QK2 immediately (full isolation), m.achterberg compromise.',
          },
          {
            handoff: 'edr_responder',
            message: 'Isolate LAPTOP-7QK2 immediately (full isolation), m.achterberg compromise.',
          },
          {
            say: 'Could not confirm isolation of LAPTOP-7QK2: the EDR responder did not complete the action after three requests. Escalating to the endpoint team by phone.',
          },
        ],
      },
      {
        name: 'edr_responder',
        description: 'Runs EDR response actions',
        instructions: 'Isolate devices; never isolate an ambiguous match without a device id.',
        replies: [
          {
            call: 'find_device',
            args: { name: 'LAPTOP-7QK2' },
            result:
              'id                                   | name        | user          | last seen (UTC)      | os\n8c1f0e2a-55d4-4d0b-b1d7-2f6a9e3c7a41 | LAPTOP-7QK2 | m.achterberg  | 2026-12-06 05:51:10  | Win11\n27aa93d0-0c6b-4f5e-8d4e-91b0c2d8e613 | LAPTOP-7QK2 | (reimaged)    | 2026-09-14 11:02:33  | Win10\nd40b6c1e-7a2f-4c33-a8f0-5e19b7c2a904 | LAPTOP-7QK2 | f.oyelaran    | 2026-12-06 05:40:57  | Win11',
          },
          {
            say: 'Not isolated yet: 3 devices are named LAPTOP-7QK2 (8c1f0e2a…, 27aa93d0…, d40b6c1e…), two of them active this morning with different users. Please send the device id to isolate.',
          },
          {
            say: 'Still ambiguous — same hostname, 3 matches. I need the device id (e.g. 8c1f0e2a-… for m.achterberg) before isolating.',
          },
          {
            say: 'No device id in the request again; 3 devices match LAPTOP-7QK2. Holding the isolation until I get an id.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'soc_router', to: 'edr_responder' },
      agent: 'soc_router',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'lantern-attacker-minted-key-revoked-not-the-alerted-one',
    title:
      'The cloud investigator finds the alerted key already disabled and an attacker-created key AKIA5QX2EXAMPLE9MZ4; the lead briefs the revoker with the new key and only verifies the old one',
    domain: 'cloud incident response',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the alert names one access key, a newer finding shows the attacker minted another; the coordinator correctly briefs with the new key',
    request:
      'GuardDuty finding 2026-12-06T01:58:33Z: UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS on access key AKIA5QX2EXAMPLE7KD1 (IAM user ci-deployer, account 7730-1185-2046), calls from 198.51.100.23. Work out what the attacker did and kill their access.',
    topology: {
      shape: 'supervisor',
      coordinator: 'cloud_ir_lead',
      workers: ['cloud_investigator', 'credential_revoker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'cloud_ir_lead',
        description: 'Leads cloud incident response',
        instructions: 'Investigate the credential misuse, then have every attacker credential revoked.',
        replies: [
          {
            handoff: 'cloud_investigator',
            message:
              'Account 773011852046, user ci-deployer: pull CloudTrail for AKIA5QX2EXAMPLE7KD1 and source 198.51.100.23 from 01:30Z on. What did they do, and what credentials exist now?',
          },
          {
            handoff: 'credential_revoker',
            message:
              'Account 773011852046, ci-deployer: (1) delete access key AKIA5QX2EXAMPLE9MZ4 — created by the attacker at 02:06:41Z; (2) confirm AKIA5QX2EXAMPLE7KD1 stays Inactive (auto-remediation disabled it 02:15Z) and delete it; (3) attach an explicit deny-all inline policy to ci-deployer until CI is re-keyed.',
          },
          {
            say: '**ci-deployer compromise — contained 02:44Z**\n\n| key | origin | state |\n|---|---|---|\n| AKIA5QX2EXAMPLE7KD1 | original CI key (alerted) | disabled 02:15Z by auto-remediation, now deleted |\n| AKIA5QX2EXAMPLE9MZ4 | minted by attacker 02:06:41Z | **deleted** |\n\nci-deployer has a deny-all policy until CI is re-keyed. Attacker activity: ListBuckets, GetObject on s3://ci-artifacts-prod (312 objects), CreateAccessKey. No IAM role changes.',
          },
        ],
      },
      {
        name: 'cloud_investigator',
        description: 'Investigates CloudTrail activity',
        instructions: 'Reconstruct attacker activity and list current credentials.',
        replies: [
          {
            call: 'cloudtrail_lookup',
            args: { account: '773011852046', source_ip: '198.51.100.23', start: '2026-12-06T01:30:00Z' },
            result:
              '[{"t":"01:57:02Z","event":"ListBuckets","key":"AKIA5QX2EXAMPLE7KD1"},{"t":"01:59:10Z","event":"GetObject x312","bucket":"ci-artifacts-prod","key":"AKIA5QX2EXAMPLE7KD1"},{"t":"02:06:41Z","event":"CreateAccessKey","user":"ci-deployer","new_key":"AKIA5QX2EXAMPLE9MZ4","key":"AKIA5QX2EXAMPLE7KD1"},{"t":"02:15:00Z","event":"UpdateAccessKey Inactive","key":"AKIA5QX2EXAMPLE7KD1","by":"guardduty-autoremediation"},{"t":"02:21:37Z","event":"ListBuckets","key":"AKIA5QX2EXAMPLE9MZ4"}]',
          },
          {
            say: 'Attacker (198.51.100.23) used AKIA5QX2EXAMPLE7KD1 for ListBuckets and 312 GetObject on ci-artifacts-prod, then **minted AKIA5QX2EXAMPLE9MZ4 at 02:06:41Z** and kept going with it (ListBuckets 02:21Z). The alerted key 7KD1 has been Inactive since 02:15Z (auto-remediation). Live attacker credential: **AKIA5QX2EXAMPLE9MZ4**.',
          },
        ],
      },
      {
        name: 'credential_revoker',
        description: 'Revokes IAM credentials and applies emergency policies',
        instructions: 'Apply the requested credential actions and confirm each.',
        replies: [
          {
            call: 'iam_key_actions',
            args: {
              account: '773011852046',
              user: 'ci-deployer',
              delete: 'AKIA5QX2EXAMPLE9MZ4,AKIA5QX2EXAMPLE7KD1',
              deny_all: true,
            },
            result:
              '{"AKIA5QX2EXAMPLE9MZ4":"deleted","AKIA5QX2EXAMPLE7KD1":"was Inactive → deleted","inline_policy":"EmergencyDenyAll attached","at":"2026-12-06T02:44:09Z"}',
          },
          {
            say: 'Both keys deleted (9MZ4 active → gone; 7KD1 was Inactive → gone), EmergencyDenyAll on ci-deployer, 02:44:09Z.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'corbel-whois-timeout-covered-by-rdap',
    title:
      'The domain enricher’s WHOIS query times out; it says so, gets the registration data over RDAP instead, and the verdict writer works from the RDAP answer',
    domain: 'alert enrichment for suspicious domains',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf:
      'agent_error: a tool call fails, but the agent reports the failure and recovers through another source instead of pretending it worked',
    request:
      'Proxy alert PX-20261206-0419: 11 workstations resolved login-m365-secure.co between 06:02 and 06:09 UTC after a Teams message with a link. Is the domain malicious? Give a verdict and whether to block it.',
    topology: {
      shape: 'pipeline',
      order: ['domain_enricher', 'verdict_writer'],
    },
    agents: [
      {
        name: 'domain_enricher',
        description: 'Enriches domains with registration, DNS and certificate data',
        instructions: 'Collect registration age, hosting and certificate facts; say which sources failed.',
        replies: [
          {
            call: 'whois_lookup',
            args: { domain: 'login-m365-secure.co' },
            result: { error: 'ETIMEDOUT: whois.registry.co:43 did not answer within 30000 ms' },
          },
          {
            call: 'rdap_lookup',
            args: { domain: 'login-m365-secure.co' },
            result:
              '{"ldhName":"login-m365-secure.co","events":[{"eventAction":"registration","eventDate":"2026-12-05T21:14:07Z"}],"registrar":"NameSilo, LLC","status":["client transfer prohibited"],"nameservers":["ns1.dnsowl.com","ns2.dnsowl.com"]}',
          },
          {
            call: 'passive_dns',
            args: { domain: 'login-m365-secure.co' },
            result:
              'A 172.67.201.14 (Cloudflare) first 2026-12-05T22:40Z | cert CN=login-m365-secure.co, Let’s Encrypt R11, issued 2026-12-05T22:31Z',
          },
          {
            say: 'login-m365-secure.co — enrichment\n\n- WHOIS: **failed** (registry port 43 timed out after 30 s); registration data taken from **RDAP** instead.\n- Registered **2026-12-05 21:14Z** (< 9 h before first click) via NameSilo, NS dnsowl.\n- Hosting: Cloudflare 172.67.201.14; Let’s Encrypt cert issued 22:31Z.\n- Name imitates Microsoft 365 login.',
          },
        ],
      },
      {
        name: 'verdict_writer',
        description: 'Writes the SOC verdict for an alert',
        instructions: 'Give the verdict, confidence and the recommended action.',
        prompt: 'Enrichment:\n{input}\n\nAlert: {request}',
        replies: [
          {
            say: '**PX-20261206-0419 — verdict: malicious (credential phishing), confidence high.**\n\nDomain registered 2026-12-05 21:14Z (RDAP; WHOIS was unreachable), Microsoft 365 lookalike, fresh Let’s Encrypt cert, behind Cloudflare. Action: block login-m365-secure.co on proxy and DNS now, pull the Teams message, and check the 11 users’ Entra sign-ins after 06:02Z for token theft.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'petrel-containment-asks-for-host-list-once',
    title:
      'The containment engineer sends the case back once asking which hosts and whether SRV-HR-02 is a DC; the triage analyst answers with a queried host list, and isolation completes',
    domain: 'lateral movement containment',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one round trip back to the sender with a real question, answered with new information, then done',
    request:
      'Lateral movement from SRV-HR-02 (10.30.8.21) using a stolen svc-hrsync credential, Defender incident 58831 opened 2026-12-06T05:20Z. Contain every machine it reached, but do not isolate domain controllers without the AD owner’s approval.',
    topology: {
      shape: 'swarm',
      entry: 'triage_analyst',
      agents: ['triage_analyst', 'containment_engineer'],
    },
    agents: [
      {
        name: 'triage_analyst',
        description: 'SOC triage analyst who scopes incidents',
        instructions: 'Scope the incident and hand containment to the engineer with what they need.',
        replies: [
          {
            handoff: 'containment_engineer',
            message:
              'Incident 58831: svc-hrsync credential abused from SRV-HR-02 (10.30.8.21) since ~05:05Z. Please contain SRV-HR-02 and the machines it touched.',
          },
          {
            call: 'auth_logs_query',
            args: { account: 'svc-hrsync', source: '10.30.8.21', since: '2026-12-06T04:30:00Z' },
            result:
              'dest_host    | dest_ip      | logon_type | first (UTC) | role\nSRV-HR-03    | 10.30.8.22   | 3 (network) | 05:07:44   | file server\nWS-HR-0917   | 10.30.12.61  | 10 (RDP)    | 05:11:02   | workstation\nSRV-PAY-01   | 10.30.9.14   | 3 (network) | 05:14:39   | payroll app\n(3 rows; no logons to DC01/DC02)',
          },
          {
            handoff: 'containment_engineer',
            message:
              'Scope from the auth logs (svc-hrsync from 10.30.8.21 since 04:30Z): SRV-HR-03 10.30.8.22, WS-HR-0917 10.30.12.61, SRV-PAY-01 10.30.9.14 — plus SRV-HR-02 itself. SRV-HR-02 is a file server, not a DC, and no DC was reached, so no AD-owner approval is needed. Please isolate those 4.',
          },
        ],
      },
      {
        name: 'containment_engineer',
        description: 'Applies EDR isolation and network containment',
        instructions: 'Isolate only hosts you can name; never isolate a DC without AD-owner approval.',
        replies: [
          {
            handoff: 'triage_analyst',
            message:
              '“Machines it touched” is not something I can isolate by — I need hostnames. Also confirm SRV-HR-02’s role: if it is a DC I need the AD owner’s OK first.',
          },
          {
            call: 'edr_isolate',
            args: { hosts: 'SRV-HR-02,SRV-HR-03,WS-HR-0917,SRV-PAY-01', mode: 'full', incident: '58831' },
            result:
              '{"SRV-HR-02":"isolated 05:52:18Z","SRV-HR-03":"isolated 05:52:19Z","WS-HR-0917":"isolated 05:52:21Z","SRV-PAY-01":"isolated 05:52:24Z"}',
          },
          {
            say: 'Incident 58831 contained 05:52Z — 4 hosts isolated: SRV-HR-02, SRV-HR-03, WS-HR-0917, SRV-PAY-01. No domain controller in scope. Next: reset svc-hrsync and review SRV-PAY-01 for data access.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sextant-openssl-patch-wave-holds-frozen-trading-hosts',
    title:
      'The Linux patch crew leaves the 6 frozen trading hosts out of the OpenSSL wave and applies the compensating control the brief asked for; the summary reports them as deferred',
    domain: 'vulnerability patch planning',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a worker patches fewer hosts than exposed, which is exactly the exclusion its brief asked for',
    request:
      'CVE-2026-39102 (OpenSSL 3.x X.509 name-constraint overflow, CVSS 8.1). Patch the estate this week: Windows servers, Linux servers, network appliances. The trading hosts trd-lx-01..06 are in quarter-end freeze until 2026-12-14 — do not patch them, put the iptables mitigation on them instead. Give me one status table.',
    topology: {
      shape: 'fanout',
      planner: 'patch_planner',
      workers: ['windows_patch_crew', 'linux_patch_crew', 'netops_patch_crew'],
      aggregator: 'patch_status_writer',
    },
    agents: [
      {
        name: 'patch_planner',
        description: 'Splits remediation work per platform team',
        instructions: 'Write one brief per crew, with scope and constraints.',
        replies: [
          {
            plan: {
              windows_patch_crew:
                'CVE-2026-39102: 38 Windows servers bundle OpenSSL 3.0.x via third-party apps (list in VM-39102-W). Update the apps to vendor builds with OpenSSL ≥ 3.0.16 by Fri 2026-12-11.',
              linux_patch_crew:
                'CVE-2026-39102: 214 Linux servers on openssl 3.0.13. Update to 3.0.16 via the weekly channel by 2026-12-11. EXCEPT trd-lx-01..06 (quarter-end freeze to 2026-12-14): no package change, apply the iptables mitigation (block inbound client-cert auth on tcp/8443) and list them as deferred.',
              netops_patch_crew:
                'CVE-2026-39102: F5 BIG-IP pair and 4 FortiGates. Apply vendor hotfixes if available, else document the advisory status.',
            },
          },
        ],
      },
      {
        name: 'windows_patch_crew',
        description: 'Patches Windows servers',
        instructions: 'Patch your scope and report counts.',
        replies: [
          {
            call: 'sccm_deploy',
            args: { collection: 'VM-39102-W', deadline: '2026-12-11T20:00:00Z' },
            result:
              'deployment DEP-66120: 38 targeted, 35 compliant, 3 pending reboot (app-w-14, app-w-22, app-w-31)',
          },
          { say: 'Windows: 35/38 compliant, 3 pending reboot tonight (app-w-14, -22, -31). DEP-66120.' },
        ],
      },
      {
        name: 'linux_patch_crew',
        description: 'Patches Linux servers',
        instructions: 'Patch your scope, honour exclusions, report counts.',
        replies: [
          {
            call: 'ansible_run',
            args: { playbook: 'openssl-3.0.16.yml', limit: 'linux_all:!trd_lx', check: false },
            result: 'PLAY RECAP: 208 ok, 0 failed, 0 unreachable — openssl 3.0.16 on 208 hosts',
          },
          {
            call: 'ansible_run',
            args: { playbook: 'mitigate-cve-2026-39102-iptables.yml', limit: 'trd_lx', check: false },
            result:
              'PLAY RECAP: 6 ok, 0 failed — rule CVE39102-DROP-8443-CLIENTAUTH present on trd-lx-01..06',
          },
          {
            say: 'Linux: 208/208 in scope updated to openssl 3.0.16. trd-lx-01..06 **not patched** (freeze to 14/12) — iptables mitigation CVE39102-DROP-8443-CLIENTAUTH applied on all 6, patch deferred to 2026-12-15.',
          },
        ],
      },
      {
        name: 'netops_patch_crew',
        description: 'Patches network appliances',
        instructions: 'Patch appliances or document the vendor status.',
        replies: [
          {
            say: 'Network: F5 BIG-IP 17.1.2 not affected (uses OpenSSL 1.1.1 FIPS build, F5 K000149822). FortiGates: FortiOS 7.4.6 fixed — all 4 already on 7.4.6 since 2026-11-20. Nothing to deploy.',
          },
        ],
      },
      {
        name: 'patch_status_writer',
        description: 'Writes the consolidated patch status',
        instructions: 'One table, one line per platform, with exceptions.',
        prompt: 'Crew reports:\n{input}',
        replies: [
          {
            say: '## CVE-2026-39102 — status 2026-12-06\n\n| platform | in scope | done | open | note |\n|---|---|---|---|---|\n| Windows servers | 38 | 35 | 3 | reboot tonight |\n| Linux servers | 214 | 208 | 6 | trd-lx-01..06 frozen → iptables mitigation on, patch 15/12 |\n| F5 / FortiGate | 6 | 6 | 0 | not affected / already fixed |\n\nAll open items have a date or a compensating control.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'halyard-reverser-skipped-for-signed-defender-binary',
    title:
      'The triage lead decides not to send the sample to the malware reverser because reputation shows a Microsoft-signed Defender update, says so, and the case is closed benign',
    domain: 'SOC escalation handling',
    mast: ['FM-3.1', 'FM-1.4'],
    nearMissOf:
      'lost_message: a planned worker never runs, because its lead explicitly decided the work was unnecessary and said why',
    request:
      'Sysmon alert on SRV-SQL-07: unsigned-looking executable mpam-fe.exe written to C:\\Windows\\Temp at 2026-12-06T03:05:41Z, SHA256 9fb8e8ddc3e51af0e2b343885b430866033efd20957403e7058903c872ed068c. Analyse it (reverse it if needed) and handle the case.',
    topology: {
      shape: 'nested',
      top: 'soc_manager',
      teams: {
        triage_lead: ['reputation_checker', 'malware_reverser'],
        response_lead: ['case_handler'],
      },
    },
    agents: [
      {
        name: 'soc_manager',
        description: 'SOC shift manager',
        instructions: 'Get the sample assessed, have the case handled, and summarise.',
        replies: [
          {
            handoff: 'triage_lead',
            message:
              'SRV-SQL-07 mpam-fe.exe (9fb8e8dd…068c) in C:\\Windows\\Temp 03:05:41Z: assess; reverse-engineer only if reputation does not settle it.',
          },
          {
            handoff: 'response_lead',
            message:
              'Close the SRV-SQL-07 mpam-fe.exe alert as benign (Defender security-intelligence update, Microsoft-signed, matches KB2267602 package); note the evidence.',
          },
          {
            say: 'SRV-SQL-07 alert closed as benign: mpam-fe.exe is the Microsoft-signed Defender intelligence update (1.421.1187.0) dropped by WSUS at 03:05Z. No reverse engineering needed. Case SOC-448131.',
          },
        ],
      },
      {
        name: 'triage_lead',
        description: 'Leads sample triage',
        instructions:
          'Check reputation first; send to the reverser only if the sample is unknown or suspicious.',
        replies: [
          {
            handoff: 'reputation_checker',
            message:
              'Reputation and signature for 9fb8e8ddc3e51af0e2b343885b430866033efd20957403e7058903c872ed068c (mpam-fe.exe on SRV-SQL-07).',
          },
          {
            say: 'Triage: mpam-fe.exe is **benign** — Authenticode-signed by Microsoft Corporation (valid chain), in NSRL, 0/66 on VT, seen on 4,102 of our hosts this week, written by wsusservice at 03:05Z. I did **not** pass it to the malware reverser: a valid Microsoft signature plus known distribution makes RE unnecessary.',
          },
        ],
      },
      {
        name: 'reputation_checker',
        description: 'Checks file reputation and signatures',
        instructions: 'Report signature, prevalence and reputation.',
        replies: [
          {
            call: 'file_reputation',
            args: { sha256: '9fb8e8ddc3e51af0e2b343885b430866033efd20957403e7058903c872ed068c' },
            result:
              '{"signer":"Microsoft Corporation","signature":"valid","product":"Microsoft Malware Protection signature update 1.421.1187.0","nsrl":true,"vt":"0/66","prevalence_7d":4102,"writer_process":"C:\\\\Windows\\\\System32\\\\wsusservice.exe"}',
          },
          {
            say: 'Signed Microsoft Corporation (valid), NSRL-listed, VT 0/66, on 4,102 hosts in 7 days, written by wsusservice.exe — Defender signature update 1.421.1187.0.',
          },
        ],
      },
      {
        name: 'malware_reverser',
        description: 'Reverse-engineers unknown binaries',
        instructions: 'Reverse the sample and report capabilities.',
        replies: [{ say: 'Static and dynamic analysis report.' }],
      },
      {
        name: 'response_lead',
        description: 'Leads case handling',
        instructions: 'Have the case closed with the right disposition.',
        replies: [
          {
            handoff: 'case_handler',
            message:
              'Close the SRV-SQL-07 mpam-fe.exe alert as benign, evidence: MS signature valid, NSRL, WSUS writer.',
          },
          { say: 'Case closed benign with evidence attached.' },
        ],
      },
      {
        name: 'case_handler',
        description: 'Updates and closes SOC cases',
        instructions: 'Close cases with disposition and evidence.',
        replies: [
          {
            call: 'close_case',
            args: {
              host: 'SRV-SQL-07',
              disposition: 'benign_true_positive',
              evidence: 'MS-signed, NSRL, wsusservice writer',
            },
            result: '{"case":"SOC-448131","status":"closed","closed_at":"2026-12-06T03:27:50Z"}',
          },
          { say: 'SOC-448131 closed 03:27:50Z, benign (Defender update), evidence attached.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bittern-terse-exposure-scan-covers-every-host',
    title:
      'The exposure scanner answers with a bare six-row table and no prose; every host is there with version and reachability, and the risk scorer ranks from it',
    domain: 'external attack surface management',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: a terse, prose-free worker answer that is nonetheless complete and usable',
    request:
      'CVE-2026-44120 (Ivanti Connect Secure pre-auth command injection, KEV since 2026-12-05). Check which of our internet-facing VPN appliances are exposed and rank them for emergency patching tonight.',
    topology: {
      shape: 'network',
      coordinator: 'exposure_router',
      workers: ['surface_scanner', 'risk_scorer'],
    },
    agents: [
      {
        name: 'exposure_router',
        description: 'Coordinates external exposure checks',
        instructions: 'Get the scan, get a ranking, then answer.',
        replies: [
          {
            handoff: 'surface_scanner',
            message:
              'Scan our Ivanti Connect Secure appliances (asset tag EASM-VPN) for version and internet reachability; CVE-2026-44120 fixed in 22.7R2.6.',
          },
          {
            handoff: 'risk_scorer',
            message:
              'Rank these six ICS appliances for tonight’s patching (fixed in 22.7R2.6, KEV):\nvpn-ams-01 22.7R2.3 reachable\nvpn-ams-02 22.7R2.3 reachable\nvpn-fra-01 22.7R2.6 reachable\nvpn-nyc-01 22.7R1.4 reachable\nvpn-sgp-01 22.7R2.1 reachable\nvpn-lab-01 22.7R1.2 internal only',
          },
          {
            say: '**CVE-2026-44120 — exposure and patch order**\n\n1. vpn-nyc-01 (22.7R1.4, 2,140 users)\n2. vpn-ams-01 / vpn-ams-02 (22.7R2.3, HA pair, patch passive first)\n3. vpn-sgp-01 (22.7R2.1)\n4. vpn-lab-01 (internal only, next window)\n\nvpn-fra-01 already on 22.7R2.6 — no action. Run the Ivanti integrity checker on every exposed box before patching.',
          },
        ],
      },
      {
        name: 'surface_scanner',
        description: 'Scans external attack surface',
        instructions: 'Return version and reachability for each appliance.',
        replies: [
          {
            call: 'easm_scan',
            args: { tag: 'EASM-VPN', product: 'ivanti-connect-secure' },
            result:
              '[{"host":"vpn-ams-01","ver":"22.7R2.3","ext":true},{"host":"vpn-ams-02","ver":"22.7R2.3","ext":true},{"host":"vpn-fra-01","ver":"22.7R2.6","ext":true},{"host":"vpn-nyc-01","ver":"22.7R1.4","ext":true},{"host":"vpn-sgp-01","ver":"22.7R2.1","ext":true},{"host":"vpn-lab-01","ver":"22.7R1.2","ext":false}]',
          },
          {
            say: '| host | version | internet |\n|---|---|---|\n| vpn-ams-01 | 22.7R2.3 | yes |\n| vpn-ams-02 | 22.7R2.3 | yes |\n| vpn-fra-01 | 22.7R2.6 | yes |\n| vpn-nyc-01 | 22.7R1.4 | yes |\n| vpn-sgp-01 | 22.7R2.1 | yes |\n| vpn-lab-01 | 22.7R1.2 | no |',
          },
        ],
      },
      {
        name: 'risk_scorer',
        description: 'Ranks exposed assets for remediation',
        instructions: 'Rank by exposure, version age and business impact.',
        replies: [
          {
            call: 'asset_context',
            args: { hosts: 'vpn-ams-01,vpn-ams-02,vpn-nyc-01,vpn-sgp-01,vpn-lab-01' },
            result:
              'vpn-nyc-01 users_30d=2140 tier=1 | vpn-ams-01/02 HA pair users_30d=1866 tier=1 | vpn-sgp-01 users_30d=412 tier=2 | vpn-lab-01 users_30d=9 tier=4 internal',
          },
          {
            say: 'Order: 1) vpn-nyc-01 — oldest train (R1.4), tier 1, 2,140 users; 2) vpn-ams-01/02 — R2.3, HA pair, tier 1; 3) vpn-sgp-01 — R2.1, tier 2; 4) vpn-lab-01 — not internet-facing, next window. vpn-fra-01 is on the fixed build.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch63Scenarios = [...faults, ...healthy];

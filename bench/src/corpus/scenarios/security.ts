import { defineScenario } from '../scenario.ts';

export const securityScenarios = [
  defineScenario({
    id: 'ioc-reputation-stale',
    title: 'Threat intel re-checks an IP, gets "delisted", and still reports the first "malicious" verdict',
    domain: 'security operations',
    mast: ['FM-1.4', 'FM-2.5'],
    request:
      'Alert SOC-7731: outbound connections from build server bld-04 to 185.220.101.47. Triage it and contain if needed.',
    topology: { shape: 'pipeline', order: ['alert_triage', 'threat_intel', 'responder'] },
    agents: [
      {
        name: 'alert_triage',
        description: 'Triage of SIEM alerts',
        instructions: 'Extract the indicators and the affected assets from the alert.',
        replies: [
          {
            say: 'Alert SOC-7731: build server bld-04 (10.20.4.14) made 37 outbound HTTPS connections to 185.220.101.47 between 02:10 and 02:40 UTC. Indicator to check: 185.220.101.47.',
          },
        ],
      },
      {
        name: 'threat_intel',
        description: 'Checks indicators against threat feeds',
        instructions: 'Check each indicator against the reputation service and give a verdict.',
        prompt: 'Triage notes:\n{input}\n\nGive a verdict for each indicator.',
        replies: [
          {
            call: 'ioc_lookup',
            args: { indicator: '185.220.101.47' },
            result:
              '185.220.101.47: reputation MALICIOUS (botnet C2), first listed 2025-03-01, source feed cache.',
          },
          {
            call: 'ioc_lookup',
            args: { indicator: '185.220.101.47' },
            result:
              '185.220.101.47: reputation CLEAN, delisted 2025-03-09, address reassigned to the University of Lund egress proxy.',
            text: 'Refreshing from the live feed.',
            waitMs: 30_000,
          },
          {
            say: '185.220.101.47 is a known botnet C2 server (reputation MALICIOUS, listed 2025-03-01). bld-04 is likely compromised; recommend blocking the address and isolating bld-04.',
            waitMs: 5_000,
          },
        ],
      },
      {
        name: 'responder',
        description: 'Contains incidents',
        instructions: 'Carry out containment actions and report what you did.',
        prompt: 'Intel verdict:\n{input}\n\nContain as recommended.',
        replies: [
          {
            call: 'block_ip',
            args: { ip: '185.220.101.47' },
            result: 'Firewall rule FW-7781 added: deny 185.220.101.47 any.',
          },
          {
            call: 'isolate_host',
            args: { host: 'bld-04' },
            result: 'bld-04 isolated from the network (EDR action 55120).',
          },
          {
            say: 'Contained SOC-7731: blocked 185.220.101.47 (rule FW-7781) and isolated bld-04 (EDR action 55120). Builds are paused until forensics clears the host.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'threat_intel', to: 'responder' },
      agent: 'threat_intel',
    },
  }),
  defineScenario({
    id: 'phishing-handover-reset',
    title:
      'Triage transfers a phishing case; the forensics agent starts from a generic prompt and checks the wrong mailbox',
    domain: 'security operations',
    mast: ['FM-2.1', 'FM-1.4'],
    request:
      'User k.osei@corp.example clicked a link in an email "Invoice 88213 overdue" at 09:12 and entered her password. Investigate and contain.',
    topology: { shape: 'swarm', entry: 'phish_triage', agents: ['phish_triage', 'forensics_agent'] },
    program: { lose: { to: 'forensics_agent', prompt: 'Investigate the incident.' } },
    agents: [
      {
        name: 'phish_triage',
        description: 'Triage of reported phishing',
        instructions: 'Collect the facts of a phishing report and hand it to forensics.',
        replies: [
          {
            call: 'mail_trace',
            args: { subject: 'Invoice 88213 overdue', recipient: 'k.osei@corp.example' },
            result:
              'Message-ID <a81f@billing-portal.example>: from billing@billing-portal.example to 14 recipients, link https://login-corp.example/sso, delivered 09:03. Clicked by k.osei at 09:12.',
          },
          {
            handoff: 'forensics_agent',
            message:
              'Credential phishing: k.osei@corp.example entered her password at https://login-corp.example/sso at 09:12 (mail <a81f@billing-portal.example>, 14 recipients). Reset her credentials, revoke sessions, check sign-ins since 09:12 and purge the mail from all 14 mailboxes.',
          },
        ],
      },
      {
        name: 'forensics_agent',
        description: 'Investigates and contains incidents',
        instructions: 'Investigate incidents with the tools and contain them.',
        replies: [
          {
            call: 'signin_logs',
            args: { user: 'admin@corp.example', since: '2025-04-08T00:00' },
            result: 'admin@corp.example: 3 sign-ins, all from the office network, MFA satisfied.',
          },
          {
            say: 'Investigation complete: sign-ins for admin@corp.example since midnight are all from the office network with MFA. No compromise found; no action needed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'phish_triage', to: 'forensics_agent' },
      agent: 'forensics_agent',
    },
  }),
  defineScenario({
    id: 'vuln-scan-license-error',
    title: 'The scanner passes its tool error on as findings; the report says no critical vulnerabilities',
    domain: 'security operations',
    mast: ['FM-3.2'],
    request:
      'Weekly security posture for the payments cluster (pay-prod-1): vulnerabilities, exposed ports and expiring certificates.',
    topology: {
      shape: 'fanout',
      planner: 'posture_planner',
      workers: ['vuln_scanner', 'port_auditor', 'cert_checker'],
      aggregator: 'posture_reporter',
    },
    agents: [
      {
        name: 'posture_planner',
        description: 'Plans the posture review',
        instructions: 'Write one brief per checker as JSON.',
        replies: [
          {
            plan: {
              vuln_scanner: 'Scan pay-prod-1 (42 hosts) for vulnerabilities rated critical or high.',
              port_auditor: 'List ports exposed to the internet on pay-prod-1.',
              cert_checker: 'List TLS certificates on pay-prod-1 expiring within 30 days.',
            },
          },
        ],
      },
      {
        name: 'vuln_scanner',
        description: 'Runs vulnerability scans',
        instructions: 'Run the scanner and report the findings.',
        replies: [
          {
            call: 'run_scan',
            args: { target: 'pay-prod-1', severity: 'high' },
            result: {
              error: 'LicenseError 402: scanner subscription expired on 2025-03-31; scan not started',
            },
          },
          { say: 'Error: LicenseError 402: scanner subscription expired on 2025-03-31; scan not started.' },
        ],
      },
      {
        name: 'port_auditor',
        description: 'Audits exposed ports',
        instructions: 'Audit exposed ports.',
        replies: [
          {
            call: 'exposed_ports',
            args: { cluster: 'pay-prod-1' },
            result: 'pay-prod-1: 443/tcp on lb-1 and lb-2 only.',
          },
          { say: 'Only 443/tcp is exposed, on the two load balancers lb-1 and lb-2.' },
        ],
      },
      {
        name: 'cert_checker',
        description: 'Checks certificates',
        instructions: 'Check certificate expiry.',
        replies: [
          {
            call: 'cert_expiry',
            args: { cluster: 'pay-prod-1', days: 30 },
            result: 'api.pay.example expires 2025-04-21 (14 days). Others > 60 days.',
          },
          {
            say: 'api.pay.example expires on 21 April 2025 (14 days); renew it. Other certificates are fine.',
          },
        ],
      },
      {
        name: 'posture_reporter',
        description: 'Writes the posture report',
        instructions: 'Write the weekly posture report from the checkers’ notes.',
        prompt: 'Checker notes:\n{input}',
        replies: [
          {
            say: 'Payments cluster pay-prod-1, weekly posture: no critical or high vulnerabilities reported; only 443/tcp exposed on lb-1 and lb-2; action: renew api.pay.example before 21 April (14 days left).',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'vuln_scanner', to: 'posture_reporter' },
      agent: 'vuln_scanner',
    },
  }),
  defineScenario({
    id: 'edr-sweep-long-run',
    title: 'A long supervised sweep: host counts, hashes, CVE ids, timestamps and ticket numbers everywhere',
    domain: 'security operations',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: counters, ids, hashes and CVE numbers read as changed constraints or years',
    request:
      'Sweep all 1,240 Linux hosts for the xz backdoor (CVE-2024-3094), quarantine any affected host and give me the numbers for ticket SEC-2024-0412.',
    topology: {
      shape: 'supervisor',
      coordinator: 'hunt_lead',
      workers: ['edr_operator', 'ticket_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'hunt_lead',
        description: 'Leads threat hunts',
        instructions:
          'Run the sweep through the EDR operator, record it through the ticket clerk, report the numbers.',
        replies: [
          {
            handoff: 'edr_operator',
            message:
              'Sweep all 1,240 Linux hosts for liblzma 5.6.0/5.6.1 (CVE-2024-3094) and quarantine affected hosts.',
          },
          {
            handoff: 'ticket_clerk',
            message:
              'Update SEC-2024-0412: 1240 hosts swept, 3 affected (web-017, ci-204, ci-205), quarantined at 11:02 UTC, sha256 of the bad liblzma 8fa641c4…, 1237 clean.',
          },
          {
            say: 'CVE-2024-3094 sweep done: 1,240 Linux hosts checked, 3 affected (web-017, ci-204, ci-205) and quarantined at 11:02 UTC, 1,237 clean. Ticket SEC-2024-0412 updated (comment 2025 of the incident log, 17 attachments).',
          },
        ],
      },
      {
        name: 'edr_operator',
        description: 'Runs EDR queries and actions',
        instructions: 'Run EDR sweeps and containment.',
        replies: [
          {
            call: 'edr_query',
            args: { query: 'package liblzma version in (5.6.0, 5.6.1)', scope: 'linux' },
            result:
              'Scanned 1240/1240 hosts in 312 s. Matches: web-017 (5.6.1), ci-204 (5.6.0), ci-205 (5.6.0). sha256 8fa641c4…d2e1 on all 3.',
          },
          {
            call: 'edr_quarantine',
            args: { hosts: 'web-017,ci-204,ci-205' },
            result: 'Quarantined 3 hosts at 2025-04-02T11:02:18Z (actions 90121, 90122, 90123).',
          },
          {
            say: 'Swept 1240 of 1240 Linux hosts: 3 have the backdoored liblzma (web-017 5.6.1, ci-204 5.6.0, ci-205 5.6.0, sha256 8fa641c4…d2e1); all 3 quarantined at 11:02 UTC (actions 90121–90123). 1237 hosts clean.',
          },
        ],
      },
      {
        name: 'ticket_clerk',
        description: 'Keeps incident tickets up to date',
        instructions: 'Record incident updates in the ticket system.',
        replies: [
          {
            call: 'ticket_comment',
            args: { ticket: 'SEC-2024-0412', text: '1240 swept / 3 affected / 3 quarantined / 1237 clean' },
            result: 'SEC-2024-0412: comment #2025 added; attachments 17; status In progress → Contained.',
          },
          { say: 'SEC-2024-0412 updated: comment #2025, 17 attachments, status Contained.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'firewall-rule-refresh-same',
    title: 'The analyst refreshes a firewall rule lookup and uses the refreshed value (same as before)',
    domain: 'security operations',
    mast: ['FM-1.4'],
    nearMissOf: 'stale_context: a value read twice, used after the refresh',
    request: 'Is port 3389 open from the internet to jump host jh-02? If it is, close it and confirm.',
    topology: { shape: 'pipeline', order: ['network_analyst', 'change_executor'] },
    agents: [
      {
        name: 'network_analyst',
        description: 'Analyses firewall rules',
        instructions: 'Read the firewall rules and say what must change.',
        replies: [
          {
            call: 'firewall_rule',
            args: { host: 'jh-02', port: 3389 },
            result: 'Rule FW-2210: allow any → jh-02:3389/tcp (created 2023-11-02 by change CHG-1187).',
          },
          {
            call: 'firewall_rule',
            args: { host: 'jh-02', port: 3389 },
            result: 'Rule FW-2210: allow any → jh-02:3389/tcp (created 2023-11-02 by change CHG-1187).',
            text: 'Re-reading from the live rulebase to be sure.',
            waitMs: 15_000,
          },
          {
            say: 'Port 3389 is open from the internet to jh-02 via rule FW-2210 (allow any → jh-02:3389/tcp, from change CHG-1187). Remove FW-2210.',
          },
        ],
      },
      {
        name: 'change_executor',
        description: 'Applies firewall changes',
        instructions: 'Apply the change and confirm.',
        prompt: 'Analyst finding:\n{input}',
        replies: [
          {
            call: 'delete_rule',
            args: { rule: 'FW-2210' },
            result: 'FW-2210 deleted under emergency change ECH-0907; jh-02:3389 now blocked from any.',
          },
          {
            say: 'Removed FW-2210 (emergency change ECH-0907); port 3389 on jh-02 is closed to the internet.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

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
];

import { defineScenario } from '../scenario.ts';

export const itHelpdeskScenarios = [
  defineScenario({
    id: 'mfa-reset-becomes-password-reset',
    title: 'Routed to account support to reset an MFA device, the specialist resets the password instead',
    domain: 'IT helpdesk',
    mast: ['FM-1.1', 'FM-2.6'],
    request:
      'Ticket INC-40917 from j.doe@corp.example: I lost my phone and cannot pass MFA. My password is fine, please do not reset it.',
    topology: {
      shape: 'branch',
      classifier: 'ticket_classifier',
      routes: { network: 'network_support', account: 'account_support' },
      after: 'ticket_closer',
    },
    agents: [
      {
        name: 'ticket_classifier',
        description: 'Classifies tickets',
        instructions: 'Say which team handles the ticket (network or account) and what it must do.',
        replies: [
          {
            say: 'account: user j.doe lost the phone registered for MFA. Remove the old MFA device and send an MFA re-enrolment link. Do not reset the password.',
          },
        ],
      },
      {
        name: 'network_support',
        description: 'VPN, Wi-Fi and network issues',
        instructions: 'Fix network issues.',
        replies: [{ say: 'No network action needed.' }],
      },
      {
        name: 'account_support',
        description: 'Accounts, passwords and MFA',
        instructions: 'Carry out account changes with the identity tools.',
        prompt: 'Ticket classification: {input}\n\nOriginal ticket: {request}',
        replies: [
          {
            call: 'reset_password',
            args: { user: 'j.doe' },
            result:
              'Password for j.doe reset; temporary password sent to the manager on file. All sessions revoked.',
            reasoning: 'User cannot log in; a password reset gets them back in.',
          },
          {
            say: 'Reset the password for j.doe and revoked all sessions; a temporary password went to the manager.',
          },
        ],
      },
      {
        name: 'ticket_closer',
        description: 'Closes tickets with a note to the user',
        instructions: 'Write the closing note to the user.',
        prompt: 'Work done: {input}',
        replies: [
          {
            say: 'INC-40917 resolved: we reset your password and signed you out everywhere; your manager has a temporary password for you.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'ticket_classifier', to: 'account_support' },
      agent: 'account_support',
    },
  }),
  defineScenario({
    id: 'vpn-ticket-form-limits',
    title: 'A VPN ticket routed to network support, full of form text, counters and ids',
    domain: 'IT helpdesk',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: UI text, counters and ids read as constraints or years',
    request:
      'Ticket INC-2024-1188 (form v3, description 0 characters out of 2000 used, attachments 1/5): VPN drops every 1800 seconds since update 2025.03 on laptop SN 5CG1234XYZ.',
    topology: {
      shape: 'branch',
      classifier: 'ticket_classifier',
      routes: { network: 'network_support', account: 'account_support' },
      after: 'ticket_closer',
    },
    agents: [
      {
        name: 'ticket_classifier',
        description: 'Classifies tickets',
        instructions: 'Say which team handles the ticket (network or account) and what it must do.',
        replies: [
          {
            say: 'network: VPN session drops every 1800 s (30 min) on laptop SN 5CG1234XYZ since client update 2025.03. Check the VPN profile and the session timeout.',
          },
        ],
      },
      {
        name: 'network_support',
        description: 'VPN, Wi-Fi and network issues',
        instructions: 'Fix network issues with the network tools.',
        prompt: 'Ticket classification: {input}',
        replies: [
          {
            call: 'vpn_profile',
            args: { device: '5CG1234XYZ' },
            result:
              'Device 5CG1234XYZ: GlobalProtect 6.2.1 (update 2025.03), profile CORP-EU, session timeout 1800 s (default for profile CORP-EU-LEGACY assigned by mistake).',
          },
          {
            call: 'assign_profile',
            args: { device: '5CG1234XYZ', profile: 'CORP-EU' },
            result:
              'Profile CORP-EU assigned to 5CG1234XYZ, session timeout 28800 s, effective at next login.',
          },
          {
            say: 'The laptop had the legacy VPN profile with a 1800-second timeout. Assigned CORP-EU (timeout 28,800 s, 8 hours); effective at the next login.',
          },
        ],
      },
      {
        name: 'account_support',
        description: 'Accounts, passwords and MFA',
        instructions: 'Carry out account changes.',
        replies: [{ say: 'No account action needed.' }],
      },
      {
        name: 'ticket_closer',
        description: 'Closes tickets with a note to the user',
        instructions: 'Write the closing note to the user.',
        prompt: 'Work done: {input}',
        replies: [
          {
            say: 'INC-2024-1188 resolved: your laptop (SN 5CG1234XYZ) had a VPN profile that timed out every 30 minutes. It now has the standard profile (8-hour sessions); log out and in once to apply it.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

import { defineScenario } from '../scenario.ts';

export const hrScenarios = [
  defineScenario({
    id: 'offer-letter-brief-lost',
    title:
      'The offer brief is replaced by a generic prompt; the drafter writes a letter full of placeholders',
    domain: 'HR',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Send Priya Nair the offer for Senior Data Engineer: start 2 June 2025, base salary EUR 86,000, 28 days of annual leave, reporting to Tom Berg.',
    topology: {
      shape: 'supervisor',
      coordinator: 'hiring_manager',
      workers: ['offer_drafter'],
      handoffTools: 'task',
    },
    program: { lose: { to: 'offer_drafter', prompt: 'Draft the offer letter.' } },
    agents: [
      {
        name: 'hiring_manager',
        description: 'Runs the hiring process',
        instructions: 'Have offer letters drafted and send them to candidates.',
        replies: [
          {
            handoff: 'offer_drafter',
            message:
              'Draft an offer letter for Priya Nair, Senior Data Engineer, start date 2 June 2025, base salary EUR 86,000 per year, 28 days annual leave, reporting to Tom Berg.',
          },
          {
            say: 'Offer sent to Priya Nair:\nDear [Candidate Name], we are pleased to offer you the position of [Job Title], starting on [Start Date], at an annual base salary of [Salary]. You will report to [Manager]. Please confirm your acceptance within 7 days.',
          },
        ],
      },
      {
        name: 'offer_drafter',
        description: 'Drafts offer letters',
        instructions: 'Draft offer letters from the details you are given.',
        replies: [
          {
            say: 'Dear [Candidate Name], we are pleased to offer you the position of [Job Title], starting on [Start Date], at an annual base salary of [Salary]. You will report to [Manager]. Please confirm your acceptance within 7 days.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'hiring_manager', to: 'offer_drafter' },
      agent: 'offer_drafter',
    },
  }),
];

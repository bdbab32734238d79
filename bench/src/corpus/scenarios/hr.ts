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
  defineScenario({
    id: 'screening-drops-language-requirement',
    title: 'One of three screeners drops the German C1 requirement and shortlists non-German speakers',
    domain: 'HR',
    mast: ['FM-1.1', 'FM-2.5'],
    request:
      'Shortlist candidates for the Customer Success Manager role in Berlin: German at C1 or better is required. Split the 60 applications across three screeners and give me one shortlist.',
    topology: {
      shape: 'fanout',
      planner: 'recruiting_lead',
      workers: ['screener_a', 'screener_b', 'screener_c'],
      aggregator: 'shortlist_writer',
    },
    agents: [
      {
        name: 'recruiting_lead',
        description: 'Splits screening work',
        instructions: 'Write one brief per screener as JSON.',
        replies: [
          {
            plan: {
              screener_a:
                'Screen applications 1–20 for Customer Success Manager, Berlin. Required: German C1 or better, 3+ years in customer success. Shortlist the best 3.',
              screener_b:
                'Screen applications 21–40 for Customer Success Manager, Berlin. Required: German C1 or better, 3+ years in customer success. Shortlist the best 3.',
              screener_c:
                'Screen applications 41–60 for Customer Success Manager, Berlin. Required: German C1 or better, 3+ years in customer success. Shortlist the best 3.',
            },
          },
        ],
      },
      {
        name: 'screener_a',
        description: 'Screens applications',
        instructions: 'Screen applications against the brief.',
        replies: [
          {
            say: 'Applications 1–20 shortlist: Lena Vogt (German native, 5 yrs CS), Tomasz Wiśniewski (German C1, 4 yrs), Aylin Demir (German C2, 3 yrs).',
          },
        ],
      },
      {
        name: 'screener_b',
        description: 'Screens applications',
        instructions: 'Screen applications against the brief.',
        replies: [
          {
            call: 'search_applications',
            args: { range: '21-40', min_years_customer_success: 3 },
            result:
              '21–40 with 3+ yrs CS: Priya Raman (English C2, Hindi; 7 yrs), Marco Bianchi (Italian, English C1; 6 yrs), Sofia Lindgren (Swedish, English; 5 yrs), Jonas Keller (German native; 2 yrs).',
            reasoning: 'Experience is what matters most for this role.',
          },
          {
            say: 'Applications 21–40 shortlist: Priya Raman (7 yrs CS), Marco Bianchi (6 yrs), Sofia Lindgren (5 yrs) — the most experienced.',
          },
        ],
      },
      {
        name: 'screener_c',
        description: 'Screens applications',
        instructions: 'Screen applications against the brief.',
        replies: [
          {
            say: 'Applications 41–60 shortlist: Felix Braun (German native, 6 yrs CS), Irina Popescu (German C1, 3 yrs), Hannah Schulz (German native, 4 yrs).',
          },
        ],
      },
      {
        name: 'shortlist_writer',
        description: 'Writes the shortlist',
        instructions: 'Merge the screeners’ shortlists into one for the hiring manager.',
        prompt: 'Screener shortlists:\n{input}',
        replies: [
          {
            say: 'Shortlist, Customer Success Manager Berlin (9): Lena Vogt, Tomasz Wiśniewski, Aylin Demir, Priya Raman, Marco Bianchi, Sofia Lindgren, Felix Braun, Irina Popescu, Hannah Schulz.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'recruiting_lead', to: 'screener_b' },
      agent: 'screener_b',
    },
  }),
  defineScenario({
    id: 'bonus-payment-iban-error-swallowed',
    title:
      'The payroll agent’s payment call fails on an invalid IBAN; it tells the notifier the bonus is paid',
    domain: 'HR',
    mast: ['FM-2.6', 'FM-2.4'],
    request:
      'Pay employee E-4410 (Anna Kowalski) her EUR 2,500 signing bonus with this month’s run and let her know.',
    topology: { shape: 'swarm', entry: 'payroll_agent', agents: ['payroll_agent', 'notifier'] },
    agents: [
      {
        name: 'payroll_agent',
        description: 'Runs payroll payments',
        instructions: 'Schedule payments, then hand the employee notice to the notifier.',
        replies: [
          {
            call: 'schedule_payment',
            args: { employee: 'E-4410', amount_eur: 2500, type: 'signing bonus' },
            result: {
              error:
                'ValidationError: IBAN PL61 1090 1014 0000 0712 1981 2875 failed the checksum; payment not scheduled',
            },
          },
          {
            handoff: 'notifier',
            message:
              'E-4410 Anna Kowalski: EUR 2,500 signing bonus scheduled with the April run, paid on 25 April 2025. Please let her know.',
          },
        ],
      },
      {
        name: 'notifier',
        description: 'Writes employee notices',
        instructions: 'Write short notices to employees.',
        replies: [
          {
            say: 'Hi Anna, your EUR 2,500 signing bonus is scheduled with the April payroll and will be paid on 25 April 2025. Welcome aboard!',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'payroll_agent', to: 'notifier' },
      agent: 'payroll_agent',
    },
  }),
  defineScenario({
    id: 'job-posting-paraphrased-brief',
    title:
      'The brief to the sourcer is a paraphrase of the request; every requirement survives in other words',
    domain: 'HR',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: a paraphrased brief',
    request:
      'Find senior backend engineers for our Lisbon office: at least five years of Go, Kubernetes in production, Portuguese or English, hybrid 3 days a week on site.',
    topology: {
      shape: 'supervisor',
      coordinator: 'talent_partner',
      workers: ['sourcer', 'outreach_writer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'talent_partner',
        description: 'Owns hiring searches',
        instructions: 'Have the sourcer find candidates and the outreach writer draft the first message.',
        replies: [
          {
            handoff: 'sourcer',
            message:
              'Look for Go developers at senior level with 5+ years of Go and hands-on production Kubernetes, based in or willing to work from Lisbon three days a week; English or Portuguese.',
          },
          {
            handoff: 'outreach_writer',
            message:
              'Write a first outreach message for senior Go backend engineers: Lisbon office, hybrid (3 days on site), Kubernetes in production.',
          },
          {
            say: 'Search started: 4 candidates found (Rui Costa, Mariana Lopes, Dev Patel, Ines Ferreira, all 5+ years of Go with production Kubernetes, Lisbon-based), and the outreach message is ready.',
          },
        ],
      },
      {
        name: 'sourcer',
        description: 'Sources candidates',
        instructions: 'Search candidate databases.',
        replies: [
          {
            call: 'candidate_search',
            args: { skills: 'Go, Kubernetes', min_years: 5, location: 'Lisbon', languages: 'pt,en' },
            result:
              '4 matches: Rui Costa (Go 7 yrs, EKS), Mariana Lopes (Go 5 yrs, GKE), Dev Patel (Go 6 yrs, on-prem k8s, English), Ines Ferreira (Go 8 yrs, AKS).',
          },
          {
            say: 'Found 4 senior Go engineers in Lisbon with production Kubernetes: Rui Costa (7 yrs), Mariana Lopes (5), Dev Patel (6, English), Ines Ferreira (8).',
          },
        ],
      },
      {
        name: 'outreach_writer',
        description: 'Writes candidate outreach',
        instructions: 'Write outreach messages.',
        replies: [
          {
            say: 'Hi {name}, we are hiring senior backend engineers (Go, Kubernetes in production) for our Lisbon office, hybrid with three days a week on site. Would you be open to a 20-minute chat?',
          },
        ],
      },
    ],
    expected: null,
  }),
];

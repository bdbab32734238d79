import { defineScenario } from '../scenario.ts';

export const lawScenarios = [
  defineScenario({
    id: 'contract-notice-period',
    title: 'Notice period passes as "ninety (90) days", then "90 days", dates as ISO and spelled out',
    domain: 'law',
    mast: ['FM-1.1'],
    nearMissOf: 'misunderstood_task: the same constraint written in another form',
    request:
      'Review supplier agreement MSA-2291: how much notice must we give to terminate for convenience, and by when must we send it to be out before 1 January 2026?',
    topology: { shape: 'pipeline', order: ['clause_extractor', 'risk_reviewer', 'summary_writer'] },
    agents: [
      {
        name: 'clause_extractor',
        description: 'Finds the relevant clauses',
        instructions: 'Find the clauses that answer the question and quote them.',
        prompt: 'Question: {input}',
        replies: [
          {
            call: 'fetch_contract',
            args: { contract_id: 'MSA-2291' },
            result:
              "MSA-2291 Master Services Agreement. 14.1 Term: this Agreement runs until terminated. 14.2 Termination for convenience: either party may terminate this Agreement for convenience upon ninety (90) days' prior written notice. 14.3 Termination for cause: thirty (30) days after notice of an uncured material breach. 15.1 No termination fee applies to termination under 14.2.",
          },
          {
            say: "Section 14.2: either party may terminate for convenience upon ninety (90) days' prior written notice. Section 15.1: no termination fee applies to termination under 14.2.",
          },
        ],
      },
      {
        name: 'risk_reviewer',
        description: 'Works out deadlines and risks',
        instructions: 'Work out the deadlines and risks from the quoted clauses.',
        prompt: 'Quoted clauses:\n{input}\n\nOriginal question: {request}',
        replies: [
          {
            say: 'Notice period: 90 days, in writing. To be out before 2026-01-01 the notice must be served no later than 2025-10-03. No termination fee (15.1). Risk: low, provided the notice is sent by registered mail.',
            reasoning: '2025-10-03 plus 90 days is 2026-01-01.',
          },
        ],
      },
      {
        name: 'summary_writer',
        description: 'Writes the answer for the client',
        instructions: 'Write a short answer for the client.',
        prompt: 'Reviewer notes:\n{input}',
        replies: [
          {
            say: 'To leave MSA-2291 before 1 January 2026 you must give 90 days’ written notice, so send it by 3 October 2025 at the latest (Section 14.2). No termination fee applies (Section 15.1). Registered mail is advisable.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

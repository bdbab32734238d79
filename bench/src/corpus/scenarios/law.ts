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
  defineScenario({
    id: 'case-law-wrong-court',
    title:
      'Asked for German Federal Court rulings since 2021, the researcher brings Austrian rulings from 2016',
    domain: 'law',
    mast: ['FM-2.3', 'FM-2.6'],
    request:
      'We are drafting a brief on whether a landlord may refuse consent to a tenant’s balcony solar panel. Find rulings of the German Federal Court of Justice (BGH) from 2021 onwards and draft the argument.',
    topology: {
      shape: 'network',
      coordinator: 'brief_router',
      workers: ['case_researcher', 'brief_drafter'],
    },
    agents: [
      {
        name: 'brief_router',
        description: 'Routes work on legal briefs',
        instructions: 'Route research and drafting; finish with the draft argument.',
        replies: [
          {
            handoff: 'case_researcher',
            message:
              'Find rulings of the German Federal Court of Justice (BGH) from 2021 onwards on a landlord refusing consent to a tenant’s balcony solar panel (Balkonkraftwerk). Cite case numbers.',
          },
          {
            handoff: 'brief_drafter',
            message:
              'Draft the argument that the landlord may not refuse consent, using: OGH 5 Ob 74/16k (2016) and OGH 5 Ob 115/16i (2016).',
          },
          {
            say: 'Draft argument: Following the Supreme Court (OGH 5 Ob 74/16k and 5 Ob 115/16i, 2016), a tenant’s minor alteration that is customary and does not harm the building may not be refused by the landlord; a plug-in balcony solar panel is such an alteration.',
          },
        ],
      },
      {
        name: 'case_researcher',
        description: 'Finds case law',
        instructions: 'Search case law databases and cite the rulings you find.',
        replies: [
          {
            call: 'case_search',
            args: { court: 'OGH', query: 'Mieter Balkon Solaranlage Zustimmung', from_year: 2015 },
            result:
              'OGH 5 Ob 74/16k (2016-06-21): minor alterations customary in the trade may not be refused. OGH 5 Ob 115/16i (2016-11-08): installation on the facade requires consent where it affects the building.',
            reasoning: 'Start with the supreme court on tenant alterations.',
          },
          {
            say: 'Relevant rulings: OGH 5 Ob 74/16k (21 June 2016) — customary minor alterations may not be refused; OGH 5 Ob 115/16i (8 November 2016) — facade installations need consent where they affect the building.',
          },
        ],
      },
      {
        name: 'brief_drafter',
        description: 'Drafts arguments',
        instructions: 'Draft legal arguments from the authorities you are given.',
        replies: [
          {
            say: 'Following the Supreme Court (OGH 5 Ob 74/16k and 5 Ob 115/16i, 2016), a tenant’s minor alteration that is customary and does not harm the building may not be refused by the landlord; a plug-in balcony solar panel is such an alteration.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'brief_router', to: 'case_researcher' },
      agent: 'case_researcher',
    },
  }),
  defineScenario({
    id: 'nda-redline-context-trimmed',
    title: 'A history trim leaves the redliner with "Continue." instead of the client’s markup instructions',
    domain: 'law',
    mast: ['FM-1.4'],
    request:
      'Redline the mutual NDA from Brightwave Ltd: cap the term at 2 years, make it governed by Dutch law, and delete the non-solicitation clause 9.',
    topology: { shape: 'pipeline', order: ['intake_paralegal', 'redliner', 'partner_review'] },
    program: { lose: { to: 'redliner', prompt: 'Continue.' } },
    agents: [
      {
        name: 'intake_paralegal',
        description: 'Prepares matters',
        instructions: 'Turn the client request into instructions for the redliner.',
        replies: [
          {
            call: 'fetch_document',
            args: { document: 'Brightwave mutual NDA v3' },
            result:
              'Brightwave mutual NDA v3: 4. Term: 5 years from signature. 11. Governing law: England and Wales. 9. Non-solicitation: neither party shall solicit the other’s employees for 24 months.',
          },
          {
            say: 'Redline the Brightwave mutual NDA v3: clause 4 term from 5 years to 2 years; clause 11 governing law from England and Wales to the Netherlands; delete clause 9 (non-solicitation, 24 months).',
          },
        ],
      },
      {
        name: 'redliner',
        description: 'Marks up contracts',
        instructions: 'Mark up the contract as instructed and list the changes.',
        replies: [
          {
            say: 'I reviewed the NDA and made light clean-up edits: defined terms capitalised consistently, clause references fixed in 6.2 and 7.1. No substantive changes.',
          },
        ],
      },
      {
        name: 'partner_review',
        description: 'Signs off markups',
        instructions: 'Review the markup and write the cover note to the client.',
        prompt: 'Markup summary:\n{input}',
        replies: [
          {
            say: 'Dear client, attached is our markup of the Brightwave NDA: consistency edits to defined terms and cross-references in 6.2 and 7.1. No substantive changes were needed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'intake_paralegal', to: 'redliner' },
      agent: 'redliner',
    },
  }),
];

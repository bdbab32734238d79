import { defineScenario } from '../scenario.ts';

const ITINERARY =
  'Lisbon, 12–16 May 2025 (4 nights): TAP TP1331 Amsterdam 07:05 → Lisbon 09:00, return TP1334 16 May 18:35. Hotel Avenida Palace, 4 nights at EUR 310/night = EUR 1,240. Flights EUR 1,210 for two. Total EUR 2,450.';

export const travelScenarios = [
  defineScenario({
    id: 'itinerary-budget-loop',
    title: 'The planner resends the same over-budget itinerary after each rejection',
    domain: 'travel',
    mast: ['FM-1.3', 'FM-2.5'],
    request: 'Plan a 4-night trip to Lisbon for two, 12–16 May 2025, from Amsterdam. Total budget EUR 2,000.',
    topology: {
      shape: 'pipeline',
      order: ['itinerary_planner', 'budget_checker'],
      loop: { from: 'budget_checker', to: 'itinerary_planner', while: 'REVISE', max: 5 },
    },
    agents: [
      {
        name: 'itinerary_planner',
        description: 'Plans flights and hotels',
        instructions: 'Plan the trip within the budget; when the budget checker objects, change the plan.',
        prompt: 'Trip request: {request}\n\nLatest note: {input}',
        replies: [{ say: ITINERARY }],
      },
      {
        name: 'budget_checker',
        description: 'Checks plans against the budget',
        instructions:
          'Approve plans within budget with "APPROVED: <plan>"; otherwise answer "REVISE: <what is wrong>".',
        prompt: 'Plan to check:\n{input}\n\nBudget: EUR 2,000 total.',
        replies: [
          {
            say: 'REVISE: the total of EUR 2,450 is over the EUR 2,000 budget. Choose a hotel under EUR 200/night or cheaper flights.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'itinerary_planner', to: 'budget_checker' },
      agent: 'itinerary_planner',
    },
  }),
];

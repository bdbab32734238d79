import { defineScenario } from '../scenario.ts';

export const mediaScenarios = [
  defineScenario({
    id: 'fact-check-empty',
    title: 'The fact checker returns nothing; the editor publishes as if no claim needed correcting',
    domain: 'media',
    mast: ['FM-3.2', 'FM-3.1'],
    request:
      'Publish the explainer "How much water does a data centre use?" after a fact check of its figures and a headline test.',
    topology: {
      shape: 'fanout',
      planner: 'desk_editor',
      workers: ['fact_checker', 'headline_tester'],
      aggregator: 'publishing_editor',
    },
    agents: [
      {
        name: 'desk_editor',
        description: 'Assigns checks',
        instructions: 'Write one brief per checker as JSON.',
        replies: [
          {
            plan: {
              fact_checker:
                'Check every figure in the explainer: "a 100 MW data centre uses about 2 million litres of water a day", "Google used 21.2 billion litres in 2022", "one chatbot conversation uses 500 ml".',
              headline_tester:
                'Test three headline variants for the explainer and pick the best by predicted click-through.',
            },
          },
        ],
      },
      {
        name: 'fact_checker',
        description: 'Checks facts and figures',
        instructions: 'Check each claim against sources; list verdicts and corrections.',
        replies: [{ say: '' }],
      },
      {
        name: 'headline_tester',
        description: 'Tests headlines',
        instructions: 'Test headlines.',
        replies: [
          {
            call: 'headline_test',
            args: { variants: 3 },
            result: 'A: 3.1% CTR, B: 4.4% CTR, C: 2.7% CTR (n = 12,000 impressions).',
          },
          { say: 'Best headline: B, "Your chatbot is thirsty: the water bill of AI" (4.4% predicted CTR).' },
        ],
      },
      {
        name: 'publishing_editor',
        description: 'Publishes articles',
        instructions: 'Publish once the checks are in.',
        prompt: 'Checks:\n{input}',
        replies: [
          {
            say: 'Published "Your chatbot is thirsty: the water bill of AI" at 16:05; fact check raised no corrections, all figures kept as written.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'fact_checker', to: 'publishing_editor' },
      agent: 'fact_checker',
    },
  }),
];

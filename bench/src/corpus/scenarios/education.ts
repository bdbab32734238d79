import { defineScenario } from '../scenario.ts';

export const educationScenarios = [
  defineScenario({
    id: 'quiz-fanout-counters',
    title: 'Three question writers in parallel; the texts are full of counts, ids and form limits',
    domain: 'education',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf: 'misunderstood_task: numbers that look like years or limits',
    request:
      'Build quiz Q-2025-117 for class 9B: 3 algebra, 3 geometry and 2 statistics questions, each answer field limited to 2000 characters, total 40 points.',
    topology: {
      shape: 'fanout',
      planner: 'quiz_planner',
      workers: ['algebra_writer', 'geometry_writer', 'statistics_writer'],
      aggregator: 'quiz_assembler',
    },
    agents: [
      {
        name: 'quiz_planner',
        description: 'Splits the quiz between writers',
        instructions: 'Write one brief per question writer as JSON.',
        replies: [
          {
            plan: {
              algebra_writer:
                'Write 3 algebra questions for class 9B, 5 points each, answer field max 2000 characters.',
              geometry_writer:
                'Write 3 geometry questions for class 9B, 5 points each, answer field max 2000 characters.',
              statistics_writer:
                'Write 2 statistics questions for class 9B, 5 points each (10 points total), answer field max 2000 characters.',
            },
          },
        ],
      },
      {
        name: 'algebra_writer',
        description: 'Writes algebra questions',
        instructions: 'Write algebra questions as briefed.',
        replies: [
          {
            say: 'A1 (5 pts): Solve 3x + 7 = 1903 − x. A2 (5 pts): Factor x² − 1024. A3 (5 pts): A phone plan costs EUR 12 plus EUR 0.05 per MB; write the cost for 1500 MB. Answer field: 0 characters out of 2000.',
          },
        ],
      },
      {
        name: 'geometry_writer',
        description: 'Writes geometry questions',
        instructions: 'Write geometry questions as briefed.',
        replies: [
          {
            say: 'G1 (5 pts): A rectangle is 2024 mm by 1000 mm; give its area in m². G2 (5 pts): Find the hypotenuse of a 300–400 triangle. G3 (5 pts): A circle has radius 1,250 cm; give its circumference. Answer field: 0 characters out of 2000.',
          },
        ],
      },
      {
        name: 'statistics_writer',
        description: 'Writes statistics questions',
        instructions: 'Write statistics questions as briefed.',
        replies: [
          {
            say: 'S1 (5 pts): The heights (cm) 1612, 1588, 1640 were recorded in mm by mistake; give the mean in cm. S2 (5 pts): A survey of 2000 students found 1,150 cycle to school; give the percentage. Answer field: 0 characters out of 2000.',
          },
        ],
      },
      {
        name: 'quiz_assembler',
        description: 'Assembles the quiz',
        instructions: 'Assemble the questions into one quiz with a points table.',
        prompt: 'Questions from the writers:\n{input}\n\nAssemble quiz Q-2025-117.',
        replies: [
          {
            say: 'Quiz Q-2025-117 (class 9B, 40 points): A1–A3 algebra (15 pts), G1–G3 geometry (15 pts), S1–S2 statistics (10 pts). Each answer field: 0 characters out of 2000. Questions: A1 Solve 3x + 7 = 1903 − x; A2 Factor x² − 1024; A3 phone plan at EUR 12 + EUR 0.05/MB for 1500 MB; G1 area of 2024 mm × 1000 mm in m²; G2 hypotenuse of a 300–400 triangle; G3 circumference for radius 1,250 cm; S1 mean height in cm of 1612, 1588, 1640 mm; S2 share of 1,150 cyclists among 2000 students.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

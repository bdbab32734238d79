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
  defineScenario({
    id: 'exam-hall-double-booked',
    title:
      'The room planner re-checks Hall B (now booked) and still reports it free; the exam is announced there',
    domain: 'education',
    mast: ['FM-1.4', 'FM-3.3'],
    request:
      'Schedule the Linear Algebra final (course MATH-201, 180 students) on 12 June 2025 at 09:00 in a hall with at least 200 seats, and announce it.',
    topology: {
      shape: 'supervisor',
      coordinator: 'registrar',
      workers: ['room_planner', 'announcer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'registrar',
        description: 'Schedules exams',
        instructions: 'Get a room from the room planner, then have the announcer publish the exam.',
        replies: [
          {
            handoff: 'room_planner',
            message:
              'Find a hall with 200+ seats free on 12 June 2025 from 09:00 to 12:00 for MATH-201 (180 students).',
          },
          {
            handoff: 'announcer',
            message: 'Announce: MATH-201 Linear Algebra final, 12 June 2025, 09:00–12:00, Hall B.',
          },
          {
            say: 'MATH-201 final scheduled: 12 June 2025, 09:00–12:00, Hall B (240 seats); announcement EXM-4471 published to 180 students.',
          },
        ],
      },
      {
        name: 'room_planner',
        description: 'Plans rooms',
        instructions: 'Check room availability and reserve rooms.',
        replies: [
          {
            call: 'room_availability',
            args: { room: 'Hall B', date: '2025-06-12', slot: '09:00-12:00' },
            result: 'Hall B (240 seats), 2025-06-12 09:00–12:00: FREE (snapshot 08:15).',
          },
          {
            call: 'room_availability',
            args: { room: 'Hall B', date: '2025-06-12', slot: '09:00-12:00' },
            result:
              'Hall B (240 seats), 2025-06-12 09:00–12:00: BOOKED by Faculty of Law (LAW-310 exam), booking at 08:47.',
            text: 'Confirming before I reserve.',
            waitMs: 1_800_000,
          },
          { say: 'Hall B (240 seats) is free on 12 June 2025, 09:00–12:00. Use Hall B.' },
        ],
      },
      {
        name: 'announcer',
        description: 'Publishes announcements to students',
        instructions: 'Publish announcements.',
        replies: [
          {
            call: 'publish',
            args: { course: 'MATH-201', text: 'Final exam 12 June 2025, 09:00–12:00, Hall B' },
            result: 'Announcement EXM-4471 published to 180 students.',
          },
          { say: 'Published EXM-4471 to all 180 MATH-201 students.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'room_planner', to: 'registrar' },
      agent: 'room_planner',
    },
  }),
  defineScenario({
    id: 'essay-grader-no-score',
    title: 'The grader returns "Score: N/A"; the report card goes out with it',
    domain: 'education',
    mast: ['FM-3.1', 'FM-3.2'],
    request:
      'Grade Noor’s history essay (submission S-77120) against rubric R-12 (out of 20) and write her report card comment.',
    topology: { shape: 'pipeline', order: ['submission_reader', 'grader', 'report_writer'] },
    agents: [
      {
        name: 'submission_reader',
        description: 'Reads submissions',
        instructions: 'Fetch the submission and the rubric.',
        replies: [
          {
            call: 'fetch_submission',
            args: { submission: 'S-77120' },
            result:
              'S-77120, Noor Haddad, "Causes of the 1848 revolutions", 1,412 words. Rubric R-12: argument 8, evidence 6, structure 4, language 2 (total 20).',
          },
          {
            say: 'Noor Haddad, essay "Causes of the 1848 revolutions" (1,412 words). Rubric R-12: argument /8, evidence /6, structure /4, language /2, total /20. Essay text attached.',
          },
        ],
      },
      {
        name: 'grader',
        description: 'Grades essays against rubrics',
        instructions: 'Grade the essay against the rubric, with a score per criterion and a total.',
        prompt: 'Submission and rubric:\n{input}',
        replies: [{ say: 'Score: N/A' }],
      },
      {
        name: 'report_writer',
        description: 'Writes report card comments',
        instructions: 'Write the report card comment from the grading.',
        prompt: 'Grading:\n{input}',
        replies: [
          {
            say: 'History — Noor Haddad: essay on the 1848 revolutions, score N/A out of 20. Keep up the effort.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'grader', to: 'report_writer' },
      agent: 'grader',
    },
  }),
  defineScenario({
    id: 'syllabus-brief-lost-in-team',
    title:
      'Inside the curriculum team, the syllabus writer gets a generic prompt instead of the lead’s brief',
    domain: 'education',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Prepare the syllabus for the new elective "Climate Data Science" (12 weeks, 5 ECTS, Python, prerequisite STAT-110) and get the exam board’s sign-off.',
    topology: {
      shape: 'nested',
      top: 'programme_director',
      teams: { curriculum_lead: ['syllabus_writer'], exam_board: ['regulation_checker'] },
    },
    program: { lose: { to: 'syllabus_writer', prompt: 'Write a syllabus.' } },
    agents: [
      {
        name: 'programme_director',
        description: 'Runs the study programme',
        instructions: 'Have the curriculum team write the syllabus and the exam board sign it off.',
        replies: [
          {
            handoff: 'curriculum_lead',
            message:
              'Write the syllabus for "Climate Data Science": 12 weeks, 5 ECTS, taught in Python, prerequisite STAT-110.',
          },
          {
            handoff: 'exam_board',
            message:
              'Sign off the syllabus "Introduction to Data Science": 10 weeks, 3 ECTS, R, no prerequisites, final exam 100%.',
          },
          {
            say: 'Syllabus approved by the exam board: "Introduction to Data Science", 10 weeks, 3 ECTS, taught in R, no prerequisites, final exam 100%.',
          },
        ],
      },
      {
        name: 'curriculum_lead',
        description: 'Leads curriculum design',
        instructions: 'Have the syllabus writer draft syllabi to the programme’s brief, then report.',
        replies: [
          {
            handoff: 'syllabus_writer',
            message:
              'Draft the syllabus for the elective "Climate Data Science": 12 weeks, 5 ECTS, Python, prerequisite STAT-110; include weekly topics and assessment.',
          },
          {
            say: 'Draft ready: "Introduction to Data Science", 10 weeks, 3 ECTS, taught in R, no prerequisites, assessed by a final exam (100%).',
          },
        ],
      },
      {
        name: 'syllabus_writer',
        description: 'Writes syllabi',
        instructions: 'Write syllabi.',
        replies: [
          {
            say: 'Syllabus: "Introduction to Data Science", 10 weeks, 3 ECTS, taught in R, no prerequisites. Weeks 1–10: data types, wrangling, visualisation, regression, classification. Assessment: final exam 100%.',
          },
        ],
      },
      {
        name: 'exam_board',
        description: 'Approves syllabi',
        instructions: 'Have the regulation checker check syllabi, then approve or reject.',
        replies: [
          {
            handoff: 'regulation_checker',
            message: 'Check the syllabus against the education regulations (OER 2025).',
          },
          { say: 'Approved: the syllabus meets OER 2025.' },
        ],
      },
      {
        name: 'regulation_checker',
        description: 'Checks syllabi against regulations',
        instructions: 'Check syllabi against the regulations.',
        replies: [{ say: 'Meets OER 2025: credit load, contact hours and assessment rules are fine.' }],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'curriculum_lead', to: 'syllabus_writer' },
      agent: 'syllabus_writer',
    },
  }),
  defineScenario({
    id: 'lesson-plan-revisions-converge',
    title: 'A lesson plan goes back twice with new feedback each time and is approved on the third round',
    domain: 'education',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: a revise loop that makes progress',
    request:
      'Write a 45-minute lesson plan on photosynthesis for year 8, with one hands-on activity and an exit ticket.',
    topology: {
      shape: 'pipeline',
      order: ['lesson_writer', 'lesson_reviewer'],
      loop: { from: 'lesson_reviewer', to: 'lesson_writer', while: 'REVISE', max: 5 },
    },
    agents: [
      {
        name: 'lesson_writer',
        description: 'Writes lesson plans',
        instructions: 'Write the lesson plan; apply every review note.',
        prompt: 'Request: {request}\n\nLatest note: {input}',
        replies: [
          {
            say: 'Photosynthesis, year 8, 45 min: 10 min starter (what do plants eat?), 20 min explanation of 6CO2 + 6H2O → C6H12O6 + 6O2, 15 min worksheet.',
          },
          {
            say: 'Revised: 10 min starter; 15 min explanation; 15 min hands-on: pondweed in light vs dark, count oxygen bubbles per minute; 5 min wrap-up.',
          },
          {
            say: 'Revised again: 10 min starter; 15 min explanation; 15 min pondweed bubble count (light vs dark); 5 min exit ticket: "Name the two inputs and two outputs of photosynthesis."',
          },
        ],
      },
      {
        name: 'lesson_reviewer',
        description: 'Reviews lesson plans',
        instructions: 'Answer "APPROVED" or "REVISE: <what to change>".',
        prompt: 'Plan to review:\n{input}',
        replies: [
          { say: 'REVISE: there is no hands-on activity; replace the worksheet with an experiment.' },
          { say: 'REVISE: the plan has no exit ticket; add one in the last 5 minutes.' },
          { say: 'APPROVED: 45 minutes, hands-on pondweed experiment, exit ticket on inputs and outputs.' },
        ],
      },
    ],
    expected: null,
  }),
];

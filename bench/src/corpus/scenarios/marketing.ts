import { defineScenario } from '../scenario.ts';

export const marketingScenarios = [
  defineScenario({
    id: 'formal-german-localisation',
    title: 'Asked for formal German (Sie), the translator writes informal German (du)',
    domain: 'marketing',
    mast: ['FM-1.1'],
    request:
      'Localise our product launch email for the German B2B market: formal German (Sie-form), keep the price as EUR 49 per user per month.',
    topology: { shape: 'pipeline', order: ['copy_editor', 'translator', 'campaign_publisher'] },
    agents: [
      {
        name: 'copy_editor',
        description: 'Edits campaign copy',
        instructions: 'Finalise the English copy and brief the translator.',
        replies: [
          {
            say: 'Translate into formal German (address the reader with "Sie"), B2B tone: "Meet Ledgerly Teams. Close your books 3 days faster. EUR 49 per user per month. Start your free 30-day trial today."',
          },
        ],
      },
      {
        name: 'translator',
        description: 'Translates copy',
        instructions: 'Translate copy as briefed.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            say: '„Lerne Ledgerly Teams kennen. Schließe deine Bücher 3 Tage schneller ab. 49 EUR pro Nutzer und Monat. Starte noch heute deine kostenlose 30-Tage-Testversion.“',
          },
        ],
      },
      {
        name: 'campaign_publisher',
        description: 'Schedules campaigns',
        instructions: 'Schedule the localised email.',
        prompt: 'German copy:\n{input}',
        replies: [
          {
            call: 'schedule_campaign',
            args: { list: 'DE-B2B', send_at: '2025-05-06T09:00' },
            result: 'Campaign CMP-8812 scheduled to 18,420 recipients (DE-B2B) for 6 May 2025 09:00 CEST.',
          },
          {
            say: 'Scheduled CMP-8812 to 18,420 DE-B2B contacts for 6 May 09:00: „Lerne Ledgerly Teams kennen. Schließe deine Bücher 3 Tage schneller ab. 49 EUR pro Nutzer und Monat. Starte noch heute deine kostenlose 30-Tage-Testversion.“',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'copy_editor', to: 'translator' },
      agent: 'translator',
    },
  }),
];

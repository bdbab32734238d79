import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import type { Fault } from '@handoff/example-kit';

/** The texts of examples/SCENARIO.md, shared by the mock models. */
export const REQUEST =
  "Write a short briefing on ACME Corp's Q3 2024 revenue in EUR with the top 3 revenue drivers. Cite sources.";
export const TASK =
  "Research ACME Corp's Q3 2024 revenue in EUR and the top 3 revenue drivers. Cite sources.";
export const FINDINGS = (price: string) =>
  `ACME Corp Q3 2024 revenue was EUR 4.2 billion (+12% YoY). Top 3 drivers: cloud services (+31%), industrial automation (+9%), licensing (+6%). Share price EUR ${price}. Source: acme.example/ir/q3-2024`;
const DRAFT = (price: string) =>
  `ACME Corp briefing, Q3 2024: revenue reached EUR 4.2 billion, up 12% year on year. The top 3 revenue drivers were cloud services (+31%), industrial automation (+9%) and licensing (+6%). Shares trade at EUR ${price}. Source: acme.example/ir/q3-2024.`;

/** What each agent's mock model says, per injected fault. */
export function scripts(
  fault: Fault,
): Record<'planner' | 'researcher' | 'writer' | 'reviewer', ScriptEntry[]> {
  const loops = fault === 'handoff_loop' ? 5 : 1;
  const planner: ScriptEntry[] = [
    {
      tool: 'research',
      input: { task: TASK },
      reasoning: 'Research first, then write, then review.',
      text: 'Delegating to the researcher.',
    },
  ];
  for (let round = 0; round < loops; round++) {
    // Each round hands the writer what came back last: the findings, then the reviewer's note.
    planner.push(({ lastToolResult }) => ({ tool: 'write', input: { findings: lastToolResult } }));
    planner.push(({ lastToolResult }) => ({ tool: 'review', input: { draft: lastToolResult } }));
  }
  planner.push(({ lastToolResult }) => ({ text: lastToolResult }));

  const search = {
    tool: 'web_search',
    input: { query: 'ACME Corp Q3 2024 revenue EUR' },
    reasoning: 'Find the Q3 2024 report first.',
  } as const;
  const researcher: Record<Fault, ScriptEntry[]> = {
    none: [
      search,
      { tool: 'market_data', input: { ticker: 'ACME' } },
      { text: FINDINGS('182.40'), reasoning: 'The report has all three drivers.' },
    ],
    stale_context: [
      search,
      { tool: 'market_data', input: { ticker: 'ACME' } },
      { tool: 'market_data', input: { ticker: 'ACME' }, text: 'Refreshing the price.' },
      // Writes up the first price it saw; the write-up takes 12 s of (simulated) time.
      { text: FINDINGS('182.40'), waitMs: 12_000 },
    ],
    misunderstood_task: [
      {
        tool: 'web_search',
        input: { query: 'ACME Corp 2023 revenue' },
        reasoning: 'The user wants last year.',
      },
      { text: 'ACME Corp 2023 revenue was USD 15.1 billion. Source: acme.example/ir/2023' },
    ],
    low_quality_output: [
      search,
      { tool: 'market_data', input: { ticker: 'ACME' } },
      { text: FINDINGS('182.40') },
    ],
    lost_message: [
      { tool: 'web_search', input: { query: 'latest company news' } },
      { text: 'Here is a general market overview: markets were mixed this quarter.' },
    ],
    agent_error: [search, { text: 'Error: 429 Too Many Requests' }],
    handoff_loop: [search, { tool: 'market_data', input: { ticker: 'ACME' } }, { text: FINDINGS('182.40') }],
  };

  const writer: ScriptEntry =
    fault === 'low_quality_output'
      ? { text: "I'm sorry, but I can't help with writing this briefing." }
      : fault === 'handoff_loop'
        ? { text: DRAFT('182.40') }
        : ({ lastUserMessage }) => ({
            text:
              /EUR 4\.2 billion/.test(lastUserMessage) && !/Error|overview/.test(lastUserMessage)
                ? DRAFT(/EUR (\d+\.\d\d)\./.exec(lastUserMessage)?.[1] ?? '182.40')
                : `Briefing: ${lastUserMessage.replace(/^Write a briefing from: /, '')}`,
          });
  const reviewer: ScriptEntry =
    fault === 'handoff_loop'
      ? { text: 'Please revise.' }
      : ({ lastUserMessage }) => ({
          text: `APPROVED. ${lastUserMessage.replace(/^Review this draft: /, '')}`,
        });
  return { planner, researcher: researcher[fault], writer: [writer], reviewer: [reviewer] };
}

import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import {
  draft as DRAFT,
  type Fault,
  findings as FINDINGS,
  GENERIC_FINDINGS,
  RATE_LIMIT,
  REFUSAL,
  REVISE,
  TASK,
  WRONG_YEAR_FINDINGS,
} from '@handoff/example-kit';

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
      { text: WRONG_YEAR_FINDINGS },
    ],
    low_quality_output: [
      search,
      { tool: 'market_data', input: { ticker: 'ACME' } },
      { text: FINDINGS('182.40') },
    ],
    lost_message: [
      { tool: 'web_search', input: { query: 'latest company news' } },
      { text: GENERIC_FINDINGS },
    ],
    agent_error: [search, { text: `Error: ${RATE_LIMIT}` }],
    handoff_loop: [search, { tool: 'market_data', input: { ticker: 'ACME' } }, { text: FINDINGS('182.40') }],
  };

  const writer: ScriptEntry =
    fault === 'low_quality_output'
      ? { text: REFUSAL }
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
      ? { text: REVISE }
      : ({ lastUserMessage }) => ({
          text: `APPROVED. ${lastUserMessage.replace(/^Review this draft: /, '')}`,
        });
  return { planner, researcher: researcher[fault], writer: [writer], reviewer: [reviewer] };
}

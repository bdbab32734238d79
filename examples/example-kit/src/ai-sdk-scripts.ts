import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import type { Fault } from './faults.ts';
import {
  draft as DRAFT,
  findings as FINDINGS,
  GENERIC_FINDINGS,
  RATE_LIMIT,
  REFUSAL,
  REVISE,
  TASK,
  WRONG_YEAR_FINDINGS,
} from './scenario-texts.ts';

/** How the planner's model calls a sub-agent: tool name and input, per framework. */
export type Delegate = (
  agent: 'researcher' | 'writer' | 'reviewer',
  message: string,
) => { tool: string; input: Record<string, unknown> };

/** The AI SDK example's delegation tools: research({ task }), write({ findings }), review({ draft }). */
const AI_SDK_DELEGATE: Delegate = (agent, message) =>
  agent === 'researcher'
    ? { tool: 'research', input: { task: message } }
    : agent === 'writer'
      ? { tool: 'write', input: { findings: message } }
      : { tool: 'review', input: { draft: message } };

/**
 * What each agent's mock model says, per injected fault, for teams on AI SDK models (the AI SDK
 * itself, and Mastra, whose agents run AI SDK models).
 */
export function scripts(
  fault: Fault,
  delegate: Delegate = AI_SDK_DELEGATE,
): Record<'planner' | 'researcher' | 'writer' | 'reviewer', ScriptEntry[]> {
  const loops = fault === 'handoff_loop' ? 5 : 1;
  const planner: ScriptEntry[] = [
    {
      ...delegate('researcher', TASK),
      reasoning: 'Research first, then write, then review.',
      text: 'Delegating to the researcher.',
    },
  ];
  for (let round = 0; round < loops; round++) {
    // Each round hands the writer what came back last: the findings, then the reviewer's note.
    planner.push(({ lastToolResult }) => delegate('writer', lastToolResult));
    planner.push(({ lastToolResult }) => delegate('reviewer', lastToolResult));
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

import {
  draft,
  type Fault,
  findings,
  GENERIC_FINDINGS,
  RATE_LIMIT,
  REFUSAL,
  REVISE,
  TASK,
  WRONG_YEAR_FINDINGS,
} from '@handoff/example-kit';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import type { AgentName } from './team.ts';

type Reply = {
  content: string;
  tool_calls?: { name: string; args: Record<string, unknown>; id: string }[];
  reasoning?: string;
  waitMs?: number;
};

const last = (messages: BaseMessage[]) => String(messages.at(-1)?.content ?? '');

/** Deterministic chat models (LangChain's fakeModel) that say the scenario's lines for `fault`. */
export function scriptedModels(fault: Fault, wait: (ms: number) => void) {
  let id = 0;
  const model = (
    agent: AgentName,
    replies: (Reply | ((messages: BaseMessage[]) => Reply))[],
    repeatLast = 8,
  ) => {
    const built = fakeModel();
    const all = [...replies, ...Array.from({ length: repeatLast }, () => replies.at(-1)!)];
    for (const entry of all) {
      built.respond((messages: BaseMessage[]) => {
        const reply = typeof entry === 'function' ? entry(messages) : entry;
        if (reply.waitMs) wait(reply.waitMs);
        const content = reply.reasoning
          ? [
              { type: 'reasoning', reasoning: reply.reasoning },
              { type: 'text', text: reply.content },
            ]
          : reply.content;
        const tokens = Math.ceil(JSON.stringify(messages.map((m) => m.content)).length / 4);
        return new AIMessage({
          id: `${agent}-${++id}`,
          name: agent,
          content,
          tool_calls: (reply.tool_calls ?? []).map((call) => ({ ...call, type: 'tool_call' as const })),
          usage_metadata: {
            input_tokens: tokens,
            output_tokens: Math.ceil(reply.content.length / 4) + 5,
            total_tokens: tokens + Math.ceil(reply.content.length / 4) + 5,
            ...(reply.reasoning ? { output_token_details: { reasoning: 6 } } : {}),
          },
        });
      });
    }
    return built;
  };
  const search = (query: string): Reply => ({
    content: '',
    tool_calls: [{ name: 'web_search', args: { query }, id: `call_search_${++id}` }],
    reasoning: 'Find the report first.',
  });
  const price = (): Reply => ({
    content: '',
    tool_calls: [{ name: 'market_data', args: { ticker: 'ACME' }, id: `call_price_${++id}` }],
  });
  const researcher: Record<Fault, Reply[]> = {
    none: [search('ACME Corp Q3 2024 revenue EUR'), price(), { content: findings('182.40') }],
    stale_context: [
      search('ACME Corp Q3 2024 revenue EUR'),
      price(),
      price(),
      { content: findings('182.40'), waitMs: 12_000 },
    ],
    misunderstood_task: [search('ACME Corp 2023 revenue'), { content: WRONG_YEAR_FINDINGS }],
    low_quality_output: [search('ACME Corp Q3 2024 revenue EUR'), price(), { content: findings('182.40') }],
    lost_message: [search('latest company news'), { content: GENERIC_FINDINGS }],
    agent_error: [search('ACME Corp Q3 2024 revenue EUR'), { content: `Error: ${RATE_LIMIT}` }],
    handoff_loop: [search('ACME Corp Q3 2024 revenue EUR'), price(), { content: findings('182.40') }],
  };
  const writer = (messages: BaseMessage[]): Reply => {
    if (fault === 'low_quality_output') return { content: REFUSAL };
    // The brief, wherever it sits: a revision round adds the last draft and the reviewer's note after it.
    const input =
      messages
        .map((message) => String(message.content))
        .find((text) => text.startsWith('Write a briefing from: ')) ?? last(messages);
    return {
      content:
        /EUR 4\.2 billion/.test(input) && !/Error/.test(input)
          ? draft('182.40')
          : `Briefing: ${input.replace(/^Write a briefing from: /, '')}`,
    };
  };
  const reviewer = (messages: BaseMessage[]): Reply => ({
    content:
      fault === 'handoff_loop' ? REVISE : `APPROVED. ${last(messages).replace(/^Review this draft: /, '')}`,
  });
  return {
    planner: model('planner', [
      { content: TASK, reasoning: 'Pin down company, quarter, currency and the number of drivers.' },
    ]),
    researcher: model('researcher', researcher[fault]),
    writer: model('writer', [writer]),
    reviewer: model('reviewer', [reviewer]),
  };
}

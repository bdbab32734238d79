import type { Message, Tracer } from '@handoff/core';

/** Scripted replies: the agents' "models". A real program calls an LLM here. */
const REPLIES = {
  planner: "Research ACME Corp's Q3 2024 revenue in EUR and the top 3 revenue drivers. Cite sources.",
  researcher:
    'ACME Corp Q3 2024 revenue was EUR 4.2 billion (+12% YoY). Top 3 drivers: cloud services (+31%), industrial automation (+9%), licensing (+6%). Share price EUR 182.40. Source: acme.example/ir/q3-2024',
  writer:
    'ACME Corp briefing, Q3 2024: revenue reached EUR 4.2 billion, up 12% year on year. The top 3 revenue drivers were cloud services (+31%), industrial automation (+9%) and licensing (+6%). Shares trade at EUR 182.40. Source: acme.example/ir/q3-2024.',
};

/** A system prompt of realistic length: real teams send one like it to every agent on every turn. */
const TEAM_INSTRUCTIONS = [
  'You are one agent of a research team that writes short, sourced financial briefings for analysts.',
  'The planner turns the request into a precise research task: company, period, currency, number of items, sources.',
  'The researcher answers the task with figures from tools only, citing every source, and never changes the period or currency it was given.',
  'The writer turns the findings into a briefing of at most 80 words, keeping every figure, currency and source exactly as found.',
  'The reviewer checks the draft against the findings: figures, period, currency, the number of drivers and the sources. It approves only a draft that passes every check and otherwise sends it back with the exact problem.',
  'Every agent answers in English, uses ISO currency codes, and says so plainly when a tool fails instead of guessing.',
].join(' ');

export const REQUEST =
  "Write a short briefing on ACME Corp's Q3 2024 revenue in EUR with the top 3 revenue drivers. Cite sources.";

/**
 * planner → researcher → writer → reviewer, recorded with the low-level API. Like most real teams,
 * every agent is sent the whole conversation so far, which content addressing stores only once.
 */
export async function runResearchTeam(tracer: Tracer): Promise<string> {
  return tracer.workflow(
    'research-team',
    async () => {
      const history: Message[] = [
        { role: 'system', content: TEAM_INSTRUCTIONS },
        { role: 'user', content: REQUEST },
      ];
      const step = async (
        agent: string,
        next: string | undefined,
        work: (input: Message[]) => string | Promise<string>,
      ) => {
        const input = [...history];
        const output = await tracer.turn(
          agent,
          async (turn) => {
            const text = await work(input);
            turn.recordModelCall({
              model: 'scripted-model',
              provider: 'none',
              input,
              output: text,
              usage: {
                inputTokens: input.reduce((n, m) => n + m.content.length / 4, 0),
                outputTokens: text.length / 4,
              },
            });
            return text;
          },
          { input },
        );
        history.push({ role: 'assistant', name: agent, content: output });
        if (next) tracer.handoff({ from: agent, to: next, content: output, kind: 'explicit' });
        return output;
      };

      await step('planner', 'researcher', () => REPLIES.planner);
      await step('researcher', 'writer', () => {
        const search = tracer
          .currentTurn()
          ?.startToolCall({ name: 'web_search', args: { query: 'ACME Corp Q3 2024 revenue EUR' } });
        search?.end({ result: 'ACME Corp Q3 2024 report: revenue EUR 4.2 billion, up 12% year on year.' });
        tracer.provideContext('market_data', { ticker: 'ACME', price: 182.4, currency: 'EUR' });
        tracer.readContext('market_data');
        return REPLIES.researcher;
      });
      await step('writer', 'reviewer', () => REPLIES.writer);
      return step('reviewer', undefined, () => `APPROVED. ${REPLIES.writer}`);
    },
    { input: REQUEST },
  );
}

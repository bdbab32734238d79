import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { tool } from '@langchain/core/tools';
import { createAgent } from 'langchain';
import { z } from 'zod';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * Agents as tools (docs: multi-agent "Supervisor (tool-calling)", LangChain "Subagents"): the main
 * agent calls a tool that invokes another agent with the query it chose and returns its last message.
 */
export function agentAsTool(options: RunOptions): Promise<unknown> {
  const researcher = createAgent({
    model: fakeModel().respond(
      new AIMessage({ id: 'research-1', content: 'The Emperor penguin is the tallest: up to 122 cm.' }),
    ),
    tools: [],
    systemPrompt: 'You research animal facts.',
    name: 'researcher',
  });
  const askResearcher = tool(
    async ({ query }) => {
      const result = await researcher.invoke({ messages: [{ role: 'user', content: query }] });
      return String(result.messages.at(-1)?.content ?? '');
    },
    {
      name: 'research',
      description: 'Ask the research agent a factual question.',
      schema: z.object({ query: z.string().describe('The question for the researcher') }),
    },
  );
  const assistant = createAgent({
    model: fakeModel()
      .respond(
        new AIMessage({
          id: 'main-1',
          content: '',
          tool_calls: [
            { name: 'research', args: { query: 'Which penguin species is the tallest?' }, id: 'call-r1' },
          ],
        }),
      )
      .respond(new AIMessage({ id: 'main-2', content: 'The Emperor penguin is the tallest, up to 122 cm.' })),
    tools: [askResearcher],
    systemPrompt: 'You answer questions; use the research tool for facts.',
    name: 'assistant',
  });
  return runGraph(
    assistant,
    { messages: [new HumanMessage({ id: 'user-1', content: 'Which penguin is the tallest?' })] },
    options,
  );
}

import { ToolLoopAgent, tool } from 'ai';
import { z } from 'zod';
import type { Agents } from './traced-agents.ts';

/**
 * Subagents (AI SDK docs, "Subagents", basic pattern): the main agent has a tool whose `execute` runs a
 * research subagent and returns its final text.
 */
export async function researchWithSubagent(question: string, agents: Agents) {
  // Define a subagent for research tasks
  const researchSubagent = new ToolLoopAgent({
    model: agents.model('researcher'),
    instructions: `You are a research agent.
Summarize your findings in your final response.`,
    tools: {
      search: tool({
        description: 'Search the web.',
        inputSchema: z.object({ query: z.string() }),
        execute: async ({ query }) =>
          `Results for ${query}: cats sleep 12 to 16 hours a day (vetmed.example).`,
      }),
    },
    telemetry: agents.telemetry('researcher'),
  });

  // Create a tool that delegates to the subagent
  const researchTool = tool({
    description: 'Research a topic or question in depth.',
    inputSchema: z.object({
      task: z.string().describe('The research task to complete'),
    }),
    execute: async ({ task }, { abortSignal }) => {
      const result = await researchSubagent.generate({
        prompt: task,
        abortSignal,
      });
      return result.text;
    },
  });

  // Main agent uses the research tool
  const mainAgent = new ToolLoopAgent({
    model: agents.model('assistant'),
    instructions: 'You are a helpful assistant that can delegate research tasks.',
    tools: {
      research: researchTool,
    },
    telemetry: agents.telemetry('assistant'),
  });
  return (await mainAgent.generate({ prompt: question })).text;
}

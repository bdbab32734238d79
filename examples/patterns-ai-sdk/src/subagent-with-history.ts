import { ToolLoopAgent, tool } from 'ai';
import { z } from 'zod';
import type { Agents } from './traced-agents.ts';

/**
 * A subagent given the main agent's conversation (AI SDK docs, "Subagents", "Subagent Context is
 * Isolated"): `execute` passes the parent's `messages` plus the task.
 */
export async function researchWithHistory(question: string, agents: Agents) {
  const researchSubagent = new ToolLoopAgent({
    model: agents.model('researcher'),
    instructions: 'You are a research agent. Answer the last request using the conversation.',
    telemetry: agents.telemetry('researcher'),
  });
  const researchTool = tool({
    description: 'Research a topic or question in depth.',
    inputSchema: z.object({ task: z.string().describe('The research task to complete') }),
    execute: async ({ task }, { abortSignal, messages }) => {
      const result = await researchSubagent.generate({
        messages: [
          ...messages, // The main agent's conversation history
          { role: 'user', content: task }, // The specific task for this invocation
        ],
        abortSignal,
      });
      return result.text;
    },
  });
  const mainAgent = new ToolLoopAgent({
    model: agents.model('assistant'),
    instructions: 'You are a helpful assistant that can delegate research tasks.',
    tools: { research: researchTool },
    telemetry: agents.telemetry('assistant'),
  });
  return (await mainAgent.generate({ prompt: question })).text;
}

import { readUIMessageStream, ToolLoopAgent, tool, toUIMessageStream } from 'ai';
import { z } from 'zod';
import type { Agents } from './traced-agents.ts';

/**
 * Streaming subagent progress (AI SDK docs, "Subagents"): the tool's `execute` is an async generator
 * that streams the subagent and yields the growing UI message (preliminary tool results), and
 * `toModelOutput` hands the main agent's model only the final text.
 */
export async function researchWithStreamingSubagent(question: string, agents: Agents) {
  const researchSubagent = new ToolLoopAgent({
    model: agents.model('researcher'),
    instructions: `You are a research agent. Complete the task autonomously.

IMPORTANT: When you have finished, write a clear summary of your findings as your final response.
This summary will be returned to the main agent, so include all relevant information.`,
    telemetry: agents.telemetry('researcher'),
  });

  const researchTool = tool({
    description: 'Research a topic or question in depth.',
    inputSchema: z.object({
      task: z.string().describe('The research task to complete'),
    }),
    execute: async function* ({ task }, { abortSignal }) {
      // Start the subagent with streaming
      const result = await researchSubagent.stream({
        prompt: task,
        abortSignal,
      });

      // Each iteration yields a complete, accumulated UIMessage
      for await (const message of readUIMessageStream({
        stream: toUIMessageStream({ stream: result.stream }),
      })) {
        yield message;
      }
    },
    toModelOutput: ({ output: message }) => {
      // Extract just the final text as a summary
      const lastTextPart = message?.parts.findLast((p) => p.type === 'text');
      return {
        type: 'text',
        value: lastTextPart?.text ?? 'Task completed.',
      };
    },
  });

  const mainAgent = new ToolLoopAgent({
    model: agents.model('assistant'),
    instructions: 'You are a helpful assistant that can delegate research tasks.',
    tools: { research: researchTool },
    telemetry: agents.telemetry('assistant'),
  });
  const result = await mainAgent.stream({ prompt: question });
  return await result.text;
}

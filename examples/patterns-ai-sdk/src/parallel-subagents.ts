import { ToolLoopAgent, tool } from 'ai';
import { z } from 'zod';
import type { Agents } from './traced-agents.ts';

/**
 * Parallel subagents (AI SDK docs, "Subagents", "Parallelizing Independent Work"): the main agent
 * calls its research tool several times in one step; each call runs its own subagent at once.
 */
export async function exploreInParallel(question: string, agents: Agents) {
  const explorer = new ToolLoopAgent({
    model: agents.model('explorer'),
    instructions: 'You explore one area of the codebase and summarise it.',
    telemetry: agents.telemetry('explorer'),
  });
  const mainAgent = new ToolLoopAgent({
    model: agents.model('lead'),
    instructions: 'You split exploration into areas and synthesise the summaries.',
    tools: {
      explore: tool({
        description: 'Explore one area of the codebase.',
        inputSchema: z.object({ area: z.string() }),
        execute: async ({ area }, { abortSignal }) =>
          (await explorer.generate({ prompt: area, abortSignal })).text,
      }),
    },
    telemetry: agents.telemetry('lead'),
  });
  return (await mainAgent.generate({ prompt: question })).text;
}

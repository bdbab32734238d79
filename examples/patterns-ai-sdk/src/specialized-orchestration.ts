import { ToolLoopAgent, tool } from 'ai';
import { z } from 'zod';
import type { Agents } from './traced-agents.ts';

/**
 * Specialized orchestration (AI SDK docs, "Subagents", "Specialized Orchestration"): a main agent
 * that only orchestrates, delegating to an exploration subagent with read-only tools and a coding
 * subagent with editing tools, one after the other.
 */
export async function orchestrateSpecialists(request: string, agents: Agents) {
  const explorer = new ToolLoopAgent({
    model: agents.model('explorer'),
    instructions: 'You read the codebase (read-only) and report what you find.',
    tools: {
      readFile: tool({
        description: 'Read a file.',
        inputSchema: z.object({ path: z.string() }),
        execute: async ({ path }) => `// ${path}\nexport const timeoutMs = 5_000;`,
      }),
    },
    telemetry: agents.telemetry('explorer'),
  });
  const coder = new ToolLoopAgent({
    model: agents.model('coder'),
    instructions: 'You edit files to make the requested change.',
    tools: {
      writeFile: tool({
        description: 'Write a file.',
        inputSchema: z.object({ path: z.string(), content: z.string() }),
        execute: async ({ path }) => `wrote ${path}`,
      }),
    },
    telemetry: agents.telemetry('coder'),
  });
  const orchestrator = new ToolLoopAgent({
    model: agents.model('orchestrator'),
    instructions: 'You only orchestrate: explore first, then have the coder make the change.',
    tools: {
      explore: tool({
        description: 'Research the codebase (read-only).',
        inputSchema: z.object({ task: z.string() }),
        execute: async ({ task }, { abortSignal }) =>
          (await explorer.generate({ prompt: task, abortSignal })).text,
      }),
      code: tool({
        description: 'Make a code change.',
        inputSchema: z.object({ task: z.string() }),
        execute: async ({ task }, { abortSignal }) =>
          (await coder.generate({ prompt: task, abortSignal })).text,
      }),
    },
    telemetry: agents.telemetry('orchestrator'),
  });
  return (await orchestrator.generate({ prompt: request })).text;
}

import { type ModelMessage, type ToolApprovalResponse, ToolLoopAgent, tool } from 'ai';
import { z } from 'zod';
import type { Agents } from './traced-agents.ts';

/**
 * Human approval before delegating (AI SDK docs, "Tool Execution Approval" with "Subagents": approval
 * flows belong to the main agent's tools, not the subagent's): the research tool that runs the
 * subagent needs `user-approval`, so the first call ends with an approval request; the app asks a
 * human and calls the agent again with the `tool-approval-response`, and the tool runs.
 */
export async function subagentWithApproval(
  question: string,
  agents: Agents,
  decide: (request: { toolName: string; input: unknown }) => { approved: boolean; reason?: string },
) {
  const researchSubagent = new ToolLoopAgent({
    model: agents.model('researcher'),
    instructions: 'You are a research agent. Summarize your findings in your final response.',
    telemetry: agents.telemetry('researcher'),
  });
  const researchTool = tool({
    description: 'Research a topic or question in depth (paid database).',
    inputSchema: z.object({ task: z.string().describe('The research task to complete') }),
    execute: async ({ task }, { abortSignal }) =>
      (await researchSubagent.generate({ prompt: task, abortSignal })).text,
  });
  const mainAgent = new ToolLoopAgent({
    model: agents.model('assistant'),
    instructions: 'You are a helpful assistant that can delegate research tasks.',
    tools: { research: researchTool },
    toolApproval: { research: 'user-approval' },
    telemetry: agents.telemetry('assistant'),
  });

  const messages: ModelMessage[] = [{ role: 'user', content: question }];
  const first = await mainAgent.generate({ messages });
  messages.push(...first.responseMessages);
  const approvals: ToolApprovalResponse[] = [];
  for (const part of first.content) {
    if (part.type === 'tool-approval-request' && !part.isAutomatic) {
      const decision = decide({ toolName: part.toolCall.toolName, input: part.toolCall.input });
      approvals.push({ type: 'tool-approval-response', approvalId: part.approvalId, ...decision });
    }
  }
  messages.push({ role: 'tool', content: approvals });
  return (await mainAgent.generate({ messages })).text;
}

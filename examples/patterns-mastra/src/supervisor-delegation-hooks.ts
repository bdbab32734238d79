import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { MockMemory } from '@mastra/core/memory';
import { mockModel, type Traced } from './run-pattern.ts';

/**
 * Supervisor with delegation hooks (Mastra docs, "Subagents: Delegation hooks"): `onDelegationStart`
 * rewrites the prompt a subagent gets (`modifiedPrompt`) or rejects the delegation with a reason the
 * parent's model is shown instead of an answer; here a budget of one delegation.
 */
export async function supervisorWithDelegationHooks(
  { observability }: Traced,
  scripts: { parent: ScriptEntry[]; research: ScriptEntry[]; writing: ScriptEntry[] },
) {
  const researchAgent = new Agent({
    id: 'research-agent',
    name: 'Research Agent',
    description: 'Gathers factual information and returns bullet-point summaries.',
    instructions: 'You research facts.',
    model: mockModel('research-llm', scripts.research),
  });
  const writingAgent = new Agent({
    id: 'writing-agent',
    name: 'Writing Agent',
    description: 'Transforms research into well-structured articles.',
    instructions: 'You write articles.',
    model: mockModel('writing-llm', scripts.writing),
  });
  const parentAgent = new Agent({
    id: 'parent-agent',
    name: 'Parent Agent',
    instructions: 'You coordinate research and writing using specialized agents.',
    model: mockModel('parent-llm', scripts.parent),
    agents: { researchAgent, writingAgent },
    memory: new MockMemory(),
  });
  const mastra = new Mastra({ agents: { parentAgent }, logger: false, observability });

  // A budget of one delegation: the second is rejected and the parent is told to write it itself.
  let delegations = 0;
  const stream = await mastra
    .getAgent('parentAgent')
    .stream('Research AI in education and write an article', {
      maxSteps: 10,
      delegation: {
        onDelegationStart: async (context) => {
          if (++delegations > 1)
            return {
              proceed: false,
              rejectionReason: 'Delegation budget used up: write the article yourself.',
            };
          if (context.primitiveId === 'research-agent')
            return { proceed: true, modifiedPrompt: `${context.prompt}\n\nFocus on 2024-2025 data.` };
          return { proceed: true };
        },
      },
    });
  let text = '';
  for await (const chunk of stream.textStream) text += chunk;
  return text;
}

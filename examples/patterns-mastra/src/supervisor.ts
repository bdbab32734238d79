import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { MockMemory } from '@mastra/core/memory';
import { mockModel, type Traced } from './run-pattern.ts';

export interface SupervisorScripts {
  parent: ScriptEntry[];
  research: ScriptEntry[];
  writing: ScriptEntry[];
}

/** The docs' parent agent with its research and writing subagents, on a traced Mastra instance. */
export function supervisorTeam(observability: Traced['observability'], scripts: SupervisorScripts) {
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
    instructions: `You coordinate research and writing using specialized agents.
    Delegate to research-agent for facts, then writing-agent for content.`,
    model: mockModel('parent-llm', scripts.parent),
    agents: { researchAgent, writingAgent },
    memory: new MockMemory(),
  });
  return new Mastra({ agents: { parentAgent }, logger: false, observability });
}

/**
 * Supervisor agent (Mastra docs, "Subagents" quickstart): subagents on the parent's `agents`
 * property; the parent delegates through the `agent-<key>` tools Mastra gives it and synthesises.
 */
export async function supervisor({ observability }: Traced, scripts: SupervisorScripts) {
  const stream = await supervisorTeam(observability, scripts)
    .getAgent('parentAgent')
    .stream('Research AI in education and write an article', {
      maxSteps: 10,
    });
  let text = '';
  for await (const chunk of stream.textStream) text += chunk;
  return text;
}

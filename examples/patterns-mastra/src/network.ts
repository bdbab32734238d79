import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { MockMemory } from '@mastra/core/memory';
import { mockModel, type Traced } from './run-pattern.ts';

/**
 * Agent network (Mastra docs, "Agent networks"): a routing agent with `agents` and memory; `.network()`
 * routes each step to an agent and checks completion. Iterated through `exporter.traceNetwork`, as
 * Handoff's README says, so the routing decisions become handoffs.
 */
export async function agentNetwork(
  { observability, exporter }: Traced,
  scripts: { router: ScriptEntry[]; research: ScriptEntry[]; writing: ScriptEntry[] },
) {
  const researchAgent = new Agent({
    id: 'research-agent',
    name: 'Research Agent',
    description: 'Researches a topic and returns the key facts.',
    instructions: 'You research topics.',
    model: mockModel('research-llm', scripts.research),
  });
  const writingAgent = new Agent({
    id: 'writing-agent',
    name: 'Writing Agent',
    description: 'Writes a report in full paragraphs from research.',
    instructions: 'You write reports.',
    model: mockModel('writing-llm', scripts.writing),
  });
  const routingAgent = new Agent({
    id: 'routing-agent',
    name: 'Routing Agent',
    instructions: `You are a network of writers and researchers. The user will ask you to research a topic.
    Always respond with a complete report—no bullet points.`,
    model: mockModel('routing-llm', scripts.router),
    agents: { researchAgent, writingAgent },
    memory: new MockMemory(),
  });
  const mastra = new Mastra({ agents: { routingAgent }, logger: false, observability });

  const result = await mastra.getAgent('routingAgent').network('Tell me how long cats sleep', {
    memory: { thread: 'thread-1', resource: 'user-1' },
  });
  const finished: string[] = [];
  for await (const chunk of exporter.traceNetwork(result)) {
    if (chunk.type === 'network-execution-event-step-finish') finished.push(String(chunk.payload.result));
  }
  return finished;
}

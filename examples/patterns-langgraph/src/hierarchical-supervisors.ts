import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { createSupervisor } from '@langchain/langgraph-supervisor';
import { createAgent } from 'langchain';
import { type RunOptions, runGraph } from './run-graph.ts';

const transfer = (id: string, agent: string) =>
  new AIMessage({
    id,
    content: '',
    tool_calls: [{ name: `transfer_to_${agent}`, args: {}, id: `call-${id}` }],
  });

const worker = (name: string, answer: string) =>
  createAgent({ model: fakeModel().respond(new AIMessage({ id: name, content: answer })), tools: [], name });

/**
 * Multi-level hierarchy of `createSupervisor` graphs (langgraph-supervisor README "Multi-level
 * Hierarchies"): a top supervisor whose agents are two compiled supervisor teams, each with its own
 * `supervisor` and workers. Three agents are called `supervisor`; Handoff names them by path.
 */
export function hierarchicalSupervisors(options: RunOptions): Promise<unknown> {
  const researchTeam = createSupervisor({
    agents: [
      worker('research_expert', 'Emperor penguins dive to 565 metres and stay under for up to 27 minutes.')
        .graph,
    ] as never,
    llm: fakeModel()
      .respond(transfer('research-sup-1', 'research_expert'))
      .respond(
        new AIMessage({
          id: 'research-sup-2',
          content: 'Research: emperor penguins dive to 565 metres, up to 27 minutes.',
        }),
      ),
  }).compile({ name: 'research_team' });
  const writingTeam = createSupervisor({
    agents: [
      worker(
        'writing_expert',
        'Emperor penguins plunge 565 metres deep and hold their breath for 27 minutes.',
      ).graph,
    ] as never,
    llm: fakeModel()
      .respond(transfer('writing-sup-1', 'writing_expert'))
      .respond(
        new AIMessage({
          id: 'writing-sup-2',
          content: 'Emperor penguins plunge 565 metres deep and hold their breath for 27 minutes.',
        }),
      ),
  }).compile({ name: 'writing_team' });
  const graph = createSupervisor({
    agents: [researchTeam, writingTeam] as never,
    llm: fakeModel()
      .respond(transfer('top-1', 'research_team'))
      .respond(transfer('top-2', 'writing_team'))
      .respond(
        new AIMessage({
          id: 'top-3',
          content: 'Emperor penguins plunge 565 metres deep and hold their breath for 27 minutes.',
        }),
      ),
  }).compile({ name: 'top_level_supervisor' });
  return runGraph(
    graph,
    {
      messages: [
        new HumanMessage({ id: 'user-1', content: 'Write one sentence on how deep emperor penguins dive.' }),
      ],
    },
    options,
  );
}

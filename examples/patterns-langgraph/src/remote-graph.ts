import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { RemoteGraph } from '@langchain/langgraph/remote';
import { type RunOptions, runGraph } from './run-graph.ts';

/** A stream chunk of the LangGraph server's `runs.stream` (SSE event and data). */
interface ServerChunk {
  event: string;
  data: unknown;
}

/**
 * What the deployed research graph answers: its node updates, as a LangGraph server streams them.
 * Stands in for `new Client({ apiUrl })` of `@langchain/langgraph-sdk` (only `runs.stream` is used).
 */
function deployedResearchTeam(findings: string) {
  const answer = { role: 'ai', type: 'ai', id: 'remote-1', content: findings };
  return {
    runs: {
      async *stream(): AsyncGenerator<ServerChunk> {
        yield { event: 'metadata', data: { run_id: 'remote-run-1' } };
        yield { event: 'updates', data: { researcher: { messages: [answer] } } };
        yield { event: 'values', data: { messages: [answer] } };
      },
    },
  };
}

/**
 * A remote graph as an agent (docs: "RemoteGraph", use a deployed graph as a node of a local graph):
 * a local planner hands the question to a research team deployed on a LangGraph server, and a local
 * writer turns its findings into the answer.
 */
export function remoteGraphAgent(options: RunOptions): Promise<unknown> {
  const findings = 'Adult cats sleep 12 to 16 hours a day (vetmed.example).';
  const researchTeam = new RemoteGraph({
    graphId: 'research_team',
    name: 'research_team',
    client: deployedResearchTeam(findings) as never,
  });
  const planner = fakeModel().respond(
    new AIMessage({ id: 'plan-1', content: 'Find how many hours a day adult cats sleep.' }),
  );
  const writer = fakeModel().respond(
    new AIMessage({ id: 'write-1', content: 'Cats sleep 12 to 16 hours a day, kittens more.' }),
  );
  const graph = new StateGraph(MessagesAnnotation)
    .addNode('planner', async (state) => ({ messages: [await planner.invoke(state.messages)] }))
    .addNode('research_team', researchTeam)
    .addNode('writer', async (state) => ({ messages: [await writer.invoke(state.messages)] }))
    .addEdge(START, 'planner')
    .addEdge('planner', 'research_team')
    .addEdge('research_team', 'writer')
    .addEdge('writer', END)
    .compile({ name: 'remote-research' });
  return runGraph(graph, { messages: [{ role: 'user', content: 'How long do cats sleep?' }] }, options);
}

import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * Custom workflow with explicit control flow (docs: multi-agent "Custom multi-agent workflow",
 * workflows "Prompt chaining"): agents are nodes joined by normal edges, sharing a message list.
 */
export function sequential(options: RunOptions): Promise<unknown> {
  const planner = fakeModel().respond(
    new AIMessage({ id: 'plan-1', content: 'Research where emperor penguins breed, then write two lines.' }),
  );
  const researcher = fakeModel().respond(
    new AIMessage({ id: 'research-1', content: 'Emperor penguins breed on Antarctic sea ice in winter.' }),
  );
  const writer = fakeModel().respond(
    new AIMessage({ id: 'write-1', content: 'In winter dark on Antarctic ice, the emperors breed.' }),
  );
  const graph = new StateGraph(MessagesAnnotation)
    .addNode('planner', async (state) => ({ messages: [await planner.invoke(state.messages)] }))
    .addNode('researcher', async (state) => ({ messages: [await researcher.invoke(state.messages)] }))
    .addNode('writer', async (state) => ({ messages: [await writer.invoke(state.messages)] }))
    .addEdge(START, 'planner')
    .addEdge('planner', 'researcher')
    .addEdge('researcher', 'writer')
    .addEdge('writer', END)
    .compile({ name: 'sequential' });
  return runGraph(
    graph,
    { messages: [new HumanMessage({ id: 'user-1', content: 'Two lines on where emperor penguins breed.' })] },
    options,
  );
}

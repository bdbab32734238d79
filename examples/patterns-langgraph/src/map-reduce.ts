import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Annotation, END, Send, START, StateGraph } from '@langchain/langgraph';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * Map-reduce with `Send` (docs: how-to "map-reduce"): one node plans subjects, a conditional edge sends
 * each subject as an object payload to a parallel worker, and a reducer picks from their results.
 */
export function mapReduce(options: RunOptions): Promise<unknown> {
  const jokes: Record<string, string> = {
    penguins: 'Penguins wear tuxedos because every day is a formal fish dinner.',
    seals: 'Seals never pay for dinner: they always put it on the flipper.',
  };
  const State = Annotation.Root({
    topic: Annotation<string>(),
    subjects: Annotation<string[]>(),
    jokes: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
    bestSelectedJoke: Annotation<string>(),
  });
  const graph = new StateGraph(State)
    .addNode('generateTopics', async (state: typeof State.State) => {
      const planner = fakeModel().respond(new AIMessage({ id: 'topics', content: 'penguins, seals' }));
      const reply = await planner.invoke(`Generate two subjects related to ${state.topic}, comma separated.`);
      return { subjects: String(reply.content).split(', ') };
    })
    .addNode('generateJoke', async (state: { subject: string }) => {
      const comedian = fakeModel().respond(
        new AIMessage({ id: `joke-${state.subject}`, content: jokes[state.subject] ?? 'No joke.' }),
      );
      const reply = await comedian.invoke(`Generate a joke about ${state.subject}`);
      return { jokes: [String(reply.content)] };
    })
    .addNode('bestJoke', async (state: typeof State.State) => {
      const judge = fakeModel().respond(new AIMessage({ id: 'best', content: '1' }));
      const reply = await judge.invoke(`Pick the best joke by index:\n${state.jokes.join('\n')}`);
      return { bestSelectedJoke: state.jokes[Number(reply.content)] };
    })
    .addEdge(START, 'generateTopics')
    .addConditionalEdges('generateTopics', (state: typeof State.State) =>
      state.subjects.map((subject) => new Send('generateJoke', { subject })),
    )
    .addEdge('generateJoke', 'bestJoke')
    .addEdge('bestJoke', END)
    .compile({ name: 'map-reduce' });
  return runGraph(graph, { topic: 'animals of the Antarctic' }, options);
}

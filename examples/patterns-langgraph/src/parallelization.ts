import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Annotation, END, START, StateGraph } from '@langchain/langgraph';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * Parallelization (docs: workflows "Parallelization", how-to "branching"): three LLM calls fan out
 * from START by static edges and an aggregator joins their outputs.
 */
export function parallelization(options: RunOptions): Promise<unknown> {
  const State = Annotation.Root({
    topic: Annotation<string>(),
    joke: Annotation<string>(),
    story: Annotation<string>(),
    poem: Annotation<string>(),
    combinedOutput: Annotation<string>(),
  });
  const write = (key: 'joke' | 'story' | 'poem', text: string) => async (state: typeof State.State) => {
    const model = fakeModel().respond(new AIMessage({ id: key, content: text }));
    const message = await model.invoke(`Write a ${key} about ${state.topic}`);
    return { [key]: String(message.content) };
  };
  const graph = new StateGraph(State)
    .addNode('callLlm1', write('joke', 'A penguin walks into a bar and orders an ice tea.'))
    .addNode('callLlm2', write('story', 'A young penguin crossed the ice to find the sea.'))
    .addNode('callLlm3', write('poem', 'Black and white on endless white, the penguin waits for light.'))
    .addNode('aggregator', async (state: typeof State.State) => ({
      combinedOutput: `Here's a story, joke, and poem about ${state.topic}!\n\nSTORY:\n${state.story}\n\nJOKE:\n${state.joke}\n\nPOEM:\n${state.poem}`,
    }))
    .addEdge(START, 'callLlm1')
    .addEdge(START, 'callLlm2')
    .addEdge(START, 'callLlm3')
    .addEdge('callLlm1', 'aggregator')
    .addEdge('callLlm2', 'aggregator')
    .addEdge('callLlm3', 'aggregator')
    .addEdge('aggregator', END)
    .compile({ name: 'parallelization' });
  return runGraph(graph, { topic: 'penguins' }, options);
}

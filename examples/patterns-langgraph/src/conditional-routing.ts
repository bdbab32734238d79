import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Annotation, END, START, StateGraph } from '@langchain/langgraph';
import { z } from 'zod';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * Routing by a router node (docs: workflows "Routing"): an LLM classifies the input with structured
 * output, the node writes only the decision, and a conditional edge sends the input to a specialist.
 */
export function conditionalRouting(options: RunOptions): Promise<unknown> {
  const routeSchema = z.object({ step: z.enum(['poem', 'story', 'joke']) });
  const router = fakeModel().structuredResponse({ step: 'joke' }).withStructuredOutput(routeSchema);
  const comedian = fakeModel().respond(
    new AIMessage({
      id: 'joke-1',
      content: 'Why do penguins carry fish in their beaks? They have no pockets.',
    }),
  );
  const State = Annotation.Root({
    input: Annotation<string>(),
    decision: Annotation<string>(),
    output: Annotation<string>(),
  });
  const specialist =
    (model: ReturnType<typeof fakeModel>, role: string) => async (state: typeof State.State) => {
      const result = await model.invoke([
        { role: 'system', content: `You are an expert ${role}.` },
        { role: 'user', content: state.input },
      ]);
      return { output: String(result.content) };
    };
  const graph = new StateGraph(State)
    .addNode('llmCallRouter', async (state) => {
      const decision = (await router.invoke([
        { role: 'system', content: "Route the input to story, joke, or poem based on the user's request." },
        { role: 'user', content: state.input },
      ])) as z.infer<typeof routeSchema>;
      return { decision: decision.step };
    })
    .addNode('llmCall1', specialist(fakeModel(), 'storyteller'))
    .addNode('llmCall2', specialist(comedian, 'comedian'))
    .addNode('llmCall3', specialist(fakeModel(), 'poet'))
    .addEdge(START, 'llmCallRouter')
    .addConditionalEdges(
      'llmCallRouter',
      (state) =>
        state.decision === 'story' ? 'llmCall1' : state.decision === 'joke' ? 'llmCall2' : 'llmCall3',
      ['llmCall1', 'llmCall2', 'llmCall3'],
    )
    .addEdge('llmCall1', END)
    .addEdge('llmCall2', END)
    .addEdge('llmCall3', END)
    .compile({ name: 'routing' });
  return runGraph(graph, { input: 'Tell me a joke about penguins.' }, options);
}

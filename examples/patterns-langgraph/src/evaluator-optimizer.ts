import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Annotation, END, START, StateGraph } from '@langchain/langgraph';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * Evaluator-optimizer (docs: workflows "Evaluator-optimizer"): a generator writes, an evaluator grades
 * with structured output and feedback, and a conditional edge loops back until the grade passes.
 */
export function evaluatorOptimizer(options: RunOptions): Promise<unknown> {
  const drafts = [
    'Penguins cannot fly.',
    'Why did the penguin skip the party? It heard the ice was already broken.',
  ];
  const grades = [
    { grade: 'not funny', feedback: 'Add wordplay about ice to make it a joke.' },
    { grade: 'funny', feedback: 'The ice pun works.' },
  ];
  let written = 0;
  let graded = 0;
  const State = Annotation.Root({
    topic: Annotation<string>(),
    joke: Annotation<string>(),
    feedback: Annotation<string>(),
    funnyOrNot: Annotation<string>(),
  });
  const graph = new StateGraph(State)
    .addNode('llmCallGenerator', async (state: typeof State.State) => {
      const model = fakeModel().respond(
        new AIMessage({ id: `draft-${written}`, content: drafts[written++] ?? '' }),
      );
      const message = state.feedback
        ? await model.invoke(
            `Write a joke about ${state.topic} but take into account the feedback: ${state.feedback}`,
          )
        : await model.invoke(`Write a joke about ${state.topic}`);
      return { joke: String(message.content) };
    })
    .addNode('llmCallEvaluator', async () => {
      const grade = grades[graded++] ?? { grade: 'funny', feedback: '' };
      const evaluator = fakeModel().structuredResponse(grade).withStructuredOutput({});
      const result = (await evaluator.invoke('Grade the joke')) as { grade: string; feedback: string };
      return { funnyOrNot: result.grade, feedback: result.feedback };
    })
    .addEdge(START, 'llmCallGenerator')
    .addEdge('llmCallGenerator', 'llmCallEvaluator')
    .addConditionalEdges(
      'llmCallEvaluator',
      (state: typeof State.State) => (state.funnyOrNot === 'funny' ? 'Accepted' : 'Rejected + Feedback'),
      { Accepted: END, 'Rejected + Feedback': 'llmCallGenerator' },
    )
    .compile({ name: 'evaluator-optimizer' });
  return runGraph(graph, { topic: 'penguins' }, options);
}

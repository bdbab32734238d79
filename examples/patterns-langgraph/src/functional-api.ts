import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { entrypoint, task } from '@langchain/langgraph';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * The functional API (docs: workflows "Prompt chaining", functional API tab): an `entrypoint` calls
 * `task`s as functions and passes each result on in code.
 */
export function functionalApi(options: RunOptions): Promise<unknown> {
  const generateJoke = task('generateJoke', async (topic: string) => {
    const model = fakeModel().respond(
      new AIMessage({ id: 'joke', content: 'Why are penguins calm? They keep their cool!' }),
    );
    return String((await model.invoke(`Write a short joke about ${topic}`)).content);
  });
  const improveJoke = task('improveJoke', async (joke: string) => {
    const model = fakeModel().respond(
      new AIMessage({ id: 'improved', content: 'Why are penguins calm? They always keep their ice-cool!' }),
    );
    return String((await model.invoke(`Make this joke funnier by adding wordplay: ${joke}`)).content);
  });
  const workflow = entrypoint('jokeMaker', async (topic: string) => {
    const joke = await generateJoke(topic);
    return improveJoke(joke);
  });
  return runGraph(workflow, 'penguins', options);
}

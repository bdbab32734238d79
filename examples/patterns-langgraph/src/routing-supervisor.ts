import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { JsonOutputToolsParser } from '@langchain/core/output_parsers/openai_tools';
import { ChatPromptTemplate, MessagesPlaceholder } from '@langchain/core/prompts';
import { fakeModel } from '@langchain/core/testing';
import { Annotation, END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { z } from 'zod';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * The supervisor tutorial (docs: tutorials "Agent Supervisor"): a supervisor chain calls a `route`
 * tool and writes only `{ next }`; a conditional edge on `next` picks the worker; every worker has an
 * edge back to the supervisor and reports as a named HumanMessage.
 */
export function routingSupervisor(options: RunOptions): Promise<unknown> {
  const members = ['researcher', 'chart_generator'] as const;
  const State = Annotation.Root({ ...MessagesAnnotation.spec, next: Annotation<string>() });
  const route = (id: string, next: string) =>
    new AIMessage({ id, content: '', tool_calls: [{ name: 'route', args: { next }, id: `call-${id}` }] });
  const llm = fakeModel()
    .respond(route('route-1', 'researcher'))
    .respond(route('route-2', 'chart_generator'))
    .respond(route('route-3', END));
  const routingTool = {
    name: 'route',
    description: 'Select the next role.',
    schema: z.object({ next: z.enum([END, ...members]) }),
  };
  const prompt = ChatPromptTemplate.fromMessages([
    ['system', `You are a supervisor managing: ${members.join(', ')}. Who should act next, or ${END}?`],
    new MessagesPlaceholder('messages'),
  ]);
  const supervisorChain = prompt
    // The tutorial also forces the tool with `tool_choice: 'route'`; the fake model always calls it.
    .pipe(llm.bindTools([routingTool]))
    .pipe(new JsonOutputToolsParser())
    .pipe((calls) => (calls as { args: { next: string } }[])[0]?.args ?? { next: END });
  const worker = (name: string, answer: string) => async (state: typeof State.State) => {
    const model = fakeModel().respond(new AIMessage({ id: name, content: answer }));
    const result = await model.invoke(state.messages);
    return { messages: [new HumanMessage({ content: String(result.content), name })] };
  };
  const graph = new StateGraph(State)
    .addNode(
      'researcher',
      worker('researcher', 'UK GDP: 2021 3.1 trillion USD, 2022 3.1 trillion, 2023 3.3 trillion.'),
    )
    .addNode('chart_generator', worker('chart_generator', 'Line chart of UK GDP 2021-2023 created.'))
    .addNode('supervisor', supervisorChain)
    .addEdge('researcher', 'supervisor')
    .addEdge('chart_generator', 'supervisor')
    .addConditionalEdges('supervisor', (state: typeof State.State) => state.next)
    .addEdge(START, 'supervisor')
    .compile({ name: 'routing-supervisor' });
  return runGraph(
    graph,
    { messages: [new HumanMessage({ id: 'user-1', content: 'Chart the UK GDP for 2021 to 2023.' })] },
    options,
  );
}

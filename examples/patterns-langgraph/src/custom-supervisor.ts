import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Command, END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * A supervisor built by hand (docs: multi-agent "Supervisor"): the supervisor node only routes with
 * `Command({ goto })`; each agent answers and returns `Command({ goto: "supervisor", update })`.
 */
export function customSupervisor(options: RunOptions): Promise<unknown> {
  const decisions = ['flight_agent', 'hotel_agent', END];
  let decided = 0;
  const supervisor = async (state: typeof MessagesAnnotation.State) => {
    // The docs use structured output for the decision: { next_agent }.
    const router = fakeModel()
      .structuredResponse({ next_agent: decisions[decided++] ?? END })
      .withStructuredOutput({});
    const response = (await router.invoke(state.messages)) as { next_agent: string };
    return new Command({ goto: response.next_agent });
  };
  const worker = (name: string, answer: string) => async (state: typeof MessagesAnnotation.State) => {
    const model = fakeModel().respond(new AIMessage({ id: name, content: answer, name }));
    const response = await model.invoke(state.messages);
    return new Command({ goto: 'supervisor', update: { messages: [response] } });
  };
  const graph = new StateGraph(MessagesAnnotation)
    .addNode('supervisor', supervisor, { ends: ['flight_agent', 'hotel_agent', END] })
    .addNode(
      'flight_agent',
      worker('flight_agent', 'Booked flight BA117 from London to New York on 12 May.'),
      {
        ends: ['supervisor'],
      },
    )
    .addNode('hotel_agent', worker('hotel_agent', 'Booked 3 nights at the Pod 51 Hotel from 12 May.'), {
      ends: ['supervisor'],
    })
    .addEdge(START, 'supervisor')
    .compile({ name: 'custom-supervisor' });
  return runGraph(
    graph,
    {
      messages: [
        new HumanMessage({
          id: 'user-1',
          content: 'Book a flight from London to New York on 12 May and a hotel for 3 nights.',
        }),
      ],
    },
    options,
  );
}

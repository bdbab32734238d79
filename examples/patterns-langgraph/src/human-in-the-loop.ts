import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Annotation, Command, END, interrupt, MemorySaver, START, StateGraph } from '@langchain/langgraph';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * Human in the loop (docs: "Interrupts", approve or edit before acting): a planner proposes, a
 * reviewer node pauses the graph with `interrupt()` until a human answers, and the run is resumed on
 * the same thread with `new Command({ resume })`; the reviewer passes the human's answer on to the
 * booker. Two invocations: the first stops at the question, the second carries on from it.
 */
export async function humanInTheLoop(options: RunOptions, answer: string): Promise<unknown[]> {
  const State = Annotation.Root({
    request: Annotation<string>(),
    plan: Annotation<string>(),
    approval: Annotation<string>(),
    booking: Annotation<string>(),
  });
  const planner = fakeModel().respond(
    new AIMessage({ id: 'plan-1', content: 'Flight BA117 London to New York on 12 May, EUR 420.' }),
  );
  const booker = fakeModel().respond(
    new AIMessage({ id: 'book-1', content: 'Booked BA117 on 12 May with an aisle seat, EUR 420.' }),
  );
  const graph = new StateGraph(State)
    .addNode('planner', async (state: typeof State.State) => {
      const message = await planner.invoke(`Plan a trip: ${state.request}`);
      return { plan: String(message.content) };
    })
    .addNode(
      'reviewer',
      (state: typeof State.State) => {
        const reply = interrupt({ question: 'Book this flight?', plan: state.plan });
        return new Command({ goto: 'booker', update: { approval: String(reply) } });
      },
      { ends: ['booker'] },
    )
    .addNode('booker', async (state: typeof State.State) => {
      const message = await booker.invoke(`Book ${state.plan} Traveller's instructions: ${state.approval}`);
      return { booking: String(message.content) };
    })
    .addEdge(START, 'planner')
    .addEdge('planner', 'reviewer')
    .addEdge('booker', END)
    .compile({ name: 'trip-booking', checkpointer: new MemorySaver() });
  const thread = { thread_id: 'trip-1' };
  const asked = await runGraph(
    graph,
    { request: 'London to New York, 12 May' },
    { ...options, configurable: thread },
  );
  const resumed = await runGraph(graph, new Command({ resume: answer }), {
    ...options,
    configurable: thread,
  });
  return [asked, resumed];
}

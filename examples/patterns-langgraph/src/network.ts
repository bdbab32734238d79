import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Command, END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { z } from 'zod';
import { type RunOptions, runGraph } from './run-graph.ts';

const Reply = z.object({ response: z.string(), goto: z.enum(['travel_advisor', 'hotel_advisor', 'finish']) });

/**
 * Network (docs: multi-agent "Network", "Handoffs"): every agent is a node that answers and picks the
 * next agent itself, returning `Command({ goto, update })`.
 */
export function network(options: RunOptions): Promise<unknown> {
  const replies: Record<string, z.infer<typeof Reply>[]> = {
    travel_advisor: [
      { response: 'Go to Tenerife in March: warm, sunny and mild.', goto: 'hotel_advisor' },
      {
        response: 'Plan: fly to Tenerife in March and stay at Hotel Mar Azul in Puerto de la Cruz.',
        goto: 'finish',
      },
    ],
    hotel_advisor: [
      {
        response: 'In Tenerife, Hotel Mar Azul in Puerto de la Cruz is quiet and close to the sea.',
        goto: 'travel_advisor',
      },
    ],
  };
  const agent = (name: 'travel_advisor' | 'hotel_advisor') => {
    let turn = 0;
    return async (state: typeof MessagesAnnotation.State) => {
      const model = fakeModel().respond(
        new AIMessage({ id: `${name}-${turn}`, content: JSON.stringify(replies[name]?.[turn]) }),
      );
      turn++;
      const reply = Reply.parse(JSON.parse(String((await model.invoke(state.messages)).content)));
      return new Command({
        goto: reply.goto === 'finish' ? END : reply.goto,
        update: { messages: [new AIMessage({ content: reply.response, name })] },
      });
    };
  };
  const graph = new StateGraph(MessagesAnnotation)
    .addNode('travel_advisor', agent('travel_advisor'), { ends: ['hotel_advisor', END] })
    .addNode('hotel_advisor', agent('hotel_advisor'), { ends: ['travel_advisor', END] })
    .addEdge(START, 'travel_advisor')
    .compile({ name: 'network' });
  return runGraph(
    graph,
    {
      messages: [
        new HumanMessage({ id: 'user-1', content: 'Where should I go in March, and where should I stay?' }),
      ],
    },
    options,
  );
}

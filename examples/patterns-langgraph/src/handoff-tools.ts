import { AIMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { tool } from '@langchain/core/tools';
import {
  Command,
  END,
  getCurrentTaskInput,
  MessagesAnnotation,
  START,
  StateGraph,
} from '@langchain/langgraph';
import { createReactAgent } from '@langchain/langgraph/prebuilt';
import { z } from 'zod';
import { bookFlight, callBookFlight } from './booking-tools.ts';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * Handoffs as tools between prebuilt agents (docs: agents "Handoffs"): a custom handoff tool returns
 * `Command({ goto, update, graph: Command.PARENT })`, the agents are nodes of a parent `StateGraph`.
 */
function createHandoffTool(agentName: string, description: string) {
  const toolName = `transfer_to_${agentName}`;
  return tool(
    async (_, config) => {
      const toolMessage = new ToolMessage({
        content: `Successfully transferred to ${agentName}`,
        name: toolName,
        tool_call_id: config.toolCall?.id ?? '',
      });
      const state = getCurrentTaskInput() as typeof MessagesAnnotation.State;
      return new Command({
        goto: agentName,
        update: { messages: state.messages.concat(toolMessage) },
        graph: Command.PARENT,
      });
    },
    { name: toolName, schema: z.object({}), description },
  );
}

export function handoffTools(options: RunOptions): Promise<unknown> {
  const flightAssistant = createReactAgent({
    llm: fakeModel()
      .respond(callBookFlight('flight-1'))
      .respond(
        new AIMessage({
          id: 'flight-2',
          content: 'Flight BOS to JFK booked. Handing you to the hotel assistant for the McKittrick Hotel.',
          tool_calls: [{ name: 'transfer_to_hotel_assistant', args: {}, id: 'call-f2' }],
        }),
      ) as never,
    tools: [
      bookFlight,
      createHandoffTool('hotel_assistant', 'Transfer user to the hotel-booking assistant.'),
    ],
    prompt: 'You are a flight booking assistant',
    name: 'flight_assistant',
  });
  const hotelAssistant = createReactAgent({
    llm: fakeModel().respond(
      new AIMessage({ id: 'hotel-1', content: 'Booked 2 nights at the McKittrick Hotel from your arrival.' }),
    ) as never,
    tools: [createHandoffTool('flight_assistant', 'Transfer user to the flight-booking assistant.')],
    prompt: 'You are a hotel booking assistant',
    name: 'hotel_assistant',
  });
  const graph = new StateGraph(MessagesAnnotation)
    .addNode('flight_assistant', flightAssistant, { ends: ['hotel_assistant', END] })
    .addNode('hotel_assistant', hotelAssistant, { ends: ['flight_assistant', END] })
    .addEdge(START, 'flight_assistant')
    .compile({ name: 'handoff-tools' });
  return runGraph(
    graph,
    {
      messages: [
        new HumanMessage({
          id: 'user-1',
          content: 'Book a flight from BOS to JFK and a stay at McKittrick Hotel.',
        }),
      ],
    },
    options,
  );
}

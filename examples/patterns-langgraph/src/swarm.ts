import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { createHandoffTool, createSwarm } from '@langchain/langgraph-swarm';
import { createAgent } from 'langchain';
import { bookFlight, bookHotel, bookingInput, callBookFlight, callBookHotel } from './booking-tools.ts';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * `createSwarm` (docs: agents "Swarm", langgraph-swarm README): agents hand the conversation to each
 * other with `createHandoffTool`; the swarm remembers the active agent.
 */
export function swarm(options: RunOptions): Promise<unknown> {
  const flightAssistant = createAgent({
    model: fakeModel()
      .respond(callBookFlight('flight-1'))
      .respond(
        new AIMessage({
          id: 'flight-2',
          content:
            'Your flight from BOS to JFK is booked; the hotel assistant will book the McKittrick Hotel.',
          tool_calls: [{ name: 'transfer_to_hotel_assistant', args: {}, id: 'call-f2' }],
        }),
      ),
    tools: [
      bookFlight,
      createHandoffTool({
        agentName: 'hotel_assistant',
        description: 'Transfer user to the hotel-booking assistant.',
      }),
    ],
    systemPrompt: 'You are a flight booking assistant',
    name: 'flight_assistant',
  });
  const hotelAssistant = createAgent({
    model: fakeModel()
      .respond(callBookHotel('hotel-1'))
      .respond(new AIMessage({ id: 'hotel-2', content: 'Your stay at the McKittrick Hotel is booked.' })),
    tools: [
      bookHotel,
      createHandoffTool({
        agentName: 'flight_assistant',
        description: 'Transfer user to the flight-booking assistant.',
      }),
    ],
    systemPrompt: 'You are a hotel booking assistant',
    name: 'hotel_assistant',
  });
  const graph = createSwarm({
    agents: [flightAssistant.graph, hotelAssistant.graph] as never,
    defaultActiveAgent: 'flight_assistant',
  }).compile({ name: 'swarm' });
  return runGraph(graph, bookingInput(), options);
}

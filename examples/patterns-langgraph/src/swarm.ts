import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { tool } from '@langchain/core/tools';
import { createHandoffTool, createSwarm } from '@langchain/langgraph-swarm';
import { createAgent } from 'langchain';
import { z } from 'zod';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * `createSwarm` (docs: agents "Swarm", langgraph-swarm README): agents hand the conversation to each
 * other with `createHandoffTool`; the swarm remembers the active agent.
 */
export function swarm(options: RunOptions): Promise<unknown> {
  const bookFlight = tool(
    async ({ from_airport, to_airport }) => `Booked a flight from ${from_airport} to ${to_airport}.`,
    {
      name: 'book_flight',
      description: 'Book a flight',
      schema: z.object({ from_airport: z.string(), to_airport: z.string() }),
    },
  );
  const bookHotel = tool(async ({ hotel_name }) => `Booked a stay at ${hotel_name}.`, {
    name: 'book_hotel',
    description: 'Book a hotel',
    schema: z.object({ hotel_name: z.string() }),
  });
  const flightAssistant = createAgent({
    model: fakeModel()
      .respond(
        new AIMessage({
          id: 'flight-1',
          content: '',
          tool_calls: [
            { name: 'book_flight', args: { from_airport: 'BOS', to_airport: 'JFK' }, id: 'call-f1' },
          ],
        }),
      )
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
      .respond(
        new AIMessage({
          id: 'hotel-1',
          content: '',
          tool_calls: [{ name: 'book_hotel', args: { hotel_name: 'McKittrick Hotel' }, id: 'call-h1' }],
        }),
      )
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
  return runGraph(
    graph,
    {
      messages: [
        new HumanMessage({
          id: 'user-1',
          content: 'First book a flight from BOS to JFK and then book a stay at McKittrick Hotel.',
        }),
      ],
    },
    options,
  );
}

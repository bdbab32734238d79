import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { tool } from '@langchain/core/tools';
import { createSupervisor } from '@langchain/langgraph-supervisor';
import { createAgent } from 'langchain';
import { z } from 'zod';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * `createSupervisor` with its default handoff tools (docs: agents "Supervisor", langgraph-supervisor
 * README): the supervisor calls `transfer_to_<agent>`, the agent works with its own tools, and an
 * edge carries its last message back to the supervisor.
 */
export function supervisor(options: RunOptions): Promise<unknown> {
  const bookFlight = tool(
    async ({ from_airport, to_airport }) =>
      `Successfully booked a flight from ${from_airport} to ${to_airport}.`,
    {
      name: 'book_flight',
      description: 'Book a flight',
      schema: z.object({ from_airport: z.string(), to_airport: z.string() }),
    },
  );
  const bookHotel = tool(async ({ hotel_name }) => `Successfully booked a stay at ${hotel_name}.`, {
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
      .respond(new AIMessage({ id: 'flight-2', content: 'Booked a flight from BOS to JFK.' })),
    tools: [bookFlight],
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
      .respond(new AIMessage({ id: 'hotel-2', content: 'Booked a stay at the McKittrick Hotel.' })),
    tools: [bookHotel],
    systemPrompt: 'You are a hotel booking assistant',
    name: 'hotel_assistant',
  });
  const llm = fakeModel()
    .respond(
      new AIMessage({
        id: 'sup-1',
        content: '',
        tool_calls: [{ name: 'transfer_to_flight_assistant', args: {}, id: 'call-s1' }],
      }),
    )
    .respond(
      new AIMessage({
        id: 'sup-2',
        content: '',
        tool_calls: [{ name: 'transfer_to_hotel_assistant', args: {}, id: 'call-s2' }],
      }),
    )
    .respond(
      new AIMessage({
        id: 'sup-3',
        content: 'Your flight from BOS to JFK and your stay at the McKittrick Hotel are booked.',
      }),
    );
  const graph = createSupervisor({
    agents: [flightAssistant.graph, hotelAssistant.graph] as never,
    llm,
    prompt:
      'You manage a hotel booking assistant and a flight booking assistant. Assign work to them, one at a time.',
  }).compile({ name: 'supervisor' });
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

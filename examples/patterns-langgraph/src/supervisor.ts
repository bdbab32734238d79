import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { createSupervisor } from '@langchain/langgraph-supervisor';
import { createAgent } from 'langchain';
import { bookFlight, bookHotel, bookingInput, callBookFlight, callBookHotel } from './booking-tools.ts';
import { type RunOptions, runGraph } from './run-graph.ts';

/**
 * `createSupervisor` with its default handoff tools (docs: agents "Supervisor", langgraph-supervisor
 * README): the supervisor calls `transfer_to_<agent>`, the agent works with its own tools, and an
 * edge carries its last message back to the supervisor.
 */
export function supervisor(options: RunOptions): Promise<unknown> {
  const flightAssistant = createAgent({
    model: fakeModel()
      .respond(callBookFlight('flight-1'))
      .respond(new AIMessage({ id: 'flight-2', content: 'Booked a flight from BOS to JFK.' })),
    tools: [bookFlight],
    systemPrompt: 'You are a flight booking assistant',
    name: 'flight_assistant',
  });
  const hotelAssistant = createAgent({
    model: fakeModel()
      .respond(callBookHotel('hotel-1'))
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
  return runGraph(graph, bookingInput(), options);
}

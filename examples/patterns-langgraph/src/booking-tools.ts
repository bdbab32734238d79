import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { z } from 'zod';

/** The travel request the LangGraph docs' supervisor and swarm examples run. */
export const BOOKING_REQUEST =
  'First book a flight from BOS to JFK and then book a stay at McKittrick Hotel.';

/** The graph input carrying the request. */
export function bookingInput() {
  return { messages: [new HumanMessage({ id: 'user-1', content: BOOKING_REQUEST })] };
}

/** The docs' `book_flight` tool. */
export const bookFlight = tool(
  async ({ from_airport, to_airport }) =>
    `Successfully booked a flight from ${from_airport} to ${to_airport}.`,
  {
    name: 'book_flight',
    description: 'Book a flight',
    schema: z.object({ from_airport: z.string(), to_airport: z.string() }),
  },
);

/** The docs' `book_hotel` tool. */
export const bookHotel = tool(async ({ hotel_name }) => `Successfully booked a stay at ${hotel_name}.`, {
  name: 'book_hotel',
  description: 'Book a hotel',
  schema: z.object({ hotel_name: z.string() }),
});

/** A model turn that books the request's flight. */
export function callBookFlight(id: string): AIMessage {
  return new AIMessage({
    id,
    content: '',
    tool_calls: [{ name: 'book_flight', args: { from_airport: 'BOS', to_airport: 'JFK' }, id: `call-${id}` }],
  });
}

/** A model turn that books the request's hotel. */
export function callBookHotel(id: string): AIMessage {
  return new AIMessage({
    id,
    content: '',
    tool_calls: [{ name: 'book_hotel', args: { hotel_name: 'McKittrick Hotel' }, id: `call-${id}` }],
  });
}

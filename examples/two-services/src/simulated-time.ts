import type { CallInterceptor } from '@a2a-js/sdk/client';
import type { Message, TurnHandle } from '@handoff/core';
import type { SimulatedClock } from '@handoff/example-kit';

/**
 * The mock models answer at once and pretend time passed (`SimulatedClock.wait`). Across two
 * services the pretended time has to travel with the messages, or the services' clocks drift apart
 * by the waits: each message carries how far the sender's clock has been moved on, and the receiver
 * moves its own at least as far. (Carrying the sender's *now* instead would pin the receiver to the
 * moment the header was written, a few milliseconds before the message was recorded as sent on a
 * busy machine, and the reply would seem to arrive before it left.)
 */
export const SIMULATED_NOW_HEADER = 'x-simulated-now';

/** How long each mock model call pretends to take: like real models, so turns never share a millisecond. */
export const MODEL_MS = 400;

/** A hop over loopback: what a message spends on the wire, so it never arrives the millisecond it left. */
const WIRE_MS = 5;

/** How far `clock` has been moved on past real time: what a message carries. */
export function simulatedLead(clock: SimulatedClock): number {
  return clock.now() - Date.now();
}

/** Moves `clock` on as far as the sender's had been, plus the hop (never back). */
export function catchUp(clock: SimulatedClock, lead: unknown): void {
  const ahead = Number(lead) + WIRE_MS - simulatedLead(clock);
  if (Number.isFinite(ahead) && ahead > 0) clock.wait(ahead);
}

/** The client side: sends the clock's lead, catches up with the reply's (list it after handoffInterceptor). */
export function simulatedTimeInterceptor(clock: SimulatedClock): CallInterceptor {
  return {
    async before(args) {
      if (args.options)
        args.options.serviceParameters = {
          ...args.options.serviceParameters,
          [SIMULATED_NOW_HEADER]: String(simulatedLead(clock)),
        };
    },
    async after(args) {
      const value = args.result?.value as { metadata?: Record<string, unknown> } | undefined;
      catchUp(clock, value?.metadata?.[SIMULATED_NOW_HEADER]);
    },
  };
}

/** One call of the agent's mock model: `MODEL_MS` of simulated thinking, then `answer`'s text, recorded on `turn`. */
export function mockModelCall(
  turn: TurnHandle,
  clock: SimulatedClock,
  input: Message[],
  answer: () => string,
  options: { reasoning?: string } = {},
): string {
  const startedAt = clock.now();
  clock.wait(MODEL_MS);
  const output = answer();
  turn.recordModelCall({
    model: `${turn.agent}-model`,
    provider: 'mock',
    input,
    output,
    ...options,
    startedAt,
    endedAt: clock.now(),
  });
  return output;
}

import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';

const TASK = 'Book a table for 6 at Lindqvist, Friday 19:30, and confirm the booking reference.';

/** A concierge hands a task to the reservations agent, which may call its booking tool, and answers. */
async function reserve(answer: string, options: { call?: boolean; tools?: string[] } = {}) {
  const tools = options.tools ?? ['search_restaurants', 'book_table'];
  return recordedFailure(async (tracer, clock) => {
    await tracer.turn('concierge', async () => TASK, {
      input: [{ role: 'user', content: 'Dinner Friday for 6.' }],
    });
    tracer.handoff({ from: 'concierge', to: 'reservations', content: TASK });
    clock.advance(10);
    const confirmed = await tracer.turn(
      'reservations',
      async (turn) => {
        turn.recordModelCall({ model: 'm', input: [{ role: 'user', content: TASK }], tools, output: '' });
        if (options.call) {
          const call = turn.startToolCall({ name: 'book_table', args: { venue: 'Lindqvist', party: 6 } });
          clock.advance(10);
          call.end({ result: 'Confirmed LQ-55120: Lindqvist, Fri 19:30, 6 guests.' });
        }
        turn.recordModelCall({ model: 'm', input: [{ role: 'user', content: TASK }], tools, output: answer });
        return answer;
      },
      { input: [{ role: 'user', content: TASK }] },
    );
    tracer.handoff({ from: 'reservations', to: 'concierge', content: confirmed });
    clock.advance(10);
    return tracer.turn('concierge', async () => `Done: ${confirmed}`, {
      input: [{ role: 'user', content: confirmed }],
    });
  });
}

/** The reservations agent booked in an earlier turn; asked again, it answers with that booking's reference. */
async function askedAgain(second: string) {
  return recordedFailure(async (tracer, clock) => {
    const tools = ['book_table'];
    for (const [i, answer] of ['Booked: LQ-55120, Lindqvist, Fri 19:30.', second].entries()) {
      tracer.handoff({ from: 'concierge', to: 'reservations', content: TASK });
      await tracer.turn(
        'reservations',
        async (turn) => {
          turn.recordModelCall({ model: 'm', input: [{ role: 'user', content: TASK }], tools, output: '' });
          if (i === 0)
            turn
              .startToolCall({ name: 'book_table', args: { venue: 'Lindqvist', party: 6 } })
              .end({ result: 'Confirmed LQ-55120: Lindqvist, Fri 19:30, 6 guests.' });
          turn.recordModelCall({
            model: 'm',
            input: [{ role: 'user', content: TASK }],
            tools,
            output: answer,
          });
          return answer;
        },
        { input: [{ role: 'user', content: TASK }] },
      );
      tracer.handoff({ from: 'reservations', to: 'concierge', content: answer });
    }
    return tracer.turn('concierge', async () => `Done: ${second}`);
  });
}

describe('a reference its own earlier turn got', () => {
  it('is no unperformed deed when asked again, with every timestamp in one millisecond too', async () => {
    expect(await askedAgain('Already booked: LQ-55120, Lindqvist, Fri 19:30.')).toBeNull();
  });
  it('is still one when the reference is new', async () => {
    expect(await askedAgain('Booked again: LQ-55199, Lindqvist, Fri 19:30.')).toBe(
      'low_quality_output reservations → concierge (reservations)',
    );
  });
});

describe('a deed reported with a reference no tool returned', () => {
  it('is a bad output of the agent that never called its tool', async () => {
    expect(await reserve('Booked Lindqvist for 6, Friday 19:30 — reference LQ-55120.')).toBe(
      'low_quality_output reservations → concierge (reservations)',
    );
  });
  it('is nothing when the tool was called and returned the reference', async () => {
    expect(
      await reserve('Booked Lindqvist for 6, Friday 19:30 — reference LQ-55120.', { call: true }),
    ).toBeNull();
  });
  it('is nothing for an output that asks leave first, its reference a party not yet booked', async () => {
    expect(
      await reserve('Party LQ-55120 Fri 19:30, 6 guests (4 tables already booked that night). OK to add?'),
    ).toBeNull();
    expect(await reserve('Party LQ-55120 Fri 19:30, 6 guests (4 tables already booked that night).')).toBe(
      'low_quality_output reservations → concierge (reservations)',
    );
  });
  it('is nothing for a plan, or for an agent that has no tool for the deed', async () => {
    expect(
      await reserve('I will book Lindqvist for 6 on Friday, reference to follow as LQ-55120.'),
    ).toBeNull();
    expect(
      await reserve('Booked Lindqvist for 6, Friday 19:30 — reference LQ-55120.', {
        tools: ['search_restaurants'],
      }),
    ).toBeNull();
  });
});

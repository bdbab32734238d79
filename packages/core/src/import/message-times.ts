import type { ChatMessage } from './chat-log.ts';

/** Gap kept between two messages stamped with the same time, so each turn keeps its own span. */
const MIN_GAP_MS = 10;

/** Each message's time (epoch ms) and the span it owns until the next one. */
export interface MessageTimes {
  timeOf(index: number): number;
  slotOf(index: number): number;
}

/**
 * The times of a conversation's messages: the log's own (`ChatMessage.at`) where it has them, gaps
 * filled `step` ms apart, kept strictly increasing (logs stamp to the second, or out of order); a
 * log without any times gets `start` + `step` per message.
 */
export function messageTimes(messages: readonly ChatMessage[], start: number, step: number): MessageTimes {
  const firstKnown = messages.findIndex((message) => message.at !== undefined);
  const times: number[] = [];
  messages.forEach((message, index) => {
    const previous = times[index - 1];
    const own =
      message.at ??
      (previous !== undefined
        ? previous + step
        : firstKnown >= 0
          ? messages[firstKnown]!.at! - (firstKnown - index) * step
          : start + index * step);
    times.push(previous === undefined ? own : Math.max(own, previous + MIN_GAP_MS));
  });
  return {
    timeOf: (index) => times[index] ?? (times.at(-1) ?? start) + (index - times.length + 1) * step,
    slotOf: (index) => {
      const next = times[index + 1];
      const at = times[index];
      return next !== undefined && at !== undefined ? next - at : step;
    },
  };
}

import type { Message } from '../model/message.ts';
import type { MessageMemo } from '../util/safe-messages.ts';
import { type Redactor, redactValue } from './redact.ts';

/**
 * Safe, redacted copies of the messages an adapter hands over frozen. A frozen message cannot
 * change, and adapters hand the same one to every later turn and model call (the whole history each
 * time), so it is copied and redacted once instead of once per event. The redaction of the event
 * that carries a copy skips it (`has`).
 */
export interface RecorderMessageMemo extends MessageMemo {
  has(value: object): boolean;
}

export function messageMemo(redactor: Redactor | undefined): RecorderMessageMemo {
  const copies = new WeakMap<object, { message: Message; size: number }>();
  const made = new WeakSet<object>();
  return {
    get(message, shape, size) {
      const known = copies.get(message);
      if (known) return known;
      const shaped = shape();
      let stored: Message;
      try {
        stored = Object.freeze(redactor ? redactValue(shaped, redactor, true) : shaped);
      } catch {
        // A failing redactor: left to the event's own redaction, which drops the event and says why.
        return { message: shaped, size: size(shaped) };
      }
      const memoised = { message: stored, size: size(shaped) };
      copies.set(message, memoised);
      made.add(stored);
      return memoised;
    },
    has: (value) => made.has(value),
  };
}

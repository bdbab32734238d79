/** A message that left one writer's clock and arrived on another's. */
export interface CrossingMessage {
  from: string;
  to: string;
  sentAt: number;
  receivedAt: number;
}

/**
 * Milliseconds to add to each writer's times so every message crossing between writers arrives
 * after it was sent: the writers of one workflow are processes on machines whose clocks disagree.
 * `root`'s clock is kept. Each other writer gets, among the offsets its messages allow (a lower bound
 * from what it received, an upper bound from what it sent back), the one closest to zero, so clocks
 * that already agree within the network's latency are left alone; when the bounds conflict, the
 * lower one wins (what it received is then never seen before it was sent). Writers no message
 * connects to the root keep their clock.
 */
export function clockOffsets(root: string, messages: readonly CrossingMessage[]): Map<string, number> {
  const offsets = new Map<string, number>([[root, 0]]);
  const crossing = messages.filter(
    (m) => m.from !== m.to && Number.isFinite(m.sentAt) && Number.isFinite(m.receivedAt),
  );
  for (let changed = true; changed; ) {
    changed = false;
    const bounds = new Map<string, { low: number; high: number }>();
    const bound = (writer: string) => {
      let found = bounds.get(writer);
      if (!found) {
        found = { low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY };
        bounds.set(writer, found);
      }
      return found;
    };
    for (const message of crossing) {
      const fromOffset = offsets.get(message.from);
      const toOffset = offsets.get(message.to);
      // Received no earlier than sent: offset(to) ≥ offset(from) + sentAt − receivedAt.
      if (fromOffset !== undefined && toOffset === undefined) {
        const b = bound(message.to);
        b.low = Math.max(b.low, fromOffset + message.sentAt - message.receivedAt);
      } else if (toOffset !== undefined && fromOffset === undefined) {
        const b = bound(message.from);
        b.high = Math.min(b.high, toOffset + message.receivedAt - message.sentAt);
      }
    }
    for (const [writer, { low, high }] of bounds) {
      offsets.set(writer, low <= high ? Math.min(Math.max(0, low), high) : low);
      changed = true;
    }
  }
  return offsets;
}

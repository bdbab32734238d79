/** The (workflow, seq) pairs a reader has taken, to drop events a file holds twice. */
export interface SeenSeqs {
  /** Records the pair; false when it was seen before. */
  add(workflowId: string, seq: number): boolean;
}

/**
 * Sequence numbers arrive almost in order, so each workflow keeps the count of the unbroken run
 * from 0 and a set only for the ones seen out of order: one number per workflow instead of one
 * string per event.
 */
export function seenSeqs(): SeenSeqs {
  const workflows = new Map<string, { below: number; ahead: Set<number> | undefined }>();
  return {
    add(workflowId, seq) {
      let seen = workflows.get(workflowId);
      if (!seen) {
        seen = { below: 0, ahead: undefined };
        workflows.set(workflowId, seen);
      }
      if (seq < seen.below) return seq >= 0 ? false : addAhead(seen, seq);
      if (seq !== seen.below) return addAhead(seen, seq);
      seen.below++;
      const { ahead } = seen;
      if (ahead) {
        while (ahead.delete(seen.below)) seen.below++;
        if (ahead.size === 0) seen.ahead = undefined;
      }
      return true;
    },
  };
}

function addAhead(seen: { ahead: Set<number> | undefined }, seq: number): boolean {
  seen.ahead ??= new Set();
  if (seen.ahead.has(seq)) return false;
  seen.ahead.add(seq);
  return true;
}

import type { TraceIndex } from './trace-index.ts';

/** Whether a turn ran inside another: the other is among its callers (its parent turns, at any depth). */
export function ranInside(index: TraceIndex, inner: string | undefined, outer: string | undefined): boolean {
  for (let id = inner && index.turns.get(inner)?.parentTurnId, depth = 0; id && depth < 64; depth++) {
    if (id === outer) return true;
    id = index.turns.get(id)?.parentTurnId;
  }
  return false;
}

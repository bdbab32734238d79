/**
 * Memoised text functions. Checks look at the same texts many times (an output is a handoff's
 * content and the next turn's input), each pass over the whole trace: during an analysis the caches
 * hold every text (so passes do not evict each other), outside one they keep only recent texts.
 */
const SCOPED_LIMIT = 250_000;
const IDLE_LIMIT = 1_024;

let scopes = 0;
/** Entries a cache may hold while scopes are open: what the open scopes said they need. */
let scopedLimit = 0;
const caches: Map<string, unknown>[] = [];

export function textMemo<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    if (cache.size >= (scopes > 0 ? scopedLimit : IDLE_LIMIT))
      cache.delete(cache.keys().next().value as string);
    cache.set(text, value);
    return value;
  };
}

/**
 * Runs `work` with the text caches holding every text; they shrink back when the last scope ends.
 * `texts`: about how many distinct texts `work` memoises per function. A cache that fills up evicts
 * its oldest texts, and a pass over the whole trace then recomputes every one the last pass evicted:
 * a 100k-handoff workflow has ~330k texts per cache.
 */
export async function withTextMemo<T>(work: () => Promise<T>, texts = 0): Promise<T> {
  const limit = Math.max(SCOPED_LIMIT, texts);
  scopes++;
  scopedLimit += limit;
  try {
    return await work();
  } finally {
    scopedLimit -= limit;
    // Back to the idle size, keeping the newest entries: live checks see the same prompts next time.
    if (--scopes === 0)
      for (const cache of caches)
        for (const key of cache.keys()) {
          if (cache.size <= IDLE_LIMIT) break;
          cache.delete(key);
        }
  }
}

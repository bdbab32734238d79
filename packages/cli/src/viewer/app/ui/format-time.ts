/** A duration for people: two decimals under ten seconds, one above. */
export function formatDuration(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** A clock time in the reader's locale. */
export function formatClock(at: number): string {
  return new Date(at).toLocaleTimeString();
}

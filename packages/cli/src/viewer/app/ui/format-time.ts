/** A duration for people: milliseconds under a second, two decimals under ten seconds, one above. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** Time since the run started, e.g. `+12.30 s`. */
export function formatOffset(ms: number): string {
  return `+${formatDuration(Math.max(0, ms))}`;
}

let dateTime: Intl.DateTimeFormat | undefined;

/** Date and time to the second in the reader's locale and zone (the list, the header). */
export function formatDateTime(at: number): string {
  // One formatter for the page: toLocaleString builds a new one (locale data and all) on every call.
  dateTime ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return dateTime.format(at);
}

/** The exact instant (tooltips). */
export function formatInstant(at: number): string {
  return new Date(at).toISOString();
}

/** The `handoff.*` baggage keys this package writes and reads. */
export const BAGGAGE_KEYS = {
  workflowId: 'handoff.workflow',
  handoffId: 'handoff.id',
  from: 'handoff.from',
  fromTurnId: 'handoff.from_turn',
  to: 'handoff.to',
} as const;

/** The entries of a W3C `baggage` header (`key=value;properties,…`, values percent-encoded). */
export function parseBaggage(header: string | undefined): Map<string, string> {
  const entries = new Map<string, string>();
  for (const member of (header ?? '').split(',')) {
    const [pair = ''] = member.split(';');
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = pair.slice(0, at).trim();
    try {
      entries.set(key, decodeURIComponent(pair.slice(at + 1).trim()));
    } catch {
      // A malformed percent-encoding is someone else's entry: skip it.
    }
  }
  return entries;
}

/** A `baggage` header value: `existing` entries other than ours, then `entries` (undefined skipped). */
export function formatBaggage(entries: Record<string, string | undefined>, existing?: string): string {
  const ours = new Set(Object.keys(entries));
  const kept = (existing ?? '')
    .split(',')
    .map((member) => member.trim())
    .filter((member) => member !== '' && !ours.has(member.split('=')[0]?.trim() ?? ''));
  const added = Object.entries(entries)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return [...kept, ...added].join(',');
}

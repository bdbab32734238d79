import { type RemoteHandoff, readHandoffHeaders } from '@handoff/core';

/**
 * The metadata key of the A2A reply (message, task or status update) that carries the reply's
 * handoff as a `baggage` value: A2A clients see results, not HTTP response headers.
 */
export const REPLY_METADATA_KEY = 'handoff.reply';

interface WithMetadata {
  metadata?: Record<string, unknown> | undefined;
}

/** The reply handoff a result carries, looked for on it, its status message and a streamed payload. */
export function replyOf(result: unknown): RemoteHandoff | undefined {
  const candidates: unknown[] = [result];
  const value = result as {
    status?: { message?: unknown };
    payload?: { value?: unknown };
  } | null;
  if (value && typeof value === 'object') {
    candidates.push(value.status?.message);
    const streamed = value.payload?.value as { status?: { message?: unknown } } | undefined;
    candidates.push(streamed, streamed?.status?.message);
  }
  for (const candidate of candidates) {
    const baggage = (candidate as WithMetadata | undefined)?.metadata?.[REPLY_METADATA_KEY];
    if (typeof baggage === 'string') return readHandoffHeaders({ baggage });
  }
  return undefined;
}

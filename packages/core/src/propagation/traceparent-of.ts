import { createHash } from 'node:crypto';

const hex = (text: string, length: number) =>
  createHash('sha256').update(text).digest('hex').slice(0, length);

/**
 * A W3C `traceparent` for a workflow: its trace id is the workflow id when that is a UUID (dashes
 * dropped), else derived from it, so every process of the workflow names the same trace; the parent
 * id is derived from `spanSeed` (the handoff), so tracing systems on the path can link the hop.
 */
export function traceparentOf(workflowId: string, spanSeed: string): string {
  const plain = workflowId.replaceAll('-', '').toLowerCase();
  const traceId = /^[0-9a-f]{32}$/.test(plain) && !/^0+$/.test(plain) ? plain : hex(workflowId, 32);
  return `00-${traceId}-${hex(spanSeed, 16)}-01`;
}

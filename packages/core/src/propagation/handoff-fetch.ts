import type { HandoffKind } from '../model/trace.ts';
import type { Tracer } from '../recorder/create-tracer.ts';
import { handoffHeaders } from './handoff-headers.ts';
import { readHandoffHeaders } from './read-handoff-headers.ts';

export interface HandoffFetchInit extends RequestInit {
  /** The agent the request hands work to, and what it hands over (default: a string body). */
  handoff: { to: string; content?: unknown; kind?: HandoffKind; from?: string };
}

/**
 * `fetch` that carries the current workflow to the agent it calls: records the handoff, sends
 * `handoffHeaders` with the request, and records the receipt of the answer when the response carries
 * reply headers (`IncomingHandoff.replyHeaders` on the other side). Everything else is `fetch`'s own
 * behaviour, errors included.
 */
export async function handoffFetch(
  tracer: Tracer,
  input: string | URL | Request,
  init: HandoffFetchInit,
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  const { handoff, ...request } = init;
  const headers = new Headers(request.headers);
  const turn = tracer.currentTurn();
  const workflow = tracer.currentWorkflow();
  const content = handoff.content ?? (typeof request.body === 'string' ? request.body : undefined);
  const added = handoffHeaders(tracer, {
    ...handoff,
    ...(content === undefined ? {} : { content }),
    ...(headers.get('baggage') ? { headers: { baggage: headers.get('baggage') as string } } : {}),
  });
  for (const [name, value] of Object.entries(added)) headers.set(name, value);
  const response = await fetchImpl(input, { ...request, headers });
  try {
    const reply = readHandoffHeaders(response.headers);
    if (workflow && turn && reply?.handoffId && reply.workflowId === workflow.id)
      workflow.receiveHandoff(reply.handoffId, turn.id);
  } catch (error) {
    tracer.diagnostic({
      code: 'recorder_failed',
      message: `handoffFetch reply failed: ${String(error)}`,
      error,
    });
  }
  return response;
}

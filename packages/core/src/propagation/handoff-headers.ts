import type { HandoffKind } from '../model/trace.ts';
import type { Tracer } from '../recorder/create-tracer.ts';
import { textOf } from '../util/text-of.ts';
import { BAGGAGE_KEYS, formatBaggage } from './baggage.ts';
import { traceparentOf } from './traceparent-of.ts';

export interface HandoffHeaderOptions {
  /** The receiving agent (in the other process). */
  to: string;
  /** What is handed over (the request's task); recorded as the handoff's content. */
  content?: unknown;
  kind?: HandoffKind;
  /** The sending agent. Default: the agent of the current turn. */
  from?: string;
  task?: string;
  payload?: unknown;
  /** Headers the request already has: their `baggage` entries are kept. */
  headers?: Record<string, string>;
}

/**
 * Records a handoff from the current turn to an agent in another process and returns the headers
 * that carry the workflow there: a W3C `traceparent` and `baggage` with the workflow id, the handoff
 * id and the sending agent and turn. The other process passes them to `continueWorkflow`. Outside a
 * workflow it records nothing and returns no headers; it never throws.
 */
export function handoffHeaders(tracer: Tracer, options: HandoffHeaderOptions): Record<string, string> {
  try {
    const workflow = tracer.currentWorkflow();
    if (!workflow) {
      tracer.diagnostic({
        code: 'no_workflow',
        message: `handoff to ${options.to} over the network outside a workflow: not traced`,
      });
      return {};
    }
    const turn = tracer.currentTurn();
    const from = options.from ?? turn?.agent ?? 'unknown';
    const { id } = workflow.sendHandoff({
      from,
      to: options.to,
      content: textOf(options.content ?? ''),
      kind: options.kind ?? 'delegation',
      ...(turn ? { fromTurnId: turn.id } : {}),
      ...(options.task === undefined ? {} : { task: options.task }),
      ...(options.payload === undefined ? {} : { payload: options.payload }),
      remote: true,
    });
    return {
      traceparent: traceparentOf(workflow.id, id),
      baggage: formatBaggage(
        {
          [BAGGAGE_KEYS.workflowId]: workflow.id,
          [BAGGAGE_KEYS.handoffId]: id,
          [BAGGAGE_KEYS.from]: from,
          [BAGGAGE_KEYS.fromTurnId]: turn?.id,
          [BAGGAGE_KEYS.to]: options.to,
        },
        options.headers?.baggage,
      ),
    };
  } catch (error) {
    tracer.diagnostic({ code: 'recorder_failed', message: `handoffHeaders failed: ${String(error)}`, error });
    return {};
  }
}

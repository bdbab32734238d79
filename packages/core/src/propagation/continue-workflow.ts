import type { Tracer } from '../recorder/create-tracer.ts';
import type { WorkflowHandle } from '../recorder/handles.ts';
import { textOf } from '../util/text-of.ts';
import { BAGGAGE_KEYS, formatBaggage } from './baggage.ts';
import { type HeaderSource, type RemoteHandoff, readHandoffHeaders } from './read-handoff-headers.ts';

/** The handoff a request brought, as seen inside `continueWorkflow`. */
export interface IncomingHandoff {
  /** What the headers carried; undefined when the request came from outside any workflow. */
  readonly remote: RemoteHandoff | undefined;
  /**
   * Records the answer going back to the sending agent (a `return` handoff from this process's last
   * agent, or `from`) and returns the headers to send it with, so the sender records its receipt.
   */
  replyHeaders(content: unknown, options?: { from?: string }): Record<string, string>;
}

export interface ContinueOptions {
  /**
   * The request waits for the answer (HTTP, A2A `message/send`): the turns started here are children
   * of the sending turn, as a sub-agent called in process would be. Default true.
   */
  nested?: boolean;
}

/**
 * Runs `fn` as this process's part of the workflow the request's headers name (see
 * `handoffHeaders`): turns recorded inside it join that workflow, the first turn of the addressed
 * agent receives the handoff, and the events carry this process's writer so `analyze` and `view`
 * merge the files of every process into one workflow. Without handoff headers `fn` just runs.
 * Tracing never changes what `fn` returns or throws.
 */
export async function continueWorkflow<T>(
  tracer: Tracer,
  headers: HeaderSource | undefined,
  fn: (incoming: IncomingHandoff) => T | Promise<T>,
  options: ContinueOptions = {},
): Promise<T> {
  const remote = readHandoffHeaders(headers);
  let workflow: WorkflowHandle | undefined;
  if (remote) {
    try {
      workflow = tracer.joinWorkflow(remote.workflowId, {
        ...(remote.handoffId
          ? { expect: [{ handoffId: remote.handoffId, ...(remote.to ? { to: remote.to } : {}) }] }
          : {}),
        ...(options.nested !== false && remote.fromTurnId ? { parentTurnId: remote.fromTurnId } : {}),
      });
    } catch (error) {
      tracer.diagnostic({
        code: 'recorder_failed',
        message: `continueWorkflow failed: ${String(error)}`,
        error,
      });
    }
  }
  const incoming: IncomingHandoff = {
    remote,
    replyHeaders(content, replyOptions = {}): Record<string, string> {
      if (!workflow || !remote?.from) return {};
      try {
        const turns = workflow.trace().turns;
        const from = replyOptions.from ?? turns.at(-1)?.agent ?? 'unknown';
        const fromTurnId = turns.findLast((turn) => turn.agent === from)?.id;
        const { id } = workflow.sendHandoff({
          from,
          to: remote.from,
          content: textOf(content),
          kind: 'return',
          ...(fromTurnId ? { fromTurnId } : {}),
          remote: true,
        });
        return {
          baggage: formatBaggage({
            [BAGGAGE_KEYS.workflowId]: workflow.id,
            [BAGGAGE_KEYS.handoffId]: id,
            [BAGGAGE_KEYS.from]: from,
            [BAGGAGE_KEYS.to]: remote.from,
          }),
        };
      } catch (error) {
        tracer.diagnostic({
          code: 'recorder_failed',
          message: `replyHeaders failed: ${String(error)}`,
          error,
        });
        return {};
      }
    },
  };
  if (!workflow) return fn(incoming);
  const joined = workflow;
  try {
    return await joined.run(() => fn(incoming));
  } finally {
    joined.end();
  }
}

import type { AgentCard } from '@a2a-js/sdk';
import type { AfterArgs, BeforeArgs, CallInterceptor } from '@a2a-js/sdk/client';
import { handoffHeaders, type Tracer } from '@handoff/core';
import { partsText } from './parts-text.ts';
import { replyOf } from './reply-metadata.ts';

export interface HandoffInterceptorOptions {
  /** The remote agent's name in the trace. Default: the agent card's `name`. */
  agent?: string | ((card: AgentCard) => string);
}

/**
 * An `@a2a-js/sdk` client interceptor that carries the current workflow to the A2A agent it calls:
 * each `sendMessage` / `sendMessageStream` records a handoff from the current turn (its content is
 * the message's text) and sends `handoffHeaders` as service parameters (HTTP headers); a reply that
 * the server marked (`handoffExecutor`) is recorded as received by the calling turn. Never throws
 * into the call.
 */
export function handoffInterceptor(tracer: Tracer, options: HandoffInterceptorOptions = {}): CallInterceptor {
  const guard = (label: string, fn: () => void) => {
    try {
      fn();
    } catch (error) {
      tracer.diagnostic({ code: 'recorder_failed', message: `a2a ${label} failed: ${String(error)}`, error });
    }
  };
  return {
    async before(args: BeforeArgs) {
      guard('before', () => {
        const { input } = args;
        if (!input || (input.method !== 'sendMessage' && input.method !== 'sendMessageStream')) return;
        const message = input.value.message;
        const to =
          typeof options.agent === 'function'
            ? options.agent(args.agentCard)
            : (options.agent ?? args.agentCard.name);
        const parameters = { ...args.options?.serviceParameters };
        const baggageKey = Object.keys(parameters).find((key) => key.toLowerCase() === 'baggage');
        const existing = baggageKey ? parameters[baggageKey] : undefined;
        if (baggageKey) delete parameters[baggageKey];
        const headers = handoffHeaders(tracer, {
          to,
          content: partsText(message?.parts),
          ...(existing ? { headers: { baggage: existing } } : {}),
        });
        if (Object.keys(headers).length === 0) return;
        args.options = { ...args.options, serviceParameters: { ...parameters, ...headers } };
      });
    },
    async after(args: AfterArgs) {
      guard('after', () => {
        const { result } = args;
        if (!result || (result.method !== 'sendMessage' && result.method !== 'sendMessageStream')) return;
        const reply = replyOf(result.value);
        const workflow = tracer.currentWorkflow();
        const turn = tracer.currentTurn();
        if (reply?.handoffId && workflow && turn && reply.workflowId === workflow.id)
          workflow.receiveHandoff(reply.handoffId, turn.id);
      });
    },
  };
}

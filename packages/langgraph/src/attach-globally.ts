import { registerConfigureHook, setContextVariable } from '@langchain/core/context';
import type { HandoffCallbackHandler } from './handoff-callback-handler.ts';

const CONTEXT_VARIABLE = 'handoff_callback_handler';
let registered = false;

/**
 * Traces every LangChain/LangGraph run in this async context and those it starts, without passing
 * `callbacks` to each call (LangChain's configure hook, as LangSmith uses).
 */
export function attachGlobally(handler: HandoffCallbackHandler): void {
  if (!registered) {
    registerConfigureHook({ contextVar: CONTEXT_VARIABLE, inheritable: true });
    registered = true;
  }
  setContextVariable(CONTEXT_VARIABLE, handler);
}

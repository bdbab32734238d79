export { attachGlobally } from './attach-globally.ts';
export { HandoffCallbackHandler, type HandoffCallbackHandlerOptions } from './handoff-callback-handler.ts';

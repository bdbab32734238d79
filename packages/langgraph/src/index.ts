export { attachGlobally } from './attach-globally.ts';
export type { CompiledGraphLike } from './graph-topology.ts';
export { HandoffCallbackHandler, type HandoffCallbackHandlerOptions } from './handoff-callback-handler.ts';

export { type HandoffExecutorOptions, handoffExecutor } from './handoff-executor.ts';
export { type HandoffInterceptorOptions, handoffInterceptor } from './handoff-interceptor.ts';
export { partsText } from './parts-text.ts';
export { REPLY_METADATA_KEY, replyOf } from './reply-metadata.ts';

export { type HandoffMiddlewareOptions, handoffMiddleware } from './handoff-middleware.ts';
export { type HandoffTelemetryOptions, handoffTelemetry } from './handoff-telemetry.ts';
export { type LlmAttributionOptions, llmAttribution } from './llm-attribution.ts';
export { type LlmJudge, type LlmJudgeOptions, llmJudge } from './llm-judge.ts';
export { type RenderedStep, type RenderedTrace, type RenderOptions, renderTrace } from './render-trace.ts';

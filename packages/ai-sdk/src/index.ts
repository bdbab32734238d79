export { type HandoffMiddlewareOptions, handoffMiddleware } from './handoff-middleware.ts';
export { type HandoffTelemetryOptions, handoffTelemetry } from './handoff-telemetry.ts';
export { type LlmJudge, type LlmJudgeOptions, llmJudge } from './llm-judge.ts';

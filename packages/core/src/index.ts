export { type Alert, type AlertRule, type LiveChecksOptions, liveChecks } from './alerts/live-checks.ts';
export { type Constraint, type ConstraintType, extractConstraints } from './checks/constraints.ts';
export {
  type DeliveryJudge,
  type DeliveryJudgeInput,
  type DeliveryVerdictResult,
  judgeDelivery,
} from './checks/delivery.ts';
export { MAST_CODES } from './checks/finding.ts';
export { handoffText, valuesText } from './checks/handoff-text.ts';
export { BUILT_IN_SCORERS, type ScoreResult, type Scorer, type ScorerInput } from './checks/scorers.ts';
export { type Analysis, type AnalyzeOptions, analyze, findFailure } from './diagnose/analyze.ts';
export type { AnalyzedWorkflow } from './diagnose/analyze-file.ts';
export { type AnalyzeFilesResult, analyzeFiles } from './diagnose/analyze-files.ts';
export {
  type AnalyzeFilesEachResult,
  type AnalyzeFilesOptions,
  analyzeFilesEach,
} from './diagnose/analyze-files-each.ts';
export { byStart, type StartKey, type StreamedWorkflow } from './diagnose/by-start.ts';
export type {
  FailureAttribution,
  FailureAttributionInput,
  FailureAttributor,
} from './diagnose/failure-attributor.ts';
export type { Failure } from './diagnose/find-failure.ts';
export type { Suspect } from './diagnose/suspect.ts';
export { ChatImportError } from './import/chat-import-error.ts';
export { type ChatConversation, type ChatMessage, parseChatLog } from './import/chat-log.ts';
export { type ImportChatOptions, importChat } from './import/import-chat.ts';
export { detectLineage, inputText, type LineageOptions, outputText } from './lineage/detect-lineage.ts';
export { containment, fingerprint, normalizeWords, textContainment } from './lineage/fingerprint.ts';
export { type InferHandoffsOptions, inferHandoffs } from './lineage/infer-handoffs.ts';
export { shownPart } from './lineage/structured-output.ts';
export { type CrossingMessage, clockOffsets } from './model/clock-offsets.ts';
export {
  type TraceEvent,
  TraceEventSchema,
  type TraceEventType,
} from './model/events.ts';
export {
  type ErrorInfo,
  ErrorInfoSchema,
  type Message,
  type MessageRole,
  MessageSchema,
  type ToolCallRequest,
  type Usage,
  UsageSchema,
} from './model/message.ts';
export { SCHEMA_VERSION } from './model/schema-version.ts';
export {
  type AgentTurn,
  AgentTurnSchema,
  type Boundary,
  type ContextItem,
  ContextItemSchema,
  type ContextRead,
  type Delivery,
  type DeliveryVerdict,
  type Evidence,
  EvidenceSchema,
  type Feedback,
  FeedbackSchema,
  type Finding,
  type FindingKind,
  FindingKindSchema,
  FindingSchema,
  type GraphTopology,
  GraphTopologySchema,
  type Handoff,
  type HandoffKind,
  HandoffSchema,
  type LineageEdge,
  type ModelCall,
  type Score,
  ScoreSchema,
  type Severity,
  type Target,
  TOPOLOGY_END,
  TOPOLOGY_START,
  type ToolCall,
  type TopologyEdge,
  type TopologyNode,
  type Trace,
  TraceSchema,
  type Workflow,
  type WorkflowStatus,
} from './model/trace.ts';
export { foldTraces, TraceBuilder } from './model/trace-builder.ts';
export { BAGGAGE_KEYS, formatBaggage, parseBaggage } from './propagation/baggage.ts';
export {
  type ContinueOptions,
  continueWorkflow,
  type IncomingHandoff,
} from './propagation/continue-workflow.ts';
export { type HandoffFetchInit, handoffFetch } from './propagation/handoff-fetch.ts';
export { type HandoffHeaderOptions, handoffHeaders } from './propagation/handoff-headers.ts';
export {
  type HeaderSource,
  headerOf,
  type RemoteHandoff,
  readHandoffHeaders,
} from './propagation/read-handoff-headers.ts';
export { traceparentOf } from './propagation/traceparent-of.ts';
export {
  createTracer,
  type JoinOptions,
  type Tracer,
  type TracerStats,
  type WorkflowOptions,
} from './recorder/create-tracer.ts';
export type {
  ContextInput,
  FeedbackInput,
  HandoffInput,
  ModelCallInput,
  ToolCallHandle,
  TurnEndInput,
  TurnHandle,
  TurnStartInput,
  WorkflowHandle,
} from './recorder/handles.ts';
export { createRedactor, type RedactOptions, type Redactor, redactSecrets } from './recorder/redact.ts';
export { safely } from './recorder/safely.ts';
export { type ScopeStorage, scopeStorage } from './recorder/scope-storage.ts';
export type {
  Diagnostic,
  LiveAnalysis,
  LiveAnalysisContext,
  SampleOptions,
  TracerOptions,
} from './recorder/tracer-options.ts';
export { type JsonlStore, type JsonlStoreOptions, jsonlStore } from './stores/jsonl-store.ts';
export { type MemoryStore, memoryStore } from './stores/memory-store.ts';
export {
  type LoadOptions,
  type LoadResult,
  listTraceFiles,
  loadTraces,
  type ReadOptions,
  readEvents,
  readTrace,
  readTraces,
} from './stores/read-trace.ts';
export type { Store } from './stores/store.ts';
export { teeStore } from './stores/tee-store.ts';
export { TraceFileError } from './stores/trace-file-error.ts';
export { pipelineTopology } from './topology/pipeline-topology.ts';
export { toErrorInfo } from './util/error-info.ts';
export { hashText, hashValue } from './util/hash.ts';
export { type SafeValue, toSafeValue } from './util/safe-value.ts';
export { hasUnspacedScript } from './util/script-words.ts';
export { stableStringify } from './util/stable-stringify.ts';
export { textOf } from './util/text-of.ts';

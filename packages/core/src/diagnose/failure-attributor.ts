import type { Finding, FindingKind, Trace } from '../model/trace.ts';
import type { Suspect } from './suspect.ts';

/** What an attributor (e.g. `llmAttribution` in @handoff/ai-sdk) is given about a run known to have failed. */
export interface FailureAttributionInput {
  trace: Trace;
  /** The checks' findings, as hints. */
  findings: Finding[];
  /** The deterministic suspects, most likely first, as hints. */
  suspects: Suspect[];
}

/** An attributor's answer: the turn that caused the failure, and why. */
export interface FailureAttribution {
  turnId: string;
  kind?: FindingKind;
  reason: string;
  /** 0..1, when the attributor gives one. */
  confidence?: number;
  /** Who answered, e.g. `llm:gpt-4o`. */
  attributor?: string;
}

/**
 * A second opinion on who caused a known failure. Returns undefined to abstain; a throw is treated
 * as abstaining, so the deterministic answer stands.
 */
export type FailureAttributor = (input: FailureAttributionInput) => Promise<FailureAttribution | undefined>;

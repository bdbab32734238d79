import type { Boundary, Evidence, Finding, FindingKind, Severity } from '../model/trace.ts';

/** MAST failure-mode codes (Cemri et al., "Why do multi-agent LLM systems fail?") per finding kind. */
export const MAST_CODES: Partial<Record<FindingKind, string>> = {
  misunderstood_task: 'FM-1.1',
  stale_context: 'FM-2.5',
  lost_message: 'FM-1.4',
  unchecked_output: 'FM-3.3',
  handoff_loop: 'FM-1.3',
  low_quality_output: 'FM-3.2',
};

/** Builds a finding with a stable id (kind + what it is about), so re-analysis yields the same ids. */
export function makeFinding(input: {
  kind: FindingKind;
  severity?: Severity;
  boundary: Boundary;
  summary: string;
  evidence?: Evidence[];
  handoffId?: string;
  turnId?: string;
  mast?: string;
}): Finding {
  const subject = input.handoffId ?? input.turnId ?? `${input.boundary.from}>${input.boundary.to}`;
  const finding: Finding = {
    id: `${input.kind}:${subject}`,
    kind: input.kind,
    severity: input.severity ?? 'error',
    boundary: input.boundary,
    summary: input.summary,
    evidence: input.evidence ?? [],
  };
  if (input.handoffId) finding.handoffId = input.handoffId;
  if (input.turnId) finding.turnId = input.turnId;
  const mast = input.mast ?? MAST_CODES[input.kind];
  if (mast) finding.mast = mast;
  return finding;
}

/** "to←from", the way boundaries are printed: the receiver first, where the problem shows. */
export function boundaryLabel(boundary: Boundary): string {
  return `${boundary.to}←${boundary.from}`;
}

export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

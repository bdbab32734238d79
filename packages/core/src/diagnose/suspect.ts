import type { Boundary, Evidence, FindingKind } from '../model/trace.ts';

/** A candidate cause of a run known to have failed: who, at which turn, and why. */
export interface Suspect {
  agent: string;
  turnId: string;
  /** The index of the message the turn came from, for imported logs. */
  sourceIndex?: number;
  kind: FindingKind;
  boundary: Boundary;
  /** 0..1: how strongly the evidence at this turn points to a fault (suspects are in causal order). */
  confidence: number;
  reason: string;
  evidence: Evidence[];
  /** The finding behind this suspect, when a check raised one. */
  findingId?: string;
}

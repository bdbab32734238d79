import { containment, fingerprint } from '../lineage/fingerprint.ts';
import type { AgentTurn } from '../model/trace.ts';
import { isEmptyResult } from './empty-result.ts';

/** Words of an output that stands in for facts it does not have: invented, assumed or placeholder data. */
const UNSUPPORTED =
  /\b(?:assum(?:e|es|ed|ing|ption)|hypothetical(?:ly)?|simulat(?:e|ed|es|ing|ion)|placeholder|dummy|mock(?:ed)?|made[- ]up|fictional|fabricat\w*|pretend|for (?:the sake of )?(?:demonstration|illustration)|sample data|example data|synthetic data)\b/i;

/** Words claiming a look-up or check was done: "I have verified", "after manually searching", "based on the search". */
const CLAIMED_CHECK =
  /\b(?:(?:I|we)(?:'ve| have)? (?:now |manually |carefully |already )?(?:verified|checked|reviewed|searched|looked up|examined|visited|browsed|downloaded|accessed|cross-referenced)\b|after (?:manually )?(?:searching|checking|reviewing|examining|verifying)\b|based on (?:the|my|our) (?:search|review|research|inspection|verification)\b)/i;

/** Repeats shorter than this are sign-offs and acknowledgements, not work done again. */
const MIN_REPEAT_CHARS = 40;

/** Per-turn facts the suspect ranking weighs. */
export interface TurnSignals {
  turn: AgentTurn;
  /** A tool or program run of this turn that failed (its error belongs to this turn's author). */
  failedRun: { name: string; message: string } | undefined;
  /** A run of this turn that succeeded but returned nothing (its author's code got nothing). */
  emptyRun: { name: string } | undefined;
  /** A phrase that substitutes assumed or invented content for facts. */
  unsupported: string | undefined;
  /** A claim to have looked something up or checked it, made in a turn that ran nothing itself. */
  claimedCheck: string | undefined;
  /** The same agent's earlier turn this output repeats (most of its content said again). */
  repeatOf: string | undefined;
}

/** The signals of each turn, in the order given (earliest first). */
export function turnSignals(turns: readonly AgentTurn[]): TurnSignals[] {
  const previous = new Map<string, { turnId: string; shingles: ReadonlySet<number> }[]>();
  return turns.map((turn) => {
    const output = turn.output ?? '';
    const shingles = fingerprint(output);
    const earlier = previous.get(turn.agent) ?? [];
    const repeated =
      output.trim().length < MIN_REPEAT_CHARS
        ? undefined
        : earlier.find((e) => containment(shingles, e.shingles) >= 0.8);
    earlier.push({ turnId: turn.id, shingles });
    previous.set(turn.agent, earlier);
    const failed = turn.toolCalls.find((call) => call.error);
    const empty = turn.toolCalls.find(
      (call) => !call.error && call.endedAt !== undefined && isEmptyResult(call.result),
    );
    return {
      turn,
      failedRun: failed?.error
        ? { name: failed.name, message: `${failed.error.name}: ${failed.error.message}`.slice(0, 160) }
        : undefined,
      emptyRun: empty ? { name: empty.name } : undefined,
      unsupported: UNSUPPORTED.exec(output)?.[0],
      claimedCheck: turn.toolCalls.length === 0 ? CLAIMED_CHECK.exec(output)?.[0] : undefined,
      repeatOf: repeated?.turnId,
    };
  });
}

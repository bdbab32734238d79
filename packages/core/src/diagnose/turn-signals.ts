import { containment, fingerprint } from '../lineage/fingerprint.ts';
import type { AgentTurn } from '../model/trace.ts';
import { isEmptyResult } from './empty-result.ts';

/** Words of an output that stands in for facts it does not have: invented, assumed or placeholder data. */
const UNSUPPORTED =
  /\b(?:assum(?:e|es|ed|ing|ption)|hypothetical(?:ly)?|simulat(?:e|ed|es|ing|ion)|placeholder|dummy|mock(?:ed)?|made[- ]up|fictional|fabricat\w*|pretend|for (?:the sake of )?(?:demonstration|illustration)|sample data|example data|synthetic data)\b/i;

/** Words claiming a look-up or check was done: "I have verified", "after manually searching", "based on the search". */
const CLAIMED_CHECK =
  /\b(?:(?:I|we)(?:'ve| have)? (?:now |manually |carefully |already )?(?:verified|checked|reviewed|searched|looked up|examined|visited|browsed|downloaded|accessed|cross-referenced)\b|(?:after|upon) (?:manually )?(?:searching|checking|reviewing|examining|verifying)\b|based on (?:the|my|our) (?:search|review|research|inspection|verification)\b)/i;

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
  unsupported: Said | undefined;
  /** A claim to have looked something up or checked it, made in a turn that ran nothing itself. */
  claimedCheck: Said | undefined;
  /** The same agent's earlier turn this output repeats (most of its content said again). */
  repeatOf: string | undefined;
}

/** A phrase, and where it was first said when it echoes an earlier line (0 = the task, k + 1 = turn k). */
export interface Said {
  phrase: string;
  from?: number;
}

/** Lines shorter than this are too common to tell an echo from saying it anew. */
const MIN_ECHO_CHARS = 24;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The first match of a pattern in an output, and where its line was first said: a line already said
 * earlier (in the task, index 0, or an earlier turn, index k + 1) is an echo, and the words belong to
 * whoever said them first.
 */
function firstSaid(pattern: RegExp, output: string, said: readonly string[]): Said | undefined {
  let echo: Said | undefined;
  for (const line of output.split('\n')) {
    const match = pattern.exec(line);
    if (!match) continue;
    const squashed = squash(line);
    // A short line ("Assume so.") is said anywhere; only a line of some length shows it was copied.
    const from = squashed.length < MIN_ECHO_CHARS ? -1 : said.findIndex((text) => text.includes(squashed));
    if (from < 0) return { phrase: match[0] };
    echo ??= { phrase: match[0], from };
  }
  return echo;
}

/** The signals of each turn, in the order given (earliest first); `given` is what the run started from. */
export function turnSignals(turns: readonly AgentTurn[], given = ''): TurnSignals[] {
  const previous = new Map<string, { turnId: string; shingles: ReadonlySet<number> }[]>();
  const said = [squash(given)];
  return turns.map((turn) => {
    const output = turn.output ?? '';
    const earlierSaid = [...said];
    said.push(squash(output));
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
      unsupported: firstSaid(UNSUPPORTED, output, earlierSaid),
      claimedCheck: turn.toolCalls.length === 0 ? firstSaid(CLAIMED_CHECK, output, earlierSaid) : undefined,
      repeatOf: repeated?.turnId,
    };
  });
}

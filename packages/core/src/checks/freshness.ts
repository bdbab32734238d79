import type { TraceIndex } from '../diagnose/trace-index.ts';
import { textTokens } from '../lineage/text-tokens.ts';
import type { AgentTurn, ContextItem, Finding, Handoff } from '../model/trace.ts';
import { textOf } from '../util/text-of.ts';
import { checkChangedRecords } from './changed-record.ts';
import { checkCheckedFigures } from './checked-figure.ts';
import { boundaryLabel, makeFinding } from './finding.ts';
import { structuredText, valuesText } from './handoff-text.ts';
import { checkMovedDays } from './moved-day.ts';
import { checkMovedTimes } from './moved-time.ts';
import { checkOutdatedSources } from './outdated-source.ts';
import { checkStatedSupersessions } from './stated-supersession.ts';
import { AGENT_TOOL } from './task-words.ts';
import { carrierOf, isReply, receiverOf } from './turn-links.ts';

/** Identifiers (run, thread and message ids, hashes) are not values a reader could be stale about. */
const OPAQUE =
  /^(?:[0-9a-f]{8}-[0-9a-f-]{27,}|[a-z0-9_-]*\d[a-z0-9_-]*[a-z][a-z0-9_-]*\d[a-z0-9_-]{10,}|[0-9a-f]{16,})$/;

/** A version's tokens: its values (not its keys, tool names or ids). */
function valueTokens(value: unknown): ReadonlySet<string> {
  const tokens = textTokens(typeof value === 'string' ? structuredText(value) : valuesText(value));
  if (![...tokens].some((token) => OPAQUE.test(token))) return tokens;
  return new Set([...tokens].filter((token) => !OPAQUE.test(token)));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Stale context: a turn used a version of a context item after a newer version existed (superseded),
 * or older than its maxAgeMs. Reads are the recorded ones (explicit, tool, state) plus uses inferred
 * from content: a turn that had the new version and still passed on what only the old one said, and a
 * turn whose input carries what only the old version said, after the new one existed.
 */
export function checkFreshness(index: TraceIndex): Finding[] {
  const { trace } = index;
  const findings: Finding[] = [];
  const versions = new Map<string, ContextItem[]>();
  for (const item of trace.contextItems) {
    const list = versions.get(item.key) ?? [];
    list.push(item);
    versions.set(item.key, list);
  }
  for (const list of versions.values()) list.sort((a, b) => a.version - b.version);
  const flagged = new Set<string>();
  // A version's tokens are read for every pair it is in and every stale read of it: worked out once.
  const versionTokens = new Map<ContextItem, ReadonlySet<string>>();
  const tokensOf = (item: ContextItem): ReadonlySet<string> => {
    let tokens = versionTokens.get(item);
    if (!tokens) {
      tokens = valueTokens(item.value);
      versionTokens.set(item, tokens);
    }
    return tokens;
  };
  // Turn inputs as token sets and an inverted index token → turns (in start order), so a version
  // pair only visits the turns that carry one of its old tokens: linear in the text, not versions × turns.
  const byStart = [...trace.turns].sort((a, b) => a.startedAt - b.startedAt);
  const inputTokens = byStart.map((turn) => textTokens(index.inputTextOf(turn.id)));
  const positionOf = new Map(byStart.map((turn, i) => [turn.id, i]));
  const postings = invert(inputTokens);

  const report = (
    turnId: string,
    item: ContextItem,
    newer: ContextItem | undefined,
    readAt: number,
    how: string,
    /** Where a stale value was produced rather than read: its own boundary and outgoing handoff. */
    source?: { boundary: { from: string; to: string }; handoff: Handoff | undefined },
  ): void => {
    const turn = index.turns.get(turnId);
    if (!turn) return;
    const key = `${turnId}:${item.key}`;
    if (flagged.has(key)) return;
    flagged.add(key);
    const carrier = source ? source.handoff : deliveringHandoff(index, turnId, item, newer, tokensOf);
    const boundary =
      source?.boundary ??
      (carrier
        ? { from: carrier.from, to: turn.agent }
        : { from: item.producedBy.agent ?? 'context', to: turn.agent });
    const detail = newer
      ? `"${item.key}" v${item.version} used ${seconds(readAt - newer.producedAt)} after v${newer.version} superseded it`
      : `"${item.key}" v${item.version} was ${seconds(readAt - item.producedAt)} old, over its max age of ${seconds(item.maxAgeMs ?? 0)}`;
    findings.push(
      makeFinding({
        kind: 'stale_context',
        boundary,
        summary: `Stale context at boundary ${boundaryLabel(boundary)}: ${detail}`,
        turnId,
        ...(carrier ? { handoffId: carrier.id } : {}),
        evidence: [
          {
            label: `context "${item.key}"`,
            detail: `${how}; ${detail}`,
            actual: `v${item.version}: ${textOf(item.value).slice(0, 200)}`,
            ...(newer ? { expected: `v${newer.version}: ${textOf(newer.value).slice(0, 200)}` } : {}),
            turnId,
          },
        ],
      }),
    );
  };

  // Recorded reads.
  const positions = new Map<string, Map<number, number>>();
  const inOrder = new Set<string>();
  for (const [key, list] of versions) {
    positions.set(key, new Map(list.map((v, i) => [v.version, i])));
    if (list.every((v, i) => i === 0 || list[i - 1]!.producedAt <= v.producedAt)) inOrder.add(key);
  }
  for (const turn of trace.turns) {
    for (const read of turn.contextReads) {
      const list = versions.get(read.key) ?? [];
      const at = positions.get(read.key)?.get(read.version);
      if (at === undefined) continue;
      const item = list[at]!;
      // A graph hands each node the state as of its step: a state channel read is never "missed a
      // newer write" (a sibling branch's write in the same step is not one it could see).
      const newer =
        item.source === 'state' ? undefined : latestBefore(list, at, read.readAt, inOrder.has(read.key));
      // A turn's own write in the millisecond of its read (a fast node updating the key it read) is
      // not a newer version it missed.
      if (newer && newer.valueHash !== item.valueHash && newer.producedBy.turnId !== turn.id)
        report(turn.id, item, newer, read.readAt, `${read.via} read`);
      else if (item.maxAgeMs !== undefined && read.readAt - item.producedAt > item.maxAgeMs) {
        report(turn.id, item, undefined, read.readAt, `${read.via} read`);
      }
    }
  }

  // Uses inferred from content. A turn that had the newer version and still said what only the old
  // one said is the source of the stale value; a later turn whose input carries the old value read
  // it stale, unless it got it from such a source (then it only passed the source's fault on).
  const outputTokens = byStart.map((turn) => textTokens(index.outputTextOf(turn.id)));
  const outputPostings = invert(outputTokens);
  // Tasks handed on mid-turn (a supervisor's delegations) are said too, each at its own moment.
  const briefs = trace.handoffs.filter((handoff) => handoff.fromTurnId && !isReply(index, handoff));
  const briefTokens = briefs.map((handoff) => textTokens(`${handoff.content} ${textOf(handoff.payload)}`));
  const briefPostings = invert(briefTokens);
  // A turn is judged against many version pairs: what it was shown by a time is worked out once.
  const shown = new Map<string, ReadonlySet<string>>();
  const shownTo = (turn: AgentTurn, time: number): ReadonlySet<string> => {
    const key = `${turn.id}\u0000${time}`;
    let tokens = shown.get(key);
    if (!tokens) {
      tokens = shownBefore(index, turn, time);
      shown.set(key, tokens);
    }
    return tokens;
  };
  const agents = new Set(trace.turns.map((turn) => turn.agent.toLowerCase()));
  for (const list of versions.values()) {
    // A graph's state channel (a prompt, an answer slot) is rewritten at every step: its versions are
    // messages passing through, not a fact that changed. Tool results and provided context are facts.
    if (list[0]!.source === 'state') continue;
    // An agent used as a tool, asked again: its answers are replies, not a fact that changed.
    if (agentToolKey(list[0]!.key, agents)) continue;
    for (let i = 0; i + 1 < list.length; i++) {
      const old = list[i]!;
      const newer = list[i + 1]!;
      const oldTokens = tokensOf(old);
      const newTokens = tokensOf(newer);
      // Function words ("D4 and D7 free" → "D4 taken; D7 free") carry no changed value.
      const onlyOld = [...oldTokens].filter((token) => !newTokens.has(token) && !FILLER.has(token));
      const onlyNew = [...newTokens].filter((token) => !oldTokens.has(token) && !FILLER.has(token));
      if (onlyOld.length === 0 || !sameFact(oldTokens, newTokens)) continue;
      const subject = [...oldTokens].filter((token) => newTokens.has(token) && !FILLER.has(token));
      const sources = new Set<string>();
      for (const position of candidatesFor(briefPostings, onlyOld, 0)) {
        const brief = briefs[position]!;
        const sender = index.turns.get(brief.fromTurnId!);
        if (!sender || brief.sentAt < newer.producedAt || sources.has(sender.id)) continue;
        if (!saysOld(briefTokens[position]!, onlyOld, onlyNew)) continue;
        if (!hadVersion(sender, newer, () => shownTo(sender, brief.sentAt), onlyNew)) continue;
        sources.add(sender.id);
        report(
          sender.id,
          old,
          newer,
          brief.sentAt,
          'it handed on what only the old version said after it had the new one',
          {
            boundary: { from: sender.agent, to: brief.to },
            handoff: brief,
          },
        );
      }
      for (const position of candidatesFor(outputPostings, onlyOld, 0)) {
        const turn = byStart[position]!;
        if (sources.has(turn.id)) continue;
        if ((turn.endedAt ?? turn.startedAt) < newer.producedAt) continue;
        if (!hadVersion(turn, newer, () => shownTo(turn, Number.POSITIVE_INFINITY), onlyNew)) continue;
        const said = outputTokens[position]!;
        if (!saysOld(said, onlyOld, onlyNew) && !restatesOld(said, onlyOld, onlyNew, subject)) continue;
        sources.add(turn.id);
        const outgoing = carrierOf(index, turn.id);
        report(
          turn.id,
          old,
          newer,
          turn.endedAt ?? turn.startedAt,
          'its output says what only the old version said',
          {
            boundary: { from: turn.agent, to: receiverOf(index, turn.id) },
            handoff: outgoing,
          },
        );
      }
      // A turn started in the newer version's millisecond but recorded before its producer's turn
      // began (coarse or tied clocks) was handed its input before the newer version existed.
      const producer = newer.producedBy.turnId ? (positionOf.get(newer.producedBy.turnId) ?? -1) : -1;
      const from = partitionPoint(
        byStart.length,
        (i) =>
          byStart[i]!.startedAt < newer.producedAt ||
          (byStart[i]!.startedAt === newer.producedAt && i <= producer),
      );
      for (const position of candidatesFor(postings, onlyOld, from)) {
        const turn = byStart[position]!;
        if (sources.has(turn.id)) continue;
        if (turn.contextReads.some((read) => read.key === old.key)) continue; // recorded reads were judged above
        if (!saysOld(inputTokens[position]!, onlyOld, onlyNew)) continue;
        const carrier = deliveringHandoff(index, turn.id, old, newer, tokensOf);
        if (carrier?.fromTurnId && sources.has(carrier.fromTurnId)) continue;
        report(turn.id, old, newer, turn.startedAt, 'its input carries the old value');
      }
    }
  }
  // Values a message itself says were replaced ("screening was 72.0 kg"), with no versions recorded.
  const judged = new Set(findings.map((f) => f.turnId));
  for (const finding of [
    ...checkStatedSupersessions(index),
    ...checkOutdatedSources(index),
    ...checkChangedRecords(index),
    ...checkMovedTimes(index),
    ...checkMovedDays(index),
    ...checkCheckedFigures(index),
  ])
    if (!judged.has(finding.turnId)) {
      judged.add(finding.turnId);
      findings.push(finding);
    }
  return findings;
}

/** A tool result's key naming an agent used as a tool: `tool:agent-leak_tester({…})`, `tool:ask_billing(…)`. */
function agentToolKey(key: string, agents: ReadonlySet<string>): boolean {
  const name = /^tool:([\w.-]+)\(/.exec(key)?.[1];
  const agent = name && AGENT_TOOL.exec(name)?.[1];
  return !!agent && agents.has(agent.toLowerCase());
}

/**
 * Whether two versions state the same fact with other values (a price that moved, a verdict that
 * changed): they share their subject. Entries that merely follow each other under one key (items
 * appended to a list by parallel branches) share nothing and supersede nothing.
 */
const FILLER = new Set([
  'the',
  'and',
  'for',
  'with',
  'was',
  'are',
  'has',
  'not',
  'but',
  'from',
  'this',
  'that',
  'its',
  'all',
  'any',
  'per',
]);

function sameFact(old: ReadonlySet<string>, newer: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const token of old) if (newer.has(token) && !FILLER.has(token)) shared++;
  return shared >= 1 && shared / Math.max(1, Math.min(old.size, newer.size)) >= 0.15;
}

/** Token → positions of the token sets that hold it (ascending). */
function invert(sets: readonly ReadonlySet<string>[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  sets.forEach((tokens, position) => {
    for (const token of tokens) {
      const list = postings.get(token);
      if (list) list.push(position);
      else postings.set(token, [position]);
    }
  });
  return postings;
}

/** Positions (from `from` on, ascending) whose token set holds one of `tokens`. */
function candidatesFor(postings: Map<string, number[]>, tokens: readonly string[], from: number): number[] {
  const out = new Set<number>();
  for (const token of tokens) {
    const posting = postings.get(token) ?? [];
    for (let j = partitionPoint(posting.length, (i) => posting[i]! < from); j < posting.length; j++)
      out.add(posting[j]!);
  }
  return [...out].sort((a, b) => a - b);
}

/** An identifier: letters and digits in one token ("571r", "d44", "ba2641"). */
const CODE = /^(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]+$/;

/**
 * Whether a text says what only the old version said: a fair share of the old-only tokens (two words
 * or one number at least) and clearly less of the new-only ones. A text that quotes both ("from
 * 182.4 to 176.1") is up to date; one shared common word does not make a text current.
 */
function saysOld(
  tokens: ReadonlySet<string>,
  onlyOld: readonly string[],
  onlyNew: readonly string[],
): boolean {
  const hits = onlyOld.filter((token) => tokens.has(token));
  const oldHits = hits.length;
  // A number is a value (a price, a stock level): one is as telling as two words; a lone digit
  // ("pier 5", "holds 4/5") is as common as a word.
  const weight = hits.reduce((sum, token) => sum + (token.startsWith('#') && token.length > 2 ? 2 : 1), 0);
  if (weight < Math.min(2, onlyOld.length) || oldHits / onlyOld.length < 0.2) return false;
  if (onlyNew.length === 0) return true;
  // A text naming an identifier only the new version has (the new stand "571R") is about the new
  // version; old-only times or counts it shares are other facts, unless it names an old-only one too.
  if (onlyNew.some((token) => CODE.test(token) && tokens.has(token)) && !hits.some((t) => CODE.test(t)))
    return false;
  const newShare = onlyNew.filter((token) => tokens.has(token)).length / onlyNew.length;
  return newShare < oldHits / onlyOld.length / 2;
}

/**
 * For a turn that had the new version: whether it still stated the old value about the same thing —
 * the fact's subject (what both versions share) and an old-only value (FREE where it now says BOOKED),
 * with nothing only the new version says.
 */
function restatesOld(
  tokens: ReadonlySet<string>,
  onlyOld: readonly string[],
  onlyNew: readonly string[],
  subject: readonly string[],
): boolean {
  if (!onlyOld.some((token) => tokens.has(token))) return false;
  if (onlyNew.some((token) => tokens.has(token))) return false;
  return subject.filter((token) => tokens.has(token)).length >= Math.min(2, subject.length);
}

/**
 * What a turn was shown up to `time`: the prompts of its model calls started by then (else its
 * input), and the messages handed to it by then (a routing step may record no prompt at all).
 */
function shownBefore(index: TraceIndex, turn: AgentTurn, time: number): ReadonlySet<string> {
  const prompts =
    turn.modelCalls.length === 0
      ? [index.inputTextOf(turn.id)]
      : turn.modelCalls
          .filter((call) => call.startedAt <= time)
          .map((call) => call.input.map((message) => message.content).join('\n'));
  const handed = (index.into.get(turn.id) ?? [])
    .filter((handoff) => (handoff.receivedAt ?? handoff.sentAt) <= time)
    .map((handoff) => `${handoff.content} ${textOf(handoff.payload)}`);
  return textTokens([...prompts, ...handed].join('\n'));
}

/**
 * Whether a turn had a version: it read it, produced it, or was shown what only it says (a fair
 * share of its new-only values: a paraphrase of the update carries some of them, not all).
 */
function hadVersion(
  turn: AgentTurn,
  version: ContextItem,
  /** What the turn was shown (worked out only when its reads and writes do not settle it). */
  shownTokens: () => ReadonlySet<string>,
  onlyNew: readonly string[],
): boolean {
  if (version.producedBy.turnId === turn.id) return true;
  if (turn.contextReads.some((read) => read.key === version.key && read.version >= version.version))
    return true;
  if (onlyNew.length === 0) return false;
  const input = shownTokens();
  const hits = onlyNew.filter((token) => input.has(token));
  const weight = hits.reduce((sum, token) => sum + (token.startsWith('#') ? 2 : 1), 0);
  return weight >= Math.min(3, onlyNew.length) && hits.length / onlyNew.length >= 0.25;
}

/**
 * The latest version after `list[at]` produced before `time` (versions sorted by number; one
 * produced at the very moment of the read does not make it stale). Versions are
 * almost always produced in order: then a binary search, else a scan.
 */
function latestBefore(
  list: readonly ContextItem[],
  at: number,
  time: number,
  ordered: boolean,
): ContextItem | undefined {
  if (ordered) {
    const end = at + 1 + partitionPoint(list.length - at - 1, (i) => list[at + 1 + i]!.producedAt < time);
    return end > at + 1 ? list[end - 1] : undefined;
  }
  for (let i = list.length - 1; i > at; i--) if (list[i]!.producedAt < time) return list[i];
  return undefined;
}

/** The first index in [0, length) where `before` turns false (it is true up to there, false after). */
function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The handoff into `turnId` that carried the stale content, else the latest handoff into it. */
function deliveringHandoff(
  index: TraceIndex,
  turnId: string,
  item: ContextItem,
  newer: ContextItem | undefined,
  tokensOf: (item: ContextItem) => ReadonlySet<string>,
): Handoff | undefined {
  const into = index.into.get(turnId) ?? [];
  if (into.length === 0) return undefined;
  if (newer) {
    const oldTokens = tokensOf(item);
    const newTokens = tokensOf(newer);
    const onlyOld = [...oldTokens].filter((token) => !newTokens.has(token));
    const carrier = into.find((handoff) => {
      // Without a payload the content alone has the same tokens, and is the text the sender's
      // output already tokenised (no new string to hash and tokenise per stale read).
      const tokens = textTokens(
        handoff.payload === undefined ? handoff.content : `${handoff.content} ${textOf(handoff.payload)}`,
      );
      return onlyOld.some((token) => tokens.has(token));
    });
    if (carrier) return carrier;
  }
  return into.at(-1);
}

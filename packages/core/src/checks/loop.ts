import type { TraceIndex } from '../diagnose/trace-index.ts';
import { containsAtLeast, fingerprint, wordsOf } from '../lineage/fingerprint.ts';
import { textTokens } from '../lineage/text-tokens.ts';
import type { Finding, Handoff } from '../model/trace.ts';
import { withoutPleasantries } from '../util/pleasantries.ts';
import { boundaryLabel, makeFinding } from './finding.ts';
import { STOP, stem } from './task-words.ts';

const LOOP_WINDOW = 16;

/**
 * Handoff loops: the same two agents handing off back and forth with no new content. A handoff is a
 * repeat when its content is mostly contained in an earlier handoff in the same direction.
 */
export function checkLoops(index: TraceIndex, options: { maxRepeats?: number } = {}): Finding[] {
  const maxRepeats = options.maxRepeats ?? 3;
  const pairs = new Map<string, Handoff[]>();
  for (const handoff of index.trace.handoffs) {
    if (handoff.from === handoff.to) continue;
    const key = [handoff.from, handoff.to].sort().join('\u0000');
    const list = pairs.get(key) ?? [];
    list.push(handoff);
    pairs.set(key, list);
  }
  const findings: Finding[] = [];
  for (const handoffs of pairs.values()) {
    // Three asks answered three times is the least a stalled exchange can show (see `stalled`).
    if (handoffs.length <= maxRepeats && handoffs.length < 6) continue;
    const seen = new Map<string, { shingles: ReadonlySet<number>; sent: string }[]>();
    const repeatsBy = new Map<string, { count: number; first: Handoff }>();
    const sendsBy = new Map<string, Set<string>>();
    for (const handoff of handoffs) {
      const direction = `${handoff.from}>${handoff.to}`;
      const shingles = fingerprint(withoutPleasantries(handoff.content));
      const earlier = seen.get(direction) ?? [];
      // A repeat is the sender saying again what it said before; one message reaching several later
      // turns (the same send, seen through a shared history) is not the sender repeating itself.
      // (A delegation is a call of its own: two from one turn are two sends, in the same millisecond too.)
      const sent =
        handoff.kind === 'delegation' ? handoff.id : `${handoff.fromTurnId ?? handoff.id}@${handoff.sentAt}`;
      sendsBy.set(direction, (sendsBy.get(direction) ?? new Set()).add(sent));
      const repeated = earlier.some(
        (previous) => previous.sent !== sent && containsAtLeast(shingles, previous.shingles, 0.8),
      );
      if (repeated) {
        const entry = repeatsBy.get(direction);
        if (entry) entry.count++;
        else repeatsBy.set(direction, { count: 1, first: handoff });
      }
      // A loop repeats what was sent recently: comparing with a window keeps long traces linear.
      if (earlier.push({ shingles, sent }) > LOOP_WINDOW) earlier.shift();
      seen.set(direction, earlier);
    }
    // The agent that sent the same message again and again is the one making no progress (the
    // other side's repeats answer its repeats); on a tie, the one that started repeating first.
    const [worst] = [...repeatsBy.values()].sort(
      (a, b) => b.count - a.count || a.first.sentAt - b.first.sentAt,
    );
    const looped =
      worst &&
      (worst.count >= maxRepeats ||
        stalled(worst, maxRepeats, repeatsBy, sendsBy) ||
        ignoredFeedback(worst.first, handoffs) ||
        askedForWhatItGot(worst, repeatsBy, handoffs));
    const found = looped
      ? worst.first
      : (calledARepeat(handoffs, index.trace.handoffs) ??
        askedAgain(handoffs) ??
        answeredAlike(handoffs) ??
        keptWhatWasFlagged(handoffs));
    // Feedback sent again about what the other side had already taken out: the other side's resends
    // answer it (a loop of its own too, with no other sign of one).
    const culprit =
      reviewedWhatIsGone(handoffs) ??
      reviewedWhatIsAdded(handoffs) ??
      found ??
      repeatedAfterTakenUp(handoffs);
    if (!culprit) continue;
    const repeats = [...repeatsBy.values()].reduce((sum, entry) => sum + entry.count, 0);
    const boundary = { from: culprit.from, to: culprit.to };
    const roundTrips = Math.floor(handoffs.length / 2);
    const own =
      (looped && culprit === worst.first
        ? worst.count
        : sendsBy.get(`${culprit.from}>${culprit.to}`)!.size - 1) + 1;
    findings.push(
      makeFinding({
        kind: 'handoff_loop',
        boundary,
        handoffId: culprit.id,
        ...(culprit.fromTurnId ? { turnId: culprit.fromTurnId } : {}),
        summary: `Handoff loop at boundary ${boundaryLabel(boundary)}: ${handoffs.length} handoffs (${roundTrips} round trips), ${repeats} of them repeating earlier content; ${culprit.from} kept sending the same message (${own} times) without progress`,
        evidence: handoffs
          .slice(0, 6)
          .map((h) => ({ label: `${h.from}→${h.to}`, detail: h.content.slice(0, 120), handoffId: h.id })),
      }),
    );
  }
  return findings;
}

/**
 * A reply that says the message it answers is one it has seen ("Already booked", "same as before"),
 * or that the fault it pointed out is still there ("only reworded", "still ambiguous").
 */
const SAID_BEFORE =
  /\b(?:already (?:booked|done|sent|submitted|scheduled|answered|confirmed|provided|in place|covered|filed|logged)|same as (?:before|last time|round \d+|the (?:first|last|previous))|exactly as (?:in|before)|unchanged from|identical to|nothing (?:more|new|further) to (?:book|do|add|change)|(?:only|just|merely) (?:reworded|rephrased|relabell?ed|renamed)|still (?:ambiguous|wrong|unchanged|the same|not fixed|open|missing|has|fails?|over|under|too))\b|\bstill no\b[^.;]{0,60}\b(?:can['’]?t|cannot|unable to)\b|(?:^|[.!?:]\s+)(?:and\s+)?as (?:before|I said|said before|noted before)\s*:|\b[\w-]*\d[\w-]*\s+again\b/im;

/**
 * An agent that sends its message a third time when the other has answered each time after the
 * first that it is the same again ("Already booked: BKG-77104", "Same as before", "exactly as in
 * the first proof"), in other words each time: the other side's replies name the repeat the
 * wording hides. The sender's second message is where it began.
 */
function calledARepeat(pair: readonly Handoff[], all: readonly Handoff[]): Handoff | undefined {
  for (const direction of new Set(pair.map((h) => `${h.from}>${h.to}`))) {
    const sends = pair.filter((h) => `${h.from}>${h.to}` === direction && h.kind !== 'return');
    if (sends.length < 3) continue;
    const responder = sends[0]!.to;
    // The responder's next message after each send, to whomever it went.
    let said = 0;
    for (const send of sends.slice(1)) {
      let reply: Handoff | undefined;
      for (let i = positionIn(all, send) + 1; i < all.length && !reply; i++)
        if (all[i]!.from === responder) reply = all[i];
      if (reply && SAID_BEFORE.test(reply.content) && ++said >= 2) return sends[1];
    }
  }
  return undefined;
}

/** Where a handoff stands in the trace's list, by a map built once per list. */
const positions = new WeakMap<readonly Handoff[], Map<Handoff, number>>();
function positionIn(all: readonly Handoff[], handoff: Handoff): number {
  let map = positions.get(all);
  if (!map) {
    map = new Map(all.map((h, i) => [h, i]));
    positions.set(all, map);
  }
  return map.get(handoff) ?? -1;
}

/** A reply that says the work asked about is still going on: a poll's answer, nothing to take up yet. */
const ONGOING =
  /\b(?:not (?:\w+ )?yet|pending|in progress|under (?:review|way)|queued|still (?:working|running|processing|waiting|checking|on it)|awaiting|will (?:confirm|update|let you know|come back)|eta)\b/i;

/** A reply that asks the asker for something: "send me both", "need the index number", "in your message", "open a ticket". */
const NEEDS_FROM_ASKER =
  /\b(?:send (?:me|us|over)|(?:I|we) need|needs?\b[^.;]{0,40}\bfrom you|please (?:send|provide|give|attach)|in (?:your|what you sent)|from you\b|without (?:the|your))|(?:\b(?:please|pls|kindly)|(?:^|[.:;!]))\s*(?:open|raise|file|log|run|submit|escalate|contact)\s+(?:a|an|the|it)\b/i;

/**
 * An agent that sends its ask a third time, reworded or not, when each reply in between brought
 * something new it never takes up (the slot and socket it asked for; the spec sheet the other side
 * says it needs): it is not reading the replies. The ask is the same when three quarters of its
 * words, and every figure and code, were said before; a reply is not taken up when the next ask shares
 * fewer than two of its new words. A short reply ("Booked BKG-77105") or one that says the work is still going on is no answer to take up; a
 * resend without a reply in between is a retry.
 */
function askedAgain(pair: readonly Handoff[]): Handoff | undefined {
  for (const direction of new Set(pair.map((h) => `${h.from}>${h.to}`))) {
    const sends = pair.filter((h) => `${h.from}>${h.to}` === direction && h.kind !== 'return');
    if (sends.length < 3) continue;
    const { from, to } = sends[0]!;
    const said = new Set(stemsIn(sends[0]!.content));
    let ignored = 0;
    for (let i = 1; i < sends.length && ignored < 2; i++) {
      const [before, at] = [pair.indexOf(sends[i - 1]!), pair.indexOf(sends[i]!)];
      const replies = pair.filter((h, j) => h.from === to && h.to === from && j > before && j < at);
      // A reply that waits on the asker ("still pending: need the index number from you") is no poll.
      const polled = replies.some(
        (reply) => ONGOING.test(reply.content) && !NEEDS_FROM_ASKER.test(reply.content),
      );
      if (replies.length === 0 || polled) break;
      const ask = [...stemsIn(sends[i]!.content)].filter((t) => !STOP.has(t));
      const news = new Set(
        replies.flatMap((reply) => [...stemsIn(reply.content)]).filter((t) => !said.has(t) && !STOP.has(t)),
      );
      // An ask that names a figure or code not said before is about something new (dock 6 after dock 4).
      // Reworded ("float issue, please handle" for "float question, over to you") it is the same ask
      // when it names the same two figures or codes at least and half its words were said before.
      const anchors = ask.filter((t) => /\d/.test(t)).length;
      const share = ask.filter((t) => said.has(t)).length / Math.max(1, ask.length);
      const repeated =
        (share >= 0.75 || (share >= 0.5 && anchors >= 2)) && ask.every((t) => said.has(t) || !/\d/.test(t));
      if (!repeated || news.size < 4 || ask.filter((t) => news.has(t)).length >= 2) break;
      // A fragment the reply quoted to be changed ('has "INSANE" in caps'), gone from the resend: a fix.
      if (replies.some((reply) => removedQuoted(reply.content, sends[i - 1]!.content, sends[i]!.content)))
        break;
      for (const t of ask) said.add(t);
      ignored++;
    }
    if (ignored >= 2) return sends[1];
  }
  return undefined;
}

/** The figures and codes of a text ("#12", "qc-1405-0877"), in any script's digits. */
function particularsIn(text: string): Set<string> {
  return new Set([...textTokens(text)].filter((t) => /\d/.test(t)));
}

/**
 * An agent that asks a third time about nothing new (every figure and code of its asks said before)
 * while each reply after the first gives the same figures and codes again, and no others: the answer
 * stood from the first reply, in whatever words either side put it ("could you confirm once more",
 * "as I said twice"). A poll's replies ("in progress") bring none, a new answer brings new ones.
 */
function answeredAlike(pair: readonly Handoff[]): Handoff | undefined {
  for (const direction of new Set(pair.map((h) => `${h.from}>${h.to}`))) {
    const sends = pair.filter((h) => `${h.from}>${h.to}` === direction && h.kind !== 'return');
    if (sends.length < 3) continue;
    const { from, to } = sends[0]!;
    let first: Set<string> | undefined;
    let alike = 0;
    const known = particularsIn(sends[0]!.content);
    for (let i = 1; i < sends.length; i++) {
      const [before, at] = [pair.indexOf(sends[i - 1]!), pair.indexOf(sends[i]!)];
      const replies = pair.filter((h, j) => h.from === to && h.to === from && j > before && j < at);
      if (replies.length === 0 || replies.some((reply) => ONGOING.test(reply.content))) break;
      const said = particularsIn(replies.map((reply) => reply.content).join('\n'));
      if (!first) {
        if (said.size < 2) break;
        first = said;
      } else if (said.size >= 2 && [...said].every((t) => first!.has(t) || known.has(t))) alike++;
      else break;
      for (const t of said) known.add(t);
      // The ask names nothing that was not said before: it asks about the same thing again.
      if (![...particularsIn(sends[i]!.content)].every((t) => known.has(t))) break;
    }
    // The reply to the last ask counts too: the same answer a third time.
    const last = pair.indexOf(sends.at(-1)!);
    const after = pair.filter((h, j) => h.from === to && h.to === from && j > last);
    const final = particularsIn(after.map((reply) => reply.content).join('\n'));
    if (first && final.size >= 2 && [...final].every((t) => first!.has(t) || known.has(t))) alike++;
    if (alike >= 2) return sends[1];
  }
  return undefined;
}

/**
 * An agent that asks the other for the same thing three times ("Can't open the claim without the RO
 * and the DTCs. Please send RO + DTCs") while each message of the other side in between is new (the
 * RO, the DTCs, a freeze frame, "third time: everything is on RO 48812"): it is the one not reading.
 */
function askedForWhatItGot(
  worst: { first: Handoff },
  repeatsBy: ReadonlyMap<string, { count: number }>,
  handoffs: readonly Handoff[],
): boolean {
  const { from, to } = worst.first;
  const mine = handoffs.filter((h) => h.from === from && h.to === to);
  const theirs = handoffs.filter((h) => h.from === to && h.to === from);
  if (mine.length < 3 || theirs.length < 2 || repeatsBy.has(`${to}>${from}`)) return false;
  if (!mine.every((h) => NEEDS_FROM_ASKER.test(h.content))) return false;
  // The same ask each time, reworded at most: most of its words said in the one before.
  const words = mine.map((h) => [...stemsIn(withoutPleasantries(h.content))].filter((t) => !STOP.has(t)));
  return words.every(
    (list, i) => i === 0 || list.filter((t) => words[i - 1]!.includes(t)).length >= 0.75 * list.length,
  );
}

/**
 * An exchange that never moved: the same ask sent three times or more and every answer to it the same
 * as the first, the last one too. A poll that ends with a new answer ("done") made progress; an ask
 * re-sent after a different answer is a retry. Either stays below `maxRepeats` without a finding.
 */
function stalled(
  worst: { count: number; first: Handoff },
  maxRepeats: number,
  repeatsBy: ReadonlyMap<string, { count: number }>,
  sendsBy: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  if (worst.count < Math.max(2, maxRepeats - 1)) return false;
  const back = `${worst.first.to}>${worst.first.from}`;
  const answers = sendsBy.get(back)?.size ?? 0;
  return answers > worst.count && (repeatsBy.get(back)?.count ?? 0) === answers - 1;
}

/**
 * An agent that answers every request the same way, the last too, while each new request takes up
 * its answer ("Your layout puts 8 racks in each of R03–R08 … re-plan"): it is not acting on the
 * feedback. An answer is the same again when it keeps the previous one and what it adds takes up
 * nothing of the feedback between them (a new label, "checked against the register", is no fix; a
 * revision that adds the line the feedback asked for is one). Three answers at least, of some length
 * ("No match found" three times to three different asks is an honest answer, and asks that never
 * refer to the answer are new work, not feedback).
 */
function ignoredFeedback(repeat: Handoff, handoffs: readonly Handoff[]): boolean {
  // A delegation is an ask: a coordinator sending it again is polling or retrying (see `stalled`).
  if (repeat.kind === 'delegation') return false;
  const answers = handoffs.filter((h) => h.from === repeat.from && h.to === repeat.to);
  if (answers.length < 3 || wordsOf(answers[0]!.content).length < 8) return false;
  const asks = handoffs.filter((h) => h.from === repeat.to && h.to === repeat.from);
  // What the first answer was asked for: the asks before it (none in a pipeline, where the first
  // request came from elsewhere). Feedback is what a later ask takes up beyond that.
  const start = handoffs.indexOf(answers[0]!);
  const asked = new Set(
    asks.filter((h) => handoffs.indexOf(h) < start).flatMap((h) => [...stemsIn(h.content)]),
  );
  for (let i = 1; i < answers.length; i++) {
    const [previous, answer] = [answers[i - 1]!, answers[i]!];
    // The ask between the previous answer and this one (by order in the trace: fast agents send
    // all of them in one millisecond).
    const [from, to] = [handoffs.indexOf(previous), handoffs.indexOf(answer)];
    const ask = asks.find((h) => {
      const at = handoffs.indexOf(h);
      return at > from && at < to;
    });
    const [before, now] = [withoutPleasantries(previous.content), withoutPleasantries(answer.content)];
    if (ask && removedQuoted(ask.content, before, now)) return false;
    if (!ask || !containsAtLeast(fingerprint(before), fingerprint(now), 0.8)) return false;
    const said = stemsIn(before);
    const feedback = stemsIn(withoutPleasantries(ask.content));
    // (One word of it is enough where the feedback says the answer came back unchanged.)
    const takenUp = [...feedback].filter((t) => said.has(t) && !asked.has(t)).length;
    if (takenUp < (SAME_AGAIN.test(ask.content) ? 1 : 2)) return false;
    const added = [...stemsIn(now)].filter((t) => !said.has(t) && feedback.has(t) && !STOP.has(t));
    if (added.length > 1) return false;
  }
  return true;
}

/**
 * Feedback sent again word for word after the other side's revision took it up: asked to "restate
 * every head at our 60 % share", the drafter's next version adds the 60 % column and "our share",
 * and the same REVISE note comes back. The reviewer is not reading the revisions; its first repeat is
 * where the loop began. (A revision that took up nothing of the feedback is the other side's loop.)
 */
function repeatedAfterTakenUp(handoffs: readonly Handoff[]): Handoff | undefined {
  for (const direction of new Set(handoffs.map((h) => `${h.from}>${h.to}`))) {
    const sends = handoffs.filter((h) => `${h.from}>${h.to}` === direction && h.kind !== 'delegation');
    for (let i = 1; i < sends.length; i++) {
      const [previous, send] = [sends[i - 1]!, sends[i]!];
      if (!ASKS_CHANGE.test(previous.content)) continue;
      const [a, b] = [withoutPleasantries(previous.content), withoutPleasantries(send.content)];
      if (!containsAtLeast(fingerprint(a), fingerprint(b), 0.8)) continue;
      // The other side's messages before the feedback and between it and its repeat.
      const [at, next] = [handoffs.indexOf(previous), handoffs.indexOf(send)];
      const theirs = handoffs.filter((h) => h.from === send.to && h.to === send.from);
      const before = theirs.filter((h) => handoffs.indexOf(h) < at).at(-1);
      const revision = theirs.find((h) => handoffs.indexOf(h) > at && handoffs.indexOf(h) < next);
      if (!before || !revision) continue;
      const feedback = [...stemsIn(a)].filter((t) => !STOP.has(t));
      const had = stemsIn(before.content);
      const has = stemsIn(revision.content);
      if (feedback.filter((t) => has.has(t) && !had.has(t)).length >= 2) return send;
    }
  }
  return undefined;
}

/**
 * A review that asks for the work to change: "REVISE:", "rejected", "please fix …", and the same in
 * the languages teams write in ("VRÁTIT", "do poprawy", "überarbeiten", "à revoir", "devuelto").
 */
const ASKS_CHANGE = new RegExp(
  `(?<![\\p{L}])(?:${[
    'revise|rework|redo|returned|reject(?:ed)?|not approv\\p{L}*|please (?:fix|change|correct|remove|reword)|(?:must|needs? to) be (?:fixed|changed|corrected|removed|reworded)',
    // A query asks for what is missing: "QUERY: Please state which ICF version …".
    'query|please (?:state|clarify|confirm|provide|add|specify|explain|include|complete|update)',
    'rettes|må rettes|ikke godkjent|korjattava|ei hyväksytty|javítandó|düzeltilmeli|perlu diperbaiki|cần sửa',
    'vrátit|vráceno|k přepracování|přepracovat|zamítnut\\p{L}*|vrátiť|prepracovať',
    'do poprawy|zwrócon\\p{L}*|odrzucon\\p{L}*|popraw(?:ić)?',
    'überarbeiten|zurückgewiesen|abgelehnt|nachbessern',
    'à revoir|à reprendre|rejetée?|refusée?|renvoyée?',
    'rechazad[oa]|devuelt[oa]|rehacer|rejeitad[oa]|devolvid[oa]|refazer',
    'da rivedere|respint[oa]|rifare',
    'herzien|afgekeurd|teruggestuurd|graag aanpassen',
    'revidera|avvisad|åtgärda|omarbejd\\p{L}*|afvist',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * An agent that sends its feedback again, unchanged, about figures or codes the other side's latest
 * message no longer has ("Q2 is leading — it proposes the answer (7.2 mmol/L)" to a revision without
 * 7.2): the other side acted on it and this one is not reading the revision. Its repeat is where the
 * loop began; the other side's resends answer it. Feedback whose figures are still there is not this.
 */
function reviewedWhatIsGone(handoffs: readonly Handoff[]): Handoff | undefined {
  for (const direction of new Set(handoffs.map((h) => `${h.from}>${h.to}`))) {
    const sends = handoffs.filter((h) => `${h.from}>${h.to}` === direction && h.kind !== 'delegation');
    for (let i = 1; i < sends.length; i++) {
      const [previous, send] = [sends[i - 1]!, sends[i]!];
      // Feedback asks for a change; the same answer to new asks is another matter.
      if (!ASKS_CHANGE.test(send.content)) continue;
      if (!containsAtLeast(fingerprint(send.content), fingerprint(previous.content), 0.8)) continue;
      const at = handoffs.indexOf(send);
      const theirs = handoffs.filter((h, j) => h.from === send.to && h.to === send.from && j < at);
      if (theirs.length < 2 || handoffs.indexOf(theirs.at(-1)!) < handoffs.indexOf(previous)) continue;
      const latest = particularsIn(theirs.at(-1)!.content);
      const earlier = particularsIn(
        theirs
          .slice(0, -1)
          .map((h) => h.content)
          .join('\n'),
      );
      if ([...particularsIn(send.content)].some((t) => earlier.has(t) && !latest.has(t))) return send;
    }
  }
  return undefined;
}

/** Words of feedback that say something is missing, in the languages teams write reviews in. */
const MISSING =
  /(?<![\p{L}])(?:missing|lacks?|lacking|not included|absent|fehlt|fehlen|manque\p{L}*|falta|faltan|faltando|manca|mancano|ontbreekt|ontbreken|brak\p{L}*|chybí|hiányzik|hiányoznak|eksik|kurang|tidak ada|thiếu|saknas|mangler|puuttuu|отсутству\p{L}*)(?![\p{L}])/iu;

/**
 * An agent that sends its feedback again, unchanged, that something is missing ("hiányzik a
 * terelésre kerülő tehervonatok listája") when the other side's revision since added it (a table of
 * "Terelt tehervonatok"): it is not reading the revision. Its repeat is where the loop began.
 */
function reviewedWhatIsAdded(handoffs: readonly Handoff[]): Handoff | undefined {
  const stems = (text: string) =>
    new Set(
      wordsOf(text.toLowerCase())
        .filter((w) => w.length >= 5 && !STOP.has(w))
        .map(stem),
    );
  for (const direction of new Set(handoffs.map((h) => `${h.from}>${h.to}`))) {
    const sends = handoffs.filter((h) => `${h.from}>${h.to}` === direction && h.kind !== 'delegation');
    for (let i = 1; i < sends.length; i++) {
      const [previous, send] = [sends[i - 1]!, sends[i]!];
      if (!MISSING.test(send.content)) continue;
      if (!containsAtLeast(fingerprint(send.content), fingerprint(previous.content), 0.8)) continue;
      const [first, at] = [handoffs.indexOf(previous), handoffs.indexOf(send)];
      const theirs = handoffs.filter((h) => h.from === send.to && h.to === send.from);
      const reviewed = theirs.filter((h) => handoffs.indexOf(h) < first).at(-1);
      const revised = theirs.filter((h) => handoffs.indexOf(h) > first && handoffs.indexOf(h) < at).at(-1);
      if (!reviewed || !revised) continue;
      const [before, after] = [stems(reviewed.content), stems(revised.content)];
      if ([...stems(send.content)].some((w) => after.has(w) && !before.has(w))) return send;
    }
  }
  return undefined;
}

/** Words of feedback that say the fault is still there: "still", "ancora", "fortsatt", "immer noch". */
const STILL =
  /(?<![\p{L}])(?:still|yet again|remains?|keeps|ancora|mantiene|resta|fortsatt|fremdeles|stadig|fortfarande|kvar|immer noch|noch immer|weiterhin|toujours|encore|todavía|sigue|ainda|continua|nadal|wciąż|stále|pořád|még mindig|továbbra is|edelleen|yhä|hala|hâlâ|masih|tetap|vẫn|всё ещё|досі)(?![\p{L}])/iu;

/** The figures and codes of a text of two characters or more ("versjon 1" is none): what a review can point at. */
const pointersIn = (text: string) =>
  new Set([...particularsIn(text)].filter((t) => t.replace(/^#/, '').length >= 2));

/**
 * An agent whose revisions keep what each review points at ("giorno 3 … 6 h 50 di pullman, oltre
 * il massimo"; "Lenke C og D (6811N 01416E …) ligger innenfor J-58-2027"), reworded or not, while
 * the review after the first says it is still there ("è ancora 460 km / 6 h 50", "har fortsatt C og
 * D"): it is not acting on the feedback. Three answers and two reviews at least; the first revision
 * is where the loop began. A review that asks to add something (no figure of the answer in it) is
 * not pointing at what to change.
 */
function keptWhatWasFlagged(handoffs: readonly Handoff[]): Handoff | undefined {
  for (const direction of new Set(handoffs.map((h) => `${h.from}>${h.to}`))) {
    const answers = handoffs.filter((h) => `${h.from}>${h.to}` === direction && h.kind !== 'delegation');
    if (answers.length < 3) continue;
    const { from, to } = answers[0]!;
    let kept = 0;
    let still = false;
    for (let i = 1; i < answers.length; i++) {
      const [at, next] = [handoffs.indexOf(answers[i - 1]!), handoffs.indexOf(answers[i]!)];
      const review = handoffs.find((h, j) => h.from === to && h.to === from && j > at && j < next);
      if (!review) break;
      const before = pointersIn(answers[i - 1]!.content);
      const flagged = [...pointersIn(review.content)].filter((t) => before.has(t));
      if (flagged.length === 0) break;
      const now = pointersIn(answers[i]!.content);
      if (!flagged.every((t) => now.has(t))) break;
      if (i > 1 && STILL.test(review.content)) still = true;
      kept++;
    }
    if (kept >= 2 && still) return answers[1];
  }
  return undefined;
}

/** A fragment a reply quoted to be changed ('has "INSANE" in caps'), gone from the resend: a fix. */
function removedQuoted(reply: string, before: string, now: string): boolean {
  for (const m of reply.matchAll(/["“«`']([^"”»`'\n]{2,60})["”»`']/g)) {
    const fragment = m[1]!.trim();
    if (fragment && before.includes(fragment) && !now.includes(fragment)) return true;
  }
  return false;
}

/** Feedback that says the answer came back as it was: "v2 identical to v1", "still shows S". */
const SAME_AGAIN =
  /\b(?:identical|unchanged|same as (?:before|the last|the previous|v\d)|no changes?|not changed|nothing changed|still (?:shows?|has|says|lists?|missing|wrong|the same))\b/i;

/** A text's words as stems, parts of hyphenated words too: "per-seat" feedback takes up "seats". */
function stemsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const token of textTokens(text)) {
    if (token.startsWith('#')) out.add(token);
    else for (const part of token.split('-')) if (part) out.add(stem(part));
  }
  return out;
}

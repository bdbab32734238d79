import { structuredText, valuesText } from '../checks/handoff-text.ts';
import {
  COULD_NOT,
  OPTIONAL,
  SETTING_ASIDE,
  SETTING_ASIDE_UNSPACED,
  TOTAL_LABELS,
} from '../checks/lexicon.ts';
import { type Quantity, quantitiesOf } from '../checks/stated-supersession.ts';
import {
  nameWords,
  STOP,
  sameStem,
  sentencesOf,
  stem,
  stemsOf,
  unaccented,
  words,
} from '../checks/task-words.ts';
import { isReply, requestOf, stoppedAtLimit } from '../checks/turn-links.ts';
import { textContainment } from '../lineage/fingerprint.ts';
import { textTokens } from '../lineage/text-tokens.ts';
import type { AgentTurn } from '../model/trace.ts';
import { withoutPleasantries } from '../util/pleasantries.ts';
import { hasUnspacedScript, isAscii } from '../util/script-words.ts';
import { statesFigure } from '../util/states-figure.ts';
import type { TraceIndex } from './trace-index.ts';

type Via = 'declared' | 'task' | 'reply' | 'content';
const STRENGTH: Record<Via, number> = { declared: 3, task: 2, reply: 1, content: 0 };

/** Share of a producer's output that must reappear in what its consumer produced to count as used. */
const USED = 0.2;
/** A number token with enough digits to be a specific figure (or an amount of money: "£41.8m"), and one that is just a year. */
const FIGURE = /^(?:#\d[\d.]{3,}|[£$€¥](?=(?:\D*\d){3})\d[\d,.]*[kmb]?)$/;
const YEAR = /^#(?:19|20)\d\d$/;
const CLOCK = /^#(?:[01]?\d|2[0-3]):[0-5]\d$/;
/** A reference: letters and at least two digits, in one token of five characters or more ("sh-16-07", "bkg4471"). */
const REFERENCE = /^(?=[a-z0-9-]{5,}$)(?=.*[a-z])(?=(?:.*\d){2})[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface EffectGraph {
  /** Turn → turns its output demonstrably flowed into. */
  next: Map<string, string[]>;
  /** The same, restricted to edges a handoff or a sub-agent return carried (what a reader expects). */
  viaHandoffs: Map<string, string[]>;
}

/**
 * Where each turn's effect went. A turn reaches another when its content demonstrably went on:
 * declared lineage, a task handed to the receiver (it works on what it was given), the receiver's
 * only source, or content the receiver's own output, messages or tool calls reuse. Receiving a reply
 * is not using it: a coordinator that heard from three workers and answered from one was not
 * affected by the others.
 */
export function effectGraph(index: TraceIndex): EffectGraph {
  let graph = graphs.get(index);
  if (!graph) {
    graph = buildEffectGraph(index);
    graphs.set(index, graph);
  }
  return graph;
}

const graphs = new WeakMap<TraceIndex, EffectGraph>();

function buildEffectGraph(index: TraceIndex): EffectGraph {
  const candidates = new Map<string, Map<string, Via>>();
  const add = (from: string | undefined, to: string | undefined, via: Via) => {
    if (!from || !to || from === to) return;
    const targets = candidates.get(from) ?? new Map<string, Via>();
    const known = targets.get(to);
    if (known === undefined || STRENGTH[via] > STRENGTH[known]) targets.set(to, via);
    candidates.set(from, targets);
  };
  for (const edge of index.lineage)
    if (edge.via !== 'handoff')
      add(edge.fromTurnId, edge.toTurnId, edge.via === 'declared' ? 'declared' : 'content');
  for (const handoff of index.trace.handoffs)
    add(handoff.fromTurnId, handoff.toTurnId, isReply(index, handoff) ? 'reply' : 'task');
  for (const turn of index.trace.turns) add(turn.id, turn.parentTurnId, 'reply');

  const sources = new Map<string, Set<string>>();
  for (const [from, targets] of candidates)
    for (const to of targets.keys()) {
      const producer = index.turns.get(from);
      const consumer = index.turns.get(to);
      // Earlier turns of the consumer's own agent (its history) are not another source of work.
      if (!producer || !consumer || producer.agent === consumer.agent) continue;
      const set = sources.get(to) ?? new Set<string>();
      set.add(from);
      sources.set(to, set);
    }

  const next = new Map<string, string[]>();
  const viaHandoffs = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, from: string, to: string): void => {
    const list = map.get(from);
    if (list) list.push(to);
    else map.set(from, [to]);
  };
  for (const [from, targets] of candidates)
    for (const [to, via] of targets) {
      if (!carriesEffect(index, from, to, via, sources.get(to) ?? new Set())) continue;
      push(next, from, to);
      if (via === 'task' || via === 'reply' || via === 'declared') push(viaHandoffs, from, to);
    }
  // A turn whose output went nowhere that was recorded (an empty answer leaves no data flow to
  // follow) still reached the answer if the answer covers the part it was asked to do.
  for (const turn of index.trace.turns) {
    if (candidates.has(turn.id) || index.finalTurnIds.has(turn.id)) continue;
    if ((index.into.get(turn.id) ?? []).length === 0) continue;
    for (const finalId of index.finalTurnIds) {
      const final = index.turns.get(finalId);
      if (!final || final.agent === turn.agent || final.startedAt < (turn.endedAt ?? turn.startedAt))
        continue;
      const siblings = new Set([...(sources.get(finalId) ?? []), turn.id]);
      const produced = producedText(index, finalId, turn.id);
      if (namesRole(turn.agent, produced) || answeredItsPart(index, turn.id, siblings, produced))
        push(next, turn.id, finalId);
    }
  }
  return { next, viaHandoffs };
}

function carriesEffect(
  index: TraceIndex,
  from: string,
  to: string,
  via: Via,
  sources: ReadonlySet<string>,
): boolean {
  if (via === 'declared') return true;
  // Work handed to a turn as its task: the receiver works on what it was given — unless several
  // agents handed it work (a join), where each part counts only where it was used.
  if (via === 'task' && taskSenders(index, to) <= 1) return true;
  const producer = index.turns.get(from)!;
  const consumer = index.turns.get(to)!;
  // An agent's own earlier turn carries on only where it is its sole source or was reused: an agent
  // that redid its work (a fixed bug, a new draft) is not carrying the old attempt forward.
  if (producer.agent === consumer.agent)
    return (
      sources.size === 0 ||
      textContainment(structuredText(index.outputTextOf(from)), producedText(index, to)) >= USED
    );
  // The receiver's agent says, then or later, that it left this source's part out: nothing of it went on.
  if (saidSetAside(index, producer, consumer, from, to)) return false;
  const agents = new Set([...sources].map((id) => index.turns.get(id)?.agent));
  if (agents.size <= 1 && !heardOthersBefore(index, consumer, producer)) return true;
  // A failure that took its caller down with it reached it, whatever else the caller heard.
  if (producer.status === 'error' && consumer.status === 'error') return true;
  // A sentence saying this part was left out ("pedigree: came back incomplete, left out") uses none of it.
  const produced = withoutSetAside(producedText(index, to, from));
  // The receiver answered the part this source was asked to cover (its own task's terms, not its
  // siblings'), so whatever the source returned, or failed to, shaped that part of the answer.
  if (answeredItsPart(index, from, sources, produced)) return true;
  const output = structuredText(withoutPleasantries(index.outputTextOf(from)));
  // The receiver speaks of the source's step by its role ("fact check raised no corrections" from
  // a fact_checker): whatever that step returned, or failed to, went into what it said.
  if (namesRole(producer.agent, produced) || namesDoer(index, producer.agent, produced)) return true;
  if (output.trim() === '') return false;
  if (textContainment(output, produced) >= USED) return true;
  if (filledCutOffItem(index, producer, to, output, produced, sources)) return true;
  // Reworded use: the facts only this source gave (numbers, longer words) reappear in what it produced.
  const others = new Set<string>();
  for (const source of sources)
    if (index.turns.get(source)?.agent !== producer.agent) {
      // What the receiving turn itself briefed that source with, echoed back ("IBNR £41.8m" told to
      // the pack writer, which it repeats), is no fact that source gave.
      const briefed = briefTokens(index, to, source);
      for (const token of textTokens(givenBy(index, source, to))) if (!briefed.has(token)) others.add(token);
    }
  const reused = textTokens(produced);
  // The exchange's subject went on: a word the source was asked about, answered about, and the
  // receiver's answer repeats, which no other source was asked or said ("fermenter" asked, "could not
  // get a fermenter", "no fermenter could be scheduled").
  const subjects = [...textTokens(output)].filter(
    (t) => !others.has(t) && !t.startsWith('#') && longWord(t) && reused.has(t),
  );
  if (subjects.length > 0 && askedOnly(index, from, sources, subjects)) return true;
  // Or the one the request's own condition turns on ("loading doses if she is treatment-naive"):
  // the source answered it ("treat as treatment-naive") and the receiver went by it.
  if (subjects.length > 0 && conditionOfRequest(index, subjects)) return true;
  // Otherwise what the receiving turn itself asked the source ("best tide window for east landing
  // 16/12") is no fact the source gave, when the source echoes it back.
  for (const token of briefTokens(index, to, from)) others.add(token);
  const own = [...textTokens(output)].filter((t) => !others.has(t) && (t.startsWith('#') || longWord(t)));
  // One figure only this source gave (182,406 churned customers) is enough on its own, and so is a
  // measured value only it gave, reused in its unit (the calculator's 145 mg in the dispense order).
  if (own.some((t) => FIGURE.test(t) && !YEAR.test(t) && reused.has(t))) return true;
  // So is a reference only it gave ("SH-16-07", the shuttle it booked).
  if (own.some((t) => REFERENCE.test(t) && reused.has(t))) return true;
  // And a time of day only it gave, with another of its words ("released … 08:51").
  if (own.some((t) => CLOCK.test(t) && reused.has(t)) && own.filter((t) => reused.has(t)).length >= 2)
    return true;
  const otherTexts = [...sources].filter((id) => id !== from).map((id) => givenBy(index, id, to));
  if (ownQuantityReused(output, otherTexts, produced)) return true;
  // A count only it gave ("20 IVC cages" booked, "all in B-104, 20 cages"), not one the receiving
  // turn put in its own brief to it.
  const asked = (index.into.get(from) ?? [])
    .filter((h) => h.fromTurnId === to)
    .map((h) => h.task ?? h.content);
  if (ownCountReused(output, [...otherTexts, ...asked], produced)) return true;
  // A total only it gave ("— total 112"), repeated ("112 residents without a vehicle").
  if (ownTotalReused(output, [...otherTexts, ...asked], produced)) return true;
  // The receiver names the source's subject (the "label" of label_reviewer) and repeats a word only
  // that source gave (its verdict, "compliant"): it reported that step's result.
  if (namesSubject(producer.agent, produced) && own.some((t) => !t.startsWith('#') && reused.has(t)))
    return true;
  if (own.length < 2) return false;
  const hits = own.filter((t) => reused.has(t)).length;
  return hits >= 2 && hits / own.length >= 0.3;
}

/**
 * A word long enough to be specific: six letters in Latin script; four in other alphabets, whose
 * letters carry more (Devanagari "संतोष" is five code units with its vowel signs); two in Chinese,
 * Japanese and Thai words.
 */
function longWord(token: string, latin = 6): boolean {
  if (isAscii(token)) return token.length >= latin;
  return token.length >= (hasUnspacedScript(token) ? 2 : 4);
}

/** Words saying a part is not to be had, in the languages teams write in: "la version arabe n’est pas disponible". */
const NOT_AVAILABLE = [
  // (Said of the part, not quoted from an error: "503 Service Unavailable" passed on is no setting aside.)
  "not available|(?:is|are|was|were) unavailable|n[’']est pas disponible|pas disponible|no (?:está |esta )?disponible",
  'nicht verfügbar|nicht vorhanden|non (?:è )?disponibile|niet beschikbaar|não (?:está )?disponível|indisponível',
  'niedostępn\\p{L}*|nie jest dostępn\\p{L}*|není k dispozici|nedostupn\\p{L}*|tidak tersedia|belum tersedia|mevcut değil|không có sẵn|ei saatavilla|inte tillgänglig|ikke tilgjengelig|ikke tilgængelig',
].join('|');
const SET_ASIDE = new RegExp(
  String.raw`\b(?:left (?:it |them )?out|leaving (?:it |them )?out|omitted|excluded|not (?:used|included|using|relying on|quoted|priced|costed|covered|considered|requested|taken into account|needed|required)|(?:did not|didn't|do not|don't|won't|will not) (?:use|rely on|include|attach|add)|ignored|disregarded|discarded|set aside|not (?:a )?part of (?:the|our|my|this) \w+|(?:did not|didn't) come through|no usable \w+|without (?:it|them|those|that data))\b|(?<![\p{L}])(?:${SETTING_ASIDE}|${COULD_NOT}|${NOT_AVAILABLE})(?![\p{L}])|${SETTING_ASIDE_UNSPACED}`,
  'iu',
);

function withoutSetAside(text: string): string {
  if (!SET_ASIDE.test(text)) return text;
  return sentencesOf(text)
    .filter((sentence) => !SET_ASIDE.test(sentence))
    .join('\n');
}

/** The tokens of the briefs turn `by` sent turn `to` (what `to` was asked, which an answer may echo). */
function briefTokens(index: TraceIndex, by: string, to: string): Set<string> {
  const tokens = new Set<string>();
  for (const handoff of index.into.get(to) ?? [])
    if (handoff.fromTurnId === by)
      for (const token of textTokens(structuredText(handoff.task ?? handoff.content))) tokens.add(token);
  return tokens;
}

/** Per agent, the sentences of its outputs that set something aside, with their words and turn start. */
function setAsidesOf(index: TraceIndex): Map<string, { at: number; words: string[] }[]> {
  let found = asideCache.get(index);
  if (found) return found;
  found = new Map();
  for (const turn of index.trace.turns) {
    const output = index.outputTextOf(turn.id);
    if (!SET_ASIDE.test(output)) continue;
    for (const sentence of sentencesOf(output)) {
      if (!SET_ASIDE.test(sentence)) continue;
      const list = found.get(turn.agent) ?? [];
      list.push({ at: turn.startedAt, words: words(sentence) });
      found.set(turn.agent, list);
    }
  }
  asideCache.set(index, found);
  return found;
}

const asideCache = new WeakMap<TraceIndex, Map<string, { at: number; words: string[] }[]>>();

/**
 * Whether a turn's output went nowhere because the agent it went to said it left it out ("we did not
 * include the translation: the draft had the date wrong"): a fault in it was caught, not passed on.
 */
export function caughtAndSetAside(index: TraceIndex, turnId: string): boolean {
  const producer = index.turns.get(turnId);
  if (!producer || index.finalTurnIds.has(turnId) || (effectGraph(index).next.get(turnId) ?? []).length > 0)
    return false;
  const consumers = new Set<string>();
  for (const handoff of index.outOf.get(turnId) ?? []) if (handoff.toTurnId) consumers.add(handoff.toTurnId);
  if (producer.parentTurnId) consumers.add(producer.parentTurnId);
  return [...consumers].some((to) => {
    const consumer = index.turns.get(to);
    return (
      consumer !== undefined &&
      consumer.agent !== producer.agent &&
      saidSetAside(index, producer, consumer, turnId, to)
    );
  });
}

/**
 * Whether the consumer's agent heard from other agents in its earlier turns, the producer being a
 * helper briefed as optional: a router whose last turn takes only that helper's return (a Mastra
 * network's) answers from all it heard, so that one source is no proof the answer used it.
 */
function heardOthersBefore(index: TraceIndex, consumer: AgentTurn, producer: AgentTurn): boolean {
  // Only for a helper briefed as optional: a required worker's return is the router's to use.
  const producerAgent = producer.agent;
  return (
    briefedOptional(index, producer.id) &&
    index.trace.turns.some(
      (turn) =>
        turn.agent === consumer.agent &&
        turn.id !== consumer.id &&
        (turn.endedAt ?? turn.startedAt) <= consumer.startedAt &&
        (index.into.get(turn.id) ?? []).some((h) => {
          const from = h.fromTurnId ? index.turns.get(h.fromTurnId)?.agent : undefined;
          return from !== undefined && from !== consumer.agent && from !== producerAgent;
        }),
    )
  );
}

/** Whether a turn was briefed as optional ("Optioneel: eerdere vergunningen …"). */
const briefedOptional = (index: TraceIndex, turnId: string) =>
  (index.into.get(turnId) ?? []).some((h) => OPTIONAL.test((h.task ?? h.content).slice(0, 200)));

/**
 * Whether the consumer's agent, in this turn or a later one, sets the producer's part aside by a
 * word of the producer's name ("(alt curve not used, unreadable)" of alt_temper_tech) and this
 * turn reuses none of its output.
 */
function saidSetAside(
  index: TraceIndex,
  producer: AgentTurn,
  consumer: AgentTurn,
  from: string,
  to: string,
): boolean {
  // What the consumer's own agent said, and what its brief told it to do without ("the BIN details
  // didn't come through; score without them").
  const briefed = (index.into.get(to) ?? [])
    // Briefs, not results handed back ("2 omitted as decorative with a transcriber note").
    .filter((h) => h.fromTurnId !== from && !isReply(index, h))
    .flatMap((h) => sentencesOf(h.task ?? h.content).filter((sentence) => SET_ASIDE.test(sentence)))
    .map((sentence) => ({ at: consumer.startedAt, words: words(sentence) }));
  const asides = [...(setAsidesOf(index).get(consumer.agent) ?? []), ...briefed];
  if (asides.length === 0) return false;
  const role = new Set(
    words(nameWords(producer.agent)).filter((w) => w.length >= 3 && !GENERIC_ROLE.has(w) && !/\d/.test(w)),
  );
  // A part briefed as optional ("Optioneel: eerdere vergunningen …") that the answer says it left out
  // or could not do is set aside, whatever words it names it by.
  const optional = briefedOptional(index, from);
  if (role.size === 0 && !optional) return false;
  const said = asides.some(
    (aside) => aside.at >= consumer.startedAt && (optional || aside.words.some((w) => role.has(w))),
  );
  return (
    said &&
    // (Words it repeats in saying it left the part out are no use of it.)
    textContainment(
      structuredText(index.outputTextOf(from)),
      withoutSetAside(producedText(index, to, from)),
    ) < USED
  );
}

/**
 * A source cut off in mid-item ("… - Audio:") whose receiver then speaks of that item ("audio
 * rights, world"), which no other source gave: the receiver filled the gap the cut left.
 */
function filledCutOffItem(
  index: TraceIndex,
  producer: AgentTurn,
  consumer: string,
  output: string,
  produced: string,
  sources: ReadonlySet<string>,
): boolean {
  if (!stoppedAtLimit(producer)) return false;
  // The item cut is the one the text stopped in: after its last full stop, colon or line break.
  const last =
    output
      .split(/\n|[.;:!?](?:\s|$)/)
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1) ?? '';
  const others = [...sources]
    .filter((id) => index.turns.get(id)?.agent !== producer.agent)
    .map((id) => index.outputTextOf(id).toLowerCase());
  const said = new Set(words(produced));
  // Words the receiver's agent itself asked the source about (its brief's "east landing") are no item it gave.
  const receiver = index.turns.get(consumer)?.agent;
  const asked = new Set(
    words(
      (index.into.get(producer.id) ?? [])
        .filter((handoff) => handoff.from === receiver)
        .map((handoff) => handoff.task ?? handoff.content)
        .join('\n'),
    ),
  );
  return words(last).some(
    (word) =>
      word.length >= 4 && said.has(word) && !asked.has(word) && !others.some((other) => other.includes(word)),
  );
}

/** Words of agent names that say nothing about the role. */
const GENERIC_ROLE = new Set([
  'agent',
  'assistant',
  'worker',
  'node',
  'team',
  'lead',
  'main',
  'helper',
  'expert',
  'specialist',
  'service',
  'step',
  'task',
  'tool',
  'model',
  'llm',
  'user',
]);

/** The text names every role word of the agent ("fact_checker" → "fact check…", "checked facts"). */
function namesRole(agent: string, text: string): boolean {
  const role = words(nameWords(agent))
    .filter((w) => w.length >= 4 && !GENERIC_ROLE.has(w) && !/\d/.test(w))
    .map(stem);
  if (role.length === 0) return false;
  // Names are written in ASCII: "oel_sued" for Süd (German), "rengoering" for rengøring (Danish).
  const folded = (t: string) =>
    t
      .replace(/[üÜ]/g, 'ue')
      .replace(/[öÖøØ]/g, 'oe')
      .replace(/[äÄæÆ]/g, 'ae')
      .replace(/[åÅ]/g, 'aa')
      .replace(/ß/g, 'ss');
  const said = !isAscii(text)
    ? [...new Set([...stemsOf(text), ...stemsOf(unaccented(text)), ...stemsOf(folded(text))])]
    : stemsOf(text);
  // Each role word against every stem of the text (thousands in a long answer): its doer-less form once.
  return role.every((w) => {
    const bare = w.replace(/(?:er|or)$/, '');
    return said.some((s) => sameStem(s, w) || sameStem(s, bare)) || compoundNamed(w, said);
  });
}

/**
 * A name written as one compound ("rengoeringsvalidator", "Baustellenleiter") named by its parts:
 * a text word for the thing ("rengøringen") and one for the doing ("valideret"), each sharing five
 * letters or more with its part.
 */
function compoundNamed(word: string, said: readonly string[]): boolean {
  if (word.length < 12) return false;
  const shares = (part: string) =>
    said.some((s) => s.length >= 5 && (s.startsWith(part) || part.startsWith(s)));
  for (let i = 6; i <= word.length - 6; i++) {
    // (A linking s or e between the parts: "rengoerings|validator", "Baustellen|leiter".)
    const left = word.slice(0, i).replace(/(?<=\p{L}{5})[se]$/u, '');
    const right = word.slice(i).replace(/(?:ator|eur|er|or)$/, '');
    if (right.length >= 5 && shares(left) && shares(right)) return true;
  }
  return false;
}

/** Per run, each agent's doer word ("validator" of coding_validator) where no other agent's name has it. */
const doers = new WeakMap<TraceIndex, Map<string, string>>();

/**
 * The text names the agent by its doer word alone ("scrubbed per the validator" for
 * coding_validator), a word no other agent of the run is named with.
 */
function namesDoer(index: TraceIndex, agent: string, text: string): boolean {
  let own = doers.get(index);
  if (!own) {
    own = new Map();
    const agents = [...new Set(index.trace.turns.map((t) => t.agent))];
    const lastWord = (name: string) => words(nameWords(name)).at(-1) ?? '';
    for (const name of agents) {
      const doer = lastWord(name);
      if (doer.length < 6 || GENERIC_ROLE.has(doer) || !/(?:er|or|ist|ant|ent|ian)$/.test(doer)) continue;
      if (agents.some((other) => other !== name && words(nameWords(other)).includes(doer))) continue;
      own.set(name, doer);
    }
    doers.set(index, own);
  }
  const doer = own.get(agent);
  // (Either spelling: "optimiser" for roster_optimizer.)
  return doer !== undefined && new RegExp(`\\b${doer.replace(/[sz]/g, '[sz]')}s?\\b`, 'i').test(text);
}

/** The text names what the agent works on: its name's words other than the doer ("label" of label_reviewer). */
function namesSubject(agent: string, text: string): boolean {
  const subject = words(nameWords(agent)).filter(
    (w) => w.length >= 4 && !GENERIC_ROLE.has(w) && !/\d/.test(w) && !/(?:er|or|ist|ant|ent|ian)$/.test(w),
  );
  if (subject.length === 0) return false;
  const said = stemsOf(text);
  return subject.every((w) => {
    const stemmed = stem(w);
    return said.some((s) => sameStem(s, stemmed));
  });
}

/** Tokens of the work a turn was handed (its task), for telling its part from its siblings'. */
function taskTokens(index: TraceIndex, turnId: string): ReadonlySet<string> {
  return textTokens(structuredText(taskText(index, turnId)));
}

/** The work a turn was handed, as text (replies it got are not its task). */
function taskText(index: TraceIndex, turnId: string): string {
  return (index.into.get(turnId) ?? [])
    .filter((handoff) => !isReply(index, handoff))
    .map((handoff) => handoff.task ?? handoff.content)
    .join('\n');
}

/** Acronyms a text names: "WTN", "EWC", "MOT" (capitals, three or more, not all digits). */
const ACRONYM = /\b[A-Z][A-Z0-9]{2,}\b/g;
const acronymsOf = (text: string) => new Set(text.match(ACRONYM) ?? []);

function answeredItsPart(
  index: TraceIndex,
  from: string,
  sources: ReadonlySet<string>,
  produced: string,
): boolean {
  const siblings = new Set<string>();
  for (const source of sources)
    if (source !== from) for (const token of taskTokens(index, source)) siblings.add(token);
  // The thing it was asked for by its acronym ("WTN for the load"), which the answer reports on
  // ("WTN lodged") and no sibling was asked about.
  const named = acronymsOf(produced);
  const others = [...sources].filter((source) => source !== from).map((source) => taskText(index, source));
  for (const acronym of acronymsOf(taskText(index, from)))
    if (named.has(acronym) && !others.some((text) => acronymsOf(text).has(acronym))) return true;
  const own = [...taskTokens(index, from)].filter(
    (t) => !siblings.has(t) && (t.startsWith('#') || longWord(t, 5)),
  );
  if (own.length < 2) return false;
  const said = textTokens(produced);
  return own.filter((t) => said.has(t)).length / own.length >= 0.4;
}

/** Whether a number with its unit that only `output` gave ("145 mg") reappears, in that unit, in `produced`. */
function ownQuantityReused(output: string, others: readonly string[], produced: string): boolean {
  const key = (q: Quantity) => `${q.value} ${q.unit}`;
  const mine = quantitiesOf(output);
  if (mine.length === 0) return false;
  const elsewhere = new Set(others.flatMap((text) => quantitiesOf(text).map(key)));
  const reused = new Set(quantitiesOf(produced).map(key));
  // Or rounded to fewer decimals ("~14,4 m³/nap" passed on as "~14 m³/nap"): looked up per number of
  // decimals, as scanning every pair was quadratic on long pages of figures.
  const places = (value: number) => String(value).split('.')[1]?.length ?? 0;
  const rounded = (q: Quantity) => {
    for (let k = places(q.value) - 1; k >= 0; k--) {
      const value = Number(q.value.toFixed(k));
      const shorter = `${value} ${q.unit}`;
      if (places(value) === k && reused.has(shorter) && !elsewhere.has(shorter)) return true;
    }
    return false;
  };
  return mine.some((q) => !elsewhere.has(key(q)) && (reused.has(key(q)) || rounded(q)));
}

/** A figure a total word gives: "total 112", "**Summe:** 1.184,60". */
const TOTAL_FIGURE = new RegExp(
  String.raw`(?<![\p{L}])(?:${TOTAL_LABELS})(?![\p{L}])\**\s*[:=]?\s*\**\s*(\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d+)?|\d{2,}(?:[.,]\d+)?)(?!\d)`,
  'giu',
);

/** Whether a total only this output gives (no other source's text states it) is in what the receiver produced. */
export function ownTotalReused(output: string, others: readonly string[], produced: string): boolean {
  if (!/\d\d/.test(output)) return false;
  for (const m of output.matchAll(TOTAL_FIGURE)) {
    const figure = m[1]!;
    if (!others.some((text) => statesFigure(text, figure)) && statesFigure(produced, figure)) return true;
  }
  return false;
}

const COUNTED = /(?<![\w.,:/-])(\d+)\s+(?:([A-Za-z][\w-]*)\s+)?([A-Za-z]{3,})\b/g;

/** "20 IVC cages" → 20 ivc, 20 cage: a number with the thing it counts, the next word or the one after. */
function countsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(COUNTED)) {
    if (YEAR.test(`#${m[1]}`)) continue;
    for (const noun of [m[2], m[3]])
      if (noun && noun.length >= 3 && /^[a-z]/i.test(noun) && !STOP.has(noun.toLowerCase()))
        out.add(`${Number(m[1])} ${stem(noun)}`);
  }
  return out;
}

/** Whether a count of things only `output` gave ("20 IVC cages") reappears with its noun ("20 cages"). */
function ownCountReused(output: string, others: readonly string[], produced: string): boolean {
  const mine = countsOf(output);
  if (mine.size === 0) return false;
  const elsewhere = new Set(others.flatMap((text) => [...countsOf(text)]));
  const reused = countsOf(produced);
  return [...mine].some((count) => !elsewhere.has(count) && reused.has(count));
}

/** Whether one of `tokens` is what a condition of the run's request turns on ("if she is treatment-naive"). */
function conditionOfRequest(index: TraceIndex, tokens: string[]): boolean {
  let said = conditionCache.get(index);
  if (!said) {
    // Read once per analysis: every edge of the effect graph may ask.
    const clauses = requestOf(index.trace).match(/\b(?:if|unless|whether|only when)\b[^.;,]{1,80}/gi) ?? [];
    said = new Set(clauses.flatMap((clause) => [...textTokens(clause)]));
    conditionCache.set(index, said);
  }
  return tokens.some((token) => said.has(token));
}
const conditionCache = new WeakMap<TraceIndex, ReadonlySet<string>>();

/** Whether one of `tokens` is in the task `from` was handed and in no other source's task. */
function askedOnly(index: TraceIndex, from: string, sources: ReadonlySet<string>, tokens: string[]): boolean {
  const asked = taskTokens(index, from);
  let left = tokens.filter((token) => hasForm(asked, token));
  for (const source of sources) {
    if (left.length === 0) return false;
    if (source !== from) {
      const other = taskTokens(index, source);
      left = left.filter((token) => !hasForm(other, token));
    }
  }
  return left.length > 0;
}

/**
 * Whether a set of tokens holds this word in some form. Words of other alphabets are matched by a
 * long shared beginning ("поповни" asked, "поповнено" answered): no stemmer reads their endings.
 */
function hasForm(set: ReadonlySet<string>, token: string): boolean {
  if (set.has(token)) return true;
  if (token.length < 5 || isAscii(token)) return false;
  for (const other of set) {
    if (other.length < 5 || other[0] !== token[0]) continue;
    let prefix = 0;
    while (prefix < token.length && prefix < other.length && token[prefix] === other[prefix]) prefix++;
    if (prefix >= 5 && prefix >= Math.min(token.length, other.length) - 3) return true;
  }
  return false;
}

/** How many agents handed a turn work (handoffs into it that are not replies). */
function taskSenders(index: TraceIndex, turnId: string): number {
  const senders = new Set<string>();
  for (const handoff of index.into.get(turnId) ?? []) if (!isReply(index, handoff)) senders.add(handoff.from);
  return senders.size;
}

/**
 * What a source gave a receiver: the messages it sent that turn (a caller's brief, not the answer it
 * wrote after hearing back), or its output where no message was recorded.
 */
function givenBy(index: TraceIndex, source: string, to: string): string {
  const sent = (index.into.get(to) ?? []).filter((handoff) => handoff.fromTurnId === source);
  return sent.length > 0
    ? sent.map((handoff) => structuredText(handoff.task ?? handoff.content)).join('\n')
    : index.outputTextOf(source);
}

/**
 * What a turn said and did: its output, its model outputs, what it sent on and its tool arguments.
 * Given `source`, the briefs it sent that source are left out: asking a helper about the tide
 * window is no use of what the helper answered.
 */
function producedText(index: TraceIndex, turnId: string, source?: string): string {
  const turn = index.turns.get(turnId);
  if (!turn) return '';
  const parts = [structuredText(index.outputTextOf(turnId))];
  for (const call of turn.modelCalls) parts.push(call.output);
  for (const call of turn.toolCalls) parts.push(valuesText(call.args));
  for (const handoff of index.outOf.get(turnId) ?? []) parts.push(handoff.task ?? handoff.content);
  let text = parts.join('\n');
  // Wherever the brief shows up (the handoff, the delegating tool call, the model's call text).
  for (const handoff of source ? (index.into.get(source) ?? []) : []) {
    const brief = (handoff.task ?? handoff.content).trim();
    if (brief) text = text.split(brief).join('\n');
  }
  return text;
}

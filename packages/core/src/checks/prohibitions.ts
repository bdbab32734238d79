/**
 * What a task forbids ("do not reset the password", "never add a diagnosis") and whether the
 * receiver did it anyway: in a tool call it made, or in a sentence of its own that says so without
 * negating it. Also an action the receiver says it took "instead of" what it was asked to do.
 */

/** One thing a task forbids: its verb and the items it names (each a list of stems). */
export interface Prohibition {
  text: string;
  /** Empty for a forbidden thing named without a verb ("no offers yet"). */
  verb: string;
  items: string[][];
  /**
   * Only a deed breaks it: a tool call, or an item the receiver produces (a row of its table, an
   * entry of its list). "No offers" is not broken by talking about offers.
   */
  deedsOnly?: boolean;
  /** The place it holds in ("wall 3"): a produced item breaks it only there ("W3", "wall 3"). */
  scope?: { place: string; id: string };
  /** A value of a call's arguments holding it breaks it too ("excluded: mortgage", `powers: ['mortgage']`). */
  inArgs?: boolean;
}

import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { valuesText } from './handoff-text.ts';
import { hasId, ID } from './stated-supersession.ts';
import {
  nameWords,
  STOP,
  sameStem,
  sentencesOf,
  stem,
  stemsOf,
  withoutDiscarded,
  words,
} from './task-words.ts';

/** A list of what the work leaves out: "Explicitly excluded: sale, promissory contracts, mortgage", "Ikke med: propell og akselpakning". */
const EXCLUDED =
  /(?<![\p{L}])(?:(?:explicitly |expressly )?(?:excluded|exclusions|not included)|ikke med|ikke inkludert|inte med|ej inkluderat|nicht enthalten|nicht inbegriffen|non inclus|no incluid[oa]s?|não incluíd[oa]s?|non inclus[oi]|niet inbegrepen|ei mukana|ei sisälly|nie obejmuje|tidak termasuk|không bao gồm)\s*:\s*([^\n.;]+)/giu;
const NEGATION =
  /\b(?:do not|don['’]t|dont|never|must not|mustn['’]t|should not|shouldn['’]t|may not|cannot|can['’]t|avoid|refrain from)\s+([^.;:!?\n]+)/gi;
// A conditional prohibition ("do not ship until approved") cannot be checked without the condition.
const CONDITION = /\b(?:until|unless|before|if|without|except|other than|till|once|when|while|after)\b/i;
const CLAUSE_END = /,?\s+\b(?:but|so|because|as|since|and then|then)\b|\s[—–]\s/i;
const NEGATED =
  /\b(?:not|cannot|no|never|without|nor|neither|none|nothing|avoid(?:ed)?|declined|refrained|instead of)\b|n['’]t\b/i;
// Verbs that only say "put it in the answer": the items alone are the forbidden thing.
const GENERIC = new Set([
  'add',
  'include',
  'mention',
  'use',
  'give',
  'make',
  'provide',
  'write',
  'put',
  'offer',
  'state',
  'suggest',
  'list',
  'report',
  'insert',
  'attach',
]);

/** The generic verbs as a prohibition keeps its verb: stemmed ("mention" → "ment"). */
const GENERIC_STEMS = new Set([...GENERIC].map(stem));

/**
 * "No offers yet", "viewings only, no refunds at this stage": a thing forbidden by naming it, as a
 * fragment of its own ("the patient has no allergies" states a fact).
 */
const NO_THING = new RegExp(
  String.raw`(?<=(?:^|[.;:(,!?\n–—])\s*)no\s+(?:further\s+|new\s+|more\s+)?(W(?:\s+W)?(?:\s+(?:or|nor)\s+W(?:\s+W)?)*)(?:\s+(?:to|on|in|into|for|at|from)\s+W(?:\s+W){0,3})?\s*(?:yet|for now|at (?:this|that) (?:stage|point)|please|pls|plz|thanks|thx)?\s*(?=[.;:!)\n]|$)`.replace(
    /W/g,
    String.raw`[\p{L}][\p{L}-]+`,
  ),
  'giu',
);
/** People or things ruled out by where they are: "exclude anyone currently at Halvorsen Foods Group". */
const EXCLUDE_AT =
  /\b(?:exclude|excluding|leave out|rule out)\s+(?:anyone|everyone|all|any|candidates?|people|staff|those|employees?|suppliers?|vendors?)\s+(?:currently\s+)?(?:at|from|of|with|working (?:at|for)|employed (?:at|by))\s+([^.;\n—–]+)/gi;
/** Where a sentence puts what it forbids: "on wall 3", "in bay B2" (a place named by a word and a number or code). */
const SCOPE = /\b(?:on|in|at|for)\s+([a-z]{3,})\s+(\d+|[A-Z][A-Z\d]*)\b/i;
// "no later than", "no need", "no problem": not a thing forbidden.
const NOT_A_THING = new Set([
  'later',
  'earlier',
  'less',
  'longer',
  'shorter',
  'more',
  'need',
  'problem',
  'problems',
  'worries',
  'matter',
  'doubt',
  'rush',
  'change',
  'changes',
  'issue',
  'issues',
  'one',
  'other',
  'such',
  'sooner',
]);

function itemsOf(text: string): string[][] {
  return text
    .split(
      /\s*(?:,|\bor\b|\band\b|\bnor\b|\bog\b|\boch\b|\bund\b|\boder\b|\bet\b|\bou\b|\by\b|\be\b|\blub\b|\bve\b|\bdan\b)\s*/,
    )
    .map((item) =>
      words(item)
        .filter((w) => !STOP.has(w))
        .map(stem),
    )
    .filter((item) => item.length > 0);
}

/** Where the sentence holding position `at` starts. */
const sentenceStart = (text: string, at: number) =>
  Math.max(...['.', '\n', '!', '?'].map((end) => text.lastIndexOf(end, at - 1))) + 1;

/** An object that points back to a thing named before: "do not issue it". */
const PRONOUN_OBJECT = /^\s*(?:it|them|this|that|these|those)\b/i;

/** The prohibitions a task states, unconditional ones only. */
export function extractProhibitions(given: string): Prohibition[] {
  const task = withoutDiscarded(given);
  const out: Prohibition[] = [];
  for (const match of task.matchAll(NEGATION)) {
    const clause = match[1]!.split(CLAUSE_END)[0]!;
    if (CONDITION.test(clause)) continue;
    const [verb] = words(clause);
    if (!verb || STOP.has(verb) || /^\d/.test(verb)) continue;
    const text = `${match[0].slice(0, match[0].length - match[1]!.length)}${clause}`.trim();
    const object = clause.slice(clause.toLowerCase().indexOf(verb) + verb.length);
    let items = itemsOf(object);
    // "The 100 microgram item is discontinued; do not issue it": the pronoun is the thing named
    // before it in the sentence, known by its figures and codes; with none, nothing checkable.
    if (items.length === 0 && PRONOUN_OBJECT.test(object)) {
      const named =
        task
          .slice(sentenceStart(task, match.index), match.index)
          .match(/(?<![\p{L}\d])[\p{L}-]*\d[\p{L}\d-]*/gu) ?? [];
      if (named.length === 0) continue;
      items = named.map((figure) => [figure.toLowerCase()]);
    }
    // "Do not negotiate or make offers": an item led by a generic verb is a prohibition of its own.
    const own = items.filter((item) => item.length > 1 && GENERIC.has(item[0]!));
    for (const item of own) out.push({ text, verb: item[0]!, items: [item.slice(1)] });
    items = items.filter((item) => !own.includes(item));
    // "Do not add anything": a generic verb with no item forbids nothing checkable.
    if (GENERIC.has(verb) && items.length === 0) continue;
    out.push({ text, verb: stem(verb), items });
  }
  // "Explicitly excluded: sale, promissory contracts, mortgage": each is a thing no deed may hold.
  for (const match of task.matchAll(EXCLUDED)) {
    if (CONDITION.test(match[1]!)) continue;
    const items = itemsOf(match[1]!).filter((item) => item.some((w) => !STOP.has(w)));
    if (items.length > 0) out.push({ text: match[0].trim(), verb: '', items, deedsOnly: true, inArgs: true });
  }
  // "EXCLUDE anyone currently at Halvorsen Foods Group or subsidiaries (Halvorsen Chilled, NorthPeak
  // Cheese)": no listed entry may be one of them, each named as written.
  for (const match of task.matchAll(EXCLUDE_AT)) {
    const names = (match[1]!.match(/\b[A-Z][\p{L}&'-]*(?:\s+[A-Z][\p{L}&'-]*)*/gu) ?? []).filter(
      (name) => name.length >= 4,
    );
    const items = names.map((name) => words(name).map(stem)).filter((item) => item.length > 0);
    if (items.length > 0) out.push({ text: match[0].trim(), verb: '', items, deedsOnly: true });
  }
  for (const match of task.matchAll(NO_THING)) {
    const named = words(match[1]!).filter((w) => !STOP.has(w));
    if (named.length === 0 || named.some((w) => NOT_A_THING.has(w) || /^\d/.test(w))) continue;
    if (CONDITION.test(match[1]!)) continue;
    // A task that also asks for the thing elsewhere ("58 B (repair, no charge), 11 scrap -> damaged
    // charge 11 x £11.50") forbids it for one item only, not outright.
    const items = itemsOf(match[1]!);
    const rest = `${task.slice(0, match.index)} ${task.slice(match.index + match[0].length)}`;
    if (
      rest
        .split(/[.;:()\n,!?]|->|→/)
        .some((clause) => !NEGATED.test(clause) && items.some((item) => holds([...stemsOf(clause)], item)))
    )
      continue;
    // The place the sentence forbids it in, said before it ("on wall 3 only static stuff, no dynos").
    const start = sentenceStart(task, match.index);
    const scope = SCOPE.exec(task.slice(start, match.index));
    out.push({
      text: match[0].trim(),
      verb: '',
      items,
      deedsOnly: true,
      ...(scope ? { scope: { place: scope[1]!.toLowerCase(), id: scope[2]! } } : {}),
    });
  }
  return out;
}

// A call that only reads or works something out ("list_offers", "get_refund_status") does not do
// the thing it names.
export const READS: ReadonlySet<string> = new Set(
  'get list search find fetch read check lookup look view show query describe count browse retrieve load inspect verify validate estimate calculate compare preview summarize summarise'.split(
    ' ',
  ),
);

function holds(stems: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((w) => stems.some((s) => sameStem(s, w)));
}

/**
 * The deed (a tool call's name and arguments) or affirmative sentence that breaks the prohibition.
 * A tool call breaks it when it names the verb and an item (or the verb alone when no item was
 * named); a sentence when it says the item (generic verbs) or the verb with an item, not negated.
 */
export function breaks(
  prohibition: Prohibition,
  calls: readonly { name: string; args: string }[],
  sentences: readonly string[],
  /** The answer's lines, where its list entries and table rows stand whole ("1. Fiona Aldous — …"). */
  lines: readonly string[] = sentences,
): string | undefined {
  const generic = GENERIC_STEMS.has(prohibition.verb) || prohibition.verb === '';
  const doneBy = (stems: string[], allowVerbOnly: boolean): boolean => {
    const verb = prohibition.verb !== '' && stems.some((s) => sameStem(s, prohibition.verb));
    if (prohibition.items.length === 0) return allowVerbOnly && verb;
    return prohibition.items.some((item) => holds(stems, item) && (generic || verb));
  };
  for (const call of calls) {
    const name = nameWords(call.name);
    const deed = `${name} ${call.args}`;
    // A thing named without a verb is done by a call named after it (`submit_offer`), not one
    // that reads it or merely carries it as an argument (`book_room({ pets: false })`).
    if (prohibition.verb === '') {
      if (!READS.has(words(name)[0] ?? '') && doneBy([...stemsOf(name)], true)) return deed;
      // An excluded thing among the values a call grants or books: one value, not negated.
      if (
        prohibition.inArgs &&
        !READS.has(words(name)[0] ?? '') &&
        call.args.split(/\n|,/).some((value) => !NEGATED.test(value) && doneBy([...stemsOf(value)], true))
      )
        return deed;
    } else if (doneBy([...stemsOf(deed)], true)) return deed;
  }
  if (prohibition.deedsOnly) {
    const { scope } = prohibition;
    const there = (line: string) =>
      !scope ||
      new RegExp(
        `\\b(?:${escapeRegExp(scope.place)}\\s*|${escapeRegExp(scope.place[0]!)})${escapeRegExp(scope.id)}\\b`,
        'i',
      ).test(line);
    for (const line of lines)
      if (PRODUCED_ITEM.test(line) && !NEGATED.test(line) && there(line) && doneBy([...stemsOf(line)], false))
        return line.trim();
    return undefined;
  }
  for (const sentence of sentences) {
    if (NEGATED.test(sentence)) continue;
    if (doneBy([...stemsOf(sentence)], false)) return sentence.trim();
  }
  return undefined;
}

/** A row of a table or an entry of a list: an item the receiver produced, not a sentence about one. */
const PRODUCED_ITEM = /^\s*(?:\|.*\||[-*•]\s|\d+[.)]\s)/;

// A literal pre-check without the u flag (much faster); ſ folds to s under /iu.
const INSTEAD_WORDS = /in[sſ]tead of|rather than/i;
const INSTEAD = /\b(?:instead of|rather than)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu;

/** Whether a text says "instead of" / "rather than" something at all (before reading it by sentence). */
export function saysInstead(text: string): boolean {
  return INSTEAD_WORDS.test(text) && text.search(INSTEAD) >= 0;
}

/** Words that make what follows a judgement between causes or readings, not a deed. */
const JUDGED =
  /\b(?:consistent with|points? to|indicat\w*|suggest\w*|likely|probably|looks? like|more like|caused by|due to|seems?|appears?|sign of|signature of)\b[^.;:!?]*$/i;

/**
 * A sentence in which the receiver says it did something "instead of" what the task asked (the
 * task names that action, and does not itself say "instead of" it).
 */
export function substitutedAction(task: string, sentences: readonly string[]): string | undefined {
  const asked = words(task.replace(INSTEAD, ' '))
    .filter((w) => !STOP.has(w))
    .map(stem);
  for (const sentence of sentences)
    for (const match of sentence.matchAll(INSTEAD)) {
      // "consistent with a sensor fault rather than a rip" weighs causes; it reports no deed.
      if (JUDGED.test(sentence.slice(0, match.index))) continue;
      const object = [match[1], match[2]].find((w) => w && !STOP.has(w.toLowerCase()));
      if (object && asked.some((w) => sameStem(w, stem(object)))) return sentence.trim();
    }
  return undefined;
}

const INSTRUCTED_TERM =
  /\b(?:use|using|address(?:ing)?(?: (?:the reader|readers|the customer|customers|them|him|her|the user|users))? (?:with|as)|call (?:it|them)|refer to (?:it|them) as|name (?:it|them)|spell(?: it)?(?: as)?|sign (?:off )?(?:with|as))\s+["“„'‘]([^"”“'’\n]{1,40})["”“'’]/gi;

/**
 * Terms a task tells the receiver to use, quoted ('address the reader with "Sie"', 'call it
 * "Ledgerly Teams"'), that its answer never uses.
 */
export function unusedTerms(task: string, said: string): string[] {
  const missing: string[] = [];
  for (const match of task.matchAll(INSTRUCTED_TERM)) {
    const term = match[1]!.trim();
    if (term === '') continue;
    // Short terms (a pronoun, a code) must appear as written; longer ones in any case.
    const found =
      term.length <= 4
        ? new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}($|[^\\p{L}\\p{N}])`, 'u').test(said)
        : said.toLowerCase().includes(term.toLowerCase());
    if (!found) missing.push(term);
  }
  return missing;
}

/** A verb of the work a task asks for, right before what it is to be done to. */
const WORK_VERB =
  /\b(?:forecast|predict|model|analy[sz]e|assess|estimate|calculate|compute|review|evaluate|summari[sz]e|report(?: on)?|map|find|identify|check|audit|translate|draft|write|plan|price|quote|design|test|measure|count|survey|inspect)\s+(?:the\s+|all\s+|a\s+)?$/i;
/** A bold span of words ("forecast **hopper band** formation"), not a heading ("**Units changed:**") nor a figure. */
const BOLD = /\*\*([\p{L}][\p{L} '’-]{2,40}?)\*\*(?!\s*:)/gu;

/**
 * Terms a task sets in bold as what the work is about ("forecast **hopper band** formation") of
 * which the receiver's answer and calls say no word at all, by stem: it worked on something else.
 */
export function unaddressedEmphasis(task: string, said: string): string[] {
  if (!task.includes('**')) return [];
  const answer = new Set(stemsOf(said));
  const missing: string[] = [];
  for (const match of task.matchAll(BOLD)) {
    const term = match[1]!.trim();
    if (term.endsWith(':') || term.split(/\s+/).length > 4) continue;
    // A title in capitals ("**UNLIMITED WASH CLUB**") or a bold line of its own heads content
    // handed on for review; the subject of a request sits inside its sentence.
    if (term === term.toUpperCase()) continue;
    const line = task.slice(task.lastIndexOf('\n', match.index) + 1, task.indexOf('\n', match.index) >>> 0);
    if (line.replace(match[0], '').replace(/[\s#>*_:.-]/g, '') === '') continue;
    // The object of the work asked for, right after its verb ("forecast **hopper band** formation"),
    // not an emphasised instruction ("**ignore that**") or value.
    if (!WORK_VERB.test(task.slice(Math.max(0, match.index - 24), match.index))) continue;
    const own = stemsOf(term).filter((w) => w.length >= 4 && !STOP.has(w));
    if (own.length > 0 && !own.some((w) => answer.has(w))) missing.push(term);
  }
  return missing;
}

/** A text the task says must appear word for word: 'the disclaimer, verbatim: "*These statements …"'. */
const MANDATORY_TEXT =
  /\b(?:verbatim|word for word|exactly as (?:written|follows)|mandatory (?:text|wording|statement)|must (?:include|carry|print|state|read|contain|end with|start with))\b[^"“\n]{0,40}?["“]([^"”\n]{12,400})["”]/gi;
const squashed = (text: string) => words(text).join(' ');

/** Texts the task requires word for word that the answer does not contain (case and punctuation aside). */
export function missingMandatoryTexts(task: string, said: string): string[] {
  if (
    !/verbatim|word for word|exactly as|mandatory|must (?:include|carry|print|state|read|contain|end|start)/i.test(
      task,
    )
  )
    return [];
  const answer = squashed(said);
  const missing: string[] = [];
  for (const match of task.matchAll(MANDATORY_TEXT)) {
    const text = squashed(match[1]!);
    // The first dozen words decide: a long statement may be laid out on several lines.
    const head = text.split(' ').slice(0, 12).join(' ');
    if (head !== '' && !answer.includes(head)) missing.push(match[1]!.trim());
  }
  return missing;
}

/** A labelled list of wordings the task rules out: 'Not allowed: any disease claim — "lowers cholesterol", "treats".' */
const RULED_OUT =
  /\b(?:not allowed|not permitted|forbidden|prohibited|banned|never say|do not say|don['’]t say)\b\s*:?([^.\n]*)/gi;
const QUOTED = /["“]([^"”\n]{3,60})["”]/g;

/**
 * Wordings a task rules out that the answer uses in a sentence of its own (not one that negates):
 * "helps lower cholesterol" for a ruled-out "lowers cholesterol" (words compared by stem, in order).
 */
export function ruledOutWordingUsed(
  task: string,
  said: string,
): { wording: string; sentence: string } | undefined {
  if (!/not allowed|not permitted|forbidden|prohibited|banned|say/i.test(task)) return undefined;
  const wordings = [...task.matchAll(RULED_OUT)].flatMap((m) =>
    [...m[1]!.matchAll(QUOTED)].map((q) => q[1]!.trim()),
  );
  if (wordings.length === 0) return undefined;
  for (const sentence of sentencesOf(said)) {
    if (NEGATED.test(sentence)) continue;
    const stems = words(sentence).map(stem);
    for (const wording of wordings) {
      const wanted = words(wording)
        .filter((w) => !STOP.has(w))
        .map(stem);
      if (wanted.length === 0) continue;
      const at = stems.findIndex((_, i) =>
        wanted.every((w, k) => stems[i + k] !== undefined && sameStem(stems[i + k]!, w)),
      );
      if (at >= 0) return { wording, sentence: sentence.trim() };
    }
  }
  return undefined;
}

/** An identifier a task rules out: "not the house MF-0217 base", "instead of RM-12", "do not use lot L-5521". */
const RULED_OUT_ID = new RegExp(
  String.raw`\b(?:not|never|instead of|rather than|avoid|no longer)\s+(?:(?:use|using|book|take|pick|choose|send|ship|order|apply|the|a|an|our|their|house|usual|standard|default|old|current|existing|lot|batch|formula|code|version|item)\s+){0,3}(${ID})(?![\w-])`,
  'gi',
);

/** An identifier the task then says is out of the job: "lot 24B118 is on your shelves too — NOT recalled, leave it in service". */
const EXCLUDED_ID = new RegExp(
  String.raw`(${ID})(?![\w-])(?:([^.;:,\n]{0,32}?)(?:\bnot\s+(?:recalled|affected|included|in scope|covered|listed|part of (?:this|the))\b|\bleave (?:it|them) in (?:service|place|stock|use)\b)|(\s*(?:(?:is|are|was|were|stays?|remains?|too|also|now|[—–-])\s+)*)(?:unaffected|excluded|out of scope)\b)`,
  'gi',
);
/**
 * The same in other languages, the words right after the identifier's clause: "MUG-ENG-01 属定制商品，
 * 不在本次退款范围", "el lote 24B118 queda excluido", "Los 7C204 nicht betroffen".
 */
const EXCLUDED_ID_WORDS = new RegExp(
  String.raw`(${ID})(?![\w-])([^.;:\n。；]{0,32}?)(?:不在[^。；\n]{0,12}(?:范围|範囲|之内|之列)|不予|除外|対象外|不包括|不含|제외|(?<![\p{L}])(?:excluid[oa]s?|no (?:incluid[oa]s?|afectad[oa]s?)|fuera del alcance|ausgenommen|nicht (?:betroffen|enthalten|inbegriffen)|non (?:inclus|concerné)e?s?|exclue?s?|non (?:inclus|compres)[oa]|esclus[oaie]|uitgesloten|niet (?:inbegrepen|betrokken)|wyłączon[aey]|vyloučen[aáéý]?|dikecualikan|loại trừ)(?![\p{L}]))`,
  'giu',
);
const ANY_ID = new RegExp(ID);
/** Every identifier of a text, and every one standing whole (no part of a longer code). */
const IDS = new RegExp(ID, 'g');
const WHOLE_IDS = new RegExp(String.raw`(?<![\w-])${ID}(?![\w-])`, 'g');
/** Identifiers listed before words that keep them out of the change: "Mobile lines MOB-0711 and MOB-0712: no change whatsoever". */
const LISTED_UNCHANGED = new RegExp(
  String.raw`((?:(?<![\w-])${ID}(?![\w-])(?:\s*(?:,|and|&|\+)\s*)?)+)\s*(?::|[—–]|\s-)\s*(?:no change|unchanged|untouched|leave (?:it|them) as (?:is|they are)|stays? as (?:is|it is)|excluded|out of scope|not affected|unaffected)\b`,
  'gi',
);
/** An identifier a task says to keep, in its own clause: "KEEP the Navy / L (li_01)", "garder BK-12". */
const KEPT_ID = new RegExp(
  String.raw`(?<![\p{L}])(?:keep|keeping|retain|hold on to|behalten|behält|garder|garde|conservar|conserva|mantener|tenere|houden|zatrzymać|zostawić|ponechat|оставить|оставляю|залишити)(?![\p{L}])(?!\s+(?:in mind|an eye|track|posted|informed|(?:me|us|them|him|her|you) (?:posted|informed|updated|in the loop)|going|trying|it short))[^.;:\n]{0,40}?(?<![\w-])(${ID})(?![\w-])`,
  'giu',
);
/** A call as the delivery check reads it: its arguments' text, and the lists of strings among them. */
interface IdCall {
  name: string;
  args: string;
  lists?: readonly (readonly string[])[];
  /** The arguments as the call gave them. */
  raw?: unknown;
}
/** Whether a call's arguments carry an identifier, in their text or in a list (`line_ids: ["li_01"]`). */
const carries = (call: IdCall, id: string) =>
  hasId(call.args, id) || (call.lists ?? []).some((list) => list.some((item) => hasId(item, id)));
/** An identifier's shape, its letters and digits as classes: "li_01" and "li_02" are of one kind. */
const shapeOf = (id: string) => id.replace(/\d/g, '0').replace(/[a-z]/g, 'a').replace(/[A-Z]/g, 'A');

/**
 * An identifier the task keeps beside others of its kind that it acts on ("KEEP li_01, RETURN li_02"),
 * that a deed of the receiver carried while none of its calls carried the others: it took the one kept
 * for the one to act on.
 */
function keptIdentifierActedOn(
  task: string,
  calls: readonly IdCall[],
): { id: string; call: string } | undefined {
  const kept = [...task.matchAll(KEPT_ID)].map((m) => m[1]!);
  if (kept.length === 0) return undefined;
  const all = [...new Set(task.match(WHOLE_IDS) ?? [])];
  for (const id of kept) {
    const others = all.filter((other) => !kept.includes(other) && shapeOf(other) === shapeOf(id));
    if (others.length === 0 || calls.some((call) => others.some((other) => carries(call, other)))) continue;
    for (const call of calls) {
      if (READS.has(words(nameWords(call.name))[0] ?? '')) continue;
      if (carries(call, id)) return { id, call: `${nameWords(call.name)} ${call.args}` };
    }
  }
  return undefined;
}

/** A code the task says to take out: "**remove 99214** (included in biopsy)", "delete line LN-4", "void INV-88". */
const REMOVED_ID = new RegExp(
  String.raw`\b(?:remove|delete|drop|strike|void|cancel|take off|withdraw)\s+(?:the\s+)?(?:(?:line|code|item|entry|row|charge)\s+)?\**((?:${ID})|\d{4,})\**(?![\w-]|[.,]\d|\s*(?:%|[a-z]{1,3}\b))`,
  'gi',
);
/** What takes a thing out, in a call's name or in the record of its arguments that names it. */
const REMOVES =
  /\b(?:remove|removed|removal|delete|deleted|drop|dropped|void|voided|strike|struck|cancel|cancelled|canceled|withdraw|withdrawn|exclude|excluded|omit)\b|^(?:remove|delete|drop|void)/i;

/** The smallest object among a call's arguments that holds the code as one of its values. */
function recordOf(args: unknown, id: string, depth = 0): Record<string, unknown> | undefined {
  if (depth > 6 || args === null || typeof args !== 'object') return undefined;
  for (const value of Array.isArray(args) ? args : Object.values(args)) {
    const inner = recordOf(value, id, depth + 1);
    if (inner) return inner;
  }
  if (Array.isArray(args)) return undefined;
  return Object.values(args).some(
    (value) => (typeof value === 'string' || typeof value === 'number') && String(value) === id,
  )
    ? (args as Record<string, unknown>)
    : undefined;
}

/**
 * A code the task says to take out ("remove 99214") that a deed of the receiver edits as a line it
 * keeps (`{ cpt: "99214", add_modifier: "25" }`), with no call taking it out.
 */
export function removedIdentifierEdited(
  task: string,
  calls: readonly IdCall[],
): { id: string; call: string } | undefined {
  for (const m of task.matchAll(REMOVED_ID)) {
    const id = m[1]!;
    let edited: string | undefined;
    for (const call of calls) {
      if (READS.has(words(nameWords(call.name))[0] ?? '') || !carries(call, id)) continue;
      const record = recordOf(call.raw, id);
      if (REMOVES.test(nameWords(call.name)) || !record || REMOVES.test(JSON.stringify(record))) {
        edited = undefined;
        break;
      }
      edited ??= `${nameWords(call.name)} ${JSON.stringify(record)}`;
    }
    if (edited) return { id, call: edited };
  }
  return undefined;
}

/**
 * An identifier the task rules out that the receiver then used in a deed of its own (a call that
 * does something with it; one that only reads the record it names is looking, not using).
 */
export function ruledOutIdentifierUsed(
  task: string,
  calls: readonly IdCall[],
): { id: string; call: string } | undefined {
  if (calls.length === 0) return undefined;
  const excluded = [...task.matchAll(EXCLUDED_ID), ...task.matchAll(EXCLUDED_ID_WORDS)].filter(
    (m) => !ANY_ID.test(m[2] ?? m[3] ?? ''),
  );
  const unchanged = [...task.matchAll(LISTED_UNCHANGED)].flatMap((m) => m[1]!.match(IDS) ?? []);
  for (const id of [...[...task.matchAll(RULED_OUT_ID), ...excluded].map((m) => m[1]!), ...unchanged]) {
    for (const call of calls) {
      if (READS.has(words(nameWords(call.name))[0] ?? '')) continue;
      if (carries(call, id)) return { id, call: `${nameWords(call.name)} ${call.args}` };
    }
  }
  return keptIdentifierActedOn(task, calls);
}

/** A choice set against the one ruled out: "all maths in Nemeth, NOT UEB technical", "by road (not air)". */
const NOT_THIS = /[,(;—–]\s*not\s+((?:[A-Za-z0-9][\w-]*\s*){1,3}?)\s*(?=[).;,!?]|$)/gi;
/** A thing left out beside what is kept: "SD&P only, no commuting", "(no weekend work)". */
const NO_THIS = /[,(;—–]\s*no\s+((?:[A-Za-z][\w-]*\s*){1,2}?)\s*(?=[).;,!?*]|$)/gi;
const plainWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w));

/**
 * A value the task rules out against the one it wants ("…must go Nemeth, NOT UEB technical"),
 * set in a deed of the receiver's own (`math: 'ueb-technical'`): every word of it, in order, as a
 * value of the call.
 */
export function ruledOutTermUsed(
  task: string,
  calls: readonly { name: string; args: string; raw?: unknown; delegates?: boolean }[],
): { term: string; call: string } | undefined {
  if (calls.length === 0 || !/\bno(?:t)?\b/i.test(task)) return undefined;
  for (const match of [...task.matchAll(NOT_THIS), ...task.matchAll(NO_THIS)]) {
    const term = plainWords(match[1]!);
    if (term.length === 0 || term.every((w) => /^\d+$/.test(w))) continue;
    // "SD&P only, no commuting": a thing left out, found among the call's values (not its keys).
    const valuesOnly = /^[,(;—–]\s*no\s/i.test(match[0]);
    for (const call of calls) {
      if (READS.has(words(nameWords(call.name))[0] ?? '')) continue;
      // (A call that hands work on carries a message, "no cement" and all: no deed.)
      if (valuesOnly && call.delegates) continue;
      if (valuesOnly) {
        // A whole value word ("SDP_COMMUTING"), not part of a compound ("peat-free" keeps "no peat").
        const word = new RegExp(
          `(?<![\\p{L}\\p{N}-])${term.map(escapeRegExp).join('[\\s_]+')}(?![\\p{L}\\p{N}-])`,
          'iu',
        );
        if (call.raw !== undefined && word.test(valuesText(call.raw)))
          return { term: match[1]!.trim(), call: `${nameWords(call.name)} ${call.args}` };
        continue;
      }
      const args = ` ${plainWords(call.args).join(' ')} `;
      if (args.includes(` ${term.join(' ')} `))
        return { term: match[1]!.trim(), call: `${nameWords(call.name)} ${call.args}` };
    }
  }
  return undefined;
}

/** A step the answer says it left out: "no travel note needed", "a merchant block is not required", "skipped the re-test". */
const DECLINED =
  /\bno\s+([\p{L}][\p{L} -]{2,40}?)\s+(?:was\s+|is\s+)?(?:needed|required|necessary)\b|\b(?:the\s+|a\s+)?([\p{L}][\p{L} -]{2,40}?)\s+(?:is|was|are|were)\s+not\s+(?:needed|required|necessary)\b|\bskipp(?:ed|ing)\s+(?:the\s+|a\s+)?([\p{L}][\p{L} -]{2,40}?)(?=[.,;:!]|$)/giu;

/** Words of a task that set some of its items aside. */
const SETS_ASIDE = /\b(?:skip|except|excluding|exclude|leave out|no need|not needed|already)\b/i;
/** Words right after a declined step that narrow it to some: "no calls needed there", "… for those". */
const SCOPED = /^\s*(?:there|for (?:them|those|these|that one|the rest)|on (?:those|these|that))\b/i;

/**
 * A step the task asks for that the answer says it did not take ("add a JP travel note" … "no
 * travel note needed"): the receiver overruled its task. A step the task makes conditional ("if she
 * travels") is the receiver's to judge.
 */
export function declinedStep(task: string, said: string): { step: string; sentence: string } | undefined {
  if (!/needed|required|necessary|skipp/i.test(said)) return undefined;
  const asked = sentencesOf(task).filter((sentence) => !CONDITION.test(sentence));
  if (asked.length === 0) return undefined;
  for (const sentence of sentencesOf(said))
    for (const match of sentence.matchAll(DECLINED)) {
      const item = words(match[1] ?? match[2] ?? match[3] ?? '').filter((w) => !STOP.has(w) && w.length >= 3);
      if (item.length === 0) continue;
      const stems = item.map(stem);
      // Asked for, not ruled out: no negation in the few words before the step ("do not add a note").
      const where = asked.find((line) => {
        const lineWords = words(line);
        const lineStems = lineWords.map(stem);
        if (!stems.every((w) => lineStems.some((s) => sameStem(s, w)))) return false;
        const at = lineStems.findIndex((s) => sameStem(s, stems[0]!));
        return !NEGATED.test(lineWords.slice(Math.max(0, at - 4), at).join(' '));
      });
      // Declined only where the task itself sets some aside ("skip the ones already restored" … "A
      // and B are restored — no calls needed there"): the step is kept for the rest.
      if (where && SETS_ASIDE.test(task) && SCOPED.test(sentence.slice(match.index + match[0].length)))
        continue;
      if (where) return { step: item.join(' '), sentence: sentence.trim() };
    }
  return undefined;
}

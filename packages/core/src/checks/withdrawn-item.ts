import { quantitiesOf } from './stated-supersession.ts';
import { STOP, sentencesOf } from './task-words.ts';

/**
 * Items a message takes out of use (a lane, a fly bar, a bank account, a pump) and the texts and
 * calls that still use them. An item is named by a code ("40-12-76", "31557802", "WO-3321"), a letter
 * and a number ("L9", "B23") or a noun and a number ("lane 9", "bar 23"); the last two are one item
 * when the letter is the noun's initial ("L9" is "lanes: [9, 10]" in a booking call).
 */

/**
 * Words after an item that take it out of use: "L9 OUT till Tue", "… 31557802 are no longer valid",
 * "AB-114 is gone" ("OUT" on its own: "OUT-27-120377" is an identifier).
 */
const OUT_AFTER =
  /\b(?:no longer (?:valid|available|in use|in service|usable|current|active|exists?)|(?:is |are )?gone(?!\s+(?:to|over to|off to|out to|ahead)\b)|removed|not present|scrapped|demolished|replaced by|out of (?:service|order|use|action)|derated|decommissioned|condemned|withdrawn|revoked|rescinded|retracted|quarantined|recalled|not (?:shippable|releasable|dispensable)|invalid|unavailable|not available|unusable|unserviceable|down(?!\s+(?:to|from|by|at|on|in)\b))\b|(?<![\w-])(?:OOS|OUT|AOG)(?![\w-])|\bout (?=till|until)\b/gi;
/** The same in the languages teams write in: "la B204 a été annulée", "Bus 12 ist gesperrt", "зал 3 закрыт". */
const OUT_AFTER_INTL =
  /(?<![\p{L}])(?:hors service|en quarantaine|in Quarantäne|en cuarentena|em quarentena|in quarantena|fermée?s?|n['’]est plus disponible|gesperrt|außer betrieb|nicht mehr (?:verfügbar|gültig)|fuera de servicio|ya no (?:existe|está disponible)|fuori servizio|non più disponibile|buiten gebruik|fora de serviço|nieczynn[aey]|mimo provoz|закрыт[аоы]?|не работает|kapalı|ditutup|ngừng hoạt động|ur drift|εκτός λειτουργίας|sarado)(?![\p{L}])/giu;
/** Words that close a thing, in the languages teams write in (English "closed" is left to stated-supersession). */
const CLOSED_WORDS =
  'cerrad[oa]s?|chius[oaei]|fechad[oa]s?|zamknięt[aey]|uzavřen[aáéoý]?|lezárva|geschlossen';
/**
 * Cancelled or closed, in any language: "la B204 a été annulée", "Raum 3 abgesagt", "Rampa R-4
 * cerrada" (English "closed" is read for places moved elsewhere by stated-supersession). Such an item
 * is still spoken of (a refund of the cancelled order, a closed work order), so it is out of use only
 * where the text names another of its kind to take its place ("… reporté en A110", "desvío por R-6").
 */
const CANCELLED = new RegExp(
  String.raw`(?<![\p{L}])(?:cancell?ed|${CLOSED_WORDS}|annulée?s?|supprimée?s?|storniert|abgesagt|cancelad[oa]s?|anulad[oa]s?|cancellat[oa]|annullat[oa]|geannuleerd|afgelast|odwołan[aey]|wycofan[aey]|zrušen[aáéoý]?|отмен[её]н[аоы]?|iptal edildi|dibatalkan|đã hủy|inställd|avbokad|aflyst|peruttu|ακυρώθηκε|imefutwa|kanselado)(?![\p{L}])`,
  'giu',
);
/** The words of CANCELLED that close rather than cancel. */
const CLOSED = new RegExp(`^(?:${CLOSED_WORDS})$`, 'iu');
/** The same in scripts written without spaces, right after the item's name: "「金沢南DC」は2/14で閉鎖", "B동 창고 폐쇄". */
const OUT_AFTER_CJK =
  // (Closing as a time of day is no closure: "閉店までに", "閉店時", "폐점 시간까지".)
  /(?:閉鎖|移転済み?|廃止|使用停止|使用不可|休止中|閉店(?!まで|時|後|前|間際|直前)|关闭|已关闭|停用|已停用|关停|폐쇄|폐점(?!\s?(?:시간|전|후|까지))|사용\s?중지|운영\s?중단|ปิดแล้ว|ปิดให้บริการ|ปิดถาวร)/gu;
const SAYS_OUT_INTL = new RegExp(
  `${OUT_AFTER_INTL.source}|${CANCELLED.source}|${OUT_AFTER_CJK.source}`,
  'iu',
);
/** A name in quotation marks is an item too: 「金沢南DC」, “Riverside depot”, «Hall B». */
const QUOTED_NAME = /[「『“"«‹]([^「」『』“”"«»‹›\n]{2,30})[」』”"»›]/gu;
const NAME_KEY = 'q:';
/** The shape of an item's key: "b204" and "a110" are of one kind, "ord-77" is another. */
const shapeOf = (key: string) => key.replace(/\d/g, '9').replace(/\p{L}/gu, 'a');
const CAPS_ONLY = /^(?:OOS|OUT|AOG)$/;
const CAPS_WORD = new RegExp(CAPS_ONLY.source, 'i');
const SAYS_OUT = new RegExp(OUT_AFTER.source, 'i');
/** What stands between the items of one list: "40-12-76/31557802", "L9, L10 and L11", "lanes 9 & 10". */
const LIST_GAP = /^[\s/&+,*`]*(?:(?:and|or|und|oder|et|ou|y|o|e|en|i|och|og)\s+)?[\s*`]*$/i;
/** A modal between an item and the words: what may or must be, not what is. */
const MODAL = /\b(?:may|must|can|could|should|shall|will|would|might|cannot|can['’]t|mustn['’]t|if)\b/i;
/** Words before an item that keep something off it: "the chandelier can't go on 23", "do not use B4". */
const OFF_BEFORE =
  /\b(?:can['’]?t|cannot|must not|mustn['’]?t|may not|should not|shouldn['’]?t|do not|don['’]?t)\s+(?:be\s+)?(?:go(?:es)?|hung|hang|put|placed?|used?|booked?|loaded?|paid|pay|sent|send|run)\s+(?:on|in|to|into|at|onto|from|with)?\s*(?:the\s+)?/gi;
/** A bare number set aside for another of a named kind: "NOT 06 — we launch on runway 24 today". */
const NOT_THIS_BUT =
  /\bnot\s+(\d{1,4})(?![\d.,:/-]*\d)(?!\s?(?:%|[A-Za-zµ°]))[^.;]{0,40}?\b([A-Za-z]{3,})\s+(\d{1,4})\b(?![.,:/-]\d)/gi;
/** Any of the forms above, for a cheap test of a text before its items are read. */
const MAY_WITHDRAW = new RegExp([OUT_AFTER.source, NOT_THIS_BUT.source, OFF_BEFORE.source].join('|'), 'i');
/** A sentence that says an item is back: it takes nothing out of use. */
const BACK =
  /\b(?:back in(?:to)? (?:service|use|action)|restored|reopened|available again|repaired|fixed(?!\s+(?:in|from|as of)\b)|(?:released|lifted|cleared) from quarantine|quarantine (?:lifted|released|ended|cleared))\b/i;
/** Words before an item that name it as the one not used: "not 31557802", "instead of lane 9", "avoid 6/7/8". */
const NOT_USED =
  /\b(?:not|no longer|instead of|rather than|avoid(?:ing)?|except|excluding|without|skip(?:ping)?|old|previous(?:ly)?|formerly|was|closed|initially|originally|first (?:said|asked(?: for)?|wanted|requested|chose|picked))\s+(?:[a-z]+\s+){0,2}$/i;
/** Argument keys whose values are kept off: `exclude_lanes`, `avoid`, `old_account`. */
const OFF_KEY = /exclu|avoid|skip|except|block|old|previous|former|closed|not_/i;

const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;
const WEEKDAYS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

export interface Item {
  /** The item as one key: "l9" for "L9", "lane 9" and `{ lanes: [9] }`; a code in lower case. */
  key: string;
  at: number;
  end: number;
}

/** A code: digits in groups ("40-12-76"), five digits or more, or letters and digits with 4 characters at least. */
const CODE = /(?<![\w.:-])(?=[\w-]*\d)[A-Za-z\d][\w-]*[A-Za-z\d](?![\w:-]|\.\d)/g;
const isCode = (token: string) =>
  !/^\d{4}-\d{2}-\d{2}$/.test(token) &&
  ((/\d/.test(token) && /[A-Za-z]/.test(token) && token.length >= 4) ||
    /^\d{5,}$/.test(token) ||
    /^\d+(?:-\d+){2,}$/.test(token));
/** A noun and its numbers: "lane 9", "lanes 9 & 10", "bar 23", "Bar 23:". */
const NOUN_NUMBERS =
  /\b([A-Za-z]{3,})\s+(?:no\.?\s*|#\s*)?(\d{1,4}(?:\s*(?:,|&|\+|and)\s*\d{1,4})*)(?![\d.,:/-]*\d)/g;
/** A version or build number: three dotted parts or more. */
const DOTTED_VERSION = /(?<![\w.])\d+(?:\.\d+){2,}(?![\w]|\.\d)/g;
const LETTER_NUMBER = /(?<![\w-])([A-Za-z])-?(\d{1,4})(?![\w-])/g;

/** The items a text names, where it names them. */
export function itemsOf(text: string): Item[] {
  const items: Item[] = [];
  const measured = quantitiesOf(text);
  const isQuantity = (at: number) => measured.some((q) => at >= q.at && at < q.end);
  for (const m of text.matchAll(CODE))
    if (isCode(m[0])) items.push({ key: m[0].toLowerCase(), at: m.index, end: m.index + m[0].length });
  // A build or release number in dotted parts ("9.3.1.4418"), not a day ("15.03.2027").
  if (/\d\.\d+\.\d/.test(text))
    for (const m of text.matchAll(DOTTED_VERSION))
      if (!/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(m[0]))
        items.push({ key: m[0], at: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(QUOTED_NAME))
    items.push({ key: `${NAME_KEY}${m[1]!.trim().toLowerCase()}`, at: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(LETTER_NUMBER))
    items.push({ key: `${m[1]!.toLowerCase()}${Number(m[2])}`, at: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(NOUN_NUMBERS)) {
    const noun = m[1]!.toLowerCase();
    if (STOP.has(noun) || WEEKDAYS.has(noun) || MONTHS.test(noun)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(after)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    for (const n of m[2]!.matchAll(/\d+/g)) {
      const at = start + n.index;
      if (isQuantity(at)) continue;
      items.push({ key: `${noun[0]}${Number(n[0])}`, at: m.index, end: at + n[0].length });
    }
  }
  return items;
}

export interface Withdrawal {
  keys: string[];
  /** How the message names them. */
  named: string;
  sentence: string;
}

/**
 * Items a text takes out of use: "L9 OUT till Tue 15/12", "statement details 40-12-76/31557802 are
 * no longer valid (closed 27/01)", "bar 23 … chandelier can't go on 23". A sentence that says an item
 * is back in service takes nothing out.
 */
export function withdrawalsOf(text: string): Withdrawal[] {
  // Read for every turn's answer: most say nothing of the kind, and their items are never listed.
  if (!MAY_WITHDRAW.test(text) && !SAYS_OUT_INTL.test(text)) return [];
  const found: Withdrawal[] = [];
  let all: Item[] | undefined;
  const allItems = () => {
    all ??= itemsOf(text);
    return all;
  };
  for (const sentence of sentencesOf(text)) {
    if (BACK.test(sentence) || (!MAY_WITHDRAW.test(sentence) && !SAYS_OUT_INTL.test(sentence))) continue;
    const items = itemsOf(sentence);
    const cancelled = new Set([...sentence.matchAll(CANCELLED)].map((m) => m.index));
    const cjk = new Set([...sentence.matchAll(OUT_AFTER_CJK)].map((m) => m.index));
    for (const m of [
      ...sentence.matchAll(OUT_AFTER),
      ...sentence.matchAll(OUT_AFTER_INTL),
      ...sentence.matchAll(CANCELLED),
      ...sentence.matchAll(OUT_AFTER_CJK),
    ]) {
      // "OUT" and "OOS" in capitals only: "sold out" in prose takes nothing out of use.
      if (CAPS_WORD.test(m[0]) && !CAPS_ONLY.test(m[0])) continue;
      // The items just before it, in its clause: "L9 OUT", "40-12-76/31557802 are no longer valid".
      const clauseStart = Math.max(
        0,
        ...[';', ',', '(', '—', ' - '].map((stop) => {
          const at = sentence.lastIndexOf(stop, m.index - 1);
          return at < 0 ? 0 : at + stop.length;
        }),
      );
      const window = Math.max(clauseStart, m.index - 48);
      const before = items.filter((item) => item.at >= window && item.end <= m.index);
      if (before.length === 0) continue;
      // Only items next to it (at most two words between): "L7 pinsetter down", "**pg-replica-03.eu.internal** no longer exists".
      const last = before.at(-1)!;
      const between = sentence.slice(last.end, m.index);
      // (Without spaces between words, a few characters of the clause: "は2/14で".)
      const near = cjk.has(m.index)
        ? between.length <= 12 && !/[。！？;；\n]/.test(between)
        : /^(?:\.[A-Za-z][\w-]*)*[\s/&+,*`]*(?:[\p{L}'’-]+\s+){0,2}(?:is\s+|are\s+|was\s+|now\s+)*$/iu.test(
            between,
          );
      // "nothing on KNT-0412 may be down then", "B4 must not be unavailable": a rule or a case, not its state.
      if (!near || MODAL.test(between)) continue;
      // "tests for "2h", "45m" and an invalid string": the word describes a thing of its own.
      if (/\b(?:a|an|the|any|some)\s+$/i.test(between)) continue;
      // The list the word is about, not every item of its clause: "KT-2207 is quarantined", not the
      // depot "BR-SP-01 at 10/03: **KT-2207 is quarantined**" names first.
      const listed = [last];
      for (const item of before.sort((a, b) => b.at - a.at)) {
        const head = listed[0]!;
        if (item === last || item.at >= head.at) continue;
        if (item.end > head.at || LIST_GAP.test(sentence.slice(item.end, head.at))) listed.unshift(item);
        else break;
      }
      const keys = [...new Set(listed.map((item) => item.key))];
      // A closed record (a work order, a tech-log entry: "WO-3318 closed", "TL-77124 closed") is
      // done, not out of use; a closed place or piece of kit has a short designator ("Ramp R-4").
      if (CLOSED.test(m[0]) && keys.some((key) => (key.match(/\d/g) ?? []).length > 3)) continue;
      if (
        cancelled.has(m.index) &&
        !allItems().some(
          (item) => !keys.includes(item.key) && keys.some((key) => shapeOf(key) === shapeOf(item.key)),
        )
      )
        continue;
      if (!found.some((f) => f.sentence === sentence && f.keys.join() === keys.join()))
        found.push({ keys, named: sentence.slice(listed[0]!.at, last.end), sentence });
    }
    // "NOT 06 — we launch on runway 24 today": the bare number is the item its replacement's noun names.
    for (const m of sentence.matchAll(NOT_THIS_BUT)) {
      const noun = m[2]!.toLowerCase();
      if (STOP.has(noun) || Number(m[1]) === Number(m[3])) continue;
      found.push({ keys: [`${noun[0]}${Number(m[1])}`], named: `${m[2]} ${m[1]}`, sentence });
    }
    for (const m of sentence.matchAll(OFF_BEFORE)) {
      const from = m.index + m[0].length;
      const rest = sentence.slice(from);
      const item = itemsOf(rest).find((i) => i.at === 0 || /^\s*$/.test(rest.slice(0, i.at)));
      // A bare number ("can't go on 23") is the item the text names with it elsewhere ("Bar 23").
      const bare = /^(\d{1,4})(?![\d.,:/-]*\d)(?!\s?(?:%|[A-Za-zµ°]{1,3}\b))/.exec(rest)?.[1];
      const keys = item
        ? [item.key]
        : bare
          ? [
              ...new Set(
                allItems()
                  .filter((i) => i.key.replace(/^[a-z]/, '') === bare && /^[a-z]\d+$/.test(i.key))
                  .map((i) => i.key),
              ),
            ]
          : [];
      if (keys.length !== 1) continue;
      found.push({ keys, named: item ? rest.slice(item.at, item.end) : bare!, sentence });
    }
  }
  return found;
}

/** Asking for items to be taken out: "fell ash T1 and T2", "decommission pumps P3, P4". */
const REMOVE =
  /\b(?:fell|remove|demolish|take down|cut down|knock down|decommission|scrap|dismantle|strip out|retire|withdraw)\b/i;

/** The items a request asks to have taken out: reported down, gone or removed, they are the work done. */
export function removalTargets(request: string): Set<string> {
  const keys = new Set<string>();
  if (!REMOVE.test(request)) return keys;
  for (const sentence of sentencesOf(request)) {
    const m = REMOVE.exec(sentence);
    if (!m) continue;
    // The items of the verb's own clause: up to the next "and <verb>" or a stop.
    const clause = sentence.slice(m.index).split(/[;:]|\band (?=[a-z][\w-]*\s)/)[0]!;
    for (const item of itemsOf(clause)) keys.add(item.key);
  }
  return keys;
}

/** Words after an item that keep it off: "R5 not used", "R5 failed", "L9 excluded". */
const OFF_AFTER =
  /^\s*(?:(?:is\s+|are\s+|was\s+|were\s+|stays\s+)?(?:not (?:used|in use|to be used|booked)|unused|excluded|avoided|skipped|dropped|removed|fail(?:s|ed)?|tagged out|out|felled|demolished|dismantled|scrapped|taken down|cut down|knocked down)|,?\s*(?:and |but )?(?:then|later|since)\s+(?:corrected|changed|switched|moved|updated|revised)\b)/i;

/**
 * The sentence of a text that uses a withdrawn item: names it, and nowhere in the sentence takes it
 * out of use or keeps it off ("R5 failed so drops that use R5 need rerouting" speaks of the withdrawal).
 */
export function usesWithdrawn(text: string, w: Withdrawal): string | undefined {
  for (const sentence of sentencesOf(text)) {
    if (SAYS_OUT.test(sentence) || SAYS_OUT_INTL.test(sentence) || BACK.test(sentence)) continue;
    const lower = sentence.toLowerCase();
    const mentions = [
      ...itemsOf(sentence).filter((item) => w.keys.includes(item.key)),
      // A name given in quotes is named without them too: "destination: 金沢南DC（…）".
      ...w.keys
        .filter((key) => key.startsWith(NAME_KEY))
        .map((key) => {
          const at = lower.indexOf(key.slice(NAME_KEY.length));
          return { key, at, end: at + key.length - NAME_KEY.length };
        })
        .filter((item) => item.at >= 0),
    ];
    if (mentions.length === 0) continue;
    const off = mentions.some(
      (item) =>
        NOT_USED.test(sentence.slice(Math.max(0, item.at - 40), item.at)) ||
        OFF_AFTER.test(sentence.slice(item.end, item.end + 30)),
    );
    if (!off) return sentence;
  }
  return undefined;
}

/** The argument of a call that acts on a withdrawn item: `{ lanes: [9, 10] }`, `{ account: '31557802' }`. */
export function argsUseWithdrawn(args: unknown, w: Withdrawal): string | undefined {
  let used: string | undefined;
  const visit = (key: string, value: unknown, depth: number) => {
    if (used || depth > 8 || value === null || value === undefined || OFF_KEY.test(key)) return;
    if (Array.isArray(value)) {
      for (const element of value) visit(key, element, depth + 1);
      return;
    }
    if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(k, v, depth + 1);
      return;
    }
    const text = String(value);
    // A text argument is read as a text ("L9 excluded" keeps it off); a code or a number alone names it.
    const keys = new Set<string>();
    if (isCode(text)) keys.add(text.toLowerCase());
    const initial = /[a-z]/i.exec(key)?.[0]?.toLowerCase();
    if (typeof value === 'number' && initial && Number.isInteger(value)) keys.add(`${initial}${value}`);
    if (w.keys.some((k) => keys.has(k)) || (typeof value === 'string' && usesWithdrawn(text, w)))
      used = `${key}: ${text}`;
  };
  visit('', args, 0);
  return used;
}

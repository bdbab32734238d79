import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { AgentTurn, Finding, Handoff } from '../model/trace.ts';
import { CURRENCY_CODES } from '../util/currency-codes.ts';
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { parsedResult } from '../util/parsed-result.ts';
import { asciiDigits } from '../util/script-words.ts';
import { groupedFigure, statesGrouped } from '../util/states-figure.ts';
import { textMemo } from '../util/text-memo.ts';
import { textOf } from '../util/text-of.ts';
import {
  BARE_FIGURE,
  contrastedClocks,
  contrastedFigures,
  figureValue,
  unitAfter,
} from './contrasted-figures.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { valuesText } from './handoff-text.ts';
import { ENDED_WORDS, NO_LONGER_VALID, NOW_WORDS } from './lexicon.ts';
import {
  canonicalUnit,
  DOLLAR_CURRENCIES,
  findDates,
  mentionsDay,
  scaledNumber,
} from './normalize-values.ts';
import {
  calledOffDays,
  formerDays,
  givenUpWeekdays,
  movedFromDays,
  namesOldDay,
  noLongerDays,
  nowDaysAgainst,
  reschedulingsOf,
  supersededDays,
} from './rescheduled-day.ts';
import { namesLaterVersion, nowAgainst, revisedAgainst } from './revised-record.ts';
import { keepsOldSlot, swapsOf } from './swapped-slots.ts';
import { cellsOf, pipeTables } from './table-cells.ts';
import { STOP, sentencesOf, stem } from './task-words.ts';
import { isReply, requestOf, shownText } from './turn-links.ts';
import { namesOldVersion, versionedNamesOf, versionRank } from './versioned-names.ts';
import { argsUseWithdrawn, removalTargets, usesWithdrawn, withdrawalsOf } from './withdrawn-item.ts';

/**
 * A quantity: a number and the unit word or sign right after it ("72.0 kg", "12 %", "3.5 t"); a
 * particle written onto the unit ("200 mg에서", "5 kgから") ends it.
 */
const QUANTITY =
  /(?<![\w.,:/])((?<!-)\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?(?![.,]?\d)|\d{1,3}(?:,\d{3})+\.\d+(?![.,]?\d)|\d{1,3}(?:\.\d{3})+,\d+(?![.,]?\d)|\d+(?:[.,]\d+)?)\s?(%|°[A-Za-z]{1,3}|[A-Za-zµ\u00C0-\u024F]{1,5}(?:\/[A-Za-z]{1,4})?(?:[²³]|(?<=m)[23](?![\d\p{L}]))?)(?![\d_]|(?![\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}])\p{L})/gu;
/** Words after a number that are no unit: ordinals ("8th"), small words ("01:20 on") and months ("2 Dec"). */
const NOT_A_UNIT = new Set(
  'st nd rd th on in at to of or and am pm z utc is are was by for the a an as if it no so up we us my x per be from with than were then via plus only also not but has had have will can into onto each jan feb mar apr may jun jul aug sep sept oct nov dec march april june july de du des la le les et un une au aux pour par sur dans del el los las por para der die das und im zum vom con à às é è és ó ú já até más según während über für'.split(
    ' ',
  ),
);
/** Words right before a value that make it the replaced one on their own: "(previously 12 %)". */
const STRONG_OLD =
  /(?:\b(?:previously|formerly|originally|initially|expiring|first (?:typed|said|gave|wrote|quoted|entered|stated|reported)|down from|up from|instead of|(?:replac(?:ing|es)|supersed(?:ing|es))(?:\s+(?:the|an?|our))?|no longer|tidak lagi|bukan lagi|zamiast|en lugar de|en vez de|em vez de|ya no|n[ãa]o mais|au lieu de|anstatt|statt|nicht mehr|invece di|al posto di|non più|in plaats van|niet meer)|\(was)\s*:?\s*$/i;
/** Words right after a value that set it aside: "5 mg superseded per the 14:05 amendment", "40 t — withdrawn", "2,550 m in A1187/27 is cancelled", "2.140,00 € – überholt". */
/**
 * Words right after a value that call it wrong rather than ended: "the application's $1,240,000 for
 * 5551 understates again — rate 5551 on $1,612,000". Only right after a value, beside another one.
 */
const MISSTATED_WORDS = String.raw`understate[sd]?|overstate[sd]?|too (?:low|high)|wrong|incorrect|out of date|outdated|subestima|sobrestima|sous-estime|surestime|zu (?:niedrig|hoch)|falsch`;
const ENDED_AFTER = new RegExp(
  String.raw`^\s*(?:[—–-]\s*|,\s*)?(?:(?:in|from|of|on|per|for)\s+[\w/.-]{1,16}\s+)?(?:(?:(?:19|20)\d\d\s+)?(?:figure|value|rate|number|amount|price|estimate|quote|bid|offer)\s+)?(?:(?:is|was|are|were|has been|have been|now|est|sont|était|es|está|ist|sind|è|foi|fue)\s+)?(?:\*\*|__)?(?:${ENDED_WORDS}|${MISSTATED_WORDS})(?![\p{L}])`,
  'iu',
);
/**
 * Whether the words after a quantity set it aside: also "(94 %) est caduque", the bracket all its
 * own, and "(4,950.000 MT, 09/02) is superseded", the rest of the bracket a day or a short note.
 */
/**
 * A clause after a value that makes it what something else replaces: "the £1,800,000 on the form is
 * the 2025 figure, which this revaluation replaces". A subject of its own must stand between "which"
 * and the verb: in "£2.35m, which replaces the 2025 figure" the value is the new one.
 */
const REPLACED_BY_CLAUSE =
  /^[^.;:!?]{0,80}?(?<![\p{L}])(?:which|that)\s+(?:this|the|that|our|their|its|a|an)\s+(?:[\p{L}\d-]+\s+){1,3}(?:replaces|supersedes|overrides|has replaced|has superseded)(?![\p{L}])/iu;
const REPLACES_ANY = /\b(?:replaces|supersedes|overrides|has replaced|has superseded)\b/i;
const endedAfter = (sentence: string, q: { at: number; end: number }) => {
  const after = sentence.slice(q.end, q.end + 64);
  return (
    ENDED_AFTER.test(after) ||
    REPLACED_BY_CLAUSE.test(sentence.slice(q.end, q.end + 120)) ||
    (/\(\s*$/.test(sentence.slice(0, q.at)) &&
      ENDED_AFTER.test(after.replace(/^[^()\d]{0,4}(?:[\d/.-]{3,10})?\s*\)\**/, '')))
  );
};
/** Any word of ENDED_AFTER, tested first. */
const ENDED_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${ENDED_WORDS})(?![\p{L}])`, 'iu');
/** Words right after a value that put it in force from a day: "£30.24/month since 1 Feb", "8.5 bar from 3 May". */
const IN_FORCE_SINCE = /^\**(?:\s?\/\s?[a-z]+)?\**\s+(?:since|as of|effective|starting|with effect from)\b/i;
/** Words that make a value the old one only beside a value marked current: "screening was 72.0 kg". */
const WEAK_OLD = /\b(?:was|were|earlier|old)\s*:?\s*$/i;
/** An opening bracket, a source and an earlier day before a value: "(Überweisung 02.03.: ", "(referral 2 Mar: ". */
const DATED_OLD =
  /\(\s*(?:[\p{L}.-]+\s+){0,3}(?:\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d{2}))?\.?|\d{1,2}\.?\s+\p{L}{3,9}\.?|\d{4}-\d{2}-\d{2})\s*:\s*$/iu;
/** "today" before a value, in the languages teams write in. */
const TODAY =
  /(?<![\p{L}])(?:today|heute|hoy|aujourd['’]hui|oggi|vandaag|dziś|dzisiaj|hoje|idag|i dag|tänään|bugün|hôm nay|сегодня|сьогодні)(?![\p{L}])[^\d\n]{0,14}$/iu;
/** Words that make "from X to Y" or "X → Y" a change rather than a range. */
const CHANGE =
  /\b(?:chang|updat|revis|correct|mov|rais|lower|increas|decreas|reduc|adjust|amend|replac)(?:e|es|ed|ing)?\b|\bcut\b|\bnow\b/i;
/** A change "from 70.0 to 68.5 kg" whose unit is written once, after the new value. */
const SHARED_UNIT_CHANGE =
  /\b(?:chang|updat|revis|correct|rais|lower|increas|decreas|reduc|adjust|amend|mov|cut)\w*\b[^.;]{0,60}?\bfrom\s+(\d+(?:[.,]\d+)?)\s+to\s+(\d+(?:[.,]\d+)?)\s?(%|[A-Za-zµ]{1,5}(?:\/[A-Za-z]{1,4})?)(?![\w])/gi;
/** A figure a sentence calls out of date: "13.1 in the PAN is out of date", "the 610 m figure is obsolete", "form 78 kg is last season". */
const OUT_OF_DATE =
  /(?<![\w.,:/-])(\d+(?:[.,]\d+)?)(?:\s?([A-Za-zµ%]{1,5}))?\s+(?:[\w-]+\s+){0,4}?(?:(?:is|are|was|were)\s+(?:now\s+)?(?:out of date|outdated|superseded|obsolete|no longer valid|no longer current|(?:from\s+)?last (?:season|year|month|week|time)|from (?:19|20)\d\d)|dates\s+from\s+(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d)\b/gi;
/**
 * A value corrected by the one before it, negated: "**1,200 L** UN 1263 (not 800)", "64 t, not 58 t",
 * "now 1.60 m, not 1.90 any more", "duty 3.7 % (not 8467 29 51 at 2.7 %)" (the old code's figure).
 */
const NOT_INSTEAD =
  /[(,]\s*not\s+(?:(?=[\w-]*\d)[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:at|@|=)\s+)?(\d+(?:[.,]\d+)?)(?![.,]?\d)(?:\s?(%|[A-Za-zµ]{1,5}(?:\/[A-Za-z]{1,4})?(?:[²³]|(?<=m)[23](?![\dA-Za-z]))?))?(?=\s*[),.;:]|\s+as\b|\s+any\s?(?:more|longer)\b(?!\s+than)|\s*$)/gi;
/** A bare figure a sentence says the figure before it replaces: "12.5 °Bx, that figure replaces the 9.3". */
const REPLACES_BARE =
  /\b(?:replaces|replacing|supersedes|superseding|in place of)\s+(?:the\s+|an?\s+)?(?:old\s+|earlier\s+|first\s+|previous\s+|original\s+)?(\d+(?:[.,]\d+)?)(?![.,]?\d)(?!\s?[A-Za-zµ%°])/gi;
/** Words before a value that make it the current one: "weight today (V3): 64.5 kg", "now 40k". */
const NOW = /\b(?:today|now|current(?:ly)?|latest|new|updated|revised|corrected|as of)\b/i;

export interface Supersession {
  old: number;
  current: number;
  /** The unit; empty for a bare figure of a record named by `subject`. */
  unit: string;
  /** For a bare figure: the record's identifier and its last part ("wil-lt2", "lt2"). */
  subject?: string[];
  /** The words naming the old value's occasion ("screening"), which a text quoting it as old repeats. */
  label: string[];
  sentence: string;
  /** For a figure in a unit: the record the sentence gives it for ("O3 – width 1.420 mm instead of 1.465 mm"). */
  record?: string[];
  /** The old and current figures read with their dot grouping thousands ("1.465" → 1465), where they can be. */
  oldGrouped?: number;
  currentGrouped?: number;
  /** A figure without a unit any script's reader knows, set against its replacement ("izmērs 17,5 (nevis 17)"): read as a bare figure anywhere. */
  bare?: boolean;
  /** For a bare figure: the word after the new one ("150 ליטר"), which a later mention may abbreviate ("120 ל׳"). */
  unitWord?: string;
}

export interface Quantity {
  value: number;
  unit: string;
  at: number;
  end: number;
  /** "1.465 mm" read as much of Europe writes it, 1465 mm: a dot before exactly three digits may group thousands. */
  grouped?: number;
}

/** Every number with a unit in a text, the unit in its canonical form. */
export const quantitiesOf: (text: string) => readonly Quantity[] = textMemo(quantitiesIn);

/** A figure in a unit, in the unit's canonical form; undefined when the word after it is no unit. */
function measured(
  figure: string,
  unitText: string,
): { value: number; unit: string; grouped?: number } | undefined {
  // "µg/m³", "ug/m3" and "µg/m3" are one unit.
  const written = unitText
    .replace(/³/g, '3')
    .replace(/²/g, '2')
    .replace(/^ug(?=\/|$)/i, 'µg');
  const { unit, factor } = canonicalUnit(written);
  if (!/[a-zµ%°]/i.test(unit) || NOT_A_UNIT.has(unit)) return undefined;
  // Spans in one unit ("90 min" and "1.5 h" are one value); rounding keeps float noise out.
  // "5,120 kg" and "12 500 kg" group thousands; "2,5 kg" has a decimal comma.
  const plain = figure.replace(/[\s\u00a0\u202f]/g, '');
  const scaled = (n: number) => Math.round(n * factor * 1e9) / 1e9;
  const value = scaled(figureValue(plain));
  return /^[1-9]\d{0,2}\.\d{3}$/.test(plain)
    ? { value, unit, grouped: scaled(Number(plain.replace('.', ''))) }
    : { value, unit };
}

/** Whether a figure, in any of its readings, is the value given (in either of its readings). */
export const isFigure = (q: { value: number; grouped?: number }, value: number, grouped?: number): boolean =>
  q.value === value ||
  (q.grouped !== undefined && q.grouped === value) ||
  (grouped !== undefined && q.value === grouped);

/** An amount of money written with its currency first: "£41,500", "$1.2m", "EUR 300". */
const MONEY = new RegExp(
  String.raw`(?<![\w.,])(R\$|A\$|C\$|HK\$|S\$|Rp|[$€£¥₹₦₺₱₩]|${CURRENCY_CODES})\s?(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?|\d+\.\d+)\s?(k|m|bn)?(?![\w]|[.,]\d)`,
  'g',
);
const CURRENCY: Record<string, string> = {
  $: 'usd',
  '€': 'eur',
  '£': 'gbp',
  '¥': 'jpy',
  R$: 'brl',
  A$: 'aud',
  C$: 'cad',
  HK$: 'hkd',
  S$: 'sgd',
  '₹': 'inr',
  '₦': 'ngn',
  Rp: 'idr',
  '₺': 'try',
  zł: 'pln',
  Kč: 'czk',
  '₫': 'vnd',
  '₱': 'php',
  '₩': 'krw',
};

const MONEY_AFTER = new RegExp(
  String.raw`(?<![\w.,$€£¥])((?<!-)\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(€|zł|₺|Kč|₫|${CURRENCY_CODES})(?![\p{L}\d])`,
  'gu',
);

/**
 * An amount as written in either convention: the separator before the last one or two digits is the
 * decimal one ("R$ 3,85", "£41,500.50", "R$ 10.080,00"); one before a group of three groups thousands.
 */
function moneyFigure(figure: string): string {
  const decimal = /[.,](\d{1,2})$/.exec(figure);
  const whole = (decimal ? figure.slice(0, decimal.index) : figure).replace(/[.,\s\u00a0\u202f]/g, '');
  return decimal ? `${whole}.${decimal[1]}` : whole;
}

const ANY_CODE = new RegExp(`(?<![A-Za-z])(?:${CURRENCY_CODES})(?![A-Za-z])`);

function quantitiesIn(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(QUANTITY)) {
    // Currencies written after the amount are money, read below ("12 500 Kč", "11.900 zł").
    if (/^(?:zł|kč)$/i.test(match[2]!)) continue;
    const quantity = measured(match[1]!, match[2]!);
    if (quantity) found.push({ ...quantity, at: match.index, end: match.index + match[0].length });
  }
  if (!/[$€£¥₹₦₺₫₱₩]|Rp|zł|Kč/.test(text) && !ANY_CODE.test(text)) return found;
  // Written after the amount, as in much of Europe: "12,50 €", "300 EUR".
  for (const match of text.matchAll(MONEY_AFTER)) {
    const unit = CURRENCY[match[2]!] ?? match[2]!.toLowerCase();
    found.push({
      value: Number(moneyFigure(match[1]!)),
      unit,
      at: match.index,
      end: match.index + match[0].length,
    });
  }
  // Money in the unit of its currency code, so "£48,000" and `price_gbp: 48000` are one value.
  for (const match of text.matchAll(MONEY)) {
    const unit = CURRENCY[match[1]!] ?? match[1]!.toLowerCase();
    const value = scaledNumber(moneyFigure(match[2]!), match[3]);
    found.push({ value, unit, at: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Sentences that state a value and the one it replaced, in one unit: "weight today 64.5 kg; screening
 * was 72.0 kg", "budget now EUR 40k (was EUR 55k)", "changed from 150 mg to 120 mg", "cut 2.1 bar → 1.8 bar".
 */
export const supersessionsOf: (text: string) => readonly Supersession[] = textMemo((text) =>
  supersessionsIn(text),
);

function supersessionsIn(text: string): Supersession[] {
  const found: Supersession[] = [];
  for (const sentence of sentencesOf(text)) {
    const quantities = quantitiesOf(sentence);
    if (quantities.length < 2) continue;
    const before = (q: Quantity, chars = 24) => sentence.slice(Math.max(0, q.at - chars), q.at);
    const between = (a: Quantity, b: Quantity) => sentence.slice(a.end, b.at);
    const marked = (q: Quantity) => STRONG_OLD.test(before(q)) || WEAK_OLD.test(before(q));
    for (const old of quantities) {
      const others = quantities.filter((q) => q !== old && q.unit === old.unit && q.value !== old.value);
      const current =
        // "changed from 150 mg to 120 mg", "cut 72 kg → 64.5 kg"; without a word of change the
        // same forms are ranges ("from 10 µM to 4.57 nM", "10 µM → 0.00457 µM in 3-fold steps").
        others.find(
          (q) =>
            q.at > old.end &&
            CHANGE.test(sentence) &&
            /^\s*(?:→|->|to)\s*$/i.test(between(old, q)) &&
            (/\bfrom\s*$/i.test(before(old)) || !/\bto\b/i.test(between(old, q))),
        ) ??
        (STRONG_OLD.test(before(old)) ? others.find((q) => !marked(q)) : undefined) ??
        (endedAfter(sentence, old)
          ? others.find((q) => !marked(q) && !endedAfter(sentence, q))
          : undefined) ??
        // Measured today beside an earlier dated reading in brackets: "Gewicht heute: 15,2 kg
        // (Überweisung 02.03.: 18,4 kg – …)".
        (DATED_OLD.test(before(old, 40))
          ? others.find((q) => q.at < old.at && TODAY.test(before(q, 24)) && !marked(q))
          : undefined) ??
        (WEAK_OLD.test(before(old))
          ? others.find(
              (q) =>
                !marked(q) &&
                (NOW.test(before(q, 32)) || IN_FORCE_SINCE.test(sentence.slice(q.end, q.end + 24))),
            )
          : undefined);
      if (!current) continue;
      // Words naming the old value in its own clause ("; screening was 72.0 kg"), not the current
      // one's ("£24.50 + fees (was £22": no label).
      const lead = before(old);
      const clause = lead.slice(Math.max(...[';', ',', '(', '—', '–'].map((c) => lead.lastIndexOf(c))) + 1);
      const label = (
        clause
          .replace(STRONG_OLD, '')
          .replace(WEAK_OLD, '')
          .match(/[A-Za-z]{4,}/g) ?? []
      )
        .slice(-2)
        .map((w) => w.toLowerCase());
      const record = recordBefore(sentence.slice(0, Math.min(old.at, current.at)));
      found.push({
        old: old.value,
        current: current.value,
        unit: old.unit,
        label,
        sentence,
        ...(record ? { record } : {}),
        ...(old.grouped !== undefined ? { oldGrouped: old.grouped } : {}),
        ...(current.grouped !== undefined ? { currentGrouped: current.grouped } : {}),
      });
    }
  }
  // Each further form adds a value only where no earlier form read the same old value in its unit.
  const add = (pair: Supersession) => {
    // (A bare figure read already in a unit, "**1,200 L** UN 1263 (not 800)", is that one.)
    // ("12.500 zł zamiast 11.900 zł" read once: 11,900, not also 11.9.)
    const same = (f: Supersession) =>
      f.old === pair.old || (pair.oldGrouped !== undefined && f.old === pair.oldGrouped);
    // (One read bare first and later in its unit is the one in its unit.)
    const bare = found.findIndex((f) => f.bare && !pair.bare && same(f) && f.current === pair.current);
    if (bare >= 0) found[bare] = pair;
    else if (!found.some((f) => same(f) && (pair.bare || f.unit === pair.unit))) found.push(pair);
  };
  // "reduced … from 70.0 to 68.5 kg": the first figure takes the unit written once after the second.
  for (const sentence of sentencesOf(text))
    for (const m of sentence.matchAll(SHARED_UNIT_CHANGE)) {
      const [old, current] = [measured(m[1]!, m[3]!), measured(m[2]!, m[3]!)];
      if (!old || !current || old.value === current.value) continue;
      add({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
    }
  for (const sentence of sentencesOf(text))
    for (const m of sentence.matchAll(NOT_INSTEAD)) {
      // The value it corrects: the last one before it, close by and in the same clause; with a unit
      // of its own, the last of that unit ("1,450 t long = 58 lots, not 2,075 t").
      const before = quantitiesOf(sentence).filter(
        (q) => q.end <= m.index && m.index - q.end <= 40 && !/[.;()]/.test(sentence.slice(q.end, m.index)),
      );
      const unit = m[2] ? measured(m[1]!, m[2])?.unit : undefined;
      const current =
        (unit ? before.filter((q) => q.unit === unit).at(-1) : undefined) ??
        before.filter((q) => m.index - q.end <= 24).at(-1);
      const old = current && measured(m[1]!, m[2] ?? current.unit);
      if (!current || !old || old.unit !== current.unit || old.value === current.value) continue;
      add({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
    }
  // "LUFF CHANGED to 11.48 m … - was 11.62 on the order form": a bare old figure takes the unit of
  // the value the sentence sets, when the two are of one size (a count "was 3" is another thing).
  for (const sentence of sentencesOf(text))
    for (const m of sentence.matchAll(WAS_BARE)) {
      if (measured(m[1]!, m[2] ?? '')) continue;
      const setTo = (q: Quantity) =>
        q.end <= m.index && SET_TO.test(sentence.slice(Math.max(0, q.at - 32), q.at));
      // Or a count of things ("cap is now 40 participants (was 60)"): the bare old figure counts them too.
      const count = m[2] ? undefined : countsIn(sentence).find(setTo);
      const current = quantitiesOf(sentence).find(setTo) ?? count;
      const old =
        current === count && count
          ? { value: Number(m[1]!.replace(/,/g, '')), unit: count.unit }
          : current && measured(m[1]!, current.unit);
      if (!current || !old || old.value === current.value) continue;
      if (Math.max(old.value, current.value) > 2 * Math.min(old.value, current.value)) continue;
      add({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
    }
  for (const sentence of sentencesOf(text))
    for (const m of sentence.matchAll(MOVED_FROM)) {
      if (!m[1] && !m[4]) continue;
      // The value it moved to: the last figure before it in the sentence, close by, in its unit.
      const own = m[3] ? measured(m[2]!, m[3]) : undefined;
      const current = quantitiesOf(sentence)
        .filter((q) => q.end <= m.index && m.index - q.end <= 40 && (!own || own.unit === q.unit))
        .at(-1);
      const old = current && (own ?? measured(m[2]!.replace(/,(?=\d{3})/g, ''), current.unit));
      if (!current || !old || old.unit !== current.unit || old.value === current.value) continue;
      add({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
    }
  for (const sentence of sentencesOf(text))
    for (const m of sentence.matchAll(REPLACES_BARE)) {
      // The replacement: the last figure before it in the sentence, close by.
      const current = quantitiesOf(sentence)
        .filter((q) => q.end <= m.index && m.index - q.end <= 48)
        .at(-1);
      const old = current && measured(m[1]!, current.unit);
      if (!current || !old || old.value === current.value) continue;
      add({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
    }
  for (const sentence of sentencesOf(text))
    for (const m of sentence.matchAll(OUT_OF_DATE)) {
      // The current figure: one in a unit elsewhere in the sentence, the old one in the same unit
      // (the word after it may be no unit at all: "13.1 in the PAN").
      const own = m[2] ? measured(m[1]!, m[2]) : undefined;
      const current = quantitiesOf(sentence).find(
        (q) => (q.at < m.index || q.at >= m.index + m[0].length) && (!own || own.unit === q.unit),
      );
      // A bare year ("the 2019 survey is out of date") is no figure of the record.
      if (!own && /^(?:19|20)\d{2}$/.test(m[1]!)) continue;
      const old = current && (own ?? measured(m[1]!, current.unit));
      if (!current || !old || old.unit !== current.unit || old.value === current.value) continue;
      add({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
    }
  for (const pair of fromInBrackets(text)) add(pair);
  for (const pair of endedBesideMarked(text)) add(pair);
  for (const pair of supersededVersionValues(text)) add(pair);
  for (const pair of withdrawnInBrackets(text)) add(pair);
  found.push(...adjustedBare(text));
  for (const pair of earlierCountsOf(text)) add(pair);
  for (const pair of oldNamedBesideInForce(text)) add(pair);
  for (const pair of supersededAfterwards(text)) add(pair);
  for (const pair of unlabelledOldFields(text)) add(pair);
  for (const pair of discardedFieldsOf(text))
    if (pair.subject) found.push(pair);
    else add(pair);
  for (const pair of labelledVersionsOf(text)) add(pair);
  for (const pair of versionPairsOf(text)) add(pair);
  for (const pair of versionSectionsOf(text)) add(pair);
  if (text.includes('|')) for (const pair of versionColumnsOf(text)) add(pair);
  for (const pair of statusRowsOf(text)) add(pair);
  for (const pair of adjustedFigures(text)) add(pair);
  if (CHANGED_FROM_PARTICLE.test(text)) for (const pair of changedFromAfter(text)) add(pair);
  if (/[−+]\s?\d|\s-\d/.test(text))
    for (const pair of [...signedChangesOf(text), ...rolledForward(text)])
      if (!found.some((f) => f.old === pair.old && f.current === pair.current)) found.push(pair);
  for (const pair of voidedInClause(text)) add(pair);
  found.push(...bareRecordChangesOf(text));
  for (const pair of fieldCountChangesOf(text)) add(pair);
  for (const pair of restatedAfterUpdate(text)) add(pair);
  for (const pair of clockChangesOf(text)) add(pair);
  for (const pair of noLongerValid(text)) add(pair);
  for (const pair of ruledOutValues(text)) add(pair);
  for (const pair of stillShownFigures(text)) add(pair);
  if (text.includes('|')) for (const pair of previousRowFigures(text)) add(pair);
  for (const pair of contrastsOf(text)) add(pair);
  return found;
}

/** A pipe table's lines as the text wrote them, header first. */
function rawTable(text: string, table: { header: string[] }): string {
  const lines = text.split('\n');
  const start = lines.findIndex(
    (line) => line.includes('|') && cellsOf(line).join('|') === table.header.join('|'),
  );
  if (start < 0) return table.header.join(' | ');
  let end = start;
  while (end + 1 < lines.length && lines[end + 1]!.includes('|')) end++;
  return lines.slice(start, end + 1).join('\n');
}

/** A row label naming the values before the ones in force, in the languages teams write in. */
const PREVIOUS_ROW =
  /^(?:previous|former|old|earlier|prior|superseded|föregående|tidigare|gammal|vorherige?r?|bisherige?r?|alte?r?|früher|précédente?|ancienne?|anterior|precedente|vorige|oude?|eerdere|poprzedni[ae]?|dotychczasow[aey]|önceki|eski|forrige|tidligere|edellinen)(?![\p{L}])/iu;
/** A row label naming the values in force. */
const CURRENT_ROW =
  /^(?:current|new|now|in force|valid|gällande|ny|nuvarande|aktuell|neue?r?|gültig|geltend|actuelle?|nouvelle?|en vigueur|vigente|actual|nuevo|nueva|attuale|nuovo|nuova|huidige?|nieuwe?|geldend|obecn[aey]|now[aey]|aktualn[aey]|mevcut|yeni|güncel|nåværende|gjeldende|nykyinen|uusi)(?![\p{L}])/iu;

/**
 * A table with a row of the values in force and a row of those before them ("| gällande | **12,65
 * kr/l** | från 2027-03-01 |" over "| föregående | 11,90 kr/l | t.o.m. 2027-02-28 |"): each figure
 * of the earlier row is replaced by the one of its unit in the current row.
 */
function previousRowFigures(text: string): Supersession[] {
  const found: Supersession[] = [];
  for (const table of pipeTables(text)) {
    const label = (row: string[]) => row[0]!.replace(/[*_`]/g, '').trim();
    const previous = table.rows.filter((row) => PREVIOUS_ROW.test(label(row)));
    const current = table.rows.filter((row) => CURRENT_ROW.test(label(row)));
    if (previous.length !== 1 || current.length !== 1) continue;
    const now = quantitiesOf(current[0]!.slice(1).join(' | '));
    for (const old of quantitiesOf(previous[0]!.slice(1).join(' | '))) {
      const same = now.filter((q) => q.unit === old.unit && q.value !== old.value);
      if (same.length === 1 && !now.some((q) => q.unit === old.unit && q.value === old.value))
        found.push({
          old: old.value,
          current: same[0]!.value,
          unit: old.unit,
          label: [],
          // (The table as written, with its header, which names what the figures are: "pris".)
          sentence: rawTable(text, table),
        });
    }
  }
  return found;
}

/**
 * A figure set aside by the words right after it on its own line ("| Angabe im Antrag | 2.140,00 € –
 * überholt |"), with the same unit's figure on the line before marked in force, in bold or by "now"
 * ("| Brutto ab 01.02.2027 | **2.486,00 €/Monat** |").
 */
function endedBesideMarked(text: string): Supersession[] {
  if (
    !ENDED_WORD.test(text) &&
    !NO_LONGER_VALID.test(text) &&
    !SET_ASIDE_LATER.test(text) &&
    !REPLACES_ANY.test(text)
  )
    return [];
  const found: Supersession[] = [];
  const sentences = sentencesOf(text);
  for (const [i, sentence] of sentences.entries()) {
    const quantities = quantitiesOf(sentence);
    // The sentence before (two, where an abbreviation's full stop split it: "… 13.1 % (cl. 7.4 …)").
    const before = sentences.slice(Math.max(0, i - 2), i).join(' ');
    const next = sentences[i + 1] ?? '';
    let earlier: readonly Quantity[] | undefined;
    for (const old of quantities) {
      const rivals = quantities.filter((q) => q !== old && q.unit === old.unit && q.value !== old.value);
      if (endedAfter(sentence, old)) {
        if (rivals.length > 0) continue;
      } else if (markedCurrent(sentence, old) || !setAsideLater(sentence, old)) continue;
      earlier ??= quantitiesOf(before);
      // Set aside by words later in its sentence, the current one may stand earlier in it, marked,
      // or in the sentence after ("… which ended 30 Nov. December is on **$2.45/credit**").
      const other = (q: Quantity) => q.unit === old.unit && q.value !== old.value;
      const current =
        rivals.find((q) => q.at < old.at && markedCurrent(sentence, q)) ??
        (rivals.length === 0 ? earlier.find((q) => other(q) && markedCurrent(before, q)) : undefined) ??
        (rivals.length === 0
          ? quantitiesOf(next).find((q) => other(q) && markedCurrent(next, q))
          : undefined) ??
        (rivals.length === 0 ? markedAnywhere(text, old) : undefined);
      if (current)
        found.push({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
    }
    for (const pair of bareSetAside(sentence, quantities, before)) found.push(pair);
    for (const pair of decimalSetAside(sentence, quantities, [before, next])) found.push(pair);
  }
  return found;
}

/**
 * The one figure of a set-aside figure's unit and size the whole text marks current, where none
 * stands next to it: "| doppia B&B | **97,00 € a notte** |" rows above "gli 89 € … sono la tariffa
 * 2026, scaduta il 31/12/2026".
 */
function markedAnywhere(text: string, old: Quantity): Quantity | undefined {
  const marked = new Map<number, Quantity>();
  for (const line of text.split('\n'))
    for (const q of quantitiesOf(line))
      if (
        q.unit === old.unit &&
        q.value !== old.value &&
        Math.max(q.value, old.value) <= 1.5 * Math.min(q.value, old.value) &&
        markedCurrent(line, q)
      )
        marked.set(q.value, q);
  return marked.size === 1 ? [...marked.values()][0] : undefined;
}

/** A bare figure with decimals, bracketed or not ("(6,9)", "the 6.9"), outside any figure in a unit. */
const BARE_DECIMAL = /(?<![\w.,:/#-])(\d+[.,]\d+)(?![\w.,:/-]?\d)(?!\s?[%°])/gu;
/** The digits after a figure's separator ("6,9" → 1). */
const placesOf = (figure: string) => figure.split(/[.,]/)[1]?.length ?? 0;
/** A text's bare figures with decimals, as quantities without a unit. */
const bareDecimals = (text: string): Quantity[] =>
  [...text.matchAll(BARE_DECIMAL)].map((b) => ({
    value: figureValue(b[1]!),
    unit: '',
    at: b.index,
    end: b.index + b[1]!.length,
  }));

/**
 * A bare figure with decimals, set aside later in its sentence, beside a figure in a unit marked
 * current in its sentence or the one before or after: "**K+ 4.6 mmol/L on the 08:25 re-run** – the
 * first sample (6.9) was haemolysed and is invalid", "the 6.9 is spurious and has been cancelled.
 * Recollect … verified: **K 5.2 mmol/L**". Written to the same decimals and of one size, it is the
 * same quantity's old value.
 */
function decimalSetAside(
  sentence: string,
  quantities: readonly Quantity[],
  around: readonly string[],
): Supersession[] {
  const found: Supersession[] = [];
  // A table row's cells are about different things: "| 84.16 | ADDACS 1 – cancelled by payer |".
  if (sentence.includes('|')) return found;
  for (const m of sentence.matchAll(BARE_DECIMAL)) {
    // (Also where the word after it reads as a unit: "3,28 di formulir", "3,28 sudah tidak berlaku";
    // one read in a real unit too is kept in that unit.)
    const old = { value: figureValue(m[1]!), unit: '', at: m.index, end: m.index + m[1]!.length };
    if (!setAsideLater(sentence, old)) continue;
    const like = (text: string, q: Quantity) =>
      q.value !== old.value &&
      Math.max(q.value, old.value) <= 3 * Math.min(q.value, old.value) &&
      placesOf(text.slice(q.at, q.end).match(/^[\d.,]+/)?.[0] ?? '') === placesOf(m[1]!) &&
      markedCurrent(text, q);
    // Figures in a unit, or bare ones of its precision ("IPK berlaku **3,41**"), marked current.
    const current = [
      ...[...quantities, ...bareDecimals(sentence)].filter((q) => q.end <= m.index && like(sentence, q)),
      ...around.flatMap((text) =>
        [...quantitiesOf(text), ...bareDecimals(text)].filter((q) => like(text, q)),
      ),
    ];
    // Read as a bare figure anywhere, as it was given ("K+ 6,9" later, `kalium: 6.9`), or in the unit.
    // (One value, its figure read in a unit where it has one.)
    current.sort((a, b) => (b.unit ? 1 : 0) - (a.unit ? 1 : 0));
    if (new Set(current.map((q) => q.value)).size === 1)
      found.push({
        old: old.value,
        current: current[0]!.value,
        unit: '',
        bare: true,
        ...(current[0]!.unit ? { unitWord: current[0]!.unit } : {}),
        label: [],
        sentence,
      });
  }
  return found;
}

/** A figure standing alone, no unit after it, of three significant digits or more ("11.42", "1,012.50"). */
const BARE_ALONE = /(?<![\w.,:/#-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2,})(?![\w.,:/-]?\d)(?!\s?[%°])/gu;

/**
 * A bare figure set aside by words later in its sentence ("The 11.42 in the bordereau header is the
 * provisional A-2 rate and is superseded") against the figure of its size marked current before it
 * ("**ROE: use SEK/EUR 11.18**"): read as a bare figure.
 */
function bareSetAside(sentence: string, quantities: readonly Quantity[], before: string): Supersession[] {
  const found: Supersession[] = [];
  for (const m of sentence.matchAll(BARE_ALONE)) {
    if (quantities.some((q) => q.at <= m.index && m.index < q.end)) continue;
    const old = { value: figureValue(m[1]!), unit: '', at: m.index, end: m.index + m[0].length };
    if (markedCurrent(sentence, old) || !setAsideLater(sentence, old)) continue;
    const sized = (value: number) =>
      value !== old.value && Math.max(value, old.value) <= 1.5 * Math.min(value, old.value);
    // The bare figures of the sentences before, and of this one up to the old figure.
    const figures = (text: string, upTo = text.length) =>
      [...text.slice(0, upTo).matchAll(BARE_FIGURE)].map((f) => ({
        text,
        at: f.index,
        end: f.index + f[0].length,
        value: figureValue(f[0]),
      }));
    const marked = [...figures(before), ...figures(sentence, old.at)].filter(
      (f) => sized(f.value) && markedCurrent(f.text, { value: f.value, unit: '', at: f.at, end: f.end }),
    );
    // One figure of its size marked current: the replacement.
    if (new Set(marked.map((f) => f.value)).size === 1)
      found.push({ old: old.value, current: marked[0]!.value, unit: '', bare: true, label: [], sentence });
  }
  return found;
}

/** Words that set aside what was just named: "disregard it", "ignore that figure", "no lo uses". */
const SET_ASIDE_IT =
  /(?<![\p{L}])(?:(?:disregard|ignore|discard)\s+(?:it|this|that|them)(?:\s+figure)?|(?:do not|don['’]t) use (?:it|this|that)|no (?:lo|la) (?:uses|use|usen)|ignór(?:alo|ala|elo|ela)|descárt(?:alo|ala|elo|ela)|ignorez-l[ea]|nicht (?:verwenden|berücksichtigen))(?![\p{L}])/iu;
/** Words later in a sentence that set aside a figure before them: the forms above, or "… which ended 30 Nov". */
const SET_ASIDE_LATER = new RegExp(
  `${SET_ASIDE_IT.source}|(?<![\\p{L}])(?:(?:which |that )?(?:ended|expired|has expired|ran out)|scadut[oaie]|abgelaufen|expirée?s?|vencid[oa]s?|verlopen|udløbet|utløpt|utgått|wygasł[aoy]?|vypršel[aoy]?|lejárt|süresi dol(?:du|muş)|kedaluwarsa|hết hạn|expirat[ăe]?)(?![\\p{L}])`,
  'iu',
);

/**
 * Words later in a figure's sentence that say it no longer holds, about it and no other figure of its
 * unit: "El $812.50 que trae el layout es el salario anterior y ya no aplica", "the 840 mt in the
 * noon report came from flowmeter FM-2, which over-reads; disregard it", "the $3.00 in the ask is
 * SF-ENT-2026, which ended 30 Nov".
 */
function setAsideLater(sentence: string, q: Quantity): boolean {
  const after = sentence.slice(q.end, q.end + 90);
  const m = NO_LONGER_VALID.exec(after) ?? SET_ASIDE_LATER.exec(after) ?? ENDED_WORD.exec(after);
  if (!m || /[.!?](?:\s|$)/.test(after.slice(0, m.index))) return false;
  const between = after.slice(0, m.index);
  return q.unit === ''
    ? [...between.matchAll(BARE_ALONE)].length === 0
    : !quantitiesOf(between).some((x) => x.unit === q.unit);
}

/** Words right after a figure that put it in force from a day, in the languages teams write in. */
const IN_FORCE_FROM =
  /^\**\s+(?:since|as of|effective|starting|from|a partir del?|desde|à partir du|depuis|dès|ab|seit|dal|a partire dal)\s+\d/i;

/** "now" and "new" beyond English: "ny ETA 11.03. kl. 16:30", "neuer Wert", "nuevo plazo". */
const NOW_OTHER = new RegExp(
  `(?<![\\p{L}])(?:${NOW_WORDS}|ny|nye|nytt|neu|neue[rsn]?|nuev[oa]s?|nouve(?:au|lle)s?|nuov[oaie]|nov[aáéoýy]|nieuwe?|uusi|yeni|baru|mới|új|aktuell\\p{L}*|actual(?:es)?|attual[ei]|atua(?:l|is)|vigente|gjeldende|gällande|gældende|voimassa oleva|obowiązując\\p{L}*)(?![\\p{L}])`,
  'iu',
);

/** Words that move a thing to the figure after them: "rebooked to 14:20", "omgeboekt naar", "verschoben auf". */
const MOVED_TO_FIGURE =
  /(?<![\p{L}])(?:re-?booked|moved|rescheduled|reassigned|shifted|changed|omgeboekt|verplaatst|verschoven|umgebucht|verschoben|verlegt|reprogramad[oa]|reprogrammée?|déplacée?|spostat[oa]|przeniesion[aey]|flyttet|flyttad)\s+(?:to|naar|auf|nach|para|a|à|al|na|til|till)\s+(?:the\s+|de\s+|het\s+)?(?:\*\*)?\s*$/iu;

/** A figure written as the current one: bold, after "now" or "new" or "moved to", in force from a day, or inside a bold span. */
function markedCurrent(text: string, q: Quantity): boolean {
  const lead = text.slice(Math.max(0, q.at - 40), q.at);
  const line = text.slice(text.lastIndexOf('\n', q.at) + 1, q.at);
  return (
    /\*\*\s*$/.test(lead.slice(-4)) ||
    MOVED_TO_FIGURE.test(lead) ||
    NOW.test(lead) ||
    NOW_OTHER.test(lead) ||
    IN_FORCE_FROM.test(text.slice(q.end, q.end + 32)) ||
    (line.split('**').length - 1) % 2 === 1
  );
}

/** "150 l, not 120 l", "izmērs 17,5 (nevis 17)", "17,5 (17 değil)": a figure set against the one it replaces. */
function contrastsOf(text: string): Supersession[] {
  const found: Supersession[] = [];
  for (const sentence of sentencesOf(text))
    for (const c of contrastedFigures(sentence)) {
      // The new figure in a unit a reader knows ("1,200 L", "EUR 1.65m"), or bare.
      const q = quantitiesOf(sentence).find((x) => x.at <= c.currentAt && c.currentAt < x.end);
      const old = q && measured(c.oldText, c.oldUnit ?? q.unit);
      if (q && old && old.unit === q.unit && old.value !== q.value)
        found.push({
          old: old.value,
          current: q.value,
          unit: q.unit,
          label: [],
          sentence,
          ...(old.grouped !== undefined ? { oldGrouped: old.grouped } : {}),
        });
      else if (!q)
        found.push({
          old: c.old,
          current: c.current,
          unit: '',
          bare: true,
          ...(c.currentUnit ? { unitWord: c.currentUnit } : {}),
          label: [],
          sentence,
        });
    }
  return found;
}

/** A figure a source is said to go on giving: "the booking still says −18", "WMS still shows 1,200 kg". */
const STILL_SHOWS =
  /\bstill\s+(?:says|shows|lists|reads|has|gives|carries|states|quotes)\s+(?:the\s+|an?\s+)?(?:old\s+)?(?:[A-Za-z-]+\s+){0,2}?[−-]?(\d+(?:[.,]\d+)?)(?![.,]?\d)(?:\s?([A-Za-zµ%°]{1,5}))?/gi;
/**
 * A figure a source is said to give, set against what follows: "el portal dice 12 días pero hay un
 * ajuste", "the header shows 11.42 but addendum A-3 …".
 */
const SAYS_BUT =
  /(?<![\p{L}])(?:says|shows|lists|reads|dice|muestra|indica|marca|affiche|indique|zeigt|sagt|mostra|diz)\s+(?:the\s+|el\s+|la\s+)?[−-]?(\d+(?:[.,]\d+)?)(?![.,]?\d)(?:\s?(\p{L}{1,8}|%))?\s*,?\s+(?:but|pero|mais|aber|mas|ma|però)(?![\p{L}])/giu;
/** Words right before a figure that put it in force: "must be stored at **−25 °C", "changed → 40 kg", "Saldo vigente: 6 días". */
const IN_FORCE_FIGURE =
  /(?:(?<![\p{L}])(?:must be|to be|now|new|changed|revised|updated|amended|in force|from now on|going forward|vigente|actual|actualizad[oa]|corregid[oa]|nuev[oa]|em vigor|atual|en vigueur|actuel(?:le)?|aktuell|gültig|attuale|nuov[oa]|corrett[oa])(?![\p{L}])|→|->)[^.;\n]{0,28}$/iu;

/**
 * A figure a text says a source still gives ("The booking still says −18, it was made before the
 * change"), beside a figure of its kind the text puts in force ("must be stored at −25 °C or
 * colder"): the first is the old one. A bare figure takes the unit the text writes it with elsewhere.
 */
function stillShownFigures(text: string): Supersession[] {
  const still = /\bstill\s/i.test(text);
  const saysBut = [...text.matchAll(SAYS_BUT)];
  if (!still && saysBut.length === 0) return [];
  const quantities = quantitiesOf(text);
  const found: Supersession[] = [];
  for (const m of [...(still ? text.matchAll(STILL_SHOWS) : []), ...saysBut]) {
    const elsewhere = quantities.find(
      (q) => (q.at < m.index || q.at >= m.index + m[0].length) && measured(m[1]!, q.unit)?.value === q.value,
    );
    const old = m[2] ? measured(m[1]!, m[2]) : elsewhere && { value: elsewhere.value, unit: elsewhere.unit };
    const current =
      old &&
      quantities.find(
        (q) =>
          q.unit === old.unit &&
          q.value !== old.value &&
          IN_FORCE_FIGURE.test(text.slice(Math.max(0, q.at - 48), q.at)),
      );
    if (old && current)
      found.push({
        old: old.value,
        current: current.value,
        unit: old.unit,
        label: [],
        // From the figure said to the one in force: "dice 12 días pero … **Saldo vigente: 6 días".
        sentence: current.at > m.index ? text.slice(m.index, current.end) : m[0],
      });
  }
  return found;
}

/** Words that rule a value out: "09:30 slot … NOT usable", "Bay 4 unavailable", "the 6.6 kW layout cannot go on this plane". */
const RULED_OUT =
  /\b(?:not usable|unusable|not possible|not feasible|not available|unavailable|ruled out|cannot be used|can['’]t be used|not allowed|not permitted|cannot go (?:on|ahead|in)|can['’]t go (?:on|ahead|in)|(?:will|does|do) not fit|won['’]t fit|doesn['’]t fit|cannot be (?:installed|fitted|built|accommodated)|(?:do not|don['’]t|must not) use (?:it|this|that|them)\b|(?:must|should|is|are) not (?:to )?be used|not to be used)/i;

/**
 * A clock time or a figure a text rules out in its own clause ("09:30 slot from template T-FLAT-AM
 * NOT usable: 1.6 m under keel short"), with another value of its kind the text gives (the tide
 * window's "10:40"): a text that still gives the ruled-out one and none of the others uses it.
 */
function ruledOutValues(text: string): Supersession[] {
  if (!RULED_OUT.test(text)) return [];
  const found: Supersession[] = [];
  const kinds = [clocksIn(text), quantitiesOf(text)];
  for (const sentence of sentencesOf(text)) {
    const m = RULED_OUT.exec(sentence);
    if (!m) continue;
    // The clause the words end, where the text has it.
    const clause = sentence
      .slice(0, m.index)
      .split(/[;:,]\s/)
      .at(-1)!;
    const offset = text.indexOf(sentence);
    const [from, to] = [offset + m.index - clause.length, offset + m.index];
    for (const values of kinds) {
      // The last value of the clause that another value of its unit stands against ("the 2025
      // rate" is no figure of its own).
      for (const old of values.filter((q) => q.at >= from && q.end <= to).reverse()) {
        const current = values.find((q) => q.unit === old.unit && q.value !== old.value);
        if (!current) continue;
        found.push({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
        break;
      }
    }
  }
  return found;
}

/**
 * A figure a sentence says no longer holds, in its own clause right before the words ("o R$ 4,20 do
 * contrato original não vale mais"), replaced by the other figure of its unit the sentence gives
 * ("Preço vigente: R$ 3,85/kg").
 */
function noLongerValid(text: string): Supersession[] {
  if (!NO_LONGER_VALID.test(text)) return [];
  const found: Supersession[] = [];
  const sentences = sentencesOf(text);
  for (const [i, sentence] of sentences.entries()) {
    const m = NO_LONGER_VALID.exec(sentence);
    if (!m) continue;
    const quantities = quantitiesOf(sentence);
    // The last figure before the words that another figure of the sentence shares a unit with.
    const rival = (q: Quantity) =>
      quantities.find((o) => o !== q && o.unit === q.unit && o.value !== q.value);
    const old = quantities.filter((q) => q.end <= m.index && m.index - q.end <= 48 && rival(q)).at(-1);
    if (old && !/[.;:!?]/.test(sentence.slice(old.end, m.index))) {
      // The one marked current, in this sentence or the one before ("Restkvote **1 240 t**. Landingen
      // … (370 t) … 1 610 t stemmer ikke lenger"), else the sentence's other figure of the unit.
      // (Two sentences back, where a day's full stop split one: "Landingen i Måløy 02.02.")
      const previous = sentences.slice(Math.max(0, i - 2), i).join(' ');
      const marked =
        quantities.find(
          (q) => q !== old && q.unit === old.unit && q.value !== old.value && markedCurrent(sentence, q),
        ) ??
        quantitiesOf(previous).find(
          (q) => q.unit === old.unit && q.value !== old.value && markedCurrent(previous, q),
        );
      found.push({
        old: old.value,
        current: (marked ?? rival(old)!).value,
        unit: old.unit,
        label: [],
        sentence,
      });
      continue;
    }
    // A bare figure in that clause ("the 42,000 from Monday's sheet no longer applies") takes the
    // unit of the one figure of its size the sentence gives ("burn is down to 36,500 Dth").
    const clause = sentence
      .slice(Math.max(0, m.index - 48), m.index)
      .split(/[.;:!?]\s/)
      .at(-1)!;
    const bare = [
      ...clause.matchAll(/(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w.,]?\d)/g),
    ].at(-1);
    // (A figure whose word no other figure shares is bare: "the 1,012.50 bid lapsed".)
    if (!bare || quantities.some((q) => q.at === m.index - clause.length + bare.index && rival(q))) continue;
    const value = figureValue(bare[1]!);
    const sized = quantities.filter(
      (q) => q.value !== value && Math.max(q.value, value) <= 2 * Math.min(q.value, value),
    );
    if (sized.length === 1) {
      found.push({ old: value, current: sized[0]!.value, unit: sized[0]!.unit, label: [], sentence });
      continue;
    }
    if (sized.length > 0) continue;
    // Or the one bare figure of its size before it, counting things a reader knows no unit for
    // ("bloc réduit à 45 chambres/nuit … le bloc de 60 … ne vaut plus"): a bare figure, its word kept.
    const start = m.index - clause.length;
    const counted = [...sentence.slice(0, start).matchAll(BARE_COUNT)].filter((c) => {
      const n = Number(c[1]);
      return (
        n !== value &&
        Math.max(n, value) <= 2 * Math.min(n, value) &&
        !quantities.some((q) => q.at === c.index)
      );
    });
    if (counted.length === 1)
      found.push({
        old: value,
        current: Number(counted[0]![1]),
        unit: '',
        bare: true,
        unitWord: counted[0]![2]!.toLowerCase(),
        label: [],
        sentence,
      });
  }
  return found;
}

/** A whole number and the word it counts: "45 chambres", "12 seats" (not a date, time or code). */
const BARE_COUNT = /(?<![\w.,:/-])(\d{1,5})\s+(\p{L}{3,})/gu;

/** Clock times compare as minutes after midnight, in a unit of their own. */
export const CLOCK_UNIT = 'clock';
/** "04:10", "4h10", and the four digits of a Zulu or "hrs" time: "1730Z", "0840 UTC", "1400 hrs". */
const CLOCK = String.raw`(?<![\d:.])([01]?\d|2[0-3])(?:[:h]|(?=[0-5]\d\s?(?:Z|UTC|hrs)\b))([0-5]\d)(?![\d:])(?:\s?(?:Z|UTC|hrs)\b)?`;
const CLOCK_ALL = new RegExp(CLOCK, 'g');
/** "now 04:10 (was 02:40)", "04:10, previously 02:40", "moved from 02:40 to 04:10". */
const CLOCK_WAS = new RegExp(
  String.raw`${CLOCK}\**\s*(?:\(\s*|,\s*|[-–—]\s*)(?:was|previously|formerly|originally|instead of)\s+${CLOCK}`,
  'gi',
);
const CLOCK_FROM_TO = new RegExp(
  String.raw`\b(?:moved|changed|put back|brought forward|delayed|pushed(?: back)?|rescheduled|shifted)\b[^.;]{0,40}?\bfrom\s+${CLOCK}\s+to\s+${CLOCK}`,
  'gi',
);
const minutes = (h: string, m: string) => Number(h) * 60 + Number(m);
const clockMinutes = (clock: string) => {
  const [, h, m] = /(\d\d?)[:h]?(\d\d)/.exec(clock)!;
  return minutes(h!, m!);
};
/** "Departure 14:20 → 16:45": a time and its replacement, where the text says times changed. */
const CLOCK_ARROW = new RegExp(String.raw`${CLOCK}\s*(?:→|->|⇒)\s*${CLOCK}`, 'g');
/** A text that says times changed: "RETIMED", "rescheduled", "delayed", "schedule change". */
const RETIMED =
  /\b(?:retim|reschedul|delay|postpon|brought forward|moved|changed|schedule change|time change|new time)\w*/i;

function clockChangesOf(text: string): Supersession[] {
  if (!/\d[:h]\d\d|\d{4}\s?(?:Z|UTC|hrs)\b/.test(text)) return [];
  const found: Supersession[] = [];
  const retimed = RETIMED.test(text);
  // The clock times the text marks current, read once, where a time set aside needs them.
  let marked: number[] | undefined;
  const markedClocks = () =>
    (marked ??= clocksIn(text)
      .filter((q) => markedCurrent(text, q))
      .map((q) => q.value));
  for (const sentence of sentencesOf(text)) {
    const pair = (old: number, current: number) =>
      found.push({ old, current, unit: CLOCK_UNIT, label: [], sentence });
    for (const m of sentence.matchAll(CLOCK_WAS)) {
      // "1420Z (updated 22/01 2105Z, was 0600Z)": the note in brackets is about the time before
      // them; the one inside is when it was updated.
      const open = sentence.lastIndexOf('(', m.index);
      const noted =
        open >= 0 && !sentence.slice(open, m.index).includes(')')
          ? [...sentence.slice(Math.max(0, open - 24), open).matchAll(CLOCK_ALL)].at(-1)
          : undefined;
      const current = noted ? minutes(noted[1]!, noted[2]!) : minutes(m[1]!, m[2]!);
      pair(minutes(m[3]!, m[4]!), current);
    }
    for (const m of sentence.matchAll(CLOCK_FROM_TO)) pair(minutes(m[1]!, m[2]!), minutes(m[3]!, m[4]!));
    // (Without such words "09:00 → 17:00" is a span.)
    if (retimed)
      for (const m of sentence.matchAll(CLOCK_ARROW)) pair(minutes(m[1]!, m[2]!), minutes(m[3]!, m[4]!));
    for (const [old, current] of contrastedClocks(sentence)) pair(clockMinutes(old), clockMinutes(current));
    for (const [old, current] of clocksSetAside(sentence, markedClocks)) pair(old, current);
  }
  return found.filter((pair) => pair.old !== pair.current);
}

/** Words after a set-aside word that name what replaced it: "replaced by 23:40", "ersetzt durch …". */
// (The time they name, a word or two on: "replaced by the 23:40".)
const CLOCK_NAMED = new RegExp(String.raw`^\s*\S+\s+(?:\S+\s+)?${CLOCK}`);
const REPLACED_WITH = /^\s*(?:by|with|durch|af|av|med|con|par|por|przez|oleh|bằng|kautta)\s/i;

/**
 * A clock time set aside by words after it in its clause ("Katkosuunnitelman klo 22:00 on versio 2 ja
 * korvattu", "the 14:30 slot is cancelled"), replaced by the one clock time the text marks current
 * (in bold, after "now"), or by the time its replacement words name ("… replaced by 15:10"). A time
 * that bounds a span ("22:00–23:40") is not one: what is replaced there is what runs in the span.
 */
function clocksSetAside(sentence: string, markedClocks: () => readonly number[]): [number, number][] {
  if (!ENDED_WORD.test(sentence) && !NO_LONGER_VALID.test(sentence)) return [];
  const found: [number, number][] = [];
  for (const m of sentence.matchAll(CLOCK_ALL)) {
    const end = m.index + m[0].length;
    if (/[–—-]\s?$/.test(sentence.slice(0, m.index)) || /^\s?[–—-]\s?\d/.test(sentence.slice(end))) continue;
    const after = sentence.slice(end, end + 60);
    const w = ENDED_WORD.exec(after) ?? NO_LONGER_VALID.exec(after);
    if (!w) continue;
    const between = after.slice(0, w.index);
    // Said of the time itself, in a few words: not of an event at that time ("the sample at 07:40
    // (6.9) was haemolysed and is invalid"). Its day may stand between ("delle 9:15 del 16/06 soppressa").
    const words = between
      .replace(/(?<![\d.,])\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\.?(?![\d.,]\d)/g, ' ')
      .replace(/[*_]+/g, ' ');
    if (
      /[.!?;:(](?:\s|$)|[()]/.test(words) ||
      /\d[.,]?\d/.test(words) ||
      words.trim().split(/\s+/).length > 4
    )
      continue;
    const old = minutes(m[1]!, m[2]!);
    const rest = after.slice(w.index + w[0].length);
    if (REPLACED_WITH.test(rest)) {
      const named = CLOCK_NAMED.exec(rest);
      if (named) found.push([old, minutes(named[1]!, named[2]!)]);
      continue;
    }
    const marked = new Set(markedClocks().filter((value) => value !== old));
    if (marked.size === 1) found.push([old, [...marked][0]!]);
  }
  return found;
}

/** The clock times of a text as quantities in minutes. */
const clocksIn = (text: string): Quantity[] =>
  [...text.matchAll(CLOCK_ALL)].map((m) => ({
    value: minutes(m[1]!, m[2]!),
    unit: CLOCK_UNIT,
    at: m.index,
    end: m.index + m[0].length,
  }));

/** A passage that brings what came before up to date: "Update since then:", "UPDATE —", "Correction:". */
const UPDATE =
  /\b(?:update(?:d)?\s+since(?:\s+then)?|since then|update\s*[:—–-]|correction\s*[:—–-]|revised\s*[:—–-])/i;
const RESULTS =
  /\b(?:therefore|thus|hence|so|now|new|revised|corrected|updated|instead|becomes?|down to|up to)\b/i;
/** Words a figure's sentence names it by: four letters or more, not stop words. */
const labelWords = (sentence: string) =>
  new Set((sentence.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)).map(stem));

/**
 * A figure given before a passage that brings the message up to date ("Our 22 Oct working paper
 * flagged all 14 at €200,680.00. Update since then: … Flagged loss is therefore 13 payments,
 * €186,430.00"), restated after it in the same unit, in a sentence naming it by a word of its own
 * sentence, with another value of the same size: the first is the old one. A figure the update
 * repeats is still good.
 */
function restatedAfterUpdate(text: string): Supersession[] {
  const marker = UPDATE.exec(text);
  if (!marker) return [];
  const [earlier, later] = [text.slice(0, marker.index), text.slice(marker.index)];
  const found: Supersession[] = [];
  // Sentences that give a figure as the new one: "Flagged loss is therefore …", "now …".
  const laterQuantities = sentencesOf(later)
    .filter((sentence) => RESULTS.test(sentence))
    .flatMap((sentence) => quantitiesOf(sentence).map((q) => ({ q, words: labelWords(sentence), sentence })));
  for (const sentence of sentencesOf(earlier)) {
    const words = labelWords(sentence);
    for (const old of quantitiesOf(sentence)) {
      if (quantitiesOf(later).some((q) => q.unit === old.unit && q.value === old.value)) continue;
      const current = laterQuantities.find(
        ({ q, words: named }) =>
          q.unit === old.unit &&
          Math.max(q.value, old.value) <= 1.5 * Math.min(q.value, old.value) &&
          [...named].some((w) => words.has(w)),
      );
      if (current)
        found.push({
          old: old.value,
          current: current.q.value,
          unit: old.unit,
          label: [],
          sentence: current.sentence,
        });
    }
  }
  return found;
}

/** Any word or sign a supersession is written with; a result without one states none (a cheap test first). */
const OLD_CUE =
  /supersed|previous|former|original|initially|\bfirst (?:typed|said|gave|wrote|quoted|entered|stated|reported)\b|\b(?:was|were|earlier|old|not|no longer|instead|replac\w*|out of date|obsolete|from)\b|→|->/i;

/** "- was 11.62 on the order form", "(previously 11.62)": a bare figure said to be the old one, and the word after it. */
const WAS_BARE =
  /\b(?:was|previously|formerly|originally)\s+(\d+(?:[.,]\d+)?)(?![.,]?\d)(?:\s?([A-Za-zµ%°]{1,5}))?/gi;
/**
 * The figure a value was revised from, after it: "ZFW 64,210 kg — up from the 60,900 estimate",
 * "revised from the provisional 4.2 t". Grouped figures whole ("60,900"), the unit the current
 * value's if none. The old figure must be called an earlier reading of the same thing (an estimate,
 * the original): "up from 3.1 % in April" compares two periods, and neither is out of date.
 */
const MOVED_FROM =
  /\b(?:up|down|rising|risen|rose|falling|fallen|fell|increased|decreased|raised|lowered|revised|corrected|changed)\s+from\s+(?:the\s+|an?\s+|our\s+)?(?:(earlier|previous|original|old|initial|estimated|provisional|planned|booked|quoted|forecast)\s+)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![.,]?\d)(?:\s?([A-Za-zµ%°]{1,5})(?![\p{L}]))?(?:\s+(estimate|estimated|forecast|plan|planned|booking|quote|draft|figure|reading))?(?![\p{L}])/giu;

/** Keys of a record's plan and of what is in force now: `scheduled` beside `active`. */
const PLANNED = /^(?:scheduled|planned|original|booked|default|previous|old|initial)$/i;
const CURRENT = /^(?:active|current|actual|live|now|new|updated|in_use|effective|confirmed)$/i;

/**
 * A result giving a record's plan and what is in force now side by side, which differ:
 * `"scheduled": {"machine": "ARTHUR"}, "active": {"machine": "MERLIN"}`. Names only (a word or code of
 * three characters or more), field by field.
 */
function plannedVsCurrent(data: unknown, depth = 0): { field: string; old: string; current: string }[] {
  if (!data || typeof data !== 'object' || Array.isArray(data) || depth > 3) return [];
  const fields = Object.entries(data as Record<string, unknown>);
  const out: { field: string; old: string; current: string }[] = [];
  const plan = fields.find(([key]) => PLANNED.test(key))?.[1];
  const now = fields.find(([key]) => CURRENT.test(key))?.[1];
  const name = (value: unknown) =>
    typeof value === 'string' && /^[A-Za-z][\w-]{2,30}$/.test(value) && /[A-Z]/.test(value);
  if (plan && now && typeof plan === 'object' && typeof now === 'object')
    for (const [field, old] of Object.entries(plan as Record<string, unknown>)) {
      const current = (now as Record<string, unknown>)[field];
      if (name(old) && name(current) && old !== current)
        out.push({ field, old: old as string, current: current as string });
    }
  for (const [, value] of fields) out.push(...plannedVsCurrent(value, depth + 1));
  return out;
}

/** A key that gives a field's value in force, in the languages records are kept in: `hatalyos_pertargyertek_ft`. */
const IN_FORCE_KEY =
  /^(?:current|effective|latest|actual|valid|in_force|now|hatalyos|érvényes|ervenyes|aktualn\w*|aktuáln\w*|obowiazujac\w*|obowiązując\w*|platn\w*|vigente|aktuell\w*|gultig\w*|gültig\w*|actuel\w*|attuale|chinh_thuc)[_-](.+)$/i;

/** A key that is a version word, alone or before or after what it names: `previous`, `gecerli_pencere`, `window_cancelled`. */
function versionWord(key: string, words: RegExp): { rest: string } | undefined {
  if (words.test(key)) return { rest: '' };
  const parts = key.toLowerCase().split('_');
  for (let i = 1; i < parts.length; i++) {
    const [head, tail] = [parts.slice(0, i).join('_'), parts.slice(i).join('_')];
    if (words.test(head)) return { rest: tail };
    if (words.test(tail)) return { rest: head };
  }
  return undefined;
}

/** A field's value in force and an earlier one; `small` for a figure under 100, read only beside what it measures. */
interface InForce {
  field: string;
  old: string;
  current: string;
  small?: boolean;
}

/** A key that holds a whole earlier version of a record: `previous`, `sebelumnya`, `vorher`. */
const FORMER_WHOLE =
  /^(?:previous|prev|old|former|original|before|prior|superseded|cancell?ed|withdrawn|revoked|kyu|jiu|sebelumnya|lama|anterior|antigo|antiguo|alt|vorher|vorherige?|precedente|vorige|oud|tidligere|tidigare|poprzedni\w*|önceki|eski|iptal_edilen|korabbi|korábbi|visszavont|edellinen|forrige|ancien\w*|précédent\w*)$/i;
/** A key that holds the version in force: `current`, `berlaku`, `gültig`, `vigente`. */
const IN_FORCE_WHOLE =
  /^(?:current|effective|latest|actual|valid|in_force|now|berlaku|aktif|aktuell\w*|gültig|gultig|vigente|actuel\w*|attuale|hatályos|hatalyos|érvényes|ervenyes|obowiązując\w*|obowiazujac\w*|aktualn\w*|geçerli|gecerli|güncel|guncel|voimassa|gjeldende|gällande|huidig\w*|geldig)$/i;

/** A key that gives a field's earlier value: `previous_rate`, `tagihan_cod_sebelumnya`, `preis_alt`, `kyu_tesuryo` (旧). */
const FORMER_KEY_AFFIX =
  /^(?:previous|prev|old|former|original|before|kyu|jiu)_(.+)$|^(.+?)_(?:previous|prev|old|former|original|before|kyu|jiu|sebelumnya|lama|anterior|antigo|antiguo|alt|vorher|precedente|vorige|oud|tidligere|tidigare|poprzedni\w*|puvodni|predchozi)$/i;

/**
 * A result that gives a field's value in force under a key of its own (`hatalyos_pertargyertek_ft:
 * 23750000`) beside records that give the same field other values (the claim before its amendment,
 * `pertargyertek_ft: 18400000`): those are the old ones. Figures of three digits or more only. So is
 * an earlier value under a key of its own beside the field (`tagihan_cod_sebelumnya: 1250000`).
 */
function inForceVsEarlier(data: unknown): InForce[] {
  if (!data || typeof data !== 'object') return [];
  const found = new Map<string, Set<number>>();
  const inForce = new Map<string, number>();
  const out: InForce[] = [];
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > 6) return;
    if (Array.isArray(value)) out.push(...earlierReadings(value));
    const fields = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(fields)) {
      // A field's earlier value under a key of its own beside it: `tagihan_cod_sebelumnya` by `tagihan_cod`.
      const before = FORMER_KEY_AFFIX.exec(key);
      const base = before ? (before[1] ?? before[2])! : undefined;
      if (
        typeof item === 'number' &&
        Math.abs(item) >= 100 &&
        base &&
        typeof fields[base] === 'number' &&
        fields[base] !== item
      )
        out.push({ field: base, old: String(item), current: String(fields[base]) });
      // A former version of the record beside it: `previous_card: { rates_php: { "1-3kg": 110 } }`
      // against the record's own `rates_php: { "1-3kg": 120 }`, field by field.
      if (before && item && typeof item === 'object' && !Array.isArray(item))
        mirrored(item as Record<string, unknown>, fields, '', 0);
      // Two versions side by side, each under a key saying which: `sebelumnya: { harga_per_kg: 2781 }`
      // beside `berlaku: { harga_per_kg: 2874 }` (previous and in force).
      // Or with what they hold named after the word: `iptal_edilen_pencere` beside `gecerli_pencere`.
      const former = versionWord(key, FORMER_WHOLE);
      if (former && item && typeof item === 'object' && !Array.isArray(item)) {
        const current = Object.entries(fields).find(([other]) => {
          const word = versionWord(other, IN_FORCE_WHOLE);
          return word !== undefined && word.rest === former.rest;
        })?.[1];
        if (current && typeof current === 'object' && !Array.isArray(current))
          mirrored(item as Record<string, unknown>, current as Record<string, unknown>, '', 0);
        // The earlier version inside the record it was replaced in: `{ kuota_ton_per_hari: 85,
        // sebelumnya: { kuota_ton_per_hari: 60 } }`, small figures too (said with what they measure).
        else if (former.rest === '') mirrored(item as Record<string, unknown>, fields, '', 0, true);
      }
    }
    for (const [key, item] of Object.entries(fields)) {
      if (typeof item === 'number') {
        const base = IN_FORCE_KEY.exec(key)?.[1];
        if (base) inForce.set(base.toLowerCase(), item);
        else found.set(key.toLowerCase(), (found.get(key.toLowerCase()) ?? new Set()).add(item));
      } else visit(item, depth + 1);
    }
  };
  function mirrored(
    former: Record<string, unknown>,
    now: Record<string, unknown>,
    path: string,
    depth: number,
    small = false,
  ) {
    if (depth > 4) return;
    for (const [key, old] of Object.entries(former)) {
      const current = now[key];
      if (
        typeof old === 'number' &&
        typeof current === 'number' &&
        old !== current &&
        (Math.abs(old) >= 100 || (small && old > 0))
      )
        out.push({
          field: `${path}${key}`,
          old: String(old),
          current: String(current),
          ...(Math.abs(old) < 100 ? { small: true } : {}),
        });
      // A moment (a window's start or end): `"2027-03-14T09:00+03:00"` against `"2027-03-15T22:00+03:00"`.
      else if (
        typeof old === 'string' &&
        typeof current === 'string' &&
        old !== current &&
        ISO_TIME.test(old) &&
        ISO_TIME.test(current)
      )
        out.push({ field: `${path}${key}`, old, current });
      else if (old && current && typeof old === 'object' && typeof current === 'object')
        mirrored(
          old as Record<string, unknown>,
          current as Record<string, unknown>,
          `${path}${key}.`,
          depth + 1,
          small,
        );
    }
  }
  visit(data, 0);
  out.push(...historyValues(data as Record<string, unknown>));
  for (const [field, current] of inForce)
    for (const old of found.get(field) ?? [])
      if (old !== current && Math.abs(old) >= 100)
        out.push({ field, old: String(old), current: String(current) });
  return out;
}

/** A key holding when a reading was taken: `at`, `timestamp`, `measured_at`. */
const TAKEN_AT =
  /^(?:at|time|timestamp|ts|datetime|date_time|taken_at|measured_at|recorded_at|read_at|as_of|reading_time)$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * Readings of one thing taken at different times (`[{ at: "…T09:00", e_float: 612000 }, { at:
 * "…T14:05", e_float: 184500 }]`): the latest one's figures are current, each earlier one's old.
 */
function earlierReadings(list: readonly unknown[]): InForce[] {
  if (list.length < 2 || list.length > 200) return [];
  const rows = list.filter(
    (row): row is Record<string, unknown> => !!row && typeof row === 'object' && !Array.isArray(row),
  );
  if (rows.length !== list.length) return [];
  const timeKey = Object.keys(rows[0]!).find((key) => TAKEN_AT.test(key));
  if (
    !timeKey ||
    !rows.every((row) => typeof row[timeKey] === 'string' && ISO_TIME.test(row[timeKey] as string))
  )
    return [];
  const times = rows.map((row) => Date.parse(row[timeKey] as string));
  if (times.some(Number.isNaN) || new Set(times).size !== times.length) return [];
  const latest = rows[times.indexOf(Math.max(...times))]!;
  const out: InForce[] = [];
  for (const [field, current] of Object.entries(latest)) {
    if (typeof current !== 'number') continue;
    for (const row of rows)
      if (
        row !== latest &&
        typeof row[field] === 'number' &&
        row[field] !== current &&
        Math.abs(row[field] as number) >= 100
      )
        out.push({ field, old: String(row[field]), current: String(current) });
  }
  return out;
}

const inForce = new WeakMap<object, InForce[]>();
/** A call's result's values in force against earlier ones, read once per call. */
function inForceOf(call: { result?: unknown }): InForce[] {
  const known = inForce.get(call);
  if (known) return known;
  const found = inForceVsEarlier(parsedResult(call.result, 20_000));
  inForce.set(call, found);
  return found;
}

/** A key that holds a record's past versions: `history`, `historia`, `Verlauf`, `storico`. */
const HISTORY_KEY =
  /^(?:history|historia|historie|historik|historikk|historique|historico|histórico|storico|verlauf|geschichte|geçmiş|riwayat|lich_su|előzmények|elozmenyek|previous_versions|past_versions|earlier_versions|superseded)$/i;

/**
 * The figures a result gives only under its record's history (`"historia": [{"do": "2026-08-31",
 * "franszyza_redukcyjna_pln": 500}]` beside the terms in force, `udzial_wlasny: {procent: 10, …}`):
 * past values, which the record in force no longer holds. Figures of three digits or more.
 */
function historyValues(data: Record<string, unknown>): { field: string; old: string; current: string }[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const numbers = (value: unknown, out: [string, number][], key = '', depth = 0): [string, number][] => {
    if (depth > 6 || value === null || value === undefined) return out;
    if (typeof value === 'number') out.push([key, value]);
    else if (typeof value === 'object')
      for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value))
        numbers(v, out, typeof k === 'number' ? key : k, depth + 1);
    return out;
  };
  const out: { field: string; old: string; current: string }[] = [];
  const entries = Object.entries(data);
  for (const [key, past] of entries) {
    if (!HISTORY_KEY.test(key) || !past || typeof past !== 'object') continue;
    const now = new Set(
      entries.filter(([k]) => k !== key).flatMap(([, v]) => numbers(v, []).map(([, n]) => n)),
    );
    for (const [field, value] of numbers(past, []))
      if (Math.abs(value) >= 100 && !now.has(value) && !(value >= 1900 && value <= 2100))
        out.push({ field, old: String(value), current: 'other terms' });
  }
  return out;
}

/** Whether a sentence says what a field measures: one of its words, or its unit after "per" ("/kg"). */
function measures(sentence: string, field: string): boolean {
  const words = field
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4 && !STOP.has(w));
  const lower = sentence.toLowerCase();
  if (words.some((w) => new RegExp(`(?<![\\p{L}])${w}`, 'u').test(lower))) return true;
  const unit = /per_([a-z]+)$/.exec(field.toLowerCase())?.[1];
  return unit !== undefined && new RegExp(`/\\s?${unit}(?![a-z])`).test(lower);
}

/** Whether a text names a figure (any grouping) or a moment (its time of day, or its day). */
function namesValue(text: string, value: string): boolean {
  if (!ISO_TIME.test(value)) return statesGrouped(text, value);
  return namesTime(text, value.slice(11, 16)) || namesDay(text, value.slice(0, 10));
}
const namesTime = (text: string, time: string) => new RegExp(`(?<![\\d:])${time}(?![\\d])`).test(text);
const namesDay = (text: string, day: string) =>
  text.includes(day) || findDates(text).some((d) => d.value === day) || mentionsDay(text, day);

/**
 * The sentence of a text that uses an old value and never the one in force: a figure, or a moment
 * by its day where the days differ ("2027-03-14T08:30" for a window moved to the 15th) and by its
 * time of day where they do not.
 */
function namesOldValue(text: string, r: InForce): string | undefined {
  const { old, current } = r;
  if (r.small) {
    // A small figure is the field's only beside what it measures: "Kuota harian 60 ton", "11.0円/kg".
    const said = namesOldFigure(text, old, current);
    return said && measures(said, r.field) ? said : undefined;
  }
  if (!ISO_TIME.test(old) || !ISO_TIME.test(current)) return namesOldFigure(text, old, current);
  const [oldDay, day] = [old.slice(0, 10), current.slice(0, 10)];
  const [oldTime, time] = [old.slice(11, 16), current.slice(11, 16)];
  if (namesTime(text, time) || (oldDay !== day && namesDay(text, day))) return undefined;
  return sentencesOf(text).find((sentence) =>
    oldDay !== day ? namesDay(sentence, oldDay) : namesTime(sentence, oldTime),
  );
}

/** A text that gives a figure as written in a call (`18400000`) and never the one in force. */
function namesOldFigure(text: string, old: string, current: string): string | undefined {
  if (statesGrouped(text, current)) return undefined;
  const figure = groupedFigure(old);
  return sentencesOf(text).find((sentence) => {
    const m = figure.exec(sentence);
    if (!m) return false;
    // Named as the old one: "was 200", "v3.1의 200 mg에서 변경" (changed from 200 mg).
    const before = sentence.slice(Math.max(0, m.index - 24), m.index);
    const after = sentence.slice(m.index + m[0].length).replace(UNIT_BEFORE_PARTICLE, '');
    return !STRONG_OLD.test(before) && !WEAK_OLD.test(before) && !CHANGED_FROM_AFTER.test(after.slice(0, 24));
  });
}

/** "Supersedes rev 4 (SWP 10.0 bar)": the values of the version a text says it replaces. */
const SUPERSEDED_VERSION =
  /\bsupersed(?:es|ing)\s+(?:rev(?:ision)?|v(?:ersion)?|issue|edition)\.?\s*[\w.-]{1,6}\s*\(([^)]{1,60})\)/gi;
/**
 * "v1 (+2.0 °C chilled, 25 CBM/h) is superseded", "Rev A from last night (…, 640 properties) is
 * replaced by it": a version's figures, said to be replaced.
 */
const VERSION_SUPERSEDED =
  /\b(?:rev(?:ision)?|v(?:ersion)?|issue|edition)\.?\s*[\w.-]{1,6}(?:\s+[a-z]+){0,4}\s*\(([^)]{1,80})\)\s*(?:is|was|are|were|has been|have been)\s+(?:now\s+)?(?:superseded|obsolete|out of date|outdated|no longer valid|withdrawn|replaced(?=\s+by\b)|revoked|rescinded|cancell?ed)\b/gi;
/** Words right before a value that set it: "REDUCED TO 8.5 bar", "now 8.5 bar", "reset at 8.5 bar". */
const SET_TO =
  /(?:\b(?:reduc|rais|lower|increas|decreas|chang|revis|amend|updat|reset|re-rat|derat|set)\w*\s+(?:to|at)|\bnow)\s*:?\s*$/i;

/**
 * A revised document's values against the version it replaces: "SAFE WORKING PRESSURE REDUCED TO
 * 8.5 bar. … Supersedes rev 4 (SWP 10.0 bar)". The old value is in the replaced version's brackets,
 * the current one is the same unit's value the text sets elsewhere.
 */
function supersededVersionValues(text: string): Supersession[] {
  if (
    !/supersed|obsolete|out of date|outdated|no longer valid|withdrawn|replaced|revoked|rescinded|cancell?ed/i.test(
      text,
    )
  )
    return [];
  const out: Supersession[] = [];
  for (const m of text.matchAll(SUPERSEDED_VERSION)) {
    const set = quantitiesOf(text).filter(
      (q) =>
        (q.at < m.index || q.at >= m.index + m[0].length) &&
        SET_TO.test(text.slice(Math.max(0, q.at - 32), q.at)),
    );
    for (const old of quantitiesOf(m[1]!)) {
      const current = set.find((q) => q.unit === old.unit && q.value !== old.value);
      if (current)
        out.push({ old: old.value, current: current.value, unit: old.unit, label: [], sentence: m[0] });
    }
  }
  // "v1 (+2.0 °C chilled, 25 CBM/h) is superseded": the version's figures against the one figure of
  // each unit the text gives outside it.
  for (const m of text.matchAll(VERSION_SUPERSEDED)) {
    const outside = (q: Quantity) => q.at < m.index || q.at >= m.index + m[0].length;
    const measures = quantitiesOf(m[1]!);
    // Counts too ("640 properties" against the one other count of properties).
    const counts = countsIn(m[1]!).filter((c) => !measures.some((q) => q.at === c.at));
    for (const [olds, all] of [
      [measures, quantitiesOf(text)],
      [counts, countsIn(text)],
    ] as const)
      for (const old of olds) {
        const others = new Set(all.filter((q) => outside(q) && q.unit === old.unit).map((q) => q.value));
        const [current] = others;
        if (others.size === 1 && current !== old.value)
          out.push({ old: old.value, current: current!, unit: old.unit, label: [], sentence: m[0] });
      }
  }
  return out;
}

/** "Perpetual was 212, adjusted −176 to 36": a bare figure and the one a change set it to. */
const ADJUSTED_BARE =
  /\b(?:was|were|showed|previously)\s+(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\d)(?!\s?(?:%|[A-Za-zµ°]))\s*[,;(]?\s*(?:now\s+)?(?:adjusted|corrected|changed|reduced|lowered|raised|increased|revised|updated|reset|written (?:down|up)|cut)\b[^.;:\d]{0,4}(?:[−+-]?\d[\d,]*\s+)?to\s+\**(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\d)(?!\s?(?:%|[A-Za-zµ°]))/gi;

/** "GPA is now **3.38** (was 3.71 on v1 …)": a bare figure, then the one it replaced, neither in a unit. */
const NOW_WAS_BARE =
  /\bnow\s+\**(\d+(?:\.\d+)?)\**(?![\d.,]*\d)\s*[(,;]\s*(?:it\s+)?was\s+(\d+(?:\.\d+)?)(?![\d.,]*\d)(?:\s?([A-Za-zµ%°]+))?/gi;

/** Bare figures a text says were changed to others: read as bare figures anywhere. */
function adjustedBare(text: string): Supersession[] {
  if (!/\b(?:was|were|showed|previously)\s+\d/i.test(text)) return [];
  const found: Supersession[] = [];
  for (const sentence of sentencesOf(text)) {
    for (const m of sentence.matchAll(ADJUSTED_BARE)) {
      const [old, current] = [Number(m[1]!.replace(/,/g, '')), Number(m[2]!.replace(/,/g, ''))];
      if (old !== current) found.push({ old, current, unit: '', bare: true, label: [], sentence });
    }
    for (const m of sentence.matchAll(NOW_WAS_BARE)) {
      // A figure in a unit ("now 64 t, was 58 t") is read with it elsewhere.
      if (m[3] && measured(m[2]!, m[3])) continue;
      const after = sentence.slice(m.index + m[0].length - (m[3]?.length ?? 0));
      if (/^\s?[%°]/.test(after)) continue;
      const [old, current] = [Number(m[2]!), Number(m[1]!)];
      if (old !== current) found.push({ old, current, unit: '', bare: true, label: [], sentence });
    }
  }
  return found;
}

/** Figures in brackets said to be withdrawn: "The January list (urea ₦38,500) was withdrawn on 2 Mar". */
const BRACKET_WITHDRAWN =
  /((?:[\p{L}-]+\s+){0,2})\(([^()]{1,60})\)\s*(?:is|was|are|were|has been|have been)\s+(?:now\s+)?(?:withdrawn|superseded|revoked|rescinded|obsolete|void(?:ed)?|no longer valid|out of date)(?![\p{L}])/giu;
const BARE_NUMBER = /(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w]|[.,]\d)/g;

/**
 * A figure a text gives in brackets beside what it names and says was withdrawn ("The January list
 * (urea ₦38,500) was withdrawn"), against the one figure of its size the text gives elsewhere on a
 * line naming the same thing ("| Urea 50 kg | 44,200 |"): the bracketed one is old.
 */
function withdrawnInBrackets(text: string): Supersession[] {
  if (!/withdrawn|supersed|revoked|rescinded|obsolete|void|no longer valid|out of date/i.test(text))
    return [];
  const found: Supersession[] = [];
  for (const m of text.matchAll(BRACKET_WITHDRAWN)) {
    const words = labelWords(`${m[1]} ${m[2]}`);
    if (words.size === 0) continue;
    // Other sentences only: "(budget €40,000) was withdrawn; a new budget of €42,000 went to IT" is another budget.
    const own = sentencesOf(text).find((sentence) => sentence.includes(m[0])) ?? m[0];
    const at = text.indexOf(own);
    const elsewhere =
      at < 0 ? text.replace(m[0], '\n') : `${text.slice(0, at)}\n${text.slice(at + own.length)}`;
    for (const old of quantitiesOf(m[2]!)) {
      const values = new Set<number>();
      for (const line of elsewhere.split('\n').flatMap((l) => sentencesOf(l))) {
        if (![...labelWords(line)].some((w) => words.has(w))) continue;
        const measured = quantitiesOf(line);
        const figures = [
          ...measured.filter((q) => q.unit === old.unit).map((q) => q.value),
          ...[...line.matchAll(BARE_NUMBER)]
            .filter((n) => !measured.some((q) => n.index >= q.at && n.index < q.end))
            .map((n) => Number(n[1]!.replace(/,/g, ''))),
        ];
        for (const value of figures)
          if (value !== old.value && Math.max(value, old.value) <= 1.5 * Math.min(value, old.value))
            values.add(value);
      }
      const [current] = values;
      if (values.size === 1)
        found.push({ old: old.value, current: current!, unit: old.unit, label: [], sentence: m[0] });
    }
  }
  return found;
}

/**
 * A record's bare figure given with the one it replaced: "WIL-LT2 118 (was 180 until 14/09)",
 * "Wilkins LT2 is down to 118 fixed seats (it was 180)", "Pump P4: 36, was 42", "plan S4 at 12.0, not 13.1". The record is the
 * identifier before the figure; a text that later gives that record the old figure uses it.
 */
function bareRecordChangesOf(text: string): Supersession[] {
  if (!/\b(?:was|previously|formerly|down from|up from|not|rather than|instead of)\s+\d/i.test(text))
    return [];
  const found: Supersession[] = [];
  for (const sentence of sentencesOf(text))
    for (const m of sentence.matchAll(BARE_CHANGE)) {
      const [current, old] = [Number(m[2]!.replace(',', '.')), Number(m[3]!.replace(',', '.'))];
      if (current === old || /^(?:19|20)\d\d$/.test(m[3]!)) continue;
      const id = m[1]!.toLowerCase();
      const last = id.split('-').at(-1)!;
      const subject = last !== id && /\d/.test(last) && /[a-z]/.test(last) ? [id, last] : [id];
      found.push({ old, current, unit: '', subject, label: [], sentence });
    }
  return found;
}

/** A counted field, its figure and the one it replaced: "| covers | **165** (client email — was 220) |", "seats: 118 (was 180)". */
const FIELD_CHANGE =
  /\b([A-Za-z]{3,}s)\s*[:|=]?\s*\|?\s*\**(\d{1,3}(?:,\d{3})+|\d+)\**(?![.,]?\d)[^()\n|]{0,20}\([^()\n]*?\b(?:was|previously|formerly|down from|up from)\s+(\d{1,3}(?:,\d{3})+|\d+)(?![.,]?\d)/gi;

/**
 * A count given under its field's name (a plural noun) with the count it replaced, in a
 * parenthesis: the old count, used afterwards with that noun ("220 covers"), is stale.
 */
function fieldCountChangesOf(text: string): Supersession[] {
  if (!/\b(?:was|previously|formerly|down from|up from)\s+\d/i.test(text)) return [];
  const found: Supersession[] = [];
  for (const m of text.matchAll(FIELD_CHANGE)) {
    const noun = m[1]!.toLowerCase();
    if (STOP.has(noun)) continue;
    const [current, old] = [Number(m[2]!.replace(/,/g, '')), Number(m[3]!.replace(/,/g, ''))];
    if (current === old || /^(?:19|20)\d\d$/.test(m[3]!)) continue;
    found.push({ old, current, unit: `#${stem(noun)}`, label: [], sentence: m[0] });
  }
  return found;
}

/** Where a text gives a record (by its identifier) a bare figure: the figures within a few words after it. */
/** Words between a record and its figure that give the figure as its old one ("LT2, formerly 180"). */
const OLD_SPAN = /\b(?:was|were|previously|formerly|originally|used to|old|earlier|down from|up from)\b/i;

function figuresOfRecord(
  text: string,
  subject: readonly string[],
): { value: number; at: number; span: string }[] {
  const lower = text.toLowerCase();
  const out: { value: number; at: number; span: string }[] = [];
  for (const key of subject)
    for (const m of lower.matchAll(new RegExp(`(?<![\\w-])${key.replace(/[-]/g, '\\-')}(?![\\w-])`, 'g'))) {
      const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const figure = /^[^;\n\d]*?(?<![\w.,:/-])(\d+(?:[.,]\d+)?)(?![.,]?\d)/.exec(after);
      if (figure)
        out.push({
          value: Number(figure[1]!.replace(',', '.')),
          at: m.index,
          span: after.slice(0, figure.index + figure[0].length),
        });
    }
  return out;
}

/**
 * A record's old figure in a call's arguments: an object naming the record (`{ silo: 'S4', protein:
 * 13.1 }`) with the old figure and not the current one; otherwise the arguments read as text.
 */
function recordInArgs(args: unknown, s: Supersession): string | undefined {
  const names = s.subject ?? s.record ?? [];
  const isOld = (v: unknown) =>
    typeof v === 'number' && (s.record ? isFigure({ value: v }, s.old, s.oldGrouped) : v === s.old);
  const isCurrent = (v: unknown) =>
    typeof v === 'number' &&
    (s.record ? isFigure({ value: v }, s.current, s.currentGrouped) : v === s.current);
  let used: string | undefined;
  const visit = (value: unknown, depth: number) => {
    if (used || depth > 8 || !value || typeof value !== 'object') return;
    const entries = Array.isArray(value) ? [] : Object.entries(value as Record<string, unknown>);
    const named = entries.some(([, v]) => typeof v === 'string' && names.includes(v.trim().toLowerCase()));
    const figures = entries.filter(([, v]) => typeof v === 'number');
    const old = figures.find(([, v]) => isOld(v));
    if (named && old && !figures.some(([, v]) => isCurrent(v))) used = `${old[0]}: ${old[1]}`;
    // Keyed by the record: `{ O3: [1465, 1430] }`.
    for (const [key, v] of entries) {
      const list = Array.isArray(v) ? v : [v];
      if (!used && names.includes(key.toLowerCase()) && list.some(isOld) && !list.some(isCurrent))
        used = `${key}: ${JSON.stringify(v)}`;
    }
    for (const item of Array.isArray(value) ? value : entries.map(([, v]) => v)) visit(item, depth + 1);
  };
  visit(args, 0);
  return used ?? statesOld(deedText(args), s);
}

/** Counts of things: "13 lots", "41,300 sets", "38 consignees" (the noun stemmed, as the unit `#lot`). */
export function countsIn(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(/(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+|\d+)\s+(\p{L}{3,})(?![\p{L}\d])/gu)) {
    const noun = m[2]!.toLowerCase();
    if (STOP.has(noun)) continue;
    out.push({
      value: Number(m[1]!.replace(/,/g, '')),
      unit: `#${stem(noun)}`,
      at: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** An adjective that makes the thing it names the earlier one, before a figure: "the old rate of KES 22.00". */
/** Adjectives that name a thing as the earlier one: "old", "previous", "tidligere". */
const OLD_ADJECTIVE = String.raw`old|previous|former|earlier|prior|alte[nrs]?|vorherige[nrs]?|frühere[nrs]?|ancien(?:ne)?|précédente?|vorige|oude|gamle|gamla|tidligere|tidigare|poprzedni\p{L}*|dawn\p{L}*|önceki|eski`;
const OLD_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:${OLD_ADJECTIVE})\s+(\p{L}{3,})(?:\s+\p{L}{2,}){0,2}\s*(?:of|was|is|at|:|=|von|de|du|van|på|w wysokości)?\s*\**\s*$`,
  'iu',
);
/** Words that make a figure the one in force: "Rate in force for November", "current rate", "effective 1 Nov". */
const IN_FORCE_NAMED =
  /(?<![\p{L}])(?:in force|current(?:ly)?|now|new|effective|applies|applicable|gilt|geltende?|aktuell\p{L}*|en vigueur|vigente|geldend|huidige?|gjeldende|gällande|obowiązując\p{L}*|geçerli)(?![\p{L}])/iu;

/**
 * A figure its sentence names as the old one of a thing ("The old rate of KES 22.00 applies to
 * deliveries up to 31 Oct only") beside the one figure in that unit of another sentence that names
 * the thing in force ("Rate in force for November 2026: KES 24.00 per kg"): the old one is replaced.
 */
function oldNamedBesideInForce(text: string): Supersession[] {
  if (!OLD_NAMED_CUE.test(text)) return [];
  const sentences = sentencesOf(text);
  const found: Supersession[] = [];
  for (const sentence of sentences)
    for (const old of quantitiesOf(sentence)) {
      const named = OLD_NAMED.exec(sentence.slice(Math.max(0, old.at - 48), old.at));
      const thing = named?.[1]?.toLowerCase();
      if (!named || !thing) continue;
      const root = thing.slice(0, Math.max(4, thing.length - 2));
      const currents = sentences.flatMap((other) =>
        other !== sentence && IN_FORCE_NAMED.test(other) && other.toLowerCase().includes(root)
          ? quantitiesOf(other).filter((q) => q.unit === old.unit && q.value !== old.value)
          : [],
      );
      if (new Set(currents.map((q) => q.value)).size !== 1) continue;
      // (Its label is what names it old, "old rate": a text naming the thing alone may give either.)
      const label = named[0].trim().split(/\s+/).slice(0, 2).join(' ').toLowerCase();
      found.push({ old: old.value, current: currents[0]!.value, unit: old.unit, label: [label], sentence });
    }
  return found;
}
const OLD_NAMED_CUE = new RegExp(String.raw`(?<![\p{L}])(?:${OLD_ADJECTIVE})\s`, 'iu');

/**
 * A record's counts in an earlier version, in a sentence that marks them earlier ("v1's 22A07–22A19
 * was 13 lots / 38 consignees"), beside the same counts in another sentence that does not ("25 lots,
 * 41,300 sets, 63 consignees"): each old count is replaced by the current one of its noun. Two
 * counts at least, as for `unlabelledOldFields`: one alone may be another thing counted.
 */
function earlierCountsOf(text: string): Supersession[] {
  const sentences = sentencesOf(text);
  const found: Supersession[] = [];
  for (const sentence of sentences) {
    const marker = [...sentence.matchAll(EARLIER)][0];
    if (!marker) continue;
    const olds = countsIn(sentence.slice(marker.index));
    if (olds.length < 2) continue;
    const pairs: Supersession[] = [];
    for (const old of olds)
      for (const other of sentences) {
        if (other === sentence || EARLIER_IN.test(other)) continue;
        // One count of the noun, another than the old: several are a list (urban 20 min, rural 30 min), no version.
        const same = countsIn(other).filter((q) => q.unit === old.unit);
        const current = same.length === 1 && same[0]!.value !== old.value ? same[0] : undefined;
        if (!current) continue;
        pairs.push({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
        break;
      }
    if (pairs.length >= 2) found.push(...pairs);
  }
  return found;
}

/** A sentence that ends by calling what it spoke of out of date: "… 6.4 m aft was before the flooding — superseded." */
const ENDS_SUPERSEDED =
  /(?:—|–|-|:|,|;|\bis|\bare|\bwas|\bnow|\d\s?[A-Za-zµ%°]{1,5})\s*(?:superseded|out of date|outdated|obsolete|no longer valid|no longer current)\s*[.!)]*\s*$/i;

/** The words next to a figure, within its clause ("AFT 7.9 m", "6.4 m aft"): what it is a figure of. */
function wordsAround(sentence: string, q: Quantity): Set<string> {
  const before = /([A-Za-z]{3,})\s*:?\s*$/.exec(sentence.slice(Math.max(0, q.at - 20), q.at))?.[1];
  const after = /^\s*([A-Za-z]{3,})/.exec(sentence.slice(q.end, q.end + 20))?.[1];
  return new Set(
    [before, after].filter((w): w is string => !!w && !STOP.has(w.toLowerCase())).map((w) => w.toLowerCase()),
  );
}

/**
 * A figure in a sentence that ends by calling it superseded ("Master's 05:10 figure of 6.4 m aft
 * was before the flooding was found — superseded."), replaced by the figure of the same thing in
 * the same unit the sentence before gives ("AFT 7.9 m").
 */
function supersededAfterwards(text: string): Supersession[] {
  if (!/superseded|out of date|outdated|obsolete|no longer (?:valid|current)/i.test(text)) return [];
  const sentences = sentencesOf(text);
  const found: Supersession[] = [];
  for (const [i, sentence] of sentences.entries()) {
    if (!ENDS_SUPERSEDED.test(sentence)) continue;
    const olds = quantitiesOf(sentence);
    if (olds.length !== 1) continue;
    const old = olds[0]!;
    const about = wordsAround(sentence, old);
    for (const previous of sentences.slice(Math.max(0, i - 2), i).reverse()) {
      // The same thing's figure, or (where nothing names the old one) the figure marked current.
      const current = quantitiesOf(previous).find(
        (q) =>
          q.unit === old.unit &&
          q.value !== old.value &&
          (about.size === 0
            ? NOW.test(previous.slice(Math.max(0, q.at - 16), q.at))
            : [...wordsAround(previous, q)].some((w) => about.has(w))),
      );
      if (!current) continue;
      found.push({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
      break;
    }
  }
  return found;
}

/** Words that void a figure in its own clause: "the 3.20 nm/s figure … is void from PM close". */
const VOIDS =
  /\b(?:void(?:ed)?|invalid(?:ated)?|superseded|obsolete|no longer (?:valid|current|applies)|understated|overstated|reads? (?:low|high)|(?<!(?:nothing|not|never|n['’]t)\s+(?:\w+\s+)?)(?:wrong|incorrect|inaccurate|erroneous))\b/i;
/** A figure given as a slip of recording: "a keying error", "elírás", "Tippfehler", "překlep". */
const MISRECORDED =
  /(?<![\p{L}])(?:typo|misprint|mis-?keyed|mistyped|keying error|(?:data[- ]entry|transcription|recording|input) error|elírás|elírt|rögzítési hiba|Tippfehler|Schreibfehler|Eingabefehler|Übertragungsfehler|erreur de (?:saisie|frappe|transcription)|faute de frappe|error de (?:digitación|tipeo|transcripción|captura)|erro de (?:digitação|transcrição)|errore di (?:battitura|trascrizione)|typfout|tikfout|invoerfout|literówk\p{L}*|błąd (?:zapisu|wpisu)|překlep|chyba (?:zápisu|přepisu)|skrivfel|inmatningsfel|tastefejl|slåfeil|näppäilyvirhe|yazım hatası|опечатк\p{L}*)(?![\p{L}])/iu;
const voids = (text: string) => VOIDS.test(text) || MISRECORDED.test(text);

/** Words right before a figure that give it as the one to work with: "Plan on 6.27 MW", "use 2.85 nm/s". */
const USE_THIS =
  /\b(?:plan (?:on|with)|use|take|go with|work with|correct(?:ed)? (?:value|figure)|actual|true)\b[^.;\d]{0,12}$/i;

/**
 * A clause that voids its one figure ("the 3.20 nm/s figure predates the swap and is void", "the
 * historian value of 4.18 MW is understated"), where another clause of its sentence, or the sentence
 * before or after, gives the same unit's figure marked current ("the rate is now **2.85 nm/s**",
 * "Plan on 6.27 MW").
 */
function voidedInClause(text: string): Supersession[] {
  if (!voids(text)) return [];
  const found: Supersession[] = [];
  const sentences = sentencesOf(text);
  for (const [i, sentence] of sentences.entries()) {
    const clauses = sentence.split(/;|\s[—–]\s/);
    for (const clause of clauses) {
      if (!voids(clause)) continue;
      // A slip and the figure it should have been, marked, in one clause: "the 4 812 m³ is a keying
      // error: the photo shows **4 281 m³**".
      if (MISRECORDED.test(clause)) {
        const all = quantitiesOf(clause);
        const marked = all.filter((q) => markedCurrent(clause, q));
        const plain = all.filter((q) => !markedCurrent(clause, q));
        if (marked.length === 1 && plain.length === 1 && plain[0]!.unit === marked[0]!.unit) {
          const [old, current] = [plain[0]!, marked[0]!];
          // The slip named between the two: of the first figure, not of something before it.
          const slip = MISRECORDED.exec(clause.slice(old.end, current.at));
          if (slip && old.at < current.at && old.value !== current.value) {
            found.push({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
            continue;
          }
        }
      }
      const olds = quantitiesOf(clause);
      if (olds.length !== 1) continue;
      const old = olds[0]!;
      const others = [...clauses.filter((c) => c !== clause), sentences[i - 1] ?? '', sentences[i + 1] ?? ''];
      for (const other of others) {
        const current = quantitiesOf(other).find((q) => {
          const lead = other.slice(Math.max(0, q.at - 24), q.at).replace(/\*+\s*$/, '');
          return q.unit === old.unit && q.value !== old.value && (NOW.test(lead) || USE_THIS.test(lead));
        });
        if (current) {
          found.push({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
          break;
        }
      }
    }
  }
  return found;
}

/** A version label: "Rx v2", "rev B", "version 3". */
const VERSION = /\b(?:v|ver\.?|version|rev\.?|revision)\s?(\d{1,2}|[A-H])\b/g;
const VERSION_ONE = new RegExp(VERSION.source);

/**
 * Values a sentence gives two versions of a record, each next to its version label: "initially 78 Gy
 * in 39 fractions (Rx v1, 2 Dec); re-signed on 16 Dec as Rx v2 = 60 Gy in 20 fractions". Each value
 * belongs to the label nearest to it; the highest version is current, a lower one's value in a unit
 * the current version also gives is the old one.
 */
function labelledVersionsOf(text: string): Supersession[] {
  const found: Supersession[] = [];
  if (!/\b(?:v|ver|version|rev|revision)\.?\s?\w/i.test(text)) return found;
  for (const sentence of sentencesOf(text)) {
    const labels = [...sentence.matchAll(VERSION)].map((m) => ({
      at: m.index,
      end: m.index + m[0].length,
      rank: versionRank(m[1]!),
    }));
    const ranks = new Set(labels.map((l) => l.rank));
    if (ranks.size < 2) continue;
    const top = Math.max(...ranks);
    type Values = { old: number[]; current: number[] };
    const byUnit = new Map<string, Values>();
    // Values with nothing between them and their label that closes a clause (")", ",", ";"):
    // "(rev A at USD 44.25 is withdrawn), total USD 100,320.00" — the total is no rev A figure.
    const closeBy = new Map<string, Values>();
    for (const q of quantitiesOf(sentence)) {
      const distance = (l: { at: number; end: number }) => (l.at >= q.end ? l.at - q.end : q.at - l.end);
      const nearest = labels
        .filter((l) => l.end <= q.at || l.at >= q.end)
        .sort((a, b) => distance(a) - distance(b))[0];
      if (!nearest) continue;
      const between =
        nearest.at >= q.end ? sentence.slice(q.end, nearest.at) : sentence.slice(nearest.end, q.at);
      for (const map of /[),;]/.test(between) ? [byUnit] : [byUnit, closeBy]) {
        const entry = map.get(q.unit) ?? { old: [], current: [] };
        (nearest.rank === top ? entry.current : entry.old).push(q.value);
        map.set(q.unit, entry);
      }
    }
    for (const [unit, all] of byUnit) {
      const { old, current } = all.old.length === 1 ? all : (closeBy.get(unit) ?? all);
      const [was] = old;
      const [now] = current;
      if (old.length !== 1 || was === undefined || now === undefined || current.includes(was)) continue;
      found.push({ old: was, current: now, unit, label: [], sentence });
    }
  }
  return found;
}

/** A text that says one version of a thing replaces another. */
const REPLACED_BY = /\b(?:supersed\w*|amend\w*|revis\w*|replac\w*|updated|reissued|re-issued)\b/i;

/** Table headers of a column of earlier values: "as of 01/15 (cached)", "previous", "original". */
const OLD_COLUMN =
  /(?<![\p{L}])(?:cached|old|previous|prior|original|earlier|superseded|stale|outdated|was|initial|draft|proposed|proposal|claimed|as filed|borrador|propuest[oa]|entwurf|vorgeschlagen|bozza|propost[oa]|projekt|luonnos|utkast)(?![\p{L}])/iu;
/** Headers of the column that replaces it: "**as of 02/27 (real-time)**", "current", "revised", "adopted". */
const NEW_COLUMN =
  /(?<![\p{L}])(?:real-?time|current|latest|new|updated|revised|now|corrected|amended|live|adopted|verified|confirmed|official|per record|aprobad[oa]|verificad[oa]|beschlossen|geprüft|bestätigt|approvat[oa]|verificat[oa]|przyjęt[ya]|zweryfikowan[ya]|hyväksytty|vahvistettu|fastställd|vedtatt)(?![\p{L}])/iu;
/** Headers that say one column replaced the other, not two periods side by side. */
const REPLACED_COLUMN =
  /(?<![\p{L}])(?:cached|superseded|stale|outdated|original|old|initial|real-?time|corrected|revised|amended|updated|latest|live|draft|proposed|proposal|claimed|as filed|adopted|verified|confirmed|official)(?![\p{L}])/iu;
/** A text that calls figures out of date: "the January numbers … are out of date — use the 02/27 column". */
const OUT_OF_DATE_WORD =
  /\b(?:out of date|outdated|superseded|stale|no longer (?:valid|current)|replaced)\b/i;
/**
 * A table that gives a record's figures in an earlier and a current column, row by row: "| deductible
 * remaining | $1,850.00 | **$110.00** |" under "as of 01/15 (cached)" and "as of 02/27 (real-time)".
 * Each row's figure in the earlier column is the old one of its figure in the current column.
 */
function versionColumnsOf(text: string): Supersession[] {
  const found: Supersession[] = [];
  const lines = text.split('\n');
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!lines[i]!.includes('|') || !/^\s*\|?\s*:?-{2,}/.test(lines[i + 1]!)) continue;
    const header = cellsOf(lines[i]!);
    const olds = header.flatMap((h, c) => (OLD_COLUMN.test(h) && !NEW_COLUMN.test(h) ? [c] : []));
    const news = header.flatMap((h, c) => (NEW_COLUMN.test(h) && !OLD_COLUMN.test(h) ? [c] : []));
    let columns: [number, number] | undefined;
    // "previous month | current month" compares two periods; a word of replacement makes it versions.
    if (olds.length === 1 && news.length === 1)
      columns =
        REPLACED_COLUMN.test(`${header[olds[0]!]} ${header[news[0]!]}`) || OUT_OF_DATE_WORD.test(text)
          ? [olds[0]!, news[0]!]
          : undefined;
    else columns = versionLabelColumns(text, lines[i]!);
    if (!columns) continue;
    const [was, now] = columns;
    for (let r = i + 2; r < lines.length && lines[r]!.includes('|'); r++) {
      const row = cellsOf(lines[r]!);
      const [old] = quantitiesOf(row[was] ?? '');
      const [current] = quantitiesOf(row[now] ?? '');
      if (old && current && old.unit === current.unit && old.value !== current.value)
        // (No label: the row names the field of both figures, not the old one.)
        found.push({
          old: old.value,
          current: current.value,
          unit: old.unit,
          label: [],
          sentence: lines[r]!,
        });
      else if (!old && !current) {
        // Bare counts ("| Balkon B | 264 | **0** |"), thousands grouped by a dot or a comma.
        const [o, c] = [bareCell(row[was] ?? ''), bareCell(row[now] ?? '')];
        if (o !== undefined && c !== undefined && o !== c)
          found.push({ old: o, current: c, unit: '', bare: true, label: [], sentence: lines[r]! });
      }
    }
  }
  return found;
}

/** A cell that holds one bare figure: "264", "**0**", "2.136", "1,520". */
function bareCell(cell: string): number | undefined {
  const text = cell.replace(/\*/g, '').trim();
  if (/^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/.test(text)) return Number(text.replace(/\D/g, ''));
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** A column header that is a version label: "v3", "**v4 (on sale)**", "rev. B". */
const VERSION_HEADER = /^\**\s*(?:v|ver\.?|version|rev\.?|revision)\s?(\d{1,2}|[A-H])\b/i;
/** Words that give a version as the one in force, in the languages teams write in. */
const IN_FORCE_WORD =
  /(?<![\p{L}])(?:current(?:ly)?|in force|valid|now|geçerli|artık|güncel|aktuell|gültig|jetzt|vigente|válid[oa]|actual|ahora|agora|atual|en vigueur|actuel(?:le)?|valable|désormais|attual[ei]|ora|in vigore|geldig|actueel|obowiązując\p{L}*|aktualn\p{L}*|teraz|platn\p{L}*|aktuáln\p{L}*|nyní|érvényes|aktuális|gällande|gjeldende|gældende|voimassa)(?![\p{L}])/iu;

/**
 * Two columns headed by versions of one series ("v3 | **v4 (satışa açık)**"), where the text gives
 * the later one as in force ("Geçerli plan artık **v4**", "the current plan is v4"): the earlier
 * column and the later one, in that order.
 */
function versionLabelColumns(text: string, headerLine: string): [number, number] | undefined {
  const versions = cellsOf(headerLine).flatMap((cell, c) => {
    const label = VERSION_HEADER.exec(cell)?.[1];
    return label ? [{ c, label, rank: versionRank(label) }] : [];
  });
  const [a, b] = versions;
  if (!a || !b || versions.length !== 2 || a.rank === b.rank) return undefined;
  const [older, newer] = a.rank < b.rank ? [a, b] : [b, a];
  // The later label named in force in the text: "plan artık **v4**", "v4 is current".
  const label = String.raw`(?:v|ver\.?|version|rev\.?|revision)\s?${escapeRegExp(newer.label)}\b`;
  const named = new RegExp(
    String.raw`${IN_FORCE_WORD.source}[^.;,\n|]{0,24}?\**${label}|${label}\**[^.;,\n|]{0,16}?${IN_FORCE_WORD.source}`,
    'iu',
  );
  return named.test(text.replace(headerLine, '')) ? [older.c, newer.c] : undefined;
}

/** A cell that is only a word of replacement ("reemplazada", "~~superseded~~", "**withdrawn**"). */
const ENDED_CELL = new RegExp(String.raw`^[*_~\s]*(?:${ENDED_WORDS})[*_~.\s]*$`, 'iu');
/** A unit a column's header gives its figures: "CO (ppm)", "Dose [mg]". */
const HEADER_UNIT = /[([]\s*([^()[\]\d]{1,8}?)\s*[)\]]\s*$/u;

/**
 * Rows of a table whose status cell says they were replaced, beside the one row that was not: each
 * figure of the replaced row is the old one, the same column's figure in the other row the current
 * ("| 18:30 | 19 | reemplazada |" above "| 19:15 | **46** | **vigente** |", in a "CO (ppm)" column).
 */
function statusRowsOf(text: string): Supersession[] {
  const found: Supersession[] = [];
  for (const table of text.includes('|') ? pipeTables(text) : []) {
    for (const [c] of table.header.entries()) {
      const ended = table.rows.filter((row) => ENDED_CELL.test(row[c] ?? ''));
      const rest = table.rows.filter((row) => !ENDED_CELL.test(row[c] ?? ''));
      // One row left standing: the current one (of several, the table does not say which).
      if (ended.length === 0 || rest.length !== 1) continue;
      const current = rest[0]!;
      for (const old of ended)
        for (const [k, header] of table.header.entries()) {
          if (k === c) continue;
          const unit = HEADER_UNIT.exec(header)?.[1];
          const read = (cell: string) =>
            quantitiesOf(cell)[0] ?? (unit ? measured(cell.replace(/\*/g, '').trim(), unit) : undefined);
          const [was, now] = [read(old[k] ?? ''), read(current[k] ?? '')];
          if (!was || !now || was.unit !== now.unit || was.value === now.value) continue;
          found.push({
            old: was.value,
            current: now.value,
            unit: was.unit,
            label: [],
            sentence: old.join(' | '),
          });
        }
    }
  }
  return found;
}

/** Words that adjust a figure: "adjusted for a 12 h shift", "ajustado por jornada", "korrigiert". */
const ADJUSTED =
  /(?<![\p{L}])(?:adjusted|corrected|reduced|scaled|ajustad[oa]s?|corregid[oa]s?|reducid[oa]s?|ajustée?s?|corrigée?s?|réduite?s?|aggiustat[oa]|corrett[oa]|ridott[oa]|angepasst|korrigiert|reduziert|aangepast|gecorrigeerd|verlaagd|skorygowan[aey]|zmniejszon[aey]|upraven[aáéoý]?|snížen[aáéoý]?|korrigált|módosított|csökkentett|justert|justerad|korrigerad)(?![\p{L}])/iu;
/** Words that restate what comes before in other terms: "i.e.", "es decir", "c'est-à-dire", "d. h.". */
const THAT_IS =
  /(?:(?<![\p{L}])(?:ie|that is|namely|es decir|o sea|c['’]est-à-dire|soit|das heißt|dh|ou seja|isto é|cioè|ossia|dat wil zeggen|dwz|czyli|tj\.|tzn\.|azaz|vagyis|dvs\.?)|=)\s*[:,]?\s*\**\s*$/iu;

/**
 * A whole amount, its thousands grouped by a comma, a point or a space, cents after it ("85 000",
 * "132 000,00", "1,334", "47.000"); read by `wholeValue`.
 */
const WHOLE = String.raw`\d{1,3}(?:(?:[\u00a0\u202f ]|[.,](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d{1,2}(?!\d))?|\d+`;
const wholeValue = (written: string) => Number(written.replace(/[.,]\d{1,2}$/, '').replace(/\D/g, ''));

/**
 * A change written with its sign against its figure: "−82", "+15" (not a range's or a date's dash,
 * nor a sum's "36 + 2": a sign between spaces joins two figures).
 */
const SIGNED = new RegExp(String.raw`(?<=^|[\s([:;,])([−+]|-(?=\d))(${WHOLE})(?![\d.,]*\d|[\w/:])`, 'gu');
/** Words of a comparison between periods: a year, a quarter or half, "vs", "year on year". */
const BETWEEN_PERIODS =
  /(?<![\w/.-])(?:(?:19|20)\d{2}|[QH][1-4])(?![\w/.-])|(?<![\p{L}])(?:vs\.?|versus|compared|year on year|yoy|mom|fy)(?![\p{L}])/iu;
/** A bare figure that may be a count: no part of a code, a date, a time or a decimal. */
const PLAIN_FIGURE = new RegExp(String.raw`(?<![\w.,/:−+-])(${WHOLE})(?![\d.,]*\d|[\w/:-])`, 'gu');

/**
 * Two figures of a sentence that a signed change between them links: "**38 vials.** Correction −82
 * against the 120 in the system" (120 − 82 = 38). The one the change started from is old, the one
 * it came to current, whatever language says so; both read as bare figures anywhere.
 */
function signedChangesOf(text: string): Supersession[] {
  const found: Supersession[] = [];
  for (const sentence of sentencesOf(text)) {
    const changes = [...sentence.matchAll(SIGNED)];
    // (A change between two periods, "Q4 38 vs Q3 120 (−82)", replaces no figure of either.)
    if (changes.length !== 1 || BETWEEN_PERIODS.test(sentence)) continue;
    const change = changes[0]!;
    const delta = wholeValue(change[2]!) * (change[1] === '+' ? 1 : -1);
    const figures = [...sentence.matchAll(PLAIN_FIGURE)]
      .filter((m) => m.index < change.index || m.index >= change.index + change[0].length)
      .map((m) => wholeValue(m[1]!));
    const pairs = figures.flatMap((from) =>
      figures.filter((to) => to !== from && to === from + delta).map((to) => ({ from, to })),
    );
    if (pairs.length !== 1) continue;
    const [{ from, to }] = pairs as [{ from: number; to: number }];
    found.push({ old: from, current: to, unit: '', bare: true, label: [], sentence });
  }
  return found;
}

/**
 * A figure a postposition marks as the one changed from ("유지 용량 150 mg (v3.1의 200 mg에서 변경)",
 * "200 mgから150 mgに変更"), against the one other figure of its unit in the sentence.
 */
function changedFromAfter(text: string): Supersession[] {
  const found: Supersession[] = [];
  for (const sentence of sentencesOf(text)) {
    const quantities = quantitiesOf(sentence);
    for (const q of quantities) {
      if (!CHANGED_FROM_AFTER.test(sentence.slice(q.end, q.end + 24))) continue;
      const others = new Set(
        quantities.filter((o) => o !== q && o.unit === q.unit && o.value !== q.value).map((o) => o.value),
      );
      const [current] = others;
      if (others.size === 1)
        found.push({ old: q.value, current: current!, unit: q.unit, label: [], sentence });
    }
  }
  return found;
}

/**
 * A balance rolled forward over the signed movements a text lists: "**3,850.4 t** … February close:
 * 5,200.0 t; OT-0227: −1,334.0 t; QT-0301: −15.6 t". The one figure of the unit that, with every
 * signed figure of the unit added, gives another is the old balance; the one it gives is current.
 */
function rolledForward(text: string): Supersession[] {
  const quantities = quantitiesOf(text);
  const signed = (q: Quantity) => {
    const sign = text[q.at - 1];
    return (sign === '−' || sign === '-' || sign === '+') && /^$|[\s(:;,]/.test(text[q.at - 2] ?? '');
  };
  const found: Supersession[] = [];
  for (const unit of new Set(quantities.filter(signed).map((q) => q.unit))) {
    const moves = quantities.filter((q) => q.unit === unit && signed(q));
    if (moves.length < 2) continue;
    const sum = moves.reduce((a, q) => a + (text[q.at - 1] === '+' ? q.value : -q.value), 0);
    const plain = quantities.filter((q) => q.unit === unit && !signed(q));
    const readingsOf = (q: Quantity) => (q.grouped === undefined ? [q.value] : [q.value, q.grouped]);
    const pairs = plain.flatMap((from) =>
      plain.flatMap((to) =>
        readingsOf(from).some((a) => readingsOf(to).some((b) => a !== b && Math.abs(a + sum - b) <= 0.051))
          ? [{ from, to }]
          : [],
      ),
    );
    const distinct = new Set(pairs.map(({ from, to }) => `${from.value}>${to.value}`));
    if (distinct.size !== 1) continue;
    const [{ from, to }] = pairs as [{ from: Quantity; to: Quantity }];
    const line = text
      .slice(text.lastIndexOf('\n', to.at) + 1, text.indexOf('\n', to.end) >>> 0)
      .slice(0, 200);
    found.push({
      old: from.value,
      current: to.value,
      unit,
      label: [],
      sentence: line,
      ...(from.grouped !== undefined ? { oldGrouped: from.grouped } : {}),
      ...(to.grouped !== undefined ? { currentGrouped: to.grouped } : {}),
    });
  }
  return found;
}

/**
 * A figure and, after a word that adjusts it, the figure it comes to: "the OEL (0.08 mg/m³) adjusted
 * for the 12 h shift with factor 0.5, i.e. 0.04 mg/m³". The adjusted figure is the one to use.
 */
function adjustedFigures(text: string): Supersession[] {
  if (!ADJUSTED.test(text)) return [];
  const found: Supersession[] = [];
  // "i.e.", "d. h." and "d.w.z." end no sentence.
  const joined = text
    .replace(/\bi\.\s?e\./gi, 'ie')
    .replace(/\bd\.\s?h\./gi, 'dh')
    .replace(/\bd\.w\.z\./gi, 'dwz');
  for (const sentence of sentencesOf(joined)) {
    const adjusted = ADJUSTED.exec(sentence);
    if (!adjusted) continue;
    const quantities = quantitiesOf(sentence);
    for (const current of quantities) {
      if (
        current.at < adjusted.index ||
        !THAT_IS.test(sentence.slice(Math.max(0, current.at - 24), current.at))
      )
        continue;
      // The figure adjusted: the last one of its unit before the adjusting word.
      const old = quantities
        .filter((q) => q.end <= adjusted.index && q.unit === current.unit && q.value !== current.value)
        .at(-1);
      if (old) found.push({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
    }
  }
  return found;
}

/**
 * A value and, in brackets right after it, the one it came from: "buildings excess £2,500 (from
 * £500)". ("(from 09:00 to 17:00)" is a span: the bracket must close on the old value.)
 */
function fromInBrackets(text: string): Supersession[] {
  if (!/\(\s*from\s/i.test(text)) return [];
  const found: Supersession[] = [];
  for (const sentence of sentencesOf(text)) {
    const quantities = quantitiesOf(sentence);
    for (const old of quantities) {
      if (!/\(\s*from\s*$/i.test(sentence.slice(Math.max(0, old.at - 12), old.at))) continue;
      if (!/^\s*\)/.test(sentence.slice(old.end))) continue;
      const open = sentence.lastIndexOf('(', old.at);
      const current = quantities
        .filter((q) => q.end <= open && open - q.end <= 12 && q.unit === old.unit && q.value !== old.value)
        .at(-1);
      if (current)
        found.push({ old: old.value, current: current.value, unit: old.unit, label: [], sentence });
    }
  }
  return found;
}

/**
 * Versions a text states in sentences of their own: "Term sheet v1 (12 Feb): margin SOFR + 325 bps,
 * 0.50% floor. Amended term sheet v2 (supersedes v1): margin SOFR + 350 bps, floor 0.50%, step-down
 * of 25 bps …". A sentence whose first version label comes before its figures speaks of that version;
 * where the text says a version replaces another, a lower version's figure is the old one of the
 * highest version's figure in its unit (one of them, or the one after the same words: "margin").
 */
function versionSectionsOf(text: string): Supersession[] {
  if (!REPLACED_BY.test(text)) return [];
  const sections: { rank: number; sentence: string; quantities: readonly Quantity[] }[] = [];
  for (const sentence of sentencesOf(text)) {
    const label = VERSION_ONE.exec(sentence);
    const quantities = quantitiesOf(sentence);
    if (!label || quantities.length === 0 || quantities[0]!.at < label.index) continue;
    sections.push({ rank: versionRank(label[1]!), sentence, quantities });
  }
  const ranks = new Set(sections.map((section) => section.rank));
  if (ranks.size < 2) return [];
  const top = Math.max(...ranks);
  const lead = (sentence: string, q: Quantity) =>
    new Set(
      (
        sentence
          .slice(Math.max(0, q.at - 32), q.at)
          .toLowerCase()
          .match(/\p{L}{3,}/gu) ?? []
      ).slice(-3),
    );
  const latest = sections.filter((section) => section.rank === top);
  const found: Supersession[] = [];
  for (const section of sections) {
    if (section.rank === top) continue;
    for (const old of section.quantities) {
      const rivals = latest.flatMap((l) =>
        l.quantities.filter((q) => q.unit === old.unit).map((q) => ({ q, sentence: l.sentence })),
      );
      if (rivals.some((r) => r.q.value === old.value)) continue;
      const words = lead(section.sentence, old);
      const current =
        rivals.length === 1
          ? rivals[0]
          : rivals.find((r) => [...lead(r.sentence, r.q)].some((w) => words.has(w)));
      if (current)
        found.push({
          old: old.value,
          current: current.q.value,
          unit: old.unit,
          label: [],
          sentence: section.sentence,
        });
    }
  }
  return found;
}

/** A field and a bare figure: "brine -9.0", "surface: -5.5" (no unit after it). */
const BARE_FIELD = /\b([A-Za-z]{4,})\s*[:=]?\s*[-−]?(\d+(?:[.,]\d+)?)(?!\s?[A-Za-zµ%°\d])(?![.,]\d)/g;

/**
 * A record's earlier version written with bare figures after its field names ("Hockey profile was
 * brine -9.0 / surface -5.5") beside the current version in units ("brine supply -7.0 C, surface
 * target -3.5 C"): each old figure takes the unit its field has in the current version. Two fields
 * at least, as for `versionPairsOf`.
 */
function unlabelledOldFields(text: string): Supersession[] {
  const sentences = sentencesOf(text);
  const pairs: Supersession[] = [];
  for (const sentence of sentences) {
    const marker = [...sentence.matchAll(EARLIER)][0];
    if (!marker) continue;
    const found: Supersession[] = [];
    for (const m of sentence.slice(marker.index).matchAll(BARE_FIELD)) {
      const field = m[1]!.toLowerCase();
      if (STOP.has(field)) continue;
      // The field's current figure: a value in a unit right after the field's name, in a sentence
      // that marks nothing as earlier.
      for (const other of sentences) {
        if (other === sentence || EARLIER_IN.test(other)) continue;
        const lower = other.toLowerCase();
        const current = quantitiesOf(other).find((q) => {
          const at = lower.lastIndexOf(field, q.at);
          return at >= 0 && q.at - at <= field.length + 16;
        });
        const old = current && measured(m[2]!, current.unit);
        if (current && old && old.value !== current.value) {
          found.push({
            old: old.value,
            current: current.value,
            unit: current.unit,
            label: [field],
            sentence,
          });
          break;
        }
      }
    }
    if (found.length >= 2) pairs.push(...found);
  }
  return pairs;
}

/** A sentence that says its figures are not to be used: "Fitting 1 (71 waist, 152 hem) … — not for cutting". */
const DISCARDS =
  /\bnot for (?:use|[a-z]+ing)\b|\b(?:do not|don['’]t) use\b|\bnot to be used\b|\b(?:ignore|disregard)\b|\b(?:obsolete|superseded|void|invalidated)\b|\bno longer (?:valid|current|applies)\b|\bnot valid\b/i;
/** Words that mark a figure's sentence as the one to go by: "SCr 2.1 mg/dL (amended 14:05) ← use this". */
const CURRENT_MARK =
  /\b(?:use (?:this|that|these|it)|amended|corrected|updated|revised|latest|current|valid)\b/i;
/** Words after a figure that are its unit, not a field: "5 days", "40 mph". */
const UNIT_WORD =
  /^(?:days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|seconds?|secs?|kgs?|kms?|mph|kph|bar|psi|kwh|tonnes?|litres?|liters?|metres?|meters?|pax|pcs|units?|times)$/;
/** A figure and its field in either order: "waist 71", "waist: 71", "71 waist", "152 hem". */
const FIELD_FIGURE =
  /\b([A-Za-z][A-Za-z-]{2,})\s*[:=]?\s*(\d+(?:[.,]\d+)?)(?![.,]?\d)|(?<![\w.,:/-])(\d+(?:[.,]\d+)?)\s+([A-Za-z][A-Za-z-]{2,})\b/g;

/**
 * Figures of a record a sentence sets aside ("Fitting 1 (71 waist, 152 hem) was in flats — not for
 * cutting"), beside the same fields' figures in a sentence that does not ("bust 93 / waist 68,
 * hollow-to-hem 154 cm"): each set-aside figure is replaced by its field's other one. A field in
 * units takes the unit; a bare one is read as the field's own figure ("waist 71"). Two fields at
 * least: one alone may be another thing.
 */
function discardedFieldsOf(text: string): Supersession[] {
  if (!DISCARDS.test(text)) return [];
  const sentences = sentencesOf(text);
  const found: Supersession[] = [];
  for (const sentence of sentences) {
    if (!DISCARDS.test(sentence)) continue;
    const pairs: Supersession[] = [];
    const marked = new Set<string>();
    for (const m of sentence.matchAll(FIELD_FIGURE)) {
      const [field, figure] = m[1] ? [m[1].toLowerCase(), m[2]!] : [m[4]!.toLowerCase(), m[3]!];
      // A lone digit is an ordinal more often than a figure ("fitting 1", "site 2").
      if (STOP.has(field) || NOT_A_UNIT.has(field) || UNIT_WORD.test(field) || /^\d$/.test(figure)) continue;
      if (pairs.some((p) => p.label[0] === field)) continue;
      for (const other of sentences) {
        if (other === sentence || DISCARDS.test(other)) continue;
        const lower = other.toLowerCase();
        const at = lower.search(new RegExp(`(?<![a-z])${field}(?![a-z])`));
        if (at < 0) continue;
        const after = /^\s*[:=]?\s*\**(\d+(?:[.,]\d+)?)(?![.,]?\d)/.exec(lower.slice(at + field.length));
        if (!after) continue;
        const start = at + field.length + after.index + after[0].length - after[1]!.length;
        const unitQ = quantitiesOf(other).find((q) => q.at === start);
        const value = Number(figure.replace(',', '.'));
        const current = unitQ ? unitQ.value : Number(after[1]!.replace(',', '.'));
        const old = unitQ ? measured(figure, unitQ.unit)?.value : value;
        if (old === undefined || old === current) break;
        pairs.push(
          unitQ
            ? { old, current, unit: unitQ.unit, label: [field], sentence }
            : { old, current, unit: '', subject: [field], label: [field], sentence },
        );
        if (unitQ && CURRENT_MARK.test(other)) marked.add(field);
        break;
      }
    }
    // The label served to pair fields; a text restating the field is no quote of the old one.
    // One field alone is the record's only where its other figure, in a unit, is marked current.
    if (pairs.length >= 2 || (pairs.length === 1 && marked.has(pairs[0]!.label[0]!)))
      found.push(...pairs.map((p) => ({ ...p, label: [] })));
  }
  return found;
}

/** Words that make the values after them, in their sentence, an earlier version ("for ref v1 had 28 t"). */
const EARLIER =
  /(?<![\p{L}])(?:had|was|were|previously|formerly|originally|initially|earlier|old|original|superseded|prior|for ref(?:erence)?|aiempi|aiemmin|aikaisempi|edellinen|alkuperäinen|tidligere|forrige|opprinnelig|oprindelig|tidigare|föregående|ursprunglig|früher|vorher|bisher|ursprünglich|precedente|in precedenza|anteriormente|previamente|précédente?|auparavant|initialement|eerder|vorige|oorspronkelijk|poprzedni\p{L}*|wcześniej|dříve|původní|korábbi|eredeti|önceki|sebelumnya|semula|trước đây)(?![\p{L}])/giu;
const NOW_ALL = new RegExp(NOW.source, 'gi');
const EARLIER_IN = new RegExp(EARLIER.source, 'iu');

/**
 * A record stated in two versions in one message, field by field: "current v3: 32 wagons, 1688 t,
 * 698 m … for ref v1 had 1412 t / 610 m". Each value takes the version of the last marker before it
 * in its sentence. Two fields at least, each with one current and one earlier value, make it a
 * record replaced (one field alone is a per-sentence matter: "the load was 12 t; current limit 10 t"
 * speaks of two things).
 */
function versionPairsOf(text: string): Supersession[] {
  const byUnit = new Map<string, { old: Set<number>; current: Set<number>; sentence: string }>();
  for (const sentence of sentencesOf(text)) {
    const markers = [
      ...[...sentence.matchAll(EARLIER)].map((m) => ({ at: m.index, old: true })),
      ...[...sentence.matchAll(NOW_ALL)].map((m) => ({ at: m.index, old: false })),
    ].sort((a, b) => a.at - b.at);
    if (markers.length === 0) continue;
    for (const q of quantitiesOf(sentence)) {
      const marker = markers.filter((m) => m.at < q.at).at(-1);
      if (!marker) continue;
      const entry = byUnit.get(q.unit) ?? { old: new Set(), current: new Set(), sentence: '' };
      (marker.old ? entry.old : entry.current).add(q.value);
      if (marker.old) entry.sentence ||= sentence;
      byUnit.set(q.unit, entry);
    }
  }
  const pairs: Supersession[] = [];
  for (const [unit, { old, current, sentence }] of byUnit) {
    const [was] = old;
    const [now] = current;
    if (old.size !== 1 || current.size !== 1 || was === undefined || now === undefined || was === now)
      continue;
    pairs.push({ old: was, current: now, unit, label: [], sentence });
  }
  return pairs.length >= 2 ? pairs : [];
}

/** Whether a text states the old value and not the current one, and not as the old one ("since screening (72 kg)"). */
/** The record a sentence's figures are given for: an identifier heading it ("**O3 – correction:** width …"). */
function recordBefore(head: string): string[] | undefined {
  if (head.length > 60) return undefined;
  const ids = [...head.matchAll(ID_ALL)].map((m) => m[0].toLowerCase());
  const id = ids.at(-1);
  return id && ids.length === 1 && id.length <= 12 && !/^(?:19|20)\d\d/.test(id) ? [id] : undefined;
}

/**
 * Where a text gives a record its old figure bare, without the unit (`O3 (1.465 × 1.430)`): the
 * figures within a few words after each mention; any mention with the current figure makes it current.
 */
function recordStatesOld(text: string, s: Supersession): { current: boolean; stale?: string } {
  let current = false;
  let stale: string | undefined;
  const lower = text.toLowerCase();
  for (const key of s.record ?? [])
    for (const m of lower.matchAll(new RegExp(`(?<![\\w-])${escapeRegExp(key)}(?![\\w-])`, 'g'))) {
      const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[\n;]/)[0]!;
      const figures = [...after.matchAll(/(?<![\w.,:/-])(\d+(?:[.,]\d+)?)(?![.,]?\d)/g)].map((f) =>
        measured(f[1]!, s.unit),
      );
      if (figures.some((f) => f && isFigure(f, s.current, s.currentGrouped))) current = true;
      else if (figures.some((f) => f && isFigure(f, s.old, s.oldGrouped)) && !OLD_SPAN.test(after))
        stale ??= text.slice(m.index, m.index + m[0].length + after.length).trim();
    }
  return { current, stale };
}

/** Dollars of any country: "$" reads as USD, a key may say `_aud`; one figure in either is the same amount. */
const DOLLAR_UNITS = new Set(DOLLAR_CURRENCIES);
const sameUnit = (a: string, b: string) => a === b || (DOLLAR_UNITS.has(a) && DOLLAR_UNITS.has(b));

/** Words earlier in a sentence that make it one about what was replaced: "This replaces the …". */
const REPLACED_BEFORE = /\b(?:replac(?:es|ing)|supersed(?:es|ing))\b/i;
/** Words right after a figure that say it was not used: "45.1 dBm not used — it assumed …". */
const NOT_USED_AFTER = /^[^.;]{0,16}?\b(?:not used|unused|not applied|disregarded|ignored)\b/i;
/**
 * A postposition right after a figure that makes it the one changed from, in languages that put it
 * there: Korean "200 mg에서 변경" ("changed from 200 mg"), "… 에서 150 mg으로", Japanese "200 mgから変更".
 */
const CHANGED_FROM_PARTICLE = /에서|으로부터|로부터|から|より/u;
const CHANGED_FROM_AFTER = new RegExp(
  String.raw`^\s?(?:${CHANGED_FROM_PARTICLE.source})(?:\s?(?:변경|조정|감량|증량|하향|상향|수정|変更|減量|増量|改訂)|\s?[\d\s.,]*\d)`,
  'u',
);
/** A unit written before such a particle ("200 mg에서"): read past it to the particle. */
const UNIT_BEFORE_PARTICLE = new RegExp(
  String.raw`^\s?[\p{L}µ°%/]{1,6}(?=\s?(?:${CHANGED_FROM_PARTICLE.source}))`,
  'u',
);

export function statesOld(text: string, s: Supersession): string | undefined {
  if (s.bare) return statesBareOld(text, s);
  let current = false;
  let stale: string | undefined;
  if (s.subject) {
    // Over the whole text: an abbreviation's full stop ("cap. 180") ends no sentence here.
    for (const { value, at, span } of figuresOfRecord(text, s.subject)) {
      if (value === s.current) current = true;
      if (value === s.old && !OLD_SPAN.test(span)) stale ??= text.slice(Math.max(0, at - 40), at + 60).trim();
    }
    return current ? undefined : stale;
  }
  for (const sentence of sentencesOf(text)) {
    const quantities =
      s.unit === CLOCK_UNIT
        ? clocksIn(sentence)
        : s.unit.startsWith('#')
          ? countsIn(sentence)
          : quantitiesOf(sentence);
    for (const q of quantities) {
      if (!sameUnit(q.unit, s.unit)) continue;
      if (isFigure(q, s.current, s.currentGrouped)) current = true;
      if (!isFigure(q, s.old, s.oldGrouped)) continue;
      const lower = sentence.toLowerCase();
      const before = sentence.slice(Math.max(0, q.at - 24), q.at);
      const asOld =
        STRONG_OLD.test(before) ||
        WEAK_OLD.test(before) ||
        s.label.some((w) => lower.includes(w)) ||
        // Named in a sentence about what was replaced ("This replaces the 45.1 dBm on sheet v1, which
        // was for the 0.6 m dishes"), or set aside after it ("45.1 dBm not used").
        REPLACED_BEFORE.test(sentence.slice(0, q.at)) ||
        NOT_USED_AFTER.test(sentence.slice(q.end, q.end + 40)) ||
        CHANGED_FROM_AFTER.test(sentence.slice(q.end, q.end + 24)) ||
        setAsideLater(sentence, q);
      if (!asOld) stale ??= sentence;
    }
    // A count's old figure bare in a sentence that counts the same things ("36 more participants
    // (60 approved, 24 enrolled)" after "cap is now 40 participants (was 60)").
    if (s.unit.startsWith('#') && !stale && sentence.toLowerCase().includes(s.unit.slice(1))) {
      const bare = new RegExp(`(?<![\\w.,])${s.old}(?![\\d]|[.,]\\d|\\s?%)`).exec(sentence);
      if (
        bare &&
        !STRONG_OLD.test(sentence.slice(Math.max(0, bare.index - 24), bare.index)) &&
        !WEAK_OLD.test(sentence.slice(Math.max(0, bare.index - 24), bare.index))
      )
        stale = sentence;
    }
  }
  if (s.record) {
    const bare = recordStatesOld(text, s);
    current ||= bare.current;
    stale ??= bare.stale;
  }
  return current ? undefined : stale;
}

/**
 * A bare figure replaced ("izmērs 17,5 (nevis 17)") stated again: the old figure standing alone in a
 * sentence, not set aside there, and the new one nowhere in the text.
 */
/** A word after a figure that is no unit but "of" ("14 dari 640", "14 of 640", "14 von 640"). */
const OF_WORD =
  /^(?:of|out|from|dari|von|aus|de|des|di|du|del|della|da|do|z|ze|из|з|van|av|af|fra|från|ng|kati|trong|od|iz|ot)$/;

function statesBareOld(text: string, s: Supersession): string | undefined {
  let stale: string | undefined;
  for (const sentence of sentencesOf(text)) {
    const plain = asciiDigits(sentence);
    const ruledOut = new Set(contrastedFigures(sentence).map((c) => c.old));
    for (const m of plain.matchAll(BARE_FIGURE)) {
      const value = figureValue(m[1]!);
      if (value === s.current) return undefined;
      if (value !== s.old || ruledOut.has(value)) continue;
      // In the unit the new figure was given in (or one it abbreviates: "ליטר", "ל׳"), or in none:
      // "17 minutes" is another thing than a ring size 17.
      const unit = unitAfter(plain, m.index + m[0].length);
      if (unit && !OF_WORD.test(unit) && !(s.unitWord && s.unitWord[0] === unit[0])) continue;
      const before = plain.slice(Math.max(0, m.index - 24), m.index);
      if (!STRONG_OLD.test(before) && !WEAK_OLD.test(before)) stale ??= sentence;
    }
  }
  return stale;
}

/** A call's arguments giving a replaced bare figure as a number (`size_eu: 17`) and never the new one. */
function bareInArgs(args: unknown, s: Supersession): string | undefined {
  const numbers: [string, number][] = [];
  const visit = (value: unknown, key: string, depth: number) => {
    if (depth > 8) return;
    if (typeof value === 'number') numbers.push([key, value]);
    else if (value && typeof value === 'object')
      for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value))
        visit(v, String(k), depth + 1);
  };
  visit(args, '', 0);
  if (numbers.some(([, v]) => v === s.current)) return undefined;
  const old = numbers.find(([, v]) => v === s.old);
  return old ? `${old[0]}: ${old[1]}` : statesBareOld(deedText(args), s);
}

/** A message saying an earlier claim was wrong. */
const CORRECTION =
  /\b(?:wrong|incorrect|mistaken|in error|erroneous|actually|in fact|correction|corrected)\b/i;
/** "no peanut", "not the Tuesday", "never a cash payment": the word it denies. */
const DENIED = /\b(?:no|not|never|without)\s+(?:(?:a|an|the|any)\s+)?([a-z][a-z-]{3,})/gi;
/** A sentence that denies something. */
const NEGATED = /\b(?:no|not|never|without)\b|n['’]t\b/i;
/** A sentence that denies, reports or contrasts rather than asserts. */
const NOT_ASSERTED =
  /\b(?:no|not|never|without|instead|rather|wrong|incorrect|mistaken|logged as|reported as|originally|initially|at first)\b|n['’]t\b/i;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z]{4,}/g) ?? [];

/**
 * Claims a message says were wrong: it calls something wrong, denies a word an earlier text asserted
 * ("logged as peanut butter" → "there was no peanut on site"), and names what replaces it — a new
 * word it repeats ("sesame-tahini batch", "SESAME as her allergen", "the trigger was sesame").
 */
export function refutationsOf(
  output: string,
  earlier: string,
): { term: string; replacement: string[]; sentence: string }[] {
  if (!CORRECTION.test(output)) return [];
  const claims = sentencesOf(earlier).filter((sentence) => !NEGATED.test(sentence));
  const counts = new Map<string, number>();
  for (const word of wordsOf(output)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const found: { term: string; replacement: string[]; sentence: string }[] = [];
  for (const sentence of sentencesOf(output))
    for (const match of sentence.matchAll(DENIED)) {
      const term = match[1]!.toLowerCase().split('-')[0]!;
      if (term.length < 4 || STOP.has(term) || found.some((f) => f.term === term)) continue;
      // The claim it denies, and what the correction says instead: a word it repeats that the claim never said.
      const claimed = new Set(claims.filter((claim) => wordsOf(claim).includes(term)).flatMap(wordsOf));
      if (claimed.size === 0) continue;
      const replacement = [...counts]
        .filter(([word, n]) => n >= 2 && !claimed.has(word) && !STOP.has(word))
        .map(([word]) => word);
      if (replacement.length > 0) found.push({ term, replacement, sentence });
    }
  return found;
}

/** "The 2019 "A pos" on her record was a transcription error": a quoted claim the message calls wrong. */
const ERROR_CLAIM =
  /["“]([^"”]{1,40})["”][^.;]{0,80}?\b(?:was|were|is)\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:error|mistake|typo|wrong|incorrect|mistaken)\b/i;
/** "… and the record now shows A neg": what replaced it. */
const NOW_SHOWS = /\bnow\s+(?:shows?|reads?|says?|is|are|lists?|records?|gives?)\s+([^.;,()]{1,40})/i;
const letterWords = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];

/**
 * A quoted claim a message calls an error and the value it now reads instead ("A pos" … "now shows
 * A neg"): the words of the claim the new value does not have are refuted ("pos"), the new value's
 * own words replace them ("neg"). Abbreviations count as the words they start ("positive").
 */
export function erroneousClaimsOf(
  output: string,
): { term: string; replacement: string[]; sentence: string }[] {
  const found: { term: string; replacement: string[]; sentence: string }[] = [];
  for (const sentence of sentencesOf(output)) {
    const claim = ERROR_CLAIM.exec(sentence);
    const now = claim ? NOW_SHOWS.exec(sentence) : null;
    if (!claim || !now) continue;
    const old = letterWords(claim[1]!);
    const current = letterWords(now[1]!);
    const replacement = current.filter((w) => w.length >= 3 && !old.includes(w));
    for (const term of old.filter((w) => w.length >= 3 && !current.includes(w) && !STOP.has(w)))
      if (replacement.length > 0) found.push({ term, replacement, sentence });
  }
  return found;
}

/** An identifier: a code with a digit and a letter ("B2-114", "G7", "4B"). */
export const ID = String.raw`(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z\d][\w-]*[A-Za-z\d]`;
/** A record's bare figure, then the one it replaced (see bareRecordChangesOf). */
const BARE_CHANGE = new RegExp(
  String.raw`(?<![\w-])(${ID})(?![\w-])[^.;|\n()]{0,40}?(?<![\w.,:/-])(\d+(?:[.,]\d+)?)(?![.,]?\d)(?:\s+[a-z]+){0,2}\s*[(,]\s*(?:it\s+)?(?:was|previously|formerly|down from|up from|not|rather than|instead of)\s+(\d+(?:[.,]\d+)?)(?![.,]?\d)(?![-/:]\d)`,
  'gi',
);
/** Nouns that may stand between a preposition and the identifier ("on stand B2-114"). */
const SLOT = String.raw`(?:(?:the|a|stand|room|gate|hall|bay|desk|slot|unit|berth|dock|track|platform|table|bed|ward|lane|rack|server|site)\s+)*`;
const NO_LONGER = new RegExp(
  String.raw`\bno longer\s+(?:on|at|in|with|uses?|using|assigned to|booked (?:on|at|in|for))\s+${SLOT}(${ID})`,
  'i',
);
const MOVED_TO = new RegExp(
  String.raw`\b(?:moved|reassigned|relocated|transferred|switched|rebooked|reallocated|changed)\s+(?:[a-z]+\s+){0,2}?to\s+${SLOT}(${ID})|\bnow\s+(?:on|at|in)\s+${SLOT}(${ID})`,
  'gi',
);
/** Words around an identifier that name it as the old one: "moved from B2-114", "previously B2-114". */
const NAMED_OLD =
  /\b(?:no longer|from|previously|formerly|instead of|was|old|cancel+ed|replac\w*)\s+(?:[a-z]+\s+){0,2}$/i;

/**
 * An identifier a message says was replaced, and what replaced it: "EX-4471 is no longer on B2-114 …
 * was moved to B5-220" (a stand, a gate, a room, a server).
 */
export function reassignmentsOf(output: string): { old: string; current: string[]; sentence: string }[] {
  const found: { old: string; current: string[]; sentence: string }[] = [];
  if (ENDS.test(output) && MOVES.test(output)) found.push(...endedAndMoved(output));
  if (CLOSED_WORD.test(output) || / (?:is|are) now (?:an?|the) /.test(output))
    found.push(...closedAndMoved(output));
  if (/\bnot\b/i.test(output)) found.push(...changedNotOld(output));
  if (/\d/.test(output)) found.push(...changedFromPlace(output));
  if (SUPERSEDES_WORD.test(output)) found.push(...supersededIds(output));
  if (/\d\.\d{1,3}\.\d/.test(output)) found.push(...readdressed(output));
  if (HAS_RELEASE.test(output)) found.push(...supersededVersions(output));
  if (ENDED_WORD.test(output) || HELD_WORD.test(output)) found.push(...setAsideIds(output));
  if (!/no longer/i.test(output)) return found;
  for (const sentence of sentencesOf(output)) {
    const old = NO_LONGER.exec(sentence)?.[1];
    if (!old) continue;
    const current = [...sentence.matchAll(MOVED_TO)]
      .map((m) => (m[1] ?? m[2])!)
      .filter((id) => id.toLowerCase() !== old.toLowerCase());
    if (current.length > 0) found.push({ old, current, sentence });
  }
  return found;
}

/** Words after a code that hold it back from use: "L2207 must not ship: quarantined", "mag niet weg". */
const HELD_WORD = new RegExp(
  `(?<![\\p{L}])(?:${[
    'quarantined|in quarantine|on hold|blocked|must not (?:be used|ship|go|leave)|do not (?:use|ship)',
    'in quarantaine|niet gebruiken|mag niet (?:weg|gebruikt worden|verzonden worden)',
    'gesperrt|in Quarantäne|nicht verwenden|nicht versenden',
    'en quarantaine|ne pas (?:utiliser|expédier)|bloquée?',
    'en cuarentena|no usar|no enviar|bloquead[oa]|em quarentena|não usar|não enviar',
    'in quarantena|non usare|non spedire|bloccat[oa]',
    'w kwarantannie|nie używać|nie wysyłać|zablokowan\\p{L}*|v karanténě|nepoužívat|zablokován\\p{L}*',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * Codes a sentence sets aside by the words after them, in their own clause ("Rev. A (C25/30 XC2) of
 * 02.10.2026 has been superseded", "została zastąpiona"), beside codes of the same shape the message
 * marks as the ones in force (in bold, after "now"): "| concrete class | **C30/37 XC4 W8** |".
 */
function setAsideIds(output: string): { old: string; current: string[]; sentence: string }[] {
  const old = new Set<string>();
  for (const sentence of sentencesOf(output)) {
    const ended = ENDED_WORD.exec(sentence) ?? HELD_WORD.exec(sentence);
    if (!ended) continue;
    for (const m of sentence.matchAll(ID_ALL)) {
      const end = m.index + m[0].length;
      if (end > ended.index || ended.index - end > 60 || /[.;:!?]\s/.test(sentence.slice(end, ended.index)))
        continue;
      old.add(m[0]);
    }
  }
  if (old.size === 0) return [];
  const shapes = new Set([...old].map(shapeOf));
  const use = new Set<string>();
  for (const m of output.matchAll(ID_ALL)) {
    const end = m.index + m[0].length;
    // (Bold around "**L2207 must not ship**" marks the warning, not the code as in force.)
    const after = output.slice(end, end + 40).split(/[.;!?\n]/)[0]!;
    if (
      shapes.has(shapeOf(m[0])) &&
      markedCurrent(output, { value: 0, unit: '', at: m.index, end }) &&
      !ENDED_WORD.test(after) &&
      !HELD_WORD.test(after)
    )
      use.add(m[0]);
  }
  return setAsideBeside(output, old, use);
}

/** An IPv4 address, its port aside: "10.20.4.57", "91.215.85.17:8443". */
const IPV4 =
  /(?<![\w.:-])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?::\d{1,5})?(?![\w-]|\.\d)/g;
/** Words after an address that take it out of use: "is **dead** — sinkholed", "was re-leased to PRN-FIN-03". */
const ADDRESS_RETIRED =
  /^[^.\n]{0,24}?\b(?:sinkholed|retired|decommissioned|re-?leased|reassigned|released|superseded|replaced|blackholed|null-?routed|migrated|moved (?:away|off)|no longer (?:in use|used|assigned|valid|active|current|ours))\b/i;
/** Words before an address that name it the old one: "was 10.0.4.2", "previously …", "moved from …". */
const ADDRESS_OLD =
  /\b(?:was|old|previous(?:ly)?|former(?:ly)?|(?:moved|changed|migrated|switched) from|instead of)\W{0,6}$/i;
/** Words before an address that name it the one in use: "IP now** | **10.20.4.57", "moved to …". */
const ADDRESS_NOW =
  /\b(?:now|current(?:ly)?|new|(?:moved|migrated|switched|changed|re-?addressed) to|successor|live)\b[^.\n\d]{0,12}$/i;

/**
 * A network address a message takes out of use, and the one it gives as in use now: "185.220.101.44
 * is **dead** — sinkholed … moved to **91.215.85.17:8443**", "10.20.4.33 was re-leased to a printer
 * … IP now 10.20.4.57". An address merely down or unreachable is still the one to repair.
 */
function readdressed(output: string): { old: string; current: string[]; sentence: string }[] {
  const old = new Set<string>();
  const now = new Set<string>();
  for (const m of output.matchAll(IPV4)) {
    const before = output.slice(Math.max(0, m.index - 32), m.index);
    const after = output.slice(m.index + m[0].length, m.index + m[0].length + 48);
    if (ADDRESS_NOW.test(before)) now.add(m[1]!);
    else if (ADDRESS_RETIRED.test(after) || ADDRESS_OLD.test(before)) old.add(m[1]!);
  }
  return setAsideBeside(output, old, now);
}

/** Each value set aside and not also in use, replaced by those in use and not set aside. */
function setAsideBeside(
  output: string,
  old: ReadonlySet<string>,
  use: ReadonlySet<string>,
): { old: string; current: string[]; sentence: string }[] {
  const current = [...use].filter((value) => !old.has(value));
  if (current.length === 0) return [];
  return [...old]
    .filter((value) => !use.has(value))
    .map((value) => ({
      old: value,
      current,
      sentence: sentencesOf(output).find((sentence) => hasId(sentence, value)) ?? value,
    }));
}

/** A release number: "9.0.1", "v6.28.1", "2.4.0-rc.2". */
const RELEASE =
  /(?<![\w.])(?:v?(\d{1,3}\.\d{1,4}\.\d{1,4}(?:-\w+(?:\.\w+)*)?)(?![\w.]*\d)|(v\d{1,3}\.\d{1,4})(?![\w.-]*\d))/g;
/** Whether a text names a release: "9.0.1", or "v4.1" with its v. */
const HAS_RELEASE = /\d\.\d{1,3}\.\d|(?<![\w.])v\d{1,3}\.\d/;
/** Words after a version that set it aside: "9.0.1 is now in the affected range", "the 9.0.1 fix only patched …". */
const VERSION_SET_ASIDE =
  /^[^.;\n]{0,32}?\b(?:affected|vulnerable|incomplete|insufficient|superseded|retired|withdrawn|yanked|deprecated|not (?:enough|sufficient|safe)|only (?:covered|patched|fixed)|no longer (?:safe|supported|enough))\b/i;
/** Words before a version that make it the one to use: "Target: 9.0.2", "pin 9.0.2", "fixed in 9.0.2". */
const VERSION_TO_USE =
  /\b(?:target|use|pin|upgrade to|bump(?:ed)? to|go with|pick|move to|patched in|fixed in|fix is in|safe version)\b[^.;\n\d]{0,8}$/i;

/**
 * A release a message sets aside ("9.0.1 is now in the affected range") beside the one it says to
 * use ("**Target: 9.0.2**"): the first is the old one.
 */
function supersededVersions(output: string): { old: string; current: string[]; sentence: string }[] {
  const old = new Set<string>();
  const use = new Set<string>();
  for (const m of output.matchAll(RELEASE)) {
    const before = output.slice(Math.max(0, m.index - 24), m.index);
    // (Quoted words are someone else's: 'The "fixed in 9.0.1" in the alert predates the revision'.)
    if (/^["”'’]/.test(output.slice(m.index + m[0].length))) continue;
    const release = (m[1] ?? m[2])!;
    if (VERSION_TO_USE.test(before)) use.add(release);
    else if (VERSION_SET_ASIDE.test(output.slice(m.index + m[0].length, m.index + m[0].length + 56)))
      old.add(release);
  }
  return setAsideBeside(output, old, use);
}

const SUPERSEDES_WORD = /\b(?:supersed|replac)/i;
/** "v42 … supersedes v41", "replaces rev C": the old identifier after the verb. */
const SUPERSEDES = new RegExp(
  String.raw`\b(?:supersedes|replaces)\s+(?:the\s+)?(?:old\s+|previous\s+|earlier\s+)?(${ID})(?![\w-])`,
  'gi',
);
/** "supersedes 5521907": an identifier by its digits alone. */
const SUPERSEDES_DIGITS =
  /\b(?:supersedes|replaces)\s+(?:the\s+)?(?:old\s+|previous\s+|earlier\s+)?(\d{4,})(?![\w-])/gi;
/** "v41 is superseded by v42", "rev C (replaced by rev D)": old, then current. */
const SUPERSEDED_BY = new RegExp(
  String.raw`(?<![\w-])(${ID})\s+(?:(?:is|was|has been|now)\s+)?\(?(?:superseded|replaced)\s+by\s+(?:the\s+)?(?:new\s+)?(${ID})(?![\w-])`,
  'gi',
);

/**
 * An identifier a sentence says another of its shape supersedes: "Map v42 is live (supersedes v41)",
 * "DWG-118 rev C superseded by rev D". The replacement is the nearest of the old one's shape named
 * before the verb ("v42", not the ticket "FAC-2291").
 */
function supersededIds(output: string): { old: string; current: string[]; sentence: string }[] {
  const found: { old: string; current: string[]; sentence: string }[] = [];
  for (const sentence of sentencesOf(output)) {
    if (!SUPERSEDES_WORD.test(sentence)) continue;
    for (const m of sentence.matchAll(SUPERSEDES)) {
      const old = m[1]!;
      const current = [...sentence.slice(0, m.index).matchAll(ID_ALL)]
        .map((id) => id[0])
        .filter((id) => shapeOf(id) === shapeOf(old) && id.toLowerCase() !== old.toLowerCase());
      if (current.length > 0) found.push({ old, current: current.slice(-1), sentence });
    }
    // "PA-UHC-5590342 … supersedes 5521907": the old one by the digits it ends in, named in full elsewhere.
    for (const m of sentence.matchAll(SUPERSEDES_DIGITS)) {
      const old = [...output.matchAll(ID_ALL)]
        .map((id) => id[0])
        .find((id) => id.endsWith(m[1]!) && id !== m[1]);
      if (!old) continue;
      const current = [...sentence.slice(0, m.index).matchAll(ID_ALL)]
        .map((id) => id[0])
        .filter((id) => shapeOf(id) === shapeOf(old) && id.toLowerCase() !== old.toLowerCase());
      if (current.length > 0) found.push({ old, current: current.slice(-1), sentence });
    }
    for (const m of sentence.matchAll(SUPERSEDED_BY)) {
      const [old, current] = [m[1]!, m[2]!];
      if (shapeOf(old) === shapeOf(current) && old.toLowerCase() !== current.toLowerCase())
        found.push({ old, current: [current], sentence });
    }
  }
  return found;
}

/** An identifier negated at the head of a clause: "testing LD68 PZN - NOT WR19 KXT from the booking". */
const NOT_ID = new RegExp(
  String.raw`(?:[-–—,(;:]|\bbut)\s*(?:but\s+|and\s+)?not\s+(?:the\s+|on\s+|at\s+|in\s+|for\s+)?(${ID})(?![\w-])`,
  'gi',
);
/** Words that make "X, not Y" a change from Y rather than a contrast of two things ("switch 2" is a switch). */
const SWAP =
  /\b(?:chang|swap|switch(?!\s+\d)|replac|substitut|amend|updat|correct|rebook|reassign)\w*|\binstead\b|\bnow\b/i;

/**
 * An identifier a sentence that speaks of a change negates after naming its replacement, of the same
 * shape: "vehicle changed by phone: testing LD68 PZN (Skoda) - NOT WR19 KXT from the booking".
 */
function changedNotOld(output: string): { old: string; current: string[]; sentence: string }[] {
  const found: { old: string; current: string[]; sentence: string }[] = [];
  for (const sentence of sentencesOf(output)) {
    if (!SWAP.test(sentence)) continue;
    for (const m of sentence.matchAll(NOT_ID)) {
      const old = m[1]!;
      const current = [...sentence.slice(0, m.index).matchAll(ID_ALL)]
        .map((id) => id[0])
        .filter((id) => shapeOf(id) === shapeOf(old) && id.toLowerCase() !== old.toLowerCase());
      if (current.length > 0) found.push({ old, current: current.slice(-1), sentence });
    }
  }
  return found;
}

/** A numbered place a change went away from, in the languages teams write in: "se cambió … desde la Sala 4", "moved from Gate 12". */
const CHANGED_FROM =
  /(?<![\p{L}])(?:changed|moved|switched|relocated|transferred|cambió|cambiad[oa]|pasó|trasladad[oa]|trasladó|mudou|mudad[oa]|alterad[oa]|transferid[oa]|verlegt|geändert|verschoben|umgezogen|déplacée?|changée?|transférée?|spostat[oa]|cambiat[oa]|trasferit[oa]|verplaatst|gewijzigd)(?![\p{L}])[^.;\n]{0,40}?(?<![\p{L}])(?:from|desde|de|del|von|vom|aus|da|dal|dalla|van|uit)\s+(?:(?:la|el|the|der|die|dem|le|les|a|o|il|lo|de)\s+)?(\p{L}{2,})\s+(\d+[A-Za-z]?)(?![\w-])/giu;

/**
 * A numbered place a sentence says things changed away from, beside the one place of the same noun
 * it names otherwise: "**Sala 7** (se cambió el 2 de febrero desde la Sala 4 …)".
 */
function changedFromPlace(output: string): { old: string; current: string[]; sentence: string }[] {
  const found: { old: string; current: string[]; sentence: string }[] = [];
  for (const sentence of sentencesOf(output))
    for (const m of sentence.matchAll(CHANGED_FROM)) {
      // Some things moved ("8 coils (396 t) moved from hold 3 to hold 4"): the rest stay where they were.
      if (
        /(?<![\d:.,/])\d+\s+\p{L}{3,}[^.;\n]{0,24}$/u.test(sentence.slice(Math.max(0, m.index - 40), m.index))
      )
        continue;
      const [noun, number] = [m[1]!, m[2]!];
      const others = new Set(
        [
          ...sentence.matchAll(
            new RegExp(`(?<![\\p{L}])${escapeRegExp(noun)}\\s+(\\d+[A-Za-z]?)(?![\\w-])`, 'gu'),
          ),
        ]
          .map((o) => o[1]!)
          .filter((n) => n !== number),
      );
      if (others.size === 1)
        found.push({ old: `${noun} ${number}`, current: [`${noun} ${[...others][0]}`], sentence });
    }
  return found;
}

/** A value stated as good until a day ("up to Fri 8 Jan", "until 10 March", "valid to 2027-01-08"). */
const ENDS = /\b(?:up to|until|till|valid to|valid until|ending)\s+(?:\w{3,9},?\s+)?\d/i;
/** Its replacement from a later day: "from Mon 11 Jan the pickup moves to …", "changes to". */
const MOVES = /\b(?:moves?|moved|changes?|changed|switch(?:es|ed)?)\s+(?:over\s+)?to\b/i;
const ID_ALL = new RegExp(`(?<![\\w-])${ID}(?![\\w-])`, 'g');
/** An identifier's shape: "K2T8" and "X6P1" are one kind of code, "BH-3" another. */
const shapeOf = (id: string) => id.replace(/[A-Za-z]+/g, 'A').replace(/\d+/g, '9');

/**
 * A code a message gives as good until a day, and in its next sentence a code of the same shape that
 * replaces it from a later day: "picked up at 14 Elm Road (R95 K2T8) up to Fri 8 Jan. From Mon 11
 * Jan the pickup moves to 3 Birch Close (R95 X6P1)". The first is the old one.
 */
function endedAndMoved(output: string): { old: string; current: string[]; sentence: string }[] {
  const found: { old: string; current: string[]; sentence: string }[] = [];
  const sentences = sentencesOf(output);
  for (let i = 0; i + 1 < sentences.length; i++) {
    const [ending, moving] = [sentences[i]!, sentences[i + 1]!];
    if (!ENDS.test(ending) || !MOVES.test(moving)) continue;
    const after = moving.slice(MOVES.exec(moving)!.index);
    const current = [...after.matchAll(ID_ALL)].map((m) => m[0]);
    const kept = new Set(current.map((id) => id.toLowerCase()));
    for (const m of ending.matchAll(ID_ALL)) {
      const old = m[0];
      if (kept.has(old.toLowerCase())) continue;
      const same = current.filter((id) => shapeOf(id) === shapeOf(old));
      if (same.length > 0) found.push({ old, current: same, sentence: `${ending} ${moving}` });
    }
  }
  return found;
}

const PLACE = String.raw`((?:[A-Za-z]+\s+){0,2}(?:[A-Z][\w-]*|\d[\w-]*))`;
const CLOSED_WORD = /\b(?:closed|unreachable|shut|out of service|unavailable|inaccessible|capacity|full)\b/i;
/** Full to new arrivals: "hit capacity at 12:10", "reached full capacity", "is full". */
const AT_CAPACITY = String.raw`(?:hit|reached|is at|was at|is now at)\s+(?:full\s+)?capacity|(?:is|was|now)\s+full`;
/** A place closed, or given over to another use ("the Elk Prairie Fairgrounds is now a livestock evacuation site"). */
const CLOSED = new RegExp(
  String.raw`${PLACE}(?:\s+\([^()]{1,30}\))?\s+(?:(?:is\s+|are\s+|was\s+|now\s+)?(?:closed|CLOSED|Closed|unreachable|shut|SHUT|out of service|unavailable|inaccessible)\b|${AT_CAPACITY}\b|(?:is|are) now (?:an?|the)\s)`,
  'g',
);
const MOVED_PLACE = new RegExp(
  String.raw`\b(?:(?:moved|moves|relocated|relocates|switched|changed|diverted)\s+(?:to|→)|(?:re)?rout(?:e|ed|ing)\s+(?:via|through|over|by)|detour(?:ed)?\s+(?:via|through|over|by)|opened)\s+(?:\*\*|__)?${PLACE}`,
  'gi',
);

/**
 * A place a message says is closed and, after it, the place things moved to: "road to car park B
 * closed since 14/12 …, meeting pt moved to Hut C". The closed place is the old one.
 */
function closedAndMoved(output: string): { old: string; current: string[]; sentence: string }[] {
  const found: { old: string; current: string[]; sentence: string }[] = [];
  const sentences = sentencesOf(output);
  for (const [i, sentence] of sentences.entries()) {
    const moved = [...sentence.matchAll(MOVED_PLACE)];
    for (const closed of sentence.matchAll(CLOSED)) {
      // The place things went instead may follow in the next sentence: "Sandman Centre hit
      // capacity at 12:10. ESS opened McArthur Island Sport Centre at 12:30."
      const here = moved.find((m) => m.index > closed.index);
      const next = here ? undefined : (sentences[i + 1] ?? '').matchAll(MOVED_PLACE).next().value;
      const to = (here ?? next)?.[1]?.trim();
      const old = closed[1]!.trim().replace(/^(?:the|a|an)\s+/i, '');
      if (to && to.toLowerCase() !== old.toLowerCase())
        found.push({ old, current: [to], sentence: next ? `${sentence} ${sentences[i + 1]}` : sentence });
    }
  }
  if (found.length > 0 || !/\bclosed\b/i.test(output)) return found;
  // Across the message: the one place whose record it says is closed ("St Aidan’s record closed
  // 26/02") and the one place it says they are now at ("now at **Heworth Grange Primary**").
  const closedPlaces = [...output.matchAll(RECORD_CLOSED)].map((m) => m[1]!.trim());
  const nowAt = [...output.matchAll(NOW_AT)].map((m) => m[1]!.trim());
  if (
    closedPlaces.length === 1 &&
    nowAt.length === 1 &&
    closedPlaces[0]!.toLowerCase() !== nowAt[0]!.toLowerCase()
  )
    found.push({ old: closedPlaces[0]!, current: [nowAt[0]!], sentence: output.slice(0, 200) });
  return found;
}

/** A place named (two capitalised words at most) before its record is closed: "St Aidan’s record closed". */
const RECORD_CLOSED =
  /((?:\b[A-Z][\w’'-]*\s+){0,2}\b[A-Z][\w’'-]*)\s+(?:record|file|account|site|branch|office|enrolment|registration)\s+(?:is\s+|was\s+|now\s+)?closed\b/g;
/** Where things are now: "are now at **Heworth Grange Primary, Felling**", "moved to Hut C". */
const NOW_AT =
  /\b(?:now at|now in|now with|moved to|relocated to|transferred to)\s+\**((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)/g;

/** Whether a text names the identifier as a whole ("MF-0217", not inside "MF-0217-SF"). */
export const hasId = (text: string, id: string) =>
  new RegExp(`(?<![\\w-])${escapeRegExp(id)}(?![\\w-])`, 'i').test(text);

/** The sentence of a text that names the old identifier as current, when it never names its replacement. */
function namesOldId(text: string, old: string, current: readonly string[]): string | undefined {
  if (current.some((id) => hasId(text, id))) return undefined;
  return sentencesOf(text).find((sentence) => {
    const at = sentence.toLowerCase().indexOf(old.toLowerCase());
    return at >= 0 && hasId(sentence, old) && !NAMED_OLD.test(sentence.slice(Math.max(0, at - 40), at));
  });
}

/** A word standing for `short` in full or abbreviated ("pos" for "positive"). */
const startsAs = (word: string, short: string) => word.startsWith(short) && word.length <= short.length + 6;

/** The sentence of a text that asserts a word the claim's correction replaced, when it never names the replacement. */
function assertsAbbreviated(text: string, term: string, replacement: readonly string[]): string | undefined {
  const said = letterWords(text);
  if (said.some((word) => replacement.some((r) => startsAs(word, r)))) return undefined;
  return sentencesOf(text).find(
    (sentence) => !NOT_ASSERTED.test(sentence) && letterWords(sentence).some((word) => startsAs(word, term)),
  );
}

/** The sentence of a text that still asserts a refuted word, when the text never names its replacement. */
function assertsRefuted(text: string, term: string, replacement: readonly string[]): string | undefined {
  const said = new Set(wordsOf(text));
  if (replacement.some((word) => said.has(word))) return undefined;
  return sentencesOf(text).find(
    (sentence) => !NOT_ASSERTED.test(sentence) && wordsOf(sentence).includes(term),
  );
}

/** Something a message said is no longer so, and how to find a text that still uses it. */
interface Correction {
  turn: AgentTurn;
  /** Said in the user's request (shown to `turn`, the run's first turn): its own agent can use it stale too. */
  fromRequest?: boolean;
  /**
   * A change someone asked for ("Client requests buildings excess £2,500 (from £500)"), not a fact
   * reported: a turn whose own task states it and that keeps the old value misread that task (the
   * delivery check says so), it did not read stale context.
   */
  replaced?: Supersession;
  /**
   * A figure the request itself asks to be used in place of another ("the OEL adjusted for the shift,
   * i.e. 0.04 mg/m³"): an agent shown the request that works from the other one misread its task.
   */
  instructed?: boolean;
  /** When it was said, for one said in a brief (a supervisor's turn ends after all it delegated). */
  at?: number;
  /** The turn that brief started: it read the brief, whatever the clock says of its start. */
  briefed?: string;
  sentence: string;
  what: string;
  /** The old value as a reader's prompt would carry it, where it is a name or code ("F21"). */
  old?: string;
  staleIn: (text: string) => string | undefined;
  /** Where a call's arguments (not only their text) show the old value: `{ lanes: [9, 10] }`. */
  staleInArgs?: (args: unknown) => string | undefined;
}

/** A sentence that says someone wants a change, rather than reporting one ("Please plan S4 at 12.0, not 13.1" reports the retest). */
const ASKED_CHANGE =
  /\b(?:requests|requested|wants|wanted|asks for|asked for|would like|instructs|instructed)\b/i;

function correctionsOf(index: TraceIndex): Correction[] {
  const corrections: Correction[] = [];
  // What the user's request says was superseded ("cross-clamp now 04:10 (was 02:40)"), from when the
  // first turn was handed it.
  const first = index.trace.turns.find((turn) => !turn.parentTurnId);
  const request = first ? requestOf(index.trace) : '';
  const adjusted = /\d/.test(request) ? adjustedFigures(request) : [];
  const asked = (s: Supersession) =>
    adjusted.some((a) => a.old === s.old && a.current === s.current && a.unit === s.unit);
  if (first && /\d/.test(request) && (OLD_CUE.test(request) || adjusted.length > 0))
    for (const s of supersessionsOf(request)) {
      const instructed = asked(s);
      corrections.push({
        turn: first,
        fromRequest: true,
        ...(ASKED_CHANGE.test(s.sentence) ? { replaced: s } : {}),
        ...(instructed ? { instructed } : {}),
        at: first.startedAt,
        sentence: s.sentence,
        what: instructed
          ? `${valueText(s.old, s.unit)} where the request asked for ${valueText(s.current, s.unit)}`
          : `${valueText(s.old, s.unit)} after the request said it was superseded by ${valueText(s.current, s.unit)}`,
        staleIn: (text) => statesOld(text, s),
      });
    }
  const removed = removalTargets(request);
  // Places the request itself says are closed ("Highway 8 is closed by fire"): routing the work off
  // them is part of the task from the start, so a turn that still uses one misread its task.
  const closedInRequest = new Set(
    CLOSED_WORD.test(request) ? [...request.matchAll(CLOSED)].map((m) => m[1]!.trim().toLowerCase()) : [],
  );
  // Values in force the tools gave beside earlier ones, by when they were given.
  const inForceRecords = index.trace.turns.flatMap((owner) =>
    owner.toolCalls.flatMap((call) => inForceOf(call).map((r) => ({ r, call, owner }))),
  );
  const inForceSoFar = (turn: AgentTurn) =>
    inForceRecords.filter(
      ({ call, owner }) => owner === turn || call.startedAt <= (turn.endedAt ?? turn.startedAt),
    );
  for (const [position, turn] of index.trace.turns.entries()) {
    const output = index.outputTextOf(turn.id);
    // Taken out of use in the answer or in a brief it sent ("AB-114 NO LONGER EXISTS" to the planner).
    const sent = (index.outOf.get(turn.id) ?? []).filter((h) => !output.includes(h.task ?? h.content));
    const briefs = sent.map((h) => h.task ?? h.content);
    const saidAt = (sentence: string) => {
      const brief = sent.find((h) => (h.task ?? h.content).includes(sentence));
      if (!brief) return {};
      return brief.toTurnId ? { at: brief.sentAt, briefed: brief.toTurnId } : { at: brief.sentAt };
    };
    // A brief's correction counts where it reports what the sender's own tools found (a real-time
    // benefits check against the cached one); one restating the task's own terms is the task.
    let found: Set<number> | undefined;
    const foundByTools = (value: number) => {
      found ??= new Set(
        turn.toolCalls.flatMap((call) =>
          [...textOf(call.result).matchAll(/\d+(?:[.,]\d+)*/g)].map((m) =>
            Number(m[0].replace(/,(?=\d{3}(?!\d))/g, '')),
          ),
        ),
      );
      return found.has(value);
    };
    // (A turn that called no tool found nothing: its briefs are not read for corrections at all.)
    for (const text of [output, ...(turn.toolCalls.length > 0 ? briefs : [])])
      for (const s of /\d/.test(text) ? supersessionsOf(text) : []) {
        if (text !== output && !foundByTools(s.current)) continue;
        corrections.push({
          turn,
          ...(ASKED_CHANGE.test(s.sentence) ? { replaced: s } : {}),
          ...(text === output ? {} : saidAt(s.sentence)),
          sentence: s.sentence,
          what: `${valueText(s.old, s.unit)} after ${turn.agent} said it was superseded by ${valueText(s.current, s.unit)}`,
          staleIn: (text) => statesOld(text, s),
          staleInArgs: (args: unknown) =>
            s.subject || s.record
              ? recordInArgs(args, s)
              : s.bare
                ? bareInArgs(args, s)
                : (statesOld(deedText(args), s) ?? distinctFigureInArgs(args, s)),
        });
      }
    // The request and the outputs before this turn, read by the three readings below that compare with them.
    let shownBefore: string[] | undefined;
    const earlierTexts = () => (shownBefore ??= [request, ...earlierOutputs(index, position, turn)]);
    // A later version of a record an earlier text (or the request) gave other figures for.
    if (/\d/.test(output) && namesLaterVersion(output))
      for (const earlier of earlierTexts())
        for (const s of revisedAgainst(output, earlier))
          corrections.push({
            turn,
            sentence: s.sentence,
            what: `${valueText(s.old, s.unit)} after ${turn.agent} gave a later version with ${valueText(s.current, s.unit)}`,
            staleIn: (text) => statesOld(text, s),
          });
    // A figure the request gave while asking to check it ("4,500 words as far as I know; please check
    // the current guidelines") that a turn's answer gives as current with another figure of its unit.
    if (/\d/.test(output) && CHECK_ASKED.test(request))
      for (const s of checkedAgainst(output, request))
        corrections.push({
          turn,
          sentence: s.sentence,
          what: `${valueText(s.old, s.unit)} after ${turn.agent} gave the current ${valueText(s.current, s.unit)}`,
          staleIn: (text) => statesOld(text, s),
          staleInArgs: (args: unknown) => statesOld(deedText(args), s) ?? distinctFigureInArgs(args, s),
        });
    // A field given a new figure as "now" that an earlier text gave another ("cap 12" … "cap is now 18").
    if (/\d/.test(output) && NOW_ANY.test(output))
      for (const earlier of earlierTexts())
        for (const s of nowAgainst(output, earlier))
          corrections.push({
            turn,
            sentence: s.sentence,
            what: `${s.subject![0]} ${s.old} after ${turn.agent} said it is now ${s.current}`,
            staleIn: (text) => fieldStatesOld(text, s),
          });
    const written = [output, ...briefs].join('\n');
    // Said in the answer, or in a brief it sent ("Map v42 is live, supersedes v41" to the zone planner).
    for (const r of reassignmentsOf(written))
      corrections.push({
        turn,
        ...saidAt(r.sentence),
        ...(closedInRequest.has(r.old.toLowerCase()) ? { instructed: true } : {}),
        sentence: r.sentence,
        what: closedInRequest.has(r.old.toLowerCase())
          ? `${r.old}, which the request said was closed (${turn.agent}: ${r.current.join(', ')} instead)`
          : `${r.old} after ${turn.agent} said it was replaced by ${r.current.join(', ')}`,
        old: r.old,
        staleIn: (text) => namesOldId(text, r.old, r.current),
      });
    // A value in force a tool gave beside an earlier one (its own, or one before it) that it passes
    // on ("pakai Rp 2.874/kg" after `berlaku: 2874`, `sebelumnya: 2781`): the earlier one is stale
    // for whoever it told.
    for (const { r, call, owner } of inForceRecords.length > 0 ? inForceSoFar(turn) : []) {
      // (The sentence that passes it on: what a receiver shown it was shown.)
      const sentence =
        namesValue(output, r.current) && sentencesOf(output).find((line) => namesValue(line, r.current));
      if (!sentence) continue;
      corrections.push({
        turn,
        sentence,
        what: `${r.field} ${r.old} after ${turn.agent} gave ${r.current}, which ${owner === turn ? 'its' : `${owner.agent}'s`} tool ${call.name} gave as the value in force`,
        staleIn: (text) => namesOldValue(text, r),
      });
    }
    for (const w of withdrawalsOf(written)) {
      // Items the request asks to have taken out, reported down: the work done, not a withdrawal.
      if (w.keys.every((key) => removed.has(key))) continue;
      corrections.push({
        turn,
        ...saidAt(w.sentence),
        sentence: w.sentence,
        what: `${w.named} after ${turn.agent} said it was out of use`,
        staleIn: (text) => usesWithdrawn(text, w),
        staleInArgs: (args) => argsUseWithdrawn(args, w),
      });
    }
    // A day given as now for a thing an earlier text gave another day ("collection is now Mon 20
    // September", the request's "collection on Mon 6 September"), said in the answer or a brief.
    const nowDays = NOW_ANY.test(written)
      ? earlierTexts().flatMap((earlier) => nowDaysAgainst(written, earlier))
      : [];
    for (const r of [
      ...reschedulingsOf(output),
      ...movedFromDays(output),
      ...nowDays,
      ...calledOffDays(written),
      ...formerDays(written),
      ...noLongerDays(written),
      ...supersededDays(written),
      ...givenUpWeekdays(written),
    ])
      corrections.push({
        turn,
        ...saidAt(r.sentence),
        sentence: r.sentence,
        what: `${r.old.replace(/^0000-/, '')} after ${turn.agent} said it moved to ${r.current.map((day) => day.replace(/^0000-/, '')).join(', ')}`,
        staleIn: (text) => namesOldDay(text, r),
      });
    for (const v of versionedNamesOf(written))
      corrections.push({
        turn,
        ...saidAt(v.sentence),
        sentence: v.sentence,
        what: `${v.old.join(' ')} after ${turn.agent} said a later version gives ${v.current.join(' ')}`,
        staleIn: (text) => namesOldVersion(text, v),
      });
    for (const r of erroneousClaimsOf(output))
      corrections.push({
        turn,
        sentence: r.sentence,
        what: `"${r.term}" after ${turn.agent} said it was an error (now ${r.replacement.join(' ')})`,
        staleIn: (text) => assertsAbbreviated(text, r.term, r.replacement),
      });
    if (!CORRECTION.test(output)) continue;
    for (const r of refutationsOf(output, shownText(index, turn.id)))
      corrections.push({
        turn,
        sentence: r.sentence,
        what: `"${r.term}" after ${turn.agent} said it was wrong (${r.replacement.slice(0, 3).join(', ')})`,
        staleIn: (text) => assertsRefuted(text, r.term, r.replacement),
      });
  }
  return corrections;
}

/** The outputs of the (at most 50) turns recorded before a turn that had ended when it started. */
function earlierOutputs(index: TraceIndex, position: number, turn: AgentTurn): string[] {
  return index.trace.turns
    .slice(Math.max(0, position - 50), position)
    .filter((t) => t.endedAt !== undefined && t.endedAt <= turn.startedAt)
    .map((t) => index.outputTextOf(t.id));
}

/** A request that asks for a figure it gives to be checked: "as far as I know", "please check", "bitte prüfen". */
const CHECK_ASKED =
  /(?<![\p{L}])(?:as far as I know|I think|I believe|if I remember|last I (?:heard|checked)|please (?:check|confirm|verify)|check (?:the )?current|(?:bitte )?(?:prüfen|überprüfen|bestätigen)|soweit ich weiß|por favor (?:verifiquen|verifique|confirmen|confirme|revisen)|favor (?:verificar|confirmar)|si no me equivoco|verificate|controllate|per quanto ne so|vérifiez|à ma connaissance|controleer|graag checken|kontrollera|sjekk|tarkista|sprawdź|ověřte|ellenőrizze|kontrol edin|mohon (?:cek|periksa))(?![\p{L}])/iu;
/** Words before a figure, in its sentence, that give it as the one in force now. */
const CURRENT_NOW =
  /(?<![\p{L}])(?:current(?:ly)?|now|since|effective|as of|updated|latest|new|aktuell\p{L}*|derzeit|seit|jetzt|neu\p{L}*|actual(?:es|mente)?|vigente|desde|ahora|nuev[oa]s?|attual\p{L}*|ora|dal|nuov[oaie]|actuel\p{L}*|depuis|désormais|nouve(?:au|lle)s?|huidig\p{L}*|sinds|nu|nieuw\p{L}*|nuvarande|sedan|gällande|nåværende|gjeldende|nykyi\p{L}*|voimassa|obecn\p{L}*|od|aktualn\p{L}*|aktuáln\p{L}*|platn\p{L}*|jelenleg\p{L}*|hatályos|güncel|şu an|saat ini|berlaku|hiện (?:hành|tại))(?![\p{L}])/iu;

/**
 * A figure in a unit the request gives while asking to check it, against the one figure of that unit
 * a later answer gives as current in its sentence ("Current guidelines (since 2027-01-01): max
 * **3,500 words**"): the request's is the old one. One figure of the unit in each.
 */
function checkedAgainst(output: string, request: string): Supersession[] {
  const pairs: Supersession[] = [];
  const asked = quantitiesOf(request);
  const said = quantitiesOf(output);
  // A revision keeps the figure's size: of the sentence's figures of the unit, the one within a
  // factor of two of the request's ("max 3,500 words" for 4,500, not the abstract's 200 words).
  const near = (a: number, b: number) => Math.max(a, b) <= 2 * Math.min(a, b);
  for (const sentence of sentencesOf(output)) {
    if (!CURRENT_NOW.test(sentence)) continue;
    const figures = quantitiesOf(sentence);
    for (const unit of new Set(figures.map((q) => q.unit))) {
      const given = [...new Set(asked.filter((a) => a.unit === unit).map((a) => a.value))];
      if (given.length !== 1 || said.some((o) => o.unit === unit && o.value === given[0])) continue;
      const current = figures.filter(
        (q) => q.unit === unit && near(q.value, given[0]!) && CURRENT_NOW.test(sentence.slice(0, q.at)),
      );
      if (current.length !== 1) continue;
      pairs.push({ old: given[0]!, current: current[0]!.value, unit, label: [], sentence });
    }
  }
  return pairs;
}

/** "now" in any of the languages `nowAgainst` reads. */
const NOW_ANY = new RegExp(`(?<![\\p{L}])(?:${NOW_WORDS})(?![\\p{L}])`, 'iu');

/**
 * A text that gives a field its old figure ("up to its cap of 12") and its current one nowhere near
 * the field's word; "cap raised from 12 to 18" names both.
 */
function fieldStatesOld(text: string, s: Supersession): string | undefined {
  const lower = text.toLowerCase();
  const word = new RegExp(`(?<![\\p{L}])${escapeRegExp(s.subject![0]!)}(?![\\p{L}])`, 'giu');
  let stale: string | undefined;
  for (const m of lower.matchAll(word)) {
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const figures = [...after.matchAll(/(?<![\w.,:/-])(\d+(?:[.,]\d+)?)(?![.,]?\d)/g)].map((f) => ({
      value: Number(f[1]!.replace(',', '.')),
      at: f.index,
    }));
    if (figures.some((f) => f.value === s.current)) return undefined;
    const first = figures[0];
    if (first?.value === s.old && !OLD_SPAN.test(after.slice(0, first.at)))
      stale ??= text.slice(Math.max(0, m.index - 40), m.index + 60).trim();
  }
  return stale;
}

/** A value in words: "02:40" for a clock time, "72 kg" otherwise. */
const valueText = (value: number, unit: string) =>
  unit === CLOCK_UNIT
    ? `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`
    : `${value} ${unit}`;

/** Units a key's last words give (`length_m`, `weightKg`, `threshold_ug_m3`), as its words read. */
const KEY_UNITS = new Set(
  'm km cm mm t kg g mg l ml s ms h min mph kph kw mw kwh gb mb tb pct c gy bar psi kpa mpa gbp usd eur chf jpy brl inr ngn aud cad cny krw mxn zar sek nok dkk pln ugm3 ug_m3 mgm3 mg_m3 ugl ug_l ngl ng_l mgl mg_l mgdl mg_dl gdl g_dl mmoll mmol_l umoll umol_l mlmin ml_min nm_s um_s mm_s m_s km_h l_min l_h m3_h kg_h t_h ppm ppb'.split(
    ' ',
  ),
);
/** The unit of a key's last words, where they name one: `weightKg` → "kg", `conc_ug_m3` → "ug_m3". */
function keyUnit(key: string): string | undefined {
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_\s-]+/)
    .filter(Boolean);
  if (words.length < 2) return words[0] && KEY_UNITS.has(words[0]) ? words[0] : undefined;
  const two = words.slice(-2).join('_');
  if (KEY_UNITS.has(two)) return two;
  if (KEY_UNITS.has(words.slice(-2).join(''))) return words.slice(-2).join('');
  return KEY_UNITS.has(words.at(-1)!) ? words.at(-1) : undefined;
}
/**
 * Another short last word of a key, read as the unit its figure is in where a text gives that unit
 * (`delivered_dth: 42000` against "36,500 Dth"); words that name no unit are not.
 */
const OTHER_KEY_UNIT =
  /[_-](?!(?:id|no|nr|num|day|date|code|type|name|ref|key|url|at|to|by|on|from|qty|max|min|avg|new|old|pct|rate|cost|fee|tax|net|sum|row|line|rank|step|seq)$)([a-z]{2,4})$/i;
/** Concentration units a key spells in ASCII, as a text's unit reads: `threshold_ugm3` → "µg/m3". */
const KEY_UNIT_TEXT: Record<string, string> = {
  ugm3: 'µg/m3',
  ug_m3: 'µg/m3',
  mgm3: 'mg/m3',
  mg_m3: 'mg/m3',
  ugl: 'µg/L',
  ug_l: 'µg/L',
  ngl: 'ng/L',
  ng_l: 'ng/L',
  mgl: 'mg/L',
  mg_l: 'mg/L',
  mgdl: 'mg/dL',
  mg_dl: 'mg/dL',
  gdl: 'g/dL',
  g_dl: 'g/dL',
  mmoll: 'mmol/L',
  mmol_l: 'mmol/L',
  umoll: 'µmol/L',
  umol_l: 'µmol/L',
  mlmin: 'mL/min',
  ml_min: 'mL/min',
  nm_s: 'nm/s',
  um_s: 'µm/s',
  mm_s: 'mm/s',
  m_s: 'm/s',
  km_h: 'km/h',
  l_min: 'L/min',
  l_h: 'L/h',
  m3_h: 'm3/h',
  kg_h: 'kg/h',
  t_h: 't/h',
};

/** A call's arguments as text, numbers with their key's unit as quantities (`{ length_m: 610 }` → "610 m"). */
/**
 * A value the task itself asks to have replaced ("Client requests buildings excess £2,500 (from £500)")
 * that the receiver's answer or deeds use instead of the one it wants: in its answer as the old
 * figure not named old, or in a call as the old figure under a key of the sentence's words.
 */
export function replacedValueUsed(
  task: string,
  answer: string,
  calls: readonly unknown[],
): { wanted: string; used: string } | undefined {
  // (Most tasks ask no change of a value: they are not read for replacements at all.)
  if (!/\d/.test(task) || !ASKED_CHANGE.test(task)) return undefined;
  for (const s of supersessionsOf(task)) {
    // A change someone asked for; a fact the task reports replaced and the receiver kept is stale context.
    if (s.bare || s.subject || !ASKED_CHANGE.test(s.sentence)) continue;
    const wanted = valueText(s.current, s.unit);
    const said = statesOld(answer, s);
    if (said) return { wanted, used: said };
    const words = new Set((s.sentence.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(stem));
    for (const args of calls) {
      const figures = keyedFigures(args);
      if (figures.some((f) => f.value === s.current)) continue;
      const old = figures.find((f) => f.value === s.old && f.words.some((w) => words.has(stem(w))));
      if (old) return { wanted, used: `${old.key}: ${old.value}` };
    }
  }
  return undefined;
}

/**
 * The old figure as a bare number of a call's arguments (`prices: { "Harrowgate Print Ltd": 48120 }`
 * for "£48,120.00 must not be used"), where the call has no current figure: a figure of four
 * significant digits or more is that value, not a count that happens to match.
 */
function distinctFigureInArgs(args: unknown, s: Supersession): string | undefined {
  // A percentage a call gives as a fraction (94 % as `occupation: 0.94`), where no round one.
  const fraction = s.unit === '%' && s.old % 10 !== 0 && s.old < 100;
  const digits = String(s.old)
    .replace(/\./, '')
    .replace(/^0+|0+$/g, '').length;
  const is = (value: number, figure: number) =>
    value === figure || (fraction && Math.abs(value * 100 - figure) < 1e-6);
  const figures = keyedFigures(args);
  if (figures.some((f) => is(f.value, s.current))) return undefined;
  // A short figure counts only under a key the sentence names (`saldo_base: 12` for "… **Saldo
  // vigente: 6 días**"): a count that merely matches is no reading of it.
  const words = new Set((s.sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map(stem));
  const named = (f: { words: string[] }) => f.words.some((w) => words.has(stem(w)));
  const old = figures.find((f) => is(f.value, s.old) && (fraction || digits >= 4 || named(f)));
  return old && `${old.key}: ${old.value}`;
}

/** The numbers of a call's arguments, with the words of their keys. */
function keyedFigures(args: unknown, depth = 0): { key: string; words: string[]; value: number }[] {
  if (depth > 6 || args === null || typeof args !== 'object') return [];
  return Object.entries(args as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'number'
      ? [
          {
            key,
            words: key
              .toLowerCase()
              .split(/[^a-z]+/)
              .filter((w) => w.length >= 4),
            value,
          },
        ]
      : keyedFigures(value, depth + 1),
  );
}

export function deedText(args: unknown): string {
  return `${valuesText(args)}\n${unitValues(args)}`;
}

/** The numbers of a call's arguments whose keys give their unit, as quantities: `{ length_m: 610 }` → "610 m". */
function unitValues(args: unknown): string {
  const out: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > 8) return;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      // A list of figures under one key gives each in its unit: `amounts_usd: [1284.6, 35]`.
      const figures =
        typeof item === 'number'
          ? [item]
          : Array.isArray(item) && item.every((x) => typeof x === 'number')
            ? item
            : [];
      const unit = figures.length > 0 ? (keyUnit(key) ?? OTHER_KEY_UNIT.exec(key)?.[1]) : undefined;
      if (unit)
        for (const figure of figures)
          out.push(`${figure} ${KEY_UNIT_TEXT[unit.toLowerCase()] ?? unit.toLowerCase()}`);
      else visit(item, depth + 1);
    }
  };
  visit(args, 0);
  return out.join('\n');
}

/** Handoffs that carry a step's own answer on (a graph edge, a workflow step), not a brief it wrote for another. */
const OWN_ANSWER_KINDS = new Set(['edge', 'step', 'command', 'explicit']);

/**
 * A value a message said was superseded ("weight today 64.5 kg; screening was 72.0 kg") or a claim
 * it said was wrong, that an agent shown that message still used as current: it read stale context,
 * whether it handed the old value on (the boundary where it left) or answered with it (the boundary
 * it came in by).
 */
export function checkStatedSupersessions(index: TraceIndex): Finding[] {
  const { trace } = index;
  const corrections = correctionsOf(index);
  const findings: Finding[] = [];
  const flagged = new Set<string>();
  const report = (
    user: AgentTurn,
    c: Correction,
    said: string,
    boundary: { from: string; to: string },
    handoff?: Handoff,
  ) => {
    if (flagged.has(user.id)) return;
    const { replaced } = c;
    if (
      replaced &&
      (index.into.get(user.id) ?? []).some(
        (h) =>
          h.from !== user.agent &&
          !isReply(index, h) &&
          supersessionsOf(h.task ?? h.content).some(
            (t) => t.old === replaced.old && t.current === replaced.current && t.unit === replaced.unit,
          ),
      )
    )
      return;
    flagged.add(user.id);
    findings.push(
      makeFinding({
        kind: c.instructed ? 'misunderstood_task' : 'stale_context',
        boundary,
        turnId: user.id,
        ...(handoff ? { handoffId: handoff.id } : {}),
        summary: c.instructed
          ? `Misunderstood task at boundary ${boundaryLabel(boundary)}: ${user.agent} used ${c.what}`
          : `Stale context at boundary ${boundaryLabel(boundary)}: ${user.agent} used ${c.what}`,
        evidence: [
          { label: 'superseded', detail: quote(c.sentence, 200), turnId: c.turn.id },
          {
            label: 'used',
            detail: quote(said, 200),
            ...(c.old ? { actual: c.old } : {}),
            turnId: user.id,
            ...(handoff ? { handoffId: handoff.id } : {}),
          },
        ],
      }),
    );
  };
  // The old value in the turn's own tool calls (a handoff tool's call carries the brief: passing
  // it on, not acting on it).
  const actedOn = (turn: AgentTurn, c: Correction): string | undefined => {
    const briefs = (index.outOf.get(turn.id) ?? []).map((h) => (h.task ?? h.content).slice(0, 60));
    for (const call of turn.toolCalls) {
      const args = deedText(call.args);
      if (briefs.some((brief) => brief !== '' && args.includes(brief))) continue;
      const said = c.staleInArgs ? c.staleInArgs(call.args) : c.staleIn(args);
      if (said !== undefined) return said;
    }
    return undefined;
  };
  const shown = new Map<string, string>();
  let byAgent: Map<string, AgentTurn[]> | undefined;
  const saw = (turn: AgentTurn, c: Correction): boolean => {
    let text = shown.get(turn.id);
    if (text === undefined) {
      // What its prompt showed it, and what handoffs delivered to it (a Mastra network's routing
      // step records only the request as its prompt, though the result it routes on came to it).
      // And what reached its agent's earlier turns: a Mastra network's router is one conversation
      // whose steps record only the request.
      // (Its last 20 turns: a long run's router is not re-read from the start for every step.)
      if (!byAgent) {
        byAgent = new Map();
        for (const t of index.trace.turns) {
          const list = byAgent.get(t.agent);
          if (list) list.push(t);
          else byAgent.set(t.agent, [t]);
        }
      }
      const own = (byAgent.get(turn.agent) ?? [])
        .filter((t) => t.id === turn.id || t.startedAt <= turn.startedAt)
        .slice(-20);
      text = [
        shownText(index, turn.id),
        ...own.flatMap((t) => (index.into.get(t.id) ?? []).map((handoff) => handoff.task ?? handoff.content)),
      ].join('\n');
      shown.set(turn.id, text);
    }
    // A sentence of a structured answer starts at its field's value (`{"next":"zone_planner","prompt":"Map v42 …`).
    const key = c.sentence.lastIndexOf('":"', 120);
    return text.includes((key >= 0 ? c.sentence.slice(key + 3) : c.sentence).slice(0, 40));
  };
  for (const c of corrections) {
    const after = c.at ?? c.turn.endedAt ?? c.turn.startedAt;
    // A turn recorded as starting a millisecond before the brief that started it still came after it.
    const startedBefore = (turn: AgentTurn) => turn.startedAt < after && turn.id !== c.briefed;
    // Handoffs of the same millisecond as the correction are read by their order in the trace: the
    // brief that asked for the correction, and anything before the corrected answer went out, came first.
    const answered = trace.handoffs.findIndex((h) => h.fromTurnId === c.turn.id);
    const before = (handoff: Handoff, at: number) =>
      handoff.sentAt < after ||
      (handoff.sentAt === after && (handoff.toTurnId === c.turn.id || (answered >= 0 && at < answered)));
    for (const [at, handoff] of trace.handoffs.entries()) {
      const sender = handoff.fromTurnId ? index.turns.get(handoff.fromTurnId) : undefined;
      if (
        !sender ||
        (sender.agent === c.turn.agent && !c.fromRequest) ||
        before(handoff, at) ||
        !saw(sender, c)
      )
        continue;
      const said = c.staleIn(handoff.task ?? handoff.content);
      if (!said) continue;
      // One that acted on the old value itself (its own tool calls use it) read it stale in its own
      // work: the boundary it came in by. One that only passed it on did so where it left.
      // So did one that answered the agent that corrected it with the old value (a revised draft
      // sent back to its reviewer): its own answer, at the boundary the correction came in by.
      const acted = actedOn(sender, c);
      const inbound = (index.into.get(sender.id) ?? []).filter((h) => h.from !== sender.agent);
      // A pipeline step's own answer moving on worked from the old value itself, where the
      // correction came down the line to it from the agent that made it (a brief down to a worker is
      // passed on: a receiver that answers back to it, or a step it sent work to, makes it a coordinator).
      const ownAnswer = () =>
        OWN_ANSWER_KINDS.has(handoff.kind) &&
        handoff.fromTurnId === sender.id &&
        !trace.handoffs.some((h, i) => i > at && h.from === handoff.to && h.to === sender.agent);
      const stepBefore = () =>
        inbound.find(
          (h) =>
            h.from === c.turn.agent &&
            OWN_ANSWER_KINDS.has(h.kind) &&
            !trace.handoffs.some((o) => o.from === sender.agent && o.to === c.turn.agent),
        );
      const into = acted
        ? inbound[0]
        : handoff.to === c.turn.agent
          ? inbound.find((h) => h.from === c.turn.agent)
          : ownAnswer()
            ? stepBefore()
            : undefined;
      if (into) report(sender, c, said, { from: into.from, to: sender.agent }, into);
      else report(sender, c, said, { from: sender.agent, to: handoff.to }, handoff);
    }
    // One that acted on the old value without saying it again (a booking made with it).
    for (const turn of trace.turns) {
      if (
        (turn.agent === c.turn.agent && !c.fromRequest) ||
        startedBefore(turn) ||
        turn.toolCalls.length === 0
      )
        continue;
      const acted = actedOn(turn, c);
      const into = acted && (index.into.get(turn.id) ?? []).find((h) => h.from !== turn.agent);
      if (into && saw(turn, c)) report(turn, c, acted, { from: into.from, to: turn.agent }, into);
    }
    for (const finalId of index.finalTurnIds) {
      const final = index.turns.get(finalId);
      if (
        !final ||
        (final.agent === c.turn.agent && !c.fromRequest) ||
        startedBefore(final) ||
        !saw(final, c)
      )
        continue;
      const said = c.staleIn(index.outputTextOf(final.id));
      const into = (index.into.get(final.id) ?? []).find((h) => h.from !== final.agent);
      if (said) report(final, c, said, { from: into?.from ?? c.turn.agent, to: final.agent }, into);
    }
  }
  // A turn whose own tool said a value was superseded ("REDUCED TO 8.5 bar … supersedes rev 4 (SWP
  // 10.0 bar)", a record's planned machine beside its active one) and that went on with the old one:
  // in its later calls or its answer (it read the revision and worked from the version before it, at
  // the boundary its task came in by), or in a brief it sent on (where the brief left).
  for (const turn of trace.turns)
    for (const [i, call] of turn.toolCalls.entries()) {
      const result = typeof call.result === 'string' ? call.result : JSON.stringify(call.result ?? '');
      if (result.length > 20_000) continue;
      const stale: { what: string; sentence: string; in: (text: string) => string | undefined }[] = [];
      if (/\d/.test(result) && OLD_CUE.test(result))
        for (const s of supersessionsOf(result))
          stale.push({
            what: `${valueText(s.old, s.unit)} after its tool ${call.name} said it was superseded by ${valueText(s.current, s.unit)}`,
            sentence: s.sentence,
            in: (text) => statesOld(text, s),
          });
      const swaps = swapsOf(result);
      // What the rota gives each slot ("EARLY 06:30-14:30"): its prompt and this result, read once.
      const slots = swaps.length > 0 ? `${shownText(index, turn.id)}\n${result}` : '';
      for (const swap of swaps)
        stale.push({
          what: `${swap.a}'s and ${swap.b}'s old slots after its tool ${call.name} gave their swap (${swap.sentence})`,
          sentence: swap.sentence,
          in: (text) => keepsOldSlot(text, swap, slots),
        });
      for (const r of plannedVsCurrent(parsedResult(call.result, 20_000)))
        stale.push({
          what: `${r.old} after its tool ${call.name} gave ${r.current} as the current ${r.field}`,
          sentence: `${r.field}: ${r.old} → ${r.current}`,
          in: (text) => namesOldId(text, r.old, [r.current]),
        });
      for (const r of inForceOf(call))
        stale.push({
          what: `${r.field} ${r.old} after its tool ${call.name} gave ${r.current} as the value in force`,
          sentence: `${r.field}: ${r.old} → ${r.current}`,
          in: (text) => namesOldValue(text, r),
        });
      if (stale.length === 0) continue;
      const into = (index.into.get(turn.id) ?? []).find((h) => h.from !== turn.agent);
      const briefs = (index.outOf.get(turn.id) ?? []).filter(
        (h) => h.to !== turn.agent && !isReply(index, h),
      );
      const sent = briefs.map((h) => (h.task ?? h.content).slice(0, 60)).filter((text) => text !== '');
      // Its own later deeds (a call that carries a brief hands it on, it does not act on it).
      const deeds = turn.toolCalls
        .slice(i + 1)
        .map((other) => deedText(other.args))
        .filter((args) => !sent.some((text) => args.includes(text)));
      for (const s of stale) {
        const c: Correction = { turn, sentence: s.sentence, what: s.what, staleIn: s.in };
        const acted = deeds.map((text) => s.in(text)).find(Boolean);
        if (acted && into) {
          report(turn, c, acted, { from: into.from, to: turn.agent }, into);
          continue;
        }
        // A brief sent on after the tool said it: not the ask this very call carried ("Claims were
        // made at €62/€31" to the policy checker whose answer gave the new rate), nor one sent before.
        const asked = deedText(call.args);
        const brief = briefs.find(
          (h) =>
            h.sentAt >= call.startedAt &&
            !asked.includes((h.task ?? h.content).slice(0, 60)) &&
            s.in(h.task ?? h.content),
        );
        if (brief) {
          report(turn, c, s.in(brief.task ?? brief.content)!, { from: turn.agent, to: brief.to }, brief);
          continue;
        }
        const said = s.in(index.outputTextOf(turn.id));
        if (said && into) report(turn, c, said, { from: into.from, to: turn.agent }, into);
      }
    }
  return findings;
}

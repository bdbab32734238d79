/**
 * An item or a weekday a task forbids, in the words of the language it is written in ("**Bawal ang
 * Bus 12**", "jangan ada sesi hari Jumat", "Bus 12 nicht einsetzen", "no sessions on Friday"), that
 * the receiver's own calls then use: `{ bus: "12" }` in an assignment, a session on 2026-12-18 (a
 * Friday).
 */
import { READS_ONLY, WEEKDAYS } from './lexicon.ts';
import { MONTHS, monthNumber } from './month-names.ts';
import { nameWords } from './task-words.ts';
import { weekdayOfIso } from './time-windows.ts';

/** Words that forbid or rule out what stands beside them in their clause. */
const FORBID = [
  'do not (?:use|book|schedule|assign|run|send|dispatch|put)',
  "don['’]t (?:use|book|schedule|assign|run|send|dispatch|put)",
  'must not',
  'not to be used',
  'cannot be used',
  "can[’']t be used",
  'forbidden',
  'banned',
  'prohibited',
  'no sessions?',
  'bawal',
  'huwag',
  'jangan',
  'dilarang',
  'tidak boleh',
  'tidak bisa dipakai',
  'tidak dapat digunakan',
  'nie używać',
  'nie wolno',
  'zakaz',
  'nepoužív\\p{L}*',
  'nesmí',
  'zákaz',
  'не (?:использовать|ставить|назначать|выпускать|планировать)',
  'запрещ\\p{L}*',
  'нельзя',
  'не використовувати',
  'заборон\\p{L}*',
  'använd inte',
  'får inte',
  'inte använda',
  'ikke brug',
  'brug ikke',
  'ikke bruk',
  'må ikke',
  'nicht (?:verwenden|einsetzen|nutzen|einplanen)',
  'verboten',
  'nicht zulässig',
  'unzulässig',
  'not allowed',
  'not permitted',
  'non autorisé\\p{L}*',
  'non admis\\p{L}*',
  'no (?:se )?permit\\p{L}*',
  'no admitid\\p{L}*',
  'non ammess\\p{L}*',
  'niet toegestaan',
  'ruled out',
  'not an option',
  'not acceptable',
  'unacceptable',
  'ausgeschlossen',
  // What the subject cannot take: "fisken tåler ikke hydrogenperoksid", "contraindicated".
  'tåler ikke',
  'tål(?:er)? inte',
  "(?:does not|doesn['’]t|cannot|can['’]t) tolerate",
  'verträgt (?:kein\\p{L}*|nicht)',
  'no tolera',
  'ne tolère pas',
  'non tollera',
  'verdraagt (?:geen|niet)',
  'nie toleruje',
  'contraindicated',
  'kontraindi\\p{L}+',
  'contraindicad[oa]s?',
  'contre-indiqué\\p{L}*',
  'controindicat[oaie]',
  'gecontra-indiceerd',
  'przeciwwskazan\\p{L}*',
  // "NaCl 0,9% jest wykluczony": excluded, said of the thing itself.
  'wykluczon\\p{L}*',
  'descartad\\p{L}*',
  'écarté\\p{L}*',
  'ne pas (?:utiliser|prendre|programmer)',
  'interdite?s?',
  'no usar',
  'no utilizar',
  'prohibid[oa]s?',
  'não usar',
  'proibid[oa]s?',
  'non usare',
  'vietat[oaie]',
  'niet gebruiken',
  'verboden',
  'kullanma\\p{L}*',
  'dokunma\\p{L}*',
  'do not touch',
  "don['’]t touch",
  'nicht anfassen',
  'no tocar',
  'ne pas toucher',
  'non toccare',
  'niet aanraken',
  'rör inte',
  'ikke rør',
  'yasak',
  'μην',
  'απαγορεύεται',
  'không (?:được|dùng|sử dụng)',
  'cấm',
  'đừng',
  'usitumie',
  'msitumie',
  'marufuku',
  'אסור',
  'אל תשתמשו',
  'ممنوع',
  'لا تستخدم',
  // "P-07 fuera de operación: no se muestrea": the impersonal "no se" with a verb of doing.
  'no se (?:muestre|incluy|program|asign|us|utiliz|envi|consider|agend|visit|instal|toc)\\p{L}*',
  'ห้าม',
];
/** The same in scripts written without spaces, where endings follow with no boundary: "진입 금지라", "使用禁止". */
const FORBID_UNSPACED = ['不要', '禁止', '不得', '除外', '금지', '제외', '빼 ?주세요', '빼고'];
const FORBIDS = new RegExp(
  `(?<![\\p{L}])(?:${FORBID.join('|')})(?![\\p{L}])|${FORBID_UNSPACED.join('|')}`,
  'iu',
);

/** Weekday names written without spaces around them (Chinese, Japanese, Korean, Thai, Hebrew, Arabic, Hindi). */
const WEEKDAYS_UNSPACED: readonly string[][] = [
  ['星期一', '周一', '月曜', '월요일', 'วันจันทร์', 'יום שני', 'الاثنين', 'सोमवार', 'সোমবার', 'thứ hai'],
  ['星期二', '周二', '火曜', '화요일', 'วันอังคาร', 'יום שלישי', 'الثلاثاء', 'मंगलवार', 'মঙ্গলবার', 'thứ ba'],
  ['星期三', '周三', '水曜', '수요일', 'วันพุธ', 'יום רביעי', 'الأربعاء', 'बुधवार', 'বুধবার', 'thứ tư'],
  ['星期四', '周四', '木曜', '목요일', 'วันพฤหัสบดี', 'יום חמישי', 'الخميس', 'गुरुवार', 'বৃহস্পতিবার', 'thứ năm'],
  ['星期五', '周五', '金曜', '금요일', 'วันศุกร์', 'יום שישי', 'الجمعة', 'शुक्रवार', 'শুক্রবার', 'thứ sáu'],
  ['星期六', '周六', '土曜', '토요일', 'วันเสาร์', 'שבת', 'السبت', 'शनिवार', 'শনিবার', 'thứ bảy'],
  [
    '星期日',
    '星期天',
    '周日',
    '日曜',
    '일요일',
    'วันอาทิตย์',
    'יום ראשון',
    'الأحد',
    'रविवार',
    'রবিবার',
    'chủ nhật',
  ],
];

/** A word that points back to a thing just named, right before a word of forbidding: "o seansa", "diese". */
const BACK_REFERENCE =
  /(?<![\p{L}])(?:o|bu|şu|bunu|onu|diese[nmrs]?|dieses|ese|esa|eso|este|esta|cette|ce|cet|quell[oaei]|quel|questo|questa|dat|deze|ten|tę|tego|ta|to|den|det|ez|azt|azon)\s+(?:\p{L}+\s+)?$/iu;
/** The same right after it: "do not touch that session", "leave it alone". */
const BACK_REFERENCE_AFTER = /^\s+(?:that|this|it|them|those)\b/i;
/** The clauses of a text: what a word of forbidding speaks of stays within its clause. */
const clausesOf = (text: string) =>
  text.split(
    /\n+|(?<=[.;!?。！？])\s*|\s[—–]\s|,\s+(?:but|pero|mais|aber|ale|tapi|lakini|но|αλλά|ama|nhưng)\s/iu,
  );

/** The weekdays (0 = Sunday, as Date gives them) a clause names. */
function weekdaysIn(clause: string): number[] {
  const lower = clause.toLowerCase();
  const out = new Set<number>();
  const words = lower.split(/[^\p{L}'’]+/u);
  // The name or its plural ("tisdagar", "tuesdays", "mardis", "wtorki").
  WEEKDAYS.forEach((names, i) => {
    if (names.some((name) => words.some((w) => w.startsWith(name) && w.length - name.length <= 3)))
      out.add((i + 1) % 7);
  });
  WEEKDAYS_UNSPACED.forEach((names, i) => {
    if (names.some((name) => lower.includes(name))) out.add((i + 1) % 7);
  });
  return [...out];
}

/** Words that set a day aside from the ones that would do: "any day EXCEPT monday", "Not Monday 22 Mar". */
const SET_ASIDE =
  /(?<![\p{L}])(?:(if|or|whether|only|just)\s+)?(?:not|except(?:ing)?(?: for)?|other than|apart from|excluding|never|nicht|außer|ausgenommen|sauf|excepté|hormis|excepto|salvo|menos|exceto|tranne|eccetto|behalve|oprócz|poza|z wyjątkiem|kromě|mimo|krom|кроме|крім|utom|kivéve|cu excepția|în afară de)\s+(?:(?:on|the|a|am|an|le|el|il|w|we|в|у|op|na|în|pe|o)\s+)?(\p{L}[\p{L}'’]+)/giu;
/** Keys that hold the day a thing is moved away from, not the one it is set on. */
const FORMER_KEY = /\b(?:previous|prior|former|old|original|was|current|from)\b/i;

/** The weekdays a clause sets aside: "any day except Monday", "not Monday 22 Mar" (never "if not Monday"). */
function setAsideDays(clause: string): number[] {
  const out = new Set<number>();
  for (const m of clause.matchAll(SET_ASIDE)) {
    if (m[1]) continue;
    for (const day of weekdaysIn(m[2]!)) out.add(day);
  }
  return [...out];
}

/** A forbidding word followed by where or when it holds: "forbidden on passenger aircraft", "prohibido en cabina". */
const QUALIFIED =
  /^\s*(?:on|in|for|at|during|aboard|onboard|inside|within|from|under|with|by|en|para|sur|dans|pour|auf|für|bei|im|während|op|voor|na|w|v|ve|da|per)\b/iu;

/** Only / every: a clause that names the days allowed or all days is no ban on one. */
const ALLOWS =
  /(?<![\p{L}])(?:only|hanya|cuma|lamang|nur|seulement|solo|só|sólo|tylko|pouze|только|тільки|bara|kun|yalnızca|sadece|μόνο|chỉ|tu|רק|فقط|केवल|只|だけ|만)(?![\p{L}])/iu;

export interface ForbiddenUse {
  /** The clause of the task that forbids it. */
  rule: string;
  /** What the call used, as `name key: value`. */
  used: string;
}

interface Call {
  name: string;
  args: unknown;
}

/** Every key/value pair of a call's arguments, at any depth, with the keys above it. */
function entriesOf(args: unknown): { keys: string[]; value: string }[] {
  const out: { keys: string[]; value: string }[] = [];
  const visit = (value: unknown, keys: string[], depth: number) => {
    if (depth > 8 || value === null || value === undefined) return;
    if (typeof value === 'string' || typeof value === 'number') out.push({ keys, value: String(value) });
    else if (Array.isArray(value)) for (const item of value) visit(item, keys, depth + 1);
    else if (typeof value === 'object')
      for (const [key, item] of Object.entries(value as Record<string, unknown>))
        visit(item, [...keys, key], depth + 1);
  };
  visit(args, [], 0);
  return out;
}

const ISO_DAY = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const HAS_ISO_DAY = new RegExp(ISO_DAY.source);
/** A code of ASCII letters and digits: "M-07", "IMM-02", "B12", "EV-7711-B" (never a date or a bare number). */
const CODE =
  /(?<![A-Za-z\d-])(?=[A-Za-z\d-]*\d)(?=[A-Za-z\d-]*[A-Za-z])[A-Za-z][A-Za-z\d-]*\d(?:-[A-Za-z])?(?![A-Za-z\d-])/g;
const squash = (code: string) => code.replace(/[^A-Za-z\d]/g, '').toLowerCase();
/** A noun and its number: "Bus 12", "bay 4", "Aula 2" (the noun in any alphabet). */
const NOUN_NUMBER = /(?<![\p{L}\d])(\p{L}{2,})\.?\s*(?:no\.?\s*|#\s*|nr\.?\s*)?(\d{1,4})(?![\d.,:/-]*\d)/gu;

/** Words that rule out a substitute, in the languages teams write orders in. */
const NO_SUBSTITUTE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:no substitut\p{L}*|(?:do not|don['’]t|never|must not) (?:substitute|replace|swap)|without (?:a )?substitut\p{L}*|not to be substituted|keine?n? (?:ersatz|austausch)|nicht (?:ersetzen|austauschen)|ne (?:pas|jamais) (?:remplacer|substituer)|sans (?:substitution|remplacement)|sin (?:sustitu\p{L}+|reemplazo)|no (?:sustituir|reemplazar)|não substituir|sem substitui\p{L}+|non sostituire|senza sostituzion\p{L}+|niet vervangen|geen vervanging|nie zastępować|bez zamiennik\p{L}*|не заменять|без замен\p{L}*|jangan (?:diganti|mengganti)|tanpa pengganti|không thay thế|جایگزین نکنید|جایگزین[‌ ]?شدنی نیست|جایگزین نشود|لا تستبدل|بدون استبدال|אין להחליף|בלי תחליף|बदलें नहीं)(?![\p{L}])`,
    // Scripts written without spaces: no boundary to look for.
    '(?:不要替换|不得替换|禁止替换|不可替换|代替品不可|代替不可|置き換えないで|대체하지 마|대체 불가|ห้ามเปลี่ยน|ไม่ต้องเปลี่ยนแทน)',
  ].join('|'),
  'iu',
);
/** A deed that puts something in another's place. */
const SUBSTITUTES = /substitut|replace|swap|exchange/i;
/** A call that only looks (at the alternatives, the stock) does not substitute. */
const LOOKS = /^(?:get|list|check|read|fetch|find|search|lookup|query|show|view|describe|suggest|propose)\b/i;

/** A task that rules out substitutes, and a receiver's call that substitutes anyway. */
function substitutedAgainstTask(task: string, calls: readonly Call[]): ForbiddenUse | undefined {
  // The calls first: few receivers substitute, and their names are short to read.
  const call = calls.find((c) => SUBSTITUTES.test(c.name) && !LOOKS.test(nameWords(c.name)));
  if (!call) return undefined;
  const rule = NO_SUBSTITUTE.exec(task);
  if (!rule) return undefined;
  const clause = clausesOf(task).find((c) => NO_SUBSTITUTE.test(c)) ?? rule[0];
  return { rule: clause.trim(), used: `${call.name} ${JSON.stringify(call.args ?? {}).slice(0, 100)}` };
}

/** Words that close or stop a day ("closed on Mondays only"): the days named are the ones not to use. */
const CLOSED_DAYS =
  /(?<![\p{L}])(?:closed|shut|no|not|never|except|geschlossen|stängt|lukket|stengt|cerrad[oa]|fermée?|chius[oa]|fechad[oa]|gesloten|zamknięt\p{L}*|zavřen\p{L}*|zárva|kapalı|закрыт\p{L}*|ej|inte|nicht|kein\p{L}*|pas|nie|ne|nem|değil)(?![\p{L}])/iu;

/**
 * Days a task allows only ("can only come on Tuesdays or Thursdays", "endast tisdagar eller
 * torsdagar") and a deed set on another weekday: a call that puts one day (a search spans two) on a
 * day outside them.
 */
function dayOutsideOnly(task: string, calls: readonly Call[]): ForbiddenUse | undefined {
  for (const clause of clausesOf(task)) {
    if (!ONLY_DAYS.test(clause) || CLOSED_DAYS.test(clause)) continue;
    const days = weekdaysIn(clause);
    if (days.length === 0 || days.length >= 5) continue;
    for (const call of calls) {
      if (READS_ONLY.test(nameWords(call.name))) continue;
      const dated = entriesOf(call.args).filter(({ value }) => HAS_ISO_DAY.test(value));
      if (dated.length !== 1) continue;
      const [{ keys, value }] = dated as [(typeof dated)[number]];
      if (keys.some((key) => FORMER_KEY.test(nameWords(key)))) continue;
      for (const m of value.matchAll(ISO_DAY))
        if (!days.includes(weekdayOfIso(m)))
          return { rule: clause.trim(), used: `${call.name} ${keys.at(-1) ?? ''}: ${value}` };
    }
  }
  return undefined;
}
/** "Only" before or after the days: "can only come Tuesdays", "endast tisdagar", "Tuesdays only". */
const ONLY_DAYS =
  /(?<![\p{L}])(?:only|solely|just|endast|bara|enbart|nur|ausschließlich|seulement|uniquement|solo|solamente|sólo|somente|apenas|soltanto|unicamente|alleen|uitsluitend|tylko|jedynie|pouze|jen|výhradně|csak|kizárólag|kun|ainoastaan|yalnızca|sadece|только|лише|тільки|hanya|chỉ)(?![\p{L}])/iu;

/** A day of the week the task sets aside ("any day EXCEPT monday") that a deed of the receiver is set on. */
function daySetAside(task: string, calls: readonly Call[]): ForbiddenUse | undefined {
  for (const clause of clausesOf(task)) {
    const days = setAsideDays(clause);
    if (days.length === 0) continue;
    for (const call of calls) {
      if (READS_ONLY.test(nameWords(call.name))) continue;
      for (const { keys, value } of entriesOf(call.args)) {
        if (keys.some((key) => FORMER_KEY.test(nameWords(key)))) continue;
        for (const m of value.matchAll(ISO_DAY))
          if (days.includes(weekdayOfIso(m)))
            return { rule: clause.trim(), used: `${call.name} ${keys.at(-1) ?? ''}: ${value}` };
      }
    }
  }
  return undefined;
}

const MONTH = `(${MONTHS.join('|')})`;
const DAY_MONTH = String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}[a-z]*\.?`;
/** "from Fri 27 Nov to Tue 1 Dec", "27 Nov → 1 Dec", "27–30 Nov": a span of days. */
const DAY_SPAN = new RegExp(
  String.raw`(\d{1,2})(?:st|nd|rd|th)?(?:\s+${MONTH}[a-z]*\.?)?\s*(?:to|through|thru|until|till|→|->|–|-)\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?${DAY_MONTH}`,
  'gi',
);
/** Words right before a span of days that keep work off it: "no work Fri 27 Nov → …", "nothing at all from …". */
const KEEPS_OFF_BEFORE = /\b(?:no|nothing|never|not)\b[^,;:()]{0,24}$/i;
/** Nouns for a span no work goes into: "peak freeze", "blackout", "moratorium". */
const OFF_SPAN = /\b(?:freeze|frozen|blackout|moratorium|embargo)\b/i;
/**
 * Words right before a span of days saying whoever the work is for is not there: "Customers are away
 * 21–27 Sep", "overseas from 3 to 9 May", "on leave 1–5 Oct".
 */
const ABSENT_BEFORE =
  /\b(?:away|overseas|abroad|unavailable|on (?:holiday|vacation|leave)|out of (?:the )?(?:country|office|town))\b[^,;:()]{0,16}$/i;
/** Words in the clause that keep everyone off the place for the span: "nobody on site that week". */
const NOBODY = /\b(?:nobody|no[- ]one|(?:do not|don['’]t) want anyone)\b/i;
/**
 * Words after the span, in its sentence, that give the span to work all the same: "away 21–27 Sep,
 * so use crew B then", "away 21–27 Sep — key with the neighbour, the install can go ahead".
 */
const SPAN_GIVEN =
  /\b(?:so|instead|use|cover\w*|replac\w*|substitut\w*|then|still|anyway|go ahead|fine|ok(?:ay)?|not needed|no need)\b/i;
/** Calls that put something on a day: bookings, schedules, orders; a search over days puts nothing there. */
const PUTS_ON_DAY =
  /\b(?:book|schedule|reserve|raise|create|assign|dispatch|deploy|place|submit|confirm|add|insert|post|put|move|ship|send|start|run|order|allocate|hold|plan)\b/i;

/** The rest of the sentence after a text's first place in the task. */
const sentenceAfter = (task: string, text: string) =>
  task.slice(task.indexOf(text) + text.length).split(/(?<=[.!?])\s|\n/)[0]!;

/**
 * A span of days a task keeps work off ("nothing at all from Fri 27 Nov to Tue 1 Dec inclusive — the
 * retail peak freeze") that the receiver's calls book a day inside: strictly inside, or on its ends
 * where the task says "inclusive". A clause that allows only that span is a window, not a ban.
 */
function daySpanBooked(task: string, calls: readonly Call[]): ForbiddenUse | undefined {
  if (!/\d(?:\s+[a-z]{3,9}\.?)?\s*(?:to|through|thru|until|till|→|->|–|-)\s*\D{0,12}\d/i.test(task))
    return undefined;
  for (const clause of clausesOf(task)) {
    if (ALLOWS.test(clause)) continue;
    for (const m of clause.matchAll(DAY_SPAN)) {
      const before = clause.slice(Math.max(0, m.index - 32), m.index);
      const absent =
        (ABSENT_BEFORE.test(before) || NOBODY.test(clause)) && !SPAN_GIVEN.test(sentenceAfter(task, m[0]));
      if (!KEEPS_OFF_BEFORE.test(before) && !OFF_SPAN.test(clause) && !absent) continue;
      const endMonth = monthNumber(m[4]!) - 1;
      const startMonth = m[2] ? monthNumber(m[2]) - 1 : endMonth;
      const [startDay, endDay] = [Number(m[1]), Number(m[3])];
      const inclusive = /\binclusive\b|\bincl\b|\bthrough\b|\bthru\b/i.test(clause);
      for (const call of calls) {
        if (READS_ONLY.test(nameWords(call.name)) || !PUTS_ON_DAY.test(nameWords(call.name))) continue;
        for (const { keys, value } of entriesOf(call.args)) {
          if (keys.some((key) => FORMER_KEY.test(nameWords(key)))) continue;
          for (const d of value.matchAll(ISO_DAY)) {
            const year = Number(d[1]);
            const start = Date.UTC(year, startMonth, startDay);
            let end = Date.UTC(year, endMonth, endDay);
            if (end < start) end = Date.UTC(year + 1, endMonth, endDay);
            const day = Date.UTC(year, Number(d[2]) - 1, Number(d[3]));
            if (inclusive ? day >= start && day <= end : day > start && day < end)
              return { rule: clause.trim(), used: `${call.name} ${keys.at(-1) ?? ''}: ${value}` };
          }
        }
      }
    }
  }
  return undefined;
}

/** Keys that hold what a call keeps away from, or remarks: the item there is kept off, not used. */
const KEEPS_OFF_KEY =
  /^(?:exclude[ds]?|excluding|exclusions?|avoid\w*|except\w*|not|no|block\w*|blacklist\w*|deny\w*|banned|forbidden|skip\w*|without|ohne|ausschl\w*|sauf|sans|sin|reasons?|notes?|comments?|remarks?|warnings?|constraints?|restrictions?|rules?|instructions?|requirements?)$/i;
/** Words too small to name an item ("the", "die", "la"). */
const SMALL_WORD = /^\p{L}{1,2}$|^(?:the|and|der|die|das|den|und|les|des|une|los|las|del|con|och|het|een)$/iu;

/** Two spellings of one word: the same, or a plural or case ending more ("Reisebus", "Reisebusse"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.length - short.length <= 3 && long.startsWith(short);
}

/**
 * A thing a forbidding clause names in words ("Hochboden/Reisebusse sind laut Aufgabenträger nicht
 * zulässig") that a call's argument sets as a value of words (`fahrzeugtyp: "Reisebus"`): every word
 * of the value stands in the part of the clause that forbids (up to a comma), none in a clause of the
 * task that does not forbid, and the key is no list of what to keep off (`exclude: "Blue Mesa"`).
 */
function namedItemUsed(task: string, calls: readonly Call[]): ForbiddenUse | undefined {
  const clauses = clausesOf(task);
  const open = clauses
    .filter((clause) => !FORBIDS.test(clause))
    .flatMap((clause) => clause.toLowerCase().split(/[^\p{L}]+/u));
  const parts = clauses
    .filter((clause) => FORBIDS.test(clause) && !ALLOWS.test(clause))
    .flatMap((clause) => clause.split(/,\s+/).filter((part) => FORBIDS.test(part)));
  if (parts.length === 0) return undefined;
  for (const { words, used } of wordValues(calls)) {
    if (words.every((w) => open.some((o) => sameWord(o, w)))) continue;
    for (const part of parts) {
      const said = part.toLowerCase().split(/[^\p{L}]+/u);
      if (words.every((w) => said.some((o) => sameWord(o, w)))) return { rule: part.trim(), used };
    }
  }
  // A thing named with its figure ("NaCl 0,9% 250 ml"): its name and that figure together in a
  // part that forbids them ("NaCl 0,9% jest wykluczony"), and not in the clauses that allow.
  const tokensOf = (text: string) => text.toLowerCase().match(/\p{L}+|\d+(?:[.,]\d+)?/gu) ?? [];
  const openText = ` ${tokensOf(clauses.filter((clause) => !FORBIDS.test(clause)).join(' ')).join(' ')} `;
  for (const { call, keys, value } of valuesSet(calls)) {
    if (value.length > 60) continue;
    const tokens = tokensOf(value);
    const figure = tokens.findIndex((t) => /^\d/.test(t));
    const head = tokens.slice(0, figure + 1);
    const named = ` ${head.join(' ')} `;
    if (figure < 1 || !head.some((t) => /^\p{L}{3,}$/u.test(t)) || openText.includes(named)) continue;
    const part = parts.find((p) => ` ${tokensOf(p).join(' ')} `.includes(named));
    if (part) return { rule: part.trim(), used: `${call.name} ${keys.at(-1) ?? ''}: ${value}` };
  }
  return undefined;
}

/**
 * A rule that opens with "no" and names one thing ("1. **Ingen ketamin** – takykardi…", "No ketamine",
 * "Kein Ketamin", "Sin ketamina"): that thing is ruled out, whatever follows its name.
 */
const NO_THING =
  /^[\s*_#>-]*(?:\d{1,2}[.)]\s*)?[*_]*\s*(?:no|ingen|inget|inga|kein(?:e|en)?|sin|sem|pas de|aucune?|niente|nessun[oa]?|geen|bez|žádn\p{L}*|nincs|ei|ikke|hiçbir|без|никаких|жодн\p{L}*|tanpa)\s+(\p{L}{4,})(?![\p{L}])/iu;

/** A thing a rule of the task says "no" to ("Ingen ketamin"), in a value a call that does something sets. */
function noThingUsed(task: string, calls: readonly Call[]): ForbiddenUse | undefined {
  const rules = task.split(/\n+|(?<=[.;!?])\s+/).flatMap((line) => {
    const m = NO_THING.exec(line);
    return m && !SMALL_WORD.test(m[1]!) ? [{ rule: line.trim(), thing: m[1]!.toLowerCase() }] : [];
  });
  if (rules.length === 0) return undefined;
  for (const { call, keys, value } of valuesSet(calls)) {
    if (value.length > 120) continue;
    const words = value.toLowerCase().split(/[^\p{L}]+/u);
    // (A value that says "no" to it too restates the rule: `conditions: "no confetti"`.)
    const broken = rules.find(({ thing }) =>
      words.some(
        (w, i) => sameWord(w, thing) && !NO_THING.test(words.slice(Math.max(0, i - 2), i + 1).join(' ')),
      ),
    );
    if (broken) return { rule: broken.rule, used: `${call.name} ${keys.at(-1) ?? ''}: ${value}` };
    // A field for the thing given a value: "Nessun ritorno" and `data_ritorno: "2027-06-07T10:00"`.
    const key = nameWords(keys.at(-1) ?? '')
      .toLowerCase()
      .split(/\s+/);
    if (UNSET.test(value.trim()) || key.some((w) => KEY_SAYS_NO.test(w))) continue;
    const field = rules.find(({ thing }) => key.some((w) => sameWord(w, thing)));
    if (field) return { rule: field.rule, used: `${call.name} ${keys.at(-1)}: ${value}` };
  }
  return undefined;
}

/** A value that gives a field nothing: empty, false, none, zero. */
const UNSET = /^(?:|false|null|none|no|nein|non|nie|ei|0|n\/a|-|—)$/i;
/** Words of a key that say "no" themselves: `no_return`, `senza_ritorno`, `without_return`. */
const KEY_SAYS_NO = /^(?:no|not|non|without|senza|sin|sem|sans|ohne|kein\p{L}*|skip|exclude[ds]?|excl)$/iu;

/** A text's words, lower-cased, without those too small to name an item. */
const itemWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !SMALL_WORD.test(w));

/**
 * The values of a few words (no figures) that calls which do something set, not under a key that
 * lists what to keep off: "Reisebus", "Contagem". With the words and the call, key and value.
 */
function* wordValues(calls: readonly Call[]): Generator<{ words: string[]; used: string }> {
  for (const { call, keys, value } of valuesSet(calls)) {
    if (value.length > 40 || /\d/.test(value)) continue;
    const words = itemWords(value);
    if (words.length === 0 || words.length > 4 || !words.some((w) => w.length >= 4)) continue;
    yield { words, used: `${call.name} ${keys.at(-1) ?? ''}: ${value}` };
  }
}

/** The values that calls which do something set, not under a key that lists what to keep off. */
function* valuesSet(calls: readonly Call[]): Generator<{ call: Call; keys: string[]; value: string }> {
  for (const call of calls) {
    if (READS_ONLY.test(nameWords(call.name))) continue;
    for (const { keys, value } of entriesOf(call.args))
      if (
        !keys.some((key) =>
          nameWords(key)
            .split(/\s+/)
            .some((w) => KEEPS_OFF_KEY.test(w)),
        )
      )
        yield { call, keys, value };
  }
}

/** Text the task strikes through: "~~Contagem~~", Markdown's way to take an item off a list. */
const STRUCK = /~~([^~\n]{2,60})~~/g;

/**
 * An item the task strikes through (a row "| ~~Contagem~~ | ~~Cidade Industrial~~ | out |") that a
 * call that does something sets as a value of words (`locais: [..., "Contagem"]`): every word of the
 * value struck, none standing anywhere in the task unstruck, and the key no list of what to keep off.
 */
function struckItemUsed(task: string, calls: readonly Call[]): ForbiddenUse | undefined {
  if (!task.includes('~~')) return undefined;
  const struck = [...task.matchAll(STRUCK)];
  if (struck.length === 0) return undefined;
  const open = itemWords(task.replace(STRUCK, ' '));
  for (const { words, used } of wordValues(calls)) {
    if (words.some((w) => open.some((o) => sameWord(o, w)))) continue;
    const item = struck.find((m) => words.every((w) => itemWords(m[1]!).some((o) => sameWord(o, w))));
    if (item) return { rule: item[0], used };
  }
  return undefined;
}

/**
 * What a task forbids in its own clause (a weekday, or a numbered item such as "Bus 12") that the
 * receiver's calls use: a date on that weekday, or the item's number under a key naming its noun.
 */
export function forbiddenUsed(task: string, calls: readonly Call[]): ForbiddenUse | undefined {
  if (calls.length === 0) return undefined;
  const substituted = substitutedAgainstTask(task, calls);
  if (substituted) return substituted;
  const setAside = daySetAside(task, calls);
  if (setAside) return setAside;
  const outside = dayOutsideOnly(task, calls);
  if (outside) return outside;
  const no = noThingUsed(task, calls);
  if (no) return no;
  const inSpan = daySpanBooked(task, calls);
  if (inSpan) return inSpan;
  const struck = struckItemUsed(task, calls);
  if (struck) return struck;
  if (!FORBIDS.test(task)) return undefined;
  const named = namedItemUsed(task, calls);
  if (named) return named;
  for (const clause of clausesOf(task)) {
    if (!FORBIDS.test(clause)) continue;
    const days = ALLOWS.test(clause) ? [] : weekdaysIn(clause);
    const items = [...clause.matchAll(NOUN_NUMBER)].map((m) => ({
      noun: m[1]!.toLowerCase(),
      number: Number(m[2]),
    }));
    // A code of letters and digits right beside the word ("M-07은 사용 금지", "do not use M-07"),
    // where the clause names only one.
    const codes = [...new Set((clause.match(CODE) ?? []).map(squash))];
    const word = FORBIDS.exec(clause);
    // A code that opens its clause is what the clause speaks of: "P-07 fuera de operación: no se
    // muestrea", "G-17(6대)은 … 진입 금지라 … 빼 주세요".
    // (Not where the word is qualified by where or when: "UN3480 … is forbidden on passenger aircraft"
    // forbids a use, not the item.)
    const unqualified = !!word && !QUALIFIED.test(clause.slice(word.index + word[0].length));
    const opens = (m: RegExpMatchArray) => unqualified && clause.slice(0, m.index).trim() === '';
    const beside = [...clause.matchAll(CODE)].some(
      (m) =>
        word &&
        ((m.index < word.index && opens(m) && word.index - m.index <= 60) ||
          (m.index < word.index
            ? word.index - (m.index + m[0].length) <= 12 ||
              // Or referred back to right before or after the word: "EV-7711-B (22:30) devam ediyor,
              // o seansa dokunma", "… continues, do not touch that session".
              (word.index - (m.index + m[0].length) <= 48 &&
                (BACK_REFERENCE.test(clause.slice(m.index + m[0].length, word.index)) ||
                  BACK_REFERENCE_AFTER.test(clause.slice(word.index + word[0].length))))
            : // (Its object may run on to the code: "do NOT send any lorry to Kiamutugu (KMT-07)".)
              m.index - (word.index + word[0].length) <= 40)),
    );
    const code = codes.length === 1 && beside ? codes[0] : undefined;
    if (days.length === 0 && items.length === 0 && !code) continue;
    for (const call of calls) {
      // A call that only reads (a roster, a status) looks at the item, it does not use it.
      if (READS_ONLY.test(nameWords(call.name))) continue;
      for (const { keys, value } of entriesOf(call.args)) {
        for (const m of value.matchAll(ISO_DAY)) {
          if (days.includes(weekdayOfIso(m)))
            return { rule: clause.trim(), used: `${call.name} ${keys.at(-1) ?? ''}: ${value}` };
        }
        if (code && squash(value) === code)
          return { rule: clause.trim(), used: `${call.name} ${keys.at(-1) ?? ''}: ${value}` };
        const keyWords = keys.flatMap((key) => nameWords(key).toLowerCase().split(/\s+/));
        for (const { noun, number } of items) {
          const named = keyWords.some(
            (w) =>
              w === noun || (w.length >= 3 && noun.startsWith(w)) || (noun.length >= 3 && w.startsWith(noun)),
          );
          const own = new RegExp(`^(?:${noun}\\s*)?0*${number}$`, 'i');
          if (named && own.test(value.trim()))
            return { rule: clause.trim(), used: `${call.name} ${keys.at(-1)}: ${value}` };
        }
      }
    }
  }
  return undefined;
}

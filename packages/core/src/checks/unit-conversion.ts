import { escapeRegExp } from '../util/escape-reg-exp.ts';

/** Units of one kind, each as a multiple of the kind's base unit. */
const UNITS: Record<string, { kind: string; size: number }[]> = {};
const define = (kind: string, sizes: Record<string, number>) => {
  for (const [names, size] of Object.entries(sizes))
    for (const name of names.split('|')) {
      const readings = UNITS[name] ?? [];
      readings.push({ kind, size });
      UNITS[name] = readings;
    }
};
/** A unit's name as the table keys it: lower case, but "ML" (megalitres) is no "ml" (millilitres). */
const unitKey = (name: string) => (/^M[lL]$/.test(name) ? 'megalitre' : name.toLowerCase());
/** The readings of two unit names that measure the same kind ("tons" of cooling beside watts). */
function pairOf(
  a: string,
  b: string,
): [{ kind: string; size: number }, { kind: string; size: number }] | undefined {
  for (const from of UNITS[unitKey(a)] ?? [])
    for (const to of UNITS[unitKey(b)] ?? []) if (from.kind === to.kind) return [from, to];
  return undefined;
}
define('length', {
  'mm|millimetre|millimetres|millimeter|millimeters': 1e-3,
  'cm|centimetre|centimetres|centimeter|centimeters': 1e-2,
  'm|metre|metres|meter|meters': 1,
  'km|kilometre|kilometres|kilometer|kilometers': 1e3,
});
define('mass', {
  'mg|milligram|milligrams': 1e-3,
  'g|gram|grams': 1,
  'kg|kilogram|kilograms|kilo|kilos': 1e3,
  't|tonne|tonnes|ton|tons': 1e6,
});
define('volume', {
  'ml|millilitre|millilitres|milliliter|milliliters': 1e-3,
  'l|litre|litres|liter|liters': 1,
  'hl|hectolitre|hectolitres': 100,
  'm3|m³|cubic metre|cubic metres|kl|kilolitre|kilolitres': 1e3,
  'megalitre|megalitres|megaliter|megaliters': 1e6,
});
define('time', {
  'ms|millisecond|milliseconds': 1e-3,
  's|sec|secs|second|seconds': 1,
  'min|mins|minute|minutes': 60,
  // (Hours in the languages teams write in: "36 saat", "12 Std", "8 jam".)
  'h|hr|hrs|hour|hours|std|stunde|stunden|heure|heures|hora|horas|ore|uur|timer|godz|saat|jam|óra|tuntia': 3600,
  'day|days': 86400,
});
define('energy', { wh: 1, kwh: 1e3, mwh: 1e6, gwh: 1e9 });
define('power', {
  'w|watt|watts': 1,
  'kw|kilowatt|kilowatts': 1e3,
  'mw|megawatt|megawatts': 1e6,
  hp: 745.7,
  'ton|tons|tr': 3516.85,
  'btuh|btu/h|btu_h': 0.29307,
});
define('data', { kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 });

/**
 * How many of `result`'s unit the product of figures in `terms`' units makes, per unit of the bare
 * product ("l/s" × "h" in "m³": 3.6): undefined where a unit is unknown or the kinds do not match.
 * A unit may be a quotient ("l/s", "km/h"); a bare figure counts 1.
 */
export function productScale(terms: readonly string[], result: string): number | undefined {
  const kinds = new Map<string, number>();
  let size = 1;
  const take = (name: string, power: 1 | -1): boolean => {
    const readings = UNITS[unitKey(name)];
    if (!readings || new Set(readings.map((r) => r.kind)).size !== 1) return false;
    kinds.set(readings[0]!.kind, (kinds.get(readings[0]!.kind) ?? 0) + power);
    size *= readings[0]!.size ** power;
    return true;
  };
  for (const term of terms) {
    if (term === '') continue;
    const [top, bottom, ...rest] = term.split('/');
    if (rest.length > 0 || !take(top!, 1) || (bottom !== undefined && !take(bottom, -1))) return undefined;
  }
  if (!take(result, -1)) return undefined;
  return [...kinds.values()].every((power) => power === 0) ? size : undefined;
}

const UNIT = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** `x / 100  # litres -> m3`, `* 60 // hours to minutes`: a factor and the conversion it says it makes. */
const CONVERSION = new RegExp(
  `([*/])\\s*(\\d[\\d_,]*(?:\\.\\d+)?)\\s*\\)?\\s*(?:#|//|--)\\s*(?:convert\\w*\\s+)?(?:from\\s+)?(${UNIT})\\s*(?:->|→|=>|\\bto\\b|\\binto\\b)\\s*(${UNIT})\\b`,
  'gi',
);

/** `<to> = <x>_<from> / 2.2`: an assignment whose names carry the units it converts between. */
const NAMED_CONVERSION = new RegExp(
  `(?:^|\\n)\\s*(?:\\w+_)?(${UNIT})\\s*=\\s*\\(?\\s*\\w*?_?(${UNIT})\\s*\\)?\\s*([*/])\\s*(\\d[\\d_,]*(?:\\.\\d+)?)\\s*(?:$|\\n|#|//)`,
  'gi',
);

/** The factor a conversion from `from` to `to` should use, when `factor` is not it. */
function checkFactor(
  from: string,
  to: string,
  divides: boolean,
  written: string,
): { factor: number; expected: number } | undefined {
  const pair = pairOf(from, to);
  if (!pair || pair[0].size === pair[1].size) return undefined;
  const factor = Number(written.replace(/[_,]/g, ''));
  // Going to a bigger unit divides by the ratio (or multiplies by its inverse), and the reverse.
  const ratio = pair[1].size / pair[0].size;
  const expected = ratio > 1 ? ratio : 1 / ratio;
  const right = ratio > 1 ? (divides ? factor : 1 / factor) : divides ? 1 / factor : factor;
  // Within 1 %: 3,517 W per ton of cooling is written 3517 or 3516.85.
  return Math.abs(right - expected) / expected < 0.01
    ? undefined
    : { factor, expected: Math.round(expected * 1000) / 1000 };
}

/**
 * Code whose comment says which units a multiplication or division converts ("/ 100  # litres ->
 * m3") with a factor that is not the one between those units (1,000): the result is off by the
 * ratio, though it runs without an error.
 */
export function wrongConversionFactor(
  text: string,
): { line: string; factor: number; expected: number } | undefined {
  if (!/[*/]\s*\d/.test(text)) return undefined;
  const named = /(?:->|→|=>|\bto\b|\binto\b)/.test(text);
  for (const match of named ? text.matchAll(CONVERSION) : []) {
    const wrong = checkFactor(match[3]!, match[4]!, match[1] === '/', match[2]!);
    if (!wrong) continue;
    const end = text.indexOf('\n', match.index);
    const line = text.slice(text.lastIndexOf('\n', match.index) + 1, end < 0 ? text.length : end).trim();
    return { line: line.slice(0, 120), ...wrong };
  }
  // `tons = total_w / 12000`: the units are in the variable names.
  for (const match of text.matchAll(NAMED_CONVERSION)) {
    const wrong = checkFactor(match[2]!, match[1]!, match[3] === '/', match[4]!);
    if (wrong) return { line: match[0].trim().slice(0, 120), ...wrong };
  }
  return undefined;
}

/** Units a value is often carried in, by the quantity they measure (a key suffix or the word after it). */
const MEASURE: Record<string, string> = {};
for (const [kind, names] of Object.entries({
  flow: 'cfs|ft3/s|ft³/s|m3/s|m³/s|cumecs|l/s|gpm|m3/d|m³/d|m3/h|m³/h|l/min|l/h',
  temperature: '°f|°c|degf|degc|fahrenheit|celsius',
  mass: 'lb|lbs|pounds|kg|kilograms|oz|ounces|g|grams',
  length: 'ft|feet|foot|m|metres|meters|in|inch|inches|cm|mm|mi|miles|km',
  volume: 'gal|gallons|l|litres|liters|m3|m³',
  speed: 'mph|km/h|kph|kmh|knots|kn|m/s',
  pressure: 'psi|bar|kpa|mbar|hpa',
}))
  for (const name of names.split('|')) MEASURE[name] = kind;
/** Names of one unit: a value in one of them was not converted. */
const SAME = [
  ['cfs', 'ft3/s', 'ft³/s'],
  ['m3/s', 'm³/s', 'cumecs'],
  ['m3/d', 'm³/d'],
  ['m3/h', 'm³/h'],
  ['lb', 'lbs', 'pounds'],
  ['kg', 'kilograms'],
  ['ft', 'feet', 'foot'],
  ['m', 'metres', 'meters'],
  ['°f', 'degf', 'fahrenheit'],
  ['°c', 'degc', 'celsius'],
  ['gal', 'gallons'],
  ['l', 'litres', 'liters'],
  ['m3', 'm³'],
  ['oz', 'ounces'],
  ['g', 'grams'],
  ['in', 'inch', 'inches'],
  ['mi', 'miles'],
  ['km/h', 'kph', 'kmh'],
  ['knots', 'kn'],
];
const canonical = (unit: string): string => SAME.find((names) => names.includes(unit))?.[0] ?? unit;

const MEASURED_UNIT = Object.keys(MEASURE)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
/** "4240 cfs", "4,240 m³/s", "12.6 ft". */
const VALUE_UNIT = new RegExp(
  // (Grouped by spaces too, "3 050 kg", never read from its middle as "050 kg".)
  `(?<![\\w.,])(?<!\\d[\u00a0\u202f ])(\\d{1,3}(?:[\u00a0\u202f ]\\d{3})+(?:,\\d+)?(?![\\d.,]\\d)|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+,\\d{1,2}(?!\\d)|\\d+(?:\\.\\d+)?)\\s?(${MEASURED_UNIT})(?![\\p{L}\\d])`,
  'giu',
);
/** "per day" in the words teams write units in: "m³/nap", "m³/Tag", "l/día" are per day. */
const PER_DAY =
  /\/\s?(?:day|nap|tag|día|dia|jour|giorno|dag|dzień|dobę|den|gün|päivä|сут(?:ки)?)(?![\p{L}])/giu;
/** A key's rate unit spelled with underscores: `tobblet_l_s` is l/s, `inflow_m3_h` m3/h. */
const KEY_RATE = /_(l|m3|kg|t|g)_(s|h|d|min)(?=["']?\s*[=:])/gi;
/** "discharge_cfs=4240", "stage_ft: 12.6". */
const KEY_UNIT = new RegExp(`_(${MEASURED_UNIT})["']?\\s*[=:]\\s*["']?(\\d+(?:\\.\\d+)?)`, 'giu');

function measured(given: string, keys: boolean): { value: string; unit: string }[] {
  const out: { value: string; unit: string }[] = [];
  const text = given.replace(PER_DAY, '/d').replace(KEY_RATE, '_$1/$2');
  for (const m of text.matchAll(VALUE_UNIT)) {
    // "13.1 in the PAN": a preposition, not inches.
    if (m[2]!.toLowerCase() === 'in' && /^\s+\p{L}/u.test(text.slice(m.index + m[0].length))) continue;
    const figure = m[1]!;
    // "14,4" has a decimal comma; "4,240" groups thousands.
    const value = /[\u00a0\u202f ]/.test(figure)
      ? figure.replace(/[\u00a0\u202f ]/g, '').replace(',', '.')
      : /^\d+,\d{1,2}$/.test(figure)
        ? figure.replace(',', '.')
        : figure.replace(/,/g, '');
    out.push({ value, unit: canonical(m[2]!.toLowerCase()) });
  }
  if (keys) {
    for (const m of text.matchAll(KEY_UNIT)) out.push({ value: m[2]!, unit: canonical(m[1]!.toLowerCase()) });
    // A result that declares its fields' units once ("units": {"wspd": "m/s"}) and gives bare numbers.
    const declared = /"units"\s*:\s*\{([^{}]*)\}/.exec(text)?.[1];
    if (declared)
      for (const [, field, unit] of declared.matchAll(/"(\w+)"\s*:\s*"([^"]+)"/g)) {
        const name = canonical(unit!.toLowerCase());
        if (!MEASURE[name]) continue;
        for (const v of text.matchAll(new RegExp(`"${field}"\\s*:\\s*(-?\\d+(?:\\.\\d+)?)`, 'g')))
          out.push({ value: v[1]!, unit: name });
      }
  }
  return out;
}

/**
 * A figure its source gave in one unit (discharge_cfs=4240) stated with the same number in another
 * unit of the same quantity ("4,240 m³/s"), without the source's unit beside it: relabelled, not
 * converted (4,240 cfs is 120 m³/s).
 */
export function relabelledUnit(
  source: string,
  output: string,
): { value: string; from: string; to: string } | undefined {
  const given = measured(source, true).filter((v) => Number(v.value) >= 10);
  if (given.length === 0) return undefined;
  const said = measured(output, false);
  for (const { value, unit } of given) {
    const kind = MEASURE[unit];
    // The same number, or the number rounded to a whole ("13.6" said as "14").
    const same = (s: { value: string }) =>
      s.value === value || (/^\d+$/.test(s.value) && Number(s.value) === Math.round(Number(value)));
    if (said.some((s) => same(s) && s.unit === unit)) continue;
    const other = said.find((s) => same(s) && s.unit !== unit && MEASURE[s.unit] === kind);
    if (other) return { value, from: unit, to: other.unit };
  }
  return undefined;
}

/** A unit or a rate of two ("t/d", "kg/s", "m3/h") as a kind and a size in the kind's base units. */
function unitReading(name: string): { kind: string; size: number } | undefined {
  const [written, below, extra] = name.split('/');
  if (extra !== undefined) return undefined;
  const top = unitKey(written!);
  if (below === undefined) return UNITS[top]?.[0];
  const bottom = below.toLowerCase();
  const over = bottom === 'd' ? { kind: 'time', size: 86400 } : UNITS[bottom]?.find((u) => u.kind === 'time');
  const under = UNITS[top]?.[0];
  if (!over || !under) return undefined;
  return { kind: `${under.kind}/time`, size: under.size / over.size };
}

const RATE_UNIT = `(?:${UNIT})(?:\\/(?:${UNIT}|d))?`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** An amount in a unit: "14.6 ± 1.0 kg/s", "3,200 kg". */
const AMOUNT_IN = new RegExp(
  `(?<![\\w.,])(${NUMBER})(?:\\s?±\\s?[\\d.,]+)?\\s?(${RATE_UNIT})(?![\\w/])`,
  'gi',
);
const AMOUNT_ONE = new RegExp(AMOUNT_IN.source, 'i');
/**
 * What joins an amount to itself in another unit, and nothing else between them: "→ 126 t/d",
 * "= 150 min", "i.e. 1,261 t/d" (a bracket after an amount is as often a per-piece or capacity
 * figure: "540 kg (90 g)", "van (3.5 t)").
 */
const RESTATED = /^\s*(?:→|->|=>|=|≈|\bi\.e\.,?|,?\s*which is)\s*~?\s*$/i;
/** Words that make "2 kg → 1,500 g" a change rather than the same amount in another unit. */
const CHANGED = /\b(?:reduc|increas|cut|rais|lower|chang|drop|fell|rose|grew|up from|down from)/i;

/**
 * The same amount stated in two units with the arithmetic wrong: "14.6 kg/s → 126 t/d" (it is 1,261
 * t/d; a factor of ten slipped). Rates convert by the sizes of both their units.
 */
export function wrongStatedConversion(
  text: string,
): { stated: string; expected: number; unit: string } | undefined {
  // Every restatement is joined by one of RESTATED's signs or words: a text with none has none.
  if (!/\d\s?[a-zµ]/i.test(text) || !/[→=≈]|->|\bi\.e\.|which is/i.test(text)) return undefined;
  for (const sentence of text.split(/(?<=[.;!?])\s+|\n/)) {
    const amounts = [...sentence.matchAll(AMOUNT_IN)].map((m) => ({
      at: m.index,
      end: m.index + m[0].length,
      value: m[1]!,
      unit: m[2]!,
      reading: unitReading(m[2]!),
      shown: m[0],
    }));
    for (let i = 1; i < amounts.length; i++) {
      const to = amounts[i]!;
      // What closes a bracketed aside before the joint ("(wind 6.2 m/s at 2900 m asl) → 126 t/d") is not between them.
      const between = sentence.slice(amounts[i - 1]!.end, to.at);
      const joint = between.slice(between.lastIndexOf(')') + 1);
      if (!to.reading || !RESTATED.test(joint)) continue;
      // The amount it restates: the nearest before it that measures the same kind in another unit.
      const from = amounts
        .slice(0, i)
        .reverse()
        .find((a) => a.reading?.kind === to.reading!.kind);
      if (!from?.reading || from.reading.size === to.reading.size) continue;
      // No other amount between them but in a bracketed aside: "69.99 kg → 2 mg/kg = 139.98 mg" is
      // a dose worked out from the weight, not the weight restated.
      if (AMOUNT_ONE.test(sentence.slice(from.end, to.at).replace(/\([^()]*\)/g, ''))) continue;
      // "48200 fish at 4.1 kg = 197.6 t": a product worked out, not the same amount restated.
      if (
        /(?:\bat|[×*@]|(?<![a-z])x|\bper|\beach)\s*$/i.test(
          sentence.slice(Math.max(0, from.at - 12), from.at),
        )
      )
        continue;
      if (CHANGED.test(sentence.slice(0, to.at))) continue;
      const value = Number(from.value.replace(/,/g, ''));
      const stated = Number(to.value.replace(/,/g, ''));
      const expected = (value * from.reading.size) / to.reading.size;
      // Rounded as written, give or take 2 %.
      const rounding = 0.5 * 10 ** -(to.value.split('.')[1]?.length ?? 0);
      if (Math.abs(stated - expected) <= 0.02 * Math.abs(expected) + rounding) continue;
      const shown = expected >= 100 ? Math.round(expected) : Math.round(expected * 100) / 100;
      return { stated: `${from.shown} → ${to.shown}`, expected: shown, unit: to.unit };
    }
  }
  return undefined;
}

const SIGN: Record<string, string> = { '£': 'gbp', $: 'usd', '€': 'eur' };
/** "£40.14", "$1,284.60", "40.14 GBP". */
const MONEY_TEXT =
  /(?<![\w.,])(?:([£$€])\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(GBP|USD|EUR))(?![\w]|[.,]\d)/g;
/** `roaming_total_gbp: 401.40`. */
const MONEY_KEY = /_(gbp|usd|eur)["']?\s*[=:]\s*["']?(-?\d+(?:\.\d+)?)/gi;

/** Amounts of money a text gives, with their currency as a unit. */
function money(text: string, keys: boolean): { value: string; unit: string }[] {
  const out: { value: string; unit: string }[] = [];
  for (const m of text.matchAll(MONEY_TEXT)) {
    const value = (m[2] ?? m[3]!).replace(/,/g, '');
    out.push({ value, unit: m[1] ? SIGN[m[1]]! : m[4]!.toLowerCase() });
  }
  if (keys)
    for (const m of text.matchAll(MONEY_KEY))
      out.push({ value: m[2]!.replace(/^-/, ''), unit: m[1]!.toLowerCase() });
  return out;
}

/**
 * A figure its own tool gave (total_L: 180000) stated off by a power of ten in the same unit
 * ("18,000 L"), when nothing else the agent was shown has that figure: a zero dropped or added.
 */
export function slippedMagnitude(
  source: string,
  output: string,
  shown: string,
): { given: string; stated: string; unit: string } | undefined {
  const given = [...measured(source, true), ...money(source, true)].filter((v) => Number(v.value) >= 10);
  if (given.length === 0) return undefined;
  const elsewhere = new Set(
    [...measured(shown, true), ...money(shown, true)].map((v) => `${Number(v.value)} ${v.unit}`),
  );
  // Figures the output also gives as the tool gave them ("10 × 1 h @ 36.00 GBP = 360.00"): the
  // other is another amount (a rate), not the tool's figure slipped.
  const written = new Set(
    (output.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((f) => Number(f.replace(/,/g, ''))),
  );
  // A text that groups with dots and writes decimals with a comma ("1.233.222,95 USD", "27,40"):
  // its "533,863 oz" is the tool's 533.863, not a thousand times it.
  const commaDecimal = /\d\.\d{3},\d/.test(output);
  for (const said of [...measured(output, false), ...money(output, false)]) {
    const stated = Number(said.value);
    if (stated < 10 || elsewhere.has(`${stated} ${said.unit}`)) continue;
    if (given.some((v) => Number(v.value) === stated && v.unit === said.unit)) continue;
    // Dots that group thousands, as in much of Europe: "310.000 m³" is the tool's 310000.
    const grouped = /^\d{1,3}(?:\.\d{3})+$/.test(said.value)
      ? Number(said.value.replace(/\./g, ''))
      : undefined;
    if (grouped !== undefined && given.some((v) => Number(v.value) === grouped && v.unit === said.unit))
      continue;
    const slipped = given.find((v) => {
      if (v.unit !== said.unit || written.has(Number(v.value))) return false;
      const ratio = Number(v.value) / stated;
      return [10, 100, 1000, 0.1, 0.01, 0.001].some(
        (r) => Math.abs(ratio - r) < 1e-9 * r && !(commaDecimal && r === 0.001),
      );
    });
    if (slipped) return { given: slipped.value, stated: said.value, unit: said.unit };
  }
  return undefined;
}

// Not a numbered label ("#9 H. Tanaka": rider 9, H. an initial).
const DURATION = /(?<![\w.,#])(\d+(?:\.\d+)?)\s?(days?|hours?|h(?!\.\s?[A-Z])|weeks?|wks?|months?)\b/gi;
const COUNTED_AS = /(?<![\w.,])(\d+(?:\.\d+)?)\s+([a-z]{4,})\b/gi;
const TIME_WORDS =
  /^(?:days?|hours?|hrs?|weeks?|wks?|months?|years?|minutes?|mins?|seconds?|secs?|nights?)$/i;

/**
 * A period its own tool gave in time ("withdrawal … Milk: 5 days") that the output states as the
 * same number of something else ("milk withdrawal is 5 milkings"): the number kept, its meaning
 * changed. The period's subject (a word of five letters or more just before it) says it is one.
 */
export function durationAsCount(
  source: string,
  output: string,
): { value: string; from: string; to: string } | undefined {
  const subjectBefore = (text: string, at: number) =>
    new Set(
      (
        text
          .slice(Math.max(0, at - 32), at)
          .toLowerCase()
          .match(/[a-z]{5,}/g) ?? []
      ).map((w) => w.replace(/s$/, '')),
    );
  const kept = new Set([...output.matchAll(DURATION)].map((m) => m[1]));
  for (const d of source.matchAll(DURATION)) {
    const subjects = subjectBefore(source, d.index);
    // The output also gives that many days: the other count is another thing.
    if (subjects.size === 0 || kept.has(d[1])) continue;
    for (const c of output.matchAll(COUNTED_AS)) {
      if (c[1] !== d[1] || TIME_WORDS.test(c[2]!)) continue;
      if ([...subjectBefore(output, c.index)].some((w) => subjects.has(w)))
        return { value: d[1]!, from: d[2]!, to: c[2]! };
    }
  }
  return undefined;
}

/** Hundredths of a currency, as results name them: "unit": "kobo", `amount_cents`. */
const MINOR_UNIT =
  'cents?|kobo|pence|paise|centavos?|centimes?|céntimos?|centesimi|öre|øre|groszy|halala|fils|satang|sen|haléř[ůe]?|kopeks?|kopecks?|minor(?:[ _]units?)?';
const MINOR_DECLARED = new RegExp(
  `"(?:unit|units|currency_unit|amount_unit|denomination)"\\s*:\\s*"(?:${MINOR_UNIT})"`,
  'i',
);
const MINOR_KEY = new RegExp(`_(?:in_)?(?:${MINOR_UNIT})["']?\\s*[=:]\\s*(\\d+)`, 'gi');
/** A figure written in the minor unit's name: "241,786,500 kobo". */
const MINOR_WRITTEN = new RegExp(`\\d\\s?(?:${MINOR_UNIT})\\b`, 'i');
/** An amount of money: a figure beside a currency sign or code ("₦241,786,500.00", "USD 1,200"). */
const MONEY_ANY =
  /(?:\p{Sc}|\b[A-Z]{3}\b)\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)(?![\d,.]\d)|(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s?(?:\p{Sc}|[A-Z]{3}\b)/gu;

/**
 * An amount its tool gave in hundredths of the currency ("unit": "kobo", `total_cents: 241786500`)
 * stated as that many whole units ("₦241,786,500.00"): 100 times the amount. Only where the output
 * writes no figure in the minor unit's name, and one it names a currency for.
 */
export function minorUnitsAsMajor(
  source: string,
  output: string,
): { given: string; stated: string } | undefined {
  const minors = new Set<number>();
  if (MINOR_DECLARED.test(source))
    for (const m of source.matchAll(/(?<=[:[,]\s*)(\d{4,})(?=\s*[,}\]])/g)) minors.add(Number(m[1]));
  for (const m of source.matchAll(MINOR_KEY)) if (m[1]!.length >= 4) minors.add(Number(m[1]));
  if (minors.size === 0 || MINOR_WRITTEN.test(output)) return undefined;
  for (const m of output.matchAll(MONEY_ANY)) {
    const written = m[1] ?? m[2]!;
    const stated = Number(written.replace(/,/g, ''));
    if (minors.has(stated)) return { given: String(stated), stated: m[0].trim() };
  }
  return undefined;
}

/** A figure as written: grouped or not, with a decimal point or comma. */
const FACTOR_FIGURE = String.raw`\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
/** A unit as a factor names it: "t", "lb", "m³", "oz". */
const FACTOR_UNIT = String.raw`[\p{L}µ][\p{L}µ³²]{0,4}`;
/** "1 t = 2.204,62 lb": a conversion a brief states. */
const ONE_IS = new RegExp(
  String.raw`(?<![\p{L}\d.,])1\s?(${FACTOR_UNIT})\s?(?:=|≈)\s?(${FACTOR_FIGURE})\s?(${FACTOR_UNIT})(?![\p{L}])`,
  'gu',
);
/** "2.000 lb/t", "2,204.62 lb per t": a conversion used as a rate. */
const PER_UNIT = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${FACTOR_FIGURE})\s?(${FACTOR_UNIT})\s?(?:/|\bper\b|\bpor\b|\bpro\b|\bpar\b)\s?(${FACTOR_UNIT})(?![\p{L}/])`,
  'gu',
);

/** The numbers a figure can mean: "2.000" is 2 or 2,000; "2.204,62" only 2,204.62. */
function figureReadings(figure: string): number[] {
  const out: number[] = [];
  const read = (text: string, group: string, point: string) => {
    const parts = text.split(point);
    if (parts.length > 2) return;
    const [whole, fraction] = parts as [string, string | undefined];
    const groups = whole.split(group);
    if (groups.length > 1 && (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3))) return;
    out.push(Number(`${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`));
  };
  read(figure, ',', '.');
  read(figure, '.', ',');
  return [...new Set(out.filter((n) => Number.isFinite(n)))];
}

/**
 * A conversion its brief states ("1 t = 2.204,62 lb") that the output makes with another factor
 * ("2.716,25 t × 2.000 lb/t", a short ton for a metric one): every figure it then gives in the
 * other unit is off by the factors' ratio.
 */
export function briefFactorChanged(
  task: string,
  output: string,
): { stated: string; used: string } | undefined {
  if (!/\d\s?[\p{L}µ]/u.test(task) || !/[=≈]/.test(task)) return undefined;
  const stated = [...task.matchAll(ONE_IS)]
    .filter((m) => m[1]!.toLowerCase() !== m[3]!.toLowerCase() && !/^[A-Z]{3}$/.test(m[1]!))
    .map((m) => ({
      text: m[0],
      from: m[1]!.toLowerCase(),
      to: m[3]!.toLowerCase(),
      values: figureReadings(m[2]!),
    }));
  if (stated.length === 0) return undefined;
  const agrees = (used: number[], given: number[]) =>
    used.some((u) => given.some((g) => Math.abs(u - g) <= 0.005 * g));
  const uses = [
    ...[...output.matchAll(PER_UNIT)].map((m) => ({ text: m[0], to: m[2]!, from: m[3]!, figure: m[1]! })),
    ...[...output.matchAll(ONE_IS)].map((m) => ({ text: m[0], from: m[1]!, to: m[3]!, figure: m[2]! })),
  ];
  for (const use of uses)
    for (const given of stated) {
      if (use.from.toLowerCase() !== given.from || use.to.toLowerCase() !== given.to) continue;
      if (!agrees(figureReadings(use.figure), given.values)) return { stated: given.text, used: use.text };
    }
  return undefined;
}

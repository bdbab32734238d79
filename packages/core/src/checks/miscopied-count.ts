/**
 * A count its own tool gave under a named key that the agent hands on one digit off: the registry
 * said `"mobility_assistance": 19`, the brief says "9 need mobility assistance". The figure stands
 * beside the key's words, differs from the tool's by one digit dropped, added or changed (not the
 * last: 19 → 18 may be a count that moved on), is no figure the tool gave, and the tool's own figure
 * is nowhere in the text.
 */
import { parsedResult } from '../util/parsed-result.ts';
import { nameWordList, STOP, sameStem, words } from './task-words.ts';

interface Keyed {
  key: string;
  words: string[];
  value: number;
}

/** The whole numbers of a record, each with the content words of its key. */
function keyedCounts(data: unknown, out: Keyed[], depth = 0): void {
  if (depth > 5 || data === null || typeof data !== 'object') return;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value === 'number' && (Number.isInteger(value) || RATE_KEY.test(key)))
      out.push({
        key,
        words: nameWordList(key).filter((w) => /^\p{L}{3,}$/u.test(w) && !STOP.has(w)),
        value,
      });
    else keyedCounts(value, out, depth + 1);
  }
}

/** A key that holds a share in per cent: `ibutsu_ritsu`, `defect_rate`, `moisture_pct`, `tasa_humedad`. */
const RATE_KEY =
  /(?:^|_)(?:rate|ratio|pct|percent|percentage|share|ritsu|hiritsu|oran|oranı|tasa|taux|quota|quote|rata|stopa|podil|arany|osuus|andel|persentase|persen|ty_le)(?:_|$)/i;

/** A share in per cent as the text writes it ("8.2%", "8,2 %"). */
const PERCENT = /(?<![\w.,])(\d+(?:[.,]\d+)?)\s?%/g;

/**
 * A share its own tool gave under a key of shares (`ibutsu_ritsu: 18.2`) that the text gives in per
 * cent one digit off ("8.2%"), where the tool's figure is nowhere in it and no other share of the
 * tool is that figure.
 */
function miscopiedRate(
  all: readonly Keyed[],
  single: (k: Keyed) => boolean,
  text: string,
): { key: string; given: number; stated: number } | undefined {
  if (!text.includes('%')) return undefined;
  const rates = all.filter((k) => RATE_KEY.test(k.key) && single(k));
  if (rates.length === 0) return undefined;
  const stated = [...text.matchAll(PERCENT)].map((m) => Number(m[1]!.replace(',', '.')));
  for (const k of rates) {
    if (
      stated.includes(k.value) ||
      new RegExp(`(?<![\\d.,])${String(k.value).replace('.', '[.,]')}(?![\\d])`).test(text)
    )
      continue;
    // (Rounded to fewer places is the same share: 22.14 as "22,1%".)
    const places = (v: number) => (String(v).split('.')[1] ?? '').length;
    const rounded = (v: number) => Math.abs(v - k.value) <= 0.5 * 10 ** -places(v) + 1e-9;
    const off = stated.find((v) => oneDigitOff(k.value, v) && !rounded(v) && !all.some((o) => o.value === v));
    if (off !== undefined) return { key: k.key, given: k.value, stated: off };
  }
  return undefined;
}

/** A count under a key that names it well enough to be found by its words (`mobility_assistance`, `households`). */
const wellNamed = (k: Keyed) => k.value >= 10 && (k.words.length >= 2 || (k.words[0]?.length ?? 0) >= 6);

/** Whether `stated` is `given` with one digit dropped, added, or changed anywhere but last. */
export function oneDigitOff(given: number, stated: number): boolean {
  const [a, b] = [String(given), String(stated)];
  if (a === b) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((digit, i) => (digit === b[i] ? [] : [i]));
    return diff.length === 1 && diff[0] !== a.length - 1;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  return [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short);
}

/** A whole figure, its thousands grouped by a comma, a point or a space ("9 980", "9.980", "9,980"). */
const FIGURE =
  /(?<![\w.,/:-])\d{1,3}(?:(?:[\u00a0\u202f ]|[.,](?=\d{3}(?!\d)))\d{3})+(?![\d.,]*\d)|(?<![\w.,/:-])\d+(?![\d.,]*\d|[\w/:-])/g;

export function miscopiedCount(
  results: readonly unknown[],
  text: string,
): { key: string; given: number; stated: number } | undefined {
  if (!/\d/.test(text)) return undefined;
  const all: Keyed[] = [];
  for (const result of results) keyedCounts(parsedResult(result, 50_000), all);
  // One value under the key: "the" count of the record, not one of a listing's ("dashboards": 18, 9, 22 …).
  const perKey = new Map<string, number>();
  for (const k of all) perKey.set(k.key, (perKey.get(k.key) ?? 0) + 1);
  const single = (k: Keyed) => perKey.get(k.key) === 1;
  const rate = miscopiedRate(all, single, text);
  if (rate) return rate;
  const keyed = all.filter((k) => Number.isInteger(k.value) && wellNamed(k) && single(k));
  if (keyed.length === 0) return miscopiedRecordValue(results, text);
  const figures = [...text.matchAll(FIGURE)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    value: Number(m[0].replace(/\D/g, '')),
  }));
  for (const k of keyed) {
    if (figures.some((f) => f.value === k.value)) continue;
    for (const f of figures) {
      if (!oneDigitOff(k.value, f.value)) continue;
      // The key's words right after the figure, or right before it, with at most two words between.
      const after = words(text.slice(f.end, f.end + 60)).slice(0, k.words.length + 2);
      const before = words(text.slice(Math.max(0, f.at - 60), f.at)).slice(-(k.words.length + 2));
      const names = (key: Keyed, near: string[]) =>
        key.words.length > 0 && key.words.every((w) => near.some((n) => n === w || sameStem(n, w)));
      if (!names(k, after) && !names(k, before)) continue;
      // The figure another field of the record gives, under the words beside it or of the same
      // thing ("dashboards_transferred": 212 beside "dashboards"), is that field's.
      if (
        all.some(
          (o) =>
            o.value === f.value &&
            (names(o, after) || names(o, before) || o.words.some((w) => k.words.includes(w))),
        )
      )
        continue;
      return { key: k.key, given: k.value, stated: f.value };
    }
  }
  return miscopiedRecordValue(results, text);
}

/** A key's unit, where its last word is one: `doorvaarthoogte_gesloten_m` → "m". */
const KEY_UNIT = /_(m|cm|mm|km|kg|t|g|l|ml|h|min|s|pct|kw|kwh|mw|bar|kn)$/i;
/** A figure as a text writes it, with the unit after it. */
const UNIT_FIGURE = /(?<![\w.,/-])(?<!\d[\u00a0\u202f ])(\d+(?:[.,]\d+)?)\s?([\p{L}%]{1,3})?(?![\p{L}\d])/gu;

/** The decimal places of a figure as written, and its value with either decimal sign. */
const placesOf = (figure: string) => /[.,](\d+)$/.exec(figure)?.[1]?.length ?? 0;
const figureValue = (figure: string) => Number(figure.replace(',', '.'));

/**
 * A record of a listing its tool gave (`{ naam: "Hefbrug Zwijndrecht (spoor)",
 * doorvaarthoogte_gesloten_m: 5.85 }`), named in the text with a figure in the key's unit one digit
 * off ("Hefbrug Zwijndrecht (spoor): **6,85 m**"), where no field of any record gives that figure and
 * the record's own is not in its line.
 */
function miscopiedRecordValue(
  results: readonly unknown[],
  text: string,
): { key: string; given: number; stated: number } | undefined {
  const records: Record<string, unknown>[] = [];
  const collect = (data: unknown, depth: number) => {
    if (depth > 5 || data === null || typeof data !== 'object') return;
    if (Array.isArray(data)) {
      for (const item of data)
        if (item && typeof item === 'object' && !Array.isArray(item))
          records.push(item as Record<string, unknown>);
    }
    for (const value of Object.values(data as Record<string, unknown>)) collect(value, depth + 1);
  };
  for (const result of results) collect(parsedResult(result, 50_000), 0);
  if (records.length < 2) return undefined;
  const given = new Set(
    records.flatMap((r) => Object.values(r).filter((v): v is number => typeof v === 'number')),
  );
  const names = records.map((r) =>
    Object.values(r).find((v): v is string => typeof v === 'string' && v.length >= 5),
  );
  for (const [i, record] of records.entries()) {
    const name = names[i];
    const at = name ? text.indexOf(name) : -1;
    if (!name || at < 0 || names.some((other, j) => j !== i && other === name)) continue;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at + name.length, lineEnd < 0 ? text.length : lineEnd);
    for (const [key, value] of Object.entries(record)) {
      const unit =
        typeof value === 'number' && value > 0 ? KEY_UNIT.exec(key)?.[1]?.toLowerCase() : undefined;
      if (!unit || typeof value !== 'number') continue;
      const figures = [...line.matchAll(UNIT_FIGURE)].filter((m) => m[2]?.toLowerCase() === unit);
      if (figures.some((m) => figureValue(m[1]!) === value)) continue;
      for (const m of figures) {
        const stated = figureValue(m[1]!);
        const scale = 10 ** placesOf(m[1]!);
        if (given.has(stated) || !Number.isInteger(Math.round(value * scale * 1e6) / 1e6)) continue;
        if (oneDigitOff(Math.round(value * scale), Math.round(stated * scale)))
          return { key: `${name} ${key}`, given: value, stated };
      }
    }
  }
  return undefined;
}

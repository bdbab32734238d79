/**
 * A code an agent's own tool gave that the agent hands on with one digit changed: the declaration
 * says UN3480 and PI 965, the answer says UN3481 and PI 966. Codes are a label of capitals and a
 * number ("UN3480", "PI 965", "EN-71"); a misquote keeps the label, changes one digit of a number
 * of the same length, and gives a number nothing the agent was shown has under that label.
 */
import { STOP } from './task-words.ts';

/**
 * A label and its number, or a range of them ("GS30-31", "GS31–32": both), not the first part of a
 * longer code ("DG-26-212" is no "DG26") nor of a figure grouped in thousands ("ZFW 64,210 kg",
 * "ZFW 60 900": a weight under its abbreviation).
 */
const CODE = /\b([A-Z]{1,4})[ -]?(\d{2,6})(?:[-–](\d{2,6}))?\b(?![-–/.]\d|[,\u00a0\u202f ]\d{3}(?!\d))/g;
/** Capitals that are no label: months and days written in capitals ("19 DEC 2026"). */
const NOT_LABEL = new Set(
  'JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC MON TUE WED THU FRI SAT SUN AM PM UTC GMT'.split(' '),
);

function codesOf(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(CODE)) {
    const label = m[1]!;
    if (NOT_LABEL.has(label)) continue;
    const [first, last] = [m[2]!, m[3]];
    if (last !== undefined && (last.length !== first.length || Number(last) <= Number(first))) continue;
    const values = out.get(label) ?? new Set<string>();
    values.add(first);
    // Every stage of a short range: "GS31–33" gives GS32 too.
    if (last !== undefined) values.add(last);
    if (last !== undefined && Number(last) - Number(first) <= 50)
      for (let n = Number(first) + 1; n < Number(last); n++)
        values.add(String(n).padStart(first.length, '0'));
    out.set(label, values);
  }
  return out;
}

const oneDigitApart = (a: string, b: string) =>
  a.length === b.length && [...a].filter((digit, i) => digit !== b[i]).length === 1;

export function misquotedCode(
  source: string,
  output: string,
  shown: string,
): { label: string; given: string; stated: string } | undefined {
  if (!/[A-Z]/.test(output)) return undefined;
  const given = codesOf(source);
  if (given.size === 0) return undefined;
  let seen: Map<string, Set<string>> | undefined;
  for (const [label, stated] of codesOf(output)) {
    const values = given.get(label);
    // One value under the label: "the" code of this record, not one of a listing's.
    if (values?.size !== 1) continue;
    const [value] = values as unknown as [string];
    // The output also gives the tool's code right: the other number is another thing it speaks of
    // ("measured from P07 … up 6 % on P06"), not a misquote.
    if (stated.has(value)) continue;
    for (const number of stated) {
      if (number === value || !oneDigitApart(number, value)) continue;
      seen ??= codesOf(shown);
      if (seen.get(label)?.has(number)) continue;
      return { label, given: `${label}${value}`, stated: `${label}${number}` };
    }
  }
  return undefined;
}

/** A whole number under a lower- or mixed-case field label: "ax 081", "cyl: 170", "qty=24". */
// (Not a day: "le 21/02", "am 21.02.".)
const FIELD = /\b([A-Za-z]{2,8})\s?[:=]?\s?(\d{2,4})(?!\d|[.,:/-]\d|\s?[%°])/g;

/** A decimal figure under a short code naming its record: "C07 AV=0.85 g/L", "- C07 : 0,58 g/L". */
const CODED_DECIMAL =
  /\b([A-Za-z]{1,3}\d{1,4})(?![\w.,-])[^\d\n|;]{0,12}?(?<![\w.,])(\d{1,3}[.,]\d{1,3})(?![\d]|[.,]\d)/g;

function fieldsOf(text: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const add = (label: string, value: number) =>
    out.set(label, (out.get(label) ?? new Set<number>()).add(value));
  for (const m of text.matchAll(FIELD)) add(m[1]!.toLowerCase(), Number(m[2]));
  if (/\d[.,]\d/.test(text))
    for (const m of text.matchAll(CODED_DECIMAL)) add(m[1]!.toLowerCase(), Number(m[2]!.replace(',', '.')));
  return out;
}

const digitsOf = (value: number) => [...String(value)].sort().join('');

/** A figure of three digits or more right after a word labelling it, in any script: "elegytömeg 1 624 t", "gross: 18,240". */
const LABELLED_FIGURE =
  /(?<![\p{L}])(\p{L}{4,20})\s?[:=]?\s?\**\s?(\d{1,3}(?:[\u00a0\u202f ,.]\d{3})+|\d{3,6})(?![\d]|[.,]\d)/gu;

/** The figures a text gives under each label word, separators dropped. */
function labelledFigures(text: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const m of text.matchAll(LABELLED_FIGURE)) {
    const label = m[1]!.toLowerCase();
    out.set(label, (out.get(label) ?? new Set<number>()).add(Number(m[2]!.replace(/\D/g, ''))));
  }
  return out;
}

/**
 * A figure its brief gave under a label that the agent hands on under the same label with the
 * digits swapped: "elegytömeg 1 624 t" received, "elegytömeg 1 264 t" sent. One figure under the
 * label in the brief, none of the brief's in the output, and the stated one nowhere else it was shown.
 */
export function transposedFromBrief(
  brief: string,
  output: string,
  shown: string,
): { label: string; given: number; stated: number } | undefined {
  if (!/\d{3}|\d[\u00a0\u202f ,.]\d{3}/.test(output)) return undefined;
  const given = labelledFigures(brief);
  if (given.size === 0) return undefined;
  for (const [label, stated] of labelledFigures(output)) {
    const values = given.get(label);
    if (values?.size !== 1 || STOP.has(label)) continue;
    const [value] = values as Set<number> & [number];
    if (stated.has(value)) continue;
    for (const number of stated)
      if (
        number !== value &&
        digitsOf(number) === digitsOf(value) &&
        !new RegExp(`(?<![\\d.,])${number}(?!\\d)`).test(shown)
      )
        return { label, given: value, stated: number };
  }
  return undefined;
}

/**
 * A field its own tool gave that the agent hands on with the digits swapped: the surfacing result
 * says "ax 081", the sheet says "ax 18" (81 read backwards). The stated number is none the tool
 * gave under that label, nor anything else the agent was shown; its digits are those of one it gave.
 */
export function transposedFigure(
  source: string,
  output: string,
  shown: string,
): { label: string; given: number; stated: number } | undefined {
  const given = fieldsOf(source);
  if (given.size === 0) return undefined;
  let seen: Map<string, Set<number>> | undefined;
  for (const [label, stated] of fieldsOf(output)) {
    const values = given.get(label);
    // (A small word is no field's label: "the 1989 regional, not the 1998 final".)
    if (!values || STOP.has(label)) continue;
    for (const number of stated) {
      if (values.has(number) || new Set(String(number)).size < 2) continue;
      const swapped = [...values].find((value) => value !== number && digitsOf(value) === digitsOf(number));
      // The output gives the tool's figure under that label too: the other is a figure of its own.
      if (swapped === undefined || stated.has(swapped)) continue;
      seen ??= fieldsOf(shown);
      if (seen.get(label)?.has(number)) continue;
      return { label, given: swapped, stated: number };
    }
  }
  return undefined;
}

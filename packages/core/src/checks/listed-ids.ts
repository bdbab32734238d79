/**
 * The records a task names for the receiver to work on ("run the B bottles = lab IDs 26-118302,
 * -304, -306"), and a receiver whose deeds named records of the same series, none of them those.
 */

/**
 * A record number: digits, optionally led by a code ("26-118302", "INV-2291", "LOT 5521"); never a
 * group or the decimals of an amount ("1.184.500,00", "EUR 1,262,000.00") or a part of a date ("09.03.2027").
 */
const RECORD = /(?<![\w-])((?:[A-Za-z]{1,6}-?|\d{1,4}-)?)(\d{3,})(?![\w-]*\d)/g;
/** Amounts with groups or decimals and dates, blanked before records are read. */
const FIGURE =
  /(?<![\w.,-])(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+[.,]\d+)(?![\w-])/g;
/** A shortened next item of a list: "-304" after "26-118302" is "26-118304". */
const SHORT = /^\s*(?:,|and|&)?\s*-(\d{2,})\b/;

export interface RecordNumber {
  prefix: string;
  digits: string;
}

const full = (r: RecordNumber) => `${r.prefix}${r.digits}`;
/** Records of one series share their code and all but the last three digits. */
const series = (r: RecordNumber) => `${r.prefix.toLowerCase()}${r.digits.slice(0, -3)}|${r.digits.length}`;

/** The record numbers of a text, shortened list items ("26-118302, -304") written out in full. */
export function recordNumbers(text: string): RecordNumber[] {
  const out: RecordNumber[] = [];
  text = text.replace(FIGURE, (figure) => ' '.repeat(figure.length));
  for (const match of text.matchAll(RECORD)) {
    const first = { prefix: match[1]!, digits: match[2]! };
    // Three bare digits are a quantity far more often than a record ("425 kg", "380 fuel").
    if (!first.prefix && first.digits.length < 4) continue;
    out.push(first);
    let rest = text.slice(match.index + match[0].length);
    for (let short = SHORT.exec(rest); short; short = SHORT.exec(rest)) {
      const tail = short[1]!;
      if (tail.length >= first.digits.length) break;
      out.push({ prefix: first.prefix, digits: first.digits.slice(0, -tail.length) + tail });
      rest = rest.slice(short[0].length);
    }
  }
  return out;
}

/**
 * A deed of the receiver that names two records or more of a series the task lists, none of them
 * one the task lists: it worked on other records than the ones it was given.
 */
export function actedOnOtherRecords(
  task: string,
  calls: readonly { name: string; args: string }[],
): { listed: string[]; acted: string[]; call: string } | undefined {
  const listed = recordNumbers(task);
  if (listed.length < 2) return undefined;
  const names = new Set(listed.map(full));
  const families = new Set(listed.map(series));
  for (const call of calls) {
    const named = recordNumbers(call.args).filter((r) => families.has(series(r)));
    if (named.length < 2 || named.some((r) => names.has(full(r)))) continue;
    return { listed: [...names], acted: named.map(full), call: `${call.name} ${call.args}` };
  }
  return undefined;
}

/**
 * Records read off the wrong row of a source. A tool lists several records of one kind (units
 * TRK-214 and TRK-241, donors D-2240 and D-1102); the task singles one out, by its identifier or by
 * a figure only that record holds ($5,000). Reading another record's figures for it is a bad output;
 * acting on another record altogether is a misread task.
 */

/** Identifiers: a letter prefix and digits (TRK-241, SKU 88213, D-1102, LN-2027-08); not a day after a label ("UPU-15.03"). */
const ID = /\b([A-Z]{1,6})[- ]?(?!\d{2}[./]\d{2}(?!\d))(\d{2,}(?:-\d+)*)\b/g;
const FIGURE = /(?<![\w.,-])\d+(?:[.,]\d+)?(?:\s?k\b)?(?![\w-])/g;

interface Row {
  text: string;
  ids: string[];
  prefixes: string[];
}

const normalId = (text: string) =>
  text.replace(ID, (_whole, prefix: string, digits: string) => `${prefix}-${digits}`);

/** A text's figures, identifiers and dates taken out; a lone digit is too common to tell rows apart. */
function figuresOf(text: string): Set<string> {
  const bare = normalId(text)
    .replace(ID, ' ')
    .replace(/\b(?:19|20)\d{2}-\d{2}-\d{2}\b/g, ' ')
    // A day written "31/01/2027": a date, not a record's figure ("11/10 mm" pads stay figures).
    .replace(/(?<![\d.,/])\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}(?![\d/])/g, ' ')
    // A day without its year ("Mon 12/14") and a time of day ("12:01"): not a record's figure either.
    .replace(/(?<![\d.,/])(?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])(?![\d/]|\s?[a-zµ%])/gi, ' ')
    .replace(/(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/g, ' ')
    .replace(/(\d),(\d{3})\b/g, '$1$2');
  return new Set(
    (bare.match(FIGURE) ?? [])
      .map((figure) =>
        /k$/.test(figure) ? String(Number.parseFloat(figure) * 1000) : figure.replace(',', '.'),
      )
      .filter((figure) => figure.length > 1),
  );
}

/** The records of a source: one per line, or one per identifier where a line lists several. */
function rowsOf(source: string): Row[] {
  const pieces = normalId(source)
    .split(/\n|;/)
    .flatMap((line) => {
      const starts = [...line.matchAll(ID)].map((m) => m.index ?? 0);
      if (starts.length < 2) return [line];
      return starts.map((start, i) => line.slice(i === 0 ? 0 : start, starts[i + 1] ?? line.length));
    });
  return pieces
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text) => {
      const found = [...text.matchAll(ID)];
      return { text, ids: found.map((m) => m[0]), prefixes: found.map((m) => m[1]!) };
    });
}

/** The record a task singles out among the source's records of one kind, and the others. */
function singledOut(task: string, rows: Row[]): { target: Row; others: Row[] } | undefined {
  const named = normalId(task);
  const taskFigures = figuresOf(task);
  for (const prefix of new Set(rows.flatMap((row) => row.prefixes))) {
    const kind = rows.filter((row) => row.prefixes.includes(prefix));
    if (kind.length < 2) continue;
    const byId = kind.filter((row) => row.ids.some((id) => new RegExp(`\\b${id}\\b`).test(named)));
    const byFigure = kind.filter((row) => {
      const own = figuresOf(row.text);
      return [...taskFigures].some(
        (figure) =>
          own.has(figure) && !kind.some((other) => other !== row && figuresOf(other.text).has(figure)),
      );
    });
    const target =
      byId.length === 1 ? byId[0] : byId.length === 0 && byFigure.length === 1 ? byFigure[0] : undefined;
    if (target) return { target, others: kind.filter((row) => row !== target) };
  }
  return undefined;
}

const mentions = (text: string, row: Row) => row.ids.some((id) => new RegExp(`\\b${id}\\b`).test(text));

/** A unit's figures read off a look-alike's record, none of its own (TRK-241 given TRK-214's pads). */
export function figureOfOtherRow(
  task: string,
  source: string,
  answer: string,
): { id: string; stated: string; row: string; expected: string } | undefined {
  const said = normalId(answer);
  const picked = singledOut(task, rowsOf(source));
  if (!picked || !mentions(said, picked.target)) return undefined;
  const right = figuresOf(picked.target.text);
  const answerFigures = figuresOf(said);
  if (right.size === 0 || [...right].some((figure) => answerFigures.has(figure))) return undefined;
  for (const row of picked.others) {
    // An answer that names the other unit too is comparing records, not reading the wrong one.
    if (mentions(said, row)) continue;
    const all = figuresOf(row.text);
    const stated = [...all].filter((figure) => answerFigures.has(figure) && !right.has(figure));
    if (stated.length >= 2 || (stated.length === 1 && all.size === 1))
      return {
        id: picked.target.ids[0]!,
        stated: stated.join(', '),
        row: row.text,
        expected: picked.target.text,
      };
  }
  return undefined;
}

/** Another record than the one the task singled out, acted on by name (D-2240 for the $5,000 donor). */
export function otherRecordChosen(
  task: string,
  source: string,
  answer: string,
): { chosen: string; target: string } | undefined {
  const said = normalId(answer);
  const picked = singledOut(task, rowsOf(source));
  if (!picked || mentions(said, picked.target)) return undefined;
  const chosen = picked.others.filter((row) => mentions(said, row));
  return chosen.length === 1
    ? { chosen: chosen[0]!.text.slice(0, 80), target: picked.target.text.slice(0, 80) }
    : undefined;
}

/**
 * An answer that names records of one kind and gives two of them, each right after its name, the
 * figures only the other has and none only its own has: the rows exchanged ("P5530.1: 38,331 good →
 * 92.7 %" and "P5531.1: 25,389 good → 61.4 %", where the tool gave them the other way round).
 */
export function transposedRow(
  source: string,
  answer: string,
): { id: string; stated: string; row: string; expected: string } | undefined {
  const said = normalId(answer);
  const rows = rowsOf(source).filter((row) => row.ids.length === 1);
  for (const prefix of new Set(rows.flatMap((row) => row.prefixes))) {
    const kind = rows.filter((row) => row.prefixes[0] === prefix);
    if (kind.length < 2 || new Set(kind.map((row) => row.ids[0])).size !== kind.length) continue;
    // Where the answer names each record (its first mention), in order.
    const at = kind
      .map((row) => ({ row, at: said.search(new RegExp(`\\b${row.ids[0]}\\b`)) }))
      .filter((m) => m.at >= 0)
      .sort((a, b) => a.at - b.at);
    if (at.length < 2) continue;
    const figures = kind.map((row) => figuresOf(row.text));
    const only = (i: number) =>
      [...figures[i]!].filter((f) => figures.every((other, j) => j === i || !other.has(f)));
    // What the answer says of each: up to the next record it names, on its own line.
    const stated = new Map(
      at.map(({ row, at: start }, n) => {
        const line = said.indexOf('\n', start);
        const end = Math.min(at[n + 1]?.at ?? said.length, line < 0 ? said.length : line);
        return [row, figuresOf(said.slice(start + row.ids[0]!.length, end))] as const;
      }),
    );
    const swapped = (i: number, j: number) => {
      const mine = stated.get(kind[i]!);
      if (!mine || only(i).some((f) => mine.has(f))) return [];
      return only(j).filter((f) => mine.has(f));
    };
    for (const [i] of kind.entries())
      for (const [j] of kind.entries()) {
        if (j <= i) continue;
        const [theirs, mine] = [swapped(i, j), swapped(j, i)];
        if (theirs.length >= 2 && mine.length >= 2)
          return {
            id: kind[i]!.ids[0]!,
            stated: theirs.join(', '),
            row: kind[j]!.text,
            expected: kind[i]!.text,
          };
      }
  }
  return undefined;
}

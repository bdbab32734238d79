import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { valuesText } from './handoff-text.ts';
import { STOP } from './task-words.ts';

/**
 * Items a task lists one per line ("- R3: No. 16 first-floor bedroom …", a table row per piano), and
 * deeds that mix them up: a call that names one item and gives it what only another item's line says
 * (the Hall A piano raised to the 442 of the Hall B row), or an answer that gives one item the role
 * the task gave another ("R3 is the assessment position" → "Assessment position No. 12 kitchen
 * window", which is R2).
 */

interface Line {
  text: string;
  tokens: Set<string>;
}

/** Words and figures of a line: figures ("442", "14:00", "592113"), codes ("D-274") and words of 4 letters or more. */
function tokensOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\d][\p{L}\d:.-]*[\p{L}\d]|\d/gu)) {
    const token = m[0];
    if (/\d/.test(token) ? token.length >= 2 : token.length >= 4 && !STOP.has(token)) out.add(token);
  }
  return out;
}

/** The lines of a task that list items: markdown table rows (not the header) and bulleted lines. */
function itemLines(task: string): Line[] {
  const lines = task.split('\n').map((line) => line.trim());
  const rows: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (/^\|?\s*:?-{2,}/.test(line)) continue;
    const table = line.startsWith('|') && line.split('|').length >= 4;
    // A table's first row is its header.
    if (table && /^\|?\s*:?-{2,}/.test(lines[i + 1] ?? '')) continue;
    if (table || /^(?:[-*•]|\d+[.)])\s+\S/.test(line)) rows.push(line);
  }
  return rows.map((text) => ({ text, tokens: tokensOf(text) }));
}

/** What only this line of the list has. */
function ownTokens(line: Line, lines: readonly Line[]): string[] {
  return [...line.tokens].filter((t) => !lines.some((other) => other !== line && other.tokens.has(t)));
}

/** An identifier of a line: a code or a long number only it has ("592113", "D-274", "R3"). */
const isKey = (token: string) =>
  /\d/.test(token) && (/[a-z]/.test(token) || token.replace(/\D/g, '').length >= 4);

/**
 * A call that names exactly one listed item by its identifier and gives it a figure only another
 * item's line has, without naming that other item: it crossed the rows.
 */
export function crossedRow(
  task: string,
  calls: readonly { name: string; args?: unknown }[],
): { call: string; item: string; value: string; other: string } | undefined {
  const lines = itemLines(task);
  if (lines.length < 2) return undefined;
  const own = lines.map((line) => ownTokens(line, lines));
  for (const call of calls) {
    const said = tokensOf(valuesText(call.args ?? {}).replace(/\n/g, ' '));
    for (const value of Object.values(flatArgs(call.args))) said.add(value);
    const keyed = own.map((tokens) => tokens.filter((t) => isKey(t) && said.has(t)));
    const named = keyed.flatMap((keys, i) => (keys.length > 0 ? [i] : []));
    if (named.length !== 1) continue;
    const item = named[0]!;
    for (const [i, tokens] of own.entries()) {
      // Another record (a line with an identifier of its own), not another attribute of the same
      // one ("- mjed CuZn37" and "- duljina 235 mm" are lines of one part's spec).
      if (i === item || !tokens.some(isKey)) continue;
      const value = tokens.find((t) => /^\d+(?:[.:]\d+)?$/.test(t) && t.length >= 3 && said.has(t));
      if (value)
        return { call: call.name, item: keyed[item]![0]!, value, other: lines[i]!.text.slice(0, 80) };
    }
  }
  return undefined;
}

/** A listed line's name: the words before its colon ("- Velký Dvorec: PLNÝ výlov …"). */
const LINE_NAME = /^(?:[-*•]|\d+[.)])\s+\**([^:*\n]{2,40}?)\**\s*:/;
const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A call that names one listed item by the name its line gives it and sets, in words, what only
 * another item's line says: "Velký Dvorec: PLNÝ výlov" and "Malý Dvorec: jen kontrolní odlov",
 * then `schedule_drawdown({ pond: "Malý Dvorec", target: "plný výlov" })`.
 */
export function crossedNamedItems(
  task: string,
  calls: readonly { name: string; args?: unknown }[],
): { call: string; item: string; value: string; other: string } | undefined {
  const named = itemLines(task).flatMap((line) => {
    const name = LINE_NAME.exec(line.text)?.[1];
    return name ? [{ line, name: norm(name) }] : [];
  });
  if (named.length < 2) return undefined;
  for (const call of calls) {
    const values = Object.values(flatArgs(call.args ?? {})).map(norm);
    const items = named.filter((n) => values.includes(n.name));
    if (items.length !== 1) continue;
    const item = items[0]!;
    for (const value of values) {
      if (named.some((n) => n.name === value)) continue;
      const words = [...tokensOf(value)].filter((t) => !/\d/.test(t));
      if (words.length === 0 || words.length > 4) continue;
      const holders = named.filter((n) => words.every((w) => n.line.tokens.has(w)));
      if (holders.length === 1 && holders[0] !== item && !words.some((w) => item.line.tokens.has(w)))
        return { call: call.name, item: item.name, value, other: holders[0]!.line.text.slice(0, 80) };
    }
  }
  return undefined;
}

/** A markdown table of a text: its header cells and its rows' cells (lower case), with each row's line. */
function tableOf(text: string): { header: string[]; rows: { cells: string[]; line: Line }[] } | undefined {
  const lines = text.split('\n').map((line) => line.trim());
  const cellsOf = (line: string) =>
    line
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((cell) => cell.trim().toLowerCase());
  const at = lines.findIndex((line, i) => line.startsWith('|') && /^\|?\s*:?-{2,}/.test(lines[i + 1] ?? ''));
  if (at < 0) return undefined;
  const header = cellsOf(lines[at]!);
  const rows: { cells: string[]; line: Line }[] = [];
  for (const line of lines.slice(at + 2)) {
    if (!line.startsWith('|')) break;
    rows.push({ cells: cellsOf(line), line: { text: line, tokens: tokensOf(line) } });
  }
  return rows.length >= 2 ? { header, rows } : undefined;
}

/**
 * A call that acts on another row of the task's table than the one the task singles out by a column
 * ("tool order 3 today" over a table whose `order` column holds 1, 2, 3): it names what only that
 * other row has (its author and title), and nothing only the singled-out row has.
 */
export function otherRowActedOn(
  task: string,
  calls: readonly { name: string; args?: unknown }[],
): { call: string; asked: string; acted: string } | undefined {
  const table = tableOf(task);
  if (!table) return undefined;
  const prose = task
    .split('\n')
    .filter((line) => !line.trim().startsWith('|'))
    .join('\n');
  const singled = table.rows.filter((row) =>
    table.header.some((column, i) => {
      const cell = row.cells[i];
      if (!column || !cell || cell.length > 20) return false;
      // A column named by a sign ("#") has no word boundary before it: "Refresh #2 only".
      const pattern = new RegExp(
        `(?<![\\p{L}\\d])${escapeRegExp(column)}\\s*(?:no\\.?|#)?\\s*${escapeRegExp(cell)}(?![\\w-])`,
        'iu',
      );
      return pattern.test(prose);
    }),
  );
  if (singled.length !== 1) return undefined;
  const target = singled[0]!;
  const lines = table.rows.map((row) => row.line);
  for (const call of calls) {
    const said = tokensOf(valuesText(call.args ?? {}).replace(/\n/g, ' '));
    if (ownTokens(target.line, lines).some((t) => said.has(t))) continue;
    const other = table.rows.find(
      (row) => row !== target && ownTokens(row.line, lines).filter((t) => said.has(t)).length >= 2,
    );
    if (other) return { call: call.name, asked: target.line.text, acted: other.line.text };
  }
  return undefined;
}

/** Every scalar value of a call's arguments, as text in lower case. */
function flatArgs(args: unknown, out: Record<string, string> = {}, path = ''): Record<string, string> {
  if (args === null || args === undefined) return out;
  if (typeof args !== 'object') {
    out[path] = String(args).toLowerCase();
    return out;
  }
  for (const [key, value] of Object.entries(args as Record<string, unknown>))
    flatArgs(value, out, `${path}.${key}`);
  return out;
}

/** A sentence that gives an item a role: "R3 is the assessment position for the EHO". */
const DESIGNATES = /\b([A-Z]{1,3}-?\d{1,3})\s+is\s+the\s+((?:[a-z][a-z-]+\s){0,3}[a-z][a-z-]+)\b/g;

/**
 * An answer that gives the role the task gave one listed item ("R3 is the assessment position") to
 * another: the words right after the role ("Assessment position No. 12 kitchen window") are only
 * another item's line's, none of the named one's.
 */
export function swappedDesignation(
  task: string,
  output: string,
): { role: string; named: string; given: string } | undefined {
  const lines = itemLines(task);
  if (lines.length < 2) return undefined;
  for (const m of task.matchAll(DESIGNATES)) {
    // The role ends before a preposition: "the assessment position for the EHO".
    const words = m[2]!.split(/\s+/);
    const end = words.findIndex((word) => /^(?:for|of|to|in|at|on|by|with|and|the)$/.test(word));
    const [id, role] = [m[1]!, words.slice(0, end < 0 ? words.length : end).join(' ')];
    if (role.length < 8 || !role.includes(' ')) continue;
    const named = lines.find((line) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'i').test(line.text));
    if (!named) continue;
    const roleWords = tokensOf(role);
    const own = (line: Line) => ownTokens(line, lines).filter((t) => !roleWords.has(t));
    const at = output.toLowerCase().indexOf(role.toLowerCase());
    if (at < 0) continue;
    const clause = output
      .slice(at + role.length, at + role.length + 80)
      .split(/[:;(]|\.\s+(?=[A-Z])|\s[-–—]\s/)[0]!;
    const said = tokensOf(clause);
    if (own(named).some((t) => said.has(t))) continue;
    const other = lines.find((line) => line !== named && own(line).filter((t) => said.has(t)).length >= 2);
    if (other) return { role, named: id, given: clause.trim() };
  }
  return undefined;
}

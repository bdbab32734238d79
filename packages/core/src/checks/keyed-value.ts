/**
 * A field the task names with its value in bold ("inspect to **grain clean** standard", "Equipment:
 * 53′ **reefer**") that the receiver's call sets to a code of its own (`standard: "shovel_clean"`,
 * `equipment: "DRY_VAN_53"`): a word of the call's value the task never uses, while the task's value
 * appears nowhere in what the receiver did or said. The receiver put its own choice in the slot the
 * task had filled.
 */
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { nameWords, STOP, sameStem } from './task-words.ts';

interface Call {
  name: string;
  args: unknown;
}

export interface ReplacedValue {
  /** The task's words for the field and its value. */
  asked: string;
  /** What the call set, as `name key: value`. */
  set: string;
}

/** Words that qualify a field without giving its value ("the usual standard", "same equipment"). */
const NO_VALUE = new Set(
  'same usual normal current required requested agreed following above below given this that these those such your our their which what other standard'.split(
    ' ',
  ),
);

const valueWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3 && !STOP.has(w) && !NO_VALUE.has(w));

/** Text arguments up to two levels down, with their key. */
function textArgs(args: unknown, depth = 0): { key: string; value: string }[] {
  if (depth > 2 || args === null || typeof args !== 'object' || Array.isArray(args)) return [];
  return Object.entries(args as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string' ? [{ key, value }] : textArgs(value, depth + 1),
  );
}

/**
 * The value the task gives a field, marked in bold as the one that matters: after it ("Equipment: 53′
 * **reefer, continuous 34 °F**") or right before it ("to **grain clean** standard"); its content
 * words, up to three.
 */
function taskValues(task: string, field: string): { text: string; words: string[] }[] {
  const word = escapeRegExp(field);
  const out: { text: string; words: string[] }[] = [];
  const after = new RegExp(`(?<![\\p{L}])${word}s?\\s*:\\s*[^\\n*]{0,12}\\*\\*([^*\\n]{1,40})\\*\\*`, 'giu');
  const before = new RegExp(`\\*\\*([^*\\n]{1,40})\\*\\*\\s+${word}(?![\\p{L}])`, 'giu');
  for (const m of [...task.matchAll(after), ...task.matchAll(before)]) {
    const words = valueWords(m[1]!).slice(0, 3);
    if (words.length > 0) out.push({ text: m[0].replace(/\*\*/g, '').trim(), words });
  }
  return out;
}

/** A value written as a code of the tool's own ("shovel_clean", "DRY_VAN_53"): a choice among its kinds, not a name or a reference. */
const CODE_VALUE = /^[A-Za-z]+(?:[_-][A-Za-z0-9]+)+$/;
/** A run of three digits or more: a serial or a year, so a reference ("PCC-NEO-2026"). */
const REFERENCE_DIGITS = /\d{3,}/;

export function keyedValueReplaced(
  task: string,
  calls: readonly Call[],
  actions: string,
): ReplacedValue | undefined {
  // Only a task that marks something in bold can give a field its value (the cheap test first).
  if (!task.includes('**')) return undefined;
  let taskWords: string[] | undefined;
  let done: string[] | undefined;
  const inTask = (w: string) => {
    taskWords ??= task.toLowerCase().split(/[^\p{L}]+/u);
    return taskWords.some((t) => sameStem(t, w));
  };
  const said = (w: string) => {
    done ??= actions.toLowerCase().split(/[^\p{L}]+/u);
    return done.some((t) => sameStem(t, w));
  };
  for (const call of calls)
    for (const { key, value } of textArgs(call.args)) {
      const field = nameWords(key).toLowerCase();
      if (
        field.includes(' ') ||
        field.length < 4 ||
        value.length > 40 ||
        !CODE_VALUE.test(value) ||
        REFERENCE_DIGITS.test(value)
      )
        continue;
      const given = taskValues(task, field);
      if (given.length === 0) continue;
      const set = valueWords(value.replace(/_/g, ' '));
      if (set.length === 0 || set.length > 3) continue;
      // The call's value brings a word the task never uses.
      if (set.every(inTask)) continue;
      for (const asked of given) {
        // What only the task's value says is nowhere in what the receiver did or said.
        const own = asked.words.filter((w) => !set.some((s) => sameStem(s, w)));
        if (own.length === 0 || own.some(said)) continue;
        return { asked: asked.text, set: `${call.name} ${key}: ${JSON.stringify(value)}` };
      }
    }
  return undefined;
}

/**
 * A value written as a choice of a fixed list, in capitals: "ENGINEERING", "ON_HOLD", "LT" (an id,
 * "MRKU4471093", is none).
 */
const ENUM_VALUE = /^[A-Z]{2,}(?:_[A-Z0-9]+)*$/;

/**
 * A field the task gives one of a fixed list of values in capitals ("Status ENGINEERING", "mode:
 * MANUAL") that the receiver's call sets to another value of that kind (`status: "PRODUCTION"`),
 * where no call sets it to the task's: it put its own choice in the slot the task had filled.
 */
export function enumValueChanged(task: string, calls: readonly Call[]): ReplacedValue | undefined {
  if (!/\b[A-Z]{2,}\b/.test(task)) return undefined;
  const set = calls.flatMap((call) =>
    textArgs(call.args)
      .filter(({ value }) => ENUM_VALUE.test(value) && value.length >= 2)
      .map(({ key, value }) => ({ call, key, value, field: nameWords(key).toLowerCase() })),
  );
  for (const { call, key, value, field } of set) {
    if (field.length < 4 || field.split(' ').length > 2) continue;
    const named = new RegExp(
      `(?<![\\p{L}])${field.split(' ').map(escapeRegExp).join('[\\s_-]')}\\s*[:=]?\\s*\\**\\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?![\\p{L}\\d_-])(?!\\s*\\d)`,
      'iu',
    ).exec(task);
    const asked = named?.[1];
    // (A capital word that is the start of a sentence or a name is no value: all capitals. A value of
    // two letters, "LT", is a code of a short list: the call's must be one too.)
    if (!asked || !ENUM_VALUE.test(asked) || asked === value) continue;
    if ((asked.length === 2) !== (value.length === 2)) continue;
    if (set.some((s) => s.key === key && s.value === asked)) continue;
    return {
      asked: named[0].replace(/\*\*/g, '').trim(),
      set: `${call.name} ${key}: ${JSON.stringify(value)}`,
    };
  }
  return undefined;
}

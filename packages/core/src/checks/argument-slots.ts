/**
 * An argument named for what the task asked (`exclude_batches`, `include_ids`) that the receiver's
 * own tool call filled without it: told "exclude batch B-17", it ran `exclude_batches: []`.
 */

import { STOP, sameStem, stem } from './task-words.ts';

const ID = /\b(?:[A-Z]{1,6}-\d+|[A-Z]{1,6}\d{2,})(?:-\d+)*\b/g;
const ASKS = [
  {
    slot: /exclu|drop|remov|skip|omit|ignor|blacklist|deny|block/i,
    verb: /\b(?:exclude|excluding|drop|remove|skip|omit|ignore|leave out|without|do not (?:load|use|charge|include|book|ship|pay|process|send|fire)|stay(?:s)? empty|left empty|kept out|keep out)\b/i,
  },
  {
    slot: /inclu|only|allow|whitelist|select/i,
    verb: /\b(?:include|including|only|restrict(?:ed)? to|limit(?:ed)? to)\b/i,
  },
];

const canonical = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** The identifiers a sentence asks to exclude or include, per kind of slot. */
function asked(task: string): { slot: RegExp; id: string; text: string }[] {
  const out: { slot: RegExp; id: string; text: string }[] = [];
  for (const sentence of task.split(/(?<=[.;!?])\s+|\n+/))
    for (const ask of ASKS) {
      const verb = ask.verb.exec(sentence);
      if (!verb) continue;
      // The identifiers that follow the verb within a few words: "drop the batch B-17 samples", or
      // that the clause before it names as what it speaks of: "(S-01…S-18), they stay empty".
      const after = sentence.slice(verb.index, verb.index + verb[0].length + 40);
      for (const m of after.matchAll(ID)) out.push({ slot: ask.slot, id: m[0], text: after.trim() });
      const before = sentence.slice(Math.max(0, verb.index - 40), verb.index);
      if (/\b(?:they|these|those|them|which)\s+$/i.test(before))
        for (const m of before.matchAll(ID))
          out.push({ slot: ask.slot, id: m[0], text: `${before}${verb[0]}`.trim() });
    }
  return out;
}

/** Arguments (at any depth) whose names match `slot`, with their values. */
function slots(args: unknown, slot: RegExp, depth = 0): [string, unknown][] {
  if (depth > 3 || args === null || typeof args !== 'object') return [];
  return Object.entries(args as Record<string, unknown>).flatMap(([key, value]) => [
    // A list or a name can hold an identifier; a flag (`only_active: true`) cannot.
    ...(slot.test(key) && (Array.isArray(value) || typeof value === 'string')
      ? [[key, value] as [string, unknown]]
      : []),
    ...(value !== null && typeof value === 'object' && !Array.isArray(value)
      ? slots(value, slot, depth + 1)
      : []),
  ]);
}

/** The first call argument that should have held an identifier the task named, and does not. */
export function slotLeftOut(
  task: string,
  calls: readonly { name: string; args: unknown }[],
): { asked: string; call: string } | undefined {
  for (const { slot, id, text } of asked(task))
    for (const call of calls)
      for (const [key, value] of slots(call.args, slot)) {
        if (canonical(JSON.stringify(value) ?? '').includes(canonical(id))) continue;
        return { asked: text, call: `${call.name}(${key}: ${JSON.stringify(value)})` };
      }
  return undefined;
}

/** A line that turns a thing on ("LTQ-1 questionnaire ON", "required") or off ("OFF", "not required", "no depreciation"). */
const ON =
  /(?<!\b(?:not|NOT|no longer|never)\s+)(?:\b(?:ON|YES|REQUIRED|ENABLED|MANDATORY)\b|\b(?:required|enabled|mandatory|switched on|turned on)\b)/;
const OFF =
  /\b(?:OFF|NO|NONE|DISABLED|NOT)\b|\b(?:off|disabled|not|no longer|without|none|never|optional|skip(?:ped)?|waived)\b|\bno\s+(?=[a-z])/;

/** Boolean arguments (at any depth) with the words of their names: `long_trial_screening` → long, trial, screening. */
function flags(args: unknown, depth = 0): { key: string; words: string[]; value: boolean }[] {
  if (depth > 3 || args === null || typeof args !== 'object' || Array.isArray(args)) return [];
  return Object.entries(args as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'boolean'
      ? [
          {
            key,
            value,
            words: key
              .replace(/([a-z])([A-Z])/g, '$1 $2')
              .toLowerCase()
              .split(/[^a-z]+/)
              .filter((w) => w.length >= 3),
          },
        ]
      : flags(value, depth + 1),
  );
}

/**
 * A switch the task sets one way that the receiver's call sets the other: the brief's line naming
 * every word of the argument says it is on ("| screening | LTQ-1 long-trial questionnaire ON |")
 * and the call sent `long_trial_screening: false`, or the reverse.
 */
export function flagAgainstTask(
  task: string,
  calls: readonly { name: string; args: unknown }[],
): { line: string; call: string } | undefined {
  // Clauses, so a switch word speaks of the words beside it ("Chair + 7 line judges, Hawk-Eye not on C2").
  const lines = task
    .split(/\n|(?<=[.;!?])\s+|[,;]\s+|\s+(?:so|but|while|whereas)\s+/)
    .filter((line) => ON.test(line) !== OFF.test(line));
  if (lines.length === 0) return undefined;
  for (const call of calls)
    for (const flag of flags(call.args)) {
      if (flag.words.length === 0 || !flag.words.some((w) => w.length >= 5)) continue;
      for (const line of lines) {
        const said = new Set(line.toLowerCase().split(/[^a-z]+/));
        if (!flag.words.every((w) => said.has(w) || said.has(`${w}s`) || said.has(w.replace(/s$/, ''))))
          continue;
        if (ON.test(line) === flag.value) continue;
        return { line: line.trim(), call: `${call.name}(${flag.key}: ${flag.value})` };
      }
    }
  return undefined;
}

const SECTION_WORDS = ['section', 'paragraph', 'clause', 'article'];

/** "X, NOT Y", "X (not Y)", "X rather than Y", "X instead of Y": what a clause asks for against what it rules out. */
const CONTRAST = /[,(–—-]\s*not\s+|\s(?:rather than|instead of)\s+/i;
/** Arguments that hold free text: a note may name what it did not use. */
const FREE_TEXT =
  /^(?:notes?|comments?|description|reason|message|text|body|summary|remarks?|query|prompt|content|instructions?)$/i;

const contentWords = (text: string) =>
  (text.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []).filter((w) => !STOP.has(w)).map(stem);

/** Text and number arguments (at any depth) with the words of their names. */
function scalarArgs(args: unknown, depth = 0): { key: string; words: string[]; value: string | number }[] {
  if (depth > 3 || args === null || typeof args !== 'object' || Array.isArray(args)) return [];
  return Object.entries(args as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string' || typeof value === 'number'
      ? FREE_TEXT.test(key)
        ? []
        : [
            {
              key,
              value,
              words: contentWords(key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ')),
            },
          ]
      : scalarArgs(value, depth + 1),
  );
}

/** A figure and the unit written after it ("40 m/s" → 40, "m/s"). */
const FIGURE = /(?<![\w.,/-])(\d+(?:\.\d+)?)(?![\d.,]\d)\s?([a-zA-Z%°/]{0,5})/g;
const figuresOf = (text: string) =>
  [...text.matchAll(FIGURE)].map((m) => ({ value: Number(m[1]), unit: m[2]! }));

/**
 * An argument set to what the task's clause rules out: told "tide: use OBSERVED tide from gauge
 * TG-KWL-2, NOT the predicted harmonic tide", the call sent `tide_source: 'predicted'`; told "speed
 * stays at 40 m/s, not our 50 m/s default", it sent `speed_ms: 50`. The argument is one the clause
 * speaks of (a word of its name is in the clause); its value names what only the ruled-out side
 * has, and no argument of the call that the clause speaks of gives the asked-for side.
 */
export function contrastAgainstTask(
  task: string,
  calls: readonly { name: string; args: unknown }[],
): { clause: string; call: string } | undefined {
  if (!/\bnot\b|rather than|instead of/i.test(task)) return undefined;
  for (const clause of task.split(/\n|(?<=[.;!?])\s+/)) {
    const m = CONTRAST.exec(clause);
    if (!m) continue;
    // The asked-for side back to the clause's start; the ruled-out side up to its end or a bracket.
    const before = clause.slice(0, m.index);
    const after = clause.slice(m.index + m[0].length).split(/[),;:]|\s[-–—]\s/)[0]!;
    const only = (side: string[], other: string[]) => side.filter((w) => !other.some((o) => sameStem(o, w)));
    const [asked, ruledOut] = [contentWords(before), contentWords(after)];
    const [wanted, unwanted] = [only(asked, ruledOut), only(ruledOut, asked)];
    // The figures on each side next to the contrast: "at 40 m/s …, not our 50 m/s default".
    const [near, far] = [figuresOf(before).at(-1), figuresOf(after)[0]];
    const figures =
      near && far && near.value !== far.value && (near.unit === far.unit || !near.unit || !far.unit)
        ? { wanted: near.value, unwanted: far.value }
        : undefined;
    const byWords = wanted.length > 0 && unwanted.length > 0;
    if (!byWords && !figures) continue;
    // "§" is a section sign: "review under §3.2" speaks of a `section` argument.
    const topic = [...contentWords(clause), ...(clause.includes('§') ? SECTION_WORDS.map(stem) : [])];
    const names = (value: string, side: string[]) =>
      contentWords(value).some((w) => side.some((u) => sameStem(u, w)));
    // A number written as text ("3.1") is the number.
    const figure = (value: string | number) =>
      typeof value === 'number' ? value : /^\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;
    for (const call of calls) {
      const spoken = scalarArgs(call.args).filter(
        (arg) =>
          arg.words.some((w) => topic.some((t) => sameStem(t, w))) && !/\bnot?\b/i.test(String(arg.value)),
      );
      const gives = (arg: (typeof spoken)[number]) =>
        figure(arg.value) !== undefined
          ? figures !== undefined && figure(arg.value) === figures.wanted
          : byWords && names(String(arg.value), wanted);
      if (spoken.some(gives)) continue;
      const wrong = spoken.find((arg) =>
        figure(arg.value) !== undefined
          ? figures !== undefined && figure(arg.value) === figures.unwanted
          : byWords && String(arg.value).length <= 60 && names(String(arg.value), unwanted),
      );
      if (wrong)
        return { clause: clause.trim(), call: `${call.name}(${wrong.key}: ${JSON.stringify(wrong.value)})` };
    }
  }
  return undefined;
}

import { textOf } from '../util/text-of.ts';
import { nameWords, stem, stemsOf, words } from './task-words.ts';

/** Record ids: a letter prefix and a number (APT-55177, INV 2041, PO88213). */
const ID = /\b([A-Z]{2,5})[- ]?(\d{3,})\b/g;
/** Calls that change a record rather than read it. */
const WRITES = new Set(
  'move reschedule cancel update delete remove book rebook change modify set assign close approve reject refund charge pay transfer send void merge'.split(
    ' ',
  ),
);
/** A task that asks for several or all of them singles none out and needs none singled out. */
const SEVERAL =
  /\b(?:all|both|every|each|any|either|whichever|several|appointments|bookings|orders|records)\b/i;

interface Row {
  id: string;
  text: string;
}

/** Lines of a result that each hold one record id of one kind (same prefix): at least two records. */
function records(result: string): Row[] {
  const rows: Row[] = [];
  for (const line of result.split('\n')) {
    const ids = [...line.matchAll(ID)];
    if (ids.length !== 1) continue;
    rows.push({ id: ids[0]![0], text: line });
  }
  const prefix = (id: string) => id.match(/^[A-Z]+/)![0];
  const kind = rows.filter((row) => prefix(row.id) === prefix(rows[0]?.id ?? ''));
  return new Set(kind.map((row) => row.id)).size >= 2 ? kind : [];
}

/**
 * A task that names one record only by a word every candidate fits ("move my appointment"), a lookup
 * that returned several such records, and a call that changed one of them: the receiver picked one
 * instead of asking which (FM-2.2). A task that singles one out (its id, a word only that record has)
 * or asks for several is not ambiguous.
 */
export function pickedWithoutAsking(
  task: string,
  calls: readonly { name: string; args: unknown; result?: unknown }[],
): { chosen: string; others: string[] } | undefined {
  if (!task || SEVERAL.test(task)) return undefined;
  const asked = new Set(stemsOf(task));
  // Ids as the task writes them, spacing aside ("HZ 8301" is HZ8301).
  const bare = (id: string) => id.replace(/[- ]/g, '');
  const named = new Set([...task.matchAll(ID)].map((m) => bare(m[0])));
  for (const [i, lookup] of calls.entries()) {
    const rows = records(textOf(lookup.result));
    if (rows.length === 0) continue;
    for (const write of calls.slice(i + 1)) {
      const verb = words(nameWords(write.name))[0] ?? '';
      if (!WRITES.has(verb)) continue;
      const args = textOf(write.args);
      const chosen = rows.filter((row) => args.includes(row.id));
      if (chosen.length !== 1) continue;
      const row = chosen[0]!;
      const others = rows.filter((other) => other.id !== row.id);
      // A task that names a record of the kind by its id singles records out, with whatever rule it
      // gives for another one ("HZ 8301; if it is closed, the next freighter by 26 Dec").
      if (rows.some((r) => named.has(bare(r.id)))) return undefined;
      // Words only the chosen record has: one of them in the task singles it out.
      const elsewhere = new Set(others.flatMap((other) => stemsOf(other.text)));
      const own = words(row.text)
        .map(stem)
        .filter((w) => !elsewhere.has(w) && !/^\d+$/.test(w));
      if (own.some((w) => asked.has(w))) return undefined;
      return { chosen: row.id, others: others.map((other) => other.id) };
    }
  }
  return undefined;
}

/**
 * An item the task orders left out that the receiver's answer lists with the others: "Do not put lot
 * CT-2703-03 in (awaiting enrofloxacin results)", and the packing list has a row "| CT-2703-03 | 500
 * | 5 000 |". A row or list line of the item's code with figures, that says nothing of leaving it
 * out, puts it in.
 */
import { ITEM_CODE } from './enumerations.ts';
import { SETTING_ASIDE } from './lexicon.ts';
import { sentencesOf } from './task-words.ts';

/** Orders to leave an item out, in the languages teams write briefs in. */
const LEAVE_OUT = new RegExp(
  `(?<![\\p{L}])(?:${[
    'do not (?:include|add|put|ship|load|pack|list)',
    "don['’]t (?:include|add|put|ship|load|pack|list)",
    'not to be (?:included|shipped|loaded|packed|listed)',
    'exclud(?:e|ing)|except(?:ing)?|other than|leave (?:\\p{L}+ ){0,3}out',
    'nicht (?:aufnehmen|einbeziehen|einrechnen|verladen|versenden)|ausgenommen|außer',
    'ne pas (?:inclure|charger|expédier)|sauf|hormis|no (?:incluir|cargar|enviar)|excepto|salvo',
    'não (?:incluir|carregar|enviar)|exceto|non (?:includere|caricare|spedire)|tranne|eccetto',
    'niet (?:opnemen|laden|verzenden)|behalve|nie (?:uwzględniaj|dołączaj|wliczaj|wysyłaj|ładuj)\\p{L}*|z wyjątkiem|oprócz',
    'không (?:đưa|bao gồm|xuất|đóng|gửi|giao|tính)|ngoại trừ|loại trừ|trừ',
    'hariç|dahil etme|kecuali|jangan (?:masukkan|kirim)',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);
const SETS_ASIDE = new RegExp(
  `(?<![\\p{L}])(?:${SETTING_ASIDE}|excluded|not included|left out|on hold|held|hold|quarantin\\p{L}*|blocked|withheld)(?![\\p{L}])`,
  'iu',
);
/** A line of a table or a list: "| CT-2703-03 | 500 |", "- CT-2703-03: 500 cartons". */
const LISTED_LINE = /^\s*(?:\||[-*•]\s|\d{1,2}[.)]\s)/;

/** The item's code and the line of the answer that lists it, where the task left it out. */
export function excludedItemListed(task: string, answer: string): { item: string; line: string } | undefined {
  if (!LEAVE_OUT.test(task) || !/\d/.test(answer)) return undefined;
  const all = answer.split('\n');
  // Lines of a table or list, each with the heading above its block: "**Held back:**" lists what is out.
  const lines: string[] = [];
  let heading = '';
  for (const line of all) {
    if (!LISTED_LINE.test(line)) {
      if (line.trim() !== '') heading = line;
      continue;
    }
    if (!SETS_ASIDE.test(heading)) lines.push(line);
  }
  if (lines.length === 0) return undefined;
  for (const sentence of sentencesOf(task)) {
    const order = LEAVE_OUT.exec(sentence);
    if (!order) continue;
    // The one code of the sentence's order: the item it leaves out ("lots 01, 02 and 04; not 03" lists two kinds).
    const codes = [...new Set(sentence.slice(order.index).match(ITEM_CODE) ?? [])];
    if (codes.length !== 1) continue;
    const [item] = codes as [string];
    const line = lines.find((l) => {
      const cells = l.replace(/\*\*|__/g, '');
      if (!new RegExp(`(?<![\\w-])${item}(?![\\w-])`).test(cells) || SETS_ASIDE.test(cells)) return false;
      // The item's own figures beside it: it is one of the rows the answer counts.
      return (cells.replace(item, '').match(/(?<![\w-])\d[\d\s.,]*(?![\w-])/g) ?? []).length >= 1;
    });
    if (line) return { item, line: line.trim() };
  }
  return undefined;
}

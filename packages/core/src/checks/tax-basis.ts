/**
 * A total asked for on one tax basis and given on the other: told "8 000 kr including 25 % VAT, give
 * the total with VAT", the estimator's price list ends "excl. VAT 7 420 kr · to pay 9 275 kr" and it
 * answers "total 7 420" — the figure the tool gave on the other basis, never the one asked for.
 */
import { textOf } from '../util/text-of.ts';
import { figureValue } from './contrasted-figures.ts';

/** Names of a sales tax, in the languages teams write in. */
const TAX = String.raw`VAT|GST|HST|sales tax|tax|moms|MwSt\.?|USt\.?|IVA|TVA|BTW|ÁFA|KDV|DPH|DDV|PDV|PVM|ALV|mva|ΦΠΑ|НДС|ПДВ|PPN`;
const WITH = String.raw`incl(?:\.|uding|usive)?|inkl(?:\.|usive)?|inklusive|inräknad|inkluderad|med|mit|with|plus|con|com|incluid[oa]|incluso|compris|z|s|-val|-szal|-vel|dahil`;
const WITHOUT = String.raw`excl(?:\.|uding|usive)?|exkl(?:\.|usive)?|exklusive|utan|ohne|without|before|sin|sem|senza|hors|bez|nélkül|hariç|ex\.?`;
/** A basis said of a figure or a total: "inklusive moms", "excl. VAT", "TTC", "netto", "to pay". */
const INCLUDED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${WITH})\s*(?:${TAX})|(?:${TAX})\s*(?:incl(?:\.|uded)?|inkl\.?|inräknad|inbegriffen|incluid[oa]|incluso|compris[ae]?|inclusa)|TTC|brutto|bruttó|gross|att betala|to pay|zu zahlen|à payer|a pagar|da pagare|te betalen|do zapłaty|k úhradě|fizetendő)(?![\p{L}])`,
  'iu',
);
const EXCLUDED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${WITHOUT})\s*(?:${TAX})|(?:${TAX})\s*(?:excl(?:\.|uded)?|exkl\.?|nélkül|hariç)|HT|netto|nettó|net)(?![\p{L}])`,
  'iu',
);

const FIGURE =
  /(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d{1,2})?(?![\d])|(?<![\d.,])\d+(?:[.,]\d{1,2})?(?![\d.,]*\d)/g;

/** The figures of a text with the basis said within a few words before or after them. */
function basisFigures(text: string): { value: number; included: boolean }[] {
  const out: { value: number; included: boolean }[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const value = figureValue(m[0]);
    if (value < 10) continue;
    const before =
      text
        .slice(Math.max(0, m.index - 28), m.index)
        .split(/[·;|\n]/)
        .at(-1) ?? '';
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24).split(/[·;|\n]/)[0] ?? '';
    const near = `${before} ${after}`;
    const [inc, exc] = [INCLUDED.test(near), EXCLUDED.test(near)];
    if (inc !== exc) out.push({ value, included: inc });
  }
  return out;
}

export function taxBasisSwapped(
  task: string,
  calls: readonly { result?: unknown; error?: unknown }[],
  answer: string,
): { asked: string; given: number; wanted: number } | undefined {
  // One basis asked for, not both named.
  const [inc, exc] = [INCLUDED.exec(task), EXCLUDED.exec(task)];
  const asked = inc ?? exc;
  if (!asked || (inc && exc)) return undefined;
  const included = inc !== null;
  const said = new Set([...answer.matchAll(FIGURE)].map((m) => figureValue(m[0])));
  for (const call of calls) {
    if (call.error) continue;
    const figures = basisFigures(textOf(call.result));
    const wanted = figures.filter((f) => f.included === included).map((f) => f.value);
    const other = figures.filter((f) => f.included !== included).map((f) => f.value);
    // One figure on each basis, the answer giving the other one and never the one asked for.
    if (new Set(wanted).size !== 1 || new Set(other).size !== 1) continue;
    if (said.has(other[0]!) && !said.has(wanted[0]!))
      return { asked: asked[0], given: other[0]!, wanted: wanted[0]! };
  }
  return undefined;
}

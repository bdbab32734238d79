/**
 * A pass verdict its own figures contradict: the brief sets a tolerance of ±0.5 °C, the agent's table
 * gives an error of +1.10 at 121 °C, and the agent writes "All within tolerance → PASS". The
 * tolerance is the ± figure of the brief or the output; the errors are the figures of a column (or a
 * JSON field) named for a deviation, in the output's tables or its tool's results.
 */
import { tablesOf } from './table-cells.ts';

/** A ± figure, with its unit: "±0.5 °C", "±2 %", "± 0,3 mm". */
const PLUS_MINUS = /±\s?(\d+(?:[.,]\d+)?)\s*(%|[\p{L}°]{1,3}(?![\p{L}]))?/gu;
/** Headers and keys of a deviation: `error`, "Abweichung", `dev_c`, "Δ". */
const DEVIATION =
  /^(?:error|err|deviations?|dev|diff|difference|delta|Δ|offset|bias|abweichung|fehler|desviaci[oó]n|error(?:es)?|écart|erreur|errore|scostamento|afwijking|afvigelse|avvikelse|avvik|poikkeama|odchyl\p{L}*|eltérés|desvio|desvío|sapma|penyimpangan|sai lệch)(?:[\s_(].*)?$/iu;
/** A verdict that the readings passed. */
const PASSED =
  /(?<![\p{L}])(?:PASS(?:ED)?|within (?:the )?(?:tolerance|spec(?:ification)?|limits?|±)|in[- ](?:tolerance|spec)|conform(?:s|ing)?|compliant|dentro d[ae] (?:la )?toler[aâ]nci[ae]|dans (?:la )?tolérance|innerhalb der toleranz|entro (?:la )?tolleranza|binnen de tolerantie|inom toleransen|innenfor toleransen|toleranssin sisällä|w (?:granicach )?tolerancji|v (?:rámci )?tolerance|tolerancián belül|tolerans (?:içinde|dahilinde)|dalam (?:batas )?toleransi|trong (?:phạm vi )?dung sai)(?![\p{L}])/iu;
/** A text that says some reading did not: the verdict is not a clean pass. */
const NOT_PASSED =
  /(?<![\p{L}])(?:FAIL(?:ED|S|URE)?|out of (?:tolerance|spec)|outside (?:the )?(?:tolerance|spec|limits?)|not within|exceed(?:s|ed|ing)?|beyond|non-?conform\p{L}*|non-?compliant|OOT|fora da toler[aâ]ncia|fuera de (?:la )?tolerancia|hors tolérance|außerhalb der toleranz|fuori tolleranza|buiten de tolerantie|utanför toleransen|utenfor toleransen|reprovad[oa]|rechazad[oa]|não conforme|no conforme|nicht konform|excede|supera|überschreite\p{L}*|dépasse|overschrijdt|przekracza|ylittää|aşıyor|melebihi|vượt)(?![\p{L}])/iu;

const numberOf = (text: string) => Number(text.replace('−', '-').replace(/^\+/, '').replace(',', '.'));

/**
 * The tolerance the texts set: their one ± figure ("3 points vs reference, ±0.5 °C"). Several (another
 * tolerance for other readings, an uncertainty beside it) leave which one applies open: none.
 */
function toleranceOf(texts: readonly string[]): { value: number; unit: string; text: string } | undefined {
  const found = new Map<number, { value: number; unit: string; text: string }>();
  for (const text of texts)
    for (const m of text.matchAll(PLUS_MINUS)) {
      const value = numberOf(m[1]!);
      if (!found.has(value)) found.set(value, { value, unit: m[2] ?? '', text: m[0] });
    }
  const [only] = found.values();
  return found.size === 1 && only!.value > 0 ? only : undefined;
}

/** The figures of every deviation column of these tables: "+1.10", "-0.4 °C". */
function deviationsIn(results: readonly unknown[]): { value: number; written: string; percent: boolean }[] {
  const out: { value: number; written: string; percent: boolean }[] = [];
  for (const result of results)
    for (const table of tablesOf(result))
      for (const [column, header] of table.header.entries()) {
        if (!DEVIATION.test(header.trim())) continue;
        const inPercent = /%|pct|percent/i.test(header);
        for (const row of table.rows) {
          const cell = row[column] ?? '';
          const figure = /^\s*([+\-−]?\d+(?:[.,]\d+)?)\s*(%)?/.exec(cell);
          if (figure)
            out.push({
              value: Math.abs(numberOf(figure[1]!)),
              written: cell.trim(),
              percent: inPercent || !!figure[2],
            });
        }
      }
  return out;
}

/**
 * A reading outside the tolerance the texts set, under an output that says the readings passed and
 * nothing of one that did not.
 */
export function passedOutOfTolerance(
  task: string,
  output: string,
  results: readonly unknown[],
): { tolerance: string; error: string } | undefined {
  if (!output.includes('±') && !task.includes('±')) return undefined;
  if (!PASSED.test(output) || NOT_PASSED.test(output)) return undefined;
  const tolerance = toleranceOf([task, output]);
  if (!tolerance) return undefined;
  const percent = tolerance.unit === '%';
  const over = deviationsIn([output, ...results]).find(
    (d) => d.percent === percent && d.value > tolerance.value + 1e-9,
  );
  return over ? { tolerance: tolerance.text.trim(), error: over.written } : undefined;
}

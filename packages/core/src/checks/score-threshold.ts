/**
 * A score its own tool put at or over the tool's threshold for escalation, which the answer calls
 * low: `"wynik": 78, "prog_eskalacji_SIU": 60` reported as "wynik scoringu 78/100 … ryzyko nadużycia
 * niskie". The threshold's key must say what crossing it calls for (escalation, review, an alert): a
 * score over a bar to pass (a credit score over 700) is good news, and "low risk" is right there.
 */
import { parsedResult } from '../util/parsed-result.ts';

const SCORE_KEY =
  /^(?:.*_)?(?:score|scoring|wynik|punkty|punktzahl|puntuaci[oó]n|punteggio|pontua[cç][aã]o|skor|pisteet|poäng|poeng|pontszám|diem|điểm)(?:_.*)?$/iu;
const THRESHOLD_KEY =
  /(?:^|_)(?:threshold|cutoff|cut_off|prog|próg|seuil|soglia|umbral|schwelle|schwellenwert|drempel|tröskel|terskel|kynnys|eşik|esik|ambang|ngưỡng|nguong|küszöb|limiar)(?:_|$)/iu;
/** What crossing the threshold calls for: escalation, review, an alert, a referral. */
const CALLS_FOR =
  /(?:^|_)(?:escal\w*|eskal\w*|alert\w*|alarm\w*|review\w*|refer\w*|flag\w*|investig\w*|siu|manual|hold|przegl\w*|prüf\w*|revis\w*|verif\w*)(?:_|$)/iu;
/** Words that call a score or a risk low, in the languages teams write in. */
const CALLED_LOW =
  /(?<![\p{L}])(?:low|minimal|negligible|nisk\p{L}*|baj[oa]|bass[oa]|faible|niedrig\p{L}*|gering\p{L}*|laag|låg\p{L}*|lav\p{L}*|matala|düşük|rendah|thấp|alacsony|nízk\p{L}*|baix[oa])(?![\p{L}])/iu;

export function scoreOverThreshold(
  results: readonly unknown[],
  output: string,
): { score: number; threshold: number; key: string } | undefined {
  if (!CALLED_LOW.test(output)) return undefined;
  for (const result of results) {
    const data = parsedResult(result, 20_000);
    if (!data || typeof data !== 'object' || Array.isArray(data)) continue;
    const entries = Object.entries(data as Record<string, unknown>).filter(
      (e): e is [string, number] => typeof e[1] === 'number',
    );
    const threshold = entries.find(([key]) => THRESHOLD_KEY.test(key) && CALLS_FOR.test(key));
    const score = entries.find(([key]) => SCORE_KEY.test(key) && !THRESHOLD_KEY.test(key));
    if (!threshold || !score || score[1] < threshold[1]) continue;
    // The answer speaks of that score.
    if (!new RegExp(`(?<![\\d.,])${score[1]}(?![\\d]|[.,]\\d)`).test(output)) continue;
    return { score: score[1], threshold: threshold[1], key: threshold[0] };
  }
  return undefined;
}

/**
 * Rates stated "per N" (per 90 minutes, per 100 km, per 1,000 residents) that were worked out on
 * another base: the source gives counts and the base quantity ("41 key passes, 24 apps / 1,530
 * min"), and the answer's rates are the counts divided by another figure of the source (41 / 24 =
 * 1.71 "per 90", where 41 × 90 / 1,530 = 2.41). Two rates or more on the same wrong divisor, none
 * on any base of N, is what a wrong base looks like rather than a coincidence.
 */

// "per 90", "per 100 km"; not "KP/90" or "J/70" (a slash also names classes and fractions).
const PER = /\bper\s(\d{2,6}(?:,\d{3})*)(?![\d.,]\d)/i;
const NUMBER = /(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?(?![\w.]*\d)/g;

const numbersIn = (text: string): number[] =>
  [...text.matchAll(NUMBER)].map((m) => Number(m[0].replace(/,/g, ''))).filter((n) => Number.isFinite(n));

/** Whether `value`, as written with `decimals` places, is `exact` rounded. */
const roundsTo = (value: number, decimals: number, exact: number) =>
  Math.abs(exact - value) <= 0.5 * 10 ** -decimals + 1e-9;

export function rateOnWrongBase(
  output: string,
  source: string,
): { base: number; divisor: number; rates: number[] } | undefined {
  const per = PER.exec(output);
  if (!per) return undefined;
  const base = Number(per[1]!.replace(/,/g, ''));
  const given = [...new Set(numbersIn(source))].filter((n) => n > 0);
  if (given.length < 3) return undefined;
  // The rates: decimals stated after the "per N" in its sentence, not figures copied from the source.
  const sentence = output.slice(per.index).split(/(?<=\.)\s+(?=[A-Z])/)[0]!;
  const rates = [...sentence.matchAll(/(?<![\w.])(\d+)\.(\d+)(?![\w.]*\d)/g)]
    .map((m) => ({ value: Number(m[0]), decimals: m[2]!.length }))
    .filter((r) => !given.includes(r.value));
  if (rates.length < 2) return undefined;
  const onBase = (r: { value: number; decimals: number }) =>
    given.some((count) => given.some((q) => q > base && roundsTo(r.value, r.decimals, (count * base) / q)));
  if (rates.some(onBase)) return undefined;
  for (const divisor of given) {
    if (divisor === base || divisor <= 1) continue;
    const explained = rates.filter((r) =>
      given.some((count) => count !== divisor && roundsTo(r.value, r.decimals, count / divisor)),
    );
    if (explained.length >= 2 && explained.length === rates.length)
      return { base, divisor, rates: explained.map((r) => r.value) };
  }
  return undefined;
}

/**
 * A positive result its agent reports as negative: the lab gives camp 7 "2 positief (OS7-04,
 * OS7-06)", the summary's table gives camp 7 "negatief" and "all 24 negative". The word for a
 * positive result is the same stem in most languages a lab writes in (positive, positief, positivo,
 * positif, positiv, pozytywny); a positive control, a false positive or a count of none is no finding.
 */

/** A word for a positive result: "positive", "POSITIEF", "reactive". */
const POSITIVE = /(?<![\p{L}])(?:po[sz]iti\p{L}*|reactive|reaktiv\p{L}*)/giu;
const ANY_POSITIVE = new RegExp(POSITIVE.source, 'iu');
const NEGATIVE = /(?<![\p{L}])(?:negati\p{L}*|negat[iy]wn\p{L}*|non-?reactive|nicht reaktiv)/iu;
/** What makes the word no finding: "false positive", "no positives", "0 positive", "non-positive". */
const NONE_BEFORE =
  /(?:\bfalse|\bfalsch\p{L}*|\bfalso|\bfaux|\bvals|\bno|\bnot|\bnon|\bnone|\bzero|\bnil|\bgeen|\bniet|\bkein\p{L}*|\bnicht|\bsin|\bsans|\bsenza|\bnenhum|\bningún|\bbez|\bnie|(?<![\d.,])0)[\s\-:"'(]*$/iu;
/** "positive": 0, "positive: none", "positives: []". */
const NONE_AFTER = /^["']?\s*[:=]\s*(?:0(?!\d|[.,]\d)|none|null|false|\[\s*\]|nil|-)/iu;
/** "positive control", "positiv-Kontrolle": a sample that must come out positive. */
const CONTROL =
  /^[\s_-]*(?:controls?|kontroll\p{L}*|controle|contrôle|controllo|kontrola|ctrl|standard|reference)\b/iu;
const CONTROL_BEFORE = /(?:control|kontroll|controle|contrôle|controllo|kontrola|ctrl)\p{L}*[\s_"':]*$/iu;
/** A test a result comes from, written shortly before it: "H5_ELISA": "2 positive". */
const TEST =
  /test|(?<![\p{L}])(?:assay|sample|specimen|screen|swab|PCR|ELISA|culture|serolog|antigen|antibod|rapid|probe|muestra|monster|échantillon|campione|amostra|próbk|vzor|minta|prøve|prov(?:e|er|et|svar)?(?![\p{L}])|näyte|tampon|cultivo|kultur|biops|urin[ae]?(?![\p{L}])|blood|bloed|blut|sangre|sangue|krev|vér(?![\p{L}])|blod)/iu;
/** Sample ids and codes near the positive: "OS7-04", "S-12". */
const PARTICULAR = /(?<![\p{L}\d])\p{L}*\d[\p{L}\d]*(?:[-/.][\p{L}\d]+)+(?![\p{L}\d])/gu;

/** The positive findings of a tool's result: each with the ids written beside it. */
function positivesOf(source: string): { text: string; ids: string[] }[] {
  const found: { text: string; ids: string[] }[] = [];
  for (const m of source.matchAll(POSITIVE)) {
    const before = source.slice(Math.max(0, m.index - 24), m.index);
    const after = source.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (NONE_BEFORE.test(before) || NONE_AFTER.test(after)) continue;
    if (
      CONTROL.test(after.replace(/^["']/, '')) ||
      CONTROL_BEFORE.test(before) ||
      /kontroll|control/i.test(m[0])
    )
      continue;
    if (!TEST.test(source.slice(Math.max(0, m.index - 120), m.index))) continue;
    const near = source.slice(m.index, m.index + 80).split(/[}\]\n]/)[0]!;
    found.push({ text: near.slice(0, 60), ids: near.match(PARTICULAR) ?? [] });
  }
  return found;
}

/**
 * A positive its tool returned that the output turns into a negative: the output names no positive
 * (and none of the positive samples' ids) and calls something negative.
 */
export function withheldPositive(sources: readonly string[], output: string): string | undefined {
  if (!NEGATIVE.test(output) || ANY_POSITIVE.test(output)) return undefined;
  let last: string | undefined;
  for (const source of sources) {
    if (!ANY_POSITIVE.test(source) && !NEGATIVE.test(source)) continue;
    const positives = positivesOf(source);
    // A later result with no positive (a retest) is the one the output reports.
    last =
      positives.length === 0
        ? undefined
        : positives.find((p) => !p.ids.some((id) => output.includes(id)))?.text;
  }
  return last;
}

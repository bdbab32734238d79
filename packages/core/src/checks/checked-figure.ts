/**
 * A figure the request asks to have checked ("Według notatki … 36,00 zł … Sprawdźcie to w
 * uchwale"), a check the sender was then shown that gives one other figure of its unit in bold
 * ("**39,50 zł od osoby miesięcznie**"), and a brief the sender writes with the request's figure and
 * never the checked one: it handed on stale context.
 */
import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { Finding } from '../model/trace.ts';
import { seenBefore, staleBrief } from './moved-day.ts';
import { type Quantity, quantitiesOf } from './stated-supersession.ts';
import { STOP, sentencesOf, stem } from './task-words.ts';
import { isReply, requestOf } from './turn-links.ts';

/** Words asking for a figure to be checked, in the languages teams write in. */
const CHECK =
  /(?<![\p{L}])(?:check|verify|confirm|double-check|sprawd\p{L}*|weryfik\p{L}*|potwierd\p{L}*|vérifi\p{L}*|contrôl\p{L}*|confirme\p{L}*|prüf\p{L}*|überprüf\p{L}*|bestätig\p{L}*|controll\p{L}*|verific\p{L}*|comprob\p{L}*|confirm[ae]\p{L}*|controleer\p{L}*|kontroll?\p{L}*|ověř\p{L}*|tarkist\p{L}*)(?![\p{L}])/iu;

/** Whether a figure stands in bold: "**39,50 zł …**". */
const bold = (text: string, q: Quantity) => {
  // Inside a bold span: an odd number of "**" before it on its line, or one opening right at it.
  const line = text.slice(text.lastIndexOf('\n', q.at - 1) + 1, q.at);
  return text.startsWith('**', q.at) || (line.match(/\*\*/g)?.length ?? 0) % 2 === 1;
};

/** The word stems of four letters or more within a few words of a figure. */
const aroundWords = (text: string, q: Quantity) =>
  (
    `${text.slice(Math.max(0, q.at - 40), q.at)} ${text.slice(q.end, q.end + 40)}`
      .toLowerCase()
      .match(/\p{L}{4,}/gu) ?? []
  )
    .filter((word) => !STOP.has(word))
    .map(stem);

export function checkCheckedFigures(index: TraceIndex): Finding[] {
  const request = requestOf(index.trace);
  if (!CHECK.test(request)) return [];
  // The figures of the sentence that asks for the check, of the one right before it ("… ma wynosić
  // 36,00 zł … . Sprawdźcie to w uchwale"), or of one naming what the check is of ("Abregelung auf
  // 60 % … Bitte Abregelung prüfen"): not every figure of a request that checks something.
  const sentences = sentencesOf(request);
  const checkedWords = new Set(
    sentences.flatMap((sentence) => {
      const m = CHECK.exec(sentence);
      if (!m) return [];
      const near = sentence.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).toLowerCase();
      return (near.match(/\p{L}{5,}/gu) ?? []).filter((word) => !CHECK.test(word)).map(stem);
    }),
  );
  const asked = sentences
    .filter(
      (sentence, i) =>
        CHECK.test(sentence) ||
        CHECK.test(sentences[i + 1] ?? '') ||
        (sentence.toLowerCase().match(/\p{L}{5,}/gu) ?? []).some((word) => checkedWords.has(stem(word))),
    )
    .flatMap((sentence) => quantitiesOf(sentence));
  const findings: Finding[] = [];
  for (const unit of new Set(asked.map((q) => q.unit))) {
    const values = new Set(asked.filter((q) => q.unit === unit).map((q) => q.value));
    // One figure of its unit in the request: the one to check.
    if (values.size !== 1) continue;
    const [old] = [...values] as [number];
    const aroundAsked = quantitiesOf(request)
      .filter((q) => q.unit === unit && q.value === old)
      .flatMap((q) => aroundWords(request, q));
    for (const handoff of index.trace.handoffs) {
      if (handoff.metadata.routing === true || isReply(index, handoff)) continue;
      const brief = handoff.task ?? handoff.content;
      const given = quantitiesOf(brief).filter((q) => q.unit === unit);
      if (!given.some((q) => q.value === old) || given.some((q) => q.value !== old)) continue;
      const seen = seenBefore(index, handoff).replace(request, '');
      const shown = quantitiesOf(seen).filter((q) => q.unit === unit);
      const marked = new Set(shown.filter((q) => bold(seen, q)).map((q) => q.value));
      if (marked.size !== 1 || marked.has(old)) continue;
      // The same thing checked: words around the request's figure come back around the checked one
      // ("36,00 zł od osoby miesięcznie" → "**39,50 zł od osoby miesięcznie**"); a ceiling is no
      // invoice amount.
      const aroundChecked = shown.filter((q) => marked.has(q.value)).flatMap((q) => aroundWords(seen, q));
      if (!aroundAsked.some((word) => aroundChecked.includes(word))) continue;
      const [checked] = [...marked] as [number];
      findings.push(
        staleBrief(
          handoff,
          `briefed the request's ${old} ${unit} after a check it was shown gave ${checked} ${unit}`,
          `${old} ${unit}`,
          { label: 'checked', text: seen, value: `${checked} ${unit}` },
        ),
      );
    }
  }
  return findings;
}

/**
 * A diagnosis that passes over the error its own tool showed: the events give "TypeError: Cannot
 * read properties of null (reading 'city') at InvoiceMapper.toDto (src/mappers/invoice.ts:88)", the
 * analyst answers "most likely a race condition or DB timeouts". An answer that explains a cause
 * and names nothing of the error — its type, the function or file it was thrown in, the words of
 * its message — explained something else.
 */

const EXCEPTION = /\b([A-Z][A-Za-z]*(?:Error|Exception))\b:?\s*([^\n]{0,160})/;
const FRAME = /\bat\s+([\w.$<>]+)\s+\(?([^\s():]+):(\d+)/;
/** An answer that offers a cause. */
const EXPLAINS =
  /\b(?:root cause|caused by|because|due to|likely|probably|looks like|seems|suspect(?:ed)?|culprit|the cause|is a (?:race|timeout|bug))\b/i;
const COMMON = new Set(
  'cannot read properties property reading undefined null object function call stack error exception value type from with that this'.split(
    ' ',
  ),
);

/** The words of an error that name it: its type, the function and file it was thrown in, its message's own words. */
function errorWords(source: string): string[] | undefined {
  const error = EXCEPTION.exec(source);
  if (!error) return undefined;
  // A stack trace's error, not a word in prose: the frame it was thrown in.
  const frame = FRAME.exec(source.slice(error.index, error.index + 400));
  if (!frame) return undefined;
  const words = [
    error[1]!,
    ...frame[1]!.split('.').filter((w) => w.length >= 4),
    frame[2]!.split('/').at(-1)!,
  ];
  // The message's quoted or specific words ("city"), not the runtime's phrasing around them.
  words.push(...(error[2]!.match(/[A-Za-z_]{3,}/g) ?? []).filter((w) => !COMMON.has(w.toLowerCase())));
  return words;
}

export function unexplainedError(sources: readonly string[], output: string): string | undefined {
  if (!EXPLAINS.test(output)) return undefined;
  const lower = output.toLowerCase();
  for (const source of sources) {
    if (source.length > 20_000) continue;
    const words = errorWords(source);
    if (!words || words.length < 3) continue;
    if (words.some((w) => lower.includes(w.toLowerCase()))) continue;
    return EXCEPTION.exec(source)![0].slice(0, 100);
  }
  return undefined;
}

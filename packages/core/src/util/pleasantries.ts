/**
 * Politeness formulas, a closed class in any language register: greetings, thanks, offers of more
 * help, announcements of what follows ("Below is what I have", "Here you go").
 */
const POLITE =
  /\b(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|thanks?|thank you|cheers|much appreciated|regards|hope (?:this|that) helps|let me know|feel free|happy to (?:help|take)|reach out|ping me|any (?:questions|issues)|(?:here|below) (?:is|are|you go)|as requested|of course|sure|understood|great question|quick update|no problem)\b/i;

/** A line that only frames a message: short, no figure or code, a politeness formula in it. */
function framing(line: string): boolean {
  return line.length <= 160 && !/\d/.test(line) && POLITE.test(line) && line.split(/\s+/).length <= 20;
}

/**
 * What a message says without the greeting it opens with and the sign-off it closes with (among its
 * first two and last two lines): chatty agents word them differently each time, and they are no
 * content anyone went on with. A message that is all pleasantries stays as it is.
 */
export function withoutPleasantries(text: string): string {
  if (!POLITE.test(text)) return text;
  const lines = text.split('\n').filter((line) => line.trim());
  if (lines.length < 3) return text;
  const edge = (i: number) => i < 2 || i >= lines.length - 2;
  const kept = lines.filter((line, i) => !(edge(i) && framing(line)));
  return kept.length === 0 || kept.length === lines.length ? text : kept.join('\n');
}

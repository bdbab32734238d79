/** `1 handoff`, `2 handoffs`, `2,000 handoffs`. */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
}

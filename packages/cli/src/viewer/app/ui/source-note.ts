/** Where an imported turn or handoff came from in its source log (`metadata.sourceIndex`, 0-based). */
export function sourceNote(metadata: Record<string, unknown>): string {
  const index = metadata.sourceIndex;
  return typeof index === 'number' ? ` · message ${index + 1} of the imported log` : '';
}

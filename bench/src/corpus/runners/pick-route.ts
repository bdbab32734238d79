/** The branch a classifier's answer selects: the first route label it mentions, else the first route. */
export function pickRoute(answer: string, routes: Record<string, string>): string {
  const lower = answer.toLowerCase();
  const label = Object.keys(routes).find((candidate) => lower.includes(candidate.toLowerCase()));
  return routes[label ?? Object.keys(routes)[0]!]!;
}

/** How fan-out results reach the aggregator: one labelled paragraph per worker. */
export function mergeResults(results: [worker: string, text: string][]): string {
  return results.map(([worker, text]) => `${worker}: ${text}`).join('\n\n');
}

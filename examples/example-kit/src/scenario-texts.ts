/** The texts of examples/SCENARIO.md: every framework's team says the same things. */
export const REQUEST =
  "Write a short briefing on ACME Corp's Q3 2024 revenue in EUR with the top 3 revenue drivers. Cite sources.";
export const TASK =
  "Research ACME Corp's Q3 2024 revenue in EUR and the top 3 revenue drivers. Cite sources.";
export const SEARCH_RESULT =
  'ACME Corp Q3 2024 report: revenue EUR 4.2 billion, up 12% year on year. Drivers: cloud services (+31%), industrial automation (+9%), licensing (+6%). Source: acme.example/ir/q3-2024';
export const WRONG_YEAR_RESULT = 'ACME Corp 2023 annual report: revenue USD 15.1 billion.';
export const WRONG_YEAR_FINDINGS =
  'ACME Corp 2023 revenue was USD 15.1 billion. Source: acme.example/ir/2023';
export const GENERIC_RESULT = 'No specific company requested; general market news only.';
export const GENERIC_FINDINGS = 'Here is a general market overview: markets were mixed this quarter.';
export const RATE_LIMIT = '429 Too Many Requests';
export const REFUSAL = "I'm sorry, but I can't help with writing this briefing.";
export const REVISE = 'Please revise.';

export function findings(price: string): string {
  return `ACME Corp Q3 2024 revenue was EUR 4.2 billion (+12% YoY). Top 3 drivers: cloud services (+31%), industrial automation (+9%), licensing (+6%). Share price EUR ${price}. Source: acme.example/ir/q3-2024`;
}

export function draft(price: string): string {
  return `ACME Corp briefing, Q3 2024: revenue reached EUR 4.2 billion, up 12% year on year. The top 3 revenue drivers were cloud services (+31%), industrial automation (+9%) and licensing (+6%). Shares trade at EUR ${price}. Source: acme.example/ir/q3-2024.`;
}

/** The market price the tool returns: the first call sees the old price, a refresh the new one. */
export const PRICES = [182.4, 176.1] as const;

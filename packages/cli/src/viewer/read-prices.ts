import { readFile } from 'node:fs/promises';
import { UsageError } from '../load.ts';
import type { Prices } from './app/workflow/run-totals.ts';

/**
 * Reads `--prices`: a JSON object from model name (or name prefix) to USD per million input and
 * output tokens, e.g. `{ "gpt-4o": { "input": 2.5, "output": 10 } }`. The viewer shows cost only
 * for models priced here.
 */
export async function readPrices(file: string): Promise<Prices> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--prices: cannot read ${file} as JSON`, { cause: error });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new UsageError('--prices: expected an object of { "model": { "input": n, "output": n } }');
  const prices: Prices = {};
  for (const [model, price] of Object.entries(parsed)) {
    const { input, output } = (price ?? {}) as { input?: unknown; output?: unknown };
    if (typeof input !== 'number' || typeof output !== 'number' || input < 0 || output < 0)
      throw new UsageError(
        `--prices: "${model}" needs non-negative numbers "input" and "output" (USD per million tokens)`,
      );
    prices[model] = { input, output };
  }
  return prices;
}

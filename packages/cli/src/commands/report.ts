import { writeFile } from 'node:fs/promises';
import { analyzeForCli } from '../load.ts';
import { readPrices } from '../viewer/read-prices.ts';
import { renderHtml } from '../viewer/render-html.ts';

/** Writes the viewer's views with the data embedded: one self-contained HTML file, no network. */
export async function reportCommand(
  path: string,
  options: { output: string; workflow?: string; prices?: string },
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  const analysed = await analyzeForCli(path, { workflow: options.workflow });
  for (const problem of analysed.problems) err(`warning: ${problem.message}`);
  if (analysed.workflows.length === 0) {
    err(`no traces found in ${path}`);
    return 2;
  }
  const workflows = analysed.workflows.map(({ trace, analysis }) => ({ trace, analysis }));
  const prices = options.prices ? await readPrices(options.prices) : undefined;
  await writeFile(
    options.output,
    await renderHtml({ mode: 'static', workflows, ...(prices ? { prices } : {}) }, 'Handoff report'),
  );
  const failing = workflows.filter((w) => w.analysis.failure).length;
  out(`Wrote ${options.output}: ${workflows.length} workflow(s), ${failing} with a root cause.`);
  return 0;
}

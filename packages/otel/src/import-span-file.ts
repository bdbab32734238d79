import { readFile } from 'node:fs/promises';
import { parseSpanText } from './read-span-file.ts';
import { type ImportedWorkflow, spansToWorkflows } from './spans-to-workflows.ts';

export interface SpanFileImport {
  workflows: ImportedWorkflow[];
  spans: number;
  /** Records of the file that could not be read (`line N: reason`). */
  errors: string[];
}

/** Reads a span file (OTLP JSON dump, Collector file exporter JSONL, Phoenix export) into workflows. */
export async function importSpanFile(file: string): Promise<SpanFileImport> {
  const { spans, errors } = parseSpanText(await readFile(file, 'utf8'));
  return { workflows: await spansToWorkflows(spans), spans: spans.length, errors };
}

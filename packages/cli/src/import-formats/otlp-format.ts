import { parseSpanText, spansToWorkflows } from '@handoff/otel';
import { UsageError } from '../load.ts';
import type { ImportFormat } from './import-format.ts';

/**
 * OpenTelemetry spans: an OTLP/JSON dump, the Collector's file exporter (JSONL), a Phoenix /
 * OpenInference span export. One workflow per trace; unreadable lines and content the exporter left
 * out are reported as warnings, never guessed.
 */
export const otlpFormat: ImportFormat = {
  extensions: ['.json', '.jsonl', '.ndjson'],
  async convert(text, { file, warn }) {
    const { spans, errors } = parseSpanText(text);
    for (const problem of errors.slice(0, 20)) warn?.(`${file}: ${problem}`);
    if (errors.length > 20) warn?.(`${file}: … and ${errors.length - 20} more unreadable records`);
    if (spans.length === 0)
      throw new UsageError(`${file}: no spans found${errors[0] ? ` (${errors[0]})` : ''}`);
    const workflows = await spansToWorkflows(spans);
    for (const workflow of workflows) {
      for (const note of workflow.missing.slice(0, 10)) warn?.(`${workflow.name}: missing ${note}`);
      if (workflow.missing.length > 10)
        warn?.(`${workflow.name}: missing … and ${workflow.missing.length - 10} more`);
    }
    return workflows.map((workflow) => workflow.events);
  },
};

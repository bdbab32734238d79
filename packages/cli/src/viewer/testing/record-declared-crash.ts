import { handoffMiddleware } from '@handoff/ai-sdk';
import { scriptedModel } from '@handoff/ai-sdk/testing';
import { createTracer, jsonlStore, pipelineTopology } from '@handoff/core';
import { generateText, wrapLanguageModel } from 'ai';

/**
 * An AI SDK invoice chain that declares its order (mail_reader → invoice_extractor → ap_booker) and
 * crashes in the code between the extractor and the booker (the extractor's answer is not JSON), so
 * the declared next agent never runs. `graph` names the declared graph (tests put markup in it).
 */
export async function recordDeclaredCrash(
  dir: string,
  options: { file: string; name: string; graph?: string },
): Promise<void> {
  const tracer = createTracer({ store: jsonlStore({ dir, file: options.file }), flushOnExit: false });
  const agent = (name: string, text: string) =>
    wrapLanguageModel({
      model: scriptedModel(name, [{ text }]),
      middleware: handoffMiddleware({ tracer, agent: name }),
    });
  const reader = agent('mail_reader', 'Invoice RE-2025-0419 from Kühne Verpackungen: total 1,213.80 EUR.');
  const extractor = agent('invoice_extractor', 'invoice_no: RE-2025-0419, total: 1,213.80 EUR');
  const booker = agent('ap_booker', 'Booked RE-2025-0419.');
  await tracer
    .workflow(
      options.name,
      async () => {
        const mail = await generateText({ model: reader, prompt: 'Read the supplier email.' });
        const fields = await generateText({ model: extractor, prompt: `Invoice text:\n${mail.text}` });
        const invoice = JSON.parse(fields.text);
        await generateText({ model: booker, prompt: `Book this invoice: ${JSON.stringify(invoice)}` });
      },
      { topology: pipelineTopology(['mail_reader', 'invoice_extractor', 'ap_booker'], options.graph) },
    )
    .catch(() => undefined);
  await tracer.shutdown();
}

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handoffMiddleware, handoffTelemetry } from '@handoff/ai-sdk';
import { scriptedModel } from '@handoff/ai-sdk/testing';
import { runCli } from '@handoff/cli';
import { analyze, createTracer, jsonlStore, listTraceFiles, loadTraces } from '@handoff/core';
import { writeTraceSpans } from '@handoff/otel';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { generateText, isStepCount, tool, wrapLanguageModel } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const SECRETS = {
  openai: 'sk-proj-Zx81kQm4Pw0aT7rB2cD9eF3gH6jK1lM5',
  bearer: 'Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.Q2xhdWRlIHNheXMgaGk',
  email: 'jane.roe@acme-corp.example',
  aws: 'AKIAIOSFODNN7EXAMPLE',
};

describe('secrets', () => {
  it('never reach the trace file, the OTel export or the viewer, from prompts, tool args and outputs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-secrets-'));
    try {
      const tracer = createTracer({ store: jsonlStore({ dir }), flushOnExit: false });
      const model = wrapLanguageModel({
        model: scriptedModel('m', [
          { tool: 'crm_lookup', input: { email: SECRETS.email, token: SECRETS.bearer } },
          { text: `Found the account. Use key ${SECRETS.openai} and ${SECRETS.aws} to sync.` },
        ]),
        middleware: handoffMiddleware({ tracer, agent: 'support' }),
      });
      const crm = tool({
        description: 'CRM',
        inputSchema: z.object({ email: z.string(), token: z.string() }),
        execute: async ({ email }) => `Account of ${email}, api_key=${SECRETS.openai}`,
      });
      const result = await tracer.workflow('support', async () =>
        generateText({
          model,
          tools: { crm_lookup: crm },
          stopWhen: isStepCount(3),
          prompt: `Customer ${SECRETS.email} says their key ${SECRETS.openai} leaked; header was ${SECRETS.bearer}`,
          telemetry: { functionId: 'support', integrations: [handoffTelemetry({ tracer })] },
        }),
      );
      // The program itself sees its data unchanged.
      expect(result.text).toContain(SECRETS.openai);
      await tracer.shutdown();

      const onDisk = (
        await Promise.all((await listTraceFiles(dir)).map((file) => readFile(file, 'utf8')))
      ).join('\n');
      expect(onDisk).toContain('[REDACTED:');
      const { traces } = await loadTraces(dir);
      const trace = traces[0]!;
      const exporter = new InMemorySpanExporter();
      const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
      writeTraceSpans(provider.getTracer('t'), trace, await analyze(trace), { captureContent: true });
      const exported = JSON.stringify(
        exporter.getFinishedSpans().map((s) => ({ a: s.attributes, e: s.events })),
      );
      const report = join(dir, 'report.html');
      expect(await runCli(['report', dir, '-o', report], { out: () => {}, err: () => {} })).toBe(0);
      const html = await readFile(report, 'utf8');
      for (const [name, secret] of Object.entries(SECRETS)) {
        const core = secret.replace(/^Bearer /, '');
        expect(onDisk.includes(core), `${name} on disk`).toBe(false);
        expect(exported.includes(core), `${name} in the OTel export`).toBe(false);
        expect(html.includes(core), `${name} in the viewer`).toBe(false);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import { FAULTS } from '@handoff/example-kit';
import { runExample } from '@handoff/example-mastra-research-team';
import { OtelExporter } from '@mastra/otel-exporter';
import { describe, expect, it } from 'vitest';
import { collectPeerRun, realTimeClock } from './collect-peer-run.ts';

describe('the Mastra research team traced by a peer exporter into handoff collect', () => {
  it("Mastra's OTel exporter (@mastra/otel-exporter): the same root cause as the native adapter for every fault", async () => {
    for (const fault of FAULTS) {
      const result = await collectPeerRun(async (url, traceDir) => {
        const exporter = new OtelExporter({
          provider: { custom: { endpoint: url, protocol: 'http/protobuf' } },
          // Logs go to /v1/logs, which `handoff collect` does not serve.
          signals: { logs: false },
        });
        try {
          return await runExample({ fault, traceDir, exporters: [exporter], clock: realTimeClock() });
        } finally {
          await exporter.shutdown();
        }
      });
      expect(result.rejected).toBe(0);
      expect(result.spans).toBeGreaterThan(10);
      expect({ fault, found: result.collected }).toEqual({ fault, found: [result.native] });
      if (fault !== 'none') expect(result.native).not.toBeNull();
    }
  }, 600_000);
});

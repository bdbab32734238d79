import { handoffMiddleware, handoffTelemetry } from '@handoff/ai-sdk';
import { type ScriptEntry, scriptedModel } from '@handoff/ai-sdk/testing';
import type { Tracer } from '@handoff/core';
import { type LanguageModel, type TelemetryOptions, wrapLanguageModel } from 'ai';

/** What a pattern needs per agent: its model and the telemetry options of its calls. */
export interface Agents {
  model(agent: string): LanguageModel;
  telemetry(agent: string): TelemetryOptions;
}

/** `full` (middleware + telemetry integration) or `standalone` (the middleware alone, telemetry off). */
export type Mode = 'full' | 'standalone';

/** The mode the catalogue runs in: `HANDOFF_AI_SDK_MODE=standalone` runs every pattern middleware-only. */
export const mode: Mode = process.env.HANDOFF_AI_SDK_MODE === 'standalone' ? 'standalone' : 'full';

/**
 * Handoff attached as the README's quickstart says: the middleware on each agent's model, the
 * telemetry integration (named by `functionId`) on each call — or, in `standalone` mode, only the
 * middleware and telemetry off. The models are scripted mocks, one per agent; swap them for your
 * provider's.
 */
export function tracedAgents(tracer: Tracer, scripts: Record<string, ScriptEntry[]>): Agents {
  const integration = handoffTelemetry({ tracer });
  const models = new Map<string, LanguageModel>();
  return {
    model(agent) {
      let model = models.get(agent);
      if (!model) {
        const script = scripts[agent];
        if (!script) throw new Error(`no script for agent "${agent}"`);
        model = wrapLanguageModel({
          model: scriptedModel(`${agent}-model`, script),
          middleware: handoffMiddleware({ tracer, agent, standalone: mode === 'standalone' }),
        });
        models.set(agent, model);
      }
      return model;
    },
    telemetry: (agent) =>
      mode === 'standalone' ? { isEnabled: false } : { functionId: agent, integrations: [integration] },
  };
}

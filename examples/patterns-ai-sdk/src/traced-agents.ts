import { handoffMiddleware, handoffTelemetry } from '@handoff/ai-sdk';
import { type ScriptEntry, scriptedModel } from '@handoff/ai-sdk/testing';
import type { Tracer } from '@handoff/core';
import { type LanguageModel, type TelemetryOptions, wrapLanguageModel } from 'ai';

/** What a pattern needs per agent: its model and the telemetry options of its calls. */
export interface Agents {
  model(agent: string): LanguageModel;
  telemetry(agent: string): TelemetryOptions;
}

/**
 * Handoff attached as the README's quickstart says: the middleware on each agent's model, the
 * telemetry integration (named by `functionId`) on each call. The models are scripted mocks, one per
 * agent; swap them for your provider's.
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
          middleware: handoffMiddleware({ tracer, agent }),
        });
        models.set(agent, model);
      }
      return model;
    },
    telemetry: (agent) => ({ functionId: agent, integrations: [integration] }),
  };
}

import { redactSecrets } from '@handoff/core';
import { UsageError } from './load.ts';

/** The AI SDK provider packages `--judge` knows, and where their keys come from. */
const PROVIDERS: Record<string, { pkg: string; factory: string; env: string }> = {
  openai: { pkg: '@ai-sdk/openai', factory: 'createOpenAI', env: 'OPENAI_API_KEY' },
  anthropic: { pkg: '@ai-sdk/anthropic', factory: 'createAnthropic', env: 'ANTHROPIC_API_KEY' },
};

export interface JudgeDeps {
  env: Record<string, string | undefined>;
  /** Loads a package (a seam for tests; `import()` by default). */
  load: (name: string) => Promise<Record<string, unknown>>;
  /** Passed to the provider (tests answer without a network). */
  fetch?: typeof globalThis.fetch;
}

const defaultDeps: JudgeDeps = { env: process.env, load: (name) => import(name) };

export interface JudgeModel {
  /** An AI SDK LanguageModel. */
  model: unknown;
  /** `provider:model`, for labels. */
  name: string;
  /** Makes an error safe to print: the key and anything that looks like a secret are removed. */
  scrub(text: string): string;
  /** `llmAttribution` from @handoff/ai-sdk. */
  llmAttribution: (options: Record<string, unknown>) => { attribute: unknown };
}

async function load(deps: JudgeDeps, name: string, why: string): Promise<Record<string, unknown>> {
  try {
    return await deps.load(name);
  } catch (error) {
    throw new UsageError(`${why} needs the ${name} package: pnpm add ${name}`, { cause: error });
  }
}

/**
 * Resolves `--judge <provider>:<model>` to an AI SDK model through the provider's package, with the
 * key from the environment. Every problem is a UsageError that says what to set or install; the key
 * itself never appears in a message.
 */
export async function judgeModel(spec: string, deps: JudgeDeps = defaultDeps): Promise<JudgeModel> {
  const at = spec.indexOf(':');
  const providerName = at > 0 ? spec.slice(0, at).toLowerCase() : '';
  const modelId = at > 0 ? spec.slice(at + 1).trim() : '';
  const provider = PROVIDERS[providerName];
  if (!provider || !modelId)
    throw new UsageError(
      `--judge expects <provider>:<model> with provider ${Object.keys(PROVIDERS).join(' or ')}, e.g. openai:gpt-4o (got "${spec}")`,
    );
  const key = deps.env[provider.env];
  if (!key) throw new UsageError(`--judge ${spec} needs ${provider.env} in the environment`);
  const why = `--judge ${spec}`;
  const module = await load(deps, provider.pkg, why);
  const aiSdk = await load(deps, '@handoff/ai-sdk', why);
  await load(deps, 'ai', why);
  const create = module[provider.factory] as
    | ((settings: Record<string, unknown>) => (id: string) => unknown)
    | undefined;
  if (typeof create !== 'function')
    throw new UsageError(
      `${why}: ${provider.pkg} has no ${provider.factory}; update it to a version for AI SDK 7`,
    );
  const model = create({ apiKey: key, ...(deps.fetch ? { fetch: deps.fetch } : {}) })(modelId);
  return {
    model,
    name: `${providerName}:${modelId}`,
    scrub: (text) => redactSecrets(text.split(key).join('[REDACTED]')),
    llmAttribution: aiSdk.llmAttribution as JudgeModel['llmAttribution'],
  };
}

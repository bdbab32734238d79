export {
  type ScriptContext,
  type ScriptEntry,
  type ScriptedModelOptions,
  type ScriptedStep,
  scriptedModel,
} from './scripted-model.ts';

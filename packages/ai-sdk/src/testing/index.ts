export {
  type ScriptContext,
  type ScriptEntry,
  type ScriptedCall,
  type ScriptedModelOptions,
  type ScriptedStep,
  scriptedModel,
} from './scripted-model.ts';

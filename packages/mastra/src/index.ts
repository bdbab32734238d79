export { HandoffExporter, type HandoffExporterOptions } from './handoff-exporter.ts';

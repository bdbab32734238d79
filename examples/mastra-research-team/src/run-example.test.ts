import { describeFaultContract } from '@handoff/example-kit';
import { runExample } from './run-example.ts';

const TEAM = ['planner', 'researcher', 'writer', 'reviewer'];
// The planner's static `agents` roster is declared by the exporter on its own.
describeFaultContract('mastra', runExample, TEAM, TEAM);

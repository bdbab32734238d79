import { describeFaultContract } from '@handoff/example-kit';
import { runExample } from './run-example.ts';

const TEAM = ['planner', 'researcher', 'writer', 'reviewer'];
// The compiled graph is passed to the handler (`graph`), so its nodes and edges are declared.
describeFaultContract('langgraph', runExample, TEAM, TEAM);

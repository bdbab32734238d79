import { h, render } from 'preact';
import { App } from './app.ts';
import { waitingForWorkflow } from './data-source.ts';
import { warmGraphLayout } from './graph/graph-layout.ts';

render(h(App, null), document.getElementById('app')!);
if (waitingForWorkflow) setTimeout(warmGraphLayout, 0);

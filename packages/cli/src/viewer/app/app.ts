import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fetchJson, dataSource as source } from './data-source.ts';
import { WorkflowList } from './list/workflow-list.ts';
import { summarize } from './summarize.ts';
import type { WorkflowSummary, WorkflowView } from './types.ts';
import { WorkflowPage } from './workflow/workflow-page.ts';

// All trace text is rendered as text nodes (Preact escapes it); nothing from a trace becomes HTML,
// a URL or an attribute that executes.

/** The viewer: the workflow list and the selected workflow, live from the server or embedded. */
export function App() {
  const [summaries, setSummaries] = useState<WorkflowSummary[]>(
    source.mode === 'static' ? source.workflows.map(summarize) : [],
  );
  const [selected, setSelected] = useState<string | undefined>(() => {
    const first =
      source.mode === 'static'
        ? (source.workflows.find((w) => w.analysis.failure) ?? source.workflows[0])
        : undefined;
    return first?.trace.workflow.id;
  });
  const [view, setView] = useState<WorkflowView | undefined>();
  const [revision, setRevision] = useState(0);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (source.mode !== 'live') return;
    fetchJson<WorkflowSummary[]>('api/workflows')
      .then((list) => {
        setSummaries(list);
        setSelected((current) => current ?? (list.find((w) => w.rootKind) ?? list[0])?.workflowId);
      })
      .catch((e: unknown) => setError(String(e)));
  }, [revision]);

  useEffect(() => {
    if (source.mode !== 'live') return;
    const events = new EventSource('api/events');
    events.addEventListener('change', () => setRevision((n) => n + 1));
    return () => events.close();
  }, []);

  useEffect(() => {
    if (!selected) return;
    if (source.mode === 'static') {
      setView(source.workflows.find((w) => w.trace.workflow.id === selected));
      return;
    }
    fetchJson<WorkflowView>(`api/workflow?id=${encodeURIComponent(selected)}`)
      .then(setView)
      .catch((e: unknown) => setError(String(e)));
  }, [selected, revision]);

  return h(
    'div',
    { class: 'app' },
    h(WorkflowList, { workflows: summaries, selected, onSelect: setSelected }),
    error
      ? h('main', { class: 'workflow' }, h('div', { class: 'banner banner-bad' }, error))
      : view
        ? h(WorkflowPage, { view })
        : h(
            'main',
            { class: 'workflow muted hint' },
            summaries.length === 0
              ? 'No traces yet. Run a traced program; this page updates live.'
              : 'Loading…',
          ),
  );
}

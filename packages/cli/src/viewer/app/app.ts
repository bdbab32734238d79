import { h } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  afterPaint,
  fetchJson,
  initialSummaries,
  initialView,
  initialWorkflowId,
  loadWorkflow,
  reportWorkflow,
  dataSource as source,
} from './data-source.ts';
import { firstWorkflow } from './list/first-workflow.ts';
import { applyQuery, EMPTY_QUERY, type ListQuery } from './list/list-query.ts';
import { WorkflowList } from './list/workflow-list.ts';
import { defaultSelection, readLocation, type Selection, writeLocation } from './selection.ts';
import type { WorkflowSummary, WorkflowView } from './types.ts';
import { indexView } from './view-index.ts';
import { WorkflowPage } from './workflow/workflow-page.ts';

// All trace text is rendered as text nodes (Preact escapes it); nothing from a trace becomes HTML,
// a URL or an attribute that executes.

/** The viewer: the workflow list and the selected workflow, live from the server or embedded. */
export function App() {
  const [summaries, setSummaries] = useState<WorkflowSummary[]>(initialSummaries);
  const [query, setQuery] = useState<ListQuery>(EMPTY_QUERY);
  const shown = useMemo(() => applyQuery(summaries, query), [summaries, query]);
  const linked = readLocation(location.hash);
  const [selected, setSelected] = useState<string | undefined>(initialWorkflowId);
  // The selection the user made (or a link named), for the workflow it was made in.
  const [chosen, setChosen] = useState<{ workflowId: string; selection: Selection } | undefined>(
    // A link that names only a workflow opens its root cause, like a click in the list.
    linked.workflowId && linked.selection
      ? { workflowId: linked.workflowId, selection: linked.selection }
      : undefined,
  );
  // The page paints the outline it carries at once; the texts come after (see withholdTexts).
  const [view, setView] = useState<WorkflowView | undefined>(initialView);
  const [revision, setRevision] = useState(0);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    // The page came with the list; ask again only after a change.
    if (source.mode !== 'live' || (revision === 0 && source.summaries)) return;
    fetchJson<WorkflowSummary[]>('api/workflows')
      .then(setSummaries)
      .catch((e: unknown) => setError(String(e)));
  }, [revision]);

  // Nothing named yet: open the first failing workflow in the list's order, else the first.
  useEffect(() => {
    if (!selected && shown.length > 0) setSelected(firstWorkflow(summaries, shown));
  }, [shown, selected]);

  useEffect(() => {
    if (source.mode !== 'live') return;
    const events = new EventSource('api/events');
    events.addEventListener('change', () => setRevision((n) => n + 1));
    return () => events.close();
  }, []);

  useEffect(() => {
    const follow = () => {
      const next = readLocation(location.hash);
      if (!next.workflowId) return;
      setSelected(next.workflowId);
      setChosen(next.selection ? { workflowId: next.workflowId, selection: next.selection } : undefined);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    if (!selected) return;
    if (source.mode === 'static') {
      setView(reportWorkflow(selected, false));
      return afterPaint(() => setView(reportWorkflow(selected, true)));
    }
    let current = true;
    loadWorkflow(selected)
      .then((next) => current && setView(next))
      .catch((e: unknown) => current && setError(String(e)));
    return () => {
      current = false;
    };
  }, [selected, revision]);

  const index = useMemo(() => (view ? indexView(view) : undefined), [view]);
  const current = index && index.view.trace.workflow.id === selected ? index : undefined;
  const selection = current
    ? chosen && chosen.workflowId === selected
      ? chosen.selection
      : defaultSelection(current)
    : undefined;

  useEffect(() => {
    if (!current) return;
    const hash = writeLocation(selected, selection);
    if (hash !== location.hash) history.replaceState(null, '', hash);
  }, [current, selected, selection?.type, selection?.id]);

  // The same element while the list's inputs stay: Preact then skips it when a workflow arrives (its
  // virtualizer would measure its rows, a forced layout of the whole new page, before the first paint).
  const list = useMemo(
    () =>
      h(WorkflowList, {
        all: summaries,
        shown,
        query,
        onQuery: setQuery,
        selected,
        onSelect: (id: string) => {
          setSelected(id);
          setChosen(undefined);
        },
      }),
    [summaries, shown, query, selected],
  );

  return h(
    'div',
    { class: 'app' },
    list,
    error
      ? h('main', { class: 'workflow' }, h('div', { class: 'banner banner-bad' }, error))
      : current
        ? h(WorkflowPage, {
            index: current,
            selection,
            prices: source.prices,
            onSelect: (next: Selection) =>
              setChosen({ workflowId: current.view.trace.workflow.id, selection: next }),
          })
        : h(
            'main',
            { class: 'workflow muted hint' },
            summaries.length === 0
              ? 'No traces yet. Run a traced program; this page updates live.'
              : 'Loading…',
          ),
  );
}

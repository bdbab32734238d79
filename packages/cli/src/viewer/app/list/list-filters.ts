import { h } from 'preact';
import type { WorkflowSummary } from '../types.ts';
import type { ListQuery, SortKey } from './list-query.ts';

const SORTS: [SortKey, string][] = [
  ['newest', 'newest first'],
  ['oldest', 'oldest first'],
  ['failed', 'failed first'],
  ['longest', 'longest first'],
  ['handoffs', 'most handoffs'],
  ['name', 'by name'],
];

function select(
  label: string,
  value: string,
  options: [string, string][],
  onChange: (value: string) => void,
  testId: string,
) {
  return h(
    'label',
    { class: 'filter' },
    h('span', null, label),
    h(
      'select',
      {
        value,
        'data-testid': testId,
        onChange: (event: Event) => onChange((event.currentTarget as HTMLSelectElement).value),
      },
      options.map(([v, text]) => h('option', { value: v, key: v }, text)),
    ),
  );
}

const distinct = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b));

/** Epoch ms to the value of a datetime-local input (local time), and back. */
const toInput = (at: number) =>
  Number.isNaN(at) ? '' : new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** Search, filters (status, failure kind, agent, framework, start time) and sorting of the list. */
export function ListFilters(props: {
  workflows: WorkflowSummary[];
  query: ListQuery;
  onChange: (query: ListQuery) => void;
}) {
  const { query, workflows } = props;
  const set = (patch: Partial<ListQuery>) => props.onChange({ ...query, ...patch });
  const any: [string, string] = ['', 'any'];
  return h(
    'div',
    { class: 'filters' },
    h('input', {
      type: 'search',
      class: 'search',
      placeholder: 'Search name, agent, cause…',
      'aria-label': 'search workflows',
      value: query.text,
      onInput: (event: Event) => set({ text: (event.currentTarget as HTMLInputElement).value }),
    }),
    h(
      'div',
      { class: 'filter-grid' },
      select(
        'status',
        query.status,
        [
          any,
          ...['failed', 'wrong answer', 'healthy', 'incomplete', 'running', 'errored'].map(
            (s): [string, string] => [s, s],
          ),
        ],
        (status) => set({ status }),
        'filter-status',
      ),
      select(
        'failure',
        query.kind,
        [any, ...distinct(workflows.map((w) => w.rootKind)).map((k): [string, string] => [k, k])],
        (kind) => set({ kind }),
        'filter-kind',
      ),
      select(
        'agent',
        query.agent,
        [any, ...distinct(workflows.flatMap((w) => w.agents)).map((a): [string, string] => [a, a])],
        (agent) => set({ agent }),
        'filter-agent',
      ),
      select(
        'framework',
        query.framework,
        [any, ...distinct(workflows.map((w) => w.framework)).map((f): [string, string] => [f, f])],
        (framework) => set({ framework }),
        'filter-framework',
      ),
      h(
        'label',
        { class: 'filter' },
        h('span', null, 'from'),
        h('input', {
          type: 'datetime-local',
          value: toInput(query.from),
          'data-testid': 'filter-from',
          onChange: (event: Event) =>
            set({ from: new Date((event.currentTarget as HTMLInputElement).value).getTime() }),
        }),
      ),
      h(
        'label',
        { class: 'filter' },
        h('span', null, 'to'),
        h('input', {
          type: 'datetime-local',
          value: toInput(query.to),
          'data-testid': 'filter-to',
          onChange: (event: Event) =>
            set({ to: new Date((event.currentTarget as HTMLInputElement).value).getTime() + 59_999 }),
        }),
      ),
      select('sort', query.sort, SORTS, (sort) => set({ sort: sort as SortKey }), 'sort'),
    ),
  );
}

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

const STATUS_WORDS = ['failed', 'wrong answer', 'healthy', 'incomplete', 'running', 'errored'];

/** "any", then each value as its own label. */
const choices = (values: string[]): [string, string][] => [
  ['', 'any'],
  ...values.map((v): [string, string] => [v, v]),
];

function dateInput(label: string, value: number, testId: string, onChange: (at: number) => void) {
  return h(
    'label',
    { class: 'filter' },
    h('span', null, label),
    h('input', {
      type: 'datetime-local',
      value: toInput(value),
      'data-testid': testId,
      onChange: (event: Event) =>
        onChange(new Date((event.currentTarget as HTMLInputElement).value).getTime()),
    }),
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
      select('status', query.status, choices(STATUS_WORDS), (status) => set({ status }), 'filter-status'),
      select(
        'failure',
        query.kind,
        choices(distinct(workflows.map((w) => w.rootKind))),
        (kind) => set({ kind }),
        'filter-kind',
      ),
      select(
        'agent',
        query.agent,
        choices(distinct(workflows.flatMap((w) => w.agents))),
        (agent) => set({ agent }),
        'filter-agent',
      ),
      select(
        'framework',
        query.framework,
        choices(distinct(workflows.map((w) => w.framework))),
        (framework) => set({ framework }),
        'filter-framework',
      ),
      dateInput('from', query.from, 'filter-from', (from) => set({ from })),
      // A minute's inputs: "to 10:05" includes 10:05:59.
      dateInput('to', query.to, 'filter-to', (to) => set({ to: to + 59_999 })),
      select('sort', query.sort, SORTS, (sort) => set({ sort: sort as SortKey }), 'sort'),
    ),
  );
}

import { describe, expect, it } from 'vitest';
import type { AgentTurn } from '../model/trace.ts';
import { partialPage } from './partial-page.ts';
import type { ScorerInput } from './scorers.ts';

const PAGE_1 = {
  page: 1,
  pages: 2,
  hall: 'A',
  rows: [
    { rack: 'A1', crates: 48, kg: 101.8 },
    { rack: 'A2', crates: 48, kg: 104.2 },
  ],
  page_crates: 96,
  page_kg: 206.0,
  next_cursor: 'cz_8f21a',
};
const PAGE_2 = { page: 2, pages: 2, hall: 'B', rows: [{ rack: 'B1', crates: 40, kg: 88.0 }] };

/** partialPage on an output whose turn called the census tool with each of `results` in turn. */
const score = (output: string, ...results: unknown[]) =>
  partialPage({
    output,
    turn: {
      agent: 'crate_counter',
      toolCalls: results.map((result) => ({ name: 'crate_census', args: {}, result })),
      modelCalls: [],
    } as unknown as AgentTurn,
  } as ScorerInput);

describe('partialPage: one page of a paged result given as the whole', () => {
  it('catches a total built from the first page only', () => {
    expect(score('Census: 96 crates, 206.0 kg live weight in total.', PAGE_1)?.reason).toContain(
      'page 1 of 2',
    );
    expect(score('All racks counted: 96 crates.', JSON.stringify(PAGE_1))?.value).toBe(0.2);
    expect(score('Every open ticket: 50.', 'Showing 1-50 of 212 tickets.')?.value).toBe(0.2);
  });
  it('is quiet when the rest was fetched, the output says it is partial, or claims no whole', () => {
    expect(score('Census: 136 crates, 294.0 kg in total.', PAGE_1, PAGE_2)).toBeUndefined();
    expect(score('Page 1 of 2 (hall A): 96 crates, 206.0 kg in total so far.', PAGE_1)).toBeUndefined();
    expect(score('Rack A2 holds the heaviest crates, 104.2 kg.', PAGE_1)).toBeUndefined();
    expect(score('Census: 136 crates in total.', { ...PAGE_1, page: 2, next_cursor: '' })).toBeUndefined();
    expect(score('All 12 tickets listed.', 'Showing 12 of 12 tickets.')).toBeUndefined();
  });
});

describe('partialPage: the size of the whole named as what was done', () => {
  const PAGE = {
    project: 'VCS-2291',
    total_blocks: 913,
    page: 1,
    pages: 4,
    blocks_checked: 250,
    overlaps_on_page: 0,
  };
  it('catches an output that names the whole (913) where the page held 250', () => {
    expect(
      score('Registry cross-check: 913 serial blocks checked, 0 overlaps. Clean.', JSON.stringify(PAGE))
        ?.value,
    ).toBe(0.2);
    expect(score('1,204 tickets triaged, none urgent.', 'Showing 1-50 of 1,204 tickets.')?.value).toBe(0.2);
  });
  it('is quiet when the output names the part it got, or the rest was fetched', () => {
    expect(score('Of 913 serial blocks, 250 checked: 0 overlaps.', PAGE)).toBeUndefined();
    expect(score('913 serial blocks checked, 0 overlaps.', PAGE, { ...PAGE, page: 4 })).toBeUndefined();
    expect(score('913 serial blocks checked, 0 overlaps.', { ...PAGE, page: 4 })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { AgentTurn } from '../model/trace.ts';
import { claimedInStock, deniedCount } from './claimed-stock.ts';
import type { ScorerInput } from './scorers.ts';

const STOCK = '{"code":"AZ-2020","in_stock_m2":32,"short_m2":6,"next_batch":"2027-08-15","price_m2":64.5}';
const score = (output: string, result: unknown = STOCK) =>
  claimedInStock({
    output,
    turn: {
      agent: 'estimator',
      toolCalls: [{ name: 'stock_check', args: {}, result }],
      modelCalls: [],
    } as unknown as AgentTurn,
  } as ScorerInput);

describe('claimedInStock: all there, against its own tool’s shortfall', () => {
  it('catches an answer that says all is in stock while the lookup counted some short', () => {
    expect(score('AZ-2020 38 m² fully in stock at £64.50/m², start 1 Jul ok.')?.reason).toContain(
      'short_m2: 6',
    );
    expect(score('All available, no shortage.', { lines: [{ sku: 'B-12', backorder_qty: 40 }] })?.value).toBe(
      0.2,
    );
  });
  it('is quiet when the answer gives the shortfall, says it is not all there, or nothing is short', () => {
    expect(score('AZ-2020: 32 m² in stock, 6 m² short until the 15 Aug batch.')).toBeUndefined();
    expect(score('Not all in stock: next batch 15 Aug.')).toBeUndefined();
    expect(
      score('AZ-2020 38 m² fully in stock.', '{"code":"AZ-2020","in_stock_m2":40,"short_m2":0}'),
    ).toBeUndefined();
  });
});

const LISTING =
  '{"domain":"LB","open_queries":17,"by_severity":{"critical":3,"major":5,"minor":9},"closed_critical":4}';
const denied = (output: string, result: unknown = LISTING) =>
  deniedCount({
    output,
    turn: {
      agent: 'lab_cleaner',
      toolCalls: [{ name: 'query_listing', args: {}, result }],
      modelCalls: [],
    } as unknown as AgentTurn,
  } as ScorerInput);

describe('deniedCount: none of a thing, against its own tool’s count', () => {
  it('catches "0 critical queries" where the listing counted 3 critical', () => {
    expect(denied('Labs: clean. 0 critical queries open, nothing blocking lock.')?.reason).toContain(
      'by_severity.critical: 3',
    );
  });
  it('is quiet when the answer gives the count, the key is for closed ones, or the tool counted none', () => {
    expect(denied('Labs: 0 blockers; 3 critical queries open, owners assigned.')).toBeUndefined();
    expect(denied('No closed items to report.', '{"closed_items":4}')).toBeUndefined();
    expect(denied('0 critical queries open.', '{"by_severity":{"critical":0,"minor":2}}')).toBeUndefined();
    // Another kind of the same noun, or a class named by its number.
    expect(
      denied('100% USD, no EUR elections.', '{"euroclear":{"elections":{"USD":312450000}}}'),
    ).toBeUndefined();
    expect(denied('2 grade ≥3. No grade 4.', '{"grade_counts":{"0":2011,"3":2,"4":0}}')).toBeUndefined();
  });
  it('reads no count in a record that says it does not apply', () => {
    const rules = '{"threshold_txns": 1000, "agent_txns": 842, "eligible": false, "bonus": 15000}';
    expect(denied('842 transactions, below the 1,000 threshold. No bonus for June.', rules)).toBeUndefined();
    // Where it applies, the bonus is there to be paid.
    expect(
      denied('No bonus for June.', rules.replace('"eligible": false', '"eligible": true'))?.reason,
    ).toContain('bonus: 15000');
  });
  it('reads the count the answer gives in any grouping of its digits', () => {
    const edac = '{"edac_corregibles": 18342, "edac_no_corregibles": 0}';
    expect(denied('EDAC: 0 no corregibles.', edac)?.reason).toContain('edac_corregibles: 18342');
  });
});

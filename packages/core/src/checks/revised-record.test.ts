import { describe, expect, it } from 'vitest';
import { nowAgainst, revisedAgainst } from './revised-record.ts';

const ORDER =
  'Consignment NVF-AMS-1205: 320 boxes roses (Rhodos 50 cm, Athena 60 cm), 5,120 kg gross, flight KQ 1118.';
const APPROVED =
  'APPROVED: NVF-AMS-1205 v2 — 302 boxes (Rhodos 140, Athena 100, Red Calypso 62), 4,832 kg gross, KQ 1118.';

describe('revisedAgainst', () => {
  it('reads the figures a later version of the same record replaces', () => {
    expect(revisedAgainst(APPROVED, ORDER)).toEqual([
      expect.objectContaining({ old: 320, current: 302 }),
      expect.objectContaining({ old: 5120, current: 4832, unit: 'kg' }),
    ]);
  });
  it('reads nothing for another record, one figure changed, or a text that is no later version', () => {
    expect(revisedAgainst(APPROVED, ORDER.replace('NVF-AMS-1205', 'NVF-AMS-1206'))).toEqual([]);
    expect(revisedAgainst('NVF-AMS-1205 v2: 4,832 kg gross.', ORDER)).toEqual([]);
    expect(revisedAgainst(APPROVED.replace(' v2', ''), ORDER)).toEqual([]);
    // A round counter is no figure of the record.
    expect(
      revisedAgainst('NVF-AMS-1205 v2: 320 boxes, 4,832 kg gross. 1 rounds', `${ORDER} 0 rounds`),
    ).toEqual([]);
    // The same figures again.
    expect(revisedAgainst('NVF-AMS-1205 v2: 320 boxes, 5,120 kg gross.', ORDER)).toEqual([]);
  });
});

describe('nowAgainst', () => {
  const IRT =
    'Site 114: ACTIVE, cap 12 (config v4), 9 randomised, 6 in screening. Open: CR-0457 to raise the cap 12 → 18, pending EC approval.';
  const pair = (now: string, earlier: string) =>
    nowAgainst(now, earlier).map((s) => `${s.subject![0]} ${s.old}→${s.current}`);
  it('reads a field an earlier text gave another figure, now given a new one', () => {
    expect(pair('CR-0457 applied in IRT on 3 Dec. Site 114 cap is now **18**.', IRT)).toEqual(['cap 12→18']);
    expect(pair('Der Deckel liegt jetzt bei 18.', '{"deckel": 12}')).toEqual(['deckel 12→18']);
    expect(pair('Cap now 18.', '{"randomisation_cap": 12}')).toEqual(['cap 12→18']);
  });
  it('is nothing where the earlier text gave the field no figure, or several, or a figure in a unit', () => {
    expect(pair('Site 114 cap is now 18.', 'Site 114 is active.')).toEqual([]);
    expect(pair('Cap is now 18.', 'Cap 12 at site A, cap 14 at site B.')).toEqual([]);
    expect(pair('Queue is now 18 min.', 'Queue 12 min.')).toEqual([]);
    expect(pair('Cap is now 12.', IRT)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { revisedAgainst } from './revised-record.ts';

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

import { describe, expect, it } from 'vitest';
import { swappedRecords } from './swapped-records.ts';

const PACKS = JSON.stringify({
  pack_A: { capacidad_Ah: 46.8, dod_max_pct: 18.2, celdas_desbalanceadas: 0 },
  pack_B: { capacidad_Ah: 39.1, dod_max_pct: 27.6, celdas_desbalanceadas: 2 },
  limite_dod_pct: 25,
});

describe('two records given the wrong way round', () => {
  it('is found when each name carries the other one’s figure', () => {
    expect(
      swappedRecords(PACKS, 'Pack A 39,1 Ah, DoD máx 27,6 % (> límite 25 %). Pack B 46,8 Ah, DoD 18,2 %.'),
    ).toMatchObject({ first: 'pack_A', second: 'pack_B', stated: 39.1, own: 46.8 });
    const lots = '[{"lot": "HM-04", "purity": 86.4}, {"lot": "HM-07", "purity": 91.2}]';
    expect(swappedRecords(lots, '| HM-04 | 91.2 % |\n| HM-07 | 86.4 % |')).toMatchObject({ stated: 91.2 });
  });
  it('is quiet when each name carries its own, or both are compared in one breath', () => {
    expect(
      swappedRecords(PACKS, 'Pack A 46,8 Ah (94 %), DoD 18,2 %. Pack B 39,1 Ah, DoD 27,6 %.'),
    ).toBeUndefined();
    expect(swappedRecords(PACKS, 'Pack B trails pack A: 39.1 vs 46.8 Ah.')).toBeUndefined();
    expect(swappedRecords(PACKS, 'Pack B (39.1 Ah) is below pack A (46.8 Ah).')).toBeUndefined();
    // Names too short to find ("A", "B") are not looked for.
    expect(swappedRecords('{"A": {"kg": 12}, "B": {"kg": 15}}', 'A 15 kg, B 12 kg')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { namesOldVersion, versionedNamesOf } from './versioned-names.ts';

const BRIEF =
  'DAC-26-118 south porch. Rev A survey: Bath stone (Combe Down), 6 blocks. Update 01/12 — PS-2291 petrography, survey rev B: it is Doulting stone, rev B supersedes. Mortar: hot-mixed lime, no cement.';

describe('versionedNamesOf', () => {
  it('reads the names only the older version gives as old', () => {
    expect(versionedNamesOf(BRIEF)).toEqual([
      expect.objectContaining({ old: ['Bath', 'Combe', 'Down'], current: ['Doulting'] }),
    ]);
  });
  it('reads nothing from one version, or versions that agree, or a text that replaces nothing', () => {
    expect(versionedNamesOf('Survey rev B: Doulting stone, now confirmed.')).toEqual([]);
    expect(versionedNamesOf('Rev A: Doulting stone. Rev B supersedes it: Doulting stone, 7 blocks.')).toEqual(
      [],
    );
    expect(versionedNamesOf('Rev A: Bath stone. Rev B: Doulting stone for the plinth.')).toEqual([]);
  });
});

describe('namesOldVersion', () => {
  const [v] = versionedNamesOf(BRIEF);
  it('finds a text working from the old version', () => {
    expect(namesOldVersion('Order 6 pcs from Hartham Park (Bath stone), Combe Down type.', v!)).toBeDefined();
  });
  it('is quiet when the text names the current version, or names the old one as old', () => {
    expect(namesOldVersion('Order 6 pcs Doulting stone (not Bath).', v!)).toBeUndefined();
    expect(namesOldVersion('Ashlar is Doulting.', v!)).toBeUndefined();
    expect(namesOldVersion('The stone is not Combe Down as rev A said.', v!)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { leavesOut } from './lexicon.ts';

describe('leavesOut', () => {
  it('reads a word left out in its clause, in the languages briefs are written in', () => {
    expect(leavesOut('a licensed acupuncturist, NOT a physician', 'physician')).toBe(true);
    expect(leavesOut('visite a Roma ESCLUSI Colosseo e Fori Imperiali', 'fori')).toBe(true);
    expect(leavesOut('alle Häfen außer Hamburg', 'hamburg')).toBe(true);
    expect(leavesOut('kaikki laiturit paitsi L3', 'l3')).toBe(true);
    expect(leavesOut('Gebze hariç tüm depolar', 'gebze')).toBe(true);
    expect(leavesOut('kaikki laiturit L3:a lukuun ottamatta', 'l3')).toBe(true);
  });
  it('is false for a word in another clause or far after the word', () => {
    expect(leavesOut('Not today. Book the physician.', 'physician')).toBe(false);
    expect(leavesOut('no later than Friday, and use the main dock please', 'dock')).toBe(false);
  });
});

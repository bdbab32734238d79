import { describe, expect, it } from 'vitest';
import { leavesOut, retriedAndWorked } from './lexicon.ts';

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

describe('retriedAndWorked: a retry told with its outcome', () => {
  it('reads it in more languages and verb forms', () => {
    expect(
      retriedAndWorked('Prima cerere a expirat (ETIMEDOUT); am reîncercat și rezervarea e confirmată.'),
    ).toBe(true);
    expect(retriedAndWorked('Erster Aufruf lief in einen Timeout; erneut versucht, Buchung bestätigt.')).toBe(
      true,
    );
    expect(retriedAndWorked('El primer intento falló; reintentamos y quedó confirmada.')).toBe(true);
  });
  it('needs both the retry and what came of it', () => {
    expect(retriedAndWorked('The booking is confirmed.')).toBe(false);
    expect(retriedAndWorked('We retried twice; the service is still down.')).toBe(false);
  });
});

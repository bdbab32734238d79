import { describe, expect, it } from 'vitest';
import { leavesOut, OPTIONAL, retriedAndWorked, SETTING_ASIDE } from './lexicon.ts';

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

describe('setting aside and optional parts in Korean', () => {
  const aside = new RegExp(`(?<![\\p{L}])(?:${SETTING_ASIDE})(?![\\p{L}])`, 'iu');
  it('reads the stem with whatever ending follows', () => {
    expect(aside.test('기상 참고 자료는 값이 비어 있어 반영하지 않았습니다.')).toBe(true);
    expect(aside.test('B 블록은 제외했습니다.')).toBe(true);
    expect(aside.test('수요 예측을 반영했습니다.')).toBe(false);
    expect(OPTIONAL.test('(선택, 참고용) 강수확률 예보 요약')).toBe(true);
    expect(OPTIONAL.test('강수확률 예보 요약')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { cellFigure, decimalStyle } from './table-figures.ts';

describe('figures in table cells', () => {
  it('are read in the decimal style the table shows', () => {
    const comma = decimalStyle(['2 899,00 zł', '47.217,5', '8 420']);
    expect(comma).toBe('comma');
    expect(cellFigure('2 899,00 zł', comma)).toEqual({ value: 2899, decimals: 2, unit: 'zł' });
    expect(cellFigure('**R$ 223.439,88**', comma)).toEqual({ value: 223_439.88, decimals: 2, unit: 'r$' });
    expect(cellFigure('1.150', comma)?.value).toBe(1150);
    expect(cellFigure('8 420', comma)?.value).toBe(8420);
    const point = decimalStyle(['1,240.50 EUR', '310.4']);
    expect(point).toBe('point');
    expect(cellFigure('1,240.50 EUR', point)).toEqual({ value: 1240.5, decimals: 2, unit: 'eur' });
    expect(cellFigure('1,150', point)?.value).toBe(1150);
    expect(cellFigure('−12.5 kg', point)?.value).toBe(-12.5);
  });
  it('read without a style as English tables write them', () => {
    expect(decimalStyle(['12', '1,150'])).toBe('unknown');
    expect(cellFigure('1,150', 'unknown')?.value).toBe(1150);
    expect(cellFigure('12,5', 'unknown')?.value).toBe(12.5);
  });
  it('are not read from cells that hold more than a figure', () => {
    for (const cell of ['17.6 %', 'B-12', '10.03.2027', '14:30', 'torsk 5+ kg', '3 × 20 kg', 'SKU 1234 x'])
      expect(cellFigure(cell, 'unknown')).toBeUndefined();
  });
});

/**
 * Figures in the cells of a table, read in the table's own decimal style: "2 899,00 zł", "47.217,5",
 * "R$ 223.439,88", "1,240.50 EUR", "8 420". A table writes its figures one way; a cell alone can be
 * ambiguous ("1.150"), the table's other cells settle it.
 */

import { CURRENCY_CODES } from '../util/currency-codes.ts';

export type DecimalStyle = 'point' | 'comma' | 'unknown';

/** A currency before or after the figure ("R9 120,40", "S/ 312 000"), a unit or a count noun after it, bold marks around it. */
const CELL = new RegExp(
  String.raw`^[*_\x60\s]*([-−+]?)\s*(?:(CURRENCY|R\$|[A-Z]{1,2}\$|kr\.?|S\/|Rs\.?|Rp\.?|[KTU]Sh|Ksh|R|Q|[$€£¥₹₩₺₦₱₫₴₪₸৳])\s?)?(\d{1,3}(?:(?:[.,'’\u00a0\u202f ])\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s?([\p{L}$€£¥₹₩₺₦.³²°µ/]{1,14})?[*_\x60\s]*$`.replace(
    'CURRENCY',
    CURRENCY_CODES,
  ),
  'u',
);

const COMMA_DECIMALS =
  /\d[.\u00a0\u202f '’]\d{3},\d|(?<![\d.,])\d{1,3},\d{1,2}(?![\d.,])|(?<![\d.,])\d{4,},\d+(?![\d.,])/;
const POINT_DECIMALS =
  /\d[,\u00a0\u202f '’]\d{3}\.\d|(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d.,])|(?<![\d.,])\d{4,}\.\d+(?![\d.,])/;

/** The decimal mark the table's cells show, where only one is shown. */
export function decimalStyle(cells: readonly string[]): DecimalStyle {
  const comma = cells.some((cell) => COMMA_DECIMALS.test(cell));
  const point = cells.some((cell) => POINT_DECIMALS.test(cell));
  return comma === point ? 'unknown' : comma ? 'comma' : 'point';
}

export interface CellFigure {
  value: number;
  /** Digits after the decimal mark, for rounding. */
  decimals: number;
  /** The currency or unit written with it, lower case ("r$", "zł", "₹crore"); empty for a bare figure. */
  unit: string;
}

/** Both readings of a table whose cells show no decimal mark ("1.520", "2.400"): one per style. */
export const readingsOf = (style: DecimalStyle): readonly DecimalStyle[] =>
  style === 'unknown' ? ['point', 'comma'] : [style];

/** Whether a table's figures, read each way its style allows, all break it: `check` gives what broke. */
export function brokenEveryWay<T>(
  style: DecimalStyle,
  check: (style: DecimalStyle) => T | undefined,
): T | undefined {
  let first: T | undefined;
  for (const reading of readingsOf(style)) {
    const broken = check(reading);
    if (broken === undefined) return undefined;
    first ??= broken;
  }
  return first;
}

/**
 * The figure a cell holds, or undefined when it holds more than a figure with its currency or unit.
 * "1,150" and "1.150" are read by `style`; without one, a point is a decimal mark and a comma groups
 * thousands, as English tables write them.
 */
export function cellFigure(cell: string, style: DecimalStyle): CellFigure | undefined {
  if (cell.includes('%')) return undefined;
  const m = CELL.exec(cell);
  if (!m) return undefined;
  const written = m[3]!.replace(/[\u00a0\u202f '’]/g, (space, at: number, all: string) =>
    /^\d{3}(?!\d)/.test(all.slice(at + 1)) ? '' : space,
  );
  if (/\s/.test(written)) return undefined;
  const decimal = style === 'comma' ? ',' : style === 'point' ? '.' : guessMark(written);
  const group = decimal === ',' ? '.' : ',';
  const [whole, fraction = ''] = written.split(decimal);
  if (written.split(decimal).length > 2) return undefined;
  if (whole!.includes(group) && !new RegExp(`^\\d{1,3}(?:\\${group}\\d{3})+$`).test(whole!)) return undefined;
  if (fraction.includes(group)) return undefined;
  const value = Number(`${whole!.split(group).join('')}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return undefined;
  return {
    value: m[1] === '-' || m[1] === '−' ? -value : value,
    decimals: fraction.length,
    unit: `${m[2] ?? ''}${m[4] ?? ''}`.toLowerCase().replace(/[\s.]/g, ''),
  };
}

/** English reading without a style: a lone comma before three digits groups, otherwise it is a decimal mark. */
function guessMark(written: string): '.' | ',' {
  if (written.includes('.')) return '.';
  return /,\d{3}(?!\d)/.test(written) || !written.includes(',') ? '.' : ',';
}

/** Whether `stated` is `exact` as its decimals round it, give or take 0.5 % for rounded inputs. */
export const agrees = (stated: number, decimals: number, exact: number): boolean =>
  Math.abs(exact - stated) <= 0.5 * 10 ** -decimals + 1e-9 ||
  Math.abs(exact - stated) <= 0.005 * Math.abs(exact);

const LEADING =
  /^[*_\x60\s]*([-−]?)\s*(?:(?:[A-Z]{3}|R\$|[A-Z]{1,2}\$|kr\.?|S\/|Rs\.?|Rp\.?|[KTU]Sh|Ksh|R|Q|[$€£¥₹₩₺₦₱₫₴₪₸৳])\s?)?(\d{1,3}(?:[.,'’\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d.,]*\d)(?=\D*$)/u;

/** The one figure a cell starts with, whatever unit text follows it ("46 dB(A)", "2 899,00 zł netto"). */
export function leadingFigure(cell: string, style: DecimalStyle): CellFigure | undefined {
  const m = LEADING.exec(cell);
  return m ? cellFigure(`${m[1]}${m[2]}`, style) : undefined;
}

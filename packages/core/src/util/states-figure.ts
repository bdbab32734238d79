import { escapeRegExp } from './escape-reg-exp.ts';

/** Whether a text gives a figure as written, not as part of a longer one ("112", not "1,112" or "11.2"). */
export const statesFigure = (text: string, figure: string): boolean =>
  new RegExp(`(?<![\\d.,])${escapeRegExp(figure)}(?![\\d]|[.,]\\d)`).test(text);

/**
 * A pattern for a whole number as written or grouped by thousands in any style ("2781", "2.781",
 * "2,781", "2 781"), a whole number with zero decimals too ("11" written "11.0"); other figures as written.
 */
export const groupedAny = (value: string): string =>
  /^\d{4,}$/.test(value)
    ? value.replace(/\B(?=(?:\d{3})+$)/g, '[.,\u00a0\u202f ]?')
    : /^\d+$/.test(value)
      ? `${value}(?:[.,]0+)?`
      : escapeRegExp(value);

/** A figure standing alone in any thousands grouping (see `groupedAny`), not part of a longer one. */
export const groupedFigure = (value: string): RegExp =>
  new RegExp(`(?<![\\d.,])${groupedAny(value)}(?![\\d]|[.,]\\d)`);

/** Whether a text gives a figure in any thousands grouping (see `groupedAny`). */
export const statesGrouped = (text: string, value: string): boolean => groupedFigure(value).test(text);

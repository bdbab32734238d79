import { escapeRegExp } from './escape-reg-exp.ts';

/** Whether a text gives a figure as written, not as part of a longer one ("112", not "1,112" or "11.2"). */
export const statesFigure = (text: string, figure: string): boolean =>
  new RegExp(`(?<![\\d.,])${escapeRegExp(figure)}(?![\\d]|[.,]\\d)`).test(text);

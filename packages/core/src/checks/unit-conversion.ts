/** Units of one kind, each as a multiple of the kind's base unit. */
const UNITS: Record<string, { kind: string; size: number }> = {};
const define = (kind: string, sizes: Record<string, number>) => {
  for (const [names, size] of Object.entries(sizes))
    for (const name of names.split('|')) UNITS[name] = { kind, size };
};
define('length', {
  'mm|millimetre|millimetres|millimeter|millimeters': 1e-3,
  'cm|centimetre|centimetres|centimeter|centimeters': 1e-2,
  'm|metre|metres|meter|meters': 1,
  'km|kilometre|kilometres|kilometer|kilometers': 1e3,
});
define('mass', {
  'mg|milligram|milligrams': 1e-3,
  'g|gram|grams': 1,
  'kg|kilogram|kilograms|kilo|kilos': 1e3,
  't|tonne|tonnes|ton|tons': 1e6,
});
define('volume', {
  'ml|millilitre|millilitres|milliliter|milliliters': 1e-3,
  'l|litre|litres|liter|liters': 1,
  'hl|hectolitre|hectolitres': 100,
  'm3|m³|cubic metre|cubic metres|kl|kilolitre|kilolitres': 1e3,
});
define('time', {
  'ms|millisecond|milliseconds': 1e-3,
  's|sec|secs|second|seconds': 1,
  'min|mins|minute|minutes': 60,
  'h|hr|hrs|hour|hours': 3600,
  'day|days': 86400,
});
define('energy', { wh: 1, kwh: 1e3, mwh: 1e6, gwh: 1e9 });
define('data', { kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 });

const UNIT = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
/** `x / 100  # litres -> m3`, `* 60 // hours to minutes`: a factor and the conversion it says it makes. */
const CONVERSION = new RegExp(
  `([*/])\\s*(\\d[\\d_,]*(?:\\.\\d+)?)\\s*\\)?\\s*(?:#|//|--)\\s*(?:convert\\w*\\s+)?(?:from\\s+)?(${UNIT})\\s*(?:->|→|=>|\\bto\\b|\\binto\\b)\\s*(${UNIT})\\b`,
  'gi',
);

/**
 * Code whose comment says which units a multiplication or division converts ("/ 100  # litres ->
 * m3") with a factor that is not the one between those units (1,000): the result is off by the
 * ratio, though it runs without an error.
 */
export function wrongConversionFactor(
  text: string,
): { line: string; factor: number; expected: number } | undefined {
  if (!/(?:->|→|=>|\bto\b|\binto\b)/.test(text) || !/[*/]\s*\d/.test(text)) return undefined;
  for (const match of text.matchAll(CONVERSION)) {
    const from = UNITS[match[3]!.toLowerCase()];
    const to = UNITS[match[4]!.toLowerCase()];
    if (!from || !to || from.kind !== to.kind || from.size === to.size) continue;
    const factor = Number(match[2]!.replace(/[_,]/g, ''));
    // Going to a bigger unit divides by the ratio (or multiplies by its inverse), and the reverse.
    const ratio = to.size / from.size;
    const expected = ratio > 1 ? ratio : 1 / ratio;
    const divides = match[1] === '/';
    const right = ratio > 1 ? (divides ? factor : 1 / factor) : divides ? 1 / factor : factor;
    if (Math.abs(right - expected) / expected < 1e-6) continue;
    const end = text.indexOf('\n', match.index);
    const line = text.slice(text.lastIndexOf('\n', match.index) + 1, end < 0 ? text.length : end).trim();
    return { line: line.slice(0, 120), factor, expected };
  }
  return undefined;
}

/**
 * A rate applied to a figure in another unit of the same kind: told the cat weighs 11 lb, the agent
 * works out "0.05 mg/kg × 11". The figure's unit comes from the text that gave it (the task).
 */

const UNITS: Record<string, { kind: string; unit: string }> = {};
for (const [kind, names] of Object.entries({
  mass: {
    kg: ['kg', 'kgs', 'kilogram', 'kilograms'],
    lb: ['lb', 'lbs', 'pound', 'pounds'],
    g: ['g', 'gram', 'grams'],
    oz: ['oz', 'ounce', 'ounces'],
  },
  length: {
    km: ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
    mi: ['mi', 'mile', 'miles'],
    m: ['m', 'metre', 'metres', 'meter', 'meters'],
    ft: ['ft', 'foot', 'feet'],
  },
  volume: { l: ['l', 'litre', 'litres', 'liter', 'liters'], gal: ['gal', 'gallon', 'gallons'], ml: ['ml'] },
  area: {
    m2: ['m2', 'm²', 'sqm'],
    ft2: ['ft2', 'ft²', 'sqft'],
    ha: ['ha', 'hectare', 'hectares'],
    ac: ['ac', 'acre', 'acres'],
  },
}))
  for (const [unit, spellings] of Object.entries(names))
    for (const name of spellings) UNITS[name] = { kind, unit };

const UNIT = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "0.05 mg/kg × 11", "2 ml per kg x 4.99", "€3/mi * 410". */
const RATE_TIMES = new RegExp(
  String.raw`(?:/|\bper\s+)(${UNIT})\b\s*(?:[×x*]|times)\s*(\d+(?:[.,]\d+)?)(?!\s*(?:${UNIT})\b)`,
  'gi',
);

/** The unit a text gives a figure in ("11 lb", "11.0 lb (4.99 kg)"): the first spelling that follows it. */
function unitsOf(text: string, figure: string): Set<string> {
  const out = new Set<string>();
  const pattern = new RegExp(
    String.raw`(?<![\d.,])${figure.replace('.', String.raw`\.`)}(?:\.0+)?\s*(${UNIT})\b`,
    'gi',
  );
  for (const m of text.matchAll(pattern)) out.add(UNITS[m[1]!.toLowerCase()]!.unit);
  return out;
}

export function rateOnOtherUnit(task: string, output: string): { worked: string; given: string } | undefined {
  for (const m of output.matchAll(RATE_TIMES)) {
    const per = UNITS[m[1]!.toLowerCase()];
    if (!per) continue;
    const given = unitsOf(task, m[2]!);
    // Only a figure the task gives in one unit, another of the same kind than the rate's.
    if (given.size !== 1 || given.has(per.unit)) continue;
    const [unit] = [...given];
    if (UNITS[unit!]?.kind !== per.kind) continue;
    return { worked: m[0].trim(), given: `${m[2]} ${unit}` };
  }
  return undefined;
}

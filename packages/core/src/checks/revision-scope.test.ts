import { describe, expect, it } from 'vitest';
import { changedBeyondRequest } from './revision-scope.ts';

const V1 = [
  '# Supply agreement — draft 1',
  '- §3 Price: EUR 18.40 per unit, fixed for 12 months',
  '- §5 Delivery: DAP Linz, 6 weeks from order',
  '- §9 Liability cap: 100 % of annual fees',
  '- §14 Law: Austrian law, courts of Vienna',
].join('\n');
const withLines = (changes: Record<string, string>) =>
  V1.split('\n')
    .map((line) => {
      const key = Object.keys(changes).find((k) => line.includes(`${k} `));
      return key ? `${line.slice(0, line.indexOf(':') + 1)} ${changes[key]}` : line;
    })
    .join('\n');

describe('a revision that changes what its reviewer kept', () => {
  it('is a part the request keeps by name, rewritten in the new draft', () => {
    const request = 'Please set the delivery in §5 to 4 weeks. §14 stays Austrian law, courts of Vienna.';
    const v2 = withLines({ '§5': 'DAP Linz, 4 weeks from order', '§14': 'German law, courts of Munich' });
    expect(changedBeyondRequest(request, V1, v2)).toMatchObject({
      label: '§14 law',
      now: 'german law, courts of munich',
    });
  });
  it('is a part the request never names, where it keeps everything else', () => {
    const request = 'Change only §3: the price is EUR 17.90. Nothing else.';
    const v2 = withLines({ '§3': 'EUR 17.90 per unit, fixed for 12 months', '§9': '50 % of annual fees' });
    expect(changedBeyondRequest(request, V1, v2)).toMatchObject({ label: '§9 liability cap' });
  });
  it('is nothing when only the parts asked for changed, or a kept part is only reformatted', () => {
    const request = 'Set §5 to 4 weeks; leave the rest as it is.';
    expect(
      changedBeyondRequest(request, V1, withLines({ '§5': 'DAP Linz, 4 weeks from order' })),
    ).toBeUndefined();
    expect(
      changedBeyondRequest(
        request,
        V1,
        withLines({ '§5': 'DAP Linz, 4 weeks from order', '§14': '**Austrian law**, courts of  Vienna' }),
      ),
    ).toBeUndefined();
  });
  it('is nothing when the request keeps nothing, or asks for the part it keeps elsewhere to change', () => {
    const v2 = withLines({ '§5': 'DAP Linz, 4 weeks from order', '§14': 'German law, courts of Munich' });
    expect(
      changedBeyondRequest('Delivery in §5 to 4 weeks, and tidy up the law clause.', V1, v2),
    ).toBeUndefined();
    expect(
      changedBeyondRequest('§5: 4 weeks. §14: move to German law, courts of Munich. Keep the price.', V1, v2),
    ).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { withheldNotice } from './withheld-notice.ts';

const NOTICES = [
  'PORT OF ROTTERDAM — HARBOUR MASTER NOTICES',
  '2027-03-08 HMN-0311: Maasvlakte II dredging, berth MV2-04 restricted to 13.5 m draught until 20/03.',
  '2027-03-09 HMN-0314: a 72-hour stoppage of stevedoring at breakbulk terminals (incl. Steinweg Botlek) from 2027-03-14 06:00 to 2027-03-17 06:00.',
  '2027-03-10 HMN-0317: Pilotage normal on all approaches this week.',
].join('\n');
const REPORT =
  'ETA Rotterdam: **Sun 14 Mar 2027 06:00 UTC**. Draught fine (MV2-04 limit 13.5 m to 20/03), pilotage normal.';

describe('a notice that holds the work up, left out of a summary of the others', () => {
  it('is read where the summary says the others and the notice names a day the answer names', () => {
    expect(withheldNotice(NOTICES, REPORT, 'Where is the vessel and when can we discharge?')).toMatch(
      /HMN-0314/,
    );
  });
  it('is nothing when the answer speaks of it, of another day, or summarises nothing of the list', () => {
    expect(
      withheldNotice(NOTICES, `${REPORT} Note HMN-0314: stevedores on strike 14–17 Mar.`, ''),
    ).toBeUndefined();
    expect(withheldNotice(NOTICES, REPORT.replace('14 Mar', '22 Mar'), 'Discharge plan.')).toBeUndefined();
    expect(withheldNotice(NOTICES, 'ETA Rotterdam Sun 14 Mar 2027 06:00 UTC.', '')).toBeUndefined();
  });
});

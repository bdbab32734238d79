import { describe, expect, it } from 'vitest';
import { flagStateOpposed } from './flag-state.ts';

const TASK =
  'Run the storefront integration suite for PR #4812 with the feature flag checkout_v2 enabled. A run with default flags skips the new cart path, so it has to be ON.';

describe('a switch the task sets one way that the run shows the other way', () => {
  it('reads the state the run reports against the one asked', () => {
    expect(flagStateOpposed(TASK, ['flags: checkout_v2=false new_search=true\n612 passed'])).toEqual({
      flag: 'checkout_v2',
      asked: 'on',
      ran: 'checkout_v2=false',
    });
    expect(flagStateOpposed('Deploy with maintenanceMode off.', ['{"maintenanceMode": true}'])).toMatchObject(
      {
        ran: 'maintenanceMode=true',
      },
    );
  });
  it('is nothing when the run has it as asked, says nothing of it, or another switch differs', () => {
    expect(flagStateOpposed(TASK, ['flags: checkout_v2=true new_search=false'])).toBeUndefined();
    expect(flagStateOpposed(TASK, ['612 passed, 0 failed'])).toBeUndefined();
    expect(flagStateOpposed(TASK, ['flags: promo_banner=false'])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';

const FIRST =
  'Fitting 1: Bramble, 16.2 hh ID x TB, pinching at withers on current 17.5" MW. Measure + recommend.';
const SECOND =
  'Fitting 2: Mossy, 14.1 hh Welsh D cob, very broad flat back, no saddle yet. Needs a new fit (likely XW/cob tree). Measure + recommend.';
const BRAMBLE =
  'Bramble: current 17.5" MW too narrow. Recommend Ashby GP 17.5" wide tree, £1,485, flocking adjust at 6 wks.';

/** A manager briefs its fitter twice, on two horses; the fitter answers each. */
const fit = (second: string) =>
  recordedFailure(async (tracer, clock) => {
    await tracer.turn('saddlery_manager', async () => 'Two fittings.', {
      input: [{ role: 'user', content: 'Fit and quote Bramble and Mossy.' }],
    });
    for (const [task, answer] of [
      [FIRST, BRAMBLE],
      [SECOND, second],
    ] as const) {
      tracer.handoff({ from: 'saddlery_manager', to: 'saddle_fitter', content: task });
      clock.advance(10);
      const said = await tracer.turn('saddle_fitter', async () => answer, {
        input: [{ role: 'user', content: task }],
      });
      tracer.handoff({ from: 'saddle_fitter', to: 'saddlery_manager', kind: 'return', content: said });
      clock.advance(10);
    }
    return tracer.turn('saddlery_manager', async () => `Quote: ${BRAMBLE} / ${second}`, {
      input: [{ role: 'user', content: second }],
    });
  });

describe('an answer to an earlier task given for a new one', () => {
  it('is a misread task of the agent that repeated it', async () => {
    expect(await fit('As per the fitting: Ashby GP 17.5" wide tree, £1,485, flocking adjust at 6 wks.')).toBe(
      'misunderstood_task saddlery_manager → saddle_fitter (saddle_fitter)',
    );
  });
  it('is nothing when the answer is about the new task, though in the same words', async () => {
    expect(await fit('Mossy: Ashby GP cob 17" XW tree, £1,485, flocking adjust at 6 wks.')).toBeNull();
    expect(await fit('Mossy measured: Welsh D cob needs the Thorowgood T8 cob, 16.5" XW, £899.')).toBeNull();
  });
});

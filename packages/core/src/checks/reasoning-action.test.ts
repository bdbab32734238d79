import { describe, expect, it } from 'vitest';
import type { AgentTurn } from '../model/trace.ts';
import { actionAgainstReasoning } from './reasoning-action.ts';

const MAP =
  'Wheelchair spaces: Stalls WS1, WS2 (row B, companion seats B1 / B2) — £68 each\nStep-free seats: Stalls C14-C15 £71 each';

/** A seat agent that read the seat map, then reasoned and held `seats`. */
const turn = (reasoning: string, seats: string) =>
  ({
    agent: 'seat_agent',
    toolCalls: [{ name: 'seat_map', args: {}, result: MAP, startedAt: 1, endedAt: 2 }],
    modelCalls: [{ startedAt: 3, reasoning, toolCalls: [{ name: 'hold_seats', args: { seats } }] }],
  }) as unknown as AgentTurn;

describe('actionAgainstReasoning', () => {
  it('catches a call on other listed options than the ones the reasoning picked', () => {
    const reasoning =
      'WS1 plus companion B1 in row B is £136 and the only pair with a wheelchair space. Hold those.';
    expect(actionAgainstReasoning(turn(reasoning, 'C14,C15'))).toMatchObject({
      picked: ['WS1', 'B1'],
      acted: ['C14', 'C15'],
    });
  });
  it('lets a call on what the reasoning picked, or reasoning that turns options down, stand', () => {
    expect(actionAgainstReasoning(turn('WS1 plus companion B1 fits. Hold those.', 'WS1,B1'))).toBeUndefined();
    expect(actionAgainstReasoning(turn('WS1 is taken, so the other space.', 'WS2,B2'))).toBeUndefined();
    expect(actionAgainstReasoning(turn('Hold a wheelchair pair.', 'WS2,B2'))).toBeUndefined();
    // Codes the tools never listed are not options it chose between.
    expect(actionAgainstReasoning(turn('Show HDT-2000 fits the request.', 'C14,C15'))).toBeUndefined();
  });
});

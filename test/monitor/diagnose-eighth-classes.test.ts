/**
 * The eighth corpus's error classes (issue 10, rules-10). The first test of a block failed before
 * its rule change; the "...but" tests are the counterparts that keep their reading. Curves are
 * built from the shape of the real runs named, not copied from them.
 *  - lr-too-low's slow-decline form reads a fall that keeps its pace: the second half about as
 *    fast as the first. A fall that speeds up (its second half confidently more than 1.5x as
 *    fast as its first) is a run that found its way late, not a step size too small
 *    (hf-codette: flat, then falling faster at the end; timm-convnext-stem-food).
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { epochs, readings, run } from './diagnose-fixtures.js';

describe('a loss whose fall speeds up is not a learning rate too low (hf-codette, timm-convnext-stem-food class)', () => {
  const n = 20;
  /** Flat near 4.7 for the first half, then falling faster and faster: 4.7 -> about 4.2 (-11 %). */
  const speedingUp = epochs(n, (t) => 4.7 - 0.5 * ((t - 1) / (n - 1)) ** 3);

  it('a training loss that sat still, then fell faster and faster to a new best at the end, is still improving, not lr-too-low', () => {
    const found = readings(diagnose(run(speedingUp)));
    expect(found).not.toContain('lr-too-low');
    expect(found).toContain('still-improving');
  });

  it('...but a loss falling at the same pace all run (a straight line, -20 %) is still read as slow and steady', () => {
    const straight = epochs(n, (t) => 4.7 * (1 - (0.2 * (t - 1)) / n));
    expect(readings(diagnose(run(straight)))).toContain('lr-too-low');
  });

  it('...and a loss that never moved is lr-too-low whatever its shape (and stalled: a plateau, rules-36)', () => {
    const flat = epochs(n, () => 4.7);
    expect(readings(diagnose(run(flat)))).toEqual(['plateau', 'lr-too-low']);
  });
});
